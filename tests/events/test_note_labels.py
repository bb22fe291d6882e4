"""A conflict note that opens with a label ("Movement of forces: On 3 April ...") names its
event's kind in ACLED's terms: every event of its first sentence takes that type, and where the
rules read no event there the label alone gives one. Other openings change nothing. All
sentences written for these tests (acled18)."""

from __future__ import annotations

import pytest

from eventwire.events.acled import note_label
from eventwire.events.coder import main_event
from eventwire.events.words import event_words

from .conftest import Code

GROUP_CHANGE = ("Strategic developments", "Change to group/activity")
OTHER = ("Strategic developments", "Other")
DESTRUCTION = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Movement of forces: On 3 April 2026, soldiers moved armoured vehicles into the "
            "town of Rovan.",
            GROUP_CHANGE,
        ),
        (
            "Recruitment: On 12 March 2026, a local militia held a recruitment meeting in Kestov.",
            GROUP_CHANGE,
        ),
        (
            "Displacement: On 3 April 2026, around 300 families fled their homes in Telva "
            "after clashes nearby.",
            OTHER,
        ),
        (
            "Property destruction: On 5 May 2026, unidentified people set fire to a school in "
            "Rovan.",
            DESTRUCTION,
        ),
    ],
)
def test_a_note_label_names_the_events_kind(
    code: Code, text: str, expected: tuple[str, str]
) -> None:
    main = main_event(code(text))
    assert main is not None, text
    assert (main.acled_event_type, main.acled_sub_event_type) == expected


@pytest.mark.parametrize(
    "told",
    [
        "On 3 April 2026, soldiers moved armoured vehicles into the town of Rovan.",
        "On 5 May 2026, unidentified people set fire to a school in Rovan.",
    ],
)
def test_an_opening_that_is_no_label_changes_nothing(code: Code, told: str) -> None:
    def kind(text: str) -> tuple[str | None, str | None] | None:
        main = main_event(code(text))
        return None if main is None else (main.acled_event_type, main.acled_sub_event_type)

    assert kind("Update: " + told) == kind(told)


@pytest.mark.parametrize(
    "sentence, sub",
    [
        ("Defusal: On 3 May 2026, police defused a bomb.", "Disrupted weapons use"),
        ("Defusal : On 3 May 2026 , police defused a bomb .", "Disrupted weapons use"),
        ("Non-violent activity: On 3 May 2026, a group put up posters.", "Other"),
        ("Security measures: On 3 May 2026, a curfew was set.", "Change to group/activity"),
        ("Other news: On 3 May 2026, a curfew was set.", None),
        ("On 3 May 2026, the training: drills were held.", None),
    ],
)
def test_note_label_reads_the_label_as_written_or_tokenised(sentence: str, sub: str | None) -> None:
    label = note_label(event_words(), sentence)
    assert (label.acled_sub_event_type if label else None) == sub
