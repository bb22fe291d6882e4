"""Fatalities and injuries, in words and figures, with lower bounds and negation."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.events.amounts import extract_amounts, word_value
from eventwire.events.casualties import fatalities, injuries


def _sent(nlp: Language, text: str):  # type: ignore[no-untyped-def]
    return next(iter(nlp(text).sents))


def test_lower_bound_with_vague_group(nlp: Language) -> None:
    count = fatalities(
        _sent(
            nlp,
            "Two US soldiers, one British and several members of the Iraqi "
            "security forces were killed in missile attacks.",
        )
    )
    assert count.value == 3 and count.lower_bound


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("Gunmen killed three people and wounded 12 others in Kano on Monday.", 3, 12),
        ("The bombing killed twenty-five civilians and injured more than 73 others.", 25, 73),
        ("A man was shot dead by police.", 1, None),
        ("At least 5 protesters died.", 5, None),
    ],
)
def test_counts(nlp: Language, text: str, dead: int | None, hurt: int | None) -> None:
    sent = _sent(nlp, text)
    assert fatalities(sent).value == dead
    assert injuries(sent).value == hurt


def test_no_one_hurt_is_negated(nlp: Language) -> None:
    count = injuries(_sent(nlp, "No one was hurt in the blast."))
    assert count.value == 0 and count.negated


def test_amounts(nlp: Language) -> None:
    doc = nlp(
        "The United States will cut its 5,000 troops to about 3,000, and two US soldiers "
        "and more than 73 others were hurt."
    )
    amounts = {(a.value, a.object) for a in extract_amounts(doc)}
    assert (5000, "troops") in amounts
    assert (2, "soldiers") in amounts
    assert (73, "others") in amounts


def test_word_values() -> None:
    assert word_value("twenty-five") == 25
    assert word_value("1.5 million") == 1_500_000
    assert word_value("5,000") == 5000
    assert word_value("banana") is None


def test_death_of(nlp: Language) -> None:
    assert fatalities(_sent(nlp, "Protests followed the death of a farmer in custody.")).value == 1
