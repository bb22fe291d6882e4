"""PLOVER forms of plover36. Consultations held, had or conducted between sides are a meeting
(CONSULT) as talks held are. A meeting told with a plain "will" before a source the reporter
names after it ("..., a diplomat said") is the session scheduled (CONSULT, future), not a promise
(AGREE); the doer's own word ("we will meet," he said; "the minister said the two sides will
meet") and a meeting with another side named stay AGREE. A verb of saying whose object is the
act is the act, of a public side: "said no to the plan" (REJECT), "added two banks to its
blacklist" (SANCTION), "announced an amnesty" (CONCEDE, as "granted an amnesty"); a private person's "no", an answer with nothing refused, and a thing added
to a list of another kind are none. Munitions that "slammed into" a place are the attack
(ASSAULT, read from the subject as "shells landed"); "slam" with no object nor passive subject
is no criticism ("a lorry slammed into a wall"). A public side that gives another a span of
time for an act ("gave the villagers 24 hours to leave") makes an ultimatum (THREATEN). A sanction or force its actor says it "may" or "could" take on a
condition ("said they may halt budget support if ...") is a threat, as its "would" is; others'
guess is none. All sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import HEADLINE, Code, asserted_below_headline


def _types(code: Code, sentence: str) -> set[tuple[str, str]]:
    return {
        (e.type, e.modality) for e in code(HEADLINE + sentence) if e.evidence.start >= len(HEADLINE)
    }


@pytest.mark.parametrize(
    "text",
    [
        "The two foreign ministers held consultations in Vienna on Monday.",
        "The envoy has held consultations with both sides in the dispute.",
        "The delegations had consultations on the border question.",
        "The special representative conducted consultations with regional leaders.",
        "The ministers held a round of consultations on the crisis.",
    ],
)
def test_consultations_held_are_a_meeting(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "CONSULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "The doctor held the patient's hand during the consultation.",
        "The surgeon held consultations with patients all morning.",
        "The doctor held consultations with his patients.",
    ],
)
def test_a_carers_consultations_are_no_meeting(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "CONSULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "The council will hold consultations on the budget behind closed doors, a diplomat said.",
        "The finance ministers will meet in Brussels on Monday, an official said.",
        "The assembly will hold talks on the draft next week, officials said.",
    ],
)
def test_session_told_before_a_named_source_is_scheduled(code: Code, text: str) -> None:
    found = _types(code, text)
    assert ("CONSULT", "future") in found, (text, found)
    assert not any(kind == "AGREE" for kind, _ in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the two sides will meet again next week.",
        '"We will meet again next week," the minister said.',
        "The ministers will meet again next week, he said.",
        "The government will hold talks with the rebels on Friday, a spokesman said.",
    ],
)
def test_own_word_or_another_side_stays_a_promise(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AGREE"), text


@pytest.mark.parametrize(
    "text",
    [
        "Parliament said no to the peace proposal on Tuesday.",
        "The union said no to the pay offer.",
        "The cabinet said no to the demand for early elections.",
    ],
)
def test_no_said_to_a_proposal_is_a_rejection(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "REJECT"), text


@pytest.mark.parametrize(
    "text",
    [
        "He said no to a second helping of cake.",
        "She said no when he asked her to dance.",
        "The spokesman said no one was hurt in the fire.",
    ],
)
def test_private_no_or_no_one_is_no_rejection(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "REJECT"), text


@pytest.mark.parametrize(
    "text",
    [
        "Washington added two shipping firms to its blacklist.",
        "The European Union added a further 40 officials to its blacklist.",
        "The US Treasury added three companies to its watchlist on Friday.",
    ],
)
def test_added_to_a_blacklist_is_a_sanction(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "The chef added salt to the sauce.",
        "She added the novel to her reading list.",
        "The general added that troops were ready.",
    ],
)
def test_other_additions_are_no_sanction(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "A cruise missile slammed into a housing estate on the edge of the city on Sunday.",
        "Two mortar rounds slammed into the market square, wounding four traders.",
        "A drone slammed into a fuel depot before dawn, setting it ablaze.",
    ],
)
def test_munitions_that_slammed_into_a_place_are_an_attack(code: Code, text: str) -> None:
    found = _types(code, text)
    assert ("ASSAULT", "asserted") in found, (text, found)
    assert not any(kind == "ACCUSE" for kind, _ in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "A lorry slammed into a wall on the ring road.",
        "The door slammed into the frame in the wind.",
    ],
)
def test_things_that_slammed_into_others_are_no_accusation(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "ACCUSE"), text


@pytest.mark.parametrize(
    "text",
    [
        "The opposition slammed the government over the fuel price rise.",
        "The minister was slammed for his remarks about the strikers.",
    ],
)
def test_slammed_with_an_object_stays_criticism(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "ACCUSE"), text


@pytest.mark.parametrize(
    "text",
    [
        "The junta announced an amnesty for striking miners on Sunday.",
        "The president proclaimed a general amnesty for deserters who return to their units.",
        "The governor announced a pardon for the jailed student leaders.",
        "The queen granted a pardon to 120 prisoners on her birthday.",
    ],
)
def test_an_amnesty_or_pardon_announced_is_a_concession(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "CONCEDE"), text


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International said the verdict was unjust.",
        "The minister announced a review of the pardon process.",
    ],
)
def test_a_name_or_a_review_is_no_concession(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "CONCEDE"), text


@pytest.mark.parametrize(
    "text",
    [
        "The rebels gave the villagers 24 hours to leave their homes.",
        "The junta gave the aid agency seven days to leave its offices.",
        "Soldiers gave the families an hour to leave the camp or face arrest.",
    ],
)
def test_a_span_of_time_given_for_an_act_is_an_ultimatum(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "THREATEN"), text


@pytest.mark.parametrize(
    "text",
    [
        "The teacher gave the pupils an hour to finish the test.",
        "The old man gave his grandson a week to leave the house.",
        "The donors gave the ministry three months to spend the funds.",
    ],
)
def test_time_given_for_a_task_or_by_a_private_person_is_no_threat(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "THREATEN"), text


@pytest.mark.parametrize(
    "text",
    [
        "The lenders said they may halt budget support if the election is postponed again.",
        "Tokyo said it could freeze the joint fishing agreement if the patrols continued.",
    ],
)
def test_a_sanction_its_actor_says_it_may_take_on_a_condition_is_a_threat(
    code: Code, text: str
) -> None:
    assert asserted_below_headline(code, text, "THREATEN"), text


@pytest.mark.parametrize(
    "text",
    [
        "If the summit fails, the bloc could impose new tariffs, analysts said.",
        "The economist said prices may rise if the harvest fails.",
        "The lenders may halt budget support if the election is postponed again.",
    ],
)
def test_others_guess_or_an_unreported_may_is_no_threat(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "THREATEN"), text
