"""Leaving a pact, talks or an exercise, an agreement ended, aid halted and tariffs slapped on are
SANCTION (troops leaving a place stay RETREAT); threats and requests in French-style wire English,
warrants issued, courts throwing out bids and someone invited or instructed to act (plover19)."""

from __future__ import annotations

import pytest

from .conftest import Code


def _best(code: Code, text: str) -> str | None:
    events = code(text)
    return max(events, key=lambda e: e.confidence).type if events else None


@pytest.mark.parametrize(
    "text",
    [
        "Mali withdrew from the regional defence pact on Sunday.",
        "Canada pulled out of the trade talks after the row.",
        "The government withdrew from the joint naval drill to protest the border incursion.",
        "The junior party quit the ruling coalition over the budget.",
        "The rebel delegation walked out of the negotiations in Geneva.",
        "Turkey withdrew from the treaty on violence against women.",
    ],
)
def test_leaving_a_body_is_sanction(code: Code, text: str) -> None:
    assert _best(code, text) == "SANCTION"


@pytest.mark.parametrize(
    "text",
    [
        "The army withdrew from the town after three days of fighting.",
        "On 9 May, the rebels withdrew from the town after negotiations with elders.",
        "Russia withdrew its forces from the border region.",
        "Rebels pulled out of the city on Friday.",
        "The troops pulled back from the front line.",
        "The forces withdrew from their positions, according to monitors.",
    ],
)
def test_forces_leaving_a_place_stay_retreat(code: Code, text: str) -> None:
    assert _best(code, text) == "RETREAT"


@pytest.mark.parametrize(
    "text",
    [
        "The government ended the fishing agreement with the European bloc.",
        "Washington revoked the visas of twelve judges.",
        "The bloc slapped tariffs on electric cars from the neighbouring country.",
        "Norway halted aid to the junta after the coup.",
        "The ministry downgraded ties with the embassy after the spying row.",
    ],
)
def test_measures_against_another_side_are_sanction(code: Code, text: str) -> None:
    assert _best(code, text) == "SANCTION"


@pytest.mark.parametrize(
    "text",
    [
        "The government has menaced to close the border if the raids continue.",
        "The rebel chief menaced to resume the fighting if the deal is not respected.",
        "The union brandished the threat of a general strike to win the pay rise.",
        "The court issued an arrest warrant for the former minister.",
        "A judge issued international arrest warrants for six fugitives.",
    ],
)
def test_menaces_and_warrants_are_threats(code: Code, text: str) -> None:
    assert _best(code, text) == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        "The minister solicited the support of donors for the rebuilding of the north.",
        "Farmers petitioned the president to halt the land sale.",
        "Zambia sought debt relief from its lenders.",
        "Nigeria sought the extradition of the former minister from Britain.",
        "The ministry solicited help from donors for the flood victims.",
    ],
)
def test_solicited_and_sought_are_requests(code: Code, text: str) -> None:
    assert _best(code, text) == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "The court threw out the opposition's bid to annul the vote.",
        "The supreme court threw out the appeal of the jailed editor.",
    ],
)
def test_bids_thrown_out_are_rejected(code: Code, text: str) -> None:
    assert _best(code, text) == "REJECT"


@pytest.mark.parametrize(
    "text",
    [
        "She pulled out of the race with a knee injury.",
        "The striker was thrown out of the match after a second yellow card.",
        "The library issued new cards to all the pupils.",
        "The caller owned up to the menacing tone of his message.",
        "A stroke happens when the blood supply to the brain is cut off.",
    ],
)
def test_other_senses_are_no_sanction_or_threat(code: Code, text: str) -> None:
    assert _best(code, text) not in {"SANCTION", "THREATEN", "REJECT"}


@pytest.mark.parametrize(
    "text",
    [
        "The civil society coalition invited the transition authorities to lift the curfew.",
        "The assembly speaker invited the government to take all measures for public safety.",
        "The minister instructed the police to release the detained students.",
        "The elders exhorted both clans to lay down their weapons.",
        "The council invited the donors to honour their pledges for the rebuilding.",
    ],
)
def test_bidding_someone_to_act_is_a_request(code: Code, text: str) -> None:
    assert _best(code, text) == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "The president invited the opposition leader to the palace for talks.",
        "The president invited his counterpart to visit Paris next month.",
    ],
)
def test_invitations_to_meet_are_no_request(code: Code, text: str) -> None:
    assert _best(code, text) == "CONSULT"


@pytest.mark.parametrize(
    "text",
    [
        "Police opened an inquiry into the death of a prisoner in custody.",
        "A parliamentary committee launched an inquiry into the awarding of the port contract.",
        "The nurses' union filed a grievance against the hospital over unpaid overtime.",
        "The family filed a complaint against the officers who had searched their home.",
        "The spokesman of the army imputed the ambush to elements of the former guard.",
    ],
)
def test_inquiries_opened_and_complaints_filed_are_accusations(code: Code, text: str) -> None:
    assert _best(code, text) == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry launched an inquiry into the collapse of the footbridge.",
        "The museum opened a new wing to the public on Sunday.",
        "The clerk filed the documents in the cabinet.",
    ],
)
def test_inquiries_into_mishaps_accuse_no_one(code: Code, text: str) -> None:
    assert _best(code, text) is None
