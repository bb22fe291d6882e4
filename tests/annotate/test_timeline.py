"""An event's date when its sentence dates only the aftermath, or only a week: sentences written
for these tests, tagged by the time stage and read by `annotate.timeline.event_date`; and the
`Timeline` API the event coder asks."""

from __future__ import annotations

import pytest

from eventwire.annotate.timeline import (
    Timeline,
    When,
    event_date,
    explicit_dates,
    precision_of,
)
from eventwire.annotate.times import TimeTagger
from eventwire.records import DatePrecision, TimeExpression

TUESDAY = "2021-11-02"  # a Tuesday


def date_of(
    tagger: TimeTagger, text: str, sentence: str, with_text: bool = True
) -> tuple[str | None, DatePrecision]:
    """The date of the event told in `sentence` (a part of `text`), clause = sentence."""
    times = tagger.tag(text, TUESDAY)
    start = text.index(sentence)
    span = (start, start + len(sentence))
    return event_date(times, span, span, TUESDAY, text=text if with_text else None)


def test_identified_day_gives_way_to_the_incident_day(tagger: TimeTagger) -> None:
    first = "A clerk who was hurt in a robbery was identified Monday."
    text = first + " The robbery happened about 9 p.m. Saturday at a store on Elm Street."
    assert date_of(tagger, text, first) == ("2021-10-30", "day")
    assert date_of(tagger, text, first, with_text=False) == ("2021-11-01", "day")


@pytest.mark.parametrize(
    "first",
    [
        "Police said Monday a clerk was hurt in a robbery.",
        "A man was charged Monday in the robbery of a clerk.",
        "Officials Monday identified the clerk hurt in a robbery.",
    ],
)
def test_told_day_alone_is_kept(tagger: TimeTagger, first: str) -> None:
    """No day told for the incident: the aftermath's day is still the best guess."""
    text = first + " The store stays closed."
    assert date_of(tagger, text, first) == ("2021-11-01", "day")


def test_incident_day_in_the_same_sentence_wins(tagger: TimeTagger) -> None:
    first = "A clerk who was hurt Saturday died of his injuries Monday."
    assert date_of(tagger, first, first) == ("2021-10-30", "day")


def test_a_week_becomes_the_day_told_within_it(tagger: TimeTagger) -> None:
    first = "A clerk was hurt in a robbery last week."
    text = first + " It happened about 9 p.m. Oct. 29 at a store on Elm Street."
    assert date_of(tagger, text, first) == ("2021-10-29", "day")


def test_a_week_stays_when_the_day_told_is_outside_it(tagger: TimeTagger) -> None:
    first = "A clerk was hurt in a robbery last week."
    text = first + " The store had been robbed on Oct. 2 as well."
    assert date_of(tagger, text, first) == ("2021-W43", "week")


def test_a_dateline_date_is_not_the_incident_day(tagger: TimeTagger) -> None:
    text = (
        "Elm City (November 2, 2021) - A clerk was hurt in a robbery on Sunday, October 31, 2021."
    )
    assert date_of(tagger, text, text) == ("2021-10-31", "day")


def test_a_month_stays_a_month(tagger: TimeTagger) -> None:
    """ "earlier this month" spans too many days for a day told nearby to be this event's."""
    first = "A bomb was left near a convoy earlier this month."
    text = first + " Officials said another convoy was attacked on Monday."
    assert date_of(tagger, text, first) == ("2021-11", "month")


def test_precision() -> None:
    assert precision_of("2020-09-26") == "day"
    assert precision_of("2020-W38") == "week"
    assert precision_of("2020-09") == "month"
    assert precision_of("2020") == "year"
    assert precision_of("PRESENT_REF") == "unknown"


def test_event_date_prefers_clause() -> None:
    times = (TimeExpression("Sunday", 5, 11, "DATE", "2020-09-27"),)
    assert event_date(times, (0, 20), (0, 40), "2020-09-28") == ("2020-09-27", "day")
    assert event_date((), (0, 20), (0, 40), "2020-09-28") == ("2020-09-28", "unknown")
    assert event_date((), (0, 20), (0, 40), None) == (None, "unknown")


def test_explicit_dates() -> None:
    found = explicit_dates("On 13 January 2022, and on March 3, 2021, and in May 2020.")
    assert [t.value for t in found] == ["2022-01-13", "2021-03-03", "2020-05"]


def test_timeline_adds_explicit_dates_and_carries_the_paragraph_date() -> None:
    text = "Talks opened on 13 january 2022. Delegates walked out.\nA new round began."
    timeline = Timeline((), text, "2022-02-01")
    first = (0, text.index(" Delegates"))
    second = (first[1] + 1, text.index("\n"))
    third = (text.index("A new"), len(text))
    assert timeline.tells_time(*first) and not timeline.tells_time(*second)
    assert timeline.when(first, first) == When("2022-01-13", "day")
    assert timeline.when(second, second) == When("2022-01-13", "day")  # same paragraph
    assert timeline.when(third, third) == When("2022-02-01", "unknown")
    assert timeline.when(third, third, narrative=True) == When("2022-01-13", "day")


def test_a_vague_time_gives_the_month_never_the_day(tagger: TimeTagger) -> None:
    text = "Gunmen have raided several villages in recent months, officials said."
    timeline = Timeline(tagger.tag(text, TUESDAY), text, TUESDAY)
    span = (0, len(text))
    assert timeline.when(span, span) == When("2021-11", "month")
    text = "Crime in the district has risen lately."
    timeline = Timeline(tagger.tag(text, TUESDAY), text, TUESDAY)
    assert timeline.when((0, len(text)), (0, len(text))) == When("2021-11", "month")


def test_days_before_publication_tells_history_from_news(tagger: TimeTagger) -> None:
    text = "Veterans recalled the raid of 7 December 1941. A clerk was robbed on Sunday."
    timeline = Timeline(tagger.tag(text, TUESDAY), text, TUESDAY)
    first = (0, text.index(" A clerk"))
    second = (first[1] + 1, len(text))
    old, recent = timeline.when(first, first), timeline.when(second, second)
    assert old == When("1941-12-07", "day") and (old.days_before(TUESDAY) or 0) > 365
    assert recent.days_before(TUESDAY) == 2
    assert When("2021-10", "month").days_before(TUESDAY) == 2  # the month ended on the 31st
    assert When(TUESDAY, "unknown").days_before(TUESDAY) is None
    assert (When("BC0049", "year").days_before(TUESDAY) or 0) > 365 * 2000


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a holiday told with an older year is that year's, not this season's
        ("A bomb went off at a Christmas fair in the square in 2014.", ("2014", "year")),
        # a decade or a century before the publication's dates its event by its first year
        ("Rebels held the valley in the 1980s.", ("1980", "year")),
        ("The fort was stormed during the 19th century.", ("1800", "year")),
    ],
)
def test_an_old_year_or_decade_dates_its_event(
    tagger: TimeTagger, sentence: str, expected: tuple[str, DatePrecision]
) -> None:
    assert date_of(tagger, sentence, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Floods hit the valley on Saturday, the worst since the 1980s.",
        "A man was robbed at a Christmas fair near the 2014 memorial.",
    ],
)
def test_a_span_start_or_a_names_year_dates_nothing(tagger: TimeTagger, sentence: str) -> None:
    value, _ = date_of(tagger, sentence, sentence)
    assert value is not None and not value.startswith(("198", "2014"))


def test_an_expression_set_aside_dates_nothing(tagger: TimeTagger) -> None:
    # "after the 2012 floods": the year is the floods', set aside for the clause's act (prec35)
    text = "Volunteers rebuilt the bridge after the 2012 floods."
    timeline = Timeline(tagger.tag(text, TUESDAY), text, TUESDAY)
    span = (0, len(text))
    assert timeline.when(span, span) == When("2012", "year")
    year = text.index("2012")
    assert timeline.when(span, span, aside={year}).precision == "unknown"
