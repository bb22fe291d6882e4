"""scripts/stage-parts.py: `wrap` times each call of the function named and leaves its result
and its errors as they were (perf36's script had no test; review46)."""

from __future__ import annotations

import importlib.util
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "stage-parts.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("stage_parts", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_wrapped_function_is_counted_and_answers_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import eventwire.events.actors as actors

    # (the original is put back after the test: `wrap` replaces the module's attribute)
    monkeypatch.setattr(actors, "_country", actors._country)
    seconds: defaultdict[str, float] = defaultdict(float)
    calls: Counter[str] = Counter()
    _script().wrap("events.actors:_country", seconds, calls)
    assert actors._country("KEN") == "KEN"
    assert actors._country("-") is None
    assert calls["events.actors:_country"] == 2
    assert seconds["events.actors:_country"] >= 0.0


def test_a_wrapped_method_still_raises_and_is_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.events.actors import ActorResolver

    monkeypatch.setattr(ActorResolver, "agent_sector", ActorResolver.agent_sector)
    seconds: defaultdict[str, float] = defaultdict(float)
    calls: Counter[str] = Counter()
    _script().wrap("events.actors:ActorResolver.agent_sector", seconds, calls)
    with pytest.raises(AttributeError):
        ActorResolver.agent_sector(None, ["minister"])  # type: ignore[arg-type]
    assert calls["events.actors:ActorResolver.agent_sector"] == 1
