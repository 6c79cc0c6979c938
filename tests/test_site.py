"""The Datasette site, through Datasette's own test client: every page a reader uses."""

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette
from markupsafe import Markup

from extract.database import build
from extract.serving import SETTINGS, metadata_for, write_counts
from extract.site.highlight import article_html, paragraph_context

ROOT = Path(__file__).resolve().parent.parent
EVIL = ("Hacked Page <b>bold</b>\n\nThe mayor said <script>alert('x')</script> was found in the "
        "page. “We will <b>not</b> stop until the <script> tags are gone,” said Jane Doe, the city's spokeswoman.\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    inputs = root / "inputs"
    inputs.mkdir()
    for seed in (ROOT / "seeds").glob("*.txt"):
        (inputs / seed.name).write_bytes(seed.read_bytes())
    (inputs / "evil.txt").write_text(EVIL, encoding="utf-8")
    db_path = root / "quotes.db"
    build([inputs], db_path)
    meta = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
    ds = Datasette([str(db_path)], immutables=[], metadata=meta, settings=dict(SETTINGS),
                   inspect_data=json.loads(write_counts(db_path).read_text()))
    return ds, db_path


async def get(ds, path):
    r = await ds.client.get(path)
    assert r.status_code == 200, (path, r.status_code, r.text[:500])
    return r


def facets_of(data):
    """Facet results by column, from a table's JSON with ``_extra=facet_results``."""
    results = data["facet_results"]
    return results["results"] if "results" in results else results


def one(db_path, sql, params=()):
    return sqlite3.connect(db_path).execute(sql, params).fetchone()


@pytest.mark.asyncio
async def test_home_explains_and_links(site):
    ds, _ = site
    html = (await get(ds, "/")).text
    for link in ("/quotes/quotes", "/-/charts", "/quotes/top_speakers", "/quotes/anonymous_by_outlet"):
        assert f'href="{link}"' in html


@pytest.mark.asyncio
async def test_quotes_facets_show_names_not_slugs(site):
    ds, _ = site
    data = (await get(ds, "/quotes/quotes.json?_extra=facet_results")).json()
    facets = facets_of(data)
    assert {"speaker_id", "kind", "cue", "outlet"} <= set(facets)
    labels = {v["label"] for v in facets["speaker_id"]["results"]}
    assert "Munir Akram" in labels and "munir-akram" not in labels
    html = (await get(ds, "/quotes/quotes")).text
    assert "Munir Akram" in html and 'class="facet-info' in html


@pytest.mark.asyncio
async def test_default_facets_run_side_by_side_and_equal_datasettes(site):
    """The quotes table's facets are computed at once (extract/site/facets.py), on a
    search as well: the same values, counts and links as Datasette's column facets."""
    ds, _ = site
    for query in ("", "_search=said&", "kind=direct&"):
        ours = facets_of((await get(ds, f"/quotes/quotes.json?{query}_extra=facet_results")).json())
        assert {"speaker_id", "kind", "cue", "outlet"} <= set(ours)
        for column in ("speaker_id", "kind", "cue", "outlet"):
            stock = facets_of((await get(ds, f"/quotes/quotes.json?{query}_facet={column}&_extra=facet_results")).json())
            stock = next(f for f in stock.values() if f["name"] == column and f["type"] == "column")
            assert ours[column]["type"] == "parallel"
            assert [(v["value"], v["count"]) for v in ours[column]["results"]] == \
                   [(v["value"], v["count"]) for v in stock["results"]]
            assert ours[column]["results"] or column == "outlet", column  # the seeds name no outlet


@pytest.mark.asyncio
async def test_speakers_facets_and_name_search(site):
    ds, _ = site
    data = (await get(ds, "/quotes/speakers.json?_extra=facet_results")).json()
    facets = facets_of(data)
    assert {"kind", "role", "gender"} <= set(facets)
    found = (await get(ds, "/quotes/speakers.json?_search=Akram&_shape=array")).json()
    assert [r["name"] for r in found] == ["Munir Akram"]


@pytest.mark.asyncio
async def test_full_text_search_finds_a_seed_quote_with_stemming(site):
    ds, _ = site
    rows = (await get(ds, "/quotes/quotes.json?_search=negotiation&_shape=array")).json()
    assert rows and all("negotiat" in r["text"].lower() for r in rows)


@pytest.mark.asyncio
async def test_canned_queries_run(site):
    ds, db_path = site
    top = (await get(ds, "/quotes/top_speakers.json?_shape=array")).json()
    named = [r for r in top if r["kind"] != "anonymous"]
    assert named[0]["speaker"] == "Munir Akram" and named[0]["quotes"] == named[0]["direct"] + named[0]["mixed"] + named[0]["indirect"]
    assert any(r["speaker"] == "all anonymous sources" for r in top)
    by = (await get(ds, "/quotes/quotes_by_speaker.json?speaker=Akram&_shape=array")).json()
    assert len(by) == one(db_path, "select count(*) from quotes where speaker_id = 'munir-akram'")[0]
    anon = (await get(ds, "/quotes/anonymous_by_outlet.json?_shape=array")).json()
    assert sum(r["quotes"] for r in anon) == one(db_path, "select count(*) from quotes")[0]
    words = (await get(ds, "/quotes/quotes_mentioning.json?word=diplomacy&_shape=array")).json()
    assert words and all("diploma" in r["text"].lower() for r in words)
    html = (await get(ds, "/quotes/quotes_by_speaker?speaker=Akram")).text
    assert 'href="/quotes/quotes/' in html  # ids link to their rows


@pytest.mark.asyncio
async def test_csv_export_returns_every_matching_row(site):
    ds, db_path = site
    r = await get(ds, "/quotes/quotes.csv?kind=direct&_stream=on&_size=max")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == one(db_path, "select count(*) from quotes where kind = 'direct'")[0]
    assert {row["kind"] for row in rows} == {"direct"}
    faceted = (await get(ds, "/quotes/quotes.json?speaker_id=munir-akram&_shape=array&_size=max")).json()
    assert len(faceted) == one(db_path, "select count(*) from quotes where speaker_id = 'munir-akram'")[0]


@pytest.mark.asyncio
async def test_quote_page_shows_its_paragraph_and_links_to_the_article(site):
    ds, db_path = site
    qid, aid, text = one(db_path, "select id, article_id, text from quotes where speaker_id = 'munir-akram' and kind = 'direct' limit 1")
    html = (await get(ds, f"/quotes/quotes/{qid}")).text
    assert 'class="quotedb-paragraph"' in html and '<mark class="q q-direct">' in html
    assert f'href="/quotes/articles/{aid}#q-{qid}"' in html
    assert "Said by</strong> <a href=\"/quotes/speakers/munir-akram\">Munir Akram</a>" in html


@pytest.mark.asyncio
async def test_quote_page_says_how_the_quote_and_speaker_were_found(site):
    ds, db_path = site
    qid, rule, how = one(db_path, "select id, rule, resolved_by from quotes where speaker_mention = 'She'")
    html = (await get(ds, f"/quotes/quotes/{qid}")).text
    assert f'Found by</strong> <a href="/quotes/rules/{rule}"' in html
    assert f'<strong>speaker</strong>: <a href="/quotes/rules/{how}"' in html and "→ Mumtaz Zahra Baloch" in html
    rules = (await get(ds, "/quotes/rules.json?_shape=array")).json()
    assert [r["id"] for r in rules][:2] == ["dash-attribution", "trailing-attribution"]
    assert rules[-1]["stage"] == "resolution"


@pytest.mark.asyncio
async def test_article_page_highlights_every_quote(site):
    ds, db_path = site
    aid = one(db_path, "select article_id from quotes where speaker_id = 'munir-akram' limit 1")[0]
    n = one(db_path, "select count(*) from quotes where article_id = ?", (aid,))[0]
    html = (await get(ds, f"/quotes/articles/{aid}")).text
    assert html.count('<mark class="q q-') == n
    assert html.count('id="q-') == n
    assert f"{n} quotes" in html


@pytest.mark.asyncio
async def test_article_html_is_escaped(site):
    ds, db_path = site
    aid = one(db_path, "select id from articles where path like '%evil.txt'")[0]
    assert one(db_path, "select count(*) from quotes where article_id = ?", (aid,))[0] >= 1
    for path in (f"/quotes/articles/{aid}", "/quotes/quotes?_search=tags", "/quotes/articles"):
        html = (await get(ds, path)).text
        assert "<script>alert" not in html and "<b>bold</b>" not in html and "<b>not</b>" not in html
    html = (await get(ds, f"/quotes/articles/{aid}")).text
    assert "&lt;script&gt;" in html


@pytest.mark.asyncio
async def test_charts_render_offline(site):
    ds, _ = site
    html = (await get(ds, "/-/charts")).text
    assert html.count("<svg") == 3
    assert "Munir Akram" in html and "Share of anonymous sources" in html
    assert "http://" not in html.split("<footer")[0].replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html.split("<footer")[0]
    css = await get(ds, "/-/static-plugins/quotedb/quotedb.css")
    assert "mark.q-direct" in css.text


@pytest.mark.asyncio
async def test_chart_counts_equal_the_quotes(site):
    """The charts read the counts the build keeps; they equal grouping the quotes."""
    from extract.site.charts import TOP, chart_data

    ds, db_path = site
    data = await chart_data(ds.get_database("quotes"))
    con = sqlite3.connect(db_path)
    top = con.execute("select q.speaker_id, q.kind, count(*) from quotes q join speakers s on s.id = q.speaker_id "
                      "where s.kind != 'anonymous' group by 1, 2").fetchall()
    expected: dict = {}
    for sid, kind, n in top:
        expected.setdefault(sid, {})[kind] = n
    ranked = sorted(expected, key=lambda i: (-sum(expected[i].values()), i))[:TOP]
    assert [(i, k) for i, _, k in data["speakers"]] == [(i, expected[i]) for i in ranked]
    outlets = {}
    for outlet, kind, n in con.execute("select outlet, kind, count(*) from quotes group by 1, 2"):
        outlets.setdefault(outlet, {})[kind] = n
    assert dict(data["outlets"]) == outlets
    assert data["totals"]["quotes"] == con.execute("select count(*) from quotes").fetchone()[0]


@pytest.mark.asyncio
async def test_internal_tables_hidden(site):
    ds, _ = site
    tables = {t["name"]: t for t in (await get(ds, "/quotes.json")).json()["tables"]}
    assert all(t["hidden"] for name, t in tables.items() if "_fts" in name)
    assert not tables["quotes"]["hidden"]


def test_metadata_describes_every_table_and_column(site):
    _, db_path = site
    meta = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
    tables = meta["databases"]["quotes"]["tables"]
    con = sqlite3.connect(db_path)
    for table in ("quotes", "speakers", "articles", "speaker_aliases", "article_speakers", "quote_groups", "errors"):
        cols = [r[1] for r in con.execute(f"pragma table_info({table})")]
        assert tables[table]["description"]
        assert set(tables[table]["columns"]) == set(cols), table


def test_metadata_follows_the_database_name(tmp_path):
    out = metadata_for(tmp_path / "news2024.db", ROOT / "metadata.yml")
    meta = yaml.safe_load(out.read_text())
    assert "news2024" in meta["databases"] and "/news2024/quotes" in meta["description_html"]


# --- the markup itself ---------------------------------------------------------------

def _urls():
    return dict(quote_url=lambda q: f"/q/{q}", speaker_url=lambda s: f"/s/{s}")


def test_paragraph_context_marks_only_the_quote_in_its_paragraph():
    text = "First paragraph.\n\nHe said “a <b> c” loudly.\n\nLast."
    s = text.index("a <b>")
    got = paragraph_context(text, s, s + 7)
    assert isinstance(got, Markup)
    assert str(got) == 'He said “<mark class="q q-direct">a &lt;b&gt; c</mark>” loudly.'


def test_article_html_nests_and_cuts_crossing_quotes():
    text = "0123456789abcdefghij"
    quotes = [
        {"id": "outer", "start": 0, "end": 10, "kind": "indirect", "cue": "said", "speaker_id": "x", "speaker": "X"},
        {"id": "inner", "start": 2, "end": 5, "kind": "mixed", "cue": "said", "speaker_id": "x", "speaker": "X"},
        {"id": "cross", "start": 8, "end": 15, "kind": "direct", "cue": None, "speaker_id": None, "speaker": None},
    ]
    html = str(article_html(text, quotes, **_urls()))
    assert html.count("<mark") == html.count("</mark>") == 3
    assert html.index('id="q-inner"') < html.index("</mark>")  # inner closes first
    assert "no speaker" in html


def test_article_html_escapes_text_and_labels():
    text = "<script>x</script> said"
    html = str(article_html(text, [{"id": "a", "start": 0, "end": 18, "kind": "direct", "cue": "said", "speaker_id": "e", "speaker": "<i>E</i>"}], **_urls()))
    assert "<script>" not in html and "<i>" not in html and "&lt;script&gt;" in html
