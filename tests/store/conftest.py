"""Shared helpers of the store's tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


def _database_at(url: str, revision: str, then: Any = None) -> Any:
    """A database at an older schema `revision`; `then(conn)` runs in the same transaction.
    Returns its engine (the caller disposes of it when it holds no further use)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from eventwire.store.store import MIGRATIONS

    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(url)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        if then is not None:
            then(conn)
    return engine


@pytest.fixture
def database_at() -> Callable[..., Any]:
    """`database_at(url, revision, then=None)`: a database made at an older schema."""
    return _database_at
