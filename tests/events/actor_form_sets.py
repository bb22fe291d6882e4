"""Shared reading of the actor-country form sets of our own (`actor_country_forms.tsv`,
`actors42_forms.tsv`, `actors45_forms.tsv`): one row a sentence, with its form and two countries
(the source actor's a reader gives it and one it must not be given; or the source's and the
target's)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .conftest import Best


def read_rows(path: Path) -> list[tuple[str, str, str, str]]:
    """The four columns of a set's TSV: form, text, and two countries (gold and wrong, or source and
    target)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, text, gold, wrong = line.split("\t")
            rows.append((form, text, gold, wrong))
    return rows


def row_params(rows: list[tuple[str, str, str, str]], known: dict[str, str]) -> list[Any]:
    """One test case a row, a known miss marked a strict xfail with its reason."""
    return [
        pytest.param(
            text,
            gold,
            wrong,
            id=f"{form}:{text[:40]}",
            marks=[pytest.mark.xfail(strict=True, reason=known[text])] if text in known else [],
        )
        for form, text, gold, wrong in rows
    ]


def check_source_country(best: Best, text: str, gold: str, wrong: str) -> None:
    """The most confident event's actors include `gold` and not `wrong` (either may be empty)."""
    event = best(text)
    assert event is not None and event.actor, event
    countries = [a.country for a in event.actor]
    if gold:
        assert gold in countries, event.actor
    if wrong:
        assert wrong not in countries, event.actor


def check_width(
    rows: list[tuple[str, str, str, str]], known: dict[str, str], least: int, forms: int
) -> None:
    """A set holds at least `least` distinct sentences over at least `forms` forms, and every
    known miss is one of its sentences."""
    texts = [text for _, text, *_ in rows]
    assert len(texts) >= least
    assert len(set(texts)) == len(texts)
    assert len({form for form, *_ in rows}) >= forms
    assert set(known) <= set(texts)


def source_countries(best: Best, text: str) -> list[str | None]:
    """The countries of the most confident event's actors (there must be an actor)."""
    event = best(text)
    assert event is not None and event.actor, event
    return [a.country for a in event.actor]
