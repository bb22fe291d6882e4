"""The source actor's country (geo15): the forms news writes a side's nationality in, read from
sentences of our own, each geocoded as in the pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.events.coder import EventCoder
from eventwire.records import Event

Geocoded = Callable[[str], tuple[Event, ...]]


def _actors(events: tuple[Event, ...], type_: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.country, a.sector) for e in events if e.type == type_ for a in e.actor]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("NATO warplanes struck targets outside Tripoli on Monday.", "ASSAULT"),
        ("UN peacekeepers arrested two militia leaders in Bunia.", "COERCE"),
    ],
)
def test_an_international_body_has_no_country_where_it_acts(
    geocoded: Geocoded, text: str, type_: str
) -> None:
    actors = _actors(geocoded(text), type_)
    assert actors and all(country is None for _, country, _ in actors), actors


@pytest.mark.parametrize(
    ("text", "type_", "country"),
    [
        ("Britain speeded up the withdrawal of its troops from Basra on Monday.", "RETREAT", "GBR"),
        ("Spain hastened the withdrawal of its soldiers from the border mission.", "RETREAT", "ESP"),
        ("Canada accelerated the pullout of its soldiers from the region.", "RETREAT", "CAN"),
    ],
)  # fmt: skip
def test_the_subject_of_a_verb_that_speeds_or_finishes_an_act_does_it(
    geocoded: Geocoded, text: str, type_: str, country: str
) -> None:
    actors = _actors(geocoded(text), type_)
    assert any(c == country for _, c, _ in actors), actors


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A French journalist was arrested in Iran on spying charges.", "IRN"),
        ("Two activists were detained in Egypt for posting criticism online.", "EGY"),
        (
            "A Dutch aid worker from Utrecht was detained in Syria for entering without a visa.",
            "SYR",
        ),
    ],
)
def test_a_state_act_told_in_the_passive_was_done_by_the_authorities_of_its_place(
    geocoded: Geocoded, text: str, country: str
) -> None:
    actors = _actors(geocoded(text), "COERCE")
    assert actors == [("", country, "GOV")], actors


@pytest.mark.parametrize(
    "text",
    [
        # an agent told is the actor; a kidnapping is no state's act; no country, no authorities
        "A French journalist was arrested in Iran by the Revolutionary Guards.",
        "A businessman was kidnapped in Nigeria on Sunday.",
        "Three men were detained on Monday after the fight.",
    ],
)
def test_no_authorities_implied_where_the_text_tells_otherwise(
    geocoded: Geocoded, text: str
) -> None:
    events = geocoded(text)
    assert not any(a.text == "" and a.sector == "GOV" for e in events for a in e.actor), [
        (e.type, e.actor) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "type_", "country"),
    [
        ("A spokesman for the Afghan government rejected the accusation.", "REJECT", "AFG"),
        ("An envoy for the Sudanese army accused the militia of blocking aid.", "ACCUSE", "SDN"),
    ],
)
def test_a_spokesperson_acts_for_the_body_named_after_for(
    geocoded: Geocoded, text: str, type_: str, country: str
) -> None:
    actors = _actors(geocoded(text), type_)
    assert any(c == country for _, c, _ in actors), actors


@pytest.mark.parametrize(
    ("text", "type_", "country"),
    [
        ("Moscow said it would expel ten British diplomats.", "THREATEN", "RUS"),
        ("The Kremlin accused Kyiv of sabotaging the talks.", "ACCUSE", "RUS"),
        ("Officials in Cairo rejected the plan.", "REJECT", "EGY"),
        ("Iran's foreign minister accused Washington of lying.", "ACCUSE", "IRN"),
        ("Unrest spread across Kenya on Monday. Security forces fired tear gas at the crowds.", "ASSAULT", "KEN"),
        ("Turmoil in Italy deepened. The prime minister accused the unions of lying.", "ACCUSE", "ITA"),
    ],
)  # fmt: skip
def test_forms_of_a_side_s_country(geocoded: Geocoded, text: str, type_: str, country: str) -> None:
    """Capitals and seats of government for their state, actors in a place, a possessive
    country, forces and offices of the article's country."""
    actors = _actors(geocoded(text), type_)
    assert any(c == country for _, c, _ in actors), actors


# --- actor20: the sides the text leaves unnamed, titled persons, a role named before


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Two soldiers were killed by a roadside bomb near Mosul on Tuesday.", "IRQ"),
        ("A car bomb exploded outside a police station in Kandahar, killing four.", "AFG"),
    ],
)
def test_an_attack_told_with_no_attacker_was_done_by_an_unidentified_armed_group_there(
    geocoded: Geocoded, text: str, country: str
) -> None:
    actors = _actors(geocoded(text), "ASSAULT")
    assert actors == [("", country, "REB")], actors


def test_an_attack_with_its_attacker_told_keeps_it(geocoded: Geocoded) -> None:
    actors = _actors(geocoded("Gunmen killed eleven villagers in Zamfara state."), "ASSAULT")
    assert actors and all(text for text, _, _ in actors), actors


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Judge Maria Soto opened an inquiry into 14 Chilean police officers accused of torture.", "CHL", "JUD"),
        ("Minister Paulo Silva criticised the Brazilian central bank for raising rates.", "BRA", "GOV"),
    ],
)  # fmt: skip
def test_a_person_named_after_a_state_title_is_of_the_article_s_country(
    geocoded: Geocoded, text: str, country: str, sector: str
) -> None:
    events = geocoded(text)
    actors = [(a.country, a.sector) for e in events for a in e.actor]
    assert (country, sector) in actors, [(e.type, e.actor) for e in events]


@pytest.mark.parametrize(
    ("text", "type_", "country"),
    [
        ("Catholic bishops criticised the Peruvian government for the new mining law.", "ACCUSE", "PER"),
        ("Muslim clerics condemned the arrest of a Nepali journalist.", "ACCUSE", "NPL"),
        ("Striking nurses accused the Ghanaian health ministry of ignoring their demands.", "ACCUSE", "GHA"),
        ("Communist rebels accused the Philippine army of killing two farmers.", "ACCUSE", "PHL"),
    ],
)  # fmt: skip
def test_the_people_of_a_society_are_of_the_article_s_country(
    geocoded: Geocoded, text: str, type_: str, country: str
) -> None:
    """Clergy, workers, students with no country word are of the country the article is about,
    as its state's bodies are."""
    assert [c for _, c, _ in _actors(geocoded(text), type_)] == [country]


def test_refugees_keep_the_country_they_came_from(geocoded: Geocoded) -> None:
    actors = _actors(
        geocoded("Syrian refugees protested outside the parliament in Berlin."), "PROTEST"
    )
    assert [c for _, c, _ in actors] == ["SYR"], actors


@pytest.mark.parametrize(
    ("text", "type_", "country"),
    [
        ("Port-au-Prince accused the Dominican Republic of mistreating migrants.", "ACCUSE", "HTI"),
        ("Gitega rejected the report of the UN investigators.", "REJECT", "BDI"),
        ("Dili accused Jakarta of arming the militias.", "ACCUSE", "TLS"),
        ("Pristina accused Belgrade of stirring up unrest in the north.", "ACCUSE", "XKX"),
        ("The Bundeswehr withdrew its last soldiers from the base.", "RETREAT", "DEU"),
        ("Likud accused the opposition of betraying the country.", "ACCUSE", "ISR"),
    ],
)  # fmt: skip
def test_capitals_and_institutions_name_their_state(
    geocoded: Geocoded, text: str, type_: str, country: str
) -> None:
    """Capitals GeoNames gives (East Timor and Kosovo under the geocoder's codes, not the old
    CAMEO ones) and bodies of one country named without it."""
    assert country in [c for _, c, _ in _actors(geocoded(text), type_)]


@pytest.mark.parametrize("capital", ["san jose", "victoria", "hamilton"])
def test_a_capital_named_like_a_city_elsewhere_is_no_state(coder: EventCoder, capital: str) -> None:
    assert coder.resolver is not None
    assert coder.resolver.lookup(capital) is None
