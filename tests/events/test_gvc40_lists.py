"""A list of counted groups, each with its own count (gvc40, issue 15).

Short reports of our own, none from a development set; each main event must carry (killed,
injured) as the Gun Violence Archive counts them. The form, told both ways:

- a coordinated list of counted groups ("two men, two women and a boy") is the sum of each
  conjunct's own count ("a"/"an" is one), also when the parser hangs the rest of the list on
  the first group as an apposition;
- not when a total is followed by its breakdown ("killed 12 people, 10 soldiers and two
  civilians": 12), nor when the list names the same people ("two women, a mother and her
  daughter": 2).
"""

from __future__ import annotations

import pytest

from .conftest import Code, assert_main_counts, count_battery

# (text, killed, injured)
CASES: list[tuple[str, int, int]] = [
    # --- each group counted, added
    ("Two men, two women and a boy were wounded in a shooting on Quenby Road on Friday.", 0, 5),
    ("Three men, two women and a girl were killed in a shooting on Tallow Lane on Saturday.", 6, 0),
    (
        "Two soldiers, three policemen and a driver were killed in an ambush on Quenby Road on Friday.",
        6,
        0,
    ),
    (
        "A gunman wounded two men, two women and a child outside a bar on Tallow Lane on Friday.",
        0,
        5,
    ),
    (
        "Gunmen killed four farmers, two herders and a teacher in a raid on Quenby Road on Sunday.",
        7,
        0,
    ),
    (
        "One man, two women and three children were wounded in a shooting on Tallow Lane on Friday.",
        0,
        6,
    ),
    ("Two boys, a man and two women were hurt in a shooting on Quenby Road on Saturday.", 0, 5),
    (
        "Gunmen wounded three farmers, two herders and a cook in a raid on Tallow Lane on Sunday.",
        0,
        6,
    ),
    (
        "A gunman killed three guards, two cooks and a driver at a depot on Quenby Road on Friday.",
        6,
        0,
    ),
    # --- a total and its breakdown: counted once
    (
        "A gunman killed 12 people, 10 soldiers and two civilians, at a checkpoint on Tallow Lane on Friday.",
        12,
        0,
    ),
    ("A shooting on Quenby Road on Friday wounded six people, four men and two women.", 0, 6),
    (
        "Five people, two men, two women and a boy, were wounded in a shooting on Tallow Lane on Friday.",
        0,
        5,
    ),
    # --- a list naming the same people: the group
    (
        "Two women, a mother and her daughter, were wounded in a shooting on Quenby Road on Friday.",
        0,
        2,
    ),
    ("Two men, a father and his son, were killed in a shooting on Tallow Lane on Friday.", 2, 0),
    # --- a list of people named, not counted: the group
    ("Also wounded were four guards: Pell Varno and Osk Brill, 40; the cook; and a porter.", 0, 4),
    (
        "Gunmen killed two soldiers, a sergeant and a private, at a checkpoint on Quenby Road on Friday.",
        2,
        0,
    ),
]

KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "killed", "injured"), count_battery(CASES, KNOWN))
def test_main_event_counts(tagged: Code, text: str, killed: int, injured: int) -> None:
    assert_main_counts(tagged(text), text, killed, injured)
