"""Shared test fixtures: paths to the development data beside the repository, a temp cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
SEED = SHARED_DATA / "seed" / "seed.txt"


@pytest.fixture(scope="session", autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep tests away from the user's database; share one gazetteer cache across the session."""
    data = tmp_path_factory.mktemp("eventwire-data")
    os.environ["EVENTWIRE_DATA_DIR"] = str(data)
    os.environ.setdefault("EVENTWIRE_CACHE_DIR", str(REPO / ".ci-cache"))


@pytest.fixture()
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("the seed article (../shared/data/seed/seed.txt) is not available")
    return SEED
