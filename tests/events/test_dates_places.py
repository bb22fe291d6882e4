"""Date and place of an event come from its own clause, else sentence, else fallbacks."""

from __future__ import annotations

import pytest

from eventwire.records import FeatureLevel, Place, TimeExpression

from .conftest import Code


def _time(text: str, whole: str, value: str) -> TimeExpression:
    start = whole.index(text)
    return TimeExpression(text, start, start + len(text), "DATE", value)


def _place(
    text: str, whole: str, country: str, admin1: str, feature: FeatureLevel = "city"
) -> Place:
    start = whole.index(text)
    return Place(
        text, start, start + len(text), text, None, None, None, country, admin1, feature, 0.9
    )  # type: ignore[arg-type]


def test_event_gets_its_clause_date_and_place(code: Code) -> None:
    text = (
        "The Iraqi military reported an attack on a convoy in Babil Province on Sunday. "
        "Kadhimi visited Washington last month."
    )
    times = (_time("Sunday", text, "2020-09-27"), _time("last month", text, "2020-08"))
    places = (
        _place("Babil Province", text, "IRQ", "Babil", "admin1"),
        _place("Washington", text, "USA", "District of Columbia"),
    )
    events = code(text, times=times, places=places)
    attack = next(e for e in events if e.type == "ASSAULT")
    assert (attack.date, attack.date_precision) == ("2020-09-27", "day")
    assert attack.location is not None and attack.location.admin1 == "Babil"
    visit = next(e for e in events if e.type == "CONSULT")
    assert (visit.date, visit.date_precision) == ("2020-08", "month")
    assert visit.location is not None and visit.location.country == "USA"
    assert visit.actor[0].country == "IRQ"


def test_dateline_place(code: Code) -> None:
    text = "BAGHDAD (Reuters) - Protesters rallied against corruption."
    places = (_place("BAGHDAD", text, "IRQ", "Baghdad"),)
    events = code(text, places=places)
    assert events and events[0].location is not None and events[0].location.text == "BAGHDAD"


def test_follow_up_sentence_is_one_event(code: Code) -> None:
    text = "Militants attacked an army post in Borno. Three soldiers were killed."
    events = [e for e in code(text) if e.type == "ASSAULT"]
    assert len(events) == 1
    assert events[0].fatalities == 3


def test_count_after_a_sentence_that_tells_nothing_new(code: Code) -> None:
    """A sentence of the paragraph with no event and no count keeps the chain on the event."""
    text = (
        "Gunmen shot a farmer near the river on Tuesday. The farmer was flown to a trauma "
        "unit in the city. Doctors said he is in stable condition."
    )
    events = [e for e in code(text) if e.type == "ASSAULT"]
    assert len(events) == 1
    assert events[0].injuries == 1


@pytest.mark.parametrize(
    "text",
    [
        "Three hikers were shot near the lake on Monday. One of them died on the way to a clinic.",
        "Three hikers were shot near the lake on Monday and one of them later died.",
        "A gunman shot three hikers near the lake on Monday, killing one of them.",
    ],
)
def test_one_of_the_shot_died(code: Code, text: str) -> None:
    """A death told as one of the people shot: the others lived."""
    events = [e for e in code(text) if e.type == "ASSAULT"]
    assert events and events[0].fatalities == 1 and events[0].injuries == 2


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        # no death told anywhere: the person shot lived
        ("A courier was shot on Birch Lane on Sunday night. He was taken to a clinic.", 1),
        (
            "A courier was hit by gunfire on Birch Lane on Sunday night. He was taken to a clinic.",
            1,
        ),
        ("A stray bullet struck a courier on Birch Lane on Sunday night. He is at a clinic.", 1),
        # a death told, or a wound that may yet kill: "shot" alone is no count
        ("A courier was shot on Birch Lane on Sunday night. His family held a vigil.", None),
        ("A courier was shot in the head on Birch Lane on Sunday night.", None),
        (
            "A courier was shot on Birch Lane on Sunday night. Doctors said his wounds are critical.",
            None,
        ),
    ],
)
def test_shot_in_an_article_that_tells_no_death(code: Code, text: str, hurt: int | None) -> None:
    events = [e for e in code(text) if e.type == "ASSAULT" and e.main]
    assert events and events[0].injuries == hurt


def test_dialogue_is_no_count(code: Code) -> None:
    """A quotation no one is said to have said is dialogue, not the report's count."""
    text = 'Gunmen shot dead a farmer near the river on Tuesday. "Mother, they hurt his son."'
    events = [e for e in code(text) if e.type == "ASSAULT"]
    assert events and not events[0].injuries


def test_ids_are_stable(code: Code) -> None:
    text = "Rebels attacked the base on Monday."
    assert [e.id for e in code(text)] == [e.id for e in code(text)]


@pytest.mark.parametrize(
    ("text", "vague", "vague_value"),
    [
        (
            "Friends gathered to remember a teenager slain earlier this month.\n\n"
            "Police said a neighbour shot and killed the teenager inside a home on March 3.",
            "earlier this month",
            "2021-03",
        ),
        (
            "Prosecutors charged a neighbour with murder today in the death of a cook.\n\n"
            "The cook was shot and killed outside a diner on March 3, police said.",
            "today",
            "2021-03-10",
        ),
    ],
)
def test_main_event_takes_the_day_a_later_account_gives(
    code: Code, text: str, vague: str, vague_value: str
) -> None:
    """A report told as of its own day, or of a month, dates its incident by the later account
    that names the day."""
    times = (_time(vague, text, vague_value), _time("March 3", text, "2021-03-03"))
    events = code(text, times=times, published="2021-03-10")
    main = next(e for e in events if e.main)
    assert (main.date, main.date_precision, main.fatalities) == ("2021-03-03", "day", 1)


def test_an_older_incident_does_not_date_the_main_one(code: Code) -> None:
    """An account of a day long before the report is another incident."""
    text = (
        "A cook was shot and killed outside a diner today, police said.\n\n"
        "A waiter of that diner was shot dead there on May 3 last year."
    )
    times = (_time("today", text, "2021-03-10"), _time("May 3 last year", text, "2020-05-03"))
    events = code(text, times=times, published="2021-03-10")
    main = next(e for e in events if e.main)
    assert main.date == "2021-03-10"


def test_a_protest_is_where_it_was_held_not_where_its_grievance_lies(code: Code) -> None:
    """ "rallied in X against the crackdown by the government in Y" happened in X."""
    text = "Belarusian students rallied in Lyon against the crackdown by the regime in Minsk."
    places = (
        _place("Lyon", text, "FRA", "Auvergne-Rhone-Alpes"),
        _place("Minsk", text, "BLR", "Minsk"),
    )
    events = [e for e in code(text, places=places) if e.type == "PROTEST"]
    assert events and events[0].location is not None and events[0].location.country == "FRA"
