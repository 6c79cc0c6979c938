#!/usr/bin/env python3
"""Convert the hand-annotated genre corpus into PolNeAR-format gold.

Reads  tests/genres/articles.json   (a list of articles, each with quotes given as
                                      exact substrings of the article text)
Writes tests/genres/gold.jsonl       (one article per line, PolNeAR JSON-lines:
                                      doc, text, title, publisher, date, genre, quotes
                                      with character offsets)
       tests/genres/text/<id>.txt    (exactly the article's "text" field, so that
                                      `quotedb build tests/genres/text` sees the same
                                      characters the offsets point into)

A quote's "occurrence" (default 1) picks the n-th occurrence of its text when the
text appears more than once in the article.  Any problem (a quote text that is not
in the article, an occurrence that does not exist, a missing field, a bad kind)
is reported with the article id and the quote, and the script exits with status 1
without writing anything.

Standard library only.  Usage:

    python3 scripts/genre_gold.py [ARTICLES_JSON] [--out-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLES = ROOT / "tests" / "genres" / "articles.json"
KINDS = ("direct", "mixed", "indirect")
ARTICLE_FIELDS = ("id", "genre", "title", "outlet", "date", "text", "quotes")
QUOTE_FIELDS = ("text", "kind", "source", "source_resolved", "cue")
SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class GoldError(Exception):
    pass


def nth_occurrence(text: str, needle: str, n: int) -> int:
    """Start offset of the n-th (1-based, overlapping allowed) occurrence, or -1."""
    pos = -1
    for _ in range(n):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def _short(s: str, width: int = 80) -> str:
    s = s.replace("\n", "\\n")
    return s if len(s) <= width else s[: width - 1] + "…"


def convert_article(art: dict, index: int) -> tuple[dict, list[str]]:
    """The gold record of one article and any warnings; raises GoldError."""
    aid = art.get("id") if isinstance(art, dict) else None
    where = f"article #{index} ({aid!r})" if aid else f"article #{index}"
    if not isinstance(art, dict):
        raise GoldError(f"{where}: expected an object")
    missing = [f for f in ARTICLE_FIELDS if f not in art]
    if missing:
        raise GoldError(f"{where}: missing field(s) {', '.join(missing)}")
    if not isinstance(aid, str) or not SAFE_ID.match(aid):
        raise GoldError(f"{where}: id must be a non-empty file-name-safe string")
    text = art["text"]
    if not isinstance(text, str) or not text.strip():
        raise GoldError(f"{aid}: empty text")
    if not isinstance(art["quotes"], list):
        raise GoldError(f"{aid}: quotes must be a list")

    warnings: list[str] = []
    quotes = []
    seen: dict[tuple[int, int], int] = {}
    for qi, q in enumerate(art["quotes"], 1):
        qname = f"{aid}: quote {qi}"
        if not isinstance(q, dict):
            raise GoldError(f"{qname}: expected an object")
        qmissing = [f for f in QUOTE_FIELDS if f not in q]
        if qmissing:
            raise GoldError(f"{qname} {_short(str(q.get('text', '')))!r}: missing field(s) {', '.join(qmissing)}")
        qtext = q["text"]
        if not isinstance(qtext, str) or not qtext:
            raise GoldError(f"{qname}: empty quote text")
        if q["kind"] not in KINDS:
            raise GoldError(f"{qname} {_short(qtext)!r}: kind {q['kind']!r} is not one of {', '.join(KINDS)}")
        occ = q.get("occurrence", 1)
        if not isinstance(occ, int) or isinstance(occ, bool) or occ < 1:
            raise GoldError(f"{qname} {_short(qtext)!r}: occurrence must be a positive integer, got {occ!r}")
        count = text.count(qtext)
        if count == 0:
            raise GoldError(f"{qname}: text not found in article: {_short(qtext)!r}")
        start = nth_occurrence(text, qtext, occ)
        if start < 0:
            raise GoldError(f"{qname} {_short(qtext)!r}: occurrence {occ} requested but the text occurs only {count} time(s)")
        if count > 1 and "occurrence" not in q:
            warnings.append(f"{qname} {_short(qtext)!r}: text occurs {count} times; using the first (set 'occurrence' to choose)")
        end = start + len(qtext)
        assert text[start:end] == qtext
        if (start, end) in seen:
            raise GoldError(f"{qname} {_short(qtext)!r}: same span as quote {seen[(start, end)]}")
        seen[(start, end)] = qi
        quotes.append({
            "start": start,
            "end": end,
            "parts": [[start, end]],
            "text": qtext,
            "kind": q["kind"],
            "source": q["source"],
            "source_resolved": q["source_resolved"],
            "cue": q["cue"],
        })
    quotes.sort(key=lambda g: (g["start"], g["end"]))
    record = {
        "doc": aid,
        "text": text,
        "title": art["title"],
        "publisher": art["outlet"],
        "date": art["date"],
        "genre": art["genre"],
        "quotes": quotes,
    }
    return record, warnings


def convert(articles: list) -> tuple[list[dict], list[str]]:
    if not isinstance(articles, list):
        raise GoldError("articles file must hold a JSON list of articles")
    records, warnings, ids = [], [], set()
    for i, art in enumerate(articles, 1):
        rec, w = convert_article(art, i)
        if rec["doc"] in ids:
            raise GoldError(f"{rec['doc']}: duplicate article id")
        ids.add(rec["doc"])
        records.append(rec)
        warnings.extend(w)
    return records, warnings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles", nargs="?", default=str(DEFAULT_ARTICLES), help="articles JSON (default: %(default)s)")
    ap.add_argument("--out-dir", default=None, help="where to write gold.jsonl and text/ (default: the articles file's folder)")
    args = ap.parse_args(argv)

    src = Path(args.articles)
    out_dir = Path(args.out_dir) if args.out_dir else src.parent
    try:
        articles = json.loads(src.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"error: {src}: {exc}", file=sys.stderr)
        return 1
    try:
        records, warnings = convert(articles)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)

    text_dir = out_dir / "text"
    text_dir.mkdir(parents=True, exist_ok=True)
    gold_path = out_dir / "gold.jsonl"
    with open(gold_path, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    wanted = set()
    for rec in records:
        p = text_dir / f"{rec['doc']}.txt"
        wanted.add(p.name)
        with open(p, "w", encoding="utf-8", newline="") as fh:
            fh.write(rec["text"])
    # text/ is generated: drop files of articles that no longer exist.
    for stale in text_dir.glob("*.txt"):
        if stale.name not in wanted:
            stale.unlink()

    kinds = {k: 0 for k in KINDS}
    for rec in records:
        for q in rec["quotes"]:
            kinds[q["kind"]] += 1
    total = sum(kinds.values())
    print(f"wrote {gold_path} ({len(records)} articles, {total} quotes: "
          + ", ".join(f"{n} {k}" for k, n in kinds.items()) + f") and {len(records)} files in {text_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
