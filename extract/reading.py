"""Read articles from files: plain text, Markdown, or JSON lines with metadata.

Every failure becomes an `InputError` carrying the path and a one-line reason, so a
run over many files can report a bad one and go on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
JSON_SUFFIXES = frozenset({".jsonl", ".json", ".ndjson"})
SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES
MAX_BYTES = 64 * 1024 * 1024  # larger files are refused rather than risk memory


class InputError(Exception):
    """A file that cannot be read as an article, with the reason in one line."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Article:
    id: str  # a hash of the identity (URL, else path): a changed article keeps its id
    path: str
    title: str | None  # from the input; else the Document's headline is used
    text: str
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None
    language: str | None = None
    encoding: str | None = None
    content_hash: str = ""

    @property
    def identity(self) -> str:
        return self.url or self.path


def make_article(path: str, title: str | None, text: str, outlet: str | None = None, published: str | None = None,
                 url: str | None = None, **more) -> Article:
    return Article(article_id(url or path), path, title, text, outlet, published, url, content_hash=article_id(text), **more)


def is_english(article: Article) -> bool:
    return article.language in (None, "en")


def article_id(text: str) -> str:
    """Content hash: the same text gets the same id on every rebuild, wherever it lives."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def normalise(text: str) -> str:
    """Unify line endings and drop a byte-order mark; offsets point into the result."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(path: str, data: bytes) -> str:
    if not data.strip():
        raise InputError(path, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (contains NUL bytes), expected UTF-8 text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def read_path(path: str | Path) -> Iterator[Article | InputError]:
    """The articles in one file (a JSON-lines file may hold many).

    A file that cannot be read at all raises `InputError`; a bad record inside a
    JSON-lines file is yielded as one, so the good records around it still load."""
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise InputError(name, exc.strerror or "cannot read") from None
    if size > MAX_BYTES:
        raise InputError(name, f"file is {size / 1e6:.0f} MB, larger than the {MAX_BYTES // 1024 // 1024} MiB limit")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(name, exc.strerror or "cannot read") from None
    text = decode(name, data)
    if p.suffix.lower() in JSON_SUFFIXES:
        yield from _json_articles(name, text)
        return
    text = normalise(text)
    if not text.strip():
        raise InputError(name, "empty file")
    yield make_article(name, None, text)


def _json_articles(name: str, text: str) -> Iterator[Article | InputError]:
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            records = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(name, f"not valid JSON (line {exc.lineno}: {exc.msg})") from None
        rows = list(enumerate(records, 1))
    else:
        rows = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as exc:
                rows.append((n, InputError(f"{name}#{n}", f"not valid JSON ({exc.msg})")))
    for n, rec in rows:
        if isinstance(rec, InputError):
            yield rec
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
            yield InputError(f"{name}#{n}", "record has no 'text' string")
            continue
        body = normalise(rec["text"])
        yield make_article(
            f"{name}#{n}" if len(rows) > 1 else name,
            _str(rec.get("title")),
            body,
            _str(rec.get("outlet") or rec.get("publisher") or rec.get("source")),
            _str(rec.get("published") or rec.get("date")),
            _str(rec.get("url")),
        )


def _str(v: object) -> str | None:
    return v.strip() or None if isinstance(v, str) else None


def expand(inputs: Iterable[str | Path]) -> Iterator[str]:
    """Files named directly, and the article files inside named directories, sorted
    so that every build visits them in the same order."""
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
                    yield str(child)
        else:
            yield str(item)


def read_all(inputs: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Every article, or an `InputError` in its place; never raises for a bad file."""
    for name in expand(inputs):
        try:
            yield from read_path(name)
        except InputError as err:
            yield err

