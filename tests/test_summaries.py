"""The counts a build keeps (extract/summaries.py) equal what grouping the quotes
gives, after a fresh build and after an incremental one, and the site's ready-made
questions that read them answer exactly what the plain group-by queries answer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import yaml

from extract.database import build
from test_builds import corpus

ROOT = Path(__file__).parent.parent
QUERIES = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))["databases"]["quotes"]["queries"]

# The questions asked of the quotes themselves (what the canned queries were before
# the build kept counts): the reference the fast versions must match.
TOP_SPEAKERS = """
    with counted as (
      select case when s.kind = 'anonymous' then null else s.id end as speaker_id,
        case when s.kind = 'anonymous' then 'all anonymous sources' else s.name end as speaker,
        s.kind as kind, count(*) as quotes, sum(q.kind = 'direct') as direct,
        sum(q.kind = 'mixed') as mixed, sum(q.kind = 'indirect') as indirect
      from quotes q join speakers s on s.id = q.speaker_id group by 1, 2, 3)
    select speaker_id, speaker, kind, quotes, direct, mixed, indirect,
      round(100.0 * quotes / (select count(*) from quotes), 1) as percent_of_all_quotes
    from counted"""
ANONYMOUS_BY_OUTLET = """
    select coalesce(q.outlet, '(unknown outlet)') as outlet, count(*) as quotes,
      sum(s.kind = 'anonymous') as anonymous,
      round(100.0 * sum(s.kind = 'anonymous') / count(*), 1) as percent_anonymous,
      sum(q.speaker_id is null) as no_speaker
    from quotes q left join speakers s on s.id = q.speaker_id group by 1"""


def check(db: Path) -> None:
    con = sqlite3.connect(db)
    try:
        speakers = con.execute("select id, quotes, direct, mixed, indirect from speakers order by id").fetchall()
        grouped = con.execute(
            "select s.id, count(q.id), coalesce(sum(q.kind = 'direct'), 0), coalesce(sum(q.kind = 'mixed'), 0), "
            "coalesce(sum(q.kind = 'indirect'), 0) from speakers s left join quotes q on q.speaker_id = s.id "
            "group by s.id order by s.id").fetchall()
        assert speakers == grouped and all(n > 0 for _, n, *_ in speakers)
        fast = con.execute(QUERIES["top_speakers"]["sql"]).fetchall()
        assert sorted(fast, key=repr) == sorted(con.execute(TOP_SPEAKERS).fetchall(), key=repr)
        fast = con.execute(QUERIES["anonymous_by_outlet"]["sql"]).fetchall()
        assert sorted(fast) == sorted(con.execute(ANONYMOUS_BY_OUTLET).fetchall())
        assert con.execute("select sum(articles) from outlets").fetchone()[0] == con.execute(
            "select count(*) from articles").fetchone()[0]
        # a speaker's quotes over time: the article's date copied into article_speakers
        assert con.execute("select count(*) from article_speakers x join articles a on a.id = x.article_id "
                           "where x.published is not a.published").fetchone() == (0,)
    finally:
        con.close()


@pytest.fixture
def inputs(tmp_path):
    d = corpus(tmp_path)
    (d / "wire.jsonl").write_text(
        '{"text": "Officials said the border would reopen. “We are ready,” a senior official said.", '
        '"url": "https://example.org/w1", "outlet": "Wire", "published": "2026-03-01"}\n'
        '{"text": "“Trade resumes Monday,” Munir Akram said, according to a statement.", '
        '"url": "https://example.org/w2", "outlet": "Wire", "published": "2026-03-02"}\n', encoding="utf-8")
    return d


def test_counts_after_a_fresh_build(inputs, tmp_path):
    db = tmp_path / "q.db"
    build([inputs], db)
    check(db)
    con = sqlite3.connect(db)
    wire = con.execute("select articles, quotes, anonymous from outlets where name = 'Wire'").fetchone()
    assert wire[0] == 2 and wire[1] >= 3 and wire[2] >= 1
    top = con.execute(QUERIES["top_speakers"]["sql"]).fetchall()
    assert [r[1] for r in top].count("all anonymous sources") == 1
    assert [r[3] for r in top] == sorted((r[3] for r in top), reverse=True)


def test_counts_follow_an_incremental_build(inputs, tmp_path):
    db = tmp_path / "q.db"
    build([inputs], db)
    (inputs / "short1.txt").write_text("Talks go on\n\n“It is done,” Munir Akram said.\n", encoding="utf-8")
    (inputs / "late.txt").write_text("Later\n\n“I said it first,” Munir Akram said. “Again,” a diplomat said.\n",
                                     encoding="utf-8")
    (inputs / "short2.txt").unlink()
    result = build([inputs], db, prune=True)
    assert result.changed == 1 and result.new == 1 and result.pruned == 1
    check(db)
