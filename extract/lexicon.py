"""Linguistic resources: every word list the rules consult, in one place.

Rules elsewhere refer to these tables by name, so extending the extractor to a new
reporting verb or role noun is a data change, not a code change.
"""

from __future__ import annotations

import regex

# --- Reporting verbs -------------------------------------------------------------
# Reporting verbs are stored as base forms; `inflect` makes the forms a cue takes.
# Irregular ones: base -> past tense and past participle (the -s and -ing forms are
# regular: "swears", "swearing").
IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "think": ("thought",),
    "find": ("found",),
    "show": ("showed", "shown"),
    "know": ("knew", "known"),
    "feel": ("felt",),
    "forecast": ("forecast", "forecasted"),
    "foresee": ("foresaw", "foreseen"),
    "speak": ("spoke", "spoken"),
    "go": ("went", "gone"),
    "read": ("read",),
    "shoot": ("shot",),
    "hit": ("hit",),
    "swear": ("swore", "sworn"),
    "understand": ("understood",),
    "learn": ("learned", "learnt"),
    "plead": ("pleaded", "pled"),
    "begin": ("began", "begun"),
}
# Verbs that double their final consonant before -ed and -ing: "admitted", "quipped",
# "slammed", "dubbed".  (British spelling also doubles a final l after one vowel,
# "labelled", "signalling": `inflect` adds those forms by rule.)
DOUBLING: frozenset[str] = frozenset({"hit", "begin", "admit", "refer", "concur", "quip", "brag", "dub", "slam", "snap", "sob", "grin", "beg"})
# Phrasal cues that introduce speech like "said" ('"...," Trump went on'), not an object.
SPEECH_PARTICLE_VERBS: frozenset[str] = frozenset({"go", "shoot", "fire", "hit"})

# Verbs that introduce reported speech or a quotation: `X said (that) ...`,
# `"...," X said`, `X said: "..."`.  Includes verbs of stated belief, because news
# attributes positions with them ("officials believe that ...").
SPEECH_VERBS: tuple[str, ...] = (
    "say", "tell", "add", "state", "stress", "emphasize", "emphasise", "insist",
    "note", "explain", "claim", "argue", "warn", "suggest", "announce", "declare",
    "deny", "confirm", "acknowledge", "admit", "assert", "contend", "maintain",
    "reiterate", "observe", "remark", "comment", "reply", "respond", "answer", "ask",
    "report", "write", "tweet", "recall", "concede", "complain", "allege", "indicate",
    "reveal", "disclose", "mention", "testify", "estimate", "believe", "think",
    "agree", "conclude", "predict", "hope", "expect", "fear", "find", "show",
    "clarify", "affirm", "boast", "joke", "quip", "lament", "caution", "advise",
    "recommend", "propose", "demand", "urge", "promise", "pledge", "vow", "threaten",
    "signal", "hint", "speculate", "worry", "point", "counter",
    "retort", "continue", "elaborate", "assure", "brag", "charge",
    "highlight", "underline", "underscore", "accuse", "blame", "mutter",
    "shout", "exclaim", "whisper", "recount", "describe", "forecast", "feel",
    "understand", "learn", "foresee", "know", "concur", "object", "protest", "plead", "beg", "implore",
    "repeat", "inform", "notify", "remind", "assess", "judge", "posit",
    "theorize", "theorise", "surmise", "guess", "imply", "post", "opine", "relate",
    "suppose", "doubt", "recognize", "recognise", "realize", "realise", "project", "calculate",
    "wonder", "echo", "remember", "email", "retweet", "chant", "bemoan", "grumble",
    "scoff", "sneer", "proclaim", "profess", "swear", "volunteer",
    # a directive: "the judge ordered him to pay restitution", "ordered that the records be released"
    "order",
    "interject", "muse", "gush", "rave", "marvel", "confess", "yell",
    "scream", "bark", "read", "begin", "start", "reflect", "reminisce",
    # manners of speaking that attribute a quotation: '"It is over," Lee Dunn sighed.'
    "sigh", "laugh", "chuckle", "smile", "grin", "snap", "sob", "gasp", "groan",
    "hiss", "growl",
)

# Verbs that attribute quotations but never report speech in their own words.
# Manners of speaking: they attribute a whole quotation ('"It is over," she sighed')
# but no quoted fragment ("laughed off her 'moan'").
MANNER_VERBS: frozenset[str] = frozenset({
    "sigh", "laugh", "chuckle", "smile", "grin", "snap", "sob", "gasp", "groan", "hiss", "growl",
})
# "went on" carries on a quotation ('"…," he went on') but reports nothing of its own:
# "went on the attack", "went on holiday".
# Looking back: '"…," Nicholas reflects.' attributes the quotation, but "the poll
# reflects a “new normal”" says nothing, so neither reports words of its own.
LOOKING_BACK_VERBS: frozenset[str] = frozenset({"reflect", "reminisce"})
# Beginning: '"…," started City's new signing' opens a quotation but reports nothing of its
# own ("started the game", "began the talks").
BEGINNING_VERBS: frozenset[str] = frozenset({"begin", "start"})
QUOTE_ONLY_VERBS: frozenset[str] = frozenset({"read", "go"}) | BEGINNING_VERBS | MANNER_VERBS | LOOKING_BACK_VERBS
# Verbs that never attribute a quoted fragment found elsewhere in their sentence: the
# manners of speaking, and "continue", whose object is mostly no speech ("As Hurricane
# Florence continues its churn, states bracing for the “catastrophic” storm …").
NO_FRAGMENT_VERBS: frozenset[str] = frozenset({"continue", "start"}) | MANNER_VERBS | LOOKING_BACK_VERBS

# Verbs that take the statement as a noun-phrase object: `Baloch reiterated
# Pakistan's stance against ...`, `She emphasized the expectation for ...`.
OBJECT_VERBS: tuple[str, ...] = (
    "reiterate", "emphasize", "emphasise", "stress", "highlight", "deny", "dismiss",
    "reject", "rubbish", "criticize", "criticise", "condemn", "announce", "confirm",
    "acknowledge", "praise", "question", "urge", "demand", "propose", "pledge",
    "promise", "vow", "welcome", "cite", "describe", "blame", "accuse", "defend",
    "dispute", "underscore", "underline", "call", "predict", "warn", "decry",
    "denounce", "lament", "slam", "blast", "attack", "applaud", "endorse", "recount",
    "recall", "discuss", "raise", "express", "voice", "outline", "detail",
    "characterize", "characterise", "mention", "report", "reveal", "suggest",
    "explain", "rule", "hail", "tout", "mock", "ridicule", "lambaste", "assail",
    "admit", "concede", "insist", "claim", "argue", "state", "offer", "thank",
    "bemoan", "portray", "echo", "liken", "invoke", "reference", "challenge",
    "encourage", "request", "retweet", "chant", "deem", "champion", "tweet",
    "label", "brand", "dub", "term", "deride", "scold", "chide", "rebuke", "fault",
    "congratulate", "commend", "recommend", "reaffirm", "restate",
    # a directive: "instructed the bureau to stop booking paid appearances"
    "instruct",
)

# Cue words that come *after* the attribution particle: `called for`, `pointed out`.
PARTICLES: dict[str, tuple[str, ...]] = {
    "point": ("out", "to"),
    "call": ("for", "on", "upon"),
    "rule": ("out",),
    "speak": ("about", "of", "out"),
    "warn": ("of", "about", "against"),
    "talk": ("about",),
    "hint": ("at",),
    "go": ("on",),
    "shoot": ("back",),
    "fire": ("back",),
    "hit": ("back",),  # '"…," she hit back'
    "weigh": ("in",),
    "follow": ("up",),
    "lash": ("out",),
    "rail": ("against",),
    "refer": ("to",),
    "press": ("for",),
    "push": ("for",),
    "argue": ("for", "against"),
    "complain": ("about", "of"),
    "boast": ("about", "of"),
    "write": ("about", "of"),
}

# Verbs that only count with their particle (`pointed out`, never bare `pointed`).
# "point" and "rule" also stand in SPEECH_VERBS / OBJECT_VERBS: as cues they need
# their particle, but their forms still mark a verb of saying where the rules ask
# whether a word is one (a name is not the object of "pointed", a clause is cut
# at "and pointed ...").
NEEDS_PARTICLE: frozenset[str] = frozenset({"shoot", "fire", "hit", "point", "speak", "talk", "go", "weigh", "follow", "lash", "rail", "refer", "press", "push"})
# Forms of a cue verb that count only with their particle, the verb's other forms
# counting bare: "ruled that …" reports, but "rules" and "ruling" are mostly the noun
# and the adjective ("power plant rules", "the ruling party"), so only "rules out".
NEEDS_PARTICLE_FORMS: frozenset[str] = frozenset({"rule", "rules", "ruling"})


# An office's domain after its title: "head of local government Heather Wakefield",
# "chief of staff John Kelly"; and words of a domain that are nouns for people elsewhere
# ("staff").
TITLE_OF_PREPOSITIONS: frozenset[str] = frozenset({"of", "for"})
OFFICE_DOMAIN_NOUNS: frozenset[str] = frozenset({"staff", "operations", "communications", "investigations"})
# Cues that go on with what the last speaker was saying: "…, he added".
CONTINUING_CUES: frozenset[str] = frozenset({"added", "adds", "adding", "continued", "continues", "went on"})

# Nouns that name a quotation after it as someone's: "Those were the sentiments expressed by …"
SPEECH_SUMMARY_NOUNS: tuple[str, ...] = (
    "words", "sentiments", "sentiment", "comments", "remarks", "message", "verdict", "thoughts", "view", "views",
    "assessment", "reaction", "response", "plea", "warning",
)
SUMMARY_PARTICIPLES: tuple[str, ...] = ("expressed", "delivered", "shared", "voiced", "given", "offered")
SUMMARY_PREPOSITIONS: tuple[str, ...] = ("of", "from", "by")
# Cue nouns in `in a statement`, `in an interview` that mark an organisation or
# person as the source of what follows.
STATEMENT_NOUNS: tuple[str, ...] = (
    "statement", "interview", "briefing", "tweet", "post", "report", "letter",
    "press release", "speech", "memo", "email", "op-ed", "testimony",
)
# ... those that are the speaker's own channel: "X said …, according to a statement"
# is X's; "according to a report" is usually someone else's report relaying it.
OWN_CHANNEL_NOUNS: frozenset[str] = frozenset(STATEMENT_NOUNS) - {"report"}

# Words that may stand between a speaker and the cue: `X also said`, `X has said`.
CUE_ADVERBS: frozenset[str] = frozenset({
    "also", "has", "have", "had", "later", "previously", "repeatedly", "recently",
    "then", "further", "again", "once", "reportedly", "earlier", "publicly",
    "privately", "separately", "firmly", "strongly", "clearly", "flatly",
    "specifically", "explicitly", "simply", "quickly", "immediately", "would",
    "will", "is", "was", "were", "are", "did", "does", "do", "not",
    "never", "often", "frequently", "consistently", "long", "already", "still",
    "just", "only", "even", "subsequently", "herself", "himself", "themselves",
    "itself", "told", "quietly", "angrily", "bluntly", "openly", "directly",
    "categorically", "vehemently", "emphatically", "jokingly", "succinctly",
    "may", "might", "could", "should", "can", "must", "been", "being", "since",
    "now", "initially", "first", "ultimately", "finally", "eventually", "both",
    "soon", "instead", "likewise", "too", "however", "meanwhile", "here", "there",
    "all", "each", "personally", "similarly", "always", "sometimes", "usually",
})

# Words that cannot open a clause reported without `that`: after `said` they start
# an adjunct ("said in a statement", "said on Tuesday", "said when asked") or a
# non-clausal object ("said goodbye", "said nothing").
NOT_CLAUSE_STARTS: frozenset[str] = frozenset({
    "to", "so", "in", "on", "at", "for", "with", "about", "of", "from", "by", "as",
    "after", "before", "during", "while", "when", "if", "and", "or", "but", "nothing",
    "little", "much", "yes", "goodbye", "hello", "thanks", "thank", "sorry", "through",
    "via", "without", "within", "under", "over", "into", "onto", "upon", "since",
    "until", "because", "though", "although", "whereas", "unless", "than", "later", "earlier", "recently", "yesterday", "today",
    "tonight", "last", "this", "next", "again", "also", "too", "then", "afterward",
    "afterwards", "repeatedly", "simply", "only", "just", "once", "twice", "aloud",
    "publicly", "privately", "something", "anything", "everything", "enough", "more",
    "less", "hi", "amen", "okay", "ok", "grace", "farewell", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "who", "which", "whom", "guilty", "against",
    "where", "what", "how", "why", "not", "never", "quoted", "nearly",
})

# Verbs whose charge follows their object and a preposition: "accusing him of reading
# from a script" (what was said is "reading from a script"), "criticized the party for
# sneaking into …", "charged the company with misleading investors".
CHARGE_PREPOSITIONS: dict[str, str] = {
    "accuse": "of", "charge": "with", "criticize": "for", "criticise": "for", "blame": "for",
}
# Participles naming a statement's own source between its cue and its "that": "reported,
# citing U.S. officials, that …", "said, quoting a witness, that …".
SOURCE_ASIDE_PARTICIPLES: frozenset[str] = frozenset({"citing", "quoting"})
# Prepositions after which "that" points at something, never opens a clause: "say a
# neighbor called 911 about that man", "said he was proud of that".
THAT_POINTING_AFTER: frozenset[str] = frozenset({
    "about", "of", "for", "with", "at", "in", "on", "from", "by", "to", "into", "over",
    "after", "before", "like", "against", "under", "than",
})
# Words of NOT_CLAUSE_STARTS that also open a clause's subject ("said this is a rough
# patch", "said much of the talk was about Israel", "said about half of the gap
# reflected ..."): a finite auxiliary soon after, before any comma or subordinator,
# shows the clause ("said this to reporters", "said much the same when she was ..."
# stay objects).
# Words that approximate a number ("said about 1,300 houses were damaged"): before a
# number they open a clause, not a topic ("said about the plan").
APPROXIMATORS: frozenset[str] = frozenset({"about", "around", "over", "some", "roughly", "almost", "nearly", "under"})
CLAUSE_OR_OBJECT_STARTS: frozenset[str] = frozenset({
    "this", "much", "more", "less", "little", "about", "nearly", "only", "just", "too",
    "nothing", "something", "anything", "everything", "enough", "last", "next",
})
# Finite auxiliaries in their negated forms (straight or curly apostrophe) count too.
NEGATED_AUXILIARIES: frozenset[str] = frozenset(
    w + a + "t" for w in ("isn", "wasn", "aren", "weren", "hasn", "hadn", "haven", "won", "wouldn",
                          "couldn", "can", "shouldn", "didn", "doesn", "don") for a in ("'", "’"))

# Lower-case words that show a capitalised run ending in an institution's noun is a
# clause or a description, not the institution's name: "Trump's tactics were apparent
# this week when court", "That's why Rubio's team", "this year's campaign".
NOT_IN_INSTITUTION_NAMES: frozenset[str] = frozenset({
    "what", "why", "how", "when", "where", "which", "who", "whose", "this", "these",
    "those", "every", "each", "that's", "that’s", "it's", "it’s",
})

# Forms of speech verbs that are also nouns: capitalised inside a phrase they are part
# of a proper name ("State Department spokesman", "Ohio State Police"), not a verb.
NOUN_SPEECH_FORMS: frozenset[str] = frozenset({
    "state", "report", "claim", "comment", "note", "answer", "reply", "address", "post",
    "release", "order", "record", "review", "press", "call", "word",
})

# Given names that are also everyday words ("Hope Hicks", "Grant Shapps"): before a
# surname they open a name, alone or after "said" they do not.
WORD_GIVEN_NAMES: frozenset[str] = frozenset({
    "hope", "grace", "faith", "joy", "will", "mark", "bill", "grant", "drew", "chase",
    "frank", "rich", "pat", "sue", "art", "guy", "rob", "wade",
})

# Pronouns that are a verb's subject wherever they stand right before it.
SUBJECT_PRONOUNS: tuple[str, ...] = ("he", "she", "they", "we", "i")

# --- Mentions of people ----------------------------------------------------------
PRONOUNS: dict[str, str] = {
    # pronoun -> (grammatical number/gender class)
    "he": "male", "she": "female", "they": "plural", "it": "neuter",
    "i": "self", "we": "self_plural",
}

# Companies named by what they make or sell: "the carmaker said", "the drinks
# conglomerate" (people who make things are "lawmaker", "filmmaker" ...; a bare "maker"
# is both: "the phone maker", "a policy maker").
COMPANY_NOUNS: frozenset[str] = frozenset({
    "carmaker", "automaker", "drugmaker", "chipmaker", "planemaker", "steelmaker",
    "toymaker", "conglomerate", "brewer", "exporter", "chain",
})

# Endings of capitalised compounds that describe where an organisation is, not its name:
# "the British-based charity", "a London-headquartered bank".
PLACE_ADJECTIVE_ENDINGS: tuple[str, ...] = ("-based", "-headquartered", "-registered", "-listed", "-owned", "-run", "-backed")
# Kinds of organisation a definite description may use for one named by its proper
# name alone ("Oxfam … the British-based charity said", "Shire … the company said").
ORG_KIND_HEADS: frozenset[str] = frozenset({
    "organisation", "organization", "charity", "company", "firm", "ngo", "nonprofit", "non-profit",
    "retailer", "lender", "insurer", "manufacturer", "broadcaster", "airline", "bank",
    "website", "publisher", "carrier", "watchdog", "regulator",
}) | COMPANY_NOUNS

# Nouns that head a description of a person or group who can speak.  A description
# with one of these heads and no name is an anonymous or definite source.
# Players' positions in sports copy: roles before a name ("Capitals winger Joel Ward",
# "Springboks loosehead Tendai Mtawarira") and heads of a description ("the winger").
# Bodies that speak as one, both role and organisation nouns: "the opposition said",
# "the palace said", "the junta said" (not "defence": "defense spending", "missile defence").
SPEAKING_BODIES: frozenset[str] = frozenset({"opposition", "junta", "palace", "municipality", "secretariat", "consortium"})
PLAYER_POSITIONS: frozenset[str] = frozenset({
    "winger", "defenseman", "defenceman", "goaltender", "goalie", "linebacker", "cornerback",
    "shortstop", "outfielder", "infielder", "flanker", "fly-half", "scrum-half", "loosehead",
    "tighthead", "wicketkeeper", "wicket-keeper", "all-rounder", "batsman", "bowler",
})
_ROLE_WORDS: frozenset[str] = frozenset({
    # institutions that speak as one ("the bank said", "the city said")
    "bank", "city", "club", "team", "university", "college", "school", "hospital",
    "federation", "league", "association", "foundation", "institute", "bureau",
    "embassy", "regulator", "watchdog", "charity", "airline", "operator", "insurer",
    "lender", "retailer", "carrier", "manufacturer", "broadcaster", "province",
    "county", "tribunal", "inquiry", "coalition", "alliance", "corporation", "prosecution",
    "trust", "society", "fund", "consulate", "constabulary", "force", "mission", "service",
    "bench", "cop", "cops", "assembly", "parliament", "legislature",
    # the media, many at once ("local television channels reported"), and a state's
    # broadcaster ("state television said", "state radio reported")
    "channels", "broadcasters", "stations", "television", "radio", "tv",
    # players joining a club ("started City's new signing")
    "signing", "signings", "recruit", "recruits", "debutant",
    # parties to a dispute ("Both sides said they were waiting", "the Clinton camp said")
    "side", "sides", "camps",
    # offices and ranks that are also titles ("the commissioner said", "the pope told reporters")
    "admiral", "commissioner", "constable", "marshal", "registrar", "treasurer", "alderman",
    "alderwoman", "alderperson", "assemblyman", "assemblywoman", "assemblymember", "councillor",
    "councilman", "councilmember", "councilor", "councilwoman", "selectman", "selectwoman",
    "superintendent", "supervisor", "trustee", "sergeant", "pope", "cardinal", "sheikh",
    # people of court, local and health reports
    "coroner", "magistrate", "magistrates", "barrister", "barristers", "solicitor", "solicitors",
    "pathologist", "pathologists", "paramedic", "paramedics", "firefighter", "firefighters",
    "midwife", "midwives", "nurses", "surgeons", "dentist", "pharmacist", "vet", "vets",
    "headteacher", "headteachers", "headmaster", "headmistress", "vicar", "vicars",
    "landlord", "landlords", "landlady", "tenant", "tenants", "homeowner", "homeowners",
    "shopkeeper", "shopkeepers", "motorist", "motorists", "passenger", "passengers",
    "pensioner", "pensioners", "lecturer", "lecturers", "academic", "academics", "carer", "carers",
    "fisherman", "fishermen",
    # parties to an application, a case or a service ("The applicant argued …"; plurals
    # are people by their ending, `PEOPLE_SUFFIXES`)
    "applicant", "respondent", "petitioner", "objector", "patient", "client", "developer",
    "entrant", "immigrant", "contestant", "occupant", "informant", "attendant", "accountant",
    # institutions that speak as one ("The school district said", "the museum said")
    "township", "borough", "parish", "diocese", "archdiocese", "clinic", "prison",
    "museum", "zoo", "festival", "airport", "mosque", "synagogue",
    "cathedral", "hospice", "academy", "library", "utility", "ombudsman", "supermarket",
    "studio", "orchestra", "theatre", "theater", "venue",
    "stewards", "dean", "front-runner", "frontrunner", "hopeful", "hopefuls", "contender", "contenders",
    "official", "officials", "source", "sources", "spokesman", "spokeswoman",
    "spokesperson", "spokespeople", "spokesmen", "leader", "leaders", "member",
    "members", "minister", "ministers", "ambassador", "ambassadors", "envoy",
    "diplomat", "diplomats", "expert", "experts", "analyst", "analysts", "officer",
    "officers", "commander", "commanders", "aide", "aides", "adviser", "advisers",
    "advisor", "advisors", "president", "chairman", "chairwoman", "chair",
    "secretary", "director", "chief", "head", "representative", "representatives",
    "lawmaker", "lawmakers", "senator", "senators", "governor", "mayor", "candidate",
    "nominee", "campaign", "administration", "government", "ministry", "office",
    "department", "agency", "police", "gardaí", "gardai", "military", "army", "statement", "report",
    "study", "survey", "poll", "resident", "residents", "witness", "witnesses",
    "rebel", "rebels", "fan", "fans", "majority", "majorities",
    # members of parliaments and assemblies ("Tory MPs said", "one MEP said")
    "mp", "mps", "mep", "meps", "msp", "msps", "mla", "mlas", "mpp", "mpps", "td", "tds", "peer", "peers",
    "backbencher", "backbenchers", "frontbencher", "frontbenchers", "councillors", "whip", "whips",
    # the people of court and crime reports ("The defendant said", "the girl told police")
    "defendant", "defendants", "plaintiff", "plaintiffs", "accuser", "accusers",
    "complainant", "claimant", "claimants", "appellant", "juror", "jurors", "jury",
    "girl", "girls", "boy", "boys", "teenager", "teenagers", "teen", "teens",
    "observer", "observers", "critic", "critics", "supporter", "supporters",
    "activist", "activists", "researcher", "researchers", "scholar", "professor",
    "economist", "economists", "strategist", "strategists", "operative", "insider",
    "insiders", "person", "people", "man", "woman", "veteran", "voters", "voter",
    "investigator", "investigators", "prosecutor", "prosecutors", "lawyer",
    "lawyers", "attorney", "attorneys", "judge", "justice", "doctor", "doctors",
    "negotiator", "negotiators", "mediator", "militant", "militants", "fighter",
    "fighters", "group", "spokesman's", "counterpart", "counterparts", "founder",
    "executive", "executives", "manager", "organizer", "organizers", "organiser", "organisers", "protester",
    "protesters", "demonstrators", "migrant", "migrants", "refugee", "refugees", "asylum-seeker", "asylum-seekers",
    "customer", "customers", "shareholder", "shareholders",
    # clergy ("the bishops said in a statement")
    "bishops", "archbishops", "priests", "clergy", "cardinals", "imams", "rabbis", "pastors", "nuns", "monks", "republicans", "democrats", "republican",
    "democrat", "commission", "committee", "council", "court", "board", "party",
    "organization", "organisation", "union", "company", "firm", "website", "paper",
    "newspaper", "network", "authorities", "authority", "regime", "delegation",
    "staff", "staffer", "staffers", "colleague", "colleagues", "friend", "friends",
    "family", "relative", "relatives", "partner", "partners", "ally", "allies",
    "student", "students", "teacher", "teachers", "worker", "workers", "employee",
    "employees", "chancellor", "premier", "taoiseach", "tánaiste", "tanaiste", "king", "queen", "prince", "cleric",
    "clerics", "general", "generals", "soldier", "soldiers", "guard", "commentator",
    "commentators", "columnist", "reporter", "reporters", "journalist", "journalists",
    "editor", "author", "authors", "writer", "host", "anchor", "moderator",
    "pollster", "pollsters", "counsel", "chiefs", "candidates", "nominees",
    "speaker", "deputy", "deputies", "lieutenant", "colonel", "captain", "sheriff",
    "coach", "owner", "owners", "chairperson", "congressman", "congresswoman",
    "legislator", "legislators", "forecasters", "scientist",
    "scientists", "specialist", "specialists", "consultant", "consultants",
    "participant", "participants", "clerk", "emirate", "fellow", "donor", "donors",
    "billionaire", "businessman", "businesswoman", "mogul", "tycoon", "pastor",
    "priest", "comedian", "actor", "actress", "singer", "rapper", "correspondent",
    "blogger", "investor", "investors", "banker", "bankers", "historian",
    "physician", "nurse", "official's", "planner", "delegate",
    "delegates", "operatives", "surrogate", "surrogates",
    "backer", "backers", "opponent", "opponents", "rival", "rivals", "challenger",
    "incumbent", "confidant", "pundit", "pundits", "citizen", "principal", "winner",
    "winners", "runner-up", "champion", "seed", "finalist", "qualifier", "managers", "skipper", "player", "players", "striker", "goalkeeper", "defender", "midfielder",
    "pitcher", "quarterback", "rider", "racer", "boss", "bosses", "gaffer",
    "citizens", "parent", "parents", "mother", "father", "son", "daughter", "wife",
    "husband", "brother", "sister", "neighbor", "neighbors", "farmer",
    "farmers", "entrepreneur", "lobbyist", "lobbyists",
    "producer", "producers", "publisher",
    "outlet", "outlets", "media", "networks", "newspapers", "press",
    "fact-checkers", "fact-checker",
    "announcer", "announcers", "narrator", "narrators", "questioner", "questioners",
    "interviewer", "interviewers", "caller", "callers", "listener", "listeners",
    "viewer", "viewers", "demonstrator", "victim", "victims", "survivor", "survivors",
    "volunteer", "volunteers", "rabbi", "imam", "bishop", "driver", "drivers", "pilot",
    # clergy, one of them ("the archbishop said in his homily")
    "archbishop", "chaplain", "chaplains", "nun", "abbot", "patriarch", "ayatollah", "mufti",
    "preacher", "preachers", "clergyman", "clergywoman",
    "pilots", "detective", "detectives", "inspector", "inspectors", "auditor",
    "auditors", "neighbour", "neighbours", "ceo", "widow", "widower", "mom", "dad",
    "agent", "agents",
    # groups and people the word lists above miss (irregular plurals, collectives)
    "women", "men", "children", "groups", "parties", "campaigns", "organizations",
    "organisations", "unions", "firms", "companies", "agencies", "families", "liberals",
    "advocates", "associates", "superdelegates", "audience", "crowd", "community",
    "leadership", "camp", "panel", "industry", "magazine", "magazines", "guy", "star",
    "legend", "neurosurgeon", "surgeon", "ads",
}) | COMPANY_NOUNS | PLAYER_POSITIONS | SPEAKING_BODIES
# Prefixes joined by a hyphen to a role that stay roles: "the vice-mayor", "a co-founder",
# "the ex-minister", "the deputy-governor" (each role noun with each prefix is one too)
ROLE_PREFIXES: tuple[str, ...] = ("vice", "co", "ex", "deputy")
ROLE_NOUNS: frozenset[str] = _ROLE_WORDS | {f"{p}-{w}" for p in ROLE_PREFIXES for w in _ROLE_WORDS if "-" not in w}

# Heads that describe plural or group sources, resolved by `they`.
PLURAL_ROLE_NOUNS: frozenset[str] = frozenset(
    w for w in ROLE_NOUNS if w.endswith("s") and not w.endswith("ss") and w not in {"police", "news"}
) | {"police", "gardaí", "gardai", "people", "spokespeople", "spokesmen", "staff", "authorities", "women", "men", "children"}

# Heads of organisation-like speakers (`the ministry said`).
ORG_NOUNS: frozenset[str] = frozenset({
    "township", "borough", "parish", "diocese", "archdiocese", "clinic", "prison",
    "museum", "zoo", "festival", "airport", "mosque", "synagogue",
    "cathedral", "hospice", "academy", "library", "utility", "supermarket", "studio",
    "orchestra", "theatre", "theater", "venue",
    "campaign", "administration", "government", "ministry", "office", "department",
    "agency", "police", "military", "army", "statement", "report", "study", "survey",
    "poll", "commission", "committee", "council", "court", "board", "party",
    "organization", "organisation", "union", "company", "firm", "website", "paper",
    "newspaper", "network", "regime", "delegation", "group", "emirate", "authority",
    "authorities", "bank", "fund", "institute", "center", "centre", "association",
    "foundation", "team", "club", "bureau", "service", "senate", "house", "congress",
    "parliament", "assembly", "cabinet", "embassy", "consulate", "mission", "force",
    "forces", "coalition", "alliance", "movement", "front", "league", "corporation",
    "inc", "corp", "ltd", "times", "post", "news", "journal", "tribune", "herald",
    "press", "line", "channel", "television", "radio", "magazine", "review",
    "university", "college", "school", "hospital", "index", "city", "regulator", "pac", "pacs",
    # the last word of company and public-body names ("Harbor Holdings", "the Washington
    # State Patrol", "Mounties")
    "patrol", "holdings", "industries", "technologies", "airlines", "airways",
    "pharmaceuticals", "therapeutics", "laboratories", "enterprises", "communications",
    "bancorp", "constabulary", "mounties", "plc", "llc", "fc", "afc", "railways", "utilities", "brigade",
    "motors",  # "General Motors" (never a person "Motors" titled General)
    "watchdog", "charity", "airline", "operator", "insurer", "lender", "retailer",
    "carrier", "manufacturer", "broadcaster", "province", "county", "tribunal",
    "inquiry", "prosecution", "chamber", "society", "trust",
    "federation", "guardian", "telegraph", "economist", "reuters", "bloomberg", "watch",
}) | COMPANY_NOUNS | SPEAKING_BODIES
# Nouns ending in -ly, which the "-ly word is an adverb" tests must not strip: "the
# family said", "a close ally said", "the assembly voted".
LY_NOUNS: frozenset[str] = frozenset({
    "rally", "supply", "monopoly", "anomaly", "reply", "bully", "belly", "jelly", "folly", "homily",
}) | frozenset(w for w in ROLE_NOUNS | ORG_NOUNS if w.endswith("ly"))

# Roles named by a phrase for the same job, when a description comes back as an
# appositive: "his former spokesman" … "Baker's former press secretary, Tom Griscom,".
ROLE_PHRASE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "spokesman": ("press secretary", "press officer", "communications director"),
    "spokeswoman": ("press secretary", "press officer", "communications director"),
    "spokesperson": ("press secretary", "press officer", "communications director"),
}

# Roles that an anonymous or definite description may share with a named person.
# `the ambassador` can refer back to someone introduced as a permanent
# representative or envoy.
# "the company" after "Acme Corp." names it again: the words of a company's name that
# a generic noun for it refers back to.
_COMPANY_NAME_WORDS = frozenset({
    "company", "firm", "corp", "corporation", "inc", "incorporated", "ltd", "plc", "llc", "co",
    "holdings", "industries", "group", "enterprises", "technologies", "airlines", "airways",
    "bancorp", "pharmaceuticals", "therapeutics", "laboratories", "communications",
    "motors",  # "General Motors"
})
# A company's legal form, which some house styles write in lower case after its name
# ("JD Sports Fashion plc", "Acme inc."), and all its legal forms.
LOWER_CASE_LEGAL_FORMS: frozenset[str] = frozenset({"plc", "inc", "ltd", "llc", "llp", "corp"})
LEGAL_FORMS: frozenset[str] = LOWER_CASE_LEGAL_FORMS | {"co", "corporation", "incorporated", "limited"}
# Legal forms a company's name may take after a comma ("Globex Holdings, Inc.",
# "Samsung Electronics Co., Ltd."): the comma is the name's, not a clause break.
# Not "Co.": after a comma it is an Irish county ("Tralee, Co. Kerry").
COMMA_LEGAL_FORMS: frozenset[str] = LOWER_CASE_LEGAL_FORMS | {"l.l.c", "limited", "incorporated"}
# Degrees and licences written after a person's name and a comma, as health and
# science news and press releases do ("Wilma J. Wooten, MD, a public health officer,
# said"; "Jane Doe, Ph.D., said"): the comma is the name's, not an appositive's.  As
# written (matched case-sensitively, so "do" and "np" stay words).
COMMA_CREDENTIALS: tuple[str, ...] = (
    "MD", "M.D.", "PhD", "Ph.D.", "DO", "D.O.", "RN", "NP", "MPH", "M.P.H.", "MBA", "DDS", "DMD", "DVM", "PharmD",
    "PsyD", "EdD", "Ed.D.", "JD", "J.D.", "CPA", "LCSW", "MSN", "BSN", "FACS", "FACP", "FAAP", "FRCP", "FRCS",
)
# The last words of newspapers' names ("Daily News", "The Times", "Sunday Telegraph").
MASTHEAD_WORDS = frozenset({
    "paper", "newspaper", "news", "times", "post", "journal", "tribune", "herald", "telegraph", "gazette",
    "chronicle", "mail", "express", "mirror", "standard", "observer", "examiner", "inquirer", "dispatch", "globe",
})
ORG_SYNONYMS: dict[str, frozenset[str]] = {
    "company": _COMPANY_NAME_WORDS, "firm": _COMPANY_NAME_WORDS, "corporation": _COMPANY_NAME_WORDS,
    "airline": frozenset({"airline", "airlines", "airways"}), "carrier": frozenset({"airline", "airlines", "airways"}),
    "bank": frozenset({"bank", "bancorp"}),
    # "the agency" after "the United Nations Children's Fund", "the Food and Drug Administration"
    "agency": frozenset({"agency", "fund", "programme", "program", "administration", "organization", "organisation",
                         "commission", "bureau", "authority"}),
    # "the iPhone maker", "the retailer": a company named before ("Apple Inc.")
    **{noun: _COMPANY_NAME_WORDS for noun in COMPANY_NOUNS | {"retailer", "manufacturer", "lender", "insurer"}},
    # "the paper reported" after "told New York's Daily News": a newspaper named by its masthead
    **{noun: MASTHEAD_WORDS for noun in ("paper", "newspaper")},
}
# Titles a role is given before a name, by the end of the description that names the
# role otherwise: "its chief executive" … "CEO Jeffrey Immelt", "the gaffer" … "coach
# Derrick Pereira".
TITLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "chief executive": ("ceo",), "gaffer": ("coach", "manager"), "boss": ("coach", "manager"),
    "skipper": ("captain",),
}
ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    "ambassador": frozenset({"ambassador", "envoy", "representative", "diplomat", "emissary"}),
    "envoy": frozenset({"ambassador", "envoy", "representative", "diplomat"}),
    "diplomat": frozenset({"ambassador", "envoy", "representative", "diplomat", "minister"}),
    "spokesman": frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    "spokeswoman": frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    "spokesperson": frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    "minister": frozenset({"minister", "secretary"}),
    "secretary": frozenset({"minister", "secretary"}),
    "adviser": frozenset({"adviser", "advisor", "aide"}),
    "advisor": frozenset({"adviser", "advisor", "aide"}),
    "aide": frozenset({"adviser", "advisor", "aide"}),
    # a team's manager in sports copy: "coach Derrick Pereira" … "the FC Goa gaffer"
    "gaffer": frozenset({"gaffer", "coach", "manager", "boss"}),
    "boss": frozenset({"gaffer", "coach", "manager", "boss"}),
    # an MP without a government post: "Labour MP Zarah Sultana" … "the Labour backbencher"
    "backbencher": frozenset({"backbencher", "mp"}),
    # a head of government: "Prime Minister Prayut Chan-o-cha" … "the premier"
    "premier": frozenset({"premier", "prime", "pm"}),
    # a company's head: "Tesla CEO Elon Musk" … "the billionaire executive", "the chief"
    "executive": frozenset({"executive", "ceo", "chairman", "chairwoman", "founder", "president"}),
    "ceo": frozenset({"ceo", "executive"}),
    # a judge titled by rank: "Mr Justice Collins", "Justice Sonia Sotomayor" … "the judge"
    "judge": frozenset({"judge", "justice"}),
}

# Last words of capitalised office titles after `the`: "the Prime Minister", "the
# Home Secretary", "the Attorney General", "the Chief Justice", "the Chief Constable".
# Such a title is a description of its holder, never a name ("Minister").
OFFICE_TITLE_HEADS: frozenset[str] = frozenset({
    "minister", "secretary", "general", "justice", "premier", "taoiseach", "tánaiste", "tanaiste", "chancellor", "president",
    "governor", "mayor", "speaker", "leader", "chief", "commissioner", "director",
    "attorney", "judge", "treasurer", "ambassador", "envoy", "inspector", "constable",
    "officer", "chairman", "chairwoman", "chair", "whip", "solicitor", "auditor",
    "coroner", "sheriff", "commander", "admiral", "marshal", "prosecutor", "counsel",
    "advocate", "registrar", "ombudsman", "deputy", "spokesman", "spokeswoman",
    "spokesperson", "pm", "cm", "ag",
})
# Office words that also name a newspaper: "The Advocate reported" is the Baton Rouge
# paper, so "the Advocate" alone is no office holder.
MASTHEAD_OFFICE_WORDS: frozenset[str] = frozenset({"advocate"})
# Offices written as initials, and the words they stand for: "the PM said" is the
# Prime Minister, "PM Prachanda" a name after its title, never a person "PM".
TITLE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {"pm": ("prime", "minister"), "cm": ("chief", "minister"), "ag": ("attorney", "general")}

# Prepositions that tie an anonymous source to whom it speaks for: "a spokesperson
# for Westfield Council", "a lawyer for Mr Grant", "an official at the Treasury".
DESCRIPTION_AFFILIATION_PREPOSITIONS: tuple[str, ...] = ("for", "of", "at", "from", "to", "with")

# Heads of collective sources: `the campaign said` may refer back to an organisation
# or to an anonymous group ("a campaign official").
# Bodies of people: "a jury", "the panel" speak as many ("they"), never as "he" or "she".
BODY_NOUNS: frozenset[str] = frozenset({
    "jury", "panel", "board", "council", "crowd", "audience", "team", "family", "committee",
    "delegation", "coalition", "staff", "squad", "cabinet", "congress", "senate", "assembly",
    "public", "group", "union", "court", "bench", "electorate", "tribunal", "commission",
})
COLLECTIVE_HEADS: frozenset[str] = frozenset({
    "campaign", "administration", "government", "ministry", "office", "department",
    "agency", "party", "committee", "group",
})

# Heads so general that `the official` / `the leader` may refer back to any recent
# individual source of the right kind.
GENERIC_HEADS: frozenset[str] = frozenset({
    "official", "leader", "source", "member", "officer", "person", "man", "woman",
    "spokesman", "spokeswoman", "spokesperson", "diplomat", "aide",
})

# Capitalised words naming a government portfolio after "Minister of", "Secretary for":
# they end the title, not open the name ("Minister of Tourism and Lands Harin Fernando",
# "Secretary of Health and Human Services Alex Azar").
PORTFOLIO_WORDS: frozenset[str] = frozenset({
    "tourism", "lands", "land", "trade", "industry", "industries", "planning", "health", "education",
    "agriculture", "environment", "energy", "transport", "transportation", "culture", "sport",
    "sports", "youth", "labour", "labor", "affairs", "treasury", "commerce", "housing",
    "infrastructure", "fisheries", "mines", "mining", "petroleum", "information", "broadcasting",
    "communications", "relations", "technology", "science", "women", "children", "family", "welfare",
    "development", "economy", "works", "services", "resources", "veterans", "immigration",
    "aviation", "railways", "irrigation", "forests", "forestry", "wildlife", "heritage", "arts",
    "revenue", "budget", "government", "rural", "urban", "regional", "social", "human", "water",
    "power", "home", "public", "local", "employment", "innovation", "investment", "climate",
    "care", "justice", "defence", "defense", "finance", "foreign", "interior", "security",
    "business", "work", "pensions", "digital", "media",
})
# Capitalised words that are titles: they open a name (`Defense Minister Khawaja
# Muhammad Asif`) but are never part of it.
TITLE_WORDS: frozenset[str] = frozenset(TITLE_ABBREVIATIONS) | frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.", "rep", "rep.",
    "asm", "asm.", "gov", "gov.", "gen", "gen.", "lt", "lt.", "col", "col.", "sgt", "sgt.", "capt",
    "capt.", "prof", "prof.", "rev", "rev.", "sir", "dame", "lord", "lady", "judge", "cllr", "cllr.", "cr", "cr.",
    "justice", "president", "vice", "prime", "minister", "secretary", "senator",
    "governor", "mayor", "ambassador", "representative", "chairman", "chairwoman",
    "chair", "director", "general", "chief", "commander", "spokesman", "spokeswoman",
    "spokesperson", "adviser", "advisor", "deputy", "foreign", "defense", "defence",
    "interior", "finance", "national", "security", "special", "permanent", "former",
    "caretaker", "interim", "acting", "senior", "charge", "chargé", "d’affaires", "shadow",
    "d'affaires", "king", "queen", "prince", "princess", "sheikh", "mullah", "imam",
    "maulana", "pope", "cardinal", "bishop", "rabbi", "speaker", "leader", "head",
    "officer", "colonel", "major", "captain", "lieutenant", "sergeant", "admiral",
    "marshal", "field", "attorney", "solicitor", "chancellor", "premier", "taoiseach", "tánaiste", "tanaiste",
    "congressman", "congresswoman", "councilman", "councilwoman", "sheriff",
    "alderman", "alderwoman", "alderperson", "councillor", "councilor", "assemblyman",
    "assemblywoman", "assemblymember", "selectman", "selectwoman", "supervisor", "legislator",
    "commissioner", "inspector", "superintendent", "trustee", "treasurer", "auditor",
    "constable", "detective", "baroness", "baron", "earl", "viscount", "countess", "duke", "duchess",
    "councilmember", "rt", "hon", "det", "insp", "supt", "dci", "pc", "del", "fr",
    "candidate", "nominee", "presidential", "democratic", "republican", "gop",
    "house", "senate", "majority", "minority", "whip", "u.s.", "us", "federal",
    "state", "executive", "managing", "founder", "ceo", "cfo", "coo",
    "cabinet", "member", "mp", "mep", "lawmaker", "dem", "republicans", "democrats",
    "first", "presumptive", "independent", "libertarian", "green", "party",
    "commerce", "trade", "health", "education", "energy", "labor",
    "agriculture", "transportation", "treasury", "homeland", "intelligence",
    "economic", "affairs", "information", "communications", "press", "army",
    "navy", "air", "force", "miss", "fbi", "cia", "nsa", "un", "u.n.", "eu",
    "nato", "fo", "ttp", "pti", "pml-n", "ppp",
    # hyphenated offices: "WHO Director-General Tedros …", "UN Secretary-General Antonio Guterres"
    "director-general", "secretary-general", "attorney-general", "governor-general", "solicitor-general",
    "auditor-general", "inspector-general", "surgeon-general", "editor-in-chief", "commander-in-chief",
})

# Countries by their one-word names: a country that speaks is its government, never a
# person ("France said", "Kenya's ambassador to France Jane Hartley").  Not the names
# that are also given names (Jordan, Chad, Georgia).
COUNTRIES: frozenset[str] = frozenset({
    "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize",
    "benin", "bhutan", "bolivia", "botswana", "brazil", "brunei", "bulgaria", "burundi", "cambodia",
    "cameroon", "canada", "chile", "colombia", "comoros", "congo", "croatia", "cuba", "cyprus",
    "czechia", "denmark", "djibouti", "ecuador", "egypt", "eritrea", "estonia", "eswatini",
    "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "germany", "ghana", "greece",
    "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland",
    "indonesia", "iraq", "ireland", "israel", "italy", "jamaica", "japan", "kazakhstan", "kenya",
    "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho",
    "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi",
    "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "micronesia",
    "moldova", "monaco", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "namibia",
    "nauru", "nepal", "netherlands", "nicaragua", "niger", "nigeria", "norway", "oman", "palau",
    "palestine", "panama", "paraguay", "peru", "philippines", "poland", "portugal", "qatar",
    "romania", "rwanda", "samoa", "senegal", "serbia", "seychelles", "singapore", "slovakia",
    "slovenia", "somalia", "spain", "sudan", "suriname", "sweden", "switzerland", "syria",
    "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga", "tunisia", "turkey",
    "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay", "uzbekistan", "vanuatu",
    "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "scotland", "wales", "england",
})

# Capitalised words that end a place or organisation inside a title (`Ambassador
# to the United Kingdom Ahmad Wali Massoud`): the person's name starts after them.
NAME_BREAKERS: frozenset[str] = COUNTRIES | frozenset({
    "kingdom", "states", "nations", "emirates", "union", "republic", "arabia",
    "council", "office", "department", "ministry", "committee", "party",
    "commission", "agency", "bureau", "service", "institute", "university",
    "organization", "organisation", "intelligence", "affairs", "division",
    "command", "force", "forces", "army", "navy", "police", "court", "assembly",
    "parliament", "senate", "house", "congress", "government", "administration",
    "campaign", "foundation", "center", "centre", "association", "group", "bank",
    "fund", "board", "authority", "front", "movement", "league", "times", "post",
    "news", "tribune", "journal", "line", "network", "channel", "pakistan",
    "afghanistan", "india", "china", "iran", "america", "russia", "britain",
    "doha", "kabul", "islamabad", "washington", "london", "moscow", "beijing",
    # the last words of countries named in two or more ("New Zealand", "Sri Lanka"), never a surname
    "zealand", "lanka", "korea", "africa", "timor", "herzegovina", "macedonia",
})

# Words that look capitalised at the start of a mention but are not names.
NOT_NAMES: frozenset[str] = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "he", "she", "they", "it",
    "we", "i", "you", "his", "her", "their", "its", "our", "my", "your", "but",
    "and", "or", "so", "yet", "if", "when", "while", "as", "in", "on", "at", "for",
    "with", "by", "from", "after", "before", "since", "during", "however",
    "let", "let’s", "let's",  # "Let’s call these people what they are": "let us", no one named
    "meanwhile", "also", "then", "now", "still", "there", "here", "what", "who",
    "which", "where", "why", "how", "some", "many", "most", "all", "both", "each",
    "every", "no", "not", "one", "two", "three", "other", "another", "such",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "july",  # (not the months in NAME_MONTHS)
    "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "last", "next",
    "yesterday", "today", "tomorrow", "earlier", "later", "asked", "according",
    "furthermore", "moreover", "additionally", "instead", "despite", "although",
    "though", "because", "unless", "until", "whether", "well", "yes", "okay",
    "ok", "oh", "even", "just", "only", "sources", "officials", "people",
    "neither", "either", "nor", "none", "nobody", "everyone", "anyone", "someone",
    "under", "over", "any", "among", "without", "within", "about", "above", "below",
    "dear", "please", "thanks", "thank", "hello", "hey", "mr", "mrs", "ms",
    "reporters", "experts", "analysts", "critics",
    # Sentence adverbs that open a clause ("Once in my early 20s, ... I said"):
    "once", "again", "afterward", "afterwards", "separately", "similarly", "likewise",
    "indeed", "sometimes", "often", "finally", "eventually", "recently", "soon",
    # Capitalised only in title-case headlines ("Carson Defends Himself Against ..."):
    "against", "himself", "herself", "themselves", "itself", "myself", "ourselves",
    "yourself", "into", "upon", "amid", "toward", "towards", "than", "is", "are", "was",
    "were", "has", "have", "had",
})

# Connectives that may open a sentence or clause before its subject: "But he said",
# "And officials say", "In addition, the ministry ...".
CONNECTIVES: tuple[str, ...] = (
    "and", "but", "so", "yet", "still", "however", "meanwhile", "moreover", "also",
    "further", "furthermore", "in addition", "instead", "now", "then", "indeed", "thus",
    "therefore", "nonetheless", "nevertheless", "even",  # "Even Rendell, a Clinton ally, said"
)

# Words that make a connective part of an adverbial it opens: "So far, no group has
# claimed …", "Still more voters said …" (not the connective "So, …").
CONNECTIVE_BLOCKERS: tuple[str, ...] = ("far", "many", "much", "few", "long", "often", "little", "more", "less")

# Subordinating words that open a clause whose subject comes after them: "While X
# ...", "As Trump went on about ...".
SUBORDINATORS: tuple[str, ...] = (
    "while", "whereas", "although", "though", "as", "because", "since", "when", "if",
    "after", "before", "once", "but", "and", "so", "yet", "where", "until", "unless", "whenever",
)
# Conjunctions that open a clause, never a description's modifier: "This part of the
# meeting started when …" is no speaker.
CLAUSE_CONJUNCTIONS: frozenset[str] = frozenset({"when", "while", "whereas", "although", "though", "because", "unless", "whenever"})


def alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of words and phrases from a list, longest first (so that
    "furthermore" is tried before "further"); the spaces of a phrase match any run of
    whitespace."""
    phrases = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(regex.escape(part) for part in p.split()) for p in phrases)


def capitalised(words: tuple[str, ...] | frozenset[str]) -> tuple[str, ...]:
    """The words of a list with a capital first letter ("in" -> "In"), for patterns
    that match them case-sensitively at the start of a sentence or in a headline."""
    return tuple(w[:1].upper() + w[1:] for w in words)


# Determiners that open a description: indefinite ones introduce a new anonymous
# source, definite ones refer back to one already introduced.
INDEFINITE_DETERMINERS: frozenset[str] = frozenset({
    "a", "an", "another", "one", "two", "three", "four", "five", "several", "some",
    "many", "most", "other", "numerous", "few", "multiple", "various", "certain",
    "senior", "top", "unnamed", "anonymous",
})
DEFINITE_DETERMINERS: frozenset[str] = frozenset({"the", "this", "that", "these", "those", "both"})
DEMONSTRATIVES: frozenset[str] = frozenset({"this", "that", "these", "those"})
OBJECT_PRONOUNS: frozenset[str] = frozenset({"him", "her", "them", "us", "me", "it", "you"})
# A third-person object pronoun as a source ("according to him") stands for its subject form.
OBJECT_TO_SUBJECT: dict[str, str] = {"him": "he", "her": "she", "them": "they"}
# Words between a subject and a cue that put the saying in the future or the habitual:
# "the Democrats are going to say, '…'", "they used to say".
FUTURE_MARKERS: frozenset[str] = frozenset({"going", "gonna", "to", "used"})


# Lines that are site furniture, never article text.
FURNITURE: frozenset[str] = frozenset({
    "related articles", "related stories", "recent articles", "advertisement",
    "- advertisement -", "back to top button", "adblock detected", "read more",
    "share this article", "comments are closed, but trackbacks and pingbacks are open.",
    "follow us", "subscribe", "latest news", "more stories", "donate",
    "personalize your news", "browse categories and topics", "read the rest here.",
})

# Labels that open a furniture line, a link or a caption rather than prose:
# "READ MORE: ...", "WATCH: ...", "PHOTO: ...", "Related: ...".
FURNITURE_LABELS: tuple[str, ...] = (
    "transcript", "read more", "read also", "also read", "more", "watch", "video", "videos", "photo",
    "photos", "picture", "pictures", "pictured", "gallery", "live", "live updates",
    "related", "see also", "listen", "podcast", "click here", "sign up", "subscribe",
    "sponsored", "recommended", "trending", "most read", "top stories", "advertisement",
    "image", "caption", "credit", "file photo", "photograph", "photographs", "pic", "pics",
    "photo credit", "illustration", "the latest", "latest", "breaking",
    "updated", "exclusive", "explainer", "fact check", "factbox", "q&a",
)
# Units of the time stamps of live-blog and sidebar items: "3h ago", "12 mins ago".
TIME_STAMP_UNITS: tuple[str, ...] = (
    "s", "sec", "secs", "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs",
    "hour", "hours", "d", "day", "days",
)

# A quote sheet's topic in brackets before an answer: '(on the late interception) "…"',
# '(opening statement) "…"'.
TOPIC_BRACKET_OPENERS: tuple[str, ...] = ("on", "about", "opening", "asked")
# What only a programme's host says, welcoming or bringing in a guest: a label with a
# turn that says one is a host ("MS. BRZEZINSKI: Governor Huckabee, thanks for joining us.").
HOST_PHRASES: tuple[str, ...] = (
    "thanks for joining us", "thank you for joining us", "thanks for being with us", "thank you for being with us",
    "welcome to the program", "welcome to the programme", "welcome to the show", "joins us now", "joining us now",
    "let's go to", "let's bring in", "good to have you", "great to have you",
)
# Transcript labels of the programme's own journalists: their turns are the
# programme's narration and questions, not a source's statements (what they report
# inside a turn is still read by the ordinary rules).
JOURNALIST_LABELS: frozenset[str] = frozenset({
    "anchor", "host", "co-host", "presenter", "interviewer", "moderator", "q", "question",
    "reporter", "correspondent", "narrator", "announcer",
    # public radio transcripts mark their own reporters "SHANNON BOND, BYLINE:"
    "byline",
})
# The last word of a law's name ("the Nationality, Immigration and Asylum Act"): a
# capitalised name ending so is no person.
LAW_NAME_HEADS: frozenset[str] = frozenset({"act"})
# A transcript turn made only of these words ("Thank you, Rachel.", "No, thank you.",
# "Good morning to you, Senator") is a pleasantry, not a statement: it needs one of
# GREETING_WORDS, and its capitalised words are the vocative.
PLEASANTRY_WORDS: frozenset[str] = frozenset({
    "thank", "thanks", "you", "very", "much", "so", "good", "morning", "afternoon", "evening", "night", "hello", "hi",
    "welcome", "cheers", "no", "yes", "ok", "okay", "sure", "please", "great", "nice", "to", "be", "here", "and",
    "again", "indeed", "all", "everyone", "everybody", "sir", "madam", "ma'am", "ma’am", "for", "having", "me", "us",
})
GREETING_WORDS: frozenset[str] = frozenset({"thank", "thanks", "hello", "hi", "welcome", "cheers", "morning", "afternoon", "evening"})
# Headline verbs that present a person ("Meet Masha Novikova, the director …"): no part of the name.
PRESENTING_VERBS: frozenset[str] = frozenset({"meet", "introducing"})
# Titles of elected members: in a hearing's or a debate's transcript ("Senator WONG:",
# "Rep. JORDAN:") a member who mostly asks questions is on the record, not a host.
LEGISLATOR_TITLES: frozenset[str] = frozenset({
    "senator", "sen", "representative", "rep", "congressman", "congresswoman", "councillor", "councilman",
    "councilwoman", "councilmember", "assemblyman", "assemblywoman", "assemblymember", "delegate", "lord", "baroness",
})
# How a host hands a story to a reporter: "NPR's Shannon Bond reports."
HANDOVER_PHRASES: tuple[str, ...] = ("reports", "has more", "has the story")

# Verb phrases that put a cue in the infinitive and still say it was said, by the
# subject: "went on to say", "took to Twitter to slam", "used the speech to warn",
# "was quick to point out" (not "wanted to say", "declined to say").
INFINITIVE_FRAMES: tuple[str, ...] = (
    "went on", "goes on", "go on", "going on", "took to", "takes to", "take to", "taking to",
    "used", "uses", "using", "took the opportunity", "takes the opportunity", "took the time",
    "took time", "was quick", "were quick", "is quick", "are quick", "was careful", "were careful",
    "was keen", "were keen", "is keen", "was at pains", "were at pains", "is at pains",
    "hastened", "hastens", "rushed",
)

# Prepositions that, capitalised between capitalised words, are inside a group's or
# a campaign's proper name: "Doctors Without Borders", "Jews Against Trump",
# "Students For Life" (a lower-case "for" may be a description: "Attorneys for Clinton").
ORG_NAME_PREPOSITIONS: frozenset[str] = frozenset({"Without", "Against", "For"})

# Members of parliaments and assemblies by their letters: after a place or a party
# they end a description, not an organisation's name ("the Kildare North TD",
# "the Glasgow Kelvin MSP").
MEMBER_TITLES: frozenset[str] = frozenset({"mp", "td", "msp", "mla", "mpp", "mep"})

# Capitalised roles set before a name as a label, which style guides lower-case but
# court and crime copy often does not: "Prosecutor Ellen Marsh", "Juror Tina
# Kadisak", "Witness Angela Pruitt".  Before two or more name words they are a role.
FUSED_ROLE_WORDS: frozenset[str] = frozenset({
    "prosecutor", "witness", "juror", "defendant", "plaintiff", "lawyer", "attorney",
    "detective", "officer", "inspector", "coach", "manager", "captain", "director",
    "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "professor",
    "doctor", "nurse", "teacher", "pastor", "councillor", "councilor", "councilman",
    "councilwoman", "trustee", "chairman", "chairwoman", "chair", "chief", "executive",
    "alderman", "alderwoman", "alderperson", "assemblyman", "assemblywoman", "assemblymember",
    "selectman", "selectwoman", "supervisor", "legislator",
    "founder", "candidate", "mayor", "sheriff", "judge", "justice", "commissioner",
    "ambassador", "minister", "secretary", "senator", "governor", "premier",
    # players' positions in sports copy ("Midfielder Ed Marsh", "Quarterback Joe Burrow")
    "midfielder", "striker", "defender", "goalkeeper", "forward", "winger", "quarterback",
    "pitcher", "catcher", "guard", "center", "centre", "batter", "bowler", "batsman",
    # occupations of the arts, media, science and public life ("Comedian Jimmy Tarbuck",
    # "Co-moderator Andrea Mitchell", "Astronomer Jane Ruiz")
    "comedian", "comedienne", "actor", "actress", "singer", "songwriter", "singer-songwriter", "musician",
    "rapper", "guitarist", "drummer", "presenter", "broadcaster", "host", "co-host", "moderator",
    "co-moderator", "author", "novelist", "writer", "poet", "playwright", "artist", "painter", "sculptor",
    "photographer", "filmmaker", "producer", "designer", "chef", "entertainer", "journalist", "reporter",
    "columnist", "historian", "scientist", "researcher", "astronomer", "physicist", "engineer", "architect",
    "farmer", "activist", "campaigner", "organiser", "organizer", "entrepreneur", "businessman",
    "businesswoman", "billionaire", "investor", "footballer", "cricketer", "golfer", "boxer", "athlete",
    "swimmer", "cyclist", "referee", "umpire", "priest", "bishop", "archbishop", "rabbi", "imam", "surgeon",
    "physician", "psychologist", "psychiatrist", "congressman", "congresswoman", "co-founder", "co-chair",
    "co-chairman", "lawmaker", "student", "resident", "survivor", "victim",
}) | PLAYER_POSITIONS

# Nouns and participles before a title in quotation marks: "the film “We Believe”",
# "her memoir, “Plenty of Nothing,”", "an essay titled “…”": a work's name, not speech.
WORK_TITLE_CUES: frozenset[str] = frozenset({
    "film", "movie", "documentary", "book", "memoir", "novel", "biography", "autobiography",
    "album", "song", "single", "series", "sitcom", "show", "programme", "play", "musical",
    "opera", "poem", "painting", "exhibition", "exhibit", "podcast", "column", "essay",
    "titled", "entitled", "headlined",
})

# Generational suffixes: part of a name ("Robert Hale Jr.", "Martin Luther King III"),
# never a name or a speaker alone.
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Letters after a name that are no part of it: "Nick Johnson KC", "Jane Smith MP",
# "Ann Lee OBE" (the name is Nick Johnson; Jr. and III stay, as they tell people apart).
POST_NOMINALS: frozenset[str] = frozenset({
    "kc", "qc", "sc", "mp", "msp", "ms", "mla", "mpp", "mep", "obe", "cbe", "mbe", "kbe", "dbe", "phd", "esq",
    "mna", "mpa",  # Pakistan's national and provincial assemblies
})
# Words after a full name that are a title written after it, as South Asian papers do:
# "responded Azam Nazir Tarar Advocate" (Azam Nazir Tarar).
POST_NOMINAL_WORDS: frozenset[str] = frozenset({"advocate"})

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "dr", "sen", "rep", "asm", "gov", "gen", "lt", "col", "sgt", "capt", "cllr", "cr",
    "det", "insp", "supt", "fr", "hon",
    "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "prof", "rev", "ft",
    "mt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "u.s", "u.n", "u.k", "d.c", "a.m", "p.m", "e.g", "i.e", "etc", "approx",
    "dept", "gov't", "n.c", "s.c", "n.y", "calif", "fla", "ga", "va", "pa", "mass",
    "wis", "ill", "ky", "tenn", "ala", "ariz", "colo", "conn", "del", "mich", "minn",
    "miss", "mo", "neb", "nev", "okla", "ore", "tex", "wash", "wyo", "r", "d", "est",
})


def inflect(lemma: str) -> tuple[str, ...]:
    """The forms a reporting verb takes in news prose: base, -s, -ing and past (with
    the past participle where it differs): "swear" -> swear, swears, swearing,
    swore, sworn; "agree" -> agreeing; "echo" -> echoes; "slam" -> slammed."""
    if lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "i", "o", "u"):
        third, ing, past = lemma[:-1] + "ies", lemma + "ing", (lemma[:-1] + "ied",)
    elif lemma.endswith("ee"):
        third, ing, past = lemma + "s", lemma + "ing", (lemma + "d",)
    elif lemma.endswith("e"):
        third, ing, past = lemma + "s", lemma[:-1] + "ing", (lemma + "d",)
    elif lemma in DOUBLING:
        third, ing, past = lemma + "s", lemma + lemma[-1] + "ing", (lemma + lemma[-1] + "ed",)
    else:
        sibilant = lemma.endswith(("s", "sh", "ch", "x", "z", "o"))
        third, ing, past = lemma + ("es" if sibilant else "s"), lemma + "ing", (lemma + "ed",)
    if lemma in IRREGULAR:
        past = IRREGULAR[lemma]
    forms = (lemma, third, ing, *past)
    if lemma[-1:] == "l" and lemma[-2:-1] in ("a", "e", "i", "o", "u") and lemma[-3:-2] not in ("a", "e", "i", "o", "u") and len(lemma) > 4:
        forms += (lemma + "led", lemma + "ling")  # British "labelled", "signalling"
    return forms


def forms_to_lemma(lemmas: tuple[str, ...] | frozenset[str]) -> dict[str, str]:
    """Map every inflected form back to its lemma."""
    table: dict[str, str] = {}
    for lemma in lemmas:
        for form in inflect(lemma):
            table.setdefault(form, lemma)
    return table


SPEECH_FORMS: dict[str, str] = forms_to_lemma(SPEECH_VERBS)
BEGINNING_FORMS: frozenset[str] = frozenset(forms_to_lemma(BEGINNING_VERBS))  # "started", "begins", "began" …
OBJECT_FORMS: dict[str, str] = forms_to_lemma(OBJECT_VERBS)
PARTICLE_FORMS: dict[str, str] = forms_to_lemma(tuple(PARTICLES))
# Every word form that can be (part of) a reporting cue.
# Verbs that also convene an event: "called an early election", "called a press
# conference", "called snap elections" report nothing (but "called the election
# rigged" does: a definite object may be described).
CONVENING_VERBS: frozenset[str] = frozenset({"call"})
CONVENED_EVENTS: frozenset[str] = frozenset({
    "election", "elections", "vote", "votes", "referendum", "strike", "strikes", "meeting",
    "conference", "summit", "session", "hearing", "inquiry", "recess", "halt", "ceasefire",
    "truce", "rally", "march", "timeout", "time-out", "poll", "polls",
})
# Whom one calls on the telephone: "a neighbor called 911", "called the police",
# "called an ambulance" (a number is one too).
CALLED_SERVICES: frozenset[str] = frozenset({
    "police", "ambulance", "ambulances", "paramedics", "firefighters", "emergency", "authorities",
    "hotline", "helpline", "dispatcher", "dispatchers",
})
# Words that open an adverbial participle clause, whose understood subject is the
# sentence's ("apologised to the fans after saying", "by insisting that"); not "for"
# or "of", whose subject is the object before them ("attacked Clinton for saying").
PARTICIPLE_SUBORDINATORS: tuple[str, ...] = ("after", "before", "while", "whilst", "when", "since", "by", "without", "upon", "despite")
# Cue forms that open a compound preposition with the next word: "thanks to its size".
PREPOSITION_CUE_FORMS: dict[str, str] = {"thanks": "to"}
# "add to" with a thing as object is to increase, not to speak: "now added to the list",
# "adds to the pressure", "adding to their woes" (but "added to reporters", "to People").
INCREASE_CUE_FORMS: frozenset[str] = frozenset({"add", "adds", "added", "adding"})
# Cue verbs that take "of" ("says of", "warned of", "accused him of"): before "of" any
# other cue word that can be a noun is one ("media reports of", "claims of fraud").
OF_VERBS: frozenset[str] = frozenset({
    "say", "remark", "joke", "quip", "observe", "muse",  # "says of Clinton, “…”"
    "speak", "warn", "talk", "tell", "boast", "brag", "complain", "write", "think", "dream", "accuse", "inform",
    "remind", "convince", "assure", "approve", "disapprove", "hear", "learn", "know", "testify", "notify", "caution",
})
CUE_WORDS: frozenset[str] = frozenset(SPEECH_FORMS) | frozenset(OBJECT_FORMS) | frozenset(PARTICLE_FORMS)
# Cue forms that are also nouns after a possessive ("Editor's note:", "Trump's
# claims", "the senators' promise"): the base and -s forms.  Past and -ing forms
# stay verbs there, since "Clinton's said" and "Trump's saying" contract has/is.
CUE_NOUN_FORMS: frozenset[str] = frozenset(
    form for lemma in frozenset(SPEECH_VERBS) | frozenset(OBJECT_VERBS) | frozenset(PARTICLES) for form in inflect(lemma)[:2]
)
# Words after which a cue's base or -s form is a noun, not a verb: "across the state",
# "his tweets", "an email", "the most of any state", "had no say" (not "to state",
# "some say", "her say", "one says", "a poll that shows": those take verbs); after a
# number only a plural is ("11 states").
NOUN_BEFORE_WORDS: frozenset[str] = frozenset({
    "the", "a", "an", "every", "each", "his", "their", "its", "our", "my", "your",
    "in", "across", "of", "from", "for", "by", "with", "at", "on", "into", "between",
    "among", "throughout", "about", "against", "over", "under", "without", "within",
    "amid", "amidst", "despite", "during", "following", "after", "before", "upon",
    "toward", "towards", "through", "any", "no",
})
DETERMINERS_BEFORE_NAMES: frozenset[str] = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "every", "each"})
# Prepositions before which an -ed form is an adjective, not a verb: "the number of
# reported cases" (not "with", "to", "about" or "for", which a relative clause may
# leave at its end: "the people he spoke with reported …")
PREPOSITIONS_BEFORE_PARTICIPLES: frozenset[str] = frozenset({"of", "in", "on", "amid", "among", "over"})
# What opens a noun phrase whose head follows a capitalised modifier: "a New York
# judge", "one NLD volunteer" (a singular head, so the number one only).
SINGULAR_DETERMINERS: frozenset[str] = DETERMINERS_BEFORE_NAMES | frozenset({"one"})
NUMBER_WORDS_BEFORE_NOUNS: frozenset[str] = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
})
# Quantifiers after which a cue's -s form is a plural noun ("some states remained too
# close to call", "many reports"): "some say" takes the base form, never "some says".
PLURAL_QUANTIFIERS: frozenset[str] = frozenset({
    "some", "many", "most", "several", "few", "both", "all", "other", "these", "those", "various", "numerous",
})
# Heads that count or sample what follows "of": "a number of voters", "a series
# of polls", "a copy of the memo".  The source of such a description is in its
# of-phrase; any other head ("the blizzard of tweets", "the dissolution of
# parliament") names a thing, whatever its modifier holds.
PARTITIVE_HEADS: frozenset[str] = frozenset({
    "number", "majority", "minority", "plurality", "half", "third", "quarter", "share", "percentage", "portion",
    "group", "series", "handful", "couple", "pair", "trio", "chorus", "clutch", "variety", "host", "lot", "lots",
    "dozen", "dozens", "scores", "hundreds", "thousands", "millions", "bunch", "rest", "copy", "copies", "team",
    "panel", "delegation", "coalition", "bloc", "wave", "slew", "string", "raft", "flurry", "body",
    "percent", "average", "version", "sample", "fraction", "proportion", "slice", "segment",
    "section", "faction", "wing",
})
# Words whose 's is a contraction of is/has, not a possessive.
CONTRACTING_WORDS: frozenset[str] = frozenset({
    "it", "he", "she", "that", "there", "here", "what", "who", "where", "how", "let", "everyone", "nobody", "someone",
})
# Cue words of a title-case headline, matched capitalised.  Headlines report in the
# present tense ("Chris Christie Says He Would ...", "Christie Stresses ..."), so the
# -s form of every cue verb that needs no particle; of past forms only "said" and
# "told", which headlines do use, since a past form in a headline is usually a
# participle ("Candidates Give Calculated Answers").
HEADLINE_PAST_CUES: tuple[str, ...] = ("said", "told")
HEADLINE_CUES: frozenset[str] = frozenset(
    inflect(lemma)[1] for lemma in frozenset(SPEECH_VERBS) | frozenset(OBJECT_VERBS) if lemma not in NEEDS_PARTICLE
) - NEEDS_PARTICLE_FORMS | frozenset(HEADLINE_PAST_CUES)

# Speech verbs that report a clause only with an explicit `that` (or whether/if):
# `officials believe that ...`; without it they are too often not attribution
# ("they found a car", "he expects rain").
THAT_ONLY: frozenset[str] = frozenset({
    "believe", "think", "find", "show", "hope", "expect", "fear", "feel",
    "understand", "learn", "know", "realize", "realise", "recognize", "recognise", "doubt",
    "suppose", "guess", "surmise", "project", "calculate", "judge", "assess",
    "worry", "continue", "agree", "object", "protest", "signal", "hint",
    "report", "comment", "answer", "forecast", "foresee", "posit", "theorize", "theorise",
    "describe", "recount", "relate", "repeat", "advise", "recommend", "propose",
    "demand", "urge", "threaten", "promise", "pledge", "vow", "post", "imply",
    "estimate", "predict", "conclude", "indicate", "reveal", "disclose", "mention",
    "recall", "remind", "inform", "notify", "assure", "charge", "accuse", "blame",
    "highlight", "underline", "underscore", "counter", "respond", "reply", "ask", "beg", "implore",
    "order",  # ("ordered 150 jets", "ordered a review": no words)
})

# THAT_ONLY verbs of saying that also take a bare clause when it opens with a pronoun
# or determiner and soon reaches an auxiliary: "predicted it would affect other
# cases", "indicated it would give $75,000" (but not "predicted the outcome").
BARE_CLAUSE_DECLARATIVES: frozenset[str] = frozenset({
    "predict", "indicate", "estimate", "reveal", "disclose", "mention", "conclude",
    "report", "forecast", "project", "imply", "recall", "hint", "signal", "calculate",
    "posit", "theorize", "theorise", "reply", "respond", "counter",
})

# Verbs of commitment that report their content as a to-infinitive: "pledged to
# sell its fields", "vowed to fight on", "threatened to strike".
INFINITIVE_CUES: frozenset[str] = frozenset({"pledge", "vow", "promise", "threaten", "swear"})

# Verbs whose first object is the hearer, not the message: `told reporters that`.
HEARER_VERBS: frozenset[str] = frozenset({
    "tell", "inform", "assure", "remind", "notify", "warn", "urge", "ask", "advise",
    "promise", "beg", "implore", "caution", "instruct", "order",
})

# Words that end a speaker's run of verbs in a passive (`has been told`): a cue
# after one of these reports what the subject heard, not what it said.
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({"been", "was", "were", "is", "are", "be", "being", "get", "gets", "got", "getting", "gotten", "stand", "stands", "stood"})  # ("stands accused of", "started getting questioned")
# Active verbs that relay someone's words before "as saying": "The paper quoted Lai as
# saying", "citing officials as saying" (the one quoted speaks).
QUOTING_AS_VERBS: tuple[str, ...] = ("quoted", "quotes", "quoting", "cited", "cites", "citing")
# Passive verbs that relay someone's own words to the reader, before a participle cue:
# "Braynard is quoted as saying", "he was heard telling", "She was quoted by ABS-CBN
# stating": the subject speaks (the agent after "by" only carried the words).
RELAYING_PASSIVES: tuple[str, ...] = ("quoted", "heard", "overheard", "recorded", "filmed", "caught", "cited", "reported")
# ... and what may follow them before "as": the agent, or where it was ("was quoted in
# the ECOWAS' post on X as saying").
RELAYING_PREPOSITIONS: tuple[str, ...] = ("by", "in", "on")
# What may follow a cue that ends its attribution besides `CUE_ADJUNCTS`: the agent of a
# relayed passive ("…, Muda was quoted as saying by the Bernama news agency.").
CLOSING_AGENTS: frozenset[str] = frozenset({"by"})
# Adverbs between a passive auxiliary and its verb after an expletive "it": "It was also revealed".
PASSIVE_ADVERBS: frozenset[str] = frozenset({"also", "later", "already", "first", "then", "since", "now", "still", "again", "never"})

# Phrases between a cue and its clause that are not part of the statement.
CUE_ADJUNCTS: tuple[str, ...] = (
    "on", "in", "at", "during", "last", "this", "earlier", "late", "early",
    "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "recently", "repeatedly", "publicly", "privately", "also",
    "then", "again", "afterward", "afterwards", "later", "separately", "via",
    "through", "after", "before", "while", "when", "from", "to", "with", "of", "for",
    "once", "both", "first", "here",
)

# Verbs that invert with their subject after a statement: `..., said the official.`
INVERTING_VERBS: frozenset[str] = frozenset({
    "say", "add", "write", "tell", "note", "explain", "argue", "insist", "warn",
    "claim", "continue", "state", "ask", "recall", "observe", "reply", "respond",
    "conclude", "concede", "declare", "announce", "suggest", "tweet", "report",
})

# Photo captions and credits: lines that name people without being article prose.
CAPTION = regex.compile(r"(?:FILE\b|PHOTO\b|Photo:|Image:|Caption:|\(?(?:AP|AFP|Reuters|Getty Images)\s+Photo)")

# Nouns that report a statement with a that-clause: `Trump's claim that ...`,
# `the assertion by officials that ...`.
CLAIM_NOUNS: frozenset[str] = frozenset({
    "claim", "claims", "assertion", "assertions", "suggestion", "argument",
    "contention", "insistence", "statement", "allegation", "allegations",
    "warning", "promise", "pledge", "vow", "admission", "accusation", "charge",
    "prediction", "announcement", "declaration", "denial", "boast", "complaint",
    "observation", "remark", "comment", "view", "belief", "message",
})

# Role nouns used as epithets for a person already named: `Cruz ... The Texas senator
# said`.  A definite description with one of these heads refers back to the person
# the text is about when no role or modifier points elsewhere.
# Nouns for one person of a nation, which sports and foreign news use as epithets for
# someone already named ("the Austrian continued", "the Spaniard said"); forms that
# also mean a whole people ("the Chinese", "the French") are left out.
DEMONYMS: frozenset[str] = frozenset({
    "afghan", "albanian", "algerian", "american", "argentine", "argentinian", "armenian",
    "australian", "austrian", "azerbaijani", "bangladeshi", "belarusian", "belgian",
    "bolivian", "bosnian", "brazilian", "briton", "bulgarian", "cameroonian", "canadian",
    "chilean", "colombian", "croat", "croatian", "cuban", "dane", "dutchman", "ecuadorian",
    "egyptian", "englishman", "englishwoman", "estonian", "ethiopian", "filipino", "finn",
    "frenchman", "frenchwoman", "georgian", "german", "ghanaian", "greek", "hungarian",
    "icelander", "indian", "indonesian", "iranian", "iraqi", "irishman", "irishwoman",
    "israeli", "italian", "ivorian", "jamaican", "jordanian", "kazakh", "kenyan", "korean",
    "kosovar", "latvian", "libyan", "lithuanian", "malaysian", "malian", "mexican",
    "moroccan", "nigerian", "norwegian", "pakistani", "palestinian", "paraguayan",
    "peruvian", "pole", "romanian", "russian", "saudi", "scot", "scotsman", "scotswoman",
    "serb", "serbian", "slovak", "slovenian", "somali", "spaniard", "swede", "syrian",
    "tanzanian", "tunisian", "turk", "ugandan", "ukrainian", "uruguayan", "venezuelan",
    "welshman", "welshwoman", "yemeni", "zambian", "zimbabwean", "kiwi", "aussie", "texan",
    "californian", "new yorker",
})
# Adjectives of office that open an institution's name, never a person's: "the Federal
# Reserve", "National Guard", "the Royal Mint".
INSTITUTION_ADJECTIVES: frozenset[str] = frozenset({"federal", "national", "royal", "central", "supreme"})
# Words of party names, before a role: "Conservative MP", "Lib Dem MSP", "Labor Senator".
PARTY_WORDS: frozenset[str] = frozenset({
    "conservative", "conservatives", "tory", "labour", "labor", "liberal", "lib", "dem", "democrat",
    "democratic", "republican", "green", "greens", "snp", "plaid", "cymru", "dup", "uup", "sinn", "féin",
    "fein", "reform", "independent", "national", "nationals", "alliance", "ukip", "ndp", "bloc",
    "unionist", "socialist", "progressive", "opposition", "government", "backbench", "senior",
    "scottish", "welsh", "irish", "english", "british", "northern", "ulster",
})
# Role nouns that are never a surname: a capitalised run ending in one is a described
# source ("Conservative MP", "Democratic Senator"), not a person called "MP".
ROLE_ONLY_HEADS: frozenset[str] = frozenset({
    "mp", "mps", "mla", "mlas", "mpp", "mpps", "mep", "meps", "msp", "msps", "senator",
    "senators", "lawmaker", "lawmakers", "legislator", "legislators", "congressman",
    "congresswoman", "councillor", "councillors", "councilor", "councilors", "spokesman",
    "spokeswoman", "spokesperson", "official", "officials", "backbencher", "backbenchers",
    "assemblyman", "assemblywoman", "assemblymember", "alderman", "alderwoman",
})
# Words that may stand with a demonym in an epithet for the person just named ("the
# Italian", "the veteran Scot", "the 45-year-old Frenchman").
DEMONYM_EPITHET_MODIFIERS: frozenset[str] = frozenset({"veteran", "young", "former", "experienced"})
EPITHET_HEADS: frozenset[str] = DEMONYMS | frozenset({
    "signing", "recruit", "debutant",
    "senator", "governor", "president", "candidate", "nominee", "businessman",
    "businesswoman", "billionaire", "mogul", "tycoon", "congressman", "congresswoman",
    "lawmaker", "mayor", "secretary", "minister", "leader", "chairman", "chairwoman",
    "ambassador", "envoy", "veteran", "neurosurgeon", "surgeon", "doctor", "lawyer",
    "frontrunner", "front-runner", "hopeful", "speaker", "representative", "premier",
    "chancellor", "king", "queen", "prince", "general", "commander", "judge", "justice",
    "host", "anchor", "author", "actor", "actress", "singer", "star", "executive",
    "founder", "ceo", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
    "aide", "diplomat", "democrat", "republican", "independent", "libertarian",
    # the arts, sport and public life ("the Hello singer", "the recently divorced
    # songwriter", "the Kildare North TD", "the Everton manager", "the defending champion")
    "songwriter", "singer-songwriter", "musician", "rapper", "comedian", "presenter", "broadcaster",
    "novelist", "filmmaker", "scientist", "economist", "activist", "campaigner", "entrepreneur",
    "investor", "philanthropist", "footballer", "cricketer", "golfer", "boxer", "athlete",
    "striker", "midfielder", "goalkeeper", "manager", "coach", "captain", "champion",
    "politician", "legislator", "mp", "msp", "td", "mla", "mpp", "mep", "councillor", "councilor",
})

# Documents and data that "show", "find" or "suggest" things: their statements are
# attributed to them just like a person's (`A Fox News poll shows Sanders ahead`).
DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "poll", "polls", "polling", "survey", "surveys", "study", "studies", "report",
    "reports", "data", "analysis", "records", "record", "documents", "document",
    "figures", "numbers", "statistics", "results", "email", "emails", "memo", "letter",
    "filing", "filings", "transcript", "video", "footage", "tape", "recording", "audit",
    "review", "investigation", "research", "estimate", "estimates", "projections",
    "forecast", "model", "census", "indictment", "complaint", "lawsuit", "ruling",
    "order", "statement", "release", "article", "story", "book", "ad", "advertisement",
    "tweet", "post", "website", "page", "chart", "map", "photo", "photos", "images",
    "ranking", "rankings", "index", "tally", "count", "exit", "projection", "claim", "suit",
    "affidavit", "petition", "judgment", "summary", "biography", "profile", "returns",
    "timeline", "schedule", "declaration", "interview", "interviews", "plan", "editorial",
    "code", "guidance", "guidelines", "manifesto", "constitution", "charter", "legislation",
    "agreement", "treaty", "contract",
    "editorials", "op-ed", "column", "posting", "postings", "newsletter", "readout",
    # texts that "read" or "say": "the film's official synopsis reads:", "the plaque says"
    "synopsis", "blurb", "description", "caption", "notice", "plaque", "inscription", "headline",
    "clip", "clips",
})

# Cue verbs whose subject may be a document, reporting a clause without `that`.
DOCUMENT_VERBS: frozenset[str] = frozenset({"show", "find", "suggest", "indicate", "reveal", "say", "conclude", "estimate", "predict", "claim", "state", "note", "confirm"})

# Verbs reported in the passive with an agent: `The meeting was first reported by Politico`.
PASSIVE_AGENT_VERBS: frozenset[str] = frozenset({"reported", "announced", "confirmed", "revealed", "disclosed", "broken", "said", "stated", "claimed", "denied", "criticized", "praised", "condemned", "described", "called"})

# Endings of nouns for people, so that an unlisted plural like "fact-checkers" or
# "pollsters" can still head a source.
PEOPLE_SUFFIXES: tuple[str, ...] = ("ers", "ors", "ists", "ians", "ants", "ents", "ives", "ees", "ics")
# "failed to note that ...", "declined to say whether ...": nothing was said.
UNSAID_BEFORE_TO: frozenset[str] = frozenset({"failed", "fails", "fail", "declined", "declines", "decline", "refused", "refuses", "refuse", "neglected", "neglects"})
# ... and "from" ("The Commission refrains from announcing the date": nothing announced)
UNSAID_BEFORE_FROM: frozenset[str] = frozenset({"refrain", "refrains", "refrained", "refraining", "abstain", "abstains", "abstained", "abstaining"})
UNSAID_BEFORE: dict[str, frozenset[str]] = {"to": UNSAID_BEFORE_TO, "from": UNSAID_BEFORE_FROM}
# Labels of a bracketed paragraph that translates the quotation before it:
# "[Translation: There were also fake videos …]".
TRANSLATION_LABELS: tuple[str, ...] = ("translation", "english translation", "unofficial translation", "translated")
# Nouns a cue's base or -s form makes with the word before it ("law and order", "an
# executive order", "court orders"): by form, the words before.
COMPOUND_NOUN_LEMMAS: dict[str, frozenset[str]] = {
    "order": frozenset({"law and", "executive", "court", "gag", "restraining", "protection", "protective", "evacuation",
                        "lockdown", "stay-at-home", "shelter-in-place", "purchase", "removal", "deportation", "compliance"}),
}
# -s forms of cue verbs read as plural nouns when a clause opens with them ("said on
# Thursday that orders for its engines rose"), not as the verb of a relative clause.
NOUN_FIRST_S_FORMS: frozenset[str] = frozenset({"orders"})
COMPOUND_NOUN_FORMS: dict[str, frozenset[str]] = {form: before for lemma, before in COMPOUND_NOUN_LEMMAS.items()
                                                  for form in inflect(lemma)[:2]}
# Cue verbs that a particle after them makes another verb: "found out" is learned; by
# form, for the cue scan.
UNSAID_PARTICLE_VERBS: dict[str, frozenset[str]] = {"find": frozenset({"out"})}
UNSAID_PARTICLES: dict[str, frozenset[str]] = {form: particles for lemma, particles in UNSAID_PARTICLE_VERBS.items()
                                               for form in inflect(lemma)}
# The same endings in the singular, for a description's head before a modifier ("a
# producer for Yahoo Studios", "the ex-wife of the senator") ...
PERSON_SUFFIXES: tuple[str, ...] = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "wife", "husband")
# ... except the common nouns for things with those endings ("the number of", "a
# matter of"), so that "The blizzard of tweets" or "The number of voters" never speaks.
NOT_PERSON_NOUNS: frozenset[str] = frozenset({
    "number", "matter", "order", "power", "border", "chapter", "corner", "center", "typewriter", "placeholder",
    "answer", "water", "paper", "letter", "error", "factor", "sector", "color", "colour",
    "floor", "door", "honor", "honour", "labor", "labour", "favor", "favour", "theater",
    "disaster", "river", "winter", "summer", "quarter", "cancer", "dinner", "danger",
    "rumor", "rumour", "register", "career", "layer", "trigger", "filter", "weather",
    "event", "content", "moment", "element", "extent", "percent", "talent", "accident",
    "incident", "segment", "comment", "agreement", "argument", "payment",
    "plant", "grant", "variant", "warrant", "restaurant", "tenant", "giant",
    "commitment", "government", "department", "movement", "statement",
    # things named by what they do ("the maker of Mac computers said")
    "computer", "printer", "container", "trailer", "charger", "reactor", "tractor", "motor",
    "elevator", "generator", "calculator", "processor", "monitor", "sensor", "shelter",
    "cluster", "barrier", "tower", "poster", "sticker", "scooter", "helicopter", "freezer",
})
# ... except endings that make things: "investments", "statements", "documents".
THING_SUFFIXES: tuple[str, ...] = ("ments",)
# Endings of singular nouns for people that may title a name in lower case ("astronomer
# David Nesvorny", "physicist", "historian"), and long words with those endings that
# are not such nouns.
OCCUPATION_SUFFIXES: tuple[str, ...] = ("er", "or", "ist", "ian")
NOT_OCCUPATIONS: frozenset[str] = frozenset({
    "whether", "another", "together", "however", "whatever", "whenever", "wherever",
    "whoever", "moreover", "neither", "consider", "remember", "discover", "register",
    "whichever", "forever", "altogether", "rather", "further", "farther", "earlier",
    "shorter", "stronger", "greater", "broader", "brother", "daughter", "encounter",
    "counter", "deliver", "answer", "matter", "chapter", "monitor", "interior",
    "exterior", "superior", "inferior", "behavior", "behaviour", "corridor", "meteor",
    "terror", "mirror", "horror", "editor-in-chief", "christian", "guardian", "civilian",
    "canadian", "australian", "indian", "russian", "italian", "brazilian", "egyptian",
    "iranian", "syrian", "palestinian", "nigerian", "ethiopian", "norwegian", "hungarian",
    "bulgarian", "tunisian", "jordanian", "libyan", "asian", "european", "american",
})
# Present-tense verbs with those endings: "Clinton wants", "Trump insists".
PEOPLE_SUFFIX_VERBS: frozenset[str] = frozenset({
    "wants", "grants", "plants", "chants", "rants", "answers", "offers", "enters",
    "orders", "considers", "remembers", "delivers", "gathers", "covers", "suffers",
    "prefers", "refers", "wonders", "counters", "bothers", "lowers", "honors", "favors",
    "mirrors", "monitors", "sponsors", "exists", "resists", "persists", "assists",
    "lists", "twists", "represents", "presents", "prevents", "resents", "consents",
    "laments", "invents", "gives", "lives", "drives", "arrives", "receives",
    "believes", "thrives", "strives", "derives", "sees", "agrees", "frees", "flees",
    "guarantees", "never", "matters", "registers", "triggers", "hinders",
})

# Endings of adjectives that may describe an institution before its name ("the
# nonpartisan Congressional Budget Office", "the independent Electoral Commission").
ADJECTIVE_ENDINGS: tuple[str, ...] = ("an", "al", "ive", "ent", "ant", "ic", "ous", "ful", "less", "ist", "ary")
# Words that open a verb's object: after a past tense they show a clause ("backed the
# strike", "backed it"), not a participle describing a noun ("voters polled by …").
CLAUSE_OBJECT_OPENERS: frozenset[str] = frozenset({
    "the", "a", "an", "it", "them", "his", "her", "their", "its", "this", "that", "these", "those", "our", "my",
})
# Pronouns that are only ever subjects before an auxiliary: after an object verb they
# open a clause ("pointed out it could require …"), never its object.
CLAUSE_SUBJECT_PRONOUNS: tuple[str, ...] = ("it", "he", "she", "they", "we", "there")
# "her role as First Minister", "his capacity as Home Secretary": a person's office, named
OFFICE_HOLDING_NOUNS: tuple[str, ...] = ("role", "capacity", "position", "job", "post", "time", "tenure", "term")
# The gender a possessive says of its owner ("her role as First Minister").
POSSESSIVE_GENDER: dict[str, str] = {"his": "male", "her": "female"}
# Copulas that put a subject after them: "Also addressing lawmakers was Park Jin, who said".
INVERTING_COPULAS: frozenset[str] = frozenset({"was", "is", "were", "are"})
# Adverbs that may open a sentence before its subject: "Maybe Showalter is right".
SENTENCE_ADVERBS: frozenset[str] = frozenset({"maybe", "perhaps", "possibly", "surely", "clearly", "obviously", "certainly"})
# Adverbs that modify a verb, never a noun: inside a would-be description they show a
# clause ("Mr Drakeford also defended health workers").
CLAUSE_ADVERBS: frozenset[str] = frozenset({
    "also", "later", "again", "already", "never", "repeatedly", "previously", "subsequently", "meanwhile", "instead",
})
# Past tenses that are never a modifier before a noun: after a name they end it and
# begin a clause ("Aaron Boone lost count" is no description headed by "count").
PAST_TENSE_VERBS: frozenset[str] = frozenset({
    "lost", "won", "took", "gave", "made", "got", "kept", "ran", "came", "went", "saw",
    "paid", "sent", "brought", "bought", "met", "fell", "rose", "spent", "threw", "drew",
    "drove", "broke", "chose", "fought", "sold", "stood", "began", "became", "sat", "flew",
    "meant", "led", "left", "held", "built", "caught", "felt", "found", "struck", "grew", "knew",
    "sought", "dealt", "shot", "sank", "swept", "fled",
})

# Nouns ending in -s that modify a head noun ("news agency", "arms dealer").
S_NOUN_MODIFIERS: frozenset[str] = frozenset({
    "news", "arms", "sales", "sports", "affairs", "services", "rights", "goods", "appeals",
    "series", "species", "politics", "economics", "physics", "ethics", "means",
    "operations", "systems", "communications", "relations", "elections", "savings",
    "customs", "humanities", "logistics", "statistics", "human-rights", "civil-rights",
})

# Verbs of belief and knowledge that report a clause without `that` when the clause
# opens with a subject word: `Economists believe this provides ...`.
BELIEF_VERBS: frozenset[str] = frozenset({"believe", "think", "know", "feel", "guess"})
CLAUSE_OPENERS: frozenset[str] = frozenset({"the", "this", "these", "those", "he", "she", "it", "they", "we", "there", "his", "her", "their", "its", "our", "nobody", "everyone", "someone"})

# Cue words that are also nouns modifying a source's head: "State officials",
# "the state senator", "protest organizers", "claims adjusters"; participles before a
# source: "the alleged victim" (not "accused": "Sanders accused Republicans of …").
MODIFIER_CUE_NOUNS: frozenset[str] = frozenset({"state", "protest", "claims", "warning", "alleged"})
# Cue forms that are a place's noun after its capitalised name: "in Fortaleza, Ceara
# state, Brazil", "officials in Borno state said" (no capitalised singular is the
# subject of a base form "state").
PLACE_NOUN_CUE_FORMS: frozenset[str] = frozenset({"state"})

# An elapsed time opening a clause: "A few minutes later they ...", "Later that day
# the ministry ...".
ELAPSED_UNITS: tuple[str, ...] = ("seconds", "minutes", "hours", "days", "weeks", "months", "years", "moments")
ELAPSED_COUNTS: tuple[str, ...] = ("a few", "several", "a couple of")  # and any number (NUMBER_WORDS, TEENS, TENS, digits)
ELAPSED_PERIODS: tuple[str, ...] = ("day", "night", "morning", "afternoon", "evening", "week", "month", "year")

# Verbs contracted onto a pronoun: "He’s", "They’re", "I’m", "We’ve", "She’ll", "I’d".
CONTRACTED_VERBS: tuple[str, ...] = ("s", "re", "m", "ve", "ll", "d")
# Those of them that are the perfect's auxiliary before a cue ("he’s said", "they’ve
# said", "she’d said"; not "they’re said to", a passive)
CONTRACTED_AUXILIARIES: tuple[str, ...] = ("s", "ve", "d")

# Inflected forms that are almost never a reporting cue in news prose.
NOT_CUE_FORMS: frozenset[str] = frozenset({"known"})

# A party-and-state tag after a name: "R-Calif.", "D-Wis.".
PARTY_TAG = r"[RDI]-[\p{Lu}][\p{L}.]*"

# Places that stand in appositives after a name ("Brianne Stone, 29, of Huntsville,
# Ala., says"; "Kevin McCarthy, R-Calif., told") and are never the speaker themselves.
US_STATES: frozenset[str] = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
    "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
    "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
    "washington", "west virginia", "wisconsin", "wyoming", "d.c.", "washington, d.c.",
    # AP style abbreviations
    "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.",
    "ind.", "kan.", "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.",
    "mont.", "neb.", "nev.", "n.h.", "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.",
    "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "tex.", "vt.", "va.", "wash.",
    "w.va.", "wis.", "wyo.",
})

# Finite auxiliaries: after a lone capitalised word they show it is a clause subject.
# Modal verbs, always followed by a verb: after a noun they open a clause ("An acre of
# trees can convert …"), where "has"/"were" may close a subject read up to a cue.
MODALS: frozenset[str] = frozenset({"can", "could", "will", "would", "should", "may", "might", "must"})
AUXILIARIES: frozenset[str] = frozenset({
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can",
    "should", "may", "might", "must", "does", "did", "do",
})

# Honorifics say a person's gender in the text itself ("Mr. McGinley", "Ms. Lynch").
# A pronoun soon after a name, in its own clause, says the name's gender ("Trump
# revised his plan", "Clinton says she ..."), unless another person comes between.
OWN_PRONOUN_GENDER: dict[str, str] = {
    "he": "male", "his": "male", "himself": "male", "she": "female", "herself": "female",
}
# Words for someone else that can stand between a name and a pronoun about them
# ("Trump told the crowd their ...", "asked him if he ..."); ROLE_NOUNS and -er/-ist
# nouns ("the mother", "reporters") stop the search too.
OTHER_PERSON_WORDS: frozenset[str] = frozenset({
    "boy", "girl", "men", "women", "child", "children", "baby", "kid", "kids", "guy",
    "lady", "crowd", "audience", "him", "her", "them", "everyone", "anyone", "someone",
    "somebody", "nobody", "who",
})
HONORIFIC_GENDER: dict[str, str] = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}
# Common given names that say a person's gender in English-language news (names used
# for both, such as Alex, Chris, Jordan, Kelly or Sam, are in neither list): a pronoun
# of the other gender never refers to them ("Mike Johnson" is not "she").
MALE_GIVEN_NAMES: frozenset[str] = frozenset({
    "aaron", "adam", "alan", "albert", "alexander", "andrew", "anthony", "antonio", "arthur", "barack",
    "ben", "benjamin", "bernie", "bill", "billy", "bob", "bobby", "boris", "brad", "brandon", "brian",
    "bruce", "carl", "carlos", "charles", "chuck", "colin", "craig", "dan", "daniel", "david", "dennis",
    "donald", "doug", "douglas", "ed", "edward", "eric", "frank", "fred", "gary", "george", "gerald",
    "greg", "gregory", "harold", "harry", "henry", "howard", "ian", "jack", "jacob", "james", "jason",
    "jeb", "jeff", "jeffrey", "jeremy", "jerry", "jim", "jimmy", "joe", "john", "johnny", "jon",
    "jonathan", "jose", "joseph", "josh", "joshua", "juan", "justin", "keith", "ken", "kenneth",
    "kevin", "larry", "lawrence", "luis", "marco", "mark", "martin", "matt", "matthew", "michael",
    "mike", "mitch", "mohammed", "muhammad", "nathan", "neil", "nick", "nicholas", "patrick", "paul",
    "peter", "philip", "phil", "ralph", "randy", "raymond", "richard", "rick", "rob", "robert", "roger",
    "ron", "ronald", "roy", "russell", "ryan", "scott", "sean", "stephen", "steve", "steven", "ted",
    "thomas", "tim", "timothy", "todd", "tom", "tony", "victor", "vladimir", "walter", "wayne", "william",
    "xi", "ahmed", "ali", "hassan", "imran", "narendra", "rahul", "shehbaz", "nawaz", "olaf", "emmanuel",
    "keir", "rishi", "liam", "noah", "oliver", "hugh",
})
FEMALE_GIVEN_NAMES: frozenset[str] = frozenset({
    "amanda", "amy", "angela", "ann", "anna", "anne", "annastacia", "arlene", "barbara", "betty",
    "brenda", "carol", "caroline", "catherine", "christine", "claire", "deborah", "debra", "diana",
    "diane", "donna", "dorothy", "elizabeth", "ellen", "emily", "emma", "fatima", "gretchen", "hannah",
    "heather", "helen", "hillary", "ivanka", "jacinda", "jane", "janet", "jennifer", "jessica", "jill",
    "joan", "joanna", "judith", "julia", "julie", "karen", "karoline", "kate", "katherine", "kathleen",
    "kathryn", "kemi", "kimberly", "laura", "linda", "lisa", "liz", "louise", "lynn", "margaret",
    "maria", "marie", "martha", "mary", "megan", "melania", "melissa", "michelle", "nancy", "nicola",
    "nicole", "olivia", "pamela", "patricia", "priti", "rachel", "rebecca", "ruth", "sally", "samantha",
    "sandra", "sarah", "sharon", "shirley", "sophie", "stephanie", "susan", "suzanne", "theresa", "ursula",
    "victoria", "virginia", "wendy", "yvette", "kamala", "nikki", "sonia", "elena", "sheila", "maryam",
    "benazir", "indira", "mamata", "giorgia", "angelina",
})
# Nouns that say a described source's gender ("a Leeds man said": not "she").
# (not "spokesman", "chairman": news still uses them for women)
_MALE_NOUNS = ("man", "boy", "father", "husband", "son", "brother", "uncle", "grandfather", "boyfriend")
_FEMALE_NOUNS = ("woman", "girl", "mother", "wife", "daughter", "sister", "aunt", "grandmother", "girlfriend",
                 "businesswoman", "congresswoman", "spokeswoman", "chairwoman", "policewoman", "actress")
NOUN_GENDER: dict[str, str] = {w: "male" for w in _MALE_NOUNS} | {w: "female" for w in _FEMALE_NOUNS}
# Abbreviated titles that only ever come before a person's name, so the word after one
# is a surname even when it is also a title ("Rep. King", "Mr. Judge", "Dr. Dean").
NAME_ONLY_TITLES: frozenset[str] = frozenset({
    "rep", "sen", "asm", "gov", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "sgt", "prof", "rev",
    "cllr", "cr",  # UK and Australian councillors: "Cllr Neil Zammett", "Cr Jane Hill"
    "det", "insp", "supt", "dci", "pc", "del", "fr",  # police ranks, "Del." delegates, "Fr" priests
})

# Words that open an adjunct or a clause, never a speaker's noun phrase.
NOT_MENTION_OPENERS: frozenset[str] = frozenset({
    "with", "when", "while", "after", "before", "in", "on", "at", "for", "from", "by",
    "as", "if", "because", "since", "to", "of", "about", "over", "without", "despite",
    "although", "though", "until", "unless", "whether", "during", "into", "through",
})


# --- Around a cue: what follows a reporting verb ------------------------------------
# Words that open a reported clause after a cue: "said that ...", "asked whether ...",
# "explained how ...".  Only `that` itself is left out of the statement.
COMPLEMENTIZERS: tuple[str, ...] = ("that", "whether", "if", "how", "why", "what")
# Words opening an open question: after a negated cue ("has not said whether",
# "would not say how much") nothing was said.
OPEN_QUESTION_WORDS: frozenset[str] = frozenset({"whether", "if", "how", "why", "what", "when", "where", "who", "which"})
# Words that negate a cue in the verb group before it: "did not say", "has never said".
NEGATIONS: frozenset[str] = frozenset({"not", "never", "n't", "cannot"})
# Determiners that make a subject nobody: "No official said that …", "Neither campaign
# said …": the sentence reports that nothing was said.
NEGATIVE_DETERMINERS: frozenset[str] = frozenset({"no", "neither", "none"})

# Participles that start a second attribution after a comma, ending the content of
# the first: "Trump defended the plan, adding that ...", ", according to ...".
TAIL_PARTICIPLES: tuple[str, ...] = (
    "adding", "saying", "noting", "arguing", "insisting", "claiming", "asserting",
    "warning", "explaining", "stressing", "citing", "urging", "calling", "pointing",
    "suggesting", "according", "telling", "accusing", "asking", "describing", "denying",
    "acknowledging", "admitting", "conceding", "predicting", "promising", "vowing", "pledging", "stating",
)

# What joins two roles held by one person named after them: "Infrastructure minister
# and SDLP deputy leader Ms Mallon", "Labour MP and shadow minister Jane Doe".
ROLE_JOINERS: frozenset[str] = frozenset({"and", "&"})
# "the United Nations and others": a group named by one member and the rest.
AND_THE_REST: frozenset[str] = frozenset({"others"})

# Conjunctions that coordinate a second verb with the same subject: "tweeted a
# photograph and said she had been hurt", "caucused in Nevada and says ...".
COORDINATORS: tuple[str, ...] = ("and", "but")
# Adverbs that may stand between a coordinator and the verb when content is cut at a
# coordinated cue ("... and later said ...").
COORDINATION_ADVERBS: tuple[str, ...] = ("also", "then", "later")
# Conjunctions that join a second clause with a subject of its own to reported content:
# "… should be modernized, but he said …", "…, while critics say …".
SUBJECT_COORDINATORS: tuple[str, ...] = ("and", "but", "yet", "while", "whereas", "although", "though")
# Auxiliaries and adverbs between that clause's subject and its cue ("but has said", "he
# had also warned").
SUBJECT_CUE_AUXILIARIES: tuple[str, ...] = ("has", "have", "had", "also", "then", "later", "again", "previously", "since")
# The perfect's auxiliaries, which may stand between a coordinator and a second cue of
# the same subject ("urged allies to spend more but has said she will …").
PERFECT_AUXILIARIES: tuple[str, ...] = ("has", "have", "had")
# Words that a clause's subject before its cue never holds (`SUBJECT_COORDINATORS` aside):
# "and New Zealand would not add", "and what the models say", "protesters and police and said".
NOT_IN_COORDINATED_SUBJECT: frozenset[str] = frozenset({"that", "be", "been", "or"})
# The conjunction that may join two nouns inside such a subject, when the clause is
# opened by another conjunction: "…, but the United Nations and others have said …"
# (after "and" it would read "protesters and police and said" as a clause).
SUBJECT_NOUN_JOINERS: frozenset[str] = frozenset({"and"})
# The cues that, with a subject of their own, always open a new attribution there: not
# those that may go on the speaker's own claim ("and the statistics show", "and costs
# add up", "and everyone knows it").
CLAUSE_OPENING_CUES: tuple[str, ...] = (
    "say", "tell", "insist", "note", "explain", "argue", "warn", "announce", "declare", "deny",
    "confirm", "acknowledge", "admit", "assert", "contend", "reply", "respond", "ask", "write",
    "tweet", "concede", "complain", "allege", "testify", "accuse", "urge", "counter", "retort",
    "stress", "emphasize", "emphasise", "reiterate", "maintain",
)
# The same, when a coordinated cue looks for its sentence's subject ("Reid caucused
# in Nevada and then says ...").
COORDINATED_CUE_ADVERBS: tuple[str, ...] = ("also", "then")

# Adverbs and time words that stand between a cue and its content: "announced
# Sunday she will resign", "said earlier that ...", "said publicly that ...".
# (Weekdays, `TIME_NOUNS` and `PARTS_OF_DAY` are the other words of that adjunct.)
ADJUNCT_ADVERBS: tuple[str, ...] = (
    "recently", "earlier", "later", "again", "also", "repeatedly", "publicly", "privately",
    "here",  # wire copy's place: "police said here on Friday" ("said there were" is a clause)
)

# Occasions of a statement, in an adjunct between a cue and its content: "said in a
# statement that ...", "said during a rally in Iowa that ...".
OCCASION_PREPOSITIONS: tuple[str, ...] = ("in", "during", "at")
OCCASION_NOUNS: tuple[str, ...] = (
    "statement", "interview", "speech", "email", "tweet", "post", "letter", "briefing",
    "appearance", "call", "conference", "rally", "op-ed", "memo", "report", "filing",
    "video",
)
# Words that continue an occasion with whom or where: "in an interview with CNN",
# "in a speech to supporters", "in a post on Facebook".
OCCASION_LINKS: tuple[str, ...] = ("on", "with", "to", "at")
# Words opening a clause that names a source rather than saying anything: "As
# reported by Western Journalism, ...", "As first noted in the filing, ...".
SOURCE_CLAUSE_OPENERS: frozenset[str] = frozenset({"as"})
# Subordinators that open an adverbial clause, never what was told: "told his advisers
# as he labored over the speech" ("if" and "whether" may open a question told).
ADVERBIAL_SUBORDINATORS: frozenset[str] = frozenset({"as", "while", "when", "because", "since", "after", "before", "although", "though", "until"})
# Whom a speaker answers for, in an adjunct before the cue: "Jane Doe, chair of the
# committee, on behalf of the board said".
BEHALF_PHRASES: tuple[str, ...] = ("on behalf of", "speaking for", "speaking on behalf of")
# Media a statement is made on, matched as written: "said on Twitter that ...".
MEDIA_OUTLETS: tuple[str, ...] = (
    "Twitter", "Facebook", "Instagram", "CNN", "MSNBC", "Fox News", "Fox", "NBC", "ABC",
    "CBS", "NPR",
)

# Articles and possessives that open a noun phrase in an adjunct or a hearer: "in
# a statement", "told his supporters", "told the crowd".
ARTICLES: tuple[str, ...] = ("a", "an", "the")
ARTICLES_AND_POSSESSIVES: tuple[str, ...] = ARTICLES + ("his", "her", "their", "its")

# The hearer after `told` (HEARER_VERBS): "told reporters that ...", "told them ...".
HEARER_WORDS: tuple[str, ...] = (
    "him", "her", "them", "us", "me", "reporters", "journalists", "supporters",
    "lawmakers", "members", "voters", "listeners", "viewers", "students", "officials",
    "delegates", "attendees", "colleagues", "staff", "employees", "workers", "investors",
    "analysts", "shareholders", "fans", "residents", "MPs", "peers", "senators", "parents",
    "donors", "followers", "protesters", "troops", "farmers", "councillors", "councilors",
)
# Determiners before a capitalised hearer: "told the Associated Press", "told
# several Fox News viewers".
HEARER_DETERMINERS: tuple[str, ...] = ARTICLES_AND_POSSESSIVES + ("local", "several", "some", "many")
# Heads of a hearer described by a noun phrase: "told the crowd", "told a
# congressional hearing".
HEARER_NOUNS: tuple[str, ...] = (
    "crowd", "audience", "forum", "committee", "paper", "newspaper", "outlet", "network",
    "channel", "station", "agency", "magazine", "program", "show", "conference", "rally",
    "gathering", "meeting", "group", "press", "media", "interviewer", "panel", "hearing",
    "senate", "house", "court", "jury", "nation", "country", "public", "people", "world",
    "chamber", "hall", "room", "parliament", "assembly", "council", "inquiry", "tribunal",
    "judge", "magistrates", "broadcaster", "podcast", "radio", "television", "summit",
    "convention", "congregation", "class",
)
# Words after the hearer that show no clause is reported: "told reporters to leave",
# "warned them of ...", "told supporters about ...".
HEARER_FOLLOWERS: tuple[str, ...] = ("to", "of", "about")

# First words between a cue and a later `that` that may be skipped as an adjunct or
# a hearer: "said to reporters that ...", "told him that ..." (with CUE_ADJUNCTS).
HEARER_OR_ADJUNCT_OPENERS: frozenset[str] = frozenset({
    "reporters", "journalists", "supporters", "the", "a", "an", "him", "her", "them",
    "us", "me", "lawmakers",
})
# Cues after which a capitalised word before `that` is a hearer or an adjunct:
# "said Tuesday that ...", "told CNN that ...", "wrote Monday that ...".
NAMED_ADJUNCT_VERBS: frozenset[str] = frozenset({"say", "tell", "write", "add", "note", "announce", "state"})

# Words that cannot open the noun-phrase object of an object cue (OBJECT_VERBS):
# "called for ...", "thanked him", "backed down" state nothing.
OBJECT_NON_STARTS: frozenset[str] = frozenset({
    "to", "by", "as", "him", "her", "them", "me", "us", "it", "himself", "herself",
    "themselves", "itself", "and", "or", "but", "in", "on", "at", "for", "with", "up",
    "down", "out", "off", "over", "back", "from", "after", "during", "before", "into", "since", "until",
    "live",  # "Lerer reported from Los Angeles", "reports live from the field": a dateline, nothing reported
    "though", "although", "whereas", "unless", "because",  # "channels reported though confirmation was awaited"
})
# Object cues that report only when their object names a matter raised: "raised
# concerns / the question of / the possibility" (not "raised $26 million", "raising
# taxes", "raised two sons").
OBJECT_CUE_MATTERS: dict[str, frozenset[str]] = {"raise": frozenset({
    "concern", "concerns", "question", "questions", "issue", "issues", "possibility", "prospect",
    "specter", "spectre", "doubt", "doubts", "alarm", "alarms", "objection", "objections", "point", "points",
    "fear", "fears", "worry", "worries", "suspicion", "suspicions", "complaint", "complaints", "allegation",
    "allegations", "subject", "topic", "matter", "matters", "example", "idea", "case", "challenge", "criticism",
    "eyebrows", "red", "flag", "flags", "hopes", "expectations", "argument", "claim", "claims", "problem", "problems",
    "opposition",
})}

# A company's figures, which it reports or announces as a disclosure, not a statement:
# "reported a profit of $912 million", "announced fourth-quarter results" (a cue in
# `DISCLOSURE_VERBS` whose object's first five words hold one of these reports nothing;
# see `clauses.complement_start`).
DISCLOSURE_VERBS: frozenset[str] = frozenset({"report", "announce"})
DISCLOSED_FIGURES: frozenset[str] = frozenset({
    "results", "earnings", "revenue", "revenues", "profit", "profits", "loss", "losses", "sales",
    "income", "turnover", "dividend", "dividends", "ebitda",
})

# Words that join quoted fragments sharing one attribution: 'Trump went on about
# "how the system is rigged," and "wounded American families"'.
LIST_JOINERS: tuple[str, ...] = ("and", "or", "as well as")

# A passive reporting verb with its agent (PASSIVE_AGENT_VERBS): "The meeting was
# first reported by Politico".  The auxiliaries before the verb, and the adverbs
# that may stand between them.
PASSIVE_AGENT_AUXILIARIES: tuple[str, ...] = (
    "was", "were", "is", "are", "has been", "have been", "had been",
)
PASSIVE_AGENT_ADVERBS: tuple[str, ...] = ("first", "also", "widely", "initially")

# "MPs are being told by whips that ...": a passive hearer verb whose agent is the
# speaker and whose that-clause is what was said.
PASSIVE_HEARER_AUXILIARIES: tuple[str, ...] = PASSIVE_AGENT_AUXILIARIES + ("are being", "is being", "was being", "were being")
PASSIVE_HEARER_VERBS: tuple[str, ...] = ("told", "informed", "assured", "warned", "reminded", "advised")
# A question put to someone, in the passive with its asker: "when asked by reporters
# whether …", "was pressed by Senator Pimentel if …": the asker's question.
ASKED_BY_VERBS: tuple[str, ...] = ("asked", "questioned", "pressed")
QUESTION_COMPLEMENTIZERS: tuple[str, ...] = ("if", "whether")

# "The court heard that ...", "…, the jury was told.": a hearing that was told what
# someone said (court, inquest and committee reports), whoever said it.
HEARING_BODIES: tuple[str, ...] = (
    "court", "jury", "jurors", "inquest", "tribunal", "hearing", "trial", "magistrates",
    "panel", "inquiry", "committee", "judge", "justices",
)
# "The coroner heard evidence from PC Danielle Brennan. She told the court …": the
# witness a hearing heard from is the one who speaks next.
EVIDENCE_NOUNS: tuple[str, ...] = ("evidence", "testimony", "submissions")
HEAR_FORMS: tuple[str, ...] = ("heard", "hear", "hears", "hearing")
# Named courts: "Gloucester Crown Court heard", "West London Coroner’s Court was told".
NAMED_HEARING_BODIES: tuple[str, ...] = ("Court", "Tribunal", "Inquiry", "Inquest")
HEARD_FORMS: tuple[str, ...] = ("heard", "has heard", "had heard", "have heard")

# "She made it clear to colleagues that ...", "has made plain that ...": a statement
# made with "make" and a word of clarity.
MAKE_FORMS: tuple[str, ...] = ("make", "makes", "made", "making")
CLARITY_WORDS: tuple[str, ...] = ("clear", "plain")
CLARITY_INTENSIFIERS: tuple[str, ...] = ("very", "quite", "abundantly", "perfectly", "crystal", "absolutely")

# Verbs that say who issued a statement: "according to a statement issued by the
# Ministry of Foreign Affairs" (the source follows `by` or `from`).
ISSUING_VERBS: tuple[str, ...] = ("issued", "released", "published", "put out", "sent", "posted", "shared")
# Verbs of writing or calling to someone, whose message a participle reports: "The
# group wrote to the prime minister on Monday saying it regretted ...".
MESSAGING_VERBS: tuple[str, ...] = ("wrote", "writes", "emailed", "emails", "texted", "messaged", "phoned", "telephoned", "cabled")


# --- Time expressions -------------------------------------------------------------
# Days of the week, capitalised as the patterns match them: "said Tuesday that ...",
# "Clinton on Tuesday said", "Monday morning, ...".
WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)
MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)
# Role nouns that end compounds naming people: "speechwriter", "policymaker",
# "congresswoman", "shopkeeper", "officeholder", "moviegoer" (singular: the plural
# "-ers" nouns are people by their ending already).
COMPOUND_ROLE_TAILS: tuple[str, ...] = ("writer", "maker", "woman", "keeper", "holder", "goer", "leader", "worker", "owner")

# Words that take a group with "of" and name some of its members: "one of the
# rebels", "several of his aides", "another one of the nine MPs".
# Quantifiers of amounts, never a description's head ("much of the last few years").
MASS_QUANTIFIERS: frozenset[str] = frozenset({"much", "more", "less", "lot", "lots", "plenty", "little", "enough"})
PARTITIVE_QUANTIFIERS: frozenset[str] = frozenset({
    "one", "another", "some", "many", "most", "several", "few", "two", "three", "four",
    "five", "each", "either", "neither", "none", "all", "both", "half", "dozens", "scores",
})
SINGULAR_PARTITIVES: frozenset[str] = frozenset({"one", "another", "each", "either", "neither"})
# Plural pronouns a partitive may count: "one of them", "some of us".
GROUP_PRONOUNS: frozenset[str] = frozenset({"them", "us", "those"})

# "those" and a participle or adjective name a group of people: "those surveyed",
# "those polled", "those close to the campaign", "those familiar with the talks".
THOSE_GROUP_WORDS: frozenset[str] = frozenset({"close", "familiar", "present", "inside", "around", "closest"})

# Month abbreviations of wire datelines ("Sept 18 (Reuters) -", "Oct. 3 (AP) —").
MONTH_ABBREVIATIONS: tuple[str, ...] = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
# Months that are also people's names (Theresa May, Brian May, April Ryan): not in
# NOT_NAMES, so "Mrs May said" and "May said" name a speaker.
NAME_MONTHS: frozenset[str] = frozenset({"april", "may", "june", "august"})
# A day or month opening a longer stretch before a cue dates it and is not part of
# the speaker: "In May Smith said", "Since Monday officials have said".
DATE_OPENERS: frozenset[str] = frozenset(w.lower() for w in WEEKDAYS + MONTHS)
# Nouns (and today, yesterday) that make a time adjunct: "said last week that ...",
# "officials this morning said".
TIME_NOUNS: tuple[str, ...] = (
    "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
    "today", "yesterday", "tonight",
)
# Measures, which head no source: "The pope spent two hours with them" is a clause,
# not a description headed by "hours".
MEASURE_NOUNS: frozenset[str] = frozenset(TIME_STAMP_UNITS) | frozenset(w + "s" for w in TIME_NOUNS[:8]) | frozenset({
    "points", "miles", "kilometres", "kilometers", "dollars", "pounds", "times",
})
# Parts of the day after a day: "Tuesday morning", "yesterday evening".
PARTS_OF_DAY: tuple[str, ...] = ("morning", "afternoon", "evening", "night")
# Words before a time noun or a day in an adjunct after a cue: "said on Monday",
# "said last week", "said early Tuesday".
TIME_QUALIFIERS: tuple[str, ...] = ("on", "last", "this", "early", "late", "earlier")
# ... and before a cue, which also allows "later": "Clinton later Tuesday said".
TIME_QUALIFIERS_BEFORE_CUE: tuple[str, ...] = TIME_QUALIFIERS + ("later",)
# Prepositions and qualifiers that open a time adjunct at the start of a clause,
# before its subject: "On Monday the minister said", "Since June officials have said",
# "Earlier this week the council said".
TIME_ADJUNCT_OPENERS: tuple[str, ...] = (
    "on", "in", "since", "last", "this", "next", "early", "late", "earlier", "later",
    "by", "until", "through", "during",
)
# Time adverbs that open a clause before its subject: "Later the minister said".
TIME_ADVERB_OPENERS: tuple[str, ...] = (
    "later", "earlier", "afterwards", "afterward", "yesterday", "today", "tonight",
    "previously", "separately",
)
# Words that point a time noun at a moment: "this week", "last May", "that night".
TIME_DEICTICS: tuple[str, ...] = ("this", "last", "next", "that")
# Endings of a day's number: "March 3rd".
ORDINAL_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th")
# Words before a month that make it a date, not a person: "in May", "since June",
# "the end of August".
DATE_PREPOSITIONS: frozenset[str] = frozenset(TIME_ADJUNCT_OPENERS) | {"of", "from", "mid", "to", "before", "after", "until"}
# Words before a span of time ending in `ago` before a cue: "Trump, about two weeks
# ago, said", "less than a month ago said".
AGO_HEDGES: tuple[str, ...] = ("less than", "more than", "about", "nearly", "just")


# --- Inside a mention -------------------------------------------------------------
# Words that may follow the head of a description and open its modifier:
# "officials in Kabul", "a report published Wednesday", "sources familiar with".
MODIFIER_OPENERS: frozenset[str] = frozenset({
    "in", "from", "at", "with", "of", "to", "for", "on", "close", "familiar", "near",
    "inside", "within", "based", "who", "involved", "briefed", "published", "released",
    "issued", "obtained", "seen", "reviewed", "conducted", "commissioned", "led",
    "cited", "quoted", "speaking", "working", "representing", "across", "around",
    "throughout", "outside", "among", "under", "by", "against", "about", "over",
    "behind", "after", "before", "during", "since", "whose", "like", "privy",
})
# Modifier openers that are also adjectives before a head noun: "sources close to
# the president" but "a close aide", "a near neighbour".
ADJECTIVE_PREPOSITIONS: frozenset[str] = frozenset({"close", "near"})
# Lower-case particles inside personal names: "Abu Bakr al-Baghdadi", "Ursula von
# der Leyen", "Inzamam ul Haq".
NAME_PARTICLES: frozenset[str] = frozenset({
    "al", "el", "bin", "ibn", "de", "del", "der", "da", "di", "du", "van", "von", "la",
    "le", "ur", "ul", "abu", "bint", "dos", "das", "ben", "ter", "mc", "in't", "in’t", "ten", "den",
})
# Words that join the parts of a title or an institution's name: "Secretary of
# State John Kerry", "Ambassador to the United Kingdom", "Department of Justice".
TITLE_CONNECTORS: frozenset[str] = frozenset({"of", "to", "for", "the", "and", "&", "on", "at"})
# Connectors that after a person's name give the medium or the hearer, not a title:
# "said Bart Leysen on Sporza", "Kraigg Brathwaite to the fans" (but "the Committee on
# Foreign Relations", "Ambassador to the United Kingdom").
MEDIUM_PREPOSITIONS: frozenset[str] = frozenset({"on", "to"})
# Small words inside an organisation's name after its noun ("Department of Health and Human
# Services", "Commission for Racial Equality").
ORG_NAME_CONNECTORS: frozenset[str] = frozenset({"of", "and", "for"})
# Words of a clause, never of a speaker's noun phrase before its head or a name:
# "Trump has said", "this marks the first instance of a senior Afghan Taliban official".
CLAUSE_WORDS: frozenset[str] = frozenset({
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "do", "does", "did", "not", "and", "or", "but",
    "if", "marks", "be", "been",
})
# Prepositions after the head of a description that make the next words its object
# ("A producer for Yahoo Studios", "a member of the committee").
OBJECT_PREPOSITIONS: frozenset[str] = frozenset({"for", "of", "at", "with", "from"})
# Prepositions between a personal name and its affiliation: "Cameron Easley for
# Morning Consult", "John Smith of the Heritage Foundation".
AFFILIATION_PREPOSITIONS: frozenset[str] = frozenset({"for", "of", "at", "from"})
# Possessive determiners: "his spokesman", "their lawyers" refer to someone met.
POSSESSIVE_DETERMINERS: frozenset[str] = frozenset({"his", "her", "their", "its", "our", "my", "your"})
# Words of INDEFINITE_DETERMINERS that are adjectives, not determiners: "senior
# officials" is a description, but "a senior official" is the indefinite one.
ADJECTIVAL_DETERMINERS: frozenset[str] = frozenset({"senior", "top"})
# Words that open a clause in an appositive, never a role: ", who spoke on condition
# of anonymity," vs ", president of the NAACP,".
NOT_ROLE_OPENERS: frozenset[str] = frozenset({"who", "which", "speaking", "whose", "that", "where", "when"})
# Determiners that a definite description's modifiers leave out: in "the Taliban
# official", only "taliban" must be shared with the person referred to.
REFERRING_DETERMINERS: frozenset[str] = frozenset({
    "the", "this", "that", "these", "those", "his", "her", "their",
})

# Quantities that head a poll or survey source: "Six in 10 Virginia voters", "about
# half of Democrats", "a majority of Republicans", "nearly 40 percent of voters".
# Hedges before a quantity:
QUANTITY_HEDGES: tuple[str, ...] = (
    "about", "nearly", "almost", "roughly", "more than", "fewer than", "less than",
    "over", "just", "only", "some", "at least", "a mere", "just over", "just under", "well over",
    "another", "a further", "an additional",
)
# Number words in "six in 10", "two out of ten":
NUMBER_WORDS: tuple[str, ...] = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Number words before "percent" ("Sixty-six percent said"), with NUMBER_WORDS:
TEENS: tuple[str, ...] = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)
TENS: tuple[str, ...] = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Proportions in words:
QUANTITY_PROPORTIONS: tuple[str, ...] = (
    "half", "a third", "a quarter", "two-thirds", "three-quarters", "a majority",
    "the majority", "most", "many", "three-fourths", "one-third", "one-quarter", "one-half",
    "a fifth", "a plurality", "a minority", "a handful",
)
# First words that can open a quantity (a quick test before the pattern), and the
# words after "a"/"the" that do ("a third", "the majority").
QUANTITY_OPENERS: frozenset[str] = frozenset(
    p.split()[0] for p in QUANTITY_HEDGES + NUMBER_WORDS + TEENS + TENS + QUANTITY_PROPORTIONS
) - {"a", "the"} | frozenset(f"{t}-{n}" for t in TENS for n in NUMBER_WORDS)
# Nouns that make a counted adjunct after a cue: "said 10 times that", "said two
# days later that".
COUNTED_ADJUNCT_NOUNS: frozenset[str] = frozenset({
    "time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "hour", "hours", "minute", "minutes",
})
# Words that stand alone for an unnamed group or person as a clause's subject
# ("Most said they ...", "Another said he hoped ..."): anonymous sources.
INDEFINITE_SOURCE_PRONOUNS: frozenset[str] = frozenset({"another", "most", "many", "some", "several", "both", "someone", "somebody"})
SINGULAR_SOURCE_PRONOUNS: frozenset[str] = frozenset({"another", "someone", "somebody"})  # ("someone asked": one person)
# What joins the two numbers of a proportion: "six in 10", "two out of three", "eight of 10".
RATIO_LINKS: tuple[str, ...] = ("in", "out of", "of")
# Conjunctions that join words inside a phrase, never a subject and its verb ("Jones,
# Brown and Lee would …").
PHRASE_CONJUNCTIONS: tuple[str, ...] = ("and", "or", "but", "nor")
QUANTITY_AFTER_ARTICLE: frozenset[str] = frozenset(
    p.split()[1] for p in QUANTITY_PROPORTIONS + QUANTITY_HEDGES if p.split()[0] in {"a", "the"}
)


# --- Clause structure -------------------------------------------------------------
# Words that start a new clause inside a sentence, so a speaker's noun phrase starts
# after them: "Trump, who has said ...", "... because officials said ...".
CLAUSE_BREAK_WORDS: tuple[str, ...] = (
    "and", "but", "while", "as", "because", "although", "though", "when", "after",
    "before", "since", "so", "that", "whereas", "where", "which", "whom", "if", "whether",
)
# Words that open a sentence with an adverbial phrase before its subject, matched
# capitalised: "In December, the prince ...", "Moments later, Rubio ...",
# "Speaking at a rally in Novi, Michigan, Trump says ...".
ADVERBIAL_OPENERS: tuple[str, ...] = (
    "in", "at", "on", "during", "after", "before", "here", "there", "for", "with",
    "despite", "since", "under", "among", "outside", "inside", "unlike", "like", "later",
    "earlier", "last", "this", "next", "over", "through", "throughout", "amid",
    "speaking", "asked", "yet", "still", "now", "then", "meanwhile", "moments", "hours",
    "days", "weeks", "months", "years", "minutes", "instead", "afterward", "afterwards",
    "separately", "similarly", "likewise", "indeed", "again", "once", "today",
    "yesterday", "by", "from", "within", "back", "nearby",
    # the occasion of an attribution: "Commenting on the results, X said:"
    "commenting", "responding", "reacting", "following", "talking", "writing",
)
# Relative pronouns: "NAME, ROLE, which is made up of ..., said", "Mr. Sanders, who
# said ...".
RELATIVE_PRONOUNS: tuple[str, ...] = ("who", "which", "whose", "whom")
PERSONAL_RELATIVES: tuple[str, ...] = ("who", "whose")  # a relative clause describing a person
# Relatives that are a clause's subject, never a determiner: "who represents Coxford"
# is no mention, where "which officials" (said …) and "whose leaders" name sources.
SUBJECT_RELATIVES: frozenset[str] = frozenset({"who"})
# Relatives that contract with a verb inside a phrase, making it a clause ("a team
# that's spent much of …").
CONTRACTING_RELATIVES: tuple[str, ...] = ("that", "who", "which")
# Words that may open an appositive between a speaker and a cue (with
# ARTICLES_AND_POSSESSIVES): ", who ...,", ", speaking to ...,", ", a former aide,".
APPOSITIVE_CLAUSE_OPENERS: tuple[str, ...] = ("who", "which", "whose", "speaking")
# Words after which a name is their object, not a subject before a cue: "the man who
# attacked John Smith", "a letter to Mitch McConnell said".
PREPOSITIONS_AND_RELATIVES: frozenset[str] = frozenset({
    "by", "with", "to", "for", "of", "from", "about", "against", "on", "at", "in",
    "that", "who", "which", "whom", "and", "or", "than", "as", "like",
})
# Words that show an answer speaks for its speaker ("I", "my", "we"), and a question
# put to someone ("you"): an interview's Q&A, not an explainer's.
FIRST_PERSON_WORDS: frozenset[str] = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "me", "my", "we", "we're", "we’re", "our", "us"})
# Words that bring a person into a line of background, so a quotation after it may be theirs.
BACKGROUND_PERSON_WORDS: frozenset[str] = frozenset({"he", "she", "him", "his", "her", "hers", "they", "them", "their",
                                                     "i", "me", "my", "we", "us", "our", "you", "your", "who", "whose"})
SECOND_PERSON_WORDS: frozenset[str] = frozenset({"you", "your", "you're", "you’re", "you've", "you’ve"})
# Endings of a capitalised word that opens a sentence before a comma as an adverb or
# a participle ("Significantly, ...", "Frustrated, ...", "Laughing, ...").
ADVERB_OR_PARTICIPLE_ENDINGS: tuple[str, ...] = ("ly", "ed", "ing")
# Words of four letters or more that title-case headlines may leave in lower case:
# "Trump Rally Draws Crowd from Across State", "Sanders Wins Over Voters with Plan".
TITLE_CASE_SMALL_WORDS: frozenset[str] = frozenset({
    "with", "from", "into", "onto", "over", "that", "than", "then", "upon", "after",
    "about", "amid", "during", "before", "against", "among", "between", "through",
    "under", "until", "while", "when", "where", "near", "like", "past", "says", "said",
    "will", "would", "could", "should", "have", "were", "been", "this", "they",
})
# Prepositions before a place at the start of a capitalised run: "in Ohio Clinton
# said" (the name starts after the place).
PLACE_PREPOSITIONS: tuple[str, ...] = ("in", "from", "of", "at", "across")
# Frequent English function words that are not common words of other languages in the
# Latin script ("in", "a", "an", "at", "is", "was", "will", "on" are: German, Dutch,
# Romance, Danish).  Plain English prose has a quarter or more of its words from this
# list, other languages almost none: `reading.detect_language` takes such text for
# English without running the language model.
ENGLISH_FUNCTION_WORDS: frozenset[str] = frozenset({
    "the", "of", "and", "to", "that", "with", "for", "his", "her", "he", "she", "they",
    "it", "by", "has", "have", "had", "were", "would", "this", "from", "be", "are", "not",
    "but", "who", "which", "been", "their", "said", "says", "there", "what", "when",
    "about", "after", "we", "our", "you", "its",
})
