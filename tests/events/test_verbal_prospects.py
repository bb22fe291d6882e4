"""Verbal events told as something other than a dealing that happened (issue 15, precision):
a forecast warned of, a habit in the simple present, talks still to come held by a round or a
visit. Our own sentences; each family has a sentence that must
stay asserted beside it."""

from __future__ import annotations

import pytest

from .conftest import Code

HEADLINE = "Council news\n\n"
"""A first line, so the sentence under test is not read as a headline (told in the present)."""


@pytest.mark.parametrize(
    ("text", "plover", "modality"),
    [
        # a warning that something could happen forecasts; one of the warner's own act threatens
        (
            "Economists warn that inflation could climb further if the harvest fails.",
            "THREATEN",
            "hypothetical",
        ),
        (
            "A drought would ruin the harvest, the agronomist warned in a briefing.",
            "THREATEN",
            "hypothetical",
        ),
        (
            "The army warned that it could strike the rebel positions within days.",
            "THREATEN",
            "asserted",
        ),
        (
            "The president warned that troops would be sent if the siege continued.",
            "THREATEN",
            "asserted",
        ),
        # a habit in the simple present; a meeting in the past is news
        (
            "Ministers of the alliance meet three times a year, usually in Vienna.",
            "CONSULT",
            "background",
        ),
        ("The board normally meets on the last Friday of each month.", "CONSULT", "background"),
        ("The ministers met in Vienna on Friday to discuss the grain deal.", "CONSULT", "asserted"),
        # talks held by a round or a visit still to come
        (
            "A fresh round of negotiations is pencilled in for next week in Nairobi.",
            "CONSULT",
            "future",
        ),
        (
            "The third round of negotiations is expected to open in Nairobi in May.",
            "CONSULT",
            "future",
        ),
        (
            "A delegation from the bank is due in the capital on Monday for talks on the loan.",
            "CONSULT",
            "future",
        ),
    ],
)
def test_verbal_prospects(code: Code, text: str, plover: str, modality: str) -> None:
    events = [e for e in code(HEADLINE + text) if e.type == plover]
    assert events, f"no {plover} event in {text!r}"
    assert events[0].modality == modality
