"""PLOVER readings of plover28: the cooperative verbal types told apart. Yielding to a demand or to
pressure, an admission of fault and an apology offered are CONCEDE, not an agreement or support;
backing another side's call, plan or deal is SUPPORT (what is backed is its content, no request or
deal of the backer's own); a policy or an act defended in words is SUPPORT, not material aid;
money approved and debt forgiven for a state are AID, not verbal support; vaccine doses handed
over are AID, not a release (the tagger's lemma of "doses" is "dos")."""

from __future__ import annotations

import pytest

from .conftest import Code, most_confident_type


@pytest.mark.parametrize(
    "text",
    [
        "The mayor agreed to the strikers' demands after a week of talks.",
        "The governor agreed to the nurses' demand for a new hospital wing.",
        "The ministry bowed to pressure from fishermen and dropped the levy.",
        "The regional council yielded to the villagers' demands and moved the landfill.",
    ],
)
def test_yielding_to_a_demand_is_concede(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "CONCEDE"


@pytest.mark.parametrize(
    "text",
    [
        "The transport minister admitted that errors were made in the tender.",
        "The health agency admitted its failure to warn the public.",
        "The navy issued an apology to the fishermen whose nets it had cut.",
        "The mayor offered an apology to residents for the flooding of the tunnel.",
    ],
)
def test_an_admission_or_an_apology_offered_is_concede(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "CONCEDE"


@pytest.mark.parametrize(
    "text",
    [
        "The Arab League backed Egypt's call for a summit on water.",
        "The senators backed the governor's request for emergency funds.",
        "The farmers' union backed the ministry's plan to cut fertiliser prices.",
    ],
)
def test_backing_another_sides_call_or_plan_is_support(code: Code, text: str) -> None:
    events = code(text)
    assert most_confident_type(code, text) == "SUPPORT"
    # what is backed is the content of the support, no request or deal of its own
    assert not [e for e in events if e.type in {"REQUEST", "AGREE"}]


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister defended the army's actions in the border region.",
        "The foreign minister defended the right of fishermen to work the disputed waters.",
    ],
)
def test_a_policy_or_act_defended_in_words_is_support(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "SUPPORT"


@pytest.mark.parametrize(
    "text",
    [
        "The African Development Bank approved a loan of 80 million dollars to Zambia.",
        "The fund approved a grant of 40 million euros for Malawi's schools.",
        "Japan forgave Myanmar's debt on Tuesday.",
        "The creditor nations cancelled Haiti's debt after the earthquake.",
    ],
)
def test_money_approved_or_debt_forgiven_is_aid(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "India handed over two million vaccine doses to Nepal on Monday.",
        "Norway delivered 300,000 vaccine doses to Uganda.",
    ],
)
def test_vaccine_doses_given_are_aid(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "The roof gave way under the weight of the snow.",
        "The patient was admitted to hospital with burns.",
        "The champion defended her title with a unanimous decision.",
    ],
)
def test_other_senses_are_no_concession_or_support(code: Code, text: str) -> None:
    assert most_confident_type(code, text) not in {"CONCEDE", "SUPPORT"}


@pytest.mark.parametrize(
    "text",
    [
        "Canada gave 20 million dollars to help flood victims in Pakistan.",
        "The emirate sent 40 million dollars to help rebuild schools in Gaza.",
        "The Union granted an envelope of 30 million euros to support families displaced by drought.",
    ],
)
def test_money_given_to_help_is_aid(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "The transport authority scrapped the ticket price rise after a week of complaints.",
        "The parliament suspended the new property tax pending a review.",
        "The dockers' union cancelled the planned strike at the port.",
        "The ministry renounced the plan to merge the two universities.",
        "The town hall reversed the decision on closing the swimming pool.",
    ],
)
def test_a_measure_of_ones_own_withdrawn_is_concede(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "CONCEDE"


@pytest.mark.parametrize(
    "text",
    [
        "The port authority reinstated 120 dockers' union members it had dismissed.",
        "The education ministry reinstated 300 teachers dismissed after the strike.",
    ],
)
def test_people_dismissed_taken_back_is_concede(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "CONCEDE"


@pytest.mark.parametrize(
    "text",
    [
        "The airline cancelled 40 flights because of the storm.",
        "The league reinstated the ban on the player.",
    ],
)
def test_other_things_cancelled_or_reinstated_are_no_concession(code: Code, text: str) -> None:
    assert most_confident_type(code, text) != "CONCEDE"


@pytest.mark.parametrize(
    "text",
    [
        "The two presidents met in Geneva and agreed to reopen the border.",
        "The two leaders met on Monday and agreed to resume flights between their capitals.",
    ],
)
def test_a_meeting_told_with_the_agreement_it_reached_is_agree(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "AGREE"
    assert not [e for e in code(text) if e.type == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met in Cairo to discuss a possible deal on water sharing.",
        "The ministers met and discussed the border dispute.",
    ],
)
def test_a_meeting_with_no_agreement_reached_stays_consult(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "CONSULT"
