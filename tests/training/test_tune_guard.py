"""The precision guard of `training/tune.py`: a type threshold falls only where what the fall
lets in (judged events of the tune part's pages, gold items it keeps) is mostly real, judged on
at least `min_judged` events (the reasoned 5 here; the default `MIN_JUDGED` is 1)."""

from __future__ import annotations

from types import ModuleType


def test_a_fall_that_lets_in_mostly_real_events_is_taken(tune: ModuleType) -> None:
    judged = [(0.09, True), (0.085, False), (0.088, True), (0.081, False), (0.082, False)]
    judged.append((0.03, False))
    allowed, let = tune.may_fall(judged, 0.08, 0.1, gold_saved=1)
    assert allowed is True
    assert let == "3/6"


def test_one_gold_item_does_not_outweigh_judged_misses(tune: ModuleType) -> None:
    judged = [(0.07, False), (0.065, False), (0.061, False), (0.062, True), (0.063, False)]
    allowed, _ = tune.may_fall(judged, 0.06, 0.08, gold_saved=1)
    assert allowed is False


def test_fewer_judged_events_than_the_minimum_decide_nothing(tune: ModuleType) -> None:
    # 2 of 2 real, or 0 of 4: either way too few verdicts; the band widens (None), gold or not
    real = [(0.07, True), (0.075, True)]
    false = [(0.07 + 0.001 * i, False) for i in range(tune.MIN_JUDGED_REASONED - 1)]
    least = tune.MIN_JUDGED_REASONED
    for judged, gold in ((real, 0), (real, 3), (false, 0)):
        allowed, let = tune.may_fall(judged, 0.06, 0.08, gold, least)
        assert allowed is None
        assert let.endswith("judged: too few")
    # one more judged event and the band decides
    false.append((0.079, False))
    assert tune.may_fall(false, 0.06, 0.08, 0, least)[0] is False
    # by default (`MIN_JUDGED` 1) a single verdict decides
    assert tune.may_fall(real[:1], 0.06, 0.08, gold_saved=0) == (True, "1/1")


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
