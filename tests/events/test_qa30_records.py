"""What an analyst reads in a record (qa30, issue 15 "records an analyst can trust"): who did
it and what tells it.

- The evidence of an event runs over no paragraph break: a follow-up in the next paragraph
  ("Nine more people were wounded in the attack.") still completes the record's count, but the
  evidence stays the first paragraph's sentences; under a headline, the lede's.
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


# --- evidence within a paragraph ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "follow_up"),
    [
        (
            "Rockets hit an army base near the river on Monday, killing two soldiers.",
            "Nine more people were wounded in the attack.",
        ),
        (
            "A gunman shot two men outside a bar on Elm Street on Saturday.",
            "A third man was also wounded, police said.",
        ),
    ],
)
def test_the_evidence_stays_in_its_paragraph(code: Code, lead: str, follow_up: str) -> None:
    text = f"{HEADLINE}{lead}\n\n{follow_up}\n"
    (event,) = _assaults(code(text))
    assert event.evidence.start == len(HEADLINE)
    assert event.evidence.sentence.strip() == lead
    assert "\n" not in event.evidence.sentence.strip()
    assert event.injuries  # the follow-up still counts


def test_a_follow_up_in_the_same_paragraph_is_still_evidence(code: Code) -> None:
    lead = "A gunman shot two men outside a bar on Elm Street on Saturday."
    follow_up = "A third man was also wounded, police said."
    text = f"{HEADLINE}{lead} {follow_up}\n"
    (event,) = _assaults(code(text))
    assert event.evidence.sentence.strip() == f"{lead} {follow_up}"


@pytest.mark.parametrize(
    ("headline", "lede"),
    [
        (
            "Bomb blast at a bus station",
            "A bomb killed six people at a bus station in the capital on Sunday.",
        ),
        (
            "Car bomb at a market",
            "A car bomb killed five people at a market in the old town on Tuesday.",
        ),
    ],
)
def test_under_a_headline_the_lede_is_the_evidence(code: Code, headline: str, lede: str) -> None:
    text = f"{headline}\n\n{lede}\n\nPolice said the device was hidden in a bag.\n"
    (event,) = _assaults(code(text))
    assert event.evidence.sentence.strip() == lede
    assert event.fatalities


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
