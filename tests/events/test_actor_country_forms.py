"""The source and target actors' countries (plover25), read from short news sentences of our own
(`actor_country_forms.tsv`): nationality adjectives, possessives, capitals and seats of power as
metonymy, titles, ministries and forces, demonyms unlike the country's name, news agencies,
parties and armed groups, international bodies (no country), "the government" under a dateline,
and two parties in one sentence. Each sentence is geocoded and coded as in the pipeline, and the
record's most confident event is read, as `benchmarks/bench_events.py` reads PLOVER's."""

from __future__ import annotations

from pathlib import Path

import pytest

from .actor_form_sets import read_rows
from .conftest import Best

FORMS = Path(__file__).with_name("actor_country_forms.tsv")
NONE = "-"
"""The gold of an international body: it acts for no country."""

NO_EVENT = "no event is read (the event type, not the actor)"
KNOWN = {
    "The Pentagon announced new weapons shipments to Kyiv.": NO_EVENT,
    "Emirati forces intercepted a missile fired toward Abu Dhabi.": NO_EVENT,
    "The Chilean central bank raised interest rates again.": NO_EVENT,
    "Daniel arap Moi dissolved parliament.": NO_EVENT,
    "Malagasy police dispersed a protest in the capital.": (
        "the protest is read as the event, the dispersal not"
    ),
    "Slobodan Milosevic rejected the peace plan.": "no dictionary knows him",
    "Tamil rebels attacked a navy base in the north.": (
        "an ethnic name of two countries' people: no country"
    ),
    "ZANU-PF accused the opposition of plotting violence.": (
        "the parse splits the hyphenated name and keeps its last part"
    ),
}
KNOWN_TARGETS: dict[str, str] = {}


ROWS = read_rows(FORMS)


def _params(scored: list[tuple[str, str, str]], known: dict[str, str]) -> list[object]:
    return [
        pytest.param(text, gold, id=f"{form}:{text[:40]}", marks=_mark(known, text))
        for form, text, gold in scored
    ]


def _mark(known: dict[str, str], text: str) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(strict=True, reason=known[text])] if text in known else []


def test_the_set_is_wide_enough() -> None:
    forms = {form for form, *_ in ROWS}
    assert len(ROWS) >= 120 and len(forms) >= 12
    assert len({text for _, text, *_ in ROWS}) == len(ROWS)
    countries = {code for _, _, s, t in ROWS for code in (s, t) if code and code != NONE}
    assert len(countries) >= 60


@pytest.mark.parametrize(("text", "gold"), _params([(f, x, s) for f, x, s, _ in ROWS if s], KNOWN))
def test_the_source_actor_has_its_country(best: Best, text: str, gold: str) -> None:
    event = best(text)
    assert event is not None and event.actor, event
    countries = [a.country for a in event.actor]
    if gold == NONE:
        assert all(c is None for c in countries), event.actor
    else:
        assert gold in countries, event.actor


@pytest.mark.parametrize(
    ("text", "gold"), _params([(f, x, t) for f, x, _, t in ROWS if t], KNOWN_TARGETS)
)
def test_the_target_actor_has_its_country(best: Best, text: str, gold: str) -> None:
    event = best(text)
    assert event is not None
    assert gold in [a.country for a in event.recipient], event.recipient
