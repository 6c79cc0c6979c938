"""Write articles, speakers and quotes to SQLite with sqlite-utils.

The table and column names are a contract with SQL users and Datasette: see
README.  A build writes to a temporary file and moves it into place at the end,
each article in its own transaction, so neither a bad article nor a crash ever
leaves a half-written article or a half-built database where readers look.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import shutil
import signal
import sqlite3
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import partial
from pathlib import Path

import sqlite_utils

from .document import Document
from . import linking, summaries
from .extractor import Quote, Speaker, extract, provenance
from .reading import MAX_BYTES, Article, InputError, PendingPage, estimate_count, is_english, read_all, with_language

ARTICLES = {"id": str, "path": str, "url": str, "title": str, "text": str, "outlet": str, "published": str,
            "author": str, "language": str, "encoding": str, "content_hash": str, "skipped": str}
SPEAKERS = {"id": str, "name": str, "kind": str, "role": str, "gender": str}
QUOTES = {
    "id": str, "article_id": str, "speaker_id": str, "text": str, "kind": str, "cue": str,
    "speaker_mention": str, "start": int, "end": int, "paragraph": int, "outlet": str,
    "rule": str, "resolved_by": str,
}
RULES = {"id": str, "position": int, "stage": str, "description": str, "example": str}
ERRORS = {"id": int, "path": str, "line": int, "reason": str, "time": str}
INDEXES = {
    "quotes": (["article_id", "start"], ["speaker_id"], ["kind"], ["cue"], ["outlet"], ["speaker_id", "kind"], ["outlet", "kind"],
               ["rule"], ["resolved_by"]),
    "speakers": (["kind"], ["role"], ["gender"], ["name"]),
    "articles": (["outlet"], ["published"], ["path"], ["language"]),
}


@dataclass
class BuildResult:
    """What a build did.  ``articles`` counts this run's inputs now in the database
    (new, changed and unchanged); ``quotes`` the quotes written by this run."""

    db_path: str
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    pruned: int = 0
    refreshed: int = 0  # stored articles not among this run's inputs, re-extracted for new rules
    not_english: int = 0
    quotes: int = 0
    speakers: int = 0
    total_quotes: int = 0
    duplicates: int = 0
    seconds: float = 0.0
    interrupted: bool = False  # stopped by Ctrl-C: what was stored is committed
    errors: list[InputError] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.new + self.changed + self.unchanged

    def summary(self) -> str:
        """One line: what the database holds now, then what this run did."""
        did = [f"{self.new} new", f"{self.changed} changed", f"{self.unchanged} unchanged", f"{len(self.errors)} failed"]
        did += [f"{n} {what}" for n, what in ((self.pruned, "pruned"), (self.not_english, "not in English"),
                                              (self.duplicates, "duplicates"),
                                              (self.refreshed, "re-extracted from the database for new rules")) if n]
        return (f"{self.db_path}: {self.articles} articles, {self.total_quotes} quotes, {self.speakers} speakers "
                f"({', '.join(did)}; {self.quotes} quotes written) in {self.seconds:.1f} s")


def create_schema(db: sqlite_utils.Database, indexes: bool = True) -> None:
    """Tables, keys and indexes; full-text search is added by `finish` once the rows
    are in (one pass over them instead of a trigger per insert).  A fresh build
    leaves out the indexes (``indexes=False``) and makes them after the rows are in
    (`create_indexes`): one sorted pass each instead of a scattered update per row,
    which at a million quotes is the difference between minutes and seconds."""
    db["articles"].create(ARTICLES, pk="id", not_null={"text", "content_hash"})
    db["speakers"].create(SPEAKERS, pk="id", not_null={"name", "kind"})
    db["rules"].create(RULES, pk="id", not_null={"stage", "description"})
    db["rules"].insert_all(provenance())
    db["quotes"].create(
        QUOTES, pk="id", not_null={"article_id", "text", "kind", "start", "end", "rule"},
        foreign_keys=[("article_id", "articles", "id"), ("speaker_id", "speakers", "id"),
                      ("rule", "rules", "id"), ("resolved_by", "rules", "id")],
    )
    db["errors"].create(ERRORS, pk="id", not_null={"path", "reason", "time"})
    record_extractor(db.conn)
    if indexes:
        create_indexes(db)


# Modules whose code decides what is extracted from an article's text (not how rows
# are stored, linked across articles or served).
_NOT_EXTRACTION = frozenset({"cli.py", "database.py", "distributed.py", "evaluate.py", "linking.py", "serving.py",
                             "summaries.py", "__init__.py"})
_FINGERPRINT: str | None = None


def extractor_fingerprint() -> str:
    """A hash of the extraction code (its modules' source): rows written by another
    version of the rules are re-extracted by the next build, since the article's own
    hash cannot tell."""
    global _FINGERPRINT
    if _FINGERPRINT is None:
        h = hashlib.sha256()
        for path in sorted(Path(__file__).parent.glob("*.py")):
            if path.name not in _NOT_EXTRACTION:
                h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        _FINGERPRINT = h.hexdigest()[:16]
    return _FINGERPRINT


def record_extractor(conn: sqlite3.Connection) -> None:
    """Note in ``build_info`` which extraction code wrote the rows."""
    conn.execute("create table if not exists build_info (key text primary key, value text)")
    conn.execute("insert or replace into build_info (key, value) values ('extractor', ?)", (extractor_fingerprint(),))


def stored_extractor(conn: sqlite3.Connection) -> str | None:
    """The fingerprint of the code that wrote a database's rows (None before it was kept)."""
    try:
        row = conn.execute("select value from build_info where key = 'extractor'").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def create_indexes(db: sqlite_utils.Database) -> None:
    """The indexes behind facets and joins, and the linking and summary passes' tables."""
    for table, columns in INDEXES.items():
        for cols in columns:
            db[table].create_index(cols, if_not_exists=True)
    linking.create_schema(db)
    summaries.create_schema(db)


def finish(db: sqlite_utils.Database) -> None:
    """Full-text search over what was loaded, with triggers that keep it in step
    with any later change (an incremental build)."""
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


@dataclass(slots=True)
class Extracted:
    """An article after extraction, ready for the single writer: made in a worker
    process (or a Dask worker), so it holds only plain, picklable values."""

    article: Article | PendingPage  # a page that could not be parsed stays pending
    title: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    skipped: str | None = None  # why nothing was extracted (an article not in English)
    error: InputError | str | None = None
    parsed: bool = False  # the article was parsed from a page here: the writer has not seen its id yet
    unchanged: bool = False  # ... and it is stored already, unchanged: nothing was extracted


# What the database holds (article id -> content hash) when a build starts: set by the
# build before its workers start, so forked workers share it, and a page parsed in a
# worker that turns out unchanged is not extracted.  Elsewhere (a Dask cluster) it is
# empty and the writer tells unchanged pages instead.
_STORED: dict[str, str] = {}


def process(article: Article | PendingPage, extractor: Callable[[Document], list[Quote]] = extract) -> Extracted:
    """Extract one article: a pure function of the article, so it can run anywhere.
    An HTML page is parsed here, and its language detected, in the worker, and only
    for articles that changed."""
    parsed = isinstance(article, PendingPage)
    if parsed:
        try:
            article = article.parse()
        except InputError as err:
            return Extracted(article, error=err)
        if _STORED.get(article.id) == article.content_hash:
            return Extracted(article, parsed=True, unchanged=True)
    result = _extract(article, extractor)
    result.parsed = parsed
    return result


def _extract(article: Article, extractor: Callable[[Document], list[Quote]]) -> Extracted:
    article = with_language(article)
    if not is_english(article):
        return Extracted(article, skipped=f"language is {article.language}, not English: not extracted")
    try:
        doc = Document(article.text)
        return Extracted(article, doc.title, extractor(doc))
    except Exception as exc:  # one bad article must not end the run
        return Extracted(article, error=f"could not be processed: {type(exc).__name__}: {exc}")


def process_batch(batch: list[Article | PendingPage], extractor: Callable[[Document], list[Quote]] = extract
                  ) -> list[Extracted]:
    return [process(a, extractor) for a in batch]


class Writer:
    """Writes articles into an open database, each whole or not at all, replacing
    an earlier version of the same article in the same step.

    Each article is one savepoint.  With ``commit_every`` > 1 the savepoints of that
    many articles share one transaction: a build's file is temporary until complete
    (`_Target`), so committing each article buys nothing there, and every commit
    writes the article's pages out again (a third of the writer's time, taken from
    the extracting processes on a busy machine).  `flush` commits what is open."""

    def __init__(self, db: "sqlite_utils.Database | _Target", commit_every: int = 1) -> None:
        self._target = db if isinstance(db, _Target) else None
        self._conn = None if self._target is not None else db.conn
        if self._conn is not None:
            self._conn.isolation_level = None  # transactions are explicit
        self.commit_every = commit_every
        self._uncommitted = 0

    @property
    def conn(self) -> sqlite3.Connection:
        """The database written to: a build's target is opened (an update's copy made)
        on the first write."""
        if self._conn is None:
            self._conn = self._target.open().conn
        return self._conn

    def write(self, article: Article, quotes: list[Quote], title: str | None = None,
              skipped: str | None = None, replace: bool = False) -> int:
        """Insert one article with its speakers and quotes in a single transaction.

        Rows are built first, so a bad record fails before anything is written; the
        writes then run in one explicit transaction that is rolled back on any error.
        Named speakers are written under the article's provisional ids, with what this
        article says of them; `linking.link` makes them one row per person."""
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
        conn = self.conn
        self._begin()
        try:
            if replace:
                delete_article(conn, article.id)
            conn.execute(
                "insert into articles (id, path, url, title, text, outlet, published, author, language, encoding, content_hash, skipped) "
                "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, article.path, article.url, article.title or title, article.text, article.outlet, article.published,
                 article.author, article.language, article.encoding, article.content_hash, skipped),
            )
            conn.executemany(
                "insert or replace into speakers (id, name, kind, role, gender) values (?, ?, ?, ?, ?)",
                [(sid, sp.name, sp.kind, sp.role, sp.gender) for sid, sp in speakers.items()],
            )
            conn.executemany(
                'insert into quotes (id, article_id, speaker_id, text, kind, cue, speaker_mention, start, "end", paragraph, outlet, rule, resolved_by) '
                "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                quote_rows,
            )
        except BaseException:
            self._end(ok=False)
            raise
        self._end(ok=True)
        return len(quote_rows)

    def prune(self, article_ids: Iterable[str]) -> int:
        """Remove articles (with their quotes), each whole or not at all."""
        n = 0
        for aid in article_ids:
            self._begin()
            try:
                delete_article(self.conn, aid)
            except BaseException:
                self._end(ok=False)
                raise
            self._end(ok=True)
            n += 1
        self.flush()
        return n

    def _begin(self) -> None:
        if self.commit_every > 1 and not self.conn.in_transaction:
            self.conn.execute("begin")
        self.conn.execute("savepoint quotedb_article")  # outside a transaction: begins one

    def _end(self, ok: bool) -> None:
        """Keep or undo the article's savepoint; outside a shared transaction its
        release is the commit."""
        if not ok:
            self.conn.execute("rollback to quotedb_article")
        self.conn.execute("release quotedb_article")
        self._uncommitted += 1
        if self._uncommitted >= self.commit_every:
            self.flush()

    def flush(self) -> None:
        """Commit the articles written since the last commit."""
        if self._conn is not None and self._conn.in_transaction:
            self._conn.execute("commit")
        self._uncommitted = 0

    def error(self, err: InputError) -> None:
        self.conn.execute("insert into errors (path, line, reason, time) values (?, ?, ?, ?)",
                          (err.path, getattr(err, "line", None), err.reason, _now()))


def delete_article(conn: sqlite3.Connection, article_id: str) -> None:
    """An article and its quotes; `linking.link` then drops or recounts what they
    leave behind (article speakers, speakers, aliases, quote groups)."""
    conn.execute("delete from quotes where article_id = ?", (article_id,))
    conn.execute("delete from articles where id = ?", (article_id,))


def write_article(db: sqlite_utils.Database, article: Article, quotes: list[Quote], title: str | None = None) -> int:
    """Insert one article (see `Writer.write`) into a database built by `build`, and
    link its speakers and quotes with the rest."""
    n = Writer(db).write(article, quotes, title)
    linking.link(db)
    summaries.summarise(db)
    return n


def read_only(path: str | Path) -> sqlite3.Connection:
    """A connection that can only read ``path`` (and never creates it): what a build
    reads of the live database, and what the site counts in a new one."""
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _current(db_path: Path) -> bool:
    """Whether an existing database has this version's tables, so it can be updated;
    an older one is rebuilt."""
    try:
        with closing(read_only(db_path)) as con:
            def columns(table: str) -> set[str]:
                return {r[1] for r in con.execute(f"pragma table_info({table})")}
            return ("content_hash" in columns("articles") and "group_id" in columns("quotes") and bool(columns("errors"))
                    and bool(columns("outlets")) and "published" in columns("article_speakers"))
    except sqlite3.Error:
        return False


COMMIT_EVERY = 256  # articles per transaction in a build (see `Writer`)
CACHE_KIB = 64 * 1024  # SQLite's page cache for the build's connection (the default 2 MB thrashes past ~100 MB)


class _Target:
    """The file a build writes: a new temporary file for a fresh build, or, to update
    a database, a copy of it made on the first write.  Either replaces ``db_path``
    only when complete, so a server (or a reader) never sees a half-updated database
    and a killed build leaves the last complete one in place."""

    def __init__(self, db_path: Path, fresh: bool) -> None:
        self.path = db_path
        self.tmp = db_path.with_name(db_path.name + ".tmp")
        for stale in (self.tmp, Path(str(self.tmp) + "-journal"), Path(str(self.tmp) + "-wal")):
            stale.unlink(missing_ok=True)  # left by a build that was killed
        self.db: sqlite_utils.Database | None = None
        self.fresh = fresh
        if fresh:
            create_schema(self.open(), indexes=False)

    def open(self) -> sqlite_utils.Database:
        if self.db is None:
            copied = not self.fresh
            if copied:
                with closing(read_only(self.path)) as src, closing(sqlite3.connect(self.tmp)) as dst:
                    src.backup(dst)  # a consistent copy even while others read
            self.db = sqlite_utils.Database(self.tmp)
            # The file is moved into place only when complete, so until then it needs no
            # syncs to disk; the journal stays in memory, where rollback still works.
            self.db.conn.execute("pragma journal_mode = memory")
            self.db.conn.execute("pragma synchronous = off")
            self.db.conn.execute(f"pragma cache_size = -{CACHE_KIB}")  # the default 2 MB thrashes past ~100 MB
            self.db.conn.isolation_level = None  # transactions are explicit: one per article
            if copied:
                self.db.conn.execute("delete from errors")  # the table lists the latest build's failures
        return self.db

    def commit(self) -> bool:
        """Move the finished file into place; False when nothing was written."""
        if self.db is None:
            return False
        self.db.conn.execute("pragma synchronous = full")
        self.db.close()
        with open(self.tmp, "rb+") as fh:  # on disk before it replaces the old database
            os.fsync(fh.fileno())
        os.replace(self.tmp, self.path)
        return True

    def abandon(self) -> None:
        if self.db is not None:
            self.db.close()


def build(
    inputs: Iterable[str | Path],
    db_path: str | Path,
    on_error: Callable[[InputError], None] | None = None,
    extractor: Callable[[Document], list[Quote]] = extract,
    *,
    rebuild: bool = False,
    prune: bool = False,
    jobs: int = 1,
    scheduler: str | None = None,
    progress: bool = False,
    batch_size: int = 16,
    max_bytes: int = MAX_BYTES,
) -> BuildResult:
    """Build or update the database at ``db_path`` from the inputs.

    A new database (or ``rebuild``) is written to a temporary file.  An existing one
    is updated: an article whose identity (URL, else path) and content hash are
    already stored is skipped before extraction, a changed one is replaced in one
    transaction, and with ``prune`` articles whose input is gone are removed; the
    changes go to a copy of the database, made only when there is something to
    change.  Either way the file replaces ``db_path`` when complete (`_Target`).
    Extraction runs in ``jobs`` processes (or on a Dask cluster at ``scheduler``);
    one writer stores the results in input order, so the rows do not depend on
    either."""
    started = time.perf_counter()
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fresh = rebuild or not db_path.exists() or not _current(db_path)
    result = BuildResult(str(db_path))
    stored: dict[str, str] = {}
    errors_before = 0
    stale = False
    if not fresh:
        with closing(read_only(db_path)) as live:
            stored = dict(live.execute("select id, content_hash from articles"))
            errors_before = live.execute("select count(*) from errors").fetchone()[0]
            # Rows written by other extraction code: every stored article is re-extracted,
            # from its input when this run reads it, else from its stored text.
            stale = bool(stored) and stored_extractor(live) != extractor_fingerprint()
    skip = {} if stale else stored  # (article id -> hash of the text whose rows are current)
    target = _Target(db_path, fresh)
    committed = False
    try:
        writer = Writer(target, COMMIT_EVERY)
        seen: set[str] = set()
        bar = _progress_bar(inputs) if progress else None
        tick: Callable[[int], object] = bar.update if bar is not None else (lambda n: None)

        guard = _InterruptGuard()

        def report(err: InputError) -> None:
            with guard.deferred():
                result.errors.append(err)
                writer.error(err)
            if on_error:
                on_error(err)

        def todo() -> Iterator[Article | PendingPage]:
            """This run's articles that need extracting; the rest are counted here.
            Pages go to the workers unparsed: their id is known after parsing."""
            for item in read_all(inputs, max_bytes, defer_pages=True):
                if isinstance(item, InputError):
                    report(item)
                    continue
                if isinstance(item, PendingPage):
                    yield item
                    continue
                if item.id in seen:
                    result.duplicates += 1
                    continue
                seen.add(item.id)
                if skip.get(item.id) == item.content_hash:
                    result.unchanged += 1
                    tick(1)
                    continue
                yield item
            if stale and not prune:
                yield from _stored_articles(db_path, stored, seen, result)

        global _STORED
        _STORED = skip  # before the workers fork
        try:
            with guard, _executor(jobs, scheduler) as run:
                for batch in run(partial(process_batch, extractor=extractor), _batches(todo(), batch_size)):
                    for done in batch:
                        with guard.deferred():
                            _store(writer, done, stored, skip, seen, result, report)
                    tick(len(batch))
        except KeyboardInterrupt:
            # Ctrl-C: keep what is stored (whole articles: each is one transaction),
            # link it and move it into place; the next build goes on from there.
            result.interrupted = True
        finally:
            _STORED = {}
        writer.flush()
        if bar is not None:
            bar.close()
        if prune and not result.interrupted:
            gone = sorted(set(stored) - seen)
            result.pruned = writer.prune(gone)
        if errors_before and not result.errors:
            target.open()  # the errors of the previous build are gone
        if target.db is not None:
            db = target.db
            if not result.interrupted:
                record_extractor(db.conn)  # (an interrupted run leaves older rows: the next one goes on)
            if fresh:
                create_indexes(db)
            # The file is temporary until `commit` moves it into place, and abandoned on
            # any failure, so the linking pass needs no rollback journal: on the first
            # build it rewrites every quote, and the journal would be a second copy of
            # the quotes table written to disk (5 GB at a million articles).
            db.conn.execute("pragma journal_mode = off")
            # Speakers across articles, aliases and quote groups: everything on the first
            # build, then what this run's new, changed and pruned articles touch.
            linking.link(db)
            summaries.summarise(db)  # the counts behind the site's ready-made questions
            if fresh:
                finish(db)
                # VACUUM rewrites every page, still without a journal (see above).
                db.conn.execute("vacuum")
        committed = target.commit()
    finally:
        if not committed:
            target.abandon()
    with closing(read_only(db_path)) as check:
        result.speakers, result.total_quotes = (check.execute(f"select count(*) from {t}").fetchone()[0] for t in ("speakers", "quotes"))
    result.seconds = time.perf_counter() - started
    return result


def _stored_articles(db_path: Path, stored: dict[str, str], seen: set[str], result: BuildResult) -> Iterator[Article]:
    """The stored articles this run's inputs did not hold, rebuilt from their rows for
    re-extraction (the database keeps each article's text and metadata)."""
    with closing(read_only(db_path)) as live:
        for aid, *fields in live.execute("select id, path, text, title, outlet, published, url, author, language, encoding "
                                         "from articles order by id"):
            if aid in seen or aid not in stored:
                continue
            article = Article(*fields)
            if article.id != aid:
                continue  # (an identity read another way since it was stored: left as it is)
            seen.add(aid)
            result.refreshed += 1
            yield article


def _store(writer: Writer, done: Extracted, stored: dict[str, str], skip: dict[str, str], seen: set[str],
           result: BuildResult, report: Callable[[InputError], None]) -> None:
    a = done.article
    if done.error is not None:
        report(done.error if isinstance(done.error, InputError) else InputError(a.path, done.error))
        return
    assert isinstance(a, Article)
    if done.parsed:  # a page: what the reader does for other articles, now its id is known
        if a.id in seen:
            result.duplicates += 1
            return
        seen.add(a.id)
        if done.unchanged or skip.get(a.id) == a.content_hash:
            result.unchanged += 1
            return
    replace = a.id in stored
    try:
        result.quotes += writer.write(a, done.quotes, done.title, done.skipped, replace=replace)
    except Exception as exc:  # a record the database refuses fails alone
        report(InputError(a.path, f"could not be stored: {type(exc).__name__}: {exc}"))
        return
    if done.skipped:
        result.not_english += 1
    if replace:
        result.changed += 1
    else:
        result.new += 1
    stored[a.id] = skip[a.id] = a.content_hash


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@contextmanager
def _executor(jobs: int, scheduler: str | None) -> Iterator[Callable[[Callable, Iterable], Iterator]]:
    """An ordered, bounded map over batches: in this process (``jobs`` 1), in a
    pool of processes, or on a Dask cluster.  Results come back in input order
    with at most a few batches per worker in flight, so memory stays flat."""
    if scheduler:
        from .distributed import dask_map  # imports Dask only when asked for
        with dask_map(scheduler) as run:
            yield run
        return
    if jobs <= 1:
        yield lambda fn, items: map(fn, items)
        return
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ctx.Pool(jobs, initializer=_ignore_interrupts) as pool:
        yield lambda fn, items: in_order(lambda item: pool.apply_async(fn, (item,)).get, items, IN_FLIGHT * jobs)


IN_FLIGHT = 4  # batches in flight per worker: enough to keep it busy, few enough to keep memory flat


def in_order(submit: Callable[[object], Callable[[], object]], items: Iterable, depth: int) -> Iterator:
    """The results of ``submit`` on each item, in input order, with at most ``depth``
    items submitted and not yet collected.  ``submit`` starts the work somewhere
    (a process pool, a Dask cluster) and returns what waits for its result."""
    pending: deque = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= depth:
            yield pending.popleft()()
    while pending:
        yield pending.popleft()()


class _InterruptGuard:
    """Ctrl-C between articles, never inside one: storing an article and counting
    it must not be cut apart (a commit finished and then interrupted would leave
    the article in the database but not in the summary).  Inside `deferred` the
    interrupt is noted and raised when the article is done.  Only the main thread
    can own signal handlers, and a process that has its own (or ignores Ctrl-C) keeps
it; there the guard does nothing."""

    def __init__(self) -> None:
        self._depth = 0
        self._pending = False
        self._previous: object = None

    def __enter__(self) -> "_InterruptGuard":
        import threading
        if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)  # type: ignore[arg-type]
            self._previous = None

    def _handle(self, signum: int, frame: object) -> None:
        if self._depth:
            self._pending = True
            return
        raise KeyboardInterrupt

    @contextmanager
    def deferred(self) -> Iterator[None]:
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
        if self._pending and not self._depth:
            self._pending = False
            raise KeyboardInterrupt


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the writer, which stops them and keeps what is stored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _progress_bar(inputs: Iterable[str | Path]):
    """A progress bar on a terminal only (articles/s, and an ETA when the inputs
    tell how many articles they hold); quiet in logs and pipes."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm
    width = shutil.get_terminal_size((100, 24)).columns  # a terminal that reports no size gets 100
    return tqdm(total=estimate_count(inputs), unit=" articles", desc="building", file=sys.stderr, smoothing=0.1, ncols=width)
