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


def test_type_thresholds_were_chosen_on_the_tune_part(models) -> None:
    thresholds = models.type_thresholds
    assert thresholds == {
        t: float(v) for t, v in models.manifest["tuned"]["thresholds"].get("types", {}).items()
    }
    # ASSAULT is never asked: its real local crime reports score low with the type model
    assert "ASSAULT" not in thresholds
    assert all(0.0 < v < 1.0 for v in thresholds.values())


def test_a_candidate_needs_an_event_of_its_own_type() -> None:
    import spacy

    from eventwire.events.arbitrate import _unlikely
    from eventwire.events.roles import Candidate

    token = spacy.blank("en")("gathered")[0]
    protest = Candidate(trigger=token, type="PROTEST", mode=None)
    consult = Candidate(trigger=token, type="CONSULT", mode=None)
    by_type = {"PROTEST": 0.05}
    # an event sentence, but not a protest: "gathered" in another sense
    assert _unlikely(protest, 0.9, {"PROTEST": 0.02, "CONSULT": 0.9}, 0.1, by_type)
    assert not _unlikely(protest, 0.9, {"PROTEST": 0.8}, 0.1, by_type)
    # no new event at all: every filtered type goes, with or without a threshold of its own
    assert _unlikely(protest, 0.05, {"PROTEST": 0.9}, 0.1, by_type)
    # a type the filter does not judge is kept
    assert not _unlikely(consult, 0.01, {}, 0.1, by_type)
