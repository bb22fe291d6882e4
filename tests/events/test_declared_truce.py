"""A ceasefire or truce declared by one side is its concession, CONCEDE (plover17); one agreed
between the sides stays AGREE."""

from __future__ import annotations

import pytest

from .conftest import Code


def _best(code: Code, text: str) -> str | None:
    events = code(text)
    return max(events, key=lambda e: e.confidence).type if events else None


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The insurgents declared a three-day truce for the harvest festival.", "CONCEDE"),
        ("The militia proclaimed a unilateral ceasefire on Monday.", "CONCEDE"),
        ("The two warring parties agreed to a ceasefire in the capital.", "AGREE"),
    ],
)
def test_declared_truce(code: Code, text: str, plover: str) -> None:
    assert _best(code, text) == plover
