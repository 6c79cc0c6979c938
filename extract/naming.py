"""Work out who each speaker mention refers to, within one article.

Mentions are resolved in text order against the people, organisations and anonymous
sources already met in the article:

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
from bisect import bisect_right
from dataclasses import dataclass, field

import regex

from . import lexicon as lx
from .mentions import Mention, clean_role, looks_like_role, parse, people_noun
from .segment import is_title_line

# A run of capitalised words ending in a name: where people are first introduced.
_NAME_RUN = regex.compile(r"(?:\p{Lu}(?:\.|[\p{L}\p{M}’'\-]*)\s+){1,5}\p{Lu}[\p{L}\p{M}’'\-]+")
_LOWER_WORD = regex.compile(r"(?<![\p{L}’'-])\p{Ll}[\p{Ll}’'-]*")
_MID_CAPS = regex.compile(r"(?<=[\p{Ll}\p{N},;]\s+)\p{Lu}[\p{L}\p{M}’'\-]*")
_NEXT_WORD = regex.compile(r"\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b")
_POSSESSIVE_S = regex.compile(r"[’']s\b")
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_VOWELS = regex.compile(r"[aeiouyh]")
_DOUBLES = regex.compile(r"(.)\1+")
_APPOSITIVE_AFTER = regex.compile(r",\s+([^,.;()]{3,120})")
_LEADING_THE = regex.compile(r"^(?:the|The)\s+")
_LETTERS = regex.compile(r"[\p{L}]+")
_NEWLINE = regex.compile(r"\n")
_FIRST_WORD = regex.compile(r"\s*([\p{L}’'\-.]+)")
_PLACE_PREPOSITION = regex.compile(r"\b(?:in|from|of|at|across)\s+$")
_FULL_NAME = regex.compile(r"(?<=[\p{Ll},;]\s+)\p{Lu}[\p{Ll}’'\-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}’'\-]+){1,2}")
_FOLLOWING_WORD = regex.compile(r"\G\s+([\p{L}’'\-]+)")


@dataclass(slots=True)
class Entity:
    key: str  # article-local key
    name: str
    kind: str  # person | organization | anonymous
    role: str | None = None
    gender: str | None = None
    plural: bool = False
    words: set[str] = field(default_factory=set)  # lower-case words of name/description/role
    last_seen: int = 0
    last_at: int = 0  # where in the text it was last mentioned
    spoke: bool = False  # has been the speaker of a statement
    human: bool = True  # "he"/"she" can refer to it (not "the basic function")

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower() if self.name else ""


def slug(text: str) -> str:
    """A stable, readable id: ``Munir Akram`` -> ``munir-akram``."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = _POSSESSIVE_S.sub("", t.lower())
    t = _NON_WORD.sub("-", t).strip("-")
    return t or "unknown"


def skeleton(word: str) -> str:
    """Consonant skeleton for matching transliteration variants (Yusuf ~ Yousuf)."""
    w = slug(word).replace("-", "")
    w = _VOWELS.sub("", w[1:]) if w else w
    w = _DOUBLES.sub(r"\1", w)
    return (slug(word)[:1] + w) if word else ""


class Resolver:
    """Resolves the mentions of one article, in text order."""

    RECENCY = 64  # entities a reference can reach back to (keeps resolution linear)

    def __init__(self, text: str = "") -> None:
        self.entities: list[Entity] = []
        self.by_key: dict[str, Entity] = {}
        self.by_name: dict[tuple[str, str], Entity] = {}  # (kind, normalised name)
        self.recent: list[Entity] = []  # most recently touched first
        self.tick = 0
        self.text = text
        self._intro: dict[str, list[tuple[str, str | None]]] | None = None
        self._lower: frozenset[str] | None = None
        self._caps: frozenset[str] | None = None
        self._line_starts: list[int] | None = None
        self._title_lines: dict[int, bool] = {}  # line number -> whether a headline

    def _common(self) -> frozenset[str]:
        if self._lower is None:
            self._lower = frozenset(_LOWER_WORD.findall(self.text))
        return self._lower

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

    def _introductions(self) -> dict[str, list[tuple[str, str | None]]]:
        """Full names in the article by the skeleton of their last word, with the
        role in an appositive after them (``Andy Vermaut, a ... expert``).

        A title-case headline runs names into the words around them ("Chris Christie
        Calls Hillary Clinton"), so its names come after the body's and only when
        short enough to be a name alone."""
        if self._intro is None:
            body: list[tuple[str, str, str | None]] = []
            title: list[tuple[str, str, str | None]] = []
            for m in _NAME_RUN.finditer(self.text):
                start = m.start()
                first = _FIRST_WORD.match(self.text, start, m.end())
                if first and first.group(1).lower() in lx.US_STATES and _PLACE_PREPOSITION.search(self.text, max(0, start - 6), start):
                    start = _FIRST_WORD.match(self.text, first.end(), m.end()).start(1)  # "in Ohio Clinton said"
                got = parse(self.text, start, m.end())
                if got is None or got.kind != "name" or not got.name or len(got.name.split()) < 2:
                    continue
                headline = self._on_title_line(m.start())
                if headline and len(got.name.split()) > 3:
                    continue
                role = got.role
                if not role:
                    after = _APPOSITIVE_AFTER.match(self.text, m.end(), m.end() + 140)
                    if after and looks_like_role(after.group(1)):
                        role = clean_role(after.group(1))
                (title if headline else body).append((skeleton(got.name.split()[-1]), got.name, role))
            self._intro = {}
            for key, name, role in body + title:
                self._intro.setdefault(key, []).append((name, role))
        return self._intro

    def _on_title_line(self, pos: int) -> bool:
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in _NEWLINE.finditer(self.text)]
        i = bisect_right(self._line_starts, pos) - 1
        if i not in self._title_lines:
            start = self._line_starts[i]
            end = self._line_starts[i + 1] if i + 1 < len(self._line_starts) else len(self.text)
            self._title_lines[i] = is_title_line(self.text[start:end].rstrip("\n"))
        return self._title_lines[i]

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

    # -- lookup helpers -------------------------------------------------------------
    def _new(self, name: str, kind: str, role: str | None = None, plural: bool = False, words: set[str] | None = None) -> Entity:
        base = slug(name)
        key = base
        n = 2
        while key in self.by_key:
            key = f"{base}-{n}"
            n += 1
        e = Entity(key, name, kind, None, None, plural, words or set())
        self.add_role(e, role)
        self.entities.append(e)
        self.by_key[key] = e
        self.by_name.setdefault((kind, _norm(name)), e)
        self._touch(e)
        return e

    def _touch(self, e: Entity) -> Entity:
        self.tick += 1
        e.last_seen = self.tick
        if self.recent and self.recent[0] is e:
            return e
        try:
            self.recent.remove(e)
        except ValueError:
            pass
        self.recent.insert(0, e)
        del self.recent[self.RECENCY:]
        return e

    def _recent(self, kinds: set[str], plural: bool | None = None) -> list[Entity]:
        return [e for e in self.recent if e.kind in kinds and (plural is None or e.plural == plural)]

    # -- resolution -----------------------------------------------------------------
    def resolve(self, m: Mention | None, speaking: bool = False) -> Entity | None:
        """The entity ``m`` refers to; ``speaking`` marks it as a source of statements,
        which definite descriptions (``the official said``) prefer."""
        e = self._resolve(m, speaking)
        if e is not None:
            e.spoke = e.spoke or speaking
            e.last_at = max(e.last_at, m.end)
        return e

    def _resolve(self, m: Mention | None, speaking: bool) -> Entity | None:
        if m is None:
            return None
        if m.kind == "pronoun":
            return self._pronoun(m)
        if m.kind == "name":
            e = self._person(m, speaking)
            if e is not None and e.gender is None:
                e.gender = self._own_pronoun_gender(m.end)
            return self._touch(e) if e is not None else None
        if m.kind == "organization":
            return self._touch(self._organization(m))
        if m.kind == "definite":
            return self._definite(m)
        return self._touch(self._anonymous(m))

    def _pronoun(self, m: Mention) -> Entity | None:
        if m.head in {"he", "she"}:
            gender = "male" if m.head == "he" else "female"
            for e in self._recent({"person", "anonymous"}, plural=False):
                if e.human and e.gender in (None, gender):
                    if e.gender is None and not self._other_name_between(e, m.start):
                        # Only an unambiguous pronoun says a gender: in "Christie called
                        # Hillary Clinton a disgrace after she attacked ..." it may not.
                        e.gender = gender
                    return self._touch(e)
            return None
        if m.head == "they":
            for e in self._recent({"anonymous", "organization"}):
                if e.human and (e.plural or e.kind == "organization"):
                    return self._touch(e)
            return None
        if m.head == "it":
            for e in self._recent({"organization"}):
                return self._touch(e)
        return None

    def _person(self, m: Mention, speaking: bool = True) -> Entity | None:
        name = m.name or m.text
        parts = name.split()
        if name.lower() in lx.US_STATES:
            return None  # "California", "Ala.": a place, not a source
        if len(parts) >= 2:
            e = self.by_name.get(("person", _norm(name)))
            if e is not None:
                self.add_role(e, m.role)
                return e
            # The tail of a full name already met ("Le Pen" after "Marine Le Pen").
            tail = "-" + _norm(name)
            for e in self._recent({"person"}):
                if ("-" + _norm(e.name)).endswith(tail):
                    self.add_role(e, m.role)
                    return e
            # A longer form of someone met by surname only ("Akram" then "Munir Akram").
            for e in self._recent({"person"}):
                if len(e.name.split()) == 1 and _same_word(e.name, parts[-1]):
                    e.name = name
                    self.by_name.setdefault(("person", _norm(name)), e)
                    e.words |= _words(name)
                    self.add_role(e, m.role)
                    return e
            e = self._new(name, "person", m.role, words=_words(name) | _words(m.role))
            return e
        # A single capitalised word that the article also uses in lower case is a
        # common word at the start of a sentence ("Under", "Millennials"), not a name.
        if name.lower() in self._common():
            return None
        # A single name: a surname (or first name) of someone already met.
        for e in self._recent({"person"}):
            if _same_word(e.surname, name):
                self.add_role(e, m.role)
                return e
        for e in self._recent({"person"}):
            ps = e.name.lower().split()
            if len(ps) > 1 and (name.lower() in ps or any(_same_word(p, name) for p in ps[1:])):
                self.add_role(e, m.role)
                return e
        for full, role in self._introductions().get(skeleton(name), []):
            if _same_word(full.split()[-1], name):
                e = self.by_name.get(("person", _norm(full)))
                if e is not None:
                    return e
                return self._new(full, "person", m.role or role, words=_words(full) | _words(m.role or role))
        if not speaking and name not in self._midsentence() and not self._verb_follows(m.end):
            # A lone capitalised word opening a sentence ("Sometimes", "Footage",
            # "Victims") is a person only if it speaks or the article also capitalises
            # it mid-sentence, as names are.
            return None
        return self._new(name, "person", m.role, words=_words(name) | _words(m.role))

    def _organization(self, m: Mention) -> Entity:
        name = _LEADING_THE.sub("", m.name or m.text)
        e = self.by_name.get(("organization", _norm(name)))
        if e is None:
            e = self._new(name, "organization", words=_words(name))
            e.human = m.head not in lx.DOCUMENT_NOUNS  # "the statement" is no "they"
        return e

    def _anonymous(self, m: Mention) -> Entity:
        desc = m.text
        if desc[:1].isupper() and desc.split()[0].lower() in lx.INDEFINITE_DETERMINERS | {"a", "an"}:
            desc = desc[0].lower() + desc[1:]
        e = self._new(desc, "anonymous", role=None, plural=m.plural, words=_words(m.role or m.text))
        e.human = m.head in lx.ROLE_NOUNS or people_noun(m.head)
        return e

    def _definite(self, m: Mention) -> Entity | None:
        """``the official``: the most recent source described with the same noun, a
        synonym, or (for generic heads) any recent individual of the right number."""
        head = m.head
        mods = _words(m.text) - {head, "the", "this", "that", "these", "those", "his", "her", "their"}
        family = lx.ROLE_SYNONYMS.get(head, frozenset({head}))
        kinds = {"organization"} if head in lx.ORG_NOUNS and head not in lx.ROLE_NOUNS - lx.ORG_NOUNS else {"person", "anonymous"}
        if head in {"campaign", "administration", "government", "ministry", "office", "department", "agency", "party", "committee", "group"}:
            kinds = {"organization", "anonymous"}
        recent = [e for e in self._recent(kinds) if e.plural == m.plural]
        # Sources already quoted come first: "the official said" refers back to a
        # speaker more often than to someone merely mentioned.
        recent.sort(key=lambda e: not e.spoke)
        generic = head in lx.GENERIC_HEADS
        # Best: the same noun (or a synonym) and a shared modifier ("the Taliban official"
        # after "a senior Afghan Taliban cabinet member" shares "Taliban").
        for e in recent:
            if mods & e.words and (family & e.words or generic):
                return self._touch(e)
        for e in recent:
            if family & e.words:
                return self._touch(e)
        if head in lx.GENERIC_HEADS or head in lx.ROLE_SYNONYMS:
            for e in recent:
                if e.kind in {"person", "anonymous"}:
                    return self._touch(e)
        if m.plural or head in lx.ORG_NOUNS:
            # "the sources", "the ministry" with nothing to refer to: a source of its own.
            return self._touch(self._anonymous(m) if m.plural else self._organization(Mention(m.start, m.end, m.text, "organization", head, name=m.text)))
        if head in lx.EPITHET_HEADS:
            # "The Texas senator said": an epithet for the person the text is about.
            for e in recent:
                if e.kind == "person" and len(e.name.split()) >= 1 and (not e.role or family & e.words or mods & e.words or not (_words(e.role) & lx.EPITHET_HEADS)):
                    return self._touch(e)
        # Nobody to refer to: the description itself names the source.
        return self._touch(self._anonymous(m))

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


def _norm(s: str) -> str:
    return slug(s)


def _words(s: str | None) -> set[str]:
    if not s:
        return set()
    return {w.lower() for w in _LETTERS.findall(_POSSESSIVE_S.sub("", s))}


def _same_word(a: str, b: str) -> bool:
    a, b = slug(a), slug(b)
    if a == b:
        return True
    return len(a) >= 4 and len(b) >= 4 and a[0] == b[0] and skeleton(a) == skeleton(b)
