"""Write articles, speakers and quotes to SQLite with sqlite-utils.

The table and column names are a contract with SQL users and Datasette: see
README.  A build writes to a temporary file and moves it into place at the end,
each article in its own transaction, so neither a bad article nor a crash ever
leaves a half-written article or a half-built database where readers look.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from .document import Document
from . import linking
from .extractor import Quote, Speaker, extract, provenance
from .reading import Article, InputError, read_all

ARTICLES = {"id": str, "path": str, "title": str, "text": str, "outlet": str, "published": str, "url": str}
SPEAKERS = {"id": str, "name": str, "kind": str, "role": str, "gender": str}
QUOTES = {
    "id": str, "article_id": str, "speaker_id": str, "text": str, "kind": str, "cue": str,
    "speaker_mention": str, "start": int, "end": int, "paragraph": int, "outlet": str,
    "rule": str, "resolved_by": str,
}
RULES = {"id": str, "position": int, "stage": str, "description": str, "example": str}
INDEXES = {
    "quotes": (["article_id", "start"], ["speaker_id"], ["kind"], ["cue"], ["outlet"], ["speaker_id", "kind"], ["outlet", "kind"],
               ["rule"], ["resolved_by"]),
    "speakers": (["kind"], ["role"], ["gender"], ["name"]),
    "articles": (["outlet"], ["published"], ["path"]),
}


@dataclass
class BuildResult:
    db_path: str
    articles: int = 0
    quotes: int = 0
    speakers: int = 0
    duplicates: int = 0
    errors: list[InputError] = field(default_factory=list)


def create_schema(db: sqlite_utils.Database) -> None:
    """Tables, keys and indexes; full-text search is added by `finish` once the rows
    are in (one pass over them instead of a trigger per insert)."""
    db["articles"].create(ARTICLES, pk="id", not_null={"text"})
    db["speakers"].create(SPEAKERS, pk="id", not_null={"name", "kind"})
    db["rules"].create(RULES, pk="id", not_null={"stage", "description"})
    db["rules"].insert_all(provenance())
    db["quotes"].create(
        QUOTES, pk="id", not_null={"article_id", "text", "kind", "start", "end", "rule"},
        foreign_keys=[("article_id", "articles", "id"), ("speaker_id", "speakers", "id"),
                      ("rule", "rules", "id"), ("resolved_by", "rules", "id")],
    )
    for table, indexes in INDEXES.items():
        for cols in indexes:
            db[table].create_index(cols)
    linking.create_schema(db)


def finish(db: sqlite_utils.Database) -> None:
    """Full-text search over what was loaded, with triggers that keep it in step
    with any later change."""
    db["quotes"].enable_fts(["text"], create_triggers=True, tokenize="porter")
    db["speakers"].enable_fts(["name", "role"], create_triggers=True)


def speaker_id(article: Article, sp: Speaker) -> str:
    """The id a speaker is written under.  An anonymous source or a document ("a
    report", "the lawsuit") belongs to its article alone and this is its final id; a
    named person or organisation is written per article, with that article's name,
    role and gender, and `linking.link` turns the articles' rows into one row per
    person across the database."""
    return linking.provisional_id(article.id, sp.name, sp.kind)


def quote_id(article_id: str, start: int, end: int) -> str:
    """Stable and sortable: ids order quotes by article, then by position, which is
    the default order of the quotes table in Datasette."""
    return f"{article_id}-{start:09d}-{end:09d}"


class Writer:
    """Writes articles into an open database, each in one transaction.

    It remembers the speakers already stored (with whether their role and gender are
    known), so that merging a speaker costs no query unless it fills in something an
    earlier article did not know."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.conn = db.conn
        self.conn.isolation_level = None  # transactions are explicit: one per article
        self.speakers: dict[str, tuple[bool, bool]] = {
            sid: (role is not None, gender is not None)
            for sid, role, gender in self.conn.execute("select id, role, gender from speakers")
        }

    def write(self, article: Article, quotes: list[Quote], title: str | None = None) -> int:
        """Insert one article with its speakers and quotes in a single transaction.

        Rows are built first, so a bad record fails before anything is written; the
        writes then run in one explicit transaction that is rolled back on any error."""
        speakers: dict[str, Speaker] = {}
        for q in quotes:
            if q.speaker is not None:
                speakers.setdefault(speaker_id(article, q.speaker), q.speaker)
        quote_rows = [
            (quote_id(article.id, q.start, q.end), article.id,
             speaker_id(article, q.speaker) if q.speaker else None,
             q.text, q.kind, q.cue, q.speaker_mention, int(q.start), int(q.end), int(q.paragraph), article.outlet,
             q.rule, q.resolved_by)
            for q in quotes
        ]
        known = dict(self.speakers)  # applied only once the transaction commits
        conn = self.conn
        conn.execute("begin")
        try:
            conn.execute(
                "insert into articles (id, path, title, text, outlet, published, url) values (?, ?, ?, ?, ?, ?, ?)",
                (article.id, article.path, article.title or title, article.text, article.outlet, article.published, article.url),
            )
            for sid, sp in speakers.items():
                self._merge_speaker(known, sid, sp)
            conn.executemany(
                'insert into quotes (id, article_id, speaker_id, text, kind, cue, speaker_mention, start, "end", paragraph, outlet, rule, resolved_by) '
                "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                quote_rows,
            )
        except BaseException:
            conn.execute("rollback")
            raise
        conn.execute("commit")
        self.speakers = known
        return len(quote_rows)

    def _merge_speaker(self, known: dict[str, tuple[bool, bool]], sid: str, sp: Speaker) -> None:
        """Insert a speaker, or fill in the role/gender an earlier article did not know."""
        have = known.get(sid)
        if have is None:
            self.conn.execute("insert into speakers (id, name, kind, role, gender) values (?, ?, ?, ?, ?)",
                              (sid, sp.name, sp.kind, sp.role, sp.gender))
            known[sid] = (sp.role is not None, sp.gender is not None)
            return
        has_role, has_gender = have
        if (not has_role and sp.role is not None) or (not has_gender and sp.gender is not None):
            self.conn.execute("update speakers set role = coalesce(role, ?), gender = coalesce(gender, ?) where id = ?",
                              (sp.role, sp.gender, sid))
            known[sid] = (has_role or sp.role is not None, has_gender or sp.gender is not None)


def write_article(db: sqlite_utils.Database, article: Article, quotes: list[Quote], title: str | None = None) -> int:
    """Insert one article (see `Writer.write`) into a database built by `build`."""
    return Writer(db).write(article, quotes, title)


def build(
    inputs: Iterable[str | Path],
    db_path: str | Path,
    on_error: Callable[[InputError], None] | None = None,
    extractor: Callable[[Document], list[Quote]] = extract,
) -> BuildResult:
    """Build a fresh database from the inputs, replacing ``db_path`` only when done."""
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(db_path.name + ".tmp")
    for stale in (tmp, Path(str(tmp) + "-journal"), Path(str(tmp) + "-wal")):
        stale.unlink(missing_ok=True)
    result = BuildResult(str(db_path))
    db = sqlite_utils.Database(tmp)
    try:
        # The file is moved into place only when complete, so until then it needs no
        # syncs to disk; the journal stays in memory, where rollback still works.
        db.conn.execute("pragma journal_mode = memory")
        db.conn.execute("pragma synchronous = off")
        create_schema(db)
        writer = Writer(db)
        seen: set[str] = set()
        for item in read_all(inputs):
            if isinstance(item, InputError):
                result.errors.append(item)
                if on_error:
                    on_error(item)
                continue
            if item.id in seen:
                result.duplicates += 1
                continue
            try:
                doc = Document(item.text)
                quotes = extractor(doc)
                result.quotes += writer.write(item, quotes, doc.title)
            except Exception as exc:  # one bad article must not end the run
                err = InputError(item.path, f"could not be processed: {type(exc).__name__}: {exc}")
                result.errors.append(err)
                if on_error:
                    on_error(err)
                continue
            seen.add(item.id)
            result.articles += 1
        linking.link(db)
        finish(db)
        result.speakers = db["speakers"].count
        db.conn.execute("vacuum")
        db.conn.execute("pragma synchronous = full")
    finally:
        db.close()
    with open(tmp, "rb+") as fh:  # on disk before it replaces the old database
        os.fsync(fh.fileno())
    os.replace(tmp, db_path)
    return result
