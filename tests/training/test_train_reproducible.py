"""`make train` rebuilds the shipped models (issue 15): `training/train.py` on the data in the
repository writes, byte for byte, the model files that ship, and manifests equal to the shipped
ones but for what `training/tune.py` adds afterwards (`tuned`, chosen on the development sets).
It fails when the training is not deterministic (seeds, set or dict order, thread counts) or when
the data or the training code changed and nobody retrained. Slow: the whole training (minutes on
one core)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.events.learned import MANIFEST
from eventwire.events.learned import MODELS_DIR as EVENT_MODELS
from eventwire.gate.news import MODELS_DIR as GATE_MODELS

TRAIN = Path(__file__).resolve().parents[2] / "training" / "train.py"


def untuned(folder: Path) -> dict:
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    manifest.pop("tuned", None)
    return manifest


@pytest.mark.slow
def test_training_again_gives_the_shipped_models_byte_for_byte(tmp_path: Path) -> None:
    # a hash seed unlike the test process's: set order must not reach the models
    env = os.environ | {"PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, str(TRAIN), "--out", str(tmp_path)], check=True, env=env)
    for shipped, rebuilt in ((EVENT_MODELS, tmp_path / "events"), (GATE_MODELS, tmp_path / "gate")):
        names = sorted(p.name for p in shipped.glob("*.joblib"))
        assert names == sorted(p.name for p in rebuilt.glob("*.joblib"))
        for name in names:
            same = (shipped / name).read_bytes() == (rebuilt / name).read_bytes()
            assert same, f"{shipped.name}/{name} differs from a retraining: run `make train`"
        assert untuned(rebuilt) == untuned(shipped)
