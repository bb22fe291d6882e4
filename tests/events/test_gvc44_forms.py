"""Casualty forms a fourth blind set showed wrong (gvc44, issue 15), each read both ways:
sentences of our own, the main event's (killed, injured) as `bench_incidents` scores them."""

from __future__ import annotations

import pytest

from .conftest import Code
from .test_gvc_blind_sets import main_counts

# the death of the whole group told before, with no figure of its own, is the death of the
# people shot (`injuries.whole_group_died`, `coder._casualty_event`)
GROUP_DIED = [
    ("Three men were shot in a yard on Alder Road on Monday. All of them died.", 3, 0),
    ("Two boys were shot near a rink on Pym Street on Friday. Neither survived.", 2, 0),
    ("Gunfire hit four people at a bus stop on Quill Avenue. None of them survived.", 4, 0),
    ("Two women were shot in a parked van on Osier Lane on Sunday. They did not survive.", 2, 0),
    ("Three men were shot in a yard on Alder Road on Monday, and all of them died.", 3, 0),
    ("Two boys were shot near a rink on Pym Street on Friday, and neither survived.", 2, 0),
]
# ... and not where the group lived
GROUP_LIVED = [
    ("Three men were shot in a yard on Alder Road on Monday. All of them survived.", 0, 3),
    ("Two boys were shot near a rink on Pym Street on Friday. Neither died.", 0, 2),
    ("Four people were hit by bullets at a bus stop on Quill Avenue. None of them died.", 0, 4),
    ("Three men were shot in a yard on Alder Road on Monday, and all of them survived.", 0, 3),
]

# people hurt in the incident but not by gunfire (a stampede, flying glass, the chaos) are no
# gunshot victims, as the Gun Violence Archive counts (`casualties/harm_apart_words.txt`)
HARM_APART = [
    (
        "A man was shot in the hip at a dance hall on Vane Street on Friday. Four people were "
        "hurt in the stampede that followed.",
        0,
        1,
    ),
    (
        "A woman was shot dead at a diner on Holt Road on Sunday. A waiter was cut by flying "
        "glass.",
        1,
        0,
    ),
    (
        "Two men were shot at a fair on Corr Street on Saturday. Five others suffered minor "
        "injuries in the chaos.",
        0,
        2,
    ),
]
# ... while the shot in such a scene still count
SHOT_IN_SCENE = [
    (
        "A man was shot in the hip at a dance hall on Vane Street on Friday. Two more people "
        "were shot as the crowd ran.",
        0,
        3,
    ),
    (
        "Shots were fired at a fair on Corr Street on Saturday. Two people were wounded by "
        "gunfire, police said.",
        0,
        2,
    ),
    (
        "A woman was shot dead at a diner on Holt Road on Sunday. A waiter was wounded by a "
        "bullet.",
        1,
        1,
    ),
]

# a denial of harm to people told by their tie to another is a zero of them, not of the victim
# (`coder._kin_unhurt`)
KIN_UNHURT = [
    ("A man was shot in the knee on Pell Road on Monday. His son was not hurt.", 0, 1),
    ("A woman took a bullet in the hand on Friday. Her husband was not injured.", 0, 1),
    (
        "A driver was shot in the arm on Ives Street on Sunday. His two daughters were not hurt.",
        0,
        1,
    ),
]
# ... and no count where the victim died or no one was hit
KIN_UNHURT_ZERO = [
    ("A man was shot dead on Pell Road on Monday. His son was not hurt.", 1, 0),
    ("Shots were fired into a house on Ives Street on Sunday. Her two sons were not hurt.", 0, 0),
    (
        "Someone fired at a car on Tamar Road on Friday. Its driver and his wife were not hurt.",
        0,
        0,
    ),
]

# a word of no one as the subject of a fatal word denies it
NONE_FATAL = [
    (
        "Six people took bullets at a party on Lune Street on Saturday. None of the wounds were fatal.",
        0,
        6,
    ),
    ("Gunfire hit three men on Ure Road on Sunday. None of the injuries were fatal.", 0, 3),
    ("Two women were shot on Nidd Avenue on Friday. Neither wound was fatal.", 0, 2),
]
# ... while a wound told fatal still is
ONE_FATAL = [
    ("Two men were shot on Lune Street on Saturday. One of the wounds was fatal.", 1, 1),
    ("A man was shot on Ure Road on Friday, and the wounds proved fatal.", 1, 0),
    ("Three people were shot on Nidd Avenue on Friday. One of the wounds was fatal.", 1, 2),
]

# someone new who arrives at a hospital adds to the hurt (`casualties/arrival_verbs.txt`)
ARRIVED = [
    (
        "Two men were shot outside a gym on Wharfe Road on Friday. A third victim later showed "
        "up at a hospital with a gunshot wound.",
        0,
        3,
    ),
    (
        "A woman took a bullet in the leg on Aire Street on Monday. A second victim later arrived at "
        "a hospital with a graze wound.",
        0,
        2,
    ),
    (
        "A man was shot in the arm on Calder Lane on Sunday. Another man walked into a clinic "
        "with a bullet wound an hour later.",
        0,
        2,
    ),
]
# ... but not kin, the same person arriving, or someone new taking the victim there
ARRIVED_NOT_NEW = [
    (
        "A man was shot in the arm on Calder Lane on Sunday. Another man drove him to a hospital.",
        0,
        1,
    ),
    (
        "A man was shot in the arm on Calder Lane on Sunday. His family later arrived at the "
        "hospital.",
        0,
        1,
    ),
    (
        "A woman took a bullet in one leg on Aire Street on Monday. She later arrived at a hospital "
        "with the wound.",
        0,
        1,
    ),
    (
        "A man was shot in the foot on Wharfe Road on Friday. The victim walked into a hospital "
        "an hour later.",
        0,
        1,
    ),
]

# a death and another person in care, told apart in one sentence: the figure counts the living
# (`events/apart_dead.txt`, `article_level.cared_apart`)
DEAD_AND_CARED = [
    (
        "A man and his nephew were shot on Swale Road on Monday. The man died and the nephew is "
        "in serious condition.",
        1,
        1,
    ),
    (
        "A man died and a woman was listed in stable condition after shots were heard on Tees "
        "Street on Friday.",
        1,
        1,
    ),
    (
        "A woman and her son were shot in their car on Esk Lane on Sunday. The woman died, and "
        "her son is in stable condition.",
        1,
        1,
    ),
]
# ... and the dead stay the dead where no one is in care
DEAD_ALONE = [
    (
        "A man and his nephew were shot on Swale Road on Monday. The man died and the nephew fled.",
        1,
        1,
    ),
    (
        "A man was shot on Tees Street on Friday. He died and police are hunting the man who fired.",
        1,
        0,
    ),
    ("A woman was shot on Esk Lane on Sunday and died, and her son is in custody.", 1, 0),
]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    GROUP_DIED
    + GROUP_LIVED
    + HARM_APART
    + SHOT_IN_SCENE
    + KIN_UNHURT
    + KIN_UNHURT_ZERO
    + NONE_FATAL
    + ONE_FATAL
    + ARRIVED
    + ARRIVED_NOT_NEW
    + DEAD_AND_CARED
    + DEAD_ALONE,
)
def test_gvc44_forms(tagged: Code, text: str, killed: int, injured: int) -> None:
    assert main_counts(tagged, text) == (killed, injured), text
