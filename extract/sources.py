"""Does a speaker look like a source?  A check on the extractor's output, not a rule.

A speaker that is not a person, an organisation or a described source ("Minister",
"Jr.", "Read More", "Photo", "a tweet said" as a name) is a made-up speaker: the
worst error for a database users trust.  `source_problem` says what is wrong with
a speaker's name, or None; `scripts/speaker_check.py` lists every such speaker over
a corpus, and the tests hold the seeds and the genre corpus at zero.
"""

from __future__ import annotations

import regex

from . import lexicon as lx
from .extractor import Speaker
from .mentions import INITIAL, is_quantity, is_those_group, source_noun

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}’'.\-&]+")
_POSSESSIVE = regex.compile(r"[’']s$")
# Words that are never part of a person's name although capitalised in headlines,
# labels and furniture: "Watch", "Photo", "Read More", "Reply".
_FURNITURE_WORDS = frozenset(w for label in lx.FURNITURE_LABELS for w in label.split()) - {"more", "live"}
# ... and words that cannot open one ("Reply", "They", "Monday"); later in a name a
# word such as "Hope" or "Price" is a surname.
_NEVER_IN_NAMES = (_FURNITURE_WORDS | frozenset(lx.SPEECH_FORMS) | frozenset(lx.PRONOUNS)
                   | (lx.NOT_NAMES - {"mr", "mrs", "ms"}))
_LONE_TITLES = lx.ROLE_NOUNS | lx.ORG_NOUNS | lx.NAME_SUFFIXES | frozenset(w.rstrip(".") for w in lx.TITLE_WORDS)


def _connects_names(words: list[str], low: list[str], i: int) -> bool:
    """``Center for Responsive Politics``, ``Fox and CNN``: a lower-case connector
    between capitalised words is part of one institution's name or joins two."""
    if low[i] not in lx.TITLE_CONNECTORS or i == 0 or i + 1 >= len(words) or not words[i - 1][:1].isupper():
        return False
    j = i + 1 + (low[i + 1] == "the" and i + 2 < len(words))
    return words[j][:1].isupper()


def _group_of_people(words: list[str], low: list[str]) -> bool:
    """A quantifier and a capitalised plural: "some Americans", "many Britons", "a
    staggering 56 percent of Americans"."""
    def people(w: str, lw: str) -> bool:
        return w[:1].isupper() and lw.endswith("s") and not _POSSESSIVE.search(w)
    if len(words) == 2 and low[0] in lx.INDEFINITE_DETERMINERS:
        return people(words[1], low[1])
    return len(words) > 2 and low[-2] == "of" and people(words[-1], low[-1])


_HONORIFIC = regex.compile(r"(?i:(?:former\s+)?(?:" + lx.alternation(lx.NAME_ONLY_TITLES) + r")\.?)")


def _some_of_a_group(low: list[str]) -> bool:
    """"one of them", "some of us": part of a group met before."""
    return len(low) >= 3 and low[0] in lx.PARTITIVE_QUANTIFIERS and low[-2] == "of" and low[-1] in lx.GROUP_PRONOUNS


def source_problem(speaker: Speaker) -> str | None:
    """Why ``speaker`` does not look like a source, or None if it does."""
    words = _WORD.findall(speaker.name)
    if not words:
        return "no words"
    low = [w.lower().rstrip(".") if not INITIAL.fullmatch(w) else "" for w in words]  # "A. John Knapp": an initial
    if speaker.kind == "person":
        if len(words) > 6:
            return "too long for a name"
        if any(c.isdigit() for c in speaker.name):
            return "digits in a name"
        if len(words) == 1 and low[0] in _LONE_TITLES and not _HONORIFIC.fullmatch(speaker.role or ""):
            # (but after an honorific it is a surname: "Rep. King", "Mr. Judge")
            return "a title or institution word alone"
        if low[0] in _NEVER_IN_NAMES and not (len(words) > 1 and low[0] in lx.WORD_GIVEN_NAMES):
            return f"not a name word: {words[0]}"  # (but "Hope Hicks" is a name)
        if low[0] in _FURNITURE_WORDS or (len(words) > 1 and low[1] in _FURNITURE_WORDS and low[0] in _NEVER_IN_NAMES):
            return f"not a name word: {words[0] if low[0] in _FURNITURE_WORDS else words[1]}"  # (later, "Ian Read" is a surname)
        lower = [w for w, lw in zip(words, low) if w[:1].islower() and lw.split("-")[0] not in lx.NAME_PARTICLES]
        if lower:
            return f"lower-case word in a name: {lower[0]}"
        if any(_POSSESSIVE.search(w) for w in words):
            return "possessive in a name"
        return None
    if speaker.kind == "organization":
        if len(words) > 10:
            return "too long for an organisation"
        if low[0] in lx.POSSESSIVE_DETERMINERS:
            return f"a description, not an organisation's name: {words[0]}"
        bad = [w for i, (w, lw) in enumerate(zip(words, low))
               if lw in _NEVER_IN_NAMES and lw != "the" and not w[:1].isupper() and not _connects_names(words, low, i)]
        if bad:
            return f"not an organisation word: {bad[0]}"
        if low[-1] in lx.DOCUMENT_NOUNS and not (words[-1][:1].isupper() and low[-1] in lx.MASTHEAD_WORDS):
            return "a document, not an organisation"  # (but "Washington Post" is a newspaper)
        if len(words) == 1 and words[0][:1].islower() and low[0] not in lx.ORG_NOUNS and low[0] not in lx.ROLE_NOUNS:
            return "a common word, not an institution"
        return None
    # anonymous: a description must have a noun for a source (a person, a group, an
    # institution or a document); a document may be a law by its name ("Affordable Care Act")
    if speaker.kind == "document" and len(words) > 1 and words[-1][:1].isupper() and low[-1] in lx.LAW_NAME_HEADS:
        return None
    if len(words) > 14:
        return "too long for a description"
    if (not any(source_noun(lw) for lw in low) and not is_quantity(speaker.name) and not _group_of_people(words, low)
            and not is_those_group(speaker.name) and not _some_of_a_group(low)):
        return "no noun for a source"
    return None

