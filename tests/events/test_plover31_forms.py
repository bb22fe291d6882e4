"""Verbs of burning and wrecking a crowd or an armed group uses on property (plover31).

"torch", "firebomb", "petrol-bomb", "set ... alight" and "set ... afire" tell an attack on
property as "burn" and "set fire to" do (`triggers/verbs.tsv`, `triggers/phrasal.tsv`); by
strikers they are a crowd's riot, for "strikers" who walk out of work are no players of a match
(`sport_words.txt` keeps the singular "striker", the footballer). Play told with "torched the
defence" stays no event."""

from __future__ import annotations

import pytest

from eventwire.records import Event

from .conftest import HEADLINE, Code


def _best(code: Code, text: str) -> Event | None:
    events = [e for e in code(HEADLINE + text) if e.evidence.start >= len(HEADLINE)]
    return max(events, key=lambda e: e.confidence) if events else None


@pytest.mark.parametrize(
    "text",
    [
        "Strikers torched three buses parked outside the textile mill.",
        "Strikers torched the foreman's car and a guard hut at the quarry.",
    ],
)
def test_strikers_who_torch_riot(code: Code, text: str) -> None:
    best = _best(code, text)
    assert best is not None, text
    assert (best.type, best.mode, best.modality) == ("PROTEST", "riot", "asserted"), text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen firebombed the tax office in the river port before dawn.",
        "Masked men firebombed a radio station on the edge of the town.",
        "Militiamen set the grain stores alight and fled into the hills.",
        "Raiders set the clinic afire after looting its pharmacy.",
    ],
)
def test_firebombing_and_setting_alight_are_attacks(code: Code, text: str) -> None:
    best = _best(code, text)
    assert best is not None, text
    assert (best.type, best.modality) == ("ASSAULT", "asserted"), text


@pytest.mark.parametrize(
    "text",
    [
        "The striker torched the visiting defence with a run down the left wing.",
        "The young striker torched two defenders and scored from the edge of the box.",
    ],
)
def test_a_strikers_play_stays_no_event(code: Code, text: str) -> None:
    best = _best(code, text)
    assert best is None or best.type != "ASSAULT", text


BODY = "\nOfficials said on Monday that calm had returned."
"""A second line under the headline under test, so the first line reads as a headline."""


@pytest.mark.parametrize(
    ("headline", "plover"),
    [
        ("Council lifts curfew in northern district", "CONCEDE"),
        ("Mayor lifts curfew after week of calm", "CONCEDE"),
        ("Prime Minister snubs summit", "REJECT"),
    ],
)
def test_a_headline_verb_taken_for_a_noun_is_read(code: Code, headline: str, plover: str) -> None:
    events = code(headline + BODY)
    assert any(
        e.type == plover and e.modality == "asserted" and e.evidence.start == 0 for e in events
    ), headline


@pytest.mark.parametrize(
    "headline",
    [
        # a noun compound with no "-s" form stays a fire
        "Police fire kills two",
        "Ferry fire injures nine",
        # an event noun in its plural stays a noun
        "Army attacks rise in the north",
    ],
)
def test_a_headline_noun_stays_a_noun(code: Code, headline: str) -> None:
    events = code(headline + BODY)
    # (the fire's harm may be told; no shooting by police or an army's attack is)
    assert not any(e.mode == "firearms" or e.type != "ASSAULT" for e in events), headline
    assert not any(e.actor for e in events), headline
