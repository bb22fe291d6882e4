"""A plural unit opening a sentence before "of" (time37's "Years of war have ...") is a vague
duration only for the units `opens` marks in `time/bare_units.tsv`: "Minutes of the meeting" is
the record of a meeting, no length of time (review46). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.annotate.times import TimeTagger

from .time_case_reader import found_times

ANCHOR = "2021-03-10"


@pytest.mark.parametrize(
    "text",
    [
        "Minutes of the board's March meeting showed a split over rates.",
        "The vote was close. Minutes of the session were released on Friday.",
    ],
)
def test_minutes_of_a_meeting_are_no_duration(tagger: TimeTagger, nlp: Language, text: str) -> None:
    assert all(t != "Minutes" for t, _ in found_times(tagger, nlp, text, ANCHOR))


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("Months of delays have angered the farmers.", "Months", "PXM"),
        ("The port reopened. Decades of neglect had left it idle.", "Decades", "PXY"),
    ],
)
def test_longer_units_opening_a_sentence_stay_durations(
    tagger: TimeTagger, nlp: Language, text: str, unit: str, value: str
) -> None:
    assert (unit, value) in found_times(tagger, nlp, text, ANCHOR)
