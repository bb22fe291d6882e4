"""The Python API: process text and HTML, ingest, query with filters, hand events to pandas."""

from __future__ import annotations

from pathlib import Path

import pytest

import eventwire
from eventwire.schema import validate_document

pytestmark = pytest.mark.slow

TEXT = (
    "Gunmen killed three police officers at a checkpoint in Kirkuk on Tuesday, officials said. "
    "Two days later, protesters gathered in Baghdad to demand better security."
)


@pytest.fixture(scope="module")
def pipeline() -> eventwire.Pipeline:
    return eventwire.Pipeline(published="2021-05-07")


def test_process_text_and_html(pipeline: eventwire.Pipeline) -> None:
    record = eventwire.process_text(TEXT, pipeline=pipeline, url="https://news.example/a")
    validate_document(record)
    assert record["text"] == TEXT
    assert {p["country"] for p in record["places"]} == {"IRQ"}
    assert any(e["type"] == "ASSAULT" for e in record["events"])
    html = f"<html><head><title>Attack</title></head><body><article><p>{TEXT}</p></article></body></html>"
    from_html = eventwire.process_html(html, pipeline=pipeline)
    validate_document(from_html)
    assert "Kirkuk" in from_html["text"]


def test_store_queries_and_dataframe(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT)
    with eventwire.open_store(f"sqlite:///{tmp_path / 'e.sqlite'}") as store:
        summary = store.ingest([str(article)], published="2021-05-07")
        assert summary.stored == 1 and not summary.failed
        events = store.events(type="ASSAULT")
        assert events and all(e["type"] == "ASSAULT" for e in events)
        frame = events.to_dataframe()
        assert len(frame) == len(events)
        assert {"event_date", "event_type", "actor1", "country", "fatalities"} <= set(frame.columns)
        assert not store.events(country="SYR")


def test_store_filters_refuse_typos_like_the_command_line(tmp_path: Path) -> None:
    with eventwire.open_store(str(tmp_path / "events.sqlite")) as store:  # a plain path
        with pytest.raises(ValueError, match="not an ISO date"):
            store.events(since="yesterday")
        with pytest.raises(ValueError, match="did you mean IRQ"):
            store.events(country="iraq")
        with pytest.raises(TypeError, match="unknown filter contry"):
            store.events(contry="IRQ")
        assert store.events(type="assault") == []


def test_opening_a_missing_database_to_read_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.sqlite"
    with pytest.raises(eventwire.UsageError, match="no database at"):
        eventwire.open_store(str(missing), create=False)
    assert not missing.exists()
