"""PLOVER forms of plover41, found where the rules misread AID in our own labelled sentences
(issue 15).

Military equipment a state gives another state or its forces is military aid ("delivered tanks
to the army", "supplied the navy with patrol boats"); the giver's own arms handed over, or goods
with no state taking them, are none. Relief carried by a convoy or a ship (an "acl" of carrying)
that is sent or arrives is aid delivered; goods of trade carried are none. Personnel deployed or
arriving to help the helped (victims, residents, hospitals) are assistance; troops sent to help
secure a border stay a deployment. A place of relief opened ("a field hospital", "a feeding
centre") is aid; a new hospital or a research centre is none. A state that evacuates its
nationals, and troops that help evacuate villagers, rescue them; troops leaving a base retreat.
Hostages rescued or liberated by forces are rescued (the manual's own example), a town liberated
is none, captors freeing hostages release them. A debt that creditors agree to write off is
aid (the manual's own example), other things agreed stay AGREE. Money lent to a state, deposited
in its central bank, or released as aid, is aid; aid workers released, money put in a savings
bank, are none. A crowd's act done "in protest" is a demonstration; an act with a reading of its
own (envoys withdrawn in protest) keeps it. "Manifest" said of a counted crowd (translated news)
is a demonstration, symptoms that manifest are none. Two sides acting together or holding a
military drill cooperate, one side's patrol or two sides' joint attack keep their type; a
crossing reopened to trade is exchange resumed, a road reopened to traffic is none. All
sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_below_headline


@pytest.mark.parametrize(
    "text",
    [
        "Poland delivered two dozen tanks to Ukraine's army last week.",
        "Canada handed six armoured vehicles to the Haitian police on Monday.",
        "Norway supplied the Ghanaian navy with four patrol boats.",
    ],
)
def test_military_equipment_given_to_a_state_is_aid(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "The rebels handed over their rifles to the peacekeepers.",
        "The dealer delivered two vintage tanks to a museum in Ohio.",
    ],
)
def test_own_arms_or_goods_to_no_state_are_no_aid(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "A convoy of lorries carrying flour reached the cut-off village on Monday.",
        "Jordan dispatched a plane carrying tents and blankets to the quake zone.",
    ],
)
def test_relief_carried_and_arriving_is_aid(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "A truck carrying furniture reached the warehouse on Monday.",
        "A lorry carrying gravel arrived at the building site.",
    ],
)
def test_goods_carried_are_no_aid(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "The navy deployed 500 sailors to help flood victims on the coast.",
        "Cuban doctors arrived in the capital to help hospitals overwhelmed by the epidemic.",
    ],
)
def test_personnel_sent_to_help_the_helped_is_aid(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "The army deployed 500 soldiers to help secure the border crossing.",
        "The ministry sent two inspectors to help audit the port authority.",
    ],
)
def test_personnel_sent_for_other_ends_is_no_aid(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "The charity opened a field hospital near the border crossing.",
        "Aid workers set up a feeding centre in the refugee camp.",
    ],
)
def test_a_place_of_relief_opened_is_aid(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "The mayor opened a new hospital in the suburbs.",
        "The university set up a research centre for batteries.",
    ],
)
def test_other_places_opened_are_no_aid(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "Canada evacuated its citizens from the war zone by plane.",
        "Soldiers helped evacuate villagers from the flooded valley.",
    ],
)
def test_people_evacuated_by_a_state_or_troops_are_rescued(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "The army evacuated its base near the front line.",
        "Troops liberated the town after a week of fighting.",
        "The kidnappers freed two hostages after a ransom was paid.",
    ],
)
def test_a_base_left_a_town_taken_or_captives_freed_by_captors_are_no_aid(
    code: Code, text: str
) -> None:
    assert not asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "Commandos liberated twelve hostages held in a farmhouse.",
        "Police rescued four hostages from a bus on the highway.",
    ],
)
def test_hostages_rescued_by_forces_are_aid(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "Creditor states agreed to write off a third of the country's debt.",
        "The lenders agreed to cancel the debt of the island state.",
    ],
)
def test_debt_forgiveness_agreed_is_aid(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "The two firms agreed to cancel the merger.",
        "The ministers agreed to meet again next month.",
    ],
)
def test_other_things_agreed_are_no_aid(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia lent Jordan 500 million dollars on Tuesday.",
        "The emirate deposited one billion dollars in Egypt's central bank.",
        "The bloc released 200 million euros in aid for Moldova.",
        "The fund disbursed a 90 million dollar tranche to Ghana.",
    ],
)
def test_money_lent_deposited_or_released_to_a_state_is_aid(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen released three aid workers on Friday.",
        "A pensioner deposited 500 dollars in a savings bank.",
    ],
)
def test_aid_workers_released_or_private_deposits_are_no_aid(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "Taxi drivers parked their cars across the bridge in protest against the new fees.",
        "Dozens of fishermen sailed into the harbour in protest at the fishing quotas.",
    ],
)
def test_a_crowds_act_in_protest_is_a_protest(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "PROTEST"), text


@pytest.mark.parametrize(
    "text",
    [
        "Three countries recalled their ambassadors in protest at the vote.",
        "Fans booed the referee in protest at the penalty.",
    ],
)
def test_acts_of_their_own_kind_in_protest_are_no_demonstration(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "PROTEST"), text


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of teachers have manifested in front of the ministry against the reform.",
        "Dozens of traders manifested at the market against the new taxes.",
    ],
)
def test_a_crowd_that_manifests_demonstrates(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "PROTEST"), text


@pytest.mark.parametrize(
    "text",
    [
        "The symptoms manifested two weeks after the infection.",
        "His talent manifested itself early in his career.",
    ],
)
def test_things_that_manifest_are_no_protest(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "PROTEST"), text


@pytest.mark.parametrize(
    "text",
    [
        "Greek and Turkish frigates patrolled the strait together on Friday.",
        "The two air forces held a drill over the desert on Tuesday.",
        "Kenya and Uganda reopened the border crossing to trade after a month of closure.",
    ],
)
def test_two_sides_acting_together_cooperate(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "COOPERATE"), text


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers patrolled the market on Monday.",
        "Rebels and bandits attacked the village together on Monday.",
        "The army reopened the road to traffic after the attack.",
    ],
)
def test_one_sides_patrol_a_joint_attack_or_a_road_reopened_are_no_cooperation(
    code: Code, text: str
) -> None:
    assert not asserted_below_headline(code, text, "COOPERATE"), text
