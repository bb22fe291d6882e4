"""Clause cues: which mentions report no event (statistics, dispatches) and which gunfire words
are tied to a gun."""

from __future__ import annotations

from .conftest import Code


def test_statistic_is_no_event(code: Code) -> None:
    text = "About thirty anglers drown annually when their boats capsize."
    assert not [e for e in code(text) if e.type == "ASSAULT"]


def test_dispatch_is_no_request(code: Code) -> None:
    text = "Officers were called to the farmhouse on Dolna Road on Monday night."
    assert not [e for e in code(text) if e.type == "REQUEST"]


def test_gone_off_weapon_is_assault(code: Code) -> None:
    events = code("The shotgun went off while the man was climbing the fence.")
    assert any(e.type == "ASSAULT" and e.modality == "asserted" for e in events)


def test_city_tally_is_no_event(code: Code) -> None:
    text = "The weekend left five people dead and 20 others hurt in 16 shootings across the city."
    assert not [e for e in code(text) if e.type == "ASSAULT"]


def test_two_shootings_are_events(code: Code) -> None:
    text = "Gunmen shot two men in two shootings on Friday."
    assert [e for e in code(text) if e.type == "ASSAULT"]


def test_called_for_a_report_is_a_dispatch(code: Code) -> None:
    events = code("Officers were called for a report of a man shot.")
    assert not [e for e in events if e.type == "REQUEST"]
    assert [e for e in events if e.type == "ASSAULT"]
