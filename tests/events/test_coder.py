"""The coder end to end on shooting reports (issue 8). All sentences written for these tests."""

from __future__ import annotations

from eventwire.records import TimeExpression

from .conftest import Code


def _dated(text: str, *days: tuple[str, str]) -> tuple[TimeExpression, ...]:
    """Time expressions for the given (words, value) pairs, found in `text`."""
    found = []
    for words, value in days:
        start = text.index(words)
        found.append(TimeExpression(words, start, start + len(words), "DATE", value))
    return tuple(found)


def test_police_called_to_a_shooting_keep_the_shooting(code: Code) -> None:
    """Police sent to a scene make no demand: the shooting they were called to stays an event."""
    text = "Two deputies were called to the barn for a report of a shooting."
    assert any(e.type == "ASSAULT" for e in code(text))


def test_a_gun_that_fires_is_gunfire(code: Code) -> None:
    """The weapon may be what fires ("the rifle fired"); a firm firing its manager is no attack."""
    for text in ("His rifle fired as he climbed the fence.", "The gun fired, wounding the boy."):
        assaults = [e for e in code(text) if e.type == "ASSAULT"]
        assert assaults and assaults[0].mode == "firearms", text
    assert not [e for e in code("The company fired its manager.") if e.type == "ASSAULT"]


def test_wound_noun_takes_its_verbs_date(code: Code) -> None:
    """ "died of his gunshot wound last Saturday": the death's day, not the sentence's first day."""
    text = (
        "Bail was set Friday for the uncle of the boy who died of his gunshot wound last Saturday."
    )
    times = _dated(text, ("Friday", "2014-09-26"), ("last Saturday", "2014-09-20"))
    assaults = [e for e in code(text, times=times, published="2014-09-27") if e.type == "ASSAULT"]
    assert assaults and assaults[0].date == "2014-09-20"


def test_noun_with_its_own_date_keeps_it(code: Code) -> None:
    """ "the shooting that took place Friday" is dated by its own phrase, not the verb's clause."""
    text = "Late Monday the sheriff released details about the shooting that took place Friday."
    times = _dated(text, ("Late Monday", "2015-01-05"), ("Friday", "2015-01-02"))
    assaults = [e for e in code(text, times=times, published="2015-01-05") if e.type == "ASSAULT"]
    assert assaults and assaults[0].date == "2015-01-02"
