"""CSV rows carry whether the models, not the rules, read an event (`Event.learned`)."""

from __future__ import annotations

from eventwire.store.formats import CSV_COLUMNS, csv_row


def test_csv_rows_say_which_events_the_models_read() -> None:
    assert "learned" in CSV_COLUMNS
    assert csv_row({"id": "e1", "learned": True})["learned"] is True
    assert csv_row({"id": "e2"})["learned"] is False
    assert set(csv_row({"id": "e3"})) == set(CSV_COLUMNS)
