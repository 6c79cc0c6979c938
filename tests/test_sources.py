"""The "looks like a source" check: it flags made-up speakers, passes real ones, and
finds none in the seeds and the genre corpus."""

from pathlib import Path

import pytest

from extract import extract
from extract.extractor import Speaker
from extract.sources import source_problem

ROOT = Path(__file__).parent.parent


def sp(name, kind="person"):
    return Speaker("k", name, kind, None, None)


@pytest.mark.parametrize("speaker", [
    sp("Minister"), sp("Jr."), sp("Read More"), sp("Watch"), sp("Photo"), sp("PMQs 3"),
    sp("Labour said"), sp("Anchor"), sp("their union", "organization"), sp("OBR report", "organization"),
    sp("The blizzard", "anonymous"), sp("a way", "anonymous"), sp("his act", "document"),
    sp("president and CEO of Washington Restaurant Association", "organization"), sp("company and France’s", "organization"),
    sp("Say Mexico"), sp("Said Ellis"), sp("Hope"), sp("Read Hicks"), sp("Watch Live"),
])
def test_made_up_speakers_are_flagged(speaker):
    assert source_problem(speaker) is not None


@pytest.mark.parametrize("speaker", [
    sp("Theresa May"), sp("Martin Hope"), sp("A. John Knapp"), sp("Robert Hale Jr."), sp("Ursula von der Leyen"), sp("Abu Bakr al-Baghdadi"),
    sp("Bank of England", "organization"), sp("city", "organization"), sp("Saskatchewan Chamber of Commerce", "organization"),
    sp("a spokesperson for Westfield Council", "anonymous"), sp("senior officials", "anonymous"),
    sp("a report", "document"), sp("the civil claim", "document"), sp("Affordable Care Act", "document"),
    sp("Sixty-six percent", "anonymous"), sp("six in 10", "anonymous"), sp("Another", "anonymous"),
    sp("Center for Responsive Politics", "organization"), sp("Commission on Presidential Debates", "organization"),
    sp("Fox and CNN", "organization"), sp("New York Times and the Wall Street Journal", "organization"),
    sp("Human Rights Watch", "organization"), sp("a number of attendees", "anonymous"),
    sp("Hope Hicks"), sp("Ian Read"), sp("some Americans", "anonymous"), sp("a trio of PACs", "anonymous"),
    sp("The pair of editorials", "anonymous"), sp("those surveyed", "anonymous"), sp("Those close to him", "anonymous"),
    sp("a staggering 56 percent of Americans", "anonymous"), sp("Washington Post", "organization"),
])
def test_real_sources_pass(speaker):
    assert source_problem(speaker) is None


def test_no_made_up_speakers_in_the_seeds_and_genre_corpus():
    texts = [p.read_text(encoding="utf-8") for d in ("seeds", "tests/genres/text") for p in sorted((ROOT / d).iterdir())]
    flagged = {(q.speaker.kind, q.speaker.name, source_problem(q.speaker))
               for t in texts for q in extract(t) if q.speaker is not None and source_problem(q.speaker)}
    assert not flagged


@pytest.mark.parametrize("text, name, kind", [
    # the full stop of a title or an initial does not end the source after "according to"
    ("According to Rep. Trey Gowdy, the inquiry helped expose the email scandal.", "Trey Gowdy", "person"),
    ("The talks will resume in the capital next week, according to Gen. Mark A. Milley.", "Mark A. Milley", "person"),
    ("The talks will resume in the capital next week, according to the U.S. Army.", "U.S. Army", "organization"),
    # a run that ends in a title or role word after words no title is made of is no person's name
    ("Sales are growing 60 percent a year, according to Bloomberg New Energy Finance.", "Bloomberg New Energy Finance",
     "organization"),
    ("The National Association of Criminal Defense Lawyers said the plan did not go far enough.",
     "National Association of Criminal Defense Lawyers", "organization"),
    ("Time’s Assistant Managing Editor said that the choice had been easy.", "Time’s Assistant Managing Editor", "anonymous"),
    # ... but a title and a surname that is also a title word is a person
    ("Rep. King said that the bill would pass easily this week.", "King", "person"),
])
def test_titles_and_institutions_are_not_made_up_names(text, name, kind):
    [q] = extract(text)
    assert (q.speaker.name, q.speaker.kind) == (name, kind) and source_problem(q.speaker) is None


def test_a_speech_verb_before_a_headline_colon_is_a_label_not_a_speaker():
    assert extract("Revealed: What The Videos Actually Contain Makes The Claim Worse.\n\nThe videos were out.") == []
    assert extract("Confirmed: The Senate Will Vote On The Bill Next Week.\n\nThe vote is set.") == []
    [q] = extract("Trump: The Wall Will Be Built Next Year By Mexico.\n\nThe crowd cheered when Trump arrived.")
    assert q.speaker.name == "Trump" and q.rule == "headline-label"


def test_a_subject_that_is_nobody_reports_nothing():
    """"No official said that …" says nothing was said: no statement, and no speaker
    called "no terrorist organization"."""
    assert extract("No official said that the talks would resume soon.") == []
    assert extract("Neither campaign said it would drop the lawsuit this year.") == []
    [q] = extract("So far, no terrorist organization has claimed responsibility for the attack, officials said.")
    assert (q.text, q.speaker.name) == ("So far, no terrorist organization has claimed responsibility for the attack",
                                        "officials")  # "So far" is no connective to drop
    [q] = extract("One official said that the talks would resume soon.")
    assert q.speaker.kind == "anonymous"
