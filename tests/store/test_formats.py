"""CSV rows carry whether the models, not the rules, read an event (`Event.learned`)."""

from __future__ import annotations

from eventwire.store import formats
from eventwire.store.formats import CSV_COLUMNS, csv_row


def test_csv_rows_say_which_events_the_models_read() -> None:
    assert "learned" in CSV_COLUMNS
    assert csv_row({"id": "e1", "learned": True})["learned"] is True
    assert csv_row({"id": "e2"})["learned"] is False
    assert set(csv_row({"id": "e3"})) == set(CSV_COLUMNS)


def test_fitted_widths_narrow_the_widest_columns_and_keep_date_and_type_whole() -> None:
    """Long cells in every column: the table still fits, and the date and type stay whole."""
    columns = formats.table_columns(100)
    row = {name: "x" * 60 for name, _, _ in columns} | {"date": "2024-05-06", "type": "ASSAULT"}
    fitted = formats.fitted_widths(columns, [row], 100)
    assert sum(w + 3 for w in fitted.values()) + 1 <= 100
    assert fitted["date"] == 10 and fitted["type"] == 9
    assert all(fitted[name] >= least for name, least, _ in columns)
