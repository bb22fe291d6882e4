"""The JSON Schema of the document record (generated from records.py), and a validator for it."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def document_schema() -> dict[str, Any]:
    text = (resources.files(__package__) / "document.schema.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def validate_document(record: dict[str, Any]) -> None:
    """Raise `jsonschema.ValidationError` when `record` does not follow schema version 1."""
    import jsonschema

    jsonschema.Draft202012Validator(document_schema()).validate(record)
