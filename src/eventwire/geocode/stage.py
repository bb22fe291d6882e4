"""The geocode stage: Parsed → Parsed with `places` filled from the offline gazetteer."""

from __future__ import annotations

import dataclasses

from ..records import Document, Parsed
from ..settings import Settings
from ..stage import MapStage


class GeocodeStage(MapStage[Parsed | Document, Parsed | Document]):
    name = "geocode"
    reads = ("doc",)
    writes = ("places",)

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings

    def setup(self) -> None:
        from .resolver import Geocoder

        self.geocoder = Geocoder(self.settings.cache_dir)
        self.geocoder.setup()

    def process(self, item: Parsed | Document) -> Parsed | Document:
        if isinstance(item, Document):
            return item
        places = self.geocoder.geocode(item.doc)
        return Parsed(dataclasses.replace(item.document, places=places), item.doc)
