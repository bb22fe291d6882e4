"""The sealed blind set (`training/en/blind/`) and its contest (`training/blind_contest.py`):
its rows are well formed and cover every PLOVER type, it stays out of the training data's
digest, and the contest counts a row right as the coder ranks it."""

from types import ModuleType

import pytest

from .conftest import _load


@pytest.fixture(scope="module")
def contest() -> ModuleType:
    return _load("blind_contest")


def test_the_blind_set_covers_every_type(contest: ModuleType) -> None:
    rows = contest.blind_sentences()
    assert len({r["id"] for r in rows}) == len(rows) >= 320
    kinds = [r["plover"] for r in rows if r["event"]]
    assert {k: kinds.count(k) >= 15 for k in contest.ALL_TYPES} == dict.fromkeys(
        contest.ALL_TYPES, True
    )
    assert sum(not r["event"] and r["plover"] is None for r in rows) >= 60
    assert all(r["group"] and r["text"] and r["pattern"] for r in rows)


def test_the_blind_set_is_not_training_data(tune: ModuleType) -> None:
    train = _load("train")
    assert train.BLIND == tune.BLIND
    names = {p.name for p in train.DATA.rglob("*.jsonl") if train.BLIND not in p.parents}
    assert not names & {p.name for p in tune.BLIND.glob("*.jsonl")}


def test_most_confident_reading(contest: ModuleType) -> None:
    events = [("COERCE", "s", "uncertain", 0.9, 0, 1), ("ASSAULT", "s", "asserted", 0.7, 0, 1)]
    assert contest.most_confident(events) == "COERCE"
    assert contest.most_confident(events, asserted_only=True) == "ASSAULT"
    assert contest.most_confident([], asserted_only=True) == contest.NONE
