"""The stage interface: records in, records out, models loaded once per worker.

A stage is built cheaply (no model loading in `__init__`), then `setup()` runs once in the worker
that will use it, then `run()` maps an iterator of records to an iterator of records. An item a
stage cannot carry on with becomes a `Dropped` record with a reason; later stages pass it through
untouched, so the runner can count drops by reason at the end.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any, Generic, TypeVar

from ..errors import E_STAGE_FAILED, E_TIMEOUT, InputError
from ..records import Dropped
from .watchdog import Overrun, Watchdog

In = TypeVar("In")
Out = TypeVar("Out")
R = TypeVar("R")


class Stage(abc.ABC, Generic[In, Out]):
    """Base of every pipeline stage."""

    name: str = "stage"
    watched: bool = True
    """Whether the per-article watchdog may stop this stage's work on an article (a stage whose
    work on one article updates shared state half-way must not be stopped: dedupe)."""

    def __init__(self) -> None:
        self._ready = False
        self.watchdog: Watchdog | None = None
        self.watchdog_s = 0.0
        """Seconds this stage may spend on one article (0: no watchdog); set by the pipeline."""

    def watched_call(self, input_name: str, work: Callable[[], R]) -> R:
        """`work()` under the watchdog: an overrun becomes an InputError with E_TIMEOUT."""
        if self.watchdog is None or not self.watched or self.watchdog_s <= 0:
            return work()
        guard = self.watchdog.guard(self.watchdog_s)
        try:
            try:
                with guard:
                    return work()
            finally:
                guard.release()
        except Overrun:
            raise InputError(
                input_name,
                E_TIMEOUT,
                f"{self.name} spent over {self.watchdog_s:g} s on this article (the watchdog's "
                "limit, EVENTWIRE_ARTICLE_TIMEOUT); dropped",
            ) from None

    def setup(self) -> None:
        """Load models and indexes; called once per worker before the first `run`."""

    def ensure_setup(self) -> None:
        if not self._ready:
            self.setup()
            self._ready = True

    @abc.abstractmethod
    def run(self, items: Iterable[In | Dropped]) -> Iterator[Out | Dropped]:
        """Map records to records; `Dropped` items pass through unchanged."""


class MapStage(Stage[In, Out]):
    """A stage that handles one item at a time; a failure drops that item only."""

    def run(self, items: Iterable[In | Dropped]) -> Iterator[Out | Dropped]:
        self.ensure_setup()
        for item in items:
            if isinstance(item, Dropped):
                yield item
                continue
            try:
                yield self.watched_call(_input_name(item), partial(self.process, item))
            except InputError as exc:
                yield Dropped(exc.input_name, self.name, exc.code, exc.reason, _item_id(item))
            except Exception as exc:  # noqa: BLE001 - one bad item must not stop a crawl
                yield Dropped(
                    _input_name(item),
                    self.name,
                    E_STAGE_FAILED,
                    f"{self.name} failed: {type(exc).__name__}: {exc}",
                    _item_id(item),
                )

    @abc.abstractmethod
    def process(self, item: In) -> Out | Dropped:
        """Handle one item."""


def _input_name(item: Any) -> str:
    return str(getattr(item, "input_name", "?"))


def _item_id(item: Any) -> str | None:
    value = getattr(item, "id", None) or getattr(item, "item_id", None)
    return str(value) if value is not None else None
