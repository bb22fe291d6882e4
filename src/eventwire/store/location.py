"""Where the database is: a URL, or a plain path taken as a SQLite file.

Read commands must not answer a typo with an empty database: asked to read a SQLite file that is
not there, they say so (and how to make one) instead of creating it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..errors import E_BAD_DB_URL, E_NO_DATABASE, UsageError
from ..settings import default_db_url

SCHEMES = ("sqlite", "postgresql", "postgres")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")


def database_url(value: str | None, *, must_exist: bool = False) -> str:
    """The database URL for `--db VALUE` (None: `$EVENTWIRE_DB` or the user's data folder).

    A value without a scheme is a path to a SQLite file. With `must_exist`, a SQLite file that
    does not exist is a UsageError naming the path, rather than a new, empty database.
    """
    url = value if value else default_db_url()
    match = _SCHEME.match(url)
    if match is None or len(match.group(1)) == 1:  # no scheme, or a Windows drive letter
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    else:
        base = match.group(1).split("+", 1)[0].lower()
        if base not in SCHEMES:
            raise UsageError(
                f"[{E_BAD_DB_URL}] database URL {url!r}: unknown scheme {match.group(1)!r} "
                "(use sqlite:///path/to/file.sqlite, postgresql://user@host/db, or a plain path "
                "for a SQLite file)"
            )
        if base == "sqlite" and not url.startswith("sqlite:///") and url != "sqlite://":
            raise UsageError(
                f"[{E_BAD_DB_URL}] database URL {url!r}: a SQLite URL has three slashes before "
                "a relative path (sqlite:///events.sqlite) and four before an absolute one "
                "(sqlite:////data/events.sqlite); a plain path works too"
            )
    if must_exist:
        path = sqlite_path(url)
        if path is not None and not path.exists():
            raise UsageError(
                f"[{E_NO_DATABASE}] no database at {path}: read commands don't create one. "
                f"Ingest into it first (eventwire ingest FILES --db {path}), or check the path."
            )
    return url


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for other databases and in-memory SQLite."""
    if not url.startswith("sqlite:///"):
        return None
    path = url.removeprefix("sqlite:///").split("?", 1)[0]
    return None if path in ("", ":memory:") else Path(path)


def sqlite_writable(url: str) -> bool:
    """Whether this process may write the SQLite database at `url`: the file and its folder (where
    SQLite keeps its journal). True for other databases and for a file not made yet."""
    path = sqlite_path(url)
    if path is None or not path.exists():
        return True
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
