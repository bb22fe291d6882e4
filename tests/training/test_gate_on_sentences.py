"""How `training/gate_on_sentences.py` counts the sentence gate's trade-off on our sentences:
asserted events of the gold type are real, others false; each filter applies to its own types;
a threshold rises only by steps that drop more false events than real ones."""

from types import ModuleType
from typing import Any

ROWS = [
    {"text": "a", "event": True, "plover": "ASSAULT"},
    {"text": "b", "event": False},
    {"text": "c", "event": True, "plover": "ACCUSE"},
    {"text": "d", "event": False},
]
READINGS = {
    "a": {"events": [["ASSAULT", "a", "asserted", 0.9]]},
    "b": {"events": [["ASSAULT", "b", "asserted", 0.9], ["PROTEST", "b", "planned", 0.5]]},
    "c": {"events": [["ACCUSE", "c", "asserted", 0.8]]},
    "d": {"events": [["ACCUSE", "d", "asserted", 0.8]]},
}
SCORES = {"a": (0.6, {}), "b": (0.15, {}), "c": (0.12, {}), "d": (0.3, {})}


def test_material_and_verbal_thresholds_count_apart(gate_on_sentences: ModuleType) -> None:
    measure = gate_on_sentences.measure
    got = measure(ROWS, READINGS, SCORES, {}, 0.2, 0.0)
    assert got["material"] == {"real": 1, "false": 0, "lost": 0, "precision": 1.0}
    assert got["verbal"] == {"real": 1, "false": 1, "lost": 0, "precision": 0.5}
    got = measure(ROWS, READINGS, SCORES, {}, 0.0, 0.2)
    assert got["material"]["false"] == 1  # the planned PROTEST is not counted: not asserted
    assert got["verbal"] == {"real": 0, "false": 1, "lost": 1, "precision": 0.0}


def test_the_manifest_doubt_threshold_applies_to_its_group(gate_on_sentences: ModuleType) -> None:
    rows = [{"text": "e", "event": True, "plover": "AGREE"}]
    readings = {"e": {"events": [["AGREE", "e", "asserted", 0.8]]}}
    scores = {"e": (0.5, {"AGREE": 0.1})}
    kept = gate_on_sentences.measure(rows, readings, scores, {"doubt": {"cooperation": 0.04}}, 0, 0)
    dropped = gate_on_sentences.measure(
        rows, readings, scores, {"doubt": {"cooperation": 0.1}}, 0, 0
    )
    assert kept["verbal"]["real"] == 1
    assert dropped["verbal"]["lost"] == 1


def _line(points: list[tuple[float, int, int]]) -> list[dict[str, Any]]:
    """A table along the sentence threshold: (step, false kept, real lost)."""
    return [
        {"at": {"sentence": t, "verbal": 0.0}, "material": {"false": f, "lost": lost}}
        for t, f, lost in points
    ]


def test_a_threshold_rises_while_each_step_drops_more_false_than_real(
    gate_on_sentences: ModuleType,
) -> None:
    table = _line([(0.1, 20, 0), (0.2, 10, 2), (0.3, 8, 6), (0.4, 0, 7)])
    assert gate_on_sentences.choose(table, "material", "sentence", 0.1) == 0.2
    # from the manifest's setting: never below it
    assert gate_on_sentences.choose(table, "material", "sentence", 0.3) == 0.4
