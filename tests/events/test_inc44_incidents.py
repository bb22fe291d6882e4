"""One incident, one record (inc44, issue 15). All sentences are written for these tests.

Folds, as a reader folds them:

- once the incident's day is known, an account of that same day in a town close by in the same
  region (a neighbourhood or suburb and its city) is the incident told again.

Stay apart: an event whose phrase names it another incident ("In a separate incident, ...",
"in an unrelated shooting", "Separately, ...": `locate.marked_new`), and an account in a
neighbouring town told as of another day, or in a town far off.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from eventwire.events.article_level import fold_into_main
from eventwire.events.locate import marked_new
from eventwire.events.words import event_words
from eventwire.records import Event, Place

from .conftest import Code, make_event


def _token(nlp: Language, sentence: str, word: str) -> object:
    return next(t for t in nlp(sentence) if t.text == word)


def _asserted_attacks(events: tuple[Event, ...]) -> list[Event]:
    return [e for e in events if e.type == "ASSAULT" and e.modality == "asserted"]


# --- a phrase that names the event another incident


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("In a separate incident, a woman was shot near a gas station.", "shot"),
        ("Hours later, a cyclist was wounded in an unrelated shooting.", "wounded"),
        ("Separately, a man was stabbed outside a nightclub.", "stabbed"),
        ("In another attack, two guards were beaten at the depot.", "beaten"),
    ],
)
def test_a_phrase_naming_another_incident_marks_the_event_new(
    nlp: Language, sentence: str, trigger: str
) -> None:
    assert marked_new(event_words(), _token(nlp, sentence, trigger))


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("A woman was shot in the incident near a gas station.", "shot"),
        ("A man was shot in a new car outside his house.", "shot"),
        ("A cyclist was wounded in the shooting on Hill Road.", "wounded"),
    ],
)
def test_a_phrase_of_the_same_or_no_incident_does_not_mark_the_event_new(
    nlp: Language, sentence: str, trigger: str
) -> None:
    assert not marked_new(event_words(), _token(nlp, sentence, trigger))


@pytest.mark.parametrize(
    "text",
    [
        "Gunfire killed a driver late on Saturday. In a separate incident, a woman was shot "
        "on Saturday and taken to a hospital.",
        "A clerk died of gunshot wounds on Saturday. Hours later, a cyclist was wounded in an "
        "unrelated shooting.",
        "A woman was killed in a shooting on Monday. Separately, a man was shot on Monday.",
    ],
)
def test_another_incident_in_the_next_sentence_stays_a_record_of_its_own(
    tagged: Code, text: str
) -> None:
    assert len(_asserted_attacks(tagged(text))) == 2


# --- a neighbourhood or suburb and its city, on the incident's day


DAY = "2026-11-28"


def _town(name: str, start: int, geonameid: int, lat: float, lon: float, admin1: str) -> Place:
    return Place(name, start, start + len(name), name, geonameid, lat, lon, "USA", admin1,
                 "city", 0.9)  # fmt: skip


CITY = _town("Harborview", 40, 1, 40.00, -80.00, "Ohio")
SUBURB = _town("Millbrook", 0, 2, 40.08, -80.05, "Ohio")  # about 10 km off
OVER_THE_LINE = _town("Millbrook", 0, 3, 40.08, -80.05, "Indiana")
FAR_OFF = _town("Stonefield", 0, 4, 41.50, -82.00, "Ohio")  # about 230 km off

MAIN_TEXT = "Gunfire outside a bakery in Harborview left a baker dead on Saturday."
MAIN = replace(
    make_event(0, MAIN_TEXT, mode="firearms", date=DAY, date_precision="day", location=CITY),
    fatalities=1,
    main=True,
)


def _account(sentence: str, town: Place, day: str = DAY) -> Event:
    start = 200
    where = replace(town, start=start + sentence.index(town.name), end=start + len(sentence))
    told = make_event(start, sentence, mode="firearms", date=day, date_precision="day")
    return replace(told, location=where)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers found her on a sidewalk in Millbrook on Saturday.",
        "The gunman fled on foot through Millbrook on Saturday, police said.",
        "A neighbour in Millbrook heard two shots on Saturday.",
    ],
)
def test_an_account_of_the_day_in_a_town_close_by_folds(sentence: str) -> None:
    folded = fold_into_main([MAIN, _account(sentence, SUBURB)], settled=True)
    assert len(folded) == 1
    assert (folded[0].location, folded[0].fatalities) == (CITY, 1)


def test_an_account_in_a_town_close_by_told_as_of_another_day_stays_apart() -> None:
    sentence = "A man was shot in Millbrook on Sunday."
    assert len(fold_into_main([MAIN, _account(sentence, SUBURB, "2026-11-29")], settled=True)) == 2


def test_an_account_of_the_day_in_a_town_far_off_stays_apart() -> None:
    sentence = "A man was shot in Stonefield on Saturday."
    assert len(fold_into_main([MAIN, _account(sentence, FAR_OFF)], settled=True)) == 2


def test_an_account_of_the_day_in_a_town_close_by_over_a_state_line_stays_apart() -> None:
    sentence = "A man was shot in Millbrook on Saturday."
    assert len(fold_into_main([MAIN, _account(sentence, OVER_THE_LINE)], settled=True)) == 2


def test_the_first_fold_keeps_a_town_close_by_apart() -> None:
    sentence = "Officers found her on a sidewalk in Millbrook on Saturday."
    assert len(fold_into_main([MAIN, _account(sentence, SUBURB)])) == 2
