"""A noun of easing a restriction (plover30): "the lifting of the curfew", "an easing of
restrictions" is CONCEDE, a restriction of one's own eased, read by the phrasal rows of "lift" for
what follows "of"; "an easing of tensions", "quantitative easing" and "the lifting of a crate" are
no concession."""

from __future__ import annotations

import pytest

from .conftest import Code


@pytest.mark.parametrize(
    "text",
    [
        "The governor announced the lifting of the curfew in the northern districts.",
        "The council announced an easing of restrictions on public gatherings.",
        "The ministry confirmed the easing of the lockdown in the capital.",
    ],
)
def test_a_restriction_eased_is_concede(code: Code, text: str) -> None:
    events = code(text)
    assert events
    assert max(events, key=lambda e: e.confidence).type == "CONCEDE"


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed to an easing of tensions along the border.",
        "The central bank ended its programme of quantitative easing.",
        "The lifting of the heavy crate injured two workers.",
    ],
)
def test_easing_of_what_is_no_restriction_is_no_concession(code: Code, text: str) -> None:
    assert "CONCEDE" not in {e.type for e in code(text)}
