"""The article gate: pages with no political, conflict or crime news skip the parse.

On a real crawl most pages are reviews, product pages, sports results, recipes and press
releases. The gate's trained model (`learned.py`) reads an article's raw text before spaCy runs;
an article it judges to hold no such news goes on as a bare `Document` (no entities, places or
events), which the annotate, geocode and events stages pass through. Such a page then costs a
small fraction of a parse, and it can no longer give events made of words like "beats", "shot" or
"strike" in their other senses.
"""

from __future__ import annotations

from ..pipeline.stage import MapStage
from ..records import Article, Document
from ..settings import Settings
from .learned import LearnedModels, load_models


class GateStage(MapStage[Article, Article | Document]):
    """Article → Article (news: annotate it) or Document (no news: nothing to code)."""

    name = "gate"

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.models: LearnedModels | None = None
        self.skipped = 0
        """Articles judged to hold no political, conflict or crime news."""

    def setup(self) -> None:
        self.models = load_models() if self.settings.news_gate else None

    def process(self, item: Article) -> Article | Document:
        if (
            self.models is None
            or item.language not in self.settings.languages
            or self.models.is_news(item.text, item.title)
        ):
            return item
        self.skipped += 1
        return Document.from_article(item)
