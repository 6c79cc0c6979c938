"""Measure extraction speed and memory: median of several runs, never a unit test.

    python scripts/benchmark.py [--runs 5] [--corpus ../shared/polnear/dev.jsonl]

Reports characters per second over the seeds and (when given) a JSON-lines corpus,
the time for one 20 MB article, and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import extract  # noqa: E402


def clear_caches() -> None:
    """Empty the extractor's memo caches, so that every run reads the texts as a
    first pass does (a cache kept from the previous run would answer nearly all)."""
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("extract."):
            for obj in vars(module).values():
                if callable(getattr(obj, "cache_clear", None)):
                    obj.cache_clear()


def timed(texts: list[str], runs: int) -> tuple[float, int]:
    times = []
    n = 0
    for _ in range(runs):
        clear_caches()
        t0 = time.perf_counter()
        n = sum(len(extract(t)) for t in texts)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "polnear" / "dev.jsonl"))
    ap.add_argument("--big-mb", type=float, default=20.0)
    args = ap.parse_args()

    sets = {"seeds": [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]}
    corpus = Path(args.corpus)
    if corpus.exists():
        sets[corpus.name] = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    for name, texts in sets.items():
        chars = sum(map(len, texts))
        secs, quotes = timed(texts, args.runs)
        print(f"{name}: {len(texts)} articles, {chars:,} chars, {quotes} quotes; "
              f"median {secs * 1000:.0f} ms over {args.runs} runs = {chars / secs / 1e6:.2f} M chars/s")
    para = "“Talks have begun and will go on,” the official said. Akram said that progress was slow.\n\n"
    big = "Headline of a very long article\n\n" + para * int(args.big_mb * 1e6 // len(para))
    secs, quotes = timed([big], max(1, args.runs // 2))
    print(f"one {len(big) / 1e6:.0f} MB article: {quotes:,} quotes, median {secs:.1f} s")
    print(f"peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
