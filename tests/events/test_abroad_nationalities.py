"""People told by a nationality they hold away from home ("two Canadian tourists", "Afghan
migrants", "a Somali refugee"): their country word says who they are, not where the event
happened, so with no place named the event has none, and the police or guards acting on them
take no country from it. A place the text names still places the event, and a nationality on
those who act still tells their country (and, with no place named, the event's).
Each sentence is geocoded and coded as in the pipeline, and its most confident event read.

All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Best


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Officers arrested three Vietnamese nationals at a warehouse on Friday.", "VNM"),
        ("Border guards detained a Somali refugee overnight, a spokeswoman said.", "SOM"),
        ("Gunmen robbed two Canadian tourists on a beach road on Sunday.", "CAN"),
        ("Coastguard crews rescued 35 Afghan migrants from a dinghy at dawn.", "AFG"),
    ],
)  # fmt: skip
def test_a_nationality_held_abroad_places_nothing(best: Best, text: str, country: str) -> None:
    event = best(text)
    assert event is not None, text
    assert country in {a.country for a in event.recipient}, event.recipient
    assert event.location is None or event.location.country != country, event.location
    assert all(a.country != country for a in event.actor), event.actor


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Officers in Hanoi arrested three Vietnamese nationals at a warehouse.", "VNM"),
        ("Three Canadian tourists were kidnapped in Colombia on Friday.", "COL"),
        ("Kenyan police detained two Somali refugees at a checkpoint.", "KEN"),
    ],
)  # fmt: skip
def test_a_named_place_or_an_actors_nationality_still_places_it(
    best: Best, text: str, country: str
) -> None:
    event = best(text)
    assert event is not None and event.location is not None, text
    assert event.location.country == country, event.location
