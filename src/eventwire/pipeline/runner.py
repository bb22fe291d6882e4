"""Running the stages over many inputs: a chain of iterators, a progress bar, a summary.

The same `Pipeline` object serves the command line, the Python API and the store's ingest, so the
models are loaded once per process however many inputs pass through it.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..annotate.stage import AnnotateStage
from ..dedupe.minhash import Deduper
from ..dedupe.stage import DedupeStage
from ..dedupe.story_clusters import StoryIndex
from ..events.stage import EventStage
from ..extract.stage import ExtractStage
from ..gate.stage import GateStage
from ..geocode.stage import GeocodeStage
from ..readers.files import iter_input_files, read_inputs
from ..records import Document, Dropped, RawPage
from ..settings import Settings
from ..stage import Stage, StageCounters, counted_run
from .progress import progress_bar
from .watchdog import Watchdog

UNDATED_NAMED = 3
"""How many inputs with undated articles the summary's warning names (like other warnings)."""


@cache
def freeze_loaded() -> None:
    """Once per process, after the first pipeline's models are loaded: what is loaded by then
    (the parser, the gazetteer's and word lists' objects) lives as long as the process, so it is
    moved out of the garbage collector's sight, and its full collections look only at what the
    articles make (as `serve.app` does at its start). The collector's time on 300 news
    articles 0.50 -> 0.22 CPU s, on 600 0.79 -> 0.72 (perf25).

    The youngest generation is collected every `YOUNG_COLLECTED` new objects, not Python's 700:
    an article's parse and readings make hundreds of thousands of objects, nearly all freed by
    their count of references before a collection would look at them, while each collection
    walks the objects still young and moves them on towards the full collections (on the 600
    news articles of the throughput benchmark, `gc.callbacks` timed: 1045 young, 95 middle and
    7 full collections, 0.77 CPU s, against 14 young and one middle, 0.21 s, at about the same
    peak memory, 865 against 873 MB: perf38)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTED, *gc.get_threshold()[1:])


YOUNG_COLLECTED = 20_000
"""New objects (less those freed) between two collections of the youngest generation."""


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
    undated_inputs: list[str] = field(default_factory=list)
    """The first inputs (up to `UNDATED_NAMED`) holding an undated article, named in the warning."""
    undated_more: bool = False
    """More inputs than `undated_inputs` hold undated articles."""
    duplicates: int = 0
    stored: int = 0
    unchanged: int = 0
    skipped_language: int = 0
    skipped_languages: Counter[str] = field(default_factory=Counter)
    """The texts not annotated, by language ("unknown" when none was found)."""
    not_news: int = 0
    """Articles the news gate judged to hold no political, conflict or crime news: not parsed."""
    shards_skipped: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    messages: list[str] = field(default_factory=list)
    stages: dict[str, StageCounters] = field(default_factory=dict)
    """Each stage's own counters (items in, drops by reason, seconds), by stage name."""

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
            if item.published is None:
                self.undated += 1
                self._name_undated([item.input_name or item.id])
            self.duplicates += item.duplicate_of is not None
            if item.not_annotated:
                self.skipped_language += 1
                self.skipped_languages[item.language or "unknown"] += 1
            self.not_news += item.not_news is not None

    def _name_undated(self, names: list[str]) -> None:
        for name in names:
            if name in self.undated_inputs:
                continue
            if len(self.undated_inputs) < UNDATED_NAMED:
                self.undated_inputs.append(name)
            else:
                self.undated_more = True

    def add_stages(self, counters: dict[str, StageCounters]) -> None:
        """Add stages' counters (a run's, or a shard's from a worker) to these."""
        for name, counted in counters.items():
            self.stages.setdefault(name, StageCounters()).merge(counted)

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
            "not_news",
            "shards_skipped",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.update(other.errors)
        self.skipped_languages.update(other.skipped_languages)
        self._name_undated(other.undated_inputs)
        self.undated_more |= other.undated_more
        self.messages.extend(other.messages)
        self.add_stages(other.stages)

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
        if self.not_news:
            parts.append(f"no political, conflict or crime news (not parsed): {self.not_news}")
        lines = ["; ".join(parts)]
        if self.events:
            lines.append(
                "(each article's events are counted here; `eventwire events` lists the merged "
                "ones, one per real-world event, asserted by default)"
            )
        if self.articles and self.undated * 2 > self.articles:
            named = ", ".join(self.undated_inputs)
            if self.undated_more:
                named += ", ..."
            lines.append(
                f"eventwire: warning: {named}: {self.undated} of {self.articles} articles have "
                "no publication date, so "
                'their relative dates ("on Sunday", "last week") stay unresolved: give '
                "--published, or a `published` field in JSON Lines (`date`, `dct` and `pubdate` "
                "are read too)"
            )
        if self.errors:
            by_reason = ", ".join(f"{k}: {v}" for k, v in sorted(self.errors.items()))
            lines.append(f"errors: {sum(self.errors.values())} ({by_reason})")
        if self.stages:
            lines.append(
                "stages: " + "; ".join(f"{n} {c.describe()}" for n, c in self.stages.items())
            )
        return lines


def default_stages(
    settings: Settings,
    *,
    published: str | None = None,
    deduper: Deduper | None = None,
    stories: StoryIndex | None = None,
) -> list[Stage[Any, Any]]:
    """extract → dedupe → gate → annotate → geocode → events: the stages of `eventwire process`.

    The gate comes after dedupe (every article, news or not, is indexed for its copies and story)
    and before annotate, which leaves the articles it found no news in unparsed (the `news_gate`
    setting turns the gate off).
    Geocode comes before events, which asks geocode's geocoder where each event happened.
    """
    geocode = GeocodeStage(settings)
    return [
        ExtractStage(published_fallback=published, settings=settings),
        DedupeStage(
            deduper, stories if stories is not None else StoryIndex(lexicon=settings.lexicon())
        ),
        GateStage(settings),
        AnnotateStage(settings),
        geocode,
        EventStage(settings, geocode.geocoder),  # asks the geocoder where events happened
    ]


class Pipeline:
    """A list of stages run on one worker, `default_stages` unless the caller gives its own.

    `stages` is a plain list: a caller may insert, replace or drop stages before the first run.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        published: str | None = None,
        deduper: Deduper | None = None,
        stories: StoryIndex | None = None,
        stages: Sequence[Stage[Any, Any]] | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.published = published
        self.stages: list[Stage[Any, Any]] = (
            list(stages)
            if stages is not None
            else default_stages(
                self.settings, published=published, deduper=deduper, stories=stories
            )
        )

        self.watchdog = Watchdog()

    def counters(self) -> dict[str, StageCounters]:
        """Each stage's counters since the last `reset_counters`, by stage name."""
        return {stage.name: stage.counters for stage in self.stages}

    def reset_counters(self) -> None:
        for stage in self.stages:
            stage.counters = StageCounters()

    def setup(self) -> None:
        for stage in self.stages:
            if stage.watchdog is None:  # the per-article watchdog, one per pipeline
                stage.watchdog = self.watchdog
                stage.watchdog_s = self.settings.article_timeout_s
            stage.ensure_setup()
        freeze_loaded()

    def run_pages(self, pages: Iterable[RawPage | Dropped]) -> Iterator[Document | Dropped]:
        # Set every stage up before the first item flows (models load once, up front).
        self.setup()
        stream: Iterable[Any] = pages
        for stage in self.stages:
            stream = counted_run(stage, stream)
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
        self.reset_counters()
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
        summary.add_stages(self.counters())


def _count_pages(pages: Iterable[RawPage | Dropped], summary: Summary) -> Iterator[Any]:
    for page in pages:
        if isinstance(page, RawPage):
            summary.pages += 1
        yield page
