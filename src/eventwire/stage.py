"""The stage interface: records in, records out, models loaded once per worker.

A stage is built cheaply (no model loading in `__init__`), then `setup()` runs once in the worker
that will use it, then `run()` maps an iterator of records to an iterator of records. An item a
stage cannot carry on with becomes a `Dropped` record with a reason; later stages pass it through
untouched, so the runner can count drops by reason at the end.

Each stage says which record fields it reads and which it writes (`reads`, `writes`), and keeps its
own counters (`StageCounters`: items handled, items dropped by error code, seconds spent), which
`counted_run` fills while the stage runs; the runner prints them and benchmarks read them.
"""

from __future__ import annotations

import abc
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .errors import E_STAGE_FAILED, InputError
from .records import Dropped

In = TypeVar("In")
Out = TypeVar("Out")


@dataclass
class StageCounters:
    """What one stage did: items handed to it, items it dropped (by error code), time spent in it.

    `seconds` is the stage's own time: waiting on the stages before it is not counted.
    """

    processed: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def merge(self, other: StageCounters) -> None:
        """Add another run's counts (a shard's, from a worker) to these."""
        self.processed += other.processed
        self.dropped.update(other.dropped)
        self.seconds += other.seconds

    def describe(self) -> str:
        text = f"{self.processed} in {self.seconds:.1f} s"
        if self.dropped:
            reasons = ", ".join(f"{code}: {n}" for code, n in sorted(self.dropped.items()))
            text += f", dropped {sum(self.dropped.values())} ({reasons})"
        return text


class Stage(abc.ABC, Generic[In, Out]):
    """Base of every pipeline stage."""

    name: str = "stage"
    reads: tuple[str, ...] = ()
    """The record fields this stage reads."""
    writes: tuple[str, ...] = ()
    """The record fields this stage sets on the records it hands on."""

    def __init__(self) -> None:
        self._ready = False
        self.counters = StageCounters()

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
                yield self.process(item)
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


def counted_run(stage: Stage[Any, Any], items: Iterable[Any]) -> Iterator[Any]:
    """`stage.run(items)`, counting into `stage.counters` what goes in, what it drops, its time."""
    counters = stage.counters
    upstream = 0.0  # seconds spent waiting on `items`, not on this stage

    def feed() -> Iterator[Any]:
        nonlocal upstream
        source = iter(items)
        while True:
            started = time.perf_counter()
            try:
                item = next(source)
            except StopIteration:
                return
            finally:
                upstream += time.perf_counter() - started
            if not isinstance(item, Dropped):
                counters.processed += 1
            yield item

    out = stage.run(feed())
    while True:
        started, waited = time.perf_counter(), upstream
        try:
            item = next(out)
        except StopIteration:
            return
        finally:
            counters.seconds += time.perf_counter() - started - (upstream - waited)
        if isinstance(item, Dropped) and item.stage == stage.name:
            counters.dropped[item.code] += 1
        yield item


def _input_name(item: Any) -> str:
    return str(getattr(item, "input_name", "?"))


def _item_id(item: Any) -> str | None:
    value = getattr(item, "id", None) or getattr(item, "item_id", None)
    return str(value) if value is not None else None
