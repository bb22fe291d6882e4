"""PLOVER forms of plover46, found where the rules misread SANCTION, CONCEDE, AGREE and MOBILIZE
in our own labelled sentences (issue 15).

A fine imposed or ordered paid is a court- or regulator-ordered payment (PLOVER SANCTION
convict), not a restriction of the state's own people; a fine day is none. Supplies or
deliveries of a good cut or halted to another side reduce an exchange (SANCTION discontinue).
The severing or rupture of relations is read as the verb's row (SANCTION); the rupture of a pipe
is none. An envoy summoned home is withdrawn (SANCTION), a private person summoning her family
home is none. The internet restored and responsibility accepted are concessions (CONCEDE).
Parties that engage or commit themselves to an act promise it (AGREE); engaging an enemy stays a
fight. Soldiers or a police contingent who arrive are forces moved (MOBILIZE), guests or fans
arriving are none. A missile tested, warplanes flown near an island, are readiness shown
(MOBILIZE weapons); software tested is none. All sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import HEADLINE, Code, asserted_below_headline


@pytest.mark.parametrize(
    "text",
    [
        "The regulator imposed a fine of four million pounds on the airline.",
        "A tribunal in Porto ordered the shipping firm to pay a fine of two million euros.",
    ],
)
def test_a_fine_imposed_or_ordered_paid_is_a_sanction(code: Code, text: str) -> None:
    # (a payment ordered is told as to come: any modality)
    kinds = {e.type for e in code(HEADLINE + text)}
    assert "SANCTION" in kinds and "COERCE" not in kinds, text


@pytest.mark.parametrize(
    "text",
    [
        "The weather stayed fine all week along the coast.",
        "The harvest was fine this year, the farmers said.",
    ],
)
def test_fine_as_an_adjective_is_no_sanction(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "Algeria cut gas supplies to Spain over the dispute.",
        "Ukraine halted electricity deliveries to the breakaway region.",
    ],
)
def test_supplies_cut_to_a_side_are_a_sanction(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister announced the severing of diplomatic relations with Peru.",
        "The government announced the rupture of diplomatic relations with its neighbour.",
    ],
)
def test_severing_of_relations_is_a_sanction(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "The rupture of a water pipe flooded the street on Monday.",
        "The severing of the cable left the village without television for a day.",
    ],
)
def test_rupture_of_a_thing_is_no_sanction(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania summoned home its ambassador to China in protest.",
        "The foreign ministry summoned home its envoy to Caracas after the vote.",
    ],
)
def test_envoy_summoned_home_is_a_sanction(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "She summoned home her children for dinner.",
        "The grandmother summoned home her grandchildren before the storm.",
    ],
)
def test_family_summoned_home_is_no_sanction(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "The government restored the internet in the province after a two-day shutdown.",
        "The prime minister accepted responsibility for the failures of the police.",
        "The army acknowledged responsibility for the deaths of the villagers.",
    ],
)
def test_restrictions_eased_and_responsibility_accepted_are_concessions(
    code: Code, text: str
) -> None:
    assert asserted_below_headline(code, text, "CONCEDE"), text


@pytest.mark.parametrize(
    "text",
    [
        "The rebels claimed responsibility for the bombing of the depot.",
        "The technicians restored the old painting in the chapel.",
    ],
)
def test_responsibility_claimed_or_a_painting_restored_is_no_concession(
    code: Code, text: str
) -> None:
    assert not asserted_below_headline(code, text, "CONCEDE"), text


@pytest.mark.parametrize(
    "text",
    [
        "The two parties engaged themselves to respect the truce during the holiday.",
        "The ministry engaged itself to repair the roads damaged by the storm.",
        "The rebels committed themselves to free the hostages within a week.",
    ],
)
def test_engaging_oneself_to_act_is_a_promise(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AGREE"), text
    assert not asserted_below_headline(code, text, "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "The rebels engaged government troops near the bridge on Monday.",
        "Army units engaged the militants in a gun battle outside the town.",
    ],
)
def test_engaging_an_enemy_stays_a_fight(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "AGREE"), text


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Turkish soldiers arrived in the northern province on Monday.",
        "The Kenyan police contingent arrived in Haiti to join the mission.",
        "Fresh troops arrived in the border town overnight, residents said.",
    ],
)
def test_forces_arriving_are_mobilised(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "MOBILIZE"), text
    assert not asserted_below_headline(code, text, "CONSULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of fans arrived at the stadium for the final.",
        "The first guests arrived at the hotel before noon.",
    ],
)
def test_guests_arriving_are_no_mobilisation(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "MOBILIZE"), text


@pytest.mark.parametrize(
    "text",
    [
        "Iran tested a new ballistic missile on Sunday, state media said.",
        "Pakistan conducted a test of a long-range missile off its coast.",
        "China flew twelve warplanes near the island on Friday.",
    ],
)
def test_weapons_tested_or_flown_are_mobilised(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "MOBILIZE"), text


@pytest.mark.parametrize(
    "text",
    [
        "The engineers tested the new software on Sunday.",
        "The airline flew its new aircraft to Paris for the first time.",
    ],
)
def test_software_tested_or_airliners_flown_are_no_mobilisation(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "MOBILIZE"), text


@pytest.mark.parametrize(
    "text",
    [
        "Canada placed visa restrictions on twelve officials over the rigged vote.",
        "Australia imposed travel restrictions on the generals who led the coup.",
    ],
)
def test_travel_restrictions_on_a_side_are_a_sanction(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "The junta imposed restrictions on movement in the capital.",
        "The governor placed restrictions on public gatherings after the riots.",
    ],
)
def test_restrictions_on_ones_own_people_stay_coercion(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "COERCE"), text
    assert not asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "Spain withdrew its police trainers from the country after the coup.",
        "Italy pulled out its military instructors after the junta took power.",
    ],
)
def test_trainers_withdrawn_are_a_sanction(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "Iran test-fired three ballistic missiles, state television said.",
        "The navy fired two cruise missiles into the sea during the exercise.",
    ],
)
def test_missiles_test_fired_or_fired_into_the_sea_are_mobilised(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "MOBILIZE"), text
    assert not asserted_below_headline(code, text, "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "Troops fired rockets at the village on Monday.",
        "Gunmen fired at a bus on the highway, killing two passengers.",
    ],
)
def test_missiles_fired_at_a_target_stay_an_attack(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "ASSAULT"), text
    assert not asserted_below_headline(code, text, "MOBILIZE"), text


@pytest.mark.parametrize(
    "text",
    [
        "Students at the university suspended their sit-in after the dean agreed to meet them.",
        "The nurses ended their sit-in outside the ministry on Monday.",
    ],
)
def test_a_split_sit_in_suspended_is_a_concession(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "CONCEDE"), text
    assert not asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "The club suspended its left-back for two matches.",
        "The league suspended the in-form striker for three games.",
    ],
)
def test_a_split_object_with_no_row_is_no_concession(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "CONCEDE"), text


@pytest.mark.parametrize(
    "text",
    [
        "The mining firm compensated the families displaced by the new pit.",
        "The state oil company compensated the fishermen for the spill.",
    ],
)
def test_those_harmed_compensated_is_aid(code: Code, text: str) -> None:
    kinds = {e.type for e in code(HEADLINE + text)}
    assert "AID" in kinds, text


def test_compensation_promised_is_a_promise(code: Code) -> None:
    text = "The mining company said it would compensate the families of the miners."
    assert asserted_below_headline(code, text, "AGREE"), text


@pytest.mark.parametrize(
    "text",
    [
        "The new bridge will compensate for the closure of the ferry.",
        "Strong exports compensated for weak spending at home.",
    ],
)
def test_one_thing_compensating_for_another_is_no_aid(code: Code, text: str) -> None:
    kinds = {e.type for e in code(HEADLINE + text)}
    assert "AID" not in kinds and "AGREE" not in kinds, text


@pytest.mark.parametrize(
    "text",
    [
        "Ireland is prepared to send a field hospital to the flooded province if asked, the"
        " minister said.",
        "Ghana said it stands ready to contribute troops to the mission if the council"
        " approves it.",
    ],
)
def test_help_offered_on_a_condition_is_a_promise(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AGREE"), text


@pytest.mark.parametrize(
    "text",
    [
        "If requested, we will cooperate with the inquiry, the company said.",
        "The army said it was ready to deploy tanks to the border if the rebels advanced.",
    ],
)
def test_plain_conditional_help_or_force_offered_is_no_promise(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "AGREE"), text


@pytest.mark.parametrize(
    "text",
    [
        "Serbia put its army on the highest state of combat readiness.",
        "The general staff placed the units in a state of maximum alert after the warning.",
    ],
)
def test_forces_put_on_a_state_of_alert_are_mobilised(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "MOBILIZE"), text


@pytest.mark.parametrize(
    "text",
    [
        "The news put the family in a state of shock.",
        "The government put the economy on a higher level of spending.",
    ],
)
def test_a_state_of_another_thing_is_no_mobilisation(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "MOBILIZE"), text
