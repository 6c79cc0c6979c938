"""Every attribution rule and resolution strategy, tested from its own example.

Each rule in `extract.rules.TABLES` carries a news sentence it handles and what must
come out of it: (kind, text, speaker).  For every rule this module checks that the
example comes out as stated, with the rule named in the provenance, and that it does
*not* come out so when the rule is taken out of its table, so that no test passes
because some other rule happens to cover for a missing one.  The same for the
speaker resolution strategies, whose examples name the speaker they must find.
"""

from __future__ import annotations

import pytest

from extract import extract, rules
from extract.resolution import STRATEGIES

ALL_RULES = [r for table in rules.TABLES.values() for r in table]


def _outcome(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in extract(text)]


def _missing(rule: rules.Rule, got: list[tuple[str, str, str | None]]) -> list[tuple[str, str, str | None]]:
    return [e for e in rule.expect if e not in got]


def _without(monkeypatch, rule: rules.Rule) -> None:
    for stage, table in rules.TABLES.items():
        if rule in table:
            monkeypatch.setitem(rules.TABLES, stage, tuple(r for r in table if r is not rule))


def test_every_rule_is_in_one_table_with_an_example():
    ids = [r.id for r in ALL_RULES]
    assert len(ids) == len(set(ids)) == len(rules.RULES)
    for r in ALL_RULES:
        assert r.example and r.expect, r.id
        assert (r.fn.__doc__ or "").strip(), f"{r.id} has no docstring"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_example_comes_out(rule):
    quotes = extract(rule.example)
    got = [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in quotes]
    assert not _missing(rule, got), f"{rule.id}: expected {rule.expect}, got {got}"
    stamped = {q.rule for q in quotes} | {q.resolved_by for q in quotes}
    assert rule.id in stamped, f"{rule.id} found none of {[(q.text, q.rule, q.resolved_by) for q in quotes]}"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_example_needs_the_rule(rule, monkeypatch):
    _without(monkeypatch, rule)
    got = _outcome(rule.example)
    assert _missing(rule, got), f"{rule.id}: its example still comes out the same without it: {got}"


def _last_speaker(text: str):
    quotes = extract(text)
    q = quotes[-1] if quotes else None
    sp = q.speaker if q else None
    return (sp.name, (sp.key, sp.kind), q.resolved_by) if sp else (None, None, q.resolved_by if q else None)


@pytest.mark.parametrize("strategy", STRATEGIES, ids=lambda s: s.name)
def test_strategy_example_resolves(strategy):
    """The last quotation of the example is resolved by the strategy; for a strategy
    that decides a mention names nobody ("California", a sentence-initial "Sometimes"),
    its example shows the speaker a later pronoun keeps because of it."""
    text, speaker = strategy.example
    name, _, how = _last_speaker(text)
    assert name == speaker, f"{strategy.name}: {text!r} gave {name!r} by {how}"
    if not strategy.rejects:
        assert how == strategy.name, f"{strategy.name}: {text!r} resolved by {how}"


@pytest.mark.parametrize("strategy", STRATEGIES, ids=lambda s: s.name)
def test_strategy_example_needs_the_strategy(strategy, monkeypatch):
    """Without the strategy the last quote's speaker is someone else, or nobody, or a
    new entity of the same name (a second "Munir Akram") or of another kind ("the
    ministry" as an anonymous source, not an organisation): never the same one."""
    text, _ = strategy.example
    name, key, _ = _last_speaker(text)
    monkeypatch.setattr("extract.resolution.STRATEGIES", [s for s in STRATEGIES if s is not strategy])
    without = _last_speaker(text)
    assert without[:2] != (name, key), f"{strategy.name}: {text!r} still resolves to {name} ({key}) without it"
