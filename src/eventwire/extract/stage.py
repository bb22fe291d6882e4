"""The extract stage: RawPage → Article (main text and metadata, repaired, language identified)."""

from __future__ import annotations

from ..records import Article, RawPage
from ..stage import MapStage


class ExtractStage(MapStage[RawPage, Article]):
    name = "extract"
    reads = ("content", "content_kind", "url", "published", "title", "encoding")
    writes = (
        "id", "text", "url", "source_url", "site", "title", "author", "published",
        "published_source", "language", "language_confidence",
    )  # fmt: skip

    def __init__(self, published_fallback: str | None = None) -> None:
        super().__init__()
        self.published_fallback = published_fallback

    def setup(self) -> None:
        from .html import warm_up

        warm_up()

    def process(self, item: RawPage) -> Article:
        if item.content_kind == "text":
            from .text import extract_text_article

            return extract_text_article(item, published_fallback=self.published_fallback)
        from .html import extract_article

        return extract_article(item, published_fallback=self.published_fallback)
