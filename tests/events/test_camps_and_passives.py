"""A force's camp or base set up is MOBILIZE, a camp of people who fled none; a phrasal row's
object told as a passive's subject ("reservists were called up", "troops were sent") reads as the
active does; intelligence handed over is cooperation (plover18)."""

from __future__ import annotations

import pytest

from .conftest import Code


def _best(code: Code, text: str) -> str | None:
    events = code(text)
    return max(events, key=lambda e: e.confidence).type if events else None


@pytest.mark.parametrize(
    "text",
    [
        "Rebels set up a camp near the river, villagers said.",
        "The militia turned the old clinic into its base.",
        "A camp was set up by the army near the dam.",
        "Hundreds of reservists were called up on Monday.",
        "Extra soldiers were sent to the border region.",
    ],
)
def test_force_camp_and_passive_moves_are_mobilize(code: Code, text: str) -> None:
    assert _best(code, text) == "MOBILIZE"


@pytest.mark.parametrize(
    "text",
    [
        "Families who fled the floods set up camp in a school yard.",
        "A camp was set up by refugees near the dam.",
        "The retailer set up its headquarters in the old mill.",
        "The novel is set in a refugee camp after the war.",
    ],
)
def test_civil_camps_and_offices_are_no_mobilize(code: Code, text: str) -> None:
    assert _best(code, text) != "MOBILIZE"


@pytest.mark.parametrize(
    "text",
    [
        "The hostages have been held since March in a forest hideout.",
        "Nobody would say how many soldiers had been sent to the valley.",
        "Shortly after midnight, officers were dispatched to a house on Elm Street.",
    ],
)
def test_passive_states_and_questions_tell_no_act(code: Code, text: str) -> None:
    assert _best(code, text) is None


def test_intelligence_handed_over_is_cooperation(code: Code) -> None:
    text = "Kenya handed over intelligence on the smuggling ring to Tanzanian officials."
    assert _best(code, text) == "COOPERATE"
    assert _best(code, "The rebels handed over the town to the army.") == "RETREAT"
