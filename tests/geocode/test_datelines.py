"""Datelines name the town a report was filed from: a bare one ("WASHINGTON (AP) --") is the
well-known city of the name, not a state or a namesake the rest of the story makes likelier; one
with its state or country ("PARIS, Texas -") is that state's town."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.geocode.gazetteer import Entry, Gazetteer
from eventwire.geocode.resolver import Geocoder, _best, _View
from eventwire.geocode.toponyms import Mention
from eventwire.records import Place


@pytest.fixture(scope="module")
def geocoder(gazetteer: Gazetteer) -> Geocoder:
    return Geocoder.from_gazetteer(gazetteer)


def head(nlp: Language, geocoder: Geocoder, text: str) -> Place:
    """The place read at the head of the text (its dateline)."""
    found = geocoder.geocode(nlp(text))
    assert found and found[0].start == 0, found
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (AP) -- The committee postponed its vote on the farm bill until next week.",
        "WASHINGTON - Two senators said on Thursday they would block the nomination.",
        "WASHINGTON (AP) — Ferries from Seattle and Tacoma were cancelled across the state.",
    ],
)
def test_bare_washington_is_the_capital(nlp: Language, geocoder: Geocoder, text: str) -> None:
    place = head(nlp, geocoder, text)
    assert (place.feature, place.country) == ("city", "USA")
    assert abs(place.lat - 38.9) < 0.3 and abs(place.lon + 77.0) < 0.3  # type: ignore[operator]


def test_bare_new_york_is_the_city_not_the_state(nlp: Language, geocoder: Geocoder) -> None:
    text = "NEW YORK (Reuters) - Shares of a regional lender slid after it cut its outlook."
    place = head(nlp, geocoder, text)
    assert (place.feature, place.country) == ("city", "USA")
    assert abs(place.lat - 40.7) < 0.3 and abs(place.lon + 74.0) < 0.3  # type: ignore[operator]


def test_bare_capital_abroad_beats_a_namesake_in_the_story(
    nlp: Language, geocoder: Geocoder
) -> None:
    text = "PARIS (AP) — A cattle buyer from Texas and two from Oklahoma toured the farm show."
    assert head(nlp, geocoder, text).country == "FRA"


def test_dateline_with_its_state_is_that_town(nlp: Language, geocoder: Geocoder) -> None:
    place = head(nlp, geocoder, "PARIS, Texas (AP) — A grain elevator caught fire on Monday.")
    assert (place.country, place.admin1) == ("USA", "Texas")
    place = head(nlp, geocoder, "SPRINGFIELD, Ill. (AP) — Lawmakers passed the school budget.")
    assert (place.country, place.admin1) == ("USA", "Illinois")


def test_the_name_in_running_text_keeps_its_own_reading(nlp: Language, geocoder: Geocoder) -> None:
    """Only the dateline is read as a town: the state named in the story stays the state."""
    text = "SPOKANE, Wash. (AP) — Wildfires have burned across eastern Washington since July."
    found = {p.text: p for p in geocoder.geocode(nlp(text))}
    assert found["Washington"].feature == "admin1"


def _entry(eid: int, name: str, **kw: object) -> Entry:
    fields: dict[str, object] = {
        "id": eid, "geonameid": eid, "name": name, "lat": 0.0, "lon": 0.0, "country": "AAA",
        "cc2": "AA", "admin1": "North", "admin1_code": "01", "admin2": None, "feature": "city",
        "population": 1000, "capital": False, "kind": 0,
    }  # fmt: skip
    fields.update(kw)
    return Entry(**fields)  # type: ignore[arg-type]


def test_dateline_reads_a_town_over_a_division() -> None:
    """The same name, the same article: in the dateline the capital, in the text the province
    the article's other names favour."""
    capital = _entry(1, "Tarvo", population=600_000, capital=True, admin1="Coast")
    province = _entry(2, "Tarvo", feature="admin1", admin1="Tarvo", population=4_000_000)
    cands = [capital, province]
    view = _View({"AAA": 1.0}, {("AAA", "Tarvo"): 1.0}, [])
    text = Mention(start=50, end=55, text="Tarvo", label="GPE")
    dateline = Mention(start=0, end=5, text="TARVO", label="GPE", dateline=True)
    chosen = _best(text, cands, [], view)
    assert chosen is not None and chosen[0] is province
    chosen = _best(dateline, cands, [], view)
    assert chosen is not None and chosen[0] is capital


def test_dateline_named_like_a_country_is_left_to_the_context() -> None:
    """A name that is also a country's ("LEBANON (AP)") gets no dateline preference."""
    country = _entry(1, "Velmar", feature="country", admin1=None, population=5_000_000)
    town = _entry(2, "Velmar", country="BBB", population=1_200_000)
    cands = [country, town]
    plain = Mention(start=0, end=6, text="VELMAR", label="GPE")
    dateline = Mention(start=0, end=6, text="VELMAR", label="GPE", dateline=True)
    assert _best(plain, cands, [], None) == _best(dateline, cands, [], None)


def test_the_capital_is_in_its_own_district(gazetteer: Gazetteer) -> None:
    """The federal district's towns take its own name, not their neighbour state's: a
    WASHINGTON dateline is no Maryland town."""
    capital = next(e for e in gazetteer.lookup("Washington") if e.capital and e.country == "USA")
    assert capital.admin1 == "District of Columbia"
    assert all(e.admin1_code != "DC" for e in gazetteer.lookup("Maryland"))
    assert any(e.feature == "admin1" for e in gazetteer.lookup("District of Columbia"))
