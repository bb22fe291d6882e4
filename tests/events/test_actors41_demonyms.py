"""Nationality adjectives the derived dictionary lacks (issue 15, actors41): "Swedish",
"Icelandic", "Djiboutian", "Slovenian", "Kazakh", "Nepali", "Azeri", "Scottish" name their
state's actors as "Kenyan" does (`dictionaries/actors_added.tsv`); an adjective of where a person
was born still gives no country ("a Swedish-born activist").

All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Best


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Swedish police arrested two men suspected of planning an attack.", "SWE"),
        ("Turkey summoned the Swedish ambassador over the protest.", "SWE"),
        ("Icelandic fishermen protested the new quotas outside parliament.", "ISL"),
        ("Djiboutian troops clashed with rebels near the border.", "DJI"),
        ("Slovenian police detained a group of migrants near the border.", "SVN"),
        ("Kazakh authorities arrested a prominent opposition blogger.", "KAZ"),
        ("Nepali police fired tear gas at protesters in the capital.", "NPL"),
        ("Azeri forces shelled villages along the front line.", "AZE"),
        ("Scottish police arrested three climate activists.", "GBR"),
    ],
)
def test_a_nationality_adjective_names_its_state(best: Best, text: str, country: str) -> None:
    event = best(text)
    assert event is not None
    assert country in [a.country for a in (*event.actor, *event.recipient)], event


def test_where_a_person_was_born_is_not_whose_they_are(best: Best) -> None:
    event = best("The Swedish-born businessman rejected the charges.")
    assert event is not None and event.actor, event
    assert all(a.country != "SWE" for a in event.actor), event.actor
