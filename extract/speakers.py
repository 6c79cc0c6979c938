"""Where the speaker stands relative to a cue, and which words name them.

The rules in `rules` decide that ``“…,” the envoy Munir Akram said`` is an attribution;
these helpers find the *mention* at the speaker's place: the noun phrase opening the
cue's clause (``Munir Akram, Pakistan's envoy, said``), the name after an inverted cue
(``said Cornell William Brooks, president of the NAACP``), the sentence subject for a
coordinated or participial cue (``X urged women to vote, saying ...``), or the source
after ``according to``.  Every search is bounded (``MAX_LOOK`` characters, or the
sentence), which keeps the extractor linear.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from itertools import islice

import regex

from . import lexicon as lx
from .clauses import (CONNECTIVE_INITIALS, LEADING_JUNK, after_question_label, dateline_end, char_after, char_before, content_start,
                      ly_adverb, skip_space, skip_space_back)
from .document import WORD, Document, Span
from .mentions import Mention, clean_role, could_end_name, looks_like_role, parse_stretch

MAX_LOOK = 300  # characters searched either side of a cue: keeps the extractor linear

_LAST_WORD = regex.compile(r"(?r)[\p{L}’']+$")
_NAME_STOP = regex.compile(r"[,;:()\[\]—–]|\.(?=\s|$)(?<!\b\p{Lu}\.)")
# A full stop that ends an initial ("G.K.") or an abbreviation ("Sen.", "Ala."), not a sentence.
_ABBREVIATION_BEFORE = regex.compile(r"(?:\b\p{Lu}|\b(?i:" + lx.alternation(frozenset(a for a in lx.ABBREVIATIONS | lx.TITLE_WORDS if a.isalpha() and len(a) <= 5)) + r"))\.$")
_NAME_STOP_OR_DASH = regex.compile(r"[,;:—–]")
_ROLE_END = regex.compile(r"[,.;]")
_PARTICIPLE_OPENING = regex.compile(r"\p{Lu}\p{Ll}+(?:ing|ed)")
_GERUND_OPENING = regex.compile(r"\p{Lu}\p{Ll}+ing\b")
APPOSITIVE_NAME = regex.compile(r",\s+([^,;:]{2,80}),")
CLAUSE_BREAK = regex.compile(r"[,;:—–―(\])]\s*|\s(?:" + lx.alternation(lx.CLAUSE_BREAK_WORDS) + r")\s+", regex.IGNORECASE)
_WEEKDAY = lx.alternation(lx.WEEKDAYS)
LEADING_ADVERBIAL = regex.compile(
    r"(?:(?:" + lx.alternation(lx.capitalised(lx.ADVERBIAL_OPENERS)) + r")\b[^,;:]{0,100},\s*"
    r"|(?:[\p{L}\-]+ly|\p{Lu}\p{Ll}+day|(?:" + _WEEKDAY + r")\s+\p{Ll}+)\s*,\s*"
    r"|\p{Lu}\p{Ll}+(?:ed|en)\b[^,;:]{0,80},\s*)"
)
_TIME_BEFORE_CUE = regex.compile(
    r"(?r)(?:\b(?:(?:" + lx.alternation(lx.AGO_HEDGES) + r")\s+)?(?:[\p{L}\d-]+\s+){1,2}ago\s*$)"
    r"|(?:\b(?:" + lx.alternation(lx.TIME_QUALIFIERS_BEFORE_CUE) + r")\s+)?\b(?:" + lx.alternation(lx.WEEKDAYS + lx.TIME_NOUNS) + r")"
    r"(?:\s+(?:" + lx.alternation(lx.PARTS_OF_DAY) + r"))?\s*$"
)
# An occasion or a behalf between a speaker and the cue, with no comma after it:
# "Jane Doe, CEO of Acme, in a statement said", "Sir James Crosby on behalf of the Board said".
_OCCASION_BEFORE_CUE = regex.compile(
    r"(?r)(?<=[\s,])(?:(?:" + lx.alternation(lx.OCCASION_PREPOSITIONS) + r")\s+(?:" + lx.alternation(lx.ARTICLES_AND_POSSESSIVES)
    + r")\s+(?:[\p{L}’'\-]+\s+){0,3}?(?:" + lx.alternation(lx.OCCASION_NOUNS) + r")(?:\s+(?:" + lx.alternation(lx.OCCASION_LINKS)
    + r")\s+[^,;:.!?\"“”]{1,40}?)?|(?:" + lx.alternation(lx.BEHALF_PHRASES) + r")\s+[^,;:.!?\"“”]{1,50}?)"
    r"(?<!\s(?:" + lx.alternation(lx.SUBJECT_PRONOUNS) + r"))\s*$",  # ("in an interview with RT he blasted": he speaks)
    regex.IGNORECASE)
# "was quoted (by the BBC) as", "was quoted in the party's post on X as" before a
# participle cue ("… saying"): its subject spoke.
_RELAYED_BEFORE_CUE = regex.compile(
    r"(?r)\s(?:" + lx.alternation(tuple(lx.PASSIVE_AUXILIARIES)) + r")\s+(?:[\p{L}]+ly\s+)?(?:" + lx.alternation(lx.RELAYING_PASSIVES)
    + r")(?:\s+(?:" + lx.alternation(lx.RELAYING_PREPOSITIONS) + r")\s+[^,;:.!?\"“”]{1,60}?)?(?:\s+as)?\s*$", regex.IGNORECASE)
# A time adjunct opening a clause before its subject, with or without a comma.
TIME_ADJUNCT = regex.compile(
    r"(?i:" + lx.alternation(lx.TIME_ADVERB_OPENERS) + r"),?\s+(?=\S)|"
    r"(?i:" + lx.alternation(lx.TIME_ADJUNCT_OPENERS) + r")\s+(?:(?:" + lx.alternation(lx.TIME_DEICTICS) + r")\s+)?"
    r"(?:(?:" + lx.alternation(lx.WEEKDAYS + lx.MONTHS) + r")(?:\s+\d{1,2}(?:" + lx.alternation(lx.ORDINAL_SUFFIXES) + r")?)?(?:,?\s+\d{4})?"
    r"|(?:" + lx.alternation(lx.TIME_NOUNS) + r")|then|\d{4})"
    r"(?:\s+(?:" + lx.alternation(lx.PARTS_OF_DAY) + r"))?,?\s+(?=\S)")
ELAPSED = regex.compile(
    r"(?i:(?:(?:(?:" + lx.alternation(lx.ELAPSED_COUNTS + lx.NUMBER_WORDS + lx.TEENS + lx.TENS) + r")|\d+)\s+)?(?:" + lx.alternation(lx.ELAPSED_UNITS) + r")\s+(?:later|earlier)"
    r"|(?:later|earlier)\s+that\s+(?:" + lx.alternation(lx.ELAPSED_PERIODS) + r")),?\s+(?=\S)")
_RELATIVE_WHO = regex.compile(r",?\s+who\s*$")
_QUOTED_AS = regex.compile(r"\b(?:" + lx.alternation(lx.QUOTING_AS_VERBS) + r")\s+(?P<who>[^,;:.!?\"“”]{1,80}?)\s+as\s*$")
_COMMA_RELATIVE = regex.compile(r"(?r),\s+(?:" + lx.alternation(lx.RELATIVE_PRONOUNS) + r")\b")
# (with a contracted auxiliary: "but he’s said", "while they’ve said", "she’d said")
_SUBJECT_PRONOUN_BEFORE = regex.compile(r"(?<=\s)(?P<pronoun>(?i:" + lx.alternation(lx.SUBJECT_PRONOUNS) + r"))"
                                        r"(?:[’'](?i:" + lx.alternation(lx.CONTRACTED_AUXILIARIES) + r"))?\s*$")
_COMMA_DESCRIPTION = regex.compile(r"(?r),\s+(?:" + lx.alternation(lx.ARTICLES_AND_POSSESSIVES) + r")\s")
RELATIVE_OPENING = regex.compile(r"(?:" + lx.alternation(lx.RELATIVE_PRONOUNS) + r")\b")
SUBORDINATOR = regex.compile(r"(?:" + lx.alternation(lx.SUBORDINATORS) + r")\s+", regex.IGNORECASE)
_SUBORDINATOR_INITIALS = frozenset(w[0] for w in lx.SUBORDINATORS)  # SUBORDINATOR can match only here
_TIME_ADJUNCT_INITIALS = frozenset(w[0] for w in lx.TIME_ADVERB_OPENERS + lx.TIME_ADJUNCT_OPENERS)  # and TIME_ADJUNCT here
# First words of the openings `_clause_mention` skips (connectives, subordinators).
_OPENING_WORDS = frozenset(p.split()[0] for p in lx.CONNECTIVES + lx.SUBORDINATORS + lx.TIME_ADJUNCT_OPENERS + lx.TIME_ADVERB_OPENERS
                           + lx.RELATIVE_PRONOUNS)
# A relative pronoun before the relative clause's own subject: "a formula, which
# advocates say disadvantages needy schools" (advocates speak).
# (not a relative's verb: "the DNC, which included staff members")
_RELATIVE_BEFORE_SUBJECT = regex.compile(r"(?:" + lx.alternation(lx.RELATIVE_PRONOUNS) + r")\s+(?!\p{Ll}+(?:ed|ing)\b)")  # (not "WHO said")
_RELATIVE_INITIALS = frozenset(w[0] for w in lx.RELATIVE_PRONOUNS)
_LETTERS_AT = regex.compile(r"\p{L}+")
_APPOSITIVE_CLAUSE = regex.compile(
    r"(?:" + lx.alternation(lx.APPOSITIVE_CLAUSE_OPENERS + lx.ARTICLES_AND_POSSESSIVES) + r"|[\p{Ll}\p{Lu}][\p{L}\-’']*(?:’s|'s)?)\b",
    regex.IGNORECASE)
QUOTE_CHARS = frozenset('"“”„«»″\'’`')
_SOURCE_STOP = regex.compile(r"[,;:()\[\]—–\uE000]|\.(?=\s|$)")
# the full stop of an initial or an abbreviation (Rep., Sen., Gov., Jr., U.S.) inside a source
_ABBREVIATION_DOT = regex.compile(r"(?:\b\p{Lu}|\b(?i:" + lx.alternation(lx.ABBREVIATIONS) + r"))\.$")
_ISSUED_BY = regex.compile(r"\b(?:" + lx.alternation(lx.ISSUING_VERBS) + r")?\s*(?:by|from)\s+")
_STATEMENT_NP = regex.compile(r"(?:an?|the)\s+(?:\S+\s+){0,2}(?:" + "|".join(map(regex.escape, lx.STATEMENT_NOUNS)) + r")\b", regex.IGNORECASE)
_CAPITAL_WORD = r"\p{Lu}[\p{L}.’'\-]*"
_PLACE = regex.compile(_CAPITAL_WORD + r"(?:\s+" + _CAPITAL_WORD + r"){0,2}")  # "Halford", "Mill Lane"
_HOME = regex.compile(r"(?:of|from)\s+" + _CAPITAL_WORD + r"(?:\s+" + _CAPITAL_WORD + r"){0,3}")  # "of Huntsville"
_LOCATIVE = regex.compile(r"\d{1,3}|\(?" + lx.PARTY_TAG + r"\)?|" + _HOME.pattern)  # an age, a party tag or a home


# A name's gloss in another script, or an age, in brackets: "Chiu Tai-san (邱太三) said",
# "Mary Byrne (64) said" (no Latin letter: never a party tag or an agency, "(D-Md.)", "(AP)")
_GLOSS_BEFORE_CUE = regex.compile(r"\s*\([^()\p{Latin}]*[^()\p{Latin}\s][^()\p{Latin}]*\)$")


def strip_adverbs_back(text: str, lo: int, end: int) -> int:
    """Move ``end`` left past auxiliaries, adverbs, time phrases and occasions standing
    before a cue: ``Clinton on Tuesday said``, ``officials have repeatedly said``,
    ``Doe in a statement said``, ``Doe was quoted by the BBC as saying``."""
    while True:
        e = end
        while e > lo and text[e - 1].isspace():
            e -= 1
        t = (_TIME_BEFORE_CUE.search(text, max(lo, e - 40), e) or _OCCASION_BEFORE_CUE.search(text, max(lo, e - 90), e)
             or _RELAYED_BEFORE_CUE.search(text, max(lo, e - 100), e)
             or (_GLOSS_BEFORE_CUE.search(text, max(lo, e - 40), e) if text[e - 1:e] == ")" else None))
        if t:
            end = t.start()
            continue
        m = _LAST_WORD.search(text, max(lo, e - 30), e)
        if not m:
            return e
        w = m.group().lower()
        if m.group()[0].islower() and (w in lx.CUE_ADVERBS or (ly_adverb(w) and len(w) > 4)):
            end = e - len(m.group())
            continue
        return e


def speaker_before(doc: Document, lo: int, cue_start: int, nested: bool = False) -> Mention | None:
    """The speaker mention that ends just before a cue, at the start of its clause.

    Handles appositives on either side of a name: ``Munir Akram, Pakistan's envoy,
    said`` and ``Pakistan's envoy, Munir Akram, said``, and one closed relative clause
    after them (``..., which represents developers, said``).  Several rules ask the
    same question of one cue, so answers are kept in the Document.
    """
    lo = max(lo, cue_start - MAX_LOOK)
    key = (lo, cue_start, nested)
    memo = doc.speakers_before
    if key not in memo:
        end = strip_adverbs_back(doc.text, lo, cue_start)  # (the same for both readings)
        m = _speaker_before(doc, lo, end, nested)
        if (m is not None and not nested and m.kind != "name" and m.text[:1].islower()
                and not (m.kind == "organization" and m.text.split()[0] in lx.DEFINITE_DETERMINERS)):
            # "Anthony Anton, president and CEO of the association stated": the role
            # parsed as the speaker is the appositive of a name whose closing comma is missing
            m = _name_then_open_appositive(doc, lo, skip_space_back(doc.text, lo, end)) or m
        memo[key] = m or (None if nested else _name_then_appositive(doc, lo, end)
                          or _before_dash_aside(doc, lo, end) or _name_then_relative(doc, lo, end)
                          or _before_parenthesis(doc, lo, end))
    return memo[key]


_PARENTHESIS_STOP = regex.compile(r"[()\[\].!?\"“”\n]")
PARENTHESIS_CHARS = 60  # "(DIE LINKE, Germany)", "(pictured, left)"


def _before_parenthesis(doc: Document, lo: int, end: int) -> Mention | None:
    """The speaker before a short parenthesis that ends right at the cue: "Martin
    Schirdewan (Die Linke, Germany) said", "Ms Khan (pictured) said": a party, a
    place or a picture's note between the name and its verb."""
    text = doc.text
    t = skip_space_back(text, lo, end)
    if t - 1 <= lo or text[t - 1] != ")":
        return None
    o = text.rfind("(", max(lo, t - PARENTHESIS_CHARS), t - 1)
    if o <= lo or _PARENTHESIS_STOP.search(text, o + 1, t - 1):
        return None
    return speaker_before(doc, lo, skip_space_back(text, lo, o))


_DASH_BEFORE = regex.compile(r"(?r)(?:—|–|\s--)\s*$")
_ASIDE_STOP = regex.compile(r"[.!?\"“”\n]")


def _appositive_owner(doc: Document, lo: int, e: int) -> Mention | None:
    """The person named before a role in apposition that ends at ``e``, the comma
    before a relative pronoun: "criticism came from Anna Cavazzini, chair of the
    committee, who commented": the relative clause describes the person, and the
    role is theirs."""
    text = doc.text
    k = text.rfind(",", lo, e)
    if k <= lo:
        return None
    role = text[k + 1:e].strip()
    if not looks_like_role(role) or doc.cue_word_count(k + 1, e) > 0:
        return None
    name = mention_ending_at(doc, lo, skip_space_back(text, lo, k), names_only=True)
    if name is None or name.kind != "name" or " " not in (name.name or ""):
        return None
    return replace(name, role=name.role or clean_role(role))


def _before_dash_aside(doc: Document, lo: int, end: int) -> Mention | None:
    """The subject before an aside set off by a pair of dashes between it and the cue:
    "The justice -- who has been in a scuffle with the nominee -- said",
    "Insiders in the next two states — Nevada and South Carolina — said"."""
    text = doc.text
    close = _DASH_BEFORE.search(text, max(lo, end - 8), end)
    if close is None:
        return None
    dash = close.group().strip()
    open_at = text.rfind(dash, max(lo, close.start() - 200), close.start())
    if open_at <= lo or _ASIDE_STOP.search(text, open_at, close.start()):
        return None
    return _clause_mention(doc, lo, open_at)


_WHO = regex.compile(r"\s+who\s+")


def _name_then_relative(doc: Document, lo: int, end: int) -> Mention | None:
    """A name opening the clause, then a relative clause set off by no commas:
    "Former Governor Hale who lost to Brandt in 2008 said" (descriptions take theirs
    in their parse: "Voters who backed Trump said")."""
    text = doc.text
    s = content_start(text, lo, end)
    who = _WHO.search(text, s, end)
    if who is None or doc.cue_word_count(who.end(), end) > 0:
        return None
    name = doc.mention(s, who.start())
    if name is None or name.kind != "name" or not (name.role or " " in (name.name or "")):
        return None  # (a lone capitalised word opening a sentence may be a common noun: "Hacker who …")
    return name


OPEN_APPOSITIVE_WORDS = 12  # "an infectious disease expert at the WHO's Americas regional office"


def _name_then_open_appositive(doc: Document, lo: int, e: int) -> Mention | None:
    """A name opening the clause, then a role whose closing comma is missing (press
    releases): "Dana Reyes, Plant Manager and a Denver native said"."""
    text = doc.text
    s = content_start(text, lo, e)
    closing = max(text.rfind("”", s, e), text.rfind('"', s, e))
    if closing >= 0:  # after a quotation the clause opens past its closing mark
        s = skip_space(text, closing + 1)  # ('"…," Marcos Espinal, an expert at the WHO said')
    comma = text.find(",", s, e)
    if comma < 0 or text.find(",", comma + 1, e) >= 0 or doc.cue_word_count(comma + 1, e) > 0:
        return None
    role = text[comma + 1:e].strip()
    if not looks_like_role(role) or len(role.split()) > OPEN_APPOSITIVE_WORDS:
        return None
    name = doc.mention(s, comma)
    if (name is None or name.kind != "name" or " " not in (name.name or "") or name.start != s
            or name.text.split()[0].lower() in lx.PREPOSITIONS_AND_RELATIVES):
        return None  # (not "Citing Prime Minister Jane Lee, the paper said", "Like Trump, the RNC has":
        # an adjunct opens the clause)
    return replace(name, role=name.role or role)


def _name_then_appositive(doc: Document, lo: int, end: int) -> Mention | None:
    """A name opening the clause, then an appositive of any shape closed by a comma
    or a dash right before the cue: "Lance Beebe, 49, a Navy veteran who now works
    for the Air Force, said", "Jason Sims — a teacher from Mount Pleasant — says",
    "Judge Jane Stranch, in her dissent, said".  ``end``: the cue's start, moved
    left past adverbs (`strip_adverbs_back`)."""
    text = doc.text
    e = skip_space_back(text, lo, end)
    if e <= lo:
        return None
    if text[e - 1] not in ",—–":
        return _name_then_open_appositive(doc, lo, e)
    s = content_start(text, lo, e)
    j = TIME_ADJUNCT.match(text, s, e)
    if j:
        s = j.end()
    first = _NAME_STOP_OR_DASH.search(text, s, e - 1)
    if first is None:
        return None
    name = doc.mention(s, skip_space_back(text, s, first.start()))
    if name is None or name.kind != "name" or name.start != s or doc.cue_word_count(first.end(), e) > 0:
        return None
    role = text[first.end():e - 1].strip(" ,—–")
    return replace(name, role=name.role or (role if looks_like_role(role) else None))


_COPULA_BEFORE = regex.compile(r"\b(?:" + lx.alternation(lx.INVERTING_COPULAS) + r")\s+$")


def _speaker_before(doc: Document, lo: int, end: int, nested: bool) -> Mention | None:
    """`speaker_before`'s main reading; ``end``: the cue's start, moved left past
    adverbs (`strip_adverbs_back`)."""
    text = doc.text
    if end <= lo:
        return None
    pro = _SUBJECT_PRONOUN_BEFORE.search(text, lo, end)
    if pro is not None and pro.start() > lo and char_before(text, pro.start(), lo) not in ",;:":
        # "At the town hall this week she said": a subject pronoun right before the
        # cue is its subject, whatever adjunct opens the clause.
        m = doc.mention(pro.start(), pro.end("pronoun"))
        if m is not None and m.kind == "pronoun":
            return m
    relayed = _QUOTED_AS.search(text, max(lo, end - 120), end)
    if relayed is not None:
        # "The newspaper quoted Lai as saying": the one quoted speaks, the paper relays
        m = doc.mention(relayed.start("who"), relayed.end("who"))
        if m is not None:
            return m
    rel = _RELATIVE_WHO.search(text, lo, end)
    if rel:
        # "Mr. Sanders, who said ...": the noun phrase before the relative pronoun; after
        # an inverted copula, the person named there ("Also addressing lawmakers was
        # Foreign Minister Park Jin, who said …").
        m = _clause_mention(doc, lo, rel.start())
        if m is None or m.kind != "name":
            near = mention_ending_at(doc, lo, rel.start(), names_only=True)
            if near is not None and _COPULA_BEFORE.search(text, max(lo, near.start - 12), near.start):
                return near
            owner = _appositive_owner(doc, lo, rel.start())
            if owner is not None:
                return owner
        return m or mention_ending_at(doc, lo, rel.start())
    end = _peel_locatives(text, lo, end)
    t = skip_space_back(text, lo, end)
    if t - 1 > lo and text[t - 1] == "," and (credential := doc.blanked_span(t - 2)) is not None:
        end = credential.start  # "Judy Danella, RN, said": the credentials after the name are the name's
    before = text[lo:end]
    # An appositive ends in a comma right before the cue.
    appositive: tuple[int, int] | None = None
    if before.endswith(","):
        inner_end = end - 1
        k = text.rfind(",", lo, inner_end)
        while k > lo and text[k - 1].isdigit() and text[k + 1:k + 2].isdigit():
            k = text.rfind(",", lo, k)  # ("advised more than 12,000 coal miners": a thousands separator)
        if k < 0:
            return None
        a_s = k + 1
        while a_s < inner_end and text[a_s].isspace():
            a_s += 1
        appositive = (a_s, inner_end)
        first_word = WORD.match(text, a_s, inner_end)
        if first_word is not None and first_word.group() in lx.COORDINATORS:
            return None  # "The study, which is part of X, and is required by law, could …, says": a predicate, not an appositive
        if (first_word is not None and first_word.group().lower() in lx.SPEECH_FORMS and first_word.group()[:1].islower()
                and first_word.group().endswith("s")):
            # "Mark Dunn, 41, denies the charge, saying": a present-tense predicate, not
            # an appositive (as participles are: "Trump, asked about it, said")
            return None
        # "ROLE, NAME, said": the appositive itself may be the name.
        m = doc.mention(a_s, inner_end)
        if m is not None and m.kind in {"name", "pronoun"}:
            outer = _clause_mention(doc, lo, k)
            if outer is not None and outer.kind in {"definite", "indefinite", "organization"} and m.kind == "name":
                return replace(m, role=clean_role(outer.role or outer.text))
            if outer is not None and outer.kind == "name" and m.kind == "name" and m.role:
                return m
            if outer is None or m.kind == "name":
                return m
        if not nested and RELATIVE_OPENING.match(text, a_s, inner_end):
            # "NAME, ROLE, which is made up of ..., said": the relative clause
            # describes the subject; the speaker is whoever comes before it.
            before_clause = speaker_before(doc, lo, k + 1, nested=True)
            if before_clause is not None:
                return before_clause
        if not nested:
            # "GE, whose products include engines, scanners and programs, said": a
            # relative clause holding a list (its commas are not the appositive's)
            rel = _COMMA_RELATIVE.search(text, lo, k)
            if rel is not None and doc.cue_word_count(rel.end(), inner_end) == 0:
                before_clause = speaker_before(doc, lo, rel.start(), nested=True)
                if before_clause is not None:
                    return before_clause
            # "Joe Wyatt, an outside director and Chairman of the Governance,
            # Nominating and Ethics Committee, said": a description holding a list
            app = _COMMA_DESCRIPTION.search(text, lo, k)
            if app is not None and doc.cue_word_count(app.end(), inner_end) == 0:
                named = speaker_before(doc, lo, app.start(), nested=True)
                if named is not None and named.kind == "name":
                    return replace(named, role=named.role or clean_role(text[app.start() + 1:inner_end].strip()))
        end = k
        if not _APPOSITIVE_CLAUSE.match(text[a_s:inner_end]):
            return None
    m = _clause_mention(doc, lo, end)
    if m is None:
        m = _name_before(doc, lo, end)
    if m is None:
        m = _before_participle(doc, lo, end)
    if m is None:
        m = _of_list_owner(doc, lo, end)
    if m is None:
        m = _after_participle_adjunct(doc, lo, end)
    if m is None:
        return None
    if (m.kind == "definite" or (m.kind == "indefinite" and appositive is not None)) and not m.plural and char_before(text, m.start, lo) == ",":
        # "Sam Lau, the communications director for the party, said": the name
        # before an appositive description is the speaker.
        k = text.rfind(",", lo, m.start)
        name = _clause_mention(doc, lo, k) if k >= 0 else None
        if (name is not None and name.kind == "name" and (" " in name.text or name.text in doc.name_words)
                and name.start <= content_start(text, lo, k)):  # (not "Citing Prime Minister Jane Lee, the paper said")
            # (one word the article never capitalises inside a sentence opens it:
            # "Perhaps, the judge said")
            return replace(name, role=name.role or clean_role(m.role or m.text))
    if appositive is not None and m.kind == "name" and not m.role:
        role = text[appositive[0]:appositive[1]].strip()
        if looks_like_role(role):
            m = replace(m, role=role)
    return m


_LIST_ITEM = r"[\w’'&.-]+(?:\s+[\w’'&.-]+){0,3}"
_LIST_REST = regex.compile(r",\s*" + _LIST_ITEM + r"(?:,\s*" + _LIST_ITEM + r")*,?\s+(?:and|or)\s+" + _LIST_ITEM + r"\s*")


def _of_list_owner(doc: Document, lo: int, end: int) -> Mention | None:
    """A description whose ``of`` phrase holds a list, opening the clause: "The maker
    of the iPhone, iPods and Mac computers said" -- the maker speaks, not the last item."""
    text = doc.text
    m = _subject_at(doc, content_start(text, lo, end), end)
    if m is None or m.kind in ("name", "pronoun") or " of " not in (m.role or ""):
        return None
    if not _LIST_REST.fullmatch(text, m.end, end) or doc.cue_word_count(m.end, end) > 0:
        return None
    return replace(m, role=text[m.start:end].strip())


def _after_participle_adjunct(doc: Document, lo: int, end: int) -> Mention | None:
    """A definite description ending at the cue after an opening participle phrase
    whose comma is left out: "Outlining the new team this week the German official
    told deputies that …" (the phrase's own object is no description ending there)."""
    text = doc.text
    s = content_start(text, lo, end)
    opener = WORD.match(text, s, end)
    if opener is None or not opener.group().endswith("ing") or not _PARTICIPLE_OPENING.fullmatch(opener.group()):
        return None
    if text.find(",", s, end) >= 0:
        return None  # (with the comma the subject is read after it)
    m = mention_ending_at(doc, opener.end(), end)
    if m is None or m.kind != "definite" or m.start <= opener.end() or text[m.start:m.start + 4].lower() != "the ":
        return None
    return m


def _peel_locatives(text: str, lo: int, end: int) -> int:
    """Move ``end`` left past appositives that only say a speaker's age, party or home:
    ``Brianne Stone, 29, of Huntsville, Ala., says`` -> ``Brianne Stone``."""
    t = end
    while t > lo and text[t - 1].isspace():
        t -= 1
    if t <= lo or text[t - 1] != ",":
        return end
    e = t - 1  # the comma closing the last appositive
    peeled = False
    while (k := text.rfind(",", lo, e)) >= 0:
        seg = text[k + 1:e].strip()
        if not (_LOCATIVE.fullmatch(seg) or seg.lower() in lx.US_STATES):
            # "Mark Dunn, 41, of Mill Lane, Halford, denies": a town after a street
            j = text.rfind(",", lo, k) if _PLACE.fullmatch(seg) else -1
            if j < 0 or not _HOME.fullmatch(text[j + 1:k].strip()):
                break
            k = j
        e, peeled = k, True
    return e if peeled else end


def _clause_mention(doc: Document, lo: int, end: int) -> Mention | None:
    """The longest mention ending at ``end`` that starts at a clause boundary."""
    text = doc.text
    while end > lo and text[end - 1].isspace():
        end -= 1
    starts = [lo] + [m.end() for m in CLAUSE_BREAK.finditer(text, lo, end)]
    far = doc.too_far_for_mention(lo, end)
    for s in starts:
        while s < end and (text[s].isspace() or text[s] in QUOTE_CHARS):
            s += 1  # a clause may open after a closing quotation mark: '..., " he said'
        if s <= far and not _may_open_with_skip(text, s, end):
            continue  # more than a mention's words before the end, and nothing to skip
        # Each opening is matched only where its first characters allow it (see
        # `dateline_end` and `_initial`).
        s = dateline_end(text, s, end)
        s = after_question_label(text, s, end)  # "Q. Coach Hollis said ...": a label
        # "But he said", "And officials say": a conjunction opens the clause.
        if _initial(text, s, end) in CONNECTIVE_INITIALS:
            j = LEADING_JUNK.match(text, s, end)
            if j and j.end() > s:
                s = j.end()
        j = ELAPSED.match(text, s, end) or (TIME_ADJUNCT.match(text, s, end) if _initial(text, s, end) in _TIME_ADJUNCT_INITIALS else None)
        if j:
            s = j.end()
        if _initial(text, s, end) in _SUBORDINATOR_INITIALS:
            j = SUBORDINATOR.match(text, s, end)
            if j and j.end() > s and doc.mention(s, end) is None:
                s = j.end()
        if _initial(text, s, end) in _RELATIVE_INITIALS:
            j = _RELATIVE_BEFORE_SUBJECT.match(text, s, end)
            if j:
                s = j.end()
        if s >= end:
            continue
        m = doc.mention(s, end)
        if m is not None:
            return m
    return None


def _initial(text: str, s: int, end: int) -> str:
    """The case-folded first character at ``s`` (before ``end``), to rule out a
    case-insensitive pattern of words that cannot start with it; '' at the end."""
    return text[s].casefold()[:1] if s < end else ""


def _may_open_with_skip(text: str, s: int, end: int) -> bool:
    """Whether a dateline, a connective or a subordinator may open the clause at
    ``s`` (what `_clause_mention` skips before its subject)."""
    if s + 1 < end and text[s].isupper() and (text[s + 1].isupper() or text[s + 1] in ".’'-"):
        return True  # "WASHINGTON --"
    if dateline_end(text, s, min(end, s + 40)) > s:
        return True  # "Sept 18 (Reuters) -", "12:55 p.m."
    word = _LETTERS_AT.match(text, s, min(end, s + 40))
    return bool(word) and word.group().casefold() in _OPENING_WORDS


def _name_stop(text: str, start: int, end: int) -> regex.Match | None:
    """Where a name after an inverted cue ends: punctuation, or a full stop that does
    not close a title or abbreviation ("said Mr. McGinley", "said Sen. Warren")."""
    for m in _NAME_STOP.finditer(text, start, end):
        if m.group() == "." and _ABBREVIATION_BEFORE.search(text, max(start, m.start() - 12), m.end()):
            continue
        return m
    return None


def speaker_after(doc: Document, start: int, end: int) -> Mention | None:
    """The speaker right after an inverted cue: ``said Cornell William Brooks, president ...``."""
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    end = min(end, start + MAX_LOOK)
    m = _name_stop(text, start, end)
    stop = m.start() if m else end
    words = list(WORD.finditer(text, start, stop))
    got = _speaker_after_words(doc, start, end, words, m)
    if got is None and len(words) > 2:
        # "said 9/11 widow Terry Strada": a descriptor the parser cannot read may
        # stand before the name; the name at the end still identifies the speaker.
        for k in range(1, min(len(words) - 1, 4)):
            got = _speaker_after_words(doc, words[k].start(), end, words[k:], m)
            if got is not None and got.kind == "name":
                return got
        return None
    return got


def _speaker_after_words(doc: Document, start: int, end: int, words: list, m) -> Mention | None:
    text = doc.text
    got = longest_mention(doc, start, end, words)
    if m is not None and text[m.start()] == "," and (got is None or got.kind != "name" or _ends_in_title(got)):
        # "said the witness, Denise Harlan, 52", "said Ghana's ambassador to the UN,
        # Abena Owusu-Ansah": the description is the role of the name after it.
        named = _appositive_name(doc, m.end(), end)
        if named is not None:
            return replace(named, start=start, role=text[start:m.start()].strip())
    if got is not None and got.kind == "name" and not got.role and m and text[m.start()] == ",":
        # "said Cornell William Brooks, president of the NAACP": the appositive is the role.
        role_end = _ROLE_END.search(text, m.end(), min(end, m.end() + 120))
        role = text[m.end():role_end.start() if role_end else min(end, m.end() + 120)].strip()
        if looks_like_role(role):
            got = replace(got, role=role)
    return got


def subject(doc: Document, sp: Span) -> Mention | None:
    """The mention that opens a sentence, for verbs coordinated with its main verb.

    After an opening adjunct ("With Democratic leaders worried ..., President Obama
    is ...", "Speaking at a rally in Novi, Michigan, Trump says") the subject follows
    one of the adjunct's commas: up to three are tried, skipping a list item or a
    place before another ("Michigan, Trump").  A clause after a comma that opens
    another adjunct starts the count again from there, so chained adjuncts are
    walked once, left to right, in linear time."""
    text = doc.text
    s = clause_start(text, sp.start, sp.end)
    elapsed = ELAPSED.match(text, s, sp.end)
    if elapsed:
        s = elapsed.end()  # "A few minutes later they ..."
    if not _opens_adjunct(text, s, sp.end):
        return _subject_at(doc, s, sp.end)
    opener = WORD.match(text, s, sp.end)
    if opener and _PARTICIPLE_OPENING.fullmatch(opener.group()):
        m = _subject_at(doc, s, sp.end)
        if m is not None and m.kind == "name" and m.role:
            return m  # "Dejected coach Tom Bale spoke …": an adjective in a title, not an adjunct
    comma, tries, limit = s, 0, min(sp.end, s + 240)
    while tries < 3:
        comma = text.find(",", comma + 1, limit)
        if comma < 0:
            return None
        p = clause_start(text, comma + 1, sp.end)
        if _opens_adjunct(text, p, sp.end):
            comma, tries, limit = p, 0, min(sp.end, p + 240)
            continue
        tries += 1
        m = _subject_at(doc, p, sp.end)
        if m is not None and char_after(text, m.end, sp.end) != ",":
            return m
    return None


def clause_start(text: str, start: int, end: int) -> int:
    end = min(end, start + MAX_LOOK)
    s = content_start(text, start, end)
    if text.find(",", s, end) < 0:
        return s  # every opening adverbial ends in a comma
    lead = LEADING_ADVERBIAL.match(text, s, end)
    return lead.end() if lead else s  # "Moments later, Rubio ...", "In December, the prince ..."


def _opens_adjunct(text: str, s: int, end: int) -> bool:
    opener = WORD.match(text, s, end)
    return bool(opener) and (opener.group().lower() in lx.NOT_MENTION_OPENERS or bool(_PARTICIPLE_OPENING.fullmatch(opener.group())))


_OWNER_BEFORE_NOUN = regex.compile(r"[’']s[ \t]+\p{Ll}")  # a possessive, then a lower-case word


def _subject_at(doc: Document, s: int, end: int) -> Mention | None:
    """The mention at ``s``, the start of a clause that opens with no adjunct."""
    text = doc.text
    first = text[s:s + 1]
    if ((first.casefold() in _SUBORDINATOR_INITIALS and SUBORDINATOR.match(text, s, end))
            or (first.isupper() and _GERUND_OPENING.match(text, s, s + 30))):
        return None  # "While X ...", "Following X ...": the subject comes later
    words = list(islice(WORD.finditer(text, s, min(end, s + 160)), 10))
    could = doc.prefix_could_parse(words) if len(words) > 3 else None
    for n in range(len(words), 0, -1):
        e = words[n - 1].end()
        if e <= s:
            break
        if could is not None and not could[n - 1]:
            continue
        m = doc.mention(s, e)
        if m is not None and m.kind != "pronoun" or (m is not None and n <= 2):
            if (char_after(text, m.end, end) == "," and m.kind == "name" and " " not in m.text
                    and not APPOSITIVE_NAME.match(text, m.end, min(end, m.end + 90))
                    and not RELATIVE_OPENING.match(text, skip_space(text, text.find(",", m.end) + 1), end)):
                return None  # "Recently, ..." : a word before a comma is an adverbial ("Christie, who ..." is not)
            if m.kind in {"name", "organization"} and " " in m.text and _OWNER_BEFORE_NOUN.match(text, m.end - 2, end):
                # "Sequoia Capital India’s move … suggests": the sentence is about the owner,
                # named without the possessive (one word may be a name: "Sainsbury’s said")
                m = doc.mention(s, m.end - 2) or m
            return _with_appositive_name(doc, m, end)
    return None


def mention_ending_at(doc: Document, lo: int, end: int, names_only: bool = False) -> Mention | None:
    """The mention (up to six words) that ends exactly at ``end``: the longest name if
    there is one ("footage of Hillary Clinton" -> "Hillary Clinton"), else the
    longest description (unless ``names_only``)."""
    text = doc.text
    words = list(WORD.finditer(text, max(lo, end - 80), end))
    if names_only and words and words[-1].end() == end and text[end - 1] != ")" and not could_end_name(words[-1].group()):
        return None  # every stretch tried ends with this word, which ends no name
    best = name = None
    for k in range(len(words) - 1, max(-1, len(words) - 7), -1):
        m = doc.mention(words[k].start(), end)
        if m is not None:
            best = m
            if m.kind == "name" and not (k > 0 and " " not in m.text and words[k - 1].group() in lx.ARTICLES):
                name = m  # (not "parts of the North who …": a word after "the" is no person's name)
    return name if names_only else name or best


def _name_before(doc: Document, lo: int, end: int) -> Mention | None:
    """A full name ending right at the cue when no clause-initial subject parses:
    "Saturday at the party convention Sen. Elizabeth Warren (D-MA) said".  Not after
    a verb or preposition, whose object it would be ("the man who attacked John Smith")."""
    text = doc.text
    m = mention_ending_at(doc, lo, end, names_only=True)
    if m is None:
        return None
    first = WORD.match(text, m.start, end)
    if first and first.group().lower() in lx.US_STATES and first.end() < end:
        # "In a speech in Ohio Clinton said": the place ends the phrase before the name.
        m = doc.mention(skip_space(text, first.end()), end)
        if m is None or m.kind != "name":
            return None
    if len((m.name or "").split()) < 2:
        # A surname alone only after an opening prepositional phrase with no comma:
        # "In a Bloomberg interview Trump declared".
        opener = WORD.match(text, skip_space(text, lo), m.start)
        if not opener or opener.group().lower() not in lx.NOT_MENTION_OPENERS or CLAUSE_BREAK.search(text, lo, m.start):
            return None
    prev = _LAST_WORD.search(text, max(lo, m.start - 30), m.start)
    if prev:
        w = prev.group().lower()
        if w in lx.PREPOSITIONS_AND_RELATIVES or (w.endswith("ed") and w not in lx.ROLE_NOUNS) or w in lx.SPEECH_FORMS or w in lx.OBJECT_FORMS:
            return None
    return m


def _before_participle(doc: Document, lo: int, end: int) -> Mention | None:
    """A subject with a participle phrase after it: "Protesters marching through the
    streets chanted", "Officials attending the meeting said"."""
    text = doc.text
    s = clause_start(text, lo, end)
    words = list(islice(WORD.finditer(text, s, end), 7))
    for n in range(1, min(len(words) - 1, 6)):
        if words[n].group().endswith("ing") and words[n].group().islower() and words[n].group() not in lx.SPEECH_FORMS:
            m = doc.mention(s, words[n - 1].end())
            if m is not None and m.kind != "pronoun":
                return m
    return None


def nearest_subject(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The mention opening the nearest clause before a coordinated cue."""
    text = doc.text
    lo = max(lo, cue_start - MAX_LOOK)
    starts = [lo] + [m.end() for m in CLAUSE_BREAK.finditer(text, lo, cue_start)]
    for s in reversed(starts):
        s = skip_space(text, s)
        words = list(islice(WORD.finditer(text, s, cue_start), 8))
        for n in range(min(len(words), 8), 0, -1):
            m = doc.mention(s, words[n - 1].end())
            if m is not None and m.kind != "pronoun":
                return m
    return None


def _ends_in_title(m: Mention) -> bool:
    """A "name" that ends in a title is an office ("NSW State Emergency Service State
    Duty Commander"), whose holder an appositive names ("…, Assistant Commissioner
    Nicole Hogan")."""
    last = (m.name or m.text).split()[-1].lower().strip(".,")
    return last in lx.TITLE_WORDS and last not in lx.POST_NOMINALS


def _with_appositive_name(doc: Document, m: Mention, end: int) -> Mention:
    """``Pakistan's envoy to the UN, Munir Akram, ...``: the name in the appositive is
    the subject, and the description before it is the role."""
    text = doc.text
    if m.kind == "name" or m.kind == "pronoun":
        return m
    a = APPOSITIVE_NAME.match(text[m.end:min(end, m.end + 90)])
    if a:
        inner = doc.mention(m.end + a.start(1), m.end + a.end(1))
        if inner is not None and inner.kind == "name":
            return replace(inner, role=clean_role(m.role or m.text))
    return m


_OBJECT_PRONOUN_SOURCE = regex.compile(r"((?i:" + lx.alternation(tuple(lx.OBJECT_TO_SUBJECT)) + r"))\s*")


def according_speaker(doc: Document, p: int, end: int) -> Mention | None:
    """The source after `according to`: a name, a description, or the issuer of a
    statement (`a statement issued by Pakistan's Ministry of Foreign Affairs`)."""
    text = doc.text
    frame = doc.frame
    limit = min(end, p + MAX_LOOK)
    stop = _SOURCE_STOP.search(frame, p, limit)
    # "according to Rep. Trey Gowdy": the full stop of a title or initial ends nothing
    while stop is not None and stop.group() == "." and _ABBREVIATION_DOT.search(text, max(p, stop.end() - 12), stop.end()):
        stop = _SOURCE_STOP.search(frame, stop.end(), limit)
    stop_at = stop.start() if stop else limit
    seg = text[p:stop_at]
    m = _ISSUED_BY.search(seg)
    if m and _STATEMENT_NP.match(seg):
        q = p + m.end()
        return longest_mention(doc, q, stop_at)
    got = longest_mention(doc, p, stop_at)
    if got is None:
        pro = _OBJECT_PRONOUN_SOURCE.fullmatch(text, skip_space(text, p), stop_at)
        if pro is not None:  # "According to him, the group is …": the one he refers to
            head = lx.OBJECT_TO_SUBJECT[pro.group(1).lower()]
            return Mention(pro.start(1), pro.end(1), pro.group(1), "pronoun", head, plural=head == "they")
    if (got is not None and got.kind in {"definite", "indefinite"} and got.head in lx.ROLE_NOUNS and not got.plural
            and text[stop_at:stop_at + 1] == ","):  # (not "According to an FBI summary, Cheryl Mills, a top aide, sent …")
        # "According to Rhymes' lawyer, Scott Leemon, the appearance was adjourned": the
        # name in apposition after the role is the source
        a_s = skip_space(text, stop_at + 1)
        a_e = text.find(",", a_s, min(end, a_s + 60))
        named = doc.mention(a_s, a_e) if a_e > a_s else None
        if named is not None and named.kind == "name" and " " in (named.name or ""):
            return replace(named, role=named.role or clean_role(got.text))
    return got


# "X issued a statement saying", "X posted a tweet saying": the issuer speaks.
_ISSUED_STATEMENT = regex.compile(
    r"(?r)\b(?:" + lx.alternation(lx.ISSUING_VERBS) + r")\s+(?:" + lx.alternation(lx.ARTICLES_AND_POSSESSIVES) + r")\s+(?:\S+\s+){0,2}"
    r"(?:" + lx.alternation(lx.STATEMENT_NOUNS) + r")s?\s*,?\s*$", regex.IGNORECASE)


_MESSAGED = regex.compile(r"(?r)\b(?:" + lx.alternation(lx.MESSAGING_VERBS) + r")\b[^,.;:!?\"“”\n]{0,80}$", regex.IGNORECASE)


# "sent 10News a statement about the lawsuit", "released a short statement on Monday":
# a sentence that hands over a statement, whose words may follow in the next paragraph
_HANDS_OVER_STATEMENT = regex.compile(
    r"\b(?:" + lx.alternation(lx.ISSUING_VERBS) + r")\s+(?:\S+\s+){0,3}?(?:" + lx.alternation(lx.ARTICLES_AND_POSSESSIVES)
    + r")\s+(?:\S+\s+){0,2}?(?:" + lx.alternation(lx.STATEMENT_NOUNS) + r")s?\b", regex.IGNORECASE)


def statement_sender(doc: Document, lo: int, hi: int) -> Mention | None:
    """The subject of a sentence ``text[lo:hi]`` that sends or issues a statement ("Bob
    Josephson, executive director of communications for Purdue, sent 10News a statement
    about the lawsuit."), or None."""
    m = _HANDS_OVER_STATEMENT.search(doc.text, lo, hi)
    return speaker_before(doc, lo, m.start()) if m is not None else None  # (speaker_before strips the adverbs)


def issuer_before(doc: Document, lo: int, cue_start: int) -> Mention | None:
    """The subject of "issued/posted a statement/tweet" right before a participle cue
    ("The Treasury issued a statement saying ..."), or of a verb of writing to
    someone ("The group wrote to the prime minister on Monday saying ..."): the
    message is the sender's."""
    m = _ISSUED_STATEMENT.search(doc.text, max(lo, cue_start - 120), cue_start) or _MESSAGED.search(doc.text, max(lo, cue_start - 120), cue_start)
    if m is None:
        return None
    return speaker_before(doc, lo, strip_adverbs_back(doc.text, lo, m.start()))


def _appositive_name(doc: Document, p: int, end: int) -> Mention | None:
    """A person's name right after a comma and before the next comma, full stop or
    the end: the name in apposition to a description before it."""
    text = doc.text
    p = skip_space(text, p)
    stop = _name_stop(text, p, min(end, p + 80))
    e = stop.start() if stop else min(end, p + 80)
    words = list(islice(WORD.finditer(text, p, e), 6))
    if not words or words[-1].end() != skip_space_back(text, p, e):
        return None
    got = doc.mention(p, words[-1].end())
    return got if got is not None and got.kind == "name" and (" " in (got.name or "") or got.role) else None


# "heard evidence from PC Danielle Brennan", "heard from the victim's mother"
_HEARD_FROM = regex.compile(r"\b(?:(?:" + lx.alternation(lx.HEAR_FORMS) + r")(?:\s+(?:" + lx.alternation(lx.EVIDENCE_NOUNS)
                            + r"))?|(?:" + lx.alternation(lx.EVIDENCE_NOUNS) + r"))\s+from\s+(?=\p{L})")


_HEARD_FROM_KEYS = frozenset(lx.HEAR_FORMS) | frozenset(lx.EVIDENCE_NOUNS)  # a word _HEARD_FROM needs


def witness_heard(doc: Document, sp: Span) -> Mention | None:
    """The person a hearing heard evidence from in this sentence ("At the inquest the
    coroner heard evidence from PC Danielle Brennan."): the witness who speaks next,
    so the sentence makes them as recent as its subject ("She told the court: …")."""
    if not doc.holds_word(_HEARD_FROM_KEYS, sp.start, sp.end):
        return None
    m = _HEARD_FROM.search(doc.frame, sp.start, sp.end)  # (not inside a quotation)
    if m is None:
        return None
    got = longest_mention(doc, m.end(), sp.end)
    return got if got is not None and got.kind == "name" else None


def longest_mention(doc: Document, p: int, stop: int, words: list | None = None) -> Mention | None:
    """The longest run of words from ``p`` (at most 14) that parses as a mention; a
    final full stop is dropped unless it closes an abbreviation ("Mr.", "D.")."""
    text = doc.text
    if words is None:
        words = list(islice(WORD.finditer(text, p, stop), 14))
    for n in range(min(len(words), 14), 0, -1):
        e = words[n - 1].end()
        if text[e - 1] == "." and not _ABBREVIATION_BEFORE.search(text, max(p, e - 12), e):
            e -= 1
        got = doc.mention(p, e)
        if got is not None:
            return got
    return None


def label_mention(text: str, label: regex.Match) -> Mention:
    """A transcript label as a speaker mention: "PENCE" names Pence."""
    text, kind, head, name, role = _label_parts(label.group("name"))
    if kind == "name" and label.group("role") and not role:
        role = label.group("role").title()  # "ANTHONY ALBANESE, PRIME MINISTER:" (a later "PRIME MINISTER:" is him)
    return Mention(label.start("name"), label.end("name"), text, kind, head, name, role)


@lru_cache(maxsize=4096)
def _label_parts(raw: str) -> tuple[str, str, str, str | None, str | None]:
    """(text, kind, head, name, role) of a label's mention; labels recur, so once each."""
    name = " ".join(_label_word_case(w) for w in raw.split())
    if name.split()[-1].isdigit():
        # "COMMUTER 1": an unnamed voice, described by the programme
        return name, "indefinite", name.split()[0].lower(), None, name
    words = name.lower().split()
    if len(words) > 1 and all(w in lx.TITLE_WORDS for w in words) and words[-1] in lx.OFFICE_TITLE_HEADS:
        # "PRIME MINISTER:" after "ANTHONY ALBANESE, PRIME MINISTER:": an office, whose
        # holder the transcript names (strategy office-title)
        return "the " + name, "definite", words[-1], None, "the " + name
    if len(words) == 1 and words[0] in lx.ROLE_NOUNS:
        return "the " + name.lower(), "definite", words[0], None, "the " + name.lower()  # "JOURNALIST:": a voice described
    parsed = parse_stretch(name)
    if parsed is not None and parsed.kind == "name" and parsed.name and parsed.role:
        return raw, "name", parsed.head, parsed.name, parsed.role  # "PRESIDENT TRUMP:" is Trump
    if len(words) > 1 and words[-1] in lx.ROLE_NOUNS:
        # "SENIOR ADMINISTRATION OFFICIAL:": an unnamed voice, described by the transcript
        return "a " + name.lower(), "indefinite", words[-1], None, "a " + name.lower()
    return raw, "name", name.split()[-1].lower(), name, None


_CAPS_AFTER_PREFIX = regex.compile(r"(\p{Lu}\p{Ll}{1,2})(\p{Lu}[\p{Lu}'’\-]+)")


def _label_word_case(word: str) -> str:
    """A label's capitals as a name is written: "PENCE" -> "Pence", "O'BRIEN" ->
    "O'Brien", "McCORMACK" -> "McCormack" (a prefix keeps its small letters)."""
    if word.isupper():
        return word.title()
    m = _CAPS_AFTER_PREFIX.fullmatch(word)
    return m.group(1) + m.group(2).title() if m else word
