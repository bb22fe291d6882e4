"""The geocoder's regression gate: the project's own place set (`data/places.txt`), on the full
gazetteer of the settings' cache (built there first if missing)."""

from __future__ import annotations

from spacy.language import Language

from eventwire.geocode.resolver import Geocoder

from .place_set import read_items, score

TARGET = 0.90


def test_the_set_is_large_and_varied() -> None:
    mentions = [m for item in read_items() for m in item.mentions]
    places = [m for m in mentions if m.expected != "-"]
    assert len(places) >= 150
    assert sum(m.expected == "-" for m in mentions) >= 30
    short = [item for item in read_items() if len(item.text) < 60]
    assert len(short) >= 10


def test_place_accuracy_on_our_own_sentences(nlp: Language, full_geocoder: Geocoder) -> None:
    items = read_items()
    found = [full_geocoder.geocode(nlp(item.text)) for item in items]
    results = list(score(full_geocoder.gazetteer, items, found))
    places = [(m, ok, got) for m, ok, got in results if m.expected != "-"]
    others = [(m, ok, got) for m, ok, got in results if m.expected == "-"]
    place_accuracy = sum(ok for _, ok, _ in places) / len(places)
    no_place_accuracy = sum(ok for _, ok, _ in others) / len(others)
    misses = "\n".join(
        f"{m.text!r}: expected {m.expected}, got {got}" for m, ok, got in results if not ok
    )
    assert place_accuracy >= TARGET, f"places {place_accuracy:.3f}\n{misses}"
    assert no_place_accuracy >= TARGET, f"no-places {no_place_accuracy:.3f}\n{misses}"


def test_short_texts_are_read_like_long_ones(nlp: Language, full_geocoder: Geocoder) -> None:
    items = [item for item in read_items() if len(item.text) < 60]
    found = [full_geocoder.geocode(nlp(item.text)) for item in items]
    results = list(score(full_geocoder.gazetteer, items, found))
    accuracy = sum(ok for _, ok, _ in results) / len(results)
    assert accuracy >= TARGET, [(m.text, m.expected, got) for m, ok, got in results if not ok]
