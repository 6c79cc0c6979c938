"""Work out who each speaker mention refers to, within one article.

Mentions are resolved in text order against the people, organisations and anonymous
sources already met in the article, by an ordered table of named strategies
(``STRATEGIES``): the first that answers wins, and its name is the quote's
``resolved_by``.  A strategy answers with an entity, or with ``NOBODY`` when the
mention certainly names no source ("California", a sentence-initial "Sometimes").

In brief:

* a full name starts (or extends) a person; a surname alone resolves to the most
  recent person with that surname, allowing spelling variants (``Yusuf`` ~ ``Yousuf``);
* ``he``/``she`` resolve to the most recent compatible individual, and the pronoun
  records that person's gender unless someone else was named in between; a pronoun
  in a name's own clause ("Trump revised his plan") records it too, so that one
  wrong guess does not steer every later pronoun;
* ``the ambassador``/``the official`` resolve to the most recent source whose role or
  description shares the noun (or a synonym); ``a security official`` starts a new
  anonymous source named by its description.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import regex

from . import lexicon as lx
from .document import Document
from .mentions import Mention, age_noun, clean_role, has_possessor, is_quantity, looks_like_role, opens_institution, people_noun, source_noun

# A run of capitalised words ending in a name: where people are first introduced.
_NAME_RUN = regex.compile(r"(?<![\p{L}\p{M}’'\-])(?:\p{Lu}(?:\.|[\p{L}\p{M}’'\-]*)\s+){1,5}\p{Lu}[\p{L}\p{M}’'\-]+")  # (never from inside a word: "MR. McCORMACK")
_LOWER_WORD = regex.compile(r"(?<![\p{L}’'-])\p{Ll}[\p{Ll}’'-]*")
_MID_CAPS = regex.compile(r"(?<=[\p{Ll}\p{N},;][ \t\u00a0]+)\p{Lu}[\p{L}\p{M}’'\-]*")  # (after a line break a word opens a paragraph)
_NEXT_WORD = regex.compile(r"\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b")
_POSSESSIVE_S = regex.compile(r"[’']s\b")
# A description's affiliation: a preposition and a capitalised name ("for the Home Office").
_AFFILIATION = regex.compile(r"\s+(?:" + lx.alternation(lx.DESCRIPTION_AFFILIATION_PREPOSITIONS) + r")\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}’'.\-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}\p{M}’'.\-]*){0,5}")
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_VOWELS = regex.compile(r"[aeiouyh]")
_DOUBLES = regex.compile(r"(.)\1+")
_APPOSITIVE_AFTER = regex.compile(r",\s+([^,.;()]{3,120})")
_LEADING_THE = regex.compile(r"^(?:the|The)\s+")
# A lower-case modifier before an institution's capitalised name: "(the) state
# Department of Health" is the Department of Health
_LEADING_MODIFIERS = regex.compile(r"^(?:\p{Ll}[\p{Ll}\-]*\s+)+(?=\p{Lu})")
_LETTERS = regex.compile(r"[\p{L}]+")
_HYPHENATED = regex.compile(r"\p{L}+(?:-\p{L}+)*")
_FIRST_WORD = regex.compile(r"\s*([\p{L}’'\-.]+)")
_PLACE_PREPOSITION = regex.compile(r"\b(?:" + lx.alternation(lx.PLACE_PREPOSITIONS) + r")\s+$")
_FULL_NAME = regex.compile(r"(?<=[\p{Ll},;]\s+)\p{Lu}[\p{Ll}’'\-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}’'\-]+){1,2}")
_PARTY_TAG = regex.compile(lx.PARTY_TAG)
_PERSON_ROLES = lx.ROLE_NOUNS - lx.ORG_NOUNS  # role nouns that only people have
_INDEFINITE_OPENERS = lx.INDEFINITE_DETERMINERS | {"a", "an"}
ACRONYM_PATTERN = r"\p{Lu}[\p{Lu}&]{1,7}"  # an organisation's acronym: "IMF", "AT&T" (also for linking's keys)
_ACRONYM_AFTER = regex.compile(r"\s*\((" + ACRONYM_PATTERN + r")\)")
_ACRONYM_END = regex.compile(r"\s*\((" + ACRONYM_PATTERN + r")\)$")
_ACRONYM = regex.compile(ACRONYM_PATTERN)
_FOLLOWING_WORD = regex.compile(r"\G\s+([\p{L}’'\-]+)")


@dataclass(slots=True, eq=False)
class Entity:
    """A person, organisation or anonymous source met in the article; two entities
    are the same only if they are the same object."""

    key: str  # article-local key
    name: str
    kind: str  # person | organization | anonymous
    role: str | None = None
    gender: str | None = None
    plural: bool = False
    words: frozenset[str] = frozenset()  # lower-case words of name/description/role
    last_at: int = 0  # where in the text it was last mentioned
    spoke: bool = False  # has been the speaker of a statement
    spoke_at: int = -1  # where it was last named as a statement's speaker
    human: bool = True  # "he"/"she" can refer to it (not "the basic function")

    @property
    def surname(self) -> str:
        """The last name, before a generational suffix ("Robert Hale Jr." -> hale)."""
        parts = self.name.split() if self.name else []
        while len(parts) > 1 and parts[-1].lower().rstrip(".,") in lx.NAME_SUFFIXES:
            parts.pop()
        return parts[-1].lower() if parts else ""


class _Nobody:
    """A strategy's answer that the mention names no source at all."""

    def __repr__(self) -> str:
        return "NOBODY"


NOBODY = _Nobody()


@dataclass(frozen=True)
class Strategy:
    """A named way to resolve mentions of some kinds; ``fn`` returns an entity,
    ``NOBODY``, or None to pass the mention on to the next strategy.  ``example`` is
    a text whose last quotation's speaker this strategy decides, with that speaker's
    name (None when the strategy decides that nobody is meant)."""

    name: str
    kinds: frozenset[str]
    fn: Callable[["Resolver", Mention, bool], "Entity | _Nobody | None"]
    example: tuple[str, str | None]
    rejects: bool = False  # it answers only NOBODY: its example shows the speaker it keeps a mention from taking


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """A stable, readable id: ``Munir Akram`` -> ``munir-akram``."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = _POSSESSIVE_S.sub("", t.lower())
    t = _NON_WORD.sub("-", t).strip("-")
    return t or "unknown"


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """Consonant skeleton for matching transliteration variants (Yusuf ~ Yousuf)."""
    w = slug(word).replace("-", "")
    w = _VOWELS.sub("", w[1:]) if w else w
    w = _DOUBLES.sub(r"\1", w)
    return (slug(word)[:1] + w) if word else ""


class Resolver:
    """Resolves the mentions of one article, in text order."""

    RECENCY = 64  # entities a reference can reach back to (keeps resolution linear)
    REPORTED_KEPT = 4  # statements whose spans a pronoun looks back over
    COMMON_SEARCHES = 8  # names looked up where they occur before indexing the words

    def __init__(self, doc: Document | str) -> None:
        self.doc = doc if isinstance(doc, Document) else Document(doc)
        self.text = self.doc.text
        self.entities: list[Entity] = []
        self.by_key: dict[str, Entity] = {}
        self.by_name: dict[tuple[str, str], Entity] = {}  # (kind, normalised name)
        self.recent: list[Entity] = []  # most recently touched first
        self.cue: str | None = None  # the cue of the statement whose speaker is being resolved
        self.content: tuple[int, int] | None = None  # the span of that statement
        self.quoting: Entity | None = None  # the speaker whose quotation holds it (nested speech)
        self.reported: list[tuple[int, int, Entity]] = []  # the last statements' spans and speakers
        self._runs: dict[str, list[tuple[int, int, int]]] | None = None
        self._intro: dict[str, list[tuple[str, str | None]]] = {}
        self._lower: frozenset[str] | None = None
        self._searched: dict[str, bool] = {}  # names looked up before the index, and the answers
        self._caps: frozenset[str] | None = None
        self._lowered: str | None = None
        self._offices: dict[str, str] | None = None  # office title (lower case) -> the gender of who holds it
        self._in_text: dict[str, bool] = {}  # phrases looked up in the text, and the answers
        self.bracketed: dict[str, int] = {}  # acronym -> where "(ACRONYM)" first stands in the text (-1: nowhere)

    @property
    def lowered(self) -> str | None:
        """The text in lower case, made once, when lowering keeps every offset."""
        if self._lowered is None:
            low = self.text.lower()
            self._lowered = low if len(low) == len(self.text) else ""
        return self._lowered or None

    # -- what the article says about names --------------------------------------------
    def _is_common(self, word: str) -> bool:
        """Whether the article uses ``word`` (lower case) as a lower-case word.

        Most names occur nowhere in lower case ("trump"), and the rest in a few
        places: the first `COMMON_SEARCHES` names are looked up where they occur as a
        substring, without indexing the article's words (most articles ask about
        fewer); after that the words are indexed, so the work stays within a few
        passes over the text however many names are asked about."""
        if self._lower is None:
            known = self._searched.get(word)
            if known is not None:
                return known
            if len(self._searched) < self.COMMON_SEARCHES:
                found = self._searched[word] = self._lower_word_at_substring(word)
                return found
            self._lower = frozenset(_LOWER_WORD.findall(self.text))
        return word in self._lower

    def _lower_word_at_substring(self, word: str) -> bool:
        """Whether `_LOWER_WORD` (as `findall` scans the text) matches exactly ``word``:
        such a match starts where ``word`` occurs, and `_LOWER_WORD` matched there
        (its look-behind sees the text before) ends where ``word`` does."""
        text = self.text
        i = text.find(word) if word else -1
        while i >= 0:
            m = _LOWER_WORD.match(text, i)
            if m is not None and m.end() == i + len(word):
                return True
            i = text.find(word, i + 1)
        return False

    def _verb_follows(self, pos: int) -> bool:
        """Whether a finite verb comes next ("Akram is firm", "Rubio added"), which
        makes a lone capitalised word the subject rather than an adverb or a noun."""
        nxt = _NEXT_WORD.match(self.text, pos)
        if not nxt:
            return False
        w = nxt.group(1)
        return w in lx.AUXILIARIES or w in lx.SPEECH_FORMS or (w.endswith("ed") and len(w) > 4)

    def _midsentence(self) -> frozenset[str]:
        if self._caps is None:
            self._caps = frozenset(_MID_CAPS.findall(self.text))
        return self._caps

    def _name_runs(self) -> dict[str, list[tuple[int, int, int]]]:
        """The article's capitalised runs (start, name start, end), found once and keyed
        by the skeleton of their last word (a name's last word, but for a party tag)."""
        if self._runs is None:
            self._runs = {}
            for m in _NAME_RUN.finditer(self.text):
                start = m.start()
                first = _FIRST_WORD.match(self.text, start, m.end())
                if first and first.group(1).lower() in lx.US_STATES and _PLACE_PREPOSITION.search(self.text, max(0, start - 6), start):
                    start = _FIRST_WORD.match(self.text, first.end(), m.end()).start(1)  # "in Ohio Clinton said"
                last = m.group().rsplit(None, 1)[-1]
                if _PARTY_TAG.fullmatch(last):  # "Devin Nunes R-Calif": the name ends before the tag
                    got = self.doc.mention(start, m.end())
                    if got is None or got.kind != "name" or not got.name:
                        continue
                    last = got.name.split()[-1]
                self._runs.setdefault(skeleton(last), []).append((m.start(), start, m.end()))
        return self._runs

    def _introductions(self, key: str) -> list[tuple[str, str | None]]:
        """Full names in the article whose last word has skeleton ``key``, with the
        role in an appositive after them (``Andy Vermaut, a ... expert``).

        A title-case headline runs names into the words around them ("Chris Christie
        Calls Hillary Clinton"), so its names come after the body's and only when
        short enough to be a name alone.  The capitalised runs (`_name_runs`) are
        parsed only when a surname asks for them."""
        runs = self._name_runs()
        if key not in self._intro:
            body: list[tuple[str, str | None]] = []
            title: list[tuple[str, str | None]] = []
            for run_start, start, end in runs.get(key, ()):
                got = self.doc.mention(start, end)
                if got is None or got.kind != "name" or not got.name or len(got.name.split()) < 2:
                    continue
                headline = self.doc.on_title_line(run_start)
                if headline and len(got.name.split()) > 3:
                    continue
                role = got.role
                if not role:
                    after = _APPOSITIVE_AFTER.match(self.text, end, end + 140)
                    if after and looks_like_role(after.group(1)):
                        role = clean_role(after.group(1))
                (title if headline else body).append((got.name, role))
            self._intro[key] = body + title
        return self._intro[key]

    def full_name_with_initials(self, letters: str) -> str | None:
        """The one full name in the article whose initials are ``letters`` ("JW" for
        Jumaane Williams), from the article's capitalised runs (`_name_runs`)."""
        names = set()
        n = len(letters)
        for runs in self._name_runs().values():
            for _, start, end in runs:
                words = list(_RUN_WORD.finditer(self.text, start, end))
                for k in range(len(words) - n + 1):  # any n words of the run ("Why Jumaane Williams")
                    if "".join(w.group()[0] for w in words[k:k + n]) == letters:
                        got = self.doc.mention(words[k].start(), words[k + n - 1].end())
                        if got is not None and got.kind == "name" and got.name and len(got.name.split()) == n:
                            names.add(got.name)
        return names.pop() if len(names) == 1 else None

    def _other_name_between(self, e: Entity, pos: int) -> bool:
        """Whether someone else's full name stands between ``e``'s last mention and
        ``pos`` (looking back a bounded distance, to stay linear)."""
        lo = max(e.last_at, pos - 300)
        for run in _FULL_NAME.finditer(self.text, lo, pos):
            if not (_words(run.group()) <= e.words):
                return True
        return False

    def _own_pronoun_gender(self, pos: int) -> str | None:
        """The gender a pronoun in the name's own clause gives it: up to eight
        lower-case words after the name, none of them another person."""
        for k, w in enumerate(_FOLLOWING_WORD.finditer(self.text, pos, pos + 120)):
            word = w.group(1)
            if k >= 8 or not word.islower():
                return None
            if word in lx.OWN_PRONOUN_GENDER:
                return lx.OWN_PRONOUN_GENDER[word]
            if word in lx.OTHER_PERSON_WORDS or word in lx.ROLE_NOUNS or people_noun(word):
                return None
            if w.end() < len(self.text) and not self.text[w.end()].isspace():
                return None  # punctuation closes the clause
        return None

    # -- bookkeeping ----------------------------------------------------------------
    def new(self, name: str, kind: str, role: str | None = None, plural: bool = False, words: frozenset[str] | None = None) -> Entity:
        base = slug(name)
        key = base
        n = 2
        while key in self.by_key:
            key = f"{base}-{n}"
            n += 1
        e = Entity(key, name, kind, None, None, plural, words or frozenset())
        self.add_role(e, role)
        self.entities.append(e)
        self.by_key[key] = e
        self.by_name.setdefault((kind, slug(name)), e)
        self.touch(e)
        return e

    def touch(self, e: Entity) -> Entity:
        if self.recent and self.recent[0] is e:
            return e
        try:
            self.recent.remove(e)
        except ValueError:
            pass
        self.recent.insert(0, e)
        del self.recent[self.RECENCY:]
        return e

    def person(self, name: str, role: str | None = None, extra: frozenset[str] = frozenset()) -> Entity:
        """The person of that full name met before, else a new one with ``role`` (and
        ``extra`` words besides the name's)."""
        return self.by_name.get(("person", slug(name))) or self.new(name, "person", role, words=_words(name) | extra)

    def recent_of(self, kinds: set[str], plural: bool | None = None) -> list[Entity]:
        return [e for e in self.recent if e.kind in kinds and (plural is None or e.plural == plural)]

    @staticmethod
    def add_role(e: Entity, role: str | None) -> None:
        """Keep the first title seen with a name; an honorific alone ("Mr.", "Ms.")
        is no title but says the person's gender, as the text itself does."""
        honorific = lx.HONORIFIC_GENDER.get((role or "").lower().rstrip("."))
        if honorific:
            e.gender = e.gender or honorific
            return
        if role and not e.role:
            e.role = role
        if role:
            e.words |= _words(role)

    # -- resolution -----------------------------------------------------------------
    def resolve(self, m: Mention | None, speaking: bool = False, cue: str | None = None,
                content: tuple[int, int] | None = None, quoting: "Entity | None" = None,
                nested: bool = False) -> tuple[Entity | None, str | None]:
        """The entity ``m`` refers to and the strategy that found it; ``speaking``
        marks it as a source of statements, which definite descriptions (``the
        official said``) prefer; ``cue`` is that statement's cue ("he added") and
        ``content`` its span; ``quoting`` is the speaker whose quotation holds the
        mention, whom a third-person pronoun there cannot mean; a ``nested`` mention (speech
        quoted inside a quotation) leaves the narrative's recency as it was."""
        if m is None:
            return None, None
        self.cue = cue.lower() if cue else None
        self.content = content
        self.quoting = quoting
        for strategy in STRATEGIES:
            if m.kind not in strategy.kinds:
                continue
            got = strategy.fn(self, m, speaking)
            if got is None:
                continue
            if got is NOBODY:
                return None, None
            e = got
            if m.kind == "name" and e.gender is None:
                e.gender = self._own_pronoun_gender(m.end)
            if nested:
                return e, strategy.name  # (the quoted speaker's words, not the story, are about them)
            self.touch(e)
            e.spoke = e.spoke or speaking
            if speaking:
                e.spoke_at = m.start
                if content is not None:
                    self.reported.append((content[0], content[1], e))
                    del self.reported[:-self.REPORTED_KEPT]
            e.last_at = max(e.last_at, m.end)
            return e, strategy.name
        return None, None

    def definite_candidates(self, m: Mention) -> list[Entity]:
        """Sources a definite description (``the official``) may refer back to, those
        already quoted first: "the official said" refers back to a speaker more
        often than to someone merely mentioned."""
        head = m.head
        kinds = {"organization"} if head in lx.ORG_NOUNS and head not in _PERSON_ROLES else {"person", "anonymous"}
        if head in lx.DOCUMENT_NOUNS:
            kinds = {"document"}  # "the report said": a document met before
        if head in lx.COLLECTIVE_HEADS:
            kinds = {"organization", "anonymous"}
        recent = [e for e in self.recent_of(kinds) if e.plural == m.plural]
        recent.sort(key=lambda e: not e.spoke)
        return recent

    def organization(self, m: Mention) -> Entity:
        name = _LEADING_MODIFIERS.sub("", _LEADING_THE.sub("", m.name or m.text))
        if not any(map(str.isupper, name)):  # a generic noun ("the ministry") is a description, not a name
            name = "the " + name
        # ("Office for National Statistics" ends in a document noun but is an institution)
        kind = "document" if m.head in lx.DOCUMENT_NOUNS and not opens_institution(name.split()) else "organization"
        e = self.by_name.get((kind, slug(name)))
        if e is not None:
            return e
        # "United Nations Children’s Fund (UNICEF)": named with its acronym, which names
        # it from here on ("UNICEF said")
        short = _ACRONYM_AFTER.match(self.text, m.end) or _ACRONYM_END.search(m.text)
        acronym = short.group(1) if short is not None and slug(short.group(1)) != slug(name) else None
        if acronym is None:
            e = self.new(name, kind, words=_words(name))
        else:
            e = self.new(f"{name} ({acronym})", kind, words=_words(name) | {acronym.lower()})
            self.by_name.setdefault((kind, slug(name)), e)
            self.by_name.setdefault((kind, slug(acronym)), e)
        e.human = m.head not in lx.DOCUMENT_NOUNS  # "the statement" is no "they"
        return e

    def anonymous(self, m: Mention) -> Entity:
        # Named by the whole description, affiliation included: "a spokesperson for
        # Westfield Council" and "a spokesperson for the Home Office" are two sources.
        desc = m.text
        if m.role and len(m.role) > len(m.text) and m.role.startswith(m.text) and _AFFILIATION.fullmatch(m.role, len(m.text)):
            desc = m.role
        head = m.head
        if m.head in lx.PARTITIVE_HEADS and desc == m.text and m.role:
            desc, head = _partitive(m.text, m.role) or (desc, head)
        if desc[:1].isupper() and desc.split()[0].lower() in _INDEFINITE_OPENERS:
            desc = desc[0].lower() + desc[1:]
        kind = "document" if head in lx.DOCUMENT_NOUNS else "anonymous"  # "a report by the auditor"
        plural = m.plural or head != m.head or head in lx.BODY_NOUNS  # ("a jury": never "she")
        e = self.new(desc, kind, role=None, plural=plural, words=_words(m.role or m.text))
        e.human = head in lx.ROLE_NOUNS or people_noun(head)
        if not e.plural:
            e.gender = lx.NOUN_GENDER.get(head)  # "a Leeds man": never "she"
        return e


# Words that end what a partitive counts: "a number of attendees from Iowa", "a
# trio of PACs have", "the number of people the Post".
_PARTITIVE_STOPS = (lx.MODIFIER_OPENERS | lx.AUXILIARIES | lx.DEFINITE_DETERMINERS | lx.INDEFINITE_DETERMINERS
                    | lx.NOT_ROLE_OPENERS)


def _partitive(text: str, role: str) -> tuple[str, str] | None:
    """``a number`` of ``a number of attendees from Iowa``: a partitive is named with
    what it counts ("a number of attendees"), whose head is the source's head."""
    rest = role[len(text):].split()
    if not role.startswith(text) or len(rest) < 2 or rest[0].lower() != "of":
        return None
    end = next((i for i in range(2, len(rest)) if rest[i].lower() in _PARTITIVE_STOPS), len(rest))
    counted = rest[1:end]
    return f"{text} of {' '.join(counted)}".rstrip(",;:"), counted[-1].lower().strip(",;:.’'")


def _given_name_gender(e: Entity) -> str | None:
    """The gender a person's common given name suggests ("Mike Johnson": male), if any:
    used only to keep a pronoun from a person it cannot mean, never stored as the
    speaker's gender (the database records only what the text says)."""
    if e.kind != "person" or " " not in e.name:
        return None
    first = e.name.split()[0].lower()
    return "male" if first in lx.MALE_GIVEN_NAMES else "female" if first in lx.FEMALE_GIVEN_NAMES else None


# --- Strategies, in the order they are tried -----------------------------------------

STRATEGIES: list[Strategy] = []


def strategy(name: str, *kinds: str, example: tuple[str, str | None], rejects: bool = False) -> Callable:
    def register(fn: Callable) -> Callable:
        assert all(s.name != name for s in STRATEGIES), name
        STRATEGIES.append(Strategy(name, frozenset(kinds), fn, example, rejects))
        return fn
    return register


@strategy("continuing-speaker", "pronoun",
          example=("“We will appeal,” said Jordan Roe, the family’s lawyer. Judge Robin Hill had set a date in May. The hearing would be short, she added.",
                   "Jordan Roe"))
def _continuing_speaker(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """``he added``, ``she continued``: a cue that goes on with what was being said
    names the paragraph's last speaker of that gender, even when someone else
    was mentioned in between (the judge in the example)."""
    if not speaking or r.cue not in lx.CONTINUING_CUES or m.head not in {"he", "she"}:
        return None
    gender = "male" if m.head == "he" else "female"
    para = r.doc.paragraph_at(m.start)
    for e in r.recent_of({"person", "anonymous"}, plural=False):
        if e.spoke_at >= 0 and e.human and e.gender in (None, gender) and r.doc.paragraph_at(e.spoke_at) == para:
            return e
    return None


@strategy("pronoun", "pronoun",
          example=("Munir Akram spoke in New York. “We will respond,” he said.", "Munir Akram"))
def _pronoun(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """``he``/``she``: the most recent individual of a compatible gender; ``they``:
    the most recent group or organisation; ``it``: the most recent organisation."""
    if m.head in {"he", "she"}:
        gender = "male" if m.head == "he" else "female"
        fits = [e for e in r.recent_of({"person", "anonymous"}, plural=False)
                if e.human and (e.gender or _given_name_gender(e)) in (None, gender)
                and e is not r.quoting]  # ("He said, '…'," Brady said: not Brady)
        if not fits:
            return None
        e = fits[0]
        content = r.content if speaking else None
        if content is not None and m.start >= content[1] and content[0] <= e.last_at <= content[1] and not e.spoke:
            # "Ali Amin Gandapur is using official resources to make trouble, he said":
            # someone the words are about, who has not spoken, is not the one who goes
            # on speaking ("Ms. Nwanguma was shocked …, she said", with no earlier
            # speaker, still is)
            e = next((o for o in fits[1:] if o.spoke), e)
        if speaking and not e.spoke:
            # "Bratusek remains a commissioner-designate …, Schinas said. “…,” he said":
            # someone met only inside a speaker's reported words does not take the
            # speaker's next "he said" from them
            e = next((who for lo, hi, who in reversed(r.reported) if lo <= e.last_at <= hi and who in fits), e)
        if e.gender is None and not r._other_name_between(e, m.start):
            # Only an unambiguous pronoun says a gender: in "Christie called
            # Hillary Clinton a disgrace after she attacked ..." it may not.
            e.gender = gender
        return e
    if m.head == "they":
        for e in r.recent_of({"anonymous", "organization"}):
            if e.human and (e.plural or e.kind == "organization"):
                return e
        return None
    if m.head == "it":
        for e in r.recent_of({"organization", "document"}):
            return e
    return None


@strategy("place-name", "name",
          example=("“We will win,” Donald Trump said. California voted on Tuesday. “We are winning,” he said.", "Donald Trump"), rejects=True)
def _place_name(r: Resolver, m: Mention, speaking: bool) -> _Nobody | None:
    """A US state ("California", "Ala.") is a place, not a source."""
    return NOBODY if (m.name or m.text).lower() in lx.US_STATES else None


@strategy("law-name", "name",
          example=("Tenants went to court.\n\n“No one shall be punished without law,” Human Rights Act says.", "Human Rights Act"))
def _law_name(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """A capitalised name ending in "Act" ("Asylum Act", "Affordable Care Act") is a
    law, a document: what it says is sourced to it, and no "he" or "she" refers to it."""
    name = m.name or m.text
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in lx.LAW_NAME_HEADS:
        return None
    e = r.by_name.get(("document", slug(name))) or r.new(name, "document", words=_words(name))
    e.human = False
    return e


@strategy("full-name", "name",
          example=("“We will win,” John Smith said. “We agree,” Mary John Smith said. “We will respond,” John Smith said.", "John Smith"))
def _full_name(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """A full name already met: the same person."""
    name = m.name or m.text
    if len(name.split()) < 2:
        return None
    e = r.by_name.get(("person", slug(name)))
    if e is not None:
        r.add_role(e, m.role)
    return e


@strategy("name-tail", "name",
          example=("“We will win,” Marine Le Pen said. “We will respond,” Le Pen said.", "Marine Le Pen"))
def _name_tail(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """The tail of a full name already met ("Le Pen" after "Marine Le Pen")."""
    name = m.name or m.text
    if len(name.split()) < 2:
        return None
    tail = "-" + slug(name)
    for e in r.recent_of({"person"}):
        if ("-" + slug(e.name)).endswith(tail):
            r.add_role(e, m.role)
            return e
    return None


@strategy("longer-form", "name",
          example=("“We will win,” Salman said. “We will respond,” Ahmad bin Salman said.", "Ahmad bin Salman"))
def _longer_form(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """A full name for someone met by surname only, when the article gives the full
    name in no run of capitals ("Salman", then "Ahmad bin Salman")."""
    name = m.name or m.text
    parts = name.split()
    if len(parts) < 2:
        return None
    for e in r.recent_of({"person"}):
        if len(e.name.split()) == 1 and _same_word(e.name, parts[-1]):
            e.name = name
            r.by_name.setdefault(("person", slug(name)), e)
            e.words |= _words(name)
            r.add_role(e, m.role)
            return e
    return None


@strategy("organization-short-form", "name",
          example=("Harlow Sports Fashion plc said sales rose by a fifth in the year.\n\n“We are pleased,” Harlow Sports said.", "Harlow Sports Fashion plc"))
def _organization_short_form(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """The first words of a company's name met before with its legal form ("JD
    Sports" after "JD Sports Fashion plc", "Acme" after "Acme Corp."): news shortens a
    company's name after first giving it in full.  Not a word of a person's name met
    before ("Ford" after Henry Ford), and not the person an organisation is named
    after ("Clinton" is not "the Clinton campaign", which has no legal form)."""
    name = m.name or m.text
    prefix = slug(name) + "-"
    last = name.split()[-1]
    if any(_same_word(w, last) for p in r.recent_of({"person"}) for w in p.name.split()):
        return None
    for e in r.recent_of({"organization"}):
        if slug(e.name).startswith(prefix) and e.name.split()[-1].lower().rstrip(".") in lx.LEGAL_FORMS:
            return e
    return None


@strategy("new-full-name", "name",
          example=("“We will win,” Munir Akram said.", "Munir Akram"))
def _new_full_name(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """A full name not met before introduces a person."""
    name = m.name or m.text
    if len(name.split()) < 2:
        return None
    return r.new(name, "person", m.role, words=_words(name) | _words(m.role))


@strategy("initials", "name",
          example=("Q&A: Why Jumaane Williams is running\n\nC&S: Why now?\n\nJW: Because the city needs a fresh start.\n\n"
                   "C&S: And your critics?\n\nJW: I welcome them. Scrutiny is part of the job.", "Jumaane Williams"))
def _initials(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """An interview's turn label in initials (``JW:``) stands for the one person the
    article names in full with those initials."""
    if not _INITIALS_LABEL.fullmatch(m.text) or r.text[m.end:m.end + 1] != ":" or (m.start > 0 and r.text[m.start - 1] != "\n"):
        return None
    full = r.full_name_with_initials(m.text)
    if full is None:
        full = _headline_name_with_initial(r, m.text[-1])  # "Coach McCarthy: …" over "MM:" turns
    if full is None:
        return None
    return r.person(full)


def _headline_name_with_initial(r: Resolver, letter: str) -> str | None:
    """The one name in the headline whose surname starts with ``letter``: a press
    conference headed "Coach McCarthy: “We need to be better.”" labels his turns "MM:"."""
    if not r.doc.paragraphs or r.doc.paragraphs[0].end - r.doc.paragraphs[0].start > HEADLINE_CHARS:
        return None
    head = r.doc.paragraphs[0]
    names = set()
    for run in _CAPITALISED_WORDS.finditer(r.text, head.start, head.end):
        got = r.doc.mention(run.start(), run.end())
        if got is not None and got.kind == "name" and got.name and got.name.split()[-1][:1] == letter:
            names.add(got.name)
    return names.pop() if len(names) == 1 else None


HEADLINE_CHARS = 160  # a first paragraph no longer than this may be the headline
_CAPITALISED_WORDS = regex.compile(r"\p{Lu}[\p{L}’'\-]+(?:[ \t]+\p{Lu}[\p{L}’'\-]+)*")


_INITIALS_LABEL = regex.compile(r"\p{Lu}{2,3}")
_RUN_WORD = regex.compile(r"\S+")


@strategy("common-word", "name",
          example=("“We will win,” Donald Trump said. Many millennials distrust polls. Millennials voted early. “We are winning,” he said.", "Donald Trump"), rejects=True)
def _common_word(r: Resolver, m: Mention, speaking: bool) -> _Nobody | None:
    """A single capitalised word that the article also uses in lower case is a
    common word at the start of a sentence ("Under", "Millennials"), not a name."""
    name = m.name or m.text
    return NOBODY if r._is_common(name.lower()) else None


@strategy("surname", "name",
          example=("“We will win,” Munir Akram said. “We agree,” Akram Khan said. “We will respond,” Akram said.", "Munir Akram"))
def _surname(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """A single name: the surname of the most recent person with it, allowing
    spelling variants (Yusuf ~ Yousuf)."""
    name = m.name or m.text
    for e in r.recent_of({"person"}):
        if _same_word(e.surname, name):
            r.add_role(e, m.role)
            return e
    return None


@strategy("name-part", "name",
          example=("“We will win,” Munir Akram said. “We will respond,” Munir said.", "Munir Akram"))
def _name_part(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """A single name that is another part of a recent person's name (a first name)."""
    name = m.name or m.text
    for e in r.recent_of({"person"}):
        ps = e.name.lower().split()
        if len(ps) > 1 and (name.lower() in ps or any(_same_word(p, name) for p in ps[1:])):
            r.add_role(e, m.role)
            return e
    return None


@strategy("nickname", "name",
          example=("Prime Minister Pushpa Kamal Dahal ‘Prachanda’ said on Saturday that he would stay.\n\n"
                   "Prachanda said that talks had begun.", "Pushpa Kamal Dahal"))
def _nickname(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """A single name that is a recent person's nickname, given in quotation marks with
    their full name ("Pushpa Kamal Dahal ‘Prachanda’", "Anthony “Tony” Howard")."""
    for n in r.doc.nickname_spans.get((m.name or m.text).lower(), ()):
        around = set(_words(r.text[max(0, n.start - NICKNAME_REACH):n.end + NICKNAME_REACH]))
        for e in r.recent_of({"person"}):
            if len(e.name.split()) > 1 and _words(e.name) <= around:
                r.add_role(e, m.role)
                return e
    return None


NICKNAME_REACH = 40  # characters either side of a nickname where its full name stands


@strategy("introduced-name", "name",
          example=("“We will win,” Akram said. Pakistan’s envoy Munir Akram spoke later.", "Munir Akram"))
def _introduced_name(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """A surname whose full name the article gives elsewhere, even later."""
    name = m.name or m.text
    for full, role in r._introductions(skeleton(name)):
        if _same_word(full.split()[-1], name):
            return r.person(full, m.role or role, _words(m.role or role))
    return None


@strategy("lone-capital", "name",
          example=("Donald Trump held a rally in the city. Tonight the crowd cheered loudly. “Everybody is talking about the protesters,” he said.", "Donald Trump"), rejects=True)
def _lone_capital(r: Resolver, m: Mention, speaking: bool) -> _Nobody | None:
    """A lone capitalised word opening a sentence ("Tonight", "Footage") is a person
    only if it speaks, is followed by a verb, or the article also capitalises it
    mid-sentence, as names are; even a speaker is no person when the article
    capitalises the word only as a sentence opens and it is an adverb or no verb
    follows it ("Unofficially dubbed ...", "Signs of momentum ...": see
    `Document.ordinary_word`)."""
    name = m.name or m.text
    if name not in r._midsentence() and ((not speaking and not r._verb_follows(m.end)) or r.doc.ordinary_word(name, m.end)):
        return NOBODY  # (and "Unofficially dubbed ...", "Water was shuttled ...": `Document.ordinary_word`)
    return None


@strategy("new-surname", "name",
          example=("“We will win,” Akram said.", "Akram"))
def _new_surname(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """A single name met for the first time introduces a person."""
    name = m.name or m.text
    if len(name.split()) >= 2:
        return None  # `new-full-name`'s
    return r.new(name, "person", m.role, words=_words(name) | _words(m.role))


@strategy("acronym", "organization",
          example=("The US Geological Survey said the quake was shallow.\n\nA second tremor followed, USGS said.", "US Geological Survey (USGS)"))
def _acronym(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """``USGS said``, ``the MAC said``: an acronym stands for the organisation whose
    initials it spells, met before ("The US Geological Survey said") or spelt out with
    it in brackets anywhere in the article ("Mainland Affairs Council (MAC) Minister Chiu"),
    so one organisation is not two speakers (a headline may use the acronym before the
    story spells it out)."""
    short = _LEADING_THE.sub("", m.name or m.text)
    if not _ACRONYM.fullmatch(short):
        return None
    e = r.by_name.get(("organization", slug(short)))
    if e is not None and e.name != short:
        return e
    for e in r.recent_of({"organization", "document"}):  # ("Geological Survey" reads as a document's name)
        if e.name != short and initials(e.name) == short:
            e.name = f"{e.name} ({short})"  # (named by both, as when spelt out with it)
            r.by_name[("organization", slug(short))] = e
            return e
    k = r.bracketed.get(short)
    if k is None:  # (found once per acronym: linear time however often it recurs)
        k = r.bracketed[short] = r.text.find(f"({short})")  # (later is fine: a headline uses the acronym first)
    if k < 0:
        return None
    spelt = _SPELT_OUT.search(r.text, max(0, k - 120), k)
    if spelt is None:
        return None
    words = spelt.group(1).split()
    for i in range(len(words)):  # the shortest run of the capitalised words before the bracket that spells it
        if initials(" ".join(words[i:])) == short:
            full = " ".join(words[i:])
            return r.organization(Mention(m.start, m.end, f"{full} ({short})", "organization", m.head, name=full))
    return None


# Capitalised words (with lower-case connectors) right before a bracket: "Mainland Affairs Council (MAC)"
_SPELT_OUT = regex.compile(r"((?:\p{Lu}[\p{L}\-]*\s+(?:(?:" + lx.alternation(lx.ORG_NAME_CONNECTORS) + r")\s+)?){1,8})$")


def initials(name: str) -> str:
    """What an acronym of ``name`` spells: the first letter of each capitalised word,
    all of a word in capitals ("US Geological Survey" -> "USGS"), connectors skipped
    ("Securities and Exchange Commission" -> "SEC"); nothing for a phrase with any
    other word, which is no name."""
    out = []
    for w in _LEADING_THE.sub("", name).split():
        if w[:1].isupper() and w[-1:].isalpha():
            out.append(w if w.isupper() and w.isalpha() else w[0])
        elif w not in lx.ORG_NAME_CONNECTORS:
            return ""  # not a name ("the Associated Press’ lengthy investigation", "CNN didn't report")
    return "".join(out)


@strategy("organization", "organization",
          example=("“We will not comment,” the Foreign Office said.", "Foreign Office"))
def _organization(r: Resolver, m: Mention, speaking: bool) -> Entity:
    """An organisation by its name ("the Foreign Office" is "Foreign Office")."""
    return r.organization(m)


@strategy("office-title", "definite",
          example=("Keir Lomax, the Labour leader, spoke first.\n\n“We will act,” the Prime Minister said.", "the Prime Minister"))
def _office_title(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """``the Home Secretary``: a capitalised office names its holder, the person
    introduced with that title ("Home Secretary Daniel Price"), or else the office
    itself as a source; never some other recent person with a similar noun."""
    words = m.text.split()
    if len(words) == 1 and m.head in lx.OFFICE_TITLE_HEADS and words[0][:1].isupper():
        words = ["the"] + words  # headline style drops the article: "Premier accused of 'hiding'"
    if len(words) < 2 or m.head not in lx.OFFICE_TITLE_HEADS or words[0].lower() != "the":
        return None
    if not all(w[:1].isupper() for w in words[1:]):
        if not words[-1][:1].isupper():
            return None  # ("the president": a description, read by the strategies below)
        capitalised = [w[:1].upper() + w[1:] for w in words[1:]]
        phrase = " ".join(capitalised)
        if phrase not in r._in_text:
            r._in_text[phrase] = phrase in r.text  # (once per phrase: a title recurs)
        if not r._in_text[phrase]:
            return None
        words = words[:1] + capitalised  # "The first Minister began …" where the article has "The First Minister"
    title = _words(" ".join(w for x in words[1:] for w in lx.TITLE_ABBREVIATIONS.get(x.lower(), (x,))))  # ("the PM")
    for e in r.recent_of({"person"}):
        if title <= e.words:
            return e
    held = _holds_office(r, " ".join(words[1:]))
    if held is not None:  # "Mrs Foster said her role as First Minister gave her …" … "the First Minister said"
        return held
    named = _titled_later(r, m.text, m.head, m.end, min(len(r.text), m.end + NAMED_LATER_REACH))
    if named is not None:  # "the Commons Speaker has suggested …" then "Speaker Sir Lindsay Hoyle"
        return r.person(named.name, named.role, title)
    if len(words) == 2:
        return None  # ("the Minister" may be the minister just named without the title: an epithet's)
    desc = "the " + " ".join(words[1:])
    return r.by_name.get(("anonymous", slug(desc))) or r.anonymous(Mention(m.start, m.end, desc, m.kind, m.head, role=m.role))


def _holds_office(r: Resolver, title: str) -> Entity | None:
    """The person the article says holds ``title``: "her role as First Minister", "in
    his capacity as Home Secretary" name the office of a sentence's subject, before or
    after the title is used alone.  The most recent person of that pronoun's gender
    (or none known) holds it."""
    if r._offices is None:  # (the text is read once, however often a title is used)
        r._offices = {}
        for found in _OFFICE_HELD.finditer(r.text):
            r._offices.setdefault(found.group("title").lower(), lx.POSSESSIVE_GENDER[found.group("pronoun").lower()])
    gender = r._offices.get(title.lower())
    if gender is None:
        return None
    return next((e for e in r.recent_of({"person"}, plural=False) if e.gender in (None, gender)), None)


# "her role as First Minister", "his capacity as Home Secretary": a subject's office
_OFFICE_HELD = regex.compile(r"\b(?P<pronoun>(?i:" + lx.alternation(tuple(lx.POSSESSIVE_GENDER)) + r"))\s+(?:" + lx.alternation(lx.OFFICE_HOLDING_NOUNS) + r")\s+as\s+(?:the\s+)?"
                             r"(?P<title>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})")


@strategy("role-and-modifier", "definite",
          example=("A security official said that talks had begun.\n\nA senior Afghan Taliban cabinet member in Kabul has offered some details.\n\n“Both sides are happy,” the Taliban official said.", "a senior Afghan Taliban cabinet member"))
def _role_and_modifier(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """``the Taliban official``: the most recent source with the same noun (or a
    synonym) and a shared modifier ("a senior Afghan Taliban cabinet member")."""
    mods = _words(m.text) - {m.head} - lx.REFERRING_DETERMINERS
    family = lx.ROLE_SYNONYMS.get(m.head, frozenset({m.head}))
    generic = m.head in lx.GENERIC_HEADS
    for e in r.definite_candidates(m):
        if mods & e.words and (family & e.words or generic):
            return e
    return None


@strategy("role-noun", "definite",
          example=("Pakistan’s ambassador to the UN, Munir Akram, spoke first. Donald Trump spoke next.\n\n“Pakistan is prepared to respond,” the ambassador said.", "Munir Akram"))
def _role_noun(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """``the ambassador``: the most recent source described with the same noun or a
    synonym (envoy, representative)."""
    family = lx.ROLE_SYNONYMS.get(m.head) or lx.ORG_SYNONYMS.get(m.head) or frozenset({m.head})  # ("the company": Acme Corp.)
    for e in r.definite_candidates(m):
        if family & e.words and not _only_possessor(e, family):
            return e
    return None


def _only_possessor(e: Entity, nouns: frozenset[str]) -> bool:
    """Whether ``nouns`` occur in an entity's description only as a possessor: "one of
    the family's attorneys" is no "the family"."""
    desc = " ".join(filter(None, (e.name, e.role))).lower()
    if "'" not in desc and "’" not in desc:
        return False
    return not any(regex.search(r"\b" + regex.escape(n) + r"\b(?![’']s\b)", desc) for n in nouns)


@strategy("titled-earlier", "definite",
          example=("The judge asked the party's counsel Ahmad Awais about the march.\n\n“It was misunderstood,” the counsel said.",
                   "Ahmad Awais"))
def _titled_earlier(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """``the counsel`` after ``the party's counsel Ahmad Awais`` in a phrase that was
    no source (an object, "asked … counsel Ahmad Awais"): the one person the article
    has titled with that role before."""
    words = m.text.split()
    if len(words) != 2 or words[0].lower() not in lx.REFERRING_DETERMINERS or m.plural or m.head not in lx.ROLE_NOUNS:
        return None
    titles = frozenset({m.head} | set(lx.ROLE_SYNONYMS.get(m.head, ())))
    lo = max(0, m.start - NAMED_LATER_REACH)
    if r.lowered is not None and all(r.lowered.find(t, lo, m.start) < 0 for t in titles):
        return None
    names: dict[str, Mention] = {}
    for found in _titled_name(titles).finditer(r.text, lo, m.start):
        named = r.doc.mention(found.start("name"), found.end("name"))
        if named is not None and named.kind == "name" and len((named.name or "").split()) >= 2:
            names.setdefault(named.name, named)
    if len(names) != 1:
        return None  # (none, or two people titled so: which one is unknown)
    named = next(iter(names.values()))
    return r.person(named.name, m.head, frozenset({m.head}))


@strategy("named-organization", "definite",
          example=("Voters in Ohio saw ads paid for by the Trump campaign.\n\n“The ads are working,” the campaign said.", "Trump campaign"))
def _named_organization(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """``the department``, ``the campaign``, ``the company`` with no source to refer
    back to: the organisation the article last named with that noun (``the Justice
    Department``, ``Ministry of Defence``, ``the Trump campaign``, ``Acme Corp.``),
    though it has not spoken yet.  News names an organisation in full once, then by
    its generic noun."""
    words = m.text.split()
    if (len(words) != 2 or words[0].lower() != "the" or m.head not in lx.ORG_NOUNS or m.head in lx.DOCUMENT_NOUNS
            or m.head in _PERSON_ROLES or m.plural):
        return None
    family = lx.ORG_SYNONYMS.get(m.head, frozenset({m.head}))
    lo = max(0, m.start - NAMED_ORGANIZATION_REACH)
    if r.lowered is not None and all(r.lowered.find(w, lo, m.start) < 0 for w in family):
        return None  # the noun was not used before (checked before compiling a pattern)
    for found in reversed(list(_organization_named(family).finditer(r.text, lo, m.start))):
        if found.group("of"):  # "Ministry of Defence"
            name = found.group()
        else:
            named = r.doc.mention(found.start(), found.end())
            if named is None:
                continue
            if named.kind == "organization" and named.name:
                name = named.name
            elif named.kind == "definite" and named.head in family:
                name = _LEADING_THE.sub("", named.text)
            else:
                continue
            if not any(w[:1].isupper() and w.lower() not in lx.DATE_OPENERS and not _modifier_word(w) for w in name.split()[:-1]):
                continue  # "Tuesday campaign", "British-based charity"
        last = name.split()[-1].rstrip(".").lower()
        if name.endswith(".") and last not in lx.ABBREVIATIONS and last not in lx.LEGAL_FORMS:
            name = name[:-1]  # ("… told the Washington Post.": the sentence's full stop)
        return r.organization(Mention(found.start(), found.end(), name, "organization", m.head, name=name))
    return None


def _modifier_word(w: str) -> bool:
    """A capitalised word that describes, not names: "British", "London-based"."""
    low = w.lower()
    return low in lx.DEMONYMS or low.endswith(lx.PLACE_ADJECTIVE_ENDINGS)


NAMED_ORGANIZATION_REACH = 3000  # characters before a generic noun searched for the name (bounded: linear time)


@lru_cache(maxsize=256)
def _organization_named(family: frozenset[str]) -> regex.Pattern:
    """Capitalised words before one of the nouns (``the Justice Department``,
    ``Clinton’s campaign``, ``Acme Corp.``), or the noun capitalised before ``of``
    and a name (``Ministry of Defence``)."""
    cap = r"\p{Lu}[\p{L}\p{M}&’'\-]*\.?"
    nouns = lx.alternation(sorted(family))
    return regex.compile(r"(?<![\p{L}\p{M}’'\-])(?:(?:" + cap + r"\s+){0,3}" + cap + r"(?:[’']s)?\s+(?i:" + nouns + r")\b"
                         r"(?:(?<=\b\p{Lu}\p{Ll}{1,3})\.)?"  # "Acme Inc.", but not a full stop
                         r"(?:\s+of\s+(?:the\s+)?" + cap + r"(?:\s+" + cap + r"){0,3})?"
                         r"|(?P<of>(?=\p{Lu})(?i:" + nouns + r")\s+of\s+(?:the\s+)?" + cap + r"(?:\s+(?:(?:" + lx.alternation(lx.ORG_NAME_CONNECTORS) + r")\s+)?" + cap + r"){0,3}))")


@strategy("named-organization-kind", "definite",
          example=("Oxfam warned that the crisis was deepening.\n\n“We need more help,” the British-based charity said.", "Oxfam"))
def _named_organization_kind(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """``the charity``, ``the British-based charity`` after ``Oxfam``: an organisation
    named by its proper name alone is then called by its kind; the description refers
    to the most recent organisation, if that one was named so (one named with a noun,
    ``the Justice Department``, is left to `named-organization`).  A lone name with
    no first name, title or pronoun of its own (``Oxfam provided aid …``) was one: news
    introduces people with a full name."""
    if m.text.split()[0].lower() != "the" or m.plural or m.head not in lx.ORG_KIND_HEADS:
        return None
    for e in r.recent:
        if e.kind == "organization":
            return e if not (e.words & lx.ORG_NOUNS) else None
        if e.kind == "person" and " " not in e.name and e.role is None and e.gender is None:
            e.kind, e.human = "organization", False  # the name was an organisation's
            r.by_name.setdefault(("organization", slug(e.name)), e)
            return e
    return None


@strategy("generic-role", "definite",
          example=("A security official spoke first.\n\n“Talks have begun,” the spokesman said.", "a security official"))
def _generic_role(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """``the official``, ``the spokesman``: so general a head may refer back to any
    recent individual source."""
    if m.head in lx.GENERIC_HEADS or m.head in lx.ROLE_SYNONYMS:
        owner = _possessor_words(m.text)
        for e in r.definite_candidates(m):
            if e.kind in {"person", "anonymous"} and not (owner - e.words):
                return e  # (but "the Prime Minister's official spokesman" is not the union leader quoted before)
    return None


def _possessor_words(text: str) -> frozenset[str]:
    """The words of a description's possessor: "the prime minister" of "The Prime
    Minister's official spokesman" (none in "the spokesman")."""
    k = max(text.find("'s "), text.find("’s "))
    return _words(text[:k]) - lx.REFERRING_DETERMINERS if k > 0 else frozenset()


@strategy("new-group", "definite",
          example=("“We will not comment,” the ministry said.", "the ministry"))
def _new_group(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """``the sources``, ``the ministry`` with nothing to refer back to: a source of
    its own."""
    if m.plural:
        return r.anonymous(m)
    if m.head in lx.ORG_NOUNS and m.text.split()[0].lower() not in lx.POSSESSIVE_DETERMINERS:
        return r.organization(Mention(m.start, m.end, m.text, "organization", m.head, name=m.text))
    return None


@strategy("epithet", "definite",
          example=("Ted Cruz warned against a brokered convention.\n\n“It would be a disaster,” the Texas senator said.", "Ted Cruz"))
def _epithet(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """``The Texas senator said``: an epithet for the person the text is about."""
    low = m.text.lower().split()
    # "the 27-year-old", "the 52-year-old movie star" (not "George Floyd's seven-year-old daughter")
    aged = age_noun(m.head) or (len(low) > 2 and low[0] == "the" and age_noun(low[1]))
    if m.head not in lx.EPITHET_HEADS and not aged:
        return None
    if has_possessor(m.text):
        return None  # "Donald Trump's campaign manager", "Sanders' campaign manager": someone's, not an epithet
    mods = _words(m.text) - {m.head} - lx.REFERRING_DETERMINERS
    family = lx.ROLE_SYNONYMS.get(m.head, frozenset({m.head}))
    candidates = r.definite_candidates(m)
    if aged or (m.head in lx.DEMONYMS and mods <= lx.DEMONYM_EPITHET_MODIFIERS):
        # "the Italian said" stands for the person just named ("Roberto Mancini was
        # pleased … “…,” the Italian said"), who need not have spoken yet; an age
        # picks them whatever their role ("Actor Matt Damon" … "the 52-year-old movie star")
        candidates = sorted(candidates, key=lambda e: -e.last_at)
    demonym = m.head in lx.DEMONYMS
    for e in candidates:
        if e.kind != "person":
            continue
        if demonym and (e.words & lx.DEMONYMS) - family:
            continue  # "the Frenchman" is not "Spaniard Juan Antonio Flecha"
        if aged or not e.role or family & e.words or mods & e.words or not (_words(e.role) & lx.EPITHET_HEADS) or (
                demonym and not (_words(e.role) & lx.DEMONYMS)):  # (a nationality says nothing of a job: "the Tour's new leader")
            return e
    if not any(e.kind == "person" for e in candidates):
        # "…: Wyatt" over a lede's "“…,” the 27-year-old said"; "I was so fragile … – Adele"
        # over "The recently divorced songwriter … revealed"; who is then known by the
        # epithet's words too ("the singer" later)
        got = _headline_speaker(r)
        if got is not None:
            got.words |= _words(m.text) - lx.REFERRING_DETERMINERS
        return got
    return None


_HEADLINE_OPENING_NAME = regex.compile(r"\s*\p{Lu}[\p{L}’'\-]+(?:[ \t]+\p{Lu}[\p{L}’'\-]+){1,2}(?=[ \t]+\p{Ll}|[ \t]*[,:’'])")
_HEADLINE_LABEL = regex.compile(r"^\s*(\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}[\p{L}’'\-]+){0,2})\s*:"
                                r"|(?::|\s[–—-])\s*(\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}[\p{L}’'\-]+){0,2})\s*$")


def _headline_speaker(r: Resolver) -> Entity | None:
    """The person a headline gives its words to with a colon or a dash ("Wyatt: …",
    "…: Wyatt", "… – Adele"), or whom it opens with by full name, named again in the
    story, by the full name the article gives them if it does: an epithet that opens
    the story before any name ("the 27-year-old said") refers to them."""
    first = r.doc.paragraphs[0] if r.doc.paragraphs else None
    if first is None or not r.doc.on_title_line(first.start):
        return None
    label = _HEADLINE_LABEL.search(r.text, first.start, first.end)
    if label is not None:
        start, end = label.span(1) if label.group(1) else label.span(2)
        m = r.doc.mention(start, end)
    else:
        # A headline that opens with the name of someone the story names again:
        # "Lady Gaga and Taylor Kinney Are Engaged!" over "The Grammy-winning singer
        # showed off her ring"
        opening = _HEADLINE_OPENING_NAME.match(r.text, first.start, first.end)
        m = r.doc.mention(first.start, opening.end()) if opening is not None else None
        if m is not None and m.name and m.name.split()[-1] not in r._midsentence():
            return None
    if m is None or m.kind != "name" or not m.name or (label is None and len(m.text.split()) < 2):
        return None
    full = next((f for f, _ in r._introductions(skeleton(m.name)) if _same_word(f.split()[-1], m.name.split()[-1])), m.name)
    return r.person(full)


@strategy("named-later", "definite", "indefinite",
          example=("The plan is dead, his lawyer says.\n\nThe case went on.\n\nHis lawyer, Edward Grant, spoke later.", "Edward Grant"))
def _named_later(r: Resolver, m: Mention, speaking: bool) -> Entity | None:
    """``…, his lawyer says.`` and a few sentences on ``His lawyer, Edward Grant,
    said …``: a description the article names soon after refers to that person, also
    when its role comes back as a title (``The mayor told …`` then ``Mayor Ruth
    Warren``; ``the East Bengal coach`` then ``Coach Robbie Fowler``; a lede's ``a
    federal judge who suggested …`` then ``Judge Susan Wigenton said``)."""
    desc = m.role if m.role and m.role.startswith(m.text) else m.text
    if len(desc.split()) < 2:
        return None
    words = desc.split()
    if m.kind == "indefinite":
        # only a title that the article then gives one named person
        if (m.plural or words[0].lower() not in {"a", "an"} or m.head not in lx.FUSED_ROLE_WORDS | lx.TITLE_WORDS
                or desc != m.text or m.head in lx.ROLE_SYNONYMS["spokesman"]):
            return None  # ("a spokesman for the police" is not the campaign's spokeswoman named later)
        named = _titled_later(r, m.text, m.head, m.end, min(len(r.text), m.end + NAMED_LATER_REACH))
        if named is None or named.kind != "name" or len((named.name or "").split()) < 2:
            return None
        role = " ".join(m.text.split()[1:])
        return r.person(named.name, role, _words(role))
    core = " ".join(words[1:]) if words[0].lower() in lx.REFERRING_DETERMINERS | lx.POSSESSIVE_DETERMINERS else desc
    window_end = min(len(r.text), m.end + NAMED_LATER_REACH)
    found = None
    if ((r.lowered is None or r.lowered.find(core.lower(), m.end, window_end) >= 0)  # the description comes back ...
            and _may_be_named_after(r, desc, core, m.end, window_end)):  # ... beside a name (checked before compiling a pattern)
        found = _named_after(desc).search(r.text, m.end, window_end)
    if found is not None:
        g = next(k for k in ("name", "name2", "name3") if found.group(k))
        named = r.doc.mention(found.start(g), found.end(g))
    else:
        # "The East Bengal coach backed …" then "Coach Robbie Fowler was frustrated":
        # the role comes back as the title of a full name
        named = _titled_later(r, desc, m.head, m.end, window_end)
        if named is None and (has_possessor(desc) or words[0].lower() in lx.POSSESSIVE_DETERMINERS):
            # "…, his former spokesman said." then "Baker's former press secretary, Tom
            # Griscom, confirmed"; "according to IBM's chief financial officer" then "John
            # Joyce, IBM senior vice president and chief financial officer,"
            named = _appositive_later(r, m.head, m.end, window_end)
    if named is None or named.kind != "name" or len((named.name or "").split()) < 2:
        return None
    role = desc.split(None, 1)[1] if desc.split()[0].lower() in lx.REFERRING_DETERMINERS | lx.POSSESSIVE_DETERMINERS else desc
    return r.person(named.name, role, _words(role))


NAMED_LATER_REACH = 2500  # characters after a description searched for its name (bounded: linear time)


def _appositive_later(r: Resolver, head: str, lo: int, hi: int) -> Mention | None:
    """The one full name after ``lo`` set in apposition with the role ``head`` (or a
    word or phrase for the same job): "ROLE, First Last," or "First Last, … ROLE,".
    None if several people are."""
    roles = {head} | set(lx.ROLE_SYNONYMS.get(head, ())) | set(lx.ROLE_PHRASE_SYNONYMS.get(head, ()))
    if r.lowered is not None and all(r.lowered.find(t, lo, hi) < 0 for t in roles):
        return None
    names = {}
    for found in _appositive_pattern(frozenset(roles)).finditer(r.text, lo, hi):
        g = "name" if found.group("name") else "name2"
        named = r.doc.mention(found.start(g), found.end(g))
        if named is not None and named.kind == "name" and len((named.name or "").split()) >= 2:
            names.setdefault(named.name, named)
    return next(iter(names.values())) if len(names) == 1 else None


_AUX = lx.alternation(lx.AUXILIARIES)  # ("Txiki Begiristain, was full of praise for the new signing,": a clause)


@lru_cache(maxsize=256)
def _appositive_pattern(roles: frozenset[str]) -> regex.Pattern:
    name = r"\p{Lu}[\p{L}’'.\-]+(?:\s+\p{Lu}[\p{L}’'.\-]+){1,3}"
    role = r"(?i:" + lx.alternation(tuple(roles)) + r")"
    return regex.compile(r"(?<![\p{L}’'])" + role + r"\s*,\s+(?P<name>" + name + r")\s*,"
                         r"|(?P<name2>" + name + r"),\s+(?:(?:(?!(?:" + _AUX + r")\b)[^,.;:\n]){0,60}?\s)?" + role + r"\b(?=\s*[,.])")


def _titled_later(r: Resolver, desc: str, head: str, lo: int, hi: int) -> Mention | None:
    """The one full name after ``lo`` titled with the description's role (or a
    synonym: "the FC Goa gaffer" … "coach Derrick Pereira", "its chief executive" …
    "CEO Jeffrey Immelt"); none if several people are titled so."""
    low = desc.lower()
    titles = {head} | set(lx.ROLE_SYNONYMS.get(head, ())) | {t for key, ts in lx.TITLE_SYNONYMS.items() if low.endswith(key) for t in ts}
    titles &= lx.FUSED_ROLE_WORDS | lx.TITLE_WORDS
    if not titles or (r.lowered is not None and all(r.lowered.find(t, lo, hi) < 0 for t in titles)):
        return None
    words = desc.split()
    if words[-1].lower() != head:
        return None  # "the Labour MP for Chester": a seat or portfolio names one holder, not any MP
    first, names = None, set()
    for found in _titled_name(frozenset(titles)).finditer(r.text, lo, hi):
        named = r.doc.mention(found.start("name"), found.end("name"))
        if named is not None and named.kind == "name" and len((named.name or "").split()) >= 2:
            first = first or named
            names.add(named.name)
    if first is None or len(names) > 1:
        return None  # (two coaches titled so: which one is unknown)
    # "the New Jersey governor" is not "Florida governor Jeb Bush": a capitalised
    # modifier of the description stands somewhere before the name too
    mods = [w.lower() for w in words[1:-1] if w[:1].isupper()]
    if mods:
        surname = regex.compile(regex.escape(first.name.split()[-1]))
        near = (r.text[max(0, k.start() - MODIFIER_REACH):k.start()].lower()
                for k in surname.finditer(r.text, max(0, lo - NAMED_LATER_REACH), hi))  # (bounded: linear time)
        if not any(w in before for before in near for w in mods):
            return None
    return first


MODIFIER_REACH = 50  # characters before a name where a description's modifier may stand ("East Bengal's Robbie Fowler")


@lru_cache(maxsize=256)
def _titled_name(titles: frozenset[str]) -> regex.Pattern:
    # (within a line: a headline ending "… Vacation Bench" titles no dateline "New Delhi")
    return regex.compile(r"(?<![\p{L}’'])(?i:" + lx.alternation(tuple(titles)) + r")[ \t]+"
                         r"(?P<name>\p{Lu}[\p{L}’'.\-]+(?:[ \t]+\p{Lu}[\p{L}’'.\-]+){1,3})")
_COMMA_THEN_CAPITAL = regex.compile(r"\s*,\s+\p{Lu}")
_SPACE_THEN_CAPITAL = regex.compile(r"\s+\p{Lu}")
_COMMA_THEN_DETERMINER = regex.compile(r"(?r),\s+(?i:(?:" + lx.alternation(lx.REFERRING_DETERMINERS) + r"))\s+$")


def _may_be_named_after(r: Resolver, desc: str, core: str, lo: int, hi: int) -> bool:
    """False only when `_named_after` (``desc``) cannot match in ``text[lo:hi]``: each
    of its matches holds ``core`` (``desc`` without its determiner), either ending
    the description before ", First Last," or after ", First Last, the".  Compiling
    that pattern costs far more than looking at the few places ``core`` occurs.

    The places are found in the lower-cased text, which finds every case-insensitive
    match of an ASCII ``core`` (but for a long s, "ſ", which is looked for); for
    anything else the answer is True, and the pattern decides."""
    text, low = r.text, r.lowered
    if low is None or not core.isascii() or text.find("ſ", lo, hi) >= 0:
        return True
    after = desc.endswith(core)  # else a match may hold the description without ``core``: not decided here
    if not after:
        return True
    key = core.lower()
    i = low.find(key, lo, hi)
    while i >= 0:
        if (_COMMA_THEN_CAPITAL.match(text, i + len(key), hi) or _COMMA_THEN_DETERMINER.search(text, lo, i)
                or _SPACE_THEN_CAPITAL.match(text, i + len(key), hi)):
            return True
        i = low.find(key, i + 1, hi)
    return False


@lru_cache(maxsize=1024)
def _named_after(description: str) -> regex.Pattern:
    """``DESCRIPTION, First Last,`` or ``First Last, DESCRIPTION`` (its role words
    after any determiner), in any case."""
    name = r"(?P<name>\p{Lu}[\p{L}’'.\-]+(?:\s+\p{Lu}[\p{L}’'.\-]+){1,3})"
    words = description.split()
    rest = regex.escape(" ".join(words[1:])) if words[0].lower() in lx.REFERRING_DETERMINERS | lx.POSSESSIVE_DETERMINERS else regex.escape(description)
    return regex.compile(r"(?i:\b" + regex.escape(description) + r")\s*,\s+" + name + r"\s*,"
                         r"|" + name.replace("name>", "name2>") + r",\s+(?i:(?:" + lx.alternation(lx.REFERRING_DETERMINERS) + r")\s+" + rest + r")\b"
                         r"|(?<![\p{L}’'])(?i:" + rest + r")\s+" + name.replace("name>", "name3>"))  # "Mayor Ruth Warren"


@strategy("not-a-source", "definite", "indefinite",
          example=("The blizzard of criticism suggested that the campaign was rattled.", None), rejects=True)
def _not_a_source(r: Resolver, m: Mention, speaking: bool) -> _Nobody | None:
    """``The blizzard of criticism suggested that ...``: a description that names no
    person, group, institution or document is a thing, not a source; the statement
    stays, without a speaker."""
    if source_noun(m.head):
        return None  # (a group named by what its people share: "those surveyed", head "people")
    phrase = (m.role or m.text).split()
    if m.head not in lx.PARTITIVE_HEADS:
        # "the blizzard of tweets", "the dissolution of parliament": the head names a
        # thing whatever its modifier holds; only a partitive ("a number of voters",
        # "a copy of the memo") finds its source after "of".
        low = [w.lower() for w in phrase]
        at = next((i for i, w in enumerate(low) if w.strip(",.;:’'") == m.head), 0)
        cut = next((i for i in range(at + 1, len(low)) if low[i] in lx.MODIFIER_OPENERS), len(phrase))
        phrase = phrase[:cut]
    words = [w.lower() for w in _HYPHENATED.findall(" ".join(phrase))] or [m.head.lower()]  # ("post-Brexit" is no "post")
    if is_quantity(m.role or m.text) or any(w in lx.PRONOUNS or w in lx.QUANTITY_OPENERS or source_noun(w) for w in words):
        return None  # "half of voters", "a copy of the letter": the source is in the phrase
    if any(w[:1].isupper() and not _POSSESSIVE_S.search(w) for w in phrase[1:]):
        return None  # a capitalised word may name people or an institution: "a German" (not "the FBI's probe")
    return NOBODY


@strategy("description", "definite", "indefinite",
          example=("“We will not back down,” a security official said.", "a security official"))
def _description(r: Resolver, m: Mention, speaking: bool) -> Entity:
    """``a security official``: a new anonymous source named by its description (and
    a definite one that refers to nobody met before, "the retired general")."""
    return r.anonymous(m)


@lru_cache(maxsize=1 << 16)
def _words(s: str | None) -> frozenset[str]:
    if not s:
        return frozenset()
    return frozenset(w.lower() for w in _LETTERS.findall(_POSSESSIVE_S.sub("", s)))


@lru_cache(maxsize=1 << 16)
def _same_word(a: str, b: str) -> bool:
    a, b = slug(a), slug(b)
    if a == b:
        return True
    return len(a) >= 4 and len(b) >= 4 and a[0] == b[0] and skeleton(a) == skeleton(b)
