"""The coder's derived tables regenerate byte for byte from the openly licensed dictionaries."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO.parent / "shared" / "data" / "resources"
SCRIPT = REPO / "scripts" / "derive_event_tables.py"
TABLES = REPO / "src" / "eventwire" / "lang" / "en" / "events" / "dictionaries"


def derive_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("derive_event_tables", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_derived_tables_regenerate_byte_for_byte(tmp_path: Path) -> None:
    script = derive_script()
    missing = [name for name, path in script.INPUTS.items() if not (RESOURCES / path).exists()]
    if missing:
        pytest.skip(f"the dictionaries are not in {RESOURCES} (missing: {', '.join(missing)})")
    script.derive_all(RESOURCES, tmp_path)
    for name in ("actors.tsv", "agents.tsv", "verbs.tsv"):
        assert (tmp_path / name).read_bytes() == (TABLES / name).read_bytes(), name
