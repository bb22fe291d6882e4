"""What an analyst reads in a record (qa30, issue 15 "records an analyst can trust"): who did
it.

- A weapon, a vehicle or a unit of equipment is not an actor: a country word of its own names
  the force that used it ("French jets": France's forces); none leaves the force unnamed, not
  the article's country, and another named doer of the same act is the actor.
- A state that condemns (deplores, denounces) an attack is not its doer: a participle the
  parse hung on the judging verb tells of the act judged.
- A place with a relative clause after it ("the attacks in Varnok which targeted ...") is
  where the act was, not its doer.

All sentences written for these tests (the town names made up); each text opens with a
headline line, as an article does."""

from __future__ import annotations

import pytest

from eventwire.records import Event

from .conftest import Code

HEADLINE = "A report from the region\n\n"


def _assaults(events: tuple[Event, ...]) -> list[Event]:
    return [e for e in events if e.type == "ASSAULT" and e.modality == "asserted"]


# --- equipment is not an actor --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Warplanes bombed a market in the Syrian town of Ariha on Monday.",
        "Helicopters fired on a convoy near the border on Sunday.",
        "Jets, bombers and drones pounded rebel positions in Syria on Monday.",
        "Two gunmen were killed and three rocket launchers destroyed in the raid near the "
        "border, officials in Syria said.",
    ],
)
def test_equipment_with_no_country_leaves_the_force_unnamed(code: Code, sentence: str) -> None:
    events = _assaults(code(HEADLINE + sentence))
    assert events
    for event in events:
        for actor in event.actor:
            assert actor.sector in {"MIL", "REB"}, actor
            assert actor.name.startswith("Unidentified"), actor


@pytest.mark.parametrize(
    ("sentence", "force"),
    [
        ("French jets and helicopters struck a fuel depot on Friday.", "FRA"),
        ("Russian jets, bombers and drones pounded rebel positions in Syria on Monday.", "RUS"),
    ],
)
def test_equipment_with_a_country_is_that_countrys_force(
    code: Code, sentence: str, force: str
) -> None:
    (event,) = _assaults(code(HEADLINE + sentence))
    assert [(a.country, a.sector) for a in event.actor] == [(force, "MIL")]


# --- a judge is not the doer ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "judge"),
    [
        (
            "Norway strongly condemns the gas attack in Halvik on Monday, reportedly targeting "
            "a clinic.",
            "NOR",
        ),
        (
            "Canada condemns the mortar attack on the camp at Lindvik, killing three aid workers.",
            "CAN",
        ),
    ],
)
def test_the_condemning_state_is_not_the_attacker(code: Code, sentence: str, judge: str) -> None:
    events = code(HEADLINE + sentence)
    assert _assaults(events)
    for event in _assaults(events):
        assert all(a.country != judge or a.name.startswith("Unidentified") for a in event.actor)
        assert not any(a.text in sentence.split(" condemns")[0] for a in event.actor if a.text)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Officials condemned the attacks in Varnok which targeted police stations.", "Varnok"),
        ("Residents described the shelling around Varnok which destroyed a school.", "Varnok"),
        (
            "The envoy deplored the bombings in Varnok, Quellen and Dorsk which killed nine shoppers.",
            "Quellen",
        ),
        (
            "Officials condemned the attacks in Varnok and Quellen which targeted police stations.",
            "Quellen",
        ),
    ],
)
def test_a_place_before_a_relative_clause_is_not_the_doer(
    code: Code, sentence: str, place: str
) -> None:
    events = _assaults(code(HEADLINE + sentence))
    assert events
    assert not any(place in a.text for e in events for a in e.actor)


@pytest.mark.parametrize(
    "sentence",
    [
        "A suicide bomber struck a cafe in the town on Monday, killing eight people.",
        "Two bombers blew themselves up at a checkpoint on Friday, killing four guards.",
    ],
)
def test_a_bomber_who_is_a_person_is_still_the_actor(code: Code, sentence: str) -> None:
    events = _assaults(code(HEADLINE + sentence))
    assert events
    assert all(not a.name.startswith("Unidentified military") for e in events for a in e.actor), (
        events
    )


def test_bombers_listed_with_jets_share_their_force(code: Code) -> None:
    text = HEADLINE + "U.S. jets, bombers and drones have been pounding rebel targets for days."
    (event,) = _assaults(code(text))
    assert [(a.country, a.sector) for a in event.actor] == [("USA", "MIL")]
