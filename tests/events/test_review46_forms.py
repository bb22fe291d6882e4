"""Review of this session's merges (review46): readings that fired wider than they said.

- "Human" opening a body's name ("Human Rights Watch", "Physicians for Human Rights") is no
  place: the gazetteer knows it as a town of Ukraine by an alternate name, and the article's
  country came out as Ukraine, given to every actor with no country of its own.
- A name set beside a kin's or a companion's noun ("John Doe, the son of a Kenyan minister") is
  not of the office the noun's "of" phrase names: neither the full name nor the surname told
  alone later (actors41's `_described_person`; `roles._described`).

All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Best, Code, english_resolver


@pytest.mark.parametrize(
    "text",
    [
        "Human Rights Watch accused the militia of burning homes.",
        "Physicians for Human Rights accused the police of beating doctors.",
        "Human Rights Watch criticized the new security law.",
    ],
)
def test_human_opening_a_body_s_name_gives_no_country(best: Best, text: str) -> None:
    event = best(text)
    assert event is not None and event.actor, event
    assert all(a.country is None for a in (*event.actor, *event.recipient)), event


def test_human_rights_bodies_named_with_a_place_keep_it(best: Best) -> None:
    event = best("Police in Nairobi arrested two members of a human rights group.")
    assert event is not None and any(a.country == "KEN" for a in event.actor), event


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Peter Otieno, the son of a Kenyan minister, was arrested on Monday. "
            "Police said Otieno attacked a guard.",
            "Otieno",
        ),
        (
            "Grace Achieng, the daughter of a Kenyan senator, was detained on Friday. "
            "Achieng later accused the police of torture.",
            "Achieng",
        ),
    ],
)
def test_a_kin_beside_a_name_gives_no_office(code: Code, text: str, name: str) -> None:
    parties = [a for e in code(text) for a in (*e.actor, *e.recipient) if name in a.text]
    assert parties, text
    assert all(a.sector not in {"GOV", "LEG"} for a in parties), parties


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "Peter Otieno, a Kenyan minister, was arrested on Monday. "
            "Otieno later accused the police of torture.",
            "GOV",
        ),
        ("Police arrested Juan Ortega, a Colombian army commander, on Monday.", "MIL"),
    ],
)
def test_an_office_beside_a_name_stays(code: Code, text: str, sector: str) -> None:
    parties = [a for e in code(text) for a in (*e.actor, *e.recipient) if a.sector == sector]
    assert parties, text


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        # a world body's name is no one country's; a national branch's is its own
        ("young women's christian association", None),
        ("young women's christian association of the united states of america", "USA"),
        # a campaign about a country, based in another
        ("burma campaign uk", "GBR"),
        ("u.s. campaign for burma", "USA"),
    ],
)
def test_an_ngo_s_home_is_where_it_is_based(phrase: str, country: str | None) -> None:
    entry = english_resolver().lookup(phrase)
    assert entry is not None and entry.country == country and entry.sector == "NGO", entry


@pytest.mark.parametrize(
    "text",
    [
        "Ambassador Mary Smith condemned the attack in Nairobi.",
        "Consul John Brown criticized the arrests in Lagos.",
    ],
)
def test_a_titled_envoy_is_not_of_the_place_of_the_event(best: Best, text: str) -> None:
    event = best(text)
    assert event is not None and event.actor, event
    assert all(a.country is None for a in event.actor), event.actor
    assert any(a.sector == "GOV" for a in event.actor), event.actor


def test_another_titled_name_is_of_the_place_of_the_event(best: Best) -> None:
    event = best("Governor John Brown condemned the attack in Nairobi.")
    assert event is not None and any(a.country == "KEN" for a in event.actor), event
