"""Filters check their values when made: a typo names the valid values, never answers nothing."""

from __future__ import annotations

import pytest

from eventwire.errors import UsageError
from eventwire.store.filters import EventFilter, FilterError

TYPOS = [
    ({"type": "FOO"}, "type", "not a PLOVER event type"),
    ({"type": "asault"}, "type", "did you mean ASSAULT"),
    ({"country": "iraq"}, "country", "did you mean IRQ"),
    ({"country": "XXX"}, "country", "not an ISO 3166-1 alpha-3 code"),
    ({"country": "de"}, "country", "did you mean DEU"),
    ({"acled_type": "Explosions"}, "acled_type", "did you mean Explosions/Remote violence"),
    ({"acled_type": "fights"}, "acled_type", "valid: Battles"),
    ({"modality": "maybe"}, "modality", "valid: asserted"),
    ({"since": "yesterday"}, "since", "not an ISO date"),
    ({"until": "2021-13"}, "until", "not an ISO date"),
    ({"since": "2022-03", "until": "2021"}, "since", "after until"),
    ({"bbox": (10.0, 50.0, 20.0)}, "bbox", "four numbers"),
    ({"bbox": (10.0, 95.0, 20.0, 96.0)}, "bbox", "outside -90..90"),
    ({"limit": 0}, "limit", "1 or more"),
]


@pytest.mark.parametrize(("values", "field", "hint"), TYPOS)
def test_a_value_that_cannot_match_says_what_would(values: dict, field: str, hint: str) -> None:
    with pytest.raises(FilterError) as caught:
        EventFilter(**values)
    assert caught.value.field == field
    assert hint in caught.value.detail
    assert isinstance(caught.value, UsageError) and isinstance(caught.value, ValueError)


def test_values_are_written_the_one_way_the_store_keeps_them() -> None:
    f = EventFilter(type="assault", acled_type="battles", country="irq", mode=" Explosives ")
    assert (f.type, f.acled_type, f.country, f.mode) == ("ASSAULT", "Battles", "IRQ", "explosives")
    assert EventFilter(country="XKX").country == "XKX"  # Kosovo, as GeoNames writes it
    assert EventFilter(since="2021-05", until="2021").since == "2021-05"  # a month inside a year


def test_asserted_is_the_default_and_any_lifts_it() -> None:
    assert EventFilter().modality == "asserted"
    assert EventFilter(modality="any").modality is None
    assert EventFilter(modality="Future").modality == "future"
