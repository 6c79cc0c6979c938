"""Crashes mid-build (issue 11): a build killed at any moment leaves a database that
passes SQLite's integrity check with no article half-written, and the next
uninterrupted build gives exactly the rows of a clean build; Ctrl-C stops cleanly,
keeps what was stored and says what."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from test_builds import rows  # the same comparison of every table as the build tests

ROOT = Path(__file__).parent.parent
QUOTEDB = [sys.executable, "-m", "extract.cli", "build"]
def corpus(d: Path, n: int) -> None:
    d.mkdir(exist_ok=True)
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(p, d)
    for i in range(n):
        who = ("Munir Akram", "Zahra Baloch", "a security official")[i % 3]
        (d / f"round{i:03d}.txt").write_text(
            f"Talks, round {i}\n\n“Round {i} is over and we will meet again,” {who} said on Monday. "
            f"Officials said that the next round would open in the capital.\n", encoding="utf-8")


def consistent(db: Path) -> None:
    con = sqlite3.connect(db)
    try:
        assert con.execute("pragma integrity_check").fetchone() == ("ok",)
        # every stored article has its quotes (each article in the corpus has some)
        assert con.execute("select count(*) from articles a where not exists "
                           "(select 1 from quotes q where q.article_id = a.id)").fetchone() == (0,)
        assert con.execute("select count(*) from quotes q where not exists "
                           "(select 1 from articles a where a.id = q.article_id)").fetchone() == (0,)
    finally:
        con.close()


def test_sigkill_at_random_moments_then_a_full_run_equals_a_clean_build(tmp_path):
    src = tmp_path / "in"
    corpus(src, 120)
    clean = tmp_path / "clean.db"
    subprocess.run(QUOTEDB + [str(src), "--db", str(clean), "--jobs", "2"], check=True, cwd=ROOT, capture_output=True)
    # timed on a second, warm run: the first one also compiles bytecode on a fresh
    # checkout, and moments spread over a run that long would fall after the kills' runs end
    t0 = time.perf_counter()
    subprocess.run(QUOTEDB + [str(src), "--db", str(tmp_path / "timed.db"), "--jobs", "2"], check=True, cwd=ROOT, capture_output=True)
    full = time.perf_counter() - t0
    db = tmp_path / "q.db"
    rng = random.Random(11)
    kills = 0
    for k in range(12):
        # moments spread over the whole run: start-up, extraction, linking, the swap
        delay = full * (k + rng.random()) / 13
        proc = subprocess.Popen(QUOTEDB + [str(src), "--db", str(db), "--jobs", "2"], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(delay)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
        if db.exists():
            consistent(db)
            if proc.returncode == 0:
                # A run that finished (a slow machine) leaves a complete database, and the
                # next runs would skip every article and end before their moment: start over.
                db.unlink()
    assert kills >= 10  # most runs were killed mid-way, not after finishing
    subprocess.run(QUOTEDB + [str(src), "--db", str(db), "--jobs", "2"], check=True, cwd=ROOT, capture_output=True)
    consistent(db)
    assert rows(db) == rows(clean)


def test_ctrl_c_commits_what_was_stored_and_says_so(tmp_path):
    src = tmp_path / "in"
    corpus(src, 5000)
    db = tmp_path / "q.db"
    # A shell that starts jobs in the background leaves them ignoring SIGINT; a
    # terminal's build does not, so the child gets the default handler back.
    proc = subprocess.Popen(QUOTEDB + [str(src), "--db", str(db), "--jobs", "2"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    tmp = db.with_name(db.name + ".tmp")
    for _ in range(300):  # until the build is writing
        if tmp.exists() and tmp.stat().st_size > 0:
            break
        time.sleep(0.05)
    time.sleep(1.5)  # some articles stored
    assert proc.poll() is None, "the build ended before Ctrl-C: give it more articles"
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole process group
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted: committed" in err and "Traceback" not in err
    consistent(db)
    stored = sqlite3.connect(db).execute("select count(*) from articles").fetchone()[0]
    assert 0 < stored < 5005 and f"{stored} articles" in err
    subprocess.run(QUOTEDB + [str(src), "--db", str(db), "--jobs", "2"], check=True, cwd=ROOT, capture_output=True)
    clean = tmp_path / "clean.db"
    subprocess.run(QUOTEDB + [str(src), "--db", str(clean), "--jobs", "2"], check=True, cwd=ROOT, capture_output=True)
    assert rows(db) == rows(clean)


def test_ctrl_c_waits_for_the_article_being_stored():
    """A Ctrl-C that lands while an article is being stored (say just after its
    commit) is raised when the article is done, so the summary counts every
    article the database holds."""
    import pytest
    from extract.database import _InterruptGuard

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        guard = _InterruptGuard()
        done = []
        with guard:
            with pytest.raises(KeyboardInterrupt):
                with guard.deferred():
                    os.kill(os.getpid(), signal.SIGINT)
                    with guard.deferred():  # nested: an error reported while storing
                        time.sleep(0.01)
                    done.append("stored")
                    time.sleep(0.01)
                    done.append("counted")
            assert done == ["stored", "counted"]
            with pytest.raises(KeyboardInterrupt):  # between articles: at once
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(1)
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, previous)
