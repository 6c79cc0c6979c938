"""Counts kept by the build, so that the site's "who is quoted most" and "anonymous
sourcing by outlet" read a few hundred rows instead of grouping a million quotes on
every page load (about a second each at a million quotes).

* ``speakers.quotes`` / ``direct`` / ``mixed`` / ``indirect``: each speaker's quotes;
* the ``outlets`` table: per outlet, its articles and quotes, by kind, how many come
  from anonymous sources and how many name nobody.

`summarise` runs after `linking.link`, whenever a build changed anything; like
linking, its result depends only on the articles and quotes in the database.
"""

from __future__ import annotations

import sqlite3

from .linking import savepoint

UNKNOWN_OUTLET = "(unknown outlet)"  # the outlets row for articles whose input names none

SPEAKER_COUNTS = ("quotes", "direct", "mixed", "indirect")

_SCHEMA = """
    CREATE TABLE IF NOT EXISTS outlets (
        name TEXT PRIMARY KEY,
        articles INTEGER NOT NULL,
        quotes INTEGER NOT NULL,
        direct INTEGER NOT NULL,
        mixed INTEGER NOT NULL,
        indirect INTEGER NOT NULL,
        anonymous INTEGER NOT NULL,
        percent_anonymous REAL,
        no_speaker INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS idx_outlets_quotes ON outlets (quotes);
    CREATE INDEX IF NOT EXISTS idx_speakers_quotes ON speakers (quotes);
"""


def create_schema(conn) -> None:
    """The counts' columns and table; safe on any quotedb database, any number of times."""
    conn = getattr(conn, "conn", conn)
    have = {row[1] for row in conn.execute("pragma table_info(speakers)")}
    for column in SPEAKER_COUNTS:
        if column not in have:
            conn.execute(f"ALTER TABLE speakers ADD COLUMN {column} INTEGER")
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)


def summarise(db) -> None:
    """Recount speakers' quotes (writing only the rows whose counts changed) and the
    outlets table, in one transaction.  Reads the covering indexes on
    ``quotes(speaker_id, kind)`` and ``quotes(outlet, kind)``: well under a second per
    hundred thousand quotes."""
    conn: sqlite3.Connection = getattr(db, "conn", db)
    create_schema(conn)
    with savepoint(conn, "quotedb_summarise"):
        conn.execute("""
            UPDATE speakers SET quotes = t.quotes, direct = t.direct, mixed = t.mixed, indirect = t.indirect
            FROM (SELECT speaker_id, count(*) AS quotes, sum(kind = 'direct') AS direct,
                         sum(kind = 'mixed') AS mixed, sum(kind = 'indirect') AS indirect
                  FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id) t
            WHERE t.speaker_id = speakers.id
              AND (speakers.quotes IS NOT t.quotes OR speakers.direct IS NOT t.direct
                   OR speakers.mixed IS NOT t.mixed OR speakers.indirect IS NOT t.indirect)""")
        conn.execute("DELETE FROM outlets")
        conn.execute("""
            INSERT INTO outlets (name, articles, quotes, direct, mixed, indirect, anonymous, percent_anonymous, no_speaker)
            SELECT coalesce(a.outlet, :unknown), a.articles, coalesce(q.quotes, 0), coalesce(q.direct, 0),
                   coalesce(q.mixed, 0), coalesce(q.indirect, 0), coalesce(q.anonymous, 0),
                   round(100.0 * q.anonymous / q.quotes, 1), coalesce(q.no_speaker, 0)
            FROM (SELECT outlet, count(*) AS articles FROM articles GROUP BY outlet) a
            LEFT JOIN (
                SELECT q.outlet, count(*) AS quotes, sum(q.kind = 'direct') AS direct, sum(q.kind = 'mixed') AS mixed,
                       sum(q.kind = 'indirect') AS indirect, sum(s.kind = 'anonymous') AS anonymous,
                       sum(q.speaker_id IS NULL) AS no_speaker
                FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id
                GROUP BY q.outlet) q ON q.outlet IS a.outlet""", {"unknown": UNKNOWN_OUTLET})
