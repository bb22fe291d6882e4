"""Which incident a gun-violence report is about, and its dead and hurt: the headline and its
lede, a funeral or arrest story, another incident recalled, one victim or two in one sentence.
All articles and sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.events.article_level import (
    counts_over_period,
    fold_into_main,
    mark_main,
    other_incidents,
)
from eventwire.lang import load_lexicon
from eventwire.pipeline.runner import Pipeline
from eventwire.records import Document, Event, RawPage

from .conftest import make_event

PUBLISHED = "2024-03-12"  # a Tuesday: Sunday is 2024-03-10, Monday 2024-03-11


def _event(start: int, text: str = "A sentence.", **fields: object) -> Event:
    told = {"mode": "firearms", "date": "2024-03-11", "date_precision": "day"}
    return make_event(start, text, **(told | fields))


# -- the headline and its lede


def test_a_headline_and_its_lede_open_the_article_together() -> None:
    """A headline's event with no figures gives way to the lede's account with them."""
    headline = "Teen shot near Elm Park"
    lede = "A 16-year-old boy was wounded near Elm Park on Monday night, police said."
    later = "In January, a gunman killed two men and wounded four at a bar nearby."
    text = f"{headline}\n\n{lede}\n\n{later}"
    events = [
        _event(0, headline),
        _event(text.index(lede), lede, injuries=1),
        _event(text.index(later), later, fatalities=2, injuries=4, date="2024-01"),
    ]
    marked = mark_main(events, text)
    assert [e.main for e in marked] == [False, True, False]


def test_only_the_paragraph_under_the_headline_joins_it() -> None:
    """A later paragraph (another incident recalled) never competes with the headline."""
    headline = "Shooting near school rattles neighbors"
    lede = "Residents on the block heard a burst of gunfire Monday afternoon."
    later = "In January, a gunman killed two men and wounded four at a bar nearby."
    text = f"{headline}\n\n{lede}\n\n{later}"
    events = [
        _event(0, headline),
        _event(text.index(later), later, fatalities=2, injuries=4, date="2024-01"),
    ]
    assert [e.main for e in mark_main(events, text)] == [True, False]


def test_a_first_sentence_that_is_no_headline_stays_the_opening() -> None:
    first = "A man was shot on Birch Street on Monday, police said."
    second = "Two other people were wounded in a separate shooting across town."
    text = f"{first}\n\n{second}"
    events = [_event(0, first), _event(text.index(second), second, injuries=2)]
    assert [e.main for e in mark_main(events, text)] == [True, False]


def test_an_incident_recalled_from_months_before_gives_way_to_the_news() -> None:
    """Of the opening's events, one told as of more than a month before publication is an
    incident recalled: today's, however less described, is the main one."""
    first = "Police recalled that a gunman killed two men and wounded four here in January."
    second = "A woman was shot nearby on Monday."
    text = f"{first} {second}"
    events = [
        _event(0, first, fatalities=2, injuries=4, date="2024-01", date_precision="month"),
        _event(len(first) + 1, second),
    ]
    assert [e.main for e in mark_main(events, text, PUBLISHED)] == [False, True]
    # with no publication day to measure against, the better described one leads
    assert [e.main for e in mark_main(events, text)] == [True, False]


# -- one victim or two


@pytest.mark.parametrize(
    "told",
    [
        "The husband died at the scene; his wife was treated for a wound to the arm.",
        "The older brother died at a hospital, while the younger one is recovering.",
        "One man was killed, but a second man survived with a wound to the leg.",
        "A clerk was killed and a customer was injured.",
    ],
)
def test_a_death_and_another_person_hurt_are_two_victims(told: str) -> None:
    main = replace(_event(0, told, fatalities=1, injuries=1), main=True)
    assert fold_into_main([main])[0].injuries == 1


@pytest.mark.parametrize(
    "told",
    [
        "A man struck in the chest by a bullet on Sunday has died.",
        "The woman was critically wounded and died hours later.",
        "Medics rushed him to Mercy General, and he died later that night.",
    ],
)
def test_one_victim_hurt_then_dead_is_no_injured(told: str) -> None:
    main = replace(_event(0, told, fatalities=1, injuries=1), main=True)
    assert fold_into_main([main])[0].injuries == 0


# -- other incidents and recalls of the main one


def test_other_incidents_are_the_recalled_the_other_and_the_earlier() -> None:
    main = replace(_event(0, "A woman was shot on Monday."), main=True)
    old = _event(40, "Last year a man was killed here.", modality="background", date="2023")
    friday = _event(80, "A man was killed on Friday.", date="2024-03-08", fatalities=1)
    another = _event(120, "Another man was shot nearby.", date_precision="unknown")
    same = _event(160, "She was shot in the leg.", date_precision="unknown")
    later = _event(200, "Police made an arrest Tuesday.", date="2024-03-12")
    events = [main, old, friday, another, same, later]
    spans = other_incidents(events, apart={another.id})
    assert spans == [
        (40, 40 + len(old.evidence.sentence)),
        (80, 80 + len(friday.evidence.sentence)),
        (120, 120 + len(another.evidence.sentence)),
    ]


def test_a_recall_of_the_main_incidents_day_folds_into_it() -> None:
    """A funeral story tells the killing as history, on the main incident's own day."""
    main = replace(_event(0, date="2024-03-04", injuries=1), main=True)
    recalled = _event(50, date="2024-03-04", fatalities=1, modality="background")
    older = _event(90, date="2023-11-02", fatalities=2, modality="background")
    folded = fold_into_main([main, recalled, older])
    assert len(folded) == 2
    assert (folded[0].fatalities, folded[0].injuries) == (1, 1)


def test_a_count_over_a_period_is_a_tally() -> None:
    lexicon = load_lexicon("en")
    assert counts_over_period(lexicon, "The city has had 40 homicides this year.", True)
    assert not counts_over_period(lexicon, "He has been in a coma since.", False)
    assert not counts_over_period(lexicon, "Two men were killed on Sunday.", True)


# -- whole articles through the pipeline

ARTICLES = [
    # the headline and its lede
    (
        "Police: father shot his children, then himself\n\nA man shot his two daughters and his"
        " son at their home in Salem on Sunday, police said. The two girls died at the scene. The"
        " boy, 6, is in a hospital and should recover.",
        ("2024-03-10", 2, 1),
    ),
    (
        "Gunfire erupts at birthday party in Flint\n\nGunfire erupted at a birthday party at a"
        " home in Flint early Sunday, police said.\n\nFour people were wounded, one of them"
        " critically. No one was killed.",
        ("2024-03-10", 0, 4),
    ),
    # follow-up stories: a charge, a vigil, an identification, a funeral
    (
        "A 24-year-old man was charged Monday with one count of murder and two of attempted murder in"
        " a shooting outside a bar on Grove Street in Dayton, police said.\n\nThe shooting"
        " happened about 1 a.m. Saturday. A 31-year-old man was killed and two women were"
        " wounded.",
        ("2024-03-09", 1, 2),
    ),
    (
        "Vigil held for teenager killed in Sunday shooting\n\n"
        "Friends and family gathered Monday night in Riverside Park in Fresno to remember a"
        " 16-year-old boy who was fatally shot on Sunday.\n\nThe boy was shot while walking"
        " home from a store. Another teen was hit in the leg and is recovering, police said.",
        ("2024-03-10", 1, 1),
    ),
    (
        "Tulsa police on Monday released the name of the man who died in a weekend shooting at the"
        " Linden Court apartments.\n\nOfficers found two men with gunshot wounds at the complex"
        " about 11 p.m. Saturday. One of them died at a hospital and the other is in stable"
        " condition.",
        ("2024-03-09", 1, 1),
    ),
    (
        "Hundreds attend funeral for slain officer\n\nHundreds of mourners filled a church in"
        " Mesa on Monday for the funeral of Officer Dan Ruiz, who was killed in a shootout on"
        " March 4.\n\nRuiz and his partner were responding to a domestic call when a man opened"
        " fire. The partner was wounded in the leg.",
        ("2024-03-04", 1, 1),
    ),
    # another incident recalled as context
    (
        "A 25-year-old man was wounded in a shooting on Oak Street in Macon on Monday night,"
        " police said.\n\nIt was the second shooting on the street this month. On March 3, two"
        " men were killed and a woman was hurt when someone fired from a passing car a block away.",
        ("2024-03-11", 0, 1),
    ),
    (
        "Shooting near school rattles neighbors\n\nA woman was shot in the arm near Lincoln"
        " Elementary School in Akron on Monday afternoon, police said.\n\nIn January, a gunman"
        " killed three people and wounded five at a grocery store two blocks away.",
        ("2024-03-11", 0, 1),
    ),
    (
        "Two men were shot near a bus stop on Park Avenue in Akron on Monday evening, police"
        " said.\n\nBoth were taken to a hospital. It was the city's third shooting in a week; a"
        " woman was killed in a shooting on Friday.",
        ("2024-03-11", 0, 2),
    ),
    # a tally of the year is no death of the incident
    (
        "Police said a woman was shot on Park Avenue in Akron on Monday evening while walking"
        " her dog.\n\nThe city has recorded 14 homicides this year.",
        ("2024-03-11", 0, 1),
    ),
    (
        "Two men were shot Sunday in Gary. Shootings have killed 12 people in Gary so far"
        " this year.",
        ("2024-03-10", 0, 2),
    ),
    # a death denied
    (
        "A man was shot in Gary on Sunday. The shooting was not fatal.",
        ("2024-03-10", 0, 1),
    ),
    (
        "A man was shot in Gary on Sunday. His wounds were not fatal, police said.",
        ("2024-03-10", 0, 1),
    ),
    # one victim or two, told in one sentence or two
    (
        "Two men were shot on Main Street in Gary on Sunday night. One of them died at the scene.",
        ("2024-03-10", 1, 1),
    ),
    (
        "A man was shot on Main Street in Gary on Sunday night and later died at a hospital.",
        ("2024-03-10", 1, 0),
    ),
    (
        "A gunman shot a couple at their home in Gary on Sunday. The husband died at the scene;"
        " his wife was treated for a wound to the arm.",
        ("2024-03-10", 1, 1),
    ),
    (
        "A woman was critically wounded by gunfire Sunday in Gary. She died Monday.",
        ("2024-03-10", 1, 0),
    ),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(published=PUBLISHED)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "want"), ARTICLES)
def test_the_main_event_is_the_reported_incident(
    pipeline: Pipeline, text: str, want: tuple[str, int, int]
) -> None:
    (doc,) = pipeline.run_pages([RawPage("a.txt", text.encode(), "text")])
    assert isinstance(doc, Document)
    main = next(e for e in doc.events if e.main)
    assert (main.date, main.fatalities or 0, main.injuries or 0) == want
