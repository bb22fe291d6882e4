"""Where a state's envoy serves and where a body sits are not whose they are (issue 15,
actors41).

- "the ambassador to France", "the envoy in Nairobi": a country or a capital after a head of
  `actors/diplomat_heads.txt` and a posting preposition is the posting, and an envoy told with no
  country takes neither that place's nor the event's country (he serves abroad); a nationality
  told with the envoy stays theirs.
- "the Paris-based Kenyan ambassador": a place before "-based" gives its country only where the
  phrase names no other ("a London-based rights group" is Britain's).
- A state's other agents keep the place they sit in ("officials in Paris" are France's).

All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Best


def _source(best: Best, text: str) -> list[tuple[str | None, str | None]]:
    event = best(text)
    assert event is not None and event.actor, event
    return [(a.country, a.sector) for a in event.actor]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a nationality beside a posting or a seat: the nationality's
        ("The Kenyan ambassador in Paris condemned the attack on the embassy.", "KEN"),
        ("The Nigerian ambassador to Germany criticized the new visa rules.", "NGA"),
        ("Kenya's envoy to Ethiopia accused the rebels of looting.", "KEN"),
        ("The Ghanaian consul in Lagos protested the arrest of two traders.", "GHA"),
        ("The Paris-based Kenyan ambassador criticized the sanctions.", "KEN"),
        ("The London-based Nigerian envoy rejected the visa rules.", "NGA"),
        ("A Geneva-based Pakistani diplomat accused India of spying.", "PAK"),
        ("Kenyan Ambassador to France Mary Wanjiku criticized the new visa rules.", "KEN"),
        # a seat with no other country: the seat's
        ("A London-based rights group accused the army of torture.", "GBR"),
        ("Officials in Paris criticized the new visa rules.", "FRA"),
        ("The authorities in Nairobi rejected the opposition's demands.", "KEN"),
    ],
)
def test_the_envoy_is_of_the_country_the_text_gives_them(
    best: Best, text: str, country: str
) -> None:
    assert country in [c for c, _ in _source(best, text)]


@pytest.mark.parametrize(
    ("text", "posting"),
    [
        ("The ambassador to France criticized the new visa rules.", "FRA"),
        ("The ambassador in Paris criticized the new visa rules.", "FRA"),
        ("The envoy to Ethiopia accused the rebels of looting.", "ETH"),
        ("The consul in Lagos protested the arrest of two traders.", "NGA"),
        ("Ambassador to France Mary Wanjiku criticized the new visa rules.", "FRA"),
        ("The envoy in Nairobi rejected the opposition's demands.", "KEN"),
    ],
)
def test_an_envoy_is_not_of_the_place_they_serve_in(best: Best, text: str, posting: str) -> None:
    sources = _source(best, text)
    assert all(c != posting for c, _ in sources), sources
    assert any(s == "GOV" for _, s in sources), sources


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a seat told by a nationality adjective on a place's common noun
        ("Officials in the Nigerian capital condemned the attack.", "NGA"),
        ("Police in the Ghanaian port arrested three smugglers.", "GHA"),
        ("Authorities in the Malian town imposed a curfew.", "MLI"),
        # a seat with no nationality gives none
        ("Officials in the capital condemned the attack.", None),
        ("Police in the border town arrested three suspects.", None),
    ],
)
def test_a_seat_told_by_a_nationality_on_a_place_noun_is_that_state(
    best: Best, text: str, country: str | None
) -> None:
    assert country in [c for c, _ in _source(best, text)]
