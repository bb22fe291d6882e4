import json
import os
from pathlib import Path

from eventwire.pipeline.shards import make_shards
from eventwire.records import Dropped, RawPage


def write_jsonl(path: Path, n: int) -> None:
    path.write_text(
        "".join(json.dumps({"id": f"a{i}", "text": f"Story {i}."}) + "\n" for i in range(n))
    )


def test_jsonl_is_cut_into_line_ranges_that_cover_every_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    write_jsonl(path, 10)
    shards, missing = make_shards([str(path)], jsonl_lines=4)
    assert not missing
    assert [s.lines for s in shards] == [(0, 4), (4, 8), (8, 10)]
    pages = [p for s in shards for p in s.pages(max_bytes=10_000, published=None, url=None)]
    assert [p.item_id for p in pages if isinstance(p, RawPage)] == [f"a{i}" for i in range(10)]
    assert pages[4].input_name == f"{path}#5"  # line numbers stay those of the whole file


def test_small_files_are_grouped_and_missing_inputs_reported(tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"p{i}.txt").write_text(f"Article {i}.")
    shards, missing = make_shards([str(tmp_path), str(tmp_path / "nope.txt")], files_per_shard=2)
    assert [len(s.paths) for s in shards] == [2, 2, 1]
    assert len(missing) == 1 and isinstance(missing[0], Dropped)


def test_keys_are_stable_and_change_with_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    write_jsonl(path, 3)
    first = [s.key for s in make_shards([str(path)])[0]]
    assert first == [s.key for s in make_shards([str(path)])[0]]
    os.utime(path, ns=(5, 5))
    assert first != [s.key for s in make_shards([str(path)])[0]]
