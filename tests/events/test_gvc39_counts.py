"""Killed and injured counts across groups and sentences (gvc39, issue 15).

Short reports of our own, none from a development set; each main event must carry (killed,
injured) as the Gun Violence Archive counts them. The forms, each told both ways:

- a total set before its breakdown by a comma, colon or dash is counted once ("killed 12 people,
  10 soldiers and two civilians": 12), not when the parts add up to another figure or are no
  breakdown of a group ("killed three civilians, two soldiers and a policeman": 6);
- a subset or a list naming the group ("five people, including two children"; "three victims —
  a man, a woman and a teenager —"; "two women, a mother and her daughter") is the group; a list
  of the other sex than its counted head is more people ("two men, a woman and a teenager": 4);
- a newcomer among the dead told after the dead with "a" and an ordinal ("A third victim later
  died", "A second man died at a hospital") adds one killed; one of the dead or of a group told again ("the other victim
  died", "the second man died") adds none; "one of them died" moves one from the hurt to the dead;
- a passive joined to an active killing or shooting is about its doer ("A man killed his wife and
  was shot dead by deputies": 2), as the Gun Violence Archive counts a shooter's death; a passive
  joined to another verb is not ("A robber killed a clerk and was arrested": 1).
"""

from __future__ import annotations

import pytest

from .conftest import Code, assert_main_counts, count_battery

# (text, killed, injured)
CASES: list[tuple[str, int, int]] = [
    # --- a total, then its breakdown set off by a comma, colon or dash: counted once
    (
        "A gunman killed 12 people, 10 soldiers and two civilians, at a checkpoint on Tallow Lane on Friday.",
        12,
        0,
    ),
    (
        "Gunmen killed nine people, six police officers and three villagers, in an attack on a checkpoint on Quenby Road on Friday.",
        9,
        0,
    ),
    ("A shooting on Quenby Road on Friday wounded seven people, four men and three women.", 0, 7),
    (
        "A gunman killed two men and wounded three people, a teen and two women, on Tallow Lane on Friday.",
        2,
        3,
    ),
    (
        "Four people, a man, his wife and their two sons, were killed in a shooting on Quenby Road on Friday.",
        4,
        0,
    ),
    (
        "Three people were shot dead on Tallow Lane on Friday: a man, a woman and a teenager.",
        3,
        0,
    ),
    (
        "Four people were hurt during gunfire on Quenby Road on Friday, two men and two women.",
        0,
        4,
    ),
    (
        "A shooting at a bar on Tallow Lane on Saturday wounded five victims, three men and two women.",
        0,
        5,
    ),
    # --- no breakdown: the groups are added
    (
        "A gunman killed three civilians, two soldiers and a policeman at a checkpoint on Quenby Road on Friday.",
        6,
        0,
    ),
    (
        "A gunman wounded two people and three bystanders outside a store on Tallow Lane on Friday.",
        0,
        5,
    ),
    (
        "Gunmen killed two people, four soldiers and a policeman in an attack on Quenby Road on Friday.",
        7,
        0,
    ),
    ("A man and two women were wounded in a shooting on Tallow Lane on Sunday.", 0, 3),
    (
        "Two men, a woman and a teenager were killed in a shooting on Quenby Road on Saturday.",
        4,
        0,
    ),
    (
        "Two women, a man and a teenager were wounded in a shooting on Tallow Lane on Friday.",
        0,
        4,
    ),
    # --- a subset or a list naming the group: the group
    (
        "Two women, a mother and her daughter, were wounded in a shooting on Quenby Road on Friday.",
        0,
        2,
    ),
    (
        "Two men, a father and his son, were killed in a shooting on Tallow Lane on Friday.",
        2,
        0,
    ),
    (
        "Four people were hurt during gunfire on Quenby Road on Sunday: three men and a woman.",
        0,
        4,
    ),
    (
        "Five people, including two children, were wounded by gunfire on Quenby Road on Saturday.",
        0,
        5,
    ),
    (
        "A gunman killed five people, including two children, at a home on Tallow Lane on Saturday.",
        5,
        0,
    ),
    (
        "Six people, among them a toddler, were wounded in a shooting on Quenby Road on Friday.",
        0,
        6,
    ),
    (
        "Three victims — a man, a woman and a teenager — were wounded in a shooting on Tallow Lane on Friday.",
        0,
        3,
    ),
    (
        "Two victims — a cook and a porter — were shot dead on Quenby Road on Friday.",
        2,
        0,
    ),
    # --- others hurt told after the dead: added
    (
        "Two men were killed in a shooting on Tallow Lane on Friday. Two others were treated for minor injuries.",
        2,
        2,
    ),
    (
        "A man was shot dead on Quenby Road on Friday. Two others were treated for minor injuries.",
        1,
        2,
    ),
    (
        "Two men were killed in a shooting on Quenby Road on Friday. Police said two other people were wounded.",
        2,
        2,
    ),
    (
        "A woman was wounded in a shooting on Tallow Lane on Friday. Two other people suffered minor injuries.",
        0,
        3,
    ),
    # --- others hurt told after a group of hurt
    (
        "Two men were wounded in a shooting on Tallow Lane on Friday. Two others were treated for minor injuries.",
        0,
        4,
    ),
    (
        "Three people were wounded in a shooting on Quenby Road on Friday. Two others had minor wounds and were bandaged on the sidewalk.",
        0,
        5,
    ),
    # --- a group told twice: counted once
    (
        "Three people were hurt in a shooting on Quenby Road on Friday. The three victims were driven to a clinic.",
        0,
        3,
    ),
    (
        "Two women were wounded in a shooting on Tallow Lane on Sunday. The two victims were treated at a clinic.",
        0,
        2,
    ),
    # --- one of a group of hurt died: moved from the hurt to the dead
    (
        "Three people were wounded in a shooting on Tallow Lane on Friday. One of them died in hospital.",
        1,
        2,
    ),
    (
        "Two people were shot on Quenby Road on Friday. One of them later died at a hospital.",
        1,
        1,
    ),
    (
        "Three people were wounded in a shooting on Tallow Lane on Friday. One of the victims later died at a hospital.",
        1,
        2,
    ),
    (
        "Two men were shot and wounded on Quenby Road on Friday. One of them died in hospital on Saturday.",
        1,
        1,
    ),
    # --- a newcomer among the dead: one more killed
    (
        "Two men were killed in a shooting on Tallow Lane on Friday. A third person later died in hospital.",
        3,
        0,
    ),
    (
        "A man and a woman were killed in a shooting on Quenby Road on Friday. A third victim died later at a hospital.",
        3,
        0,
    ),
    (
        "A clerk was shot dead in a store on Tallow Lane on Friday. A second victim later died in hospital.",
        2,
        0,
    ),
    (
        "A cook was shot dead on Quenby Road on Friday. A second man died later at a hospital.",
        2,
        0,
    ),
    (
        "A tiler was shot and killed on Tallow Lane on Saturday. A fourth victim died later at a hospital.",
        2,
        0,
    ),
    # --- the dead told again: no one more
    (
        "Two men were killed in a shooting on Quenby Road on Friday. The second man died at a hospital.",
        2,
        0,
    ),
    (
        "Two men were killed in a shooting on Tallow Lane on Friday. One died at the scene and the other died at a hospital.",
        2,
        0,
    ),
    (
        "Two men were killed in a shooting on Quenby Road on Friday. The other victim died at a hospital.",
        2,
        0,
    ),
    ("A cook was shot dead on Tallow Lane on Friday. The cook died at the scene.", 1, 0),
    (
        "Two men were shot on Quenby Road on Friday. One died at the scene. The second man died later at a hospital.",
        2,
        0,
    ),
    (
        "Two men were killed in a shooting on Tallow Lane on Friday. The victims died on the spot.",
        2,
        0,
    ),
    ("A man was killed in a shooting on Quenby Road on Friday. He died at a hospital.", 1, 0),
    (
        "A man was killed and two women were wounded on Tallow Lane on Friday. A third person later died.",
        2,
        1,
    ),
    # --- a passive joined to an active killing or shooting: its doer
    (
        "A man killed his wife at their home on Quenby Road on Friday and was later shot dead by deputies.",
        2,
        0,
    ),
    (
        "A man shot his neighbor dead on Tallow Lane on Saturday and was wounded by officers.",
        1,
        1,
    ),
    (
        "A gunman wounded two people on Quenby Road on Friday before he was killed by police.",
        1,
        2,
    ),
    (
        "A gunman wounded two people on Tallow Lane on Friday and then killed himself.",
        1,
        2,
    ),
    (
        "A robber shot a clerk dead in a store on Quenby Road on Friday and was killed by a customer.",
        2,
        0,
    ),
    # --- a passive joined to another verb, or both passive: not the doer
    (
        "A robber killed a clerk on Tallow Lane on Friday and was arrested by police.",
        1,
        0,
    ),
    ("A clerk was shot and killed in a store on Quenby Road on Friday.", 1, 0),
    ("Two men were shot and wounded on Tallow Lane on Friday.", 0, 2),
    (
        "A man was stabbed and later died at a hospital on Quenby Road on Friday.",
        1,
        0,
    ),
    (
        "A gunman killed a cook on Tallow Lane on Friday and was taken into custody.",
        1,
        0,
    ),
    # --- the shooter's death told in a sentence of its own
    (
        "Two people were wounded in a shooting on Quenby Road on Friday. The suspect was killed by police.",
        1,
        2,
    ),
    (
        "A gunman killed a clerk on Tallow Lane on Friday. The gunman was killed by police.",
        2,
        0,
    ),
    (
        "A man opened fire at a bar on Quenby Road on Friday, killing two people. Police shot and killed the gunman.",
        3,
        0,
    ),
    (
        "A tiler shot his wife and her mother dead at their home on Tallow Lane on Saturday. Deputies said the tiler took his own life in a parking lot miles away.",
        3,
        0,
    ),
    # --- a self-inflicted death, the only one: one dead
    (
        "A boy was shot and killed at a home on Quenby Road on Friday. Police said the boy shot himself by accident.",
        1,
        0,
    ),
    (
        "A teen died after he accidentally shot himself at a home on Tallow Lane on Friday. Police said the boy was hit in the chest and died.",
        1,
        0,
    ),
    (
        "A woman shot her husband dead at their home on Quenby Road on Sunday and then killed herself.",
        2,
        0,
    ),
]

KNOWN: dict[str, str] = {
    "Two men were wounded in a shooting on Tallow Lane on Friday. Two others were treated for minor injuries.": "after a group of hurt, others told hurt are read as maybe the group's own: the larger figure (gvc37)",
    "Three people were wounded in a shooting on Quenby Road on Friday. Two others had minor wounds and were bandaged on the sidewalk.": "after a group of hurt, others told hurt are read as maybe the group's own: the larger figure (gvc37)",
    "A gunman killed a clerk on Tallow Lane on Friday. The gunman was killed by police.": "the killer's death told in a sentence of its own is another record, whose count is not added (tried in gvc39, dropped)",
    "A man opened fire at a bar on Quenby Road on Friday, killing two people. Police shot and killed the gunman.": "the killer's death told in a sentence of its own is another record, whose count is not added (tried in gvc39, dropped)",
    "A tiler shot his wife and her mother dead at their home on Tallow Lane on Saturday. Deputies said the tiler took his own life in a parking lot miles away.": "the killer's death told in a sentence of its own is another record, whose count is not added (tried in gvc39, dropped)",
}


@pytest.mark.parametrize(("text", "killed", "injured"), count_battery(CASES, KNOWN))
def test_main_event_counts(tagged: Code, text: str, killed: int, injured: int) -> None:
    assert_main_counts(tagged(text), text, killed, injured)


def test_battery_is_large() -> None:
    """The brief asks for at least 60 sentences of our own."""
    assert len(CASES) >= 60
    assert set(KNOWN) <= {text for text, _, _ in CASES}
