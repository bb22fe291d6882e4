"""PLOVER readings of our own sentences (plover14): a demand made inside a protest's clause is
what the protest is for (PROTEST, not REQUEST), while a demand with a subject of its own stays a
request."""

from __future__ import annotations

import pytest

from .conftest import Code


def _best(code: Code, text: str) -> str | None:
    events = code(text)
    return max(events, key=lambda e: e.confidence).type if events else None


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # a demand told in the protest's clause is its aim
        (
            "About 300 dock workers picketed the port gates on Monday, demanding a pay rise.",
            "PROTEST",
        ),
        ("Retired teachers staged a sit-in at the town hall demanding their pensions.", "PROTEST"),
        ("Farmers held a rally outside the ministry calling for lower fuel prices.", "PROTEST"),
        ("Students marched to the rectorate on Tuesday demanding cheaper housing.", "PROTEST"),
        # a demand with a subject of its own is a request
        ("The bishops called for calm after the vote on Sunday.", "REQUEST"),
        ("The opposition demanded the release of the detained mayor.", "REQUEST"),
    ],
)
def test_protest_aims(code: Code, text: str, plover: str) -> None:
    assert _best(code, text) == plover
