"""A company's or a non-governmental body's home state, read from its CAMEO code (issue 15,
actors41): the dictionaries file a corporation as "MNC" and a non-governmental body as "NGO",
followed, where known, by the code of the state it is based in ("MNCJPN": a Japanese company;
`scripts/derive_event_tables.py`, `HOME_PREFIXES`). A body filed with no home ("NGOHRI": an
international rights group) stays of no country, and so does an intergovernmental body.

The companies and groups are dictionary names; the sentences were written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Best


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sony accused the distributor of selling pirated copies.", "JPN"),
        ("Toyota rejected the union's demand for a pay rise.", "JPN"),
        ("Samsung accused a former engineer of stealing chip designs.", "KOR"),
        ("BP rejected the fishermen's claims for compensation.", "GBR"),
        ("UBS criticized the new banking rules.", "CHE"),
        ("The ACLU accused the sheriff of unlawful detentions.", "USA"),
    ],
)
def test_a_company_or_a_group_filed_with_a_home_is_of_that_state(
    best: Best, text: str, country: str
) -> None:
    event = best(text)
    assert event is not None and event.actor, event
    assert country in [a.country for a in event.actor], event.actor


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International accused the guards of torturing prisoners.",
        "Oxfam criticized the cuts to food aid.",
        "Doctors Without Borders accused the militia of looting a clinic.",
        "The World Bank rejected the request for a new loan.",
    ],
)
def test_a_body_filed_with_no_home_is_of_no_state(best: Best, text: str) -> None:
    event = best(text)
    assert event is not None and event.actor, event
    assert all(a.country is None for a in event.actor), event.actor
