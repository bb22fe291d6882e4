"""Records an analyst can trust: the main event, background that is not news, implausible counts.
All sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from eventwire.events.article_level import (
    _end_of,
    assess,
    before_main,
    before_the_news,
    flag_counts,
    fold_into_main,
    incident_day,
    last_day,
    mark_background,
    mark_main,
    reference_day,
)
from eventwire.lang import load_lexicon
from eventwire.records import Event, Evidence, TimeExpression

from .conftest import Code, make_event


def _event(start: int, kind: str = "ASSAULT", **fields: object) -> Event:
    return make_event(start, **({"type": kind, "date": "2023-05-02"} | fields))


def test_last_day_of_a_date_by_its_precision() -> None:
    assert str(last_day("2019", "year")) == "2019-12-31"
    assert str(last_day("2020-02", "month")) == "2020-02-29"
    assert str(last_day("2021-06-03", "day")) == "2021-06-03"
    assert last_day(None, "day") is None


def test_an_event_dated_years_before_publication_is_background() -> None:
    lexicon = load_lexicon("en")
    old = _event(0, date="1998", date_precision="year")
    recent = _event(0, date="2023-01", date_precision="month")
    assert mark_background(old, "2023-05-02", lexicon).modality == "background"
    assert mark_background(recent, "2023-05-02", lexicon).modality == "asserted"
    # told by a past year alone ("last year"): history, however few days ago that year ended
    last_year = _event(0, date="2022", date_precision="year")
    assert mark_background(last_year, "2023-01-20", lexicon).modality == "background"
    this_year = _event(0, date="2023", date_precision="year")
    assert mark_background(this_year, "2023-05-02", lexicon).modality == "asserted"
    # no publication date: nothing to measure against
    assert mark_background(old, None, lexicon).modality == "asserted"
    # a plan or a denial keeps its own modality
    planned = replace(old, modality="future")
    assert mark_background(planned, "2023-05-02", lexicon).modality == "future"


def test_undated_history_told_with_words_of_the_past() -> None:
    lexicon = load_lexicon("en")
    told = _event(0, evidence=Evidence("The mill was founded by two brothers.", 0, 38))
    news = _event(0, evidence=Evidence("Two brothers opened fire on the mill.", 0, 37))
    assert mark_background(told, "2023-05-02", lexicon).modality == "background"
    assert mark_background(news, "2023-05-02", lexicon).modality == "asserted"


@pytest.mark.parametrize(
    "sentence",
    [
        "Back then, soldiers burned the farms along the river.",
        "In those days the police arrested anyone who marched.",
        "The raids, in what became known as the long winter, emptied the hill towns.",
    ],
)
def test_undated_history_told_as_a_time_gone_by(sentence: str) -> None:
    lexicon = load_lexicon("en")
    told = _event(0, evidence=Evidence(sentence, 0, len(sentence)))
    assert mark_background(told, "2023-05-02", lexicon).modality == "background"


def test_an_undated_page_is_judged_against_the_latest_day_it_tells() -> None:
    assert reference_day("2023-05-02", ["1998"]) == "2023-05-02"
    # days and months before bare years: a plan "by 2030" is no publication day
    told = ["1998-03-04", "2021-11", "2030", "PRESENT_REF", None, "2019-07-12T10:00"]
    assert reference_day(None, told) == "2021-11-01"
    assert reference_day(None, ["2015", "2012"]) == "2015-01-01"
    assert reference_day(None, ["PAST_REF"]) is None
    # an act told by a year alone is told from a later year: the page is after it (prec35)
    act = _event(0, date="1967", date_precision="year")
    assert reference_day(None, ["1967"], [act]) == "1968-01-01"
    assert reference_day(None, ["2021-11"], [act]) == "2021-11-01"
    assert reference_day(None, ["1967"], [replace(act, modality="uncertain")]) == "1967-01-01"
    assert reference_day(None, ["2024-03-05"], [_event(0, date="2024-03-05")]) == "2024-03-05"
    lexicon = load_lexicon("en")
    assert assess([act], None, lexicon, ["1967"])[0].modality == "background"
    old = _event(0, date="2016-04", date_precision="month")
    assert assess([old], None, lexicon, ["2016-04-12", "2019-02-03"])[0].modality == "background"
    assert assess([old], None, lexicon, ["2016-04-12"])[0].modality == "asserted"
    # an undated page's dates are no sure sign of news: its words of history count too
    told = Evidence("Troops stay on, twelve years after the first raid.", 0, 51)
    raid = _event(0, date="2016-04-12", date_precision="day", evidence=told)
    assert assess([raid], None, lexicon, ["2016-04-12"])[0].modality == "background"
    assert assess([raid], "2016-04-13", lexicon)[0].modality == "asserted"


def test_an_event_long_before_the_news_of_its_sentence_is_recalled() -> None:
    # "The guard, fined in March 2022 for theft, was arrested on Monday."
    fined = _event(0, "SANCTION", date="2022-03", date_precision="month")
    arrested = _event(0, "COERCE", date="2023-05-01", date_precision="day")
    marked = before_the_news([fined, arrested], "2023-05-02")
    assert [e.modality for e in marked] == ["background", "asserted"]
    # no news in the sentence, or a time close to the news: both stay
    spring = replace(fined, date="2023-04-20", date_precision="day")
    assert before_the_news([spring, arrested], "2023-05-02")[0].modality == "asserted"
    older = replace(arrested, date="2023-01-10")
    assert before_the_news([fined, older], "2023-05-02")[0].modality == "asserted"
    # another sentence's news says nothing of this one's events
    apart = replace(arrested, evidence=Evidence("Another sentence.", 40, 57))
    assert before_the_news([fined, apart], "2023-05-02")[0].modality == "asserted"


def test_what_came_months_before_the_main_event_is_background() -> None:
    main = _event(0, date="2023-04-28", date_precision="day", main=True)
    winter = _event(20, date="2022-12", date_precision="month")
    spring = _event(40, date="2023-03-02", date_precision="day")
    undated = _event(60)
    marked = before_main([main, winter, spring, undated], "2023-05-02")
    assert [e.modality for e in marked] == ["asserted", "background", "asserted", "asserted"]
    # an undated main event, or one dated after publication, says nothing of what came before
    vague = replace(main, date_precision="unknown")
    assert before_main([vague, winter], "2023-05-02")[1].modality == "asserted"
    ahead = replace(main, date="2023-09", date_precision="month")
    assert before_main([ahead, spring], "2023-05-02")[1].modality == "asserted"
    assert before_main([main, winter], None)[1].modality == "asserted"


def test_counts_beyond_the_kind_are_flagged() -> None:
    lexicon = load_lexicon("en")
    tally = _event(0, mode="firearms", fatalities=40000)
    shooting = _event(0, mode="firearms", fatalities=3, injuries=12)
    battle = _event(0, mode=None, fatalities=400)
    assert flag_counts(tally, lexicon).implausible_counts
    assert not flag_counts(shooting, lexicon).implausible_counts
    assert not flag_counts(battle, lexicon).implausible_counts
    assert flag_counts(_event(0, kind="PROTEST", fatalities=20000), lexicon).implausible_counts


def test_main_event_is_the_first_paragraphs_best_told() -> None:
    text = "Title line.\nSecond paragraph.\nThird.\nFourth paragraph."
    talks = _event(0, kind="CONSULT")
    shooting = _event(16, date_precision="day", fatalities=2)
    later = _event(41, date_precision="day", fatalities=9)
    # what the title tells is what the article is about
    events = mark_main([talks, shooting, later], text)
    assert [e.main for e in events] == [True, False, False]
    # an arrest in the title: the attack it follows, told in the lead, is the main event
    arrest = _event(0, kind="COERCE", mode="arrest")
    events = mark_main([arrest, shooting, _event(34, kind="CONSULT"), later], text)
    assert [e.main for e in events] == [False, True, False, False]
    # two events in the title: violence first
    events = mark_main([talks, _event(5, date_precision="day")], text)
    assert [e.main for e in events] == [False, True]
    # nothing asserted: no main event
    assert not any(e.main for e in mark_main([replace(talks, modality="future")], text))
    # a doubted reading of the opening line gives way to an attack the lead asserts
    doubted = replace(talks, modality="uncertain")
    events = mark_main([doubted, shooting], text)
    assert [e.main for e in events] == [False, True]
    # with no attack asserted in the lead, the opening line stays the main event
    events = mark_main([doubted, replace(shooting, modality="uncertain")], text)
    assert [e.main for e in events] == [True, False]


def test_coder_marks_one_main_event_and_background(code: Code) -> None:
    text = (
        "Gunmen shot dead two guards at a warehouse in the port on Tuesday.\n\n"
        "The warehouse was attacked once before, in 1996, when rebels burned it down."
    )
    start = text.index("1996")
    year = TimeExpression("1996", start, start + 4, "DATE", "1996")
    events = code(text, times=(year,), published="2023-05-04")
    assert sum(e.main for e in events) == 1
    main = next(e for e in events if e.main)
    assert main.type == "ASSAULT" and main.evidence.start == 0
    old = [e for e in events if e.evidence.start > 0 and e.type == "ASSAULT"]
    assert old and all(e.modality == "background" for e in old)


def test_a_national_tally_is_no_event_count(code: Code) -> None:
    events = code("More than half a million people have been killed in the war in Ruritania.")
    assert all(e.implausible_counts or not e.fatalities or e.fatalities < 100000 for e in events)


def test_accounts_of_the_main_incident_fold_into_it() -> None:
    main = _event(0, mode="firearms", date="2023-05-01", date_precision="day", fatalities=1)
    main = replace(main, main=True)
    retold = _event(7, mode="firearms")  # undated: "the shooting happened near a school"
    named = _event(13, date="2023-05-03", date_precision="day")  # the victim named two days on
    folded = fold_into_main([main, retold, named], apart=())
    assert len(folded) == 1 and folded[0].main and folded[0].fatalities == 1


def test_distinct_attacks_stay_apart() -> None:
    main = replace(_event(0, mode="explosives", date="2023-05-01", date_precision="day"), main=True)
    earlier = _event(7, mode="explosives", date="2023-02", date_precision="month")
    campaign = _event(13, mode="explosives")  # "rocket attacks": several incidents
    another = _event(20, mode="explosives")  # "another bombing"
    stabbing = _event(27, mode="primitive")
    kept = fold_into_main(
        [main, earlier, campaign, another, stabbing], apart={campaign.id, another.id}
    )
    assert len(kept) == 5


def test_one_victim_hurt_then_dead_is_no_injured() -> None:
    told = "The boy who was hurt in the shooting on Sunday has died."
    main = replace(
        _event(0, mode="firearms", fatalities=1, injuries=1, evidence=Evidence(told, 0, len(told))),
        main=True,
    )
    (folded,) = fold_into_main([main])
    assert (folded.fatalities, folded.injuries) == (1, 0)
    # a death and another person hurt: both stay
    two = replace(main, injuries=2)
    assert fold_into_main([two])[0].injuries == 2


@pytest.mark.parametrize(
    "told",
    [
        "A girl wounded by a stray bullet on Friday died Sunday of her injuries.",
        "The cashier who was critically hurt in the robbery died on Tuesday, police said.",
        "He was flown to a trauma unit and died hours later.",
    ],
)
def test_a_death_told_with_its_own_later_day_is_the_one_hurt(told: str) -> None:
    """One victim hurt and then dead, the death told with the day it came: no one injured."""
    main = replace(
        _event(0, mode="firearms", fatalities=1, injuries=1, evidence=Evidence(told, 0, len(told))),
        main=True,
    )
    assert fold_into_main([main])[0].injuries == 0


def test_incident_day_comes_from_an_account_that_tells_its_day() -> None:
    """A main dated the day of the report takes a later account's day only when that account
    tells the day itself, not when its day was carried over from elsewhere in the article."""
    main = _event(0, date="2023-05-02", date_precision="day", fatalities=1, main=True)
    told = _event(100, date="2023-04-30", date_precision="day", fatalities=1)
    days = [(105, "2023-04-30")]  # "Sunday", inside the account's sentence
    dated = incident_day([main, told], "2023-05-02", (), days)
    assert dated[0].date == "2023-04-30"
    carried = incident_day([main, told], "2023-05-02", (), [(50, "2023-04-30")])
    assert carried[0].date == "2023-05-02"


@pytest.mark.parametrize(
    ("value", "end"),
    [
        ("2019-05-XX", date(2019, 5, 31)),  # a day of a known month (time27's known parts)
        ("2020-02-XX", date(2020, 2, 29)),
        ("2018-XX", date(2018, 12, 31)),  # an unknown month of a known year
        ("2019-SU", date(2019, 12, 31)),
        ("2019-05", date(2019, 5, 31)),
    ],
)
def test_a_value_ends_with_the_part_it_knows(value: str, end: date) -> None:
    assert _end_of(value) == end
