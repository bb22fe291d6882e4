"""The sentence filter's choice in `training/tune.py` (`choose_sentence_threshold`): the gold items
bound the threshold from above; under that bound it falls one step at a time while the judged
events each step lets in are mostly real."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType


def up_to(bound: float) -> Callable[[float], bool]:
    """Gold items that allow every threshold up to `bound`."""
    return lambda threshold: threshold <= bound + 1e-9


def test_a_step_that_lets_in_mostly_false_events_keeps_the_higher_threshold(
    tune: ModuleType,
) -> None:
    judged = [(0.12, True), (0.13, False), (0.14, True), (0.07, False), (0.02, True)]
    chosen, ceiling, steps = tune.choose_sentence_threshold(up_to(0.15), judged)
    assert ceiling == 0.15
    assert chosen == 0.1  # [0.1, 0.15) is half real: taken; [0.05, 0.1) none real: not
    assert steps == ["0.1: 2/3", "0.05: 0/1"]


def test_mostly_real_events_under_the_bound_lower_it_to_no_filter(tune: ModuleType) -> None:
    judged = [(0.12, True), (0.07, True), (0.06, False), (0.02, True)]
    chosen, _, _ = tune.choose_sentence_threshold(up_to(0.15), judged)
    assert chosen == 0.0


def test_without_judged_events_the_gold_bound_stands(tune: ModuleType) -> None:
    # judged events above the bound tell nothing of what the steps under it let in
    chosen, ceiling, steps = tune.choose_sentence_threshold(up_to(0.2), [(0.5, False)])
    assert (chosen, ceiling) == (0.2, 0.2)
    assert set(steps) == {f"{step}: nothing" for step in (0.15, 0.1, 0.05, 0.0)}


def test_an_empty_band_widens_into_the_next(tune: ModuleType) -> None:
    # nothing judged in [0.1, 0.15): the next step's band is [0.05, 0.15), one real, one not
    judged = [(0.06, True), (0.09, False)]
    chosen, _, steps = tune.choose_sentence_threshold(up_to(0.15), judged)
    assert chosen == 0.05
    assert steps[:2] == ["0.1: nothing", "0.05: 1/2"]


def test_the_gold_items_bound_the_threshold_however_false_the_events_above(
    tune: ModuleType,
) -> None:
    # every judged event is false, so the fall never starts: the gold items' bound decides
    judged = [(0.3, False), (0.2, False), (0.12, False)]
    assert tune.choose_sentence_threshold(up_to(0.1), judged)[0] == 0.1
    assert tune.choose_sentence_threshold(lambda _: False, judged)[0] == 0.0
