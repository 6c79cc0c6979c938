"""Page times of the Datasette site on a synthetic database of 1,000,000 quotes.

    .venv/bin/python scripts/bench_site.py [--quotes 1000000] [--runs 7] [--db /tmp/quotedb-bench/quotes.db]

Builds (once, then reused) a database with quotedb's own schema and a realistic
shape: ~250,000 articles from 40 outlets, thousands of named speakers with a
Zipf-like long tail, anonymous sources that belong to one article, and a mix of
direct, mixed and indirect quotes.  It then serves it two ways side by side over
real HTTP -- ``quotedb serve`` and stock ``datasette serve`` on the same file -- and
reports the median of several loads of each page, after one warm-up load.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import json
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlite_utils  # noqa: E402
import yaml  # noqa: E402

from extract import summaries  # noqa: E402
from extract.database import create_schema, finish, quote_id  # noqa: E402
from extract.serving import datasette_command  # noqa: E402

OUTLETS = [f"Outlet {c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"] + [f"Daily {n}" for n in ("Star", "Post", "Times", "Herald", "Mail", "News", "Wire", "Ledger", "Record", "Courier", "Globe", "Tribune", "Sun", "Mirror")]
CUES = ["said"] * 12 + ["told", "added", "according to", "says", "stressed", "noted", "warned", "insisted", "explained", "claimed"]
KINDS = ["direct"] * 30 + ["mixed"] * 15 + ["indirect"] * 55
RULES = ["trailing-attribution"] * 6 + ["reported-complement"] * 6 + ["fragment-in-reported-speech", "standalone-quotation", "leading-attribution", "according-to-trailing"]
RESOLVED_BY = ["surname"] * 5 + ["pronoun"] * 3 + ["new-full-name", "description", "previous-statement", "role-noun"]
ROLES = ["spokesperson", "minister", "senator", "analyst", "ambassador", "professor", "mayor", None, None]
ANON = ["a senior official", "a security official", "a source familiar with the talks", "a diplomat", "an aide"]
WORDS = ("government policy talks border security economy election climate trade deal peace "
         "agreement military budget reform court ruling vote campaign support attack minister "
         "crisis report investigation health water energy prices taxes schools police protest").split()


FACETS = ("speaker_id", "kind", "cue", "outlet")  # the quotes table's default facets
COMMON = "people"  # in a fifth of all quotes: the common-word search of issue 11


def _sentence(rng: random.Random, common: float = 0.0) -> str:
    n = rng.randint(8, 22)
    words = [rng.choice(WORDS) if rng.random() < 0.1 else f"w{int(rng.paretovariate(1.1)) % 20000}" for _ in range(n)]
    if rng.random() < common:
        words[rng.randrange(n)] = COMMON
    return " ".join(words).capitalize() + "."


def build_synthetic(path: Path, n_quotes: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite_utils.Database(tmp)
    create_schema(db)
    conn = db.conn
    conn.isolation_level = None  # explicit transactions below
    conn.execute("pragma journal_mode = off")
    conn.execute("pragma synchronous = off")
    n_named = max(50, n_quotes // 200)
    named = [(f"person-{i}", f"Person {i} Name{i}", "person" if i % 10 else "organization", rng.choice(ROLES), rng.choice(["male", "female", None])) for i in range(n_named)]
    conn.executemany("insert into speakers (id, name, kind, role, gender) values (?, ?, ?, ?, ?)", named)
    weights = [1.0 / (i + 1) ** 1.05 for i in range(n_named)]
    cum = list(itertools.accumulate(weights))
    made = 0
    art = 0
    conn.execute("begin")
    while made < n_quotes:
        k = min(n_quotes - made, rng.randint(1, 7))
        aid = f"{art:016x}"
        outlet = OUTLETS[min(len(OUTLETS) - 1, int(rng.paretovariate(1.3)) - 1)]
        parts, rows = [], []
        pos = 0
        for j in range(k):
            filler = _sentence(rng) + " "
            body = _sentence(rng, common=0.2)
            r = rng.random()
            if r < 0.1:
                sid = f"{aid[-8:]}-anon-{j}"
                conn.execute("insert or ignore into speakers (id, name, kind) values (?, ?, 'anonymous')", (sid, rng.choice(ANON)))
            elif r < 0.15:
                sid = None
            else:
                sid = named[bisect.bisect(cum, rng.random() * cum[-1])][0]
            kind = rng.choice(KINDS)
            start = pos + len(filler) + 1
            text = filler + "“" + body + "” said someone.\n\n"
            rows.append((quote_id(aid, start, start + len(body)), aid, sid, body, kind, rng.choice(CUES), "he", start, start + len(body), j, outlet,
                         rng.choice(RULES), rng.choice(RESOLVED_BY) if sid else None))
            parts.append(text)
            pos += len(text)
        text = "".join(parts)
        conn.execute("insert into articles (id, path, title, text, outlet, published, content_hash) values (?, ?, ?, ?, ?, ?, ?)",
                     (aid, f"synthetic/{aid}.txt", f"Article {art}", text, outlet, f"2026-{1 + art % 12:02d}-{1 + art % 28:02d}",
                      hashlib.sha256(text.encode()).hexdigest()))
        conn.executemany('insert into quotes (id, article_id, speaker_id, text, kind, cue, speaker_mention, start, "end", paragraph, outlet, rule, resolved_by) values (?,?,?,?,?,?,?,?,?,?,?,?,?)', rows)
        made += k
        art += 1
        if art % 20000 == 0:
            conn.execute("commit")
            conn.execute("begin")
    conn.execute("commit")
    # what linking makes of the rows: each article's speakers and each speaker's names
    conn.execute("insert into article_speakers (article_id, name, kind, role, gender, speaker_id, quotes, published) "
                 "select q.article_id, s.name, s.kind, s.role, s.gender, min(s.id), count(*), a.published from quotes q "
                 "join speakers s on s.id = q.speaker_id join articles a on a.id = q.article_id group by q.article_id, s.name")
    conn.execute("insert into speaker_aliases (speaker_id, alias, quotes) "
                 "select speaker_id, name, sum(quotes) from article_speakers group by speaker_id, name")
    finish(db)
    summaries.summarise(db)
    conn.execute("analyze")
    db.close()
    tmp.replace(path)
    Path(str(path) + ".counts.json").unlink(missing_ok=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(port: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    end = time.time() + timeout
    while time.time() < end:
        if proc.poll() is not None:
            raise RuntimeError("server exited")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=5).read()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("server did not start")


def _time(url: str, runs: int) -> tuple[float, int]:
    urllib.request.urlopen(url, timeout=120).read()  # warm-up
    times = []
    status = 0
    for _ in range(runs):
        t = time.perf_counter()
        with urllib.request.urlopen(url, timeout=120) as r:
            r.read()
            status = r.status
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), status


def _timed_out(url: str) -> str:
    """The default facets missing from this page's JSON: Datasette leaves out a facet
    that its facet time limit cut off."""
    path, _, query = url.partition("?")
    with urllib.request.urlopen(f"{path}.json?{query}", timeout=120) as r:
        got = json.load(r).get("facet_results") or {}
    got = got.get("results", got)
    return ", ".join(sorted(set(FACETS) - set(got)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quotes", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--db", type=Path, default=Path("/tmp/quotedb-bench/quotes.db"))
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not args.db.exists():
        t = time.perf_counter()
        build_synthetic(args.db, args.quotes)
        print(f"built {args.db} in {time.perf_counter() - t:.0f}s", file=sys.stderr)
    con = sqlite_utils.Database(args.db)
    n_q, n_a, n_s = con["quotes"].count, con["articles"].count, con["speakers"].count
    top = con.execute("select speaker_id from quotes where speaker_id is not null group by speaker_id order by count(*) desc limit 1").fetchone()[0]
    top_name = con.execute("select name from speakers where id = ?", (top,)).fetchone()[0]
    share = con.execute("select count(*) from quotes_fts where quotes_fts match ?", (COMMON,)).fetchone()[0] / n_q
    con.close()
    print(f"database: {n_q:,} quotes, {n_a:,} articles, {n_s:,} speakers, {args.db.stat().st_size / 1e6:.0f} MB; "
          f"'{COMMON}' is in {share:.0%} of quotes")
    facets = "&".join(f"_facet={f}" for f in FACETS)
    pages = {
        "quotes table page": ("/quotes/quotes?_nofacet=1", "/quotes/quotes"),
        "default faceted page": ("/quotes/quotes", f"/quotes/quotes?{facets}"),
        "search, rare word": ("/quotes/quotes?_search=climate", f"/quotes/quotes?_search=climate&{facets}"),
        f"search, common word": (f"/quotes/quotes?_search={COMMON}", f"/quotes/quotes?_search={COMMON}&{facets}"),
        "speaker row page": (f"/quotes/speakers/{top}", f"/quotes/speakers/{top}"),
    }
    # the canned queries of metadata.yml; stock Datasette runs the same SQL as an ad-hoc query
    canned = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))["databases"]["quotes"]["queries"]
    arguments = {"quotes_by_speaker": {"speaker": top_name}, "quotes_mentioning": {"word": COMMON}}
    for name, query in canned.items():
        args_ = arguments.get(name, {})
        ours_q = f"/quotes/{name}" + ("?" + urllib.parse.urlencode(args_) if args_ else "")
        stock_q = "/quotes?" + urllib.parse.urlencode({"sql": query["sql"], **args_})
        pages[f"query {name}"] = (ours_q, stock_q)
    ours_port, stock_port = _free_port(), _free_port()
    ours = subprocess.Popen(datasette_command(args.db, ROOT / "metadata.yml", "127.0.0.1", ours_port), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stock = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(args.db), "--port", str(stock_port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(ours_port, ours)
        _wait(stock_port, stock)
        print(f"median of {args.runs} loads after one warm-up (ms)")
        print(f"{'page':34} {'quotedb serve':>14} {'stock datasette':>16} {'speed-up':>9}")
        for name, (ours_path, stock_path) in pages.items():
            a, sa = _time(f"http://127.0.0.1:{ours_port}{ours_path}", args.runs)
            b, sb = _time(f"http://127.0.0.1:{stock_port}{stock_path}", args.runs)
            note = "" if sa == sb == 200 else f"  (status {sa}/{sb})"
            if ours_path.startswith("/quotes/quotes?") and "_nofacet" not in ours_path:
                note += "  facets cut off: " + ", ".join(
                    f"{who} {_timed_out(f'http://127.0.0.1:{port}{path}') or 'none'}"
                    for who, port, path in (("ours", ours_port, ours_path), ("stock", stock_port, stock_path)))
            print(f"{name:34} {a:14.0f} {b:16.0f} {b / a:8.1f}x" + note)
    finally:
        for p in (ours, stock):
            p.terminate()
            p.wait()


if __name__ == "__main__":
    main()
