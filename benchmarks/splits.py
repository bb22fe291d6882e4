"""The fixed tune/check split of every development set, made once and committed.

Hand-written rules are written looking at the *tune* part only; benchmarks report both parts, and
a check figure more than 3 points under its tune figure means a rule fits items, not language.
Trained parts are measured by grouped k-fold cross-validation instead (see `folds`).

Items are grouped so that one incident, story or article never sits on both sides (GVC and the
GVA sample by incident, ECB+ by sub-topic, GeoVirus by source article, every other set by item),
and each group goes to one side by `sha256("eventwire-split:<set>:<group>")` (a salt of our own:
the DEV/TEST cut of the data was made by the unsalted hash): half tune, half check. The split is
written to `benchmarks/splits/<set>.tsv` (item id, group, part) by

    .venv/bin/python benchmarks/splits.py --write

once; after that the files are the split (the command refuses to overwrite them), so reordering or
re-exporting a data file cannot move an item from one side to the other.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, Literal

HERE = Path(__file__).resolve().parent
SPLITS = HERE / "splits"
DATA = HERE.parent.parent / "shared" / "data"

Part = Literal["tune", "check"]

# set name -> (file under ../shared/data, id field, group field or None for the id itself)
SETS: dict[str, tuple[str, str, str | None]] = {
    "acled": ("events/acled.jsonl", "id", None),
    "plover": ("events/plover.jsonl", "id", None),
    "gvc": ("incidents/gvc.jsonl", "doc_id", "incident_id"),
    "gva_news_sample": ("incidents/gva_news_sample.jsonl", "doc_id", "incident_id"),
    "ecbplus": ("clustering/ecbplus.jsonl", "doc_id", "subtopic"),
    "polnear": ("quotes/polnear.jsonl", "id", None),
    "tbaq": ("time/tbaq.jsonl", "id", None),
    "lgl": ("geo/lgl.jsonl", "id", None),
    "gwn": ("geo/gwn.jsonl", "id", None),
    "trnews": ("geo/trnews.jsonl", "id", None),
    "geovirus": ("geo/geovirus.jsonl", "id", "url"),
    "extraction": ("extraction/ground_truth.jsonl", "id", None),
    # the bundled sample corpus (prec28): fresh news for the precision of asserted events
    "sample": ("sample/articles.jsonl", "id", None),
}


def _side(set_name: str, group: str) -> Part:
    digest = hashlib.sha256(f"eventwire-split:{set_name}:{group}".encode()).digest()
    return "tune" if digest[0] < 128 else "check"


def _rows(set_name: str, data_dir: Path) -> Iterable[tuple[str, str]]:
    path, id_field, group_field = SETS[set_name]
    with open(data_dir / path, encoding="utf-8") as handle:
        for line in handle:
            record: dict[str, Any] = json.loads(line)
            item_id = str(record[id_field])
            group = str(record.get(group_field) or item_id) if group_field else item_id
            yield item_id, group


def write(set_name: str, data_dir: Path = DATA) -> Path:
    """Write one set's split file; refuses to replace a committed one."""
    target = SPLITS / f"{set_name}.tsv"
    if target.exists():
        raise SystemExit(f"{target} exists: the split is fixed once committed")
    SPLITS.mkdir(exist_ok=True)
    lines = ["id\tgroup\tpart"]
    lines += [f"{i}\t{g}\t{_side(set_name, g)}" for i, g in _rows(set_name, data_dir)]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


@cache
def _table(set_name: str) -> dict[str, tuple[str, Part]]:
    path = SPLITS / f"{set_name}.tsv"
    table: dict[str, tuple[str, Part]] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        item_id, group, part = line.split("\t")
        table[item_id] = (group, part)  # type: ignore[assignment]
    return table


def part(set_name: str, item_id: str) -> Part:
    """'tune' or 'check' for one item of a development set."""
    return _table(set_name)[str(item_id)][1]


def group(set_name: str, item_id: str) -> str:
    """The item's group (incident, story, source article): never split across sides or folds."""
    return _table(set_name)[str(item_id)][0]


def folds(set_name: str, item_id: str, k: int = 5) -> int:
    """The cross-validation fold (0..k-1) of an item, by its group, for trained parts."""
    digest = hashlib.sha256(
        f"eventwire-fold:{set_name}:{group(set_name, item_id)}".encode()
    ).digest()
    return int.from_bytes(digest[:4], "big") % k


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="write the split files (once)")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--set", action="append", dest="sets", metavar="NAME", help="only this set (repeatable)"
    )
    args = parser.parse_args(argv)
    for name in args.sets or SETS:
        if args.write:
            print(write(name, args.data))
        else:
            table = _table(name)
            tune = sum(1 for _, p in table.values() if p == "tune")
            print(f"{name}: {len(table)} items, tune {tune}, check {len(table) - tune}")


if __name__ == "__main__":
    main(sys.argv[1:])
