"""A vague count of the dead is unknown, with its lower bound kept (gvc21, docs/CODEBOOK.md
section 7: "Unknown is null (never 0)").

"Several people were killed" told no figure: the record's `fatalities` is null and
`fatalities_lower_bound` true, as the store, the API and the CSV then give them (an empty cell,
never 0); a figure told beside the vague group still counts ("two soldiers and several civilians"
is 2, a lower bound), and "no one was killed" stays 0.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.events.casualties import fatalities
from eventwire.events.words import event_words
from eventwire.store.formats import csv_row, table_cells

from .conftest import Code


def _sent(nlp: Language, text: str):  # type: ignore[no-untyped-def]
    return next(iter(nlp(text).sents))


@pytest.mark.parametrize(
    "text",
    [
        "Several people were killed when gunmen raided a cattle market on Friday.",
        "Dozens of villagers were killed in an overnight raid on a hill settlement.",
        "Militants killed many passengers when they stopped a bus on the highway on Monday.",
        "Scores of recruits died when a suicide bomber struck the training camp on Sunday.",
        "Police recovered the bodies of several fishermen after pirates attacked their boats.",
        "Many worshippers were killed in a deadly attack on a rural chapel on Sunday.",
    ],
)
def test_a_vague_group_of_dead_is_unknown_with_its_lower_bound(nlp: Language, text: str) -> None:
    count = fatalities(event_words(), _sent(nlp, text))
    assert count.value is None and count.lower_bound


@pytest.mark.parametrize(
    ("text", "dead", "bound"),
    [
        ("Two soldiers and several civilians were killed in an ambush near the border.", 2, True),
        ("At least four guards were killed when raiders stormed the depot on Monday.", 4, True),
        ("No one was killed when the rocket struck an empty warehouse on Tuesday.", 0, False),
        ("A fatal shooting outside a tavern on Friday is under investigation.", 1, True),
    ],
)
def test_figures_and_no_one_still_count(nlp: Language, text: str, dead: int, bound: bool) -> None:
    count = fatalities(event_words(), _sent(nlp, text))
    assert (count.value, count.lower_bound) == (dead, bound)


@pytest.mark.parametrize(
    "text",
    [
        "A report from the east\n\nDozens of traders were killed when gunmen stormed a market on Friday.",
        "A report from the north\n\nSeveral herders were killed when raiders attacked their camp on Monday.",
    ],
)
def test_the_record_holds_null_and_the_bound(code: Code, text: str) -> None:
    main = next(e for e in code(text) if e.main)
    assert main.fatalities is None and main.fatalities_lower_bound
    row = {"id": main.id, "fatalities": main.fatalities}
    assert csv_row(row)["fatalities"] is None
    assert table_cells(row)["killed"] == ""
