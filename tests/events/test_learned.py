"""The trained parts of the event coder: loaded once, and deciding what they were trained to.

The news gate's model is tested with its stage, in tests/gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.events.learned import load_models, tuned_thresholds


@pytest.fixture(scope="module")
def models():
    loaded = load_models()
    assert loaded is not None, "run `make train`: the models ship in events/models"
    return loaded


def test_models_are_loaded_once(models) -> None:
    assert load_models() is models


def test_manifest_names_data_and_figures(models) -> None:
    manifest = models.manifest
    assert "training/en" in manifest["data"]
    assert {"sentence", "plover", "acled_sub"} <= set(manifest["cross_validation"])
    models_dir = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "events" / "models"
    assert sum(p.stat().st_size for p in models_dir.iterdir()) < 50_000_000


def test_sentence_model_prefers_a_new_event_to_a_statistic(models) -> None:
    event, statistic = models.event_probabilities(
        [
            "Police arrested three men after a shop owner was stabbed on Friday night.",
            "Homicides in the region have fallen by a fifth over the past decade, figures show.",
        ]
    )
    assert event > statistic


def test_settings_chosen_on_the_tune_part_come_first() -> None:
    manifest = {
        "thresholds": {"sentence": 0.3, "gate": 0.4},
        "tuned": {"thresholds": {"sentence": 0.2}},
    }
    assert tuned_thresholds(manifest) == {"sentence": 0.2, "gate": 0.4}
    assert tuned_thresholds({"thresholds": {"sentence": 0.3}}) == {"sentence": 0.3}


def test_shipped_settings_were_chosen_on_the_tune_part_and_report_both_parts(models) -> None:
    tuned = models.manifest["tuned"]
    assert set(tuned["figures"]) == {"tune", "check"}
    assert models.sentence_threshold == tuned["thresholds"]["sentence"]
    for name in ("acled_sub", "plover"):
        assert all(
            entry["use"] in {"rules", "model"} for entry in models.arbitration(name).values()
        )
