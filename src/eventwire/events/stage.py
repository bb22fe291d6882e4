"""The events stage: Parsed → Document with its coded events (the parse is let go here)."""

from __future__ import annotations

import dataclasses

from ..pipeline.stage import MapStage
from ..records import Document, Parsed


class EventStage(MapStage[Parsed | Document, Document]):
    name = "events"

    def setup(self) -> None:
        from .coder import EventCoder

        self.coder = EventCoder()
        self.coder.setup()

    def process(self, item: Parsed | Document) -> Document:
        if isinstance(item, Document):
            return item
        events = self.coder.code(item.doc, item.document)
        return dataclasses.replace(item.document, events=events)
