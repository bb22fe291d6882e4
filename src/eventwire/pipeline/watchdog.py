"""The per-article watchdog: an article a stage spends too long on is dropped, the run goes on.

Every stage is meant to cost time in proportion to an article's length (the limits in `Settings`
bound that length), but one page no rule foresaw must not stall a worker and the shard behind it.
A stage arms the watchdog around its work on one article (`Watchdog.guard`); if the article is
still being worked on when its time is up, a daemon thread raises `Overrun` in the worker's
thread (CPython's asynchronous exception, delivered between two bytecodes: it stops Python code,
not one long call into a C library, which the limits bound instead). The stage turns it into a
Dropped record with E_TIMEOUT naming the article, and carries on with the next one. It works in
any thread (Dask runs tasks in worker threads, where signals cannot reach).
"""

from __future__ import annotations

import ctypes
import threading
import time
from dataclasses import dataclass
from types import TracebackType

__all__ = ["Overrun", "Watchdog"]

_REFIRE_S = 1.0
"""An overrun swallowed by some `except BaseException` is raised again this often."""


class Overrun(BaseException):  # noqa: N818 - raised into a thread, like KeyboardInterrupt
    """Raised by the watchdog in a thread whose article ran past its time.

    A BaseException, so that the `except Exception` of library code on the way does not take it
    for an ordinary failure and carry on.
    """


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    """Schedule `exc` in the thread (None cancels one still pending)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


@dataclass
class _Armed:
    deadline: float
    fired_at: float = 0.0


class Watchdog:
    """Raises `Overrun` in a thread that stays inside a `guard` longer than it allows."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._armed: dict[int, _Armed] = {}
        self._thread: threading.Thread | None = None
        self._wake = 0.0
        """When the watching thread wakes next (it looks at every deadline then)."""

    def guard(self, seconds: float) -> _Guard:
        """A context manager bounding its body to `seconds` (0 or less: unbounded)."""
        return _Guard(self, seconds)

    def arm(self, seconds: float) -> _Armed:
        armed = _Armed(time.monotonic() + seconds)
        with self._lock:
            self._armed[threading.get_ident()] = armed
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._watch, name="eventwire-watchdog", daemon=True
                )
                self._thread.start()
            elif armed.deadline < self._wake:
                # woken only when it would sleep past this deadline: an article's deadline is
                # most often later than the thread's next look (a wake-up per article and stage
                # cost two thread switches and a hand-over of the GIL)
                self._lock.notify()
        return armed

    def disarm(self, armed: _Armed) -> None:
        """Stand down for this thread; cancel an overrun raised but not yet delivered.

        An overrun can arrive at any bytecode, this method's own included: it is caught here
        and the disarming done again, so none escapes once the guarded work is over.
        """
        thread_id = threading.get_ident()
        while True:
            try:
                with self._lock:
                    if self._armed.get(thread_id) is armed:
                        del self._armed[thread_id]
                if armed.fired_at:
                    _raise_in(thread_id, None)
                return
            except Overrun:
                continue

    def _watch(self) -> None:
        with self._lock:
            while True:
                now = time.monotonic()
                wake = now + 60.0
                for thread_id, armed in self._armed.items():
                    due = max(armed.deadline, armed.fired_at + _REFIRE_S)
                    if now >= due:
                        armed.fired_at = now
                        _raise_in(thread_id, Overrun)
                        due = now + _REFIRE_S
                    wake = min(wake, due)
                self._wake = max(wake, now + 0.01)
                self._lock.wait(timeout=max(0.01, wake - now))


class _Guard:
    """`Watchdog.guard`: arms on entry, disarms on exit, whatever happened in between."""

    def __init__(self, watchdog: Watchdog, seconds: float) -> None:
        self.watchdog = watchdog
        self.seconds = seconds
        self.armed: _Armed | None = None

    def __enter__(self) -> _Guard:
        if self.seconds > 0:
            self.armed = self.watchdog.arm(self.seconds)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def release(self) -> None:
        """Disarm (again: harmless); for a `finally`, should an overrun cut `__exit__` short."""
        if self.armed is not None:
            self.watchdog.disarm(self.armed)
