"""The geocode stage: Parsed → Parsed with `places` filled from the offline gazetteer, and the
article's `focus` (the countries and divisions it is about)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..records import Document, Parsed
from ..settings import Settings
from ..stage import MapStage

if TYPE_CHECKING:
    from .resolver import Geocoder


class GeocodeStage(MapStage[Parsed | Document, Parsed | Document]):
    name = "geocode"
    reads = ("doc",)
    writes = ("places",)

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self._geocoder: Geocoder | None = None

    @property
    def geocoder(self) -> Geocoder:
        """The stage's geocoder, which also answers the events stage's "where" (made at once,
        opened in `setup()`)."""
        if self._geocoder is None:
            from .resolver import Geocoder

            self._geocoder = Geocoder(self.settings.cache_dir)
        return self._geocoder

    def setup(self) -> None:
        self.geocoder.setup()

    def process(self, item: Parsed | Document) -> Parsed | Document:
        if isinstance(item, Document):
            return item
        places = self.geocoder.geocode(item.doc)
        focus = self.geocoder.focus(item.doc, places)
        return Parsed(dataclasses.replace(item.document, places=places, focus=focus), item.doc)
