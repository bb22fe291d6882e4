"""Second-level divisions in the gazetteer: bare names, pycountry's ISO divisions, the table."""

from __future__ import annotations

import pytest

from eventwire.geocode.admin2 import bare_district
from eventwire.geocode.builder import DATA_DIR, read_tsv
from eventwire.geocode.division_words import DivisionWords
from eventwire.geocode.gazetteer import DIVISION, Gazetteer
from eventwire.lang import load_lexicon

WORDS = DivisionWords.from_lexicon(load_lexicon("en"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Province du Soum", "soum"),
        ("Province de la Tapoa", "tapoa"),
        ("Gnagna Province", "gnagna"),
        ("Zombo District", "zombo"),
        ("Hoengseong-gun", "hoengseong"),
        ("Politischer Bezirk Bregenz", "bregenz"),
        ("Provincia di Cuneo", "cuneo"),
        ("Central District", ""),  # too vague to be a name of its own
    ],
)
def test_bare_names_drop_the_generic_words(name: str, expected: str) -> None:
    assert bare_district(name, WORDS) == expected


def test_packaged_province_answers_to_its_bare_name(gazetteer: Gazetteer) -> None:
    found = [e for e in gazetteer.lookup("Soum") if e.country == "BFA"]
    assert found and all(e.feature == "admin2" and e.kind == DIVISION for e in found)
    assert {e.admin1 for e in found} == {"Sahel"}


def test_iso_province_the_packages_lack_is_an_entry(gazetteer: Gazetteer) -> None:
    # every Burkina Faso province of ISO 3166-2 answers, in its region
    for name in ("Houet", "Seno", "Yagha", "Gnagna", "Sanmatenga", "Loroum"):
        found = [e for e in gazetteer.lookup(name) if e.country == "BFA"]
        assert found and found[0].feature == "admin2" and found[0].admin1, name


def test_nepal_districts_from_the_table(gazetteer: Gazetteer) -> None:
    rows = [r for r in read_tsv(DATA_DIR / "admin2_extra.tsv") if r[0] == "NPL"]
    assert len(rows) == 77
    bara = [e for e in gazetteer.lookup("Bara") if e.country == "NPL"]
    assert bara and bara[0].admin1 == "Madhesh" and bara[0].kind == DIVISION
    tanahu = [e for e in gazetteer.lookup("Tanahu") if e.country == "NPL"]
    assert tanahu and tanahu[0].name == "Tanahun"
    assert 26 < bara[0].lat < 31 and 80 < bara[0].lon < 89


def test_division_names_never_shadow_primary_names(gazetteer: Gazetteer) -> None:
    # Kathmandu the city stays the city; its district is another entry, by a DIVISION name
    entries = gazetteer.lookup("Kathmandu")
    assert entries[0].feature == "city" and entries[0].kind == 0
    assert any(e.feature == "admin2" and e.kind == DIVISION for e in entries)


def test_palestinian_governorates(gazetteer: Gazetteer) -> None:
    quds = [e for e in gazetteer.lookup("Al Quds") if e.country == "PSE"]
    assert quds and quds[0].admin1 == "West Bank" and quds[0].feature == "admin2"
