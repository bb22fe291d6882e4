"""PLOVER forms of heads48 (issue 15): verbs whose particle or object changes the type.

A verb of saying with a particle is another verb: "write off" a debt or a loan forgives it
(AID), read by the rows that name the verb with its object, the passive's subject or what the
object counts; a verb of saying with no particle, or with a particle no row reads with its
object, stays speech. All sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import HEADLINE, Code, asserted_below_headline, most_confident


@pytest.mark.parametrize(
    "text",
    [
        "The bank wrote off the loans to the two farms.",
        "The lender wrote the loans off last year.",
        "The country's debt was written off by the creditors last week.",
        "Half of the loans to farmers were written off by the state bank.",
    ],
)
def test_a_saying_verb_with_a_particle_reads_its_rows(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "The commentators wrote off the team's chances.",
        "She wrote down the names of the guests.",
        "The poet wrote the loans into a song.",
        "The auditor wrote about the loans to the two farms.",
    ],
)
def test_a_saying_verb_without_a_row_stays_speech(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "AID"), text


# A deal, pact or treaty ended, terminated, cancelled or torn up is an agreement ended
# (SANCTION discontinue), as "end", "terminate" and "scrap" read an agreement; a deal signed, or
# talks ended with one, is none.
@pytest.mark.parametrize(
    "text",
    [
        "The government ended the trade deal with its neighbour.",
        "The president terminated the defence pact with the island state.",
        "The prime minister tore up the fishing treaty with the two kingdoms.",
        "The new cabinet cancelled the water agreement with the northern republic.",
    ],
)
def test_a_deal_ended_is_a_relation_cut(code: Code, text: str) -> None:
    best = most_confident(code, HEADLINE + text)
    assert best is not None and best.type == "SANCTION", text


@pytest.mark.parametrize(
    "text",
    [
        "The two countries ended their talks with a trade deal.",
        "The ministers signed a trade deal on Monday.",
    ],
)
def test_a_deal_made_is_no_relation_cut(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "SANCTION"), text


# A headline's concession verb in the present that no row settles needs a subject that can act
# (a person, group, state or body): weather and moods lifting or easing things concede nothing;
# a state or an officer lifting or easing a measure does.
@pytest.mark.parametrize(
    "headline",
    [
        "Drought lifts food prices",
        "Heavy rain lifts river levels",
        "Tension eases in the capital",
    ],
)
def test_a_concession_verb_without_an_actor_is_none(code: Code, headline: str) -> None:
    assert not any(e.type == "CONCEDE" for e in code(headline)), headline


@pytest.mark.parametrize(
    "headline",
    [
        "Government lifts curfew",
        "Mayor eases parking rules",
        "Kenya eases visa rules for tourists",
    ],
)
def test_a_concession_verb_with_an_actor_concedes(code: Code, headline: str) -> None:
    assert any(e.type == "CONCEDE" and e.modality == "asserted" for e in code(headline)), headline
