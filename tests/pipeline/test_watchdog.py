"""The per-article watchdog: a runaway article becomes a named error, the next one goes on."""

from __future__ import annotations

import threading
import time

import pytest

from eventwire.errors import E_TIMEOUT
from eventwire.pipeline.watchdog import Overrun, Watchdog
from eventwire.records import Dropped
from eventwire.stage import MapStage


class _Spin(MapStage[str, str]):
    """Spins (pure Python) on an item named "runaway", swallowing ordinary exceptions as
    careless library code might; returns the others at once."""

    name = "spin"

    def process(self, item: str) -> str:
        if item == "runaway":
            while True:
                try:
                    sum(range(1000))
                except Exception:  # noqa: BLE001, S112 - what the watchdog must get through
                    continue
        return item.upper()


def _stage(seconds: float) -> _Spin:
    stage = _Spin()
    stage.watchdog, stage.watchdog_s = Watchdog(), seconds
    return stage


def test_a_runaway_item_is_dropped_and_the_next_goes_on() -> None:
    started = time.monotonic()
    out = list(_stage(0.3).run(["first", "runaway", "last"]))
    assert time.monotonic() - started < 5
    assert out[0] == "FIRST" and out[2] == "LAST"
    dropped = out[1]
    assert isinstance(dropped, Dropped) and dropped.code == E_TIMEOUT and dropped.stage == "spin"


def test_no_overrun_leaks_after_the_guarded_work() -> None:
    """Work that ends right at its deadline: nothing is raised later, outside the guard."""
    stage = _stage(0.05)
    for _ in range(20):
        list(stage.run(["a", "b"]))
        time.sleep(0.06)
    time.sleep(1.2)  # past a re-fire period: still nothing raised here


def test_the_watchdog_works_in_worker_threads() -> None:
    """Dask runs tasks in threads, where signals cannot reach."""
    results: list[object] = []
    thread = threading.Thread(target=lambda: results.extend(_stage(0.3).run(["runaway", "x"])))
    thread.start()
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert isinstance(results[0], Dropped) and results[1] == "X"


def test_disabled_watchdog_and_a_plain_guard() -> None:
    assert list(_stage(0).run(["a"])) == ["A"]
    with pytest.raises(Overrun), Watchdog().guard(0.2):
        while True:
            sum(range(100))


def test_a_short_deadline_after_long_ones_still_fires() -> None:
    """The watching thread is woken only for a deadline before its next look: one armed after
    long ones (its next look a minute away) is still kept."""
    watchdog = Watchdog()
    for _ in range(5):
        with watchdog.guard(120.0):
            sum(range(100))
    started = time.monotonic()
    with pytest.raises(Overrun), watchdog.guard(0.2):
        while time.monotonic() - started < 10:
            sum(range(100))
    assert time.monotonic() - started < 5
