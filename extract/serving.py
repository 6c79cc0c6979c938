"""How quotedb serves a finished database with Datasette: read-only and fast.

* ``--immutable`` lets Datasette skip locking and count caching worries: the file
  a server opened never changes, because a build writes a new one and moves it into
  place, and the plugin (`site.live`) then serves the new file from the next request;
* a counts file (Datasette's ``inspect`` data) saves a ``count(*)`` over every table
  on each page; it is rewritten whenever the database is newer than it (and counted
  afresh when a build replaces the database under a running server);
* pages may be cached for five seconds, so a build shows within seconds;
* settings: facets get time to finish on a million quotes, facet *suggestions* (a
  query per column per page) are off, CSV streaming has no size cap, long cells are
  truncated in table views.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from pathlib import Path

import yaml

SETTINGS: dict[str, int | bool] = {
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 2000,
    "suggest_facets": False,
    "max_csv_mb": 0,
    "num_sql_threads": 4,
    "default_cache_ttl": 5,  # pages may be cached for seconds only: a build replaces the database while it is served
    "truncate_cells_html": 300,
    "max_returned_rows": 1000,
}
DATABASE_NAME = "quotes"  # the name metadata.yml configures


def counts_path(db_path: str | Path) -> Path:
    return Path(str(db_path) + ".counts.json")


def write_counts(db_path: str | Path) -> Path:
    """Datasette's inspect data (table counts, size, hash) for a finished database,
    reused while the database file is unchanged."""
    out = counts_path(db_path)
    db = Path(db_path)
    if out.exists() and out.stat().st_mtime >= db.stat().st_mtime:
        return out
    from datasette.cli import inspect_

    data = asyncio.run(inspect_([str(db)], []))
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2))
    tmp.replace(out)
    return out


def metadata_for(db_path: str | Path, metadata_path: str | Path) -> Path:
    """metadata.yml is written for a database named ``quotes``; a database file with
    another name gets a copy keyed (and linked) by its own name."""
    name = Path(db_path).stem
    if name == DATABASE_NAME:
        return Path(metadata_path)
    meta = yaml.safe_load(Path(metadata_path).read_text(encoding="utf-8")) or {}
    dbs = meta.get("databases") or {}
    if DATABASE_NAME in dbs:
        dbs[name] = dbs.pop(DATABASE_NAME)
    if "description_html" in meta:
        meta["description_html"] = meta["description_html"].replace(f"/{DATABASE_NAME}/", f"/{name}/")
    out = Path(tempfile.gettempdir()) / f"quotedb-metadata-{name}.json"
    out.write_text(json.dumps(meta))
    return out


def datasette_command(db_path: str | Path, metadata_path: str | Path | None, host: str, port: int) -> list[str]:
    """The ``datasette serve`` command line for a finished quotedb database."""
    cmd = [sys.executable, "-m", "datasette", "serve", "--immutable", str(db_path),
           "--inspect-file", str(write_counts(db_path)), "--host", host, "--port", str(port)]
    if metadata_path is not None:
        cmd += ["--metadata", str(metadata_for(db_path, metadata_path))]
    for key, value in SETTINGS.items():
        cmd += ["--setting", key, ("on" if value else "off") if isinstance(value, bool) else str(value)]
    return cmd
