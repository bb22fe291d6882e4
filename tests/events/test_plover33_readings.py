"""PLOVER readings of plover33 (docs/CODEBOOK.md, "Promises, releases and easing"): a retreat its
doer states in its own word ("said it would free the hostages", "says they will pull out") is a
promise, AGREE, as the PLOVER gold standard and CAMEO2PLOVER 035 (express intent to yield) code
it; the same retreat reported by others as planned, or told with a bare "will", stays RETREAT
with future modality, a planned resignation too, and one told on a condition is no promise."""

from __future__ import annotations

import pytest

from .conftest import Code, most_confident


@pytest.mark.parametrize(
    "text",
    [
        "The guerrillas said they would free the kidnapped engineers next week.",
        "The occupying army said it would pull its tanks out of the old town by Friday.",
        "The border guards said they will hand the seized trucks back to their owners.",
        "Militia says will release the detained reporters",
    ],
)
def test_a_retreat_in_its_doers_own_word_is_agree(code: Code, text: str) -> None:
    event = most_confident(code, text)
    assert event is not None
    assert (event.type, event.modality) == ("AGREE", "asserted")


@pytest.mark.parametrize(
    "text",
    [
        "A ministry spokesman said the troops would pull out of the old town by Friday.",
        "Officials said the guerrillas will release the two engineers next week.",
        "The occupying army will pull its tanks out of the old town by Friday.",
        "The interior minister said she would resign at the end of the month.",
    ],
)
def test_a_retreat_reported_as_planned_stays_a_future_retreat(code: Code, text: str) -> None:
    event = most_confident(code, text)
    assert event is not None
    assert (event.type, event.modality) == ("RETREAT", "future")


def test_a_retreat_offered_on_a_condition_is_no_promise(code: Code) -> None:
    text = "The guerrillas said they would free the engineers if the army left the valley."
    event = most_confident(code, text)
    assert event is not None and event.type != "AGREE"


@pytest.mark.parametrize(
    "text",
    [
        "Closing the consulate would leave thousands of travellers without help, officials say.",
        "The ministry said the garrison would be withdrawn once the roads are safe.",
    ],
)
def test_no_doer_no_promise(code: Code, text: str) -> None:
    # a clause as subject, a passive: nobody's word of their own act
    assert all(e.type != "AGREE" for e in code(text))


@pytest.mark.parametrize(
    "text",
    [
        "The junta allowed the delivery of medicine to the cut-off valley.",
        "The army let relief agencies bring flour into the besieged town.",
        "The governor allowed charities to deliver blankets to the flooded villages.",
        "The garrison let aid convoys reach the flooded villages.",
    ],
)
def test_aid_let_through_is_the_allowing_sides_retreat(code: Code, text: str) -> None:
    # PLOVER manual, RETREAT: "allowing the entry of ... humanitarian workers"; CAMEO2PLOVER
    # 0863, allow the delivery of humanitarian aid: access, not the allowing side's aid
    event = most_confident(code, text)
    assert event is not None
    assert (event.type, event.mode) == ("RETREAT", "access")


@pytest.mark.parametrize(
    "text",
    [
        "The charity delivered blankets to the flooded villages.",
        "The donors allowed the ministry to spend the grant on schools.",
        "The junta refused to allow charities to deliver blankets to the flooded villages.",
    ],
)
def test_aid_given_or_a_permission_refused_is_no_access(code: Code, text: str) -> None:
    assert all(e.mode != "access" for e in code(text))


@pytest.mark.parametrize(
    "text",
    [
        "The European Union lifted its arms embargo on the island republic.",
        "Washington eased sanctions on the country's shipping sector.",
    ],
)
def test_economic_sanctions_lifted_are_retreat(code: Code, text: str) -> None:
    # CAMEO2PLOVER 085, ease economic sanctions, boycott, embargo: RETREAT
    event = most_confident(code, text)
    assert event is not None and event.type == "RETREAT"


@pytest.mark.parametrize(
    "text",
    [
        "The interior ministry lifted the ban on the opposition weekly.",
        "The governor lifted the night curfew in the port city.",
    ],
)
def test_a_ban_or_curfew_lifted_stays_concede(code: Code, text: str) -> None:
    # manual, CONCEDE: easing of restrictions on persons and organizations, removing curfews
    event = most_confident(code, text)
    assert event is not None and event.type == "CONCEDE"
