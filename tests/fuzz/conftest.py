"""The fuzz suite: property tests (Hypothesis) and the pathological-input corpus.

Runs are derandomized (the same examples every run, so CI is reproducible) and keep no example
database; `HYPOTHESIS_PROFILE=deep` explores many more examples, randomly, by hand.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "eventwire",
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("deep", max_examples=2000, deadline=None, database=None)
settings.load_profile("eventwire")

CORPUS_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile" / "corpus.py"


def load_corpus() -> ModuleType:
    """The pathological-input generator (a plain file, shared with the benchmark)."""
    name = "eventwire_hostile_corpus"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, CORPUS_FILE)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="session")
def corpus() -> ModuleType:
    return load_corpus()


@pytest.fixture(scope="session")
def pipeline() -> object:
    """One pipeline for the session (models load once)."""
    from eventwire.pipeline.runner import Pipeline

    pipe = Pipeline(published="2020-09-27")
    pipe.setup()
    return pipe
