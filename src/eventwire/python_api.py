"""The Python API for notebooks and scripts.

>>> import eventwire
>>> record = eventwire.process_text("Rockets hit the US embassy in Baghdad on Sunday.",
...                                 published="2020-09-27")
>>> with eventwire.open_store("sqlite:///events.sqlite") as store:
...     df = store.events(type="ASSAULT", country="IRQ").to_dataframe()
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from .annotate.sources import article_sources
from .geocode.spellings import admin1_spellings
from .pipeline.runner import Pipeline, Summary
from .records import Dropped, RawPage
from .settings import Settings
from .store.filters import EventFilter
from .store.location import database_url, sqlite_writable
from .store.store import Store


class EventList(list[dict[str, Any]]):
    """Merged events as JSON objects; `to_dataframe()` gives one row per event (pandas extra)."""

    def to_dataframe(self) -> Any:
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ImportError(
                "to_dataframe() needs pandas: pip install 'eventwire[pandas]'"
            ) from exc
        from .store.formats import csv_row

        frame = pd.DataFrame([csv_row(e) for e in self], columns=_csv_columns())
        frame["event_date"] = pd.to_datetime(frame["event_date"], errors="coerce", format="mixed")
        return frame


def _csv_columns() -> list[str]:
    from .store.formats import CSV_COLUMNS

    return list(CSV_COLUMNS)


_FILTER_FIELDS = frozenset(f.name for f in dataclasses.fields(EventFilter))


class EventStore:
    """A store opened from Python: the command line's filters as keyword arguments."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def events(self, filters: EventFilter | None = None, **keywords: Any) -> EventList:
        """Merged events; filters as an `EventFilter` or as its keywords (since, type, country, ...).

        Like the command line, it lists asserted events unless `modality` says otherwise
        (`modality="any"` for all); a value that cannot match (`type="FOO"`, `country="iraq"`,
        `since="yesterday"`) raises `FilterError` (a ValueError) naming the valid values.
        """
        if filters is not None and keywords:
            raise TypeError("give an EventFilter or filter keywords, not both")
        if keywords.keys() - _FILTER_FIELDS:
            unknown = ", ".join(sorted(keywords.keys() - _FILTER_FIELDS))
            raise TypeError(
                f"unknown filter {unknown} (filters: {', '.join(sorted(_FILTER_FIELDS))})"
            )
        return EventList(self._store.events(filters or EventFilter(**keywords)))

    def documents(self) -> list[dict[str, Any]]:
        return list(self._store.documents())

    def document(self, document_id: str) -> dict[str, Any] | None:
        return self._store.document(document_id)

    def sources(self, document_id: str) -> list[dict[str, Any]] | None:
        """An article's sources with their counts of quotes and attributions (None if unknown)."""
        record = self._store.document(document_id)
        return None if record is None else [s.to_json() for s in article_sources(record)]

    def explain(self, event_id: str) -> dict[str, Any] | None:
        return self._store.explain(event_id)

    def counts(self) -> dict[str, int]:
        return self._store.counts()

    def ingest(self, inputs: Iterable[str], **options: Any) -> Summary:
        """Ingest files into this store; options as `ingest_paths`."""
        return ingest_paths(inputs, db=self._store.url, **options)

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(db: str | None = None, *, create: bool = True) -> EventStore:
    """Open the database at `db`: a URL or a plain path to a SQLite file (default: the user's data
    folder). With `create=False` a SQLite file that does not exist is an error, not a new one."""
    url = database_url(db, must_exist=not create)
    # Reading needs no write access: a file this process cannot write is opened read-only.
    read_only = not create and not sqlite_writable(url)
    return EventStore(Store(url, read_only=read_only, admin1_spellings=admin1_spellings))


def _first_document(pipeline: Pipeline, page: RawPage) -> dict[str, Any]:
    for item in pipeline.run_pages([page]):
        if isinstance(item, Dropped):
            raise ValueError(item.message())
        return item.to_json()
    raise ValueError("no document produced")


def process_text(
    text: str,
    *,
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
    pipeline: Pipeline | None = None,
) -> dict[str, Any]:
    """The document record (DESIGN.md) of one plain-text article."""
    pipeline = pipeline or Pipeline(published=published)
    page = RawPage(
        "<text>", text.encode("utf-8"), "text", url=url, published=published, title=title
    )
    return _first_document(pipeline, page)


def process_html(
    html: str | bytes,
    *,
    published: str | None = None,
    url: str | None = None,
    pipeline: Pipeline | None = None,
) -> dict[str, Any]:
    """The document record of one HTML page."""
    pipeline = pipeline or Pipeline(published=published)
    content = html.encode("utf-8") if isinstance(html, str) else html
    page = RawPage("<html>", content, "html", url=url, published=published)
    return _first_document(pipeline, page)


def process_file(
    path: str | Path, *, published: str | None = None, pipeline: Pipeline | None = None
) -> list[dict[str, Any]]:
    """Document records for every article in a file or folder (errors raise ValueError)."""
    pipeline = pipeline or Pipeline(published=published)
    records = []
    for item in pipeline.run([str(path)]):
        if isinstance(item, Dropped):
            raise ValueError(item.message())
        records.append(item.to_json())
    return records


def ingest_paths(
    inputs: Iterable[str],
    *,
    db: str | None = None,
    published: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
    workers: int = 1,
    dask: str | None = None,
    shard_lines: int | None = None,
    progress: bool = False,
) -> Summary:
    """Run the pipeline over `inputs` and store every article (one transaction each).

    `workers` > 1 runs that many local processes; `dask` ("local" or a scheduler address such as
    tcp://host:8786) distributes shards of input to a Dask cluster instead.
    """
    from .pipeline.store_run import run_ingest

    settings = settings or Settings()
    return run_ingest(
        list(inputs),
        db_url=database_url(db or settings.db_url),
        settings=settings,
        published=published,
        url=url,
        workers=workers,
        dask=dask,
        shard_lines=shard_lines,
        progress=progress,
    )


def demo_corpus_path() -> Path:
    """The bundled sample corpus (public-domain US-government news and one Wikinews article)."""
    return Path(str(resources.files("eventwire") / "data" / "sample" / "articles.jsonl"))
