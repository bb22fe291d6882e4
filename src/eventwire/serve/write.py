"""The write side of the API: one submitted article (text, HTML or a URL) through the pipeline.

Everything a submission costs happens in a separate worker process, at a lower scheduling
priority: parsing the JSON body, validating it, fetching a URL, the pipeline and the relink. The
server's event loop only reads the (size-limited) body and waits, so a huge or slow submission
never stalls the other requests, not even through the GIL (a regular expression or `json.loads`
holds it for the whole call). One worker runs the submissions one at a time: the pipeline and
the relink that follows each store are not meant to run twice at once against one database.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import lru_cache
from typing import Any

from pydantic import ValidationError

from ..errors import InputError, StorageError
from ..link.relink import relink_if_pending
from ..pipeline.runner import Summary
from ..pipeline.store_run import pipeline_for, store_all
from ..records import Document, Dropped, RawPage
from ..settings import Settings
from ..store.store import Store
from .models import ArticleIn, IngestResult

WORKER_NICENESS = 5
"""How much lower the writer's priority is: the API's reads come first on a busy machine."""


class SubmissionError(ValueError):
    """A submission that is not stored, with the HTTP status and the reason to answer."""

    def __init__(self, detail: Any, status: int = 422) -> None:
        super().__init__(detail, status)
        self.detail = detail
        self.status = status


def raw_page(article: ArticleIn, settings: Settings) -> RawPage:
    """The RawPage of a submission; fetches the URL (politely, public addresses only) if needed."""
    if article.text is not None:
        return RawPage(
            "<posted text>",
            article.text.encode("utf-8"),
            "text",
            url=article.url,
            published=article.published,
            title=article.title,
        )
    if article.html is not None:
        return RawPage(
            "<posted html>",
            article.html.encode("utf-8"),
            "html",
            url=article.url,
            published=article.published,
            title=article.title,
        )
    if article.url is None:
        raise SubmissionError("give one of text, html or url")
    from ..readers.fetch import Fetcher, FetchPolicy

    try:
        with Fetcher(FetchPolicy(deadline_s=settings.fetch_deadline_s)) as fetcher:
            page = fetcher.fetch(article.url)
    except InputError as exc:
        raise SubmissionError(str(exc)) from None
    return page


def parse_submission(body: bytes) -> ArticleIn:
    """The submission in a request body, or a SubmissionError that never echoes the body."""
    try:
        data = json.loads(body)
    except RecursionError:
        raise SubmissionError("the JSON body is nested too deeply") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise SubmissionError(f"the body is not JSON ({type(exc).__name__})") from None
    try:
        article = ArticleIn.model_validate(data)
    except ValidationError as exc:
        raise SubmissionError(exc.errors(include_input=False, include_url=False)) from None
    except RecursionError:
        raise SubmissionError("the JSON body is nested too deeply") from None
    given = [x for x in (article.text, article.html) if x is not None]
    if len(given) > 1 or (not given and article.url is None):
        raise SubmissionError("give exactly one of text or html, or a url to fetch")
    return article


@lru_cache(maxsize=2)
def _store(db_url: str) -> Store:
    """The writer process's store, opened once."""
    return Store(db_url)


def ingest_submission(db_url: str, settings: Settings, body: bytes) -> dict[str, Any]:
    """In the writer process: parse, run and store one submission; the IngestResult as JSON."""
    article = parse_submission(body)
    page = raw_page(article, settings)
    store = _store(db_url)
    try:
        pipeline = pipeline_for(store, settings, article.published)
        summary = Summary()
        seen: list[Document | Dropped] = []
        store_all(_keeping(pipeline.run_pages([page]), seen), store, summary)
        relink_if_pending(store)
    except StorageError as exc:
        raise SubmissionError(str(exc), status=503) from None
    ids = [item.id for item in seen if isinstance(item, Document)]
    if summary.messages and not ids:
        raise SubmissionError("; ".join(summary.messages))
    result = IngestResult(
        stored=summary.stored,
        unchanged=summary.unchanged,
        document_ids=ids,
        events=summary.events,
        errors=summary.messages,
    )
    return result.model_dump()


def _background_priority() -> None:
    os.nice(WORKER_NICENESS)


class Writer:
    """Runs submissions in one worker process (started on the first submission)."""

    def __init__(self, db_url: str, settings: Settings) -> None:
        self.db_url = db_url
        self.settings = settings
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            import multiprocessing

            self._pool = ProcessPoolExecutor(
                max_workers=1,
                # `spawn`: a clean process with its own models and database connections.
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_background_priority,
            )
        return self._pool

    async def submit(self, body: bytes) -> IngestResult:
        """Store the submission in `body`; SubmissionError when it is not stored."""
        loop = asyncio.get_running_loop()
        try:
            result = await loop.run_in_executor(
                self._executor(), ingest_submission, self.db_url, self.settings, body
            )
        except BrokenProcessPool:
            # The worker died (killed for memory, say): the next submission gets a new one.
            self.close(wait=False)
            raise SubmissionError("the writer process stopped; try again", status=503) from None
        return IngestResult.model_validate(result)

    def close(self, wait: bool = True) -> None:
        """Stop the worker once its submission under way (if any) is stored."""
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None


def _keeping(
    items: Iterable[Document | Dropped], seen: list[Document | Dropped]
) -> Iterator[Document | Dropped]:
    """The items, each also kept in `seen`."""
    for item in items:
        seen.append(item)
        yield item
