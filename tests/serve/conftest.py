"""One small SQLite database for the serve tests, filled by the real ingest (once per session)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from eventwire.python_api import demo_corpus_path, ingest_paths

SAMPLE_ARTICLES = 8
"""Articles of the bundled sample corpus to ingest: enough for every endpoint, quick to build."""

SCRIPT_ARTICLE = (
    "Gunmen attacked a police checkpoint in Mosul on Tuesday, killing three officers, "
    "the provincial police chief said.\n\n"
    "<script>window.__pwned = 1</script> The attackers fled in two cars, according to witnesses.\n\n"
    '"We will find those responsible," the police chief, Ahmed Kareem, told reporters.\n'
)
"""Written for these tests: an article whose text carries a script tag that must never run."""


@pytest.fixture(scope="session")
def serve_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("serve-db")
    lines = demo_corpus_path().read_text(encoding="utf-8").splitlines()[:SAMPLE_ARTICLES]
    subset = folder / "subset.jsonl"
    subset.write_text("\n".join(lines) + "\n", encoding="utf-8")
    script = folder / "script-article.txt"
    script.write_text(SCRIPT_ARTICLE, encoding="utf-8")
    url = f"sqlite:///{folder / 'events.sqlite'}"
    summary = ingest_paths([str(subset), str(script)], db=url, published="2021-03-02")
    assert summary.stored == SAMPLE_ARTICLES + 1, summary.lines()
    return url


@pytest.fixture()
def serve_db_copy(serve_db: str, tmp_path: Path) -> str:
    """A private copy of the test database (for tests that write), made with the backup API."""
    target = tmp_path / "copy.sqlite"
    source = sqlite3.connect(serve_db.removeprefix("sqlite:///"))
    dest = sqlite3.connect(target)
    with dest:
        source.backup(dest)
    source.close()
    dest.close()
    return f"sqlite:///{target}"
