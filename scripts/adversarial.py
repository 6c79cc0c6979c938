"""Time extraction on adversarial inputs and print a Markdown table: is it linear?

    python scripts/adversarial.py [--sizes 0.5,1,2] [--runs 3] [--patterns a,b] [--limit 60] [--json]

Each input repeats one unit that trips quote extractors (cue verbs without quotes,
quotes that never close, runs of every quotation mark and dash, thousands of
capitalised names, transcript labels ...) and is cut to exactly the target size in
characters (1 MB = 1,000,000 characters); a realistic control repeats the seeds.
Every measurement runs in a fresh subprocess and times `extract()` alone (input
building and a warm-up call excluded); a row reports the median seconds at each
size, the growth per doubling of the size, MB/s, and "ok" only when 1 MB takes
under 3 s and no doubling more than 2.5 times the time.  `tests/test_linear.py`
checks the same units deterministically, by counting work steps.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MB = 1_000_000  # characters
BUDGET_PER_MB = 3.0  # seconds for one MB at the reference size
MAX_DOUBLING = 2.5  # time(2n) / time(n)
STARTUP_GRACE = 15.0  # seconds a killed subprocess may spend importing and building input

# The repeated units; `tests/test_linear.py` imports this table.
UNITS: dict[str, str] = {
    "said-he-said": "said he said, ",
    "open-quote-said-that": "“He said that the ",
    "marks-and-dashes": "“”\"„«»‘’'`‚‹›″—–-―''``",
    "nested-unclosed": "“He said “she said ‘they said «we ",
    "names": "John Smith Mary Jones Ahmed Khan ",
    "label": "Khan: ",
    "label-lines": "KHAN: yes.\n",
    "according-to": "according to officials, ",
    "yes-said-khan": "“Yes,” said Ahmed Khan. ",
    "he-said-that": "He said that the ",
    # one surname speaking again and again: every mention goes through resolution
    "surname-speaker": "“Talks have begun,” Akram said. ",
    # the benchmark's long article: a quotation and reported speech per paragraph
    # single marks as quotation marks and as apostrophes, in one endless paragraph
    "single-quotes": "'Talks have begun,' Akram said. ",
    "possessives-and-openers": "the players' union 'fights the '90s ",
    # a sentence end, then a run of straight apostrophes ("''" and "'" overlap):
    # exponential in the run's length before the closing marks were taken possessively
    "stop-then-apostrophes": "We don't advocate!" + "'" * 24 + " and ",
    "statement-paragraphs": "“Talks have begun and will go on,” the official said. Akram said that progress was slow.\n\n",
}

_SYLLABLES = [c + v for c in "bdfghjklmnprstvz" for v in "aeiou"] + ["ang", "ell", "ish", "om", "ur"]


def repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def distinct_names(size: int, seed: int = 0) -> str:
    """'Bakoru Tenimal Sovi Darek ...': capitalised first-and-last names, never the
    same name twice, drawn from a seeded syllable list (same text on every run)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    parts: list[str] = []
    length = 0
    while length < size:
        name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        if name in seen:
            continue
        seen.add(name)
        parts.append(name + " ")
        length += len(name) + 1
    return "".join(parts)[:size]


def news(size: int) -> str:
    """The seed articles, separated by blank lines, repeated to ``size``."""
    seeds = [p.read_text(encoding="utf-8").strip() for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return repeat_to("\n\n".join(seeds) + "\n\n", size)


def _repeated(unit: str) -> Callable[[int], str]:
    return lambda size: repeat_to(unit, size)


BUILDERS: dict[str, Callable[[int], str]] = {name: _repeated(unit) for name, unit in UNITS.items()}
BUILDERS["names-distinct"] = distinct_names
BUILDERS["news-control"] = news


def run_one(pattern: str, size: int) -> None:
    """The hidden ``--one`` mode: print the seconds one `extract()` call takes."""
    from extract import extract

    text = BUILDERS[pattern](size)
    assert len(text) == size, (pattern, len(text), size)
    extract("“Talks have begun,” the official said.")  # one-time setup is not the input's cost
    t0 = time.perf_counter()
    extract(text)
    print(f"{time.perf_counter() - t0:.6f}")


def measure(pattern: str, size: int, limit: float) -> float | None:
    """Seconds for one run in a fresh interpreter; None when it was killed past the limit."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--one", pattern, str(size)]
    try:
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True,
                             timeout=limit + STARTUP_GRACE)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as e:
        sys.exit(f"{pattern} at {size:,} chars failed:\n{e.stderr}")
    return float(out.stdout.split()[-1])


def per_doubling(s1: int, t1: float, s2: int, t2: float) -> float:
    """time(2n)/time(n) implied by two measurements (exactly t2/t1 when s2 == 2*s1)."""
    t1, t2 = max(t1, 1e-9), max(t2, 1e-9)
    return 2 ** (math.log(t2 / t1) / math.log(s2 / s1))


def bench(pattern: str, sizes: list[int], runs: int, limit: float) -> dict:
    times: dict[int, float | None] = {}
    status: dict[int, str] = {}
    stopped = False
    for size in sizes:
        if stopped:
            times[size], status[size] = None, "skipped (> limit)"
            continue
        got: list[float] = []
        killed = False
        for _ in range(runs):
            secs = measure(pattern, size, limit)
            if secs is None:  # killed: slower than the limit, the time is unknown
                killed = True
                break
            got.append(secs)
            if secs > limit:
                break
        stopped = killed or max(got, default=0) > limit
        if got:
            times[size], status[size] = statistics.median(got), "ok" if not stopped else "> limit"
        else:
            times[size], status[size] = None, f"killed (> {limit:g} s)"
        print(f"  {pattern} @ {size / MB:g} MB: {_cell(times[size], status[size])}", file=sys.stderr)
    ratios = {f"{b / MB:g}/{a / MB:g}": per_doubling(a, times[a], b, times[b])
              for a, b in itertools.pairwise(sizes) if times[a] is not None and times[b] is not None}
    ref = min(sizes, key=lambda s: abs(math.log(s / MB)))  # the size nearest 1 MB
    t_ref = times[ref]
    verdict = ("ok" if t_ref is not None and all(v == "ok" for v in status.values())
               and t_ref < BUDGET_PER_MB * ref / MB and all(r <= MAX_DOUBLING for r in ratios.values())
               else "FAIL")
    return {
        "pattern": pattern,
        "seconds": {f"{s / MB:g}": times[s] for s in sizes},
        "status": {f"{s / MB:g}": status[s] for s in sizes},
        "per_doubling": ratios,
        "reference_mb": ref / MB,
        "mb_per_s": (ref / MB) / t_ref if t_ref else None,
        "verdict": verdict,
    }


def _cell(secs: float | None, status: str) -> str:
    if secs is None:
        return status
    return f"{secs:.3f}" + (f" ({status})" if status != "ok" else "")


def table(rows: list[dict], sizes: list[int]) -> str:
    keys = [f"{s / MB:g}" for s in sizes]
    pairs = [f"{b / MB:g}/{a / MB:g}" for a, b in itertools.pairwise(sizes)]
    ref = rows[0]["reference_mb"] if rows else 1
    head = (["pattern"] + [f"s @ {k} MB" for k in keys] + [f"×{p}" for p in pairs]
            + [f"MB/s @ {ref:g} MB", "verdict"])
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] + ["---:"] * (len(head) - 2) + ["---"]) + "|"]
    for r in rows:
        cells = [r["pattern"]] + [_cell(r["seconds"][k], r["status"][k]) for k in keys]
        cells += [f"{r['per_doubling'][p]:.2f}" if p in r["per_doubling"] else "–" for p in pairs]
        cells += [f"{r['mb_per_s']:.2f}" if r["mb_per_s"] else "–", r["verdict"]]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="0.5,1,2", help="comma list of sizes in MB (1 MB = 1,000,000 chars)")
    ap.add_argument("--runs", type=int, default=3, help="runs per size; the median is reported")
    ap.add_argument("--patterns", default=",".join(BUILDERS), help="comma list of: " + ", ".join(BUILDERS))
    ap.add_argument("--limit", type=float, default=60.0,
                    help="seconds; a run slower than this skips the pattern's larger sizes")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON instead of a table")
    ap.add_argument("--one", nargs=2, metavar=("PATTERN", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.one:
        run_one(args.one[0], int(args.one[1]))
        return
    sizes = sorted({round(float(s) * MB) for s in args.sizes.split(",") if s.strip()})
    patterns = [p.strip() for p in args.patterns.split(",") if p.strip()]
    unknown = [p for p in patterns if p not in BUILDERS]
    if unknown or not sizes or min(sizes) <= 0:
        ap.error(f"unknown patterns {unknown}" if unknown else "--sizes must be positive")
    header = (f"{os.cpu_count()} CPUs, Python {platform.python_version()}; median of {args.runs} "
              f"run(s), limit {args.limit:g} s; ok = under {BUDGET_PER_MB:g} s per MB and "
              f"≤ {MAX_DOUBLING:g}× per doubling")
    rows = [bench(p, sizes, args.runs, args.limit) for p in patterns]
    if args.json:
        print(json.dumps({"cpus": os.cpu_count(), "python": platform.python_version(),
                          "runs": args.runs, "limit": args.limit, "rows": rows}, indent=2))
    else:
        print(header + "\n")
        print(table(rows, sizes))


if __name__ == "__main__":
    main()
