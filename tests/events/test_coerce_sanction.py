"""COERCE against SANCTION, read from the PLOVER manual: arrests told with a light verb and
restrictions at home are COERCE, persons expelled one by one too (diplomats stay SANCTION); bans
on trade or travel cut a relation (SANCTION); a kept ceasefire and a release of people told as
detained are RETREAT; forces moved or posted short of force are MOBILIZE. Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import Code


def _best(code: Code, text: str) -> str | None:
    events = code(text)
    return max(events, key=lambda e: e.confidence).type if events else None


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # arrests told with a light verb or a particle (COERCE arrest)
        ("Deputies took the driver into custody after a chase on Monday night.", "COERCE"),
        ("The teacher was remanded in custody on Friday pending trial.", "COERCE"),
        ("Soldiers rounded up thirty young men at the bus station.", "COERCE"),
        ("The gendarmerie interpellated four traders at the market on Sunday.", "COERCE"),
        # restrictions and censorship at home (COERCE)
        ("Riot police sealed off the main avenue before the vote.", "COERCE"),
        ("The authorities cut the mobile internet in three provinces on Tuesday.", "COERCE"),
        ("The regime expelled forty migrants across the southern border.", "COERCE"),
        # bans on trade or travel cut a relation (SANCTION)
        ("Canada banned imports of timber from the neighbouring country.", "SANCTION"),
        ("The bloc imposed travel bans on six generals of the junta.", "SANCTION"),
        # a ceasefire kept, people told as detained set free (RETREAT)
        ("The two armies respected the truce along the river on its second day.", "RETREAT"),
        ("The rebels freed the kidnapped engineers after two weeks.", "RETREAT"),
        ("The army released the detained journalists on Thursday.", "RETREAT"),
        # forces posted or moved short of force (MOBILIZE)
        ("Armoured vehicles took up positions outside the radio station overnight.", "MOBILIZE"),
        ("The navy moved three frigates closer to the disputed islands.", "MOBILIZE"),
    ],
)
def test_coerce_sanction_family(code: Code, text: str, plover: str) -> None:
    assert _best(code, text) == plover


@pytest.mark.parametrize(
    "text",
    [
        # protesters blocking access are no state restriction
        "Farmers blocked access to the port with their tractors on Monday.",
        # a story set in a camp is no force based there
        "The novel is set in a refugee camp in the desert.",
    ],
)
def test_not_a_restriction_or_move(code: Code, text: str) -> None:
    assert _best(code, text) not in {"COERCE", "MOBILIZE"}
