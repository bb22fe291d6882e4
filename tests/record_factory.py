"""Records for the tests of the store and the API: an event whose fields all have plain defaults,
so that each test names only the fields it is about (and the Event's shape lives in one place)."""

from __future__ import annotations

from typing import Any

from eventwire.records import Document, Event, Evidence


def stored_event(event_id: str, text: str, **fields: Any) -> Event:
    """An asserted, day-dated event whose evidence is the whole `text`; `fields` override."""
    values: dict[str, Any] = {
        "type": "ASSAULT",
        "mode": None,
        "acled_event_type": None,
        "acled_sub_event_type": None,
        "actor": (),
        "recipient": (),
        "date": "2024-05-06",
        "date_precision": "day",
        "location": None,
        "fatalities": None,
        "injuries": None,
        "modality": "asserted",
        "confidence": 0.8,
    }
    values.update(fields)
    return Event(id=event_id, evidence=Evidence(text, 0, len(text)), **values)


def stored_document(doc_id: str, text: str, *events: Event, **fields: Any) -> Document:
    """An English article at news.example holding `events`, and their places unless `fields`
    name them; `fields` override."""
    places = tuple(dict.fromkeys(e.location for e in events if e.location is not None))
    values: dict[str, Any] = {
        "url": f"https://news.example/{doc_id}",
        "site": "news.example",
        "title": "T",
        "published": "2024-05-07",
        "language": "en",
        "places": places,
        "events": events,
        "input_name": "test",
    }
    values.update(fields)
    return Document(id=doc_id, text=text, **values)
