"""Casualty forms a second blind set showed wrong (gvc42, issue 15), each read both ways:
sentences of our own, the main event's (killed, injured) as `bench_incidents` scores them."""

from __future__ import annotations

import pytest

from .conftest import Code
from .test_gvc_blind_sets import main_counts

# the living told apart from the dead, in care or in a condition of the living: counted hurt,
# the dead not taken off them (`article_level.cared_apart`, `consolidate.names_hurt`)
CARED_APART = [
    (
        "A man died in a shooting on Pellow Road on Friday night. A second victim is being "
        "treated at a hospital.",
        1,
        1,
    ),
    ("Two men were killed on Quaile Street on Monday. A third victim is stable at a clinic.", 2, 1),
    (
        "Two cousins were shot on Tarrant Lane on Sunday. One died and the other is in fair condition.",
        1,
        1,
    ),
    (
        "Four men were shot at a cookout on Dyer Road on Saturday. One died; the other three are in "
        "stable condition.",
        1,
        3,
    ),
    (
        "Three women were shot on Elstow Street on Monday. Two of them died and the third is in "
        "serious condition.",
        2,
        1,
    ),
]
# ... and not where the sentence itself counts the people shot, the dead among them: the
# dead still come off that figure
CARED_WITH_SHOT = [
    (
        "Two brothers were shot on Lisle Road on Sunday; one died and the other is in critical "
        "condition.",
        1,
        1,
    ),
    ("A cook and a porter were shot on Brant Street on Friday. The cook died.", 1, 1),
    ("Three men were shot on Fennel Road on Sunday. One of them died.", 1, 2),
]
SHOT_AND_CARED = (
    "the living told in care in a sentence that also counts the people shot (or in a clause "
    "after them) are read with the dead taken off twice: 0 on main too, left for later"
)
CARED_WITH_SHOT_KNOWN = [
    pytest.param(text, killed, injured, marks=pytest.mark.xfail(reason=SHOT_AND_CARED, strict=True))
    for text, killed, injured in [
        (
            "Two brothers were shot on Lisle Road on Sunday; one died and the other is in stable "
            "condition.",
            1,
            1,
        ),
        (
            "Two clerks were shot on Brant Street on Friday. One died at a clinic, and the other "
            "was shot in the arm and is in stable condition.",
            1,
            1,
        ),
    ]
]
# a passive killing by a doer who then took their own life: both dead
KILLED_BY_WHO_THEN = [
    (
        "A woman was killed by her husband, who soon turned the gun on himself, at their home on "
        "Larch Road on Friday.",
        2,
        0,
    ),
    ("A teenager was fatally shot by his father, who then turned his rifle on himself.", 2, 0),
    ("A man was killed by his brother, who then took his own life, at a farm on Sunday.", 2, 0),
    ("A clerk was shot dead by a robber, who later killed himself in a park on Monday.", 2, 0),
    # the doer on the passive's conjunct: "shot and killed by" as "killed by" (review49)
    ("A nurse was shot and killed by her partner, who soon turned his pistol on himself.", 2, 0),
    (
        "A farmer was shot and killed by his son, who soon turned the shotgun on himself at a barn "
        "on Sunday.",
        2,
        0,
    ),
    (
        "A clerk was shot and killed by an intruder, who later killed himself in a park on Monday.",
        2,
        0,
    ),
]
KILLED_BY_ONLY = [
    ("A man was killed by police on Harrow Street on Saturday after he fired at officers.", 1, 0),
    (
        "A woman was killed by her husband, who soon turned the gun on himself but survived, "
        "on Rook Lane on Friday.",
        1,
        0,
    ),
    ("A man was shot dead by a neighbor, who then fled in a truck on Monday.", 1, 0),
    (
        "A driver was shot and killed by deputies on Harrow Street on Saturday after he fired at them.",
        1,
        0,
    ),
]
# "expected to make a full recovery": a hurt person told alive
FULL_RECOVERY = [
    (
        "A cashier was shot in the arm on Gable Street on Friday and is expected to make a full recovery.",
        0,
        1,
    ),
    ("A man was shot on Merton Road on Sunday. Doctors expect him to make a full recovery.", 0, 1),
    (
        "A girl was struck by one stray bullet on Tansy Lane on Monday. She is expected to make a full recovery.",
        0,
        1,
    ),
]
# "the other guests were not hurt": a zero of others, not of the one shot
OTHERS_UNHURT = [
    (
        "A man was shot in the leg at a party on Ludlow Road on Saturday. The other guests were not hurt.",
        0,
        1,
    ),
    (
        "A clerk was shot in the hand on Cobb Street on Monday. The other workers were not injured.",
        0,
        1,
    ),
    (
        "A woman was shot in the foot on Wren Lane on Friday. Two other riders in the car were not hurt.",
        0,
        1,
    ),
]
# the same zero of others after a victim of any verb of harm, not only one shot (review49)
OTHERS_UNHURT_HARMED = [
    (
        "A man was stabbed at a party on Friday and taken to hospital. The other guests were not "
        "hurt.",
        0,
        1,
    ),
    (
        "Two men were beaten outside a bar on Grove Street on Sunday. The other customers were not "
        "hurt.",
        0,
        2,
    ),
    (
        "Three teens were stabbed outside a school on Birch Road on Monday. The other students "
        "were not hurt.",
        0,
        3,
    ),
    ("A woman was stabbed in the arm on Fen Lane on Friday. No one else was hurt.", 0, 1),
]
NOBODY_HURT = [
    ("Shots were fired at a party on Ludlow Road on Saturday. The guests were not hurt.", 0, 0),
    ("Someone fired at a store on Cobb Street on Monday. The workers were not injured.", 0, 0),
    ("A man fired at a car on Wren Lane on Friday. The people in the car were not hurt.", 0, 0),
]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    CARED_APART
    + CARED_WITH_SHOT
    + CARED_WITH_SHOT_KNOWN
    + KILLED_BY_WHO_THEN
    + KILLED_BY_ONLY
    + FULL_RECOVERY
    + OTHERS_UNHURT
    + OTHERS_UNHURT_HARMED
    + NOBODY_HURT,
)
def test_main_counts(tagged: Code, text: str, killed: int, injured: int) -> None:
    assert main_counts(tagged, text) == (killed, injured), text
