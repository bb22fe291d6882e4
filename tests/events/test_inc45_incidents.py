"""One incident, one record (inc45, issue 15). All sentences are written for these tests.

Folds, as a reader folds them:

- on the incident's day, an account whose town is read from a person's name (a surname or a
  given name that is also a town: the name of one of its own parties, or a word of a person the
  article names) tells no other town: it is the incident told again;

Stay apart: an account in a real other town of that day, and one read from a name but told as
of another day.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.events.article_level import fold_into_main
from eventwire.records import Actor, Event, Place

from .conftest import make_event

DAY = "2026-11-28"


def _town(name: str, start: int, geonameid: int, lat: float, admin1: str = "Ohio") -> Place:
    return Place(name, start, start + len(name), name, geonameid, lat, -80.0, "USA", admin1,
                 "city", 0.9)  # fmt: skip


MAIN_TEXT = "A teenager died of a gunshot wound at a house in Harborview on Saturday."
MAIN = replace(
    make_event(
        0,
        MAIN_TEXT,
        mode="firearms",
        date=DAY,
        date_precision="day",
        location=_town("Harborview", MAIN_TEXT.index("Harborview"), 1, 40.0),
    ),
    fatalities=1,
    main=True,
)


def _person(name: str) -> Actor:
    return Actor(name, name, None, None)


def _account(sentence: str, town: str, day: str = DAY, **fields: object) -> Event:
    start = 200
    where = _town(town, start + sentence.index(town), 9, 44.0, "Kansas")
    told = make_event(start, sentence, mode="firearms", date=day, date_precision="day")
    return replace(told, location=where, **fields)


# --- a town read from a person's name


@pytest.mark.parametrize(
    ("sentence", "town", "victim"),
    [
        ("Police said Rhodes shot Ana Copeland before fleeing.", "Copeland", "Copeland"),
        ("A cousin said Wichita was shot while sitting on the porch.", "Wichita", "Wichita"),
        ("Investigators believe Moss fired the gun that hit Dayton.", "Dayton", "Dayton"),
    ],
)
def test_a_town_read_from_the_accounts_own_party_folds(
    sentence: str, town: str, victim: str
) -> None:
    told = _account(sentence, town, recipient=(_person(victim),))
    folded = fold_into_main([MAIN, told], settled=True)
    assert len(folded) == 1
    assert folded[0].location == MAIN.location


@pytest.mark.parametrize(
    ("sentence", "town", "people"),
    [
        ("Her grandmother said Hayden loved to play outside.", "Hayden", {"hayden", "mills"}),
        ("A neighbour said the boy Lorain was shot by accident.", "Lorain", {"lorain", "reyes"}),
        ("Friends of Marion said the shooting made no sense.", "Marion", {"ruth", "marion"}),
    ],
)
def test_a_town_read_from_a_person_the_article_names_folds(
    sentence: str, town: str, people: set[str]
) -> None:
    folded = fold_into_main([MAIN, _account(sentence, town)], settled=True, people_words=people)
    assert len(folded) == 1
    assert folded[0].location == MAIN.location


@pytest.mark.parametrize(
    "sentence",
    [
        "A man was also shot in Stonefield on Saturday.",
        "Later that night, gunfire wounded a driver in Stonefield.",
        "Police in Stonefield said a woman was shot on Saturday.",
    ],
)
def test_a_real_other_town_of_the_day_stays_apart(sentence: str) -> None:
    folded = fold_into_main(
        [MAIN, _account(sentence, "Stonefield")], settled=True, people_words={"ana", "copeland"}
    )
    assert len(folded) == 2


def test_a_town_read_from_a_name_on_another_day_stays_apart() -> None:
    sentence = "Police said Rhodes shot Ana Copeland on Sunday."
    told = _account(sentence, "Copeland", "2026-11-29", recipient=(_person("Copeland"),))
    assert len(fold_into_main([MAIN, told], settled=True, people_words={"copeland"})) == 2


# --- a town read far from every other place the article names


HARBORVIEW = MAIN.location
assert HARBORVIEW is not None
RIVERTON = _town("Riverton", 300, 5, 40.3)  # a second town of the main's region


def _lone_account(sentence: str, town: Place, day: str = DAY) -> Event:
    start = 200
    where = replace(town, start=start + sentence.index(town.name))
    told = make_event(start, sentence, mode="firearms", date=day, date_precision="day")
    return replace(told, location=where)


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        (
            "Officers found the teenager in the Ashby section on Saturday.",
            _town("Ashby", 0, 20, 52.0, "England"),
        ),
        (
            "A Lakeport woman heard the shots on Saturday, police said.",
            _town("Lakeport", 0, 21, 39.0, "Nevada"),
        ),
        (
            "The gunman ran toward Elk Grove on Saturday before he was caught.",
            _town("Elk Grove", 0, 22, 35.0, "Texas"),
        ),
    ],
)
def test_an_account_of_the_day_in_a_lone_town_folds(sentence: str, town: Place) -> None:
    """A town in a region the article names nothing else in: a guess of the geocoder."""
    places = (HARBORVIEW, RIVERTON, town)
    told = _lone_account(sentence, town)
    folded = fold_into_main([MAIN, told], settled=True, article_places=places)
    assert len(folded) == 1
    assert folded[0].location == HARBORVIEW


@pytest.mark.parametrize(
    ("sentence", "town", "state"),
    [
        (
            "In Lakeport, Nevada, a woman was shot on Saturday.",
            _town("Lakeport", 0, 21, 39.0, "Nevada"),
            Place("Nevada", 0, 6, "Nevada", 30, 39.0, -117.0, "USA", "Nevada", "admin1", 0.9),
        ),
        (
            "A man was wounded in Elk Grove on Saturday, near Cedar Falls.",
            _town("Elk Grove", 0, 22, 35.0, "Texas"),
            _town("Cedar Falls", 0, 23, 35.1, "Texas"),
        ),
        (
            "Gunfire hit a store in Ashby on Saturday, far from Harborview.",
            _town("Ashby", 0, 20, 52.0, "England"),
            _town("Dunmore", 0, 24, 52.1, "England"),
        ),
    ],
)
def test_an_account_of_the_day_in_a_town_with_its_region_named_stays_apart(
    sentence: str, town: Place, state: Place
) -> None:
    places = (HARBORVIEW, RIVERTON, town, state)
    told = _lone_account(sentence, town)
    assert len(fold_into_main([MAIN, told], settled=True, article_places=places)) == 2


def test_an_account_in_a_lone_town_on_another_day_stays_apart() -> None:
    town = _town("Lakeport", 0, 21, 39.0, "Nevada")
    told = _lone_account("A Lakeport woman was shot on Sunday.", town, "2026-11-29")
    places = (HARBORVIEW, RIVERTON, town)
    assert len(fold_into_main([MAIN, told], settled=True, article_places=places)) == 2


def test_the_first_fold_keeps_a_lone_town_apart() -> None:
    town = _town("Lakeport", 0, 21, 39.0, "Nevada")
    told = _lone_account("A Lakeport woman heard the shots on Saturday.", town)
    assert len(fold_into_main([MAIN, told], article_places=(HARBORVIEW, town))) == 2


# --- two towns, each the only place named in its region, each with its own dead or hurt (fix51e)


def _city(name: str, start: int, geonameid: int, lat: float, admin1: str) -> Place:
    return Place(name, start, start + len(name), name, geonameid, lat, 70.0, "PAK", admin1,
                 "city", 0.9)  # fmt: skip


@pytest.mark.parametrize(
    ("main_text", "main_town", "dead", "sentence", "town", "dead_there", "hurt_there"),
    [
        (
            "Gunmen shot dead three soldiers in Multan on Friday.",
            "Multan",
            3,
            "On Friday, gunmen also shot dead a soldier in Gilgit.",
            "Gilgit",
            1,
            None,
        ),
        (
            "A bomb killed two shoppers at a market in Sukkur on Friday.",
            "Sukkur",
            2,
            "A second blast on Friday wounded four people in Mardan.",
            "Mardan",
            None,
            4,
        ),
        (
            "Police said a gunman killed a teacher in Hyderabad on Friday.",
            "Hyderabad",
            1,
            "In Turbat, another gunman killed two guards on Friday.",
            "Turbat",
            2,
            None,
        ),
    ],
)
def test_two_lone_towns_each_with_its_own_harm_stay_apart(
    main_text: str,
    main_town: str,
    dead: int,
    sentence: str,
    town: str,
    dead_there: int | None,
    hurt_there: int | None,
) -> None:
    day = "2026-11-27"
    home = _city(main_town, main_text.index(main_town), 41, 25.0, "Sindh")
    main = replace(
        make_event(0, main_text, mode="firearms", date=day, date_precision="day", location=home),
        fatalities=dead,
        main=True,
    )
    there = _city(town, 200 + sentence.index(town), 42, 35.0, "Frontier")
    told = replace(
        make_event(200, sentence, mode="firearms", date=day, date_precision="day", location=there),
        fatalities=dead_there,
        injuries=hurt_there,
    )
    folded = fold_into_main([main, told], settled=True, article_places=(home, there))
    assert len(folded) == 2
    assert folded[0].fatalities == dead


HARBORVIEW_ALONE = _town("Harborview", MAIN_TEXT.index("Harborview"), 1, 40.0, "Maine")
MAIN_ALONE = replace(MAIN, location=HARBORVIEW_ALONE)


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("A Lakeport man was shot on Saturday.", "Lakeport"),
        ("Officers searched a yard in Stonefield on Saturday.", "Stonefield"),
        ("The gunman fled toward Elk Grove on Saturday.", "Elk Grove"),
    ],
)
def test_the_mains_own_lone_town_folds_no_other_town(sentence: str, town: str) -> None:
    """The main's town the only place of its region tells nothing of another account's town
    (in a region with a second place named: no guess of the geocoder)."""
    there = _town(town, 0, 31, 45.0)
    near_it = _town("Riverton", 0, 32, 45.1)
    told = _lone_account(sentence, there)
    places = (HARBORVIEW_ALONE, there, near_it)
    assert len(fold_into_main([MAIN_ALONE, told], settled=True, article_places=places)) == 2
