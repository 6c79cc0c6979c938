"""The library entry point: a string in, attributed quotes and their speakers out."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from . import quotes
from .mentions import Mention
from .naming import Entity, Resolver


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said something, as far as one article tells."""

    key: str  # unique within the article
    name: str
    kind: str  # person | organization | anonymous
    role: str | None
    gender: str | None


@dataclass(frozen=True, slots=True)
class Quote:
    """One attributed statement; ``text == article[start:end]``."""

    start: int
    end: int
    text: str
    kind: str  # direct | mixed | indirect
    cue: str | None
    speaker: Speaker | None
    speaker_mention: str | None
    paragraph: int

    def to_dict(self) -> dict:
        return asdict(self)


def extract(text: str) -> list[Quote]:
    """Every attributed statement in ``text`` with its speaker, in text order."""
    found, subjects = quotes.find(text)
    resolver = Resolver(text)
    # Resolve attributions and sentence subjects together, in text order, so that
    # recency reflects whoever the text was last about.
    events: list[tuple[int, int, quotes.Found | Mention]] = []
    for f in found:
        pos = f.mention.start if f.mention is not None and f.mention.start < f.start else f.start
        events.append((pos, 0, f))
    for m in subjects:
        events.append((m.start, 1, m))  # a statement's own reading of a span comes first
    events.sort(key=lambda ev: (ev[0], ev[1]))
    by_span: dict[tuple[int, int], Entity | None] = {}  # each mention is resolved once
    resolved: dict[int, Entity | None] = {}
    for _, _, ev in events:
        m = ev.mention if isinstance(ev, quotes.Found) else ev
        entity = None
        if m is not None:
            span = (m.start, m.end)
            if span not in by_span:
                by_span[span] = resolver.resolve(m, speaking=isinstance(ev, quotes.Found))
            entity = by_span[span]
            if entity is not None and m.kind == "name":
                resolver.add_role(entity, m.role)  # another reading of the span may know the title
        if isinstance(ev, quotes.Found):
            resolved[id(ev)] = entity
    # Speakers are frozen only after the whole article is read, so a gender learnt
    # from a later pronoun or a role from a later title reaches every quote.
    frozen = {id(e): Speaker(e.key, e.name, e.kind, e.role, e.gender) for e in resolver.entities}
    return [
        Quote(f.start, f.end, text[f.start:f.end], f.kind, f.cue,
              frozen[id(e)] if e is not None else None,
              f.mention.text if f.mention is not None else None, f.paragraph)
        for f in found
        for e in [resolved[id(f)]]
    ]
