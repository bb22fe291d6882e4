"""Shared test fixtures: paths to the development data beside the repository, a temp cache."""

from __future__ import annotations

import os
from collections.abc import Callable
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


def postgres_server_url() -> str | None:
    """The throwaway server that `.ci/run` starts (scripts/pg-throwaway.sh); CI must have one."""
    url = os.environ.get("EVENTWIRE_TEST_POSTGRES")
    if not url and os.environ.get("CI") == "true":
        pytest.fail("CI must run the PostgreSQL tests: EVENTWIRE_TEST_POSTGRES is not set")
    return url


def fresh_postgres_database(server_url: str) -> str:
    """A new, empty database on the test server; its URL."""
    import uuid

    from sqlalchemy import create_engine, text

    from eventwire.store.store import normalise_url

    base = normalise_url(server_url)
    name = f"ew_{uuid.uuid4().hex[:12]}"
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return base.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each back end (PostgreSQL skipped where no test server runs)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db' / 'events.sqlite'}"
    server = postgres_server_url()
    if not server:
        pytest.skip(
            "no PostgreSQL test server (set EVENTWIRE_TEST_POSTGRES; see scripts/pg-throwaway.sh)"
        )
    return fresh_postgres_database(server)


@pytest.fixture()
def another_db(db_url: str, tmp_path: Path) -> Callable[[str], str]:
    """Makes further empty databases on the back end of `db_url`, each named for the test."""

    def make(name: str) -> str:
        if db_url.startswith("sqlite"):
            return f"sqlite:///{tmp_path / 'db' / name}.sqlite"
        server = postgres_server_url()
        assert server
        return fresh_postgres_database(server)

    return make
