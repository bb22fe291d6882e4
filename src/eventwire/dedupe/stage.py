"""The dedupe stage: Articles → Articles with `duplicate_of` and `story_id` set.

Copies are found first (`Deduper`: exact and near-duplicate text); a copy joins its original's
story, any other article is placed in a story by `StoryIndex` (salient-term similarity within a
time window). Both indexes can be seeded from the store so later runs continue earlier ones.
What the store keeps for those later runs travels on the article (`Article.dedupe`).
"""

from __future__ import annotations

import dataclasses

from ..records import Article, DedupeFacts
from ..stage import MapStage
from .minhash import Deduper
from .story_clusters import StoryIndex, salient_terms


class DedupeStage(MapStage[Article, Article]):
    name = "dedupe"
    reads = ("id", "text", "published", "source_url", "story_id")
    writes = ("duplicate_of", "story_id", "dedupe")
    watched = False  # an article half-added to the indexes would leave them inconsistent

    def __init__(self, deduper: Deduper | None = None, stories: StoryIndex | None = None) -> None:
        super().__init__()
        self.deduper = deduper or Deduper()
        self.stories = stories if stories is not None else StoryIndex()

    def process(self, item: Article) -> Article:
        original, signature = self.deduper.check(
            item.id, item.text, item.published, repost=item.source_url is not None
        )
        # Every entry this check made points at this article; it carries them on for the store.
        repoints = tuple(self.deduper.repointed)
        self.deduper.repointed.clear()
        copies = self.deduper.copies_of(item.id)  # non-empty when this copy displaced another
        terms = salient_terms(item.text, stopwords=self.stories.stopwords)
        story = self.stories.add_terms(
            item.id,
            terms,
            item.published,
            duplicate_of=original or next(iter(copies), None),
            story_id=item.story_id,
        )
        facts = DedupeFacts(
            signature.text_hash, signature.hashvalues, tuple(terms.items()), repoints
        )
        return dataclasses.replace(item, duplicate_of=original, story_id=story, dedupe=facts)
