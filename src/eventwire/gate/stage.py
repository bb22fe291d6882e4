"""The gate stage: pages with no political, conflict or crime news skip the parse.

On a real crawl most pages are reviews, product pages, sports results, recipes and press
releases. The gate's trained model (`news.py`) reads an article's title and lead before spaCy
runs; an article it judges to hold no such news carries the reason on the record (`not_news`),
and annotate hands it on as a bare `Document` (no entities, places or events) that geocode and
events pass through. Such a page then costs a small fraction of a parse, and it can no longer give
events made of words like "beats", "shot" or "strike" in their other senses.
"""

from __future__ import annotations

import dataclasses

from ..records import Article
from ..settings import Settings
from ..stage import MapStage
from .news import SHORTEST, NewsGate, load_news_gate


class GateStage(MapStage[Article, Article]):
    """Articles in a supported language are judged; those with no news get `not_news` set."""

    name = "gate"
    reads = ("text", "title", "language")
    writes = ("not_news",)

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.gate: NewsGate | None = None

    def setup(self) -> None:
        self.gate = load_news_gate() if self.settings.news_gate else None

    def process(self, item: Article) -> Article:
        if self.gate is None or item.language not in self.settings.languages:
            return item
        if len(item.text) < SHORTEST:
            return item  # too short to judge, and cheap to parse
        probability = self.gate.news_probability(item.text, item.title)
        if probability >= self.gate.threshold:
            return item
        return dataclasses.replace(item, not_news=not_news_note(probability, self.gate.threshold))


def not_news_note(probability: float, threshold: float) -> str:
    """Why an article is not parsed, as the record says it."""
    return (
        "no political, conflict or crime news by the news gate "
        f"(probability {probability:.2f} < threshold {threshold:.2f})"
    )
