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


def test_ties_on_the_records_are_broken_by_our_sentences(tune: ModuleType) -> None:
    # the records tell floors 0.2 to 0.6 apart by nothing right; our sentences, scored out of fold, gain from the lower floors (the model right at
    # 0.35), so the floor is one of those, not the highest of the tied ones
    sure = {"CONSULT": 0.65, "AGREE": 0.25, "ASSAULT": 0.1}
    unsure = {"CONSULT": 0.35, "AGREE": 0.33, "ASSAULT": 0.32}
    # two the model gets right, one neither side does (retyped at a low floor for nothing)
    records = [("AGREE", 0.5, None, sure, "CONSULT")] * 2 + [("AGREE", 0.5, None, unsure, "REJECT")]
    sentences = [("AGREE", 0.5, None, unsure, "CONSULT")] * 3
    alone = tune.choose_retype(records)
    assert alone["model_at_least"] > 0.35  # fewest retyped among equals: over the unsure ones
    broken = tune.choose_retype(records, sentences)
    assert broken["model_at_least"] <= 0.3
    assert tune.retype_counts(records, broken)[0] == tune.retype_counts(records, alone)[0]
    # the records still decide first: a setting they find worse is never taken
    worse = [("AGREE", 0.5, None, unsure, "AGREE")] * 2
    assert tune.choose_retype(records + worse, sentences)["model_at_least"] > 0.35
