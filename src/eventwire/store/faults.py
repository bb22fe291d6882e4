"""Storage faults in plain words: a full disk, a file-size limit, a file that is not a database, a
folder or database that cannot be written.

The drivers report these as database errors (`sqlite3.OperationalError: database or disk is
full`); `install` turns them into one `StorageError` naming the database and saying what to do,
wherever in eventwire they happen (SQLAlchemy's `handle_error` hook sees every driver error, on
connect too). Errors that are not storage faults pass through unchanged.
"""

from __future__ import annotations

import errno
import os
import resource
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from ..errors import (
    E_DISK_FULL,
    E_FILE_TOO_LARGE,
    E_NOT_A_DATABASE,
    E_NOT_WRITABLE,
    E_STORAGE,
    StorageError,
)

NOTHING_LOST = "what was stored before is intact"
RESUME = "run again to carry on where this run stopped"
READ_ONLY_HINT = "`eventwire events` and `serve` can still read it; `ingest` needs write access"


def install(engine: Engine, target: str, path: Path | None) -> None:
    """Raise a StorageError in place of every driver error of `engine` that is a storage fault."""

    def on_error(context: ExceptionContext) -> None:
        fault = classify(context.original_exception, target, path)
        if fault is not None:
            raise fault from context.original_exception

    event.listen(engine, "handle_error", on_error)


def classify(exc: BaseException, target: str, path: Path | None = None) -> StorageError | None:
    """The StorageError that `exc` (a driver's exception) means, or None if it is not one."""
    name = getattr(exc, "sqlite_errorname", None)
    if isinstance(name, str):
        return _sqlite_fault(name, target, path)
    state = getattr(exc, "sqlstate", None)
    if isinstance(state, str):
        return _postgres_fault(state, target, exc)
    return None


def _sqlite_fault(name: str, target: str, path: Path | None) -> StorageError | None:
    if name == "SQLITE_FULL":
        return StorageError(
            target, E_DISK_FULL, f"the disk is full; {NOTHING_LOST}: free some space and {RESUME}"
        )
    if name.startswith("SQLITE_IOERR"):
        limit = file_size_limit()
        if limit is not None:
            return StorageError(
                target,
                E_FILE_TOO_LARGE,
                f"the database cannot grow past this process's file-size limit (ulimit -f: "
                f"{limit:,} bytes); {NOTHING_LOST}: raise the limit and {RESUME}",
            )
        return StorageError(
            target,
            E_STORAGE,
            f"disk I/O error ({name}): the disk may be failing, or the file too large for its "
            f"file system; {NOTHING_LOST}",
        )
    if name == "SQLITE_NOTADB":
        return StorageError(
            target,
            E_NOT_A_DATABASE,
            "this file is not a SQLite database: give the path of an eventwire database, or a "
            "new file name to create one",
        )
    if name.startswith("SQLITE_READONLY") or name in ("SQLITE_PERM", "SQLITE_AUTH"):
        return StorageError(
            target, E_NOT_WRITABLE, f"the database is read-only here; {READ_ONLY_HINT}"
        )
    if name.startswith("SQLITE_CANTOPEN"):
        return StorageError(target, E_NOT_WRITABLE, _cannot_open(path))
    if name.startswith("SQLITE_CORRUPT"):
        return StorageError(
            target,
            E_STORAGE,
            "the database file is damaged: restore it from a copy, or ingest into a new file",
        )
    return None


def _cannot_open(path: Path | None) -> str:
    """Why SQLite could not open or create `path`, as far as the file system tells."""
    if path is None:
        return "cannot open the database file"
    folder = path.parent
    if not folder.is_dir():
        return f"cannot open the database file: the folder {folder} does not exist"
    if not os.access(folder, os.W_OK) and not path.exists():
        return f"the folder {folder} is not writable, so the database cannot be created there"
    if not os.access(folder, os.W_OK):
        return (
            f"the folder {folder} is not writable, so SQLite cannot keep its journal beside the "
            f"database; {READ_ONLY_HINT}"
        )
    if path.exists() and not os.access(path, os.R_OK):
        return "the database file is not readable (permissions)"
    return "cannot open the database file (permissions, or a read-only file system)"


def _postgres_fault(state: str, target: str, exc: BaseException) -> StorageError | None:
    if state == "53100":  # disk_full
        return StorageError(
            target,
            E_DISK_FULL,
            f"the database server's disk is full; {NOTHING_LOST}: free some space and {RESUME}",
        )
    if state in ("25006", "42501"):  # read_only_sql_transaction, insufficient_privilege
        detail = " ".join(str(exc).split())[:200]
        return StorageError(target, E_NOT_WRITABLE, f"the database refuses writes ({detail})")
    return None


def os_fault(exc: OSError, target: str) -> StorageError:
    """The StorageError of a file-system error met while preparing the database's folder."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(target, E_DISK_FULL, f"the disk is full; {NOTHING_LOST}")
    if exc.errno == errno.EFBIG:
        return StorageError(target, E_FILE_TOO_LARGE, f"file too large; {NOTHING_LOST}")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(
            target, E_NOT_WRITABLE, f"cannot create the database's folder: {exc.strerror}"
        )
    return StorageError(target, E_STORAGE, f"cannot prepare the database's folder: {exc.strerror}")


def file_size_limit() -> int | None:
    """This process's file-size limit in bytes (`ulimit -f`), or None when there is none."""
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return None if soft == resource.RLIM_INFINITY else int(soft)
