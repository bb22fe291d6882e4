"""Deaths and wounds told in forms the counts missed (gvc25).

Short local-news reports of our own, none from a development set. A later death of a second
person named apart ("The aunt died on the porch. The boy was taken to a clinic where he later
died") adds to the dead told before, though no one was counted hurt. "One died ... The other
two died later" counts three dead: "one" and "the other two" are people. "Dead when medics
arrived" tells a death as "died" does, and names its dead apart from a man who died later.
People "come upon" with bullet wounds are hurt as those "found" with them are. A boy "fighting
for his life" after his father shot him is hurt where the father's own death is told and his
is not. The main event must carry (killed, injured).
"""

from __future__ import annotations

import pytest

from .conftest import Code, assert_main_counts

# (text, killed, injured)
CASES: list[tuple[str, int, int]] = [
    # 1. a later death of someone named apart from the dead told before
    (
        "A gunman opened fire inside a bungalow on Elm Road on Friday. The woman died on the "
        "porch. The boy was driven to a clinic where he later died.",
        2,
        0,
    ),
    (
        "Shots were fired at a gas station on Cobb Lane on Sunday. A man died on the spot. The "
        "girl was flown to a trauma center, where she later died.",
        2,
        0,
    ),
    # ... not where the later dead is not named apart ("the victim")
    (
        "A gunman opened fire inside a bungalow on Elm Road on Friday. The woman died on the "
        "porch. The victim was driven to a clinic where she later died.",
        1,
        0,
    ),
    # 2. "one" and "the other two" are people
    (
        "Three men were hit by gunfire outside a tavern on Reed Avenue on Saturday. One died on the "
        "sidewalk. The other two were driven to a clinic and died later.",
        3,
        0,
    ),
    (
        "Four guests were shot at a barbecue on Vine Street on Friday night. One died in the "
        "yard. The other three died at a clinic the next day.",
        4,
        0,
    ),
    # ... and the others told alive are hurt
    (
        "Three men were hit by gunfire outside a tavern on Reed Avenue on Saturday. One died on the "
        "sidewalk. The other two were driven to a clinic.",
        1,
        2,
    ),
    (
        "Two men were shot outside a tavern on Reed Avenue on Saturday. One died on the sidewalk. "
        "The other was treated for a graze.",
        1,
        1,
    ),
    # 3. "dead when medics arrived": a death told by an adjective
    (
        "A woman was shot inside a trailer on Quarry Lane on Monday. She was dead when medics "
        "arrived.",
        1,
        0,
    ),
    (
        "A cook was shot behind a diner on Lowell Street on Tuesday. The cook was dead when "
        "deputies arrived.",
        1,
        0,
    ),
    # ... and names the dead apart from those who died later
    (
        "A father and his daughter were shot at a trailer on Quarry Lane on Monday. The girl was "
        "dead when medics arrived. The father died at a clinic.",
        2,
        0,
    ),
    (
        "A man and his wife were shot at a bungalow on Elm Road on Tuesday. The wife was dead "
        "when deputies came. Her husband was flown to a trauma center, where he died hours "
        "later.",
        2,
        0,
    ),
    # ... not where the later dead may be the one told dead
    (
        "A cook and his sister were hit by gunfire at a trailer on Quarry Lane on Monday. The "
        "woman was dead when medics arrived. The victim had been hit twice in the chest.",
        1,
        1,
    ),
    # 4. people come upon with bullet wounds are hurt
    (
        "Gunfire broke out at a pool hall on Hale Street early Sunday. Deputies came upon three "
        "people with bullet wounds inside.",
        0,
        3,
    ),
    (
        "Shots rang out near a feed store on Vine Street on Monday. Troopers came upon two men "
        "with gunshot wounds in the lot.",
        0,
        2,
    ),
    # ... and a person taken to care with a wound is still hurt
    (
        "Shots rang out near a feed store on Vine Street on Monday. A man was rushed to a "
        "clinic with a gunshot wound.",
        0,
        1,
    ),
    # 5. a murder-suicide: the son fighting for his life is hurt
    (
        "A man killed himself at a farmhouse on Cobb Lane on Sunday. His son was fighting for "
        "his life after his father shot him, deputies said.",
        1,
        1,
    ),
    (
        "A woman shot herself dead in a bungalow on Elm Road on Friday. Her daughter was "
        "fighting for her life at a clinic after her mother shot her.",
        1,
        1,
    ),
    (
        "A boy was still fighting for his life on Monday, a day after his father shot him in a "
        "murder-suicide at a farmhouse on Cobb Lane, deputies said.",
        1,
        1,
    ),
    (
        "A woman was battling for her life on Friday after her husband shot her in the neck "
        "and then killed himself in a bungalow on Elm Road.",
        1,
        1,
    ),
    # ... not where the one fighting for life is the one who died, or no one else was shot
    (
        "A man was shot on Cobb Lane on Sunday and was fighting for his life. He died on Monday.",
        1,
        0,
    ),
    (
        "A man killed himself at a farmhouse on Cobb Lane on Sunday. No one else was hurt, "
        "deputies said.",
        1,
        0,
    ),
]


@pytest.mark.parametrize(("text", "killed", "injured"), CASES)
def test_main_event_counts(code: Code, text: str, killed: int, injured: int) -> None:
    assert_main_counts(code(text), text, killed, injured)
