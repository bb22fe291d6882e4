"""A shooting's hurt told by the victim's state, wound or survival, and only the shot counted (gvc22).

Short local-news reports of our own, none from a development set: a person in a grave condition
after a shooting ("in critical condition", "listed in serious condition", "fighting for his life",
"on life support", "clinging to life") is one injured until the text says they died; a shooting
told only by its wound ("suffered a bullet wound", "took a bullet", "was grazed", "a gunshot
victim was found", "walked into a hospital with gunshot wounds"); a survivor of a shooting ("survived
a shooting", "survived being shot"); a crash or fall injury beside a shooting, which counts nobody
(only the shot are its hurt: docs/CODEBOOK.md section 7); and a victim who died later in
hospital, counted once, dead. The main event must carry (killed, injured).
"""

from __future__ import annotations

import pytest

from .conftest import Code, assert_main_counts, count_battery

# (text, killed, injured)
CASES: list[tuple[str, int, int]] = [
    # a grave condition after a shooting: one injured (those told alone are known failures, GRAVE)
    (
        "A 27-year-old man was shot on Garnet Street on Monday night. He is in critical condition.",
        0,
        1,
    ),
    (
        "A cashier was shot in the ribs outside a laundromat on Ferris Road on Tuesday; doctors listed her in critical condition.",
        0,
        1,
    ),
    (
        "A teenager was shot near a basketball court on Olin Avenue on Friday and remains in critical condition.",
        0,
        1,
    ),
    (
        "A 45-year-old man was shot during an argument on Quill Lane on Saturday. He was listed in serious condition at a trauma center.",
        0,
        1,
    ),
    (
        "A delivery driver was shot on Bracken Road late Sunday and is in serious condition, police said.",
        0,
        1,
    ),
    (
        "A 19-year-old was fighting for his life on Wednesday night, hours after he was shot on Tamsin Street.",
        0,
        1,
    ),
    (
        "A 9-year-old was shot inside her bedroom on Pruitt Court on Thursday. She is fighting for her life at a children's hospital.",
        0,
        1,
    ),
    (
        "A man shot outside a gas station on Lark Boulevard on Monday is on life support, his family said.",
        0,
        1,
    ),
    (
        "A grandmother was shot by stray gunfire on Wren Street on Tuesday. She remains on life support.",
        0,
        1,
    ),
    (
        "A 33-year-old man was clinging to life after he was shot on Hadley Avenue early Friday.",
        0,
        1,
    ),
    (
        "A cashier was shot during a robbery on Cobb Street on Saturday night. She is clinging to life, police said.",
        0,
        1,
    ),
    (
        "Medics rushed a man to Orrin Hospital in critical condition after he was shot on Mercer Road on Sunday.",
        0,
        1,
    ),
    (
        "Two men were shot on Alden Street on Monday. One remains critical while the other is in stable condition.",
        0,
        2,
    ),
    # ... and one who then died is one dead, no injured (the codebook: a person is counted once)
    (
        "A man was shot on Rook Street on Monday and rushed to Halden Hospital in critical condition, where he died.",
        1,
        0,
    ),
    (
        "A 21-year-old was shot on Thistle Road on Friday. He was in critical condition but died on Saturday.",
        1,
        0,
    ),
    (
        "A boy was shot on Ember Lane on Sunday and was placed on life support. He died on Tuesday.",
        1,
        0,
    ),
    (
        "A woman was shot on Gable Street on Wednesday night. She was driven to Bell Hospital and later died there.",
        1,
        0,
    ),
    ("A man shot on Vesper Avenue on Thursday died later at a trauma center, police said.", 1, 0),
    (
        "A 30-year-old man was shot on Lowry Street on Sunday. He was in stable condition but died on Monday.",
        1,
        0,
    ),
    (
        "A woman was shot on Trent Avenue on Monday. She was in serious condition but died overnight.",
        1,
        0,
    ),
    (
        "A man was shot in the head on Colter Road on Monday. He died in a hospital hours later.",
        1,
        0,
    ),
    # the living told by their condition beside the dead: each counted once
    (
        "Two men were shot on Oriel Street on Sunday. One died and the other is in stable condition.",
        1,
        1,
    ),
    (
        "A man was killed and a woman is in fair condition after a shooting on Keene Avenue on Friday.",
        1,
        1,
    ),
    (
        "A man was shot dead on Loring Street on Saturday and his brother is fighting for his life.",
        1,
        1,
    ),
    (
        "A boy is in stable condition after his uncle shot him and then killed himself at a farmhouse on Sunday.",
        1,
        1,
    ),
    (
        "A driver died and his passenger remains in a hospital after gunmen fired on their car on Ansel Road on Monday.",
        1,
        1,
    ),
    (
        "Three people were shot at a party on Greer Street on Saturday; one died and two are recovering.",
        1,
        2,
    ),
    ("Two men suffered gunshot wounds on Vick Street on Tuesday; one died at the scene.", 1, 1),
    # others shot beside the dead, named as others: the others alone are the injured
    ("A bouncer died and two others were shot outside a lounge on Darby Street on Sunday.", 1, 2),
    ("One teen was killed and another was shot near a rec center on Gould Avenue on Friday.", 1, 1),
    (
        "A cook was shot dead and two other workers were shot at a diner on Pell Road on Monday.",
        1,
        2,
    ),
    ("A mother was killed and her son was shot at their home on Arno Street on Saturday.", 1, 1),
    # the shooting told only by its wound: one injured
    (
        "A 30-year-old man suffered a bullet wound to the leg on Dover Street on Friday night, police said.",
        0,
        1,
    ),
    (
        "A woman suffered a gunshot wound to her hand outside a bar on Kell Avenue on Saturday.",
        0,
        1,
    ),
    ("A cook suffered bullet wounds to both legs outside a diner on Sable Road on Monday.", 0, 1),
    (
        "A man took a bullet to the shoulder outside a convenience store on Bryce Road on Monday.",
        0,
        1,
    ),
    (
        "A teenager took a bullet in the arm during a fight at a park on Sorrel Lane on Sunday.",
        0,
        1,
    ),
    (
        "A 12-year-old girl caught a stray bullet in the leg on Fenwick Street on Tuesday evening.",
        0,
        1,
    ),
    ("A bus driver caught a bullet in the hip when shots rang out on Halsey Road on Friday.", 0, 1),
    ("A toddler inside an apartment on Crane Street was hit by a stray round on Sunday.", 0, 1),
    ("A woman sitting on her porch was hit by a bullet on Maple Row on Thursday night.", 0, 1),
    ("A man was grazed by a bullet on Pell Street on Tuesday night, police said.", 0, 1),
    (
        "A 16-year-old was grazed on the scalp when gunfire erupted near Tolland Park on Friday.",
        0,
        1,
    ),
    ("A gunshot victim was found on Hollis Street early Wednesday, police said.", 0, 1),
    (
        "Officers found a gunshot victim lying near a bus stop on Arden Road on Saturday. Medics took him to Brill Hospital.",
        0,
        1,
    ),
    (
        "A man with gunshot wounds walked into Kestrel General Hospital on Sunday night, police said.",
        0,
        1,
    ),
    ("A man with a gunshot wound in his thigh walked into an emergency room on Thursday.", 0, 1),
    (
        "A 24-year-old man arrived at a hospital with a gunshot wound early Monday, police said.",
        0,
        1,
    ),
    (
        "A woman arrived at Stroud Medical Center with a gunshot wound in her forearm on Friday night.",
        0,
        1,
    ),
    (
        "A man showed up at a hospital with a gunshot wound on Saturday, and police are trying to find where he was shot.",
        0,
        1,
    ),
    ("Two men arrived at a hospital with gunshot wounds on Tuesday night, police said.", 0, 2),
    # ... but a bullet taken in a figure of speech, a victim who died, a victim told again: no injured
    ("The mayor said he would take a bullet for his city before he cut the police budget.", 0, 0),
    ("A shooting victim died at a hospital on Corley Street early Tuesday, police said.", 1, 0),
    (
        "A man was shot dead on Penn Street on Friday. The shooting victim was identified as a 28-year-old cook.",
        1,
        0,
    ),
    # a survivor of a shooting: injured
    ("A 61-year-old landlord survived a shooting at his duplex on Wick Road on Thursday.", 0, 1),
    ("A pizza driver survived being shot during a robbery on Larch Avenue on Friday.", 0, 1),
    (
        "A man survived being shot three times outside his apartment on Dunmore Street on Sunday.",
        0,
        1,
    ),
    (
        "A teenager who survived a shooting on Brandt Street on Saturday spoke to reporters on Monday.",
        0,
        1,
    ),
    ("A mother of two survived a shooting on Ivy Road on Wednesday night, police said.", 0, 1),
    # ... but one who survived unhurt is no injured
    (
        "A man survived a shooting on Pratt Street on Monday without a scratch after the bullets missed him.",
        0,
        0,
    ),
    (
        "A clerk survived an attempted robbery on Fell Avenue on Tuesday; the gunman fired twice and missed.",
        0,
        0,
    ),
    # only the shot count: a crash, a fall or a fight beside the shooting counts nobody
    (
        "A man was shot on Abbot Street on Monday. The suspect's car crashed a few blocks away and he was hurt.",
        0,
        1,
    ),
    (
        "A woman was shot in the arm on Lyle Road on Friday. The gunman fled, crashed his car into a tree and was injured.",
        0,
        1,
    ),
    (
        "Shots were fired on Ormond Street on Saturday and no one was hit. A fleeing driver crashed and was hurt.",
        0,
        0,
    ),
    (
        "Police exchanged gunfire with a suspect on Wexford Road on Sunday; nobody was struck. The suspect fell from a fence and broke his ankle.",
        0,
        0,
    ),
    (
        "A man was shot dead on Cray Street on Tuesday. A woman fell while running away and was injured.",
        1,
        0,
    ),
    (
        "A teen was shot in the leg on Bly Avenue on Thursday. An officer chasing the shooter crashed his cruiser and was hurt.",
        0,
        1,
    ),
    # plain controls: no one hurt, or the shooting's figures told outright
    ("Someone fired shots at a house on Marlow Street on Monday night. No one was hurt.", 0, 0),
    ("Bullets struck two parked cars on Tern Road early Sunday, but nobody was injured.", 0, 0),
    (
        "A man was shot in the foot on Pine Hollow Road on Tuesday. His wound is not considered life-threatening.",
        0,
        1,
    ),
    (
        "Three people were shot outside a bar on Faro Street on Saturday; all are expected to survive.",
        0,
        3,
    ),
    ("A man was killed and a woman was wounded in a shooting on Cato Road on Friday.", 1, 1),
    (
        "A gunman shot a clerk and a customer at a store on Hobart Street on Monday; the clerk died.",
        1,
        1,
    ),
    ("Two people were shot on Cleaves Street on Wednesday. One of them died at a hospital.", 1, 1),
    (
        "A 40-year-old man was wounded in a shooting on Birch Hill Road on Sunday and is in stable condition.",
        0,
        1,
    ),
    (
        "A woman was shot on Corbin Street on Thursday. She was released after treatment at Carver Hospital.",
        0,
        1,
    ),
    ("A man suffered a graze wound in a shooting on Lomax Avenue on Friday night.", 0, 1),
    (
        "Police said a 14-year-old boy was hit by a bullet on Quarry Lane on Saturday and is recovering.",
        0,
        1,
    ),
    (
        "Officers came upon a wounded cabbie on Ainsley Street on Sunday; he had been shot once. He is expected to recover.",
        0,
        1,
    ),
    (
        "Two teenagers were wounded when someone opened fire at a party on Selby Road on Saturday.",
        0,
        2,
    ),
    (
        "A bullet fired during a fight on Ware Street struck a woman in her kitchen on Monday. Paramedics took her to Wilmer Hospital.",
        0,
        1,
    ),
    ("A barber was shot and killed on Nash Street on Tuesday night, police said.", 1, 0),
    ("A nurse was fatally shot while sitting in her car on Hale Road on Friday.", 1, 0),
]

GRAVE = (
    "a grave condition told alone ('in critical condition', 'on life support') stays no count, as "
    "in test_injury_gvc20.py and test_injury_gvc21.py: counted as one injured (gvc22), the GVC "
    "main event's injured fell on tune (0.896 -> 0.881) and check (0.809 -> 0.800): the Gun "
    "Violence Archive mostly counts such victims dead, as it records a later death"
)
APART = (
    "the living told by a condition, a struggle or a hospital stay beside the dead are read (1 "
    "injured in the sentence), but a figure with no injury word is taken for the people shot and "
    "the dead come off it: 0. Counting the dead in such a figure, as `_taken_to_care` does (gvc22), "
    "left the GVC main event's injured at 0.896 on tune and cost one check article (0.813 -> "
    "0.809), as it did for gvc8 (test_injury_forms.py)"
)
KNOWN: dict[str, str] = {
    "A man was shot dead on Loring Street on Saturday and his brother is fighting for his life.": APART,
    "A boy is in stable condition after his uncle shot him and then killed himself at a farmhouse on Sunday.": APART,
    "A driver died and his passenger remains in a hospital after gunmen fired on their car on Ansel Road on Monday.": APART,
    "A 27-year-old man was shot on Garnet Street on Monday night. He is in critical condition.": GRAVE,
    "A man shot outside a gas station on Lark Boulevard on Monday is on life support, his family said.": GRAVE,
    "A grandmother was shot by stray gunfire on Wren Street on Tuesday. She remains on life support.": GRAVE,
    "Two men were shot on Alden Street on Monday. One remains critical while the other is in stable condition.": GRAVE,
}


@pytest.mark.parametrize(("text", "killed", "injured"), count_battery(CASES, KNOWN))
def test_main_event_counts(code: Code, text: str, killed: int, injured: int) -> None:
    assert_main_counts(code(text), text, killed, injured)
