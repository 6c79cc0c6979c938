"""Benchmark whole builds at scale: throughput, peak memory, unchanged rebuilds.

    python scripts/bench_build.py --sizes 10000,100000 [--jobs 2] [--runs 3]

Generates a synthetic corpus per size (JSON lines, written once to --work): each
article recombines paragraphs of the seeds (and of --corpus, PolNeAR by default,
read at run time and never stored in the project) and opens with a quote by a
speaker drawn from a long-tailed (Zipf) pool of generated names, so the speaker
count grows with the corpus as in real news.  For each size it runs
`quotedb build` as a separate process (a fresh build, then an unchanged rebuild of
the same database) and reports the median wall time of --runs runs, MB/s,
articles/s, quotes, and the peak resident memory of the whole process tree
(the writer plus its extraction workers), sampled from /proc every 0.1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST = ["Amina", "Bilal", "Carla", "Dmitri", "Esther", "Farid", "Grace", "Hassan", "Ines", "Jorge", "Kiran", "Lena",
         "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wen", "Yusuf", "Zofia"]
LAST = ["Abbasi", "Brennan", "Castillo", "Dubois", "Eriksen", "Farooqui", "Gallagher", "Haddad", "Ivanova", "Jansen",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quraishi", "Rossi", "Santos", "Tanaka",
        "Usman", "Varga", "Whitfield", "Xu", "Yilmaz", "Zeller"]
CLAIMS = ["The talks will resume next week", "We have done nothing wrong", "The budget is balanced at last",
          "Our team played its best game of the season", "The court got this one wrong", "Prices will fall by spring"]


def paragraphs(corpus: Path | None) -> list[str]:
    paras: list[str] = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        paras += [line for line in p.read_text(encoding="utf-8").splitlines() if len(line.split()) > 8]
    if corpus and corpus.exists():
        with corpus.open(encoding="utf-8") as fh:
            for line in fh:
                paras += [x for x in json.loads(line)["text"].splitlines() if len(x.split()) > 8]
    return paras


def speaker(rng: random.Random, pool: int) -> str:
    """A name from a Zipf-like pool: a few people quoted often, most once."""
    k = min(pool - 1, int(rng.paretovariate(1.1)) - 1)
    return f"{FIRST[k % len(FIRST)]} {LAST[(k // len(FIRST)) % len(LAST)]}{'' if k < len(FIRST) * len(LAST) else '-' + str(k)}"


def generate(path: Path, n: int, paras: list[str], seed: int = 1) -> None:
    rng = random.Random(seed)
    pool = max(1000, n // 2)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            who = speaker(rng, pool)
            body = [f"Report number {i} on the day's news", f"“{rng.choice(CLAIMS)},” {who} said on {rng.choice(['Monday', 'Friday'])}."]
            body += rng.sample(paras, k=min(len(paras), rng.randint(6, 12)))
            out.write(json.dumps({"text": "\n\n".join(body), "url": f"https://news.example/{i}", "outlet": f"Outlet {i % 40}",
                                  "published": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}"}, ensure_ascii=False) + "\n")


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(d))
            rss[int(d)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo += children.get(p, [])
    return total


def run(cmd: list[str]) -> tuple[float, int, str]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(0.1)
    secs = time.perf_counter() - t0
    out, err = proc.communicate()
    if proc.returncode:
        sys.exit(f"{' '.join(cmd)} failed:\n{err}")
    return secs, peak, out.strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000", help="articles per corpus, comma-separated")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "polnear" / "train.jsonl"))
    ap.add_argument("--work", default="/tmp/quotedb-bench")
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    paras = paragraphs(Path(args.corpus))
    quotedb = str(Path(sys.executable).parent / "quotedb")
    print(f"{len(paras)} source paragraphs; jobs={args.jobs}; median of {args.runs} runs")
    for n in (int(x) for x in args.sizes.split(",")):
        corpus = work / f"corpus-{n}.jsonl"
        if not corpus.exists():
            generate(corpus, n, paras)
        mb = corpus.stat().st_size / 1e6
        db = work / f"bench-{n}.db"
        fresh, rebuilt = [], []
        for _ in range(args.runs):
            fresh.append(run([quotedb, "build", str(corpus), "--db", str(db), "--rebuild", "--jobs", str(args.jobs)]))
            rebuilt.append(run([quotedb, "build", str(corpus), "--db", str(db), "--jobs", str(args.jobs)]))
        con = sqlite3.connect(db)
        quotes, speakers = (con.execute(f"select count(*) from {t}").fetchone()[0] for t in ("quotes", "speakers"))
        con.close()
        secs = statistics.median(r[0] for r in fresh)
        again = statistics.median(r[0] for r in rebuilt)
        peak = max(r[1] for r in fresh) / 2**20
        print(f"{n:>9,} articles {mb:8.1f} MB {quotes:>10,} quotes {speakers:>9,} speakers | build {secs:7.1f} s "
              f"{mb / secs:5.2f} MB/s {n / secs:7.0f} art/s {1000 * secs / n:6.2f} ms/article peak {peak:6.0f} MB "
              f"| unchanged rebuild {again:6.1f} s ({100 * again / secs:.0f}% of build) peak {max(r[1] for r in rebuilt) / 2**20:5.0f} MB")


if __name__ == "__main__":
    main()
