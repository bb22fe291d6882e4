"""The trained parts of the event coder: loaded once, and deciding what they were trained to."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.events.gate import GateStage
from eventwire.events.learned import load_models
from eventwire.records import Article, Document
from eventwire.settings import Settings

NEWS = (
    "Gunmen attacked a police checkpoint on the edge of the town late on Tuesday, killing two "
    "officers and wounding three, a provincial spokesman said. The attackers escaped into the "
    "hills, and soldiers began searching nearby villages on Wednesday."
)
RECIPE = (
    "Halve the tomatoes, drizzle them with oil and roast them slowly for an hour. Blend with "
    "basil and a little garlic, then stir the sauce through warm pasta and finish with grated "
    "cheese. The sauce keeps in the fridge for three days."
)


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
    assert {"gate", "sentence", "plover", "acled_sub"} <= set(manifest["cross_validation"])
    models_dir = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "events" / "models"
    assert sum(p.stat().st_size for p in models_dir.iterdir()) < 50_000_000


def test_gate_tells_news_from_a_recipe(models) -> None:
    assert models.is_news(NEWS, "Two officers killed in checkpoint attack")
    assert not models.is_news(RECIPE, "Slow-roasted tomato sauce")


def test_sentence_model_prefers_a_new_event_to_a_statistic(models) -> None:
    event, statistic = models.event_probabilities(
        [
            "Police arrested three men after a shop owner was stabbed on Friday night.",
            "Homicides in the region have fallen by a fifth over the past decade, figures show.",
        ]
    )
    assert event > statistic


def test_gate_stage_skips_articles_without_news() -> None:
    stage = GateStage(Settings(news_gate=True))
    stage.ensure_setup()
    recipe = Article(id="r1", input_name="r1", text=RECIPE, language="en")
    news = Article(id="n1", input_name="n1", text=NEWS, language="en")
    assert isinstance(stage.process(recipe), Document)
    assert stage.process(news) is news
    assert stage.skipped == 1


def test_gate_can_be_turned_off() -> None:
    stage = GateStage(Settings(news_gate=False))
    stage.ensure_setup()
    recipe = Article(id="r1", input_name="r1", text=RECIPE, language="en")
    assert stage.process(recipe) is recipe
