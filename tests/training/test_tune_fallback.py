"""Where `training/tune.py` lets the models add an event the rules did not read (issue 15):
the floors that get the most records right, the highest among equals, and none without a gain."""

from types import ModuleType

AGREE_SURE = {"AGREE": 0.85, "CONSULT": 0.1, "ASSAULT": 0.05}
CONSULT_HALF = {"CONSULT": 0.45, "AGREE": 0.35, "ASSAULT": 0.2}
ASSAULT_SURE = {"ASSAULT": 0.9, "AGREE": 0.1}


def test_the_highest_floors_that_get_the_most_records_right(tune: ModuleType) -> None:
    rows = [(0.97, AGREE_SURE, "AGREE")] * 3 + [(0.55, CONSULT_HALF, "AGREE")] * 2
    setting = tune.choose_fallback(rows)
    assert tune.fallback_counts(rows, setting) == (3, 3)
    # the events it would add of the wrong type are kept out by the floors
    assert setting["event_at_least"] > 0.55 or setting["type_at_least"] > 0.45


def test_no_setting_without_a_gain(tune: ModuleType) -> None:
    rows = [(0.97, AGREE_SURE, "AGREE")] + [(0.97, AGREE_SURE, "REJECT")] * 3
    assert tune.choose_fallback(rows) == {}
    assert tune.fallback_counts(rows, {}) == (0, 0)


def test_a_counted_type_is_never_added(tune: ModuleType) -> None:
    rows = [(0.99, ASSAULT_SURE, "ASSAULT")] * 5
    assert tune.choose_fallback(rows) == {}


def test_the_setting_is_the_coders_only_while_on(tune: ModuleType, monkeypatch) -> None:
    chosen = ({"event_at_least": 0.9, "type_at_least": 0.5}, {"tune": {}, "check": {}})
    tuned: dict = {"thresholds": {"fallback": {"event_at_least": 0.1}}}
    monkeypatch.setattr(tune, "FALLBACK_ON", False)
    tune.write_fallback(tuned, chosen)
    assert "fallback" not in tuned["thresholds"]
    assert tuned["fallback_measured"] == chosen[0]
    monkeypatch.setattr(tune, "FALLBACK_ON", True)
    tune.write_fallback(tuned, chosen)
    assert tuned["thresholds"]["fallback"] == chosen[0]
    assert "fallback_measured" not in tuned
