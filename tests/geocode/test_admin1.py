"""First-level divisions' labels: the plain ASCII name event datasets and the English press write."""

from __future__ import annotations

import pytest

from eventwire.geocode.admin1 import _ascii_labels, _Labels, ascii_label
from eventwire.geocode.builder import IndexBuilder
from eventwire.geocode.division_words import DivisionWords
from eventwire.geocode.gazetteer import Gazetteer
from eventwire.lang import load_lexicon

WORDS = DivisionWords.from_lexicon(load_lexicon("en"))


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Sa'dah", "Sadah"),  # a transliteration mark
        ("T'bilisi", "Tbilisi"),
        ("Ha`apai", "Haapai"),
        ("Baden-Württemberg", "Baden-Wurttemberg"),  # diacritics
        ("Łódzkie", "Lodzkie"),
        ("Muhafazat al Hudaydah", "al Hudaydah"),  # generic words before or after the name
        ("Sha`biyat Nalut", "Nalut"),
        ("Baghdad Governorate", "Baghdad"),
        ("Northern Region", "Northern"),
        ("Tibet Autonomous Region", "Tibet"),
        ("Silesian Voivodeship", "Silesian"),
        ("Wilayat-e Baghlan", "Baghlan"),
        ("Wilaya d'Adrar", "Adrar"),
        ("Daerah Istimewa Yogyakarta", "Yogyakarta"),
        ("Almaty Oblysy", "Almaty"),
        ("Provence-Alpes-Côte d'Azur", "Provence-Alpes-Cote d'Azur"),  # an elision stays
        ("Valle d’Aosta", "Valle d'Aosta"),
        ("Hawke's Bay", "Hawke's Bay"),  # so does an English possessive
        ("Federal District", "Federal District"),  # nothing but a generic word would be left
        ("Capital Region", "Capital Region"),
        ("Region", "Region"),
        ("Autonomous Region in Muslim Mindanao", "Autonomous Region in Muslim Mindanao"),
        ("Kyiv City", "Kyiv City"),  # a city division is not its province
    ],
)
def test_ascii_label(name: str, label: str) -> None:
    assert ascii_label(name, WORDS) == label


def _division(builder: IndexBuilder, name: str, code: str) -> int:
    return builder.add(
        {"name": name, "lat": 1.0, "lon": 1.0, "country": "XXX", "cc2": "XX", "admin1": name,
         "admin1_code": code, "feature": "admin1"}
    )  # fmt: skip


def test_divisions_and_their_towns_take_the_ascii_label() -> None:
    builder = IndexBuilder()
    north = _division(builder, "Northern Region", "01")
    town = builder.add(
        {"name": "Gulu", "lat": 2.0, "lon": 2.0, "country": "XXX", "cc2": "XX",
         "admin1": "Northern Region", "admin1_code": "01", "feature": "city"}
    )  # fmt: skip
    labels = _Labels(builder)
    _ascii_labels(builder, labels, WORDS)
    labels.apply()
    assert builder.rows[north - 1][2] == builder.rows[north - 1][7] == "Northern"
    assert builder.rows[town - 1][7] == "Northern"
    # The label is no new name to find the division by: "Northern" alone is too vague.
    assert set(builder.names[north]) == {"northern region"}


def test_an_ascii_label_another_division_bears_is_not_taken() -> None:
    builder = IndexBuilder()
    region = _division(builder, "Eastern Region", "01")
    province = _division(builder, "Eastern Province", "02")
    labels = _Labels(builder)
    _ascii_labels(builder, labels, WORDS)
    names = {builder.rows[region - 1][7], builder.rows[province - 1][7]}
    assert names == {"Eastern", "Eastern Province"}


def test_the_gazetteer_labels_and_still_finds_the_packaged_names(gazetteer: Gazetteer) -> None:
    for old, label in (("Baghdad Governorate", "Baghdad"), ("Tibet Autonomous Region", "Tibet")):
        entry = next(e for e in gazetteer.lookup(old) if e.feature == "admin1")
        assert (entry.name, entry.admin1) == (label, label)
    lhasa = next(e for e in gazetteer.lookup("Lhasa") if e.feature == "city")
    assert lhasa.admin1 == "Tibet"
