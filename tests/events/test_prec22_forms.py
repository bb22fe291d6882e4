"""Asserted crime events that are not real, read from a larger tune draw of gun-violence pages
(issue 15, prec22): an offence or an arrest named within a person's past record ("on probation
for charges of theft and resisting arrest", "a criminal record, including arrests for robbery"),
an arrest counted before ("arrested twice before"), custody given for a child's protection, and
a bracketed teaser for another story ("[OTHER NEWS: ...]") are no new event. The news told beside
such words stays asserted. All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Police said that the cook is on parole for two counts of theft and resisting arrest.",
            "COERCE",
        ),
        (
            "The man has a long criminal record, including arrests for robbery and assault.",
            "COERCE",
        ),
        ("Police said the boy's uncle had a criminal history that includes arrests.", "COERCE"),
        ("He had been arrested twice before on weapons charges.", "COERCE"),
        ("The unharmed toddler was taken into protective custody.", "COERCE"),
        ("[OTHER NEWS: Woman allegedly stabbed neighbour in a dispute over a fence]", "ASSAULT"),
    ],
)
def test_record_and_care_are_no_new_event(tagged: Code, text: str, kind: str) -> None:
    assert not any(e.type == kind and e.modality == "asserted" for e in tagged(text)), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The gunman was on parole for charges of assault when the shooting happened on Monday.",
            "ASSAULT",
        ),
        (
            "Police arrested the driver on Sunday and took his son into protective custody.",
            "COERCE",
        ),
        ("Police said the man was arrested for assault and resisting arrest on Monday.", "COERCE"),
        ("Deputies took the suspect into custody on Friday.", "COERCE"),
        ("He was arrested for a probation violation on Monday.", "COERCE"),
        ("The teen, who was on probation, shot the clerk on Friday.", "ASSAULT"),
        (
            "During the shooting on Friday, the boy was on parole for two counts of theft.",
            "ASSAULT",
        ),
        (
            "[OTHER NEWS: Woman allegedly stabbed neighbour]\nPolice arrested a man on Tuesday.",
            "COERCE",
        ),
    ],
)
def test_the_news_beside_them_stays(tagged: Code, text: str, kind: str) -> None:
    assert any(e.type == kind and e.modality == "asserted" for e in tagged(text)), text
