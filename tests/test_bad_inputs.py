"""One build over a corpus of bad and odd inputs beside good articles (issue 11):
every good article is stored, each bad input gives at most one stderr line and
one `errors` row, nothing hangs, and --strict exits 1."""

from __future__ import annotations

import gzip
import io
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path


GOOD = "“The bridge will open in spring,” Mayor Ana Ruiz said on Monday. She added that the budget was balanced.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def bad_corpus(d: Path) -> tuple[set[str], set[str]]:
    """Write the corpus; return the names of the good articles and of the bad inputs."""
    good = {
        "good.txt": GOOD,
        "crlf.txt": GOOD.replace("\n", "\r\n"),
        "with space and ñandú.txt": GOOD,
        "controls.txt": "Budget day\u200b\n\n“We will\u200b win,” Mayor Ana Ruiz said.\x07\x0b\n",
    }
    for name, text in good.items():
        (d / name).write_text(text, encoding="utf-8")
    (d / "latin1.txt").write_bytes(("Caf\xe9 news today\n\n" + GOOD.replace("“", '"').replace("”", '"')).encode("cp1252"))
    (d / "utf16.txt").write_bytes(GOOD.encode("utf-16"))
    good |= {"latin1.txt": "", "utf16.txt": ""}
    (d / "page.html").write_text(f"<html><head><title>Bridge</title></head><body><nav>Home | News</nav><article><h1>Bridge"
                                 f"</h1><p>{GOOD}</p><p>The council met for three hours on the budget and the bridge plan"
                                 f" before the vote.</p></article><footer>Cookies</footer></body></html>", encoding="utf-8")
    good["page.html"] = ""
    (d / "good.jsonl").write_text('{"text": "' + GOOD.strip().replace('"', '\\"') + '"}\n', encoding="utf-8")
    good["good.jsonl#1"] = ""

    bad: dict[str, bytes | None] = {
        "empty.txt": b"",
        "blank.txt": b"  \n\t\n",
        "bom.txt": b"\xef\xbb\xbf",
        "binary.txt": bytes(range(256)) * 4,
        "image.txt": PNG * 20,
        "nul.txt": b"Budget\x00day\x00" * 50,
        "scripts.html": b"<html><head><script>var a = 1;</script></head><body><script>alert(1)</script></body></html>",
        "broken.html": b"<html><body><div><p>Unclosed <b>tags <i>everywhere</div>",
        "notobjects.jsonl": b"1\n\"text\"\n[1, 2]\n",
        "notext.jsonl": b'{"title": "no text here"}\n',
        "numbers.json": b"[1, 2, 3, 4, 5, 6, 7, 8]",
        "random.warc.gz": os.urandom(2048),
        "big.txt": b"Headline\n\n" + GOOD.encode() * 40_000,
    }
    for name, data in bad.items():
        (d / name).write_bytes(data)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", GOOD)
    (d / "zip.html").write_bytes(buf.getvalue())
    (d / "truncated.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\n<html>")[:-10])
    os.mkfifo(d / "fifo.txt")
    (d / "loop.txt").symlink_to(d / "loop.txt")
    (d / "dangling.txt").symlink_to(d / "nowhere.txt")
    (d / "dir.txt").mkdir()
    (d / "dir.txt" / "inner.md").write_text(GOOD, encoding="utf-8")
    good["dir.txt/inner.md"] = ""  # a directory named like a file is a directory: its articles count
    names = set(bad) | {"zip.html", "truncated.warc.gz", "fifo.txt", "loop.txt", "dangling.txt"}
    return set(good), names


def test_one_build_over_bad_and_odd_inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    good, bad = bad_corpus(d)
    db = tmp_path / "q.db"
    # A process with a time limit: a FIFO or a symlink loop must not hang the build.
    result = subprocess.run([sys.executable, "-m", "extract.cli", "build", str(d), "--db", str(db), "--jobs", "2",
                             "--max-size", "1", "--strict"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    for name in bad:
        mine = [line for line in lines if f"/{name}" in line]
        if name == "notobjects.jsonl":  # JSON lines: one line for each bad line, naming it
            assert [line.split(": ")[1].rsplit("#", 1)[1] for line in mine] == ["1", "2", "3"]
        else:
            assert len(mine) <= 1, (name, mine)
    assert {line.split(": ", 2)[1].rsplit("/", 1)[-1].split("#")[0] for line in lines} <= bad | {"notobjects.jsonl"}
    assert any("big.txt" in line and "1 MiB" in line or "big.txt" in line and "limit" in line for line in lines)
    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchone() == ("ok",)
    stored = {p.split("/in/", 1)[1] for (p,) in con.execute("select path from articles")}
    assert good <= stored, good - stored
    assert not stored & bad
    errors = con.execute("select count(*) from errors").fetchone()[0]
    assert errors == len(lines)
    quotes = dict(con.execute("select a.path, count(q.id) from articles a left join quotes q on q.article_id = a.id group by a.id"))
    assert all(n >= 1 for p, n in quotes.items()), quotes
