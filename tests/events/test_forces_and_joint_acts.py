"""Forces readied or moved told with a misparsed verb or a formation named by what it is made of
are MOBILIZE ("scrambled fighter jets", "dispatched a carrier group"); joint acts are COOPERATE
(plover20)."""

from __future__ import annotations

import pytest

from .conftest import Code


def _best(code: Code, text: str) -> str | None:
    events = code(text)
    return max(events, key=lambda e: e.confidence).type if events else None


@pytest.mark.parametrize(
    "text",
    [
        "Taiwan scrambled fighter jets after twelve bombers crossed the median line.",
        "The navy dispatched an aircraft carrier group to the eastern sea.",
        "The army has positioned units of artillery near the northern frontier.",
        "The ministry moved two tank battalions closer to the border on Monday.",
        "Greece scrambled jets on Tuesday to intercept the drones.",
        "The rebels sent an artillery detachment to the hills above the town.",
    ],
)
def test_forces_readied_are_mobilize(code: Code, text: str) -> None:
    assert _best(code, text) == "MOBILIZE"


@pytest.mark.parametrize(
    "text",
    [
        "The scrambled eggs were served to the guests.",
        "The mayor opened the new fire station on Monday.",
        "A positioned camera caught the thief.",
    ],
)
def test_other_senses_stay_out(code: Code, text: str) -> None:
    assert _best(code, text) not in {"MOBILIZE", "ASSAULT"}


@pytest.mark.parametrize(
    "text",
    [
        "Police from the two provinces carried out a joint search for the missing hikers.",
        "Soldiers from both countries took part in a joint exercise near the lake.",
        "The two customs services started joint inspections of trucks at the bridge.",
        "Auditors from the two states formed a joint investigation team into the tax fraud.",
        "The coast guards of the three countries launched coordinated patrols in the strait.",
        "The two navies held joint search operations for the sunken ferry.",
    ],
)
def test_joint_acts_are_cooperate(code: Code, text: str) -> None:
    assert _best(code, text) == "COOPERATE"


def test_a_joint_attack_stays_assault(code: Code) -> None:
    assert _best(
        code, "The rebels and the militia carried out a joint attack on the barracks."
    ) == ("ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "The junta allowed the aid workers back into the northern province.",
        "The government allowed a UN rights team into the camps on Monday.",
        "Serbia allowed the monitors to cross the border at dawn.",
        "The militia let the relief convoy through after two days.",
        "Israel allowed foreign reporters into the enclave for the first time.",
        "The authorities allowed the envoys to visit the border camps.",
    ],
)
def test_letting_others_in_is_retreat(code: Code, text: str) -> None:
    assert _best(code, text) == "RETREAT"


def test_a_protest_allowed_stays_concede(code: Code) -> None:
    assert _best(code, "The city allowed the union to hold a march on Sunday.") == "CONCEDE"


def test_what_a_thing_allows_is_no_retreat(code: Code) -> None:
    assert _best(code, "The enzyme cuts the gene that allows the cell to enter division.") != (
        "RETREAT"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The rebel movement has trained hundreds of fighters in camps in the hills.",
        "The militia has built up an arsenal of drones, officials said.",
        "The northern fleet put to sea for readiness drills on Monday.",
        "Militiamen established a command post in the school.",
        "The junta recruited several hundred mercenaries last month.",
    ],
)
def test_forces_raised_are_mobilize(code: Code, text: str) -> None:
    assert _best(code, text) == "MOBILIZE"


def test_a_firm_training_recruits_is_no_mobilize(code: Code) -> None:
    assert _best(code, "The factory trained new recruits in welding.") != "MOBILIZE"
