"""Incremental, parallel and distributed builds: whatever way a database was built
or updated, its rows equal those of one fresh build of the same inputs."""

from __future__ import annotations

import io
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.database import build

ROOT = Path(__file__).parent.parent
TABLES = ("articles", "speakers", "article_speakers", "speaker_aliases", "quote_groups", "quotes", "rules", "outlets")


def rows(path: Path) -> dict[str, list]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"select * from {t} order by 1, 2").fetchall() for t in TABLES}
    finally:
        con.close()


def corpus(tmp_path: Path) -> Path:
    """The seeds plus a JSON-lines file and a few short articles naming the same people."""
    d = tmp_path / "in"
    shutil.copytree(ROOT / "seeds", d)
    (d / "extra.jsonl").write_text(
        '{"text": "“We will win,” Munir Akram said in New York.", "url": "https://example.org/a", "outlet": "Dawn"}\n'
        '{"text": "Akram said that talks had stalled. “Nothing moves,” he added.", "url": "https://example.org/b"}\n',
        encoding="utf-8")
    for n in range(3):
        (d / f"short{n}.txt").write_text(f"Talks go on in round {n}\n\n“Round {n} is over,” a security official said.\n",
                                         encoding="utf-8")
    return d


@pytest.fixture
def inputs(tmp_path):
    return corpus(tmp_path)


def test_unchanged_rebuild_skips_everything_and_keeps_rows(inputs, tmp_path):
    db = tmp_path / "q.db"
    first = build([inputs], db)
    before = rows(db)
    again = build([inputs], db)
    assert (again.new, again.changed, again.unchanged, again.quotes) == (0, 0, first.articles, 0)
    assert rows(db) == before


def test_changed_article_is_replaced_and_rows_equal_a_fresh_build(inputs, tmp_path):
    db, fresh = tmp_path / "q.db", tmp_path / "fresh.db"
    build([inputs], db)
    (inputs / "short1.txt").write_text("Talks go on\n\n“It is done,” Munir Akram said.\n", encoding="utf-8")
    (inputs / "extra.jsonl").write_text(
        '{"text": "“We will win,” Munir Akram said in New York.", "url": "https://example.org/a", "outlet": "Dawn"}\n'
        '{"text": "Akram said that talks had resumed.", "url": "https://example.org/b"}\n', encoding="utf-8")
    result = build([inputs], db)
    assert (result.new, result.changed) == (0, 2)
    build([inputs], fresh)
    assert rows(db) == rows(fresh)


def test_prune_removes_articles_whose_input_is_gone(inputs, tmp_path):
    db, fresh = tmp_path / "q.db", tmp_path / "fresh.db"
    build([inputs], db)
    (inputs / "short2.txt").unlink()
    kept = build([inputs], db)
    assert kept.pruned == 0 and len(rows(db)["articles"]) == kept.articles + 1
    pruned = build([inputs], db, prune=True)
    assert pruned.pruned == 1
    build([inputs], fresh)
    assert rows(db) == rows(fresh)


def test_new_article_added_to_existing_database(inputs, tmp_path):
    db, fresh = tmp_path / "q.db", tmp_path / "fresh.db"
    build([inputs], db)
    (inputs / "late.txt").write_text("Later news today\n\n“I said it first,” Munir Akram said.\n", encoding="utf-8")
    result = build([inputs], db)
    assert result.new == 1 and result.unchanged > 0
    build([inputs], fresh)
    assert rows(db) == rows(fresh)


def test_rows_do_not_depend_on_input_order(inputs, tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    files = sorted(p for p in inputs.iterdir())
    build(files, a)
    build(list(reversed(files)), b)
    assert rows(a) == rows(b)


def test_two_jobs_give_the_rows_of_one(inputs, tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    build([inputs], one, jobs=1)
    result = build([inputs], two, jobs=2, batch_size=2)
    assert result.articles == 10
    assert rows(one) == rows(two)


def test_rebuild_flag_starts_fresh(inputs, tmp_path):
    db = tmp_path / "q.db"
    build([inputs], db)
    result = build([inputs], db, rebuild=True)
    assert result.new == result.articles and result.unchanged == 0


def test_errors_table_lists_the_latest_builds_failures(inputs, tmp_path):
    db = tmp_path / "q.db"
    (inputs / "empty.txt").write_text("")
    build([inputs], db)
    con = sqlite3.connect(db)
    assert [(Path(p).name, r) for p, r in con.execute("select path, reason from errors")] == [("empty.txt", "empty file")]
    con.close()
    (inputs / "empty.txt").unlink()
    build([inputs], db)
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from errors").fetchone() == (0,)


def test_database_of_an_older_version_is_rebuilt(inputs, tmp_path):
    db = tmp_path / "q.db"
    con = sqlite3.connect(db)
    con.execute("create table articles (id text primary key, text text)")
    con.commit()
    con.close()
    result = build([inputs], db)
    assert result.new == result.articles > 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_dask_cluster_gives_the_rows_of_a_local_build(inputs, tmp_path):
    """A real `dask scheduler` and worker processes on 127.0.0.1."""
    pytest.importorskip("distributed")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    bin_dir = Path(sys.executable).parent
    procs = [subprocess.Popen([str(bin_dir / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--dashboard-address", ":0"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        time.sleep(1.0)
        procs.append(subprocess.Popen([str(bin_dir / "dask"), "worker", address, "--nworkers", "2", "--nthreads", "1",
                                       "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from distributed import Client
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        local, dask = tmp_path / "local.db", tmp_path / "dask.db"
        build([inputs], local)
        result = build([inputs], dask, scheduler=address, batch_size=2)
        assert result.articles == 10
        assert rows(local) == rows(dask)
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


def test_article_not_in_english_is_recorded_and_not_extracted(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "fr.txt").write_text(
        "Le maire a présenté son budget\n\n« Nous allons investir dans les écoles et les routes », a déclaré le maire "
        "lors du conseil municipal de lundi soir, devant une salle comble et des habitants inquiets pour leurs impôts.\n",
        encoding="utf-8")
    (d / "en.txt").write_text("Budget day\n\n“We will invest in schools,” the mayor said on Monday.\n", encoding="utf-8")
    db = tmp_path / "q.db"
    result = build([d], db)
    assert (result.articles, result.not_english) == (2, 1)
    con = sqlite3.connect(db)
    row = con.execute("select language, skipped, (select count(*) from quotes where article_id = a.id) from articles a "
                      "where path like '%fr.txt'").fetchone()
    assert row[0] == "fr" and "not English" in row[1] and row[2] == 0
    assert con.execute("select count(*) from quotes").fetchone() == (1,)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_only(inputs, tmp_path, monkeypatch):
    term = _Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    build([inputs], tmp_path / "a.db", progress=True)
    assert "building" in term.getvalue() and "10/10" in term.getvalue()  # the estimate: 10 articles, all done
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    build([inputs], tmp_path / "b.db", progress=True)
    assert pipe.getvalue() == ""


def _older_extractor(db: Path) -> None:
    """Mark a database's rows as written by other extraction code."""
    con = sqlite3.connect(db)
    con.execute("update build_info set value = 'older-rules' where key = 'extractor'")
    con.commit()
    con.close()


def test_rows_of_other_extraction_code_are_re_extracted(inputs, tmp_path):
    """After the rules change, a build re-extracts every stored article: those in its
    inputs from the input, the others from the text the database keeps.  The rows are
    those of a fresh build of everything with the current code, and the next build
    skips them again."""
    from extract.database import extractor_fingerprint
    db, fresh = tmp_path / "q.db", tmp_path / "fresh.db"
    first = build([inputs], db)
    _older_extractor(db)
    part = build([inputs / "extra.jsonl"], db, extractor=lambda doc: [])  # (other rules: no quotes at all)
    assert (part.new, part.changed, part.unchanged) == (0, first.articles, 0)
    assert part.refreshed == first.articles - 2
    build([inputs], fresh, extractor=lambda doc: [])
    assert rows(db) == rows(fresh)
    con = sqlite3.connect(db)
    assert con.execute("select value from build_info where key = 'extractor'").fetchone() == (extractor_fingerprint(),)
    assert con.execute("select count(*) from quotes").fetchone() == (0,)
    con.close()
    again = build([inputs], db)
    assert (again.changed, again.unchanged) == (0, first.articles)


def test_a_database_from_before_the_fingerprint_is_re_extracted(inputs, tmp_path):
    """A database written before `build_info` existed is current in its tables but not
    in its rows: the first build re-extracts it, whole, and records the code."""
    db, fresh = tmp_path / "q.db", tmp_path / "fresh.db"
    first = build([inputs], db)
    con = sqlite3.connect(db)
    con.execute("drop table build_info")
    con.commit()
    con.close()
    again = build([inputs], db)
    assert (again.new, again.changed, again.unchanged) == (0, first.articles, 0)
    build([inputs], fresh)
    assert rows(db) == rows(fresh)
