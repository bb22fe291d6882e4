"""One incident, one record (inc43, issue 15): the main incident's later accounts fold into it.

All sentences are written for these tests. Two forms fold, as a reader folds them:

- once the incident's day is known (`incident_day`: "killed last month", then "was shot and
  killed on Nov. 20"), the other accounts of that day fold into the main record, its counts
  left as the article's accounts settled them (`fold_into_main(settled=True)`);
- a definite singular event noun ("the shooting", "that attack": `locate.told_again`) retells the
  incident: it folds whatever later day it was told on ("On Monday, police said the suspect fled
  after the shooting"), and a place its own sentence does not name does not keep it apart.

And these stay apart: an account dated before the incident, one whose own sentence names
another town, one marked new ("another shooting") or plural ("the shootings"), and one named,
counted or dated ("Friday's shooting", "the Elm Street shooting", "the shooting on Friday").
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from eventwire.events.article_level import fold_into_main, incident_day
from eventwire.events.locate import told_again
from eventwire.events.words import event_words
from eventwire.records import Evidence, Place

from .conftest import make_event

PUBLISHED = "2026-12-01"


def _place(name: str, start: int, geonameid: int, lat: float) -> Place:
    return Place(name, start, start + len(name), name, geonameid, lat, -80.0, "USA", "Ohio",
                 "city", 0.9)  # fmt: skip


def _told(start: int, sentence: str, **fields: object) -> object:
    return make_event(start, sentence, mode="firearms", **fields)


MAIN_TEXT = "Gunfire outside a laundromat on Pell Street killed a woman on Saturday."
MAIN = replace(
    make_event(0, MAIN_TEXT, mode="firearms", date="2026-11-28", date_precision="day"),
    fatalities=1,
    main=True,
)


# --- the noun that retells: "the shooting" and nothing that names, counts or dates it


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("On Monday, detectives said the neighbour had planned the shooting.", "shooting"),
        ("A witness said a car sped away after the shooting.", "shooting"),
        ("The suspect had been drinking before the shooting, police said.", "shooting"),
        ("The owner said he heard that attack from the kitchen.", "attack"),
    ],
)
def test_a_definite_event_noun_retells(nlp: Language, sentence: str, noun: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == noun)
    assert told_again(event_words(), token)


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("Police were called to another shooting on Dorr Avenue.", "shooting"),
        ("Neighbours said the shootings have gone on for months.", "shootings"),
        ("Police said a car sped away after Friday's shooting.", "shooting"),
        ("The Dorr Avenue shooting is still unsolved.", "shooting"),
        ("Police said the shooting on Friday was not connected.", "shooting"),
        ("Police said a car sped away after a shooting.", "shooting"),
    ],
)
def test_a_new_named_dated_or_plural_event_noun_does_not_retell(
    nlp: Language, sentence: str, noun: str
) -> None:
    token = next(t for t in nlp(sentence) if t.text == noun)
    assert not told_again(event_words(), token)


# --- folds


def test_a_retelling_told_days_later_folds() -> None:
    later = _told(120, "On Monday, detectives said the neighbour had planned the shooting.")
    later = replace(later, date="2026-11-30", date_precision="day")
    much_later = _told(200, "A witness said on Dec. 20 that a car sped away after the shooting.")
    much_later = replace(much_later, date="2026-12-20", date_precision="day")
    folded = fold_into_main(
        [MAIN, later, much_later], settled=True, retold={later.id, much_later.id}
    )
    assert len(folded) == 1
    assert (folded[0].date, folded[0].fatalities) == ("2026-11-28", 1)


def test_a_retelling_keeps_the_counts_it_folds_into() -> None:
    told = _told(120, "On Monday, a witness said two men died in the shooting.")
    told = replace(told, date="2026-11-30", date_precision="day", fatalities=2, injuries=3)
    (folded,) = fold_into_main([MAIN, told], settled=True, retold={told.id})
    assert (folded.fatalities, folded.injuries) == (1, None)


def test_a_retelling_whose_sentence_names_no_place_folds() -> None:
    elmford = replace(MAIN, location=_place("Elmford", 60, 1, 40.0))
    sentence = "On Monday, police said the gunman fled after the shooting."
    # its place is a town named before it (a misreading of the paragraph's places)
    dunmore = _place("Dunmore", 90, 2, 42.0)
    told = replace(_told(120, sentence), date="2026-11-30", date_precision="day", location=dunmore)
    folded = fold_into_main([elmford, told], settled=True, retold={told.id})
    assert len(folded) == 1 and folded[0].location == elmford.location


def test_an_account_of_the_incidents_day_folds_once_the_day_is_known() -> None:
    lead = "A woman died in a shooting last month, police said Monday."
    main = replace(
        make_event(0, lead, mode="firearms", date="2026-11", date_precision="month"),
        fatalities=1,
        main=True,
    )
    dated = "She was shot and killed on Nov. 20 in a parking lot on Birch Avenue."
    day = replace(_told(100, dated), date="2026-11-20", date_precision="day", fatalities=1)
    shot = "Police found her shot in the head in the lot on Nov. 20."
    again = replace(_told(200, shot), date="2026-11-20", date_precision="day", injuries=1)
    events = fold_into_main([main, day, again])
    assert len(events) == 3  # a month holds many days: not yet one incident
    told = incident_day(events, PUBLISHED, (), [(100 + dated.index("Nov"), "2026-11-20")])
    folded = fold_into_main(told, settled=True)
    assert [(e.date, e.fatalities) for e in folded if e.main] == [("2026-11-20", 1)]
    assert len(folded) == 1


# --- stays apart


def test_a_retelling_dated_before_the_incident_stays_apart() -> None:
    sentence = "A man was wounded on Thursday, and police said the shooting was gang related."
    before = replace(_told(120, sentence), date="2026-11-26", date_precision="day", injuries=1)
    assert len(fold_into_main([MAIN, before], settled=True, retold={before.id})) == 2


def test_a_retelling_that_names_another_town_stays_apart() -> None:
    elmford = replace(MAIN, location=_place("Elmford", 60, 1, 40.0))
    sentence = "On Monday, police said the gunman fled after the shooting in Dunmore."
    town = _place("Dunmore", 120 + sentence.index("Dunmore"), 2, 42.0)
    told = replace(_told(120, sentence), date="2026-11-30", date_precision="day", location=town)
    assert len(fold_into_main([elmford, told], settled=True, retold={told.id})) == 2


def test_another_or_several_shootings_stay_apart() -> None:
    another = _told(120, "On Monday, police were called to another shooting on Dorr Avenue.")
    another = replace(another, date="2026-11-30", date_precision="day")
    several = _told(200, "Neighbours said the shootings have gone on for months.")
    several = replace(several, date="2026-11-30", date_precision="day")
    kept = fold_into_main(
        [MAIN, another, several], {another.id, several.id}, settled=True, retold=set()
    )
    assert len(kept) == 3


def test_an_account_told_weeks_later_that_does_not_retell_stays_apart() -> None:
    sentence = "A man was shot on Dec. 20 outside a bar on Elm Road."
    later = replace(_told(120, sentence), date="2026-12-20", date_precision="day", injuries=1)
    assert len(fold_into_main([MAIN, later], settled=True)) == 2


def test_the_first_fold_is_unchanged_by_retellings() -> None:
    later = _told(120, "A witness said on Dec. 20 that a car sped away after the shooting.")
    later = replace(
        later, date="2026-12-20", date_precision="day", evidence=Evidence("x", 120, 121)
    )
    assert len(fold_into_main([MAIN, later], retold={later.id})) == 2
