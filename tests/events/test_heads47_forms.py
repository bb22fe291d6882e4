"""heads47: headlines and captions as news writes them (issue 15).

A headline's "-s" verb taken for a noun needs a subject that can act ("Press censorship lifts
debate" is no concession); a force of nature proposed as the event itself is a headline's verb
("Police storm opposition offices"), while "Storm hits coast" stays a natural event; a verb known
only by its object's phrasal row reads that row in a headline ("Government scraps fuel tariff",
"Militias trade fire near border"); a caption's participle struck by a weapon ("a house hit by a
rocket") and "the scene of a stabbing" tell the attack. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import Code, has_asserted

BODY = "\nOfficials said on Monday that calm had returned."
"""A second line under the headline under test, so the first line reads as a headline."""

CAPTION = "A report from the region\n\n"
"""A first line, so the caption under test is not read as a headline."""


def _headline_types(code: Code, headline: str) -> set[str]:
    """The asserted PLOVER types told by the headline line itself."""
    return {
        e.type
        for e in code(headline + BODY)
        if e.modality == "asserted" and e.evidence.start == 0 and e.evidence.end > 0
    }


@pytest.mark.parametrize(
    "headline",
    [
        "Press censorship lifts debate",
        "Inflation lifts prices",
        "Report rejects claims",
    ],
)
def test_an_abstract_subject_takes_no_headline_verb(code: Code, headline: str) -> None:
    assert not _headline_types(code, headline) & {"CONCEDE", "REJECT"}, headline


@pytest.mark.parametrize(
    ("headline", "plover"),
    [
        ("Opposition rejects poll results", "REJECT"),
        ("Council scraps parking fees", "CONCEDE"),
        ("Cabinet lifts ban on rallies", "CONCEDE"),
    ],
)
def test_a_body_as_subject_keeps_its_headline_verb(code: Code, headline: str, plover: str) -> None:
    assert plover in _headline_types(code, headline), headline


@pytest.mark.parametrize(
    "headline",
    [
        "Police storm opposition offices",
        "Troops storm rebel stronghold",
        "Police storm party offices",
    ],
)
def test_storm_as_a_headline_verb_is_an_assault(code: Code, headline: str) -> None:
    assert "ASSAULT" in _headline_types(code, headline), headline


@pytest.mark.parametrize(
    "headline",
    [
        "Storm hits coast",
        "Storm batters coastal towns",
        "Storm damages homes",
    ],
)
def test_a_storm_as_subject_stays_a_natural_event(code: Code, headline: str) -> None:
    assert "ASSAULT" not in _headline_types(code, headline), headline


@pytest.mark.parametrize(
    ("headline", "plover"),
    [
        ("Government scraps fuel tariff", "CONCEDE"),
        ("Government scraps fuel tax hike", "CONCEDE"),
        ("President scraps trade deal with neighbour", "SANCTION"),
        ("Militias trade fire near border", "ASSAULT"),
        ("Rebels trade fire with troops near border", "ASSAULT"),
        ("Rival gangs trade fire in capital", "ASSAULT"),
    ],
)
def test_a_verb_read_by_its_objects_row_in_a_headline(
    code: Code, headline: str, plover: str
) -> None:
    assert plover in _headline_types(code, headline), headline


@pytest.mark.parametrize(
    "headline",
    [
        "Farmers sell scrap metal",
        "Pupils trade stickers at school",
        "Neighbours trade insults over fence",
    ],
)
def test_a_row_verb_with_no_row_object_stays_no_event(code: Code, headline: str) -> None:
    assert not _headline_types(code, headline), headline


def test_a_tariff_scrapped_in_the_body_is_eased(code: Code) -> None:
    events = code(CAPTION + "The government scrapped the import tariff on Monday.")
    assert has_asserted(events, "CONCEDE", after=len(CAPTION))


@pytest.mark.parametrize(
    "caption",
    [
        "A house hit by a rocket in the eastern district.",
        "A car hit by a shell near the market.",
        "A school building was hit by a missile overnight.",
        "The scene of a stabbing in the city centre on Friday.",
        "Police cordon off the scene of the stabbing.",
    ],
)
def test_a_caption_of_an_attack_tells_it(code: Code, caption: str) -> None:
    assert has_asserted(code(CAPTION + caption), "ASSAULT", after=len(CAPTION)), caption


@pytest.mark.parametrize(
    "caption",
    [
        "A house hit by lightning in the eastern district.",
        "A car hit by a falling tree near the market.",
        "A barn damaged in the storm on Friday.",
    ],
)
def test_a_caption_of_a_mishap_tells_no_attack(code: Code, caption: str) -> None:
    assert not has_asserted(code(CAPTION + caption), "ASSAULT", after=len(CAPTION)), caption
