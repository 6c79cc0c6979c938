"""Serve a database that builds keep replacing, without a restart.

`quotedb build` never changes the file a server has open: it writes a new file (or a
copy of the old one) and moves it into place when complete.  On each request this
checks, with one ``stat``, whether a served immutable database's path now names a
different file; if so it opens the new file in place of the old, with fresh table
counts, in one assignment, so a request sees either the old database or the new one
and never a partial build.  Requests already running on the old file finish on it:
its connections are closed a minute later.
"""

from __future__ import annotations

import asyncio
import os
from contextlib import closing

from datasette.database import Database, connections

from ..database import read_only
from .search import count_sql, mirrored_indexes

CLOSE_OLD_AFTER = 60.0  # seconds: well past the SQL time limit of any request still on it


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns


def _counts(path: str) -> dict:
    """Datasette's inspect data for the tables of a finished database."""
    with closing(read_only(path)) as con:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type = 'table'")]
        return {"tables": {t: {"count": con.execute(f'select count(*) from "{t}"').fetchone()[0]} for t in tables}}


class LiveDatabase(Database):
    """A Database whose threads' connections are keyed by the file they were opened
    on as well as by name: Datasette keeps one connection per thread and name, which
    would go on reading the replaced file."""

    def __init__(self, ds, path: str, generation: int) -> None:
        super().__init__(ds, path=path, is_mutable=False)
        self.generation = generation
        self._mirrored: set[tuple[str, str]] | None = None

    async def execute(self, sql, *args, **kwargs):
        """Datasette's count of a search-only table page, answered by the full-text
        index when it mirrors the table (see `search`): the file never changes, so
        what mirrors what is read once."""
        if sql.startswith("select count(*) from ") and " match " in sql:
            if self._mirrored is None:
                self._mirrored = await self.execute_fn(mirrored_indexes)
            sql = count_sql(sql, self._mirrored)
        return await super().execute(sql, *args, **kwargs)

    async def execute_fn(self, fn):
        if self.ds.executor is None:
            return await super().execute_fn(fn)
        key = f"{self.name}\x00{self.generation}"

        def in_thread():
            conn = getattr(connections, key, None)
            if not conn:
                conn = self.connect()
                self.ds._prepare_connection(conn, self.name)
                setattr(connections, key, conn)
            return fn(conn)

        return await asyncio.get_running_loop().run_in_executor(self.ds.executor, in_thread)


class Swapper:
    """Remembers which file each served database was opened from."""

    def __init__(self, datasette) -> None:
        self.ds = datasette
        self.seen: dict[str, tuple[int, int] | None] = {}
        self.lock = asyncio.Lock()

    async def check(self) -> None:
        for name, db in list(self.ds.databases.items()):
            if db.is_mutable or db.is_memory or not db.path:
                continue
            now = _identity(db.path)
            if name not in self.seen:
                self.seen[name] = now
                if now is not None and not isinstance(db, LiveDatabase):
                    async with self.lock:
                        if self.ds.databases.get(name) is db:
                            self.replace(name, db, LiveDatabase(self.ds, db.path, now[0] ^ now[1]))
            elif now is not None and now != self.seen[name]:
                async with self.lock:
                    if self.ds.databases.get(name) is db:  # not swapped by a request meanwhile
                        await self.swap(name, db, now)

    async def swap(self, name: str, old: Database, now: tuple[int, int]) -> None:
        counts = await asyncio.get_running_loop().run_in_executor(None, _counts, old.path)
        inspect = dict(self.ds.inspect_data or {})
        inspect[name] = {**inspect.get(name, {}), **counts}
        self.ds.inspect_data = inspect
        self.replace(name, old, LiveDatabase(self.ds, old.path, now[0] ^ now[1]))
        self.seen[name] = now

    def replace(self, name: str, old: Database, new: "LiveDatabase") -> None:
        """Serve ``new`` under ``old``'s name from the next query on, in one assignment;
        close ``old``'s connections once requests still on it are done."""
        new.name, new.route = name, old.route
        databases = self.ds.databases.copy()
        databases[name] = new
        self.ds.databases = databases
        asyncio.get_running_loop().call_later(CLOSE_OLD_AFTER, old.close)


def wrap(datasette, app):
    swapper = Swapper(datasette)

    async def wrapped(scope, receive, send):
        if scope.get("type") == "http":
            await swapper.check()
        await app(scope, receive, send)

    return wrapped
