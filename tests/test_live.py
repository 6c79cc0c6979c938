"""A live site (issue 11): while `quotedb build` updates the database a running
`quotedb serve` is serving, every page answers 200, no article appears without its
quotes, and the new articles show within seconds of the build's end, without a
restart."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).parent.parent
QUOTEDB = [sys.executable, "-m", "extract.cli"]
ORPHANS = "select count(*) from articles a where not exists (select 1 from quotes q where q.article_id = a.id)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def sql(base: str, query: str) -> int:
    status, body = get(f"{base}/quotes.json?" + urllib.parse.urlencode({"sql": query, "_shape": "array"}))
    assert status == 200, body[:300]
    return next(iter(json.loads(body)[0].values()))


def test_site_stays_up_and_shows_a_build_without_restart(tmp_path):
    first = tmp_path / "first"
    first.mkdir()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for p in seeds[:2]:
        shutil.copy(p, first)
    for n in range(40):  # enough articles that the build takes a while
        (first / f"extra{n:02d}.txt").write_text(
            f"Round {n} of talks\n\n“Round {n} went well,” Munir Akram said. Officials said that talks would go on.\n",
            encoding="utf-8")
    db = tmp_path / "quotes.db"
    subprocess.run(QUOTEDB + ["build", str(first), "--db", str(db), "--jobs", "1"], check=True, cwd=ROOT, capture_output=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(QUOTEDB + ["serve", "--db", str(db), "--port", str(port), "--metadata", str(ROOT / "metadata.yml")],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                if get(f"{base}/-/versions.json")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        before = sql(base, "select count(*) from articles")
        for p in seeds[2:]:
            shutil.copy(p, first)
        for n in range(40, 80):
            (first / f"extra{n:02d}.txt").write_text(
                f"Round {n} of talks\n\n“Round {n} went well,” Zahra Baloch said. She added that talks would go on.\n",
                encoding="utf-8")
        statuses: list[int] = []
        orphans: list[int] = []
        stop = threading.Event()

        def poll() -> None:
            pages = ["/", "/quotes", "/quotes/quotes?_size=5", "/quotes/speakers?_facet=kind", "/quotes/articles.json"]
            while not stop.is_set():
                for page in pages:
                    statuses.append(get(base + page)[0])
                orphans.append(sql(base, ORPHANS))

        poller = threading.Thread(target=poll)
        poller.start()
        build = subprocess.run(QUOTEDB + ["build", str(first), "--db", str(db), "--jobs", "1"], cwd=ROOT, capture_output=True, text=True)
        done = time.perf_counter()
        assert build.returncode == 0, build.stderr
        after = before
        while time.perf_counter() - done < 10 and after == before:
            after = sql(base, "select count(*) from articles")
            time.sleep(0.1)
        shown_after = time.perf_counter() - done
        stop.set()
        poller.join()
        assert after == before + len(seeds) - 2 + 40, (before, after)
        assert shown_after < 5
        assert statuses and set(statuses) == {200}, sorted(set(statuses))
        assert orphans and set(orphans) == {0}
        # the table counts follow the new file too
        status, body = get(f"{base}/quotes/articles.json?_size=0")
        assert json.loads(body)["filtered_table_rows_count"] == after
    finally:
        server.terminate()
        server.wait(timeout=20)
