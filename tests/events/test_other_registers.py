"""Non-event registers that used to give an asserted event (prec18, issue 15 precision): a
mishap that is the occasion of harm, a market's rise or fall, a deal struck or a level hit, a
company's purchase, play in a match, an agreement kept or broken. Our own sentences; each family
has a sentence beside it that must stay an asserted event."""

from __future__ import annotations

import pytest

from .conftest import Code

HEADLINE = "Regional news\n\n"
"""A first line, so the sentence under test is not read as a headline."""


def _asserted(code: Code, text: str, plover: str) -> list[object]:
    return [e for e in code(HEADLINE + text) if e.type == plover and e.modality == "asserted"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # harm told with a vehicle's or a structure's mishap as its occasion
        ("A bricklayer died when scaffolding collapsed at a school site on Monday.", "ASSAULT"),
        ("Two crew members were killed when their fishing boat capsized off the cape.", "ASSAULT"),
        ("A small airliner crashed in hills near the coast on Sunday, killing six.", "ASSAULT"),
        ("Nine pilgrims killed as bus overturns on mountain road", "ASSAULT"),
        # a quantity of a market rises or falls
        ("Wheat prices shot up 7 percent on Tuesday after the frost.", "ASSAULT"),
        ("The lender's shares crashed after the audit was published.", "ASSAULT"),
        ("Coffee prices retreated from a five-year high on Thursday.", "RETREAT"),
        # a deal struck, a level or the shelves hit
        ("The brewer struck a distribution deal with a rival on Monday.", "ASSAULT"),
        ("Steel prices hit a ten-year high in the spring.", "ASSAULT"),
        ("The new console hits stores in October.", "ASSAULT"),
        # a company buys or sells
        ("The insurer agreed to buy a smaller rival for 900 million dollars.", "AGREE"),
        # money or a system deployed
        ("The region mobilised 40 million euros for flood barriers.", "MOBILIZE"),
        ("The retailer is deploying a new checkout system in its stores.", "MOBILIZE"),
        # play in a match
        ("The hosts stormed back from three goals down to win 4-3.", "ASSAULT"),
        ("The visitors' powerplay struck twice in the final period.", "ASSAULT"),
        # an agreement kept or broken
        ("The truce has largely held since Thursday, residents said.", "AGREE"),
        ("Monitors reported no violations of the ceasefire overnight.", "AGREE"),
    ],
)
def test_other_registers_give_no_asserted_event(code: Code, text: str, plover: str) -> None:
    assert not _asserted(code, text, plover), text


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The helicopter crashed after it was shot down by rebels, killing its crew.", "ASSAULT"),
        ("Two soldiers were killed when their truck hit a landmine and overturned.", "ASSAULT"),
        ("Gunmen killed four passengers when the bus stopped at a roadblock.", "ASSAULT"),
        ("Shells hit a crowded market in the town, killing twelve people.", "ASSAULT"),
        ("The government agreed to buy air defence systems from its neighbour.", "AGREE"),
        ("The two rebel factions agreed to merge their fighters under one command.", "AGREE"),
        ("The government and the rebels agreed a ceasefire on Sunday.", "AGREE"),
        ("The army deployed two thousand troops along the border on Monday.", "MOBILIZE"),
    ],
)
def test_events_beside_them_stay_asserted(code: Code, text: str, plover: str) -> None:
    assert _asserted(code, text, plover), text


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # an investigator's appeal to the public is a step of an inquiry
        ("Detectives appealed for witnesses to the collision on the ring road.", "REQUEST"),
        ("Anyone who saw the van that night is urged to contact the incident room.", "REQUEST"),
        # a demand or a request that a response or a ruling is to came before it
        ("The ministry has not yet responded to the nurses' demands.", "REQUEST"),
    ],
)
def test_appeals_and_answered_requests_are_no_fresh_request(
    code: Code, text: str, plover: str
) -> None:
    assert not _asserted(code, text, plover), text


def test_a_demand_made_of_a_party_stays_a_request(code: Code) -> None:
    text = "The union urged the ministry to reopen talks on nurses' pay."
    assert _asserted(code, text, "REQUEST"), text
