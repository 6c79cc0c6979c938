"""Time and memory of `linking.link` on synthetic databases of 10k, 100k and 1M quotes.

    .venv/bin/python scripts/bench_link.py SOURCE.db [--quotes 10000 100000 1000000] [--dir /tmp/quotedb-link-bench]

SOURCE.db is a database quotedb built from real articles (for example from PolNeAR's
articles: its text, publisher and date as JSON lines).  Its articles are copied until
the wanted number of quotes is reached, about ten quotes per article, each copy with
the small differences real coverage has: another outlet and date, a quote left out, a
changed word or a dropped final clause in some direct and mixed quotes, and named
speakers written differently (a title, a middle initial, a transliterated vowel) or
replaced by other people.  The rows are written as `database.Writer` writes them
(named speakers under their per-article provisional ids), so `link` does all of its
work, as at the end of a build.

Each size is linked in a fresh process (build's pragmas: in-memory journal, no syncs);
the report gives the seconds and the peak resident memory above the process's size
before linking, then the seconds of a second `link` on the linked database (nothing to
change) and of a `link` after adding 1% more articles (only the speakers they quote
are recomputed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sqlite3
import subprocess
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlite_utils  # noqa: E402

from extract.database import create_schema, quote_id  # noqa: E402
from extract.linking import LOCAL_KINDS, provisional_id  # noqa: E402

OUTLETS = [f"Outlet {c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"] + [f"Daily {n}" for n in ("Star", "Post", "Times", "Herald", "Mail", "News", "Wire", "Ledger", "Record", "Courier", "Globe", "Tribune", "Sun", "Mirror")]
TITLES = ["Dr.", "Mr.", "Ms.", "Sen.", "President", "Gov."]
WORDS = "very really new old big small great bad good strong weak clear simple whole certain".split()
QUOTES_PER_ARTICLE = 10


def _surnames(rng: random.Random, n: int) -> list[str]:
    syll = ["ka", "lo", "mi", "ra", "den", "ston", "vi", "bor", "tan", "el", "ru", "sha", "wen", "dro", "ple", "quin"]
    return sorted({"".join(rng.choice(syll) for _ in range(rng.randint(2, 4))).capitalize() for _ in range(n)})


def _variant_name(name: str, rng: random.Random) -> str:
    parts = name.split()
    r = rng.random()
    if r < 0.4:
        return f"{rng.choice(TITLES)} {name}"
    if r < 0.7 and len(parts) == 2:
        return f"{parts[0]} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {parts[1]}"
    for i, p in enumerate(parts):  # a transliterated vowel: o -> ou, u -> ou, e -> ee
        if len(p) >= 5 and len(parts) >= 2:
            for a, b in (("ou", "u"), ("u", "ou"), ("o", "ou"), ("e", "ee"), ("i", "ee")):
                if a in p[1:]:
                    parts[i] = p[0] + p[1:].replace(a, b, 1)
                    return " ".join(parts)
    return name


def _reword(text: str, rng: random.Random) -> str:
    words = text.split()
    if len(words) < 8:
        return text
    if rng.random() < 0.7:
        words[rng.randrange(len(words))] = rng.choice(WORDS)
        return " ".join(words)
    cut = text.rfind(",", 0, len(text) - 2)
    return text[:cut] + "," if cut > len(text) // 2 else text


def synthesize(source: Path, target: Path, quotes_wanted: int, seed: int = 10) -> dict:
    """Write a database of about ``quotes_wanted`` quotes, as the writer leaves it."""
    rng = random.Random(seed)
    src = sqlite3.connect(source)
    articles = src.execute("select id, title, text, outlet, published from articles order by id").fetchall()
    per_article: dict[str, list[tuple]] = defaultdict(list)
    for row in src.execute("""
            select q.article_id, q.start, q."end", q.text, q.kind, q.cue, q.speaker_mention, q.paragraph, q.rule,
                   q.resolved_by, a.name, a.kind, a.role, a.gender
            from quotes q left join article_speakers a on a.article_id = q.article_id and a.name = q.speaker_name
            order by q.id"""):
        per_article[row[0]].append(row[1:])
    total = sum(len(v) for v in per_article.values())
    keep = min(1.0, QUOTES_PER_ARTICLE * len(articles) / total)
    surnames = _surnames(rng, 4000)
    target.unlink(missing_ok=True)
    db = sqlite_utils.Database(target)
    db.conn.execute("pragma journal_mode = memory")
    db.conn.execute("pragma synchronous = off")
    create_schema(db)
    conn = db.conn
    n_quotes = n_articles = copy = 0
    while n_quotes < quotes_wanted:
        art_rows, sp_rows, q_rows = [], {}, []
        for aid0, title, text, outlet, published in articles:
            if n_quotes >= quotes_wanted:
                break
            aid = aid0 if copy == 0 else hashlib.sha1(f"{aid0}:{copy}".encode()).hexdigest()[:16]
            if copy:
                outlet = rng.choice(OUTLETS)
                if published:
                    published = (date.fromisoformat(published[:10]) + timedelta(days=rng.randint(0, 20))).isoformat()
            renamed: dict[str, str] = {}
            kept = 0
            for start, end, qtext, kind, cue, mention, para, rule, how, name, skind, role, gender in per_article[aid0]:
                if rng.random() > keep:
                    continue
                if copy and kind in ("direct", "mixed") and rng.random() < 0.25:
                    qtext = _reword(qtext, rng)
                sid = None
                if name is not None:
                    if copy and skind not in LOCAL_KINDS and name not in renamed:
                        r = rng.random()
                        renamed[name] = (name if r < 0.55 else _variant_name(name, rng) if r < 0.7
                                         else f"{name.split()[0]} {rng.choice(surnames)}")
                    name = renamed.get(name, name)
                    sid = provisional_id(aid, name, skind)
                    sp_rows.setdefault(sid, (sid, name, skind, role, gender))
                q_rows.append((quote_id(aid, start, end), aid, sid, qtext, kind, cue, mention, start, end, para, outlet, rule, how))
                kept += 1
            if kept:
                art_rows.append((aid, f"a{copy}/{aid0}", title, text, outlet, published, None))
                n_quotes += kept
                n_articles += 1
        conn.execute("begin")
        conn.executemany("insert into articles (id, path, title, text, outlet, published, url) values (?, ?, ?, ?, ?, ?, ?)", art_rows)
        conn.executemany("insert or ignore into speakers (id, name, kind, role, gender) values (?, ?, ?, ?, ?)", list(sp_rows.values()))
        conn.executemany('insert into quotes (id, article_id, speaker_id, text, kind, cue, speaker_mention, start, "end", paragraph, outlet, rule, resolved_by) '
                         "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", q_rows)
        conn.execute("commit")
        copy += 1
    db.close()
    return {"quotes": n_quotes, "articles": n_articles, "copies": copy}


CHILD = r"""
import json, sys, time, sqlite3
sys.path.insert(0, sys.argv[2])
from extract.linking import link
def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key):
            return int(line.split()[1]) / 1024
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("pragma journal_mode = memory")
conn.execute("pragma synchronous = off")
before = status("VmRSS")
t = time.perf_counter()
r = link(conn)
seconds = time.perf_counter() - t
print(json.dumps({"seconds": round(seconds, 2), "extra_mb": round(status("VmHWM") - before, 1), "peak_mb": round(status("VmHWM"), 1),
                  "speakers": r.speakers, "aliases": r.aliases, "groups": r.groups, "grouped": r.grouped_quotes,
                  "variants": r.variants, "dirty": r.dirty, "phases": r.seconds}))
"""


def run_link(path: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(ROOT)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def add_articles(path: Path, source: Path, share: float = 0.01) -> int:
    """Append ``share`` more articles (copies of the database's own, renamed) as the
    writer would, for an incremental link."""
    conn = sqlite3.connect(path, isolation_level=None)
    arts = conn.execute("select id, path, title, text, outlet, published, url from articles order by id limit ?",
                        [max(1, int(share * conn.execute("select count(*) from articles").fetchone()[0]))]).fetchall()
    conn.execute("begin")
    for a in arts:
        aid = hashlib.sha1(f"{a[0]}:more".encode()).hexdigest()[:16]
        conn.execute("insert into articles values (?, ?, ?, ?, ?, ?, ?)", (aid, a[1] + "#more") + tuple(a[2:]))
        for sid, name, kind, role, gender, qid, text, qkind, cue, mention, start, end, para, outlet, rule, how in conn.execute("""
                select s.id, a.name, a.kind, a.role, a.gender, q.id, q.text, q.kind, q.cue, q.speaker_mention, q.start, q."end",
                       q.paragraph, q.outlet, q.rule, q.resolved_by
                from quotes q left join article_speakers a on a.article_id = q.article_id and a.name = q.speaker_name
                left join speakers s on s.id = q.speaker_id where q.article_id = ?""", [a[0]]).fetchall():
            new_sid = provisional_id(aid, name, kind) if name is not None else None
            if new_sid:
                conn.execute("insert or ignore into speakers (id, name, kind, role, gender) values (?, ?, ?, ?, ?)", (new_sid, name, kind, role, gender))
            conn.execute('insert into quotes (id, article_id, speaker_id, text, kind, cue, speaker_mention, start, "end", paragraph, outlet, rule, resolved_by) '
                         "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (quote_id(aid, start, end), aid, new_sid, text, qkind, cue, mention, start, end, para, outlet, rule, how))
    conn.execute("commit")
    conn.close()
    return len(arts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", type=Path)
    ap.add_argument("--quotes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--dir", type=Path, default=Path("/tmp/quotedb-link-bench"))
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in args.quotes:
        base = args.dir / f"written-{n}.db"
        made = synthesize(args.source, base, n)
        work = args.dir / f"linked-{n}.db"
        shutil.copy(base, work)
        first = run_link(work)
        again = run_link(work)
        added = add_articles(work, args.source)
        more = run_link(work)
        rows.append((made, first, again, added, more))
        print(json.dumps({"made": made, "first": first, "again": again, "added_articles": added, "incremental": more}), flush=True)
    print("\n| quotes | articles | link: s | extra RSS MB | speakers | groups (variants) | re-link, no change: s | +1% articles: s |")
    print("|---|---|---|---|---|---|---|---|")
    for made, first, again, added, more in rows:
        print(f"| {made['quotes']:,} | {made['articles']:,} | {first['seconds']} | {first['extra_mb']} | {first['speakers']:,} | "
              f"{first['groups']:,} ({first['variants']:,}) | {again['seconds']} | {more['seconds']} |")


if __name__ == "__main__":
    main()
