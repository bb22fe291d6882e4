"""The write side of the API: one submitted article (text, HTML or a URL) through the pipeline.

Writes are serialised by a lock: the pipeline and the relink that follows each store are not
meant to run twice at once against one database.
"""

from __future__ import annotations

import threading

from ..dedupe.minhash import Deduper
from ..errors import InputError
from ..pipeline.runner import Pipeline
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
    from ..ingest.fetch import Fetcher

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
            deduper = Deduper()
            deduper.load(self.store.signatures())
            pipeline = Pipeline(self.settings, published=article.published, deduper=deduper)
            stored = unchanged = events = 0
            ids: list[str] = []
            errors: list[str] = []
            for item in pipeline.run_pages([page]):
                if isinstance(item, Dropped):
                    errors.append(item.message())
                    continue
                assert isinstance(item, Document)
                ids.append(item.id)
                events += len(item.events)
                if self.store.put(item, pipeline.dedupe.signatures.get(item.id)):
                    stored += 1
                else:
                    unchanged += 1
            if stored:
                self.store.relink()
        if errors and not ids:
            raise SubmissionError("; ".join(errors))
        return IngestResult(
            stored=stored, unchanged=unchanged, document_ids=ids, events=events, errors=errors
        )
