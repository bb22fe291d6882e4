"""PLOVER forms of plover49 (issue 15), all sentences our own.

First, the classes that plover48's item-shaped readings stand for, each shown by three or more
sentences: a plan accepted by any of its names (formula, framework, blueprint, arrangement:
AGREE); people in flight taken in (refugees, asylum seekers, evacuees: AID); a visitor welcomed
(CONSULT); outside monitors received (RETREAT); seized weapons, vehicles or boats handed back
(RETREAT); troops shipped or pulled out (RETREAT); fighters of any kind trained (MOBILIZE); a
message whose content says what its addressee must do (REQUEST), the content clause told by its
complementiser wherever the parse hangs it.

Then forms found by running the rules on wire sentences of our own
(`training/en/pending/w49_plover_forms.jsonl`, labelled before the coder ran): a tie or a flow
cut, told by a noun ("the freezing of assets", "the closure of its embassy", "the cancellation
of the joint exercise", "the withdrawal of its ambassador", "a halt to aid", "put a stop to
cooperation", "a freeze on the bank accounts": SANCTION), an embassy downgraded; a
side held responsible or accountable for an act (ACCUSE), however the parse hangs the adjective
(a complement, a modifier after the object, a small clause): its rows were dropped at the stop
(a check figure fell), the test kept as a known miss (prec54 tried them again with gerunds of
intention read as meant: the same fall). Each tested both ways."""

from __future__ import annotations

import pytest

from .conftest import HEADLINE, Code, asserted_below_headline, most_confident_type


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The rebel leaders accepted the power-sharing formula put forward by the mediators.",
            "AGREE",
        ),
        ("Both parties accepted the framework for a ceasefire drafted by the envoy.", "AGREE"),
        ("The unions accepted the blueprint for pension reform on Tuesday.", "AGREE"),
        (
            "The opposition accepted the arrangement brokered by the regional bloc on Sunday.",
            "AGREE",
        ),
        ("Germany accepted 800 refugees from camps on the Greek islands on Thursday.", "AID"),
        ("Uganda has accepted 4,000 asylum seekers from the neighbouring region.", "AID"),
        ("Canada accepted a further 1,200 evacuees from the besieged city on Monday.", "AID"),
        ("The emir gave the president a red-carpet welcome at the airport in Doha.", "CONSULT"),
        ("The prime minister gave the Indian leader a warm welcome when he arrived.", "CONSULT"),
        ("The king extended a warm welcome to the French president at the palace.", "CONSULT"),
        ("Tehran received a team of UN inspectors at the enrichment site on Wednesday.", "RETREAT"),
        (
            "The junta received UN human rights monitors in the capital on Tuesday.",
            "RETREAT",
        ),
        ("The militia returned the weapons it had seized from the army depot.", "RETREAT"),
        ("Rebels returned the vehicles and equipment taken from the peacekeepers.", "RETREAT"),
        ("The navy returned the fishing boats it had seized in disputed waters.", "RETREAT"),
        ("The coast guard returned the boat to the fishermen on Friday.", "RETREAT"),
        ("Tehran returned the seized vessel to its crew on Tuesday.", "RETREAT"),
        ("The last British troops shipped out of the base on Saturday.", "RETREAT"),
        ("The marines pulled out of the port city on Monday after the ceasefire.", "RETREAT"),
        (
            "The intelligence service trained hundreds of hackers to target foreign banks.",
            "MOBILIZE",
        ),
        ("The militia trained snipers and fighters at a camp near the border.", "MOBILIZE"),
        ("Instructors from the guard trained commandos for the rebel group.", "MOBILIZE"),
    ],
)
def test_item_shaped_rows_read_their_class(code: Code, text: str, kind: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "The ministry sent a reminder to the provinces that they must report every case.",
        "The central bank issued a notice to lenders that they should stop financing the dam.",
        "The rebels sent a message to the army that its troops must leave the valley by Friday.",
        "The embassy delivered a note to the foreign ministry that the journalist should be freed.",
        "The ministry sent the provinces a reminder that they must report every case.",
    ],
)
def test_a_message_saying_what_must_be_done_is_a_demand(code: Code, text: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == "REQUEST", text


@pytest.mark.parametrize(
    "text",
    [
        "The ministry sent a reminder to the provinces that had reported every case.",
        "The embassy delivered a note to the ministry that thanked it for its help.",
    ],
)
def test_a_message_to_those_who_did_something_is_no_demand(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "REQUEST"), text


@pytest.mark.parametrize(
    "text",
    [
        "The Swiss federal council ordered the freezing of assets belonging to the ousted leader.",
        "Kenya's foreign ministry confirmed the closure of its embassy in the neighbouring capital.",
        "The cancellation of the joint naval exercise was announced by the defence ministry.",
        "The withdrawal of its ambassador from the capital was ordered by the junta on Thursday.",
        "Malaysia downgraded its embassy in the country to a consulate on Thursday.",
        "The government announced the closure of its consulate in the port city on Monday.",
        "Paris announced on Wednesday a halt to all budget aid to the country.",
        "The Norwegian government has put a stop to all development cooperation with the junta.",
        "A freeze on the ruling party treasurer's bank accounts was ordered on Wednesday.",
        "A court froze the assets of the former president on Monday.",
        "The court ordered a freeze on the ruling party's bank accounts.",
    ],
)
def test_a_tie_cut_told_by_a_noun_is_a_sanction(code: Code, text: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == "SANCTION", text


@pytest.mark.parametrize(
    "text",
    [
        "The council announced the closure of the swimming pool for repairs.",
        "The freezing of the lake drew skaters from across the region.",
        "The cancellation of the concert disappointed thousands of fans.",
        "The withdrawal of the troops from the town was completed on Friday.",
        "The referee called a halt to the game after the floodlights failed.",
        "The company announced a freeze on hiring until the end of the year.",
        "The band made a stop on its tour in the capital on Saturday.",
        # a court or a creditor freezing a private party's assets takes a legal step (fix50e)
        "The court ordered a freeze on the bankrupt builder's assets.",
        "A judge froze the bank accounts of the failed developer.",
        "The tribunal ordered a freeze on the accounts of the collapsed travel firm.",
    ],
)
def test_other_closures_and_withdrawals_are_no_sanction(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    "text",
    [
        "The foreign office said it held the rebels responsible for the deaths of four civilians.",
        "Kyiv held Moscow responsible for the blast at the dam on Tuesday.",
        "The opposition held the interior minister accountable for the deaths of protesters.",
        "The government held the rebel commander responsible for the deaths of four civilians.",
        "The ministry said it held the militia responsible for the attack on the convoy.",
        "Parliament held the finance minister accountable for the losses at the state bank.",
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="the rows were dropped at the stop: with them the sample corpus's check precision fell "
    "0.721 -> 0.705 (a side held to account in a sentence of intention read as an accusation "
    "made); brought back by prec54 with gerunds of intention read as meant, the fall was the same",
)
def test_a_side_held_responsible_is_accused(code: Code, text: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == "ACCUSE", text


@pytest.mark.parametrize(
    "text",
    [
        "The coach held the ball in both hands before the kick.",
        "Parents are responsible for the safety of their children on the trip.",
        "The nurse held the baby close while the doctor examined it.",
        # one who holds himself responsible owns a fault, no side accused (fix50e)
        "The manager said he held himself responsible for the defeat.",
        "The captain held herself accountable for the collision.",
        "The players held themselves responsible for the relegation.",
        "She blamed herself for the loss of the contract.",
    ],
)
def test_responsible_in_other_senses_accuses_no_one(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "ACCUSE"), text


@pytest.mark.parametrize(
    "text",
    [
        "Customers returned 300 vehicles to the dealer last month.",
        "The fisherman returned the boat to its owner on Sunday.",
        "The rental firm returned the vessel to the shipyard after repairs.",
        "A neighbour returned the boat he had borrowed in the summer.",
    ],
)
def test_craft_handed_back_by_no_force_is_no_retreat(tagged: Code, text: str) -> None:
    """Craft or vehicles handed back by one who is no force and no state, and not told as
    seized, are trade or a favour (fix50e)."""
    assert "RETREAT" not in {e.type for e in tagged(HEADLINE + text) if e.modality == "asserted"}, (
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        "Fans extended a warm welcome to the new coach at the stadium.",
        "Villagers accorded a warm welcome to the returning athletes.",
        "Students gave the visiting author a warm welcome on Monday.",
    ],
)
def test_a_welcome_by_no_state_hosts_no_visit(tagged: Code, text: str) -> None:
    """A welcome given by doers none of whom is a state, a force or a body hosts no visit
    between sides (fix50e)."""
    assert "CONSULT" not in {e.type for e in tagged(HEADLINE + text) if e.modality == "asserted"}, (
        text
    )


@pytest.mark.parametrize(
    ("text", "welcomed"),
    [
        ("The king extended a warm welcome to the French president.", "president"),
        ("The president accorded a warm welcome to the visiting Chinese premier.", "premier"),
        ("The emir gave the Indian prime minister a warm welcome in Doha.", "minister"),
    ],
)
def test_the_one_welcomed_is_the_recipient(tagged: Code, text: str, welcomed: str) -> None:
    """The "to" object or the indirect object is the recipient of a welcome, never the welcome
    noun (fix50e)."""
    consults = [e for e in tagged(HEADLINE + text) if e.type == "CONSULT"]
    assert consults, text
    names = " ".join(r.name for e in consults for r in e.recipient).lower()
    assert welcomed in names and "welcome" not in names, text
