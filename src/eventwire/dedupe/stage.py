"""The dedupe stage: Articles → Articles with `duplicate_of` and `story_id` set.

Copies are found first (`Deduper`: exact and near-duplicate text); a copy joins its original's
story, any other article is placed in a story by `StoryIndex` (salient-term similarity within a
time window). Both indexes can be seeded from the store so later runs continue earlier ones.
"""

from __future__ import annotations

import dataclasses

from ..pipeline.stage import MapStage
from ..records import Article
from .minhash import Deduper, Signature
from .stories import StoryIndex, salient_terms


class DedupeStage(MapStage[Article, Article]):
    name = "dedupe"
    watched = False  # an article half-added to the indexes would leave them inconsistent

    def __init__(self, deduper: Deduper | None = None, stories: StoryIndex | None = None) -> None:
        super().__init__()
        self.deduper = deduper or Deduper()
        self.stories = stories or StoryIndex()
        self.signatures: dict[str, Signature] = {}
        self.story_terms: dict[str, dict[str, float]] = {}
        """Per article handed on: what the store keeps so later runs can extend its story."""

    @property
    def repointed(self) -> dict[str, str]:
        """Articles already handed on whose original turned out to be a later-seen copy."""
        return self.deduper.repointed

    def process(self, item: Article) -> Article:
        original, signature = self.deduper.check(
            item.id, item.text, item.published, repost=item.source_url is not None
        )
        self.signatures[item.id] = signature
        copies = self.deduper.copies_of(item.id)  # non-empty when this copy displaced another
        terms = self.story_terms[item.id] = salient_terms(item.text)
        story = self.stories.add_terms(
            item.id,
            terms,
            item.published,
            duplicate_of=original or next(iter(copies), None),
            story_id=item.story_id,
        )
        return dataclasses.replace(item, duplicate_of=original, story_id=story)
