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
import shutil
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
    return cmd + setting_options()


PUBLISH_TARGETS = ("package", "cloudrun", "heroku")  # `datasette package` and `datasette publish …`
SOURCE_MOUNT = "quotedb-source"  # where the image holds quotedb's source (a static mount: copied in)


def setting_options() -> list[str]:
    """``--setting`` options for datasette serve: the same limits wherever the site runs."""
    out: list[str] = []
    for key, value in SETTINGS.items():
        out += ["--setting", key, ("on" if value else "off") if isinstance(value, bool) else str(value)]
    return out


def copy_source(out_dir: str | Path) -> Path:
    """This quotedb's source (the Datasette plugin and what it imports), copied into
    ``out_dir/quotedb`` for an image to ``pip install``: quotedb is not on PyPI, and
    this way the image runs the very code that built the database, with nothing to
    build here."""
    root = Path(__file__).resolve().parent.parent
    dest = Path(out_dir) / "quotedb"
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(root / name, dest / name)
    shutil.copytree(root / "extract", dest / "extract", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return dest


def publish_command(target: str, db_path: str | Path, metadata_path: str | Path | None, source: str | Path,
                    extra: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The ``datasette package`` (a Docker image) or ``datasette publish cloudrun|heroku``
    command line that deploys the database as ``quotedb serve`` serves it: immutable
    (Datasette's packaging always opens files with ``-i``), the same metadata, the same
    settings (SQL time and row limits, no facet suggestions, short page cache), and
    quotedb's plugin, installed from ``source`` (`copy_source`: its directory is
    copied into the image, and served as static files too: it is the project's open
    source)."""
    if target not in PUBLISH_TARGETS:
        raise ValueError(f"unknown target {target!r}: choose one of {', '.join(PUBLISH_TARGETS)}")
    source = Path(source)
    cmd = [sys.executable, "-m", "datasette"] + (["package"] if target == "package" else ["publish", target])
    cmd.append(str(db_path))
    if metadata_path is not None:
        cmd += ["--metadata", str(metadata_for(db_path, metadata_path))]
    cmd += ["--extra-options", " ".join(setting_options()),
            "--static", f"{SOURCE_MOUNT}:{source.parent}",
            "--install", f"./{SOURCE_MOUNT}/{source.name}"]
    return cmd + list(extra)
