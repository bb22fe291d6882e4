"""Everyday words of the PLOVER types that the rules missed or misread on our own labelled
sentences (`training/rules_on_sentences.py`): forces sent and bases set up (MOBILIZE), relief
distributed (AID), media and parties shut down at home (COERCE, not SANCTION), places seized
(ASSAULT, not COERCE), ground abandoned and captives swapped (RETREAT), strikes ended and plans
dropped (CONCEDE), lending halted (SANCTION), invitations declined (REJECT); and the same words
in other senses, which stay no event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code


def _best(code: Code, text: str) -> str | None:
    events = code(text)
    return max(events, key=lambda e: e.confidence).type if events else None


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The defence ministry sent two battalions of troops to the northern border.", "MOBILIZE"),
        ("The rebels set up a new base in the hills above the valley.", "MOBILIZE"),
        ("Aid workers distributed tents and blankets to families in the camp.", "AID"),
        ("The authorities shut down the internet across the province on Monday.", "COERCE"),
        ("The government expelled three foreign journalists from the country.", "COERCE"),
        ("France expelled two Iranian diplomats on Tuesday.", "SANCTION"),
        ("Insurgents seized the town after two days of fighting with the army.", "ASSAULT"),
        ("Police seized four rifles during a search of the farm.", "COERCE"),
        ("The militia abandoned the village as the army approached.", "RETREAT"),
        ("The two sides swapped dozens of prisoners at the frontier on Sunday.", "RETREAT"),
        ("Troops pulled back from the ridge overnight.", "RETREAT"),
        ("The teachers' union suspended its strike after the ministry reopened talks.", "CONCEDE"),
        ("Prosecutors dropped the charges against the seven students.", "CONCEDE"),
        ("The bank halted lending to the government after the coup.", "SANCTION"),
        ("The junta declined an invitation to the regional summit.", "REJECT"),
        ("The navy held live-fire drills off the coast on Thursday.", "MOBILIZE"),
        ("The charity delivered 30 tonnes of rice to the flooded district.", "AID"),
        ("The two presidents spoke by phone on Monday about the border dispute.", "CONSULT"),
        ("A gunfight between police and smugglers left three men dead near the river.", "ASSAULT"),
    ],
)
def test_everyday_trigger(code: Code, text: str, plover: str) -> None:
    assert _best(code, text) == plover


@pytest.mark.parametrize(
    "text",
    [
        "The novel is set in a mining camp in the desert.",
        "The injured driver was airlifted to a hospital in the city.",
        "The company shipped its new phones to stores across the country.",
        "The speaker talks to your phone and reads out your messages.",
    ],
)
def test_other_senses_stay_no_event(code: Code, text: str) -> None:
    assert _best(code, text) is None
