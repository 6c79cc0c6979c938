"""Reading inputs: every format, odd paths, encodings, language and identity.

All fixtures are written here (no network, no copied news pages)."""

import gzip
import io
import json
import os
import pickle
import socket
import sys
import time

import pytest

from extract.reading import (
    MAX_BYTES, Article, InputError, article_id, content_hash, detect_language, expand, is_english, normalise, plainly_english,
    read_all, read_path, with_language,
)

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour council approves new ferry route | The Lakeside Courier</title>
<meta property="og:site_name" content="The Lakeside Courier">
<meta property="og:title" content="Harbour council approves new ferry route">
<meta name="author" content="Petra Quill">
<meta property="article:published_time" content="2023-05-14T09:30:00+00:00">
<link rel="canonical" href="https://courier.example.org/news/2023/05/14/ferry-route">
<script>var tracking = "ANALYTICS SCRIPT TEXT";</script>
<style>.x { color: red }</style>
</head>
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li></ul></nav></header>
<div class="ad advertisement">BUY DISCOUNT SOFAS TODAY</div>
<main>
<article>
<h1>Harbour council approves new ferry route</h1>
<p class="byline">By Petra Quill</p>
<p>The harbour council voted on Tuesday to approve a new ferry route linking the old town
with the island of Marrow, ending a dispute that had lasted for almost three years.</p>
<p>“This is a good day for everyone who lives on the island,” said Council Leader Ada Brennick.
“We have listened, and we have acted.”</p>
<p>The route will run four times a day from June, the council said in a statement, and fares will be
capped for residents during the first year of service.</p>
<p>Opponents said the plan would add traffic to the narrow streets near the quay. “Nobody asked the
people who live here,” said Tomas Ferrow, who runs a bakery on Quay Street.</p>
<p>The ferry operator, Marrow Lines, said it expected to carry more than 100,000 passengers in the first
twelve months.</p>
</article>
</main>
<aside class="sidebar most-read"><h2>Most read</h2><ol>
<li><a href="/a">Local dog wins national prize for bravery</a></li>
<li><a href="/b">Five things to do this weekend in town</a></li>
<li><a href="/c">Road closures announced for the summer festival</a></li></ol></aside>
<footer><p>© 2023 The Lakeside Courier. All rights reserved. Contact us | Privacy policy | Terms</p></footer>
<script>document.write("MORE SCRIPT TEXT");</script>
</body>
</html>
"""

NO_ARTICLE = """<!DOCTYPE html><html><head><title>The Lakeside Courier - Home</title></head><body>
<div class="cookie-banner">We use cookies to improve your experience on our site. Accept all cookies?</div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul>
</nav></header>
<aside class="most-read"><h2>Most read</h2><ol><li><a href="/a">Local dog wins national prize for bravery</a></li>
<li><a href="/b">Five things to do this weekend in town</a></li></ol></aside>
<footer><p>© 2024 The Lakeside Courier. All rights reserved.</p></footer></body></html>
"""

STORY = ("“We will open the bridge in spring,” said Mayor Ines Corbel, adding that the works had gone well.\n"
         "The council approved the budget on Monday after a long debate about the cost of repairs.\n")
FRENCH = ("Le conseil municipal a voté mardi une nouvelle ligne de bateau entre la vieille ville et l'île. "
          "« Nous avons écouté les habitants », a déclaré la maire, qui espère un service dès le mois de juin.\n")
GERMAN = ("Der Stadtrat hat am Dienstag eine neue Fährverbindung zwischen der Altstadt und der Insel beschlossen. "
          "„Wir haben den Menschen zugehört“, sagte die Bürgermeisterin, die mit einem Betrieb ab Juni rechnet.\n")


def items(*inputs, **kw):
    return list(read_all([str(i) for i in inputs], **kw))


def articles(*inputs, **kw):
    out = items(*inputs, **kw)
    errors = [x for x in out if isinstance(x, InputError)]
    assert not errors, errors
    return out


def errors(*inputs, **kw):
    return [x for x in items(*inputs, **kw) if isinstance(x, InputError)]


# ---------------------------------------------------------------- plain text


def test_text_article(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(("\ufeffBridge to open in spring\r\n\r\n" + STORY).encode("utf-8"))
    [a] = articles(p)
    assert a.path == str(p) and a.title is None and a.url is None
    assert a.text == normalise("Bridge to open in spring\n\n" + STORY) and "\r" not in a.text
    assert (a.encoding, a.language, with_language(a).language) == ("utf-8", None, "en")
    assert a.identity == str(p) and a.id == article_id(str(p)) and a.content_hash == content_hash(a.text)


# ---------------------------------------------------------------- encodings


def test_utf16_with_bom(tmp_path):
    for codec in ("utf-16", "utf-16-be", "utf-32"):
        p = tmp_path / f"{codec}.txt"
        data = ("\ufeff" if codec != "utf-16" else "") + STORY
        p.write_bytes(data.encode(codec))
        [a] = articles(p)
        assert a.text == STORY and a.encoding == codec.split("-be")[0], codec


def test_utf16_without_bom(tmp_path):
    p = tmp_path / "le.txt"
    p.write_bytes(STORY.encode("utf-16-le"))
    [a] = articles(p)
    assert a.text == STORY and a.encoding == "utf-16-le"


def test_cp1252_curly_quotes_and_accents(tmp_path):
    text = "“Le café est fermé,” said René Dupont, who has run it since 1990. “It’s été a long year.”\n"
    p = tmp_path / "legacy.txt"
    p.write_bytes(text.encode("cp1252"))
    [a] = articles(p)
    assert a.text == text and a.encoding == "cp1252"


def test_latin1_declared_in_html_meta(tmp_path):
    page = PAGE.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    page = page.replace("Ada Brennick", "Ada Brennick-Müller")
    p = tmp_path / "latin.html"
    p.write_bytes(page.replace("“", '"').replace("”", '"').replace("©", "(c)").encode("latin-1"))
    [a] = articles(p)
    assert "Brennick-Müller" in a.text and a.encoding == "cp1252"  # WHATWG: Latin-1 means Windows-1252


def test_encoding_in_xml_declaration(tmp_path):
    page = PAGE.replace("<!DOCTYPE html>", '<?xml version="1.0" encoding="iso-8859-15"?>\n<!DOCTYPE html>')
    page = page.replace('<meta charset="utf-8">', "").replace("Ada Brennick", "Ada Brennick-Müller")
    p = tmp_path / "x.xhtml"
    p.write_bytes(page.replace("“", '"').replace("”", '"').replace("©", "(c)").encode("iso-8859-15"))
    [a] = articles(p)
    assert "Brennick-Müller" in a.text and a.encoding == "iso8859-15"


@pytest.mark.parametrize("name, data, kind", [
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG image"),
    ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(64), "JPEG image"),
    ("page.html", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(200), "ZIP archive"),
    ("nul.txt", b"Some words\x00\x01\x02 and \x00\x00\x00\x07 binary " * 20, "contains NUL"),
    ("controls.txt", b"text \x01\x02\x03\x04\x05\x06\x0e\x0f more \x10\x11\x12 " * 50, "control characters"),
])
def test_binary_files_are_one_clear_error(tmp_path, name, data, kind):
    p = tmp_path / name
    p.write_bytes(data)
    [err] = items(p)
    assert isinstance(err, InputError) and err.path == str(p) and err.line is None
    assert err.reason.startswith("binary file") and kind in err.reason, err.reason


def test_empty_and_size_limit(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("  \n\n ")
    big = tmp_path / "big.txt"
    big.write_text(STORY * 100)
    assert [e.reason for e in errors(tmp_path / "empty.txt", tmp_path / "blank.txt")] == ["empty file"] * 2
    [err] = errors(big, max_bytes=1000)
    assert "larger than the 1,000 bytes limit" in err.reason
    assert articles(big, max_bytes=MAX_BYTES)


# ---------------------------------------------------------------- HTML


def test_html_article_and_metadata(tmp_path):
    p = tmp_path / "ferry.html"
    p.write_text(PAGE, encoding="utf-8")
    [a] = articles(p)
    assert a.title == "Harbour council approves new ferry route"
    assert (a.author, a.published, a.outlet) == ("Petra Quill", "2023-05-14", "The Lakeside Courier")
    assert a.url == "https://courier.example.org/news/2023/05/14/ferry-route"
    assert a.identity == a.url and a.id == article_id(a.url)
    assert (with_language(a).language, a.encoding) == ("en", "utf-8")
    lines = a.text.splitlines()
    # one paragraph per line, the hard-wrapped source lines joined
    assert lines[1].startswith("The harbour council voted on Tuesday") and lines[1].endswith("almost three years.")
    assert lines[2] == ("“This is a good day for everyone who lives on the island,” said Council Leader Ada Brennick. "
                        "“We have listened, and we have acted.”")
    assert lines[-1].startswith("The ferry operator, Marrow Lines")
    for junk in ("cookies", "Home", "Weather", "SOFAS", "SCRIPT", "color", "Most read", "Local dog", "rights reserved",
                 "Privacy", "By Petra Quill"):
        assert junk not in a.text, junk


def test_html_quotes_are_extracted(tmp_path):
    from extract import extract

    p = tmp_path / "ferry.htm"
    p.write_text(PAGE, encoding="utf-8")
    [a] = articles(p)
    speakers = {q.speaker.name for q in extract(a.text) if q.speaker}
    assert {"Ada Brennick", "Tomas Ferrow"} <= speakers


def test_html_without_article_text(tmp_path):
    p = tmp_path / "home.html"
    p.write_text(NO_ARTICLE, encoding="utf-8")
    [err] = items(p)
    assert isinstance(err, InputError) and err.reason == "no article text found in HTML"
    (tmp_path / "empty.html").write_text("<html><body></body></html>")
    assert [e.reason for e in errors(tmp_path / "empty.html")] == ["no article text found in HTML"]


def test_html_without_metadata_has_no_made_up_date(tmp_path):
    p = tmp_path / "bare.html"
    p.write_text("<html><body><article>" + "".join(f"<p>{line}</p>" for line in STORY.splitlines())
                 + "</article><footer>© 2024 Someone</footer></body></html>")
    [a] = articles(p)
    assert a.published is None and a.url is None and a.identity == str(p)
    assert a.text.splitlines() == STORY.splitlines()


def test_trafilatura_is_imported_only_for_html(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(STORY)
    code = ("import sys; from extract.reading import read_all; "
            f"assert list(read_all([{str(p)!r}]))[0].text; print('trafilatura' in sys.modules, 'warcio' in sys.modules)")
    import subprocess
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


# ---------------------------------------------------------------- WARC


def _warc(path, records, gz=True):
    """records: (kind, uri, payload bytes, http status or None, content type)"""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for kind, uri, payload, status, ctype in records:
            http = None
            if kind == "response":
                http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, kind, payload=io.BytesIO(payload), http_headers=http,
                                               warc_content_type=ctype if kind != "response" else None)
            writer.write_record(record)
    return path


def _other_page(title, who):
    return PAGE.replace("Harbour council approves new ferry route", title).replace("Ada Brennick", who).replace(
        '<link rel="canonical" href="https://courier.example.org/news/2023/05/14/ferry-route">', "")


def test_warc_html_responses_become_articles(tmp_path):
    path = _warc(tmp_path / "crawl.warc.gz", [
        ("request", "https://courier.example.org/one", b"GET /one HTTP/1.1\r\nHost: courier.example.org\r\n\r\n", None, None),
        ("response", "https://courier.example.org/one", _other_page("Ferry one", "Ada Brennick").encode(), "200 OK",
         "text/html; charset=utf-8"),
        ("metadata", "https://courier.example.org/one", b"fetchTimeMs: 120\r\n", None, "application/warc-fields"),
        ("response", "https://courier.example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(40), "200 OK", "image/png"),
        ("response", "https://courier.example.org/old", b"", "301 Moved Permanently", "text/html"),
        ("response", "https://courier.example.org/two", _other_page("Ferry two", "Ines Corbel").encode("cp1252",
         "replace"), "200 OK", "text/html; charset=windows-1252"),
    ])
    got = items(path)
    assert [a.path for a in got] == [f"{path}#record-3", f"{path}#record-7"]  # record 1 is warcinfo
    one, two = got
    assert (one.url, one.title, one.identity) == ("https://courier.example.org/one", "Ferry one", one.url)
    assert (two.url, two.title, two.encoding) == ("https://courier.example.org/two", "Ferry two", "cp1252")
    assert "Ines Corbel" in two.text and "Most read" not in two.text
    assert one.id != two.id and one.outlet == "The Lakeside Courier"


def test_warc_uncompressed(tmp_path):
    path = _warc(tmp_path / "crawl.warc", [("response", "https://e.example/a", PAGE.encode(), "200 OK", "text/html")],
                 gz=False)
    [a] = articles(path)
    assert a.url == "https://e.example/a" and a.path == f"{path}#record-2"


def test_warc_page_without_article_is_one_error_and_the_rest_goes_on(tmp_path):
    path = _warc(tmp_path / "crawl.warc.gz", [
        ("response", "https://e.example/home", NO_ARTICLE.encode(), "200 OK", "text/html"),
        ("response", "https://e.example/story", PAGE.encode(), "200 OK", "text/html"),
    ])
    err, art = items(path)
    assert (err.path, err.line, err.reason) == (str(path), 2, "no article text found in HTML")
    assert str(err) == f"{path}#record-2: no article text found in HTML"
    assert art.url == "https://e.example/story"


def test_warc_corrupt_record_is_one_error_and_the_rest_goes_on(tmp_path):
    good = _warc(tmp_path / "good.warc.gz", [("response", "https://e.example/a", PAGE.encode(), "200 OK", "text/html")])
    data = good.read_bytes()
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(data + gzip.compress(b"this is not a WARC record\r\n\r\n") + data)
    got = items(broken)
    assert [type(x).__name__ for x in got] == ["Article", "InputError", "Article"]
    assert got[1].line == 3 and "corrupt record" in got[1].reason
    assert got[0].url == got[2].url == "https://e.example/a"


def test_warc_truncated_and_random_bytes(tmp_path):
    path = _warc(tmp_path / "crawl.warc.gz", [
        ("response", "https://e.example/a", PAGE.encode(), "200 OK", "text/html"),
        ("response", "https://e.example/b", PAGE.replace("ferry", "tram").encode(), "200 OK", "text/html"),
    ])
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 300])
    got = items(cut)
    assert isinstance(got[0], Article) and got[0].url == "https://e.example/a"
    assert len(got) == 2 and isinstance(got[1], InputError) and "truncated" in got[1].reason
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(os.urandom(5000))
    [err] = items(junk)
    assert err.line is None and "not a WARC archive" in err.reason
    text = tmp_path / "text.warc"
    text.write_text(STORY)
    [err] = items(text)
    assert "not a WARC archive" in err.reason


def test_warc_record_size_limit(tmp_path):
    path = _warc(tmp_path / "crawl.warc.gz", [("response", "https://e.example/a", PAGE.encode(), "200 OK", "text/html")])
    [err] = items(path, max_bytes=1000)
    assert err.line == 2 and "larger than the 1,000 bytes limit" in err.reason


# ---------------------------------------------------------------- JSON


def test_json_lines_with_bad_lines(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join([
        json.dumps({"text": STORY, "title": "Bridge", "url": "https://e.example/bridge", "publisher": "Courier",
                    "date": "2024-01-02", "author": ["A. Writer", "B. Writer"]}),
        "",
        "not json",
        json.dumps({"title": "no text"}),
        json.dumps([1, 2]),
        json.dumps({"text": STORY}),
    ]) + "\n")
    got = items(p)
    first, e3, e4, e5, last = got
    assert (first.path, first.title, first.outlet, first.published, first.author) == (
        f"{p}#1", "Bridge", "Courier", "2024-01-02", "A. Writer; B. Writer")
    assert first.identity == "https://e.example/bridge" and last.identity == f"{p}#6"
    assert [(e.path, e.line) for e in (e3, e4, e5)] == [(str(p), 3), (str(p), 4), (str(p), 5)]
    assert str(e3) == f"{p}#3: not valid JSON (Expecting value)"
    assert e4.reason == "record has no 'text' string" and "array" in e5.reason
    assert first.content_hash == last.content_hash and first.id != last.id


def test_json_array_and_single_object(tmp_path):
    arr = tmp_path / "arr.json"
    arr.write_text(json.dumps([{"text": STORY, "outlet": "Courier"}, "oops", {"text": FRENCH}], indent=2))
    a1, err, a3 = items(arr)
    assert (a1.path, a1.outlet, err.line, a3.path, with_language(a3).language) == (f"{arr}#1", "Courier", 2, f"{arr}#3", "fr")
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": STORY, "title": "Bridge"}, indent=2))
    [a] = articles(one)
    assert (a.path, a.title) == (str(one), "Bridge")
    lines = tmp_path / "lines.json"  # JSON lines under a .json name still work
    lines.write_text(json.dumps({"text": STORY}) + "\n" + json.dumps({"text": GERMAN}) + "\n")
    assert [a.path for a in articles(lines)] == [f"{lines}#1", f"{lines}#2"]


def test_json_array_of_non_objects_is_one_error(tmp_path):
    p = tmp_path / "nums.json"
    p.write_text("[1, 2, 3]")
    [err] = items(p)
    assert err.path == str(p) and err.line is None and "array of numbers" in err.reason
    (tmp_path / "empty.json").write_text("[]")
    (tmp_path / "broken.json").write_text('[{"text": "x"},')
    (tmp_path / "scalar.json").write_text('"just a string"')
    reasons = [e.reason for e in errors(tmp_path / "empty.json", tmp_path / "broken.json", tmp_path / "scalar.json")]
    assert reasons[0] == "empty JSON array" and reasons[1].startswith("not valid JSON (line 1")
    assert "JSON string" in reasons[2]


def test_json_lines_encodings_and_limits(tmp_path):
    p = tmp_path / "legacy.jsonl"
    p.write_bytes(json.dumps({"text": "“Café,” said René. " + STORY}, ensure_ascii=False).encode("cp1252") + b"\n")
    [a] = articles(p)
    assert a.text.startswith("“Café,” said René.") and a.encoding == "cp1252"
    wide = tmp_path / "wide.jsonl"
    wide.write_bytes((json.dumps({"text": STORY}) + "\n" + json.dumps({"text": GERMAN}) + "\n").encode("utf-16"))
    assert [(a.path, a.encoding) for a in articles(wide)] == [(f"{wide}#1", "utf-16"), (f"{wide}#2", "utf-16")]
    long = tmp_path / "long.jsonl"
    long.write_text(json.dumps({"text": STORY * 50}) + "\n" + json.dumps({"text": STORY}) + "\n")
    err, ok = items(long, max_bytes=2000)
    assert err.line == 1 and "line is larger" in err.reason and ok.path == f"{long}#2"
    (tmp_path / "empty.jsonl").write_text("\n\n")
    assert [e.reason for e in errors(tmp_path / "empty.jsonl")] == ["empty file"]


def test_stdin_json_lines(monkeypatch):
    data = json.dumps({"text": STORY, "url": "https://e.example/s"}) + "\nnot json\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode()), encoding="utf-8"))
    art, err = read_all(["-"])
    assert (art.path, art.url) == ("<stdin>#1", "https://e.example/s")
    assert (err.path, err.line) == ("<stdin>", 2)


# ---------------------------------------------------------------- identity


def test_identity_and_content_hash(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(STORY)
    [before] = articles(p)
    p.write_text(STORY + "A correction was added later.\n")
    [after] = articles(p)
    assert before.id == after.id and before.content_hash != after.content_hash  # same article, changed
    q = tmp_path / "copy.txt"
    q.write_text(STORY)
    [copy] = articles(q)
    assert copy.id != before.id and copy.content_hash == before.content_hash  # another article, same text
    u1 = Article(path="x#1", text="a", url="HTTPS://Example.ORG/story#comments")
    u2 = Article(path="y#9", text="b", url="https://example.org/story")
    assert u1.identity == u2.identity == "https://example.org/story" and u1.id == u2.id
    assert u1.url == "HTTPS://Example.ORG/story#comments"  # the URL itself is kept as given
    assert len(u1.id) == len(u1.content_hash) == 16
    assert Article(path="p", text="same").content_hash == Article(path="q", text="same").content_hash


# ---------------------------------------------------------------- language


def test_language_detection(tmp_path):
    for name, text, lang in (("en.txt", STORY, "en"), ("fr.txt", FRENCH, "fr"), ("de.txt", GERMAN, "de")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        [a] = articles(tmp_path / name)
        a = with_language(a)  # detected when the article is extracted, not when it is read
        assert a.language == lang, name
        assert is_english(a) == (lang == "en")
    (tmp_path / "short.txt").write_text("« Oui », dit-il.")
    [short] = articles(tmp_path / "short.txt")
    short = with_language(short)
    assert short.language is None and is_english(short)  # too short to tell: read as English
    assert detect_language("Ja.") is None


OTHER_LANGUAGES = {  # the same story in languages that share words with English
    "nl": "De gemeenteraad heeft dinsdag een nieuwe veerverbinding tussen de oude stad en het eiland goedgekeurd. "
          "'We hebben naar de bewoners geluisterd,' zei de burgemeester, die hoopt dat de dienst in juni begint. "
          "Het plan was al lang in de maak en de kosten zijn nog niet bekend, had zij gezegd.",
    "es": "El ayuntamiento aprobó el martes una nueva línea de barco entre el casco antiguo y la isla. "
          "«Hemos escuchado a los vecinos», dijo la alcaldesa, que espera que el servicio empiece en junio. "
          "He dicho muchas veces que la ciudad necesita más transporte, añadió el concejal.",
    "da": "Byrådet vedtog tirsdag en ny færgeforbindelse mellem den gamle by og øen. »Vi har lyttet til borgerne,« "
          "sagde borgmesteren, som håber at tjenesten starter i juni. Det er vigtigt at vi har en god forbindelse, "
          "og det har vi sagt længe, sagde hun til avisen.",
}


def test_plainly_english_text_skips_the_language_model(monkeypatch):
    import py3langid

    def no_model(text):
        raise AssertionError("the language model ran on plain English")

    monkeypatch.setattr(py3langid, "classify", no_model)
    assert plainly_english(STORY * 3)
    assert detect_language(STORY * 3) == "en"
    for text in (FRENCH * 3, GERMAN * 3, *OTHER_LANGUAGES.values()):
        assert not plainly_english(text), text[:30]
    assert not plainly_english("the of and to that")  # too few words to tell


def test_other_languages_still_go_to_the_model():
    for lang, text in OTHER_LANGUAGES.items():
        assert detect_language(text) == lang


# ---------------------------------------------------------------- odd paths


def test_fifo_is_skipped_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "ok.txt").write_text(STORY)
    start = time.monotonic()
    got = items(tmp_path) + items(fifo)
    assert time.monotonic() - start < 10
    errs = [x for x in got if isinstance(x, InputError)]
    assert len(errs) == 2 and all("not a regular file (a FIFO)" in e.reason for e in errs)
    assert sum(isinstance(x, Article) for x in got) == 1


def test_socket_is_skipped(tmp_path):
    path = tmp_path / "s.txt"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(path))
    except OSError:  # path too long for a socket on some systems
        pytest.skip("cannot bind a unix socket here")
    try:
        [err] = items(path)
        assert "not a regular file (a socket)" in err.reason
    finally:
        sock.close()


def test_symlinks(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "a.txt").write_text(STORY)
    (d / "sub" / "back").symlink_to(d)  # a loop back to the top
    (d / "self.txt").symlink_to(d / "self.txt")  # a link to itself
    (d / "dangling.txt").symlink_to(d / "gone.txt")
    (d / "linked.txt").symlink_to(d / "sub" / "a.txt")
    got = items(d)
    arts = [x for x in got if isinstance(x, Article)]
    errs = {os.path.basename(e.path): e.reason for e in got if isinstance(e, InputError)}
    assert sorted(os.path.basename(a.path) for a in arts) == ["a.txt", "linked.txt"]
    assert errs == {"back": "directory already visited (a symbolic link back into the tree); skipped",
                    "self.txt": "symbolic link loop", "dangling.txt": "broken symbolic link (its target does not exist)"}
    assert [e.reason for e in errors(d / "self.txt", d / "dangling.txt")] == [errs["self.txt"], errs["dangling.txt"]]


def test_directory_named_like_a_file_and_missing_files(tmp_path):
    d = tmp_path / "x.txt"
    d.mkdir()
    (d / "inner.txt").write_text(STORY)
    assert [a.path for a in articles(d)] == [str(d / "inner.txt")]
    assert [a.path for a in articles(tmp_path)] == [str(d / "inner.txt")]
    [err] = items(tmp_path / "missing.txt")
    assert err.reason == "no such file"
    with pytest.raises(InputError, match="is a directory"):
        list(read_path(d))


def test_file_deleted_between_listing_and_reading(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(STORY)
    got = []
    for item in read_all([tmp_path]):
        got.append(item)
        if len(got) == 1:
            (tmp_path / "b.txt").unlink()
    assert [type(x).__name__ for x in got] == ["Article", "InputError", "Article"]
    assert got[1].reason.startswith("no such file")


def test_unreadable_directory(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads everything")
    d = tmp_path / "locked"
    d.mkdir()
    (d / "a.txt").write_text(STORY)
    d.chmod(0)
    try:
        [err] = items(tmp_path)
        assert "cannot list directory" in err.reason
    finally:
        d.chmod(0o755)


def test_names_with_spaces_and_letters(tmp_path):
    d = tmp_path / "Été 2024 — ñews"
    d.mkdir()
    p = d / "Ünïcode story ök.txt"
    p.write_text(STORY)
    [a] = articles(d)
    assert a.path == str(p) and a.identity == str(p)
    bad = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"  # a name that is not UTF-8
    with open(bad, "wb") as fh:
        fh.write(STORY.encode())
    got = [x for x in items(tmp_path) if "caf" in x.path]
    assert len(got) == 1 and isinstance(got[0], Article) and got[0].path.endswith("caf\ufffd.txt")
    got[0].path.encode("utf-8")  # storable and printable


def test_expand_lists_every_format_in_order(tmp_path):
    for name in ("b.html", "a.txt", "c.htm", "d.warc.gz", "e.warc", "f.jsonl", "g.json", "h.md", "i.gz", "j.png",
                 ".hidden.txt", "k.WARC.GZ"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "z.txt").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    names = [os.path.relpath(p, tmp_path) for p in expand([tmp_path])]
    assert names == ["a.txt", "b.html", "c.htm", "d.warc.gz", "e.warc", "f.jsonl", "g.json", "h.md", "k.WARC.GZ",
                     os.path.join("sub", "z.txt")]
    assert list(expand([str(tmp_path / "j.png")])) == [str(tmp_path / "j.png")]  # named directly: read as given


def test_read_all_never_raises_and_errors_are_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    got = list(read_all([tmp_path / "missing", tmp_path, "", "-nope-"]))
    assert sum(isinstance(x, Article) for x in got) == 1
    for err in (x for x in got if isinstance(x, InputError)):
        assert "\n" not in str(err) and str(err).startswith(err.path)


def test_input_error_fields_and_pickling():
    err = InputError("feed.jsonl", "not valid JSON (Expecting value)", line=7)
    assert (err.path, err.line, err.location, str(err)) == (
        "feed.jsonl", 7, "feed.jsonl#7", "feed.jsonl#7: not valid JSON (Expecting value)")
    rec = InputError("a.warc.gz", "no article text\nfound", line=3, unit="record-")
    assert str(rec) == "a.warc.gz#record-3: no article text found"
    back = pickle.loads(pickle.dumps(rec))
    assert (back.path, back.line, back.unit, back.reason) == (rec.path, 3, "record-", rec.reason)
    assert str(InputError("a.txt", "empty file")) == "a.txt: empty file"


def test_pages_are_parsed_in_the_build_workers(tmp_path, monkeypatch):
    """A build reads HTML pages and archive records unparsed and parses them in its
    extraction workers (parsing costs ten times what extraction does); the rows are
    those of parsing in the reader, unchanged pages are still skipped on the next
    build, a page met twice (its canonical URL) is one article, and a page without
    an article is one error naming the record."""
    import sqlite3

    from extract.database import build
    from extract.formats import RawPage
    from extract.reading import PendingPage

    d = tmp_path / "in"
    d.mkdir()
    (d / "ferry.html").write_text(PAGE, encoding="utf-8")
    (d / "copy.htm").write_text(PAGE, encoding="utf-8")  # the same canonical URL: a duplicate
    (d / "notes.txt").write_text(STORY, encoding="utf-8")
    _warc(d / "crawl.warc.gz", [
        ("response", "https://e.example/home", NO_ARTICLE.encode(), "200 OK", "text/html"),
        ("response", "https://e.example/two", _other_page("Ferry two", "Ines Corbel").encode(), "200 OK", "text/html"),
    ])
    deferred = [i for i in read_all([d], defer_pages=True) if isinstance(i, PendingPage)]
    assert len(deferred) == 4 and all(isinstance(p.page, RawPage) for p in deferred)

    parsed_in = []
    real_parse = PendingPage.parse
    monkeypatch.setattr(PendingPage, "parse", lambda self: (parsed_in.append(os.getpid()), real_parse(self))[1])

    def table(db):
        con = sqlite3.connect(db)
        return (con.execute("select id, path, url, text, content_hash from articles order by id").fetchall(),
                con.execute("select id, speaker_id, text from quotes order by id").fetchall(),
                con.execute("select path, line, reason from errors").fetchall())

    one = build([d], tmp_path / "one.db", jobs=1)
    assert (one.new, one.duplicates, len(one.errors)) == (3, 1, 1) and parsed_in and set(parsed_in) == {os.getpid()}
    two = build([d], tmp_path / "two.db", jobs=2)
    assert (two.new, two.duplicates) == (3, 1)
    assert table(tmp_path / "one.db") == table(tmp_path / "two.db")
    articles_, quotes, errs = table(tmp_path / "one.db")
    assert errs == [(str(d / "crawl.warc.gz"), 2, "no article text found in HTML")]  # record 1 is warcinfo
    assert {a[2] for a in articles_} >= {"https://e.example/two"} and any("Ines Corbel" in q[2] or q[1] for q in quotes)
    # reader-side parsing gives the same articles
    inline = {(a.id, a.url, a.text, a.content_hash) for a in read_all([d]) if isinstance(a, Article)}
    assert inline == {(i, u, t, h) for i, _, u, t, h in articles_}
    assert str(d / "copy.htm") in {a[1] for a in articles_}  # the first of the two copies
    # the next build parses the pages again (their id is in them) but extracts nothing
    again = build([d], tmp_path / "two.db", jobs=2)
    assert (again.new, again.changed, again.unchanged, again.quotes) == (0, 0, 3, 0)
    assert table(tmp_path / "two.db") == (articles_, quotes, errs)


def test_a_worker_does_not_extract_a_page_that_is_stored_unchanged(monkeypatch):
    from extract import database
    from extract.formats import RawPage
    from extract.reading import PendingPage

    page = PendingPage("ferry.html", RawPage(PAGE.encode()))
    art = page.parse()
    monkeypatch.setattr(database, "_STORED", {art.id: art.content_hash})
    done = database.process(page, extractor=lambda doc: 1 / 0)  # would fail if it extracted
    assert done.parsed and done.unchanged and done.error is None and done.article == art
    monkeypatch.setattr(database, "_STORED", {art.id: "changed"})
    done = database.process(page)
    assert done.parsed and not done.unchanged and done.quotes
