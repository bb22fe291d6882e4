"""One incident, one record (inc55, issue 15). All sentences are written for these tests.

Folds, as a reader folds them:

- a definite plural event noun ("the shootings", "those killings": `locate.told_again` with
  `plural`) after an incident that harmed two or more people (`article_level.harmed_several`)
  tells that incident's acts again: it folds as "the shooting" does (any later day; a place its
  own sentence does not name keeps it not apart);
- an age in the phrase of a definite event noun ("the shooting of a 15-year-old boy", which the
  parser tags DATE) does not date it: it still retells the incident (`locate.told_again`);
- on the incident's day, the police named as a party of an account ("Police: cyclist hurt
  near depot", "detectives looked into the killing") keep it no more apart from the main
  record than an unnamed party would (`article_level.INVESTIGATING_SECTORS`).

Stay apart: "the shootings" after an incident that harmed one person (a tally, a string of
incidents); a plural noun named, counted or dated ("Saturday's shootings", "two shootings",
"the shootings this year"); parties of kinds that exclude each other other than the police; an
account with the police as a party told as of another day.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from eventwire.events.article_level import fold_into_main, harmed_several
from eventwire.events.locate import told_again
from eventwire.events.words import event_words
from eventwire.records import Actor, Event

from .conftest import Code, make_event

DAY = "2026-11-28"


def _asserted_attacks(events: tuple[Event, ...]) -> list[Event]:
    return [e for e in events if e.type == "ASSAULT" and e.modality == "asserted"]


# --- "the shootings": a plural noun that points back


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("A witness said the gunman drove off after the shootings.", "shootings"),
        ("Neighbours said those killings shook the whole street.", "killings"),
        ("The owner of the bar was not there during the shootings, police said.", "shootings"),
        ("Detectives said a pistol and a rifle were used in the killings.", "killings"),
    ],
)
def test_a_definite_plural_event_noun_points_back(nlp: Language, sentence: str, noun: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == noun)
    assert told_again(event_words(), token, plural=True)
    assert not told_again(event_words(), token)  # the singular reading is unchanged


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("Police said Saturday's shootings were not connected.", "shootings"),
        ("Officers were called to two shootings on Dorr Avenue.", "shootings"),
        ("The shootings of last summer were never solved.", "shootings"),
        ("A string of shootings has frightened the neighbourhood.", "shootings"),
        ("A witness said the gunman drove off after the shooting.", "shooting"),
    ],
)
def test_a_named_counted_dated_bare_or_singular_noun_does_not_point_back_as_a_plural(
    nlp: Language, sentence: str, noun: str
) -> None:
    token = next(t for t in nlp(sentence) if t.text == noun)
    assert not told_again(event_words(), token, plural=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "A quarrel about a bicycle ended in the deadly shooting of 15-year-old Tom Reed.",
        "Detectives have no motive yet for the shooting of a 23-year-old woman.",
        "Police said the shooting of the 40-year-old man was not random.",
    ],
)
def test_an_age_of_the_victim_does_not_date_the_retold_noun(nlp: Language, sentence: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == "shooting")
    assert told_again(event_words(), token)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the shooting of the 40-year-old man last month was not random.",
        "Police said the shooting of a teenager on Friday was not random.",
        "The shooting of a 9-year-old girl in 2019 was never solved.",
    ],
)
def test_a_date_beside_an_age_still_dates_the_noun(nlp: Language, sentence: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == "shooting")
    assert not told_again(event_words(), token)


def _main(dead: int | None, hurt: int | None) -> Event:
    text = "Gunfire at a tavern on Ridge Road left people dead and hurt on Saturday."
    return replace(
        make_event(0, text, mode="firearms", date=DAY, date_precision="day"),
        fatalities=dead,
        injuries=hurt,
        main=True,
    )


@pytest.mark.parametrize(("dead", "hurt"), [(1, 1), (2, None), (0, 3), (3, 1)])
def test_an_incident_that_harmed_two_or_more_harmed_several(dead: int, hurt: int | None) -> None:
    assert harmed_several([_main(dead, hurt)])


@pytest.mark.parametrize(("dead", "hurt"), [(1, None), (None, 1), (1, 0), (None, None)])
def test_an_incident_that_harmed_one_did_not_harm_several(
    dead: int | None, hurt: int | None
) -> None:
    assert not harmed_several([_main(dead, hurt)])


def test_a_tally_read_as_the_main_harmed_no_several() -> None:
    assert not harmed_several([replace(_main(40, 90), implausible_counts=True)])


SEVERAL = "Two women were shot dead and a man was wounded outside a diner on Saturday night."
ONE = "A woman was shot dead outside a diner on Saturday night."
LATER = [
    "On Monday, a neighbour said the gunman ran off down an alley after the shootings.",
    "A cook said on Monday that the gunman fled in a red car after the killings.",
    "On Monday, police said the gunman hid in a shed for hours after the shootings.",
    "The gunman walked away calmly after those shootings, a witness said on Monday.",
]


def _article(lead: str, later: str) -> str:
    return f"{lead} The diner stayed shut on Sunday.\n\n{later}"


@pytest.mark.parametrize("later", LATER)
def test_the_shootings_after_an_incident_that_harmed_several_fold(tagged: Code, later: str) -> None:
    assert len(_asserted_attacks(tagged(_article(SEVERAL, later)))) == 1


@pytest.mark.parametrize("later", LATER)
def test_the_shootings_after_an_incident_that_harmed_one_stay_apart(
    tagged: Code, later: str
) -> None:
    assert len(_asserted_attacks(tagged(_article(ONE, later)))) == 2


# --- the police as a party of an account of the incident's day


def _party(name: str, sector: str | None) -> Actor:
    return Actor(name, name, "USA", sector)


MAIN_TEXT = "A carpenter hit by his own pistol by mistake at a house on Saturday has died."
MAIN = replace(
    make_event(
        0,
        MAIN_TEXT,
        mode="firearms",
        date=DAY,
        date_precision="day",
        actor=(_party("carpenter", "CVL"),),
    ),
    fatalities=1,
    main=True,
)


def _account(sentence: str, *actors: Actor, day: str = DAY) -> Event:
    told = make_event(200, sentence, mode="firearms", date=day, date_precision="day")
    return replace(told, actor=actors)


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("Police: cyclist hurt near the depot on Saturday", ("Police", "cyclist")),
        ("Detectives looked into the killing of the cook.", ("Detectives",)),
        ("Officers said a bullet hit the cook in one arm on Saturday.", ("Officers",)),
    ],
)
def test_an_account_of_the_day_with_the_police_as_a_party_folds(
    sentence: str, actors: tuple[str, ...]
) -> None:
    parties = [_party(a, "COP" if a[0].isupper() else None) for a in actors]
    folded = fold_into_main([MAIN, _account(sentence, *parties)], settled=True)
    assert len(folded) == 1


def test_an_account_with_the_police_as_a_party_told_as_of_another_day_stays_apart() -> None:
    told = _account("Police said a boy was shot on Thursday.", _party("Police", "COP"))
    assert len(fold_into_main([MAIN, replace(told, date="2026-11-26")], settled=True)) == 2


def test_the_first_fold_keeps_the_police_as_a_party_apart() -> None:
    told = _account("Police said a bullet struck the cook on Saturday.", _party("Police", "COP"))
    assert len(fold_into_main([MAIN, told])) == 2


@pytest.mark.parametrize(
    ("sector", "sentence"),
    [
        ("MIL", "Soldiers fired on the house on Saturday."),
        ("REB", "Rebels fired on the house on Saturday."),
        ("GOV", "Officials said a guard fired on the house on Saturday."),
    ],
)
def test_an_account_of_the_day_with_parties_of_another_kind_stays_apart(
    sector: str, sentence: str
) -> None:
    told = _account(sentence, _party(sentence.split()[0], sector))
    assert len(fold_into_main([MAIN, told], settled=True)) == 2
