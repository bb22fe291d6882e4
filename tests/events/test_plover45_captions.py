"""People at the scene of an attack (plover45, `events/ranking.py`).

A caption or lead often tells an attack through those at its scene: "villagers inspect a school
destroyed in an air strike", "detectives examine a car destroyed in the bombing". A scene verb
(`ranking/scene_verbs.txt`) whose object or prepositional phrase tells an attack ranks below
the attack. Both ways: a scene verb whose object tells no attack (a fraud, a flood, a fire), or
an attack told outside its object (a clause of time), keeps its own type.
"""

from __future__ import annotations

import pytest

from .conftest import Code


def _top(code: Code, text: str) -> str:
    events = code(text)
    assert events, text
    return max(events, key=lambda e: e.confidence).type


SCENE = [
    "Villagers inspect a school destroyed in an air strike near the border.",
    "Officials visit a hospital destroyed in a missile strike.",
    "UN monitors visit a clinic destroyed by an air strike.",
    "Detectives examine a car destroyed in the bombing.",
    "Engineers inspect a dam destroyed by saboteurs.",
    "Officers investigate last night's shooting of a bus driver.",
    "Police investigate the killing of a shopkeeper.",
]

OWN = [
    ("Police investigate allegations of fraud at the port authority.", "ACCUSE"),
    ("Police investigate the theft of a painting from the museum.", "ACCUSE"),
    ("Engineers inspect a bridge damaged in the floods.", "ACCUSE"),
    ("Inspectors visit a factory destroyed in a fire.", "CONSULT"),
    ("Residents gather at the town hall to protest the new tax.", "PROTEST"),
    # the attack is told in a clause of time, not as the place visited
    ("The minister visited the capital while rebels attacked a convoy in the north.", "CONSULT"),
    ("Inspectors visited the ministry a day before gunmen attacked it.", "CONSULT"),
]


@pytest.mark.parametrize("text", SCENE)
def test_an_attack_at_the_scene_outranks_the_scene_verb(code: Code, text: str) -> None:
    assert _top(code, text) == "ASSAULT"


@pytest.mark.parametrize(("text", "kind"), OWN)
def test_a_scene_verb_without_an_attack_in_its_object_keeps_its_type(
    code: Code, text: str, kind: str
) -> None:
    assert _top(code, text) == kind
