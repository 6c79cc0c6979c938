"""The public site (issue 11): read-only, local unless told otherwise, and protected
from an expensive query: a cross join over quotes is cut off and the next request is
answered promptly."""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from extract.database import build
from extract.serving import SETTINGS, datasette_command

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, data: bytes | None = None) -> tuple[int, bytes, float]:
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=30) as r:
            return r.status, r.read(), time.perf_counter() - t0
    except urllib.error.HTTPError as e:
        return e.code, e.read(), time.perf_counter() - t0


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("public")
    db = root / "quotes.db"
    build([ROOT / "seeds"], db)
    port = _free_port()
    cmd = datasette_command(db, ROOT / "metadata.yml", "127.0.0.1", port)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if fetch(base + "/-/versions.json")[0] == 200:
                break
        except OSError:
            time.sleep(0.2)
    yield base, cmd, db
    proc.terminate()
    proc.wait()


def test_serves_only_on_the_loopback_by_default(served):
    _, cmd, _ = served
    assert cmd[cmd.index("--host") + 1] == "127.0.0.1"
    assert "--immutable" in cmd


def test_no_writes(served):
    base, _, db = served
    for sql in ("delete from quotes", "update speakers set name = 'x'", "insert into rules (id) values ('x')",
                "drop table quotes", "attach database ':memory:' as m"):
        status, body, _ = fetch(f"{base}/quotes.json?" + urllib.parse.urlencode({"sql": sql}))
        assert status >= 400, (sql, body[:200])
    # no write API in this Datasette line: posting rows is refused
    status, _, _ = fetch(f"{base}/quotes/quotes/-/insert", data=json.dumps({"row": {"id": "x"}}).encode())
    assert status >= 400
    import sqlite3
    assert sqlite3.connect(db).execute("select count(*) from rules where id = 'x'").fetchone() == (0,)


def test_expensive_query_is_cut_off_and_the_next_request_is_prompt(served):
    base, _, _ = served
    cross = "select count(*) from quotes a, quotes b, quotes c, quotes d, quotes e"
    status, body, took = fetch(f"{base}/quotes.json?" + urllib.parse.urlencode({"sql": cross}))
    assert status >= 400 and b"too long" in body.lower(), body[:300]
    assert took < SETTINGS["sql_time_limit_ms"] / 1000 + 3
    status, _, took = fetch(f"{base}/quotes/quotes.json?_size=5")
    assert status == 200 and took < 2.0
