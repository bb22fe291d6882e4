"""PLOVER forms of plover48, found by running the rules on wire-copy sentences of our own
(`training/en/pending/w48_plover_wire.jsonl`, labelled before the coder ran on them; issue 15).

The verbs of undoing a measure ("repealed", "rescinded", "revoked") name the measures the other
such verbs name (a law, legislation, a tax, a ban: CONCEDE). A sentence or an execution
suspended, a penalty commuted, is clemency (CONCEDE). Defeat admitted or accepted, remorse or
contrition expressed, are concessions. A licence restored is a restriction eased (CONCEDE).
Relations or ties ended are cut (SANCTION). Money given to a state in more currencies
(crowns, kroner, lira, shillings) or counted with a currency symbol ("$3 billion") is aid, as
dollars and euros are; relief told second in a list
of things given ("sent engineers, tents and medicine") is aid too. A vote against a measure, a bid or a proposal blocked, is a
rejection (REJECT). A sanction a body tells as decided ("decided to suspend Mali", said its
chairman) is the sanction taken, not a threat of it. Each form is tested both ways; all
sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import HEADLINE, Code, asserted_below_headline, most_confident_type


@pytest.mark.parametrize(
    "text",
    [
        "The government repealed the security law on Tuesday, the justice ministry said.",
        "Parliament rescinded the tax on bread after a week of demonstrations.",
        "The governor revoked the ban on public gatherings in the province.",
        "Lawmakers repealed the legislation that had restricted foreign funding of charities.",
    ],
)
def test_a_measure_repealed_is_a_concession(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "CONCEDE"), text


@pytest.mark.parametrize(
    "text",
    [
        "The club repealed the dress code for its members.",
        "The school rescinded the offer of a place to the student.",
    ],
)
def test_private_rules_repealed_are_no_concession(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "CONCEDE"), text


@pytest.mark.parametrize(
    "text",
    [
        "The military court suspended the death sentences of four activists on Friday.",
        "The president suspended the execution of the two opposition members.",
        "The king commuted the death penalty of nine prisoners to life in prison.",
    ],
)
def test_a_sentence_suspended_is_clemency(code: Code, text: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == "CONCEDE", text


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party admitted defeat in the regional elections on Sunday night.",
        "The incumbent accepted defeat and congratulated the opposition leader.",
        "The foreign minister expressed remorse for the deaths of the fishermen.",
        "The general expressed contrition for the army's abuses during the war.",
    ],
)
def test_defeat_admitted_and_remorse_expressed_are_concessions(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "CONCEDE"), text


@pytest.mark.parametrize(
    "text",
    [
        "The junta restored the licence of the independent television channel on Monday.",
        "The regulator restored the broadcasting license of the radio station after six months.",
        "The ministry restored the accreditation of the foreign correspondents.",
    ],
)
def test_a_licence_restored_is_a_concession(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "CONCEDE"), text


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua ended diplomatic relations with the Netherlands on Saturday.",
        "The island state has ended its ties with Taipei, the foreign minister announced.",
        "Morocco ended relations with Iran over its support for the rebels.",
    ],
)
def test_relations_ended_are_a_sanction(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers voted against the peace accord on Thursday.",
        "Armenia's parliament voted against ratifying the treaty.",
        "Turkey blocked Sweden's bid to join the alliance.",
        "Hungary blocked the proposal to extend the mission by a year.",
    ],
)
def test_a_vote_against_and_a_bid_blocked_are_rejections(code: Code, text: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == "REJECT", text


@pytest.mark.parametrize(
    "text",
    [
        "Protesters blocked the road to the airport on Monday.",
        "The players voted for a new captain on Sunday.",
    ],
)
def test_roads_blocked_and_other_votes_are_no_rejection(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "REJECT"), text


@pytest.mark.parametrize(
    "text",
    [
        "The council of the African Union decided to suspend Mali from all its activities with"
        " immediate effect, the council's chairman told reporters in Addis Ababa.",
        "The regional bloc has decided to freeze the assets of the junta's leaders, its"
        " president said on Friday.",
        "The government decided to close its embassy in the capital, the minister told"
        " parliament on Tuesday.",
    ],
)
def test_a_sanction_decided_is_no_threat(code: Code, text: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == "SANCTION", text


@pytest.mark.parametrize(
    "text",
    [
        "The bloc's leaders said they would suspend Mali from all its activities unless the"
        " junta set a date for elections.",
        "The president warned that he would cut off aid to the region if the attacks went on.",
    ],
)
def test_a_sanction_held_out_on_a_condition_stays_a_threat(code: Code, text: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == "THREATEN", text


@pytest.mark.parametrize(
    "text",
    [
        "Sweden gave Kenya 40 million crowns on Tuesday.",
        "Norway granted Malawi 200 million kroner for the health sector.",
        "Turkey sent Syria 5 million lira.",
    ],
)
def test_money_in_more_currencies_given_to_a_state_is_aid(code: Code, text: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == "AID", text


@pytest.mark.parametrize(
    "text",
    [
        "The collector paid 40 million crowns for the painting.",
        "He gave his nephew 500 kroner for his birthday.",
    ],
)
def test_money_paid_for_a_thing_or_to_a_person_is_no_aid(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "The army sent engineers, tents and medicine to the flooded district.",
        "Qatar delivered generators and fuel to the hospitals in the city.",
        "The charity shipped blankets and food to the camps near the border.",
    ],
)
def test_relief_in_a_list_of_things_given_is_aid(code: Code, text: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == "AID", text


@pytest.mark.parametrize(
    "text",
    [
        "The shop delivered chairs and tables to the hotel.",
        "The ministry sent police and soldiers to the border.",
    ],
)
def test_a_list_with_no_relief_given_is_no_aid(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "The International Monetary Fund disbursed $1.1 billion to Egypt on Thursday.",
        "Saudi Arabia deposited $3 billion in Pakistan's central bank.",
        "Japan gave Kenya $20 million on Monday.",
        "Britain provided Jordan with \u00a350 million.",
    ],
)
def test_a_sum_with_a_currency_symbol_given_to_a_state_is_aid(code: Code, text: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == "AID", text


@pytest.mark.parametrize(
    "text",
    [
        "The collector paid $40 million for the painting.",
        "The club sold the striker to Madrid for \u20ac80 million.",
    ],
)
def test_a_sum_paid_for_a_thing_is_no_aid(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "AID"), text
