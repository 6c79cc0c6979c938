"""Find the words that name a speaker next to a cue, and say what kind of mention they are.

A mention is one of: a pronoun (``he``), a name with optional title (``FO spokesperson
Mumtaz Zahra Baloch``), an organisation (``Pakistan's Ministry of Foreign Affairs``), or
a description headed by a role noun, either indefinite (``a security official``: a
new anonymous source) or definite (``the ambassador``: someone already met).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import regex

from . import lexicon as lx

WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}’'\-.&]*|\([^()\s]{1,12}\)")
_CONTRACTION = regex.compile(r"[’'](?:" + lx.alternation(lx.CONTRACTED_VERBS) + r")$")
_QUANTITY = regex.compile(
    r"(?i:(?:" + lx.alternation(lx.QUANTITY_HEDGES) + r")\s+)?"
    r"(?i:(?:\d+(?:\.\d+)?\s*|(?:" + lx.alternation(lx.TENS) + r")(?:-(?:" + lx.alternation(lx.NUMBER_WORDS) + r"))?\s+"
    r"|(?:" + lx.alternation(lx.NUMBER_WORDS + lx.TEENS) + r")\s+)(?:percent|per\s+cent|%)"
    r"|(?:\d+|" + lx.alternation(lx.NUMBER_WORDS) + r")\s+(?:" + lx.alternation(lx.RATIO_LINKS) + r")\s+(?:\d+|ten|" + lx.alternation(lx.NUMBER_WORDS) + r")\b"
    r"|" + lx.alternation(lx.QUANTITY_PROPORTIONS) + r")"
    # The group counted may be left out: "Sixty-six percent said", "six in 10 said".
    r"(?:\s+(?:of\s+)?[\p{L}\-’']+){0,6}"
)
INITIAL = regex.compile(r"\p{Lu}\.")  # a capitalised initial: "A." in "Jill A. Martin"
_ABBREVIATED = regex.compile(r"(?:\p{L}\.)+|\p{Lu}\p{Ll}{0,3}\.")
_PARTY_TAG = regex.compile(lx.PARTY_TAG)
PUNCT_CHARS = regex.compile(r"[,;:!?\"“”\n]")  # characters no mention holds (nor a line break: paragraphs end it)
PUNCT_INSIDE = regex.compile(PUNCT_CHARS.pattern + r"|\s[-–—]+\s")  # nor a spaced dash: it separates phrases
_PARENTHESES = regex.compile(r"\s*\([^)]*\)")
_TRAILING_POSSESSIVE = regex.compile(r"[’']s$")
_HEDGE_FIRST_WORDS = frozenset(h.split()[0] for h in lx.QUANTITY_HEDGES)
_HEDGED_NUMBER = regex.compile(r"(?i:" + lx.alternation(lx.QUANTITY_HEDGES) + r")\s+(?=\d)")
_THOSE_GROUP = regex.compile(r"(?i:those)\s+(?:\p{Ll}+ed|" + lx.alternation(lx.THOSE_GROUP_WORDS) + r")\b")
_PARTITIVE_OPENING = regex.compile(r"(?i:(?:" + lx.alternation(lx.PARTITIVE_QUANTIFIERS) + r")\s+(?:one\s+)?of\s)")
_ROLE_WORD = regex.compile(r"[\p{L}’'\-]+")
_POSSESSIVE = regex.compile(r"(?:’s|'s|’|')$")
_PLURAL_POSSESSIVE_ENDS = frozenset({"s'", "s’"})  # "Sanders'": an owner whose name ends in s


def is_possessive(word: str) -> bool:
    """Whether a word (or a phrase's last word) is a possessive: "Oz's", "Sanders'"."""
    return _POSSESSIVE.search(word) is not None


def has_possessor(phrase: str) -> bool:
    """Whether a description holds a possessive before its last word: "Dale's campaign
    manager", "the prime minister's spokesman" are someone else's."""
    return any(is_possessive(w) for w in phrase.split()[:-1])


PREPOSITIONS = lx.MODIFIER_OPENERS  # words that open a description's modifier after its head
_PREPOSITIONS_BEFORE_HEAD = PREPOSITIONS - lx.ADJECTIVE_PREPOSITIONS  # ("a close aide": an adjective there)
NAME_PARTICLES = lx.NAME_PARTICLES
TITLE_CONNECTORS = lx.TITLE_CONNECTORS
MAX_MENTION_WORDS = 14
# Words that cannot stand inside a speaker's noun phrase before its head.
_PARTICLES_AND_CONNECTORS = NAME_PARTICLES | TITLE_CONNECTORS
_DETERMINERS = lx.DEFINITE_DETERMINERS | lx.INDEFINITE_DETERMINERS
_INSTITUTION_WORDS = lx.ORG_NOUNS | lx.NAME_BREAKERS  # words that make a capitalised run an organisation
CLAUSE_WORDS = lx.CLAUSE_WORDS
_SOLE_OFFICES = lx.OFFICE_TITLE_HEADS - lx.MASTHEAD_OFFICE_WORDS  # "the Taoiseach", "the PM": a holder


@dataclass(slots=True)  # a value, never changed: not frozen only for speed (see document.Span)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # pronoun | name | organization | definite | indefinite
    head: str  # lower-case head: pronoun, surname, or role noun
    name: str | None = None  # the person's or organisation's name, titles removed
    role: str | None = None  # title or description seen with the name
    plural: bool = False


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or (word[:1] == "(" and word[1:2].isupper()) or (
        word[:1] in _PARTICLE_INITIALS and _PARTICLE_PREFIXED.match(word) is not None)


# A surname with its particle joined by a hyphen or an apostrophe: "al-Zoabi", "d'Estaing"
_PARTICLE_PREFIXED = regex.compile(r"(?:" + lx.alternation(lx.NAME_PARTICLES | {"d"}) + r")[\-’']\p{Lu}")
_PARTICLE_INITIALS = frozenset(w[0] for w in lx.NAME_PARTICLES | {"d"})


def contracted_pronoun(word: str) -> str | None:
    """The pronoun of "I'm", "we're", "he’s", "they'd" (a pronoun and a contracted
    verb), lower-case; None for any other word."""
    c = _CONTRACTION.search(word)
    pro = word[:c.start()].lower() if c is not None else None
    return pro if pro in lx.PRONOUNS else None


def _pronoun_contraction(word: str) -> bool:
    return contracted_pronoun(word) is not None


@lru_cache(maxsize=1 << 16)
def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word).lower().rstrip(".")


def parse(text: str, start: int, end: int) -> Mention | None:
    """Parse ``text[start:end]`` as a whole speaker mention, or return None."""
    got = parse_stretch(text[start:end])
    if got is None or start == 0:
        return got
    return Mention(start, start + got.end, got.text, got.kind, got.head, got.name, got.role, got.plural)


@lru_cache(maxsize=1 << 16)
def parse_stretch(stretch: str) -> Mention | None:
    """`parse` of a whole string (offsets from 0): what a stretch of text says depends
    only on its characters, so parses are shared across places and articles."""
    if PUNCT_INSIDE.search(stretch):
        return None  # a comma, a quotation mark or a spaced dash: not one phrase
    if stretch[-2:] in _PLURAL_POSSESSIVE_ENDS:
        owner = parse_stretch(stretch[:-1])
        if owner is not None and (owner.kind == "name" or (" " not in owner.text and owner.text[:1].isupper())):
            return owner  # "Sanders' 'endorsement'": the owner is named (a lone capital is judged in context)
    if not could_be_mention(WORD.findall(stretch), stretch):
        return None  # (most stretches stop here: their words are split with offsets only if they pass)
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(stretch)]
    got = parse_words(stretch, 0, len(stretch), words, lambda s, e: parse(stretch, s, e))
    if got is not None and got.kind == "organization" and not _institution_words(words):
        return None
    if got is not None and got.kind in {"definite", "organization"} and _timed_thing(words, got.head):
        return None
    return got


_TIME_OWNERS = frozenset(w.lower() for w in lx.TIME_NOUNS + lx.WEEKDAYS)


def _timed_thing(words: list[tuple[int, int, str]], head: str) -> bool:
    """Whether a description is a thing owned by a time ("this year's campaign",
    "Saturday's firebombing"): no source, unless its head is a person ("last year's
    winner"); an institution owned by a time is a period of it, not the institution."""
    return ((head in lx.ORG_NOUNS or not (people_noun(head) or head in lx.ROLE_NOUNS))
            and any(_POSSESSIVE.search(w) and _bare(w) in _TIME_OWNERS for _, _, w in words))


def _modifier_before_role(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word ``i`` is a cue-like noun modifying the role after it: "state" in
    "state broadcaster CCTV", "protest" in "protest organisers"."""
    return words[i][2].lower() in lx.MODIFIER_CUE_NOUNS and i + 1 < len(words) and _bare(words[i + 1][2]) in lx.ROLE_NOUNS


def _institution_words(words: list[tuple[int, int, str]]) -> bool:
    """Whether the words of an organisation reading can make an institution's name:
    no finite verb, wh-word or demonstrative ("Clinton's attacks were echoed by her
    campaign", "this year's campaign"), and a lower-case connector only after a
    capital or before one ("Center for Responsive Politics", not "Nega's enthusiasm
    for the new government")."""
    for i, (_, _, w) in enumerate(words):
        lw = w.lower()
        if _is_cap(w) and not (i == 0 and lw in lx.NOT_IN_INSTITUTION_NAMES and not _acronym(w)):
            continue  # ("This year's campaign": capitalised as the sentence opens; "WHO said" is initials)
        if lw in lx.NOT_IN_INSTITUTION_NAMES or lw in lx.AUXILIARIES or (lw in lx.SPEECH_FORMS and not _modifier_before_role(words, i)):
            return False
        if (lw in TITLE_CONNECTORS and i > 0 and not _is_cap(words[i - 1][2]) and words[i - 1][2].lower() not in TITLE_CONNECTORS
                and not any(_is_cap(x[2]) for x in words[i + 1:])):
            return False  # (but "ambassador to the United Nations" may hold a name)
    return True


def parse_words(text: str, start: int, end: int, words: list[tuple[int, int, str]],
                sub: Callable[[int, int], Mention | None]) -> Mention | None:
    """`parse` on the words of ``text[start:end]`` already split (by `WORD`);
    ``sub`` parses a shorter span the same way (a Document's memo, or `parse`)."""
    if not words or len(words) > MAX_MENTION_WORDS:
        return None
    s, e = words[0][0], words[-1][1]
    if s != start or e != end:
        return None
    # Anything but words and spaces (a comma, a quote) means this is not one phrase,
    # nor does a stretch that cuts a parenthesis ("Theo Brandt (Castellan").
    if PUNCT_INSIDE.search(text, start, end) or text.count("(", start, end) != text.count(")", start, end):
        return None
    # A full stop inside the phrase ends a sentence unless it closes an initial or
    # an abbreviation ("Paul D. Ryan", "Sen. Warren", "U.S. officials").
    for ws, we, w in words[:-1]:
        if w.endswith(".") and not _ABBREVIATED.fullmatch(w) and w.lower().rstrip(".") not in lx.ABBREVIATIONS and w.lower() not in lx.TITLE_WORDS:
            return None
    low = [w[2].lower() for w in words]
    if low[0] in lx.RELATIVE_PRONOUNS and not words[0][2].isupper():  # (but "WHO said")
        return None  # "The remark, which Mr Key's office called flippant": a relative clause opens

    group_at = 2 if len(words) > 2 and low[1] == "of" else (3 if len(words) > 3 and low[1] == "one" and low[2] == "of" else 0)
    if group_at and low[0] in lx.PARTITIVE_QUANTIFIERS:
        # "one of the rebels", "another one of the nine MPs": some of a group, named
        # by the group
        group = sub(words[group_at][0], e)
        if group is not None and (group.plural or group.kind == "organization"):
            return Mention(s, e, text[s:e], "indefinite", group.head, plural=low[0] not in lx.SINGULAR_PARTITIVES, role=text[s:e])
        if len(words) == group_at + 1 and low[group_at] in lx.GROUP_PRONOUNS:
            # "One of them shouted", "Some of us said": some of a group met before
            return Mention(s, e, text[s:e], "indefinite", low[group_at], plural=low[0] not in lx.SINGULAR_PARTITIVES, role=text[s:e])
    hedge = _HEDGED_NUMBER.match(text, start, end)
    if hedge and hedge.end() < end:
        # "At least 17 Tory MPs", "more than 200 economists": a hedged count of a group
        group = sub(hedge.end(), e)
        if group is not None and group.plural and group.kind == "indefinite":
            return Mention(s, e, text[s:e], "indefinite", group.head, plural=True, role=text[s:e])
    if low[0] == "those" and _THOSE_GROUP.match(text, start, end):
        # "those surveyed", "those close to the campaign": people, named by what they share
        return Mention(s, e, text[s:e], "indefinite", "people", plural=True, role=text[s:e])
    q = _QUANTITY.fullmatch(text, start, end)
    if q and _counted_clause(low):
        return None  # "96 percent of the teachers backed the strike": a clause, not a source
    if q:
        # Poll and survey sources: "Six in 10 Virginia voters", "about half of Democrats".
        head = _bare(words[-1][2])
        return Mention(s, e, text[s:e], "indefinite", head, plural=True, role=text[s:e])
    if low[0] in lx.NOT_MENTION_OPENERS:
        return None  # "With Democratic leaders", "when my mother": a clause or adjunct
    if low[0] in lx.AUXILIARIES and not _is_cap(words[0][2]):
        return None  # "will endanger children": a verb phrase ("May", "Will Smith" are names)
    if low[0] in lx.AUXILIARIES and len(words) > 1 and low[0] not in lx.WORD_GIVEN_NAMES and low[0] not in lx.MONTHS:
        return sub(words[1][0], e)  # a question's "Does Yee (regret …)": its subject, after the auxiliary
    if all(_bare(w[2]) in lx.NAME_SUFFIXES for w in words):
        return None  # "A. John Knapp, Jr., will continue": a suffix names nobody
    if len(words) > 1 and (low[0] in lx.DATE_OPENERS or low[0] in lx.TIME_ADVERB_OPENERS):
        return None  # "[In] May Smith", "Later the Home Secretary": a time, then the speaker
    if len(words) == 1 and low[0] in lx.INDEFINITE_SOURCE_PRONOUNS:
        # "Most said they ...", "Another said ...": somebody in a group, unnamed
        return Mention(s, e, text[s:e], "indefinite", low[0], plural=low[0] not in lx.SINGULAR_SOURCE_PRONOUNS, role=text[s:e])
    c = _CONTRACTION.search(low[0])
    pro = low[0][:c.start()] if c else low[0]
    if len(words) == 1:
        if c and pro in lx.SECOND_PERSON_WORDS:
            # "You've said …": the one addressed (an interview's guest), never a name
            pe = s + len(pro)
            return Mention(s, pe, text[s:pe], "pronoun", pro)
        # "He’s comparing", "They’re": a pronoun and a contracted verb is the pronoun,
        # never a name
        if pro in lx.PRONOUNS:
            pe = s + len(pro)
            return Mention(s, pe, text[s:pe], "pronoun", pro, plural=lx.PRONOUNS[pro] in ("plural", "self_plural"))
    else:
        k = next((k for k, w in enumerate(low) if _pronoun_contraction(w)), None)
        if k is not None:
            if k == 0 or low[k - 1] in lx.CONNECTIVES:
                # "(And) I'm Kelly McEvers": someone introducing themselves, named after
                # the clause's verb
                return sub(words[k + 1][0], e) if k + 1 < len(words) else None
            # "several people I've spoken to": a noun phrase and a relative clause
            # without "who" ("All I'm" is nobody)
            return sub(s, words[k - 1][1])
    if (2 <= len(words) <= 4 and all(_bare(w[2]) in lx.TITLE_WORDS or _bare(w[2]) in lx.ROLE_NOUNS for w in words)
            and all(_is_cap(w[2]) for w in words) and _bare(words[0][2]) not in lx.NAME_ONLY_TITLES
            and _bare(words[-1][2]) not in lx.PLURAL_ROLE_NOUNS):
        # "Chief Executive Officer", "Managing Director": a title alone, never a person
        # called "Officer" ("Rep. King" is Mr King)
        return Mention(s, e, text[s:e], "indefinite", _bare(words[-1][2]), role=text[s:e])
    if (2 <= len(words) <= 6 and low[-1] in lx.OFFICE_TITLE_HEADS and _is_cap(words[-1][2])
            and all((_is_cap(w[2]) and _bare(w[2]) in lx.PORTFOLIO_WORDS) or (0 < k and w[2] in lx.COORDINATORS)
                    for k, w in enumerate(words[:-1]))):
        # "Youth and Sports Minister", "Culture Secretary": an office named by its
        # portfolio, a title alone ("Sports Minister" is nobody's name)
        return Mention(s, e, text[s:e], "indefinite", low[-1], role=text[s:e])

    if (2 <= len(words) <= 4 and _bare(words[-1][2]) in lx.ROLE_ONLY_HEADS
            and all(_is_cap(w[2]) or (0 < k and _bare(w[2]) in lx.ORG_NOUNS) for k, w in enumerate(words))
            and low[0] not in lx.DEFINITE_DETERMINERS  # ("The MP said": someone met before)
            and not any(_bare(w[2]) in lx.TITLE_WORDS and _is_cap(w[2]) and _bare(w[2]) not in lx.PARTY_WORDS for w in words[:-1])
            and not (_bare(words[-1][2]) in lx.POST_NOMINALS and len(words) > 2
                     and all(_is_cap(w[2]) for w in words[:-1])
                     and not all(_bare(w[2]) in lx.PARTY_WORDS or _bare(w[2]) in lx.DEMONYMS for w in words[:-1]))):
        # (but "Jane Hill MP" is Jane Hill, with the letters after her name)
        # "Conservative MP", "Labor Senator", "Green party MPs": a party and a role, not a person's name
        # ("Sen. Ann Lee" and "Rep. King" keep theirs)
        return Mention(s, e, text[s:e], "indefinite", _bare(words[-1][2]), plural=_bare(words[-1][2]).endswith("s"), role=text[s:e])
    if 2 < len(words) <= 5 and low[0] == "the" and low[-1] in lx.OFFICE_TITLE_HEADS and all(_is_cap(w[2]) for w in words[1:]):
        # "the Prime Minister", "the Home Secretary": an office, described, not a name
        return Mention(s, e, text[s:e], "definite", low[-1], role=text[s:e])

    if (len(words) >= 3 and all(_is_cap(w[2]) for w in words) and low[0].endswith("s")
            and any(w[2] in lx.ORG_NAME_PREPOSITIONS for w in words[1:-1])):
        # "Doctors Without Borders", "Students For Life": people, then a title-case
        # preposition, name a group (a headline's "Big Win For Bernie" does not)
        name = _PARENTHESES.sub("", text[s:e]).strip()
        return Mention(s, e, text[s:e], "organization", _bare(name.split()[-1]), name=name)
    # "Heather Crone of advocacy group Show Up for Racial Justice", "Jane Roe from the
    # charity Shelter": a full name, then an affiliation that opens in lower case.
    for k in range(2, min(len(words) - 1, 4)):
        if (low[k] in lx.AFFILIATION_PREPOSITIONS and not _is_cap(words[k + 1][2])
                and all(_is_cap(w[2]) for w in words[:k])):
            person = sub(s, words[k - 1][1])
            if person is not None and person.kind == "name" and len((person.name or "").split()) >= 2:
                return Mention(s, e, text[s:e], "name", person.head, person.name, person.role or text[words[k + 1][0]:e])
            break
    if _one_and_the_rest(low):
        # "the United Nations and others have said …": a group, one member named
        member = sub(s, words[-3][1])
        if member is not None and member.kind in {"name", "organization"}:
            return Mention(s, e, text[s:e], "indefinite", low[-1], plural=True, role=text[s:e])
    # "Infrastructure minister and SDLP deputy leader Ms Mallon": two roles, then the
    # one person who holds both (the roles are hers; "Smith and Jones" is two people).
    # ("co-author and Johns Hopkins physicist Ibrahima Bah": a one-word role too)
    for k in range(1, len(words) - 2):
        if low[k] in lx.ROLE_JOINERS:
            person = sub(words[k + 1][0], e)
            if person is not None and person.kind == "name" and person.role:
                first = sub(s, words[k - 1][1]) if k > 1 else None
                if ((k == 1 and _bare(low[0]) in lx.ROLE_NOUNS and _bare(low[0]) not in lx.PLURAL_ROLE_NOUNS) or (
                        first is not None and first.kind in {"definite", "indefinite"} and not first.plural
                        and first.head in lx.ROLE_NOUNS and low[0] not in _DETERMINERS)):
                    return Mention(s, e, text[s:e], "name", person.head, person.name,
                                   f"{text[s:words[k - 1][1]]} and {person.role}")
            break
    # A description headed by a lower-case role noun, with an optional modifier phrase
    # after it: "Pakistani officials with knowledge of the talks".
    head_i = None
    for i, (ws, we, w) in enumerate(words):
        cap_ok = (not _is_cap(w) or (i == 0 and (i + 1 == len(words) or not _is_cap(words[i + 1][2])))
                  or (i == len(words) - 1 and i > 0 and w.isupper() and low[0] in _DETERMINERS
                      and all(not _is_cap(x[2]) or _bare(x[2]) in lx.PARTY_WORDS or _bare(x[2]) in lx.DEMONYMS for x in words[1:i])))
        # ("the former MP", "the Labour MP"; "The Rt Hon Jane Hill MP" is Jane Hill)
        if cap_ok and _bare(w) in lx.ROLE_NOUNS and "’" not in w and "'" not in w:
            nxt = low[i + 1] if i + 1 < len(low) else None
            if i == 0 and _is_cap(w) and nxt in TITLE_CONNECTORS and _is_cap(words[-1][2]):
                break  # "Secretary of State John Kerry", "Department of Justice": a title or a name
            if nxt is None or nxt in PREPOSITIONS or (nxt.endswith("ed") and low[i + 2:i + 3] == ["by"]):
                head_i = i  # (also "Economists polled by Reuters", "Analysts surveyed by FactSet")
                break
            if nxt is not None and not _is_cap(words[i + 1][2]):
                continue
            if not _is_cap(words[-1][2]) and _bare(words[-1][2]) in lx.ROLE_NOUNS:
                continue  # "the official Xinhua news agency": an adjective, the head comes last
            break
    if head_i is None:
        head_i = _open_class_head(words, low)
    if head_i is not None:
        first_cap = next((k for k in range(head_i + 2, len(words)) if _is_cap(words[k][2])), len(words))
        if (head_i + 1 < len(low) and low[head_i + 1] in lx.TITLE_OF_PREPOSITIONS and first_cap > head_i + 2
                and 2 <= len(words) - first_cap <= 4 and all(_is_cap(w[2]) for w in words[first_cap:])):
            # "head of local government Heather Wakefield": a title with a lower-case
            # domain ("the head of the Federal Reserve Jerome Powell" stays a description)
            named = _named(text, words, low)
            if named is not None and named.kind == "name" and named.name == " ".join(w[2] for w in words[first_cap:]):
                return named
        return _description(text, words, head_i, low)

    if len(words) > 1 and low[-1].rstrip(".") in lx.LEGAL_FORMS and all(_is_cap(w[2]) for w in words[:-1]):
        # "JD Sports Fashion plc", "General Electric Co.": a company by its legal form
        # (never a person called Electric with the title General)
        return Mention(s, e, text[s:e], "organization", low[-1].rstrip("."), name=text[s:e])
    # Otherwise the last word must be capitalised: a name or an organisation.
    if not _is_cap(words[-1][2]) or (low[-1] in lx.NOT_NAMES and not _acronym(words[-1][2])):
        return None
    if (len(words) > 1 and _bare(words[-1][2]) in lx.PLURAL_ROLE_NOUNS
            and all(_is_cap(w[2]) for w in words[1:-1]) and not low[0].endswith(lx.ADVERB_OR_PARTICIPLE_ENDINGS)
            and (_is_cap(words[0][2]) or low[0] not in lx.CUE_WORDS)):
        # "House Republicans", "veteran Democrats": a group named by its party, not a
        # person whose surname is "Republicans" (but "Cruz exhorted Republicans" is a clause)
        group = _description(text, words, len(words) - 1, low)
        if group is not None:
            return group
    # "Sen. Ben Cardin of Maryland", "Representative Charles B. Rangel of New York":
    # the place says where the person is from; the name is before it.
    for k in (len(words) - 2, len(words) - 3):
        if k >= 2 and low[k] in {"of", "from"} and " ".join(low[k + 1:]) in lx.US_STATES:
            person = sub(s, words[k - 1][1])
            if person is not None and person.kind == "name":
                return Mention(s, e, text[s:e], "name", person.head, person.name, person.role)
    return _named(text, words, low)


def _counted_clause(low: list[str]) -> bool:
    """Whether a quantity's words run into a clause: an auxiliary, or a past tense with
    its object ("96 percent of the teachers backed the strike"), where a participle
    only describes the group counted ("six in 10 registered voters", "of those polled")."""
    for k, w in enumerate(low[1:], 1):
        if w in lx.RELATIVE_PRONOUNS:
            return False  # ("27 percent of those who named a candidate": a relative clause may hold a verb)
        if w in lx.AUXILIARIES:
            return True
        if (w.endswith("ed") or w in lx.PAST_TENSE_VERBS) and k + 1 < len(low) and low[k + 1] in lx.CLAUSE_OBJECT_OPENERS:
            return True
    return False


# First words that can open a quantity (`_QUANTITY`): "about half of", "six in 10".
_QUANTITY_OPENERS = lx.QUANTITY_OPENERS
_QUANTITY_AFTER_ARTICLE = lx.QUANTITY_AFTER_ARTICLE
_OBJECT_PREPOSITIONS = lx.OBJECT_PREPOSITIONS


# What one word can do in a mention, as bits (see `word_flags`).
_CAP, _NOT_NAME, _QUANTITY_WORD, _ARTICLE, _AFTER_ARTICLE, _NOT_OPENER = 1, 2, 4, 8, 16, 32
_DET, _INDEFINITE, _OWNER, _PREP, _OBJECT_PREP, _HEAD, _ORG = 64, 128, 256, 512, 1024, 2048, 4096
_BLOCKS_DESC_FIRST, _BLOCKS_DESC, _BLOCKS_NAME_FIRST, _BLOCKS_NAME = 8192, 16384, 32768, 65536
_PRONOUN, _TITLE_LEAD, _PARTICIPLE = 131072, 262144, 524288


def opens_institution(words: list[str]) -> bool:
    """Whether a name's words (past "the") open with an institution's noun and a
    connector: "Department of Justice", "Office for National Statistics"."""
    lead = [w for w in words if w.lower() not in lx.DEFINITE_DETERMINERS][:2]
    return len(lead) == 2 and _bare(lead[0]) in lx.ORG_NOUNS and lead[1].lower() in TITLE_CONNECTORS


def _acronym(word: str) -> bool:
    """Three or more capitals: an organisation's initials, whatever word they spell
    ("WHO" is the World Health Organization, not "who")."""
    return len(word) > 2 and word.isupper()


@lru_cache(maxsize=1 << 17)
def word_flags(word: str) -> int:
    """The facts about ``word`` that decide whether a stretch could be a mention,
    computed once per distinct word: capitalised, a quantity word, a determiner, a
    preposition, a head noun, a word that ends a description's modifiers or a name's
    title (``_BLOCKS_*``: at the first position, and at any later one)."""
    lw = word.lower()
    b = _bare(word)
    cap = _is_cap(word)
    f = 0
    if cap or lw.rstrip(".") in lx.LOWER_CASE_LEGAL_FORMS:  # ("JD Sports Fashion plc" ends in a name's word)
        f |= _CAP
    if lw in lx.NOT_NAMES and not _acronym(word):
        f |= _NOT_NAME  # (an acronym is a name whatever it spells: "WHO said")
    if lw in _QUANTITY_OPENERS or lw[:1].isdigit() or lw in lx.PARTITIVE_QUANTIFIERS or lw == "those" or lw in _HEDGE_FIRST_WORDS:
        f |= _QUANTITY_WORD  # (a quantity or a partitive, "one of the rebels", may run on)
    if lw in ("a", "the"):
        f |= _ARTICLE
    if lw in _QUANTITY_AFTER_ARTICLE:
        f |= _AFTER_ARTICLE
    if lw in lx.NOT_MENTION_OPENERS or (lw in lx.SUBJECT_RELATIVES and not _acronym(word)):
        f |= _NOT_OPENER  # (a relative clause is no mention: "who represents Coxford"; "WHO" is one)
    if lw in _DETERMINERS:
        f |= _DET
    if lw in lx.INDEFINITE_DETERMINERS and lw not in lx.ADJECTIVAL_DETERMINERS:
        f |= _INDEFINITE
    if cap and _POSSESSIVE.search(word):
        f |= _OWNER
    if lw in PREPOSITIONS:
        f |= _PREP
    if lw in _OBJECT_PREPOSITIONS:
        f |= _OBJECT_PREP
    if lw.endswith("ed") and not cap:
        f |= _PARTICIPLE  # may open a head's modifier: "Economists polled by Reuters"
    if b in lx.ROLE_NOUNS or b in lx.DOCUMENT_NOUNS or people_noun(b):
        f |= _HEAD
    if b in lx.ORG_NOUNS:
        f |= _ORG
    if lw in lx.PRONOUNS or lw in lx.INDEFINITE_SOURCE_PRONOUNS:
        f |= _PRONOUN
    # What may stand just before a name's final capitalised run (`_named`'s lead), or
    # before a home state ("Sen. Ben Cardin of Maryland", "... from Virginia").
    if (cap or lw in lx.ROLE_NOUNS or lw in lx.TITLE_WORDS or people_noun(lw) or lw in NAME_PARTICLES
            or lw in TITLE_CONNECTORS or lw == "from"):
        f |= _TITLE_LEAD
    # `_description`: before its head, no speech verb; after the first word, no
    # determiner, preposition, clause word or present-tense verb either.
    if lw in lx.SPEECH_FORMS and lw not in lx.ROLE_NOUNS and not lw.endswith("ing") and lw not in lx.MODIFIER_CUE_NOUNS:
        # (after the first word a capital makes a noun form a name's: "the Ohio State Police")
        f |= _BLOCKS_DESC_FIRST | (0 if cap and lw in lx.NOUN_SPEECH_FORMS else _BLOCKS_DESC)
    if lw in lx.DEFINITE_DETERMINERS or lw in ("a", "an") or lw in _PREPOSITIONS_BEFORE_HEAD or lw in CLAUSE_WORDS or _looks_like_verb(word):
        f |= _BLOCKS_DESC
    # `_named`: a lower-case word that is not part of a name's final run (particles,
    # title connectors, a role before them; "from" may introduce a home state) and
    # that a title cannot hold.
    if not (cap or lw in NAME_PARTICLES or lw in TITLE_CONNECTORS or lw in lx.ROLE_NOUNS or lw == "from"):
        if (lw in lx.SPEECH_FORMS and lw not in lx.MODIFIER_CUE_NOUNS) or lw in CLAUSE_WORDS:  # ("state broadcaster CCTV")
            f |= _BLOCKS_NAME_FIRST | _BLOCKS_NAME
        if lw in lx.DEFINITE_DETERMINERS or lw in ("a", "an") or lw in _PREPOSITIONS_BEFORE_HEAD:
            f |= _BLOCKS_NAME
    return f


def could_be_mention(words: list[str], stretch: str | None = None) -> bool:
    """A quick test that is False only when `parse_words` would return None for these
    words (of ``stretch``, when given), so that most stretches the rules try cost a
    few bit tests.

    A mention is a single word, a quantity, a name (a capitalised last word, with no
    verb or clause word before its final capitalised run), or a description whose
    head noun ends it or stands before a preposition, with no verb, second
    determiner or preposition before the head (see `_description`, `_named`)."""
    n = len(words)
    if n == 0 or n > MAX_MENTION_WORDS:
        return False
    if n == 1:
        return _could_be_one_word(word_flags(words[0]))
    f = list(map(word_flags, words))
    f0 = f[0]
    if f0 & _QUANTITY_WORD or (f0 & _ARTICLE and f[1] & _AFTER_ARTICLE):
        # A quantity may hold any words ("about half of ..."): the quantity pattern
        # decides if it is one; if it is not, the stretch is tested as any other.
        if (stretch is None or _QUANTITY.fullmatch(stretch) or _PARTITIVE_OPENING.match(stretch) or _THOSE_GROUP.match(stretch)
                or _HEDGED_NUMBER.match(stretch)):
            return True
    if f0 & _NOT_OPENER:
        return False
    if _one_and_the_rest([w.lower() for w in words[-3:]]):
        return True  # ("the United Nations and others": the member decides)
    last = f[-1]
    if last & _CAP and not last & _NOT_NAME and (f[-2] & _TITLE_LEAD or (n == 2 and f0 & _DET)):
        if f0 & _INDEFINITE or not (f0 & _BLOCKS_NAME_FIRST or any(x & _BLOCKS_NAME for x in f[1:-1])):
            return True
    return _could_be_description(f, n)


def _one_and_the_rest(low: list[str]) -> bool:
    """Whether lower-case words end "… and others": a group named by one member."""
    return len(low) >= 3 and low[-1] in lx.AND_THE_REST and low[-2] in lx.ROLE_JOINERS


def _could_be_one_word(f: int) -> bool:
    """One word is a mention only as a pronoun, a name or a head noun."""
    return not f & _NOT_OPENER and bool(f & (_PRONOUN | _HEAD) or (f & _CAP and not f & _NOT_NAME))


def _could_be_description(f: list[int], n: int) -> bool:
    det, owner = f[0] & _DET, f[0] & _OWNER
    blocked = False  # a blocker before the current word
    for h in range(n):
        x = f[h]
        nxt = f[h + 1] if h + 1 < n else None
        if nxt is None or nxt & (_PREP | _PARTICIPLE):
            if x & _HEAD or (det and h > 0 and nxt is not None and nxt & _OBJECT_PREP):
                if (owner and x & _ORG) or (h <= 7 and not blocked):
                    return True
        if x & (_BLOCKS_DESC_FIRST if h == 0 else _BLOCKS_DESC):
            blocked = True
    return False


def could_be_mentions(words: list[str]) -> list[bool]:
    """``could_be_mention`` of every prefix of ``words`` (at index n - 1 for the first
    n), in one pass: the rules try every prefix of a clause's first words, longest
    first."""
    size = len(words)
    out = [False] * size
    if not size:
        return out
    n_all = min(size, MAX_MENTION_WORDS)
    f = list(map(word_flags, words[:n_all]))
    f0 = f[0]
    out[0] = _could_be_one_word(f0)
    if f0 & _QUANTITY_WORD or (n_all > 1 and f0 & _ARTICLE and f[1] & _AFTER_ARTICLE):
        out[1:n_all] = [True] * (n_all - 1)  # a quantity may run on: every longer prefix could be one
        return out
    if f0 & _NOT_OPENER:
        return out
    det, owner, indefinite = f0 & _DET, f0 & _OWNER, f0 & _INDEFINITE
    name_blocked = f0 & _BLOCKS_NAME_FIRST  # before the current last word
    desc_blocked = f0 & _BLOCKS_DESC_FIRST  # before the word after h
    prev_blocked = 0  # desc blocked before word h
    for n in range(2, n_all + 1):
        h, x, last = n - 2, f[n - 2], f[n - 1]
        # word h now has a next word: is it a head before a preposition?  Then this
        # prefix and every longer one could be the description with its modifiers.
        if (last & _PREP and (x & _HEAD or (det and h > 0 and last & _OBJECT_PREP))) or (last & _PARTICIPLE and x & _HEAD):
            if (owner and x & _ORG) or (h <= 7 and not prev_blocked):
                out[n - 1:n_all] = [True] * (n_all - n + 1)
                return out
        prev_blocked = desc_blocked
        if ((last & _CAP and not last & _NOT_NAME and (indefinite or not name_blocked) and (x & _TITLE_LEAD or (n == 2 and det)))
                or (last & _HEAD and ((owner and last & _ORG) or (n - 1 <= 7 and not desc_blocked)))):
            out[n - 1] = True  # a name, or a description ending in its head
        name_blocked = name_blocked or last & _BLOCKS_NAME
        desc_blocked = desc_blocked or last & _BLOCKS_DESC
    return out


# Words that never stand in an office's domain: "the head of his party Jane Lee" is
# no title.
_NOT_IN_DOMAIN = lx.POSSESSIVE_DETERMINERS | (lx.DEFINITE_DETERMINERS - {"the", "both"}) | {"a", "an"}


def _title_domain(low: list[str], i: int) -> int:
    """Where the domain of an office starts in a name's lead: ``of`` or ``for`` in
    "Unison's head of local government", "White House chief of staff", "the city's
    director of public health" -- a person's title, if no word of the domain names a
    person ("the wife of former president Bill Clinton" is no title of Bill Clinton's);
    else ``i``, the name's start."""
    for k in range(1, i - 1):
        if low[k] in lx.TITLE_OF_PREPOSITIONS and (_bare(low[k - 1]) in lx.TITLE_WORDS or _bare(low[k - 1]) in lx.ROLE_NOUNS):
            rest = [_bare(w) for w in low[k + 1:i]]
            if len(rest) <= 4 and all(
                    w.isalpha() and w not in _NOT_IN_DOMAIN
                    and (w in lx.OFFICE_DOMAIN_NOUNS or not ((w in lx.ROLE_NOUNS and w not in lx.ORG_NOUNS) or people_noun(w)))
                    for w in rest):
                return k
            return i
    return i


def _head_noun(word: str) -> bool:
    b = _bare(word)
    return b in lx.ROLE_NOUNS or b in lx.DOCUMENT_NOUNS or people_noun(b)


def names_in_full(m: Mention | None) -> bool:
    """A name with a role or more than one word ("Midfielder Ed Marsh", "Ed Marsh"):
    a line holding only it heads a quote sheet's quotations; a one-word line ("Cuts")
    is a subheading."""
    return m is not None and m.kind == "name" and bool(m.role or " " in (m.name or ""))


def could_end_name(word: str) -> bool:
    """Whether a name can end with ``word`` (capitalised, and not "The", "Monday" ...)."""
    return _is_cap(word) and word.lower() not in lx.NOT_NAMES


def people_noun(word: str) -> bool:
    """Whether a lower-case noun names people by its ending ("residents", not
    "investments"), or by an age ("the 45-year-old")."""
    return ((word.endswith(lx.PEOPLE_SUFFIXES) and not word.endswith(lx.THING_SUFFIXES)
             and word[:-1] not in lx.NOT_PERSON_NOUNS)  # ("computers", "numbers")
            or (word.endswith(lx.COMPOUND_ROLE_TAILS) and word not in lx.COMPOUND_ROLE_TAILS and "-" not in word
                and word not in lx.NOT_PERSON_NOUNS)
            or age_noun(word))


AGE_NOUN = regex.compile(r"(?:\d{1,3}|\p{Ll}+(?:-\p{Ll}+)?)-years?-olds?")


def age_noun(word: str) -> bool:
    """"the 45-year-old", "a 19-year-old", "the two 17-year-olds": a person by age."""
    return word.endswith(("-old", "-olds")) and AGE_NOUN.fullmatch(word) is not None


_RELATIVE_CONTRACTION = regex.compile(r"(?:" + lx.alternation(lx.CONTRACTING_RELATIVES) + r")[’']s")


def _open_class_head(words: list[tuple[int, int, str]], low: list[str]) -> int | None:
    """A description whose head is not in the role list: "A producer for Yahoo
    Studios" (a determiner, then a noun before a modifier), "Fact-checkers" (a noun
    for people), or a document ("Early analysis", "A Sept. 15 email")."""
    n = len(words)
    if low[0] in lx.PRONOUNS:
        return None  # "She wants": a clause, not a description
    for i in range(n):
        w = _bare(words[i][2])
        nxt = low[i + 1] if i + 1 < n else None
        if (nxt is None or nxt in PREPOSITIONS) and (i == 0 or not _is_cap(words[i][2])) and (
                w in lx.DOCUMENT_NOUNS or (people_noun(w) and w not in lx.PEOPLE_SUFFIX_VERBS and w not in lx.SPEECH_FORMS)):
            return i  # (a capitalised noun inside is part of a name: "the Federal Bureau of Investigation")
        if (i > 0 and low[0] in _DETERMINERS and nxt in _OBJECT_PREPOSITIONS and not _is_cap(words[i][2]) and not w.endswith(("ing", "ed", "ly"))
                and w not in lx.SPEECH_FORMS and w not in lx.OBJECT_FORMS and w not in lx.PEOPLE_SUFFIX_VERBS
                and w.replace("-", "").isalpha() and w not in lx.MASS_QUANTIFIERS and w not in lx.MEASURE_NOUNS
                and w not in lx.OBJECT_PRONOUNS  # ("The pope met them for two hours": an object pronoun heads nothing)
                and not any(_RELATIVE_CONTRACTION.fullmatch(x) for x in low[1:i])):
            # (not "The City Council voted 6-2 with …", "A team that's spent much of …")
            return i
    return None


def is_those_group(phrase: str) -> bool:
    """Whether ``phrase`` is "those" and what its people share ("those surveyed",
    "those close to him"): a group."""
    return bool(_THOSE_GROUP.match(phrase))


def is_quantity(phrase: str) -> bool:
    """Whether ``phrase`` is a poll's or a crowd's quantity ("Sixty-six percent",
    "six in 10 voters", "another"): a group that speaks without a noun for it."""
    return bool(_QUANTITY.fullmatch(phrase)) or phrase.lower() in lx.INDEFINITE_SOURCE_PRONOUNS


def _occupation(word: str) -> bool:
    """A lower-case singular noun for a person by its ending, long enough to be one
    ("astronomer", "physicist", "historian") and no function word ("whether",
    "together"): a title before a name ("astronomer David Nesvorny")."""
    return (len(word) >= 7 and word.endswith(lx.OCCUPATION_SUFFIXES) and word.isalpha()
            and word not in lx.NOT_PERSON_NOUNS and word not in lx.NOT_OCCUPATIONS)


def could_be_source(word: str) -> bool:
    """A noun that may name a person, group, institution or document: "producer",
    "ex-wife", "dean", "study" -- not "blizzard", "number" or "way"."""
    return (word in lx.ORG_NOUNS or word in lx.DOCUMENT_NOUNS or people_noun(word)
            or (word.endswith(lx.PERSON_SUFFIXES) and word not in lx.NOT_PERSON_NOUNS))


def source_noun(word: str) -> bool:
    """A noun for a person, a group, an institution or a document, singular or plural
    ("commuters", "coaches", "spokesman"): what a speaker's description must hold."""
    for w in (word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word,
              word[:-3] + "y" if word.endswith("ies") else word):
        if w in lx.ROLE_NOUNS or w in lx.OFFICE_TITLE_HEADS or could_be_source(w):
            return True
    return False


def _adjective_like(word: str) -> bool:
    """A lower-case word shaped like an adjective ("nonpartisan", "conservative-leaning",
    "independent", "federal"): a hyphenated compound or a common adjective ending."""
    w = word.lower()
    return (word[:1].islower() and w not in CLAUSE_WORDS and w not in lx.SPEECH_FORMS
            and ("-" in w or w.endswith(lx.ADJECTIVE_ENDINGS)))


def past_tense(word: str) -> bool:
    """A lower-case past tense ("ordered", "lost"); after a capitalised name it opens a
    clause ("retired", "embattled" before any name are a title's modifiers)."""
    w = word.lower()
    return word[:1].islower() and "-" not in w and (
        (w.endswith("ed") and len(w) > 4 and not w.endswith("eed")) or w in lx.PAST_TENSE_VERBS)  # (not "seed", "speed")


def _looks_like_verb(word: str) -> bool:
    """A lower-case modifier ending in -s before a head noun is a present-tense verb
    ("uses", "says"), apart from nouns that end in -s ("news agency")."""
    w = word.lower()
    if word[:1].islower() and w in lx.PAST_TENSE_VERBS:
        return True  # "Aaron Boone lost count": a clause
    return (word[:1].islower() and w.endswith("s") and not w.endswith(("ss", "’s", "'s", "us", "is"))
            and w not in lx.S_NOUN_MODIFIERS)


def _plural_title(head: str) -> bool:
    """"presidents", "governors": the plural of a title or a role is a group, never the
    "he" of a later sentence."""
    return head.endswith("s") and not head.endswith("ss") and (head[:-1] in lx.TITLE_WORDS or head[:-1] in lx.ROLE_NOUNS)


def _description(text: str, words: list[tuple[int, int, str]], head_i: int, low: list[str]) -> Mention | None:
    s, e = words[0][0], words[-1][1]
    core_end = words[head_i][1]
    head = _bare(words[head_i][2])
    det = low[0]
    plural = head in lx.PLURAL_ROLE_NOUNS or _plural_title(head)
    # Pronoun-like first words (his, their) make it a reference we cannot name.
    if _POSSESSIVE.search(words[0][2]) and _is_cap(words[0][2]) and head in lx.ORG_NOUNS and not plural:
        # "Ryan's office", "Clinton's campaign": an organisation named by its owner.
        return Mention(s, e, text[s:core_end], "organization", head, name=text[s:core_end])
    if det in lx.POSSESSIVE_DETERMINERS or det in lx.DEFINITE_DETERMINERS:
        kind = "definite"
    elif det in lx.INDEFINITE_DETERMINERS or plural:
        kind = "indefinite"
    elif _POSSESSIVE.search(words[0][2]) and head_i > 0:
        kind = "indefinite" if plural else "definite"
    elif head_i == 0 and not _is_cap(words[0][2]):
        return None  # a bare singular role noun ("official said") is not a mention
    else:
        kind = "indefinite" if plural else "definite"
    # Before its head a description holds only modifiers: a verb, a second
    # determiner or a preposition means we have run into a clause.
    if head_i > 7:
        return None
    for k, w in enumerate(low[:head_i]):
        if w in lx.SPEECH_FORMS and w not in lx.ROLE_NOUNS and not w.endswith("ing") and w not in lx.MODIFIER_CUE_NOUNS:
            return None
        if w in lx.PRONOUNS or (k > 0 and w in lx.POSSESSIVE_DETERMINERS):
            return None  # "Trump launched his campaign", "she shattered party": a clause
        if k > 0 and (w in lx.DEFINITE_DETERMINERS or w in {"a", "an"} or w in _PREPOSITIONS_BEFORE_HEAD or w in CLAUSE_WORDS):
            return None
        if (k > 0 or w in lx.PAST_TENSE_VERBS) and _looks_like_verb(words[k][2]):
            return None  # "The ad uses footage", "fought jeers": a verb, so not one noun phrase
        if k > 0 and w in lx.CLAUSE_ADVERBS:
            return None  # "Mr Drakeford also defended health workers": a clause
        if k > 0 and w.endswith("ed") and words[k][2][:1].islower() and is_possessive(words[k + 1][2]):
            return None  # "Obama also addressed Trump’s general", "Cross called November’s general": a clause
        if k == 1 and w.endswith("ed") and words[1][2][:1].islower() and _is_cap(words[0][2]) and low[0] not in _DETERMINERS:
            return None  # "Smith watched officials", "Smith watched television": a name and its verb, a clause
    if any(w in lx.CLAUSE_CONJUNCTIONS for w in low[head_i + 1:]):
        return None  # "This part of the meeting started when …": a clause
    for w in low[head_i + 1:]:
        if w in lx.RELATIVE_PRONOUNS or w == "that":
            break  # ("an official who was not authorized to speak": a relative clause may hold a verb)
        if w in lx.MODALS:
            return None  # "An acre of trees can convert 156 tons of carbon": a clause
    return Mention(s, e, text[s:core_end], kind, head, plural=plural, role=text[s:e])


def _personal_name_before(words: list[tuple[int, int, str]], low: list[str], j: int) -> bool:
    """Whether the two words before ``j`` read as a person's first name and surname:
    capitalised, and no title, role or institution word ("Tom Bale", not "Committee")."""
    return j >= 2 and all(_is_cap(words[k][2]) and low[k] not in lx.TITLE_WORDS and low[k] not in lx.ROLE_NOUNS
                          and low[k] not in _INSTITUTION_WORDS and low[k] not in lx.PORTFOLIO_WORDS for k in (j - 2, j - 1))


def _named(text: str, words: list[tuple[int, int, str]], low: list[str]) -> Mention | None:
    s, e = words[0][0], words[-1][1]
    if low[0] in lx.DEFINITE_DETERMINERS and len(words) >= 2 and (
            (len(words) == 2 and (_bare(words[1][2]) in lx.EPITHET_HEADS or _bare(words[1][2]) in _SOLE_OFFICES
                                  or (words[1][2].isupper() and _bare(words[1][2]) in lx.ORG_KIND_HEADS)))
            or (_bare(words[-1][2]) in lx.MEMBER_TITLES and not any(_bare(w[2]) in lx.TITLE_WORDS for w in words[1:-1]))
            or (_bare(words[-1][2]) in lx.DEMONYMS and len(words) <= 4
                and not any(_is_cap(w[2]) or _bare(w[2]) in lx.ARTICLES_AND_POSSESSIVES for w in words[1:-1]))):
        # "The Republican said", "The Kildare North TD said", "the 27-year-old American
        # said": an epithet for someone already met.
        return Mention(s, e, text[s:e], "definite", _bare(words[-1][2]), role=text[s:e])
    # The final run of capitalised words (with name particles and title connectors).
    i = len(words) - 1
    while i > 0:
        prev = words[i - 1][2]
        if _is_cap(prev) or low[i - 1] in NAME_PARTICLES:
            i -= 1
            continue
        # Connectors inside a title: "Ambassador to the United Kingdom".
        j = i
        while j > 0 and low[j - 1] in TITLE_CONNECTORS:
            j -= 1
        if (j < i and j > 0 and (_is_cap(words[j - 1][2]) or low[j - 1] in lx.ROLE_NOUNS) and not (j == 1 and low[0].endswith("ing"))
                and not (low[j] in lx.MEDIUM_PREPOSITIONS and _personal_name_before(words, low, j))):
            # (but "Bart Leysen on Sporza": a person's name takes no connector, the medium follows)
            # (not a participle opening the phrase: "Speaking to James Franco, the star said")
            i = j - 1
            continue
        break
    run = words[i:]
    lead = words[:i]
    # "Cameron Easley for Morning Consult", "Dr. Ann Lee of Austin", "astronomer David
    # Nesvorny of the Southwest Research Institute": a personal name (after a title),
    # then its affiliation.
    titled = 0  # the words up to the last title before the name ("U.S. District Judge")
    for k, w in enumerate(run):
        if low[i + k] in lx.AFFILIATION_PREPOSITIONS:
            break
        if _bare(w[2]) in lx.TITLE_WORDS:
            titled = k + 1
    lead_is_title = not lead or low[i - 1] in lx.ROLE_NOUNS or low[i - 1] in lx.TITLE_WORDS or _occupation(low[i - 1])
    for c in range(titled + 2, len(run) - 1):
        if low[i + c] in lx.AFFILIATION_PREPOSITIONS and all(_bare(w[2]) not in lx.TITLE_WORDS and _bare(w[2]) not in lx.NAME_BREAKERS and not w[2].startswith("(") for w in run[titled:c]) and lead_is_title:
            aff = text[run[c + 1][0]:run[-1][1]]
            named = _named(text, run[:c], low[i:i + c])
            if named is not None and named.kind == "name":
                return Mention(s, e, text[s:e], "name", named.head, named.name, named.role or aff, False)
            break
    # Leading lower-case words must be modifiers of a title ("foreign minister"), not
    # a clause: reject if any is a speech verb or there are too many.
    if len(lead) > 6:
        return None
    if (2 <= len(lead) <= 3 and low[0] in lx.DEFINITE_DETERMINERS and all(_adjective_like(w[2]) for w in lead[1:])):
        # "the nonpartisan Commission on Presidential Debates", "the conservative-leaning
        # Tax Foundation": an institution described by an adjective
        org = _named(text, run, low[i:])
        if org is not None and org.kind == "organization":
            return Mention(s, e, text[s:e], "organization", org.head, org.name)
    if (len(lead) == 2 and low[0] in lx.ARTICLES and lead[1][2].isalpha() and lead[1][2].islower()
            and low[1] not in lx.CUE_WORDS and low[1] not in lx.AUXILIARIES and low[1] not in lx.PRONOUNS
            and low[1] not in lx.TITLE_WORDS and low[1] not in lx.ROLE_NOUNS):
        # "An ebullient Herbie Hancock", "a tearful Serena Williams": a person, described
        # in passing by an adjective (a full name: "the conservative Heritage Foundation"
        # and "a New Hampshire Democrat" are not)
        person = _named(text, run, low[i:])
        if (person is not None and person.kind == "name" and person.name and " " in person.name and not person.role
                and person.head not in lx.ROLE_NOUNS and person.head not in lx.PARTY_WORDS):  # ("a prominent New York Democrat")
            return Mention(s, e, text[s:e], "name", person.head, person.name, None)
    if any(past_tense(lead[k][2]) and any(_is_cap(lead[j][2]) and low[j] not in _DETERMINERS for j in range(k))
           for k in range(1, len(lead))):
        return None  # "Mr Justice Dingemans first ordered 16-year-old Becky’s": a name, a verb, then another

    # Lower-case words before a name are its title ("FO spokesperson", "foreign
    # minister", "former"); anything else means the phrase is a clause.
    if lead and not (low[i - 1] in lx.ROLE_NOUNS or low[i - 1] in lx.TITLE_WORDS or _is_cap(lead[-1][2])
                     or (people_noun(low[i - 1]) and not low[i - 1].endswith("ers’")) or _occupation(low[i - 1])
                     or (len(lead) == 1 and (low[0] in lx.INDEFINITE_DETERMINERS or low[0] in lx.DEFINITE_DETERMINERS))):
        return None
    # "one New Hampshire Democrat", "a Pentagon Spokesman": an indefinite description
    # with a capitalised head is an anonymous source, not a name.
    if low[0] in lx.INDEFINITE_DETERMINERS and low[0] not in lx.ADJECTIVAL_DETERMINERS and len(words) > 1:
        head = _bare(words[-1][2])
        return Mention(s, e, text[s:e], "indefinite", head, plural=head in lx.PLURAL_ROLE_NOUNS or head.endswith("s"), role=text[s:e])
    domain = _title_domain(low, i) if len(run) >= 2 else i
    for k, w in enumerate(low[:i]):
        if (w in lx.COORDINATORS and 0 < k < i - 1 and k >= i - 3 and low[i - 1] in lx.TITLE_WORDS
                and lead[k - 1][2].islower() and lead[k + 1][2].islower()):
            continue  # "Shadow business and energy secretary Ed Miliband": portfolios joined in a title
        if (w in lx.SPEECH_FORMS and not (w in lx.NOUN_SPEECH_FORMS and _is_cap(lead[k][2])) and not (
                k + 1 < i and _modifier_before_role(words, k))
                and not (k == i - 1 == 1 and w in lx.MODIFIER_CUE_NOUNS and low[0] in lx.DEFINITE_DETERMINERS
                         and _bare(words[i][2]) in lx.ORG_NOUNS and "of" in low[i:])) or w in CLAUSE_WORDS:
            # (but "State Department spokesman Ned Price", "state broadcaster CCTV" are
            # titles, and "the state Department of Health" an institution)
            return None
        if k >= domain:
            continue  # "head of local government Heather Wakefield": the office's domain
        if k > 0 and (w in lx.DEFINITE_DETERMINERS or w in {"a", "an"} or w in _PREPOSITIONS_BEFORE_HEAD):
            if w in TITLE_CONNECTORS and _is_cap(lead[k - 1][2]) and k + 1 < len(lead) and _is_cap(lead[k + 1][2]):
                continue  # "Arizona Department of Public Safety spokesman Bart Graves": an institution's name
            return None
    # Possessive owners at the front ("Pakistan's") belong to the role, not the name.
    name_words: list[tuple[int, int, str]] = []
    for k in range(len(run) - 1, -1, -1):
        w = run[k][2]
        b = _bare(w)
        if _POSSESSIVE.search(w) and k != len(run) - 1:
            break
        if b in lx.NAME_BREAKERS or b in TITLE_CONNECTORS or _pronoun_contraction(b) or (k == 0 and b in lx.PRESENTING_VERBS):
            break  # (and "I'm Eric Mennel" is Eric Mennel, "Meet Masha Novikova" Masha Novikova)
        if b in lx.TITLE_WORDS and not (k == len(run) - 1):
            break
        if b in lx.DEMONYMS and len(name_words) >= 2:
            break  # "Spaniard Juan Antonio Flecha", "Dutchman Johnny Hoogerland": a nationality before the name
        if (b in lx.PORTFOLIO_WORDS and len(name_words) >= 2
                and any(run[j][2].lower() in lx.TITLE_OF_PREPOSITIONS and _bare(run[j - 1][2]) in lx.TITLE_WORDS
                        for j in range(1, k))):
            break  # "Minister of Tourism and Lands Harin Fernando": the portfolio ends the title
        if b in lx.FUSED_ROLE_WORDS and (len(name_words) >= 2 or (name_words and k == 0 and _is_cap(name_words[0][2]))):
            break  # "Prosecutor Ellen Marsh", "Witness Angela Pruitt", "Coach McCarthy": the role is no name
        if b in lx.ORG_NOUNS and len(name_words) >= 2 and k > 0:
            break  # "President of the Law Society Chevy Devonish": an institution ends the title
        if w.startswith("("):
            continue
        name_words.insert(0, run[k])
    name_words = [w for w in name_words if not w[2].startswith("(")]
    heads = [_bare(run[j - 1][2]) for j in range(1, run.index(name_words[0]) if name_words else 0)
             if run[j][2].lower() in lx.TITLE_OF_PREPOSITIONS]
    if heads and all(_bare(w[2]) in lx.PORTFOLIO_WORDS for w in name_words):
        # A portfolio after "of"/"for" ends the phrase, and no person's name follows it:
        # "the Director of Army Public Relations" is a role, "the United Party for
        # National Development" an institution ("Public Relations", "Development" nobody)
        if any(h in lx.ORG_NOUNS for h in heads):
            first = 1 if low[0] in lx.DEFINITE_DETERMINERS else 0
            return Mention(s, e, text[s:e], "organization", _bare(name_words[-1][2]),
                           name=_PARENTHESES.sub("", text[words[first][0]:e]).strip())
        title = next((h for h in heads if h in lx.ROLE_NOUNS), None)
        if title is not None:
            return Mention(s, e, text[s:e], "indefinite" if low[0] in lx.INDEFINITE_DETERMINERS else "definite", title, role=text[s:e])
    while len(name_words) > 1 and name_words[0][2].lower() in lx.SPEECH_FORMS and name_words[0][2].lower() not in lx.WORD_GIVEN_NAMES:
        name_words.pop(0)  # "Said Ellis: ...": an inverted cue opening the sentence, no first name
    if len(name_words) > 1 and name_words[0] is words[0] and name_words[0][2].lower() in lx.SENTENCE_ADVERBS:
        return None  # "Maybe Showalter is right": an adverb opening the sentence, then the subject
    # Strip leading particles that belong to the title ("of the").
    # A capitalised particle opens a first name: "Ben Carson", "Al Sharpton".
    while name_words and name_words[0][2].lower() in _PARTICLES_AND_CONNECTORS and not (_is_cap(name_words[0][2]) and len(name_words) > 1):
        name_words.pop(0)
    first_name_at = run.index(name_words[0]) if name_words else 0
    if first_name_at > 0 and run[first_name_at - 1][2].lower() in TITLE_CONNECTORS:
        # "the Secretary of State", "Spokesman for the State Department": what follows
        # a connector completes a title or an institution, not a person's name.
        first = next((w for w in run if w[2].lower() not in lx.DEFINITE_DETERMINERS), run[0])
        # "the Labour MP for Leeds": a role and its seat (or portfolio); a person's name
        # would follow as a run of its own ("Minister for Health Penny Wong").
        k = first_name_at - 1
        while k > 0 and run[k][2].lower() in TITLE_CONNECTORS:
            k -= 1
        seat_of = _bare(run[k][2]) if len(name_words) <= 2 else ""
        for head in (_bare(first[2]), seat_of):
            if head in lx.ROLE_NOUNS and head not in lx.ORG_NOUNS:
                return Mention(s, e, text[s:e], "definite" if low[0] in lx.DEFINITE_DETERMINERS else "indefinite", head, role=text[s:e])
    if (len(name_words) == 1 and first_name_at >= 2 and run[first_name_at - 1][2].lower() == "and"
            and _is_cap(run[first_name_at - 2][2]) and not _POSSESSIVE.search(run[first_name_at - 2][2])
            and _bare(run[first_name_at - 2][2]) not in lx.TITLE_WORDS and _bare(name_words[0][2]) not in lx.TITLE_WORDS):
        # "(British retailer) Marks and Spencer", "Clinton and Sanders": one name of two
        # words joined, never a person "Spencer" with the role "Marks and"
        joined = text[run[first_name_at - 2][0]:e]
        role = text[s:run[first_name_at - 2][0]].strip() or None
        return Mention(s, e, text[s:e], "organization", low[-1], name=joined, role=role)
    if (not lead and first_name_at >= 2 and low[first_name_at - 1] == "the" and _is_cap(run[first_name_at - 2][2])
            and all(_bare(w[2]) not in lx.TITLE_WORDS and _bare(w[2]) not in lx.ROLE_NOUNS for w in run[:first_name_at - 1])):
        # "Save the Children", "Meet the Press": "the" between capitalised words makes
        # the name of an institution or a work, never a person's ("Children", "Save the")
        return Mention(s, e, text[s:e], "organization", _bare(run[-1][2]), name=text[s:e])
    det = low[0]
    all_lower_det = det in lx.DEFINITE_DETERMINERS or det in lx.INDEFINITE_DETERMINERS
    run_low = {_bare(w[2]) for w in run}
    body = [w for w in words[1:] if w in run] if det == "the" else run  # the run after any "the"
    at = body.index(name_words[0]) if len(name_words) == 1 else 0
    if (len(name_words) == 1 and len(words) == len(body) + (det == "the") and at > 0
            and all(_bare(w[2]) in lx.INSTITUTION_ADJECTIVES and _is_cap(w[2]) for w in body[:at])):
        # "the Federal Reserve", "National Guard": an institution; no person's name
        # follows an adjective of office alone ("Federal", "National")
        return Mention(s, e, text[s:e], "organization", _bare(name_words[0][2]), name=text[body[0][0]:e])
    institution = opens_institution([w[2] for w in run])
    if len(name_words) == 1 and _titled_run(run, name_words[0]):
        # "Time's Assistant Managing Editor", "Judiciary Committee Chairman": a title
        # after words that are not a name's; "Bloomberg New Energy Finance", "the National
        # Association of Criminal Defense Lawyers": an institution's name.  Never a
        # person called "Editor" or "Finance" (but "Rep. King" is Mr King).
        head = _bare(name_words[0][2])
        if head in lx.ROLE_NOUNS and head not in lx.PLURAL_ROLE_NOUNS and not institution:
            # (but "the Department of Justice", "the Court of Justice" are institutions)
            kind = "indefinite" if det in lx.INDEFINITE_DETERMINERS else "definite"
            return Mention(s, e, text[s:e], kind, head, role=text[s:e])
        org_words = [w for w in run if not (w[2].lower() in lx.DEFINITE_DETERMINERS and w is run[0])]
        return Mention(s, e, text[s:e], "organization", head, name=_PARENTHESES.sub("", text[org_words[0][0]:org_words[-1][1]]).strip())
    is_org = bool(run_low & _INSTITUTION_WORDS) and (not name_words or {_bare(w[2]) for w in name_words} & _INSTITUTION_WORDS)
    if is_org and name_words and _after_name_only_title(words, name_words):
        is_org = False  # "Dr Mikaela Bloomberg", "Mr. Bloomberg": a title only a person takes, then a name
    if len(name_words) == 1 and len(run) > 1 and _bare(name_words[0][2]) in lx.DOCUMENT_NOUNS:
        is_org = True  # "the North American Free Trade Agreement": a named document, never a person "Agreement"
    # "the Commission on Presidential Debates", "Department of Justice": an
    # institution's noun, then a connector, opens the whole name.
    if institution:
        is_org = True
    if first_name_at >= 2 and run[first_name_at - 1][2].lower() in TITLE_CONNECTORS and _bare(run[first_name_at - 2][2]) in _INSTITUTION_WORDS:
        is_org = True  # "the Saskatchewan Chamber of Commerce", "the University of Toronto"
    acronym = len(name_words) == 1 and name_words[0][2].isupper() and len(name_words[0][2]) > 1
    # People's names take no article: "the Taliban", "the Afghan Taliban" are groups.
    det_only = not lead or (len(lead) == 1 and all_lower_det)
    # "the Taliban", "The Republican": a determiner and nothing but the name.
    bare_run = len(run) - (1 if run and run[0][2].lower() in lx.DEFINITE_DETERMINERS else 0)
    if not name_words or is_org or acronym or (all_lower_det and len(name_words) == bare_run and det_only):
        # "the Foreign Office" -> name "Foreign Office"
        org_words = [w for w in run if not (w[2].lower() in lx.DEFINITE_DETERMINERS and w is run[0])]
        if not org_words:
            return None
        name = text[org_words[0][0]:org_words[-1][1]]
        name = _PARENTHESES.sub("", name).strip()
        if not name or (_bare(org_words[-1][2]) in lx.NOT_NAMES and not _acronym(org_words[-1][2])):
            return None
        return Mention(s, e, text[s:e], "organization", _bare(org_words[-1][2]), name=name)
    # A party-and-state tag is not part of a name: "Devin Nunes R-Calif."
    while len(name_words) > 1 and (_PARTY_TAG.fullmatch(name_words[-1][2]) or (name_words[-1][2].endswith(".") and name_words[-1][2].lower().rstrip(".") in lx.ABBREVIATIONS
                                                                                and _bare(name_words[-1][2]) not in lx.NAME_SUFFIXES)):
        name_words.pop()
    while len(name_words) > 1 and ((_bare(name_words[-1][2]) in lx.POST_NOMINALS and name_words[-1][2].rstrip(".,")[-1:].isupper())
                                   or (_bare(name_words[-1][2]) in lx.POST_NOMINAL_WORDS and len(name_words) > 2)):
        name_words.pop()  # "Nick Johnson KC", "Judge Hopkins QC", "Azam Nazir Tarar Advocate"
    if any(_bare(w[2]) in lx.NOT_NAMES and not INITIAL.fullmatch(w[2]) and not _acronym(w[2]) for w in name_words):
        return None  # (an initial is a name's: "Jill A. Martin", "John I. Smith")
    if (len(name_words) == 1 and len(words) > 1 and low[0] in lx.DEFINITE_DETERMINERS
            and _bare(name_words[0][2]) in lx.OFFICE_TITLE_HEADS and name_words[0] is words[-1]):
        # "The first Minister began by saying …", "the former Minister": an office after
        # lower-case modifiers is a description of its holder, never a person "Minister"
        return Mention(s, e, text[s:e], "definite", _bare(name_words[0][2]), role=text[s:e])
    name = " ".join(w[2] for w in name_words)
    name = _TRAILING_POSSESSIVE.sub("", name)
    last = name_words[-1][2]
    if last.endswith(".") and len(last) > 4 and _bare(last) not in lx.ABBREVIATIONS and _bare(last) not in lx.NAME_SUFFIXES:
        name = name[:-1]  # "I'm Eric Mennel.": a sentence's full stop, not an abbreviation's
    role_text = text[s:name_words[0][0]].strip()
    role = clean_role(role_text) if role_text.lower() not in lx.SPEECH_FORMS and role_text.lower() not in lx.PRESENTING_VERBS else None
    if role and (role.split()[-1].lower() in lx.ARTICLES or role.split()[-1].lower() in lx.TITLE_OF_PREPOSITIONS):
        role = None  # "Role of the Afghan Taliban" (a subheading): no role ends in "of the"
    surname = next((w for w in reversed(name_words) if _bare(w[2]) not in lx.NAME_SUFFIXES), name_words[-1])
    return Mention(s, e, text[s:e], "name", _bare(surname[2]), name=name, role=role)


def _after_name_only_title(words: list[tuple[int, int, str]], name_words: list[tuple[int, int, str]]) -> bool:
    """Whether a title only a person takes ("Dr", "Mr.") opens ``name_words`` or comes
    right before them, and they hold capitalised words only."""
    if not all(_is_cap(w[2]) for w in name_words):
        return False
    k = next((k for k, w in enumerate(words) if w[0] == name_words[0][0]), 0)
    return _bare(words[k][2]) in lx.NAME_ONLY_TITLES or (k > 0 and _bare(words[k - 1][2]) in lx.NAME_ONLY_TITLES)


def _titled_run(run: list[tuple[int, int, str]], last: tuple[int, int, str]) -> bool:
    """Whether a capitalised run ends in a title or role word (``last``) that follows
    words no title is made of alone: a possessive owner, an institution's noun, or
    two words at least one of which is no title word ("Bloomberg New Energy")."""
    b = _bare(last[2])
    if last is not run[-1] or (b not in lx.TITLE_WORDS and b not in lx.ROLE_NOUNS):  # (no union built per call)
        return False
    before = [w for w in run[:-1] if w[2].lower() not in lx.DEFINITE_DETERMINERS]
    if any(_POSSESSIVE.search(w[2]) or _bare(w[2]) in _INSTITUTION_WORDS for w in before):
        return True
    return len(before) >= 2 and any(_bare(w[2]) not in lx.TITLE_WORDS and w[2].lower() not in TITLE_CONNECTORS for w in before)


def clean_role(role_text: str) -> str | None:
    """Drop determiners and a possessive owner from a title: "Pakistan's National
    Security Adviser" -> "National Security Adviser"."""
    words = role_text.split()
    while words and (words[0].lower() in lx.DEFINITE_DETERMINERS or words[0].lower() in {"a", "an"} or _POSSESSIVE.search(words[0])):
        words.pop(0)
    role = " ".join(words).strip(" ,")
    return role or None


def looks_like_role(text: str) -> bool:
    """Whether an appositive describes a role (``president of the NAACP``) rather than
    starting a clause (``who spoke on condition of anonymity``)."""
    words = _ROLE_WORD.findall(text.lower())
    if not words or len(words) > 14 or words[0] in lx.NOT_ROLE_OPENERS:
        return False
    return any(w in lx.ROLE_NOUNS or w in lx.TITLE_WORDS for w in words[:6])
