"""How a build on a Dask cluster scales with its workers, and what the writer sustains.

    python scripts/bench_dask.py CORPUS.jsonl [--workers 1,2,4] [--runs 3]

For each worker count it starts a real `dask scheduler` and that many single-threaded
`dask worker` processes on 127.0.0.1, runs `quotedb build CORPUS --scheduler ...` as
a separate process (median wall time of --runs runs), and stops the cluster.  Then it
measures the single writer alone: the corpus is extracted once in this process, and
the time to write the results to a fresh database (with the final linking pass) gives
the rows per second the writer sustains, the ceiling of any cluster's throughput.
Needs `pip install 'quotedb[dask]'`.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import linking  # noqa: E402
from extract.database import Writer, create_schema, process  # noqa: E402
from extract.reading import Article, read_all  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cluster_build(corpus: str, workers: int, runs: int) -> float:
    bin_dir = Path(sys.executable).parent
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [subprocess.Popen([str(bin_dir / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--dashboard-address", ":0"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        time.sleep(1.5)
        procs.append(subprocess.Popen([str(bin_dir / "dask"), "worker", address, "--nworkers", str(workers),
                                       "--nthreads", "1", "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from distributed import Client
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(workers, timeout=120)
        times = []
        with tempfile.TemporaryDirectory() as tmp:
            for _ in range(runs):
                t0 = time.perf_counter()
                subprocess.run([str(bin_dir / "quotedb"), "build", corpus, "--db", f"{tmp}/d.db", "--rebuild",
                                "--scheduler", address], check=True, capture_output=True)
                times.append(time.perf_counter() - t0)
        return statistics.median(times)
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            p.wait(timeout=30)


def writer_rate(corpus: str, runs: int) -> tuple[float, int, float]:
    """Seconds to write the extracted corpus (median), rows written, and the seconds
    of the linking pass alone."""
    done = [process(a) for a in read_all([corpus]) if isinstance(a, Article)]
    times, links = [], []
    rows = 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            import sqlite_utils
            db = sqlite_utils.Database(f"{tmp}/w.db")
            db.conn.execute("pragma journal_mode = memory")
            db.conn.execute("pragma synchronous = off")
            create_schema(db)
            w = Writer(db)
            t0 = time.perf_counter()
            rows = 0
            for d in done:
                rows += 1 + w.write(d.article, d.quotes, d.title)
            t1 = time.perf_counter()
            linking.link(db)
            t2 = time.perf_counter()
            times.append(t2 - t0)
            links.append(t2 - t1)
            db.close()
    return statistics.median(times), rows, statistics.median(links)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--workers", default="1,2,4")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    n = sum(1 for line in open(args.corpus, encoding="utf-8") if line.strip())
    for w in (int(x) for x in args.workers.split(",")):
        secs = cluster_build(args.corpus, w, args.runs)
        print(f"dask, {w} worker(s): {secs:6.1f} s  {n / secs:6.0f} articles/s")
    secs, rows, link = writer_rate(args.corpus, args.runs)
    print(f"writer alone: {secs:6.1f} s for {rows:,} article and quote rows = {rows / secs:,.0f} rows/s "
          f"({n / secs:,.0f} articles/s; linking pass {link:.1f} s of it)")


if __name__ == "__main__":
    main()
