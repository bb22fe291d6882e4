"""A PROTEST candidate needs a protest reading (`events/protest_reading.py`). All sentences
written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code


@pytest.mark.parametrize(
    "text",
    [
        "Her aunt kept pressing him about the missing car keys all evening.",
        "The caretaker hurried across the yard to call an ambulance.",
        "The ladder tipped over and the painter was struck on the shoulder.",
        "The motion drew applause from the assembled shareholders.",
        "Two patrol cars blocked the van from view while the tow truck arrived.",
        "The committee has blocked several of the governor's spending bills over the years.",
        "Mourners gathered on Sunday to offer their sympathy to the family.",
        "She described him as a protest voice in the chamber.",
        "Volunteers filled the hall before the Petrova rally on Thursday.",
        "The coach used his speech to call for patience from the fans.",
        "Soldiers took to the capital's streets to remove the debris.",
        "The national army took to the port's streets to clear the rubble.",
        "Critics said the parade was really a staged protest.",
        "Two editors resigned in protest at the new owner's demands.",
        "Neighbours gathered outside the house to show their support.",
        "The players marched onto the pitch before the final.",
        "Neighbours gathered at the house where the mayor said he would denounce the gang.",
        "A crowd had gathered by the river. They watched the divers search the water.",
    ],
)
def test_other_senses_are_no_protest(code: Code, text: str) -> None:
    assert not [e for e in code(text) if e.type == "PROTEST"], text


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of taxi drivers blocked km 12 of the ring road to complain about fuel prices.",
        "Around 80 pensioners marched through the old town on Saturday.",
        "Hundreds joined a march for clean air in the harbour district.",
        "Nurses gathered outside the clinic to call for safer staffing.",
        "Parents gathered at the school gates to call on the board to reopen the library.",
        "Students staged an anti-fee rally outside the ministry.",
        "Activists marched to the consulate on Friday.",
        "Tenants displayed banners and held a meeting outside the council to demand repairs.",
        "Villagers gathered at the quarry in solidarity with the sacked miners.",
        "Residents marched to the town hall to support the closed clinic's staff.",
        "Nurses gathered in a plaza on Monday to demand back pay.",
        "Crowds gathered in the park to show support for the striking miners.",
        "Mothers marched to raise awareness of the missing children.",
        "Fishermen marched from the harbour to the provincial legislature on Tuesday.",
        "About 40 growers gathered to prevent officials from fencing the common land.",
        "Women marched on the first day of spring demanding safer streets.",
        "Veterans marched through the capital to commemorate the fallen of the border war.",
        "Pensioners marched through the old port on Sunday. They demanded a rise in pensions.",
    ],
)
def test_protests_keep_their_reading(code: Code, text: str) -> None:
    assert [e for e in code(text) if e.type == "PROTEST"], text


def test_a_stated_future_blockade_is_a_threat_whatever_its_reading(code: Code) -> None:
    events = code("The navy said on Monday it would tighten the blockade of the islands.")
    assert [e.type for e in events] == ["THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Several hundred people took part in a protest outside the water board over rising bills.",
        "Teachers rallied in the provincial capital on Wednesday.",
        "Members of the Fishers' Federation held a march along the seafront.",
        "A rally was organised by a coalition of tenants' associations near the old mill.",
        "A group of nurses sat outside the health directorate to demand their unpaid allowances.",
        "Retired miners gathered in the central square and demanded the reopening of the clinic.",
        "Local traders gathered outside the regional parliament on Friday.",
        "Farmers gathered in the market square of the town demanding lower fertiliser prices.",
        "Shopkeepers blocked access to the depot over the new permit fees.",
        "Office workers organised a sit in near the labour inspectorate.",
        "Dozens gathered on the bridge chanting slogans against the new toll.",
        "Students gathered on the riverbank to mourn the drowned passengers and condemn the operator.",
    ],
)
def test_protests_told_as_happened(code: Code, text: str) -> None:
    assert [e for e in code(text) if e.type == "PROTEST" and e.modality == "asserted"], text


def test_a_crowds_gathering_without_a_claim_is_kept_doubted(code: Code) -> None:
    """A crowd of civil society gathered, nothing says why: shown, its reading doubted."""
    events = code("A group of students gathered on the main boulevard on Thursday evening.")
    assert [(e.type, e.modality) for e in events] == [("PROTEST", "uncertain")]


@pytest.mark.parametrize(
    "text",
    [
        "Shares in the shipping group rallied after the results.",
        "The home side rallied late in the second half.",
        "The senator held a rally at the county fairground.",
    ],
)
def test_no_crowd_no_doubted_protest(code: Code, text: str) -> None:
    assert not [e for e in code(text) if e.type == "PROTEST"], text
