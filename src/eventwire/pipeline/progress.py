"""A rich progress bar on stderr when it is a terminal; silent otherwise (logs, pipes, CI)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


class progress_bar:
    """`with progress_bar(enabled, "articles", total) as advance: ... advance()` (or advance(n)).

    With a total it shows the count done of the total and an estimate of the time left."""

    def __init__(self, enabled: bool, label: str, total: int | None = None) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.label = label
        self.total = total
        self._bar: Any = None

    def __enter__(self) -> Callable[..., None]:
        if not self.enabled:
            return lambda *_: None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        columns: list[Any] = ["[progress.description]{task.description}", BarColumn()]
        columns.append(
            MofNCompleteColumn() if self.total is not None else TextColumn("{task.completed}")
        )
        columns.append(TimeElapsedColumn())
        if self.total is not None:
            columns += [TextColumn("left"), TimeRemainingColumn()]
        self._bar = Progress(*columns, console=Console(stderr=True), transient=True)
        self._bar.start()
        task = self._bar.add_task(self.label, total=self.total)
        return lambda steps=1: self._bar.advance(task, steps)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
