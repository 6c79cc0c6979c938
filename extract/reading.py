"""Read articles from files: plain text, Markdown, HTML pages, WARC web archives, and
JSON (lines or a document) with metadata; ``-`` reads JSON lines from standard input.

Every failure becomes an `InputError` carrying the path, the line or record where
that applies, and a one-line reason, so a run over many files can report a bad one
and go on.  Text in legacy encodings is decoded (see `extract.encodings`); HTML
and archives are read by `extract.formats`.

An article's identity is its URL when it has one, else its path: `Article.id` is a
hash of the identity, so an article that changes keeps its id, and
`Article.content_hash` tells whether it changed.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit, urlunsplit

from .encodings import UndecodableError, decode_bytes
from .formats import ArchiveError, PageError, RawPage, clean_text, describe_size, looks_like_html, warc_pages
from .lexicon import ENGLISH_FUNCTION_WORDS

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
JSON_SUFFIXES = frozenset({".jsonl", ".json", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
WARC_SUFFIXES = (".warc", ".warc.gz")  # matched on the end of the name: '.gz' alone is not enough
SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES
STDIN = "-"  # as an input: JSON lines from standard input
STDIN_NAME = "<stdin>"
MAX_BYTES = 64 * 1024 * 1024
"""The default limit on what is read into memory at once: a text or HTML file, a
JSON document, one JSON line, one WARC record.  JSON-lines files and archives are
streamed, so they may be larger."""

ACCEPTED_LANGUAGES = frozenset({"en"})  # what the extractor's rules are written for
LANGUAGE_PREFIX = 600  # characters that language detection looks at
MIN_LETTERS = 100  # fewer letters than this and detection is unreliable: language unknown
ENGLISH_MIN_WORDS = 40  # words the English fast path needs to see ...
ENGLISH_SHARE = 0.15  # ... and the share of them that must be English function words


class InputError(Exception):
    """An input that cannot be read as an article, with the reason in one line.

    ``path`` is the file (or ``<stdin>``); ``line`` is the JSON line (or the item of
    a JSON array) or the WARC record, counted from 1, when the error is in one of
    them.  ``location`` names it as the article would have been named:
    ``file.jsonl#7``, ``archive.warc.gz#record-3``."""

    def __init__(self, path: str, reason: str, line: int | None = None, unit: str = "") -> None:
        self.path = _display(str(path))
        self.reason = " ".join(str(reason).split())
        self.line = line
        self.unit = unit  # '' for JSON lines and items, 'record-' for WARC records
        super().__init__(f"{self.location}: {self.reason}")

    @property
    def location(self) -> str:
        return self.path if self.line is None else f"{self.path}#{self.unit}{self.line}"

    def __reduce__(self):
        return (type(self), (self.path, self.reason, self.line, self.unit))


@dataclass(frozen=True, slots=True)
class Article:
    """One article.  Build it with keywords; ``id``, ``identity`` and
    ``content_hash`` are derived from the rest."""

    path: str  # file, 'file.jsonl#7' or 'archive.warc.gz#record-3'
    text: str  # normalised (see `normalise`); one paragraph per line
    title: str | None = None  # from the input; else the Document's headline is used
    outlet: str | None = None  # from the input, or the web site's name
    published: str | None = None
    url: str | None = None
    author: str | None = None
    language: str | None = None  # ISO 639-1 code; None when the text is too short to tell
    encoding: str | None = None  # the encoding the input was decoded from
    identity: str = field(init=False)  # the URL (normalised) when known, else the path
    id: str = field(init=False)  # article_id(identity): stable while the article changes
    content_hash: str = field(init=False)  # content_hash(text)

    def __post_init__(self) -> None:
        identity = canonical_url(self.url) if self.url else self.path
        object.__setattr__(self, "identity", identity)
        object.__setattr__(self, "id", article_id(identity))
        object.__setattr__(self, "content_hash", content_hash(self.text))


def article_id(identity: str) -> str:
    """The id of the article with this identity (URL or path): 16 hex digits of its
    SHA-256, the same on every build."""
    return hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def content_hash(text: str) -> str:
    """16 hex digits of the SHA-256 of the (normalised) text: equal texts, equal hashes."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def canonical_url(url: str) -> str:
    """A URL as an identity: scheme and host in lower case, no fragment."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.scheme or not parts.netloc:
        return url
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def normalise(text: str) -> str:
    """Unify line endings and drop a byte-order mark; offsets point into the result."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language of ``text`` (py3langid on its first
    `LANGUAGE_PREFIX` characters), or None when it has fewer than `MIN_LETTERS`
    letters.  Text that is plainly English (`plainly_english`) is taken as English
    without the model, which costs about 0.25 ms an article (600 characters, about
    100 words, identify a language as well as 2,000 and cost a quarter as much) and
    loads in about 0.7 s on the first call: in a build of short English articles it
    was a twentieth of the extraction time."""
    prefix = text[:LANGUAGE_PREFIX]
    if sum(map(str.isalpha, prefix)) < MIN_LETTERS:
        return None
    if plainly_english(prefix):
        return "en"
    import py3langid  # lazy: loads its model on first use

    return py3langid.classify(prefix)[0]


_LATIN_WORD = re.compile(r"[a-z]+")


def plainly_english(text: str) -> bool:
    """Whether at least `ENGLISH_SHARE` of the text's (at least `ENGLISH_MIN_WORDS`)
    words are English function words that other languages do not share
    (`lexicon.ENGLISH_FUNCTION_WORDS`): true of English prose, and of no other
    language's, so the language model is not needed to tell."""
    words = _LATIN_WORD.findall(text.lower())
    if len(words) < ENGLISH_MIN_WORDS:
        return False
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) >= ENGLISH_SHARE * len(words)


def is_english(article: Article) -> bool:
    """Whether the extractor should read the article: its language is accepted, or
    too little text to tell (which counts as English)."""
    return article.language is None or article.language in ACCEPTED_LANGUAGES


def _article(path: str, text: str, declared_language: str | None = None, **meta: str | None) -> Article:
    """An article as read, with the language its input declares if any; detection
    (`with_language`) waits until the article is extracted, so that a build skips
    its cost for unchanged articles and runs it in the extraction workers."""
    language = declared_language.strip().lower().replace("_", "-").split("-")[0] or None if declared_language else None
    return Article(path=_display(path), text=text, language=language, **meta)


@dataclass(frozen=True, slots=True)
class PendingPage:
    """An HTML page (a file, or a web archive's record) read but not parsed yet: what
    `read_all` yields in place of its article when asked to defer pages, so that a
    build parses pages in its extraction workers, not in its one reading process."""

    file: str  # the HTML file or the web archive
    page: RawPage
    record: int | None = None  # the archive's record number, from 1

    @property
    def path(self) -> str:
        """As the article's path: 'page.html' or 'archive.warc.gz#record-3'."""
        return self.file if self.record is None else f"{self.file}#record-{self.record}"

    def parse(self) -> Article:
        """The article; raises `InputError` for a page that holds none."""
        try:
            page = self.page.parse()
        except PageError as exc:
            raise InputError(self.file, str(exc), line=self.record, unit="record-" if self.record else "") from None
        return Article(path=self.path, text=normalise(page.text), title=page.title, outlet=page.outlet,
                       published=page.published, url=self.page.url or page.url, author=page.author,
                       encoding=page.encoding)


def with_language(article: Article) -> Article:
    """The article with its language detected from the text (the input's declared
    language only where the text is too short to tell)."""
    detected = detect_language(article.text)
    if detected is None or detected == article.language:
        return article
    return replace(article, language=detected)


# ---------------------------------------------------------------- reading files


def read_path(path: str | Path, max_bytes: int = MAX_BYTES, defer_pages: bool = False
              ) -> Iterator[Article | PendingPage | InputError]:
    """The articles in one file (a JSON or WARC file may hold many); ``-`` reads
    JSON lines from standard input.  With ``defer_pages`` an HTML page comes as a
    `PendingPage` to parse later (elsewhere).

    A file that cannot be read at all raises `InputError`; a bad record inside a
    JSON or WARC file is yielded as one, so the good records around it still load."""
    for item in _read_path(path, max_bytes):
        if isinstance(item, PendingPage) and not defer_pages:
            try:
                item = item.parse()
            except InputError as err:
                if item.record is None:
                    raise  # a page file that holds no article: the file fails
                item = err
        yield item


def _read_path(path: str | Path, max_bytes: int) -> Iterator[Article | PendingPage | InputError]:
    name = str(path)
    if name == STDIN:
        stream = getattr(sys.stdin, "buffer", sys.stdin)
        yield from _json_lines(STDIN_NAME, stream, max_bytes)
        return
    fh, size = _open(name)
    with fh:
        lower = name.lower()
        if lower.endswith(WARC_SUFFIXES):
            yield from _warc(name, fh, max_bytes)
            return
        suffix = os.path.splitext(lower)[1]
        if suffix in JSON_SUFFIXES:
            yield from _json_file(name, fh, size, max_bytes)
            return
        data = _read_whole(name, fh, size, max_bytes)
    if not data.strip():
        raise InputError(name, "empty file")
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and looks_like_html(data)):
        yield _html(name, data)
        return
    try:
        text, encoding = decode_bytes(data)
    except UndecodableError as exc:
        raise InputError(name, str(exc)) from None
    text = normalise(text)
    if not text.strip():
        raise InputError(name, "empty file")
    yield _article(name, text, encoding=encoding)


def _open(name: str) -> tuple[BinaryIO, int]:
    """Open a regular file for reading without ever blocking (a FIFO would wait for
    a writer), with a clear reason for everything else."""
    try:
        st = os.stat(name)
    except FileNotFoundError:
        if os.path.islink(name):
            raise InputError(name, "broken symbolic link (its target does not exist)") from None
        raise InputError(name, "no such file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(name, "symbolic link loop") from None
        raise InputError(name, exc.strerror or "cannot read") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(name, "is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(name, f"not a regular file ({_file_kind(st.st_mode)}); skipped")
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        reason = "no such file (deleted while reading)" if exc.errno == errno.ENOENT else exc.strerror
        raise InputError(name, reason or "cannot read") from None
    fst = os.fstat(fd)
    if not stat.S_ISREG(fst.st_mode):  # replaced between the stat and the open
        os.close(fd)
        raise InputError(name, f"not a regular file ({_file_kind(fst.st_mode)}); skipped")
    return os.fdopen(fd, "rb"), fst.st_size


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _read_whole(name: str, fh: BinaryIO, size: int, max_bytes: int) -> bytes:
    if size > max_bytes:
        raise InputError(name, f"file is {size / 1e6:.1f} MB, larger than the {describe_size(max_bytes)} limit")
    try:
        data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(name, exc.strerror or "cannot read") from None
    if len(data) > max_bytes:  # it grew since the stat
        raise InputError(name, f"file is larger than the {describe_size(max_bytes)} limit")
    return data


def _html(name: str, data: bytes) -> PendingPage:
    return PendingPage(_display(name), RawPage(data))


def _warc(name: str, fh: BinaryIO, max_bytes: int) -> Iterator[Article | InputError]:
    for n, uri, item in warc_pages(fh, max_bytes):
        if isinstance(item, ArchiveError):
            yield InputError(name, str(item))
        elif isinstance(item, Exception):
            yield InputError(name, str(item), line=n, unit="record-")
        else:
            yield PendingPage(_display(name), item, record=n)


# ---------------------------------------------------------------- JSON

_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _json_file(name: str, fh: BinaryIO, size: int, max_bytes: int) -> Iterator[Article | InputError]:
    """JSON lines are streamed; a JSON array, a '.json' file holding one object and
    a file in UTF-16 or UTF-32 are read whole."""
    head = fh.peek(8192)[:8192] if hasattr(fh, "peek") else b""
    start = head.removeprefix(codecs.BOM_UTF8).lstrip()[:1]
    wide = head.startswith(_WIDE_BOMS)
    one_object = name.lower().endswith(".json") and start == b"{" and size <= max_bytes
    if not (wide or start == b"[" or one_object):
        yield from _json_lines(name, fh, max_bytes)
        return
    data = _read_whole(name, fh, size, max_bytes)
    try:
        text, encoding = decode_bytes(data)
    except UndecodableError as exc:
        raise InputError(name, str(exc)) from None
    if not text.strip():
        raise InputError(name, "empty file")
    text = text.removeprefix("\ufeff")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if start != b"[" and exc.msg == "Extra data":  # more than one value: JSON lines after all
            yield from _json_lines(name, io.BytesIO(text.encode("utf-8", "surrogatepass")), max_bytes, encoding)
            return
        raise InputError(name, f"not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if isinstance(value, dict):
        yield _record(name, None, value, encoding)
        return
    if not isinstance(value, list):
        raise InputError(name, f"JSON {_kind(value)}, expected an object with a 'text' field or an array of them")
    if not value:
        raise InputError(name, "empty JSON array")
    if not any(isinstance(item, dict) for item in value):
        raise InputError(name, f"JSON array of {_kind(value[0])}s, expected objects with a 'text' field")
    for n, item in enumerate(value, 1):
        yield _record(name, n, item, encoding)


def _json_lines(name: str, stream: BinaryIO, max_bytes: int, encoding: str | None = None) -> Iterator[Article | InputError]:
    """One record per line, read a line at a time; a bad line is one error naming it.
    ``encoding`` is the file's, when it was decoded whole; else each line is
    decoded as UTF-8 or, failing that, as its detected encoding."""
    n = records = 0
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            break
        n += 1
        if isinstance(raw, str):  # a text stream standing in for stdin
            raw = raw.encode("utf-8", "surrogateescape")
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n" if isinstance(rest, bytes) else "\n"):
                pass
            records += 1
            yield InputError(name, f"line is larger than the {describe_size(max_bytes)} limit", line=n)
            continue
        if n == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if not raw.strip():
            continue
        records += 1
        try:
            line, line_encoding = raw.decode("utf-8"), encoding or "utf-8"
        except UnicodeDecodeError:
            try:
                line, line_encoding = decode_bytes(raw)
            except UndecodableError as exc:
                yield InputError(name, str(exc), line=n)
                continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(name, f"not valid JSON ({exc.msg})", line=n)
            continue
        yield _record(name, n, value, line_encoding)
    if not records:
        yield InputError(name, "empty file" if name != STDIN_NAME else "no input")


def _kind(value: object) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number")


def _record(name: str, n: int | None, rec: object, encoding: str) -> Article | InputError:
    if not isinstance(rec, dict):
        return InputError(name, f"record is a JSON {_kind(rec)}, expected an object with a 'text' field", line=n)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(name, "record has no 'text' string", line=n)
    author = rec.get("author") or rec.get("authors")
    if isinstance(author, list):
        author = "; ".join(a for a in author if isinstance(a, str) and a.strip())
    return _article(
        name if n is None else f"{name}#{n}",
        normalise(text),
        declared_language=clean_text(rec.get("language") or rec.get("lang")),
        title=clean_text(rec.get("title")),
        outlet=clean_text(rec.get("outlet") or rec.get("publisher") or rec.get("source") or rec.get("site_name")),
        published=clean_text(rec.get("published") or rec.get("date")),
        url=clean_text(rec.get("url")),
        author=clean_text(author),
        encoding=encoding,
    )


# ---------------------------------------------------------------- finding files


def _display(name: str) -> str:
    """A path as text that can be printed and stored: bytes that are not UTF-8
    (kept by Python as lone surrogates) become U+FFFD."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return name


def _is_article_name(name: str) -> bool:
    lower = name.lower()
    return os.path.splitext(lower)[1] in SUFFIXES or lower.endswith(WARC_SUFFIXES)


def _targets(inputs: Iterable[str | Path]) -> Iterator[str | InputError]:
    """The files to read, and an `InputError` for a directory that cannot be listed."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    for item in inputs:
        if str(item) == STDIN:
            yield STDIN
            continue
        if not str(item):
            yield InputError("''", "empty path")
            continue
        p = Path(item)
        try:
            st = os.stat(p)
        except OSError:
            yield str(p)  # read_path says what is wrong with it
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(str(p), {(st.st_dev, st.st_ino)})
        else:
            yield str(p)


def _walk(root: str, seen: set[tuple[int, int]]) -> Iterator[str | InputError]:
    """The article files under a directory, depth first in name order (the order of
    sorting their paths), following symbolic links but never into a directory
    already visited.  Hidden files and directories are skipped.  A file whose name
    says article but that is not a regular file (a FIFO, a dangling link) is
    listed, so that reading it reports it."""
    try:
        with os.scandir(root) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield InputError(root, f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(root, entry.name)
        try:
            is_dir = entry.is_dir()  # follows links; False for a dangling link or a loop
        except OSError:
            is_dir = False
        if is_dir:
            try:
                st = os.stat(path)
            except OSError as exc:
                yield InputError(path, exc.strerror or "cannot read")
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen:
                yield InputError(path, "directory already visited (a symbolic link back into the tree); skipped")
                continue
            seen.add(key)
            yield from _walk(path, seen)
        elif _is_article_name(entry.name):
            yield path


def expand(inputs: Iterable[str | Path]) -> Iterator[str]:
    """Files named directly, and the article files inside named directories, sorted
    so that every build visits them in the same order.  Problems met while listing
    directories are left to `read_all`, which reports them."""
    for target in _targets(inputs):
        if isinstance(target, str):
            yield target


def read_all(inputs: Iterable[str | Path], max_bytes: int = MAX_BYTES, defer_pages: bool = False
             ) -> Iterator[Article | PendingPage | InputError]:
    """Every article, or an `InputError` in its place; never raises for a bad input.
    ``max_bytes`` limits what is read into memory at once (see `MAX_BYTES`); with
    ``defer_pages`` HTML pages come unparsed (`PendingPage`)."""
    for target in _targets(inputs):
        if isinstance(target, InputError):
            yield target
            continue
        try:
            yield from read_path(target, max_bytes, defer_pages)
        except InputError as err:
            yield err
        except Exception as exc:  # noqa: BLE001 - one unreadable input must not end the run
            yield InputError(target, f"could not be read ({type(exc).__name__}: {exc})")


def estimate_count(inputs: Iterable[str | Path]) -> int | None:
    """About how many articles the inputs hold, for a progress bar's ETA: one per
    text, HTML or JSON file, one per non-blank line of a JSON-lines file (lines
    counted, not parsed); None when a web archive or standard input makes it unknown."""
    total = 0
    for name in expand(inputs):
        lower = name.lower()
        if name == "-" or lower.endswith(WARC_SUFFIXES):
            return None
        if os.path.splitext(lower)[1] in JSON_SUFFIXES - {".json"}:
            try:
                with open(name, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                continue
        else:
            total += 1
    return total
