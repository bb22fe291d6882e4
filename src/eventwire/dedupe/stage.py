"""The dedupe stage: Articles → Articles with `duplicate_of` and `story_id` set."""

from __future__ import annotations

import dataclasses

from ..pipeline.stage import MapStage
from ..records import Article
from .minhash import Deduper, Signature


class DedupeStage(MapStage[Article, Article]):
    name = "dedupe"

    def __init__(self, deduper: Deduper | None = None) -> None:
        super().__init__()
        self.deduper = deduper or Deduper()
        self.signatures: dict[str, Signature] = {}

    def process(self, item: Article) -> Article:
        original, signature = self.deduper.check(item.id, item.text)
        self.signatures[item.id] = signature
        return dataclasses.replace(
            item, duplicate_of=original, story_id=item.story_id or original or item.id
        )
