"""The precision guard of `training/tune.py`: a type threshold falls only where what the fall
lets in (judged events of the tune part's pages, gold items it keeps) is mostly real."""

from __future__ import annotations

from types import ModuleType


def test_a_fall_that_lets_in_mostly_real_events_is_taken(tune: ModuleType) -> None:
    judged = [(0.09, True), (0.085, False), (0.03, False)]
    allowed, let = tune.may_fall(judged, 0.08, 0.1, gold_saved=1)
    assert allowed is True
    assert let == "2/3"


def test_one_gold_item_does_not_outweigh_judged_misses(tune: ModuleType) -> None:
    judged = [(0.07, False), (0.065, False), (0.061, False)]
    allowed, _ = tune.may_fall(judged, 0.06, 0.08, gold_saved=1)
    assert allowed is False


def test_gold_items_alone_lower_a_threshold_no_further_than_the_floor(tune: ModuleType) -> None:
    above, under = tune.FLOOR + 0.01, tune.FLOOR - 0.01
    assert tune.may_fall([], above, 0.1, gold_saved=2)[0] is True
    assert tune.may_fall([], under, 0.1, gold_saved=2)[0] is False
    # judged events outside the band tell nothing about it
    assert tune.may_fall([(0.5, False)], under, 0.1, gold_saved=2)[0] is False


def test_a_fall_that_lets_in_nothing_is_not_taken(tune: ModuleType) -> None:
    allowed, let = tune.may_fall([(0.2, True)], 0.06, 0.08, gold_saved=0)
    assert allowed is None
    assert let == "nothing"
