"""Where `training/tune.py` lets the PLOVER model decide after a rule type, chosen on our own
sentences out of fold: a gain there, and no loss on the tune part beyond `TUNE_SLACK`."""

from types import ModuleType
from typing import Any


def _row(events: list[tuple[str, float]], top: str, gold: str) -> tuple[Any, ...]:
    """One single-sentence text: the rules' readings (type, confidence) of its one sentence."""
    coded = [(kind, "s", "asserted", confidence, 0, 1) for kind, confidence in events]
    return (coded, lambda _: top, gold)


MENDED = _row([("COERCE", 0.8), ("ASSAULT", 0.7)], "ASSAULT", "ASSAULT")
BROKEN = _row([("COERCE", 0.8), ("ASSAULT", 0.7)], "ASSAULT", "COERCE")
ALONE = _row([("COERCE", 0.8)], "ASSAULT", "ASSAULT")


def test_ranked_type_follows_the_coder(tune: ModuleType) -> None:
    assert tune.ranked_type(MENDED, set()) == "COERCE"
    assert tune.ranked_type(MENDED, {"COERCE"}) == "ASSAULT"
    assert tune.ranked_type(ALONE, {"COERCE"}) == "COERCE"  # no ASSAULT reading to put first
    assert tune.ranked_type(_row([], "ASSAULT", "ASSAULT"), {"ASSAULT"}) is None
    assert tune.ranked_counts([MENDED, BROKEN, ALONE], "COERCE") == (3, 1, 1)


def test_the_model_decides_where_our_sentences_gain(tune: ModuleType) -> None:
    sentences = [MENDED] * 4 + [BROKEN]
    table = tune.sentence_table([BROKEN, MENDED], sentences, {"COERCE": {"n": 2, "use": "rules"}})
    # a gain of 3 on our sentences; on the tune part one record lost, one mended
    assert table["COERCE"]["use"] == "model"
    assert table["COERCE"]["sentences"] == "4/5 (rules 1)"
    assert table["COERCE"]["ranked_right"] == "1/2 (rules 1)"
    assert table["COERCE"]["n"] == 2


def test_not_where_the_tune_part_loses_more(tune: ModuleType) -> None:
    table = tune.sentence_table([BROKEN] * 2, [MENDED] * 5, {})
    assert table["COERCE"]["use"] == "rules"


def test_not_without_a_gain_on_our_sentences(tune: ModuleType) -> None:
    table = tune.sentence_table([MENDED] * 3, [MENDED, BROKEN, ALONE], {})
    assert table["COERCE"]["use"] == "rules"


def test_the_table_as_a_whole_costs_the_tune_part_nothing(tune: ModuleType) -> None:
    # each of two types loses one tune record (within the slack): the one that gains less on our
    # sentences goes back to the rules until the tune part loses nothing
    def pair(first: str, second: str, gold: str) -> tuple[Any, ...]:
        return _row([(first, 0.8), (second, 0.7)], second, gold)

    tune_rows = [pair("COERCE", "ASSAULT", "COERCE"), pair("AGREE", "CONSULT", "CONSULT"),
                 pair("REJECT", "ACCUSE", "REJECT")]  # fmt: skip
    sentences = (
        [pair("COERCE", "ASSAULT", "ASSAULT")] * 5
        + [pair("REJECT", "ACCUSE", "ACCUSE")] * 3
        + [pair("AGREE", "CONSULT", "CONSULT")] * 3
    )
    table = tune.sentence_table(tune_rows, sentences, {})
    assert table["AGREE"]["use"] == "model"  # it gains a tune record too
    assert table["COERCE"]["use"] == "model"
    assert table["REJECT"]["use"] == "rules"


def test_a_choice_that_does_not_hold_out_of_sample_stays_with_the_rules(tune: ModuleType) -> None:
    sentences = [MENDED] * 3 + [BROKEN] * 3  # the model as often right as the rules
    texts = [f"sentence {i}" for i in range(len(sentences))]
    held_out = tune.held_out_kind_gain(sentences, texts)
    assert held_out.get("COERCE", 0.0) < tune.SENTENCE_GAIN
    mended = [MENDED] * 12
    held = tune.held_out_kind_gain(mended, [f"sentence {i}" for i in range(12)])
    assert held["COERCE"] >= tune.SENTENCE_GAIN
    table = tune.sentence_table([], [MENDED] * 4, {}, {"COERCE": 1.0})
    assert table["COERCE"]["use"] == "rules"  # a gain of 4 here, but 1 held out
