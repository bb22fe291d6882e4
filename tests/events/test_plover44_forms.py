"""PLOVER forms of plover44 (issue 15).

A verb of saying ("write") whose object, or what its object counts, is a debt that an AID row
names with the verb forgives it: creditors that write off a debt give aid (the PLOVER manual
codes forgiven loan obligations as AID), "off" parsed as a preposition included. A debt written
about, or a claim written that the debt is large, stays speech. All sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_below_headline


@pytest.mark.parametrize(
    "text",
    [
        "The creditors wrote off the country's debt.",
        "France wrote off 600 million dollars of Senegal's debt.",
        "The creditors wrote off 90 million euros of the island state's debt on Tuesday.",
    ],
)
def test_a_debt_written_off_is_aid(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister wrote about the country's debt.",
        "The central bank wrote that the country's debt had grown.",
        "The economist wrote a book on the debt of poor countries.",
    ],
)
def test_a_debt_written_about_is_no_aid(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "AID"), text
