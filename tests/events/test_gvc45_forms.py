"""Casualty forms a fifth blind set showed wrong (gvc45, issue 15), each read both ways:
sentences of our own, the main event's (killed, injured) as `bench_incidents` scores them."""

from __future__ import annotations

import pytest

from .conftest import Code
from .test_gvc_blind_sets import main_counts

# a reduced relative the parser hung as a complement of "is clinging to life" / "was fighting
# for his life", or the other way round: the noun is the one hurt, and lived
# (`victims.misread_relative`, `victims._finite_without_subject`, `victims/outcome_verbs.txt`)
CLINGING = [
    ("A cabbie shot during a holdup on Pell Road on Monday night was clinging to life.", 0, 1),
    ("Two brothers shot in a car park on Vause Lane on Friday are fighting for their lives.", 0, 2),
    ("A cashier shot in the neck on Orme Street late Friday was fighting for her life.", 0, 1),
    ("A porter shot outside a hotel on Kibble Road early Monday is clinging to life.", 0, 1),
]
# ... not where the one shot died, or where a subject of its own is told
CLINGING_NOT = [
    ("A cabbie shot during a holdup on Pell Road on Monday night died on Tuesday.", 1, 0),
    ("A cashier shot in the neck on Orme Street late Friday was pronounced dead.", 1, 0),
]

# "none fatally", "neither fatally", "neither of them fatally": no one died, and the people
# shot or wounded lived (`casualties.nobody_fatally`, `modality._share_spared`)
NONE_FATALLY = [
    ("Two women were shot, neither fatally, outside a pub on Gedge Road on Sunday.", 0, 2),
    ("A fight on Marl Street on Friday left four people wounded, none fatally.", 0, 4),
    ("Five men were wounded, none fatally, when shots rang out on Tarn Lane on Monday.", 0, 5),
    ("Police said two boys were shot, neither of them fatally, on Rook Avenue on Tuesday.", 0, 2),
]
# ... while a figure of the dead is a share that died
SOME_FATALLY = [
    ("Two women were shot, one fatally, outside a pub on Gedge Road on Sunday.", 1, 1),
    ("Five men were shot, two fatally, when shots rang out on Tarn Lane on Monday.", 2, 3),
    ("Police said two boys were shot, both fatally, on Rook Avenue on Tuesday.", 2, 0),
]

# a count of the dead or the hurt told risen to a figure is the event's figure
# (`casualties.risen_toll`, `casualties/toll_*.txt`, pattern `toll_risen`)
RISEN = [
    (
        "The death toll from Friday's shooting at a pub on Veal Street has climbed to four, "
        "police said.",
        4,
        0,
    ),
    (
        "A third man hurt in Monday's shooting on Cobb Lane has died, raising the death toll "
        "to three.",
        3,
        0,
    ),
    (
        "The number of people injured in Sunday's shooting at a fair on Dace Road has risen "
        "to nine, police said.",
        0,
        9,
    ),
]
# ... not a running total of the year, nor a toll told without a rise
RISEN_NOT = [
    (
        "A man was shot dead on Veal Street on Friday. The city's death toll from gun violence "
        "this year has risen to 40.",
        1,
        0,
    ),
    ("Two men were shot dead at a pub on Veal Street on Friday, police said.", 2, 0),
]

# a participle of shooting or hitting set off by a comma, naming where the body was hit, tells
# one hurt besides the dead (`injuries._hit_apposed`)
HIT_APPOSED = [
    ("A nurse, shot in the foot, limped to a clinic on Soar Road on Friday night.", 0, 1),
    (
        "A young man, struck in the thigh, ran into a bakery after shots were fired on Lune "
        "Street on Monday.",
        0,
        1,
    ),
    (
        "A bouncer was shot dead at a club on Wear Lane on Sunday, while a guest, hit in the "
        "elbow, was taken to a clinic.",
        1,
        1,
    ),
]
# ... not one told dead, nor a participle with no part of the body
HIT_APPOSED_NOT = [
    ("A nurse, shot in the chest, died at a clinic on Soar Road on Friday night.", 1, 0),
    ("A nurse, shot on Soar Road on Friday night, was found dead in a car.", 1, 0),
]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    CLINGING
    + CLINGING_NOT
    + NONE_FATALLY
    + SOME_FATALLY
    + RISEN
    + RISEN_NOT
    + HIT_APPOSED
    + HIT_APPOSED_NOT,
)
def test_gvc45_forms(tagged: Code, text: str, killed: int, injured: int) -> None:
    assert main_counts(tagged, text) == (killed, injured), text
