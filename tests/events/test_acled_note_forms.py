"""ACLED note forms that name the act rather than the crowd ("held an action in support of",
"banged pots and pans", "went on a go-slow", "set himself on fire in protest", "a landmine was
detected"): each gives an event of the right ACLED type and sub-event, and look-alikes in other
senses give none. All sentences written for these tests (acled17)."""

from __future__ import annotations

import pytest

from eventwire.events.coder import main_event

from .conftest import Code

PEACEFUL = ("Protests", "Peaceful protest")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "On 8 March 2026, activists held an action in support of political prisoners in "
            "Kestov.",
            PEACEFUL,
        ),
        (
            "On 3 May 2026, members of the union held an action outside the factory in Rovan "
            "demanding back pay.",
            PEACEFUL,
        ),
        (
            "On 10 March 2026, students held a flash mob in the university courtyard against "
            "tuition hikes.",
            PEACEFUL,
        ),
        (
            "On 11 March 2026, residents banged pots and pans from their balconies in Telva "
            "against the government.",
            PEACEFUL,
        ),
        ("Residents held a cacerolazo in the capital against the price rises.", PEACEFUL),
        ("On 13 March 2026, railway workers went on a go-slow in Ashford over pay.", PEACEFUL),
        ("On 15 March 2026, teachers staged a strike in Cordel over unpaid wages.", PEACEFUL),
        ("On 2 May 2026, dock workers staged a strike at the port of Lenby.", PEACEFUL),
        ("On 20 June 2026, drivers staged a work stoppage in Pella over fuel prices.", PEACEFUL),
        (
            "On 14 March 2026, a man set himself on fire in protest outside the parliament in "
            "Varno.",
            PEACEFUL,
        ),
        (
            "The vendor set himself alight in protest against the confiscation of his cart.",
            PEACEFUL,
        ),
        ("A teacher attempted self-immolation outside the ministry.", PEACEFUL),
        (
            "On 5 June 2026, market traders closed their stalls in Ebo in protest at new taxes.",
            PEACEFUL,
        ),
        (
            "On 7 June 2026, activists held a performance in front of the ministry in Brat "
            "against the law.",
            PEACEFUL,
        ),
        ("On 17 May 2026, a landmine was detected near Kuro.", DISRUPTED),
        (
            "On 17 May 2026, a landmine was detected and destroyed by sappers near Kuro.",
            DISRUPTED,
        ),
        ("On 18 May 2026, sappers cleared mines from the fields around Doro.", DISRUPTED),
        ("On 19 May 2026, police found unexploded ordnance near the school in Vira.", DISRUPTED),
    ],
)
def test_note_forms_give_their_acled_type(
    tagged: Code, text: str, expected: tuple[str, str]
) -> None:
    main = main_event(tagged(text))
    assert main is not None, text
    assert (main.acled_event_type, main.acled_sub_event_type) == expected, text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rioters set a police car alight in the old town.", ("ASSAULT", "destroy")),
        ("Protesters burned tyres and set a bank on fire.", ("PROTEST", "riot")),
    ],
)
def test_things_set_alight_stay_violent(code: Code, text: str, expected: tuple[str, str]) -> None:
    events = code(text)
    assert events, text
    assert (events[0].type, events[0].mode) == expected, text


def test_an_occupied_place_is_no_attack(code: Code) -> None:
    text = "A solidarity event was held in Morvale for the people of the occupied territories."
    assert not [e for e in code(text) if e.type == "ASSAULT"], text


@pytest.mark.parametrize(
    "text",
    [
        "Rebels occupied the town hall on Monday.",
        "Settlers attacked farmers in the occupied territories.",
    ],
)
def test_occupations_and_attacks_there_stay_assaults(code: Code, text: str) -> None:
    assert [e for e in code(text) if e.type == "ASSAULT"], text


@pytest.mark.parametrize(
    "text",
    [
        "The court will hold the action over until next week.",
        "The traders shut their stalls at dusk as every evening.",
        "The museum hung a banner advertising its new exhibition.",
        "The band held a performance in the park on Saturday.",
        "The cook banged the pots on the stove.",
        "The referee added five minutes of stoppage time.",
    ],
)
def test_look_alikes_are_no_protest(code: Code, text: str) -> None:
    assert not [e for e in code(text) if e.type == "PROTEST" and e.modality == "asserted"], text
