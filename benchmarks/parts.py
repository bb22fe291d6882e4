"""Every figure on both sides of the fixed tune/check split (`splits.py`), side by side.

A benchmark keeps one outcome per item, splits them with `split`, computes each measure on each
side with the same function, and writes the rows with `table`: columns tune, check and all, and a
mark where the check figure is more than `GAP` under the tune figure (a rule that fits items, not
language: a defect to fix). For figures where lower is better (`lower_is_better`), the mark is for
a check figure more than `GAP` over tune.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from splits import part

T = TypeVar("T")
GAP = 0.03
SIDES = ("tune", "check", "all")
HAND_WRITTEN = "### History"
"""Where a results file's hand-written history begins (a bench rewrites only what is above)."""


def split(set_name: str, items: Sequence[T], item_id: Callable[[T], str]) -> dict[str, list[T]]:
    """The items of each side, and all of them."""
    sides: dict[str, list[T]] = {"tune": [], "check": [], "all": list(items)}
    for item in items:
        sides[part(set_name, item_id(item))].append(item)
    return sides


def measure(
    sides: dict[str, list[T]], score: Callable[[list[T]], float | None]
) -> dict[str, float | None]:
    """One measure on each side (None where a side has nothing to score)."""
    return {side: (score(items) if items else None) for side, items in sides.items()}


def gap_mark(values: dict[str, float | None], lower_is_better: bool = False) -> str:
    tune, check = values.get("tune"), values.get("check")
    if tune is None or check is None or max(tune, check) > 1:
        return ""  # the 3-point rule is for shares, not for counts or ratios
    worse = (check - tune) if lower_is_better else (tune - check)
    return " ⚠ check under tune by more than 3 points" if worse > GAP + 1e-9 else ""


def table(
    rows: Sequence[tuple[str, dict[str, float | None], str]],
    fmt: str = "{:.3f}",
    lower_is_better: Sequence[str] = (),
) -> list[str]:
    """Markdown rows `| measure | tune | check | all | target |` (with the gap mark)."""
    lines = ["| measure | tune | check | all | target |", "|---|---|---|---|---|"]
    for name, values, target in rows:
        cells = ["–" if values.get(s) is None else fmt.format(values[s]) for s in SIDES]
        mark = gap_mark(values, name in lower_is_better)
        lines.append(f"| {name} | {' | '.join(cells)} | {target}{mark} |")
    return lines


def sizes(sides: dict[str, list[T]]) -> str:
    return ", ".join(f"{side} {len(items)}" for side, items in sides.items())


def split_spread(
    outcomes: Sequence[T],
    tune_size: int,
    score: Callable[[list[T]], float],
    observed_gap: float,
    rounds: int = 2000,
    seed: int = 0,
) -> tuple[float, float]:
    """How often random halvings of the same items, with the tune part's size, give a tune-minus-
    check gap at least `observed_gap`, and a gap over `GAP` either way: the spread the split itself
    brings, to read a marked gap against (a gap most halvings give is the items', not the rules')."""
    rng = random.Random(seed)
    shuffled = list(outcomes)
    as_large = over_gap = 0
    for _ in range(rounds):
        rng.shuffle(shuffled)
        gap = score(shuffled[:tune_size]) - score(shuffled[tune_size:])
        as_large += gap >= observed_gap - 1e-12
        over_gap += abs(gap) > GAP
    return as_large / rounds, over_gap / rounds


def hand_written(result: Path) -> str:
    """The results file's hand-written part (from `HAND_WRITTEN` on), kept when the figures above
    it are rewritten."""
    if not result.exists():
        return ""
    text = result.read_text(encoding="utf-8")
    at = text.find(HAND_WRITTEN)
    return "\n" + text[at:] if at >= 0 else ""
