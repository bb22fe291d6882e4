"""`--db` takes a URL or a plain path; read commands never create an empty database."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import UsageError
from eventwire.store.location import database_url, sqlite_path


def test_a_plain_path_is_a_sqlite_file(tmp_path: Path) -> None:
    url = database_url(str(tmp_path / "events.sqlite"))
    assert url == f"sqlite:///{tmp_path / 'events.sqlite'}"
    assert sqlite_path(url) == tmp_path / "events.sqlite"


def test_urls_pass_through() -> None:
    assert database_url("postgresql://analyst@db.example/events").startswith("postgresql://")
    assert database_url("sqlite:///:memory:") == "sqlite:///:memory:"


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("sqlit:///events.sqlite", "unknown scheme"),
        ("mysql://db/events", "unknown scheme"),
        ("sqlite://events.sqlite", "three slashes"),
    ],
)
def test_mistyped_urls_are_refused_with_the_right_form(value: str, hint: str) -> None:
    with pytest.raises(UsageError, match=hint):
        database_url(value)


def test_reading_a_missing_sqlite_file_is_an_error_not_a_new_file(tmp_path: Path) -> None:
    missing = tmp_path / "evnets.sqlite"
    with pytest.raises(UsageError, match="no database at") as caught:
        database_url(str(missing), must_exist=True)
    assert "EW004" in str(caught.value) and str(missing) in str(caught.value)
    assert not missing.exists()
    missing.write_bytes(b"")
    assert database_url(str(missing), must_exist=True).endswith("evnets.sqlite")
