"""A shooter's own death told after the dead of the shooting (gvc26).

Short local-news reports of our own, none from a development set. A later death by one's own
hand ("their father ... died of a wound deemed self-inflicted") is the shooter's,
not one of the victims counted before: it adds to the dead. "Turned the weapon on himself" tells
the shooter's death, unless he is told to have lived. A man who "shot his son and then killed
himself" leaves the son's later death to count apart from his own. The main event must carry
(killed, injured).
"""

from __future__ import annotations

import pytest

from .conftest import Code, assert_main_counts

# (text, killed, injured)
CASES: list[tuple[str, int, int]] = [
    # 1. a later death by one's own hand is the shooter's, apart from the dead told before
    (
        "Two girls were shot dead in a farmhouse on Cobb Lane on Sunday. Their mother was found "
        "nearby and later died of what deputies called a self-inflicted wound.",
        3,
        0,
    ),
    (
        "Two brothers died in a shooting at a bungalow on Elm Road on Friday. Their uncle died "
        "hours later at a clinic of a self-inflicted wound.",
        3,
        0,
    ),
    # ... not where the later death is of the victim told before
    (
        "A woman was found dead in a trailer on Quarry Lane on Monday. She died of one "
        "bullet wound to her chest, deputies said.",
        1,
        0,
    ),
    # 2. "turned the weapon on himself" tells the shooter's death
    (
        "A man killed his wife at a bungalow on Elm Road on Friday and later turned the weapon "
        "on himself, deputies said.",
        2,
        0,
    ),
    # ... where no other death is told: his own
    (
        "A man fired at his neighbors on Cobb Lane on Sunday and at last turned the weapon on "
        "himself. Nobody else was hurt.",
        1,
        0,
    ),
    (
        "A gunman fired shots inside a feed store on Vine Street on Tuesday and later turned the "
        "weapon on himself. Deputies said nobody else was hurt.",
        1,
        0,
    ),
    # ... not where he lived
    (
        "A man shot his wife dead at a bungalow on Elm Road on Friday and later turned the weapon "
        "on himself but survived, deputies said.",
        1,
        1,
    ),
    (
        "A woman shot her neighbor dead in a yard on Vine Street on Tuesday, then turning the "
        "weapon on herself, but she survived.",
        1,
        1,
    ),
    # 3. "shot his son and then killed himself": the son's later death counts apart
    (
        "A man shot his daughter and then killed himself at a trailer on Quarry Lane on Monday. "
        "The girl died at a clinic.",
        2,
        0,
    ),
    (
        "A woman shot her husband and then killed herself in a bungalow on Elm Road on Friday. "
        "The man died at a trauma center hours later.",
        2,
        0,
    ),
    # ... not where the later dead is the killer told again
    (
        "A man shot his daughter and then killed himself at a trailer on Quarry Lane on Monday. "
        "The man died at the scene.",
        1,
        0,
    ),
    (
        "A man killed himself at a farmhouse on Cobb Lane on Sunday. He died of a wound "
        "deputies called self-inflicted.",
        1,
        0,
    ),
]


@pytest.mark.parametrize(("text", "killed", "injured"), CASES)
def test_main_event_counts(code: Code, text: str, killed: int, injured: int) -> None:
    assert_main_counts(code(text), text, killed, injured)
