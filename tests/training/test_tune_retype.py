"""Where `training/tune.py` lets the PLOVER model retype the rules' weak readings: chosen on
rows where one side was right more often, kept only when it gains enough over the rules."""

from types import ModuleType

CONSULT = {"CONSULT": 0.7, "AGREE": 0.2, "ASSAULT": 0.1}
AGREE = {"AGREE": 0.6, "CONSULT": 0.3, "ASSAULT": 0.1}


def test_the_model_retypes_weak_readings_where_it_is_right(tune: ModuleType) -> None:
    # weak readings the rules got wrong, the model sure and right; strong readings the rules got
    # right while the model disagrees
    rows = [("AGREE", 0.5, None, CONSULT, "CONSULT")] * 3 + [
        ("CONSULT", 0.85, None, AGREE, "CONSULT")
    ] * 3
    setting = tune.choose_retype(rows)
    assert setting
    assert tune.retype_counts(rows, setting) == (6, 3)
    assert setting["confidence_under"] <= 0.85


def test_no_setting_without_the_gain_over_the_rules(tune: ModuleType) -> None:
    rows = [("AGREE", 0.5, None, CONSULT, "CONSULT")] + [("AGREE", 0.5, None, CONSULT, "AGREE")] * 3
    assert tune.retype_counts(rows, {}) == (3, 0)
    assert tune.choose_retype(rows) == {}


def test_events_with_an_acled_type_keep_the_rules_type(tune: ModuleType) -> None:
    rows = [("AGREE", 0.5, "Protests", CONSULT, "CONSULT")] * 4
    assert tune.choose_retype(rows) == {}


def test_disagreements_are_counted_by_the_model_probability(tune: ModuleType) -> None:
    rows = [
        ("AGREE", 0.5, None, CONSULT, "CONSULT"),  # model right at 0.7
        ("AGREE", 0.5, None, CONSULT, "AGREE"),  # rules right at 0.7
        ("REJECT", 0.5, None, CONSULT, "AGREE"),  # neither
        ("CONSULT", 0.5, None, CONSULT, "CONSULT"),  # agreement: not counted
    ]
    bands = tune.disagreements(rows)
    assert bands["0.7-1.0"] == {"model": 1, "rules": 1, "neither": 1}
    assert sum(sum(b.values()) for b in bands.values()) == 3


def test_a_choice_that_does_not_hold_on_the_other_half_is_luck(tune: ModuleType) -> None:
    # the model is right on as many of these weak readings as the rules: whichever half the
    # model wins, it loses the other
    rows = [("AGREE", 0.5, None, CONSULT, "CONSULT")] * 4 + [
        ("AGREE", 0.5, None, CONSULT, "AGREE")
    ] * 4
    texts = [f"sentence {i}" for i in range(8)]
    assert tune.held_out_gain(rows, texts) < tune.RETYPE_GAIN


def test_a_choice_that_holds_on_both_halves(tune: ModuleType) -> None:
    rows = [("AGREE", 0.5, None, CONSULT, "CONSULT")] * 12
    texts = [f"sentence {i}" for i in range(12)]
    assert tune.held_out_gain(rows, texts) == 12  # each row mended in the half it is held out
