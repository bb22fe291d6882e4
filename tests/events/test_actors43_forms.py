"""Actor countries (issue 15, actors43): people told "at" a body ("staff at the Russian
embassy", "workers at a Chinese-owned mine") are of the body's state, not of the place the
text is about; people "at" an event ("spectators at the Brazilian Open") take no country from
it. An envoy "for" a bare country ("the special envoy for Sudan") is posted there, not of it,
while an envoy "for" a body of a state ("an envoy for the Sudanese army") keeps its state.
Each sentence is geocoded and coded as in the pipeline, and its most confident event read.

All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Best


@pytest.mark.parametrize(
    ("text", "country", "place"),
    [
        ("Officials at the Egyptian embassy in Rome condemned the attack.", "EGY", "ITA"),
        ("Employees at the Indian consulate in Dubai protested over unpaid salaries.", "IND", "ARE"),
        ("Guards at the Turkish consulate in Erbil fired on the protesters.", "TUR", "IRQ"),
    ],
)  # fmt: skip
def test_people_at_a_body_are_of_its_state(best: Best, text: str, country: str, place: str) -> None:
    event = best(text)
    assert event is not None and event.actor, event
    countries = [a.country for a in event.actor]
    assert country in countries, event.actor
    assert place not in countries, event.actor


@pytest.mark.parametrize(
    ("text", "event_country"),
    [
        ("Spectators at the Brazilian Open criticized the organisers.", "BRA"),
        ("Nurses at the Kenyan army hospital protested over pay.", "KEN"),
    ],
)  # fmt: skip
def test_people_at_an_event_or_other_place_take_no_country_from_it(
    best: Best, text: str, event_country: str
) -> None:
    event = best(text)
    assert event is not None and event.actor, event
    assert all(a.country != event_country for a in event.actor), event.actor


@pytest.mark.parametrize(
    ("text", "posting"),
    [
        ("The special envoy for Yemen, Omar Lutfi, met Saudi officials in Riyadh.", "YEM"),
        ("The special envoy for Libya criticized the militias in a speech in Rome.", "LBY"),
        ("A special envoy for Venezuela, Mark Hale, condemned the arrests in a statement from Bogota.", "VEN"),
        ("The French special envoy for Lebanon criticized the delay in a speech in Paris.", "LBN"),
    ],
)  # fmt: skip
def test_an_envoy_for_a_country_is_posted_there(best: Best, text: str, posting: str) -> None:
    event = best(text)
    assert event is not None and event.actor, event
    assert all(a.country != posting for a in event.actor), event.actor


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("An envoy for the Libyan army accused the militia of blocking aid.", "LBY"),
        ("An envoy for the Venezuelan government rejected the proposal.", "VEN"),
        ("An envoy for Ethiopia's government accused the rebels of looting.", "ETH"),
        ("The French special envoy for Lebanon criticized the delay in a speech in Paris.", "FRA"),
    ],
)  # fmt: skip
def test_an_envoy_for_a_body_keeps_its_state(best: Best, text: str, country: str) -> None:
    event = best(text)
    assert event is not None and event.actor, event
    assert country in [a.country for a in event.actor], event.actor
