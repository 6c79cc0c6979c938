"""Search pages at scale (extract/site/search.py): a page that is only a full-text
search has its count answered by the full-text index and its facets read as a join,
with the same answers as Datasette's own SQL."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette

from extract.database import build
from extract.serving import SETTINGS, write_counts
from extract.site.search import count_sql, facet_rows_sql, mirrored_indexes

ROOT = Path(__file__).resolve().parent.parent
SEARCH = "select count(*) from quotes where rowid in (select rowid from quotes_fts where quotes_fts match escape_fts(:search)) "


def test_rewrites_only_a_search_alone():
    mirrored = {("quotes", "quotes_fts")}
    assert count_sql(SEARCH, mirrored) == "select count(*) from quotes_fts where quotes_fts match escape_fts(:search)"
    assert count_sql(SEARCH, set()) == SEARCH  # an index that may not mirror the table: as written
    filtered = SEARCH.rstrip() + " and \"kind\" = :p0 "
    assert count_sql(filtered, mirrored) == filtered and facet_rows_sql(filtered) == filtered
    rows = "select id, text, kind from quotes where rowid in (select rowid from quotes_fts where quotes_fts match :search) "
    assert facet_rows_sql(rows) == ("select quotes.* from quotes_fts join quotes on quotes.rowid = quotes_fts.rowid "
                                    "where quotes_fts match :search")
    assert facet_rows_sql("select * from quotes") == "select * from quotes"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    root = tmp_path_factory.mktemp("search")
    path = root / "quotes.db"
    build([ROOT / "seeds"], path)
    write_counts(path)  # Datasette's inspect data, as quotedb serve writes it
    return path


def test_mirrored_indexes(db, tmp_path):
    con = sqlite3.connect(db)
    assert mirrored_indexes(con) == {("quotes", "quotes_fts"), ("speakers", "speakers_fts")}
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    con = sqlite3.connect(copy)
    con.execute("drop trigger quotes_ad")  # deletes would no longer reach the index
    assert mirrored_indexes(con) == {("speakers", "speakers_fts")}


def _site(db: Path, immutable: bool) -> Datasette:
    meta = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
    return Datasette([] if immutable else [str(db)], immutables=[str(db)] if immutable else [], metadata=meta,
                     settings={**SETTINGS, "trace_debug": True},
                     inspect_data=json.loads(Path(str(db) + ".counts.json").read_text()) if immutable else None)


@pytest.mark.asyncio
async def test_search_pages_answer_as_datasette_does(db):
    """The served site (immutable, as quotedb serve runs it) against plain Datasette
    on the same file: the same counts, rows and facets for searches alone and with a
    filter; the count of a search alone comes from the full-text index."""
    ours, stock = _site(db, True), _site(db, False)
    for query in ("_search=will", "_search=talks", "_search=pakistan", "_search=will&kind=direct", "_search=nothingmatches"):
        url = f"/quotes/quotes.json?{query}&_trace=1"
        a = (await ours.client.get(url)).json()
        b = (await stock.client.get(url)).json()
        assert a["filtered_table_rows_count"] == b["filtered_table_rows_count"] and a["rows"] == b["rows"], query
        fa, fb = a["facet_results"], b["facet_results"]
        fa, fb = fa.get("results", fa), fb.get("results", fb)
        assert set(fa) == {"speaker_id", "kind", "cue", "outlet"}  # every default facet, none cut off
        assert {k: [(v["value"], v["count"]) for v in f["results"]] for k, f in fa.items()} == \
               {k: [(v["value"], v["count"]) for v in f["results"]] for k, f in fb.items()}, query
        counts = [t["sql"] for t in a["_trace"]["traces"] if t["sql"].startswith("select count(*)")]
        if "&" not in query:
            assert counts == ["select count(*) from quotes_fts where quotes_fts match escape_fts(:search)"], counts
        else:
            assert all("rowid in" in c for c in counts)
    assert a["filtered_table_rows_count"] == 0
