"""Actor names and kinds an analyst would see wrong (issue 15, qa34).

- An attack told with no attacker is done by an unidentified armed group of the country where it
  happened only where the text names that place; a place no words name (the article's inferred
  home country) gives the attackers no country ("Nigerian gunmen" still are Nigerian); nor does
  the article give its country to attackers told by their act ("gunmen", "armed men").
- A dictionary phrase whose head names a body ("the islamic *state* of iraq", "the tawhid
  *brigade*") is a group, never a person.
- A people noun's "of" list of groups and forces ("envoys of Israel and Hamas", "delegates of the
  army and the rebels") gives each side; a list of no parties ("ministers of trade and finance")
  stays one phrase; an act between two sides told as a subject ("fighting between the army and
  the rebels killed ten") is done by both.
- A two-word group name the parser splits into a name and a verb is the actor whole.

All sentences written for these tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.events.actors import unnamed_attackers
from eventwire.events.coder import EventCoder
from eventwire.records import Place

from .conftest import (
    HEADLINE,
    Code,
    dictionary_kind,
    english_resolver,
    make_document,
    make_event,
)

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "derive_event_tables.py"
TABLES = REPO / "src" / "eventwire" / "lang" / "en" / "events" / "dictionaries"
ATTACKERS = "Unidentified armed group"


def _place(country: str, inferred: bool) -> Place:
    return Place(
        text="" if inferred else "Somewhere",
        start=0,
        end=0 if inferred else 9,
        name="Somewhere",
        geonameid=None,
        lat=None,
        lon=None,
        country=country,
        admin1=None,
        feature="country" if inferred else "city",
        confidence=0.5,
        inferred=inferred,
    )


# --- 1. unnamed attackers: a country only from a place the text names


@pytest.mark.parametrize("country", ["KEN", "PER"])
def test_an_inferred_place_gives_unnamed_attackers_no_country(country: str) -> None:
    attack = make_event(location=_place(country, inferred=True))
    (out,) = unnamed_attackers([attack], ATTACKERS)
    assert [(a.name, a.country, a.sector) for a in out.actor] == [(ATTACKERS, None, "REB")]


@pytest.mark.parametrize("country", ["IRQ", "SOM"])
def test_a_named_place_gives_unnamed_attackers_its_country(country: str) -> None:
    attack = make_event(location=_place(country, inferred=False))
    (out,) = unnamed_attackers([attack], ATTACKERS)
    assert [(a.name, a.country) for a in out.actor] == [(ATTACKERS, country)]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan parliament passed a new budget on Monday. Two soldiers were killed by a "
        "roadside bomb on Tuesday, officials said.",
        "Peruvian lawmakers approved a new mining law on Monday. A police station was attacked "
        "with explosives overnight, officials said.",
    ],
)
def test_an_attack_placed_by_no_words_has_attackers_of_no_country(
    geocoded: Code, text: str
) -> None:
    attack = next(e for e in geocoded(text) if e.type == "ASSAULT")
    assert attack.location is not None and attack.location.inferred
    assert [(a.name, a.country) for a in attack.actor] == [(ATTACKERS, None)]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Four guards were killed by a roadside bomb outside Mosul on Tuesday.", "IRQ"),
        ("A bus was ambushed near Garissa on Sunday, police said.", "KEN"),
        ("Nigerian gunmen attacked a village on Monday.", "NGA"),
    ],
)
def test_attackers_keep_a_country_the_text_gives(geocoded: Code, text: str, country: str) -> None:
    attack = next(e for e in geocoded(text) if e.type == "ASSAULT")
    assert [a.country for a in attack.actor] == [country]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan parliament passed a new budget on Monday. Gunmen attacked a village on "
        "Tuesday, officials said.",
        "The Kenyan parliament passed a new budget on Monday. Armed men stormed a school on "
        "Tuesday, officials said.",
    ],
)
def test_attackers_told_by_their_act_take_no_country_from_the_article(
    geocoded: Code, text: str
) -> None:
    attack = next(e for e in geocoded(text) if e.type == "ASSAULT")
    assert [a.country for a in attack.actor] == [None]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Kenyan parliament passed a new budget on Monday. Somali gunmen attacked a "
         "village on Tuesday, officials said.", "SOM"),
        ("The Kenyan parliament passed a new budget on Monday. Rebels attacked a village on "
         "Tuesday, officials said.", "KEN"),
    ],
)  # fmt: skip
def test_attackers_keep_a_country_told_and_rebels_the_article_s(
    geocoded: Code, text: str, country: str
) -> None:
    attack = next(e for e in geocoded(text) if e.type == "ASSAULT")
    assert [a.country for a in attack.actor] == [country]


# --- 2. a body's name is a group's


def _derive_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("derive_event_tables", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_dictionary_phrase_headed_by_a_body_is_a_person() -> None:
    """Every actor table: a phrase whose head (its last word before "of", "for", "in") is a
    body's (`actors/body_heads.txt`) is of no kind "person"."""
    script = _derive_script()
    heads = script._word_list("body_heads.txt")
    preps = script._word_list("name_head_preps.txt")
    wrong = []
    for name in ("actors", "supplement", "companies", "actors_added"):
        for line in (TABLES / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("#") or len(fields) < 5:
                continue
            if fields[4] == "person" and script.name_head(fields[0], preps) in heads:
                wrong.append((name, fields[0]))
    assert not wrong


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("islamic state of iraq and the levant", "group"),
        ("tawhid brigade", "group"),
        ("syrian national council", "group"),
        ("communist party of the soviet union", "group"),
        # a person named by a title with a body's word in it stays a person
        ("secretary of state john kerry", "person"),
        ("general secretary of the communist party of the soviet union", "person"),
        ("abu bakr al-baghdadi", "person"),
    ],
)
def test_a_body_is_a_group_and_a_titled_person_a_person(phrase: str, kind: str) -> None:
    assert dictionary_kind(phrase) == kind


@pytest.mark.parametrize(
    ("phrase", "kind", "expected"),
    [
        ("islamic state of iraq", "person", "group"),
        ("the tawhid brigade", "person", "group"),
        ("jihad azour", "person", "person"),
        ("secretary of state colin powell", "person", "person"),
        ("hamas", "group", "group"),
    ],
)
def test_the_derived_kind_follows_the_head(phrase: str, kind: str, expected: str) -> None:
    script = _derive_script()
    heads = script._word_list("body_heads.txt")
    preps = script._word_list("name_head_preps.txt")
    assert script.body_kind(phrase, kind, heads, preps) == expected


def test_a_place_inside_a_long_group_name_is_no_place(geocoded: Code) -> None:
    text = HEADLINE + "Fighters of the Islamic State of Iraq and the Levant shelled a town."
    for e in geocoded(text):
        assert e.location is None or e.location.country != "IRQ", e.location


# --- 3. each side of a people noun's list of groups and forces


def _sides(code: Code, sentence: str) -> list[tuple[str, str | None, str | None]]:
    events = code(HEADLINE + sentence)
    best = max(events, key=lambda e: e.confidence)
    return [(a.name, a.country, a.sector) for a in best.actor]


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        (
            "Envoys of Israel and Hamas met in Cairo on Monday.",
            [("ISR", "GOV"), ("PSE", "REB")],
        ),
        (
            "Officials of Hezbollah and the Lebanese army met in Beirut.",
            [("LBN", "REB"), ("LBN", "MIL")],
        ),
        (
            "Representatives of the government and the Taliban held talks in Doha.",
            [("QAT", "GOV"), ("AFG", "REB")],
        ),
    ],
)
def test_a_list_of_groups_and_forces_gives_each_side(
    code: Code, sentence: str, sides: list[tuple[str, str]]
) -> None:
    assert [(c, s) for _, c, s in _sides(code, sentence)] == sides


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers of trade and finance met in Paris on Tuesday.",
        "Students of history and law protested in Paris.",
    ],
)
def test_a_list_of_no_parties_stays_one_phrase(code: Code, sentence: str) -> None:
    assert len(_sides(code, sentence)) == 1


def test_a_list_of_countries_still_gives_each(code: Code) -> None:
    sides = _sides(code, "Leaders of France, Germany and Italy met in Rome on Friday.")
    assert [c for _, c, _ in sides] == ["FRA", "DEU", "ITA"]


@pytest.mark.parametrize(
    ("sentence", "sectors"),
    [
        ("Fighting between the army and the rebels killed ten people near Goma.", ["MIL", "REB"]),
        ("Shooting between police and smugglers wounded two bystanders in Tijuana.",
         ["COP", "CRM"]),
    ],
)  # fmt: skip
def test_an_act_between_two_sides_is_done_by_both(
    code: Code, sentence: str, sectors: list[str]
) -> None:
    attack = next(e for e in code(sentence) if e.type == "ASSAULT")
    assert [a.sector for a in attack.actor] == sectors


@pytest.mark.parametrize(
    ("sentence", "sectors"),
    [
        # a subject that is no act keeps its own reading
        ("Soldiers between Kibati and Goma shelled rebel positions on Monday.", ["MIL"]),
        # an act told with no sides has none
        ("A blast killed five people in Goma on Monday.", ["REB"]),
    ],
)
def test_a_subject_that_is_no_act_between_sides_keeps_its_reading(
    geocoded: Code, sentence: str, sectors: list[str]
) -> None:
    attack = next(e for e in geocoded(sentence) if e.type == "ASSAULT")
    assert [a.sector for a in attack.actor] == sectors


# --- 4. a group name split by the parse


def _reparsed(nlp: Language, text: str, name: str, verb_at: int, head_at: int) -> Doc:
    """`text` as the parser reads it, but for the name's second word read as a verb of the
    clause (`verb_at`) and its first word the subject of the clause's verb (`head_at`): the
    split a parser makes of a name it does not know."""
    doc = nlp(text)
    first = next(t.i for t in doc if t.text == name.split()[0])
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    pos = [t.pos_ for t in doc]
    tags = [t.tag_ for t in doc]
    heads[first], deps[first] = head_at, "nsubj"
    heads[verb_at], deps[verb_at], pos[verb_at], tags[verb_at] = head_at, "dep", "VERB", "VBP"
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=[t.lemma_ for t in doc],
        ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in doc],
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ansar Dine attacked an army post near Gao on Sunday.", "Ansar Dine"),
        ("Boko Haram attacked a village near Dikwa on Monday.", "Boko Haram"),
    ],
)
def test_a_split_group_name_is_the_actor_whole(
    nlp: Language, coder: EventCoder, text: str, name: str
) -> None:
    doc = _reparsed(nlp, text, name, verb_at=1, head_at=2)
    assert doc[0].dep_ == "nsubj" and doc[1].pos_ == "VERB"
    attack = next(e for e in coder.code(doc, make_document(text)) if e.type == "ASSAULT")
    assert [a.name for a in attack.actor] == [name]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Boko Haram attacked a village.", (0, 1, 2)),
        ("Tawhid Brigade fighters shelled a village.", (0, 1, 2)),
    ],
)
def test_a_name_end_runs_to_the_group_name(
    nlp: Language, text: str, words: tuple[int, ...]
) -> None:
    resolver = english_resolver()
    doc = nlp(text)
    start, split, end = words
    resolver.group_names(doc[:])
    assert resolver.name_end(doc[start:split]) == end


@pytest.mark.parametrize(
    "text",
    [
        # a person's name is no group's: "Ahmed" ends where the parse ends it
        "Ahmed Yusuf attacked a village.",
        # a capitalised word after a group's first word that makes no group name
        "Ansar Fighters attacked a village.",
    ],
)
def test_a_name_end_stays_where_no_group_name_runs_on(nlp: Language, text: str) -> None:
    resolver = english_resolver()
    doc = nlp(text)
    resolver.group_names(doc[:])
    assert resolver.name_end(doc[0:1]) == 1
