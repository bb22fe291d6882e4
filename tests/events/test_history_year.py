"""History told with a year is background, read through the time stage's output (issue 15:
"Background is not news"): the event stage dates each event by the expressions the time tagger
resolved, and an event told more than about a year before publication is recalled, not news.
A house number, a year naming an election, a graduate's year or a span's start ("the worst
since 2009") leave the day's news asserted. All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("In 2011 the rebels stormed the northern garrison town.", "ASSAULT"),
        ("Troops shelled the border villages in March 2015.", "ASSAULT"),
        ("The 1994 bombing of the cultural centre killed 85 people.", "ASSAULT"),
        ("The mayor had been arrested once before, in 2018, in a dispute over land.", "COERCE"),
        # a holiday told with an older year: the year, not this season's holiday, dates it
        (
            "A van was driven into a Christmas fair in the old town in 2016, killing nine people.",
            "ASSAULT",
        ),
        ("Gunmen attacked a chapel on Easter Sunday in 2019, killing dozens.", "ASSAULT"),
        # a decade or a century before the publication's
        ("In the 1990s the army shelled the mountain villages.", "ASSAULT"),
        ("Rebels attacked the port town during the 1980s.", "ASSAULT"),
    ],
)
def test_history_with_a_year_is_background(tagged: Code, text: str, kind: str) -> None:
    events = [e for e in tagged(text) if e.type == kind]
    assert events and all(e.modality == "background" for e in events), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Gunmen shot a man outside 2015 Elm Street on Monday night.", "ASSAULT"),
        (
            "Voters marched in the capital on Sunday against the results of the 2024 vote.",
            "PROTEST",
        ),
        ("A 1985 graduate of the academy, the officer arrested two men on Friday.", "COERCE"),
        ("Police arrested 20 looters on Monday after the worst flooding since 2009.", "COERCE"),
        ("Police arrested 20 looters after the worst flooding since the 1990s.", "COERCE"),
        ("Gunmen killed three villagers on Christmas Day, officials said.", "ASSAULT"),
        ("Police arrested two men at a Christmas party on the night of the 2016 vote.", "COERCE"),
    ],
)
def test_news_that_names_an_old_year_stays_asserted(tagged: Code, text: str, kind: str) -> None:
    events = [e for e in tagged(text) if e.type == kind]
    assert any(e.modality == "asserted" for e in events), text
