"""The JSON Schema and the API's record models are generated from records.py, and kept fresh."""

from __future__ import annotations

import json

from eventwire.schema import document_schema as committed_schema
from eventwire.schema.generate import MODELS_FILE, document_schema, record_models_source

STALE = "stale: run `.venv/bin/python -m eventwire.schema` and commit what it rewrites"


def test_the_committed_json_schema_is_the_generated_one() -> None:
    assert committed_schema() == json.loads(json.dumps(document_schema())), STALE


def test_the_committed_api_models_are_the_generated_ones() -> None:
    assert MODELS_FILE.read_text(encoding="utf-8") == record_models_source(), STALE


def test_the_schema_knows_plover_and_acled_types() -> None:
    event = document_schema()["$defs"]["Event"]["properties"]
    assert len(event["type"]["enum"]) == 16
    acled = [option for option in event["acled_event_type"]["anyOf"] if "enum" in option]
    assert len(acled[0]["enum"]) == 6
    sub = [option for option in event["acled_sub_event_type"]["anyOf"] if "enum" in option]
    assert len(sub[0]["enum"]) == 25


def test_the_schema_marks_a_place_the_text_does_not_name() -> None:
    """An event's place inferred from the article (its home country) says so: every place
    record states whether it is (false for the places the text names)."""
    place = document_schema()["$defs"]["Place"]
    assert place["properties"]["inferred"] == {
        "default": False,
        "title": "Inferred",
        "type": "boolean",
    }
    assert "inferred" in place["required"]
