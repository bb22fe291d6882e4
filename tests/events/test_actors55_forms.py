"""The source actor's country as wire copy tells it, in families actors45 and actors46 did not
cover (issue 15, actors55). A blind set of our own (`actors55_forms.tsv`, 115 sentences,
labelled before the coder was run on them; main c1e26981 missed 18) keeps its gate. The forms
it and the leads showed, each both ways:

- a person's followers ("supporters of Imran Khan") act: people of the person's country, not the
  person (`actors/adherent_heads.txt`);
- "defense secretary" is a title many states give (the agent table's), not the US office alone:
  after a dateline it is the dateline's state's; "Secretary of Defense", "the Pentagon" and a
  named US secretary stay the United States';
- a headline naming a state acting ("Peru protests to Mexico over remarks") says whose the
  body's state office is where the body gives it no country of its own.

Each sentence is geocoded and coded as in the pipeline, and its most confident event read, as
`benchmarks/bench_events.py` reads PLOVER's. All sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from .actor_form_sets import check_source_country, check_width, read_rows, row_params
from .conftest import Best, Code

FORMS = Path(__file__).with_name("actors55_forms.tsv")

NO_EVENT = "no event is read (the type, not the actor)"
KNOWN = {
    "The Duma passed a law banning foreign funding of charities.": (
        "the event read is the law's ban (COERCE), its actor the law"
    ),
    "The Verkhovna Rada extended martial law for another 90 days.": NO_EVENT,
    "CANBERRA, Sept 9 - The defence minister announced the purchase of new submarines.": NO_EVENT,
    "ABUJA, Nov 11 - The central bank governor raised interest rates.": NO_EVENT,
    "JAKARTA, March 15 - The chief security minister ordered police to disperse the protest.": (
        "the event read is the protest's dispersal, of no actor"
    ),
    "The Catalan government called a referendum.": NO_EVENT,
    "Pope Francis called for a ceasefire in Gaza.": (
        "the Pope is in no actor table (a title of several churches): the place's country"
    ),
    "Al-Azhar denounced the burning of the Koran.": (
        "Al-Azhar is in no actor table: a namesake place abroad gives the country"
    ),
    "The Ecumenical Patriarch urged Moscow to end the war.": (
        "the Patriarchate is in no actor table: the target's country is given"
    ),
    "President Ruto accused the opposition of sponsoring violence.": (
        "a leader after 2014 the tables lack: a title and a surname give no country"
    ),
    "President Tinubu ordered the army to rescue the students.": NO_EVENT,
    "Iranian state television said the Guards seized two ships.": (
        "'Guards' is no agent of the table: a speaker's country goes only to a state's agents"
    ),
    "Chinese state media said warships sailed through the strait.": NO_EVENT,
    "Russian state news agencies said air defences downed six drones.": NO_EVENT,
    "Israel's Mossad foiled a plot against its embassy.": NO_EVENT,
    "Kenyan police spokesperson Resila Onyango said officers arrested 20 protesters.": (
        "'officers' alone is no agent (actors45): the speaker's country goes to agents"
    ),
}

ROWS = [
    (form, text.replace("\\n", "\n"), gold, wrong) for form, text, gold, wrong in read_rows(FORMS)
]


def test_the_set_is_wide_enough() -> None:
    check_width(ROWS, KNOWN, 110, 15)


@pytest.mark.parametrize(("text", "gold", "wrong"), row_params(ROWS, KNOWN))
def test_the_source_actor_s_country(best: Best, text: str, gold: str, wrong: str) -> None:
    check_source_country(best, text, gold, wrong)


def _actors(best: Best, text: str) -> list[tuple[str, str | None, str | None]]:
    event = best(text)
    assert event is not None and event.actor, event
    return [(a.name, a.country, a.sector) for a in event.actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Supporters of Imran Khan clashed with police in Lahore.", ("Supporters of Imran Khan", "PAK", "CVL")),
        ("Loyalists of Jacob Zuma blocked roads in Durban.", ("Loyalists of Jacob Zuma", "ZAF", "CVL")),
        ("Supporters of Nawaz Sharif attacked a police station in Lahore.", ("Supporters of Nawaz Sharif", "PAK", "CVL")),
    ],
)  # fmt: skip
def test_a_person_s_followers_are_people_of_the_person_s_country(
    best: Best, text: str, actor: tuple[str, str, str]
) -> None:
    assert _actors(best, text) == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the person acts, followers told as the object
        ("Imran Khan urged his supporters to march on Islamabad.", ("Imran Khan", "PAK")),
        ("Jacob Zuma called on his loyalists to boycott the vote.", ("Jacob Zuma", "ZAF")),
        # a group's members are the group
        ("Members of the Taliban attacked a checkpoint in Kunduz.", ("Taliban", "AFG")),
    ],
)  # fmt: skip
def test_the_person_or_the_group_acts_where_no_followers_are_the_subject(
    best: Best, text: str, actor: tuple[str, str]
) -> None:
    assert [(n, c) for n, c, _ in _actors(best, text)] == [actor]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("MANILA, Aug 8 - The defense secretary said troops killed five rebels in Sulu.", "PHL"),
        ("MANILA, Jan 20 - The defense secretary accused China of harassing fishing boats.", "PHL"),
        ("SEOUL, May 4 - The defense secretary met his Japanese counterpart to discuss drills.", "KOR"),
    ],
)  # fmt: skip
def test_a_defense_secretary_after_a_dateline_is_its_state_s(
    best: Best, text: str, country: str
) -> None:
    countries = [c for _, c, _ in _actors(best, text)]
    assert countries == [country] and "USA" not in countries


@pytest.mark.parametrize(
    "text",
    [
        "MANILA, Aug 8 - The Secretary of Defense accused China of harassing fishing boats.",
        "MANILA, Aug 8 - The Pentagon accused China of harassing fishing boats.",
        "MANILA, Aug 8 - US Defense Secretary Lloyd Austin accused China of harassing fishing boats.",
    ],
)  # fmt: skip
def test_the_us_office_named_as_the_us_s_stays_american(best: Best, text: str) -> None:
    assert [c for _, c, _ in _actors(best, text)] == ["USA"]


def _body_actors(geocoded: Code, text: str) -> list[tuple[str, str | None]]:
    """The actors of the events the body (after the first line) tells."""
    first = text.index("\n")
    return [
        (a.name, a.country) for e in geocoded(text) if e.evidence.start > first for a in e.actor
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Peru protests to Mexico over remarks\n\nThe foreign ministry summoned the Mexican ambassador.", "PER"),
        ("Chile accuses Bolivia over border raid\n\nThe government summoned the Bolivian ambassador.", "CHL"),
        ("Ghana protests to Togo over arrests\n\nThe foreign ministry summoned the Togolese envoy in Accra and in Lome.", "GHA"),
    ],
)  # fmt: skip
def test_the_body_s_office_is_the_headline_s_state(geocoded: Code, text: str, country: str) -> None:
    actors = _body_actors(geocoded, text)
    assert actors and all(c == country for _, c in actors), actors


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the body names the office's state: it keeps it
        ("Peru protests to Mexico over remarks\n\nThe Mexican foreign ministry summoned the Peruvian ambassador.", "MEX"),
        # no state acts in the headline: the article's country
        ("Gunmen kill five in Lagos\n\nThe government condemned the attack.", "NGA"),
        # no headline: one paragraph
        ("Peru protested to Mexico over the remarks. The foreign ministry summoned the Mexican ambassador in Lima and in Mexico City.", None),
    ],
)  # fmt: skip
def test_a_body_that_names_its_state_or_no_headline_state_keeps_its_reading(
    geocoded: Code, text: str, country: str | None
) -> None:
    if "\n" in text:
        actors = _body_actors(geocoded, text)
        assert actors and all(c == country for _, c in actors), actors
    else:
        offices = [
            a.country
            for e in geocoded(text)
            for a in e.actor
            if a.name.lower().endswith("ministry")
        ]
        assert "PER" not in offices, offices
