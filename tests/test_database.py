"""The database contract, rebuild determinism and bad input."""

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from extract.database import build

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "quotes.db"
    result = build([ROOT / "seeds"], path)
    assert not result.errors
    return path


def test_schema_contract(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    assert set(db["articles"].columns_dict) == {"id", "path", "title", "text", "outlet", "published", "url", "author",
                                                "language", "encoding", "content_hash", "skipped"}
    assert set(db["errors"].columns_dict) == {"id", "path", "line", "reason", "time"}
    assert set(db["speakers"].columns_dict) == {"id", "name", "kind", "role", "gender", "quotes", "direct", "mixed", "indirect"}
    assert set(db["outlets"].columns_dict) == {"name", "articles", "quotes", "direct", "mixed", "indirect", "anonymous",
                                               "percent_anonymous", "no_speaker"}
    assert set(db["quotes"].columns_dict) == {
        "id", "article_id", "speaker_id", "text", "kind", "cue", "speaker_mention", "start", "end", "paragraph", "outlet",
        "rule", "resolved_by", "speaker_name", "group_id", "is_variant"}
    assert set(db["rules"].columns_dict) == {"id", "position", "stage", "description", "example"}
    assert set(db["speaker_aliases"].columns_dict) == {"speaker_id", "alias", "quotes"}
    assert set(db["quote_groups"].columns_dict) == {
        "id", "speaker_id", "text", "quotes", "articles", "outlets", "variants", "first_published"}
    assert set(db["article_speakers"].columns_dict) == {"article_id", "name", "kind", "role", "gender", "speaker_id", "quotes",
                                                        "published"}
    fks = {(fk.column, fk.other_table) for fk in db["quotes"].foreign_keys}
    assert fks == {("article_id", "articles"), ("speaker_id", "speakers"), ("rule", "rules"), ("resolved_by", "rules"),
                   ("group_id", "quote_groups")}
    indexed = {tuple(i.columns) for i in db["quotes"].indexes}
    for col in ("speaker_id", "kind", "cue", "rule", "resolved_by", "group_id"):
        assert (col,) in indexed
    assert db["quotes"].detect_fts() == "quotes_fts"
    assert db.execute("pragma foreign_key_check").fetchall() == []


def test_provenance_in_database(seeds_db):
    """Every quote names the rule that found it; resolved_by is null exactly when
    there is no speaker; both point into the rules table, which explains them."""
    db = sqlite3.connect(seeds_db)
    assert db.execute("select count(*) from quotes where rule is null").fetchone() == (0,)
    assert db.execute("select count(*) from quotes where (resolved_by is null) != (speaker_id is null)").fetchone() == (0,)
    stages = dict(db.execute("select id, stage from rules"))
    assert stages["trailing-attribution"] == "quotation" and stages["pronoun"] == "resolution"
    rules = {r for (r,) in db.execute("select distinct rule from quotes")}
    assert {"trailing-attribution", "reported-complement", "according-to-lead"} <= rules
    row = db.execute("select resolved_by from quotes where speaker_mention = 'She'").fetchone()
    assert row == ("pronoun",)


def test_offsets_hold_in_database(seeds_db):
    db = sqlite3.connect(seeds_db)
    rows = db.execute("select q.text, substr(a.text, q.start + 1, q.end - q.start) from quotes q join articles a on a.id = q.article_id").fetchall()
    assert rows and all(a == b for a, b in rows)


def test_speakers_across_articles_and_anonymous_sources(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    akram = db["speakers"].get("munir-akram")
    assert (akram["name"], akram["kind"], akram["gender"]) == ("Munir Akram", "person", "male")
    anon = list(db["speakers"].rows_where("kind = 'anonymous'"))
    assert any(r["name"] == "a security official" for r in anon)
    # anonymous ids carry their article so they never merge across articles
    assert all(r["id"].split("-")[0] in {a["id"][:8] for a in db["articles"].rows} for r in anon)
    baloch = db["speakers"].get("mumtaz-zahra-baloch")
    assert (baloch["role"], baloch["gender"]) == ("FO spokesperson", "female")


def test_full_text_search(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    hits = list(db["quotes"].search("ceasefire"))
    assert any("30-day ceasefire" in h["text"] for h in hits)


def _dump(path):
    db = sqlite3.connect(path)
    out = []
    for table in ("articles", "speakers", "quotes"):
        out.append(repr(db.execute(f"select * from {table} order by 1").fetchall()))
    return hashlib.sha256("".join(out).encode()).hexdigest()


def test_rebuild_is_identical(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    build([ROOT / "seeds"], a)
    build([ROOT / "seeds"], b)
    assert _dump(a) == _dump(b)


def test_bad_inputs_are_reported_and_skipped(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00")
    (d / "latin1.txt").write_bytes("Caf\xe9 owner said, \"Hello there everyone.\"".encode("latin-1"))
    (d / "crlf.txt").write_bytes("Headline here now\r\n\r\n\u201cWe will win this,\u201d Akram said.\r\n".encode())
    (d / "bad.jsonl").write_text('{"text": "\u201cIt works fine,\u201d Akram said.", "publisher": "Dawn", "date": "2024-01-02"}\nnot json\n{"title": "no text"}\n')
    errors = []
    result = build([d], tmp_path / "q.db", on_error=errors.append)
    reasons = {Path(e.location).name: e.reason for e in errors}
    assert set(reasons) == {"empty.txt", "binary.txt", "bad.jsonl#2", "bad.jsonl#3"}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.txt"].startswith("binary file")
    assert "not valid JSON" in reasons["bad.jsonl#2"]
    assert "no 'text'" in reasons["bad.jsonl#3"]
    assert all("\n" not in str(e) for e in errors)
    assert result.articles == 3  # a legacy encoding is decoded, not refused
    db = sqlite_utils.Database(tmp_path / "q.db")
    assert next(db["articles"].rows_where("path like '%latin1.txt'"))["text"].startswith("Café owner")
    crlf = next(db["articles"].rows_where("path like '%crlf.txt'"))
    assert "\r" not in crlf["text"]
    q = next(db["quotes"].rows_where("article_id = ?", [crlf["id"]]))
    assert crlf["text"][q["start"]:q["end"]] == q["text"] == "We will win this,"
    js = next(db["articles"].rows_where("path like '%bad.jsonl#1'"))
    assert (js["outlet"], js["published"]) == ("Dawn", "2024-01-02")


def test_article_failure_rolls_back_only_that_article(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("“We will win,” Akram said.")
    (d / "b.txt").write_text("“We will lose,” Baloch said.")

    from extract import extract

    def flaky(doc):
        quotes = extract(doc)
        if "lose" in doc.text:
            class Broken:  # a quote the writer cannot store
                start = "x"
            return quotes + [Broken()]
        return quotes

    errors = []
    result = build([d], tmp_path / "q.db", on_error=errors.append, extractor=flaky)
    assert result.articles == 1 and len(errors) == 1 and "b.txt" in str(errors[0])
    db = sqlite_utils.Database(tmp_path / "q.db")
    assert db["articles"].count == 1
    assert [r["name"] for r in db["speakers"].rows] == ["Akram"]


def test_large_article_is_processed(tmp_path):
    para = "“Talks have begun and will go on,” the official said. Akram said that progress was slow.\n\n"
    path = tmp_path / "big.txt"
    path.write_text("Big article headline here\n\n" + para * (20_000_000 // len(para)))
    result = build([path], tmp_path / "q.db")
    assert result.articles == 1 and result.quotes > 100_000


def test_titles(seeds_db):
    titles = {r["path"][-24:-21]: r["title"] for r in sqlite_utils.Database(seeds_db)["articles"].rows}
    assert titles["000"] == "Akram Claims Influence over Taliban’s TTP Policy"  # furniture line skipped
    assert titles["003"].endswith("…") and len(titles["003"]) <= 121  # no headline: opening sentence
