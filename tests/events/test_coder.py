"""The coder end to end: an article's accounts of one incident are one record (issue 8). All
sentences written for these tests."""

from __future__ import annotations

from eventwire.records import TimeExpression

from .conftest import Code

SHOOTING = (
    "A man was killed in an overnight shooting.\n\n"
    "The victim's name was not released.\n\n"
    "Police said a gunman opened fire on a group of people around 2:45 a.m. Sunday.\n\n"
    "Neighbors described the street as quiet.\n\n"
    "Two other men were wounded in the shooting, police said.\n\n"
    "Last month, two teenagers were shot and killed a few blocks away."
)


def _times(text: str) -> tuple[TimeExpression, ...]:
    sunday, month = text.index("Sunday"), text.index("Last month")
    return (
        TimeExpression("Sunday", sunday, sunday + 6, "DATE", "2020-09-27"),
        TimeExpression("Last month", month, month + 10, "DATE", "2020-08"),
    )


def test_accounts_of_one_shooting_are_one_record(code: Code) -> None:
    """The title gives the dead, a later sentence the day, another the wounded: one record."""
    events = code(SHOOTING, times=_times(SHOOTING), published="2020-09-28")
    assaults = [e for e in events if e.type == "ASSAULT" and e.date == "2020-09-27"]
    assert len(assaults) == 1
    shooting = assaults[0]
    assert shooting.evidence.start == 0  # the record keeps the article's first account
    assert (shooting.date_precision, shooting.fatalities, shooting.injuries) == ("day", 1, 2)


def test_earlier_shooting_stays_apart(code: Code) -> None:
    """A background mention of an earlier shooting is an event of its own, with its own dead."""
    events = code(SHOOTING, times=_times(SHOOTING), published="2020-09-28")
    earlier = [e for e in events if e.type == "ASSAULT" and e.date == "2020-08"]
    assert len(earlier) == 1 and earlier[0].fatalities == 2


def test_undated_attacks_stay_apart(code: Code) -> None:
    """Mentions of several attacks with no day told are not one incident."""
    text = (
        "Gunmen attacked the embassy in the capital.\n\n"
        "The minister met the ambassador.\n\n"
        "Gunmen also attacked a market near the border."
    )
    assaults = [e for e in code(text) if e.type == "ASSAULT"]
    assert len(assaults) == 2
