"""Actor resolution: the five actors of the issue, plus combinations of country and agent."""

from __future__ import annotations

import pytest

from eventwire.events.actors import ActorResolver


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


@pytest.mark.parametrize(
    ("words", "country", "sector"),
    [
        (["iran", "-", "backed", "militias"], "IRQ", "REB"),
        (["pentagon"], "USA", "MIL"),
        (["iraqi", "lawmakers"], "IRQ", "LEG"),
        (["state", "department"], "USA", "GOV"),
        (["secretary", "of", "state", "mike", "pompeo"], "USA", "GOV"),
        (["taliban", "forces"], "AFG", "REB"),
        (["nato", "-", "member", "norway"], "NOR", None),
        (["jordan"], "JOR", None),
    ],
)
def test_resolve_words(
    resolver: ActorResolver, words: list[str], country: str, sector: str | None
) -> None:
    actor = resolver.resolve_words(words, " ".join(words), context_country="IRQ")
    assert actor is not None
    assert actor.country == country
    assert actor.sector == sector


def test_pompeo_name(resolver: ActorResolver) -> None:
    actor = resolver.resolve_words(["secretary", "of", "state", "mike", "pompeo"], "x")
    assert actor is not None and actor.name == "Mike Pompeo"


def test_sponsor_is_not_the_country(resolver: ActorResolver) -> None:
    actor = resolver.resolve_words(
        ["iran", "-", "backed", "militias"], "Iran-backed militias", "IRQ"
    )
    assert actor is not None and actor.country == "IRQ" and "Iran" in actor.name


def test_pronoun_is_no_actor(resolver: ActorResolver) -> None:
    assert resolver.resolve_words(["they"], "they") is None


def test_actors_in_clauses(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Pentagon accused the State Department of leaking the plan.")
    accuse = next(e for e in events if e.type == "ACCUSE")
    assert accuse.actor[0].name == "Pentagon"
    assert accuse.recipient[0].name == "State Department"
    events = code("A convoy was attacked by Iran-backed militias near Baghdad.")
    assault = next(e for e in events if e.type == "ASSAULT")
    assert assault.actor and assault.actor[0].sector == "REB"
