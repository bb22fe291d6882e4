"""A crowd's violence is its riot, and workers' strikes are protests (plover29).

PLOVER codes a riot as PROTEST (mode riot), not ASSAULT: demonstrators or strikers who burn,
stone or loot, also in a verb coordinated with the one that names them ("protesters set fire to
the office and threw stones"), a crowd named as one that riots (supporters, students) and a crowd
told by its anger at a grievance ("residents angry over power cuts burned ..."); a crowd's
killing or beating stays ASSAULT, and so do rioters outside any demonstration (ACLED: a mob,
*Riots / Mob violence*; at a demonstration, a violent demonstration). A strike told by its
length, its reach or the trade that holds it is a labour strike; an occupation or a blockade
kept up for a span of time to make a claim is a protest ("occupied the lobby for two weeks to
demand wages"). The state's fire told at a range on a crowd is force on the protest. A killing a
crowd only attempted ("in an attempt to seize and kill him") counts no dead."""

from __future__ import annotations

import pytest

from .conftest import Code, most_confident


@pytest.mark.parametrize(
    "text",
    [
        # the violence told in a verb coordinated with the one that names the crowd
        "The demonstrators smashed shop windows and threw bottles at officers near the bridge.",
        "Marchers blocked the ring road and hurled rocks at a passing police convoy.",
        # strikers are a crowd
        "Strikers burned two lorries at the gate of the cement works.",
        "Strikers stoned the managers' cars and set fire to the depot gate.",
        # a crowd told by its anger at a grievance
        "Villagers angry at the eviction orders burned the district office.",
        "Traders furious at the closure of their market stoned the council building.",
        # a crowd named as one that riots when it burns or stones
        "Supporters of the jailed mayor stoned the courthouse and burned two police cars.",
        "Students set fire to the rector's office and threw stones at campus guards.",
    ],
)
def test_a_crowds_violence_is_its_riot(code: Code, text: str) -> None:
    best = most_confident(code, text)
    assert best is not None, text
    assert (best.type, best.mode, best.modality) == ("PROTEST", "riot", "asserted"), text


@pytest.mark.parametrize(
    "text",
    [
        "Angry villagers beat a suspected cattle thief to death at the market.",
        "Residents angry over the delay shot a contractor outside his house.",
    ],
)
def test_an_angry_crowds_killing_stays_an_assault(code: Code, text: str) -> None:
    best = most_confident(code, text)
    assert best is not None and best.type == "ASSAULT", text


@pytest.mark.parametrize(
    ("text", "plover", "sub_event"),
    [
        # rioters outside any demonstration: ASSAULT, a mob (docs/CODEBOOK.md section 3)
        ("Rioters smashed the windows of the town hall and looted a pharmacy.", "ASSAULT", "Mob violence"),
        ("Rioters set two buses on fire and looted a supermarket overnight.", "ASSAULT", "Mob violence"),
        # a riot told with no demonstration, its rioters named: a mob too
        ("Riots broke out in the port town after the verdict, and rioters burned a depot.", "PROTEST", "Mob violence"),
        ("Riots erupted overnight as rioters looted shops in the market district.", "PROTEST", "Mob violence"),
        # rioters at a demonstration: its riot
        (
            "Rioters pelted the police station with stones during a demonstration against the tax.",
            "PROTEST",
            "Violent demonstration",
        ),
        (
            "During the march, rioters burned tyres and threw stones at the riot squad.",
            "PROTEST",
            "Violent demonstration",
        ),
    ],
)  # fmt: skip
def test_rioters_outside_a_demonstration_are_a_mob(
    code: Code, text: str, plover: str, sub_event: str
) -> None:
    events = code(text)
    best = max(events, key=lambda e: e.confidence) if events else None
    event = best if plover == "ASSAULT" else next((e for e in events if e.type == plover), None)
    assert event is not None and event.type == plover, text
    assert (event.acled_event_type, event.acled_sub_event_type) == ("Riots", sub_event)


@pytest.mark.parametrize(
    "text",
    [
        "Bus drivers began an indefinite strike over unpaid bonuses.",
        "Copper miners staged a two-day strike to demand safer shafts.",
        "Port employees launched a nationwide strike against the new contracts.",
    ],
)
def test_a_strike_by_its_length_or_trade_is_a_protest(code: Code, text: str) -> None:
    best = most_confident(code, text)
    assert best is not None, text
    assert (best.type, best.mode) == ("PROTEST", "strike"), text


def test_an_air_strike_stays_an_assault(code: Code) -> None:
    best = most_confident(
        code, "Fighter jets carried out a strike on a fuel depot near the border."
    )
    assert best is not None and best.type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "A mob beat two men in an attempt to catch and kill their leader.",
        "Villagers stormed the clinic in an attempt to seize and lynch the suspect.",
    ],
)
def test_an_attempted_lynching_counts_no_dead(code: Code, text: str) -> None:
    events = code(text)
    assert events, text
    assert not any(e.fatalities for e in events), text


@pytest.mark.parametrize(
    "text",
    [
        "Nurses occupied the lobby of the clinic for two weeks to demand overdue wages.",
        "Farmers blocked the motorway for a day to protest the cuts in subsidies.",
    ],
)
def test_an_action_lasting_a_span_to_make_a_claim_is_a_protest(code: Code, text: str) -> None:
    best = most_confident(code, text)
    assert best is not None and best.type == "PROTEST", text


def test_an_occupation_with_no_claim_stays_force(code: Code) -> None:
    best = most_confident(code, "Rebels occupied the town for three days.")
    assert best is not None and best.type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas canisters at short range at marchers near the bridge.",
        "Soldiers fired rubber bullets at close range at a crowd of farmers demanding land titles.",
    ],
)
def test_force_told_at_range_on_a_crowd_is_the_protest(code: Code, text: str) -> None:
    best = most_confident(code, text)
    assert best is not None and best.type == "PROTEST", text


def test_fire_at_range_on_a_suspect_stays_an_assault(code: Code) -> None:
    best = most_confident(
        code, "Police fired at close range at the car of a suspect at a checkpoint."
    )
    assert best is not None and best.type == "ASSAULT"
