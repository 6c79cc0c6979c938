"""The library entry point: a string in, attributed quotes and their speakers out.

The pipeline: text → `Document` (paragraphs, sentences, quotations, built once) →
attribution rules (`engine.find` over the tables in `rules`) → speaker mentions →
resolution within the article (`resolution.Resolver`) → `Quote` rows.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from . import engine
from .document import Document
from .mentions import Mention
from .resolution import STRATEGIES, Entity, Resolver
from .rules import TABLES, Statement


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said something, as far as one article tells."""

    key: str  # unique within the article
    name: str
    kind: str  # person | organization | anonymous | document (a report, poll, statement or lawsuit)
    role: str | None
    gender: str | None


@dataclass(frozen=True, slots=True)
class Quote:
    """One attributed statement; ``text == article[start:end]``.

    ``rule`` is the id of the attribution rule that found it (see `rules`);
    ``resolved_by`` names how its speaker was worked out: a resolution strategy
    (``pronoun``, ``surname`` ...) or, when the sentence named nobody, the
    inheritance rule that supplied the speaker (``previous-statement`` ...).  It is
    None exactly when there is no speaker."""

    start: int
    end: int
    text: str
    kind: str  # direct | mixed | indirect
    cue: str | None
    speaker: Speaker | None
    speaker_mention: str | None
    paragraph: int
    rule: str
    resolved_by: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def extract(text: str | Document) -> list[Quote]:
    """Every attributed statement in ``text`` with its speaker, in text order."""
    doc = text if isinstance(text, Document) else Document(text)
    found, subjects = engine.find(doc)
    resolver = Resolver(doc)
    # Resolve attributions and sentence subjects together, in text order, so that
    # recency reflects whoever the text was last about.
    events: list[tuple[int, int, Statement | Mention]] = []
    for f in found:
        # A speaker before its statement is resolved where it stands; a pronoun after
        # it, after the statement's own subjects ("Ms. Nwanguma was shocked …, she
        # said"); any other speaker after it, before them ("Quebec will refuse …, the
        # province's health minister said" is not Quebec's).
        m = f.mention
        pos = m.start if m is not None and (m.start < f.start or m.kind == "pronoun") else f.start
        events.append((pos, 0, f))
    where = {id(f): pos for pos, _, f in events}
    for k, (pos, order, f) in enumerate(events):
        if f.within is not None and id(f.within) in where:
            # speech nested in a quotation is read once its quotation's speaker is known
            # ("“He said, ‘…’” Brady said": "He" is not Brady), and touches no one before
            events[k] = (max(pos, where[id(f.within)]), 2, f)
    for m in subjects:
        events.append((m.start, 1, m))  # a statement's own reading of a span comes first
    events.sort(key=lambda ev: (ev[0], ev[1]))
    by_span: dict[tuple[int, int], tuple[Entity | None, str | None]] = {}  # each mention is resolved once
    spoke_at: dict[int, tuple[str, tuple[Entity | None, str | None]]] = {}  # a speaker's start -> (words, reading)
    resolved: dict[int, tuple[Entity | None, str | None]] = {}
    for _, _, ev in events:
        st = ev if isinstance(ev, Statement) else None  # a statement, or a sentence subject
        m = st.mention if st is not None else ev
        got: tuple[Entity | None, str | None] = (None, None)
        if m is not None:
            span = (m.start, m.end)
            if span not in by_span:
                # A sentence subject read from a speaker's words ("A spokesman" of "A
                # spokesman for SkyWest said") is that speaker, not a second source.
                earlier = spoke_at.get(m.start)
                if earlier is not None and m.text == earlier[0] and st is None:
                    by_span[span] = earlier[1]
                elif st is None:
                    by_span[span] = resolver.resolve(m)
                else:
                    outer = st.within
                    by_span[span] = resolver.resolve(m, speaking=True, cue=st.cue, content=(st.start, st.end),
                                                     quoting=resolved.get(id(outer), (None, None))[0] if outer is not None else None,
                                                     nested=outer is not None)
            got = by_span[span]
            if st is not None and m.start not in spoke_at:
                spoke_at[m.start] = (m.text, got)
            if got[0] is not None and m.kind == "name":
                resolver.add_role(got[0], m.role)  # another reading of the span may know the title
        if st is not None:
            resolved[id(st)] = got
    # Speakers are frozen only after the whole article is read, so a gender learnt
    # from a later pronoun or a role from a later title reaches every quote.
    frozen = {id(e): Speaker(e.key, e.name, e.kind, e.role, e.gender) for e in resolver.entities}
    text = doc.text
    out = []
    for f in found:
        e, how = resolved[id(f)]
        out.append(Quote(f.start, f.end, text[f.start:f.end], f.kind, f.cue,
                         frozen[id(e)] if e is not None else None,
                         f.mention.text if f.mention is not None else None, f.paragraph, f.rule,
                         (f.inherited or how) if e is not None else None))
    return out


def provenance() -> list[dict]:
    """Every value ``Quote.rule`` and ``Quote.resolved_by`` can take, with what it
    means, in the order they are tried: the attribution rules (with their examples)
    and the resolution strategies."""
    rows = [{"id": r.id, "stage": stage, "description": _summary(r.fn), "example": r.example}
            for stage, table in TABLES.items() for r in table]
    rows += [{"id": st.name, "stage": "resolution", "description": _summary(st.fn), "example": None} for st in STRATEGIES]
    for i, row in enumerate(rows):
        row["position"] = i
    assert len({r["id"] for r in rows}) == len(rows), "a rule and a strategy share an id"
    return rows


def _summary(fn) -> str:
    """The first paragraph of a rule's docstring, on one line."""
    return " ".join((fn.__doc__ or "").strip().split("\n\n")[0].replace("``", "").split())


def describe(key: str | None) -> str:
    """What a ``rule`` or ``resolved_by`` value means, in one line."""
    for row in provenance():
        if row["id"] == key:
            return row["description"]
    return key or ""
