"""The trained parts of the event coder: loaded once, and deciding what they were trained to.

The news gate's model is tested with its stage, in tests/gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.events.learned import load_models


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
