"""The site in a real browser: Playwright driving Debian's Chromium against `quotedb serve`.

Skipped, with the reason printed, when Playwright or /usr/bin/chromium is missing
(`.ci/run` installs both).  Set QUOTEDB_SCREENSHOTS=DIR to keep the screenshots
(the README's pictures come from here).
"""

import csv
import io
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from extract.database import build

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync"]

sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests skipped: Playwright is not installed (pip install playwright)")
if not CHROMIUM.exists():
    pytest.skip(f"browser tests skipped: no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db: Path):
    """`quotedb serve` of ``db`` in its own process (this module's browser holds an
    event loop in this one), once it answers; yields its base URL."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "extract.cli", "serve", "--db", str(db), "--port", str(port),
                             "--metadata", str(ROOT / "metadata.yml")], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
            break
        except OSError:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("quotedb serve did not start")
            time.sleep(0.2)
    try:
        yield base
    finally:
        proc.terminate()
        proc.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser")
    db = root / "quotes.db"
    build([ROOT / "seeds"], db)
    for base in _serve(db):
        yield base, db


@pytest.fixture(scope="module")
def page(server):
    shots = Path(os.environ.get("QUOTEDB_SCREENSHOTS") or server[1].parent / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        pg = context.new_page()
        pg.shots = shots  # type: ignore[attr-defined]
        yield pg
        browser.close()


def shot(pg, name: str) -> None:
    pg.screenshot(path=str(pg.shots / f"{name}.png"))


def test_click_a_speaker_facet(server, page):
    base, db = server
    page.goto(base + "/quotes/quotes")
    shot(page, "quotes-table")
    page.locator("#facet-speaker_id a", has_text="Munir Akram").first.click()
    page.wait_for_url("**speaker_id=munir-akram**")
    n = sqlite3.connect(db).execute("select count(*) from quotes where speaker_id = 'munir-akram'").fetchone()[0]
    assert page.locator("h3").first.inner_text().startswith(f"{n} row")
    shot(page, "speaker-facet")


def test_search_quotes(server, page):
    base, _ = server
    page.goto(base + "/quotes/quotes")
    page.fill("input[name=_search]", "negotiations")
    page.locator("input[name=_search]").press("Enter")
    page.wait_for_url("**_search=negotiations**")
    cells = page.locator("td.col-text").all_inner_texts()
    assert cells and all("negotiat" in c.lower() for c in cells)
    shot(page, "search")


def test_open_a_quote_then_its_article(server, page):
    base, db = server
    qid = sqlite3.connect(db).execute("select id from quotes where speaker_id = 'munir-akram' and kind = 'direct' limit 1").fetchone()[0]
    page.goto(base + "/quotes/quotes?speaker_id=munir-akram&kind=direct")
    page.locator(f"td.col-id a[href$='{qid}']").click()
    page.wait_for_url(f"**/quotes/quotes/{qid}")
    assert page.locator(".quotedb-paragraph mark").count() == 1
    assert "Munir Akram" in page.locator(".quotedb-who").inner_text()
    shot(page, "quote")
    page.locator(".quotedb-context a", has_text="Akram").last.click()
    page.wait_for_url("**/quotes/articles/**")
    mark = page.locator(f"mark[id='q-{qid}']")
    assert mark.count() == 1 and mark.is_visible()
    assert page.locator(".quotedb-text mark.q").count() >= 10
    shot(page, "article")


def test_download_csv(server, page):
    base, db = server
    page.goto(base + "/quotes/quotes?kind=indirect")
    page.locator("#export input[name=_dl]").check()
    with page.expect_download() as info:
        page.locator("#export input[type=submit][value='Export CSV']").click()
    path = info.value.path()
    rows = list(csv.DictReader(io.StringIO(Path(path).read_text(encoding="utf-8"))))
    n = sqlite3.connect(db).execute("select count(*) from quotes where kind = 'indirect'").fetchone()[0]
    assert len(rows) == n and {r["kind"] for r in rows} == {"indirect"}


def test_charts_render_and_link(server, page):
    base, _ = server
    page.goto(base + "/-/charts")
    assert page.locator("svg.quotedb-chart").count() == 3
    box = page.locator("svg.quotedb-chart").first.bounding_box()
    assert box and box["width"] > 400 and box["height"] > 100
    shot(page, "charts")
    page.locator("svg.quotedb-chart a", has_text="Munir Akram").first.click()
    page.wait_for_url("**speaker_id=munir-akram**")


HOSTILE = (
    "Hostile markup in the news today\n\n"
    "“<script>window.__pwned = 1</script> is no way to talk,” Munir Akram said on Monday.\n\n"
    "“<img src=x onerror=\"window.__pwned = 2\"> was in the letter,” he added.\n\n"
    "Akram said that <a href=\"javascript:window.__pwned = 3\">click here</a> was a trap set for readers.\n"
)


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    (root / "in").mkdir()
    (root / "in" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = root / "quotes.db"
    build([root / "in"], db)
    for base in _serve(db):
        yield base, db


def test_article_markup_is_shown_as_text_and_never_runs(hostile_server, page):
    """Every page that renders article text: <script>, <img onerror> and javascript:
    links show as text, and no script of theirs runs."""
    base, db = hostile_server
    con = sqlite3.connect(db)
    article = con.execute("select id from articles").fetchone()[0]
    quotes = [r[0] for r in con.execute("select id from quotes")]
    speakers = [r[0] for r in con.execute("select id from speakers")]
    con.close()
    assert len(quotes) >= 3
    pages = ([f"/quotes/articles/{article}", "/quotes/quotes", "/quotes/quotes?_search=trap", "/-/charts",
              "/quotes/speakers"] + [f"/quotes/quotes/{q}" for q in quotes] + [f"/quotes/speakers/{s}" for s in speakers])
    dialogs: list[str] = []

    def on_dialog(d) -> None:
        dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    try:
        for path in pages:
            response = page.goto(base + path)
            assert response is not None and response.status == 200, path
            page.wait_for_timeout(100)
            assert page.evaluate("window.__pwned") is None, path
            assert page.locator("a[href^='javascript:']").count() == 0, path
            assert page.locator("img[src='x']").count() == 0, path
        page.goto(f"{base}/quotes/articles/{article}")
        text = page.inner_text("body")
        assert "<script>window.__pwned = 1</script>" in text and 'onerror="window.__pwned = 2"' in text
        assert '<a href="javascript:window.__pwned = 3">' in text
    finally:
        page.remove_listener("dialog", on_dialog)
    assert dialogs == []
