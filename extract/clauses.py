"""Where reported content starts and ends around a cue.

``Mujahid emphasized that Afghanistan seeks good relations`` reports the clause after
``that``; ``Baloch reiterated Pakistan's stance`` reports a noun phrase; ``told The
Media Line that ...`` skips the hearer first.  These helpers answer "where does the
statement begin and end", leaving "who said it" to `speakers`.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import regex

from . import lexicon as lx
from .cues import Cue, compound_noun, noun_after_marker
from .document import SPACE_CLASS

PLACE_REACH = 40  # characters a press-release dateline's place may take before its comma
OPENING_LOOK = 400  # characters a sentence's opening (dateline, connectives, adverbial) may take
# A wire dateline: a place in capitals, a region, a date and the agency, then a dash
# ("WASHINGTON --", "UTRECHT, Netherlands, March 18 (AFP) –", "LONDON, Sept 18
# (Reuters) -", "BRASILIA, (Reuters) –"); or a date and an agency alone ("Sept 18 (Reuters) - ").
_AGENCY = r"\((?:\p{Lu}[\p{L}.&\-]*[ \t]?){1,3}\)"
_DASH_AFTER = r"\s*(?:--|—|–|-)\s+"
DATELINE = regex.compile(r"\p{Lu}[\p{Lu}.’'\-]+(?:[\s,]+\p{Lu}[\p{Lu}\p{Ll}.’'\-]*){0,3}(?:\s+\d{1,2})?(?:,?\s*" + _AGENCY + r")?" + _DASH_AFTER)
_AGENCY_ALONE = regex.compile(_AGENCY + _DASH_AFTER)  # "(CNN) --", "(Reuters) -" opening a story
_DATED_AGENCY = regex.compile(r"(?:" + lx.alternation(lx.MONTHS + lx.MONTH_ABBREVIATIONS) + r")\.?\s+\d{1,2}\s*" + _AGENCY + _DASH_AFTER)
_DATED_INITIALS = frozenset(m[0] for m in lx.MONTHS)
# A press release's dateline: a place in any case and a full date, perhaps a wire
# service, then a dash ("Brussels, 20 December 2023 –", "AUSTIN, Texas, March 5, 2024
# /PRNewswire/ --").
_MONTH = r"(?:" + lx.alternation(lx.MONTHS + lx.MONTH_ABBREVIATIONS) + r")\.?"
_PLACE_WORDS = r"\p{Lu}[\p{L}.’'\-]+(?:[ \t]+\p{Lu}[\p{L}.’'\-]+){0,2}"
_PRESS_DATELINE = regex.compile(_PLACE_WORDS + r"(?:,[ \t]+" + _PLACE_WORDS + r")?,[ \t]+(?:\d{1,2}[ \t]+" + _MONTH
                                + r"[ \t]+\d{4}|" + _MONTH + r"[ \t]+\d{1,2},?[ \t]+\d{4})(?:[ \t]*/[^/\n]{2,40}/|[ \t]*"
                                + _AGENCY + r")?" + _DASH_AFTER)
# A wire dateline with the agency after the place and a full date, no dash:
# "Kinshasa (AFP) Dec 23, 2008 The commander ...".
_AGENCY_DATELINE = regex.compile(_PLACE_WORDS + r"[ \t]*" + _AGENCY + r"(?:[ \t]+" + _MONTH + r"[ \t]+\d{1,2},?[ \t]+\d{4}[ \t]+(?=\p{Lu})"
                                 + r"|" + _DASH_AFTER + r")")  # (or a dash: "Bangkok (AP) — Myanmar security forces …")
# South Asian, African and European papers' dateline: a place and a colon or a spaced
# dash opening the story's first paragraph ("Panaji: Congress leader …", "New Delhi:
# The ministry …", "Cape Town - Opposition leader …"); only near the top, below the
# headline, where a colon after a name cannot be a headline's speaker ("Trump: Clinton
# should …") nor an interview's label further down.
_COLON_DATELINE = regex.compile(r"\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2}(?::|[ \t]+(?:--|—|–|-))[ \t]+(?=\p{Lu})")
COLON_DATELINE_REACH = 300  # characters from the top of the article
# A live blog's time stamp before an entry: "12:55 p.m. The FBI says ...".
_TIME_STAMP = regex.compile(r"\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+\p{Lu}{2,4}\b)?[ \t]+(?=\p{Lu})", regex.IGNORECASE)


def dateline_end(text: str, s: int, hi: int) -> int:
    """Past a wire or press-release dateline or a live blog's time stamp at ``s``, if
    one opens there (each pattern tried only where its first characters allow: two
    capitals, a month's initial, a digit, or a capital and a comma soon after)."""
    if s + 1 >= hi:
        return s
    if text[s].isdigit():
        t = _TIME_STAMP.match(text, s, hi)
        return t.end() if t else s
    if text[s] == "(":
        a = _AGENCY_ALONE.match(text, s, hi)  # "(CNN) -- Former U.S. Sen. Howard Baker …"
        return a.end() if a else s
    if not text[s].isupper():
        return s
    if 0 < s < COLON_DATELINE_REACH and text[s - 1] == "\n" and text[s + 1].islower():
        d = _COLON_DATELINE.match(text, s, hi)
        if d is not None:
            return d.end()
    if text[s + 1].isupper() or text[s + 1] in ".’'-":
        d = DATELINE.match(text, s, hi)
    else:
        d = _DATED_AGENCY.match(text, s, hi) if text[s] in _DATED_INITIALS else None
    if d is None and 0 <= text.find(",", s, min(hi, s + PLACE_REACH)):
        d = _PRESS_DATELINE.match(text, s, hi)
    if d is None and 0 <= text.find("(", s, min(hi, s + PLACE_REACH)):
        d = _AGENCY_DATELINE.match(text, s, hi)
    return d.end() if d else s


LEADING_JUNK = regex.compile(r"(?:(?:" + lx.alternation(lx.CONNECTIVES) + r")\b(?!\s+(?:" + lx.alternation(lx.CONNECTIVE_BLOCKERS)
                             + r")\b)[\s,]*)+", regex.IGNORECASE)
CONNECTIVE_INITIALS = frozenset(c[0] for c in lx.CONNECTIVES)  # LEADING_JUNK can match only here
LETTER_WORD = regex.compile(r"[\p{L}’'\-]+")
_ALNUM_WORD = regex.compile(r"[\p{L}\p{N}’'\-]+")
_SEMI_OR_COLON = regex.compile(r"[;:]")
# A run of characters that ``str.split()`` keeps together.
_SPLIT_WORD = regex.compile(rf"[^{SPACE_CLASS}]+")
# A short noun phrase (the hearer) and `to` before a verb: "women to vote".
# A hearer the word lists miss, then an infinitive ("urged women to vote"); a subject
# pronoun means a clause has begun ("told Politico he planned to stay neutral").
_HEARER_THEN_TO = regex.compile(
    r"(?:(?!(?i:" + lx.alternation(lx.PRONOUNS) + r")\s)[\p{L}’'\-]+\s+){1,4}?to\s+(?=\p{Ll})")
_PARTICIPLE_AT = regex.compile(r"\p{Ll}+ing\b")  # "setting up ...", "leaving fans angry"
_CONTINUATION = regex.compile(r"[^,]{0,60},\s*(?=\S)")
_THAT = regex.compile(r"\b(?:" + lx.alternation(lx.COMPLEMENTIZERS) + r")\s+", regex.IGNORECASE)
_PARTICIPLE_TAIL = regex.compile(r",\s+(?:\p{Ll}+\s+)?(?:" + lx.alternation(lx.TAIL_PARTICIPLES) + r")\b")
_COORDINATION = regex.compile(
    r",?\s+(?P<coordinator>" + lx.alternation(lx.COORDINATORS) + r")\s+(?:\p{Ll}+ly\s+|(?:" + lx.alternation(lx.COORDINATION_ADVERBS) + r")\s+)?"
    r"(?:(?:" + lx.alternation(lx.PERFECT_AUXILIARIES) + r")\s+)?(?P<verb>\p{Ll}+)\b")  # ("but has said she will …")
# A second clause with its own subject and a finite cue: "…, but he said …", "… and
# human rights groups warned …" (a subject of at most four words; the cue in the
# pattern, so that a longer subject is tried when a shorter one meets no cue).
# The subject holds no auxiliary, negation or question word: "and New Zealand would not
# add", "and what the models say" go on the content.
_FINITE_SPEECH = lx.alternation(frozenset(f for f, lemma in lx.SPEECH_FORMS.items() if lemma in lx.CLAUSE_OPENING_CUES))
_NOT_IN_SUBJECT = lx.alternation(lx.AUXILIARIES | lx.NEGATIONS | lx.OPEN_QUESTION_WORDS | frozenset(lx.SUBJECT_COORDINATORS)
                                | lx.NOT_IN_COORDINATED_SUBJECT)
_NOT_IN_JOINED_SUBJECT = lx.alternation(lx.AUXILIARIES | lx.NEGATIONS | lx.OPEN_QUESTION_WORDS | lx.NOT_IN_COORDINATED_SUBJECT
                                       | (frozenset(lx.SUBJECT_COORDINATORS) - lx.SUBJECT_NOUN_JOINERS))
_SUBJECT_COORDINATION = regex.compile(
    r",?\s+(?:"
    r"(?:" + lx.alternation(lx.SUBJECT_COORDINATORS) + r")\s+"
    r"(?:(?!(?:" + _NOT_IN_SUBJECT + r")\s)[\p{L}\p{N}’'.\-]+\s+){1,4}?"  # (lower case: "Mrs May accusing")
    r"|(?:" + lx.alternation(frozenset(lx.SUBJECT_COORDINATORS) - lx.SUBJECT_NOUN_JOINERS) + r")\s+"
    r"(?:(?!(?:" + _NOT_IN_JOINED_SUBJECT + r")\s)[\p{L}\p{N}’'.\-]+\s+){1,4}?(?:" + lx.alternation(lx.SUBJECT_NOUN_JOINERS)
    + r")\s+(?:(?!(?:" + _NOT_IN_SUBJECT + r")\s)[\p{L}\p{N}’'.\-]+\s+){1,2}?"  # ("but the United Nations and others have said")
    r")(?:(?:" + lx.alternation(lx.SUBJECT_CUE_AUXILIARIES) + r"|\p{Ll}+ly)\s+){0,2}"
    r"(?:" + _FINITE_SPEECH + r")\b")
_ARTICLE_OR_POSSESSIVE = lx.alternation(lx.ARTICLES_AND_POSSESSIVES)
_ADJUNCT_AFTER_CUE = regex.compile(
    r"(?:(?:" + lx.alternation(lx.TIME_QUALIFIERS) + r")\s+)?"
    r"(?:" + lx.alternation(lx.WEEKDAYS + lx.TIME_NOUNS + lx.ADJUNCT_ADVERBS) + r")"
    r"(?:\s+(?:" + lx.alternation(lx.PARTS_OF_DAY) + r"))?,?\s+"
    r"|(?:" + lx.alternation(lx.OCCASION_PREPOSITIONS) + r")\s+(?:" + _ARTICLE_OR_POSSESSIVE + r")\s+(?:[\p{L}\-]+\s+){0,3}?"
    r"(?:" + lx.alternation(lx.OCCASION_NOUNS) + r")(?:\s+(?:" + lx.alternation(lx.OCCASION_LINKS) + r")\s+[^,;:]{1,40}?)?,?\s+"
    r"(?=that\b|\p{Lu}|[\p{Ll}]+\s)"
    r"|on\s+(?:" + lx.alternation(lx.MEDIA_OUTLETS) + r"|[\p{Lu}][\p{L}’']+(?:’s|'s)\s+[^,;:]{1,30}?)\s+(?=that\b)"
)
# Whom one tells: the hearer nouns, and any person ("told the defendant he would …").
_PERSON_HEARERS = frozenset(lx.HEARER_NOUNS) | (lx.ROLE_NOUNS - frozenset(lx.DOCUMENT_NOUNS) - lx.ORG_NOUNS)
_HEARER = regex.compile(
        r"(?:(?:" + lx.alternation(lx.HEARER_WORDS) + r")\b"
        r"|(?:(?:" + lx.alternation(lx.HEARER_DETERMINERS) + r")\s+)?(?:[\p{Lu}][\p{L}’'.\-&]*\s*)+"
        r"|(?:" + _ARTICLE_OR_POSSESSIVE + r")\s+(?:[\p{L}\-’']+\s+){0,3}?(?:" + lx.alternation(_PERSON_HEARERS) + r")\b(?![’'])"
        r"|(?:[\p{Ll}\-]+\s+){1,2}(?:" + lx.alternation(lx.HEARER_WORDS) + r")\b)",  # "told local reporters"
)


def skip_space(text: str, p: int) -> int:
    while p < len(text) and text[p].isspace():
        p += 1
    return p


def skip_space_back(text: str, lo: int, pos: int) -> int:
    """``pos`` moved left past the spaces before it (not past ``lo``)."""
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return pos


def char_before(text: str, pos: int, lo: int) -> str:
    """The last non-space character before ``pos`` (not before ``lo``), or ''."""
    p = pos
    while p > lo and text[p - 1].isspace():
        p -= 1
    return text[p - 1] if p > lo else ""


def char_after(text: str, pos: int, hi: int) -> str:
    """The first non-space character at or after ``pos`` (before ``hi``), or ''."""
    while pos < hi and text[pos].isspace():
        pos += 1
    return text[pos] if pos < hi else ""


def content_start(text: str, lo: int, hi: int) -> int:
    """Where a statement's words begin: after a dateline and leading connectives
    (looking at most ``OPENING_LOOK`` characters in)."""
    hi = min(hi, lo + OPENING_LOOK)
    s = dateline_end(text, skip_space(text, lo), hi)  # "WASHINGTON -- President Obama said"
    s = after_question_label(text, s, hi)
    if s < hi and text[s].casefold()[:1] in CONNECTIVE_INITIALS:
        j = LEADING_JUNK.match(text, s, hi)
        if j:
            s = skip_space(text, j.end())
    return s


_QUESTION_LABEL = regex.compile(r"Q[.:][ \t]+")


def after_question_label(text: str, s: int, hi: int) -> int:
    """Past an interview's question label opening a paragraph ("Q. Coach Hollis
    said ..."): a label, not the initial of a name."""
    if text[s:s + 1] == "Q" and (s == 0 or text[s - 1] == "\n"):
        q = _QUESTION_LABEL.match(text, s, hi)
        if q:
            return q.end()
    return s


def content_end(text: str, lo: int, hi: int) -> int:
    """Where a statement's words end: before closing punctuation and marks."""
    e = hi
    while e > lo and text[e - 1] in " .!?\"”’')]\t":
        if text[e - 1] == ")" and "(" in text[lo:e]:
            break
        e -= 1
    return e


def np_end(text: str, p: int, end: int) -> int:
    """The end of a noun phrase: the next comma that is no thousands separator
    ("a survey of 75,000 people,"), or ``end``."""
    c = text.find(",", p, end)
    while 0 < c < end - 1 and text[c - 1].isdigit() and text[c + 1].isdigit():
        c = text.find(",", c + 1, end)
    return c if c >= 0 else end


def has_words(text: str, p: int, end: int, n: int) -> bool:
    """Whether ``text[p:end]`` holds at least ``n`` words (as ``str.split`` counts
    them), looking no further than the n-th."""
    for k, _ in enumerate(_SPLIT_WORD.finditer(text, p, end), 1):
        if k >= n:
            return True
    return n <= 0


def tail_is_short(text: str, p: int, end: int) -> bool:
    return not has_words(text, p, end, 9)


def tail_after_cue(text: str, cue: Cue, end: int, min_words: int = 3) -> int | None:
    """For an attribution in mid-sentence, the start of the continuation after
    ``, SPEAKER said, ...``; None when the cue ends the sentence (a short tail) or
    a participle follows it ("…, the minister said Thursday, setting up a clash")."""
    m = _CONTINUATION.match(text, cue.end, end)
    if m and _PARTICIPLE_AT.match(text, m.end(), end):
        return None
    if m and has_words(text, m.end(), end, min_words) and not has_words(text, cue.end, m.end(), 5):
        return m.end()
    return None


_NOT_TO = regex.compile(r"(?i:not|never)\s+to\s+\p{Ll}")
_NOT_BEFORE_TO = regex.compile(r"(?<=\s)(?i:not|never)\s+to\s+$")


def _past_adjuncts(text: str, p: int, end: int) -> int:
    """``p`` moved past the time, place and occasion adjuncts that follow a cue or its
    hearer (`_ADJUNCT_AFTER_CUE`)."""
    while (adj := _ADJUNCT_AFTER_CUE.match(text, p, end)) is not None and adj.end() > p:
        p = adj.end()
    return p


# A past tense straight after "that": the relative pronoun of the noun before it.
_PAST_FORM = r"\p{Ll}+ed|" + lx.alternation(lx.PAST_TENSE_VERBS)
_RELATIVE_VERB = regex.compile(r"(?:" + _PAST_FORM + r")\b")
# A finite verb straight after "that": a relative clause, as a complement opens with
# its subject ("in a report that calls for …", "in a statement that was released …")
_FINITE_AFTER_THAT = regex.compile(r"(?:" + _PAST_FORM + r"|" + lx.alternation(
    lx.AUXILIARIES | frozenset(f for forms in (lx.SPEECH_FORMS, lx.OBJECT_FORMS) for f in forms
                               if f.endswith("s") and f != forms[f] and f not in lx.NOUN_FIRST_S_FORMS)) + r")\b")
_LAST_WORD = regex.compile(r"(?r)([\p{L}’']+)\s+$")


def _word_before_in(text: str, lo: int, pos: int, words: frozenset[str]) -> bool:
    """Whether the word just before ``pos`` (after ``lo``) is one of ``words``."""
    m = _LAST_WORD.search(text, max(lo, pos - 30), pos)
    return m is not None and m.group(1).lower() in words


def _first_word_in(text: str, p: int, end: int, words: frozenset[str]) -> bool:
    m = _ALNUM_WORD.match(text, p, end)
    return m is not None and m.group().lower() in words


def ly_adverb(word: str) -> bool:
    """Whether a lower-case word ending in -ly is an adverb ("repeatedly"), not one of
    the nouns that end so ("family", "ally", "rally")."""
    return word.endswith("ly") and word not in lx.LY_NOUNS


# ", citing U.S. officials, that": an aside naming the cue's own sources
_SOURCE_ASIDE = regex.compile(r",\s+(?:" + lx.alternation(lx.SOURCE_ASIDE_PARTICIPLES) + r")\s+[^,;:\n]{1,80},\s+(?=that\b)")


_TO_VERB = regex.compile(r"(?<!\S)to\s+\p{Ll}")  # an infinitive: "to withdraw"


@lru_cache(maxsize=8)
def _charge(prep: str) -> regex.Pattern:
    """The object of an accusation and its preposition, before the charge: "him of", "the
    Democratic Party for" (no comma or clause word between)."""
    return regex.compile(r"(?:[\p{L}\p{N}’'.\-]+\s+){1,6}?" + prep + r"\s+(?=\p{Ll})")


def _names_convened_event(text: str, lo: int, hi: int, n: int) -> bool:
    """Whether one of the first ``n`` words of ``text[lo:hi]`` is an event one convenes
    ("an early election", "an emergency meeting")."""
    return any(w.lower().strip(".,") in lx.CONVENED_EVENTS for w in _WORD_RUN.findall(text, lo, hi)[:n])


def complement_start(text: str, cue: Cue, end: int, speaker=None) -> int | None:
    """Where the reported content starts after a cue, or None if nothing is reported."""
    p = _past_adjuncts(text, skip_space(text, cue.end), end)  # "announced Sunday she will resign", "said in a statement that ..."
    aside = _SOURCE_ASIDE.match(text, cue.end, end)
    if aside is not None:
        p = aside.end()  # "reported, citing U.S. officials, that …": the reporting cue's content
    else:
        aside = _COMMA_ASIDE_THAT.match(text, cue.end, end)
        aside_words = aside.group("aside").split() if aside is not None else []
        if (aside is not None and len(aside_words) <= COMMA_ASIDE_WORDS
                and not any(w.lower() in lx.SPEECH_FORMS for w in aside_words)):
            return aside.end()  # "said, however, that …", "told POLITICO, however, that …": an aside, then what was said
    if cue.lemma in lx.INFINITIVE_CUES and text[p:p + 3].lower() == "to " and text[p + 3:p + 4].islower():
        return skip_space(text, p + 3)  # "pledged (on Tuesday) to sell its fields": what was pledged
    if (cue.lemma in lx.INFINITIVE_CUES or cue.lemma in lx.HEARER_VERBS) and _NOT_TO.match(text, p, end):
        return p  # "warned not to expect a repeat": the negation is what was said
    if p >= end or (p > cue.end and "," in text[cue.end:p] and _PARTICIPLE_AT.match(text, p, end)):
        return None  # "said Thursday, setting up a clash": an adjunct, not what was said
    if cue.lemma in lx.DISCLOSURE_VERBS and _discloses_figures(text, p, end):
        return None  # "reported a decline in third-quarter profits": figures disclosed, nothing said
    window_end = min(end, p + 120)
    # "said (on Tuesday / in a statement / to reporters) that ..." -- look for `that`
    # before any other verb-like break.
    m = _THAT.search(text, p, window_end)
    if (m is not None and m.start() == p > skip_space(text, cue.end) and m.group()[:4].lower() == "that"
            and _FINITE_AFTER_THAT.match(text, m.end(), window_end)):
        return None  # "said in a new report Wednesday that calls for an arms embargo": the report's relative clause
    while m is not None and m.group()[:4].lower() == "that" and (
            _word_before_in(text, p, m.start(), lx.THAT_POINTING_AFTER)
            or (m.start() > p and _RELATIVE_VERB.match(text, m.end(), window_end))):
        # ("about that man": a demonstrative; "signaling the collapse of the coalition that
        # relied on …": a relative pronoun, a verb straight after it)
        m = _THAT.search(text, m.end(), window_end)
    if m is not None and cue.lemma in lx.CONVENING_VERBS and _names_convened_event(text, p, m.start(), 4):
        return None  # "called an emergency meeting on whether to …": an event convened
    if m is not None:
        between = text[p:m.start()]
        bw = between.lower().split()
        # "said Trump believes that" (but "told the judge that": a noun)
        inner_cue = any(w in lx.SPEECH_FORMS and not (k and noun_after_marker(bw[k - 1], w)) for k, w in enumerate(bw))
        # ("urging Mr Corbyn to withdraw his claim that …": the "that" is the infinitive's)
        to_verb = (cue.lemma in lx.INFINITIVE_CUES or cue.lemma in lx.HEARER_VERBS) and _TO_VERB.search(between) is not None
        if (not inner_cue and not to_verb and len(between.split()) <= 10 and not _SEMI_OR_COLON.search(between)
                and (between.strip() == "" or _is_adjunct_or_hearer(between, cue))):
            return m.end() if m.group().lower().startswith("that") else m.start()
    if cue.lemma in lx.DOCUMENT_VERBS and speaker is not None and speaker.head in lx.DOCUMENT_NOUNS:
        first = _ALNUM_WORD.match(text, p, window_end)
        w = first.group().lower() if first else ""
        if first and text[p:p + 3].lower() != "no " and (w not in lx.NOT_CLAUSE_STARTS or (
                w in lx.CLAUSE_OR_OBJECT_STARTS and _subject_then_auxiliary(text, first.end(), window_end))):
            return p  # "A Fox News poll shows Sanders with 47 percent", "figures show just under a third were seen"
    hearer = hearer_end(text, p, end) if cue.lemma in lx.HEARER_VERBS else None
    if cue.lemma in lx.HEARER_VERBS:
        q = skip_space(text, hearer) if hearer is not None else p
        if hearer is not None and text[q:q + 3].lower() == "to " and text[q + 3:q + 4].islower():
            return skip_space(text, q + 3)  # "urged him to reverse the freeze": what was urged
        if hearer is not None and _NOT_TO.match(text, q, end):
            return q  # "urged him not to go"
        m = _HEARER_THEN_TO.match(text, p, min(end, p + 80))
        if m is not None:
            negated = _NOT_BEFORE_TO.search(text, p, m.end())
            return negated.start() if negated else m.end()  # "urged women (not) to vote": a hearer not in the word lists
    prep = lx.CHARGE_PREPOSITIONS.get(cue.lemma)
    if prep is not None:
        charge = _charge(prep).match(text, p, min(end, p + 90))
        if charge is not None:
            return charge.end()  # "accusing him of reading from a script": the charge
    if cue.lemma in lx.THAT_ONLY and cue.kind == "speech":
        first = LETTER_WORD.match(text, p, window_end)
        if (cue.lemma in lx.BARE_CLAUSE_DECLARATIVES and first and first.group().lower() in lx.CLAUSE_OPENERS
                and _subject_then_auxiliary(text, first.end(), window_end)):
            return p  # "predicted it would affect other cases"
        if cue.lemma in lx.OBJECT_FORMS.values():
            return _object_start(text, cue, p, end)
        if cue.lemma in lx.BELIEF_VERBS and first and first.group().lower() in lx.CLAUSE_OPENERS:
            if (cue.text.lower().endswith("ing") and first.group().lower() not in lx.PRONOUNS
                    and not _subject_then_auxiliary(text, first.end(), window_end)):
                return None  # "feeling the effects of drought": a participle's object, no clause
            return p  # "Economists believe this provides ..."
        return None
    if cue.lemma in lx.HEARER_VERBS:
        if hearer is None:
            return None
        p = _past_adjuncts(text, skip_space(text, hearer), end)  # "told reporters here on Friday that …"
        if p >= end or text[p] in ",;:." or _first_word_in(text, p, end, lx.ADVERBIAL_SUBORDINATORS):
            return None  # "told his closest advisers as he labored over …": an adjunct, not what was told
        if any(text[p:p + len(w) + 1].lower() == w + " " for w in lx.HEARER_FOLLOWERS):
            return None if cue.lemma == "tell" else p
        return p
    if cue.kind == "object":
        return _object_start(text, cue, p, end)
    # Bare clause: "Matthews said Pence's performance should ..."
    if text[p] in ",:" or text[p:p + 3].lower() in {"to ", "so "}:
        if text[p] == ":":
            return skip_space(text, p + 1)
        return None
    first = _ALNUM_WORD.match(text, p, window_end)  # "said 640 homes would be built"
    if not first:
        return None
    w = first.group().lower()
    if w in lx.NOT_CLAUSE_STARTS or (ly_adverb(w) and not text[p].isupper()):
        # "said in a statement", "said goodbye", "said this to reporters", "complained
        # bitterly"; but "said this is", "said nearly every donor has", "said about
        # 1,300 houses were damaged"
        if not ((w in lx.CLAUSE_OR_OBJECT_STARTS or (w in lx.APPROXIMATORS and _NUMBER_NEXT.match(text, first.end(), window_end))
                 or ly_adverb(w))  # ("said eventually having the inquest had brought …")
                and _subject_then_auxiliary(text, first.end(), window_end)):
            return None
    return p


_NUMBER_NEXT = regex.compile(r"[ \t]+\d")  # "about 1,300": an approximation, not a topic
# An aside between commas right after a cue, then "that": "said, however, that …".
_COMMA_ASIDE_THAT = regex.compile(r"[ \t]*,[ \t]*(?P<aside>[^,;:.!?\"“”\n]{1,50}?),[ \t]*that[ \t]+(?=\S)")
COMMA_ASIDE_WORDS = 6  # the longest such aside
_WORD_RUN = regex.compile(r"[\p{L}\p{N}’'%$.\-]+")
_SUBJECT_REACH = 8  # words from an ambiguous opener to its clause's auxiliary


def _subject_then_auxiliary(text: str, p: int, end: int) -> bool:
    """Whether the words after an ambiguous opener reach a finite auxiliary within a
    short subject, with no comma, subordinator or relative on the way: "said [this]
    is", "said [much of his discussion with Trump] was"."""
    for k, word in enumerate(_WORD_RUN.finditer(text, p, min(end, p + 90))):
        w = word.group().lower()
        if k >= _SUBJECT_REACH or w in lx.SUBORDINATORS or w in lx.RELATIVE_PRONOUNS:
            return False
        if w in lx.AUXILIARIES or w in lx.NEGATED_AUXILIARIES:
            return True
        if text[word.end():word.end() + 1] in ",;:" and not (w[-1:].isdigit() and text[word.end() + 1:word.end() + 2].isdigit()):
            return False  # (a thousands separator is no break: "about 1,300 houses were")
    return False


_CALLED = regex.compile(r"(?:(?i:the|an?)\s+)?(?P<who>[\p{L}\p{N}\-]+)(?:[ \t]+(?P<next>[\p{L}’']+))?")


def _telephoned(text: str, p: int, end: int) -> bool:
    """Whether a call's object is a number or a service on the telephone, the object
    whole: "called 911 about the man", "called the police." (not "called on police to
    …", "called the police shootings a moment …")."""
    m = _CALLED.match(text, p, min(end, p + 40))
    if m is None:
        return False
    who, nxt = m.group("who").lower(), (m.group("next") or "").lower()
    return (who[:1].isdigit() or who in lx.CALLED_SERVICES) and (not nxt or nxt in lx.NOT_CLAUSE_STARTS)


# A subject pronoun and an auxiliary, perhaps with an adverb between: a clause opens
_PRONOUN_CLAUSE = regex.compile(r"(?i:" + lx.alternation(lx.CLAUSE_SUBJECT_PRONOUNS) + r")\s+(?:\p{Ll}+ly\s+|also\s+)?(?:"
                                + lx.alternation(lx.AUXILIARIES | lx.NEGATED_AUXILIARIES) + r")\b")


# After a demonstrative object: the sentence ends, or an adjunct follows ("this in a
# statement", "this to reporters"); a noun would make it a determiner ("this plan").
_ANAPHORIC_OBJECT_END = regex.compile(r"[ \t]*(?:[,.;:!?]|$|(?:" + lx.alternation(lx.CUE_ADJUNCTS) + r")\b)", regex.IGNORECASE)


def _discloses_figures(text: str, p: int, end: int) -> bool:
    """Whether the object at ``p`` is a company's figures ("a profit of $912 million",
    "fourth-quarter and year-end financial results"), not a clause about them ("that
    profits fell", "its profits had risen")."""
    words = _WORD_RUN.findall(text, p, min(end, p + 60))[:5]
    return (bool(words) and words[0].lower() not in lx.COMPLEMENTIZERS
            and any(w.lower() in lx.DISCLOSED_FIGURES for w in words) and not _subject_then_auxiliary(text, p, end))


def _object_start(text: str, cue: Cue, p: int, end: int) -> int | None:
    """Noun-phrase content of a communication verb: `reiterated Pakistan's stance`."""
    first = _ALNUM_WORD.match(text, p, min(end, p + 40))
    if not first:
        return None
    w = first.group().lower()
    if w in lx.OBJECT_NON_STARTS:
        if _PRONOUN_CLAUSE.match(text, p, end):
            return p  # "pointed out it could require …": a clause, not the object "it"
        return None
    if w in lx.DEMONSTRATIVES and _ANAPHORIC_OBJECT_END.match(text, first.end(), end):
        return None  # "revealed this in a statement", "disclosed this on Sunday": what was said came before
    matters = lx.OBJECT_CUE_MATTERS.get(cue.lemma)
    if matters is not None and not any(x.lower().strip(".,;:") in matters for x in _WORD_RUN.findall(text, p, min(end, p + 50))[:5]):
        return None  # "raised $26 million", "raising taxes": nothing said
    if cue.lemma in lx.CONVENING_VERBS and " " not in cue.text and _telephoned(text, p, end):
        return None  # "called 911", "called the police": a telephone call
    if (cue.lemma in lx.CONVENING_VERBS and w not in lx.DEFINITE_DETERMINERS and w not in lx.POSSESSIVE_DETERMINERS
            and _names_convened_event(text, p, min(end, p + 40), 3)):
        return None  # "called an early election": an event convened, nothing said
    return p


def _is_adjunct_or_hearer(between: str, cue: Cue) -> bool:
    words = between.split()
    if not words:
        return True
    w0 = words[0].lower().strip(",")
    if w0 in lx.HEARER_OR_ADJUNCT_OPENERS and cue.lemma not in lx.HEARER_VERBS and any(w in lx.AUXILIARIES for w in words[1:]):
        return False  # "saying the courts have no business deciding what …": a clause's subject, not an adjunct
    if w0 in lx.CUE_ADJUNCTS or w0 in lx.HEARER_OR_ADJUNCT_OPENERS:
        return True
    if all(ly_adverb(w.lower().strip(",")) for w in words):
        return True  # "argued insistently that …"
    if len(words) > 1 and (w0.isdigit() or w0 in lx.NUMBER_WORDS) and words[1].lower() in lx.COUNTED_ADJUNCT_NOUNS:
        return True  # "said 10 times that", "said two days later that"
    if cue.lemma in lx.HEARER_VERBS:
        return True
    return words[0][:1].isupper() and cue.lemma in lx.NAMED_ADJUNCT_VERBS


def hearer_end(text: str, p: int, end: int) -> int | None:
    """End of the hearer object after `told`: a name, a pronoun or a short phrase."""
    m = _HEARER.match(text, p, min(end, p + 80))
    if not m or not m.group().strip():
        return None
    return p + len(m.group().rstrip())


_LAST_WORD_BEFORE = regex.compile(r"(?r)[\p{L}’'\-]+")


def _compound_after(text: str, coordination: regex.Match, verb: str) -> bool:
    """Whether a coordinated cue form ends a compound noun with the word before the
    coordinator ("a dose of law and order"): no second cue."""
    prev = _LAST_WORD_BEFORE.search(text, max(0, coordination.start() - 40), coordination.start())
    return prev is not None and compound_noun(prev.group().lower(), coordination.group("coordinator").lower(), verb)


class ComplementStops:
    """Where reported content is cut short in one sentence: before a participial tail
    that starts a second attribution (", adding that ..."), or before a coordinated
    second cue ("tweeted a photograph and said she had been hurt", which is read as
    an attribution of its own).  Found once per sentence, so that each cue's content
    end is a lookup rather than a scan to the end of the sentence."""

    def __init__(self, text: str, start: int, body_end: int) -> None:
        self.body_end = body_end
        # Tails and coordinations hold one comma at most, at their start, so the
        # matches of one scan are the matches a scan from any later point would find.
        self.text = text
        self.tails = [m.start() for m in _PARTICIPLE_TAIL.finditer(text, start, body_end)]
        self.subject_cues = [m.start() for m in _SUBJECT_COORDINATION.finditer(text, start, body_end)]
        found = list(_COORDINATION.finditer(text, start, body_end, overlapped=True))
        self.starts = [m.start() for m in found]
        ends = [m.end() for m in found]
        # next_cue[i]: the first coordination with a speech verb met when scanning on
        # from coordination i (each scan resumes where the previous match ended).
        self.next_cue: list[int | None] = [None] * len(found)
        for i in range(len(found) - 1, -1, -1):
            verb = found[i].group("verb").lower()
            if lx.SPEECH_FORMS.get(verb) not in (None, *lx.QUOTE_ONLY_VERBS) and not (
                    verb in lx.COMPOUND_NOUN_FORMS and _compound_after(text, found[i], verb)):
                self.next_cue[i] = i
            else:
                j = bisect_left(self.starts, ends[i])
                self.next_cue[i] = self.next_cue[j] if j < len(found) else None

    def end(self, c_start: int) -> int:
        """Where content starting at ``c_start`` ends."""
        t = bisect_left(self.tails, c_start)
        stop = self.tails[t] if t < len(self.tails) else self.body_end
        i = bisect_left(self.starts, c_start)
        k = self.next_cue[i] if i < len(self.starts) else None
        if k is not None and self.starts[k] < stop:
            stop = self.starts[k]
        # a second clause with its own subject and cue ends the content, once the
        # content is a clause itself ("said he and his wife told …" is one clause)
        for p in self.subject_cues[bisect_left(self.subject_cues, c_start):]:
            if p >= stop:
                break
            if has_words(self.text, c_start, p, 3):
                return p
        return stop
