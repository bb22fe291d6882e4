"""A state named by a nationality adjective on a generic head ("Iraqi officials", "a Turkish
court", "Sudanese troops") or by its capital ("Moscow said", "Washington imposed") is the
source in every clause form news uses: active, passive with a by-agent, set off by an
apposition or a parenthetical, in headline form, and beside an "according to" phrase that
names someone else (issue 15, actors41).

All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Best


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # passive with a by-agent
        ("The village was attacked by Sudanese troops on Monday.", "SDN"),
        ("The journalist was sentenced by a Turkish court to five years.", "TUR"),
        ("Two suspects were arrested by Iraqi security officials.", "IRQ"),
        ("The talks were rejected by Moscow on Tuesday.", "RUS"),
        ("New sanctions were imposed on the junta by Washington.", "USA"),
        ("The activist was sentenced by a Moscow court to three years.", "RUS"),
        # an apposition, a relative clause or a parenthetical between subject and verb
        ("Moscow, a key ally of the regime, condemned the air strikes.", "RUS"),
        ("Sudanese troops, backed by tanks, attacked the village.", "SDN"),
        ("A Turkish court, citing security concerns, sentenced two journalists.", "TUR"),
        ("Nigerian soldiers, who arrived on Monday, attacked the rebel camp.", "NGA"),
        # headline form
        ("Turkish court jails journalist for five years", "TUR"),
        ("Moscow expels two British diplomats", "RUS"),
        ("Beijing condemns new US sanctions", "CHN"),
        ("Ugandan troops kill 12 rebels in border clash", "UGA"),
        # beside an "according to" phrase naming another source
        ("Kenyan police, according to witnesses, fired tear gas at the protesters.", "KEN"),
        ("Ethiopian officials accused Eritrea of arming the rebels, according to state media.", "ETH"),
    ],
)  # fmt: skip
def test_the_state_is_the_source_in_every_clause_form(best: Best, text: str, country: str) -> None:
    event = best(text)
    assert event is not None and event.actor, event
    assert country in [a.country for a in event.actor], event.actor


@pytest.mark.parametrize(
    ("text", "source", "other"),
    [
        # the state named by an "according to" phrase is not who acted
        ("According to Ethiopian officials, Eritrea armed the rebels.", "ERI", "ETH"),
        ("According to Moscow, Ukrainian drones attacked an oil depot.", "UKR", "RUS"),
        # a capital as the target is not the source
        ("Beijing accused Washington of meddling in its affairs.", "CHN", "USA"),
    ],
)
def test_the_state_told_as_a_source_of_news_or_a_target_is_not_the_actor(
    best: Best, text: str, source: str, other: str
) -> None:
    event = best(text)
    assert event is not None and event.actor, event
    countries = [a.country for a in event.actor]
    assert source in countries and other not in countries, event.actor
