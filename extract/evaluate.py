"""Score the extractor against gold attributions in PolNeAR's JSON-lines format.

The matching rule (see the corpus README): predictions and gold spans are paired
one-to-one per article, greedily by largest character overlap, when the overlap is at
least half the shorter span; kinds need not agree.  An unmatched prediction lying
at least 80% inside a gold span is a correct fragment of it (counts for precision,
not again for recall).  Speaker accuracy is judged on matched pairs whose gold source
is usable.  GenderGapTracker's looser rule (overlap > 30% of the gold span) is
reported beside it for comparison with published figures.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .extractor import Quote, extract

PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "their", "its", "me", "us", "hers", "theirs", "our", "my"})
FUNCTION_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those", "another", "some", "one", "two", "many", "several", "other", "both", "all"})
_TOKEN = regex.compile(r"[\p{L}\p{N}]+")
# Generational suffixes are not last names: Brent Bozell III is judged by "Bozell".
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
# A company's legal form names no one: "Globex Holdings Inc." is judged by "Holdings".
LEGAL_FORMS = frozenset({"inc", "ltd", "llc", "llp", "plc", "corp", "co", "corporation", "incorporated", "limited"})
GROUPS: dict[str, tuple[str, ...]] = {
    "direct": ("direct",),
    "mixed+indirect": ("mixed", "indirect"),
    "all": ("direct", "mixed", "indirect"),
}


class _Counts:
    """Counters that add up field by field across articles."""

    def add(self, other: "_Counts") -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))


@dataclass
class Tally(_Counts):
    gold: int = 0
    matched_gold: int = 0
    predicted: int = 0
    correct_predicted: int = 0
    speaker_scored: int = 0
    speaker_right: int = 0
    e2e_right: int = 0  # gold statements matched with the right speaker
    e2e_right_predicted: int = 0  # predictions matched (or fragments) with the right speaker
    loose_matched_gold: int = 0
    loose_correct_predicted: int = 0

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def scores(self) -> dict[str, float | int]:
        p = self.correct_predicted / self.predicted if self.predicted else 0.0
        r = self.matched_gold / self.gold if self.gold else 0.0
        ep = self.e2e_right_predicted / self.predicted if self.predicted else 0.0
        er = self.e2e_right / self.gold if self.gold else 0.0
        lp = self.loose_correct_predicted / self.predicted if self.predicted else 0.0
        lr = self.loose_matched_gold / self.gold if self.gold else 0.0
        return {
            "gold": self.gold, "predicted": self.predicted,
            "precision": p, "recall": r, "f1": self._f1(p, r),
            "speaker_accuracy": self.speaker_right / self.speaker_scored if self.speaker_scored else 0.0,
            "speaker_scored": self.speaker_scored,
            "e2e_f1": self._f1(ep, er),
            "ggt_f1": self._f1(lp, lr),
        }


@dataclass
class Report:
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in GROUPS})
    articles: int = 0
    by_rule: dict[str, "RuleTally"] = field(default_factory=dict)
    by_resolution: dict[str, "RuleTally"] = field(default_factory=dict)

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        return {k: t.scores() for k, t in self.tallies.items()}

    def provenance_dict(self) -> dict[str, dict[str, dict[str, float | int]]]:
        return {"rules": {k: t.scores() for k, t in sorted(self.by_rule.items())},
                "resolved_by": {k: t.scores() for k, t in sorted(self.by_resolution.items())}}

    def table(self) -> str:
        head = f"{'kind':<16}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}{'spkAcc':>8}{'e2eF1':>7}{'ggtF1':>7}"
        lines = [f"PolNeAR-style evaluation over {self.articles} articles", head]
        for k, s in self.as_dict().items():
            lines.append(
                f"{k:<16}{s['gold']:>6}{s['predicted']:>6}{s['precision']:>7.3f}{s['recall']:>7.3f}"
                f"{s['f1']:>7.3f}{s['speaker_accuracy']:>8.3f}{s['e2e_f1']:>7.3f}{s['ggt_f1']:>7.3f}"
            )
        return "\n".join(lines)

    def provenance_table(self) -> str:
        """Per rule and per resolution strategy: how many statements, their precision
        and their speaker accuracy, weakest precision first within each part."""
        lines = []
        for title, table in (("attribution rule", self.by_rule), ("speaker resolved by", self.by_resolution)):
            lines.append(f"{title:<30}{'pred':>6}{'P':>7}{'spkN':>6}{'spkAcc':>8}")
            rows = sorted(table.items(), key=lambda kv: (-kv[1].predicted, kv[0]))
            for k, t in rows:
                s = t.scores()
                acc = f"{s['speaker_accuracy']:>8.3f}" if s["speaker_scored"] else f"{'-':>8}"
                lines.append(f"{k:<30}{s['predicted']:>6}{s['precision']:>7.3f}{s['speaker_scored']:>6}{acc}")
            lines.append("")
        return "\n".join(lines).rstrip()


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _greedy(preds: list[tuple[int, int]], golds: list[tuple[int, int]], ok: Callable[[tuple[int, int], tuple[int, int], int], bool]) -> dict[int, int]:
    """One-to-one pairs (pred index -> gold index), largest overlap first."""
    cands = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            ov = _overlap(p, g)
            if ov > 0 and ok(p, g, ov):
                cands.append((-ov, i, j))
    cands.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: dict[int, int] = {}
    for _, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs[i] = j
    return pairs


def usable_source(gold: dict) -> str | None:
    """The gold source to judge a speaker by, or None when it cannot be judged."""
    src = gold.get("source_resolved") or gold.get("source")
    if not src or len(src) > 80:
        return None
    if src.strip().lower() in PRONOUNS:
        return None
    return src


def _names_someone(src: str) -> bool:
    for w in regex.findall(r"[\p{L}][\p{L}’'\-.]*", src):
        if w[0].isupper() and w.lower() not in PRONOUNS and w.lower() not in FUNCTION_WORDS:
            return True
    return False


def speaker_right(q: Quote, src: str) -> bool:
    """Whether the predicted speaker agrees with a usable gold source."""
    words = {w.lower() for w in regex.findall(r"[\p{L}\p{N}]+", src)}
    sp = q.speaker
    if _names_someone(src):
        if sp is None:
            return False
        # (an organisation named with its acronym, "News Agency of Nigeria (NAN)", is
        # named by either)
        full, _, acronym = sp.name.partition(" (")
        for part in (full, acronym):
            last = [w for w in _TOKEN.findall(part) if w.lower() not in NAME_SUFFIXES and w.lower() not in LEGAL_FORMS]
            if last and last[-1].lower() in words:
                return True
        return False
    if sp is None or sp.kind == "anonymous":
        return True
    # "The prediction" is the speaker and the mention that names it: resolving "the
    # president" to Barack Obama still identifies the gold source "the president".
    content = words - FUNCTION_WORDS
    said = f"{sp.name} {q.speaker_mention or ''}"
    return bool({w.lower() for w in _TOKEN.findall(said)} & content)


@dataclass
class RuleTally(_Counts):
    """How one rule (or resolution strategy) did: statements it produced, how many
    lie on a gold attribution, and its speaker accuracy on those with a usable source."""

    predicted: int = 0
    correct: int = 0
    speaker_scored: int = 0
    speaker_right: int = 0

    def scores(self) -> dict[str, float | int]:
        return {
            "predicted": self.predicted,
            "precision": self.correct / self.predicted if self.predicted else 0.0,
            "speaker_scored": self.speaker_scored,
            "speaker_accuracy": self.speaker_right / self.speaker_scored if self.speaker_scored else 0.0,
        }


@dataclass
class Matching:
    """The one-to-one pairs (prediction index -> gold index) of an article, by the
    corpus rule, and the unpaired predictions that are fragments of a gold span."""

    pairs: dict[int, int]
    fragment: set[int]
    loose: dict[int, int]
    loose_fragment: set[int]


def match(gold: list[dict], preds: list[Quote]) -> Matching:
    pspans = [(q.start, q.end) for q in preds]
    gspans = [(g["start"], g["end"]) for g in gold]
    pairs = _greedy(pspans, gspans, lambda p, g, ov: ov >= 0.5 * min(p[1] - p[0], g[1] - g[0]))
    loose = _greedy(pspans, gspans, lambda p, g, ov: ov > 0.3 * (g[1] - g[0]))

    def inside(i: int) -> bool:
        p = pspans[i]
        return any(_overlap(p, g) >= 0.8 * (p[1] - p[0]) for g in gspans)

    fragment = {i for i in range(len(pspans)) if i not in pairs and inside(i)}
    loose_fragment = {i for i in range(len(pspans)) if i not in loose and inside(i)}
    return Matching(pairs, fragment, loose, loose_fragment)


def score_article(text: str, gold: list[dict], preds: list[Quote], m: Matching | None = None) -> dict[str, Tally]:
    out = {k: Tally() for k in GROUPS}
    m = m or match(gold, preds)
    pairs, fragment, loose, loose_fragment = m.pairs, m.fragment, m.loose, m.loose_fragment
    matched_gold = {j: i for i, j in pairs.items()}
    loose_gold = set(loose.values())
    for group, kinds in GROUPS.items():
        t = out[group]
        for j, g in enumerate(gold):
            if g["kind"] not in kinds:
                continue
            t.gold += 1
            if j in loose_gold:
                t.loose_matched_gold += 1
            if j not in matched_gold:
                continue
            t.matched_gold += 1
            src = usable_source(g)
            if src is None:
                t.e2e_right += 1
                continue
            t.speaker_scored += 1
            if speaker_right(preds[matched_gold[j]], src):
                t.speaker_right += 1
                t.e2e_right += 1
        for i, q in enumerate(preds):
            if q.kind not in kinds:
                continue
            t.predicted += 1
            if i in pairs or i in fragment:
                t.correct_predicted += 1
                if _speaker_right_for(gold, preds, i, pairs.get(i)):
                    t.e2e_right_predicted += 1
            if i in loose or i in loose_fragment:
                t.loose_correct_predicted += 1
    return out


def _speaker_right_for(gold: list[dict], preds: list[Quote], i: int, j: int | None) -> bool:
    """Whether prediction ``i`` names the source of its gold statement ``j`` (for a
    fragment, of the gold span holding most of it): end-to-end precision counts
    predictions, so that a kind's figure never exceeds its number of predictions."""
    if j is None:
        p = (preds[i].start, preds[i].end)
        j = max(range(len(gold)), key=lambda k: _overlap(p, (gold[k]["start"], gold[k]["end"])))
    src = usable_source(gold[j])
    return src is None or speaker_right(preds[i], src)


def score_provenance(gold: list[dict], preds: list[Quote], m: Matching, key: Callable[[Quote], str | None]) -> dict[str, RuleTally]:
    """Per value of ``key`` (a quote's rule, or how its speaker was resolved):
    statements, correct ones, and speaker accuracy on matched pairs."""
    out: dict[str, RuleTally] = {}
    for i, q in enumerate(preds):
        k = key(q)
        if k is None:
            continue
        t = out.setdefault(k, RuleTally())
        t.predicted += 1
        if i in m.pairs or i in m.fragment:
            t.correct += 1
        if i in m.pairs:
            src = usable_source(gold[m.pairs[i]])
            if src is not None:
                t.speaker_scored += 1
                t.speaker_right += speaker_right(q, src)
    return out


def read_gold(path: str | Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from None
            if not isinstance(doc, dict) or "text" not in doc or "quotes" not in doc:
                raise ValueError(f"{path}:{n}: expected an object with 'text' and 'quotes'")
            yield doc


def evaluate(docs: Iterable[dict], extractor: Callable[[str], list[Quote]] = extract) -> Report:
    report = Report()
    for doc in docs:
        gold = doc["quotes"]
        preds = extractor(doc["text"])
        m = match(gold, preds)
        for group, t in score_article(doc["text"], gold, preds, m).items():
            report.tallies[group].add(t)
        for table, key in ((report.by_rule, _rule_of), (report.by_resolution, _resolved_by)):
            for k, t in score_provenance(gold, preds, m, key).items():
                table.setdefault(k, RuleTally()).add(t)
        report.articles += 1
    return report


def _rule_of(q: Quote) -> str:
    return q.rule


def _resolved_by(q: Quote) -> str:
    return q.resolved_by or "(no speaker)"
