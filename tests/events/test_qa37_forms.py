"""The source actor's country where news names a state by something other than its name (qa37),
read from short sentences of our own (`qa37_state_names.tsv`): a capital for its government
("Hanoi protested", "Beijing's foreign ministry", "Moscow and Kyiv"), a seat of government, a
parliament or a service ("the Blue House", "the Storting", "the BND"), demonyms and titles, forces
and agencies, a leader's government ("the Modi government", "the Mugabe government": a leader the
dictionaries know by the full name), a body with the country the text
gives it ("the Senate of Mexico"), a state's agents told where they sit ("officials in Washington
and London"), and the reverse: a capital or a city as a place only ("police
in Paris", "Chicago police"), international bodies, and a person's birthplace ("the
Lebanese-born businessman"), which is no state. Each sentence is geocoded and coded as in the
pipeline, and the record's most confident event is read, as `benchmarks/bench_events.py` reads
PLOVER's."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.events.actors import ActorResolver

from .conftest import Best, english_resolver

FORMS = Path(__file__).with_name("qa37_state_names.tsv")
NONE = "-"
"""The gold of an actor of no state: an international body, a person told by a birthplace."""


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in FORMS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, text, gold = line.split("\t")
            rows.append((form, text, gold))
    return rows


ROWS = _rows()


def test_the_set_is_wide_enough() -> None:
    assert len(ROWS) >= 100
    assert len({text for _, text, _ in ROWS}) == len(ROWS)
    assert len({form for form, *_ in ROWS}) >= 12
    assert len({gold for *_, gold in ROWS if gold != NONE}) >= 60


@pytest.mark.parametrize(
    ("text", "gold"), [pytest.param(t, g, id=f"{f}:{t[:40]}") for f, t, g in ROWS]
)
def test_the_source_actor_has_its_state(best: Best, text: str, gold: str) -> None:
    event = best(text)
    assert event is not None, text
    countries = [a.country for a in event.actor]
    if gold == NONE:
        assert all(c is None for c in countries), event.actor
    else:
        assert gold in countries, event.actor


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return english_resolver()


@pytest.mark.parametrize(
    ("words", "country"),
    [
        (["lebanese", "-", "born", "businessman"], None),
        (["a", "french", "-", "raised", "banker"], None),
        (["lebanese", "businessman"], "LBN"),
        (["senate", "of", "mexico"], "MEX"),
        (["foreign", "office", "of", "japan"], "JPN"),
        (["senate"], "USA"),
        (["canadian", "house", "of", "commons"], "CAN"),
        (["house", "of", "commons"], "GBR"),
        (["mugabe", "government"], "ZWE"),
        (["fujimori", "administration"], "PER"),
        (["mugabe"], None),
        (["government"], None),
    ],
)
def test_a_birthplace_an_owner_and_a_leader_s_government(
    resolver: ActorResolver, words: list[str], country: str | None
) -> None:
    actor = resolver.resolve_words(words, " ".join(words).title())
    assert (actor.country if actor else None) == country, actor
