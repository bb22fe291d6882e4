"""Readings review48 found too broad after this session's merges, mended by the lead (issue 15).

A row of a verb is not read through "without": talks ended without a deal end no deal. A verb read
by its subject ("arrive": soldiers arriving are troops moved) reads no row through a preposition,
and follows the "of" members of its subject only where the subject is a quantity: the wives of
soldiers arriving, or a speaker arriving with soldiers, move no troops. A fine is a sanction only
as imposed or paid, not as a bare noun. A supply halted is a supply cut, singular or plural. All
sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import HEADLINE, Code, asserted_below_headline


@pytest.mark.parametrize(
    "text",
    [
        "The mediation round ended without a deal late on Wednesday.",
        "The two delegations ended the meeting without an agreement on fishing rights.",
    ],
)
def test_an_end_without_a_deal_sanctions_nothing(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "The government ended the fishing deal with its neighbour on Monday.",
        "The president terminated the border pact with the northern republic.",
    ],
)
def test_a_deal_ended_is_still_a_sanction(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "The widows of soldiers arrived in the capital to meet the minister.",
        "The governor arrived with two soldiers at the opening of the bridge.",
    ],
)
def test_arrivals_beside_soldiers_move_no_troops(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "MOBILIZE"), text


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of soldiers arrived in the border province on Sunday.",
        "Dozens of mercenaries arrived at the northern airbase overnight.",
    ],
)
def test_a_quantity_of_soldiers_arriving_is_troops_moved(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "MOBILIZE"), text


@pytest.mark.parametrize(
    "text",
    [
        "The council raised parking fines in the old town last month.",
        "Library fines for late books will double from January.",
    ],
)
def test_a_bare_fine_is_no_sanction(code: Code, text: str) -> None:
    kinds = {e.type for e in code(HEADLINE + text)}
    assert "SANCTION" not in kinds, text


@pytest.mark.parametrize(
    "text",
    [
        "The neighbouring state halted the supply of diesel to the rebel region.",
        "The exporter suspended the supply of grain to the island on Friday.",
    ],
)
def test_a_supply_halted_is_a_sanction(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Protesters at the Danish embassy in Lima burned flags on Sunday.", "PER"),
        ("Demonstrators at the Turkish consulate in Athens threw stones at police.", "GRC"),
        ("Miners at a Swiss-owned mine in Bolivia clashed with police.", "BOL"),
    ],
)
def test_people_at_a_foreign_body_are_where_they_stand(code: Code, text: str, country: str) -> None:
    actors = [a for e in code(HEADLINE + text) for a in e.actor]
    assert actors and all(a.country == country for a in actors), (text, actors)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry is not ready to send doctors if the militias keep the road closed.",
        "The council is not prepared to release the detainees if the strikes go on.",
    ],
)
def test_an_offer_refused_on_a_condition_is_no_promise(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "AGREE"), text


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators occupy the central square for a fifth day.",
        "Protesters occupy the town hall, organisers said.",
    ],
)
def test_a_crowd_occupying_in_the_present_is_a_protest(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "PROTEST"), text
