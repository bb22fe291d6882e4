"""Actor countries (issue 15, actors42): an envoy told by an apposition ("Jane Doe, the
ambassador to Kenya") or diplomats told where they are posted ("diplomats in Cairo") are not of
the country they serve in; a demonym before "-born" or "-made" ("a Lebanese-born activist",
"French-made rifles") names no actor's country nor the article's; a person whose first name is a
country's or a capital's ("Chad Ellis", "Sofia Marin") is of no such state; people told "in" a
place ("protesters in Paris") are of its country, not of the event's place. Each form both ways:
the state the text gives an actor is kept. Short sentences of our own (`actors42_forms.tsv`),
written before the coder was run on them; each is geocoded and coded as in the pipeline, and its
most confident event read, as `benchmarks/bench_events.py` reads PLOVER's.

All sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from .actor_form_sets import check_source_country, check_width, read_rows, row_params
from .conftest import Best

FORMS = Path(__file__).with_name("actors42_forms.tsv")

KNOWN = {
    "Kenya's Supreme Court annulled the presidential election.": "no event is read (the type)",
    "Police found Israeli-made weapons in the rebel camp.": "no event is read (the type)",
}


ROWS = read_rows(FORMS)


def test_the_set_is_wide_enough() -> None:
    check_width(ROWS, KNOWN, 60, 12)


@pytest.mark.parametrize(("text", "gold", "wrong"), row_params(ROWS, KNOWN))
def test_the_source_actor_s_country(best: Best, text: str, gold: str, wrong: str) -> None:
    check_source_country(best, text, gold, wrong)


@pytest.mark.parametrize(
    ("text", "posting"),
    [
        ("Maria Lopez, the ambassador to Kenya, criticized the election results.", "KEN"),
        ("The ambassador to Egypt, Sarah Cole, criticized the verdict.", "EGY"),
        ("Mark Dunn, the ambassador in Tehran, rejected the accusation.", "IRN"),
    ],
)  # fmt: skip
def test_an_envoy_told_by_an_apposition_is_not_of_her_posting(
    best: Best, text: str, posting: str
) -> None:
    event = best(text)
    assert event is not None and event.actor, event
    assert all(a.country != posting for a in event.actor), event.actor


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Anna Novak, Poland's ambassador to Ukraine, condemned the missile strike.", "POL"),
        ("John Mbeki, a Kenyan minister, accused the opposition of bribery.", "KEN"),
        ("Peter Wells, the British consul in Lagos, criticized the police.", "GBR"),
    ],
)  # fmt: skip
def test_an_apposition_that_names_a_state_still_gives_it(
    best: Best, text: str, country: str
) -> None:
    event = best(text)
    assert event is not None and event.actor, event
    assert country in [a.country for a in event.actor], event.actor


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Diplomats in Cairo criticized the verdict.", "EGY", None),
        ("Western diplomats in Nairobi condemned the crackdown.", "KEN", None),
        ("Egyptian diplomats in Geneva rejected the report.", "CHE", "EGY"),
        ("Officials in Ankara condemned the attack.", None, "TUR"),
    ],
)  # fmt: skip
def test_diplomats_are_not_of_where_they_are_posted(
    best: Best, text: str, place: str | None, country: str | None
) -> None:
    """Diplomats told where they are posted are foreign envoys there (docs/CODEBOOK.md); a
    state's officials told where they sit are that state's (qa37)."""
    event = best(text)
    assert event is not None and event.actor, event
    countries = [a.country for a in event.actor]
    assert place is None or place not in countries, event.actor
    assert country is None or country in countries, event.actor


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Protesters in Paris condemned the bombing of Gaza.", "PSE", "FRA"),
        ("Residents in Amman accused Israel of killing civilians in Gaza.", "PSE", "JOR"),
        ("Ukrainian protesters in Paris condemned the strikes on Odesa.", "FRA", "UKR"),
    ],
)  # fmt: skip
def test_people_told_where_they_are_are_of_that_place_not_the_event_s(
    best: Best, text: str, place: str, country: str
) -> None:
    """People with no nationality told "in" a place are of its country (ACLED's "Protesters
    (France)"), not of the place of what they protest; a nationality told keeps its state."""
    event = best(text)
    assert event is not None and event.actor, event
    countries = [a.country for a in event.actor]
    assert place not in countries and country in countries, event.actor


@pytest.mark.parametrize(
    ("text", "origin", "country"),
    [
        ("Militants fired French-made rifles at the convoy.", "FRA", None),
        ("Police seized Chinese-made drones from the smugglers.", "CHN", None),
        ("Turkish-made drones struck rebel positions overnight.", "TUR", None),
        ("A Somali-born British lawmaker criticized the deportation plan.", "SOM", "GBR"),
        ("French troops fired on the convoy near the border.", None, "FRA"),
    ],
)  # fmt: skip
def test_where_a_thing_was_made_or_a_person_born_is_no_actor_s_state(
    best: Best, text: str, origin: str | None, country: str | None
) -> None:
    event = best(text)
    assert event is not None and event.actor, event
    countries = [a.country for a in event.actor]
    assert origin is None or origin not in countries, event.actor
    assert country is None or country in countries, event.actor


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Chad Ellis, a Canadian lawmaker, criticized the new tariffs.", "TCD", "CAN"),
        ("Jordan Reyes condemned the attack on the clinic.", "JOR", None),
        ("Kenya Moore accused the police of lying.", "KEN", None),
        ("Chad's army attacked rebel bases near the border.", None, "TCD"),
        ("Jordan's king condemned the raid on the mosque.", None, "JOR"),
    ],
)  # fmt: skip
def test_a_person_named_like_a_state_is_not_that_state(
    best: Best, text: str, place: str | None, country: str | None
) -> None:
    event = best(text)
    assert event is not None and event.actor, event
    countries = [a.country for a in event.actor]
    assert place is None or place not in countries, event.actor
    assert country is None or country in countries, event.actor
