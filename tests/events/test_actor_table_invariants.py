"""The actor dictionary's generator keeps its invariants (issue 15, actors40).

`scripts/derive_event_tables.py` reads TABARI blocks; these tests feed it small blocks of our own
and check the table it wrote:

- the null code `[---]` closes its block: the head after it is a block of its own, not one more
  name of the nulled phrase;
- heads with no code, one under the other, are one actor's names only where they share a word;
  else each is an actor of its own under its own name, sharing the codes below them; a head
  with a code of its own is never a synonym of the head above it;
- a code's sector is its first role part, past a territory's or a region's part ("DNKFROELI",
  "INTREB"): every sector of the table is one the coder reads; a territory's code with no role
  ("DNKFRO") is a place of its state (kind "country"), not a body;
- a phrase two blocks give two countries takes the better ranked block's (a current code, then
  a reading with a country, then the latest start date, then the first read), and so do the
  other phrases of a block whose head lost: a row's country is that of the row of its name.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "derive_event_tables.py"
TABLES = REPO / "src" / "eventwire" / "lang" / "en" / "events" / "dictionaries"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("derive_event_tables_inv", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _table(path: Path) -> dict[str, list[str]]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("phrase\t"):
            continue
        phrase, *rest = line.split("\t")
        rows[phrase] = rest
    return rows


def _derive(script: ModuleType, tmp_path: Path, countries: str, groups: str = "", intl: str = ""):
    files = []
    for name, text in (("c.txt", countries), ("g.txt", groups), ("i.txt", intl)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(tmp_path / name)
    script.derive_actors(*files, tmp_path)
    return _table(tmp_path / "actors.tsv")


COUNTRIES = """\
NORLAND_  [NRL]
+NORLANDIC_

SUDLAND_  [SDL]

WESTMARK_  [WMK]

NORTH_SEA_TIDES  [---]
GRAND_ASSEMBLY
+UPPER_ASSEMBLY
\t[NRLGOVLEG]
"""


def test_a_head_after_a_nulled_phrase_is_an_actor_of_its_own(script, tmp_path) -> None:
    rows = _derive(script, tmp_path, COUNTRIES)
    assert rows["grand assembly"] == ["NRL", "GOV", "Grand Assembly", "group"]
    assert rows["upper assembly"][2] == "Grand Assembly"
    assert not any("[" in phrase or "]" in phrase for phrase in rows)
    assert "north sea tides" not in rows


def test_uncoded_heads_are_names_of_one_actor_only_when_they_share_a_word(script, tmp_path) -> None:
    text = COUNTRIES + (
        "\nTOMAS_BREVIK_\nPRESIDENT_BREVIK\n\t[NRLELI 990101-030101]\n\t[NRLGOV >030101]\n"
        "\nRIVER_FRONT_ALLIANCE\nSONS_OF_THE_DELTA\nOLD_HARBOUR_BRIGADE\n\t[SDLREB]\n"
        "\nFile: harbour.list\nKELP_TRADING_CO_\t[MNCNRL]\n"
    )
    rows = _derive(script, tmp_path, text)
    assert rows["president brevik"] == ["NRL", "GOV", "Tomas Brevik", "person"]
    # three groups listed under one code: each keeps its own name
    assert rows["sons of the delta"] == ["SDL", "REB", "Sons Of The Delta", "group"]
    assert rows["old harbour brigade"][2] == "Old Harbour Brigade"
    assert rows["river front alliance"][2] == "River Front Alliance"
    # a head with its own code is no name of the code-less line above it
    assert rows["kelp trading co"][2] == "Kelp Trading Co"
    assert "file: harbour.list" not in rows


def test_a_territory_s_code_with_no_role_is_a_place_of_its_state(script, tmp_path) -> None:
    text = COUNTRIES + "\nKELP_ISLANDS_  [NRLKLP]\n+KELP_ISLES_\n\nHARBOUR_GUARD\n\t[NRLKLPMIL]\n"
    rows = _derive(script, tmp_path, text)
    assert rows["kelp isles"] == ["NRL", "", "Kelp Islands", "country"]
    assert rows["harbour guard"] == ["NRL", "MIL", "Harbour Guard", "group"]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("NRLGOV", ("NRL", "GOV")),
        ("NRLWMKELI", ("NRL", "ELI")),  # a territory's part before the role
        ("NRLWMK", ("NRL", None)),
        ("INTREB", (None, "REB")),  # a region's part
        ("MEAREB", (None, "REB")),
        ("IGOUNO", (None, "IGO")),
        # a company's or an NGO's home state (actors41); an IGO's or an IMG's next part is a
        # region or a religion, whatever state's code it spells
        ("MNCNRL", ("NRL", "BUS")),
        ("MNCNRLMED", ("NRL", "BUS")),
        ("NGOSDLHRI", ("SDL", "NGO")),
        ("NGOHRI", (None, "NGO")),
        ("MNCINT", (None, "BUS")),
        ("IGONRLECA", (None, "IGO")),
        ("IMGNRLISI", (None, "REB")),
        ("IMGMUSISI", (None, "REB")),
    ],
)
def test_a_codes_sector_is_its_first_role_part(script, code, expected) -> None:
    assert script._split(code, {"NRL", "SDL"}) == expected


GROUPS = """\
RED_DAWN_ARMY
+RDA
\t[SDLREB]

ISLAND_FRONT
+FRONT_OF_THE_ISLANDS
\t[INTREB]

ISLAND_FRONT
\t[WMKREB]
"""

INTERNATIONAL = """\
ANNA_VOSS_\t[IGOUNO]

PIET_HOLM_\t[IGOEUR 870101-870630]
"""

PEOPLE = """\
ANNA_VOSS_
\t[NRLGOV 050101-090101]
PIET_HOLM_
\t[SDLELI]
RED_DAWN_ARMY
\t[NRLMIL]
KAI_LENTO_
\t[SDLGOV >050101]
KAI_LENTO_
\t[WMKGOV >110709]
"""


def test_a_phrase_of_two_countries_takes_the_better_ranked_block(script, tmp_path) -> None:
    rows = _derive(script, tmp_path, COUNTRIES + "\n" + PEOPLE, GROUPS, INTERNATIONAL)
    # a current code over a closed one, either way round
    assert rows["anna voss"][:2] == ["", "IGO"]
    assert rows["piet holm"][:2] == ["SDL", "ELI"]
    # both current: the first read (the countries file)
    assert rows["red dawn army"][:2] == ["NRL", "MIL"]
    # both current: the later start
    assert rows["kai lento"][0] == "WMK"
    # a reading with a country over one without; the losing block's other names follow
    assert rows["island front"][0] == "WMK"
    assert rows["front of the islands"] == ["WMK", "REB", "Island Front", "group"]
    # "rda" of the block whose head lost names the same actor: of the winner's country
    assert rows["rda"][:2] == ["NRL", "REB"]


def test_the_date_reads_two_and_four_digit_years(script) -> None:
    assert script._date("110709") == 20110709
    assert script._date("690824") == 19690824
    assert script._date("19830101") == 19830101
    assert script._date("") == 0


def test_the_block_rank_orders_current_country_then_start(script) -> None:
    closed = script.block_rank([("NRLGOV", "050101-090101")], "NRL")
    current = script.block_rank([("IGOUNO", "")], "")
    later = script.block_rank([("WMKGOV", ">110709")], "WMK")
    earlier = script.block_rank([("SDLGOV", ">050101")], "SDL")
    assert current > closed
    assert later > earlier
    assert script.block_rank([("SDLREB", "")], "SDL") > script.block_rank([("INTREB", "")], "")


# --- the table in the repository


@pytest.fixture(scope="module")
def table() -> dict[str, list[str]]:
    return _table(TABLES / "actors.tsv")


def test_every_sector_of_the_table_is_a_role_the_coder_reads(script, table) -> None:
    from eventwire.events.actors import _SECTOR_MAP, SECTORS

    assert script.SECTOR_CODES <= SECTORS | set(_SECTOR_MAP)
    assert {row[1] for row in table.values()} - {""} <= script.SECTOR_CODES


def test_a_rows_country_is_that_of_the_row_of_its_name(table) -> None:
    off = [
        phrase
        for phrase, (country, _, name, kind) in table.items()
        if kind != "country"
        and (head := table.get(name.lower()))
        and head[2] == name
        and head[3] != "country"
        and head[0] != country
    ]
    assert off == []


def test_no_phrase_holds_a_code_mark(table) -> None:
    assert [phrase for phrase in table if "[" in phrase or "]" in phrase] == []


def test_named_rows_of_the_audit(table) -> None:
    # a head after a nulled phrase; a title-less head named as its own
    assert table["lok sabha"][2] == "Lok Sabha"
    assert table["ahmed el amawy"][2] == "Ahmed El Amawy"
    # the countries file's army, not a namesake armed group's
    assert table["peoples liberation army"][0] == "CHN"
