"""Storage faults end in one labelled line with an EW3xx code, never a traceback, and what was
stored stays intact: a full disk (a tiny tmpfs), a file-size limit (RLIMIT_FSIZE), a file that is
not a database, a folder that cannot be written. A read-only database is still read."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from eventwire.errors import StorageError
from eventwire.python_api import demo_corpus_path, ingest_paths, open_store
from eventwire.serve.app import create_app
from eventwire.store.store import Store


def corpus(tmp_path: Path, n: int) -> Path:
    lines = demo_corpus_path().read_text(encoding="utf-8").splitlines()[:n]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def eventwire(*args: str, file_size_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        if file_size_limit is not None:
            # Ignored, SIGXFSZ leaves the write failing with EFBIG, as a shell's `ulimit -f` does
            # for programs that handle it.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run(
        [sys.executable, "-m", "eventwire", *args],
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=limit,
        check=False,
    )


def one_labelled_line(stderr: str, code: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr, stderr
    assert len(lines) == 1, stderr
    assert lines[0].startswith("eventwire: ") and f"[{code}]" in lines[0], stderr
    return lines[0]


def backup(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database (its write-ahead log included)."""
    with closing(sqlite3.connect(source)) as live, closing(sqlite3.connect(target)) as copy:
        live.backup(copy)


def intact(path: Path) -> int:
    """The documents a (possibly interrupted) database holds; it must pass SQLite's own check."""
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])


def mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


@pytest.fixture()
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 512 KiB file system of its own (tmpfs; needs root, else the test is skipped)."""
    folder = tmp_path / "tiny"
    if not mount_tmpfs(folder, "512k"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture()
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder this process cannot write: a read-only tmpfs as root, else a chmod 555 folder.

    Whatever the test puts in it must be written by `fill` before it is made read-only.
    """
    folder = tmp_path / "ro"
    mounted = mount_tmpfs(folder, "4m")
    if not mounted and os.geteuid() == 0:
        pytest.skip("root ignores permissions, and no read-only tmpfs can be mounted here")
    yield folder
    if mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)
    else:
        folder.chmod(0o755)


def make_read_only(folder: Path) -> None:
    for path in folder.iterdir():
        path.chmod(0o444)
    remount = subprocess.run(
        ["mount", "-o", "remount,ro", str(folder)], capture_output=True, check=False
    )
    if remount.returncode != 0:
        folder.chmod(0o555)
    assert not os.access(folder, os.W_OK)


@pytest.mark.slow
def test_a_full_disk_is_one_labelled_line_and_what_was_stored_stays(
    tmp_path: Path, tiny_disk: Path
) -> None:
    db = tiny_disk / "events.sqlite"
    done = eventwire("ingest", str(corpus(tmp_path, 12)), "--db", str(db), "-q")
    assert done.returncode == 1
    line = one_labelled_line(done.stderr, "EW301")
    assert str(db) in line and "disk is full" in line
    stored = intact(db)
    # Space freed (the database copied to a roomy disk), the same command finishes the work.
    roomy = tmp_path / "roomy.sqlite"
    backup(db, roomy)
    again = eventwire("ingest", str(corpus(tmp_path, 12)), "--db", str(roomy), "-q")
    assert again.returncode == 0, again.stderr
    assert intact(roomy) == 12 >= stored


@pytest.mark.slow
def test_a_file_size_limit_is_one_labelled_line(tmp_path: Path) -> None:
    db = tmp_path / "events.sqlite"
    done = eventwire(
        "ingest", str(corpus(tmp_path, 8)), "--db", str(db), "-q", file_size_limit=300_000
    )
    assert done.returncode == 1
    line = one_labelled_line(done.stderr, "EW302")
    assert "300,000 bytes" in line
    intact(db)


def test_a_file_that_is_not_a_database_is_named(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n" * 200, encoding="utf-8")
    for command in (["events"], ["ingest", str(corpus(tmp_path, 1)), "-q"]):
        done = eventwire(*command, "--db", str(notes))
        assert done.returncode == 2
        assert str(notes) in one_labelled_line(done.stderr, "EW303")
    assert notes.read_text(encoding="utf-8") == "shopping list\n" * 200


def test_an_unwritable_folder_is_named(tmp_path: Path, read_only_folder: Path) -> None:
    make_read_only(read_only_folder)
    db = read_only_folder / "events.sqlite"
    done = eventwire("ingest", str(corpus(tmp_path, 1)), "--db", str(db), "-q")
    assert done.returncode == 1
    line = one_labelled_line(done.stderr, "EW304")
    assert f"{read_only_folder} is not writable" in line
    assert not db.exists()


@pytest.mark.slow
def test_a_read_only_database_is_read_by_events_and_serve(
    tmp_path: Path, read_only_folder: Path
) -> None:
    source = tmp_path / "events.sqlite"
    summary = ingest_paths([str(corpus(tmp_path, 2))], db=f"sqlite:///{source}")
    assert summary.stored == 2
    with Store(f"sqlite:///{source}") as store:
        expected = store.counts()["merged_events"]
    assert expected
    backup(source, read_only_folder / "events.sqlite")
    make_read_only(read_only_folder)
    db = read_only_folder / "events.sqlite"

    done = eventwire("events", "--db", str(db), "--modality", "any", "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == expected
    with open_store(str(db), create=False) as store:
        assert store.counts()["merged_events"] == expected

    from fastapi.testclient import TestClient

    with TestClient(create_app(f"sqlite:///{db}", write_token="secret")) as client:
        assert client.get("/api/health").json()["counts"]["merged_events"] == expected
        page = client.get("/api/events", params={"modality": "any", "limit": 500}).json()
        assert len(page["items"]) == expected
        refused = client.post(
            "/api/articles",
            json={"text": "Police detained two protesters."},
            headers={"Authorization": "Bearer secret"},
        )
        assert refused.status_code == 403 and "read-only" in refused.json()["detail"]
    ingest = eventwire("ingest", str(corpus(tmp_path, 1)), "--db", str(db), "-q")
    assert ingest.returncode == 1
    one_labelled_line(ingest.stderr, "EW304")
    assert not list(read_only_folder.glob("*-wal"))


def test_storage_errors_survive_pickling() -> None:
    """They travel back from worker processes and Dask workers."""
    import pickle

    error = StorageError("/data/events.sqlite", "EW301", "the disk is full")
    copy = pickle.loads(pickle.dumps(error))
    assert str(copy) == str(error) == "/data/events.sqlite: [EW301] the disk is full"
