"""The sentence filter's choice in `training/tune.py` (`choose_sentence_threshold`): the gold items
bound the threshold from above; under that bound it falls one step at a time while the judged
events each step lets in are mostly real, each decision taken on at least `min_judged` of them (here the reasoned 5; the default,
`MIN_JUDGED`, is 1: every band with a judged event decides)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType


def up_to(bound: float) -> Callable[[float], bool]:
    """Gold items that allow every threshold up to `bound`."""
    return lambda threshold: threshold <= bound + 1e-9


def choose(
    tune: ModuleType, within_gold: Callable[[float], bool], judged: list[tuple[float, bool]]
) -> tuple[float, float, list[str]]:
    """The choice with the reasoned minimum of judged events per decision."""
    result: tuple[float, float, list[str]] = tune.choose_sentence_threshold(
        within_gold, judged, tune.MIN_JUDGED_REASONED
    )
    return result


def test_a_step_that_lets_in_mostly_false_events_keeps_the_higher_threshold(
    tune: ModuleType,
) -> None:
    assert tune.MIN_JUDGED_REASONED == 5
    judged = [(0.11, True), (0.12, True), (0.13, False), (0.14, True), (0.145, False)]
    judged += [(0.06, False), (0.07, False), (0.08, True), (0.09, False), (0.095, False)]
    chosen, ceiling, steps = choose(tune, up_to(0.15), judged)
    assert ceiling == 0.15
    assert chosen == 0.1  # [0.1, 0.15) 3 of 5 real: taken; [0.05, 0.1) 1 of 5: not
    assert steps == ["0.1: 3/5", "0.05: 1/5"]


def test_mostly_real_events_under_the_bound_lower_it_to_no_filter(tune: ModuleType) -> None:
    judged = [(0.11 + 0.005 * i, True) for i in range(5)] + [(0.06, True), (0.07, False)]
    judged += [(0.08, True), (0.01, True), (0.02, True)]
    chosen, _, _ = choose(tune, up_to(0.15), judged)
    assert chosen == 0.0


def test_a_band_of_too_few_judged_events_widens_until_enough_are(tune: ModuleType) -> None:
    # the last stop's case: 2 of 4 real in [0.1, 0.15) decided the fall alone; now the band
    # grows into [0.05, 0.15), whose 5 judged events are 2 real: the bound stands
    judged = [(0.11, True), (0.12, False), (0.13, True), (0.14, False), (0.07, False)]
    chosen, ceiling, steps = choose(tune, up_to(0.15), judged)
    assert (chosen, ceiling) == (0.15, 0.15)
    assert steps[:2] == ["0.1: 2/4, 4 judged: too few", "0.05: 2/5"]
    # the same band with its fifth event real falls two steps at once
    judged[-1] = (0.07, True)
    assert choose(tune, up_to(0.15), judged)[0] == 0.05


def test_where_the_steps_end_with_too_few_judged_the_higher_threshold_stays(
    tune: ModuleType,
) -> None:
    # one real event under the bound: never enough to decide, however real it is
    chosen, _, steps = choose(tune, up_to(0.15), [(0.02, True)])
    assert chosen == 0.15
    assert steps[-1] == "0.0: 1/1, 1 judged: too few"


def test_without_judged_events_the_gold_bound_stands(tune: ModuleType) -> None:
    # judged events above the bound tell nothing of what the steps under it let in
    chosen, ceiling, steps = choose(tune, up_to(0.2), [(0.5, False)])
    assert (chosen, ceiling) == (0.2, 0.2)
    assert set(steps) == {f"{step}: nothing" for step in (0.15, 0.1, 0.05, 0.0)}


def test_an_empty_band_widens_into_the_next(tune: ModuleType) -> None:
    # nothing judged in [0.1, 0.15): the next step's band is [0.05, 0.15), 3 real of 5
    judged = [(0.06, True), (0.07, True), (0.08, True), (0.09, False), (0.095, False)]
    chosen, _, steps = choose(tune, up_to(0.15), judged)
    assert chosen == 0.05
    assert steps[:2] == ["0.1: nothing", "0.05: 3/5"]


def test_the_gold_items_bound_the_threshold_however_false_the_events_above(
    tune: ModuleType,
) -> None:
    # every judged event is false, so the fall never starts: the gold items' bound decides
    judged = [(0.3, False), (0.2, False), (0.12, False)]
    assert choose(tune, up_to(0.1), judged)[0] == 0.1
    assert choose(tune, lambda _: False, judged)[0] == 0.0


def test_by_default_every_band_with_a_judged_event_decides(tune: ModuleType) -> None:
    # the shipped rule (`MIN_JUDGED` 1): 2 of 4 real in [0.1, 0.15) is taken, 0 of 1 under it not
    judged = [(0.11, True), (0.12, False), (0.13, True), (0.14, False), (0.07, False)]
    chosen, _, steps = tune.choose_sentence_threshold(up_to(0.15), judged)
    assert chosen == 0.1
    assert steps[:2] == ["0.1: 2/4", "0.05: 0/1"]
