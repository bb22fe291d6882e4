"""ACLED's quieter events (strategic developments and the like): checkpoints set up, weapons
turned in, windows smashed, a boat intercepted, a reporter manhandled; and the readings that
must not fire (a run checkpoint, a broken promise, a football intercepted)."""

from __future__ import annotations

import pytest

from .conftest import Code


@pytest.mark.parametrize(
    ("text", "plover", "acled", "sub"),
    [
        (
            "Soldiers set up a checkpoint on the road to Kolo on Tuesday.",
            "MOBILIZE",
            "Strategic developments",
            "Change to group/activity",
        ),
        (
            "Militiamen erected two checkpoints on the main road near Baidoa.",
            "MOBILIZE",
            "Strategic developments",
            "Change to group/activity",
        ),
        (
            "About forty rebel fighters turned in their weapons to the army in Bunia.",
            "RETREAT",
            "Strategic developments",
            "Other",
        ),
        (
            "Members of the militia laid down their arms at a ceremony in Bossangoa.",
            "RETREAT",
            "Strategic developments",
            "Other",
        ),
        (
            "Unknown people smashed the windows of the party office in Lyon overnight.",
            "ASSAULT",
            "Strategic developments",
            "Looting/property destruction",
        ),
        (
            "The coast guard intercepted a boat carrying 40 migrants off Lampedusa.",
            "COERCE",
            "Strategic developments",
            "Other",
        ),
        (
            "Customs officers intercepted a truck loaded with rifles and ammunition near Gao.",
            "COERCE",
            "Strategic developments",
            "Disrupted weapons use",
        ),
        (
            "On Friday, members of the group distributed racist flyers at homes in Dayton.",
            "PROTEST",
            "Strategic developments",
            "Other",
        ),
        (
            "Activists of the network dropped a banner from a bridge in Leeds on Sunday.",
            "PROTEST",
            "Strategic developments",
            "Other",
        ),
        (
            "A high school in Memphis received a bomb threat on Monday morning.",
            "THREATEN",
            "Strategic developments",
            "Other",
        ),
        (
            "Bandits stole about sixty goats from herders near Maradi on Sunday.",
            "COERCE",
            "Strategic developments",
            "Looting/property destruction",
        ),
        (
            "Militants extorted cash from traders at the market of Ouallam.",
            "COERCE",
            "Strategic developments",
            "Looting/property destruction",
        ),
        (
            "Army engineers dismantled an explosive device near the bridge at Kisangani.",
            "COERCE",
            "Strategic developments",
            "Disrupted weapons use",
        ),
        (
            "Dozens of parents formed a human chain outside the school in Tirana.",
            "PROTEST",
            "Protests",
            "Peaceful protest",
        ),
        (
            "Nurses held placards outside the regional hospital in Kumasi.",
            "PROTEST",
            "Protests",
            "Peaceful protest",
        ),
        (
            "Party guards manhandled two reporters at a campaign event in Kisumu.",
            "ASSAULT",
            "Violence against civilians",
            "Attack",
        ),
    ],
)
def test_strategic_readings(code: Code, text: str, plover: str, acled: str, sub: str) -> None:
    events = code(text)
    assert any(
        e.type == plover and e.acled_event_type == acled and e.acled_sub_event_type == sub
        for e in events
    ), [(e.type, e.mode, e.acled_event_type, e.acled_sub_event_type) for e in events]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # the object of another sense, or no object of the reading at all
        ("The striker intercepted the pass and scored in the last minute.", "COERCE"),
        ("She broke her promise to the voters.", "ASSAULT"),
        ("He turned in his homework late.", "RETREAT"),
        ("The volunteers set up a tent for the fair.", "MOBILIZE"),
    ],
)
def test_not_these_readings(code: Code, text: str, plover: str) -> None:
    events = code(text)
    assert not [e for e in events if e.type == plover], [(e.type, e.mode) for e in events]


def test_flyers_at_a_rally_stay_a_protest(code: Code) -> None:
    """Flyers handed out by a crowd that demonstrates: the demonstration, not a group's
    non-violent activity."""
    events = code("Hundreds of protesters marched in Boston and distributed leaflets on Saturday.")
    assert any(e.acled_sub_event_type == "Peaceful protest" for e in events), [
        (e.type, e.acled_event_type, e.acled_sub_event_type) for e in events
    ]


def test_a_crowds_demand_where_it_gathered_is_its_demonstration(code: Code) -> None:
    """A demand by a crowd in a sentence that tells of its gathering is coded as the
    demonstration (ACLED), whichever word the rules read it from."""
    events = code(
        "Hundreds of residents gathered at the gate of the mine in Kolwezi, demanding jobs."
    )
    assert any(e.acled_event_type == "Protests" for e in events), [
        (e.type, e.acled_event_type, e.acled_sub_event_type) for e in events
    ]


def test_fled_the_scene_is_no_displacement(code: Code) -> None:
    assert not [e for e in code("The driver fled the scene in a grey car.") if e.type == "RETREAT"]
