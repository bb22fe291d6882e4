"""Event words in other senses (issue 15 precision, prec39): a lane, gate or garage closed is no
relation cut (SANCTION); a private person's thanks is no SUPPORT; a search, match or wedding
called off is no CONCEDE. The same words of a public side or with a political object stay
events. All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_below_headline


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a lane, gate or garage closed
        ("Troopers closed two lanes of the motorway while the wreck was cleared.", "SANCTION"),
        ("The caretaker shut the gates of the cemetery at dusk.", "SANCTION"),
        # a private person's thanks
        ("The boy's mother thanked the nurses who cared for him.", "SUPPORT"),
        ("Her grandson thanked the neighbours for their kindness.", "SUPPORT"),
        # a search, match or wedding called off
        ("Rescuers called off the search for the missing fisherman at nightfall.", "CONCEDE"),
        ("The couple called off their wedding two weeks before the date.", "CONCEDE"),
        ("The match was called off because the pitch was frozen.", "CONCEDE"),
    ],
)
def test_other_sense_no_event(code: Code, text: str, kind: str) -> None:
    assert not asserted_below_headline(code, text, kind), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a border or an embassy closed
        ("The government closed its embassy in the capital on Monday.", "SANCTION"),
        ("Turkey shut its border with the country after the coup.", "SANCTION"),
        # a state's thanks
        ("The president thanked Japan for its humanitarian aid.", "SUPPORT"),
        ("The foreign ministry thanked the Turkish government for its mediation.", "SUPPORT"),
        # a strike or talks called off
        ("The union called off the strike after the ministry raised wages.", "CONCEDE"),
        ("The opposition called off its boycott of parliament on Friday.", "CONCEDE"),
    ],
)
def test_same_words_still_an_event(code: Code, text: str, kind: str) -> None:
    assert asserted_below_headline(code, text, kind), text
