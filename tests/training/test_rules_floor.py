"""The rules' gate on our own labelled sentences (issue 15): a change of the hand-written rules
may not lower how many of our event sentences get their PLOVER type, any type's recall beyond
a sentence or two, nor raise how many non-event sentences get an asserted event, below the
floor recorded in `training/en/rules_floor.json` (written by `training/rules_on_sentences.py
--record-floor`). The sentences are ours, so this holds the rules to language they were not
tuned on, as trafilatura's evaluation gate holds its extractor to a gold set."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rules_on_sentences() -> ModuleType:
    sys.path.insert(0, str(ROOT / "training"))
    import rules_on_sentences as module

    return module


def test_below_floor_names_what_fell(rules_on_sentences: ModuleType) -> None:
    floor = {"right": 0.75, "non_events_fired": 0.30, "recall": {"AID": 0.50, "ASSAULT": 0.90}}
    found = {"right": 0.74, "non_events_fired": 0.31, "recall": {"AID": 0.49, "ASSAULT": 0.80}}
    fallen = rules_on_sentences.below_floor(found, floor)
    assert len(fallen) == 3
    assert any("right type" in f for f in fallen)
    assert any("non-events" in f for f in fallen)
    assert any(f.startswith("ASSAULT") for f in fallen)


def test_figures_at_or_above_the_floor_pass(rules_on_sentences: ModuleType) -> None:
    floor = {"right": 0.75, "non_events_fired": 0.30, "recall": {"AID": 0.50}}
    found = {"right": 0.75, "non_events_fired": 0.29, "recall": {"AID": 0.51, "NEW": 0.1}}
    assert rules_on_sentences.below_floor(found, floor) == []


@pytest.mark.slow
def test_the_rules_hold_their_floor_on_our_sentences(
    rules_on_sentences: ModuleType, tmp_path: Path
) -> None:
    floor = json.loads(rules_on_sentences.FLOOR.read_text(encoding="utf-8"))
    rows = rules_on_sentences.labelled()
    published = floor.get("published")
    days = rules_on_sentences.group_days(rows, published) if published else None
    readings, stale = rules_on_sentences.coded(
        [r["text"] for r in rows], None, days, cache_path=tmp_path / "readings.json"
    )
    assert stale == 0
    found = rules_on_sentences.gate_figures(rows, readings)
    assert found["events"] == floor["events"], (
        "the labelled sentences changed: record the floor again"
    )
    assert rules_on_sentences.below_floor(found, floor) == []
