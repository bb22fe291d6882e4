"""The state's force on a protest's crowd tells the protest (plover17): PLOVER's gold standard and
our labels code a crowd fired on or beaten by police as PROTEST (ACLED: excessive force against
protesters), also when the harm is the main verb ("were killed when police fired on ...") or the
crowd is told by its claim ("a crowd demanding ..."); a march fired on is a protest. Force on
people who protested before, or a road closed to stop marchers, stays its own event. Arrests told
with the dispersal of a protest ("dispersed ... and detained several") are its policing; arrests
told alone stay COERCE. Stones and fire by others than the state at a protest are its riot."""

from __future__ import annotations

import pytest

from .conftest import Code


def _best(code: Code, text: str) -> str | None:
    events = code(text)
    return max(events, key=lambda e: e.confidence).type if events else None


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired live rounds at a peaceful march through the old town.",
        "Two men died when soldiers opened fire on a crowd of demonstrators near the bridge.",
        "Gendarmes fired on a crowd of farmers demanding compensation for their flooded fields.",
        "Police dispersed nurses rallying outside the ministry and detained four of them.",
        "Pupils pelted a bus with stones and burned a police kiosk during a protest against school fees.",
    ],
)
def test_force_on_a_protest_is_the_protest(code: Code, text: str) -> None:
    assert _best(code, text) == "PROTEST"


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Jailers beat detainees who had protested over the food, killing one.", "ASSAULT"),
        ("A flag was burned outside the consulate, drawing protests across the region.", None),
        ("Officers shut the bridge on Friday to stop marchers from reaching the palace.", "COERCE"),
        ("Officers detained nine activists and took them to a station outside the city.", "COERCE"),
    ],
)
def test_force_beside_a_protest_stays_its_own(code: Code, text: str, plover: str | None) -> None:
    if plover is None:
        assert _best(code, text) != "PROTEST"
    else:
        assert _best(code, text) == plover
