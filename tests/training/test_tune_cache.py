"""tune.py after train.py: without the precision benchmark's cache there are no doubt
thresholds to keep, and it must say so rather than ship none."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "eventwire"


def test_no_cache_and_no_thresholds_to_keep_stops_with_the_remedy(
    tune: ModuleType, tmp_path: Path
) -> None:
    models = tmp_path / "models"
    shutil.copytree(SRC / "gate" / "models", models / "gate")
    shutil.copytree(SRC / "events" / "models", models / "events")
    manifest_path = models / "events" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest.pop("tuned", None)  # as train.py leaves it
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    data = tmp_path / "data"
    (data / "events").mkdir(parents=True)
    (data / "events" / "acled.jsonl").write_text("", encoding="utf-8")
    missing = tmp_path / "no-cache.jsonl"
    with pytest.raises(SystemExit, match="bench_precision.py"):
        tune.main(["--data", str(data), "--models", str(models), "--precision-cache", str(missing)])
    assert "tuned" not in json.loads(manifest_path.read_text(encoding="utf-8"))
