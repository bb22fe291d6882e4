"""A death among several people hurt, counted once, and "a round of" something that is no bullet
(gvc23).

Short local-news reports of our own, none from a development set. Several people are told hurt
(wounds suffered, people shot) and a share of them told dead, in the same sentence, after a
semicolon or in the next sentence, with numbers as words or digits: each person counts once,
dead where the text says they died, so the dead are taken off the hurt once
(`consolidate.shot_survivors`; "one died" is a share of several, `partitive_deaths.txt`, so
`article_level.fold_into_main` does not read one victim hurt and then dead). A victim named again by the same noun ("shot a cook and a porter;
the cook died") is a share of the people shot. "Round" is a bullet only in its bullet sense ("a
stray round", "a round of ammunition"), not as a portion of something else ("hit by a round of
layoffs", "a fresh round of sanctions").
"""

from __future__ import annotations

import pytest

from .conftest import Code, assert_main_counts, asserted_below_headline, count_battery

# (text, killed, injured)
CASES: list[tuple[str, int, int]] = [
    # wounds suffered by several, one of them dead: same sentence, semicolon, next sentence
    ("Three teenagers suffered gunshot wounds near a skate park on Quill Lane; one died.", 1, 2),
    (
        "Two brothers suffered bullet wounds outside a bakery on Tamsin Road on Friday; one died at a hospital.",
        1,
        1,
    ),
    (
        "Two women suffered gunshot wounds at a bus shelter on Pell Avenue on Sunday. One died at the scene.",
        1,
        1,
    ),
    (
        "4 men suffered gunshot wounds in a parking lot on Birchmont Drive on Saturday. One died at a hospital.",
        1,
        3,
    ),
    # a victim named again by the same noun after a semicolon: a share of the people shot
    (
        "A gunman shot a cook and a porter at a diner on Lowell Street on Sunday; the cook died.",
        1,
        1,
    ),
    (
        "Masked men shot a bus driver and two passengers on Orchard Road on Friday; the driver died at a hospital.",
        1,
        2,
    ),
    # the same told as a sentence of its own
    (
        "A gunman shot a cook and a porter at a diner on Lowell Street on Sunday. The cook died.",
        1,
        1,
    ),
    # one victim hurt, then dead: counted once, dead
    (
        "A courier was gravely wounded by gunfire on Yarrow Street on Monday. He died at a hospital.",
        1,
        0,
    ),
    ("A gunman shot a cook at a diner on Lowell Street on Sunday; the cook died.", 1, 0),
    ("Gunmen shot two guards at a depot on Friday; one died at a hospital.", 1, 1),
    (
        "A gunman shot a cook and a porter at a diner on Lowell Street on Sunday; the cook died at a hospital.",
        1,
        1,
    ),
]

KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "killed", "injured"), count_battery(CASES, KNOWN))
def test_main_event_counts(code: Code, text: str, killed: int, injured: int) -> None:
    assert_main_counts(code(text), text, killed, injured)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of warehouse workers were hit by a round of layoffs on Monday.",
        "Exporters were hit by a fresh round of tariffs last month.",
        "A new round of spending cuts hit rural schools this year.",
    ],
)
def test_round_of_something_else_is_no_assault(code: Code, sentence: str) -> None:
    assert not asserted_below_headline(code, sentence, "ASSAULT")


@pytest.mark.parametrize(
    "sentence",
    [
        "A boy was hit by a stray round on Penrose Street on Sunday.",
        "A guard was struck by a round of ammunition outside a bank on Tuesday.",
        "A stray round hit a woman on her balcony on Friday.",
    ],
)
def test_round_fired_is_assault(code: Code, sentence: str) -> None:
    assert asserted_below_headline(code, sentence, "ASSAULT")
