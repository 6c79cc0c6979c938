"""Web pages and web archives: the article in an HTML page, the HTML pages in a WARC.

trafilatura finds the main text and the metadata (title, author, date through
htmldate, site name, canonical URL) and drops navigation, ads, scripts, sidebars,
"most read" lists, cookie banners and footers.  It is imported on the first page,
so reading plain text never pays its import time (about 0.3 s).

Archives are read with warcio rather than fastwarc: warcio is pure Python (it
installs wherever Python does) and streams gzip-per-record archives record by
record.  fastwarc parses faster, but here every HTML record then goes through
trafilatura, which costs a hundred times more than parsing the record, so its
speed would not show.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from .encodings import UndecodableError, decode_bytes

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# Cookie and consent banners: trafilatura drops most, but its fallback extractors
# pick one up on a page that has nothing else, so they go before extraction.
_PRUNE = (
    "//*[not(self::html or self::body or self::main or self::article)]"
    "[contains(translate(@id, 'COKIE', 'cokie'), 'cookie') or contains(translate(@class, 'COKIE', 'cokie'), 'cookie')"
    " or contains(@id, 'consent') or contains(@class, 'consent') or contains(@class, 'gdpr')]"
)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b", re.IGNORECASE | re.DOTALL)

# The libraries log a failed extraction as an error; the caller reports it as an
# InputError instead, so their records go nowhere unless the application
# configures logging (a NullHandler keeps Python's last-resort stderr handler out).
for _name in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


class PageError(ValueError):
    """A page or record that holds no article; the message is the reason."""


class ArchiveError(PageError):
    """The archive cannot be read past this point."""


@dataclass(frozen=True, slots=True)
class Page:
    text: str  # one paragraph per line
    encoding: str
    title: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    outlet: str | None = None  # the site's name, else its host name
    url: str | None = None  # canonical URL, if the page gives one


def describe_size(n: int) -> str:
    return f"{n / 2**20:g} MiB" if n >= 2**20 else f"{n:,} bytes"


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_START.match(data[:2048].lstrip(b"\xef\xbb\xbf")))


def parse_html(data: bytes, declared: str | None = None, url: str | None = None) -> Page:
    """The article in an HTML page.  ``declared`` is a charset from the transport
    (HTTP headers), ``url`` where the page was fetched from.  Raises `PageError`."""
    try:
        html, encoding = decode_bytes(data, declared=declared, html=True)
    except UndecodableError as exc:
        raise PageError(str(exc)) from None
    if not html.strip():
        raise PageError("empty file")
    import trafilatura  # lazy: see the module docstring

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True,
            include_comments=False, include_tables=False, include_images=False, include_links=False,
            deduplicate=False,  # its cache is global: a paragraph seen in one page would vanish from the next
            prune_xpath=_PRUNE,
            # No extensive search: it takes a copyright line ('© 2024') for the date.
            date_extraction_params={"extensive_search": False, "original_date": True,
                                    "max_date": date.today().isoformat()},
            config=_config(),
        )
    except Exception as exc:  # noqa: BLE001 - lxml and trafilatura raise many kinds
        raise PageError(f"could not parse HTML ({type(exc).__name__}: {exc})") from None
    text = _paragraphs(doc.text if doc is not None else None)
    if not text:
        raise PageError("no article text found in HTML")
    return Page(
        text=text, encoding=encoding,
        title=clean_text(doc.title), author=clean_text(doc.author), published=clean_text(doc.date),
        outlet=clean_text(doc.sitename) or clean_text(doc.hostname), url=clean_text(doc.url),
    )


def _paragraphs(text: str | None) -> str:
    """The extracted text with one paragraph per line, or '' if it holds no sentence
    (a page of links and labels: 'Home', 'News', 'Sport')."""
    if not text:
        return ""
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    if not any(_is_sentence(line) for line in lines) or sum(c.isalpha() for c in text) < 100:
        return ""
    return "\n".join(lines) + "\n"


def _is_sentence(line: str) -> bool:
    """Five words or more, ending as sentences end."""
    return line.rstrip("\"'”’»)]").endswith((".", "!", "?", "…")) and len(line.split(None, 5)) >= 5


def clean_text(value: object) -> str | None:
    """A metadata value as text: stripped, and None when it is empty or not a string."""
    return value.strip() or None if isinstance(value, str) else None


_CONFIG = None


def _config():
    global _CONFIG
    if _CONFIG is None:
        from trafilatura.settings import use_config

        _CONFIG = use_config()
        # The reader enforces its own size limit before a page gets here.
        _CONFIG.set("DEFAULT", "MAX_FILE_SIZE", str(2**40))
    return _CONFIG


def warc_pages(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, str | None, RawPage | PageError]]:
    """Each HTML page in a WARC archive as ``(record number, target URI, page)``,
    with a `PageError` in place of a page that cannot be read; numbers count every
    record from 1.  Requests, metadata, revisits, redirects and non-HTML responses
    are skipped.

    Records are streamed, one in memory at a time.  In a gzip-per-record archive
    (the usual ``.warc.gz``) a corrupt record is one error and reading goes on at
    the next gzip member that holds a record.  An archive that cannot be read on
    (not a WARC file at all, truncated, corrupt and not seekable) ends with an
    `ArchiveError`."""
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    while True:  # one pass per readable stretch of the archive
        archive = ArchiveIterator(stream)
        records = iter(archive)
        while True:
            warned = archive.err_count
            try:
                # warcio writes a warning about a bad record length to stderr itself;
                # it is counted in err_count and reported below instead.
                with contextlib.redirect_stderr(io.StringIO()):
                    record = next(records)
            except StopIteration:
                if archive.err_count > warned:
                    yield n, None, PageError(_BAD_LENGTH)
                return
            except Exception as exc:  # noqa: BLE001 - warcio, gzip and zlib all raise their own
                reason = re.sub(r"[^\x20-\x7e]+", "?", " ".join(str(exc).split()))[:120] or type(exc).__name__
                if n == 0:
                    yield 0, None, ArchiveError(f"not a WARC archive ({reason})")
                    return
                resume = _next_member(stream, archive.offset)
                if resume is None:
                    yield n + 1, None, ArchiveError(f"archive breaks after record {n} ({reason})")
                    return
                n += 1
                yield n, None, PageError(f"corrupt record, skipped to the next one ({reason})")
                stream.seek(resume)
                break
            if archive.err_count > warned:
                yield n, None, PageError(_BAD_LENGTH)
            if record.format != "warc":
                yield n + 1, None, ArchiveError("not a WARC archive (no WARC/1.x header)" if n == 0
                                                else f"archive breaks after record {n} (no WARC/1.x header)")
                return
            n += 1
            uri = _target(record)
            try:
                item: RawPage | PageError | None = _warc_record(record, max_bytes)
            except PageError as exc:
                item = exc
            except Exception as exc:  # noqa: BLE001 - a broken record is reported and skipped
                item = PageError(f"broken record ({type(exc).__name__}: {exc})")
            if _truncated(record):
                yield n, uri, ArchiveError(f"archive is truncated: record {n} ends early")
                return
            if item is not None:
                yield n, uri, item


_BAD_LENGTH = "record not followed by a blank line: its Content-Length may be wrong"


def _truncated(record) -> bool:
    """Whether the archive ended before the record's Content-Length did."""
    raw = record.raw_stream
    try:
        while raw.read(1 << 16):
            pass
    except Exception:  # noqa: BLE001 - a corrupt member: the iterator reports it next
        return False
    return getattr(raw, "limit", 0) > 0


def _next_member(stream: BinaryIO, broken: int) -> int | None:
    """The offset of the first gzip member after ``broken`` that begins a WARC
    record, or None (an uncompressed or unseekable archive, or none left)."""
    try:
        if not stream.seekable():
            return None
        stream.seek(0)
        if stream.read(2) != b"\x1f\x8b":
            return None
        pos = broken + 1
        while True:
            stream.seek(pos)
            chunk = stream.read(1 << 20)
            if len(chunk) < 3:
                return None
            at = chunk.find(b"\x1f\x8b\x08")
            if at < 0:
                pos += len(chunk) - 2
                continue
            stream.seek(pos + at)
            try:
                head = zlib.decompressobj(31).decompress(stream.read(4096), 16)
            except zlib.error:
                head = b""
            if head.startswith(b"WARC/"):
                return pos + at
            pos += at + 1
    except (OSError, ValueError):
        return None


def _target(record) -> str | None:
    try:
        return clean_text(record.rec_headers.get_header("WARC-Target-URI"))
    except Exception:  # noqa: BLE001
        return None


@dataclass(frozen=True, slots=True)
class RawPage:
    """An HTML page not parsed yet: its bytes, the charset its transport declared and
    the address it was fetched from.  Parsing costs ten times what extracting its
    quotes does, so a build sends it to its extraction workers as it is."""

    data: bytes
    declared: str | None = None
    url: str | None = None

    def parse(self) -> Page:
        return parse_html(self.data, declared=self.declared, url=self.url)


def _warc_record(record, max_bytes: int) -> RawPage | None:
    """The page in one record, or None for a record that is not an HTML page."""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return None
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return None  # redirects, errors and not-modified carry no article
        content_type = http.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None  # warcinfo, request, metadata, revisit, conversion
    media, _, params = content_type.partition(";")
    media = media.strip().lower()
    if not media or media in ("application/octet-stream", "text/plain"):
        # often unlabelled or mislabelled: Common Crawl records what it found
        media = (record.rec_headers.get_header("WARC-Identified-Payload-Type") or media).strip().lower()
    if media not in HTML_TYPES:
        return None
    charset = None
    m = re.search(r"charset\s*=\s*[\"']?([^\"';\s]+)", params, re.IGNORECASE)
    if m:
        charset = m.group(1)
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        raise PageError(f"page is larger than the {describe_size(max_bytes)} limit")
    return RawPage(data, declared=charset, url=_target(record))
