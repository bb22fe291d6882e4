"""The write side of the API: one submitted article (text, HTML or a URL) through the pipeline.

Writes are serialised by a lock: the pipeline and the relink that follows each store are not
meant to run twice at once against one database.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator

from ..errors import InputError
from ..link.relink import relink
from ..pipeline.runner import Summary
from ..pipeline.store_run import pipeline_for, store_all
from ..records import Document, Dropped, RawPage
from ..settings import Settings
from ..store.store import Store
from .models import ArticleIn, IngestResult


class SubmissionError(ValueError):
    """A submission the pipeline could not turn into an article (the message says why)."""


def raw_page(article: ArticleIn) -> RawPage:
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
    from ..readers.fetch import Fetcher

    try:
        with Fetcher() as fetcher:
            page = fetcher.fetch(article.url)
    except InputError as exc:
        raise SubmissionError(str(exc)) from None
    return page


class Ingestor:
    """Runs submissions through the pipeline into the store, one at a time."""

    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        self.store = store
        self.settings = settings or Settings()
        self._lock = threading.Lock()

    def ingest(self, article: ArticleIn) -> IngestResult:
        page = raw_page(article)
        with self._lock:
            pipeline = pipeline_for(self.store, self.settings, article.published)
            summary = Summary()
            seen: list[Document | Dropped] = []
            store_all(_keeping(pipeline.run_pages([page]), seen), self.store, summary)
            documents = [item for item in seen if isinstance(item, Document)]
            if summary.stored:
                relink(self.store)
        ids = [d.id for d in documents]
        errors = summary.messages
        stored, unchanged, events = summary.stored, summary.unchanged, summary.events
        if errors and not ids:
            raise SubmissionError("; ".join(errors))
        return IngestResult(
            stored=stored, unchanged=unchanged, document_ids=ids, events=events, errors=errors
        )


def _keeping(
    items: Iterable[Document | Dropped], seen: list[Document | Dropped]
) -> Iterator[Document | Dropped]:
    """The items, each also kept in `seen`."""
    for item in items:
        seen.append(item)
        yield item
