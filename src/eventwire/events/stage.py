"""The events stage: Parsed → Document with its coded events (the parse is let go here)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..records import Document, Parsed
from ..settings import Settings
from ..stage import MapStage

if TYPE_CHECKING:
    from ..geocode.resolver import Geocoder


class EventStage(MapStage[Parsed | Document, Document]):
    name = "events"
    reads = ("doc", "id", "text", "published", "times", "places")
    writes = ("events",)

    def __init__(self, settings: Settings, geocoder: Geocoder | None = None) -> None:
        """`geocoder`: the geocode stage's, which says where events happened (else one of the
        settings' cache is opened)."""
        super().__init__()
        self.settings = settings
        self.geocoder = geocoder

    def setup(self) -> None:
        from .coder import EventCoder

        self.coder = EventCoder(self.settings.cache_dir, geocoder=self.geocoder)
        self.coder.setup()

    def process(self, item: Parsed | Document) -> Document:
        if isinstance(item, Document):
            return item
        events = self.coder.code(item.doc, item.document)
        return dataclasses.replace(item.document, events=events)
