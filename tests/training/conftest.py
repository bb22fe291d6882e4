"""The training scripts (`training/*.py` are scripts, not a package), loaded once per module."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

TRAINING = Path(__file__).resolve().parents[2] / "training"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"training_{name}", TRAINING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tune() -> ModuleType:
    return _load("tune")


@pytest.fixture(scope="module")
def conventions() -> ModuleType:
    return _load("conventions")


@pytest.fixture(scope="module")
def gate_on_sentences() -> ModuleType:
    return _load("gate_on_sentences")
