"""Injured counts that hold on unseen articles (gvc37, issue 15).

Short reports of our own, none from a development set; each main event must carry (killed,
injured) as the Gun Violence Archive counts them. The forms, each told both ways:

- sufferers named in another clause of a sentence whose injury verb gives a count ("Two men
  were wounded and a woman was grazed by a bullet": 3), not the same people told again ("Two
  men were wounded; both were treated at a hospital": 2);
- a wound of another day told in the past perfect ("He had been wounded in a shooting last
  year", "she had been shot twice before") or in a background sentence is not this
  incident's; a past perfect of this incident ("a man who had been shot in the arm walked
  into a clinic") is;
- a group told twice is counted once ("three people were hurt ... the three victims were
  rushed to a hospital"), disjoint groups are added ("a third man was also shot").
"""

from __future__ import annotations

import pytest

from .conftest import Code, assert_main_counts, count_battery

# (text, killed, injured)
CASES: list[tuple[str, int, int]] = [
    # --- sufferers in another clause of a sentence with an injury verb's count: added
    ("Two men were wounded on Tallow Lane late Friday and a woman was grazed by a bullet.", 0, 3),
    (
        "Three people were injured in gunfire outside a bakery on Tallow Lane on Saturday, and a fourth man was shot in the foot.",
        0,
        4,
    ),
    (
        "Two teens were hurt when gunfire broke out at a park on Quenby Road on Sunday, and a woman suffered a gunshot wound in the hand.",
        0,
        3,
    ),
    (
        "A man was wounded in a shooting on Quenby Road on Thursday; two women were also treated for gunshot wounds.",
        0,
        3,
    ),
    (
        "One deputy suffered a gunshot wound in the arm and two bystanders were treated for graze wounds after a shootout on Tallow Lane on Monday.",
        0,
        3,
    ),
    (
        "Two people were wounded in a shooting on Quenby Road late Tuesday, and a teenager was hit in the leg by a stray bullet.",
        0,
        3,
    ),
    (
        "A clerk was injured when a robber opened fire in a shop on Tallow Lane on Friday, and a customer was struck in the shoulder.",
        0,
        2,
    ),
    (
        "Four guests were wounded during gunfire at a party on Quenby Road on Saturday; a fifth victim suffered a graze wound.",
        0,
        5,
    ),
    # --- the same people told again in another clause: not added
    (
        "Two men were wounded in a shooting on Tallow Lane on Friday; both were treated at a hospital.",
        0,
        2,
    ),
    (
        "Two men were wounded in a shooting on Quenby Road on Friday, and one suffered a gunshot wound in the chest.",
        0,
        2,
    ),
    (
        "Three people were injured in gunfire on Tallow Lane on Sunday, and the three victims were rushed to a hospital.",
        0,
        3,
    ),
    (
        "A woman was wounded in a shooting on Quenby Road on Monday and she was treated at a hospital for a graze wound.",
        0,
        1,
    ),
    (
        "Two people were hurt in a shooting on Tallow Lane on Saturday and they were taken to a hospital.",
        0,
        2,
    ),
    (
        "A man was wounded on Quenby Road on Sunday after he was shot in the arm during an argument.",
        0,
        1,
    ),
    (
        "Two men were injured in a shooting on Tallow Lane early Sunday; the victims suffered gunshot wounds to their legs.",
        0,
        2,
    ),
    (
        "A teen was injured in a shooting on Quenby Road on Friday, and the teen was hit in the hip.",
        0,
        1,
    ),
    # --- a wound of another day, in the past perfect or a background sentence: not counted
    (
        "A man was shot in the leg on Tallow Lane on Friday. He had been wounded in a separate shooting last year.",
        0,
        1,
    ),
    (
        "A weaver was shot and killed on Quenby Road on Sunday. She had been shot twice before.",
        1,
        0,
    ),
    (
        "A man was killed in a shooting on Tallow Lane on Friday. Police said he had been wounded in a shooting in 2019.",
        1,
        0,
    ),
    (
        "A teen was shot dead on Quenby Road on Saturday. The teen had been injured in a drive-by two years ago.",
        1,
        0,
    ),
    (
        "Two men were wounded in a shooting on Tallow Lane on Friday. One of them had been shot last year on the same block.",
        0,
        2,
    ),
    (
        "A barber was shot and killed in his shop on Quenby Road on Monday. In 2021, two people were injured in gunfire on the same street.",
        1,
        0,
    ),
    (
        "A man was shot dead outside a bar on Tallow Lane on Saturday. Last year, three people were wounded during gunfire at the same bar.",
        1,
        0,
    ),
    (
        "A driver was shot and killed on Quenby Road on Thursday. He had been hurt in a shooting in the same neighborhood in 2020.",
        1,
        0,
    ),
    (
        "A woman was shot in the arm on Tallow Lane on Sunday. She had been wounded in a shooting at her home three years earlier.",
        0,
        1,
    ),
    (
        "A cook was shot dead on Quenby Road on Friday. Two years ago, the cook had been shot in the leg outside the same restaurant.",
        1,
        0,
    ),
    # --- a past perfect of this incident: counted
    ("A man who had been shot in the arm walked into a hospital on Tallow Lane late Friday.", 0, 1),
    (
        "Police found a man who had been shot in the leg outside a store on Quenby Road on Sunday; he is in stable condition.",
        0,
        1,
    ),
    (
        "Officers arrived on Tallow Lane early Saturday to find that two men had been shot; both are in stable condition.",
        0,
        2,
    ),
    (
        "A woman was killed in a shooting on Quenby Road on Friday. By the time officers arrived, a neighbor had also been wounded.",
        1,
        1,
    ),
    ("Deputies said a teen had been wounded in a shooting on Tallow Lane on Monday night.", 0, 1),
    # --- a group told twice: counted once
    (
        "Three people were hurt in a shooting on Quenby Road on Friday. The three victims were rushed to a hospital.",
        0,
        3,
    ),
    (
        "Two men were wounded in a shooting on Tallow Lane on Friday. Both victims were treated at a clinic and released.",
        0,
        2,
    ),
    (
        "Four people were shot on Quenby Road on Friday night, none fatally. The four were taken to hospitals.",
        0,
        4,
    ),
    (
        "Two people were injured in gunfire on Tallow Lane on Sunday. Police said the two injured men are expected to survive.",
        0,
        2,
    ),
    (
        "Three people were wounded during gunfire at a party on Quenby Road on Saturday. Three victims were taken to a hospital.",
        0,
        3,
    ),
    (
        "Two women were hurt in a shooting on Tallow Lane on Monday. The women suffered gunshot wounds and are in stable condition.",
        0,
        2,
    ),
    (
        "A man was wounded in a shooting on Quenby Road on Friday. The wounded man was driven to a hospital in stable condition.",
        0,
        1,
    ),
    (
        "Five people were injured in gunfire at a bus stop on Tallow Lane on Saturday. Two of the victims are in critical condition.",
        0,
        5,
    ),
    # --- disjoint groups across sentences: added
    (
        "Two men were wounded in a shooting on Tallow Lane on Friday. A third man was also shot and is in stable condition.",
        0,
        3,
    ),
    (
        "Two people were hurt in a shooting on Quenby Road on Sunday. Two others were treated for graze wounds.",
        0,
        4,
    ),
    (
        "A woman was wounded in a shooting on Tallow Lane on Saturday. Another woman was also injured.",
        0,
        2,
    ),
    (
        "A teen was injured in a shooting on Quenby Road on Monday. A second teen was taken to a hospital with a gunshot wound.",
        0,
        2,
    ),
    # --- the count of one sentence against the others
    (
        "Two people were wounded in a shooting on Tallow Lane on Friday. Police first said one person was hurt.",
        0,
        2,
    ),
    (
        "One man was hurt in a shooting on Quenby Road early Sunday. Later, police said three people had been wounded in all.",
        0,
        3,
    ),
    (
        "A tiler was shot and wounded on Tallow Lane on Friday. He was driven to a hospital and should survive.",
        0,
        1,
    ),
    (
        "A tiler was shot and killed and two women were wounded on Quenby Road on Saturday. The women were taken to a hospital.",
        1,
        2,
    ),
    (
        "Two men were shot on Tallow Lane on Thursday. One died on the spot and the other was wounded.",
        1,
        1,
    ),
    # --- other clauses with no injury verb count: guards
    ("A man was shot in the leg on Quenby Road on Friday and a woman was grazed on the arm.", 0, 2),
    ("A deputy was shot in the hand on Tallow Lane on Monday, and a suspect was wounded.", 0, 2),
    ("No one was injured when shots were fired at a duplex on Quenby Road on Sunday.", 0, 0),
    (
        "Shots were fired at a car on Tallow Lane on Friday; no one was hurt, but a window was shattered.",
        0,
        0,
    ),
    (
        "A gunman began firing at a bus stop on Quenby Road on Friday, wounding two men and a woman.",
        0,
        3,
    ),
    (
        "Two men were shot on Tallow Lane on Saturday; one of them was wounded in the leg and the other in the arm.",
        0,
        2,
    ),
    (
        "A woman was wounded on Quenby Road on Sunday when a bullet came through her window. Her son, who was asleep in the next room, was not hurt.",
        0,
        1,
    ),
    (
        "Three people were wounded on Tallow Lane on Friday, including a 12-year-old girl who was hit in the arm.",
        0,
        3,
    ),
    (
        "Two people were injured on Quenby Road on Saturday, among them a man who was shot in the back.",
        0,
        2,
    ),
    (
        "A man was wounded on Tallow Lane on Sunday, and his brother suffered a graze wound to the head.",
        0,
        2,
    ),
    ("Two men were wounded on Quenby Road on Friday, and a third man was killed.", 1, 2),
    (
        "A woman was wounded and her husband was killed in a shooting on Tallow Lane on Monday.",
        1,
        1,
    ),
    (
        "A man was shot dead on Quenby Road on Friday. His friend had been wounded in the same attack and is in stable condition.",
        1,
        1,
    ),
    (
        "A boy was shot in the leg on Tallow Lane on Sunday. The boy had been playing outside with his cousins.",
        0,
        1,
    ),
    # --- more wounds of another incident: "in a separate/earlier shooting", "previously"
    (
        "A man was shot dead on Tallow Lane on Friday. He had been wounded in a shooting on the same corner.",
        1,
        0,
    ),
    (
        "A woman was shot in the calf on Quenby Road on Friday. It was the second time she had been shot.",
        0,
        1,
    ),
    (
        "A man was killed in a shooting on Tallow Lane on Friday. He had previously been shot in a drive-by.",
        1,
        0,
    ),
    (
        "A teen was shot dead on Quenby Road on Sunday. Police said he had been wounded in an earlier shooting.",
        1,
        0,
    ),
    (
        "A tiler was shot and killed on Tallow Lane on Friday. He was wounded in a shooting last spring.",
        1,
        0,
    ),
    (
        "A tiler was shot and killed on Quenby Road on Friday. He was injured in a separate shooting months ago.",
        1,
        0,
    ),
    (
        "A tiler was shot and killed on Tallow Lane on Friday. Last month, two men were wounded in a shooting a block away.",
        1,
        0,
    ),
    (
        "A clerk was shot dead on Quenby Road on Monday. The clerk had survived a robbery in which he was wounded.",
        1,
        0,
    ),
    (
        "A deputy was shot in the arm on Tallow Lane on Monday. The deputy had been wounded once before, in 2018.",
        0,
        1,
    ),
    (
        "A man was killed on Quenby Road on Saturday. Neighbors said he had been shot several times over the years.",
        1,
        0,
    ),
    (
        "A grocer was shot dead on Tallow Lane on Friday. In a separate shooting, a woman was wounded on Quenby Road.",
        1,
        0,
    ),
    # --- the same day's wound in the past perfect or in "the shooting": counted
    (
        "A man was shot dead on Quenby Road on Friday. Police said a second man had been wounded in the shooting and is in stable condition.",
        1,
        1,
    ),
    (
        "A woman was killed in a shooting on Tallow Lane on Friday. Her sister had been shot in the arm and is recovering.",
        1,
        1,
    ),
    # --- more sufferers in another clause
    (
        "One officer suffered a gunshot wound and two bystanders were treated for graze wounds after a shootout on Tallow Lane on Monday.",
        0,
        3,
    ),
    (
        "A man suffered a gunshot wound in the leg and a woman was treated for a graze wound after shots were fired on Quenby Road on Sunday.",
        0,
        2,
    ),
    ("Two men were shot on Tallow Lane on Friday; a woman was also hurt by a stray bullet.", 0, 3),
    ("Two men were wounded on Quenby Road on Friday; a woman was also hurt.", 0, 3),
    (
        "Two men were wounded on Tallow Lane on Friday, and a woman was driven to a hospital with a graze wound.",
        0,
        3,
    ),
    (
        "Two men were wounded on Quenby Road on Friday, and a teenager is recovering from a gunshot wound.",
        0,
        3,
    ),
    ("Two men were wounded on Tallow Lane on Friday, and a woman is fighting for her life.", 0, 3),
    (
        "Three people were hurt on Tallow Lane on Friday. The three victims were rushed to a hospital, where they are in stable condition.",
        0,
        3,
    ),
    (
        "Three people were hurt in a shooting on Quenby Road on Friday. All three were taken to a hospital.",
        0,
        3,
    ),
    (
        "Two people were wounded in a shooting on Tallow Lane on Friday. A man was driven to a hospital with a leg wound and a woman was treated at the scene.",
        0,
        2,
    ),
    ("A man was shot in the arm on Quenby Road on Friday. A woman was also wounded.", 0, 2),
    (
        "Two men were wounded in a shooting on Tallow Lane on Friday. A third victim walked into a hospital with a gunshot wound.",
        0,
        3,
    ),
    # --- a group and its members told in one sentence or the next ('one ... the other', a list)
    (
        "Police said three people were shot on Quenby Road on Friday. Two were treated and released; the third remains in a hospital.",
        0,
        3,
    ),
    (
        "A tiler and a weaver were shot on Tallow Lane on Friday. The tiler died; the woman is expected to survive.",
        1,
        1,
    ),
    (
        "Two people were wounded on Quenby Road on Friday. One of the victims, a 19-year-old man, was shot in the leg.",
        0,
        2,
    ),
    (
        "Two men were shot on Tallow Lane on Friday. One was hit in the arm and the other in the leg.",
        0,
        2,
    ),
    ("Four people were hurt on Quenby Road on Friday: three men and a woman.", 0, 4),
    ("A man was shot in the hand on Tallow Lane on Friday and his girlfriend was grazed.", 0, 2),
    ("Two men were wounded on Quenby Road on Friday. Both men were shot in the legs.", 0, 2),
    (
        "Two men were wounded on Tallow Lane on Friday. A third man was grazed by a bullet but declined treatment.",
        0,
        3,
    ),
    (
        "Five people were wounded on Quenby Road on Friday. Three of them were taken to a hospital; the other two were treated at the scene.",
        0,
        5,
    ),
    (
        "A tiler was shot and wounded on Tallow Lane on Friday. He is the fourth person shot in the neighborhood this month.",
        0,
        1,
    ),
    (
        "2 wounded in shooting\n\nTwo men were wounded in a shooting on Quenby Road on Friday. Both men were taken to a hospital.",
        0,
        2,
    ),
    (
        "One tiler was killed and another wounded in a shooting on Tallow Lane on Friday. The wounded man, 24, was taken to a hospital.",
        1,
        1,
    ),
    (
        "A woman was shot dead and two men were wounded on Quenby Road on Friday. Police said one of the wounded men remains in critical condition.",
        1,
        2,
    ),
    (
        "A man was wounded on Tallow Lane on Friday. Police said it was the second time he had been shot this year.",
        0,
        1,
    ),
    (
        "Three people were injured in gunfire on Quenby Road on Friday. A fourth victim, a woman, suffered a graze wound to the arm.",
        0,
        4,
    ),
    (
        "Two men were hurt on Tallow Lane on Friday. The two men, both 20, were shot in the legs and are expected to survive.",
        0,
        2,
    ),
    (
        "A teen was wounded on Quenby Road on Friday. The teen's mother said he had been shot before.",
        0,
        1,
    ),
    (
        "A man was killed on Tallow Lane on Friday. The man had been shot in 2017 and survived.",
        1,
        0,
    ),
    (
        "A man was wounded in a shooting on Quenby Road on Friday; his friend suffered a graze wound and a bystander was treated for a gunshot wound in the foot.",
        0,
        3,
    ),
    (
        "Two officers were wounded in a shootout on Tallow Lane on Friday; one suffered a gunshot wound in the leg and the other was grazed.",
        0,
        2,
    ),
    (
        "Three people were wounded on Quenby Road on Friday. Police said the victims suffered non-life-threatening injuries.",
        0,
        3,
    ),
    # --- a group told again by its members, and a death told of one of the hurt
    (
        "Three men were shot on Tallow Lane on Friday. The victims, ages 19, 22 and 25, were taken to a hospital.",
        0,
        3,
    ),
    (
        "Two people were wounded on Quenby Road on Friday. The victims, a man and a woman, are expected to recover.",
        0,
        2,
    ),
    ("Two people were wounded on Tallow Lane on Friday. One of the victims died Saturday.", 1, 1),
    (
        "A man and his son were wounded on Quenby Road on Friday. Both are in stable condition.",
        0,
        2,
    ),
    (
        "Four people were shot on Tallow Lane on Friday night. One man was hit in the chest, another in the arm, and two women were grazed.",
        0,
        4,
    ),
    (
        "Two people were shot on Quenby Road on Friday. A 20-year-old man was shot in the leg and a 22-year-old woman got shot in the wrist.",
        0,
        2,
    ),
    (
        "Two people were wounded in a shooting on Tallow Lane on Friday. A 20-year-old man suffered a gunshot wound in the leg and a 22-year-old woman was grazed.",
        0,
        2,
    ),
    (
        "Three people were injured on Quenby Road on Friday. A man, 30, suffered a gunshot wound in the chest; a woman, 28, and a teen, 16, were treated for graze wounds.",
        0,
        3,
    ),
    (
        "Two men were wounded on Tallow Lane on Friday. A 19-year-old was shot in the hip and a 23-year-old in the foot.",
        0,
        2,
    ),
    (
        "Three men were wounded on Quenby Road on Friday. One of them died at a hospital on Sunday.",
        1,
        2,
    ),
    (
        "Two people were injured in gunfire on Tallow Lane on Friday. One of the injured died later that night.",
        1,
        1,
    ),
    ("Two people were shot on Quenby Road on Friday. One of them died.", 1, 1),
    (
        "Two people were wounded in a shooting on Tallow Lane on Friday. A third man was killed.",
        1,
        2,
    ),
    (
        "Three people were shot on Quenby Road on Friday. A man was shot in the leg, a woman was shot in the arm and a teen was shot in the foot.",
        0,
        3,
    ),
    (
        "Two men were shot on Tallow Lane on Friday. A 30-year-old was shot in the hip and a 25-year-old was shot in the hand.",
        0,
        2,
    ),
    ("A man was shot on Quenby Road on Friday. Police said a woman was shot in the arm.", 0, 2),
]

KNOWN: dict[str, str] = {
    "Two people were hurt in a shooting on Quenby Road on Sunday. Two others were treated for graze wounds.": "after a group, others told hurt may be the group's own: the larger figure",
    "A tiler was shot and killed on Tallow Lane on Friday. Last month, two men were wounded in a shooting a block away.": "an incident of last month, told in the simple past, joins the news",
    "A clerk was shot dead on Quenby Road on Monday. The clerk had survived a robbery in which he was wounded.": "the wound lies in a clause on the attack another verb names",
    "Four people were shot on Tallow Lane on Friday night. One man was hit in the chest, another in the arm, and two women were grazed.": "the breakdown's gapped clauses are not read as one account of the four",
}


@pytest.mark.parametrize(("text", "killed", "injured"), count_battery(CASES, KNOWN))
def test_main_event_counts(tagged: Code, text: str, killed: int, injured: int) -> None:
    assert_main_counts(tagged(text), text, killed, injured)


def test_battery_is_large() -> None:
    """The brief asks for at least 60 sentences of our own."""
    assert len(CASES) >= 60
    assert set(KNOWN) <= {text for text, _, _ in CASES}
