"""Casualty forms a third blind set showed wrong (gvc43, issue 15), each read both ways:
sentences of our own, the main event's (killed, injured) as `bench_incidents` scores them."""

from __future__ import annotations

import pytest

from .conftest import Code
from .test_gvc_blind_sets import main_counts

# a group hit by a verb of harm other than shooting, in an article that tells no death, lived
# (`coder._shot_and_lived` with `injuries.harmed_victims`)
HARMED_GROUPS = [
    ("Three people were stabbed during a brawl outside a tavern on Cowley Road on Sunday.", 0, 3),
    ("Two teenagers were stabbed near a bus shelter on Alden Street on Friday afternoon.", 0, 2),
    ("Police said four men were beaten with bats in a parking lot on Dexter Road on Monday.", 0, 4),
    ("A man was stabbed twice in the back at a bar on Halkett Street on Friday.", 0, 1),
]
# ... and not where the article tells them dead
HARMED_DEAD = [
    ("Two men were stabbed to death in an apartment on Wilton Road on Saturday.", 2, 0),
    ("A woman was beaten to death in her home on Leyton Street on Tuesday.", 1, 0),
    ("Three people were stabbed on Orris Road on Sunday. All three died at the scene.", 3, 0),
]

# the dead told of the whole group the sentence shot ("both victims", "they", "all three"): the
# people shot, not others beside them (`injuries._shot_beside_dead`)
WHOLE_GROUP_DIED = [
    (
        "Two men were shot on Penner Street on Monday night, and both victims died at the scene.",
        2,
        0,
    ),
    ("Two women were shot in a car on Astley Road on Friday, and they both died.", 2, 0),
    (
        "Three men were shot on Brook Lane on Sunday morning, and all three died of their wounds.",
        3,
        0,
    ),
]
# ... while others named beside the dead still lived
OTHERS_BESIDE_DEAD = [
    ("A man was killed and a boy was shot in the leg on Pimlico Road on Monday.", 1, 1),
    (
        "A clerk was shot and killed, and her friend was shot in the arm, on Evans Road on Friday.",
        1,
        1,
    ),
    ("Two men were shot dead and a woman was shot in the hand on Cole Street on Sunday.", 2, 1),
]

# a reduced relative the parser took for the main verb ("A boy shot on Elm Street died"): the
# noun is the one shot (`victims.misread_relative`, `victims.subjects_of`)
REDUCED_RELATIVES = [
    ("A 15-year-old boy shot on Galton Street on Friday died Sunday at a hospital.", 1, 0),
    ("The 40-year-old man shot on Keyes Road on Monday is recovering at a hospital.", 0, 1),
    (
        "A 22-year-old man shot in the hip on Lorne Street on Friday was released from the hospital.",
        0,
        1,
    ),
    (
        "A woman shot on Pardoe Street on Tuesday was upgraded to stable condition, police said.",
        0,
        1,
    ),
]
# ... and a shooter's own active verb stays his
ACTIVE_SHOOTERS = [
    ("A man shot his brother on Ruskin Road on Monday and then fled on foot.", 0, 1),
    ("A man shot a clerk dead at a store on Bower Street on Friday and was arrested.", 1, 0),
    ("The gunman shot two men outside a bar on Hale Road on Saturday; both died.", 2, 0),
]

# a share of the dead given in digits ("5 people were shot, 1 fatally"), which the parser hangs
# on the verb or sets apart as punctuation (`casualties._fatal_share`, `injuries._partly_fatal`)
DIGIT_SHARES = [
    ("Police said 5 people were shot, 1 fatally, outside a club on Dorne Avenue on Sunday.", 1, 4),
    ("Six people were shot, 2 fatally, at a bar on Fenby Road on Monday.", 2, 4),
    ("Seven people were shot, 3 fatally, at a party on Castor Street on Saturday.", 3, 4),
    # each share of a list the parser hangs on the verb of saying (fix50e)
    ("Police said 12 people were shot, 3 fatally, and 4 critically, on Saturday.", 3, 9),
    ("Police said 9 people were shot, 2 fatally, and 3 seriously, on Friday night.", 2, 7),
    ("Officers said 7 people were shot, 1 fatally, and 2 critically, early on Sunday.", 1, 6),
]
# ... and an adverb of death on the verb still kills all the people shot
ALL_FATAL = [
    ("Three men were fatally shot on Gorse Road on Monday.", 3, 0),
    ("Two women were shot fatally outside a diner on Kemble Street on Friday.", 2, 0),
    ("Four people were shot, two fatally, at a gas station on Ardley Road on Sunday.", 2, 2),
]

# "a boy of 16": an age after a noun of a person's sex, not a count (`victims._age_of`)
AGES_OF = [
    ("A boy of 16 was shot dead inside a mall on Quentin Road on Saturday.", 1, 0),
    ("A woman of 70 was wounded by a stray bullet on Fairway Street on Monday.", 0, 1),
    ("Police said a man of 45 was gunned down outside his home on Bellow Road on Friday.", 1, 0),
]

# the pieces of a hyphenated word ("co-workers"), each given one relation by the parser, read as
# one person phrase whose figure is on its first piece (`victims.one_word`)
HYPHENATED = [
    (
        "Three co-workers were wounded when a man opened fire at a depot on Sefton Road on Monday.",
        0,
        3,
    ),
    ("Two co-workers were shot dead at a plant on Hurst Road on Friday.", 2, 0),
    ("A man shot two co-workers at a mill on Glover Street on Tuesday. Both survived.", 0, 2),
]
# ... and one person named by a hyphenated word is still one
ONE_HYPHENATED = [
    ("A man shot his ex-girlfriend on Tarn Road on Monday. She is in stable condition.", 0, 1),
    ("A co-worker was shot and killed at a warehouse on Lydd Street on Friday.", 1, 0),
    ("Police said a co-worker was wounded in a shooting at a depot on Moss Road on Sunday.", 0, 1),
]

# a denial graded by an adverb ("Neither was seriously hurt") denies the grade, not the harm:
# no zero of the hurt (`casualties.count_for`, `casualties/graded_harm_adverbs.txt`)
GRADED_DENIALS = [
    (
        "A man and his son were struck by gunfire on Ketley Road on Friday. Neither was seriously hurt.",
        0,
        2,
    ),
    ("Two men were shot on Foss Street on Monday. Neither was badly injured.", 0, 2),
    ("A girl was shot in the foot on Bryce Road on Sunday. No one was seriously hurt.", 0, 1),
]
# ... and a plain denial is still a zero
PLAIN_DENIALS = [
    ("Shots hit a house on Holt Road on Monday. No one was hurt.", 0, 0),
    (
        "A man fired several shots at a bus on Ansell Street on Friday, but no one was injured.",
        0,
        0,
    ),
    ("Bullets struck a parked car on Lamb Street on Sunday; nobody was wounded.", 0, 0),
]

# "the other(s) ... not hurt" beside one hit in the same sentence is a zero of the rest of the
# group, not of all (`casualties.count_for`)
OTHERS_DENIED = [
    (
        "Three people sat in a car on Dane Road when shots rang out. One was shot in the arm; the "
        "others were not hurt.",
        0,
        1,
    ),
    (
        "Shots were fired into a van on Orton Road on Friday. The driver was hit in the shoulder; "
        "the other passengers were not hurt.",
        0,
        1,
    ),
    (
        "Two boys sat on a porch on Welby Street when gunfire broke out. One was grazed, and the "
        "other was not injured.",
        0,
        1,
    ),
]
# one told by a tie to another ("his wife") is beside the victims: a denial of their harm is no
# zero of the victims' (fix50e's reading of it was dropped, a GVC tune figure fell; gvc44's,
# `coder._kin_unhurt`, reads it as "no one else was hurt" and moves no GVC figure)
KIN_DENIED = [
    ("A man was shot in the arm on Tarn Road on Saturday. His wife was not hurt.", 0, 1),
    ("A woman was shot in the foot on Monday. Her two children were not injured.", 0, 1),
]
NO_ONE_ELSE = [
    ("A man was shot in the arm on Saturday. No one else was hurt.", 0, 1),
    ("A driver was wounded by gunfire on Friday; his passenger was not hurt.", 0, 1),
]
# ... and a denial of all is still a zero
ALL_DENIED = [
    ("Shots hit a bus on Ebury Road on Monday. The passengers were not hurt.", 0, 0),
    (
        "Someone fired into a house on Cray Street on Friday. The family inside was not injured.",
        0,
        0,
    ),
    ("Bullets struck two cars on Poole Road on Sunday, but the drivers were not hurt.", 0, 0),
]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    HARMED_GROUPS
    + HARMED_DEAD
    + WHOLE_GROUP_DIED
    + OTHERS_BESIDE_DEAD
    + REDUCED_RELATIVES
    + ACTIVE_SHOOTERS
    + DIGIT_SHARES
    + ALL_FATAL
    + AGES_OF
    + HYPHENATED
    + ONE_HYPHENATED
    + GRADED_DENIALS
    + PLAIN_DENIALS
    + OTHERS_DENIED
    + NO_ONE_ELSE
    + KIN_DENIED
    + ALL_DENIED,
)
def test_gvc43_forms(tagged: Code, text: str, killed: int, injured: int) -> None:
    assert main_counts(tagged, text) == (killed, injured), text
