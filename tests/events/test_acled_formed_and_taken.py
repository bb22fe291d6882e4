"""Forms of ACLED-style notes that once gave no event: a person taken away by force, an armed
group announcing its formation; and their civic look-alikes, which stay no event. All sentences
written for these tests (acled14)."""

from __future__ import annotations

import pytest

from .conftest import Code


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2023, a teacher was taken away by the police at dawn near the market.",
        "On 4 June 2023, gunmen took away the village chief.",
        "On 5 June 2023, armed men took him away from his shop.",
    ],
)
def test_a_person_taken_away_by_force_is_an_abduction(code: Code, text: str) -> None:
    events = [e for e in code(text) if e.type == "ASSAULT"]
    assert events, text
    assert events[0].acled_sub_event_type == "Abduction/forced disappearance", text


@pytest.mark.parametrize(
    "text",
    [
        "Workers took away the rubbish on Monday.",
        "Firefighters took away the debris after the blaze.",
    ],
)
def test_things_taken_away_by_civilians_are_no_event(code: Code, text: str) -> None:
    assert not [e for e in code(text) if e.type == "ASSAULT"], text


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2023, an armed group calling itself the Valley Front announced its formation.",
        "On 6 May 2023, rebels announced the creation of a new brigade in the hills.",
    ],
)
def test_an_armed_group_formed_is_a_change_to_a_group(code: Code, text: str) -> None:
    events = code(text)
    assert [(e.type, e.acled_sub_event_type) for e in events][:1] == [
        ("MOBILIZE", "Change to group/activity")
    ], text


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2023, a new residents' association announced its formation.",
        "On 7 May 2023, the minister announced the creation of a new agency.",
    ],
)
def test_a_civic_body_formed_is_no_event(code: Code, text: str) -> None:
    assert not code(text), text


def test_an_ambazonian_fighter_is_of_cameroon(code: Code) -> None:
    """The separatists' adjective alone names Cameroon's separatists, singular or plural
    (acled15)."""
    text = "On 6 June 2023, soldiers killed an Ambazonian fighter near a school."
    events = [e for e in code(text) if e.type in {"ASSAULT", "FIGHT"}]
    assert events
    assert any(a.country == "CMR" for e in events for a in (*e.actor, *e.recipient))
