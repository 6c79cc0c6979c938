"""The `quotedb` command: a thin click layer over the library."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import click

from . import __version__
from .database import build as build_db
from .evaluate import evaluate, read_gold
from .extractor import extract as extract_quotes
from .extractor import provenance
from .reading import MAX_BYTES, InputError, read_all
from .serving import PUBLISH_TARGETS, copy_source, datasette_command, publish_command

DEFAULT_DB = "data/quotes.db"
DEFAULT_INPUTS = ("seeds",)


@click.group()
@click.version_option(__version__, prog_name="quotedb")
def cli() -> None:
    """Find who said what in news articles and publish it with Datasette."""


def _warn(err: InputError) -> None:
    click.echo(f"error: {err}", err=True)


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path())
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False), help="SQLite file to write or update.")
@click.option("--rebuild", is_flag=True, help="Start a fresh database instead of updating the existing one.")
@click.option("--prune", is_flag=True, help="Remove articles whose input is no longer among INPUTS.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Extraction processes [default: all cores].")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="Run extraction on a Dask distributed cluster (pip install 'quotedb[dask]').")
@click.option("--max-size", type=click.FloatRange(min=0, min_open=True), default=MAX_BYTES / 2**20, show_default=True,
              help="Largest file, JSON line or archive record read, in MiB; larger ones are skipped with an error.")
@click.option("--strict", is_flag=True, help="Exit with status 1 if any input could not be read.")
def build(inputs: tuple[str, ...], db_path: str, rebuild: bool, prune: bool, jobs: int | None, scheduler: str | None,
          max_size: float, strict: bool) -> None:
    """Build or update the database from article files and folders (default: seeds/).

    Accepts .txt and .md articles, .html/.htm pages, .warc/.warc.gz web archives and
    .jsonl/.json files of records with a 'text' field (and optional title, url,
    outlet/publisher, published/date, author); '-' reads JSON lines from stdin.
    An existing database is updated: unchanged articles are skipped, changed ones
    replaced.  A file that cannot be read is reported on one line and skipped.
    """
    try:
        result = build_db(inputs or DEFAULT_INPUTS, db_path, on_error=_warn, rebuild=rebuild, prune=prune,
                          jobs=jobs or os.cpu_count() or 1, scheduler=scheduler, progress=True,
                          max_bytes=int(max_size * 2**20))
    except OSError as exc:
        raise click.ClickException(f"{db_path}: {exc.strerror or exc}") from None
    except ImportError as exc:
        raise click.ClickException(f"--scheduler needs Dask: pip install 'quotedb[dask]' ({exc})") from None
    if result.interrupted:
        click.echo(f"interrupted: committed {result.summary()}", err=True)
        sys.exit(130)
    click.echo(f"built {result.summary()}")
    if strict and result.errors:
        sys.exit(1)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
def extract(files: tuple[str, ...]) -> None:
    """Print the quotes in FILES as JSON lines (no database); '-' reads stdin."""
    failed = False
    for name in files:
        if name == "-":
            items = [("-", sys.stdin.read())]
        else:
            items = []
            for a in read_all([name]):
                if isinstance(a, InputError):
                    _warn(a)
                    failed = True
                else:
                    items.append((a.path, a.text))
        for path, text in items:
            for q in extract_quotes(text):
                sp = q.speaker
                click.echo(json.dumps({
                    "file": path, "start": q.start, "end": q.end, "kind": q.kind, "text": q.text,
                    "cue": q.cue, "speaker": sp.name if sp else None, "speaker_kind": sp.kind if sp else None,
                    "speaker_role": sp.role if sp else None, "speaker_gender": sp.gender if sp else None,
                    "speaker_mention": q.speaker_mention, "paragraph": q.paragraph,
                    "rule": q.rule, "resolved_by": q.resolved_by,
                }, ensure_ascii=False))
    if failed:
        sys.exit(1)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--metadata", default="metadata.yml", show_default=True, type=click.Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; 127.0.0.1 keeps it local, 0.0.0.0 serves the network.")
@click.option("-p", "--port", default=8001, show_default=True, type=int)
def serve(db_path: str, metadata: str, host: str, port: int) -> None:
    """Serve the database with Datasette, read-only (--immutable, with a counts file)."""
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist: run 'quotedb build' first")
    meta: str | None = metadata
    if not Path(metadata).exists():
        click.echo(f"warning: {metadata} not found; serving without it", err=True)
        meta = None
    try:
        cmd = datasette_command(db_path, meta, host, port)
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"{db_path}: {exc}") from None
    click.echo(f"serving {db_path} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    sys.stderr.flush()
    # Datasette takes this process's place, so a signal that stops `quotedb serve`
    # (Ctrl-C, a service manager's SIGTERM) stops the server: a child would be orphaned.
    os.execv(cmd[0], cmd)


@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("target", type=click.Choice(PUBLISH_TARGETS))
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@click.option("--metadata", default="metadata.yml", show_default=True, type=click.Path(dir_okay=False))
@click.option("--source-dir", default="dist/publish", show_default=True, type=click.Path(file_okay=False),
              help="Where quotedb's source is copied for the image to install.")
@click.option("--dry-run", is_flag=True, help="Print the datasette command instead of running it.")
@click.argument("extra", nargs=-1, type=click.UNPROCESSED)
def publish(target: str, db_path: str, metadata: str, source_dir: str, dry_run: bool, extra: tuple[str, ...]) -> None:
    """Deploy the site with Datasette's own tools, as 'quotedb serve' serves it.

    TARGET is 'package' (a Docker image: datasette package), 'cloudrun' or 'heroku'
    (datasette publish).  Options after the target that quotedb does not know go to
    datasette, e.g. 'quotedb publish package -t quotes-site' or
    'quotedb publish cloudrun --service quotes'."""
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist: run 'quotedb build' first")
    try:
        source = copy_source(source_dir)
        cmd = publish_command(target, db_path, metadata if Path(metadata).exists() else None, source, extra)
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"{db_path}: {exc}") from None
    if dry_run:
        click.echo(" ".join(shlex.quote(part) for part in cmd))
        return
    sys.exit(subprocess.call(cmd))


@cli.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--by-rule", is_flag=True, help="Also score each attribution rule and each way of resolving speakers.")
def eval_(gold: str, as_json: bool, by_rule: bool) -> None:
    """Score the extractor against gold annotations (PolNeAR JSON lines)."""
    try:
        report = evaluate(read_gold(gold))
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        out = report.as_dict()
        if by_rule:
            out = {"kinds": out, **report.provenance_dict()}
        click.echo(json.dumps(out, indent=2))
        return
    click.echo(report.table())
    if by_rule:
        click.echo("\n" + report.provenance_table())


@cli.command(name="rules")
def rules_() -> None:
    """List the attribution rules in the order they are tried, with an example each,
    then the speaker resolution strategies."""
    for row in provenance():
        click.echo(f"{row['stage']:<12}{row['id']:<30}{row['description']}")
        if row["example"]:
            click.echo(f"{'':<42}e.g. {row['example']!r}")


if __name__ == "__main__":
    cli()
