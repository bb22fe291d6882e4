"""`arbitrate.ranked_confidences`: the model's PLOVER type put first among the rules' readings of
one sentence, only after a rule type the table hands to the model."""

from eventwire.events.arbitrate import ranked_confidences, top_type


def test_the_models_type_is_put_first_in_its_sentence() -> None:
    events = [("COERCE", 0.8, 0), ("ASSAULT", 0.7, 0), ("PROTEST", 0.9, 50)]
    asked: list[int] = []

    def top_of(i: int) -> str:
        asked.append(i)
        return "ASSAULT"

    assert ranked_confidences(events, {"COERCE"}, top_of) == [0.8, 0.81, 0.9]
    assert asked == [0]  # the model asked of the first sentence's most confident event only


def test_the_rules_keep_their_order_after_a_type_the_table_keeps() -> None:
    events = [("COERCE", 0.8, 0), ("ASSAULT", 0.7, 0)]
    assert ranked_confidences(events, {"PROTEST"}, lambda i: "ASSAULT") == [0.8, 0.7]


def test_a_type_the_rules_did_not_read_there_changes_nothing() -> None:
    # one event alone in its sentence, or the model's type among none of the sentence's readings
    assert ranked_confidences([("COERCE", 0.8, 0)], {"COERCE"}, lambda i: "ASSAULT") == [0.8]
    events = [("COERCE", 0.8, 0), ("PROTEST", 0.7, 0)]
    assert ranked_confidences(events, {"COERCE"}, lambda i: "ASSAULT") == [0.8, 0.7]


def test_the_raised_confidence_is_bounded() -> None:
    events = [("COERCE", 0.96, 0), ("ASSAULT", 0.5, 0)]
    assert ranked_confidences(events, {"COERCE"}, lambda i: "ASSAULT") == [0.96, 0.96]


def test_top_type() -> None:
    assert top_type({"AGREE": 0.2, "CONSULT": 0.7, "ASSAULT": 0.1}) == "CONSULT"
