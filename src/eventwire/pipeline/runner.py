"""Running the stages over many inputs: a chain of iterators, a progress bar, a summary.

The same `Pipeline` object serves the command line, the Python API and the store's ingest, so the
models are loaded once per process however many inputs pass through it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..annotate.stage import AnnotateStage
from ..dedupe.minhash import Deduper
from ..dedupe.stage import DedupeStage
from ..dedupe.stories import StoryIndex
from ..events.stage import EventStage
from ..extract.stage import ExtractStage
from ..geocode.stage import GeocodeStage
from ..ingest.files import iter_input_files, read_inputs
from ..records import Document, Dropped, RawPage
from ..settings import Settings
from .progress import progress_bar
from .stage import Stage


@dataclass
class Summary:
    """What a run did, printed at its end and used for the exit status."""

    inputs: int = 0
    pages: int = 0
    articles: int = 0
    events: int = 0
    asserted_events: int = 0
    undated: int = 0
    """Articles with no publication date: their relative dates ("on Sunday") stay unresolved."""
    duplicates: int = 0
    stored: int = 0
    unchanged: int = 0
    skipped_language: int = 0
    skipped_languages: Counter[str] = field(default_factory=Counter)
    """The texts not annotated, by language ("unknown" when none was found)."""
    shards_skipped: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    messages: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def add_error(self, dropped: Dropped) -> None:
        self.errors[f"{dropped.code} {dropped.stage}"] += 1
        self.messages.append(dropped.message())

    def add(self, item: Document | Dropped) -> None:
        """Count one item coming out of the pipeline."""
        if isinstance(item, Dropped):
            self.add_error(item)
        else:
            self.articles += 1
            self.events += len(item.events)
            self.asserted_events += sum(e.modality == "asserted" for e in item.events)
            self.undated += item.published is None
            self.duplicates += item.duplicate_of is not None
            if item.not_annotated:
                self.skipped_language += 1
                self.skipped_languages[item.language or "unknown"] += 1

    def merge(self, other: Summary) -> None:
        """Add another run's counts (a shard's, from a worker) to these."""
        for name in (
            "pages",
            "articles",
            "events",
            "asserted_events",
            "undated",
            "duplicates",
            "stored",
            "unchanged",
            "skipped_language",
            "shards_skipped",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.update(other.errors)
        self.skipped_languages.update(other.skipped_languages)
        self.messages.extend(other.messages)

    def lines(self) -> list[str]:
        parts = [
            f"inputs read: {self.inputs}",
            f"pages: {self.pages}",
            f"articles: {self.articles}",
            f"events coded: {self.events} ({self.asserted_events} asserted)",
            f"duplicates: {self.duplicates}",
        ]
        if self.stored or self.unchanged:
            parts.append(f"stored: {self.stored}, unchanged: {self.unchanged}")
        if self.shards_skipped:
            parts.append(f"shards already stored (skipped): {self.shards_skipped}")
        if self.skipped_language:
            by_language = ", ".join(f"{k}: {v}" for k, v in sorted(self.skipped_languages.items()))
            detail = f" ({by_language})" if by_language else ""
            parts.append(f"not annotated (unsupported language): {self.skipped_language}{detail}")
        lines = ["; ".join(parts)]
        if self.events:
            lines.append(
                "(each article's events are counted here; `eventwire events` lists the merged "
                "ones, one per real-world event, asserted by default)"
            )
        if self.articles and self.undated * 2 > self.articles:
            lines.append(
                f"warning: {self.undated} of {self.articles} articles have no publication date, so "
                'their relative dates ("on Sunday", "last week") stay unresolved: give '
                "--published, or a `published` field in JSON Lines (`date`, `dct` and `pubdate` "
                "are read too)"
            )
        if self.errors:
            by_reason = ", ".join(f"{k}: {v}" for k, v in sorted(self.errors.items()))
            lines.append(f"errors: {sum(self.errors.values())} ({by_reason})")
        return lines


class Pipeline:
    """ingest → extract → dedupe → annotate → geocode → events, on one worker."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        published: str | None = None,
        deduper: Deduper | None = None,
        stories: StoryIndex | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.extract = ExtractStage(published_fallback=published)
        self.dedupe = DedupeStage(deduper, stories)
        self.annotate = AnnotateStage(self.settings)
        self.geocode = GeocodeStage(self.settings)
        self.events = EventStage(self.settings, self.geocode.geocoder)
        self.stages: tuple[Stage[Any, Any], ...] = (
            self.extract,
            self.dedupe,
            self.annotate,
            self.geocode,
            self.events,
        )
        self.published = published

    def setup(self) -> None:
        for stage in self.stages:
            stage.ensure_setup()

    def run_pages(self, pages: Iterable[RawPage | Dropped]) -> Iterator[Document | Dropped]:
        # Set every stage up before the first item flows (models load once, up front).
        self.setup()
        stream: Iterable[Any] = pages
        for stage in self.stages:
            stream = stage.run(stream)
        return iter(stream)

    def run(
        self,
        inputs: Iterable[str],
        *,
        url: str | None = None,
        summary: Summary | None = None,
        progress: bool = False,
    ) -> Iterator[Document | Dropped]:
        """Documents (and drops) for every page of the given paths; fills `summary` as it goes."""
        summary = summary if summary is not None else Summary()
        files = list(iter_input_files(inputs))
        summary.inputs = len(files)
        pages = read_inputs(
            (f if isinstance(f, str) else f.input_name for f in files),
            max_bytes=self.settings.max_page_bytes,
            published=self.published,
            url=url,
        )
        counted = _count_pages(pages, summary)
        with progress_bar(progress, "articles") as advance:
            for item in self.run_pages(counted):
                summary.add(item)
                advance(item)
                yield item


def _count_pages(pages: Iterable[RawPage | Dropped], summary: Summary) -> Iterator[Any]:
    for page in pages:
        if isinstance(page, RawPage):
            summary.pages += 1
        yield page
