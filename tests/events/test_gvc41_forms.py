"""Casualty forms the gvc41 blind set showed wrong (issue 15), each told both ways.

Short reports of our own, none from a development set; each main event must carry (killed,
injured) as the Gun Violence Archive counts them:

- "no one else was hurt" after a lead that tells someone shot is about other people: the one
  shot still counts (a lead that tells no one shot keeps the zero);
- "a handful of people" is a vague group, an unknown count, as "several" is;
- the people of the "of" phrase of an attack noun told fatal are the dead ("the fatal shooting
  of two teenagers": 2), where an attack not told fatal counts no one dead;
- a group counted shot, and later one of it dead and the other in a condition: 1 dead, 1 hurt;
- one brought in with "a" and an ordinal and told found or pronounced dead ("A second man was
  found dead nearby") is one more dead, as "a third victim later died" is (not "the second
  man", one of those told);
- one found "bleeding from a gunshot wound" is hurt, as one "suffering from" it is (not where
  the sentence after tells that one dead).
"""

from __future__ import annotations

import pytest

from .conftest import Code, assert_main_counts, count_battery

# (text, killed, injured)
CASES: list[tuple[str, int, int]] = [
    # --- "no one else": the one shot still counts
    ("A woman was shot in the hip on Pardle Street on Monday. No one else was injured.", 0, 1),
    (
        "A man was shot in the arm outside a shop on Tennard Road on Friday. "
        "Police said nobody else was hurt.",
        0,
        1,
    ),
    # --- no one shot: the zero stays
    ("Someone fired at a parked van on Pardle Street on Monday. No one was hurt.", 0, 0),
    ("A man was shot at while walking on Tennard Road on Friday. He was not hurt.", 0, 0),
    # --- a handful: unknown; a figure: counted
    (
        "A handful of people were hurt when someone fired into a crowd on Tennard Road on Saturday.",
        0,
        0,
    ),
    ("Four people were hurt when someone fired into a crowd on Tennard Road on Saturday.", 0, 4),
    # --- the fatal shooting of ...: its people are the dead
    (
        "Detectives are probing Sunday's fatal shooting of two teenagers on Brimley Road.",
        2,
        0,
    ),
    ("A man was charged on Tuesday in the fatal shooting of one woman on Brimley Road.", 1, 0),
    # --- not told fatal: no one dead
    (
        "A man was charged Tuesday in the attempted murder and nonfatal shooting of a woman "
        "on Brimley Road.",
        0,
        0,
    ),
    (
        "A man was charged Tuesday in the shooting of a woman on Brimley Road. "
        "The shooting was not fatal.",
        0,
        0,
    ),
]


CASES += [
    # --- one of the group dead, the other in a grave condition: hurt
    (
        "Two men were shot on Harnet Road on Friday. One died on the sidewalk and the other "
        "went to a clinic, where he remains in critical condition.",
        1,
        1,
    ),
    (
        "Two people were shot on Vernon Road on Friday night. One died at a hospital and the "
        "other is in critical condition.",
        1,
        1,
    ),
    # --- no condition word: the count of the shot, less the dead
    ("Three men were shot on Harnet Road on Friday. Two died at the scene.", 2, 1),
    ("Two men were shot on Harnet Road on Friday, one fatally.", 1, 1),
    # --- a second one found dead: one more
    (
        "A man was found shot dead in a car on Whitlow Avenue early Monday. "
        "A second man was found dead inside a nearby home.",
        2,
        0,
    ),
    (
        "A woman was shot dead on Pemble Road on Sunday. "
        "A second victim was pronounced dead later at a clinic.",
        2,
        0,
    ),
    # --- the one told again: no one more
    (
        "A woman was shot dead on Pemble Road on Sunday. "
        "The woman was pronounced dead later at a clinic.",
        1,
        0,
    ),
    (
        "A man was found shot dead in a car on Whitlow Avenue early Monday. "
        "The man was found dead with a wound to the head.",
        1,
        0,
    ),
]

CASES += [
    # --- bleeding from a wound: hurt
    ("Officers found a man bleeding from a gunshot wound on Harnet Road on Friday.", 0, 1),
    (
        "A woman was found bleeding from a gunshot wound in her car on Carrow Street on Friday.",
        0,
        1,
    ),
    # --- told dead after: dead, not hurt
    (
        "Officers found a man bleeding from a gunshot wound on Carrow Street on Friday. "
        "He died at a hospital.",
        1,
        0,
    ),
    (
        "Officers found a man bleeding from a gunshot wound on Carrow Street on Friday. "
        "Medics pronounced him dead on the sidewalk.",
        1,
        0,
    ),
]


KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "killed", "injured"), count_battery(CASES, KNOWN))
def test_main_event_counts(tagged: Code, text: str, killed: int, injured: int) -> None:
    assert_main_counts(tagged(text), text, killed, injured)
