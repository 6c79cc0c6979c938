"""One small example per linguistic rule (most taken from real news sentences)."""

import pytest

from extract import extract


def quotes(text, kind=None):
    return [q for q in extract(text) if kind is None or q.kind == kind]


def only(text, kind=None):
    got = quotes(text, kind)
    assert len(got) == 1, [(q.kind, q.text) for q in extract(text)]
    return got[0]


def speaker(q):
    return q.speaker.name if q.speaker else None


# --- direct quotes ------------------------------------------------------------------

def test_attribution_after():
    q = only("“Pakistan has consistently aimed to address this issue,” Akram stated.")
    assert (q.kind, q.text, q.cue, speaker(q)) == ("direct", "Pakistan has consistently aimed to address this issue,", "stated", "Akram")


def test_attribution_after_inverted():
    q = only('"There are a great many folks in Congress who know little," said Cornell William Brooks, president of the NAACP.')
    assert speaker(q) == "Cornell William Brooks"
    assert q.speaker.role == "president of the NAACP"


def test_attribution_before_with_comma():
    q = only("Khurasani said, “The negotiating committees are not sitting at the table.”")
    assert (q.kind, speaker(q), q.cue) == ("direct", "Khurasani", "said")


def test_attribution_before_with_colon():
    text = "Akram is firm. He insisted: “These are red lines for further negotiations.”"
    q = only(text, "direct")
    assert speaker(q) == "Akram"


def test_attribution_in_the_middle_carries_to_the_second_sentence():
    text = "“Pakistan has been committed to peace,” the envoy Munir Akram said. “However, Pakistan is prepared to respond.”"
    got = quotes(text, "direct")
    assert [speaker(q) for q in got] == ["Munir Akram", "Munir Akram"]


def test_attribution_in_previous_sentence():
    text = "Akram emphasized the importance of addressing terrorism. “Our efforts are ongoing on multiple fronts.”"
    q = only(text, "direct")
    assert speaker(q) == "Akram"


def test_continuation_paragraph_inherits_speaker():
    text = "“We are pursuing this at every level,” Munir Akram said.\n\n“We need to build international consensus on this issue.”"
    got = quotes(text, "direct")
    assert [speaker(q) for q in got] == ["Munir Akram", "Munir Akram"]


def test_multi_paragraph_quote():
    text = ("Massoud said:\n\n“Since 1947, relations have been strained and never settled.\n\n"
            "“Successive governments have used these relations to keep power.”\n\nOther news followed.")
    got = quotes(text, "direct")
    assert [q.text for q in got] == [
        "Since 1947, relations have been strained and never settled.",
        "Successive governments have used these relations to keep power.",
    ]
    assert {speaker(q) for q in got} == {"Massoud"}


def test_straight_quotes():
    q = only('"I have good judgment," Trump said.')
    assert (q.text, speaker(q)) == ("I have good judgment,", "Trump")


# --- mixed quotes -------------------------------------------------------------------

def test_mixed_fragment_in_reported_speech():
    q = only("Munir Akram spoke at the United Nations. He noted that the Afghan Taliban share an "
             "“ideological connection” with the TTP.", "mixed")
    assert (q.text, q.speaker_mention, speaker(q)) == (
        "the Afghan Taliban share an “ideological connection” with the TTP", "He", "Munir Akram")


@pytest.mark.parametrize("text, clause", [
    ("Senator Ana Cruz said Duterte was “falling on his own sword” for being loyal to his allies.",
     "Duterte was “falling on his own sword” for being loyal to his allies"),
    # a closing mark that ends the clause belongs to it
    ("The minister said the reforms would “unlock thousands of homes”.", "the reforms would “unlock thousands of homes”"),
    # two fragments of one clause are one mixed quote
    ("Sanders said Clinton's \"judgment\" was \"clearly lacking.\"", "Clinton's \"judgment\" was \"clearly lacking.\""),
    # a participial tail after the quoted words is a second act, not the clause
    ("Craig called the industry “parasitic”, comparing most landlords to ticket scalpers.", "the industry “parasitic”"),
])
def test_a_mixed_quote_is_the_reported_clause_holding_the_quoted_words(text, clause):
    assert [(q.kind, q.text) for q in extract(text)] == [("mixed", clause)]


def test_quoted_words_that_are_a_cues_object_stay_fragments():
    text = "As Trump went on about “how the system is rigged,” and “wounded American families,” Melanie said yes."
    assert [q.text for q in quotes(text, "mixed")] == ["how the system is rigged,", "wounded American families,"]


def test_mixed_that_clause_quote():
    q = only("Durrani insisted that “a working relationship is the only viable way.”")
    assert (q.kind, speaker(q)) == ("mixed", "Durrani")


# --- indirect speech ----------------------------------------------------------------

def test_indirect_that_clause():
    q = only("Mujahid emphasized that Afghanistan seeks good relations with Pakistan.")
    assert (q.kind, q.text, speaker(q)) == ("indirect", "Afghanistan seeks good relations with Pakistan", "Mujahid")


def test_indirect_according_to():
    q = only("According to Akram, policy approaches often shift with changes in government.")
    assert (q.kind, q.cue, speaker(q)) == ("indirect", "according to", "Akram")
    assert q.text == "policy approaches often shift with changes in government"


def test_indirect_trailing_attribution():
    q = only("The countries’ relationship to TTP is the clearest example of the difference, Durrani said.")
    assert q.text == "The countries’ relationship to TTP is the clearest example of the difference"
    assert speaker(q) == "Durrani"


def test_indirect_interrupted_attribution():
    q = only("A further breakdown in the relationship, Vermaut said, might jeopardize the stability of the region.")
    assert speaker(q) == "Vermaut"
    assert q.text.startswith("A further breakdown") and q.text.endswith("the region")


def test_indirect_noun_phrase_object():
    q = only("FO spokesperson Mumtaz Zahra Baloch reiterated Pakistan’s stance against engaging in talks with the TTP.")
    assert q.text == "Pakistan’s stance against engaging in talks with the TTP"
    assert (speaker(q), q.speaker.role) == ("Mumtaz Zahra Baloch", "FO spokesperson")


def test_told_hearer_is_not_content():
    q = only("Mohammed Suhail Shaheen told The Media Line that he expects a decrease in tension.")
    assert q.text == "he expects a decrease in tension"


def test_passive_is_not_attribution():
    assert quotes("The Afghan leadership has been told that Pakistan will target hideouts.") == []


# --- not quotes ---------------------------------------------------------------------

def test_headline_in_quotes_is_not_a_quote():
    assert quotes("“Diplomatic Leverage: Akram on Shaping Taliban’s TTP Approach”\n\nSome text follows here.") == []


def test_scare_quote_without_speech_verb():
    assert quotes("The group runs a so-called “charity” in the city.") == []


def test_according_to_law_is_not_a_speaker():
    assert quotes("According to international law, Pakistan reserves the right to act.") == []


def test_repeated_pull_quote_is_not_a_second_quote():
    text = ("“Afghanistan and Pakistan are two neighboring Muslim countries with shared values,” Shaheen said.\n\n"
            "Afghanistan and Pakistan are two neighboring Muslim countries with shared values.")
    assert len(quotes(text)) == 1


def test_site_furniture_is_ignored():
    assert quotes("Related Articles\n\nBack to top button\n\n- Advertisement -") == []


# --- broken punctuation -------------------------------------------------------------

def test_furniture_labels_captions_and_sidebar_items_are_not_speech():
    text = ("READ MORE: Minister says “no deal is better than a bad deal”\n\n"
            "WATCH: Lomax tells May “your time is up”\n\n"
            "PHOTO: Smith said the match was over. (Reuters)\n\n"
            "Related: Council says the road will reopen\n\n"
            "3h ago Housing target will be missed, says Labour\n\n"
            "The minister said the figures were wrong.")
    assert [(q.text, speaker(q)) for q in quotes(text)] == [("the figures were wrong", "The minister")]


def test_doubled_closing_mark_does_not_swallow_article():
    text = ("A security official told the paper that terrorists were “ready to obtain cards from the Authority”. (NADRA)” and are ready.\n\n"
            "“The red lines are very clear,” Yusuf said.")
    got = quotes(text)
    assert any(q.text == "The red lines are very clear," and speaker(q) == "Yusuf" for q in got)
    assert all(len(q.text) < 80 for q in got)


def test_unclosed_quote_stays_in_its_paragraph():
    text = "He said, “This never closes\n\nNext paragraph is plain. “Talks have begun,” Omari said."
    got = quotes(text, "direct")
    assert any(q.text == "Talks have begun," and speaker(q) == "Omari" for q in got)
    assert all("\n" not in q.text for q in got)


def test_nested_single_quotes_stay_inside():
    q = only("The leader said, “To threaten them with ‘we will expel you’ is not justified.”")
    assert q.text == "To threaten them with ‘we will expel you’ is not justified."


@pytest.mark.parametrize("word", ["It’s", "Pakistan’s", "d’Affaires"])
def test_apostrophes_are_not_quotation_marks(word):
    got = quotes(f"{word} envoy arrived. “Talks matter,” Nizamani said.")
    assert [q.text for q in got] == ["Talks matter,"]


def test_single_quotation_marks_as_house_style():
    got = quotes("'My client is fine,' said Edward Grant, his lawyer. 'He will appeal.'")
    assert [(q.kind, q.text, speaker(q)) for q in got] == [
        ("direct", "My client is fine,", "Edward Grant"), ("direct", "He will appeal.", "Edward Grant")]


def test_curly_single_quotes_with_nested_double_quotes():
    got = quotes("‘He told me “go away”, so I did,’ Sarah Long said.")
    assert [(q.text, speaker(q)) for q in got] == [("He told me “go away”, so I did,", "Sarah Long")]


@pytest.mark.parametrize("text", [
    "Pakistan's envoy said it's the '90s all over again for rock 'n' roll fans.",
    "The Joneses' house and the players' union's office were closed.",
    "Give 'em hell, the sign read.",
])
def test_apostrophes_do_not_pair_into_quotations(text):
    from extract.document import Document
    assert Document(text).quotations == []


def test_plural_possessive_inside_single_quotes():
    q = only("'The players' union will fight this,' Tom Rice said.")
    assert (q.text, speaker(q)) == ("The players' union will fight this,", "Tom Rice")


def test_single_quotes_run_over_paragraphs():
    got = quotes("Anna Wells said: 'We have been clear.\n\n'We will not back down.'")
    assert [(q.text, speaker(q)) for q in got] == [("We have been clear.", "Anna Wells"), ("We will not back down.", "Anna Wells")]


def test_single_quoted_subhead_in_double_quoted_article_is_not_speech():
    text = ('"We lost the plant," Carol Bigbee said. "It hurt us all."\n\n'
            "'A really tough decision.'\n\nWorkers gathered at a bar on Thursday.")
    assert [q.text for q in quotes(text)] == ["We lost the plant,", "It hurt us all."]


def test_guillemets_and_low_high_marks():
    for a, b in (("«", "»"), ("„", "“")):
        q = only(f"{a}We will not give up,{b} the minister said.")
        assert (q.kind, q.text, speaker(q)) == ("direct", "We will not give up,", "the minister")


# --- who said it --------------------------------------------------------------------

@pytest.mark.parametrize("title", ["the Prime Minister", "the Foreign Secretary", "the Attorney General",
                                   "the Chief Justice", "the Home Secretary", "the Deputy Prime Minister"])
def test_two_word_office_titles_are_not_split_into_name_and_role(title):
    q = only(f"“The law is clear,” {title} said.")
    assert (q.speaker.name, q.speaker.kind, q.speaker.role) == (title, "anonymous", None)


def test_office_title_resolves_to_its_holder_only():
    got = quotes("Prime Minister Caroline May faced MPs. Keir Lomax, the Labour leader, said the plan was weak.\n\n"
                 "“We will not be bullied,” the Prime Minister said.")
    assert [speaker(q) for q in got] == ["Keir Lomax", "Caroline May"]


def test_spokesperson_for_x_is_an_anonymous_source_named_with_its_affiliation():
    got = quotes("A spokesperson for Westfield Council said the road would reopen.\n\n"
                 "“We are reviewing the case,” a spokesman for the Home Office said. She added that repairs were done.")
    assert [(speaker(q), q.speaker.kind) for q in got] == [
        ("a spokesperson for Westfield Council", "anonymous"), ("a spokesman for the Home Office", "anonymous"),
        ("a spokesman for the Home Office", "anonymous")]
    assert len({q.speaker.key for q in got}) == 2


@pytest.mark.parametrize("text", [
    "Jane Doe, chief executive of Acme, in a statement said the deal was good for customers.",
    "Jane Doe on behalf of the board said the deal was good for customers.",
    "Jane Doe, chief executive of Acme, in an interview with the BBC said the deal was good for customers.",
    "Jane Doe, chair of the committee, on behalf of the Board said;\n\n\"The deal is good for customers.\"",
])
def test_occasion_or_behalf_between_speaker_and_cue_is_skipped(text):
    got = quotes(text)
    assert [speaker(q) for q in got] == ["Jane Doe"], [(q.text, speaker(q)) for q in got]


def test_occasion_before_a_subject_pronoun_leaves_the_pronoun_the_speaker():
    got = only("Ann Cole runs the station. A week ago in an interview with the network RT she said the media were dishonest.")
    assert speaker(got) == "Ann Cole"


def test_nickname_in_quotation_marks_is_part_of_the_name_not_a_quote():
    got = quotes("“The fire is out,” said Fire Chief Anthony “Tony” Howard. “We were lucky.”\n\n"
                 "Senator Aquilino \"Koko\" Pimentel III asked if they had any indication of an attack.")
    assert [(q.kind, q.text, speaker(q)) for q in got] == [
        ("direct", "The fire is out,", "Anthony Howard"), ("direct", "We were lucky.", "Anthony Howard"),
        ("indirect", "if they had any indication of an attack", "Aquilino Pimentel III")]
    # A quoted word after a lower-case word is no nickname: "her “Crooked” Hillary".
    assert [q.text for q in quotes("Trump said he would call her “Crooked” Hillary until she quit.")] == ["Crooked"]


def test_as_reported_by_opening_is_a_source_not_content():
    assert quotes("As reported by Western Journalism, former operative John Tiegen found both issues to be disqualifying.") == []
    got = only("As the economy slows, jobs will go, Jane Cole said.")
    assert got.text == "As the economy slows, jobs will go"


def test_inverted_speaker_followed_by_a_long_relative_clause():
    got = only("The plan will fail, said one author, who spoke on the condition of anonymity because the report is not out.")
    assert (got.rule, got.text, speaker(got)) == ("inverted-trailing", "The plan will fail", "one author")
    assert quotes("The judge said Hillary Clinton should be ready to testify about the server next week in court.")[0].text \
        == "Hillary Clinton should be ready to testify about the server next week in court"


@pytest.mark.parametrize("text, who", [
    ("“We will miss him,” the family said.", "the family"),
    ("The family said the actor died at home.", "The family"),
    ("A close ally said the plan would fail.", "a close ally"),
    ("The assembly said the vote was final.", "the assembly"),
    ("Officials repeatedly said the plan would work.", "Officials"),
])
def test_nouns_ending_in_ly_and_close_as_an_adjective_make_speakers(text, who):
    got = only(text)
    assert speaker(got) == who
    assert only("He said family members were told.").text == "family members were told"
    assert speaker(only("Sources close to the president said the plan would fail.")) == "Sources"


def test_a_noun_only_as_a_possessor_in_a_role_is_not_that_role():
    got = quotes("One of the family's attorneys, Justin Bamberg, said the videos show Scott leaving his car.\n\n"
                 "Scott's family has called on police to release the videos.")
    assert [speaker(q) for q in got] == ["Justin Bamberg", "Scott's family"]


def test_statement_named_before_a_comma_introduces_the_quotation():
    got = only("Immediately after the attacks, Trump issued a statement, “Last night, our nation was attacked.”")
    assert (got.kind, got.rule, speaker(got)) == ("direct", "colon-introduction", "Trump")
    got = only("SkyWest, which operated as American Eagle, issued a statement, “Passengers left through the main door.”")
    assert speaker(got) == "SkyWest"


def test_a_participle_opening_the_sentence_is_never_part_of_a_name():
    assert speaker(only("Citing Prime Minister Jane Lee, the paper said the talks had failed.")) == "the paper"
    names = {speaker(q) for q in quotes("Dismissing Datuk Seri Tengku Adnan's remarks in a statement, the police advised "
                                        "the public to stop sharing news that could cause uneasiness.")}
    assert not any(n and n.startswith("Dismissing") for n in names)
    assert speaker(only("Patrick Manning said the talks had failed.")) == "Patrick Manning"  # a name in -ing


def test_councillor_abbreviations_and_irish_police():
    got = quotes("Cllr Neil Zammett chairs the committee.\n\nCllr Zammett said the figures were awful.\n\n"
                 "The man was found on a footpath, gardaí said.")
    assert [(speaker(q), q.speaker.kind) for q in got] == [("Neil Zammett", "person"), ("gardaí", "anonymous")]


def test_an_and_clause_before_the_cue_is_no_appositive():
    got = only("The leak of the study, which is part of the National Climate Assessment, and is required by law, "
               "could do more harm than good, says one author, who asked not to be named.")
    assert (got.rule, speaker(got)) == ("inverted-trailing", "one author")
    assert got.text.startswith("The leak of the study")


def test_beg_and_implore_report_what_was_asked():
    got = only("Neil Zammett begged the trust to open more A&E beds.")
    assert (got.text, speaker(got)) == ("open more A&E beds", "Neil Zammett")
    got = only("The mayor implored residents to stay indoors until the storm passed.")
    assert got.text == "stay indoors until the storm passed"


def test_document_finding_opening_with_an_approximation():
    got = only("Figures show just under three out of ten patients were seen within four hours.")
    assert (got.text, speaker(got)) == ("just under three out of ten patients were seen within four hours", "Figures")
    assert quotes("The poll shows just how divided voters are.") == []


def test_asked_by_gives_the_question_to_its_asker():
    got = quotes("But when asked by reporters if Spain still had concerns about spying, Rajoy said the matter was closed.")
    assert [(q.rule, q.text, speaker(q)) for q in got] == [
        ("asked-by", "if Spain still had concerns about spying", "reporters"),
        ("reported-complement", "the matter was closed", "Rajoy")]
    got = only("He was asked by the judge whether he understood the charges.")
    assert (got.text, speaker(got)) == ("whether he understood the charges", "the judge")
    assert quotes("He was asked by her if he would stay.") == []  # a pronoun asker is left to nobody


def test_a_who_clause_is_no_mention():
    got = only("Cllr Don Thomas, who represents Coxford, said: “The idea was always a crazy notion.”")
    assert speaker(got) == "Don Thomas"
    # "which"/"whose" may still open a source: "which French officials have said was responsible"
    got = only("Nobody named the Islamic State, which French officials have said was responsible for the attacks.")
    assert "French officials" in speaker(got)


def test_demonym_epithet_is_the_person_just_named():
    got = quotes("“It was a battling performance,” Ferguson told Sky Sports.\n\n"
                 "Roberto Mancini was pleased to see his side overcome a slow start. "
                 "“If we play like this, we play very well,” the Italian said.")
    assert [speaker(q) for q in got] == ["Ferguson", "Roberto Mancini"]


def test_institution_of_justice_and_a_judge_of_a_place():
    got = quotes("U.S. District Judge Thomas Cullen of Roanoke, Va., was tapped to oversee the case.\n\n"
                 "“Judges sometimes violate the law,” the Department of Justice wrote.\n\n"
                 "Cullen said the case was unusual.")
    assert [(speaker(q), q.speaker.kind) for q in got] == [
        ("Department of Justice", "organization"), ("Thomas Cullen", "person")]
    assert speaker(only("The Ministry of Justice said the prison would close.")) == "Ministry of Justice"


def test_title_of_an_institution_before_a_name():
    got = only("President of the Law Society Chevy Devonish told reporters that the increase was unreasonable.")
    assert (speaker(got), got.speaker.role) == ("Chevy Devonish", "President of the Law Society")
    assert speaker(only("The Law Society said the increase was unreasonable.")) == "Law Society"


@pytest.mark.parametrize("text, who", [
    ("WHO said the virus was spreading fast.", "WHO"),
    ("The WHO said the virus was spreading fast.", "WHO"),
    ("USA TODAY reported that the group had paid for the trips.", "USA TODAY"),
])
def test_initials_are_a_name_whatever_word_they_spell(text, who):
    assert speaker(only(text)) == who
    assert only("WHO said the virus was spreading fast.").speaker.kind == "organization"
    assert quotes("Who said the virus was spreading?") == []


@pytest.mark.parametrize("text, who", [
    ("The coroner said the death was accidental.", "The coroner"),
    ("A passenger said the plane shook violently.", "a passenger"),
    ("Magistrates said the offence was serious.", "Magistrates"),
    ("The headteacher said the school would reopen on Monday.", "The headteacher"),
])
def test_people_of_court_local_and_health_reports_are_sources(text, who):
    assert speaker(only(text)) == who


def test_any_person_may_be_told_and_an_adjunct_is_not_what_was_told():
    assert only("Judge Jane Hill told the defendant he would go to prison.").text == "he would go to prison"
    assert only("Jane Hill told the victim’s family she was sorry.").text == "she was sorry"
    assert quotes("President Obama told his closest advisers as he labored over the speech.") == []


def test_an_age_is_an_epithet_for_the_person_just_named():
    got = quotes("Jane Hill, 45, from Leeds, won the race.\n\nThe 45-year-old said she was delighted.")
    assert [speaker(q) for q in got] == ["Jane Hill"]
    assert speaker(only("The 45-year-old said he was delighted.")) == "The 45-year-old"


@pytest.mark.parametrize("text, name", [
    ("Chief Constable Jane Hill said officers would be deployed.", "Jane Hill"),
    ("Det Insp Mark Lee said the attack was unprovoked.", "Mark Lee"),
    ("Supt Jane Hill said patrols would increase.", "Jane Hill"),
    ("PC Mark Lee told the court he saw the defendant.", "Mark Lee"),
    ("The Rt Hon Jane Hill MP said the bill was flawed.", "Jane Hill"),
    ("Jane Hill MP said the bill was flawed.", "Jane Hill"),
    ("Fr Mark Lee said the church would reopen.", "Mark Lee"),
    ("Del. Jane Hill said the bill would pass.", "Jane Hill"),
    ("Councilmember Jane Hill said the bill would pass.", "Jane Hill"),
])
def test_titles_of_police_parliament_church_and_councils_are_no_part_of_a_name(text, name):
    assert speaker(only(text)) == name
    assert only("Conservative MP said the bill was flawed.").speaker.kind == "anonymous"


def test_local_institutions_speak_and_are_never_he_or_she():
    got = quotes("The museum said the exhibition would reopen in May.\n\nThe diocese said the priest had retired. "
                 "It added that he had served for 40 years.")
    assert [(speaker(q), q.speaker.kind) for q in got] == [
        ("the museum", "organization"), ("the diocese", "organization"), ("the diocese", "organization")]
    # an institution is no person in apposition: "The museum, Mr. Bush said, celebrated …"
    got = only("The museum, Mr. Bush said, celebrated several of his heroes.")
    assert (got.rule, speaker(got)) == ("interrupted-attribution", "Bush")


@pytest.mark.parametrize("text, who", [
    ("WASHINGTON (Reuters) - The Federal Reserve said on Wednesday it would keep rates unchanged.", "Federal Reserve"),
    ("The National Guard said troops would arrive on Friday.", "National Guard"),
    ("Mr. Obama said the plan would work.", "Obama"),
])
def test_an_adjective_of_office_opens_an_institution_not_a_title(text, who):
    got = only(text)
    assert speaker(got) == who
    assert got.speaker.kind == ("person" if who == "Obama" else "organization")


@pytest.mark.parametrize("text, who", [
    ("The Office for National Statistics said inflation had fallen to 2%.", "Office for National Statistics"),
    ("The Institute for Fiscal Studies said taxes would rise.", "Institute for Fiscal Studies"),
    ("The Bureau of Labor Statistics said 200,000 jobs were added.", "Bureau of Labor Statistics"),
])
def test_a_capitalised_noun_inside_an_institutions_name_is_no_head(text, who):
    got = only(text)
    assert (speaker(got), got.speaker.kind) == (who, "organization")


def test_a_named_document_is_never_a_person():
    from extract.mentions import parse_stretch
    got = parse_stretch("the North American Free Trade Agreement")
    assert (got.kind, got.name) == ("organization", "North American Free Trade Agreement")


def test_a_quotation_after_an_abbreviations_full_stop_opens_a_sentence():
    got = quotes("“We are thrilled to welcome Jane to the team,” said John Smith, CEO of Acme Corp. "
                 "“Her experience will be invaluable.”")
    assert [(q.kind, speaker(q)) for q in got] == [("direct", "John Smith"), ("direct", "John Smith")]


def test_here_and_adjuncts_after_a_hearer_are_no_content():
    got = only("The suspect has confessed to the crime, the police said here on Friday.")
    assert (got.rule, got.text) == ("reported-trailing", "The suspect has confessed to the crime")
    got = only("Police told reporters here on Friday that the suspect had confessed.")
    assert got.text == "the suspect had confessed"
    assert only("He said there were no plans to close the school.").text == "there were no plans to close the school"


def test_affiliation_by_to_or_with_names_the_source_and_a_pronoun_stays_with_it():
    got = quotes("An adviser to the Prime Minister said the plan was sound.\n\n"
                 "A spokesman with SkyWest Airlines said no one was hurt. He added that the engine would be inspected.")
    assert [speaker(q) for q in got] == [
        "an adviser to the Prime Minister", "a spokesman with SkyWest Airlines", "a spokesman with SkyWest Airlines"]
    assert got[1].speaker.key == got[2].speaker.key


@pytest.mark.parametrize("text", [
    "The Home Office has not said how much the conversion will cost.",
    "The minister would not say whether the talks had failed.",
    "The minister wouldn't say whether the talks had failed.",
    "Police declined to say if anyone had been arrested.",
])
def test_negated_cue_with_an_open_question_reports_nothing(text):
    assert quotes(text) == []
    asked = text.replace("has not said", "said").replace("would not say", "said").replace("wouldn't say", "said")
    if asked != text:  # the same sentence without the negation reports a question
        assert len(quotes(asked)) == 1


def test_name_suffix_belongs_to_the_name_and_is_never_a_speaker():
    assert quotes("A. John Knapp, Jr., will continue to serve as chairman of the board.") == []
    got = quotes("“We will appeal,” Robert Hale Jr. said. “We are sure,” Hale said.")
    assert [(speaker(q), q.speaker.key) for q in got] == [("Robert Hale Jr.", "robert-hale-jr")] * 2


@pytest.mark.parametrize("after, name, role", [
    ("said the witness, Denise Harlan, 52.", "Denise Harlan", "the witness"),
    ("said Ghana's ambassador to the United Nations, Abena Owusu-Ansah, on Monday.", "Abena Owusu-Ansah", "Ghana's ambassador to the United Nations"),
    ("said the mayor, Mr. Smith.", "Smith", "the mayor"),
])
def test_inverted_appositive_after_the_cue_names_the_speaker(after, name, role):
    q = only(f"“We are ready,” {after}")
    assert (speaker(q), q.speaker.role) == (name, role)


@pytest.mark.parametrize("text, content", [
    ("The company pledged to sell its remaining North Sea fields.", "sell its remaining North Sea fields"),
    ("The union threatened to strike next month.", "strike next month"),
    ("The minister urged them to reverse the freeze on pay.", "reverse the freeze on pay"),
    ("The minister asked the court to delay the case.", "delay the case"),
])
def test_to_infinitive_content_of_commitments_and_requests(text, content):
    q = only(text)
    assert (q.kind, q.text) == ("indirect", content)


@pytest.mark.parametrize("text, who", [
    ("The city said the offer was fair.", "the city"),
    ("The central bank said in a statement that inflation would fall.", "the central bank"),
    ("The regulator said the merger would be blocked.", "the regulator"),
])
def test_institutions_speak_as_one(text, who):
    """An unnamed institution speaks as an organisation, named by its description
    (which keeps it to its article: see test_linking)."""
    q = only(text)
    assert (speaker(q), q.speaker.kind) == (who, "organization")


@pytest.mark.parametrize("text, content", [
    ("Premier Lachlan Hartigan said 640 homes would be built.", "640 homes would be built"),
    ("A poll showed 71 per cent backed the plan.", "71 per cent backed the plan"),
    ("Smith said 10 times that he was innocent.", "he was innocent"),
])
def test_reported_clause_opening_with_a_number(text, content):
    assert only(text).text == content


@pytest.mark.parametrize("text, who", [
    ("The Treasury issued a statement saying the deal was done.", "Treasury"),
    ("Tom Reed posted a tweet saying that the vote was rigged.", "Tom Reed"),
    ("The White House issued a statement urging both parties to “finish the job.”", "White House"),
])
def test_issuer_of_a_statement_is_the_speaker(text, who):
    assert speaker(only(text)) == who


def test_reported_speech_beside_a_quotation():
    got = quotes("“We feel safe now,” said Gwen Pritchard, arguing that the fence had stopped the thefts.")
    assert [(q.kind, q.text, speaker(q)) for q in got] == [
        ("direct", "We feel safe now,", "Gwen Pritchard"), ("indirect", "the fence had stopped the thefts", "Gwen Pritchard")]


def test_the_cue_of_a_quotation_reports_nothing_more():
    got = quotes("“We have been clear for two years,” Oduya told Reuters in an interview. “Today is the consequence.”")
    assert [(q.kind, q.text) for q in got] == [("direct", "We have been clear for two years,"), ("direct", "Today is the consequence.")]


def test_reported_clause_beside_a_quotation_is_no_donor_for_later_quotations():
    got = quotes("“We won,” said Tom Reed, adding that Jane Cole had agreed. “It was close.”")
    assert [speaker(q) for q in got] == ["Tom Reed", "Tom Reed", "Tom Reed"]


def test_documents_are_a_kind_of_source():
    got = quotes("A report by the auditor general found that the fund was misused. The report said that nobody was punished.\n\n"
                 "The civil claim said the firm had lied.")
    assert [(speaker(q), q.speaker.kind) for q in got] == [("a report", "document"), ("a report", "document"), ("The civil claim", "document")]
    assert got[0].speaker.key == got[1].speaker.key


def test_institution_of_something_is_one_organisation():
    q = only("The Saskatchewan Chamber of Commerce said the debt was growing too fast.")
    assert (speaker(q), q.speaker.kind) == ("Saskatchewan Chamber of Commerce", "organization")


def test_journalists_turns_in_a_transcript_are_not_statements():
    text = ("ANCHOR: Good evening. Are people leaving the town?\n\n"
            "SMITH: Yes, most of them have gone already.\n\n"
            "ANCHOR: Thank you. A council spokesman told me the town would recover.\n\n"
            "SMITH: I hope she is right about that.")
    got = quotes(text)
    assert [(q.text, speaker(q)) for q in got] == [
        ("Yes, most of them have gone already", "Smith"), ("the town would recover", "a council spokesman"),
        ("I hope she is right about that", "Smith")]


@pytest.mark.parametrize("text, journalist", [
    ("ANCHOR: Our correspondent Mike Tran is in Elkview. Mike, what are you seeing?\n\n"
     "TRAN: The water here is about four feet deep on Main Street.\n\n"
     "MAYOR LONG: We have moved everyone from the lower streets to the school.\n\n"
     "TRAN: The mayor says the school can hold five hundred people.", "Tran"),
    ("HOST: Tonight, the town that bet on lithium.\n\n"
     "JULIA HAMMOND, REPORTER: When the mine opened, the motel was booked out for a year.\n\n"
     "DES O'CONNELL: We put on six staff and we built a new wing for the workers.\n\n"
     "JULIA HAMMOND: Now the motel has one guest and the wing is empty.", "Julia Hammond"),
    ("HOLLOWAY: Senator, is the bill dead?\n\n"
     "CASTELLANO: No. I have forty-one co-sponsors and eleven of them are Democrats.\n\n"
     "HOLLOWAY: Will you bring it to the floor before the recess?\n\n"
     "CASTELLANO: We will bring it to the floor when we have the votes for it.", "Holloway"),
    # a public-radio package: the reporter's label carries BYLINE
    ("MAYA PORTER, HOST:\n\nThe state may soon regulate drones.\n\n"
     "GIL ODOM, BYLINE: The bill would ban flights over schools.\n\n"
     "LENA FARR: We fly to inspect roofs, not to spy on anyone.\n\n"
     "ODOM: Pilots say the rules are too vague.", "Gil Odom"),
    # the host hands the story over: "NPR's Gil Odom reports."
    ("PORTER: The state may soon regulate drones. Radio Ten's Gil Odom reports.\n\n"
     "ODOM: The bill would ban flights over schools.\n\n"
     "LENA FARR: We fly to inspect roofs, not to spy on anyone.\n\n"
     "ODOM: Pilots say the rules are too vague.", "Gil Odom"),
])
def test_programmes_own_journalists_are_found_by_role_or_questions(text, journalist):
    """A correspondent introduced as one, a label carrying the role, or a label whose
    turns are questions is the programme speaking: its turns are not sourced statements
    (what they report others said still is)."""
    got = quotes(text)
    assert got and all(speaker(q) != journalist for q in got)


@pytest.mark.parametrize("line, name", [
    ('Race winner Luca Ferrante (Aldini): "We made the right call on tyres today."', "Luca Ferrante"),
    ('Second place, Jonah Wells (Pearce Racing): "We could not quite match them at the end."', "Jonah Wells"),
    ('Theo Brandt (Castellan), retired on lap 31: "The engine just stopped with no warning."', "Theo Brandt"),
    ('Aldini team principal Francesca Moretti: "We must stay calm, it is only round four."', "Francesca Moretti"),
])
def test_roundup_labels_name_the_speaker(line, name):
    """Sports and results round-ups introduce each quotation with a label: the name
    before the colon, its team in brackets (never part of the name)."""
    q = quotes("The season's fourth race ended in rain at Monza.\n\n" + line)[-1]
    assert speaker(q) == name and q.rule == "colon-introduction"


def test_a_byline_is_not_a_speaker_label():
    got = quotes("Reading list.\n\n—“Hamilton to play Chicago,” by Variety's Gordon Cox: "
                 "“The musical will ride its wave of hype all the way to Chicago next fall.”")
    assert all(speaker(q) != "Gordon Cox" for q in got)


def test_began_attributes_a_quotation():
    q = quotes("The debate opened at noon.\n\n“Last year this government built 212,000 homes,” the Labour leader began.")[-1]
    assert q.cue == "began" and q.speaker_mention == "the Labour leader"


def test_an_explainers_questions_are_not_an_interview():
    """"What happens next?" answered by the writer in the third person is an explainer."""
    text = ("The budget vote explained.\n\nWhat is in the bill?\n\nThe bill raises the fuel duty by two pence.\n\n"
            "When is the vote?\n\nThe vote is on Tuesday afternoon.\n\nWhat happens if it fails?\n\n"
            "The government would have to bring a new budget within a month.")
    assert quotes(text) == []


def test_answers_labelled_a_belong_to_the_interviewee():
    text = ("Ollie Young was dropped by England after a miserable tour.\n\n"
            "Q: Why talk about it now?\n\nA: Because a lot of lads go through it and say nothing.\n\n"
            "Q: Did you expect the call?\n\nA: No. I was in the supermarket when the coach rang.")
    got = quotes(text)
    assert [speaker(q) for q in got] == ["Ollie Young", "Ollie Young"]


@pytest.mark.parametrize("sentence, name", [
    ("Lance Beebe, 49, a Navy veteran who now works for the Air Force, said Clinton should be ready for questions.", "Lance Beebe"),
    ("Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision to vote for Rubio.", "Jason Sims"),
    ("Jill A. Martin, vice president and assistant general counsel for the company, said in a statement that the claims had no substance.", "Jill A. Martin"),
])
def test_name_then_an_appositive_of_any_shape(sentence, name):
    q = only(sentence)
    assert speaker(q) == name and q.kind == "indirect"


def test_inverted_speaker_is_not_the_complements_subject():
    """In "…, said Hillary Clinton should be ready" the name opens what was said."""
    assert all(speaker(q) != "Hillary Clinton" for q in quotes(
        "The race is close, a veteran of the campaign trail said Hillary Clinton should be ready for hard questions."))


def test_two_speakers_in_one_paragraph_keep_their_quotations():
    got = quotes("“We will win,” said Jane Doe, CEO of Acme. “We are ready.” “We agree,” said John Roe, chairman of Acme.")
    assert [(q.text, speaker(q)) for q in got] == [
        ("We will win,", "Jane Doe"), ("We are ready.", "Jane Doe"), ("We agree,", "John Roe")]


def test_two_quoted_sentences_are_two_sentences():
    got = quotes("“A long day is over.” “We agree,” said John Roe.")
    assert [(q.kind, q.text, speaker(q)) for q in got] == [
        ("direct", "A long day is over.", "John Roe"), ("direct", "We agree,", "John Roe")]


@pytest.mark.parametrize("text, name, role", [
    ("“My client is innocent,” Prosecutor Ellen Marsh said.", "Ellen Marsh", "Prosecutor"),
    ("Juror Tina Kadisak said the trial had been fair.", "Tina Kadisak", "Juror"),
    ("“It was hard,” said Defence lawyer Mark DeLuca.", "Mark DeLuca", "Defence lawyer"),
    ("Comedian Jimmy Tarbuck, 77, said the entertainer had changed his life.", "Jimmy Tarbuck", "Comedian"),
    ("Co-moderator Andrea Mitchell said the debate would start late.", "Andrea Mitchell", "Co-moderator"),
])
def test_role_word_before_a_name_is_a_role(text, name, role):
    q = only(text)
    assert (speaker(q), q.speaker.role) == (name, role)


def test_titles_of_works_are_not_quotations():
    from extract.document import Document
    doc = Document("She starred in the film “We Believe” and wrote a memoir, “Plenty of Nothing,” in 2010. "
                   "The show “was a disaster,” Smith said.")
    assert [doc.text[q.start:q.end] for q in doc.quotations] == ["was a disaster,"]


def test_participle_after_a_trailing_attribution():
    got = quotes("Quebec will refuse the new funding terms, the province's health minister said Thursday, setting up a clash with Ottawa.")
    assert [(q.text, speaker(q)) for q in got] == [("Quebec will refuse the new funding terms", "the province's health minister")]
    got = quotes("The plant will close, Tom Reed said, adding that 200 jobs would go.")
    assert [(q.text, speaker(q)) for q in got] == [("The plant will close", "Tom Reed"), ("200 jobs would go", "Tom Reed")]


def test_transcript_labels_with_roles_numbers_and_short_turns():
    got = quotes("ANCHOR: Are people leaving?\n\nDES O'CONNELL, MOTEL OWNER: Most of them have gone already.\n\n"
                 "COMMUTER 1: It is chaos every day here.\n\nO'CONNELL: Yes.")
    assert [(q.text, speaker(q), q.speaker.kind) for q in got] == [
        ("Most of them have gone already", "Des O'Connell", "person"), ("It is chaos every day here", "Commuter 1", "anonymous"),
        ("Yes", "Des O'Connell", "person")]


def test_pleading_and_testifying_against_report_nothing():
    assert quotes("He pleaded guilty in January to two counts of fraud.") == []
    assert quotes("She testified against Haines at the trial last week.") == []


def test_a_clause_is_not_a_description():
    from extract.mentions import parse_stretch
    assert parse_stretch("Trump launched his campaign") is None
    assert parse_stretch("she shattered party") is None
    assert parse_stretch("his campaign").kind == "definite"


def test_surname_that_is_a_month_names_a_speaker():
    got = quotes("Theresa May faced MPs on Wednesday.\n\nMay said: \"We will deliver Brexit.\"\n\n"
                 "\"Nobody is above the law,\" Mrs May said.")
    assert [(q.text, speaker(q)) for q in got] == [("We will deliver Brexit.", "Theresa May"), ("Nobody is above the law,", "Theresa May")]


@pytest.mark.parametrize("text, who", [
    ("On Monday the minister said the deal was dead.", "the minister"),
    ("In May Smith said the deal was dead.", "Smith"),
    ("Since then officials have said the deal was dead.", "officials"),
    ("Later the Home Secretary said the deal was dead.", "the Home Secretary"),
])
def test_time_adjunct_before_the_subject(text, who):
    assert speaker(only(text)) == who


def test_month_after_a_time_word_is_a_date_not_a_speaker():
    from extract.document import Document
    text = "In August, groups met. Mrs August spoke. August said no."
    doc = Document(text)
    at = [i for i in range(len(text)) if text.startswith("August", i)]
    assert [doc.mention(i, i + 6) is not None for i in at] == [False, True, True]

def test_pronoun_resolves_and_sets_gender():
    text = "FO spokesperson Mumtaz Zahra Baloch spoke on Friday. She emphasized the expectation for swift action."
    q = only(text)
    assert (speaker(q), q.speaker.gender, q.speaker_mention) == ("Mumtaz Zahra Baloch", "female", "She")


def test_role_noun_resolves_to_person_with_synonym_role():
    text = ("Pakistan’s Permanent Representative to the UN, Munir Akram, spoke at length.\n\n"
            "“Pakistan is prepared to respond as needed,” the ambassador said.")
    q = only(text, "direct")
    assert (speaker(q), q.speaker_mention) == ("Munir Akram", "the ambassador")


def test_surname_resolves_to_full_name_introduced_earlier():
    text = "The Media Line spoke with Asif Ali Khan Durrani about the region.\n\n“Ties are strained,” Durrani said."
    assert speaker(only(text)) == "Asif Ali Khan Durrani"


def test_spelling_variant_merges():
    text = ("“The ceasefire is a test,” National Security Adviser Moeed Yousuf said.\n\n"
            "“The red lines are very clear,” Yusuf said.")
    assert {speaker(q) for q in quotes(text)} == {"Moeed Yousuf"}


def test_people_sharing_a_surname_stay_apart():
    """Two people named Mujahid in one article stay two speakers, and a later full
    name goes back to the right one."""
    got = quotes("“We seek good relations,” spokesman Zabihullah Mujahid said. “We will defend our soil,” "
                 "Defense Minister Mohammad Yaqoob Mujahid said. “Our doors are open,” Zabihullah Mujahid added.")
    assert [(q.speaker.key, q.speaker.name) for q in got] == [
        ("zabihullah-mujahid", "Zabihullah Mujahid"),
        ("mohammad-yaqoob-mujahid", "Mohammad Yaqoob Mujahid"),
        ("zabihullah-mujahid", "Zabihullah Mujahid")]


def test_organisation_as_speaker():
    text = "According to a statement issued by Pakistan’s Ministry of Foreign Affairs, the group discussed “the growing threat of terrorism.”"
    q = only(text)
    assert q.speaker.kind == "organization" and "Ministry of Foreign Affairs" in speaker(q)


def test_anonymous_source_and_later_mentions():
    text = ("A security official told the paper that the process had only begun.\n\n"
            "The official, who spoke on condition of anonymity, insisted, “These are red lines.”")
    got = quotes(text)
    assert {speaker(q) for q in got} == {"a security official"}
    assert {q.speaker.kind for q in got} == {"anonymous"}


def test_definite_description_prefers_shared_modifier():
    text = ("A security official said that talks had begun.\n\n"
            "A senior Afghan Taliban cabinet member in Kabul has offered some details.\n\n"
            "“Both sides are happy,” the Taliban official said.")
    q = only(text, "direct")
    assert speaker(q) == "a senior Afghan Taliban cabinet member"


# --- rules added from PolNeAR train error analysis ------------------------------------

def test_ascii_double_quotes():
    q = only("''Some courses are adapting, others are not,'' said Paul H. Chipok, a lawyer in Orlando.")
    assert (q.text, speaker(q), q.speaker.role) == ("Some courses are adapting, others are not,", "Paul H. Chipok", "a lawyer in Orlando")


def test_transcript_labels_need_to_recur():
    text = "WALLACE: Governor, I do not want to interrupt you.\n\nPENCE: Well, Chris, we agree on that.\n\nWALLACE: Thank you, Governor. Let us turn to the economy."
    got = quotes(text, "direct")
    assert [speaker(q) for q in got] == ["Wallace", "Pence", "Wallace"]
    assert got[1].text == "Well, Chris, we agree on that"
    assert quotes("ISLAMABAD: In a significant policy shift, Pakistan has decided to withdraw support.") == []


def test_participle_takes_adjacent_or_sentence_subject():
    assert speaker(only("The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead?”")) == "Hillary Clinton"
    assert speaker(only("Madeleine Albright urged women to vote, saying, “There’s a special place in hell.”")) == "Madeleine Albright"


def test_colon_introduction_in_the_same_sentence():
    assert speaker(only("President Obama is rolling out a new message: “Don’t let the other side win.”")) == "Obama"


def test_epithet_refers_to_person_in_focus():
    text = "Ted Cruz warned against a brokered convention.\n\n“It would be a disaster,” the Texas senator said."
    assert speaker(only(text, "direct")) == "Ted Cruz"


def test_unresolvable_description_names_the_source():
    q = only("“We will not back down,” the retired general said.")
    assert (speaker(q), q.speaker.kind) == ("the retired general", "anonymous")


def test_name_with_affiliation():
    q = only("The average shows Clinton leading, said Cameron Easley for Morning Consult.")
    assert (speaker(q), q.speaker.role) == ("Cameron Easley", "Morning Consult")


def test_capitalised_name_ending_in_ly_is_not_an_adverb():
    assert speaker(only("“Elections matter,” Kelly said.")) == "Kelly"


def test_time_phrase_between_speaker_and_cue():
    q = only("Hillary Clinton on Tuesday said that Islamic State violence against Yazidis is genocide.")
    assert speaker(q) == "Hillary Clinton" and q.text.startswith("Islamic State")


def test_coordinated_cue_shares_the_subject():
    q = only("Muttaki did not elaborate but said he hoped the process would be settled.")
    assert (speaker(q), q.text) == ("Muttaki", "he hoped the process would be settled")


def test_poll_quantity_as_source():
    q = only("Six in 10 Virginia Democratic primary voters said Clinton is honest and trustworthy.")
    assert q.speaker.kind == "anonymous" and q.text == "Clinton is honest and trustworthy"


@pytest.mark.parametrize("sentence, source", [
    ("Sixty-six percent said it made no difference to them.", "Sixty-six percent"),
    ("Only 24 percent said she did nothing wrong.", "Only 24 percent"),
    ("But six in 10 said they want the next president to continue those policies.", "six in 10"),
    ("About half said they wanted a nominee from outside the political establishment.", "About half"),
    ("Another said he hoped with his whole heart that Trump wins.", "Another"),
    ("Most said the economy was the issue that mattered most to them.", "Most"),
])
def test_bare_quantity_or_indefinite_as_source(sentence, source):
    """Polls report their groups without the noun ("Sixty-six percent said"), and a
    vox pop its people as "another", "most": anonymous sources, not lost quotes."""
    q = only(sentence)
    assert q.speaker.kind == "anonymous" and q.speaker_mention == source and q.kind == "indirect"


@pytest.mark.parametrize("sentence, source", [
    ("In the end, Mr. Rosenthal said, union voters almost always end up voting Democratic.", "Mr. Rosenthal"),
    ("Mrs. Clinton, these people said, would be open to other measures.", "these people"),
    ("This campaign, he says, is different.", "he"),
])
def test_interrupted_attribution_after_any_lead(sentence, source):
    """Whatever opens the sentence, an attribution in commas with more after it
    reports the sentence around it."""
    q = only(sentence)
    assert q.rule == "interrupted-attribution" and q.speaker_mention == source
    assert q.text == sentence.rstrip(".")


def test_role_in_apposition_is_not_a_lead():
    got = quotes("The spokesperson, Zabihullah Mujahid, said, as he has before, that the group wants peace.")
    assert not any(q.text.startswith("The spokesperson") for q in got)


@pytest.mark.parametrize("sentence", [
    "Shortly after my sentence, Eric Holder announced his resignation.",
    "During a rally Tuesday night in Raleigh, Trump remarked upon a recent story in the Times.",
    "On Friday morning, the third day of his swing, Gary Johnson told a joke.",
])
def test_trailing_cue_must_close_the_attribution(sentence):
    """In CONTENT, SPEAKER said the cue ends the sentence (or takes an adjunct); a
    cue with an object after it is the main clause, and the lead is an adverbial."""
    assert quotes(sentence) == []


@pytest.mark.parametrize("text, name, kind", [
    ("Sen. Bernie Sanders spoke in Iowa. Frustrated, Sanders said he cannot walk down the street without questions.", "Bernie Sanders", "person"),
    ("The judge was brief. Significantly, the judge said he could not require me to pay restitution.", "the judge", "anonymous"),
    ("Turnout was high in the county. Voters said the economy mattered most to them.", "Voters", "anonymous"),
])
def test_one_capitalised_word_is_read_by_the_article(text, name, kind):
    """A capitalised word opening a sentence is a name when the article capitalises
    it inside sentences too; an -ly, -ed or -ing word it never does is no speaker."""
    q = quotes(text)[-1]
    assert q.speaker.kind == kind and (q.speaker.name == name or q.speaker_mention == name)


def test_claim_noun():
    q = only("Fact-checkers examined Donald Trump’s claim that there were thousands of shootings in Chicago.")
    assert (speaker(q), q.cue) == ("Donald Trump", "claim")


def test_time_word_after_cue():
    q = only("DNC Chair Debbie Wasserman Schultz announced Sunday she will resign her post after the convention.")
    assert q.text == "she will resign her post after the convention"


def test_document_as_source():
    q = only("A Fox News poll shows Sanders with 47 percent versus Clinton.")
    assert q.text == "Sanders with 47 percent versus Clinton" and q.speaker_mention == "A Fox News poll"


def test_open_class_description_and_people_plurals():
    assert only("A producer for Yahoo Studios told The New York Times that Trump canceled an interview.").speaker_mention == "A producer"
    assert only("Fact-checkers soon noted that Clinton may have been referring to a hypothetical.").speaker_mention == "Fact-checkers"


def test_relative_who_cue():
    assert speaker(only("But Trump made no mention of Jeb Bush, who announced he is suspending his campaign.")) == "Jeb Bush"


def test_passive_with_agent():
    q = only("The meeting between the two candidates was first reported by Politico.")
    assert (q.text, speaker(q)) == ("The meeting between the two candidates", "Politico")


def test_verb_is_not_part_of_a_description():
    assert quotes("The ad uses footage of the senator in Ohio.") == []


def test_headline_attribution():
    q = only("Chris Christie Says He Would Issue A Quarantine Over Zika Virus\n\nThe governor spoke on Friday.")
    assert (q.text, speaker(q), q.cue) == ("He Would Issue A Quarantine Over Zika Virus", "Chris Christie", "Says")


def test_reported_clause_beside_a_quoted_fragment():
    got = quotes("On his tax returns, he says he would release his information on Friday, calling them “very boring tax returns.”")
    assert [q.kind for q in got] == ["indirect", "mixed"]


def test_dash_attribution():
    got = quotes("“Mr. Trump embodies the legacy of racism.” ― Sonya Herridge\n“He is ignorant of our lives.”― Pamela Padilla\n")
    assert [speaker(q) for q in got] == ["Sonya Herridge", "Pamela Padilla"]


def test_headline_label_attribution():
    q = only("Graham: Trump’s Hateful Rhetoric Destroying GOP’s Chance to Win Presidency.\n\nSen. Lindsey Graham spoke on Thursday.")
    assert (speaker(q), q.cue) == ("Lindsey Graham", ":")
    # A topic label the story never names as anyone is no speaker.
    assert quotes("PMQs: May and Lomax Trade Blows Over Hospital Waits\n\nIt was a long Wednesday in the Commons.") == []


def test_nested_attribution():
    got = quotes("Aides said Trump believes that the campaign is going well in Ohio.")
    assert [(q.text, q.speaker_mention) for q in got] == [
        ("Trump believes that the campaign is going well in Ohio", "Aides"),
        ("the campaign is going well in Ohio", "Trump"),
    ]


def test_name_words_are_not_cues():
    assert quotes("Officials from the United States arrived in Kabul on Monday.") == []


def test_fragment_before_trailing_attribution():
    q = only('Voters "think this guy is not going to be worried about breaking eggs," he said. Allen agreed.', "mixed")
    assert q.speaker_mention == "he"
    q = only("Clinton is “the most dishonest candidate since Nixon,” Pence said during the interview.")
    assert (q.kind, speaker(q)) == ("mixed", "Pence")


def test_ago_phrase_before_cue():
    q = only("The State Department less than two weeks ago said for the first time that “top secret” intelligence passed through.")
    assert (q.kind, q.text, q.speaker_mention) == ("mixed", "top secret", "The State Department")


# --- speakers: names, titles and appositives ------------------------------------------

def test_said_then_honorific_name_and_gender():
    q = only('"It was destined to fail," said Ms. McGinley, the law professor.', "direct")
    assert speaker(q) == "McGinley" and q.speaker.gender == "female" and q.speaker.role != "Ms."


def test_age_and_home_appositives_are_peeled_off():
    q = only("Brianne Stone, 29, of Huntsville, Ala., says her biggest concern is global warming.")
    assert speaker(q) == "Brianne Stone"


def test_name_of_state():
    q = only('"It is time," said Sen. Ben Cardin of Maryland.', "direct")
    assert speaker(q) == "Ben Cardin" and q.speaker.role == "Sen."


def test_capitalised_particle_opens_a_first_name():
    qs = quotes("Ben Carson spoke on Sunday. “I expect to be vetted,” Carson said.")
    assert [speaker(q) for q in qs] == ["Ben Carson"]


def test_sentence_initial_common_word_is_not_a_person():
    text = ("Donald Trump held a rally in the city. Sometimes confrontations between supporters and "
            "protesters grew violent. “Everybody is talking about the protesters,” he tweeted.")
    assert speaker(only(text, "direct")) == "Donald Trump"


def test_the_republican_is_an_epithet():
    text = "Donald Trump spoke in Michigan. The Republican said the debate was rigged against him."
    assert speaker(only(text)) == "Donald Trump"


def test_title_case_headline_is_not_a_name():
    text = ("Ben Carson Defends Himself Against Claims He Exaggerated His Life Story.\n\n"
            "Former neurosurgeon Ben Carson spoke on Sunday. “Show me somebody who is accurate,” Carson told reporters.")
    assert {speaker(q) for q in quotes(text)} == {"Ben Carson"}


def test_headline_names_do_not_introduce_people():
    text = ("Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Comments.\n\n"
            "New Jersey Gov. Chris Christie described Democratic presidential nominee Hillary Clinton as a "
            "“disgrace” on Wednesday.\n\nClinton criticized the officer for shooting an unarmed man.")
    by_text = {q.text: q for q in quotes(text, "indirect")}
    assert speaker(by_text["shooting an unarmed man"]) == "Hillary Clinton"
    assert speaker(by_text["Hillary Clinton ‘A Disgrace’ Over Police Comments"]) == "Chris Christie"


def test_closed_relative_clause_after_an_appositive():
    q = only("Angelique Brunner, a spokeswoman for the EB-5 Investment Coalition, which is made up of "
             "investors and developers, said many of the examples were misleading.")
    assert speaker(q) == "Angelique Brunner"


def test_ment_nouns_are_not_people():
    from extract.mentions import people_noun
    assert people_noun("residents") and people_noun("protesters")
    assert not people_noun("investments") and not people_noun("statements")


def test_failing_to_say_reports_nothing():
    assert quotes("Critics of the program failed to note that it helped transform poor areas.") == []


def test_they_does_not_refer_to_a_document():
    text = ("Security Council members met on Monday. The statement noted they had previously warned "
            "against another test. “We will act immediately,” they said.")
    assert speaker(only(text, "direct")) == "Security Council members"


def test_pronoun_in_own_clause_gives_gender():
    text = "Donald Trump revised his plan on Monday. “The tax relief will be concentrated on workers,” she said."
    assert speaker(only(text, "direct")) is None
    text = "Donald Trump revised the plan on Monday. “The tax relief will be concentrated on workers,” he said."
    assert speaker(only(text, "direct")) == "Donald Trump"


def test_pronoun_about_someone_else_gives_no_gender():
    from extract.mentions import parse
    from extract.resolution import Resolver

    for text, gender in [("Donald Trump revised his plan.", "male"),
                         ("Hillary Clinton says she will win.", "female"),
                         ("Taylor Quinn told the mother her son was a hero.", None),
                         ("Taylor Quinn told reporters that Hillary Clinton lied.", None),
                         ("Taylor Quinn, asked about it, said he was sure.", None)]:
        end = len(text.split()[0]) + 1 + len(text.split()[1].rstrip(","))
        e, _ = Resolver(text).resolve(parse(text, 0, end), speaking=True)
        assert e.gender == gender, text


def test_run_together_initials_stay_in_the_name():
    q = only("“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus.")
    assert speaker(q) == "G.K. Butterfield" and q.speaker.role == "Rep."


def test_unambiguous_pronoun_only_sets_gender():
    text = ("New Jersey Gov. Chris Christie described Democratic nominee Hillary Clinton as a disgrace "
            "after she attacked the police.\n\nChristie, who has campaigned for Donald Trump since he "
            "left the race in February, blasted Clinton again on Wednesday.\n\n"
            "“She’s a disgrace,” he said.")
    assert speaker(quotes(text, "direct")[0]) == "Chris Christie"


def test_surname_before_a_relative_clause_is_a_subject():
    text = ("New Jersey Gov. Chris Christie spoke first. Donald Trump spoke next. Christie, who has "
            "campaigned heavily for Donald Trump since February, spoke last. “It is a disgrace,” he said.")
    assert speaker(only(text, "direct")) == "Chris Christie"


def test_went_on_about_is_a_cue_and_a_list_of_fragments_shares_it():
    text = ("As Trump went on about “how the system is rigged,” and “wounded American families” and "
            "“our own struggling citizens,” Melanie said yes.")
    qs = quotes(text, "mixed")
    assert [speaker(q) for q in qs] == ["Trump"] * 3


def test_quotation_closing_on_a_full_stop_ends_the_sentence():
    text = ("When Clinton noted that Trump paid no taxes, Trump boasted, “That makes me smart.” Trump was "
            "defensive about an architect, saying, “Maybe he didn’t do a good job.”")
    assert [speaker(q) for q in quotes(text, "direct")] == ["Trump", "Trump"]


def test_question_mark_before_trailing_attribution_keeps_the_sentence():
    q = only("“Why won’t he release his returns?” Clinton asked.", "direct")
    assert speaker(q) == "Clinton"


def test_relative_which_opens_a_clause():
    text = "My mother was upset. To which she said, “Thank God at least you still believe.”"
    assert only(text, "direct").speaker_mention == "she"


def test_sentence_adverb_is_not_a_name():
    """'Once' opens an adverbial, not a name: the quotation is the narrator's, said
    by 'I', whom no one in the article names."""
    text = "Once in my early 20s, when we drove on the highway, I laughed and said, “I don’t believe it.”"
    q = only(text)
    assert (q.kind, q.text, q.speaker_mention, speaker(q)) == ("direct", "I don’t believe it.", "I", None)


def test_media_role_nouns_speak():
    q = only("Clinton aired an ad. As a phone rang, the announcer said, “It’s 3 a.m. Who do you want answering the phone?”", "direct")
    assert q.speaker_mention == "the announcer"
    q = only("“So why didn’t Donald Trump pay his?” a narrator in the Clinton ad asks.", "direct")
    assert q.speaker_mention.startswith("a narrator")


def test_second_half_of_an_interrupted_quotation_is_direct():
    qs = quotes("“If he thinks that makes him smart,” the ad’s narrator says, “what does he think of you?”")
    assert [q.kind for q in qs] == ["direct", "direct"]


def test_surname_after_an_opening_phrase_without_comma():
    q = only("In a Bloomberg interview Trump declared “I think NATO may be obsolete. Things are different now.”")
    assert speaker(q) == "Trump" and q.kind == "direct"
    q = only("In a speech in Ohio Clinton said the economy was growing.")
    assert speaker(q) == "Clinton"


def test_document_read_quotes_but_reports_nothing():
    q = only("“Leaders in New York honored Donald J. Trump yesterday,” the article read.")
    assert q.kind == "direct" and q.speaker_mention == "the article"
    assert quotes("The judge read his decision aloud, and the defendant smiled at the jury.") == []


def test_subject_with_a_participle_phrase():
    q = only('Protesters marching through the streets chanted "What curfew?" and kept going.')
    assert q.speaker_mention == "Protesters"


def test_yelled_is_a_cue():
    q = only('"Did you shoot him? He better not be dead," she yells while moving along the street.')
    assert q.cue == "yells"


def test_roundup_dash_names_the_speaker_before_a_colon():
    text = ("HIGHER TURNOUT DOESN’T RAISE EXPECTATIONS - Michael P. McDonald: “At long last the "
            "nomination contests have finally started.”")
    assert speaker(only(text, "direct")) == "Michael P. McDonald"


def test_phrasal_speech_cues_after_a_quotation():
    q = quotes("“You know, it happens, right?” Trump went on, as if he didn’t hear her.", "direct")[0]
    assert q.cue == "went on" and speaker(q) == "Trump"
    q = only("After a debate, Hillary shot back, “I suppose I could have chosen to bake cookies.”", "direct")
    assert q.cue == "shot back"
    assert quotes("The police shot back at the gunman on Tuesday.") == []


def test_spaced_dash_separates_a_name_from_what_precedes_it():
    from extract.mentions import parse
    t = "HIGHER TURNOUT - Michael P. McDonald"
    assert parse(t, 0, len(t)) is None


def test_dateline_before_the_subject():
    q = only("WASHINGTON -- President Obama, dedicating the museum on Saturday, said it would tell an American story.")
    assert speaker(q) == "Obama" and q.speaker_mention.endswith("Obama")


def test_headline_cues_come_from_the_cue_lexicon():
    q = only("Christie Stresses He Would Issue A Quarantine Over Zika Virus\n\nThe governor spoke on Friday.")
    assert (speaker(q), q.cue) == ("Christie", "Stresses")
    # a capitalised role noun in a title-case headline heads a description, not a name
    assert quotes("Trump Supporter Screams One Controversial Word At Rally\n\nThe rally went on.") == []
    # headlines report in the present: a past form there is a participle
    assert quotes("Republican Candidates Give Calculated Answers On Taxes\n\nThe debate went on.") == []


def test_according_to_does_not_override_the_speaker_of_a_direct_quote():
    """The cue beside a quotation names its speaker, before it or after it alike;
    'according to X' names who reports it."""
    for text in ("Akram said: “We will win,” according to the Times.",
                 "“We will win,” Akram said, according to the Times."):
        assert speaker(only(text, "direct")) == "Akram", text
    # in reported speech the sentence's source still governs a quoted fragment
    q = only("According to the Times, the group discussed “the growing threat of terrorism.”")
    assert (q.kind, speaker(q)) == ("mixed", "Times")


# --- what is and is not a source (issue 9) ------------------------------------------

PROSE = "The vote was close on Tuesday night.\n\n"


def test_possessive_label_is_not_a_verb():
    """``Editor's note:`` heads a note; "note" is no reporting verb there."""
    assert quotes(PROSE + "Editor’s note: Donald Trump is a liar who has pledged to ban all Muslims.") == []
    q = only(PROSE + "Trump’s claims that he opposed the war were false.")
    assert speaker(q) == "Trump"


def test_partitive_description_is_named_with_what_it_counts():
    q = only(PROSE + "In Wyoming, a number of attendees said they supported him.")
    assert (speaker(q), q.speaker.kind) == ("a number of attendees", "anonymous")
    q = only(PROSE + "According to the average of recent polls, Clinton leads by three points.")
    assert speaker(q) == "the average of recent polls"


def test_thing_with_a_source_in_its_modifier_is_not_a_source():
    """The head decides: "the blizzard of tweets" is a thing although tweets are documents."""
    for q in quotes(PROSE + "The blizzard of tweets he sent out in 2013 showed that he was angry."):
        assert q.speaker is None


def test_party_group_is_a_group_not_a_surname():
    q = only(PROSE + "House Republicans said they will pass the bill.")
    assert (speaker(q), q.speaker.kind) == ("House Republicans", "anonymous")
    q = only(PROSE + "Mr. Cruz exhorted Republicans, saying he was standing on principle.")
    assert speaker(q) == "Cruz"


def test_outlet_named_by_one_word_is_an_organisation():
    got = quotes(PROSE + "The pope said nothing, according to Reuters. Reuters later said that the meeting was short.")
    assert [(speaker(q), q.speaker.kind) for q in got] == [("Reuters", "organization")] * 2


def test_party_front_runner_before_a_name_is_a_role():
    q = only(PROSE + "Democratic front-runner Hillary Clinton said that she would win.")
    assert (speaker(q), q.speaker.role) == ("Hillary Clinton", "Democratic front-runner")


def test_hearer_is_not_stretched_over_a_clause_subject():
    # "told Politico he planned to stay": the hearer ends at Politico; the clause is
    # what was told (not "stay neutral", read as an order to Politico).
    q = only(PROSE + "Stenehjem told Politico he planned to stay neutral in the race.")
    assert (q.text, speaker(q)) == ("he planned to stay neutral in the race", "Stenehjem")
    q = only(PROSE + "Officials urged residents not to drink the water from their taps.")
    assert q.text.endswith("drink the water from their taps")


def test_prose_sentence_of_names_is_not_a_headline():
    # One lower-case content word among many names in a line that ends as a sentence
    # ends is prose; real title case leaves none.
    q = only(PROSE + "Sheldon Adelson said the discussion with Trump was about Israel.")
    assert (q.text, speaker(q)) == ("the discussion with Trump was about Israel", "Sheldon Adelson")
    assert quotes(PROSE + "Trump Supporter Screams at Reporters Outside Rally.") == []


def test_ambiguous_opener_starts_a_clause_when_an_auxiliary_follows():
    q = only(PROSE + "Adelson said much of his discussion with Trump was about Israel.")
    assert q.text == "much of his discussion with Trump was about Israel"
    q = only(PROSE + "Others say this is just a rough patch for the campaign.")
    assert (q.text, speaker(q)) == ("this is just a rough patch for the campaign", "Others")
    # An object, or a subordinate clause before the auxiliary: nothing is reported.
    assert quotes(PROSE + "Adelson said this to reporters outside the hotel on Sunday.") == []
    assert quotes(PROSE + "Adelson said much the same when he was asked about it.") == []


def test_focus_particle_before_the_subject():
    q = only(PROSE + "Even Rendell, a stalwart Clinton supporter, said it would be easier to raise the gas tax.")
    assert speaker(q) == "Rendell"
    q = only(PROSE + "Even the organizer of the rally said the rules increased the chance of violence.")
    assert q.speaker is not None and "organizer" in q.speaker.name


def test_clause_ending_in_an_institution_noun_is_no_institution():
    from extract.mentions import parse_stretch
    for stretch in ("this year's campaign", "Clinton's attacks were echoed by her campaign",
                    "That's why Rubio's team", "Nega's enthusiasm for the new government"):
        got = parse_stretch(stretch)
        assert got is None or got.kind != "organization", stretch
    for stretch, name in (("the Center for Responsive Politics", "Center for Responsive Politics"),
                          ("Clinton's campaign", "Clinton's campaign")):
        got = parse_stretch(stretch)
        assert (got.kind, got.name) == ("organization", name)
    assert all(q.speaker is None or "year" not in q.speaker.name
               for q in quotes(PROSE + "This year's campaign criticized Mr. Rubio for failing to defend his record."))


def test_out_of_quantity_and_readout_document_name_their_sources():
    from extract.mentions import parse_stretch
    got = parse_stretch("two out of three Americans")
    assert (got.head, got.plural) == ("americans", True)
    q = only(PROSE + "The two leaders spoke by phone on Friday, according to a Pentagon readout of the call.")
    assert (q.speaker.name, q.speaker.kind) == ("a Pentagon readout", "document")


def test_subject_pronoun_after_an_adjunct_without_a_comma():
    # "At the town hall this week she said ...": whatever adjunct opens the clause, a
    # subject pronoun right before the cue is its subject.
    got = extract(PROSE + "Mrs. Clinton said the vote was fair.\n\nAt the town hall this week she said her decision was not an error.")
    assert [(q.text, speaker(q)) for q in got][-1] == ("her decision was not an error", "Clinton")


def test_interview_question_label_is_no_initial():
    text = ("MARIANNE HOLLIS, HEAD COACH\n\nQ. What turned it?\n\nHOLLIS: We started defending.\n\n"
            "ANDRE WHITAKER\n\nQ. Andre Whitaker had 34. How is the ankle?\n\nWHITAKER: It's fine.")
    names = {q.text: speaker(q) for q in extract(text)}
    assert names["We started defending"] == "MARIANNE HOLLIS"
    assert names["It's fine"] == "Andre Whitaker"
    from extract.document import Document
    d = Document("ANDRE WHITAKER\n\nQ. Coach Hollis")
    assert d.mention(0, len(d.text)) is None  # no mention spans two paragraphs


@pytest.mark.parametrize("subject", ["The defendant", "The accuser", "The girl", "The boy", "One juror"])
def test_people_of_court_reports_are_sources(subject):
    q = only(PROSE + f"{subject} said the car had left the parking lot at midnight.")
    assert (q.text, speaker(q).lower()) == ("the car had left the parking lot at midnight", subject.lower())


def test_agency_named_with_a_speech_noun_before_a_spokesman():
    # "State" is a noun in a name, not the verb "state".
    q = only(PROSE + "State Department spokesman Ned Price said the talks would resume.")
    assert (speaker(q), q.speaker.role) == ("Ned Price", "State Department spokesman")
    q = only(PROSE + "“We are working with our partners,” said Ohio State Police spokesman Dan Ross.")
    assert (speaker(q), q.speaker.kind) == ("Dan Ross", "person")


@pytest.mark.parametrize("credit", ["Photograph: Anna Jones/PA", "Pic: REUTERS/Tom Smith"])
def test_photo_credits_are_furniture(credit):
    assert quotes(PROSE + credit + "\n\nThe judge adjourned the case until Friday.") == []


def test_members_of_parliament_are_a_group_no_pronoun_reaches():
    m = __import__("extract.mentions", fromlist=["parse_stretch"]).parse_stretch("Tory MPs")
    assert (m.kind, m.plural) == ("indefinite", True)
    text = ("Tory MPs reacted angrily on Sunday.\n\nMr Hammond said the plan was a mistake.\n\n"
            "The row deepened after a colleague launched an attack. She said her fears had \"come to pass\".")
    assert [speaker(q) for q in extract(text)][-1] not in {"Tory MPs", "Hammond"}


@pytest.mark.parametrize("sentence", [
    "Voters in 11 states will cast ballots next week.",
    "Some 250 volunteers from across the state came to Denver for a convention.",
    "Her email practices at the department drew criticism for months.",
    "Former secretary of state Madeleine Albright campaigned in Ohio on Monday.",
    "Some states remained too close to call on Tuesday night.",
    "Many reports on the crash were later withdrawn by the broadcaster.",
    "The survey allows for a detailed tracking of the rise of the far right.",
    "The group's stated aim of ending the dispute by spring looks unlikely.",
])
def test_a_cue_verb_used_as_a_noun_reports_nothing(sentence):
    assert quotes(PROSE + sentence) == []


def test_a_cue_verb_used_as_a_noun_in_a_hearer():
    # "judge" is a verb too, but not after "the": the hearer ends there.
    q = only(PROSE + "Ferrer Soto, wearing a gray suit, spoke only to tell the judge that he understood the charges.")
    assert (q.text, speaker(q)) == ("he understood the charges", "Ferrer Soto")
    q = only(PROSE + "About 4 in 10 say they want the next president to change course.")
    assert q.text.startswith("they want")


def test_according_to_relays_a_speaker_who_speaks_in_the_content():
    q = only(PROSE + "According to the Journal, Eden told a news conference there were multiple crime scenes.")
    assert (q.text, speaker(q)) == ("there were multiple crime scenes", "Eden")
    q = only(PROSE + "According to Akram, policy approaches often shift with changes in government.")
    assert speaker(q) == "Akram"


def test_a_message_sent_to_someone_is_the_senders():
    q = only(PROSE + "The group wrote to the prime minister on Monday saying it regretted the decision.")
    assert (q.text, q.speaker.name.lower()) == ("it regretted the decision", "the group")


@pytest.mark.parametrize("dateline", ["Sept 18 (Reuters) - ", "LONDON, Sept 18 (Reuters) - ", "UTRECHT, Netherlands, March 18 (AFP) – ",
                                      "WASHINGTON (AP) — "])
def test_wire_datelines_open_the_subject(dateline):
    q = only(PROSE + dateline + "The company said it would cut 2,000 jobs this year.")
    assert (q.text, q.speaker.name.lower()) == ("it would cut 2,000 jobs this year", "the company")


@pytest.mark.parametrize("subject", ["One of the officials", "One of the rebels", "Several of the company's lawyers",
                                     "Another one of the rebels"])
def test_some_of_a_group_speak_for_the_group(subject):
    q = only(PROSE + f"{subject} said the plan would fail within a year.")
    assert (q.text, speaker(q).lower(), q.speaker.kind) == ("the plan would fail within a year", subject.lower(), "anonymous")


def test_live_blog_time_stamp_opens_the_subject():
    got = extract("Live updates\n\n12:55 p.m. The FBI says the suspect acted alone in the attack.\n\n"
                  "1:10 p.m. ET Police said the roads had reopened to traffic.")
    assert [(q.text, speaker(q)) for q in got] == [("the suspect acted alone in the attack", "FBI"),
                                                    ("the roads had reopened to traffic", "Police")]


@pytest.mark.parametrize("subject, name", [("The Washington State Patrol", "Washington State Patrol"), ("Mounties", "Mounties"),
                                           ("Harbor Holdings", "Harbor Holdings")])
def test_company_and_public_body_names_are_organisations(subject, name):
    q = only(PROSE + f"{subject} said the driver was not injured in the crash.")
    assert (speaker(q), q.speaker.kind) == (name, "organization")


def test_an_inverted_cue_opening_a_sentence_is_no_first_name():
    from extract.mentions import parse_stretch
    assert (parse_stretch("Said Ellis").name, parse_stretch("Said Ellis").role) == ("Ellis", None)
    assert parse_stretch("Hope Hicks").name == "Hope Hicks"  # a given name that is also a word


def test_a_cue_base_form_after_a_named_modifier_is_a_noun():
    q = extract(PROSE + "Bill Bruch, a Washington state delegate who opposes Trump, said he phoned Haugland this month.")[0]
    assert (q.text, speaker(q)) == ("he phoned Haugland this month", "Bill Bruch")
    q = only(PROSE + "The Tax Policy Center estimates that the plan would cost $2 trillion.")
    assert speaker(q) == "Tax Policy Center"  # an -s form after a name is a verb


def test_sentence_case_headline_is_a_headline_and_the_story_keeps_its_words():
    text = ("Treasury minister says fuel duty freeze 'not affordable'\n\n"
            "The Treasury minister Olivia Grant has said a further freeze in fuel duty was 'not affordable' this year.")
    got = extract(text)
    assert [(q.text, speaker(q)) for q in got] == [("a further freeze in fuel duty was 'not affordable' this year", "Olivia Grant")]


def test_participle_after_with_has_its_own_subject():
    q = only(PROSE + "The rebellion grew, with 17 MPs saying privately that the leader should go.")
    assert (q.text, speaker(q)) == ("the leader should go", "17 MPs")


def test_place_adverb_between_subject_and_cue():
    q = only(PROSE + "Her campaign workers here said they have been working the state since the spring.")
    assert (q.text, speaker(q)) == ("they have been working the state since the spring", "Her campaign workers")


@pytest.mark.parametrize("subject", ["The GOP speechwriter", "A veteran policymaker", "The congresswoman"])
def test_compound_role_nouns_are_sources(subject):
    q = only(PROSE + f"{subject} said the deal-breaker was the proposed ban.")
    assert (q.text, speaker(q).lower()) == ("the deal-breaker was the proposed ban", subject.lower())


def test_nearly_opens_a_clause_and_a_title_before_a_name_is_no_cue():
    q = only(PROSE + "Mike Shields, president of the fund, said nearly every donor he has met wants a firewall.")
    assert (q.text, speaker(q)) == ("nearly every donor he has met wants a firewall", "Mike Shields")
    from extract.cues import scan
    t = "Judge Jane Stranch, in her dissent, said the law was clear."
    assert [c.text for c in scan(t, 0, len(t))] == ["said"]


@pytest.mark.parametrize("subject", ["Those surveyed", "Those close to the campaign", "Those familiar with the talks"])
def test_those_and_a_participle_name_a_group(subject):
    q = only(PROSE + f"{subject} said Jeb Bush has the best experience.")
    assert (q.text, speaker(q).lower(), q.speaker.kind) == ("Jeb Bush has the best experience", subject.lower(), "anonymous")


def test_hedged_count_of_a_group_speaks():
    q = only(PROSE + "At least 17 Tory MPs say they will vote against the deal.")
    assert (q.text, speaker(q)) == ("they will vote against the deal", "At least 17 Tory MPs")


def test_page_labels_before_a_headline_colon_name_nobody():
    got = extract("The Latest: Trump says wall will be paid for\n\nThe Latest on the campaign. Trump said Mexico would pay.")
    assert [(q.text, speaker(q)) for q in got] == [("Mexico would pay", "Trump")]


def test_spokesman_of_an_institution_named_with_of():
    q = only(PROSE + "“The driver was not injured,” said Arizona Department of Public Safety spokesman Bart Graves.")
    assert (speaker(q), q.speaker.role) == ("Bart Graves", "Arizona Department of Public Safety spokesman")


def test_the_company_refers_back_to_a_named_company():
    got = extract("Markets rose on Monday.\n\nAcme Corp. said revenue rose 12 percent. The company said it would hire 200 workers.")
    assert [speaker(q) for q in got] == ["Acme Corp.", "Acme Corp."]


@pytest.mark.parametrize("subject, aside", [
    ("The justice", " -- who has been in a scuffle with the nominee -- "),
    ("Insiders in the next two states", " — Nevada and South Carolina — "),
    ("The former officer", "—who was posted at the door for three years—"),
])
def test_an_aside_in_dashes_between_subject_and_cue(subject, aside):
    q = only(PROSE + f"{subject}{aside}said the primary would be close.")
    assert (q.text, speaker(q)) == ("the primary would be close", subject.split(" in ")[0])


@pytest.mark.parametrize("sentence, content", [
    ("Federal officials predicted it would affect other cases.", "it would affect other cases"),
    ("The company indicated it would give $75,000 to the convention.", "it would give $75,000 to the convention"),
])
def test_declarative_verb_with_a_bare_clause_opening_with_a_pronoun(sentence, content):
    assert only(PROSE + sentence).text == content


def test_declarative_verb_with_a_noun_object_reports_nothing():
    assert quotes(PROSE + "The company indicated the change in plans.") == []


def test_time_adjunct_between_cue_and_content():
    assert only(PROSE + "He says tonight he is a step closer to the nomination.").text == "he is a step closer to the nomination"
    assert only(PROSE + "The campaign vowed Tuesday to remain in the race.").text == "remain in the race"


@pytest.mark.parametrize("subject", ["Some of the women", "The groups", "Romney's associates", "The magazine",
                                     "Iowa advocates", "The Clinton camp", "Both men"])
def test_irregular_plurals_and_collectives_are_sources(subject):
    q = only(PROSE + f"{subject} said the rules were unfair.")
    assert q.text == "the rules were unfair" and subject.lower().endswith(speaker(q).lower())


@pytest.mark.parametrize("subject", ["A mere 9 percent", "Three-fourths", "Just over a quarter", "A plurality of voters"])
def test_hedged_shares_of_a_poll_speak(subject):
    q = only(PROSE + f"{subject} say they only buy American.")
    assert (q.text, q.speaker.kind) == ("they only buy American", "anonymous")


@pytest.mark.parametrize("subject, head", [
    ("Critics like Huffman", "Critics"), ("Multiple sources privy to the talks", "Multiple sources"),
    ("The state officials whose laws were struck down", "The state officials")])
def test_a_source_with_like_privy_or_whose_after_its_head(subject, head):
    q = only(PROSE + f"{subject} say the change came from the courts.")
    assert (q.text, speaker(q).lower()) == ("the change came from the courts", head.lower())


@pytest.mark.parametrize("subject, name", [
    ("State officials", "State officials"), ("A state official", "a state official"),
    ("Protest organizers", "Protest organizers"), ("The appeals court", "the appeals court"),
    ("Texas state Sen. Ann Lee", "Ann Lee"), ("The Texas state senator", "The Texas state senator")])
def test_a_cue_word_modifying_a_source_is_a_noun(subject, name):
    q = only(PROSE + f"{subject} said the road would reopen.")
    assert (q.text, speaker(q)) == ("the road would reopen", name)


@pytest.mark.parametrize("sentence, content, name", [
    ("Lee has made it very clear that he will run again next year.", "he will run again next year", "Lee"),
    ("The minister made clear to colleagues that the plan would go ahead.", "the plan would go ahead", "The minister"),
])
def test_made_clear_that(sentence, content, name):
    q = only(PROSE + sentence)
    assert (q.text, speaker(q), q.rule) == (content, name, "made-clear")


def test_passive_hearer_with_its_agent():
    q = only(PROSE + "Staff were informed by the company that the plant would close.")
    assert (q.text, q.rule) == ("the plant would close", "passive-hearer")
    assert quotes(PROSE + "Staff were told by noon to leave the building.") == []


@pytest.mark.parametrize("word, pronoun", [("He’s", "He"), ("They're", "They"), ("I’m", "I"), ("We’ve", "We")])
def test_a_pronoun_with_a_contracted_verb_is_a_pronoun_never_a_name(word, pronoun):
    from extract.mentions import parse_stretch
    m = parse_stretch(word)
    assert (m.kind, m.text) == ("pronoun", pronoun)


def test_coordinated_cue_after_a_contracted_subject():
    got = extract("Jeb Bush spoke in Iowa.\n\nHe’s comparing the orders to the immigration action and says Obama is flouting the process.")
    assert [(q.text, speaker(q)) for q in got] == [("Obama is flouting the process", "Jeb Bush")]


@pytest.mark.parametrize("opening", ["A few minutes later", "Later that day", "Two hours later,"])
def test_an_elapsed_time_opens_the_clause_before_its_subject(opening):
    got = extract(f"Jane Roe spoke in Iowa.\n\n{opening} the ministry reversed itself and said the deal was off.")
    assert [(q.text, speaker(q)) for q in got] == [("the deal was off", "the ministry")]


@pytest.mark.parametrize("text, who", [
    ("Lawyers for the Department of Justice filed papers. The department said the case was closed.", "Department of Justice"),
    ("Voters saw ads by Clinton’s campaign. The campaign said the ads worked.", "Clinton’s campaign"),
    ("Workers at Harbor Holdings Inc. were told of cuts. The company said the cuts would end in May.", "Harbor Holdings Inc."),
    ("On Tuesday campaign staff knocked on doors. The campaign said turnout would be high.", "the campaign"),
    ("Analysts at Reuters watched the vote. The campaign said turnout would be high.", "the campaign"),
])
def test_a_generic_noun_names_the_organisation_named_before(text, who):
    """``the department`` after ``the Department of Justice``: the organisation the
    article named with that noun, though it had not spoken; a weekday or another kind
    of organisation is no such name."""
    assert speaker(only(text)) == who


@pytest.mark.parametrize("text, content, who", [
    ("Later he left the room, Jane Cole said.", "Later he left the room", "Jane Cole"),
    ("On Monday the firm moved to Leeds, witnesses say.", "On Monday the firm moved to Leeds", "witnesses"),
    ("This makes it harder to win, Jane Cole said.", "This makes it harder to win", "Jane Cole"),
])
def test_a_lead_that_opens_like_an_adverbial_is_content_before_a_final_cue(text, content, who):
    """``Later he left the room, Jane Cole said.``: when speaker and cue end the
    sentence, the lead is what was said even if it opens like an adverbial."""
    q = only(text)
    assert (q.text, speaker(q)) == (content, who)


@pytest.mark.parametrize("text", [
    "During the visit, Trump said: “We will win.”",  # the quotation is what was said
    "By his own admission, his returns are thicker than his disclosure report.",  # a noun, not a cue
])
def test_an_adverbial_lead_is_not_content_otherwise(text):
    assert all(not q.text.startswith(("During", "By")) for q in extract(text))


@pytest.mark.parametrize("text, content, who", [
    ("The pair had argued for months, the court heard.", "The pair had argued for months", None),
    ("The inquest heard how the boy had been playing near the river.", "the boy had been playing near the river", None),
    ("Earlier, the court heard from prosecutor Ann Lee that the man had fled.", "the man had fled", "Ann Lee"),
])
def test_what_a_hearing_was_told(text, content, who):
    """Court reports give the hearing, not the teller: the speaker is the agent when
    named, else nobody (never "the court")."""
    q = only(text)
    assert (q.text, speaker(q)) == (content, who)


def test_evidence_heard_is_no_statement():
    assert extract("The court heard evidence from the victim’s mother on Tuesday.") == []


@pytest.mark.parametrize("text, who", [
    ("“It is over,” Lee Dunn sighed.", "Lee Dunn"),
    ("“Not again,” the goalkeeper laughed.", "the goalkeeper"),
    ("“We tried our best,” the Rovers boss said.", "the Rovers boss"),
])
def test_manners_of_speaking_attribute_quotations(text, who):
    assert speaker(only(text, "direct")) == who


def test_a_manner_of_speaking_reports_nothing_itself():
    assert extract("The crowd laughed at the joke and the players smiled.") == []
    assert extract("Lee Dunn laughed that it was over.") == []


@pytest.mark.parametrize("text, who", [
    ("The Labour MP for Leeds asked: “Will the minister resign?”", "The Labour MP for Leeds"),
    ("Minister for Foreign Affairs Penny Wong said: “We will respond.”", "Penny Wong"),
])
def test_a_seat_after_a_role_is_no_name(text, who):
    """``the Labour MP for Leeds``: a role and its seat, not a person called Leeds; a
    name of its own after the portfolio is still the holder."""
    assert speaker(only(text)) == who


@pytest.mark.parametrize("text", [
    "Mark Dunn, 41, of Mill Lane, Halford, told the court he was at home.",
    "Mark Dunn, 41, of Mill Lane, Halford, denies the charge, saying he was at home.",
])
def test_a_court_report_address_is_no_speaker(text):
    """UK court reports give a defendant's age, street and town: none is the speaker,
    and a present-tense predicate ("denies the charge,") is no appositive."""
    assert speaker(only(text)) == "Mark Dunn"


def test_a_manner_of_speaking_attributes_no_fragment():
    assert extract("Whatever his views, laughing off her opinion as a mere “moan” is never OK.") == []


def test_a_transcript_turn_is_its_whole_paragraph_with_speech_reported_inside():
    text = ("BLITZER: How concerned are you?\n\nLOWE: Deeply. It is troubling. My staff told me the plan had failed.\n\n"
            "BLITZER: Do you know more?\n\nLOWE: No idea.")
    got = [(q.kind, q.text, speaker(q)) for q in extract(text)]
    assert ("direct", "Deeply. It is troubling. My staff told me the plan had failed", "Lowe") in got
    assert ("indirect", "the plan had failed", "My staff") in got


@pytest.mark.parametrize("text", [
    "Tom Hart told the rowdy chamber he had done nothing wrong.",
    "Tom Hart told a packed hall he had done nothing wrong.",
    "Tom Hart told local reporters he had done nothing wrong.",
    "Tom Hart told shareholders he had done nothing wrong.",
])
def test_hearers_of_a_bare_clause(text):
    q = only(text)
    assert (q.text, speaker(q)) == ("he had done nothing wrong", "Tom Hart")


def test_a_described_sources_noun_gives_its_gender():
    """"a Leeds man" is never "she", and stays "he" afterwards."""
    text = ("A Leeds man is on trial accused of assaulting his partner.\n\n"
            "She said he pushed her down the stairs. He said he never touched her.")
    got = [(q.text, speaker(q)) for q in extract(text)]
    assert got == [("he pushed her down the stairs", None), ("he never touched her", "a Leeds man")]


@pytest.mark.parametrize("text, who", [
    ("One of them shouted: “Yes, we have been looking for you.”", "one of them"),
    ("Some of them said the plan had failed.", "some of them"),
])
def test_part_of_a_group_named_by_a_pronoun(text, who):
    assert speaker(only(text)) == who


@pytest.mark.parametrize("text, who, role", [
    ("“It is unheard of,” Fifth Ward Alderwoman Tina Hobbs said.", "Tina Hobbs", "Fifth Ward Alderwoman"),
    ("Assemblyman Joe Ruiz said the bill would pass.", "Joe Ruiz", "Assemblyman"),
])
def test_local_government_titles_are_not_names(text, who, role):
    q = only(text)
    assert (speaker(q), q.speaker.role) == (who, role)


def test_an_adjective_in_a_title_is_no_adjunct_and_a_club_is_no_person():
    """"Dejected coach Tom Bale spoke …" is about Tom Bale (a participle opening a
    title, with no comma, is no adjunct), and "Rovers FC" is an organisation: "He"
    is the coach."""
    text = ("Rovers FC lost 1-0 at home on Friday.\n\n"
            "Dejected coach Tom Bale spoke to the media after the game. He admitted that luck had deserted the side.")
    q = only(text)
    assert (q.text, speaker(q)) == ("luck had deserted the side", "Tom Bale")


def test_a_description_holds_no_subordinate_clause():
    q = only("This part of the meeting started when council member Mitch Gruber said the police had lied.")
    assert (q.text, speaker(q)) == ("the police had lied", "Mitch Gruber")


@pytest.mark.parametrize("text, content", [
    ("Derek Lane warned not to expect a repeat of the result.", "not to expect a repeat of the result"),
    ("Derek Lane urged supporters not to expect a repeat of the result.", "not to expect a repeat of the result"),
    ("The minister promised never to raise taxes again.", "never to raise taxes again"),
])
def test_a_negated_infinitive_keeps_its_negation(text, content):
    """"warned not to expect" reported as "expect …" said the opposite."""
    assert only(text).text == content


def test_a_name_then_a_relative_clause_without_commas():
    q = only("Former Governor Hale who lost to Brandt in 2008 said in a statement, “He was a man of conviction.”")
    assert (q.kind, speaker(q)) == ("direct", "Hale")


def test_an_expletive_it_before_a_passive_cue_is_no_speaker():
    """"It was also revealed who …": nobody said it, least of all the council."""
    assert extract("The council published its budget. It was also revealed who attended the party.") == []


def test_a_description_named_later_by_its_title():
    """"The mayor told the council …" and a paragraph on "Mayor Ruth Warren: …": the
    description is the person the article names with it as a title."""
    got = extract("The mayor told the council that her plan is to hire an interim chief.\n\n"
                  "Mayor Ruth Warren: “My suggestion is that we wait.”")
    assert [speaker(q) for q in got] == ["Ruth Warren", "Ruth Warren"]


@pytest.mark.parametrize("text, who, kind", [
    ("France said it would act.", "France", "organization"),
    ("“The case is closed,” said Nick Johnson KC, for the defence.", "Nick Johnson", "person"),
])
def test_countries_speak_as_governments_and_post_nominals_are_no_name(text, who, kind):
    q = only(text)
    assert (speaker(q), q.speaker.kind) == (who, kind)


def test_content_ends_before_a_trailing_attribution():
    """"France would defend jobs, the minister said.": the minister's words; "defend"
    reports nothing that runs into the attribution."""
    got = [(q.text, speaker(q)) for q in extract("France would defend jobs, the minister said.")]
    assert got == [("France would defend jobs", "the minister")]


def test_a_transcript_label_line_is_no_speaker():
    text = "Transcript: Interview with Senator Ann Lee\n\nHOST: Welcome.\n\nLEE: Thanks. We are ready.\n\nHOST: Go on.\n\nLEE: We will act."
    assert all(speaker(q) != "Transcript" for q in extract(text))


def test_the_label_that_opens_a_transcript_and_asks_is_its_host():
    text = ("BLITZER: Breaking news.\n\nLOWE: Thanks, Wolf.\n\nBLITZER: How concerned are you?\n\n"
            "LOWE: Deeply. It is troubling.\n\nBLITZER: Do you know more?\n\nLOWE: No idea. We will look.\n\n"
            "BLITZER: Yes, go ahead.")
    assert {speaker(q) for q in extract(text)} == {"Lowe"}


def test_a_name_then_a_role_whose_closing_comma_is_missing():
    q = only("Dana Reyes, Plant Manager and a Denver native said, “We simply ran out of space.”")
    assert (speaker(q), q.speaker.role) == ("Dana Reyes", "Plant Manager and a Denver native")


@pytest.mark.parametrize("text, name", [
    # the lower-case role parses as a speaker of its own; it is the name's appositive
    ("Anthony Anton, president and CEO of the Washington Restaurant Association stated, “It is a math problem.”",
     "Anthony Anton"),
    ("“We have not been briefed,” Doug Andres, a spokesman for House Speaker Paul Ryan told the Post.", "Doug Andres"),
    # but an adjunct opening the clause is no name: the organisation after it speaks
    ("Like Trump, the Republican National Committee has said the effort would fail.", "Republican National Committee"),
])
def test_a_name_then_a_lower_case_role_whose_closing_comma_is_missing(text, name):
    assert speaker(quotes(text)[0]) == name


def test_a_relative_clause_holding_a_list_before_the_cue():
    q = only("GE, whose products include engines, scanners and programs, said strong orders fueled profit.")
    assert (q.text, speaker(q)) == ("strong orders fueled profit", "GE")


@pytest.mark.parametrize("text, who", [
    # the role comes back as the title of one full name
    ("The East Bengal coach backed his striker.\n\nEast Bengal's Robbie Fowler was calm. Coach Robbie Fowler spoke "
     "after the game.\n\n“He is our penalty taker,” said the East Bengal coach.", "Robbie Fowler"),
    ("Acme shares rose. Its chief executive said the economy was good.\n\nCEO Jane Harlow spoke on Thursday.",
     "Jane Harlow"),
    # a seat names one holder, not any MP; a conflicting modifier is someone else
    ("The Labour MP for Chester asked whether the vote was rigged.\n\nLabour MP Diana Jones spoke next.",
     "The Labour MP for Chester"),
    ("The New Jersey governor said the plan was dead.\n\nFormer Florida governor Jeb Bush spoke next.",
     "The New Jersey governor"),
])
def test_a_description_named_later_by_its_role_as_a_title(text, who):
    assert speaker(extract(text)[0]) == who


def test_a_gaffer_is_the_coach():
    text = ("Dejected coach Derrick Pereira spoke after the game.\n\n"
            "“We tried our best,” the FC Goa gaffer said.")
    assert speaker(only(text)) == "Derrick Pereira"


def test_an_office_title_named_later():
    text = "“We will act,” the Home Secretary said.\n\nHome Secretary Daniel Price spoke again on Friday."
    assert speaker(extract(text)[0]) == "Daniel Price"


def test_codes_and_agreements_are_documents():
    q = only("The ministerial code states that ministers must give accurate information to Parliament.")
    assert (speaker(q), q.speaker.kind) == ("The ministerial code", "document")


def test_an_alleged_victim_is_a_source():
    q = only("The alleged victim told the court she was scared.")
    assert (q.text, speaker(q)) == ("she was scared", "The alleged victim")


def test_a_page_label_before_a_colon_introduces_no_quotation():
    text = 'CNN "The Situation Room" - Transcript: "Interview with Sen. Ann Lee"\n\nHOST: Welcome.\n\nLEE: Thanks.'
    assert all(not q.text.startswith("Interview") for q in extract(text))


def test_stands_accused_is_passive():
    assert extract("The government stands accused of “the same old spin” after a flood of statements.") == []


def test_transcript_labels_an_office_a_title_and_the_first_person():
    """"PRIME MINISTER:" after "ANTHONY ALBANESE, PRIME MINISTER:" is him,
    "PRESIDENT TRUMP:" is Trump, "JOURNALIST:" is a described voice, and "I" in a turn
    is its speaker."""
    text = ("HOST: Welcome to the programme.\n\nANTHONY ALBANESE, PRIME MINISTER: Good morning.\n\n"
            "JOURNALIST: Will you call him?\n\nPRESIDENT TRUMP: They are calling, and I will talk to him.\n\n"
            "HOST: Is that embarrassing?\n\nPRIME MINISTER: Not at all. I assure you that my campaign is front and centre.")
    got = [(q.kind, q.text[:20], speaker(q)) for q in extract(text)]
    assert ("direct", "They are calling, an", "Trump") in got
    assert ("direct", "Not at all. I assure", "Anthony Albanese") in got
    assert ("indirect", "my campaign is front", "Anthony Albanese") in got
    assert ("direct", "Will you call him?", "the journalist") in got or all(s != "Journalist" for _, _, s in got)


@pytest.mark.parametrize("text, who", [
    ("Jack Kenny, Chief Executive Officer, said, “We are excited.”", "Jack Kenny"),
    ("Hey, I'm Kelly McEvers.\n\nAnd I'm Eric Mennel.\n\nMCEVERS: This is the show.\n\nMENNEL: He insulted everyone.\n\n"
     "MCEVERS: Then he spoke.\n\nMENNEL: He did.", None),
])
def test_a_run_of_titles_and_a_self_introduction_are_no_names(text, who):
    got = extract(text)
    assert all(speaker(q) not in ("Officer", "I'm Kelly McEvers", "I'm Eric Mennel") for q in got)
    if who:
        assert speaker(got[0]) == who


@pytest.mark.parametrize("text, who", [
    ("Syria’s Information Minister Omran al-Zoabi said on Tuesday the armed forces would never use banned weapons.",
     "Omran al-Zoabi"),
    ("Former president Valéry Giscard d'Estaing said the treaty was dead.", "Valéry Giscard d'Estaing"),
])
def test_a_surname_with_a_joined_particle(text, who):
    assert speaker(only(text)) == who


def test_getting_questioned_is_passive():
    assert extract("The Zoom meeting got heated when the deputy chiefs started getting questioned on why police fired.") == []


def test_a_hyphenated_modifier_names_no_source():
    """"a post-Brexit shortage" is a thing ("post" is a newspaper's noun only alone)."""
    q = only("A post-Brexit shortage of truck drivers has sown chaos, raising the spectre of price rises.")
    assert speaker(q) is None


@pytest.mark.parametrize("text, who", [
    # capitalised only as it opens a sentence, and an adverb or no verb after it: the
    # statement stays, with no speaker
    ("Unofficially dubbed the minister for common sense, Ms McVey was reappointed in the reshuffle.", None),
    ("Signs of momentum were there all along. More from the analysts: “Data confirms it.”", None),
    # a name all the same: a verb follows
    ("Carson defied the question. “It will be Denver or Carolina,” he said.", "Carson"),
    ("Giuliani also questioned whether she had meant to do it.", "Giuliani"),
])
def test_a_word_capitalised_only_as_its_sentence_opens(text, who):
    q = only(text)
    assert speaker(q) == who


def test_a_lone_capital_is_not_a_pronouns_antecedent():
    text = ("A cat is missing, Fire Chief Anthony Howard said.\n\nSignificantly, the fire spread quickly.\n\n"
            "The layout made the fire hard to fight, he said.")
    assert [speaker(q) for q in extract(text)] == ["Anthony Howard", "Anthony Howard"]


@pytest.mark.parametrize("text, not_speaker", [
    ("Many of Britain's store groups are struggling amid fears that indebted shoppers will cut spending.",
     "Many of Britain's store groups are struggling amid"),
    ("The telescope spotted an “unseen” Super-Earth thanks to its blocking of a distant star.", "Super-Earth"),
    ("Astronomers believe there is a second, Saturn-sized object orbiting the sun every 57 days; "
     "“this is the first occasion where the method works” Nesvorny says.", "Saturn-sized"),
])
def test_a_cue_word_as_a_noun_reports_nothing(text, not_speaker):
    """After a preposition ("amid fears"), in "thanks to", and after an adjective in
    -ed ("Saturn-sized object") a cue's form is a noun."""
    assert all((speaker(q) or "").lower() != not_speaker.lower() for q in extract(text))


def test_an_institution_named_with_the_inside():
    q = only("The pact will endanger children on the move and will lead to further separation of families, "
             "said Save the Children.")
    assert (speaker(q), q.speaker.kind) == ("Save the Children", "organization")
    assert q.text.startswith("The pact will endanger")


def test_a_company_with_its_legal_form_in_lower_case_and_its_short_forms():
    text = ("JD Sports Fashion plc, the Bury-based retailer, said profits fell by 8% in the year.\n\n"
            "JD Sports said revenue rose 2.7%.\n\n“This was lower than we anticipated,” the company said.")
    got = [(speaker(q), q.speaker.kind) for q in extract(text)]
    assert got == [("JD Sports Fashion plc", "organization")] * 3


def test_a_campaign_named_after_a_person_is_not_the_person():
    text = ("The Clinton campaign said the emails were never classified.\n\n"
            "Hillary Clinton said she would not raise taxes.\n\nClinton said she was proud.")
    assert [speaker(q) for q in extract(text)][1:] == ["Hillary Clinton", "Hillary Clinton"]


def test_an_appositive_holding_a_list_names_the_person_before_it():
    q = only("Joe B. Wyatt, an outside Director and Chairman of the Corporate Governance, Nominating and Ethics "
             "Committee, said the search took three months and was thorough.")
    assert speaker(q) == "Joe B. Wyatt"
    assert q.speaker.role.startswith("outside Director and Chairman")


@pytest.mark.parametrize("text, expected", [
    ("He rejected suggestions that he may call an early election to keep control.", 1),
    ("The coach called a press conference on Friday to apologise for any offence.", 0),
    ("Leaders sometimes call snap elections when they need a fresh mandate.", 0),
    ("Trump called the election rigged and a disgrace to the nation.", 1),  # a definite object may be described
])
def test_calling_an_event_says_nothing(text, expected):
    got = extract(text)
    assert len(got) == expected
    assert all(not q.cue.startswith("call") or "rigged" in q.text for q in got)


@pytest.mark.parametrize("text, who", [
    ("Knights coach Adam O’Brien has apologised to the club’s supporters after saying that fans who booed the "
     "team did not know anything about rugby league.", "Adam O’Brien"),
    ("Knights coach Adam O’Brien has apologised to the club’s supporters after saying that fans who booed the "
     "team “don’t know anything about rugby league”.", "Adam O’Brien"),
])
def test_an_adverbial_participle_speaks_for_the_sentence_subject(text, who):
    """"after saying", "by insisting": the clause's understood subject is the
    sentence's, not the noun phrase before it ("for saying" keeps that one)."""
    assert speaker(only(text)) == who


def test_an_opening_participle_clause_ends_before_its_subject():
    text = ("Aafia Siddiqui was convicted by a jury on Wednesday.\n\n"
            "After declaring the verdict came from Israel, she turned toward spectators in the courtroom.")
    q = extract(text)[-1]
    assert (q.text, speaker(q)) == ("the verdict came from Israel", "Aafia Siddiqui")


def test_a_body_of_people_is_never_she():
    text = ("A jury convicted a scientist on Wednesday.\n\n"
            "“Your anger should be directed where it belongs,” she said.")
    assert speaker(extract(text)[-1]) != "a jury"


def test_a_backbencher_is_an_mp():
    text = ("Labour MP Zarah Sultana said the government was rotten to the core.\n\n"
            "“The public knows this is true,” the Labour backbencher said.")
    assert [speaker(q) for q in extract(text)] == ["Zarah Sultana", "Zarah Sultana"]


def test_an_interview_laid_out_by_topic():
    """Prompt lines ("on the performance…", "On his future:") answered in the first
    person: each answer is the interviewee's, the subject who spoke before them."""
    text = ("Bale: we made mistakes\n\nCoach Tom Bale spoke to the media after the 2-1 defeat, discussing Jake "
            "Ross's form.\n\non the performance…\n\nI feel it was a tough game for us. We made two mistakes.\n\n"
            "And we paid for them, I would say.\n\non whether Ross is short of confidence…\n\n"
            "That's inevitable when you don't score.")
    got = [(q.kind, q.text, speaker(q)) for q in extract(text) if q.rule == "interview-answer"]
    assert got == [("direct", "I feel it was a tough game for us. We made two mistakes", "Tom Bale"),
                   ("direct", "we paid for them, I would say", "Tom Bale"),
                   ("direct", "That's inevitable when you don't score", "Tom Bale")]


def test_topic_lines_over_third_person_prose_are_no_interview():
    text = ("Where the parties stand\n\nOn the economy:\n\nLabour plans to raise the minimum wage.\n\n"
            "On housing:\n\nThe Conservatives promise 300,000 homes a year.")
    assert all(q.rule != "interview-answer" for q in extract(text))


@pytest.mark.parametrize("text, who", [
    ("“The planet should show transits equally spaced,” astronomer David Nesvorny said.", "David Nesvorny"),
    ("The result was a surprise to everyone on the team, said physicist Ann Lee.", "Ann Lee"),
])
def test_an_occupation_in_lower_case_titles_a_name(text, who):
    q = only(text)
    assert speaker(q) == who and q.speaker.role.lower() in ("astronomer", "physicist")


def test_a_ledes_indefinite_title_is_the_person_the_article_then_titles():
    text = ("TRENTON, N.J. (AP) — The governor's office rejected comments by a federal judge who suggested a "
            "venomous climate led two aides to close the lanes.\n\nThe aides “got caught up in a culture that lost "
            "its way,” Judge Susan Wigenton said Wednesday.")
    got = {q.text[:10]: speaker(q) for q in extract(text)}
    assert got["a venomous"] == got["got caught"] == "Susan Wigenton"


def test_an_indefinite_spokesman_for_someone_is_not_a_spokesman_named_later():
    text = ("A spokesman for the Jupiter Police Department said the man was not handcuffed.\n\n"
            "Trump spokeswoman Hope Hicks said the charge was false.")
    assert [speaker(q) for q in extract(text)][0] == "a spokesman for the Jupiter Police Department"


@pytest.mark.parametrize("text, content", [
    ("Brussels, 20 December 2023 – The pact will lead to violations of children’s rights, said Save the Children.",
     "The pact will lead to violations of children’s rights"),
    ("AUSTIN, Texas, March 5, 2024 /PRNewswire/ -- Harrowgate Instruments said today that Dana Whitcombe will "
     "lead the company.", "Dana Whitcombe will lead the company"),
])
def test_a_press_release_dateline_is_no_content(text, content):
    assert only(text).text == content


def test_a_quotation_running_on_takes_the_speaker_named_in_a_later_paragraph():
    text = ("“The leaders claim the pact is historic. This result is deemed crucial.\n\n"
            "“In fact, the agreement is historically bad,” says Willy Bergogné, the charity’s director.")
    assert [speaker(q) for q in extract(text)] == ["Willy Bergogné", "Willy Bergogné"]


def test_a_company_with_its_legal_form_is_no_titled_person():
    """"General Electric Co." is a company, never Mr Electric with the title General."""
    text = ("General Electric Co. said on Thursday that orders for its engines rose by a fifth.\n\n"
            "“Orders are strong,” the company said.")
    assert [(speaker(q), q.speaker.kind) for q in extract(text)] == [("General Electric Co.", "organization")] * 2


def test_a_nationality_is_an_epithet_for_the_person_named():
    text = ("Southampton boss Ralph Hasenhuttl said his side lacked everything after the break.\n\n"
            "The Austrian continued: “We have been lacking everything from 15 minutes.”")
    assert [speaker(q) for q in extract(text)] == ["Ralph Hasenhuttl", "Ralph Hasenhuttl"]


@pytest.mark.parametrize("text, who", [
    ("“I don't want to make that accusation,” said Asm. Jim Nielsen.", "Jim Nielsen"),
    ("People will “begin to understand” why the chief whip has not suspended a Conservative MP accused of rape, "
     "a minister has said.", "a minister"),
])
def test_titles_and_roles_are_no_names(text, who):
    assert speaker(only(text)) == who


@pytest.mark.parametrize("text, who", [
    ("In a report to the board, the trust admitted there had been problems at the hospital.", "the trust"),
    ("The force said the officer had been suspended pending an inquiry.", "the force"),
    ("The society said the new rules would hurt small landlords most.", "the society"),
])
def test_institutions_named_by_a_generic_noun(text, who):
    assert speaker(only(text)) == who


@pytest.mark.parametrize("text", [
    "The City Council voted 6-2 with one abstention Tuesday night to reject the mayor's proposed contract for the chief.",
    "A team that's spent much of last few years explaining what happened during a loss is now having to explain itself.",
])
def test_a_clause_is_no_description(text):
    """A score or an amount is no head ("voted 6-2 with", "spent much of"), and a
    relative with its verb ("that's spent") makes a clause."""
    assert all(q.speaker is None or "6-2" not in q.speaker.name and "much" not in q.speaker.name for q in extract(text))


@pytest.mark.parametrize("text, who", [
    ("The prime suspect has confessed to the crime, say cops.", "cops"),
    ("The bench asked the lawyer whether the protesters would remain in one place.", "The bench"),
])
def test_cops_and_the_bench_are_sources(text, who):
    assert speaker(only(text)) == who


@pytest.mark.parametrize("text, content", [
    ("Government officials said about 1,300 houses were damaged in the quake.", "about 1,300 houses were damaged in the quake"),
    ("Kinshasa (AFP) Dec 23, 2008 The army commander said Tuesday there was a risk of new clashes.",
     "there was a risk of new clashes"),
])
def test_an_approximate_number_opens_a_clause_and_an_agency_dateline_is_no_subject(text, content):
    q = only(text)
    assert q.text == content and q.speaker is not None


def test_a_section_of_a_group_is_a_source():
    q = only("A section of Nairobi MCAs accused Kananu of misappropriating county funds.")
    assert speaker(q) == "a section of Nairobi MCAs"


def test_two_capitalised_words_joined_by_and_are_one_source():
    q = only("British retailer Marks and Spencer said a consumer downturn was likely to be deeper than expected.")
    assert speaker(q) == "Marks and Spencer" and q.speaker.kind == "organization"


@pytest.mark.parametrize("text, who", [
    ("Dr. Ann Lee of Austin, Texas, said the plan is good for families.", "Ann Lee"),
    ("The result surprised everyone, said astronomer David Nesvorny of the Southwest Research Institute.",
     "David Nesvorny"),
])
def test_a_titled_name_then_its_affiliation(text, who):
    assert speaker(only(text)) == who


# --- Stop 21: failure kinds of held-out set 6 (TV, Australia, UN, unions, tech) ---

@pytest.mark.parametrize("text", [
    "Toyota Motor Corp. posted record results on Friday. The carmaker said it earned $1.78 a share.",
    "Toyota Motor Corp. posted record results on Friday. The Japanese automaker said it earned $1.78 a share.",
    "Walmart Inc. posted record results on Friday. The retailer said it earned $1.78 a share.",
])
def test_a_company_named_by_what_it_makes_or_sells_is_the_company_named_before(text):
    q = [q for q in extract(text) if q.text == "it earned $1.78 a share"][0]
    assert q.speaker.kind == "organization" and q.speaker.name.split()[0] in {"Toyota", "Walmart"}


def test_things_ending_like_people_are_no_source():
    """"computers" ends like "producers", and "numbers" like "members": neither speaks."""
    for q in extract("Apple reported record sales. The maker of the iPhone, iPods and Mac computers said it earned $1.78 a share."):
        assert q.speaker is None or "computers" not in q.speaker.name


def test_a_description_whose_of_phrase_holds_a_list_is_the_subject():
    q = only("The owner of the Hilton, the Sheraton and two smaller hotels said it would cut 300 jobs.")
    assert speaker(q).lower().startswith("the owner")


def test_a_participle_opening_the_sentence_is_no_title():
    qs = extract("Lady Gaga has suggested that her new music will be more hopeful.\n\n"
                 "Speaking to James Franco for V Magazine, the US star said acting has given her a new outlet.")
    assert qs[-1].text == "acting has given her a new outlet" and "Franco" not in qs[-1].speaker.name


def test_a_furniture_line_between_speaker_and_quotation_is_skipped():
    qs = extract("UNICEF Executive Director Catherine Russell spoke at the launch.\n\n"
                 "Russell said more than 400 million children lived in areas under conflict.\n\nRead Also:\n\n"
                 "“An estimated one billion children are at risk.\n\n“At least 36.5 million children have been displaced.”\n")
    assert [speaker(q) for q in qs[-2:]] == ["Catherine Russell", "Catherine Russell"]


def test_a_subheading_is_no_speaker_and_does_not_end_a_quote():
    qs = extract("Pay row\n\nBrian Baldwin, chair of the employers' side, said the offer was final.\n\n"
                 "“The settlement on the table was affordable,” he added.\n\nCuts\n\n"
                 "“If the pay settlement was set any higher, councils would be forced into cuts.”\n")
    assert speaker(qs[-1]) == "Brian Baldwin"


@pytest.mark.parametrize("text, who, role", [
    ("Unison’s head of local government Heather Wakefield said the result paved the way for strikes.",
     "Heather Wakefield", "head of local government"),
    ("White House chief of staff John Kelly said the memo would be released.", "John Kelly", "White House chief of staff"),
    ("The city’s director of public health Jane Doe said the clinic would reopen.", "Jane Doe", "director of public health"),
])
def test_a_title_with_a_lower_case_domain_before_a_name(text, who, role):
    q = only(text)
    assert speaker(q) == who and q.speaker.role == role


@pytest.mark.parametrize("text", [
    "The wife of former president Bill Clinton said the plan would fail.",
    "The head of the Federal Reserve Jerome Powell said the plan would fail.",
])
def test_a_domain_naming_a_person_or_an_institution_is_no_title(text):
    who = speaker(only(text))
    assert who != "Bill Clinton" and not who.startswith("Reserve")


def test_a_pronoun_after_a_statement_refers_to_its_subject():
    q = extract("Protesters filled the hall. Perhaps not coincidentally, the mayor left early.\n\n"
                "In Louisville on March 1, Ms. Kashiya Nwanguma was shocked by the reaction, she said in an interview later.")[-1]
    assert speaker(q) == "Kashiya Nwanguma"


def test_he_added_goes_on_with_the_paragraphs_last_speaker():
    q = extract("Elastic shares doubled.\n\n“I cannot control the market,” Shay Banon said. "
                "Judge Tom Hill had approved the listing in May, he added.")[-1]
    assert speaker(q) == "Shay Banon" and q.resolved_by == "continuing-speaker"


def test_an_organisation_given_with_its_acronym_is_named_by_both_and_is_the_agency():
    qs = extract("The United Nations Children’s Fund (UNICEF) said on Monday that millions of children need aid. "
                 "The agency noted that crises were growing. UNICEF said it would appeal.")
    assert {q.speaker.name for q in qs} == {"United Nations Children’s Fund (UNICEF)"}


def test_the_agency_is_the_public_body_named_before():
    q = extract("The Food and Drug Administration said on Monday that the drug was safe. The agency noted that trials were continuing.")[-1]
    assert speaker(q) == "Food and Drug Administration" and q.resolved_by == "role-noun"


@pytest.mark.parametrize("text, who", [
    ("“You are not welcome here,” said former MP George Nyanja. The former MP asked: “How can someone go to another person’s home?”",
     "George Nyanja"),
    ("Jane Hill, the Labour MP for Leeds East, said the plan was bad. “We will vote against it,” the MP said.", "Jane Hill"),
])
def test_the_mp_is_someone_met_before_not_an_organisation(text, who):
    q = extract(text)[-1]
    assert speaker(q) == who and q.speaker.kind == "person"


def test_an_office_ending_in_a_title_before_an_appositive_name():
    q = only("“If you remain in the area, you may become trapped,” said NSW State Emergency Service State Duty Commander, "
             "Assistant Commissioner Nicole Hogan.")
    assert speaker(q) == "Nicole Hogan"


@pytest.mark.parametrize("sentence", [
    "Mr Sanders raised more than $33 million in the last three months of the year.",
    "The Fed entered the year predicting that it would raise rates four times.",
    "She and her husband raised two sons in Ohio.",
])
def test_raising_money_taxes_or_children_reports_nothing(sentence):
    # (the Fed's "predicting that …" is a statement of its own; "raise" reports nothing)
    assert [q.cue for q in quotes(PROSE + sentence) if q.cue.startswith("rais")] == []


def test_raising_a_matter_reports_it():
    q = only(PROSE + "Co-moderator Andrea Mitchell raised the issue of the senator's past remarks.")
    assert (q.text, speaker(q)) == ("the issue of the senator's past remarks", "Andrea Mitchell")
    q = only(PROSE + "Local councillors raised concerns about the cost of the new bridge.")
    assert q.text == "concerns about the cost of the new bridge"


@pytest.mark.parametrize("sentence", [
    "Lerer reported from Los Angeles.",
    "He frequently reports live from the field across the country.",
])
def test_reporting_from_a_place_is_a_dateline_credit(sentence):
    assert quotes(PROSE + sentence) == []


def test_a_numbered_round_up_names_the_speaker_of_the_quotation_under_it():
    text = ("Here is what each minister said in Parliament today:\n\n"
            "1. Mr Desmond Lee, Jurong GRC, Senior Minister of State, Ministry of Home Affairs\n\n"
            "“Government actions alone are not enough. Everyone must be alert.”\n\n"
            "2. Dr Vivian Balakrishnan, Holland-Bukit Timah GRC, Minister for Foreign Affairs\n\n"
            "“Singapore is not in the position of accepting refugees.”")
    assert [(q.text[:20], speaker(q)) for q in extract(text)] == [
        ("Government actions a", "Desmond Lee"), ("Singapore is not in ", "Vivian Balakrishnan")]


def test_a_sentence_with_a_comma_is_no_name_line():
    text = "The minister arrived late, aides said.\n\n“We are ready.”"
    assert [speaker(q) for q in extract(text) if q.kind == "direct"] != ["The minister"]


def test_a_quote_sheet_names_each_entry_before_its_descriptions():
    text = ("What the drivers said after practice\n\n"
            "Both cars ran cleanly through the two sessions on Friday.\n\n"
            "Anna Keller, 2nd, 1:31.402\n\n“The car felt good from the first lap.”\n\n"
            "Tomas Ruiz, 9th, 1:32.118\n\n“We still have work to do on the long runs.”\n\n"
            "Jo Brandt, Team Principal\n\n“A solid start to the weekend for both drivers.”\n\n"
            "Lena Ortiz (4th, 1:31.770)\n\n“I was happy with the balance.”\n\n"
            "Marco Vitale - 1:33.050 - P14 (Q1): “That was a tricky session for us.”\n\n"
            "Paul Henning, Chief Engineer: “We learned a lot about the tyres today.”")
    assert [speaker(q) for q in extract(text)] == [
        "Anna Keller", "Tomas Ruiz", "Jo Brandt", "Lena Ortiz", "Marco Vitale", "Paul Henning"]


def test_a_capitalised_headline_is_no_name_line():
    text = ("PANEL SHIFTS LATE, POLLS STILL RIGHT - Maria Stone and Tom Webb: “The polls did not fail.”")
    assert [speaker(q) for q in extract(text)] == ["Tom Webb"]  # the roundup's name after the dash (as PolNeAR's HuffPollster)


@pytest.mark.parametrize("text, said", [
    ("Braynard is quoted as saying that the campaign was broke.", "the campaign was broke"),
    ("Smith was quoted by the BBC as saying the war was lost.", "the war was lost"),
    ("Smith was heard telling aides that the plan was over.", "the plan was over"),
])
def test_a_relaying_passive_leaves_its_subject_the_speaker(text, said):
    q = only(PROSE + text)
    assert (q.text, speaker(q)) == (said, "Smith" if "Smith" in text else "Braynard")


def test_an_age_epithet_refers_to_the_person_just_named_whatever_their_role():
    text = ("Actor Tom Hale said he had turned down the part twice.\n\n"
            "The 52-year-old movie star will appear in a new drama next year.\n\n"
            "“I wanted to do something different,” he said.")
    assert [speaker(q) for q in extract(text)] == ["Tom Hale", "Tom Hale"]


def test_an_age_inside_someone_elses_description_is_no_epithet():
    text = ("The family's lawyer, Ben Crane, spoke outside the court.\n\n"
            "“She misses her father,” said Ben Crane of the man's seven-year-old daughter.\n\n"
            "The man's seven-year-old daughter said she missed the games they played together.")
    assert speaker(extract(text)[-1]) != "Ben Crane"


def test_an_organisation_named_alone_is_then_called_by_its_kind():
    text = ("Greenfield warned on Monday that the flood relief effort was failing.\n\n"
            "The British-based charity said it had helped two million people this year.\n\n"
            "The organisation said it would launch a new appeal.")
    got = [(speaker(q), q.speaker.kind) for q in extract(text)]
    assert got == [("Greenfield", "organization")] * 3


def test_a_place_adjective_is_no_organisation_name():
    from extract.resolution import _modifier_word
    assert _modifier_word("British-based") and _modifier_word("Austrian") and not _modifier_word("Justice")


def test_an_interview_label_in_initials_is_the_person_named_in_full():
    text = ("Q&A: Why Dana Ortiz is running for mayor\n\nCT: Why are you running now?\n\n"
            "DO: Because the city needs a fresh start. I have the record to show for it.\n\n"
            "CT: What about your critics?\n\nDO: I welcome them. Scrutiny is part of the job.")
    assert {speaker(q) for q in extract(text) if q.text.startswith(("Because", "I welcome"))} == {"Dana Ortiz"}


def test_initials_that_fit_two_people_name_neither():
    text = ("Dana Ortiz and Dale Owens met voters on Friday.\n\nDO: I welcome them. Scrutiny is part of the job.")
    assert all(speaker(q) not in {"Dana Ortiz", "Dale Owens"} for q in extract(text))


def test_a_spokesman_for_someone_else_is_not_the_last_speaker():
    text = ("Union leader Mick Dawes said the strike would go ahead on Wednesday.\n\n"
            "The Prime Minister's official spokesman said: “We are concerned about the impact on the public.”")
    assert speaker(extract(text)[-1]) != "Mick Dawes"
    text = ("Union leader Mick Dawes spoke on Monday.\n\n“We will strike,” the spokesman said.")
    assert speaker(extract(text)[-1]) == "Mick Dawes"  # a bare generic role may still refer back


def test_an_age_epithet_before_any_name_is_the_headline_speaker():
    text = ("My best innings for England: Hartley\n\n"
            "“It was quite difficult out there,” the 27-year-old said after the match.\n\n"
            "Jess Hartley hit 64 from 47 balls as England won by four wickets.")
    assert speaker(extract(text)[0]) == "Jess Hartley"


def test_an_epithet_before_any_name_is_the_person_the_headline_credits_with_a_dash():
    text = ("I felt so fragile while writing the new record – Mara Quill\n\n"
            "The recently divorced songwriter revealed that she had recorded most of the songs alone.\n\n"
            "“I was so fragile that I wanted to work with only a few people,” she said.\n\n"
            "Mara Quill will tour the record next spring.")
    assert [speaker(q) for q in extract(text)] == ["Mara Quill", "Mara Quill"]


@pytest.mark.parametrize("text, name", [
    ("Ella Brand won her third title on Sunday.\n\n“It never gets easier,” the Hello singer said.", "Ella Brand"),
    ("Catherine Murray raised the housing figures.\n\nThe Kildare North TD said the plan had failed.", "Catherine Murray"),
    ("Sean Dyche watched from the stand.\n\n“We were second best,” the Burnley manager said.", "Sean Dyche"),
])
def test_occupations_and_offices_of_the_arts_sport_and_parliaments_are_epithets(text, name):
    assert speaker(extract(text)[-1]) == name


def test_a_description_with_a_possessor_is_someone_elses_not_an_epithet():
    text = ("Senator Ann Dale said the vote would be close.\n\n"
            "Dale's campaign manager said the team was confident.")
    assert speaker(extract(text)[-1]) != "Ann Dale"


def test_a_clause_with_a_possessive_object_is_no_description():
    q = only("Obama also addressed Trump’s general concerns last Thursday, stating state and local "
             "authorities are in charge of the election process.")
    assert speaker(q) == "Obama"


@pytest.mark.parametrize("text, name", [
    ("Defending champion Nina Marsh said she was tired after the match.", "Nina Marsh"),
    ("Four-time champion Nina Marsh said she was tired after the match.", "Nina Marsh"),
    ("Third seed Nina Marsh was happy: \"Overall I was pleased with my performance.\"", "Nina Marsh"),
])
def test_a_sports_role_before_a_name_is_no_cue_and_no_name(text, name):
    """"champion" is a cue verb ("champion a cause") and "seed" was no role: before a
    name both are the name's role ("Defending champion Novak Djokovic")."""
    assert [speaker(q) for q in extract(text)] == [name]


def test_went_on_carries_no_statement_of_its_own():
    text = "Lena Hart spoke on Monday.\n\nMs Hart went on the attack against her opponents."
    assert quotes(text) == []


@pytest.mark.parametrize("frame", [
    "went on to say", "took to Twitter on Monday to say", "used her speech to warn", "was quick to point out",
])
def test_a_cue_in_the_infinitive_of_a_saying_frame_is_the_subjects(frame):
    q = only(f"Lena Hart spoke on Monday.\n\nLena Hart {frame} that the figures were out of date.")
    assert (q.text, speaker(q)) == ("the figures were out of date", "Lena Hart")


def test_a_wish_to_say_is_no_statement():
    assert quotes("Lena Hart spoke on Monday.\n\nLena Hart wanted to say that the figures were out of date.") == []


def test_a_participle_whose_comma_is_left_out_is_the_clause_subjects():
    q = only("The budget passed after Mayor Ann Lee vetoed it last week saying she would not support a tax rise.")
    assert (q.text, speaker(q)) == ("she would not support a tax rise", "Ann Lee")


def test_a_possessive_or_a_dateline_is_no_clause_subject_for_a_participle():
    got = quotes("CHARLOTTE — The video shows the encounter saying nothing of the shooting.")
    assert all(speaker(q) != "CHARLOTTE" for q in got)


def test_a_pronoun_after_words_about_someone_else_is_the_one_still_speaking():
    text = ("ISLAMABAD - Minister Ahsan Qureshi on Monday said that the opposition was playing politics.\n\n"
            "The protests had been planned for weeks, he said. Ali Noor Khan is using official resources "
            "to make trouble in the capital, he said.")
    assert {speaker(q) for q in extract(text)} == {"Ahsan Qureshi"}


def test_a_pronoun_after_words_about_its_speaker_is_that_speaker():
    text = ("Parents gathered outside the school on Monday.\n\n"
            "Ms. Nora Obi was shocked by the closure and worried about her son, she said.")
    assert speaker(quotes(text)[-1]) == "Nora Obi"


def test_a_post_nominal_after_a_titled_surname_is_no_part_of_the_name():
    text = ("A man was jailed on Monday.\n\nJudge Stephen Hale QC said the abuse was shocking.\n\n"
            "Judge Hale QC said court staff were often abused.")
    assert [speaker(q) for q in extract(text)] == ["Stephen Hale", "Stephen Hale"]


@pytest.mark.parametrize("subject", [
    "Heather Crane of advocacy group Show Up for Racial Justice", "Heather Crane from the charity Shelter",
])
def test_a_full_name_then_an_affiliation_opening_in_lower_case(subject):
    q = only(f"Migrants arrived on Sunday.\n\n{subject} said she had found 80 sponsors.")
    assert speaker(q) == "Heather Crane"


@pytest.mark.parametrize("sentence", [
    "The proportion of GOP primary voters who back the ban is rising sharply saying much about the party.",
    "Stories have emerged describing the insiders' attempts to dislodge him.",
])
def test_a_participle_without_a_comma_gives_nothing_to_a_subject_that_cannot_speak(sentence):
    assert all(q.speaker is None or q.speaker.name not in {"Stories", "The proportion of GOP primary"}
               for q in quotes(PROSE + sentence))


@pytest.mark.parametrize("sentence, said, who", [
    ("Lawyers told the migrants they face separation from their children.", "they face separation from their children", "Lawyers"),
    ("Up to 10,000 people could join the march, organisers predict.", "Up to 10,000 people could join the march", "organisers"),
])
def test_migrants_organisers_and_customers_are_people(sentence, said, who):
    q = only(PROSE + sentence)
    assert (q.text, speaker(q)) == (said, who)


@pytest.mark.parametrize("group", ["Doctors Without Borders (MSF)", "Students For Life", "Jews Against Trump"])
def test_people_then_a_title_case_preposition_name_a_group(group):
    q = only(f"Fighting continued in the city.\n\n{group} announced that two clinics had closed on Saturday.")
    assert (speaker(q), q.speaker.kind) == (group.split(" (")[0] + (" (MSF)" if "(" in group else ""), "organization")


def test_a_title_case_headline_with_for_names_no_group():
    text = "Big Win For Bernie: Union Holds Off On Endorsement\n\nThe union met on Tuesday."
    assert all(speaker(q) != "Big Win For Bernie" for q in extract(text))


@pytest.mark.parametrize("sentence, said, who", [
    ("Economists polled by Reuters said the bank would cut rates in June.", "the bank would cut rates in June", "Economists"),
    ("Analysts surveyed by FactSet had estimated that the company would post a profit.",
     "the company would post a profit", "Analysts"),
])
def test_a_group_with_a_participle_by_its_pollster_speaks(sentence, said, who):
    q = only(PROSE + sentence)
    assert (q.text, speaker(q)) == (said, who)


@pytest.mark.parametrize("sentence, said, who", [
    # "state" modifies a source several nouns on; it states nothing
    ("Three rivers were in spate and their levels crossed danger marks, state flood control room officials said.",
     "Three rivers were in spate and their levels crossed danger marks", "state flood control room officials"),
    # media many at once speak; a concessive clause after the cue is no content of it
    ("Six people died in house collapses, local television channels reported though confirmation was awaited.",
     "Six people died in house collapses", "local television channels"),
    # "cautioned X to": what was urged is the verb phrase after "to"
    ("The state government has cautioned all district collectors to remain alert to meet any eventuality.",
     "remain alert to meet any eventuality", "the state government"),
])
def test_wire_copy_sources_and_hearers(sentence, said, who):
    q = only(PROSE + sentence)
    assert (q.text, speaker(q)) == (said, who)


def test_alleged_before_a_clause_is_still_a_cue():
    q = only(PROSE + "Mr. Trump alleged that Mr. O'Brien had libeled him.")
    assert q.text == "Mr. O'Brien had libeled him"


def test_speech_quoted_inside_a_transcript_turn_is_its_inner_speakers():
    text = ("Q. How was the game?\n\nWHITAKER: Nothing really. My dad always says, 'Shooters shoot,' so I kept shooting."
            "\n\nQ. How's the ankle?\n\nWHITAKER: It's fine.")
    inner = [q for q in extract(text) if q.text == "Shooters shoot,"]
    assert [(q.kind, speaker(q)) for q in inner] == [("direct", "My dad")]


@pytest.mark.parametrize("text", [
    # one quoted word is a label, not speech
    "Ann Lee spoke.\n\n“Somebody might say ‘establishment’ but I say experience,” Lee said.",
    # a participle's speaker is its clause's subject, not the words before it
    "Ann Lee spoke.\n\n“If you campaign against him saying, ‘I am more liberal than you,’ it fails,” Lee said.",
])
def test_no_nested_quotation_without_a_speaker_and_a_cue_opening_it(text):
    assert all(q.rule != "nested-quotation" for q in extract(text))


def test_a_question_opened_by_an_auxiliary_has_its_subject_after_it():
    text = "The board voted to close the school.\n\nDoes Gary Yee regret his decision? “No, I don’t,” he said."
    assert speaker(extract(text)[-1]) == "Gary Yee"


def test_he_inside_a_quotation_is_not_the_one_quoted():
    text = ("Mike Evans caught the ball and handed it to Tom Brady.\n\n"
            "“He said, ‘Oh man, do you want it back?’” Brady said.")
    inner = [q for q in extract(text) if q.rule == "nested-quotation"]
    assert [speaker(q) for q in inner] == ["Mike Evans"]


def test_a_nested_speaker_does_not_become_the_story_s_latest_person():
    text = ("Ann Hale approached Jane Brook three weeks later.\n\n"
            "“And she said, ‘Do you understand what I mean?’” Brook said.\n\n"
            "“I just left the room,” she said.")
    got = extract(text)
    assert [speaker(q) for q in got if q.rule != "nested-quotation"] == ["Jane Brook", "Jane Brook"]
    assert [speaker(q) for q in got if q.rule == "nested-quotation"] == ["Ann Hale"]


def test_a_paragraph_opening_quotation_continues_the_outer_speaker_not_a_nested_source():
    text = ("Students marched on Saturday.\n\n"
            "Luke Denne said the biggest issue is still the fees and the statistics show that applications have fallen.\n\n"
            "“Students do need to march again. They should keep demonstrating.”")
    assert speaker(extract(text)[-1]) == "Luke Denne"


@pytest.mark.parametrize("sentence, said, who", [
    # a measure heads no description: the lead is a clause, reported by the officials
    ("The pope spent two hours with them, the officials said.", "The pope spent two hours with them", "the officials"),
    # clergy speak
    ("The pope met them for two hours, the bishops said in a statement.", "The pope met them for two hours", "the bishops"),
])
def test_measures_head_no_source_and_clergy_speak(sentence, said, who):
    q = only(PROSE + sentence)
    assert (q.text, speaker(q)) == (said, who)


@pytest.mark.parametrize("text, said, who", [
    ("The record companies were dismissive at first.\n\n“And they'd say, 'You know, you remind us of her,' and then name an artist,” Swift said.",
     "You know, you remind us of her,", "The record companies"),
    ("Senators met on Tuesday.\n\n“I presume the Democrats are going to say, ‘Do you really want them to govern?’” Thune said.",
     "Do you really want them to govern?", "the Democrats"),
])
def test_nested_speakers_behind_contractions_and_future_markers(text, said, who):
    inner = [q for q in extract(text) if q.rule == "nested-quotation"]
    assert [(q.text, speaker(q)) for q in inner] == [(said, who)]


@pytest.mark.parametrize("sentence, content", [
    ("Still, he said, officials have to decide who gets extra scrutiny.", "officials have to decide who gets extra scrutiny"),
    ("But, Ms. Reyes said, the council has run out of money.", "the council has run out of money"),
    ("However, the minister said, the talks will go on next week.", "the talks will go on next week"),
])
def test_interrupted_attribution_after_a_lone_connective(sentence, content):
    """A lead that is only a connective ("Still,", "But,") is no part of what was said:
    the words after the attribution are."""
    q = only(sentence)
    assert (q.rule, q.text) == ("interrupted-attribution", content)


@pytest.mark.parametrize("sentence, first, second", [
    ("Ed Rendell agreed that the party’s vacancy rules should be modernized, but he said that discussion should wait.",
     "the party’s vacancy rules should be modernized", "discussion should wait"),
    ("Obama emphasized that Burma's reforms were not complete, and human rights groups warned that the talks had failed.",
     "Burma's reforms were not complete", "the talks had failed"),
    ("Trump said the ban was needed, while critics say it is unconstitutional.",
     "the ban was needed", "it is unconstitutional"),
    ("Republicans said they were convinced the department mishandled the inquiry and Democrats accused the party of stoking it.",
     "they were convinced the department mishandled the inquiry", None),
])
def test_a_second_clause_with_its_own_subject_and_cue_ends_the_content(sentence, first, second):
    """Reported content stops where a conjunction opens a clause with a subject and a
    cue of its own: that clause is a second attribution, not the first speaker's words."""
    got = [q.text for q in quotes(sentence)]
    assert got[0] == first
    assert second is None or second in got


@pytest.mark.parametrize("sentence, content", [
    ("He said he and his wife told the children about it.", "he and his wife told the children about it"),
    ("Peters said other states had stepped up and New Zealand would not add significant value.",
     "other states had stepped up and New Zealand would not add significant value"),
    ("She said the hike is the issue and the statistics show applications are falling.",
     "the hike is the issue and the statistics show applications are falling"),
    ("The city said it had offered more and that it had proposed a mediator.",
     "it had offered more and that it had proposed a mediator"),
])
def test_content_goes_on_past_a_subject_that_is_part_of_it(sentence, content):
    """Not a second attribution: a subject coordinated inside the content ("he and his
    wife told"), a modal verb group ("would not add"), a cue that may be the speaker's
    own claim ("the statistics show"), a coordinated that-clause."""
    assert quotes(sentence)[0].text == content


def test_relayed_passive_with_its_agent_after_the_cue():
    """"…, X was quoted as saying by the Bernama news agency.": the agent after "by"
    closes the attribution; X spoke."""
    q = only("The tighter measures include patrolling isolated waterways, Marine Commander Muhamad Muda "
             "was quoted as saying by the Bernama news agency.")
    assert (q.text, speaker(q)) == ("The tighter measures include patrolling isolated waterways", "Muhamad Muda")


@pytest.mark.parametrize("text, who", [
    ("Goa leaders deny rift\n\nPanaji: Congress leader K Chellakumar today claimed that the reports were a plot by the BJP.",
     "K Chellakumar"),
    ("Coalition collapses\n\nBerlin: Germany's Chancellor Olaf Scholz said Wednesday he was firing his finance minister.",
     "Olaf Scholz"),
])
def test_a_place_and_colon_opening_the_story_is_a_dateline(text, who):
    """South Asian and European papers open with "Place: …": a dateline, never the speaker
    (it had become one when the name after it was not read)."""
    from extract.clauses import dateline_end
    assert speaker(only(text)) == who
    s = text.index("\n\n") + 2
    assert text[dateline_end(text, s, len(text)):].startswith(("Congress", "Germany"))
    late = "x" * 400 + "\n\n" + text[s:]  # far down the page, a colon is no dateline
    assert dateline_end(late, 402, len(late)) == 402


def test_network_labels_with_party_and_stage_notes():
    """US network transcripts put a party after a guest's name and a stage note after a
    correspondent's role; the correspondent, labelled later by surname, is the
    programme speaking."""
    text = ("Transition in California\n\n"
            "KELLY WALLACE, CNN CORRESPONDENT (voice-over): This was a first for the governor elect.\n\n"
            "ARNOLD SCHWARZENEGGER (R), CALIFORNIA GOVERNOR ELECT: I will pay full attention to this job.\n\n"
            "WALLACE: You could tell the campaign was over.\n\n"
            "SCHWARZENEGGER: The people of California want change.")
    got = [(q.text, speaker(q)) for q in quotes(text)]
    assert got == [("I will pay full attention to this job", "Arnold Schwarzenegger"),
                   ("The people of California want change", "Arnold Schwarzenegger")]


@pytest.mark.parametrize("text, who", [
    ("Red One’s official synopsis reads: \"After Santa Claus is kidnapped, the elves panic.\"", "Red One’s official synopsis"),
    ("The notice said she had been dropped from the program for non-attendance.", "The notice"),
])
def test_texts_that_read_are_documents(text, who):
    q = only("Headline\n\n" + text)
    assert (q.speaker.name, q.speaker.kind) == (who, "document")


def test_a_colon_introduction_whose_subject_runs_past_the_mention_read():
    """"Red One’s official tagline reads:": the subject is the tagline, a noun no mention
    knows; the words read before it ("Red One’s official") are not the speaker."""
    got = quotes("Headline\n\nRed One’s official tagline reads: \"After Santa Claus is kidnapped, the elves panic.\"")
    assert not any(q.speaker and q.speaker.name.startswith("Red") for q in got)


def test_a_second_cue_beside_a_quoted_fragment_reports_on_its_own():
    """The same speaker and verb twice in a sentence with a quotation: the clause of the
    second cue holds no fragment of the first and is a statement of its own."""
    got = [(q.kind, q.text) for q in quotes(
        'Judge Robert Pitman said the law is an "offensive deprivation of such an important right" and said '
        'state actors, including judges and court clerks, can no longer enforce its provisions.')]
    assert got == [("mixed", 'the law is an "offensive deprivation of such an important right"'),
                   ("indirect", "state actors, including judges and court clerks, can no longer enforce its provisions")]


def test_words_after_a_quotation_s_own_cue_are_not_a_second_statement():
    got = quotes('"Rain has hit other parts of the state," he said citing preliminary reports from various regions.')
    assert [q.kind for q in got] == ["direct"]


@pytest.mark.parametrize("text, content", [
    ("Then, police say a neighbor called 911 about that 20-year-old man.", "a neighbor called 911 about that 20-year-old man"),
    ("Officials said the suspect was proud of that and would say so again.", "the suspect was proud of that and would say so again"),
])
def test_that_after_a_preposition_points_and_opens_no_clause(text, content):
    """"about that man": a demonstrative after a preposition is no complementiser."""
    assert [q.text for q in quotes(text)][0] == content


@pytest.mark.parametrize("text", ["A neighbor called 911 about the man.", "Her son called the police.",
                                  "The driver called an ambulance after the crash."])
def test_a_telephone_call_reports_nothing(text):
    assert quotes(text) == []


def test_calling_on_the_police_is_still_speech():
    q = only("Scott's family called on police to release the videos.")
    assert q.text == "police to release the videos"


@pytest.mark.parametrize("text, who", [
    ("Both sides said they were waiting for the other to make the first move.", "Both sides"),
    ("Each side said the other had walked away from the table first.", "Each side"),
])
def test_sides_of_a_dispute_speak(text, who):
    assert only(text).speaker_mention == who


def test_name_then_long_open_appositive_after_a_quotation():
    """'"…," Marcos Espinal, an infectious disease expert at the WHO's Americas regional
    office said': the clause opens after the quotation, and the role may be long."""
    q = only('"We can expect 3-4 million cases of Zika virus disease," Marcos Espinal, an infectious disease expert '
             "at the WHO's Americas regional office said, neglecting to provide a timeframe for his figure.")
    assert (q.kind, speaker(q)) == ("direct", "Marcos Espinal")


@pytest.mark.parametrize("stretch", ["Aaron Boone lost count", "Sanders drew cheers", "The meeting got people"])
def test_a_name_then_a_past_tense_is_a_clause_not_a_description(stretch):
    """"Aaron Boone lost count" had been a description headed by "count" (a vote count),
    so Boone was never met and "the Yankees manager" became a new source."""
    from extract.mentions import parse_stretch
    assert parse_stretch(stretch) is None


def test_an_epithet_after_a_name_whose_sentence_has_an_irregular_past():
    got = quotes("Yankees win\n\nTAMPA, Fla. — Aaron Boone lost count.\n\n“We hit nine?” the Yankees manager said.")
    assert speaker(got[0]) == "Aaron Boone"


def test_continue_attributes_no_fragment_in_its_sentence():
    text = ("As Hurricane Florence continues its menacing churn toward the coast, states bracing for the "
            "potentially “catastrophic” storm are ordering residents to leave.")
    assert not any(q.kind == "mixed" for q in quotes(text))


@pytest.mark.parametrize("text", [
    "But, as those in the viewing galleries could see, Singh got out of his seat and continued to address Poilievre.",
    "Rallying hundreds of service workers who are struggling to get by, Hillary Clinton vowed to raise wages.",
])
def test_a_cue_then_an_infinitive_closes_no_trailing_attribution(text):
    """"…, Singh … continued to address Poilievre": "to" and a verb is no adjunct after a
    cue, so the words before are no statement of Singh's."""
    assert not any(q.rule == "reported-trailing" for q in quotes(text))


def test_a_cue_then_to_a_hearer_still_closes_a_trailing_attribution():
    q = only("The plan would fail, Smith said to reporters.")
    assert (q.rule, q.text) == ("reported-trailing", "The plan would fail")


@pytest.mark.parametrize("text", [
    "Scholz fired Lindner on Wednesday, signaling the collapse of the coalition that relied on Lindner's party.",
    "The World Health Organization has called an emergency meeting on whether to declare an international emergency.",
])
def test_no_complement_from_a_relative_that_or_a_convened_meeting(text):
    """"the coalition that relied on …": "that" with a past tense after a noun is a
    relative pronoun; "called an emergency meeting on whether …" convenes, says nothing."""
    assert quotes(text) == []


@pytest.mark.parametrize("stretch, name, role", [
    ("Minister of Tourism and Lands Harin Fernando", "Harin Fernando", "Minister of Tourism and Lands"),
    ("Secretary of Health and Human Services Alex Azar", "Alex Azar", "Secretary of Health and Human Services"),
    ("Minister for Planning and Development Ahsan Iqbal", "Ahsan Iqbal", "Minister for Planning and Development"),
    ("Ambassador Samantha Power", "Samantha Power", "Ambassador"),
])
def test_a_portfolio_ends_the_title_before_a_name(stretch, name, role):
    from extract.mentions import parse_stretch
    m = parse_stretch(stretch)
    assert (m.kind, m.name, m.role) == ("name", name, role)


def test_an_institution_s_name_keeps_its_portfolio_like_words():
    from extract.mentions import parse_stretch
    assert parse_stretch("Roper Center for Public Opinion Research").name == "Roper Center for Public Opinion Research"


def test_whilst_opens_a_participle_of_the_sentence_subject():
    """'"…," the Minister said whilst highlighting that …': the minister highlights, not
    someone named inside the quotation."""
    text = ("Harin Fernando told Parliament today that Sri Lanka is indebted to India.\n\n"
            "“We have to be grateful to India for sending more and more tourists to Sri Lanka,” the Minister said "
            "whilst highlighting that India has been a brother to Sri Lanka.")
    assert {speaker(q) for q in quotes(text)} == {"Harin Fernando"}


def test_an_adverb_between_the_comma_and_a_participle():
    """"…, previously warning that …": still a participle after a comma, whose subject is
    the sentence's, not the nearest capitalised word ("Colchester")."""
    text = ("The chief executive of the trust - which runs Ipswich and Colchester hospitals - has long been vocal, "
            "previously warning that emergency departments were having to turn away patients.")
    q = only(text)
    assert q.speaker_mention != "Colchester"


@pytest.mark.parametrize("stretch", ["Mr Justice Dingemans first ordered 16-year-old Becky’s",
                                     "Obama appointed judge Ann Lee"])
def test_a_name_a_past_tense_and_another_name_is_a_clause(stretch):
    from extract.mentions import parse_stretch
    assert parse_stretch(stretch) is None


@pytest.mark.parametrize("stretch, name", [("Third seed Roger Federer", "Roger Federer"),
                                           ("A statement posted on the website GunBroker.com", None)])
def test_titles_and_descriptions_with_ed_words_still_parse(stretch, name):
    from extract.mentions import parse_stretch
    m = parse_stretch(stretch)
    assert m is not None and m.name == name


def test_irish_office_titles():
    """"The Taoiseach has confirmed …" is Micheál Martin, named later with the title; it
    had been an organisation "Taoiseach", and "Tánaiste Leo Varadkar" a person "Tánaiste Leo Varadkar"."""
    text = ("Martin defends minister\n\nThe Taoiseach has confirmed he has seen the official record of the charge.\n\n"
            "Taoiseach Micheál Martin told the Dáil that the document is not quite as portrayed.\n\n"
            "Tánaiste Leo Varadkar said every TD has made mistakes from time to time.")
    assert [speaker(q) for q in quotes(text)] == ["Micheál Martin", "Micheál Martin", "Leo Varadkar"]


@pytest.mark.parametrize("text, who", [
    ("The newspaper reported, citing U.S. officials, that the Pentagon was planning to brief Congress.", "The newspaper"),
    ("The agency said, quoting two witnesses, that the Pentagon was planning to brief Congress.", "The agency"),
])
def test_a_source_aside_between_cue_and_that(text, who):
    """"reported, citing U.S. officials, that …": the clause is the reporting cue's."""
    q = only(text)
    assert (q.speaker_mention, q.text) == (who, "the Pentagon was planning to brief Congress")


def test_a_labelled_answer_runs_on_and_the_interviewee_is_named_with_title_or_initial():
    """"Q&A with Vice President Joe Biden" and "Susan R. Greenway": the interviewee is
    the first full name even with a title or a middle initial (the interviewer named
    later had been taken); an "A:" answer runs on over its unlabelled paragraphs."""
    text = ("Q&A with Vice President Joe Biden\n\nVice President Joe Biden spoke with POLITICO writer Michael Grunwald.\n\n"
            "Q: Is the country on the upswing?\n\nA: It is. We are so much better positioned than anyone else.\n\n"
            "Are there problems? Yeah. But I am optimistic about it.\n\n"
            "Q: What about the primary?\n\nA: I am surprised by the tone of it.")
    got = [(q.rule, speaker(q)) for q in quotes(text)]
    assert got == [("transcript-label", "Joe Biden"), ("interview-answer", "Joe Biden"), ("transcript-label", "Joe Biden")]
    text2 = ("Q&A with Susan R. Greenway\n\nSusan R. Greenway is the author of the novel Elephant Touch.\n\n"
             "Q: What inspired you?\n\nA: On a visit to Thailand I met elephants.\n\nThat was the beginning of my love for them.\n\n"
             "Q: And Quinn?\n\nA: Quinn came from my time in the Rockies.")
    assert {speaker(q) for q in quotes(text2)} == {"Susan R. Greenway"}


def test_a_participle_after_an_inverted_attribution_is_its_speaker_s():
    """'GM has a “culture of cover-up,” said McCaskill, citing documentation that …':
    McCaskill cites, not GM (the sentence's first words)."""
    text = ("GM has a “culture of cover-up that allowed an engineer to lie under oath,” said McCaskill, "
            "citing documentation that the engineer had claimed ignorance about a change to the lock.")
    assert {speaker(q) for q in quotes(text)} == {"McCaskill"}


def test_a_participle_after_a_cue_with_its_speaker_before_is_the_subject_s():
    q = quotes("\"It is true we got close to immigration reform,\" Clinton said in Los Angeles, recalling that "
               "the 2007 bill failed when she was in the Senate.")
    assert {speaker(x) for x in q} == {"Clinton"}


def test_a_time_adverbial_before_a_document_verb_is_no_statement():
    assert quotes("The committee counts four former prosecutors. On Wednesday, it showed.") == []


@pytest.mark.parametrize("text, who", [
    ("(CNN) -- Former Sen. Howard Baker has died, his former spokesman said.\n\nHe was 88.\n\n"
     "Baker's former press secretary, Tom Griscom, confirmed that he died on Thursday.", "Tom Griscom"),
    ("IBM beat expectations. The company feels comfortable with forecasts for 2001, according to IBM's chief "
     "financial officer.\n\nJohn Joyce, IBM senior vice president and chief financial officer, was pleased.", "John Joyce"),
])
def test_a_possessed_role_named_later_in_apposition(text, who):
    """"his former spokesman said" then "Baker's former press secretary, Tom Griscom,":
    the role (or a phrase for the same job) comes back beside one full name."""
    assert speaker(quotes(text)[0]) == who


def test_an_agency_dateline_alone_opens_no_statement():
    q = quotes("Baker dies\n\n(CNN) -- Former Sen. Howard Baker has died, his spokesman said.")[0]
    assert q.text.startswith("Former Sen.")


def test_an_infinitive_cue_keeps_its_that_and_a_speech_participle_ends_it():
    """"urging Mr Corbyn to withdraw his claim that …, telling him …": what was urged is
    the infinitive (its object holds the "that"), and a second speech participle after a
    comma ends it."""
    text = ("But Mrs May wasn't finished with the issue, urging Mr Corbyn to withdraw his claim that ministers had "
            "refused to cooperate with the investigation, telling him everyone was \"innocent until proven guilty\".")
    got = [(q.kind, q.text) for q in quotes(text)]
    assert got == [("indirect", "withdraw his claim that ministers had refused to cooperate with the investigation"),
                   ("mixed", 'everyone was "innocent until proven guilty"')]


@pytest.mark.parametrize("text, content", [
    ("Mrs May accused him of reading from a script he had written on Tuesday.", "reading from a script he had written on Tuesday"),
    ("The lawmakers criticized the deputy president for sneaking into the county without notice.",
     "sneaking into the county without notice"),
    ("Terry Strada accused the Saudi government of attempting to intimidate the families.",
     "attempting to intimidate the families"),
])
def test_an_accusation_reports_its_charge(text, content):
    """"accused him of reading from a script": the charge after the object and its
    preposition is what was said (PolNeAR and the blind sets mark it so)."""
    assert only(text).text == content


def test_a_subject_coordinated_participle_ends_the_content():
    """"with Jeremy Corbyn attacking …'s troubles and Theresa May accusing him of …": a
    second cue with its own subject (a capitalised "May" is a name, not a modal)."""
    got = [(q.text, speaker(q)) for q in quotes(
        "A testy encounter, with Jeremy Corbyn attacking the PM's Brexit troubles and Theresa May accusing "
        "him of reading from a script he had written on Tuesday.")]
    assert ("reading from a script he had written on Tuesday", "Theresa May") in got
    assert not any("accusing" in t for t, _ in got)


@pytest.mark.parametrize("text, who, content", [
    ("Another 19 percent said they would not pick either candidate.", "Another 19 percent", "they would not pick either candidate"),
    ("The clip says the senator has a passion for defending the wrong people.", "The clip",
     "the senator has a passion for defending the wrong people"),
    ("Mike Pence says too much is made of Donald Trump’s tweets.", "Mike Pence", "too much is made of Donald Trump’s tweets"),
    ("Connecticut’s tax commissioner says an internal review found no leak.", "Connecticut’s tax commissioner",
     "an internal review found no leak"),
    ("The pope told reporters he was not getting involved in politics.", "The pope", "he was not getting involved in politics"),
])
def test_more_sources_and_clauses(text, who, content):
    """Offices that are also titles head descriptions ("the commissioner", "the pope"); a
    quantity may open with "another"; a clip is a document; "too much" opens a clause."""
    q = only(text)
    assert (q.speaker_mention, q.text) == (who, content)


def test_a_surname_that_is_a_rank_stays_a_name():
    got = quotes('"Donald Trump is a presidential candidate unlike any we have seen," said Post editor Martin Baron. '
                 '"We will cover him," Baron said.')
    assert [speaker(q) for q in got] == ["Martin Baron", "Martin Baron"]


@pytest.mark.parametrize("stretch, name", [
    ("The nonpartisan Commission on Presidential Debates", "Commission on Presidential Debates"),
    ("the conservative-leaning Tax Foundation", "Tax Foundation"),
])
def test_an_institution_described_by_an_adjective(stretch, name):
    from extract.mentions import parse_stretch
    m = parse_stretch(stretch)
    assert (m.kind, m.name) == ("organization", name)


def test_a_modal_after_a_noun_opens_a_clause_not_a_modifier():
    """"An acre of trees can convert 156 tons of carbon" had been a description (head
    "acre"), so the sentence's trailing attribution found no content."""
    from extract.mentions import parse_stretch
    assert parse_stretch("An acre of trees can convert 156 tons of carbon over the years") is None
    q = only("An acre of trees can convert 156 tons of carbon over the years, Mr. Van Voorhis said.")
    assert q.text == "An acre of trees can convert 156 tons of carbon over the years"
    assert parse_stretch("A senior official who would not be named").head == "official"


@pytest.mark.parametrize("text, who", [
    ("Its first national television ad could start this week, said Brian Baker, a longtime political adviser "
     "to the Ricketts family who oversees the campaign.", "Brian Baker"),
    ("Moves against the broadcasters led to their removal from the stations, said Jeffrey N. Trimble, a senior "
     "official with the board that oversees them.", "Jeffrey N. Trimble"),
])
def test_an_inverted_speaker_with_a_long_appositive(text, who):
    """A description after an inverted speaker may run to the end of the sentence."""
    q = only(text)
    assert (q.rule, speaker(q)) == ("inverted-trailing", who)


def test_a_noun_phrase_before_a_trailing_pronoun_attribution_is_what_was_said():
    """"People like Scott, he said.": a pronoun has no appositive before it."""
    q = quotes("Tim Scott spoke on Monday. People like Scott, he said.")[-1]
    assert (q.text, q.rule) == ("People like Scott", "reported-trailing")


def test_a_common_given_name_says_a_gender():
    """"she said" after "House Speaker Mike Johnson was at the White House" is the press
    secretary quoted before, not Johnson."""
    text = ("Briefing\n\nWhite House press secretary Karoline Leavitt held a briefing.\n\n"
            "“It is good to see you here,” Leavitt said.\n\n"
            "Leavitt replied that Trump was seeking more funding for his wall.\n\n"
            "House Speaker Mike Johnson (R-LA) was at the White House on Monday to discuss the plans.\n\n"
            "“Tax cuts are a critical component,” she said.")
    assert speaker(quotes(text)[-1]) == "Karoline Leavitt"


def test_a_quoted_subheading_is_no_speech():
    """'"Delighted to be here"' alone between sections is a pull-quote subheading."""
    text = ("City sign Cancelo\n\nManchester City have announced the signing of Joao Cancelo.\n\n"
            "\"Delighted to be here\"\n\nFollowing his move, Cancelo expressed his delight to be joining the Blues.")
    assert not any(q.text == "Delighted to be here" for q in quotes(text))


def test_a_name_then_a_clause_is_no_appositive_for_a_role_named_later():
    """"Txiki Begiristain, was full of praise for the new signing," names no signing."""
    from extract.resolution import Resolver, _appositive_later
    text = "The signing spoke. Txiki Begiristain, was full of praise for the new signing, and smiled."
    assert _appositive_later(Resolver(text), "signing", 10, len(text)) is None


def test_a_nationality_before_a_name_and_a_nationality_epithet():
    """"Spaniard Juan Antonio Flecha" is Juan Antonio Flecha, a Spaniard; "the Frenchman"
    is not him, and a job title does not keep "the Frenchman" from the Tour's leader."""
    from extract.mentions import parse_stretch
    m = parse_stretch("Spaniard Juan Antonio Flecha")
    assert (m.name, m.role) == ("Juan Antonio Flecha", "Spaniard")
    text = ("Tour crash\n\nSpaniard Juan Antonio Flecha crashed to the ground.\n\n"
            "“It could have been me,” said the Tour’s new leader, Thomas Voeckler.\n\n"
            "Flecha was treated on his bike for an injured elbow.\n\n"
            "“Crashes in a descent are understandable,” the Frenchman said.")
    assert speaker(quotes(text)[-1]) == "Thomas Voeckler"


def test_stating_after_a_comma_is_a_second_attribution():
    got = [q.text for q in quotes("EE has urged consumers to return their Power Bars to its stores, stating that it was "
                                  "a “precautionary action” to keep customers safe.")]
    assert got == ["return their Power Bars to its stores", "it was a “precautionary action” to keep customers safe"]


def test_dutch_particles_and_a_name_that_looks_negated():
    """"Sophie in't Veld asked how …": "in't" is a name particle, not a negated verb
    ("didn't say how" reports nothing; her question does)."""
    q = only("Dutch Liberal MEP Sophie in't Veld asked how the commission can still claim it is committed to transparency.")
    assert (speaker(q), q.text) == ("Sophie in't Veld", "how the commission can still claim it is committed to transparency")
    assert quotes("He didn’t say how much it would cost.") == []


def test_a_belief_participle_with_an_object_is_no_statement():
    """"… Papua New Guinea, feeling the effects of drought": a participle's object, so the
    country never speaks (and "the charity" later is not it)."""
    text = ("Oxfam warned that aid agencies are stretched.\n\nCrises hit Haiti and Papua New Guinea, feeling the effects "
            "of drought and crop failure.\n\nThe charity urged governments to take steps to help people cope.")
    got = [(q.text, speaker(q)) for q in quotes(text)]
    assert not any("the effects" in t for t, _ in got)
    assert got[-1] == ("take steps to help people cope", "Oxfam")


def test_an_adverb_opening_a_clause_after_a_cue():
    """"said eventually having the inquest had finally brought …": an -ly adverb, then a
    clause with a subject and a verb (not "complained bitterly about the plan")."""
    assert only("Ms Seaman, a midwife, said eventually having the inquest had finally brought the family some "
                "closure.").text == "eventually having the inquest had finally brought the family some closure"
    assert quotes("He complained bitterly about the plan.") == []


@pytest.mark.parametrize("text, content", [
    ("Sanders argued insistently that he would be a superior candidate.", "he would be a superior candidate"),
    ("Rubio said only that his numbers don’t add up.", "his numbers don’t add up"),
])
def test_an_adverb_between_a_cue_and_that(text, content):
    assert only(text).text == content


@pytest.mark.parametrize("text, content", [
    ("When Clinton noted that Trump has not paid federal income taxes, Trump boasted about it.",
     "Trump has not paid federal income taxes"),
    ("While he acknowledged funding was a major reason, Ham also noted several intangibles.", "funding was a major reason"),
])
def test_a_subordinate_clause_s_content_ends_at_the_main_clause(text, content):
    """"When Clinton noted that …, Trump boasted …": the content of a cue in an opening
    subordinate clause ends where the main clause's subject begins."""
    assert quotes("Carter Ham spoke. " + text)[0].text == content


def test_a_count_of_a_ten_as_a_source():
    q = only("Nearly eight of 10 voters say they plan to tune in to the debate.")
    assert (q.speaker_mention, q.speaker.kind) == ("Nearly eight of 10 voters", "anonymous")


def test_a_quotation_closing_on_a_full_stop_then_a_new_sentence():
    """'“… with my child.” Later in the interview, West said that …': the quotation ends
    its sentence when a whole sentence follows (a short '“…” Trump said.' stays one)."""
    text = ("West spoke.\n\n“I was thinking it could come out in June,” he said. “But then I have to be with my child.” "
            "Later in the interview, West said that it took nine months to make an album.")
    got = [(q.kind, q.text) for q in quotes(text)]
    assert ("indirect", "it took nine months to make an album") in got
    assert ("direct", "But then I have to be with my child.") in got


def test_someone_is_an_anonymous_source():
    q = only('Woods was asked to elaborate. "Was your mind-set you should be offered more respect?" someone asked.')
    assert (q.speaker_mention, q.speaker.kind) == ("someone", "anonymous")


def test_an_interview_is_a_document_source():
    q = only("His criticism, according to an interview with The New York Times at the time, was the president's choice.")
    assert q.speaker.kind == "document"


def test_a_given_name_never_becomes_the_recorded_gender():
    """The given-name lists only keep a pronoun from a person it cannot mean; the
    speakers table records a gender only where the text says it."""
    assert only("“We will pass the bill,” Mike Johnson said.").speaker.gender is None


@pytest.mark.parametrize("text, content", [
    ("The judge rejected it, saying the courts have no business deciding what is useful.",
     "the courts have no business deciding what is useful"),
    ("Patel said the board would reflect carefully but that it was bound by contracts.",
     "the board would reflect carefully but that it was bound by contracts"),
])
def test_a_subject_and_verb_before_a_later_that_are_the_content(text, content):
    """"saying the courts have no business deciding what …": words with a finite verb
    between the cue and a later `that`/`what` are the content's own clause, not an
    adjunct like "said the next day that"."""
    assert quotes(text)[0].text == content


def test_a_cue_noun_after_a_sentence_opening_determiner_and_a_name_is_a_noun():
    """"A New York judge rejected …", "One NLD volunteer was …": the capitalised
    determiner opening the sentence still makes the cue word ("judge", "volunteer")
    the head of a noun phrase, as "a Washington state delegate" does mid-sentence."""
    assert quotes("One NLD volunteer was more circumspect about the result.") == []
    q = only("A New York judge rejected a request, saying the courts should not decide.")
    assert q.speaker_mention == "A New York judge"


def test_an_owner_whose_name_ends_in_s_is_named_without_the_apostrophe():
    """"Sanders' 'endorsement'" names Sanders; read as a description "Sanders'" it had
    become the speaker of every later "he"."""
    text = ("Sanders' 'endorsement' for some.\n\nLast month, when I asked Bernie Sanders if he would ever endorse "
            "Hillary Clinton, he said, \"I'm gonna endorse YOU!\"")
    assert only(text).speaker.name == "Bernie Sanders"


def test_a_cue_word_after_any_or_no_is_a_noun():
    """"…, the most of any state." and "had no say": after `any` and `no` a cue's base
    form is a noun (a made-up source "the most" had stated the whole sentence)."""
    assert quotes("Utah's share of undecided voters is 19 percent, the most of any state.") == []
    assert quotes("Residents said they had no say in the decision to close the clinic.")[0].text == (
        "they had no say in the decision to close the clinic")


BRIEFING = ("Background Briefing on the Talks\n\nSantiago, Chile\n\n2:40 P.M. (Local)\n\n"
            "MR. McCORMACK: Good afternoon, everybody. We have two officials here to give you readouts.\n\n"
            "So I'll turn it over to our first briefer now, and then you can ask your questions.\n\n"
            "Q Could I ask you before you leave, is the Secretary going to the region?\n\n"
            "MR. McCORMACK: I'll check for you, Terry.\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: Thank you very much. The President had lunch with the Prime Minister today.\n\n"
            "It lasted for slightly over an hour, and it was warm.\n\n(LAUGHTER)\n\nThe lunch was not on the schedule.")


def test_a_transcript_turn_runs_on_over_unlabelled_paragraphs():
    """A briefer's turn runs over the paragraphs after its label, until a question
    ("Q Could I …", printed without a colon), a stage direction or the next label."""
    got = {(q.text[:31], q.speaker.name if q.speaker else None) for q in quotes(BRIEFING)}
    assert ("So I'll turn it over to our fir", "McCormack") in got
    assert ("It lasted for slightly over an ", "a senior administration official") in got
    assert not any(t.startswith(("Could I ask", "The lunch was not")) for t, _ in got)


def test_a_transcript_label_keeps_a_surname_prefix_and_describes_an_unnamed_voice():
    """"MR. McCORMACK:" is a label (a prefix keeps its small letters) naming McCormack;
    "SENIOR ADMINISTRATION OFFICIAL:" describes an unnamed voice."""
    by_start = {q.text[:13]: q.speaker for q in quotes(BRIEFING)}
    assert by_start["Good afternoo"].name == "McCormack"
    assert (by_start["Thank you ver"].kind, by_start["Thank you ver"].name) == ("anonymous", "a senior administration official")


def test_an_article_quoting_a_transcript_does_not_run_turns_on():
    """The writer's own paragraphs between quoted turns are no one's turn."""
    text = ("Clinton defended her record at the debate on Wednesday night in Miami, and her campaign said she had won it.\n\n"
            "RAMOS: Secretary Clinton, did you lie to them?\n\n"
            "CLINTON: She is wrong. She is absolutely wrong.\n\n"
            "It was the sharpest exchange of the night.\n\n"
            "RAMOS: Thank you, Secretary Clinton.")
    assert not any(q.text.startswith("It was the sharpest") for q in quotes(text))


def test_a_name_is_never_read_from_inside_a_word():
    """"GOV. ROMERO:" after "Gov. Alicia Romero" is Alicia Romero (the article's names
    had been read from inside "GOV." as "V. ROMERO")."""
    text = ("Transcript: Gov. Alicia Romero wildfire briefing\n\nGOV. ROMERO: Good morning. The fire has burned 41,000 acres.\n\n"
            "CHIEF OKORO: Thank you, Governor. The wind shifted overnight.\n\nGOV. ROMERO: We will rebuild.")
    assert quotes(text)[0].speaker.name == "Alicia Romero"


@pytest.mark.parametrize("text, speaker", [
    ('Mr Drakeford also defended health workers, saying to Mr Davies: "You have chosen to use that language."', "Drakeford"),
    ("Ben Rogers, the agent for the applicant, fought jeers from the gallery and said: “We believe there are special "
     "circumstances.”", "Ben Rogers"),
])
def test_a_clause_is_no_description(text, speaker):
    """A verb-modifying adverb ("also defended") or an irregular past tense ("fought
    jeers") shows a clause, never a description that could speak."""
    assert only(text).speaker.name == speaker


def test_a_title_ending_a_headline_does_not_title_the_dateline():
    """A headline ending "… from Vacation Bench" and a dateline "New Delhi, July 13:"
    on the next line are no "Bench New Delhi": "the bench" is the bench."""
    text = ("Court notes order obtained from Vacation Bench\n\nNew Delhi, July 13: The Supreme Court has termed the matter serious.\n\n"
            '"Who has obtained this order?" the bench asked.')
    assert quotes(text)[-1].speaker.name == "the bench"


def test_according_to_inside_a_person_s_reported_words_is_theirs():
    """"He said the election will be held on time according to the constitution": the
    phrase sits inside what he said; the constitution says nothing."""
    q = quotes("Obaidul Quader spoke on Thursday. He said the election will be held on time according to the constitution.")[-1]
    assert (q.text, q.speaker.name) == ("the election will be held on time according to the constitution", "Obaidul Quader")


def test_a_person_s_title_before_an_institution_word_surname_makes_a_person():
    """"Dr Mikaela Bloomberg" is a person though "Bloomberg" ends news agencies' names:
    only a person takes "Dr"; so "The lead author of the study, UCL's Dr Mikaela
    Bloomberg, said" is hers."""
    q = only("The lead author of the study, UCL’s Dr Mikaela Bloomberg, said “Previous evidence suggests it.”")
    assert (q.speaker.name, q.speaker.kind) == ("Mikaela Bloomberg", "person")


def test_a_name_the_article_follows_with_its_is_an_organisation():
    """"Ryanair lifted its estimate. It added that …": a lone name followed by "its" in
    its own clause is an organisation, so "it" can mean it; a surname the article
    also writes after a first name stays a person's ("Donald Trump" … "Trump slammed
    its decision")."""
    q = quotes("Shares in Ryanair rose. Ryanair lifted its estimate. It added that its policy had won more passengers.")[-1]
    assert (q.speaker.name, q.speaker.kind) == ("Ryanair", "organization")
    q = quotes("Donald Trump met the company. Trump slammed its decision. He said the deal was terrible.")[-1]
    assert (q.speaker.name, q.speaker.kind) == ("Donald Trump", "person")


@pytest.mark.parametrize("text, speaker", [
    ("The applicant argued the demand for housing constituted special circumstances.", "The applicant"),
    ("A respondent said the survey had been too long.", "A respondent"),
])
def test_parties_to_an_application_or_a_case_are_sources(text, speaker):
    assert only(text).speaker_mention == speaker


def test_a_quantity_that_runs_into_a_clause_is_no_source():
    """"96 percent of the teachers backed the strike, Brock said.": the count opens what
    was said; "27 percent of those who named a candidate said" still counts a group."""
    q = quotes("Fran Brock spoke. 96 percent of the teachers backed the strike, Brock said.")[-1]
    assert (q.text, q.speaker.name) == ("96 percent of the teachers backed the strike", "Fran Brock")
    assert quotes("27 percent of those who named a candidate said they could change their mind.")[0].speaker_mention == (
        "27 percent of those who named a candidate")


def test_an_object_verb_before_a_pronoun_and_an_auxiliary_reports_a_clause():
    """"pointed out it could require …": "it" then an auxiliary opens a clause, not the
    object of "pointed out" ("pointed it out" and "pointed out its flaws" report none)."""
    assert only("Opponents have pointed out it could require inspections of any student.").text == (
        "it could require inspections of any student")


def test_an_adjective_between_an_article_and_a_full_name_describes_the_person():
    """"An ebullient Herbie Hancock was thrilled …": the person, described in passing,
    so a later "he" is his; "a prominent New York Democrat" stays a description."""
    text = "An ebullient Herbie Hancock was thrilled for his win. \"It's immeasurable how surprised I am,\" he said."
    assert only(text).speaker.name == "Herbie Hancock"
    q = only('"Turnout makes a difference," said Charlie King, a prominent New York Democrat.')
    assert q.speaker.name == "Charlie King"


def test_a_cue_word_before_of_is_a_noun_unless_its_verb_takes_of():
    """"rubbished media reports of the government releasing …": "reports of" is a noun
    (the seeds had a made-up source "rubbished media"); "says of Clinton, “…”" and
    "warned of" keep their verbs."""
    text = "Khurasani, in a brief statement on Tuesday, rubbished media reports of the government releasing 100 of his prisoners."
    assert [q.speaker.name for q in quotes(text)] == ["Khurasani"]
    assert only("The New York businessman says of Clinton, “If she gets the chance, she will sell it.”").speaker_mention == (
        "The New York businessman")


def test_no_role_ends_in_an_article_or_of():
    """A subheading "Role of the Afghan Taliban" names the Taliban with no role "Role of
    the" (it had reached the speakers' role facet on the seeds)."""
    from extract.mentions import parse_stretch
    m = parse_stretch("Role of the Afghan Taliban")
    assert (m.name, m.role) == ("Afghan Taliban", None)
    assert parse_stretch("Secretary of State John Kerry").role == "Secretary of State"


def test_the_plural_of_a_title_is_a_group_that_is_never_he():
    """"The presidents of Brazil and Colombia discussed …" is a group: a later "he" is
    the leader named after it, not "the presidents"."""
    text = ("BRASILIA (Reuters) – The presidents of Brazil and Colombia discussed options for negotiating an end to the "
            "crisis in a phone call yesterday, Brazilian leader Luiz Inacio Lula da Silva said.\n\n"
            "“I was on a phone call with Colombia, trying to see if we could find a way out,” he said at an event.")
    assert quotes(text)[-1].speaker.name == "Luiz Inacio Lula da Silva"


def test_a_wire_dateline_with_a_comma_before_the_agency():
    q = only("BRASILIA, (Reuters) – The presidents met in a phone call yesterday, Brazilian leader Lula said.")
    assert q.text == "The presidents met in a phone call yesterday"


def test_according_to_a_role_then_the_name_in_apposition():
    """"According to Rhymes' lawyer, Scott Leemon, the appearance was adjourned": the
    named lawyer is the source and the content starts after the name; "According to an
    FBI summary, Cheryl Mills, a top aide, sent …" keeps the summary as its source."""
    q = only("According to Rhymes' lawyer, Scott Leemon, the appearance was adjourned until January 23.")
    assert (q.text, q.speaker.name) == ("the appearance was adjourned until January 23", "Scott Leemon")
    q = only("According to an FBI summary, Cheryl Mills, a top Clinton aide, sent the employee an email in March.")
    assert q.speaker_mention == "an FBI summary"


def test_an_office_the_article_says_someone_holds_names_them():
    """"The First Minister told reporters …" then "Mrs Foster said her role as First
    Minister gave her access …": the office is hers."""
    text = ("DUP leader Arlene Foster has denied her position is under threat.\n\n"
            "\"Obviously there are colleagues with concerns,\" the First Minister told reporters.\n\n"
            "Mrs Foster said her role as First Minister gave her access to information.")
    assert quotes(text)[1].speaker.name == "Arlene Foster"


def test_according_to_an_object_pronoun():
    q = quotes("Segun Ajayi-Kadiri spoke at the dinner. According to him, the group is a leading member of the association.")[-1]
    assert (q.text, q.speaker.name) == ("the group is a leading member of the association", "Segun Ajayi-Kadiri")


def test_quoted_x_as_saying_gives_the_words_to_x():
    """"The newspaper quoted Lai as saying: “…”": Lai speaks; the paper relays."""
    q = quotes("Lin said he was startled. The newspaper quoted Lai as saying: “There are many affairs requiring your help.”")[-1]
    assert q.speaker_mention == "Lai"


def test_a_two_word_office_names_the_person_who_holds_it():
    """"the First Minister told reporters" names Arlene Foster, whose role as First
    Minister the article states; with no holder named, "the Minister" stays an epithet
    for the minister just named (test_whilst_opens_a_participle_of_the_sentence_subject)."""
    text = ("DUP leader Arlene Foster has denied her position is under threat.\n\n"
            "\"Obviously there are colleagues with concerns,\" the Premier told reporters.\n\n"
            "Mrs Foster said her role as Premier gave her access to information.")
    assert quotes(text)[1].speaker.name == "Arlene Foster"


def test_portfolios_joined_in_a_title_and_shadow_as_a_title_word():
    """"Shadow business and energy secretary Ed Miliband said … it was the “minimum we
    should aim for.”": the portfolios joined by "and" are one title, and "Shadow" is a
    title word, never a speaker."""
    text = ("Shadow business and energy secretary Ed Miliband said that Labour welcomed the target, but added that it was "
            "the “minimum we should aim for.”")
    assert {q.speaker.name for q in quotes(text)} == {"Ed Miliband"}


def test_initials_that_are_a_title_alone_name_an_organisation():
    """"TD's financial performance …" (TD Bank): capitals alone that are a title or role
    word name an organisation, never a person "TD" that a later "he" could mean."""
    text = ("TD Bank reported a decline in profits.\n\n\"It's unlikely,\" admitted TD chief executive Ed Clark.\n\n"
            "TD's financial performance was \"great\" in the quarter, said Clark.\n\n"
            "\"There probably aren't many people on this call,\" he said.")
    assert quotes(text)[-1].speaker.name == "Ed Clark"


def test_a_dash_caption_under_a_quotation_names_its_speaker_but_a_crosshead_does_not():
    """Quotes of the day: "“…”" then "– Les Bleus' defence coach David Ellis was relieved
    …" gives the quotation to Ellis; an AFP crosshead "– An immigrant himself –." names
    nobody, and the quotation stays with the speaker before it."""
    text = ("Quotes of the day\n\n“It is very difficult to play a team with 14 players on the field.”\n\n"
            "– Les Bleus’ English defence coach David Ellis was relieved to see France secure a win.")
    assert only(text).speaker.name == "David Ellis"
    text = ("“There’s a real demographic revolution,” Ramos said.\n\n“So I think that there’s resistance among many "
            "Americans.”\n\n– An immigrant himself –.\n\nRamos, who lives in Miami, considers himself an immigrant.")
    assert {q.speaker.name for q in quotes(text)} == {"Ramos"}


def test_a_portfolio_after_of_is_no_persons_name():
    """"The Director of Army Public Relations, Brigadier General Texas Chukwu": the
    portfolio ends the title, so "the Army spokesman" later is Chukwu, never a person
    "Public Relations"; "the United Party for National Development" is one institution,
    never a person "Development"."""
    text = ("The Director of Army Public Relations, Brigadier General Texas Chukwu, spoke on Sunday.\n\n"
            "“The troops dislodged the armed militia men from their camp,” the Army spokesman said.")
    assert only(text).speaker.name == "Texas Chukwu"
    text = "The United Party for National Development says it supports the call for a coalition."
    assert only(text).speaker.name.startswith("United Party for National Development")


def test_a_demonstrative_object_alone_reports_nothing():
    """"… revealed this in a statement on Sunday": "this" points back to what was said
    before; it is no content of its own."""
    text = ("Troops have killed suspected members of an armed militia, the army has said.\n\n"
            "Brigadier General Texas Chukwu revealed this in a statement on Sunday.")
    assert [q.text for q in quotes(text)] == ["Troops have killed suspected members of an armed militia"]


def test_a_one_word_office_after_the_names_its_holder():
    """"the PM said", "the Taoiseach said": a one-word office (or its initials) after
    "the" is the person who holds it, never an organisation "PM"; "PM May" is May."""
    text = ("Prime Minister Theresa May said on Monday that talks would go on.\n\n"
            "Speaking in Brussels, the PM said that the deal was close.\n\nPM May said that she would not resign.")
    assert [q.speaker.name for q in quotes(text)] == ["Theresa May"] * 3
    text = "Taoiseach Leo Varadkar said that talks would go on.\n\nLater the Taoiseach said that the deal was close."
    assert [q.speaker.name for q in quotes(text)] == ["Leo Varadkar"] * 2


def test_a_nickname_after_a_full_name_is_part_of_it():
    """"Prime Minister Pushpa Kamal Dahal ‘Prachanda’ said": the quoted nickname after
    the full name is no quotation and no part of the surname; "Prachanda said" later is
    the same man."""
    text = ("Prime Minister Pushpa Kamal Dahal ‘Prachanda’ said on Saturday that he would stay in office.\n\n"
            "Prachanda said that talks had begun with the opposition.")
    assert [(q.kind, q.speaker.name) for q in quotes(text)] == [("indirect", "Pushpa Kamal Dahal")] * 2


def test_a_possessive_subject_is_its_owner_without_the_possessive():
    """"Sequoia Capital India’s move … suggests …": the sentence is about Sequoia Capital
    India, so "the VC firm said" later names it without a trailing "’s"."""
    text = ("Sequoia Capital India’s move suggests a rising appetite for early-stage startups.\n\n"
            "The seed range will rise to $3 million, the VC firm said in a blog post.")
    assert only(text).speaker.name == "Sequoia Capital India"


def test_no_mention_starts_inside_a_number():
    """"Raleys, which advised more than 12,000 coal miners on VWF claims, argued that …":
    the thousands separator is no clause break, so the speaker is Raleys, never "000
    coal miners"."""
    text = ("Raleys, which advised more than 12,000 coal miners on VWF claims, argued that the judge was wrong "
            "to find a causal connection.")
    assert only(text).speaker.name == "Raleys"
    text = "She greeted 2,000 supporters in Houston and told them that together they would win the nomination."
    assert [q.speaker for q in quotes(text) if q.speaker and "000" in q.speaker.name] == []


def test_a_medium_after_a_persons_name_is_no_part_of_it():
    """"…,” explained Tudor team director Bart Leysen on Sporza": "on" after a person's
    name gives the medium, so the speaker is Leysen, never "Sporza"; "the Council on
    Foreign Relations" keeps its connector."""
    text = "\"Julian knew that Michael Storer was up front with him,\" explained Tudor team director Bart Leysen on Sporza."
    assert only(text).speaker.name == "Bart Leysen"
    text = "\"Sanctions will not work,\" said the Council on Foreign Relations in a report."
    assert only(text).speaker.name == "Council on Foreign Relations"


def test_an_adverb_opening_a_sentence_is_no_part_of_its_subjects_name():
    """"Maybe Showalter is right …": the adverb opens the sentence; the subject is
    Showalter (Buck Showalter), never a person "Maybe Showalter"."""
    text = ("Manager Buck Showalter spoke to reporters after the win.\n\nMaybe Showalter is right about the roles.\n\n"
            "“We were proud of them,” Showalter said.")
    assert only(text).speaker.name == "Buck Showalter"


def test_a_topic_interview_after_a_read_on_line_is_the_interviewees():
    """A club's transcript by topic ("on Saka…" then the answer) after "Read on for a full
    transcript:": the answers are the manager's, never a person "Read"."""
    text = ("Mikel Arteta held a press conference on Wednesday.\n\nThe boss discussed the latest team news.\n\n"
            "Read on for a full transcript:\n\non the latest team news…\n\nGranit is still not ready and we have a doubt "
            "with Bukayo.\n\non Saka…\n\nI am hopeful but we don’t know yet.")
    assert {q.speaker.name for q in quotes(text) if q.kind == "direct"} == {"Mikel Arteta"}


def test_a_cue_after_refrains_from_reports_nothing():
    """"The European Commission refrains from announcing the exact date …": like "failed
    to note", nothing was announced."""
    assert quotes("The European Commission refrains from announcing the exact date and composition of the group, "
                  "for security reasons.") == []


def test_a_relative_after_an_inverted_copula_is_the_named_persons():
    """"Also addressing lawmakers was Foreign Minister Park Jin, who said …": the copula
    puts the subject after it; the relative clause is Park Jin's, never "addressing
    lawmakers"'s."""
    text = ("Also addressing lawmakers in the same session was Foreign Minister Park Jin, who said South Korea "
            "will work closely with the U.S. to bring North Korea back to talks.")
    assert only(text).speaker.name == "Park Jin"


def test_a_capitalised_role_before_a_lone_surname_is_a_title():
    """"Coach McCarthy:", "Professor Siddle said": a capitalised role before one name
    word is its title, so the person is McCarthy (later "MM:" turns are his, from the
    headline), never a person "Coach McCarthy"."""
    text = ("Coach McCarthy: \"We need to be better.\"\n\nQ: Mike, can you talk about the fumble?\n\n"
            "MM: Well, it was obviously a big play in the game.\n\nQ: And the goal line stand?\n\n"
            "MM: It was excellent, it was good football there.")
    assert {q.speaker.name for q in quotes(text)} == {"McCarthy"}


def test_a_quotation_named_afterwards_as_someones_words():
    """"“We are very sorry”." then "Those were the sentiments expressed by West Indies
    skipper Kraigg Brathwaite to the fans …": the quotation is Brathwaite's, and "to the
    fans" is no part of his name."""
    text = ("WI sorry\n\n“We are very sorry”.\n\nThose were the sentiments expressed by West Indies skipper Kraigg "
            "Brathwaite to the fans of West Indies cricket after the defeat.")
    assert only(text).speaker.name == "Kraigg Brathwaite"


def test_a_person_named_after_an_opening_quotation_is_a_subject():
    """"“Tell me why …?” LHC Chief Justice Muhammad Ameer Bhatti put a question to …": the
    judge introduced after the quotation is met, so "the LHC chief justice" later is him."""
    text = ("“Tell me why these elections are to be held on 16th?” LHC Chief Justice Muhammad Ameer Bhatti put a "
            "question to the lawyer.\n\n“My point is that the Chief Minister should be elected soon,” remarked the "
            "LHC chief justice.")
    assert [q.speaker.name for q in quotes(text) if q.speaker and q.text.startswith("My point")] == ["Muhammad Ameer Bhatti"]


def test_a_title_written_after_a_full_name_is_no_part_of_it():
    """"… responded Azam Nazir Tarar Advocate": the post-nominal title (as South Asian
    papers write it) is no part of the name; nor are MNA and MPA."""
    text = "“The deputy speaker was not present in the meeting,” responded Azam Nazir Tarar Advocate."
    assert only(text).speaker.name == "Azam Nazir Tarar"
    assert only("“We will not resign,” said Ali Khan MNA.").speaker.name == "Ali Khan"


def test_the_ag_and_the_ngo_are_descriptions():
    """"The AG alleges …" is the attorney general the article names ("Attorney General
    Herbert Slatery"); "The NGO said …" is the organisation just named (Oxfam), never an
    organisation called "AG" or "NGO"."""
    text = ("Attorney General Herbert Slatery said on Tuesday that the state would sue the company.\n\n"
            "The AG alleges that Purdue is among drug makers to blame for the epidemic.")
    assert [q.speaker.name for q in quotes(text)] == ["Herbert Slatery"] * 2
    text = "Oxfam warned of unprecedented pressures.\n\nThe NGO said that the humanitarian system was stretched."
    assert only(text).speaker.name == "Oxfam"


def test_an_office_after_lower_case_modifiers_is_no_persons_name():
    """"The first Minister began by saying that …" (the article's "The First Minister" in
    lower case): a description of the office holder, never a person "Minister"."""
    text = ("The First Minister of Wales has been setting out the difficulties.\n\n"
            "The first Minister began by saying that the tax changes will widen inequality.")
    assert all(q.speaker.name != "Minister" for q in quotes(text))
    assert quotes(text)[-1].speaker.name == "the First Minister"


def test_a_label_with_a_first_name_and_a_surname_in_capitals():
    """Podcast transcripts label turns "Steve LEVITT:" before "LEVITT:": the first turn is
    Levitt's too, not lost."""
    text = ("Episode Transcript\n\nStephen J. DUBNER: So, how are you today?\n\nSteve LEVITT: Oh, I am so tired. We had a "
            "tiring round of golf yesterday.\n\nDUBNER: Did you find a package waiting?\n\nLEVITT: I did.")
    assert [q.text for q in quotes(text) if q.speaker and q.speaker.name.lower().endswith("levitt")] == [
        "Oh, I am so tired. We had a tiring round of golf yesterday", "I did"]


def test_general_motors_is_a_company_and_the_company_later():
    """"General Motors said …" is a company (never a person "Motors" titled General), so
    "…, the company said" later is General Motors."""
    text = ("DETROIT -- General Motors said it will invest $1.8 billion in plants in six states.\n\n"
            "The investment, announced Friday at the Orion plant, is expected to occur over three years, the company said.")
    assert [q.speaker.name for q in quotes(text)] == ["General Motors"] * 2


def test_the_paper_is_the_newspaper_named_before():
    """"… Remy Ma told New York's Daily News. …, the paper reported.": "the paper" is the
    newspaper the article named (by its masthead's last word), without the full stop."""
    text = ("\"It's a coincidence,\" Remy Ma told New York's Daily News. Wearing a skintight outfit to her hearing, "
            "the rapper and her cohorts set camera phones clicking as they arrived, the paper reported.")
    assert quotes(text)[-1].speaker.name.endswith("Daily News")


def test_a_coordinated_cue_after_a_verbs_object_is_the_subjects():
    """"Defense attorney Albert Dandridge turned to Fattah’s family and supporters in the
    courtroom and said, “…”": the noun phrase before "and said" is the first verb's
    object; the sentence subject speaks ("Trump and Pence said" stays theirs)."""
    text = ("Defense attorney Albert Dandridge turned to Fattah’s family and supporters in the courtroom and said, "
            "“That’s about as good as we could have expected.”")
    assert only(text).speaker.name == "Albert Dandridge"
    assert only("Trump and Pence said, “We will win the state.”").speaker_mention == "Trump and Pence"


def test_a_full_stop_with_its_space_lost_still_ends_a_sentence():
    """"… the Presidential by election.He said his party …": copied text often loses the
    space after a full stop; the sentence still ends there, so each cue reports its own
    clause."""
    text = ("And Mr Chibwe has disclosed that the UPND is ready to contest the Presidential by election.He said "
            "his party has done everything possible.")
    assert [q.text for q in quotes(text)] == ["the UPND is ready to contest the Presidential by election",
                                               "his party has done everything possible"]


def test_two_roles_joined_before_one_name_are_that_persons():
    """"Infrastructure minister and SDLP deputy leader Ms Mallon vented …": two roles held
    by the one person named after them, who is then "she" (never a speaker
    "Infrastructure minister and SDLP"); "Smith and Jones" stays two names."""
    text = ("Infrastructure minister and SDLP deputy leader Ms Mallon vented her frustration on Twitter.\n\n"
            "\"Very frustrating to once again hear of the agenda via the radio,\" she said.")
    assert only(text).speaker.name == "Mallon"
    text = "Labour MP and shadow health secretary Jane Doe said the plan would fail."
    assert only(text).speaker.name == "Jane Doe"


def test_an_object_ends_at_a_predicate_coordinated_with_its_cue():
    """"said she had been raising the issue for weeks and was “not entirely sure” why …":
    the object of "raising" ends before "and was", so the quoted words are in what the
    MLA said, one mixed statement, not the object's."""
    text = ("The North Belfast MLA said she had been raising the issue for weeks and was \"not entirely sure\" why "
            "the proposal had been put on hold.")
    said = [q for q in quotes(text) if q.cue == "said"]
    assert [(q.kind, q.speaker_mention) for q in said] == [("mixed", "The North Belfast MLA")]
    assert said[0].text.startswith("she had been raising") and said[0].text.endswith("put on hold")
    assert all(q.cue == "said" or "not entirely sure" not in q.text for q in quotes(text))


def test_a_coordinated_cue_after_the_perfects_auxiliary():
    """"urged allies to bolster defense spending but has said she will hold firm …": a
    second cue of the subject after "has" reports its own clause, cut from the first."""
    text = ("Clinton has urged European nations to bolster defense spending but has said she will hold firm to U.S. "
            "defense commitments.")
    assert [(q.text, q.speaker_mention) for q in quotes(text)] == [
        ("bolster defense spending", "Clinton"), ("she will hold firm to U.S. defense commitments", "Clinton")]


def test_a_statement_run_on_over_paragraphs_without_reopening_marks():
    """A statement posted whole often keeps only its first opening mark and its last
    closing one ('The Mayor released this statement: "… / … / …."'): the paragraphs
    between are the statement's too; without the closing mark they stay prose."""
    body = ("Mayor Malik Evans spoke on Wednesday.\n\nThe Mayor released this statement:\n\n"
            "\"The violence that we are witnessing is cowardice.\n\n"
            "A group of people in our city are shooting each other over petty arguments.\n\n"
            "Anyone who comes forward with information is a true hero.")
    got = quotes(body + "\"\n\nThe news conference is at 10 a.m.")
    assert [q.text for q in got] == ["The violence that we are witnessing is cowardice.",
                                      "A group of people in our city are shooting each other over petty arguments.",
                                      "Anyone who comes forward with information is a true hero."]
    assert {q.speaker.name for q in got} == {"Malik Evans"}
    assert len(quotes(body + "\n\nThe news conference is at 10 a.m.")) == 1


def test_lets_is_no_name():
    """"Let’s call these people what they are": "let us", never a speaker "Let"."""
    assert quotes("The mayor spoke on Friday. Let’s call these people what they truly are: cowards.") == []


def test_a_label_whose_space_was_lost():
    """"BB:It's always good …": a postgame transcript whose labels lost the space after
    the colon; the turns are still the label's."""
    text = ("Postgame Quotes\n\nHead Coach Bill Belichick\n\nBB:It's always good to win a championship. Our guys "
            "finished strong.\n\nQ:Was it a tough call at the end of the half?\n\nBB:No. It wasn't a hard call.")
    assert [(q.text, q.speaker.name) for q in quotes(text)] == [
        ("It's always good to win a championship. Our guys finished strong", "Bill Belichick"),
        ("No. It wasn't a hard call", "Bill Belichick")]


def test_labels_alone_on_their_lines_head_the_turns_under_them():
    """"Mike:" / "Jacinda:" on lines of their own: each turn is the paragraph under its
    label; the host, whose turns ask, is not a source.  One "Update:" line is no label."""
    text = ("Breakfast Show transcript\n\nMike:\n\nAre you going to go to the land protests?\n\nJacinda:\n\n"
            "I have no immediate plans to. Our focus is on a solution.\n\nMike:\n\nWould you consider the Land Act?\n\n"
            "Jacinda:\n\nThese are all hypotheticals at this time.")
    assert [(q.text, q.speaker.name) for q in quotes(text)] == [
        ("I have no immediate plans to. Our focus is on a solution", "Jacinda"),
        ("These are all hypotheticals at this time", "Jacinda")]
    assert quotes("Storm hits coast\n\nUpdate:\n\nThe road is now open again after the storm.") == []


def test_reflects_attributes_a_quotation_but_reports_nothing():
    """'“…,” Nicholas reflects.' attributes the quotation (the features' looking-back
    verb), so "he continues" later is still Nicholas; "the poll reflects a “new
    normal”" reports nothing, and the sentence's "Smith said" keeps the fragment."""
    text = ("Since forming in 1994, Feeder have morphed into an arena draw. “You have to make music that you like,” "
            "Grant Nicholas reflects.\n\n“You have to think a lot about TikTok now,” he continues.")
    assert [q.speaker.name for q in quotes(text)] == ["Grant Nicholas"] * 2
    got = only("The poll reflects a “new normal” for the party, Smith said.")
    assert (got.kind, got.speaker.name) == ("mixed", "Smith")


def test_a_relative_clause_on_the_occasion_is_not_what_was_said():
    """"…, Amnesty International said in a new report Wednesday that calls for an arms
    embargo": "that calls" is the report's relative clause, so the attribution trails the
    sentence before it (and "Bangkok (AP) —" is its dateline, not its words)."""
    text = ("Bangkok (AP) — Myanmar security forces killed hundreds of men, women and children, Amnesty International "
            "said in a new report Wednesday that calls for an arms embargo on the country.")
    got = only(text)
    assert (got.text, got.speaker.name) == ("Myanmar security forces killed hundreds of men, women and children",
                                             "Amnesty International")
    got = only("Amnesty International said in a new report Wednesday that the army killed hundreds.")
    assert got.text == "the army killed hundreds"


def test_a_group_named_by_one_member_and_others():
    """"…, but the United Nations and others have said the response was disproportionate":
    a second clause whose subject joins two nouns, and a group named by one member."""
    text = ("Myanmar's government has said it was responding to attacks by insurgents, but the United Nations and "
            "others have said the response was disproportionate.")
    assert [(q.text, q.speaker_mention) for q in quotes(text)] == [
        ("it was responding to attacks by insurgents", "Myanmar's government"),
        ("the response was disproportionate", "the United Nations and others")]


def test_a_pronoun_with_a_contracted_auxiliary_is_the_subject():
    """"…, but he’s said he doesn’t want the role": "’s", "’ve" and "’d" contract the
    perfect's auxiliary onto the subject pronoun, which is the speaker."""
    text = "McAnulty could be a future Labour leader, but he’s said he doesn’t want the role."
    got = only(text)
    assert (got.text, got.speaker.name) == ("he doesn’t want the role", "McAnulty")
    got = only("Sanders is softening. While he's said he'll fight all the way to the convention, he wants unity.")
    assert (got.text, got.speaker.name) == ("he'll fight all the way to the convention", "Sanders")
    assert [q.speaker_mention for q in quotes("The players are tired, and they’ve said the schedule is too full.")] == ["they"]


def test_where_opens_a_clause_whose_subject_follows():
    """"…, where Zelensky said he would work with Europe": "where" opens a clause like
    "when" does, and its subject is the speaker (not the word "where")."""
    text = ("Ukraine’s allies held emergency talks in London, where Zelensky said he would work with Europe to set "
            "terms for a peace deal.")
    got = only(text)
    assert (got.text, got.speaker.name) == ("he would work with Europe to set terms for a peace deal", "Zelensky")


def test_a_participle_after_a_preposition_is_an_adjective():
    """"the number of reported cases of the virus has grown": "reported" after "of"
    modifies a noun and reports nothing (as after an article: "the reported attack")."""
    assert quotes("Travel is banned from Brazil, where the number of reported cases of the virus has grown.") == []
    assert quotes("Officials are worried about the rise in reported cases.") == []


def test_a_name_before_a_bare_role_and_a_description_of_its_organisation():
    """"Michelle O’Rourke, CEO of My Sisters Place, an independent domestic abuse
    service, comments:": a bare role ("CEO of …") between the name and a description
    of the organisation is the name's appositive, so the name speaks; "Clinton, a top
    aide said, …" keeps the aide (no comma closes the description)."""
    text = ("Michelle O’Rourke, CEO of My Sisters Place, an independent specialist domestic abuse service based in "
            "Middlesbrough, comments: \"We have real concerns about the demands on services.\"")
    got = only(text)
    assert (got.speaker.name, got.speaker.role) == ("Michelle O’Rourke", "CEO of My Sisters Place")
    got = only("Clinton, a top aide said, is very confident about the debate.")
    assert got.speaker_mention == "a top aide"


def test_wire_sources_with_a_modifier_before_their_names():
    """Wire copy names its sources with a description: "state broadcaster CCTV" ("state"
    modifies the noun, it states nothing), "the official Xinhua news agency" ("official"
    is an adjective here, the head comes last), "Dingxi’s vice-mayor" (a role with a
    hyphenated prefix: vice-, co-, ex-, deputy-)."""
    got = only("The tremor set off landslides which buried local houses, state broadcaster CCTV reported.")
    assert (got.text, got.speaker.name) == ("The tremor set off landslides which buried local houses", "CCTV")
    got = only("More than 2,000 soldiers had been sent to the area, the official Xinhua news agency said.")
    assert got.speaker_mention == "the official Xinhua news agency"
    got = only("“We are rushing to the scene,” Dingxi’s vice-mayor told CCTV.")
    assert got.speaker_mention == "Dingxi’s vice-mayor"


def test_one_word_role_and_a_titled_name():
    """"…, said co-author and Johns Hopkins physicist Ibrahima Bah": two roles joined
    by "and" before one name are that person's, a one-word first role too."""
    got = only("Other objects could pass as black holes, said co-author and Johns Hopkins physicist Ibrahima Bah.")
    assert (got.speaker.name, got.speaker.role) == ("Ibrahima Bah", "co-author and Johns Hopkins physicist")


def test_a_gloss_in_brackets_between_the_name_and_the_cue():
    """"Chiu Tai-san (邱太三) said": a name's gloss in another script (or an age,
    "(64)") stands between it and the cue; a bracket with Latin letters is no gloss."""
    got = only("Taiwan has never been part of China, Minister Chiu Tai-san (邱太三) said recently.")
    assert (got.text, got.speaker.name) == ("Taiwan has never been part of China", "Chiu Tai-san")
    got = only("Mary Byrne (64) said the road was dangerous.")
    assert got.speaker.name == "Mary Byrne"


def test_an_acronym_is_the_organisation_it_spells():
    """"USGS said" after "The US Geological Survey said", and "the MAC said" where
    "Mainland Affairs Council (MAC)" is spelt out only inside a title (after a
    headline that used the acronym): one organisation, named by both."""
    text = ("MAC says Beijing unwilling to accept reality\n\nTaiwan is sovereign, Mainland Affairs Council (MAC) "
            "Minister Chiu Tai-san said.\n\nBeijing's remarks only highlight its refusal to accept reality, the MAC said.")
    assert [q.speaker.name for q in quotes(text)][-1] == "Mainland Affairs Council (MAC)"
    text = "The US Geological Survey said the quake was shallow.\n\nA second tremor followed, USGS said."
    assert {q.speaker.name for q in quotes(text)} == {"US Geological Survey (USGS)"}
    text = "The Associated Press' lengthy investigation found gaps.\n\nThe meetings were left out, AP said."
    assert quotes(text)[-1].speaker.name == "AP"  # (no name: a description holding one)


def test_content_then_a_relayer_quoting_someone_as_saying():
    """"In one location 12 people were buried, the broadcaster quoted a witness as
    saying": the words are the witness's, relayed by the broadcaster."""
    got = only("In one location 12 people were buried, the broadcaster quoted a witness as saying.")
    assert (got.text, got.speaker_mention) == ("In one location 12 people were buried", "a witness")


def test_a_companys_legal_form_and_stock_listing_belong_to_its_name():
    """Press releases open "Globex Holdings, Inc. (NYSE: GLBX), a maker of widgets,
    today announced …": the comma before the legal form and the bracketed listing are
    the name's, so the company speaks (not "Inc.", and not nobody)."""
    got = only("Shares rose. Globex Holdings, Inc. today reported that sales grew in every region.")
    assert (got.speaker.name, got.speaker.kind) == ("Globex Holdings Inc.", "organization")
    got = only("Shares rose. Initech, LLC announced that it has hired a new chief executive.")
    assert got.speaker.name == "Initech LLC"
    got = only("Shares rose. Acme Corp. (NYSE: ACME) today announced that it will acquire Widget Works for $2 billion.")
    assert got.speaker.name == "Acme Corp."
    got = only("Shares rose. Vital Therapies, Inc. (Nasdaq: VTL), a biotechnology company, today announced that it "
               "will present new data at the meeting.")
    assert got.speaker.name == "Vital Therapies Inc."
    got = only("Shares rose. The fire started in Tralee, Co. Kerry, officials said on Monday night.")
    assert got.speaker_mention == "officials"  # ("Co." after a comma is a county)


def test_a_companys_figures_are_disclosed_not_said():
    """"reported a profit of $912 million", "announced fourth-quarter results": an
    announcement whose object is the company's figures reports nothing; "announced
    plans to …" and "reported that …" still do."""
    assert quotes("Shares rose. The bank reported a decline in third-quarter profits on Thursday.") == []
    assert quotes("Shares rose. IBM announced fourth-quarter and year-end financial results above expectations.") == []
    got = only("Shares rose. The bank announced plans to close 40 branches across the country.")
    assert got.text == "plans to close 40 branches across the country"


def test_an_aged_or_described_nationality_is_an_epithet():
    """"the 27-year-old American referred the questioner back": a nationality after
    an age or a modifier is an epithet for the person just named, not a name."""
    text = ("Michael Phelps kept his word after one last Olympic appearance.\n\n"
            "Asked why he had to go, the 27-year-old American referred the questioner back to a promise.\n\n"
            "“I told myself I never want to swim when I’m 30,” he said.")
    assert only(text, "direct").speaker.name == "Michael Phelps"


def test_a_place_and_a_spaced_dash_open_the_first_paragraph():
    """"Cape Town - Opposition leader Mmusi Maimane on Friday met …": a dateline in
    title case before a dash, as a colon dateline ("Panaji: …"); the place is no
    subject, so the "he" who speaks next is Maimane."""
    text = ("Maimane meets Ramaphosa\n\n"
            "Cape Town - Opposition leader Mmusi Maimane on Friday met the deputy president at Tuynhuys.\n\n"
            "\"At no point did I agree to the alteration of the business of Parliament,\" he said.")
    assert only(text).speaker.name == "Mmusi Maimane"


def test_a_word_after_a_line_break_opens_a_paragraph():
    """A capitalised word after a line with no full stop (a photo credit, "AP Images")
    opens a paragraph; it is not capitalised mid-sentence, so "Signs it's not going
    well …" makes no person "Signs"."""
    text = ("Justice shreds the government's arguments\n\nAP Images\n\n"
            "Signs it's not going well for this government at the Supreme Court: a liberal judge has no idea of its argument.\n\n"
            "\"Why don't you try to come up with something else?\" she said to Verrilli.")
    assert only(text, "direct").speaker is None or only(text, "direct").speaker.name != "Signs"


def test_an_epithet_before_any_name_is_the_person_the_headline_opens_with():
    """"Lady Gaga and Taylor Kinney Are Engaged!" over "The Grammy-winning singer showed
    off her ring": the epithet is the person the headline opens with, whom the story
    names again, so "the singer" later is Gaga too (not a source of its own)."""
    text = ("Lady Gaga and Taylor Kinney Are Engaged!\n\n"
            "The Grammy-winning singer showed off her heart-shaped engagement ring on Instagram Monday.\n\n"
            "“He gave me his heart on Valentine’s Day, and I said YES!” Lady Gaga wrote on Instagram Monday.\n\n"
            "“I heard the singer say ‘It was time’ as she flashed the ring around,” reports editor Barry Lewis.")
    assert [q.speaker.name for q in quotes(text, "direct")] == ["Gaga", "Barry Lewis", "Gaga"]


def test_that_with_an_irregular_past_after_it_is_a_relative_pronoun():
    """"has said in the wake of the case that meant X missing Tokyo": "that meant" is
    the case's relative clause, not what was said; the content is before the cue."""
    got = only("Shares fell. The rules should be reviewed, World Athletics President Sebastian Coe has said in the "
               "wake of the case that meant Richardson missing Tokyo.")
    assert got.text == "The rules should be reviewed"


def test_a_negated_passive_cue_reports_nothing():
    """"He was not informed that …", "She wasn't told that …": the subject heard nothing."""
    assert quotes("Shares fell. He was not informed that the Post Office prosecuted its own staff.") == []
    assert quotes("Shares fell. She wasn't told that the plant would close within the year.") == []


def test_a_subordinate_clause_ends_where_a_described_subject_begins():
    """"After Sir Michael said he was not informed …, Sam Stein KC, who represents …,
    asked: “…”": the subordinate clause's content ends at the main clause's subject,
    also when a relative clause describes it."""
    text = ("Sir Michael Hodgkinson has told the inquiry he did nothing.\n\nAfter Sir Michael said he was not informed during "
            "his induction, Sam Stein KC, who represents sub-postmasters, asked: “So when did you learn?”")
    assert "he was not informed during his induction" in [q.text for q in quotes(text)]


def test_a_bare_office_title_in_headline_style_names_its_holder():
    """"Premier accused of 'hiding'" (a standfirst without its article) and later "The
    Premier said": the office is the person the article titles with it ("Victorian
    Premier Daniel Andrews"), not a speaker named "Premier"."""
    text = ("Dan lashes critics\n\nPremier accused of 'hiding' after the budget.\n\n"
            "Victorian Premier Daniel Andrews holds a press conference.\n\n"
            "The Premier said paying down the debt was the right thing to do.")
    assert {q.speaker.name for q in quotes(text)} == {"Daniel Andrews"}


def test_a_relative_pronoun_before_the_relatives_own_subject():
    """"a formula, which advocates say disadvantages needy schools": the relative
    clause's subject speaks (not "which advocates"); "the DNC, which included staff
    members" has no subject after "which"."""
    got = only("Parents rallied against a formula, which advocates say disadvantages needy schools.")
    assert (got.text, got.speaker_mention) == ("disadvantages needy schools", "advocates")


def test_title_case_transcript_labels():
    """Government and broadcasters' transcripts label turns in title case ("Karl
    Stefanovic, Host:", "Penny Wong, Foreign Minister:", "Stefanovic:", "Foreign
    Minister:"): the turns are the guest's words (the host's are questions), and the
    label is no part of the quote.  A list of "Name: figures" lines is no transcript."""
    text = ("Interview with Karl Stefanovic, Today Show\n\n"
            "Karl Stefanovic, Host: Foreign Minister Penny Wong joins us now. Penny, good morning. How was it?\n\n"
            "Penny Wong, Foreign Minister: Good morning, Karl. We feel humbled and grateful.\n\n"
            "Stefanovic: Was there a moment on the night when you knew you'd won?\n\n"
            "Foreign Minister: Well, I think I was with the Prime Minister when it became clear.\n\n"
            "Stefanovic: Did you hug him?\n\n"
            "Foreign Minister: I think I gave him a hug.")
    got = quotes(text)
    assert [q.text for q in got] == ["Good morning, Karl. We feel humbled and grateful",
                                     "Well, I think I was with the Prime Minister when it became clear",
                                     "I think I gave him a hug"]
    assert {q.speaker.name for q in got} == {"Penny Wong"}
    text = ("Delegate update\n\nThe latest count in the Democratic race.\n\n"
            "Hillary Clinton: Clinton needs 67 delegates to reach the 2,383 needed to win.\n\n"
            "Bernie Sanders: Sanders needs 836 delegates to clinch the nomination.\n\n"
            "Bernie Sanders: Sanders has won 1,521 delegates so far.")
    assert quotes(text) == []


def test_a_quote_sheet_name_line_with_a_topic_heads_the_answer():
    """Postgame quote sheets head each answer with the player and the question's
    topic: "Washington Capitals winger Joel Ward on the third line…"; a position
    ("winger", "defenseman") is the player's role."""
    text = ("Capitals-Devils: Postgame Quotes\n\nVia the team:\n\n"
            "Washington Capitals head coach Adam Oates on the late goals…\n\n“They kept coming. We made a couple of mistakes.”\n\n"
            "Washington Capitals winger Joel Ward on his line:\n\n“Our line just didn’t get it done tonight.”\n\n"
            "Defenseman Mike Green on the penalty kill...\n\n“We let them slip behind us.”")
    assert [(q.text, speaker(q)) for q in quotes(text)] == [
        ("They kept coming. We made a couple of mistakes.", "Adam Oates"),
        ("Our line just didn’t get it done tonight.", "Joel Ward"),
        ("We let them slip behind us.", "Mike Green")]


def test_you_with_a_contracted_verb_is_no_name():
    """An interviewer's "You've said your films …" reports the guest's words; "You've"
    is never a speaker's name."""
    got = only("Interview\n\nQ: You’ve said your typography as a filmmaker is aesthetics and intuition. Why?")
    assert got.text == "your typography as a filmmaker is aesthetics and intuition" and got.speaker is None


def test_an_office_named_by_its_portfolio_is_a_title_not_a_name():
    """"Youth and Sports Minister", "Culture Secretary": portfolios and an office, a
    title alone, never a person called "Sports Minister"; with the holder's name
    it is that person's role."""
    got = only("Crowds gathered in the capital.\n\nYouth and Sports Minister said he prayed for the well-being of the king.")
    assert got.speaker_mention == "Youth and Sports Minister" and got.speaker.kind != "person"
    got = only("Crowds gathered.\n\nYouth and Sports Minister Syed Saddiq said he prayed for the well-being of the king.")
    assert (speaker(got), got.speaker.role) == ("Syed Saddiq", "Youth and Sports Minister")


def test_a_capitalised_word_after_the_is_no_person():
    """"elders in parts of the North who condemned …": a word after "the" is a place
    or an institution, never a person, so a later "He said" goes to the speaker."""
    text = ("Mr Mike Omeri spoke in Abuja.\n\nOmeri said that the Federal Government commended the action of some elders "
            "in parts of the North who condemned the evil activities of the Boko Haram.\n\nHe said that the government was confident.")
    got = [q for q in quotes(text) if q.text == "the government was confident"]
    assert [speaker(q) for q in got] == ["Mike Omeri"]
    assert "North" not in {speaker(q) for q in quotes(text) if q.speaker.kind == "person"}


def test_a_name_and_its_titles_before_the_cue_are_no_content():
    """"Mr Mike Omeri, the Coordinator, National Information Centre said this": a
    name with its titles in apposition is the subject, not what was said."""
    assert quotes("Mr Mike Omeri, the Coordinator, National Information Centre said this at a news conference.") == []
    got = only("The economy will shrink, Jane Roe, chief economist at Acme, said.")
    assert (got.text, speaker(got)) == ("The economy will shrink", "Jane Roe")


def test_a_short_line_inside_a_running_quotation_is_no_label():
    """A page drops a line ("Video Spacer", "Advertisement") into a quotation left
    open at the end of its paragraph: the quotation runs on past it, so the line is
    not a quote sheet's name line and the next paragraph keeps the speaker."""
    text = ("Springboks react\n\nThe Springboks dominated the scrum.\n\n"
            "“We take a lot of pride in our set-piece,” said Tendai Mtawarira. “It was great to get a few penalties.\n\n"
            "Video Spacer\n\n“We wanted to get ascendancy up front.”")
    got = quotes(text)
    assert [speaker(q) for q in got] == ["Tendai Mtawarira"] * 3


def test_a_party_and_a_plural_role_are_a_group():
    """"Green party MPs accused Merz of …": a party (even one whose name is also a
    title word, "Green", "Democratic") and a role are a group, not a person "MPs"."""
    got = only("The row grew. Green party MPs said the remarks were discriminatory.")
    assert got.speaker_mention == "Green party MPs" and got.speaker.kind != "person"
    got = only("The row grew. Democratic Senator said the remarks were discriminatory.")
    assert got.speaker.kind != "person"


def test_add_to_a_thing_is_to_increase():
    """"with Milton Keynes, Ipswich and Chelmsford now added to the list": "add to"
    with a thing as its object increases it and reports nothing, so the towns are
    no speaker and "the firm" stays the company; "added to People" still speaks."""
    text = ("Mobile network operator O2 has launched its 5G service in 100 towns.\n\n"
            "The firm said the roll-out is continuing ahead of schedule, with Milton Keynes, Ipswich and Chelmsford "
            "now added to the list of areas.")
    got = only(text)
    assert (got.rule, speaker(got)) == ("reported-complement", "O2")
    got = only("“That makes me feel good,” Trump added to People.")
    assert speaker(got) == "Trump"


def test_an_embedded_post_does_not_break_a_speakers_run_of_quotes():
    """A scraped page keeps an embedded post's text and signature ("— O2 in the UK
    (@O2) October 22, 2020") between a speaker's quote paragraphs: the post is page
    furniture, so the paragraphs after it stay the speaker's; a post that quotes
    someone still reports their words."""
    text = ("O2 expands 5G\n\n“We have made incredible progress,” said Derek McManus, chief operating officer at O2.\n\n"
            "One year on since the launch of #O25G and it's now in over 100 UK towns.\n\n"
            "To find out more 👉 https://t.co/ur8U pic.twitter.com/OZ6m — O2 in the UK (@O2) October 22, 2020\n\n"
            "“Connectivity has never been more important.”")
    assert [speaker(q) for q in quotes(text)] == ["Derek McManus", "Derek McManus"]
    text = ("Cuomo briefing\n\nGov. Andrew Cuomo spoke on Friday.\n\n"
            "Gov. Cuomo on the tweet: \"It's all made up, it's all fabricated.\" — News 8 WROC (@News_8) June 9, 2020")
    assert [speaker(q) for q in quotes(text)] == ["Andrew Cuomo"]


@pytest.mark.parametrize("text, who", [
    ("Tesla CEO Elon Musk teased two new cars on Tuesday. The billionaire executive claimed that "
     "Tesla is already building a new product.", "Elon Musk"),
    ("Prime Minister Prayut Chan-o-cha has expressed outrage.\n\n"
     "The premier said the media should listen to his televised address every Friday.", "Prayut Chan-o-cha"),
])
def test_a_role_synonym_refers_to_the_holder_named_before(text, who):
    """"Tesla CEO Elon Musk … The billionaire executive claimed …", "Prime Minister
    Prayut Chan-o-cha … The premier said …": an executive is the CEO named before, a
    premier the prime minister."""
    assert speaker(only(text)) == who


def test_a_phrasal_cue_ending_the_sentence():
    """'"…," Wong fired back.' and '"…," she hit back.': a particle that ends the
    sentence still completes its cue ("back." is the particle and a full stop)."""
    got = quotes("Tempers flared. “You are wrong,” Penny Wong fired back. “Stop it,” she hit back.")
    assert [(q.text, q.cue, speaker(q)) for q in got] == [("You are wrong,", "fired back", "Penny Wong"),
                                                           ("Stop it,", "hit back", "Penny Wong")]


def test_what_an_inquest_or_a_named_court_heard():
    """UK court copy: "…, an inquest heard.", "…, West London Coroner’s Court heard on
    Monday.", "An inquest at Chelmsford Coroner’s Court on Tuesday heard Mr Howard lost
    control …", "The court heard she received …" (no "that"); but "The court heard
    evidence from …" reports nothing."""
    cases = [("A teenager died three years after stepping off a moving bus, an inquest heard.",
              "A teenager died three years after stepping off a moving bus"),
             ("The brain injuries he suffered left him in a vegetative state, West London Coroner’s Court heard on Monday.",
              "The brain injuries he suffered left him in a vegetative state"),
             ("An inquest at Chelmsford Coroner’s Court on Tuesday heard Mr Howard lost control of his bike.",
              "Mr Howard lost control of his bike"),
             ("The court heard she received a text message from one of the defendants.",
              "she received a text message from one of the defendants")]
    for text, said in cases:
        got = only(text)
        assert (got.rule, got.text, got.speaker) == ("hearing-told", said, None)
    assert quotes("The court heard evidence from PC Danielle Brennan of Essex Police.") == []


def test_the_witness_a_hearing_heard_from_speaks_next():
    """"At the inquest coroner Caroline Beasley-Murray heard evidence from PC Danielle
    Brennan. She told the court: “…”": the witness heard from is the one who speaks
    next, however the sentence's own subject reads."""
    text = ("Cyclist's death was an accident\n\nBrian Howard, 48, was cycling down Market Hill.\n\n"
            "At the inquest coroner Caroline Beasley-Murray heard evidence from PC Danielle Brennan of Essex Police.\n\n"
            "She told the court: “The day was pleasant with good driving conditions.”")
    assert [speaker(q) for q in quotes(text, "direct")] == ["Danielle Brennan"]


def test_a_one_sentence_paragraph_about_a_person_introduces_the_quotation_after_it():
    """"Springboks head coach Rassie Erasmus was reluctant to divulge his plan." then a
    paragraph that is only a quotation: the person the paragraph is about says it."""
    text = ("Players react\n\nSouth Africa won the final 32-12.\n\n"
            "Springboks head coach Rassie Erasmus was however reluctant to divulge too much detail of his plan.\n\n"
            "“I don’t want to sound very clever afterwards because that annoys a lot of people.”")
    assert [speaker(q) for q in quotes(text)] == ["Rassie Erasmus"]


def test_a_label_that_welcomes_the_guest_is_a_host():
    """A morning show's co-hosts banter before the guest speaks; the one who says
    "Governor Huckabee, thanks for joining us" (or "let's go to …") is the programme's
    host, whose turns are narration, not sourced statements."""
    text = ("Morning Joe Interview - Transcript\n\n"
            "MR. SCARBOROUGH: Let's go to a guy now who usually starts tearing up.\n\n"
            "MS. BRZEZINSKI: He was just called a name.\n\n"
            "MS. BRZEZINSKI: Governor Huckabee, thanks for joining us.\n\n"
            "MR. SCARBOROUGH: Why is it that some Republicans are calling you a liberal?\n\n"
            "MR. HUCKABEE: Well, because it's a dirty word in Republican politics.\n\n"
            "MR. SCARBOROUGH: You're darn right.\n\n"
            "MR. HUCKABEE: That should be the first defining moment in this campaign.")
    got = quotes(text, "direct")
    assert [q.text for q in got] == ["Well, because it's a dirty word in Republican politics",
                                     "That should be the first defining moment in this campaign"]


def test_a_bracketed_topic_before_a_quote_sheet_answer():
    """US teams' quote sheets put the question's topic in brackets before each answer:
    '(on tipped balls) "…"' is a quotation opening its paragraph, under the name line."""
    text = ('Postgame quotes\n\nHouston Texans head coach Gary Kubiak\n\n'
            '(opening comments) "We just kind of found another way to get beat today."\n\n'
            '(on tipped balls) "A long time ago, George Seifert told me to study tipped passes."')
    assert [(q.text, speaker(q)) for q in quotes(text)] == [
        ("We just kind of found another way to get beat today.", "Gary Kubiak"),
        ("A long time ago, George Seifert told me to study tipped passes.", "Gary Kubiak")]


def test_a_pronoun_speaker_is_not_someone_only_talked_about():
    """"Bratusek remains a commissioner-designate …, Schinas said. / “…,” he said":
    the person met only inside the speaker's reported words (who has not spoken)
    does not take the speaker's next "he said"."""
    text = ("EU lawmakers vote down a nominee\n\n“There is a real risk of delay,” said Margaritis Schinas, a spokesman.\n\n"
            "The committees voted against the appointment of Alenka Bratusek.\n\n"
            "Bratusek remains a commissioner-designate because the parliament has yet to decide, Schinas said.\n\n"
            "“At this stage, no decisions on any adjustments will be taken,” he said.")
    assert {speaker(q) for q in quotes(text)} == {"Margaritis Schinas"}


def test_the_state_department_of_an_office_is_an_institution():
    """"according to the state Department of Food and Agriculture": "state" is the
    institution's modifier here, not the verb; "the state Legislature" still makes
    no person."""
    got = only("Reservoirs are well below capacity, according to the state Department of Food and Agriculture.")
    assert (got.speaker_mention, got.speaker.kind) == ("the state Department of Food and Agriculture", "organization")
    assert speaker(got) == "Department of Food and Agriculture"  # (the modifier is no part of its name)


def test_state_after_a_place_name_is_a_noun():
    """"in Fortaleza, Ceara state, Brazil" and "officials in Borno state said": after a
    capitalised singular name, "state" is the place's noun, not the verb."""
    assert quotes("Firefighters search for people trapped after a building collapsed in Fortaleza, Ceara state, "
                  "Brazil, Tuesday.") == []
    got = only("Officials in Borno state said the attack killed 12 people.")
    assert (got.cue, got.text) == ("said", "the attack killed 12 people")


def test_a_capitals_label_with_a_long_title_and_bulleted_topics():
    """A government briefing's labels carry the whole title ("DEPUTY CHIEF CABINET
    SECRETARY KATO:"), and bulleted topic lines ("• Japan-Korea relations") between
    the turns end a turn; a page's "STAY UP TO DATE:" is no label."""
    text = ("Press Conference by the Deputy Chief Cabinet Secretary\n\n"
            "DEPUTY CHIEF CABINET SECRETARY KATO: The meeting approved 16 general and other measures.\n\n"
            "• The issue related to the U.S. NSA\n\n• Japan-Korea relations\n\n"
            "REPORTER: What is your understanding of the facts?\n\n"
            "DEPUTY CHIEF CABINET SECRETARY KATO: I am aware that this was reported.")
    got = quotes(text, "direct")
    assert [(q.text, speaker(q)) for q in got] == [("The meeting approved 16 general and other measures", "Kato"),
                                                   ("I am aware that this was reported", "Kato")]
    assert quotes("Abortion bill advances\n\nSTAY UP TO DATE: Get the top stories from the legislature.") == []


def test_hyphenated_offices_are_titles():
    """"WHO Director-General Tedros Adhanom Ghebreyesus", "UN Secretary-General
    Antonio Guterres", "Editor-in-Chief Martin Baron": the hyphenated office is the
    role, not part of the name."""
    got = only("Cases are falling. WHO Director-General Tedros Adhanom Ghebreyesus said the pandemic is far from over.")
    assert (speaker(got), got.speaker.role) == ("Tedros Adhanom Ghebreyesus", "WHO Director-General")
    got = only("Talks resumed. UN Secretary-General Antonio Guterres said a ceasefire was within reach.")
    assert speaker(got) == "Antonio Guterres"


def test_an_instruction_reports_what_was_instructed():
    """"Carson instructed the Washington Speakers Bureau to stop booking paid
    appearances": a directive's hearer, then what was instructed."""
    got = only("Fees rose. Ben Carson instructed the Washington Speakers Bureau to stop booking paid appearances.")
    assert (got.text, speaker(got), got.cue) == ("stop booking paid appearances", "Ben Carson", "instructed")


def test_a_sentence_ending_in_a_quotation_is_no_headline():
    """"Mayor John Smith visited Leeds on Monday. He said: "We will win."": a line of
    capitalised names and one verb is title case only if it does not end as a
    sentence ends, and a full stop inside the closing quotation mark ends one, so the
    mayor is the prose subject "He" refers to."""
    got = only('Council backs plan\n\nMayor John Smith visited Leeds on Monday. He said: "We will win."')
    assert (got.text, speaker(got)) == ("We will win.", "John Smith")


def test_another_articles_headline_in_the_text_is_furniture():
    """"‘Unreal, I was absolutely gone’ – Brecel on ‘intense relief’ of winning
    Crucible final" set between two quotation paragraphs is a link to another
    article: it neither speaks nor stops the quotation after it continuing the
    speaker before it. A quotation signed with a dash and a name still speaks."""
    text = ("Selby hails champion\n\nMark Selby spoke after the match.\n\n"
            "“It’s great to make a 147 at the Crucible,” he said.\n\n"
            "‘Unreal, I was absolutely gone’ – Brecel on ‘intense relief’ of winning Crucible final\n\n"
            "“Never thought I’d do it in a final.”")
    got = quotes(text, "direct")
    assert [(q.text, speaker(q)) for q in got] == [("It’s great to make a 147 at the Crucible,", "Mark Selby"),
                                                   ("Never thought I’d do it in a final.", "Mark Selby")]
    got = quotes("Fans gathered.\n\n“We will fight on.” – John Smith, chairman of the club", "direct")
    assert [speaker(q) for q in got] == ["John Smith"]


def test_a_line_of_background_between_quotations_keeps_the_speaker():
    """"There were nine pan-democrats among the 300 at the event." between two of
    Kwok's quotation paragraphs names no one else who could speak, so the quotation
    after it is still Kwok's; a line that brings in a person, or a handle, does not
    pass the quotation on."""
    head = "Lawmakers meet Beijing official\n\nDennis Kwok spoke on Friday.\n\n“I hope they will come,” Kwok said.\n\n"
    last = "\n\n“If they really care about Hong Kong, they have to deepen the dialogue.”"
    got = quotes(head + "There were nine pan-democrats among the 300 at the event." + last, "direct")
    assert [speaker(q) for q in got] == ["Dennis Kwok", "Dennis Kwok"]
    for line in ("Protesters gathered outside the hotel on Friday night.", "Chan Kin-man was among the guests at the event.",
                 "@potus."):
        got = quotes(head + line + last, "direct")
        assert speaker(got[-1]) != "Dennis Kwok", line


def test_credentials_after_a_name_and_a_comma_are_the_names():
    """"Wilma J. Wooten, MD, a public health officer …, said": the degree after the
    comma is the name's, so the speaker is the person, not "MD", and the appositive
    after it is her role; also with no appositive ("Jane Doe, Ph.D., said")."""
    got = only("Cases fell.\n\nWilma J. Wooten, MD, a public health officer for the County of San Diego, said "
               "officials quarantined 71 children.")
    assert (speaker(got), got.speaker.role) == ("Wilma J. Wooten", "a public health officer for the County of San Diego")
    got = only("Results are in.\n\nLocal President Judy Danella, RN, said staffing was short.")
    assert speaker(got) == "Judy Danella"
    got = only("Results are in.\n\nJane Doe, Ph.D., said the results were clear.")
    assert speaker(got) == "Jane Doe"


def test_a_hearings_questioning_members_are_on_the_record():
    """In a committee hearing's transcript the senator who mostly asks questions
    ("Senator WONG: … who made the decision …?") is no programme host: the turns
    are statements.  Hansard sets a space before the colon of a witness's label
    ("Ms Cross : No decision was taken")."""
    text = ("Estimates committee\n\nCHAIR: Ms Cross, do you wish to make an opening statement?\n\n"
            "Ms Cross : I do not.\n\nCHAIR: Senator Wong?\n\n"
            "Senator WONG: So where is the department? Are you hiding them all in the other room?\n\n"
            "Senator ABETZ: These officials are here to answer questions.\n\n"
            "Senator WONG: So Ms Kelly or Ms Cross, who made the decision?\n\n"
            "Ms Cross : No decision was taken along those lines, Senator.\n\n"
            "Senator WONG: Is it because you have suggested that to anyone, Ms Kelly?\n\n"
            "Ms Kelly : No, Senator. I think Ms Cross has answered the question.\n\n"
            "Ms Cross : We have got people here.")
    got = [speaker(q) for q in quotes(text, "direct")]
    assert got == ["Cross", "Wong", "Abetz", "Wong", "Cross", "Wong", "Kelly", "Cross"]


def test_a_law_is_a_document_no_pronoun_refers_to():
    """"the 2002 Nationality, Immigration and Asylum Act" is a law: "he" after it is
    the judge named before, and what an Act says is sourced to it as a document."""
    got = only("Ruling\n\nMr Justice Collins heard the case.\n\nClaims fall under the 2002 Nationality, Immigration "
               "and Asylum Act.\n\n“Parliament cannot have intended this,” he said.")
    assert speaker(got) == "Collins"
    got = only("Rights\n\n“Everyone has the right to a fair trial,” Human Rights Act says.")
    assert (speaker(got), got.speaker.kind) == ("Human Rights Act", "document")


def test_the_judge_is_the_justice_named():
    """"Mr Justice Collins ruled …" then "The judge said …": a judge titled by rank
    (Justice) is the judge the article goes on to quote."""
    got = quotes("Ruling\n\nMr Justice Collins heard six test cases on Monday.\n\n"
                 "The judge said his ruling would weaken the rules.")
    assert [speaker(q) for q in got] == ["Collins"]


def test_the_occasion_before_an_introducing_cue_is_not_what_was_said():
    """"Commenting on the drilling results, managing director Alex Passmore said:"
    introduces the quotation under it; the participle phrase before the speaker is
    the occasion, not a statement."""
    got = quotes("Shares soar\n\nCommenting on the drilling results, managing director Alex Passmore said:\n\n"
                 "“These very impressive results are the best we’ve seen.”")
    assert [(q.kind, q.text, speaker(q)) for q in got] == [
        ("direct", "These very impressive results are the best we’ve seen.", "Alex Passmore")]


def test_an_interview_answer_may_quote_someone():
    """A printed interview's answer that quotes someone inside it (“Why did I write
    that?”) is still an answer; a paragraph opening with a quotation is an article's
    quote.  The headline's "Meet" presents the interviewee and is no part of her name."""
    text = ("Meet Masha Novikova, prize winner\n\nHow did you react when you won?\n\n"
            "I told my crew: “Look, we have already won.” I was shocked.\n\n"
            "What has the award brought you?\n\nThe award made me understand that this is just a step.\n\n"
            "What are your best memories of Cannes?\n\nI will never forget that morning. I kept asking, “Is this real?”")
    got = [(q.text, speaker(q)) for q in quotes(text, "direct") if q.rule == "interview-answer"]
    assert got == [("The award made me understand that this is just a step", "Masha Novikova"),
                   ("I will never forget that morning. I kept asking, “Is this real?”", "Masha Novikova")]


def test_found_out_is_learned_not_said():
    """"When I found out that the film was selected, my father came to me and said
    that …": "found out" is no cue, so its "I" is not the subject the coordinated
    "said" takes; "the study found that" still reports."""
    got = only("Cannes\n\nWhen I found out that the film was selected, my father came to me and said that he had a job there.")
    assert (got.text, speaker(got)) == ("he had a job there", "my father")


def test_a_turn_that_only_thanks_or_greets_is_no_statement():
    """Transcript pleasantries ("Thank you, Rachel.", "No, thank you.", "Good
    afternoon.") are not statements; a turn that thanks and then says something is."""
    text = ("Morning show\n\nANCHOR: Patricia Long joins us. Patricia?\n\nLONG: Thank you, Rachel.\n\n"
            "ANCHOR: What happened?\n\nLONG: Thank you. The bridge closed at noon.\n\nANCHOR: And then?\n\n"
            "LONG: No, thank you.\n\nANCHOR: Good afternoon to you?\n\nLONG: Good afternoon.")
    got = [q.text for q in quotes(text, "direct")]
    assert got == ["Thank you. The bridge closed at noon"]


def test_according_to_a_source_with_a_number_or_no_comma():
    """"According to a survey of 75,000 people conducted by the CDC, about 35% …":
    the thousands separator is no end of the source; "According to the local fire
    department a person was trapped": with the comma left out, an article or a subject
    pronoun opens what was said."""
    got = only("Sleep\n\nAccording to a survey of 75,000 people conducted by the CDC, about 35% of adults sleep less.")
    assert got.text == "about 35% of adults sleep less"
    got = only("Blast\n\nAccording to the local fire department a person was trapped and a rescue unit was called.")
    assert (got.text, speaker(got)) == ("a person was trapped and a rescue unit was called", "the local fire department")


def test_a_court_ruled_reports_its_ruling():
    """"The judge ruled that the evidence may not be published" reports what was ruled;
    "rules" and "ruling" still count only with "out" ("power plant rules could lead
    to closures", "the ruling party did not lose"), and "ruled out" is unchanged."""
    got = only("Trial\n\nThe judge ruled that the evidence may not be published.")
    assert (got.text, speaker(got), got.cue) == ("the evidence may not be published", "The judge", "ruled")
    assert quotes("Coal\n\nThe power plant rules could lead to the closing of hundreds of plants.") == []
    assert quotes("Vote\n\nThe ruling party did not lose the vote.") == []


def test_bodies_that_speak_as_one():
    """"the opposition said", "the palace said": a body speaking as one is a source;
    "Queensland's state opposition" is no cue "state"."""
    got = only("Syria\n\nTroops killed dozens near Damascus, as the opposition said the death toll has risen to 40,000.")
    assert (got.text, speaker(got)) == ("the death toll has risen to 40,000", "the opposition")
    got = only("Royals\n\nThe palace said the prince was well.")
    assert speaker(got) == "the palace"
    assert quotes("Borders\n\nDeb Frecklington, the leader of Queensland’s state opposition, had been campaigning.") == []



def test_a_name_and_its_verb_are_no_description():
    """"Smith watched officials and said …", "Netanyahu rallied supporters, warning …":
    a capitalised name and a lower-case past tense open a clause, not a description
    headed by the object ("Smith watched officials" is no speaker); "Retired teachers
    said" and "Elected officials said" still are descriptions."""
    assert speaker(only("Home\n\nSmith watched officials and said he was tired.")) == "Smith"
    assert speaker(only("Vote\n\nRetired teachers said the plan failed.")) == "Retired teachers"


def test_state_television_is_a_source():
    """"State television said …", "…, state television said", "state radio reported
    that …": a state's broadcaster speaks; "watched television and said" is still the
    watcher's."""
    got = only("Syria\n\nState television said the toll rose to 40.")
    assert (got.text, speaker(got)) == ("the toll rose to 40", "State television")
    got = only("Syria\n\nThe toll rose to 40, state radio reported.")
    assert got.text == "The toll rose to 40"
    got = only("Home\n\nSmith watched television and said he was tired.")
    assert speaker(got) == "Smith"


def test_an_aside_between_commas_after_the_cue():
    """"The minister said, however, that the plan had failed", "told POLITICO,
    however, that …": a short aside between commas after the cue leaves "that" to open
    what was said; a longer one, or a participle cue ("said, adding, that"), does not."""
    got = only("Plan\n\nThe minister said, however, that the plan had failed.")
    assert (got.text, speaker(got)) == ("the plan had failed", "The minister")
    got = only("Plan\n\nJones told POLITICO, however, that she did chime in.")
    assert (got.text, speaker(got)) == ("she did chime in", "Jones")
    assert quotes("Plan\n\nJones said, adding, that the plan had failed.") == []


def test_a_role_in_apposition_before_who():
    """"criticism came from Anna Cavazzini, chair of the committee, who commented, “…”":
    the relative clause describes the person, and the role in apposition is theirs;
    neither the role nor the committee speaks."""
    got = only("EU\n\nCriticism came from Anna Cavazzini, chair of the committee, who commented, “The plan is a concession.”")
    assert (speaker(got), got.speaker.role) == ("Anna Cavazzini", "chair of the committee")
    got = only("EU\n\nCriticism came from Anna Cavazzini, Chair of the European Parliament Committee on the Internal Market, "
               "who commented, “The plan is a concession.”")
    assert speaker(got) == "Anna Cavazzini"


def test_a_second_cue_after_a_quotation_speaker_reports_again():
    """'“…,” said Alfonso Aguilar, the director, who also said that …': the relative
    clause's cue is a second act of speech, not the quotation's own cue ('“…,” he said
    citing reports' still reports nothing more)."""
    got = quotes("Vote\n\n“You will have a hard time,” said Alfonso Aguilar, the executive director of the group, "
                 "who also said that the two men must do more.")
    assert [(q.text, speaker(q)) for q in got] == [("You will have a hard time,", "Alfonso Aguilar"),
                                                   ("the two men must do more", "Alfonso Aguilar")]


def test_a_parenthesis_between_speaker_and_cue():
    """"Martin Schirdewan (Die Linke, Germany) said", "Ms Khan (pictured) said": a
    short parenthesis (party, place, a picture's note) between the name and its verb
    leaves the name the speaker."""
    got = only("EU\n\nMartin Schirdewan (Die Linke, Germany) said, “The Commission will be driven by profits.”")
    assert speaker(got) == "Martin Schirdewan"
    got = only("EU\n\nThe co-chair Martin Schirdewan (DIE LINKE, Germany) said the Commission would be driven by profits.")
    assert (got.text, speaker(got)) == ("the Commission would be driven by profits", "Martin Schirdewan")


def test_one_of_the_clergy_speaks():
    """"the archbishop said in his homily", "the chaplain said": one member of the
    clergy is a source, as "the bishops" already were."""
    got = quotes("Mass\n\n“He believed God was his compass,” the archbishop said in his homily. “His faith was his freedom.”")
    assert [speaker(q) for q in got] == ["the archbishop", "the archbishop"]
    assert speaker(only("Jail\n\nThe chaplain said the men were calm.")) == "The chaplain"


def test_a_country_named_in_two_words_is_no_person():
    """"New Zealand said", "New Zealand batsmen Kane Williamson and …": a country
    named in two words ("New Zealand", "South Korea", "Sri Lanka") is an
    organisation, so a later "the Bangladesh captain" or "he" is never resolved to it."""
    got = only("Cricket\n\nNew Zealand said the tour would go ahead.")
    assert got.speaker.kind == "organization"
    got = quotes("Cricket\n\nNew Zealand batsmen Kane Williamson and Colin Munro walked off.\n\n"
                 "“We batted well,” said the Bangladesh captain.")
    assert [speaker(q) for q in got] != ["New Zealand"]


def test_the_website_and_the_regulator_are_the_named_organisation():
    """"Hometrack revealed … The property website found …", "Ofcom said … The
    regulator added …": an organisation named alone is then called by its kind."""
    got = quotes("Prices\n\nHometrack revealed that sales rose in October.\n\n"
                 "The property website found that house prices increased by 0.4 per cent.")
    assert [speaker(q) for q in got] == ["Hometrack", "Hometrack"]
    got = quotes("TV\n\nOfcom said the rules were clear. The regulator added that fines would follow.")
    assert [speaker(q) for q in got] == ["Ofcom", "Ofcom"]


def test_according_to_the_speakers_own_statement():
    """"Ukraine's air force said it had shot down 24 drones, according to a statement
    posted on Telegram": the statement is the channel the air force spoke in, so the
    words are the air force's; "according to a report" relays someone else."""
    got = only("Drones\n\nUkraine's air force said it had shot down 24 of 26 drones overnight, "
               "according to a statement posted on the Telegram messaging app.")
    assert (got.text, speaker(got)) == ("it had shot down 24 of 26 drones overnight", "Ukraine's air force")


def test_a_coordinated_cue_after_the_content_is_the_subjects():
    """"WAFA reported the toll for the strike, citing medical officials, and suggested
    the figures could change": the second verb's subject is WAFA's, not a subject
    looked for inside the first statement's finished content ("the toll")."""
    got = quotes("Gaza\n\nWAFA reported the toll for the strike, citing medical officials, and suggested the figures could change.")
    assert [(q.text, speaker(q)) for q in got][-1] == ("the figures could change", "WAFA")


def test_quoted_in_a_post_as_saying():
    """'“…,” Tinubu was quoted in the ECOWAS' post on X as saying': the one quoted
    speaks wherever the words were carried; "post" after a plural possessive is a
    noun, not the cue."""
    got = only("Summit\n\n\"The region agreed upon specific measures,\" Tinubu was quoted in the ECOWAS' post on X "
               "(formerly Twitter) as saying.")
    assert (speaker(got), got.cue) == ("Tinubu", "saying")


def test_a_cue_noun_after_a_plural_possessive():
    """"she said Sanders’ attack was an attack on Obama": "attack" after a plural
    possessive is a noun, so Sanders says nothing ("Sanders’ claim that …" still
    claims)."""
    got = quotes("Debate\n\nClinton said Sanders’ attack was an attack on Obama.")
    assert [speaker(q) for q in got] == ["Clinton"]
    got = quotes("Debate\n\nReporters examined Sanders’ claim that the banks had won.")
    assert [(q.text, speaker(q)) for q in got] == [("the banks had won", "Sanders")]


def test_a_trailing_cue_whose_speaker_does_not_parse_inherits():
    """"Loosehead Tendai Mtawarira admitted it was an area … “…,” noted ‘The Beast’.":
    a trailing cue whose speaker does not parse (a nickname in quotation marks) leaves
    the quotation to the speaker the text implies."""
    got = quotes("Rugby\n\nLoosehead Tendai Mtawarira admitted it was an area the side were focusing on.\n\n"
                 "“As a Springbok pack we take a lot of pride in our set-piece,” noted ‘The Beast’.")
    assert [speaker(q) for q in got] == ["Tendai Mtawarira", "Tendai Mtawarira"]


def test_started_opens_a_quotation():
    """'“City are a fantastic club,” started City's new signing': "started", like
    "began", attributes a quotation; "started driving", "began to cry" begin an act,
    and "started" reports nothing of its own ("started the game")."""
    got = only("Signing\n\n“City are a fantastic club, with a brilliant manager,” started Joao Cancelo.")
    assert (got.kind, speaker(got)) == ("direct", "Joao Cancelo")
    assert quotes("Game\n\nThe coach started the game with three changes.") == []
    from extract.cues import scan
    t = "She started driving so fast that I began to say so."
    assert [c.text for c in scan(t, 0, len(t))] == ["say"]


def test_ordered_is_a_directive():
    """"The judge ordered him to pay restitution", "ordered that the records be
    released": a directive reports what was ordered; "ordered 150 jets", "law and
    order" and "an executive order" report nothing."""
    got = only("Court\n\nJudge Ellen Segal Huvelle ordered him to pay restitution of $15 million.")
    assert (got.text, speaker(got)) == ("pay restitution of $15 million", "Ellen Segal Huvelle")
    got = only("Court\n\nThe court ordered that the records be released by Friday.")
    assert got.text == "the records be released by Friday"
    assert quotes("Jets\n\nRyanair ordered 150 Boeing jets last year.") == []
    got = only("Law\n\nTrump said what the country needs is a dose of law and order.")
    assert got.text == "what the country needs is a dose of law and order"


def test_a_trailing_attribution_with_its_occasion_ends_the_content():
    """"President Wiranto ordered ministers to speed up the relocation, his office said
    in a statement.": the nested directive's content ends before the trailing
    attribution, occasion and all."""
    got = quotes("Landslide\n\nPresident Hendra Wiranto ordered ministers to speed up the relocation of families, "
                 "his office said in a statement.")
    assert "speed up the relocation of families" in [q.text for q in got]


def test_according_to_defers_only_to_a_verb_that_reports():
    """"According to a survey, 61 percent of households ordered groceries online": the
    survey reports it; "ordered" has a subject but reports no words of its own."""
    got = only("Groceries\n\nAccording to a Plenta survey, 61 percent of Midwestern households ordered groceries online last month.")
    assert (got.text, speaker(got)) == ("61 percent of Midwestern households ordered groceries online last month", "a Plenta survey")


def test_a_long_lead_before_a_trailing_attribution_is_a_clause():
    """"Some 96 percent of the 400 teachers voted in favor of the strike, Brock told
    Seven Days.": a long lead that happens to parse as a noun phrase is what was said;
    a short one ("People like Scott, he said"), one with a relative clause, or a role
    with the name in apposition ("The director of the institute, Diego Prieto, said")
    is not."""
    got = only("Strike\n\nSome 96 percent of the 400 teachers voted in favor of the strike, Brock told Seven Days.")
    assert (got.text, speaker(got)) == ("Some 96 percent of the 400 teachers voted in favor of the strike", "Brock")
    got = quotes("Stela\n\nThe director of the National Institute of Anthropology and History, Diego Prieto, said the stela was rare.")
    assert [(q.text, speaker(q)) for q in got] == [("the stela was rare", "Diego Prieto")]


def test_a_description_after_an_opening_participle_without_its_comma():
    """"Outlining the new team this week the German official told deputies that …":
    the participle phrase's comma is left out, and the description ending at the cue
    is its subject."""
    got = only("EU\n\nOutlining the new team to MEPs in Strasbourg this week the German official told deputies "
               "that gender balance had been uppermost in her thoughts.")
    assert (got.text, speaker(got)) == ("gender balance had been uppermost in her thoughts", "the German official")


def test_a_bracketed_translation_is_the_speakers_words():
    """'“Lahat ng iyan ay fake,” she said.' then '[Translation: All of those were
    fake.]': the bracketed paragraph translates the quotation, so it is the same
    speaker's words, direct; nothing inside it is the article's prose."""
    got = quotes("Palace\n\nPress Secretary Claire Castro spoke on Monday.\n\n"
                 "“Lahat ng iyan ay fake,” Castro said.\n\n[Translation: All of those were fake, she said.]")
    assert [(q.kind, q.text, speaker(q)) for q in got] == [("direct", "Lahat ng iyan ay fake,", "Claire Castro"),
                                                          ("direct", "All of those were fake, she said.", "Claire Castro")]
