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


def _wait_until_up(base):
    """Until the server at ``base`` answers (at most 300 tries, 0.2 s apart on refusal)."""
    for _ in range(300):
        try:
            if fetch(base + "/-/versions.json")[0] == 200:
                return
        except OSError:
            time.sleep(0.2)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("public")
    db = root / "quotes.db"
    build([ROOT / "seeds"], db)
    port = _free_port()
    cmd = datasette_command(db, ROOT / "metadata.yml", "127.0.0.1", port)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    _wait_until_up(base)
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


def test_published_image_serves_the_site_as_quotedb_serve_does(served, tmp_path, monkeypatch):
    """`quotedb publish package` runs Datasette's own `datasette package`.  Docker is not
    running here, so the test stops at the docker build: it takes the build context
    Datasette made (Dockerfile, database, metadata, quotedb's source), checks the
    Dockerfile, and runs the Dockerfile's own inspect and serve commands in that
    directory (on the loopback), then checks the site: quotedb's plugin and settings,
    immutable, read-only, facets and search."""
    import shlex
    import shutil
    import sys

    from click.testing import CliRunner
    import datasette.cli as datasette_cli

    from extract.cli import cli

    _, _, db = served
    context = tmp_path / "context"

    def docker_build(args):  # what `docker build` would be given
        assert args[:2] == ["docker", "build"]
        shutil.copytree(".", context)
        return 0

    monkeypatch.setattr(datasette_cli, "call", docker_build)
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: "/usr/bin/docker" if name == "docker" else None)
    # `quotedb publish` runs datasette in a subprocess; here it runs in this process,
    # with the same command line, so that `docker build` can be caught.
    printed = CliRunner().invoke(cli, ["publish", "package", "--db", str(db), "--metadata", str(ROOT / "metadata.yml"),
                                       "--source-dir", str(tmp_path / "src"), "--dry-run", "-t", "quotes-site"])
    assert printed.exit_code == 0, printed.output
    argv = shlex.split(printed.output)
    assert argv[1:4] == ["-m", "datasette", "package"] and argv[-2:] == ["-t", "quotes-site"]
    result = CliRunner().invoke(datasette_cli.cli, argv[3:])
    assert result.exit_code == 0, result.output

    dockerfile = (context / "Dockerfile").read_text()
    assert "RUN pip install -U datasette ./quotedb-source/quotedb" in dockerfile
    assert (context / "quotedb-source" / "quotedb" / "pyproject.toml").exists()
    assert (context / "quotedb-source" / "quotedb" / "extract" / "site" / "__init__.py").exists()
    assert (context / "quotes.db").exists() and (context / "metadata.json").exists()
    cmd = shlex.split(next(line for line in dockerfile.splitlines() if line.startswith("CMD "))[4:])
    assert cmd[:2] == ["datasette", "serve"] and ["-i", "quotes.db"] == cmd[cmd.index("-i"):cmd.index("-i") + 2]
    for key, value in SETTINGS.items():
        expected = ("on" if value else "off") if isinstance(value, bool) else str(value)
        assert expected == cmd[cmd.index(key) + 1], key
    inspect = shlex.split(next(line for line in dockerfile.splitlines() if line.startswith("RUN datasette inspect"))[4:])

    # the image's steps, with this machine's Python (quotedb is installed in it already)
    python = [sys.executable, "-m"]
    subprocess.run(python + inspect, cwd=context, check=True, stdout=subprocess.DEVNULL)
    port = _free_port()
    cmd[cmd.index("--host") + 1] = "127.0.0.1"  # 0.0.0.0 inside a container; the loopback here
    cmd = cmd[:cmd.index("--port")] + ["--port", str(port)]
    proc = subprocess.Popen(python + cmd, cwd=context, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base)
        plugins = json.loads(fetch(base + "/-/plugins.json")[1])
        assert "quotedb" in {p["name"] for p in plugins}
        settings = json.loads(fetch(base + "/-/settings.json")[1])
        assert all(settings[k] == v for k, v in SETTINGS.items())
        databases = json.loads(fetch(base + "/-/databases.json")[1])
        assert [(d["name"], d["is_mutable"]) for d in databases] == [("quotes", False)]
        status, body, _ = fetch(base + "/quotes/quotes.json?_search=win&_extra=facet_results")
        facets = json.loads(body)["facet_results"]
        assert status == 200 and {"speaker_id", "kind"} <= set(facets.get("results", facets))
        status, _, _ = fetch(f"{base}/quotes.json?" + urllib.parse.urlencode({"sql": "delete from quotes"}))
        assert status >= 400
        status, body, _ = fetch(base + "/quotes/top_speakers.json")
        assert status == 200 and json.loads(body)["rows"]
    finally:
        proc.terminate()
        proc.wait()
