"""History told in passing, asserted as news (issue 15 precision, prec37): an event noun or
participle that only names the people or the thing a sentence is about ("survivors of the mass
shooting"), an event that an institution's change answers ("tightened gun laws after a shooting
killed nine"), a place told by an act of a named year ("the town, which was bombed in 2014,") or
by a past act in the passive under a present state ("the region includes the valley, where a
convoy was ambushed") (`events/history_forms.py`). The same shapes told as this story's news
stay asserted. All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, below_headline, has_asserted, told_as_background

HISTORY = [
    # an event noun or participle that only names who or what the sentence is about
    ("Survivors of the mass shooting met the governor on Tuesday.", "ASSAULT"),
    ("Relatives of those killed in the bombing gathered outside the court on Monday.", "ASSAULT"),
    ("Families of the hostages seized by the gang met the minister.", "COERCE"),
    ("Families of those who were abducted by the gang met the minister.", "ASSAULT"),
    ("Survivors wounded in the bombing met the minister.", "ASSAULT"),
    ("The survivors, who were wounded in the bombing, met the minister.", "ASSAULT"),
    # an undated event that an institution's change answers
    ("Lawmakers passed a new gun law after a gunman killed nine people at a mall.", "ASSAULT"),
    ("The state tightened gun laws after a shooting at a mall killed nine people.", "ASSAULT"),
    ("The city unveiled a memorial following the bombing.", "ASSAULT"),
    ("The state has tightened its gun laws since the massacre.", "ASSAULT"),
    # a place told by its past in the simple past passive, under a present state
    ("The region includes the valley, where a convoy was ambushed.", "ASSAULT"),
    ("The district is home to the market where two traders were shot.", "ASSAULT"),
]

NEWS = [
    ("A mass shooting at a school killed four people on Sunday.", "ASSAULT"),
    ("Survivors of Sunday's shooting met the governor.", "ASSAULT"),
    ("The victim of the shooting died in hospital.", "ASSAULT"),
    ("The family of the man who was shot said he was a loving father.", "ASSAULT"),
    ("The survivors, who attacked the gunman, were praised by the mayor.", "ASSAULT"),
    ("Troops were deployed after the attack.", "ASSAULT"),
    ("Troops returned to the valley, where a convoy was ambushed.", "ASSAULT"),
    ("Police sealed off the market, where two traders were shot.", "ASSAULT"),
    ("The council passed a curfew after rioters burned shops on Friday.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "kind"), HISTORY)
def test_history_told_in_passing_is_background(tagged: Code, text: str, kind: str) -> None:
    assert told_as_background(below_headline(tagged, text), kind), text


@pytest.mark.parametrize(("text", "kind"), NEWS)
def test_news_of_the_same_shape_stays_asserted(tagged: Code, text: str, kind: str) -> None:
    assert has_asserted(below_headline(tagged, text), kind), text


# a place told by an act of a named year, read with no day of publication (the time stage can
# then judge no date: the form alone tells the history)
PLACES = [
    "The town, which was bombed in 2014, has a new hospital.",
    "The square where protesters were shot in 1989 is now a park.",
    "The bridge destroyed by shelling in 2015 has been rebuilt.",
    "The town, which suffered the 2014 bombing, has a new hospital.",
    "The village that saw the 2012 massacre was rebuilt by its residents.",
]

PLACE_NEWS = [
    "Rebels bombed the town on Monday.",
    "The town was bombed in 2014.",
    "Police sealed off the market where a bomb exploded on Monday.",
]


@pytest.mark.parametrize("text", PLACES)
def test_a_place_told_by_a_dated_act_is_background(code: Code, text: str) -> None:
    events = below_headline(code, text, published=None)
    assert not has_asserted(events, "ASSAULT"), text
    assert any(e.type == "ASSAULT" and e.modality == "background" for e in events), text


@pytest.mark.parametrize("text", PLACE_NEWS)
def test_an_act_of_its_own_clause_stays_asserted(code: Code, text: str) -> None:
    assert has_asserted(below_headline(code, text, published=None), "ASSAULT"), text
