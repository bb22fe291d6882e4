"""The offline gazetteer, write side: entries and names collected in memory, written in one go.

The build steps (`build.py`, `admin1.py`, `admin2.py`) add entries and names to an `IndexBuilder`,
which writes the SQLite index that `gazetteer.Gazetteer` reads; the tables of the project's own
data (`data/`, see its README) are read with `read_tsv`.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import statistics
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .gazetteer import COLUMN_INDEX, COLUMNS, PRIMARY, name_keys

DATA_DIR = Path(__file__).resolve().parent / "data"

_SCHEMA = """
CREATE TABLE places (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, lat REAL NOT NULL,
    lon REAL NOT NULL, country TEXT, cc2 TEXT, admin1 TEXT, admin1_code TEXT, admin2 TEXT,
    feature TEXT NOT NULL, population INTEGER NOT NULL, capital INTEGER NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, place_id INTEGER NOT NULL, kind INTEGER NOT NULL,
    PRIMARY KEY (key, place_id)) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""


def package_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"package {package!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


def centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """A representative point of a set of cities: the centre of their trimmed bounding box."""
    if len(points) < 5:
        return statistics.fmean(p[0] for p in points), statistics.fmean(p[1] for p in points)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = len(points) // 20
    return (lats[k] + lats[-1 - k]) / 2, (lons[k] + lons[-1 - k]) / 2


def read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


class IndexBuilder:
    """Collects entries and names in memory (tuples only), then writes them in one transaction."""

    def __init__(self) -> None:
        self.rows: list[tuple[Any, ...]] = []
        self.names: dict[int, dict[str, int]] = defaultdict(dict)

    def add(self, row: dict[str, Any]) -> int:
        pid = len(self.rows) + 1
        self.rows.append(
            (pid, row.get("geonameid"), row["name"], round(float(row["lat"]), 5),
             round(float(row["lon"]), 5), row.get("country"), row.get("cc2"), row.get("admin1"),
             row.get("admin1_code"), row.get("admin2"), row["feature"],
             int(row.get("population") or 0), int(bool(row.get("capital"))))
        )  # fmt: skip
        self.name(pid, row["name"], PRIMARY)
        return pid

    def name(self, pid: int, name: str, kind: int) -> None:
        if not name or len(name) > 80:
            return
        slot = self.names[pid]
        for key in name_keys(name):
            if key not in slot or slot[key] > kind:
                slot[key] = kind

    def update(self, pid: int, **fields: Any) -> None:
        row = list(self.rows[pid - 1])
        for field_name, value in fields.items():
            row[COLUMN_INDEX[field_name]] = value
        self.rows[pid - 1] = tuple(row)

    def write(self, path: Path) -> None:
        con = sqlite3.connect(path)
        try:
            con.executescript(_SCHEMA)
            con.executemany(
                f"INSERT INTO places ({COLUMNS}) VALUES ({','.join('?' * 13)})", self.rows
            )
            con.executemany(
                "INSERT INTO names VALUES (?, ?, ?)",
                (
                    (key, pid, kind)
                    for pid, slot in self.names.items()
                    for key, kind in slot.items()
                ),
            )
            con.execute("CREATE INDEX places_geonameid ON places (geonameid)")
            con.execute("INSERT INTO meta VALUES ('format', '2')")
            con.commit()
        finally:
            con.close()
