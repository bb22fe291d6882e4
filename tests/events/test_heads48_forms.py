"""PLOVER forms of heads48 (issue 15): verbs whose particle or object changes the type.

A verb of saying with a particle is another verb: "write off" a debt or a loan forgives it
(AID), read by the rows that name the verb with its object, the passive's subject or what the
object counts; a verb of saying with no particle, or with a particle no row reads with its
object, stays speech. All sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_below_headline


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
