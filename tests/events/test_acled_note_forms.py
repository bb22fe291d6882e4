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
            "On 21 June 2026, students walked out of classes in Torre against the reform.",
            PEACEFUL,
        ),
        (
            "On 5 June 2026, market traders closed their stalls in Ebo in protest at new taxes.",
            PEACEFUL,
        ),
        (
            "On 7 June 2026, activists held a performance in front of the ministry in Brat "
            "against the law.",
            PEACEFUL,
        ),
        (
            "On 3 March 2026, residents of Darvel held a sit-in outside the district office.",
            PEACEFUL,
        ),
        (
            "On 5 March 2026, members of the farmers' union staged a rally in support of the "
            "jailed activist.",
            PEACEFUL,
        ),
        ("On 16 March 2026, pensioners picketed the pension fund office in Halden.", PEACEFUL),
        (
            "On 26 March 2026, police dispersed a protest by taxi drivers in Varno.",
            ("Protests", "Protest with intervention"),
        ),
        (
            "On 27 March 2026, police opened fire on protesters in Kelso, killing two.",
            ("Protests", "Excessive force against protesters"),
        ),
        ("On 29 March 2026, a mob lynched a suspected thief in Ralo.", ("Riots", "Mob violence")),
        (
            "On 2 April 2026, unidentified people looted shops in the market of Benfield.",
            ("Strategic developments", "Looting/property destruction"),
        ),
        (
            "On 3 April 2026, property of a local councillor was vandalised in Arden.",
            ("Strategic developments", "Looting/property destruction"),
        ),
        ("On 6 April 2026, a bomb was defused by police in Darkon.", DISRUPTED),
        (
            "On 7 April 2026, an IED was found and cleared by the army on the road to Melo.",
            DISRUPTED,
        ),
        (
            "On 10 April 2026, security forces arrested 12 members of the opposition in Kelby.",
            ("Strategic developments", "Arrests"),
        ),
        (
            "On 13 May 2026, two opposition leaders were taken into custody in Dalo.",
            ("Strategic developments", "Arrests"),
        ),
        (
            "On 15 April 2026, the government and the rebel group signed a ceasefire agreement "
            "in Tolva.",
            ("Strategic developments", "Agreement"),
        ),
        (
            "On 19 April 2026, the military clashed with militants near Banda.",
            ("Battles", "Armed clash"),
        ),
        (
            "On 20 April 2026, a drone struck a vehicle near Harlo.",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "On 21 April 2026, a roadside bomb exploded near a military convoy in Kavi.",
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
        (
            "On 22 April 2026, forces shelled the village of Trelo.",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ),
        (
            "On 25 April 2026, an unknown person threw a grenade at a bar in Siro.",
            ("Explosions/Remote violence", "Grenade"),
        ),
        (
            "On 23 April 2026, gunmen killed a farmer in Zama.",
            ("Violence against civilians", "Attack"),
        ),
        (
            "On 24 April 2026, gunmen kidnapped a teacher in Wola.",
            ("Violence against civilians", "Abduction/forced disappearance"),
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
        "The patient walked out of hospital on Monday.",
    ],
)
def test_look_alikes_are_no_protest(code: Code, text: str) -> None:
    assert not [e for e in code(text) if e.type == "PROTEST" and e.modality == "asserted"], text
