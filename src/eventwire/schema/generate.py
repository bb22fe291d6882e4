"""The files generated from `records.py`: the document record's JSON Schema and the REST API's
record models. `python -m eventwire.schema` rewrites both; a test fails when either is stale.
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from pathlib import Path
from typing import Any

from .. import records
from ..records import DOCUMENT_KEYS, SCHEMA_VERSION, Document

PACKAGE = Path(__file__).resolve().parents[1]
SCHEMA_FILE = PACKAGE / "schema" / "document.schema.json"
MODELS_FILE = PACKAGE / "serve" / "record_models.py"

API_RECORDS = (
    records.Actor, records.Place, records.Focus, records.Evidence, records.Source, records.Event,
)  # fmt: skip
"""The records the REST API returns, in dependency order."""
API_ENUMS = {"PloverType": "PloverType", "AcledEventType": "AcledType", "Modality": "Modality"}
"""The types the REST API takes as query parameters, as enums (so OpenAPI names them): the name in
records.py → the enum's name."""


def document_schema() -> dict[str, Any]:
    """The JSON Schema of `Document.to_json()` (schema version 1), from the record types."""
    from pydantic import TypeAdapter

    generated = TypeAdapter(Document).json_schema(mode="serialization")
    properties = {"schema_version": {"const": SCHEMA_VERSION}}
    properties |= {key: generated["properties"][key] for key in DOCUMENT_KEYS}
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://eventwire.org/schema/document-1.json",
        "title": "eventwire document record, schema version 1",
        "description": "One article with every annotation the pipeline made (DESIGN.md). Offsets "
        "are character offsets into `text`; countries are ISO 3166-1 alpha-3. Generated from "
        "eventwire/records.py by `python -m eventwire.schema`: do not edit.",
        "type": "object",
        "properties": properties,
    }
    used = _references(properties, generated["$defs"])
    schema["$defs"] = {name: generated["$defs"][name] for name in sorted(used)}
    _require_everything(schema)
    return schema


def _references(node: Any, defs: dict[str, Any], found: set[str] | None = None) -> set[str]:
    found = set() if found is None else found
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            name = ref.rsplit("/", 1)[-1]
            if name not in found:
                found.add(name)
                _references(defs[name], defs, found)
        for value in node.values():
            _references(value, defs, found)
    elif isinstance(node, list):
        for value in node:
            _references(value, defs, found)
    return found


def _require_everything(node: Any) -> None:
    """Every field is always written (`to_plain` writes defaults too), so every one is required."""
    if isinstance(node, dict):
        if node.get("type") == "object" and "properties" in node:
            node["required"] = list(node["properties"])
        for value in node.values():
            _require_everything(value)
    elif isinstance(node, list):
        for value in node:
            _require_everything(value)


def record_models_source() -> str:
    """Python source of `serve/record_models.py`: pydantic models of the records the API returns."""
    aliases = _aliases()
    lines = [
        '"""The REST API\'s record models and enums, generated from eventwire/records.py.',
        "",
        "Do not edit: `python -m eventwire.schema` rewrites this file (a test fails when it is stale).",
        "The models allow extra fields, so a field the pipeline adds later passes through.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from enum import StrEnum",
        "",
        "from pydantic import BaseModel, ConfigDict",
        "",
        "from ..records import (",
        *(f"    {name}," for name in sorted(_used_aliases(aliases) - set(API_ENUMS))),
        ")",
        "",
    ]
    for name, enum_name in API_ENUMS.items():
        lines += ["", f"class {enum_name}(StrEnum):"]
        values = typing.get_args(getattr(records, name))
        lines += [f"    {_identifier(v)} = {json.dumps(v)}" for v in values]
        lines.append("")
    lines += [
        "",
        "class _Record(BaseModel):",
        '    model_config = ConfigDict(extra="allow")',
        "",
    ]
    for record in API_RECORDS:
        lines += [
            "",
            f"class {record.__name__}Record(_Record):",
            f'    """{_summary(record)}"""',
            "",
        ]
        hints = typing.get_type_hints(record, include_extras=True)
        for f in dataclasses.fields(record):
            default = "" if f.default is dataclasses.MISSING else f" = {_python(f.default)}"
            lines.append(f"    {f.name}: {_render(hints[f.name], aliases)}{default}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _aliases() -> dict[str, Any]:
    """The named types of records.py (Literal and Annotated aliases), by name."""
    return {
        name: value
        for name, value in vars(records).items()
        if typing.get_origin(value) in (typing.Literal, typing.Annotated)
    }


def _used_aliases(aliases: dict[str, Any]) -> set[str]:
    used: set[str] = set()
    for record in API_RECORDS:
        for kind in typing.get_type_hints(record, include_extras=True).values():
            used |= set(re.findall(r"\w+", _render(kind, aliases))) & set(aliases)
    return used


def _render(kind: Any, aliases: dict[str, Any]) -> str:
    for name, alias in aliases.items():
        if kind == alias:
            return API_ENUMS.get(name, name)
    origin = typing.get_origin(kind)
    if origin is typing.Union or origin is types.UnionType:
        return " | ".join(_render(k, aliases) for k in typing.get_args(kind))
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return f"list[{_render(args[0], aliases)}]"
        return f"tuple[{', '.join(_render(k, aliases) for k in args)}]"
    if kind is type(None):
        return "None"
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return f"{kind.__name__}Record"
    if isinstance(kind, type):
        return kind.__name__
    raise TypeError(f"cannot write the type {kind!r} of an API record")


def _summary(record: type) -> str:
    """The first line of the record's own docstring, or a plain one."""
    doc = (record.__doc__ or "").strip()
    if not doc or doc.startswith(f"{record.__name__}("):  # dataclass's generated signature
        return f"`records.{record.__name__}` as the API returns it."
    return doc.splitlines()[0]


def _python(value: Any) -> str:
    """A default value as Python source, strings in double quotes as ruff writes them."""
    return json.dumps(value) if isinstance(value, str) else repr(value)


def _identifier(value: str) -> str:
    return re.sub(r"\W+", "_", value).strip("_")


def write_all() -> list[Path]:
    """Rewrite the generated files; returns those that changed."""
    changed = []
    schema_text = json.dumps(document_schema(), indent=2, ensure_ascii=False) + "\n"
    for path, text in ((SCHEMA_FILE, schema_text), (MODELS_FILE, record_models_source())):
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed
