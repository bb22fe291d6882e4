"""PLOVER readings of plover21: a call made to discuss something is the meeting (CONSULT); a
proposal said to be "out of the question" is refused (REJECT); legal acts (charges filed, someone
charged with an offence) are ACCUSE and the offence they name no attack; a forced entry told with
an arrest and no harm is COERCE."""

from __future__ import annotations

import pytest

from .conftest import Code


def _best(code: Code, text: str) -> str | None:
    events = code(text)
    return max(events, key=lambda e: e.confidence).type if events else None


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister telephoned his Turkish counterpart to discuss the refugee crisis.",
        "The chancellor phoned her French counterpart on Friday to discuss the budget dispute.",
        "The president telephoned the emir to confirm the deal.",
    ],
)
def test_a_call_to_discuss_is_consult(code: Code, text: str) -> None:
    assert _best(code, text) == "CONSULT"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry spokeswoman declined to comment on Friday.",
        "The ministry declined to confirm the figures.",
    ],
)
def test_declining_to_comment_stays_no_event(code: Code, text: str) -> None:
    assert _best(code, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The minister said a new round of tax cuts was out of the question.",
        "A withdrawal of troops from the region is out of the question, the general said.",
        "Officials said that lifting the embargo on the island was out of the question for now.",
        "Talks with the rebels remain off the table, the interior minister said.",
    ],
)
def test_a_proposal_ruled_out_is_reject(code: Code, text: str) -> None:
    assert _best(code, text) == "REJECT"


def test_the_speaker_refuses(code: Code) -> None:
    events = code("The minister said a new round of tax cuts was out of the question.")
    reject = next(e for e in events if e.type == "REJECT")
    assert [a.text for a in reject.actor] == ["minister"]


@pytest.mark.parametrize(
    "text",
    [
        "A second referendum is not out of the question, the party leader said.",
        "The old bridge was out of the question as a route because of the floods.",
    ],
)
def test_still_possible_or_no_speaker_is_no_refusal(code: Code, text: str) -> None:
    assert _best(code, text) != "REJECT"


@pytest.mark.parametrize(
    "text",
    [
        "A former school bursar was charged on Thursday with embezzling funds from the canteen.",
        "The public prosecutor filed charges of defamation against the blogger.",
        "Prosecutors brought charges against two bank managers over the collapse of the lender.",
        "A local man was charged over the death of his neighbour.",
    ],
)
def test_charges_are_accuse(code: Code, text: str) -> None:
    assert _best(code, text) == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "The bull charged at the crowd.",
        "She charged her phone overnight.",
    ],
)
def test_other_senses_of_charge_stay_out(code: Code, text: str) -> None:
    assert _best(code, text) != "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "A 20-year-old was arrested on Sunday and charged with stabbing a taxi driver.",
        "He was jailed for six years for a machete attack on a farmer.",
        "Police arrested a woman on Monday who is suspected of stabbing her neighbour.",
        "Officers executed a search warrant at a home on Oak Street and arrested two men.",
    ],
)
def test_the_offence_named_is_no_attack(code: Code, text: str) -> None:
    assert _best(code, text) == "COERCE"


def test_an_execution_stays_assault(code: Code) -> None:
    assert _best(code, "The militants executed three hostages on Sunday.") == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Riot police stormed the university campus and arrested dozens of students.",
        "Police stormed the offices of the union on Friday and detained its leaders.",
    ],
)
def test_a_forced_entry_with_arrests_is_coerce(code: Code, text: str) -> None:
    assert _best(code, text) == "COERCE"


def test_a_forced_entry_with_killing_stays_assault(code: Code) -> None:
    text = "Troops stormed the building and killed three gunmen."
    assert _best(code, text) == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "No fighting was reported in the area on Sunday.",
        "There were no clashes in the city overnight, residents said.",
    ],
)
def test_a_lull_is_no_event(code: Code, text: str) -> None:
    assert _best(code, text) is None


def test_a_lull_leaves_the_event_told(code: Code) -> None:
    text = "Hundreds of fighters moved into the valley on Tuesday, though no fighting was reported."
    assert "ASSAULT" not in {e.type for e in code(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The authorities will not release the detained reporters, the minister said.",
        "The army said it would not pull its troops out of the city until the militias disarm.",
        "The government said it would not withdraw the budget bill.",
    ],
)
def test_a_retreat_refused_is_reject(code: Code, text: str) -> None:
    assert _best(code, text) == "REJECT"


def test_a_retreat_named_under_a_negated_verb_is_no_refusal(code: Code) -> None:
    text = "The resignation of the governor would not end the crisis, an opposition deputy said."
    assert _best(code, text) != "REJECT"


def test_declining_comment_is_no_event(code: Code) -> None:
    assert _best(code, "Ministry declines comment on hostage swap reports") is None


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president and his Ugandan counterpart spoke by phone on Friday about trade.",
        "The army chief and the rebel commander spoke by phone for the first time in a year.",
    ],
)
def test_leaders_talking_by_phone_consult(code: Code, text: str) -> None:
    assert _best(code, text) == "CONSULT"


def test_a_headline_ruling_out_is_reject(code: Code) -> None:
    assert _best(code, "Easing sanctions out of the question, says Paris") == "REJECT"


def test_the_last_time_two_sides_met_is_background(code: Code) -> None:
    events = code("The two foreign ministers last spoke by phone in 2023.")
    assert all(e.modality != "asserted" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar sent fuel to the territory's only power station.",
        "The United States sent additional air defence systems to the Baltic states.",
        "France provided 40 million euros in budget support to Niger.",
    ],
)
def test_aid_given_is_aid(code: Code, text: str) -> None:
    assert _best(code, text) == "AID"


def test_a_letter_sent_is_no_aid(code: Code) -> None:
    assert _best(code, "The mayor sent a letter to the residents about the new bins.") != "AID"


@pytest.mark.parametrize(
    "text",
    [
        "Australia gave Fiji 10 million dollars for rebuilding after the cyclone.",
        "Norway gave 15 million euros to Somalia on Monday.",
    ],
)
def test_money_a_state_takes_is_aid(code: Code, text: str) -> None:
    assert _best(code, text) == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "The company paid 2 million dollars to its shareholders.",
        "The club gave the striker 2 million euros a year.",
    ],
)
def test_money_paid_to_others_is_no_aid(code: Code, text: str) -> None:
    assert _best(code, text) != "AID"


def test_each_parse_is_read_with_its_own_words(code: Code) -> None:
    """The phrase is looked for in the sentence's own parse's words (kept per parse,
    `annotate/nlp.token_words`): one article after another, each is read anew."""
    ruled = "Closing the northern border is out of the question, the prime minister said."
    plain = "Closing the northern border was discussed at length, the prime minister said."
    assert _best(code, ruled) == "REJECT"
    assert _best(code, plain) != "REJECT"
    assert _best(code, ruled) == "REJECT"
