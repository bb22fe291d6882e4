"""An attack a charge names, done to a named or counted person, is reported as happened (gvc21).

"A man was charged with shooting his neighbor dead" tells two things: the charge (ACCUSE, by the
prosecutors) and the killing, which the report itself asserts; the article's main event is that
ASSAULT, with its dead. A charge that names only an offence ("charged with murder", "charged with
shooting into a house", "pleaded guilty to threatening a judge") stays the charge alone
(plover21, plover23: the offence is no event of its own).
"""

from __future__ import annotations

import pytest

from .conftest import HEADLINE, Code, has_asserted

TOLD = [
    (
        "A Millbrook man was charged with shooting his neighbor dead during an argument on Sunday.",
        1,
        0,
    ),
    (
        "A 20-year-old man was charged Monday with killing two people at a house party on Elm Street.",
        2,
        0,
    ),
    (
        "A Fairview woman has been charged with fatally stabbing her boyfriend at their apartment.",
        1,
        0,
    ),
    (
        "Prosecutors charged a 17-year-old with shooting a 15-year-old at a bus stop on Friday.",
        0,
        0,
    ),
    (
        "A man was arrested and charged with killing Henry Tolan, 61, outside a tavern on Saturday.",
        1,
        0,
    ),
    ("A security guard was charged on Tuesday with shooting three men outside a nightclub.", 0, 0),
]

NOT_TOLD = [
    "A man was charged with murder on Friday after a months-long investigation.",
    "A woman was charged with shooting into an occupied home on Dell Street.",
    "The driver was charged with assault with a deadly weapon and released on bail.",
    "A man pleaded guilty on Monday to threatening a judge in a series of letters.",
    "Two teenagers were charged with attempted murder and armed robbery on Thursday.",
]


@pytest.mark.parametrize(("sentence", "killed", "injured"), TOLD)
def test_an_attack_on_someone_the_charge_names_is_reported(
    code: Code, sentence: str, killed: int, injured: int
) -> None:
    events = code(HEADLINE + sentence)
    assert has_asserted(events, "ACCUSE", after=len(HEADLINE))
    main = next(e for e in events if e.main)
    assert main.type == "ASSAULT" and main.modality == "asserted"
    assert (main.fatalities or 0) == killed


@pytest.mark.parametrize("sentence", NOT_TOLD)
def test_an_offence_named_alone_is_the_charge(code: Code, sentence: str) -> None:
    assert not has_asserted(code(HEADLINE + sentence), "ASSAULT", after=len(HEADLINE))
