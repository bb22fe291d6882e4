"""The data's fingerprint (`train.data_digest`) covers what `train.py` reads and nothing else:
a file written to `pending/` (not yet trained on) or the sealed `blind/` set may change without
making the out-of-fold file stale, so `tune.py` keeps the sentences' evidence."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import _load


@pytest.fixture(scope="module")
def train() -> ModuleType:
    return _load("train")


def _data(root: Path) -> Path:
    for folder, text in (
        ("articles", '{"text": "An article."}\n'),
        ("sentences", '{"text": "A sentence."}\n'),
        ("pending", '{"text": "A sentence to come."}\n'),
        ("blind", '{"text": "A sealed sentence."}\n'),
    ):
        (root / folder).mkdir(parents=True)
        (root / folder / "a.jsonl").write_text(text, encoding="utf-8")
    return root


def test_only_the_files_read_are_fingerprinted(train: ModuleType, tmp_path: Path) -> None:
    data = _data(tmp_path / "en")
    before = train.data_digest(data)
    (data / "pending" / "a.jsonl").write_text('{"text": "Edited."}\n', encoding="utf-8")
    (data / "pending" / "b.jsonl").write_text('{"text": "Added."}\n', encoding="utf-8")
    (data / "blind" / "a.jsonl").write_text('{"text": "Edited."}\n', encoding="utf-8")
    assert train.data_digest(data) == before
    (data / "sentences" / "b.jsonl").write_text('{"text": "Added."}\n', encoding="utf-8")
    assert train.data_digest(data) != before
    (data / "sentences" / "b.jsonl").unlink()
    (data / "articles" / "a.jsonl").write_text('{"text": "Edited."}\n', encoding="utf-8")
    assert train.data_digest(data) != before


def test_the_training_reads_the_fingerprinted_folders(train: ModuleType) -> None:
    assert set(train.TRAINED_ON) == {p.name for p in train.DATA.iterdir() if p.is_dir()} - {
        train.BLIND.name,
        "pending",
    }


def test_a_pending_edit_keeps_the_out_of_fold_file(
    tune: ModuleType, train: ModuleType, tmp_path: Path
) -> None:
    data = _data(tmp_path / "en")
    oof = tmp_path / "oof.json"
    stored = {"data_sha256": train.data_digest(data), "classes": [], "rows": []}
    oof.write_text(json.dumps(stored), encoding="utf-8")
    assert tune.out_of_fold(oof, data) == stored
    (data / "pending" / "a.jsonl").write_text('{"text": "Edited."}\n', encoding="utf-8")
    assert tune.out_of_fold(oof, data) == stored
    (data / "sentences" / "a.jsonl").write_text('{"text": "Edited."}\n', encoding="utf-8")
    assert tune.out_of_fold(oof, data) is None
