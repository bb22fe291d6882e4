"""Forms in which ACLED-style notes tell an event the rules once found none in: a vehicle that
set off a mine, shells seen by monitors, an armed group's checkpoint or patrol (kept by the
sentence models too), and look-alikes that are none. All sentences written for these tests
(acled13)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.events.arbitrate import KIN_TYPES, type_share
from eventwire.events.coder import EventCoder

from .conftest import Code, make_document


@pytest.mark.parametrize(
    "text",
    [
        "On 2 April 2023, a truck hit a landmine near the village of Orlo.",
        "On 5 May 2023, a minibus ran over a landmine on the road out of Sevare.",
        "On 9 May 2023, a patrol vehicle struck an IED on the road to the border post.",
        "On 1 June 2023, a car struck a roadside bomb outside the town, wounding two people.",
        "On 3 July 2023, a shepherd stepped on a mine in the hills above the valley.",
    ],
)
def test_a_mine_set_off_is_a_remote_explosion(code: Code, text: str) -> None:
    events = [e for e in code(text) if e.type == "ASSAULT"]
    assert events, text
    assert events[0].mode == "explosives", text
    assert events[0].acled_event_type == "Explosions/Remote violence", text
    assert events[0].acled_sub_event_type == "Remote explosive/landmine/IED", text


def test_a_van_that_hit_a_cyclist_is_still_no_attack(code: Code) -> None:
    assert not [
        e for e in code("A van hit a cyclist on the ring road on Monday.") if e.type == "ASSAULT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The company runs a copper mine near the river.",
        "He hit a rough patch in his second season.",
        "The workers drove to the mine before dawn.",
    ],
)
def test_mine_look_alikes_are_no_explosion(code: Code, text: str) -> None:
    assert not [e for e in code(text) if e.mode == "explosives"], text


def test_shells_observed_by_monitors_are_shelling(code: Code) -> None:
    events = code("On 10 May 2023, the monitoring mission observed 14 shells near the village.")
    assert events and events[0].type == "ASSAULT"
    assert events[0].acled_sub_event_type == "Shelling/artillery/missile attack"


def test_a_defused_bomb_is_disrupted_weapons_use(code: Code) -> None:
    events = code("On 2 April 2023, army engineers defused a bomb near the bus station.")
    assert [(e.type, e.acled_sub_event_type) for e in events][:1] == [
        ("COERCE", "Disrupted weapons use")
    ]


def test_the_mobilize_threshold_reads_the_force_family() -> None:
    scores = {"MOBILIZE": 0.02, "ASSAULT": 0.8, "PROTEST": 0.1}
    assert type_share(scores, "MOBILIZE") == pytest.approx(0.82)
    assert type_share(scores, "PROTEST") == pytest.approx(0.1)
    assert "PROTEST" not in KIN_TYPES


@pytest.fixture(scope="module")
def learned_coder() -> EventCoder:
    c = EventCoder(learned=True)
    c.setup()
    return c


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023, armed men said to be jihadists ran a roadside checkpoint by Tanoro hamlet.",
        "On 8 June 2023, clan militiamen erected a checkpoint on the road outside the town.",
        "On 9 June 2023, gunmen conducted a patrol in the outskirts of the town.",
    ],
)
def test_checkpoints_and_patrols_pass_the_sentence_models(
    nlp: Language, learned_coder: EventCoder, text: str
) -> None:
    events = learned_coder.code(nlp(text), make_document(text))
    assert [e.type for e in events if e.modality == "asserted"][:1] == ["MOBILIZE"], text


@pytest.mark.parametrize(
    "text",
    [
        "On 14 February 2023, around 400 people demonstrated Bad Lindau against pandemic measures.",
        "On 2 March 2023, some 150 farmers demonstrated Oberweiler over the new fertiliser rules.",
    ],
)
def test_a_demonstration_told_without_in_is_a_protest(code: Code, text: str) -> None:
    events = [e for e in code(text) if e.type == "PROTEST"]
    assert events, text
    assert events[0].acled_event_type == "Protests", text


@pytest.mark.parametrize(
    "text",
    [
        "The engineers demonstrated the new drone to the minister.",
        "The trial demonstrated that the drug works.",
    ],
)
def test_demonstrating_a_thing_is_no_protest(code: Code, text: str) -> None:
    assert not [e for e in code(text) if e.type == "PROTEST"], text


def test_patrolling_told_as_an_activity_is_a_deployment(code: Code) -> None:
    text = "On 14 February 2023, rebel members carried out patrolling activities around La Cruz."
    events = code(text)
    assert [(e.type, e.acled_event_type) for e in events][:1] == [
        ("MOBILIZE", "Strategic developments")
    ]


def test_a_checkpoint_kept_by_militants_is_other_activity(code: Code) -> None:
    events = code(
        "On 6 May 2023, jihadist militants manned a checkpoint on the road to the market."
    )
    assert [(e.type, e.acled_sub_event_type) for e in events][:1] == [("MOBILIZE", "Other")]


def test_a_checkpoint_set_up_is_a_change_of_activity(code: Code) -> None:
    events = code("On 6 May 2023, rebel fighters set up a checkpoint on the road to the market.")
    assert [(e.type, e.acled_sub_event_type) for e in events][:1] == [
        ("MOBILIZE", "Change to group/activity")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On 10 May 2023, several shells landed in the river port. No casualties.",
        "On 12 May 2023, two rockets fell on a residential district of the capital.",
    ],
)
def test_munitions_that_landed_are_shelling(code: Code, text: str) -> None:
    events = [e for e in code(text) if e.type == "ASSAULT"]
    assert events, text
    assert events[0].acled_event_type == "Explosions/Remote violence", text


@pytest.mark.parametrize(
    "text",
    [
        "The plane landed in the capital on Monday.",
        "Prices fell sharply on Monday.",
        "The rocket landed safely on the barge after the launch.",
    ],
)
def test_other_things_that_land_or_fall_are_no_attack(code: Code, text: str) -> None:
    assert not [e for e in code(text) if e.type == "ASSAULT"], text
