"""A town that gives its name to its own division (a province's seat: Cadiz in the province of
Cadiz) is what its bare name means where no other name of the text says which country: it beats
a namesake town abroad of about its size; a text whose other names place it elsewhere keeps
those (`resolver._seats`, `SEAT_BONUS`). All sentences written for these tests (acled16)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.geocode.gazetteer import PRIMARY, Entry
from eventwire.geocode.resolver import Geocoder, _seats
from eventwire.geocode.toponyms import Mention


def _entry(i: int, country: str, admin1: str, feature: str, kind: int = PRIMARY) -> Entry:
    return Entry(
        id=i, geonameid=i, name="Dolna", lat=0.0, lon=0.0, country=country, cc2=None,
        admin1=admin1, admin1_code=None, admin2=None, feature=feature, population=1000,
        capital=False, kind=kind,
    )  # fmt: skip


def _mention(text: str) -> Mention:
    return Mention(text=text, start=0, end=len(text), label="GPE")


def test_a_town_and_a_division_of_its_province_make_a_seat() -> None:
    entries = [
        _entry(1, "AAA", "North", "city"),
        _entry(2, "AAA", "North", "admin2", kind=4),
        _entry(3, "BBB", "East", "city"),
        _entry(4, "CCC", "West", "admin2"),  # a division elsewhere with no town so named
    ]
    assert _seats(_mention("Dolna"), lambda _: entries) == frozenset({"AAA"})


def test_a_division_in_another_province_makes_no_seat() -> None:
    entries = [_entry(1, "AAA", "North", "city"), _entry(2, "AAA", "South", "admin2")]
    assert _seats(_mention("Dolna"), lambda _: entries) == frozenset()


def test_a_town_known_only_by_another_name_makes_no_seat() -> None:
    entries = [_entry(1, "AAA", "North", "city", kind=1), _entry(2, "AAA", "North", "admin1")]
    assert _seats(_mention("Dolna"), lambda _: entries) == frozenset()


def _countries(nlp: Language, geocoder: Geocoder, text: str) -> dict[str, str | None]:
    return {p.text: p.country for p in geocoder.geocode(nlp(text))}


@pytest.mark.parametrize(
    "text",
    [
        "On 4 April 2022, nurses gathered in Cadiz to demand better pay.",
        "Dock workers held a rally in Cadiz on Tuesday over the port's new shifts.",
    ],
)
def test_a_bare_seat_beats_a_namesake_abroad(
    nlp: Language, full_geocoder: Geocoder, text: str
) -> None:
    assert _countries(nlp, full_geocoder, text)["Cadiz"] == "ESP"


def test_the_texts_other_names_still_decide(nlp: Language, full_geocoder: Geocoder) -> None:
    """Other names of one country settle the name: the seat gains nothing against them."""
    text = (
        "Dock workers held a rally in Cadiz on Tuesday; others marched in Bacolod and Iloilo "
        "the same day."
    )
    assert _countries(nlp, full_geocoder, text)["Cadiz"] == "PHL"
