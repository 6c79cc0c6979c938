"""The CLI is a thin, documented layer: every command works and is in README."""

import json
from pathlib import Path

import sqlite_utils
import pytest
from click.testing import CliRunner

from extract.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def test_every_command_is_documented_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"quotedb {name}" in readme, name


def test_build_and_extract(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Talks headline for today\n\n“We will win this,” Munir Akram said.\n", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00")
    db = tmp_path / "q.db"
    result = CliRunner().invoke(cli, ["build", str(art), str(bad), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "1 articles, 1 quotes" in result.output
    assert f"error: {bad}: binary file" in result.output
    assert sqlite_utils.Database(db)["quotes"].count == 1
    strict = CliRunner().invoke(cli, ["build", str(art), str(bad), "--db", str(db), "--strict"])
    assert strict.exit_code == 1

    out = CliRunner().invoke(cli, ["extract", str(art)])
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert rows[0]["text"] == "We will win this," and rows[0]["speaker"] == "Munir Akram"
    assert (rows[0]["rule"], rows[0]["resolved_by"]) == ("trailing-attribution", "new-full-name")

    piped = CliRunner().invoke(cli, ["extract", "-"], input="“Yes, we can,” she said.")
    assert json.loads(piped.output)["cue"] == "said"


def test_rules_lists_every_rule_in_order():
    out = CliRunner().invoke(cli, ["rules"]).output
    assert out.index("trailing-attribution") < out.index("according-to-lead") < out.index("reported-complement")
    assert "e.g. " in out and "resolution" in out


def test_serve_needs_a_database(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1 and "run 'quotedb build' first" in result.output


def test_eval_reads_gold(tmp_path):
    gold = tmp_path / "g.jsonl"
    text = "“We will win,” Akram said."
    gold.write_text(json.dumps({"text": text, "quotes": [
        {"start": 0, "end": 14, "kind": "direct", "source": "Akram", "source_resolved": "Akram", "cue": "said"}]}) + "\n")
    result = CliRunner().invoke(cli, ["eval", str(gold), "--json"])
    scores = json.loads(result.output)
    assert scores["direct"]["f1"] == 1.0 and scores["direct"]["speaker_accuracy"] == 1.0
    by_rule = json.loads(CliRunner().invoke(cli, ["eval", str(gold), "--json", "--by-rule"]).output)
    assert by_rule["rules"]["trailing-attribution"] == {"predicted": 1, "precision": 1.0, "speaker_scored": 1, "speaker_accuracy": 1.0}
    assert by_rule["resolved_by"]["new-surname"]["predicted"] == 1
    table = CliRunner().invoke(cli, ["eval", str(gold), "--by-rule"]).output
    assert "trailing-attribution" in table and "speaker resolved by" in table
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    result = CliRunner().invoke(cli, ["eval", str(bad)])
    assert result.exit_code == 1 and "not JSON" in result.output


def test_stopping_quotedb_serve_stops_the_server(tmp_path):
    """SIGTERM (a service manager, a test's terminate()) to `quotedb serve` stops the
    server too: Datasette runs in its process, not in an orphaned child."""
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from extract.database import build

    db = tmp_path / "quotes.db"
    build([Path(__file__).parent.parent / "seeds"], db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "extract.cli", "serve", "--db", str(db), "--port", str(port)],
                            cwd=Path(__file__).parent.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/-/versions.json"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(url, timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        time.sleep(0.5)
        with pytest.raises(OSError):
            urllib.request.urlopen(url, timeout=2).read()
    finally:
        proc.kill()
