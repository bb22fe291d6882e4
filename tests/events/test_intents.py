"""Stated intentions (PLOVER manual): future cooperation is AGREE, stated future force THREATEN."""

from __future__ import annotations

import pytest

from eventwire.records import TimeExpression

from .conftest import Code


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Germany will provide aid to the refugees.", "AGREE"),
        ("The rebels said they were ready to talk with the government.", "AGREE"),
        ("Brazil and Argentina will cooperate on border security.", "AGREE"),
        ("Hamas announced it was preparing to attack Israeli positions.", "THREATEN"),
        ("The union confirmed it would stage a strike on Monday.", "THREATEN"),
        ("The ministry said foreign troops must leave the country.", "REQUEST"),
        ("The European Union imposed sanctions on Belarus.", "SANCTION"),
        ("The foreign ministry summoned the Turkish ambassador on Monday.", "ACCUSE"),
        ("Turkey and Iraq agreed to share intelligence on the militants.", "AGREE"),
    ],
)
def test_best_type(code: Code, text: str, plover: str) -> None:
    events = code(text)
    assert events, text
    assert max(events, key=lambda e: e.confidence).type == plover


def test_strike_threat_is_labour(code: Code) -> None:
    threat = next(e for e in code("The union confirmed it would stage a strike on Monday."))
    assert threat.mode == "restrict"
    assert threat.modality == "asserted"


def test_conditional_closure_stays_hypothetical(code: Code) -> None:
    events = code("Canada would shut its consulate if the raids went on.")
    assert any(e.type == "SANCTION" and e.modality == "hypothetical" for e in events)


def test_incident_dated_by_the_lead(code: Code) -> None:
    text = (
        "A man was shot late Saturday night outside a bar, police said.\n"
        "Officers found the victim on the sidewalk. A gunman shot him twice in the chest."
    )
    start = text.index("Saturday night")
    times = (
        TimeExpression(
            text="Saturday night",
            start=start,
            end=start + len("Saturday night"),
            type="DATE",
            value="2020-09-26",
        ),
    )
    events = [e for e in code(text, times=times) if e.type == "ASSAULT"]
    assert events
    assert all(e.date == "2020-09-26" for e in events)
