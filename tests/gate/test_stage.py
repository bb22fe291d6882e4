"""The news gate: its model tells news from other pages, and the stage sends the latter on unparsed."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.annotate.stage import AnnotateStage
from eventwire.gate.news import NewsGate, load_news_gate
from eventwire.gate.stage import GateStage
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
def gate() -> NewsGate:
    loaded = load_news_gate()
    assert loaded is not None, "run `make train`: the gate's model ships in gate/models"
    return loaded


def test_the_model_is_loaded_once_and_names_its_data(gate: NewsGate) -> None:
    assert load_news_gate() is gate
    assert "training/en" in gate.manifest["data"]
    assert "gate" in gate.manifest["cross_validation"]
    models_dir = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "gate" / "models"
    assert sum(p.stat().st_size for p in models_dir.iterdir()) < 5_000_000


def test_gate_tells_news_from_a_recipe(gate: NewsGate) -> None:
    assert gate.is_news(NEWS, "Two officers killed in checkpoint attack")
    assert not gate.is_news(RECIPE, "Slow-roasted tomato sauce")


def test_gate_stage_marks_articles_without_news() -> None:
    stage = GateStage(Settings(news_gate=True))
    stage.ensure_setup()
    recipe = Article(id="r1", input_name="r1", text=RECIPE, language="en")
    news = Article(id="n1", input_name="n1", text=NEWS, language="en")
    judged = stage.process(recipe)
    assert judged.not_news is not None and "news gate" in judged.not_news
    assert stage.process(news) is news


def test_articles_in_other_languages_are_left_to_annotate() -> None:
    stage = GateStage(Settings(news_gate=True))
    stage.ensure_setup()
    recipe = Article(id="r1", input_name="r1", text=RECIPE, language="fr")
    assert stage.process(recipe) is recipe


def test_gate_can_be_turned_off() -> None:
    stage = GateStage(Settings(news_gate=False))
    stage.ensure_setup()
    recipe = Article(id="r1", input_name="r1", text=RECIPE, language="en")
    assert stage.process(recipe) is recipe


def test_annotate_hands_on_what_the_gate_marked_unparsed() -> None:
    settings = Settings(news_gate=True)
    gate, annotate = GateStage(settings), AnnotateStage(settings)
    recipe = Article(id="r1", input_name="r1", text=RECIPE, language="en")
    [document] = list(annotate.run(gate.run([recipe])))
    assert isinstance(document, Document)
    assert document.not_news is not None and document.not_annotated is None
    assert not document.entities and not document.times
    assert document.to_json()["not_news"] == document.not_news


def test_a_text_too_short_to_judge_is_parsed() -> None:
    stage = GateStage(Settings(news_gate=True))
    stage.ensure_setup()
    line = Article(id="s1", input_name="s1", text="Storm closes mountain roads.", language="en")
    assert stage.process(line) is line
