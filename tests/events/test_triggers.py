"""One authored sentence per PLOVER type: the coder finds the type (and mode where it matters)."""

from __future__ import annotations

from typing import get_args

import pytest

from eventwire.lang import load_lexicon
from eventwire.records import PloverType

from .conftest import Code

CASES = [
    ("Jordan and Britain agreed to hold joint military exercises.", "AGREE", None),
    (
        "The foreign minister of Chile met his Peruvian counterpart in Lima on Tuesday.",
        "CONSULT",
        None,
    ),
    ("The Kenyan president visited Ethiopia last week.", "CONSULT", "visit"),
    ("The French government praised Tunisia for the peaceful elections.", "SUPPORT", None),
    ("The Nepalese government apologized to the bereaved families.", "CONCEDE", None),
    ("Brazil and Argentina cooperated on border security.", "COOPERATE", None),
    ("Japan donated medical supplies to flood victims in Pakistan.", "AID", None),
    ("The rebels released twelve hostages on Sunday.", "RETREAT", "release"),
    ("The opposition urged the government to hold early elections.", "REQUEST", None),
    ("Chilean senators called for foreign trawlers to be expelled.", "REQUEST", None),
    ("Greece accused Turkey of violating its airspace.", "ACCUSE", "allege"),
    ("Serbia rejected the proposal of the mediators.", "REJECT", None),
    ("North Korea threatened South Korea with retaliation.", "THREATEN", None),
    ("Thousands of teachers protested in Santiago against low wages.", "PROTEST", "demo"),
    ("The European Union imposed sanctions on Belarus.", "SANCTION", None),
    ("Russia deployed troops to the border with Ukraine.", "MOBILIZE", None),
    ("Police arrested six opposition activists in Minsk.", "COERCE", "arrest"),
    ("Gunmen shot dead a village chief in northern Nigeria.", "ASSAULT", "firearms"),
]


@pytest.mark.parametrize(("text", "plover", "mode"), CASES)
def test_plover_type(code: Code, text: str, plover: str, mode: str | None) -> None:
    events = code(text)
    types = {e.type for e in events}
    assert plover in types, (text, [(e.type, e.mode) for e in events])
    if mode:
        assert any(e.type == plover and e.mode == mode for e in events)


def test_saying_is_not_an_event(code: Code) -> None:
    assert code("The spokesman said the weather was fine.") == ()


def test_declined_to_comment_is_not_a_rejection(code: Code) -> None:
    assert not [e for e in code("A spokeswoman declined to comment.") if e.type == "REJECT"]


@pytest.mark.parametrize(
    ("text", "acled", "sub"),
    [
        ("Hundreds of farmers protested peacefully in Delhi.", "Protests", "Peaceful protest"),
        (
            "Police dispersed protesters with tear gas in Nairobi.",
            "Protests",
            "Protest with intervention",
        ),
        (
            "Protesters torched cars and pelted stones at police in Dhaka.",
            "Riots",
            "Violent demonstration",
        ),
        # ACLED: rioters outside any demonstration are a mob
        ("Rioters torched cars and pelted stones at police in Dhaka.", "Riots", "Mob violence"),
        ("Residents beat a suspected thief to death in Nairobi.", "Riots", "Mob violence"),
        (
            "Rebels took control of the town of Bunagana after heavy fighting.",
            "Battles",
            "Non-state actor overtakes territory",
        ),
        (
            "Rebel forces took control of Mocimboa peacefully after the army withdrew.",
            "Strategic developments",
            "Non-violent transfer of territory",
        ),
        (
            "Hundreds of troops were deployed to the border town of Kasindi on Monday.",
            "Strategic developments",
            "Change to group/activity",
        ),
        (
            "Farmers blocked the highway near Lahore to demand higher wheat prices.",
            "Protests",
            "Peaceful protest",
        ),
        (
            "Militants detained three men at a checkpoint near Kidal.",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        (
            "The coalition conducted two air raids on Sanaa on Monday.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        (
            "Teachers rallied in Nairobi against the attacks on schools that burned classrooms.",
            "Protests",
            "Peaceful protest",
        ),
        (
            "A shoot-out between rival gangs broke out in a hillside district of Rio.",
            "Battles",
            "Armed clash",
        ),
        (
            "Heavy gunfire broke out between rebels and the army near Dolna.",
            "Battles",
            "Armed clash",
        ),
        (
            "Soldiers shot down five drones over Donetsk region.",
            "Strategic developments",
            "Disrupted weapons use",
        ),
        (
            "Police detained four men in connection with the explosion of a bomb in Varnok.",
            "Strategic developments",
            "Arrests",
        ),
        (
            "Soldiers raped two women in a village near Goma.",
            "Violence against civilians",
            "Sexual violence",
        ),
        (
            "Gunmen set 30 houses on fire in a village near Jos.",
            "Strategic developments",
            "Looting/property destruction",
        ),
        (
            "Russian forces shelled the town with artillery.",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        (
            "A drone strike hit a militant hideout.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        (
            "An IED exploded near a police vehicle.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        ("Soldiers clashed with rebels near the border.", "Battles", "Armed clash"),
        (
            "Gunmen abducted three farmers in Zamfara.",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        ("Police arrested five suspects in Lagos.", "Strategic developments", "Arrests"),
    ],
)
def test_acled_types(code: Code, text: str, acled: str, sub: str) -> None:
    events = code(text)
    assert any(e.acled_event_type == acled and e.acled_sub_event_type == sub for e in events), [
        (e.type, e.acled_event_type, e.acled_sub_event_type) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The villagers would return home even if the rebels withdrew.", "RETREAT"),
        ("The gang keeps staging small raids all over the province.", "ASSAULT"),
        ("The governor was involved in a bitter fight with the unions.", "ASSAULT"),
        ("Ten years after the invasion of Kuwait, the city is calm.", "ASSAULT"),
        ("Riot police stood outside the parliament in Nairobi.", "PROTEST"),
    ],
)
def test_background_mentions(code: Code, text: str, plover: str) -> None:
    assert not [e for e in code(text) if e.type == plover], text


GUNFIRE = [
    "A 5-year-old girl died Tuesday from a gunshot wound she inflicted herself, police said.",
    "Deputies found the man dead with gunshot wounds inside the garage.",
    "A hunter died in a hunting accident near the lake on Saturday.",
    "A farmer was killed in a gun accident at his home.",
    "The rifle discharged while the two boys were cleaning it.",
    "Officers heard several gunshots near the bus station.",
    "A woman was found with a single gun shot wound to the chest.",
]


@pytest.mark.parametrize("text", GUNFIRE)
def test_gunfire_without_violent_verb_is_assault(code: Code, text: str) -> None:
    """A wound or death by gunfire, accidental or self-inflicted, is an asserted ASSAULT."""
    events = code(text)
    assert any(
        e.type == "ASSAULT" and e.modality == "asserted" and e.mode == "firearms" for e in events
    ), (text, [(e.type, e.mode, e.modality) for e in events])


NOT_GUNFIRE = [
    "The nurse gave him a flu shot on Monday.",
    "Traffic stopped for hours after a car accident on the highway.",
    "The patient was discharged from the hospital on Friday.",
    "The fire alarm went off at the school.",
]


@pytest.mark.parametrize("text", NOT_GUNFIRE)
def test_gunfire_words_without_a_gun_are_no_assault(code: Code, text: str) -> None:
    assert not [e for e in code(text) if e.type == "ASSAULT"], text


@pytest.mark.parametrize("table", ["verbs", "phrasal", "nouns"])
def test_every_trigger_row_names_a_plover_type(table: str) -> None:
    """A row with a column missing shifts its mode into the type: every row's type is PLOVER's."""
    rows = load_lexicon("en").table(f"events/triggers/{table}")
    assert rows
    assert [r for r in rows if r["type"] not in get_args(PloverType)] == []


def test_cue_lists_have_distinct_names() -> None:
    """`EventWords.cue` is keyed by a cue file's own name: two files of one name in different
    folders would silently overwrite each other."""
    from collections import Counter

    from eventwire.events.words import CUES

    names = Counter(path.rsplit("/", 1)[1] for path in CUES)
    assert [name for name, n in names.items() if n > 1] == []


@pytest.mark.parametrize(("table", "key"), [("phrasal", ("lemma", "word")), ("verbs", ("lemma",))])
def test_no_trigger_row_is_given_twice(table: str, key: tuple[str, ...]) -> None:
    """The tables are read into dicts: a second row of one key silently replaces the first."""
    from collections import Counter

    rows = load_lexicon("en").table(f"events/triggers/{table}")
    keys = Counter(tuple(r[k] for k in key) for r in rows)
    assert [k for k, n in keys.items() if n > 1] == []
