"""Places read inside group names; people and offices kept apart from groups (issue 15, qa35).

- A name run that takes in a word before a dictionary group's name ("An Ansar" of "An Ansar Dine
  commander") is no place, as the group's own words are not; a place the sentence names beside
  the group stays the event's.
- A derived dictionary phrase headed by an office's word ("us *president*", "white house
  *spokesman*"; `actors/office_heads.txt`) is of kind "office"; a title and a name ("commander
  khattab", "mr assad"; `actors/person_titles.txt`) is a person's, and so is every phrase of its
  block ending in that name ("al assad"). An office's name still holds no place ("United
  States" of "the United States President"), as a group's does not.

All sentences written for these tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import Code, dictionary_kind

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "derive_event_tables.py"
TABLES = REPO / "src" / "eventwire" / "lang" / "en" / "events" / "dictionaries"


# --- 1. no place inside a group's name


@pytest.mark.parametrize(
    "text",
    [
        "An Ansar Dine commander said his men attacked the town on Sunday.",
        "An Ansar Allah commander said his fighters stormed the base overnight.",
        # an office's name holds no place either
        "Rebels attacked the town, the United States President told reporters on Friday.",
        "Gunmen stormed a village overnight, a United States Trade Representative aide said.",
    ],
)
def test_no_place_inside_a_group_or_an_office_name(geocoded: Code, text: str) -> None:
    attack = next(e for e in geocoded(text) if e.type == "ASSAULT")
    assert attack.location is None or attack.location.text == ""


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("An Ansar Dine commander said his men attacked Gao on Sunday.", "MLI"),
        ("In Kidal, an Ansar Dine commander said his men attacked the base.", "MLI"),
    ],
)
def test_a_place_beside_a_group_name_stays(geocoded: Code, text: str, country: str) -> None:
    attack = next(e for e in geocoded(text) if e.type == "ASSAULT")
    assert attack.location is not None and attack.location.country == country
    assert attack.location.text in text


# --- 2. offices and people are no groups


def _derive_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("derive_event_tables", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _words(script: ModuleType) -> dict[str, frozenset[str]]:
    return {
        name: script._word_list(name)
        for name in (
            "body_heads.txt",
            "name_head_preps.txt",
            "office_heads.txt",
            "person_titles.txt",
        )
    }


def test_no_dictionary_group_is_headed_by_an_office() -> None:
    """Every actor table: a "group" row whose head is an office's word (and no body's) is
    none; nor is a title and a name of a group."""
    script = _derive_script()
    words = _words(script)
    preps, offices = words["name_head_preps.txt"], words["office_heads.txt"]
    titles, bodies = words["person_titles.txt"], words["body_heads.txt"]
    wrong = []
    for name in ("actors", "supplement", "companies", "actors_added"):
        for line in (TABLES / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("#") or len(fields) < 5 or fields[4] != "group":
                continue
            phrase = fields[0]
            head = script.name_head(phrase, preps)
            titled = phrase.split()[0] in titles and len(phrase.split()) > 1
            if head in offices or (titled and head not in bodies):
                wrong.append((name, phrase))
    assert not wrong


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("us president", "office"),
        ("president of the united states", "office"),
        ("white house spokesman", "office"),
        ("al assad", "person"),
        ("commander khattab", "person"),
        ("sheikh ahmed yassin", "person"),
        # bodies stay groups
        ("white house", "group"),
        ("hezbollah", "group"),
        ("colonel karuna faction", "group"),
    ],
)
def test_offices_and_people_are_no_groups(phrase: str, kind: str) -> None:
    assert dictionary_kind(phrase) == kind


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # a block of a body and its leader: the titled name gives his other names
        (
            ["the velkan party", "mr dolnar", "ivo dolnar", "dolnar", "velkan party spokesman"],
            {"mr dolnar": "person", "ivo dolnar": "person", "dolnar": "person",
             "velkan party spokesman": "office"},
        ),
        (
            ["sheikh rumi", "rumi", "rumi brigade", "deputy minister of rumia"],
            {"sheikh rumi": "person", "rumi": "person", "deputy minister of rumia": "office"},
        ),
        # a block of no titled name and no office: all stay as they are
        (["the velkan party", "velkan front"], {}),
    ],
)  # fmt: skip
def test_block_kinds(names: list[str], expected: dict[str, str]) -> None:
    script = _derive_script()
    assert script.block_kinds(names, "group", _words(script)) == expected
    assert script.block_kinds(names, "person", _words(script)) == {}
