"""Actor resolution: the five actors of the issue, plus combinations of country and agent."""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest

from eventwire.events.actors import ActorResolver, unnamed_attackers
from eventwire.events.words import event_words

from .conftest import Code, english_resolver


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return english_resolver()


@pytest.mark.parametrize(
    ("words", "country", "sector"),
    [
        (["iran", "-", "backed", "militias"], "IRQ", "REB"),
        (["pentagon"], "USA", "MIL"),
        (["iraqi", "lawmakers"], "IRQ", "LEG"),
        (["state", "department"], "USA", "GOV"),
        (["secretary", "of", "state", "mike", "pompeo"], "USA", "GOV"),
        (["taliban", "forces"], "AFG", "REB"),
        (["nato", "-", "member", "norway"], "NOR", None),
        (["jordan"], "JOR", None),
    ],
)
def test_resolve_words(
    resolver: ActorResolver, words: list[str], country: str, sector: str | None
) -> None:
    actor = resolver.resolve_words(words, " ".join(words), context_country="IRQ")
    assert actor is not None
    assert actor.country == country
    assert actor.sector == sector


def test_pompeo_name(resolver: ActorResolver) -> None:
    actor = resolver.resolve_words(["secretary", "of", "state", "mike", "pompeo"], "x")
    assert actor is not None and actor.name == "Mike Pompeo"


def test_sponsor_is_not_the_country(resolver: ActorResolver) -> None:
    actor = resolver.resolve_words(
        ["iran", "-", "backed", "militias"], "Iran-backed militias", "IRQ"
    )
    assert actor is not None and actor.country == "IRQ" and "Iran" in actor.name


def test_pronoun_is_no_actor(resolver: ActorResolver) -> None:
    assert resolver.resolve_words(["they"], "they") is None


def test_actors_in_clauses(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Pentagon accused the State Department of leaking the plan.")
    accuse = next(e for e in events if e.type == "ACCUSE")
    assert accuse.actor[0].name == "Pentagon"
    assert accuse.recipient[0].name == "State Department"
    events = code("A convoy was attacked by Iran-backed militias near Baghdad.")
    assault = next(e for e in events if e.type == "ASSAULT")
    assert assault.actor and assault.actor[0].sector == "REB"


@pytest.mark.parametrize(
    ("words", "name", "sector"),
    [
        (["two", "armed", "individuals"], "Unidentified armed group", "REB"),
        (["unknown", "shooters"], "Unidentified armed group", "REB"),
        (["a", "drug", "trafficking", "group"], "Unidentified gang", "CRM"),
        (["russian", "warplanes"], "Russian military forces", "MIL"),
        (["civil", "police", "forces"], "Police", "COP"),
        (["military", "police", "forces"], "Military Police", "COP"),
        (
            ["saudi", "-", "led", "coalition"],
            "Operation Restoring Hope (Saudi-led coalition)",
            "MIL",
        ),
    ],
)
def test_generic_and_modern_actors(
    resolver: ActorResolver, words: list[str], name: str, sector: str
) -> None:
    actor = resolver.resolve_words(words, " ".join(words))
    assert actor is not None and actor.name == name and actor.sector == sector


def test_us_in_capitals_is_no_pronoun(resolver: ActorResolver) -> None:
    actor = resolver.resolve_words(["us"], "US")
    assert actor is not None and actor.country == "USA"


def test_ethnic_group_lives_where_it_is(resolver: ActorResolver) -> None:
    words = ["albanians", "of", "southern", "serbia"]
    assert resolver.resolve_words(words, "Albanians of southern Serbia").country == "SRB"  # type: ignore[union-attr]
    ethnic = resolver.resolve_words(["ethnic", "turks"], "ethnic Turks", context_country="SWE")
    assert ethnic is not None and ethnic.country == "SWE"


def test_common_words_are_no_actors(resolver: ActorResolver) -> None:
    youths = resolver.resolve_words(["two", "iraqi", "youths"], "two Iraqi youths")
    assert youths is not None and youths.country == "IRQ" and youths.sector == "CVL"
    assert resolver.resolve_words(["organization"], "organization") is None


@pytest.mark.parametrize(
    ("text", "actor_word"),
    [
        # a sentence-initial date and place the parser hangs the subject on
        ("On 2 May 2021, in Tamale (Northern), women and activists protested.", "women"),
        ("On 3 May 2021, some forty teachers staged a walkout at the town hall.", "teachers"),
        ("On 9 June 2022, about 700 people protested in Lindale against the toll.", "people"),
        # the agent of two conjoined passives, and a "by" phrase on a noun of the clause
        ("Four shopkeepers were beaten and arrested by Taliban forces.", "Taliban"),
        ("A trader was killed in a shooting near the depot by two armed individuals.", "armed"),
        # a weapon's user, and the sides of a fight
        ("Mortar rounds launched by the Ruritanian military struck a school.", "military"),
        ("Fighting broke out between the army and the rebels near the town.", "army"),
        # "IS" in capitals, which the tagger reads as a verb
        ("On 9 July 2021, IS militants attacked a checkpoint near the river.", "IS"),
    ],
)
def test_actor_found_in_clause(code, text: str, actor_word: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text)
    assert any(actor_word in a.text for e in events for a in e.actor), [
        (e.type, e.actor) for e in events
    ]


def test_stance_participle_subject_acts(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Israel is opposed to the mediation, an aide said.")
    reject = next(e for e in events if e.type == "REJECT")
    assert reject.actor and reject.actor[0].country == "ISR"


def test_a_person_in_apposition_is_who_the_phrase_means(code: Code) -> None:
    events = code(
        "Gunmen killed a member of the ruling party's youth wing, Ali Hassan Nuri, in Basra."
    )
    victims = [a.name for e in events if e.type == "ASSAULT" for a in e.recipient]
    assert "Ali Hassan Nuri" in victims


def test_unnamed_sides_are_named_from_the_word_list(code: Code) -> None:
    """The names of an unnamed side are data (`events/actors/unnamed_actors.tsv`), not code: a
    lexicon that names them otherwise names the resolved actor and the implied attacker so."""
    lex = event_words()
    assert lex.unnamed_actors["attackers"] == "Unidentified armed group"
    other = copy.copy(lex)
    other.unnamed_actors = {"attackers": "Persons unknown", "gang": "Some gang"}
    renamed = ActorResolver(other)
    shooters = renamed.resolve_words(["unknown", "shooters"], "unknown shooters")
    assert shooters is not None and shooters.name == "Persons unknown"
    gang = renamed.resolve_words(["a", "drug", "trafficking", "group"], "a drug trafficking group")
    assert gang is not None and gang.name == "Some gang"
    events = code("Four guards were killed by a roadside bomb outside Mosul on Tuesday.")
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.actor and attack.actor[0].name == "Unidentified armed group"
    (unnamed,) = unnamed_attackers([replace(attack, actor=())], "Persons unknown")
    assert unnamed.actor[0].name == "Persons unknown"
    assert unnamed.actor[0].country == attack.actor[0].country


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "NORTH AFRICA – Army engineers and local police cleared more than 20 roadside "
            "bombs from the highway, last week.",
            "AFRICA",
        ),
        ("LISBON - Two Spanish sailors were arrested after a brawl in the harbour.", "LISBON"),
    ],
)
def test_a_dateline_is_never_an_actor(code: Code, text: str, region: str) -> None:
    """(geo32) The capitals before the dash say where the report was filed: the parse may hang
    them on the subject, but they are no actor and no piece of one."""
    events = code(text)
    assert events
    sides = [a for e in events for a in (*e.actor, *e.recipient)]
    assert not any(region in a.text or region.lower() in a.name.lower() for a in sides), sides


def test_a_name_head_is_its_first_word_up_to_a_hyphen() -> None:
    from eventwire.events.actors import _name_head

    assert _name_head("Al-Shabaab fighters") == "al"
    assert _name_head("islamic state of iraq and the levant") == "islamic"
    assert _name_head("Da\u2019esh") == "da'esh"
    assert _name_head("\n") is None  # a line break `lookup` strips: the phrase is read whole


def test_every_name_opens_with_a_known_head(resolver: ActorResolver) -> None:
    from eventwire.events.actors import _name_head

    heads = resolver._name_heads
    assert all(_name_head(phrase) in heads for phrase in resolver.entries if phrase.strip())


def test_a_name_running_past_the_phrase_ends_it(nlp, resolver: ActorResolver) -> None:  # type: ignore[no-untyped-def]
    # `name_end` looks up only the lengths that run past the phrase (perf29): a name begun
    # inside it still runs on, a phrase with none ends where it ends
    doc = nlp("Gunmen of the Islamic State of Iraq and the Levant raided a farm.")
    start = next(t.i for t in doc if t.text == "Islamic")
    levant = next(t.i for t in doc if t.text == "Levant")
    assert resolver.name_end(doc[start : start + 4]) == levant + 1
    farm = next(t.i for t in doc if t.text == "farm")
    assert resolver.name_end(doc[farm - 1 : farm + 1]) == farm + 1
