"""The source actor's country as wire copy tells it, in families actors45 did not cover (issue 15,
actors46). A blind set of our own (`actors46_forms.tsv`, 170 sentences, labelled before the coder
was run on them; main missed 37) keeps its gate. The forms it showed, each both ways (main
377d0ca0 fails each sentence below but one dateline row):

- a well-known company (a state firm or a multinational) is of the country it is incorporated
  and seated in, by data (`dictionaries/companies.tsv`), not of the event's place;
- a group a state backs ("Iranian-backed fighters") is never that state's unless the text says
  so (docs/CODEBOOK.md), where the backer's name alone made it the article's country; a state
  leading a force ("Saudi-led forces") is the force's own;
- a nationality and a title the parse hung on the verb ("Ghanaian MP Ama Sarpong criticized")
  are the name's words;
- the subject of a sentence opened by a dateline, which the parse hung on the dateline's town
  as an apposition or a reduced relative ("LIMA, Oct 2 - The foreign minister recalled ..."),
  acts;
- a weapon told bare in a state speaker's reported clause ("An Israeli military spokesman said
  aircraft struck ...") is that state's forces, as a state's agent is.

Each sentence is geocoded and coded as in the pipeline, and its most confident event read, as
`benchmarks/bench_events.py` reads PLOVER's. All sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.records import Actor

from .actor_form_sets import (
    check_source_country,
    check_width,
    read_rows,
    row_params,
    source_countries,
)
from .conftest import Best, Code, english_resolver

FORMS = Path(__file__).with_name("actors46_forms.tsv")

NO_EVENT = "no event is read (the type, not the actor)"
KNOWN = {
    "HANOI, Dec 1 - The trade minister signed an accord with Japan on rice exports.": (
        "the geocoder's article country is the United States (a namesake in the text), not the "
        "dateline's"
    ),
    "A senior Israeli official said the army would expand its operation.": NO_EVENT,
    "A senior South Korean official said the North fired two missiles.": (
        "'the North' is read as a name of no country"
    ),
    "The Supreme Court of India ordered the state to stop the demolitions.": NO_EVENT,
    "The Israeli Knesset passed a law limiting the courts.": NO_EVENT,
    "Sri Lanka's parliament elected a new president.": NO_EVENT,
    "Nigeria's Senate confirmed the new army chief.": NO_EVENT,
    "Nigerian governor Babajide Adeyemi ordered the closure of schools.": NO_EVENT,
    "Volkswagen suspended production at its plant in Mexico.": (
        "car makers are left out of `companies.tsv`: their name names their cars"
    ),
}


ROWS = read_rows(FORMS)


def test_the_set_is_wide_enough() -> None:
    check_width(ROWS, KNOWN, 150, 12)


@pytest.mark.parametrize(("text", "gold", "wrong"), row_params(ROWS, KNOWN))
def test_the_source_actor_s_country(best: Best, text: str, gold: str, wrong: str) -> None:
    check_source_country(best, text, gold, wrong)


@pytest.mark.parametrize(
    ("text", "country", "place"),
    [
        ("Sonangol cut fuel supplies to Namibia.", "AGO", "NAM"),
        ("Baykar signed a deal with Kuwait to supply drones.", "TUR", "KWT"),
        ("Hikvision sued the British government over the ban.", "CHN", "GBR"),
        ("PDVSA halted oil shipments to Cuba.", "VEN", "CUB"),
        ("Rosatom signed an agreement with Egypt to build a nuclear plant.", "RUS", "EGY"),
    ],
)  # fmt: skip
def test_a_company_is_of_its_home_not_of_the_place(
    best: Best, text: str, country: str, place: str
) -> None:
    assert source_countries(best, text) == [country]


@pytest.mark.parametrize(
    ("text", "backer"),
    [
        ("Iranian-backed fighters attacked the village.", "IRN"),
        ("A Saudi-backed militia seized the port.", "SAU"),
        ("US-backed fighters captured the town from Islamic State.", "USA"),
    ],
)  # fmt: skip
def test_a_backer_is_not_the_backed_group_s_state(best: Best, text: str, backer: str) -> None:
    assert backer not in source_countries(best, text)


def _actors(best: Best, text: str) -> list[tuple[str, str | None]]:
    event = best(text)
    assert event is not None and event.actor, event
    return [(a.name, a.country) for a in event.actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the group acts, named with its backer; of no state where the text gives it none
        ("A Saudi-backed militia seized the port.", ("Militia (Saudi Arabia-backed)", None)),
        ("An Iran-allied militia fired rockets at the base.", ("Militia (Iran-allied)", None)),
        ("Iranian-backed fighters attacked the village.", ("Iranian-backed fighters", None)),
        # and of the state the text gives it (fix51a: the names and countries, not only the
        # backer's absence, which an actor of no country passes)
        ("Turkish-backed rebels attacked Kurdish positions in northern Syria.", ("Rebels (Turkey-backed)", "SYR")),
        ("Russian-backed separatists shelled a school in eastern Ukraine.", ("Russian-backed separatists", "UKR")),
    ],
)  # fmt: skip
def test_a_backed_group_is_named_with_its_backer(
    best: Best, text: str, actor: tuple[str, str | None]
) -> None:
    assert _actors(best, text) == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Gazprom workers protested in Moscow.", ("Workers", "RUS")),
        ("Hikvision employees protested outside the factory in Hangzhou.", ("employees", "CHN")),
        ("Gazprom staff went on strike in Paris.", ("staff", "FRA")),
        ("Glencore miners protested outside the mine in Peru.", ("miners", "PER")),
    ],
)  # fmt: skip
def test_a_company_before_a_word_for_people_is_whose_they_are(
    best: Best, text: str, actor: tuple[str, str | None]
) -> None:
    """ "Gazprom workers": the company says whose the people are; the people act, of the
    country the text gives them, not the company's (fix51a; main 23f64e2b named the company)."""
    assert _actors(best, text) == [actor]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("An Uber driver was stabbed in Nairobi on Friday.", "driver"),
        ("A Gazprom employee was shot dead in Kyiv on Monday.", "employee"),
        ("Gunmen attacked Glencore workers near the mine in Peru.", "Workers"),
    ],
)  # fmt: skip
def test_a_company_before_a_word_for_people_is_no_recipient(
    best: Best, text: str, recipient: str
) -> None:
    event = best(text)
    assert event is not None and [a.name for a in event.recipient] == [recipient], event


def test_a_company_s_own_speakers_stay_the_company() -> None:
    """Executives speak for the company ("Walmart executives met the minister"): no word for
    people of another sector, the company acts."""
    assert english_resolver().resolve_words(
        ["walmart", "executives"], "Walmart executives"
    ) == Actor("Walmart executives", "Walmart", "USA", "BUS")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Saudi-led forces bombed a market in Yemen.", "SAU"),
        ("Kenyan-led police officers patrolled the capital of Haiti.", "KEN"),
        ("French-led troops attacked jihadists in Mali.", "FRA"),
        # the backed group keeps the country the text gives it
        ("Turkish-backed rebels attacked Kurdish positions in northern Syria.", "SYR"),
        ("Iran-backed militias fired rockets at a US base in Iraq.", "IRQ"),
    ],
)  # fmt: skip
def test_a_leading_state_s_force_is_its_own(best: Best, text: str, country: str) -> None:
    assert country in source_countries(best, text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ghanaian MP Ama Sarpong criticized the budget.", "GHA"),
        ("Nigerian lawmaker Ama Boakye criticized the plan.", "NGA"),
        ("Togolese lawmaker Ama Boakye criticized the plan.", "TGO"),
        ("Ugandan lawmaker Ama Sarpong criticized the budget.", "UGA"),
        ("Ghanaian lawmaker Ama Owusu criticized the budget. Owusu said the tax would hurt farmers.", "GHA"),
    ],
)  # fmt: skip
def test_a_title_hung_on_the_verb_is_the_name_s(best: Best, text: str, country: str) -> None:
    assert country in source_countries(best, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Last Monday Ama Sarpong criticized the budget.", "Ama Sarpong"),
        ("Last Friday Bola Adeyemi criticized the budget.", "Bola Adeyemi"),
        ("Last Tuesday Ali Omondi criticized the plan.", "Ali Omondi"),
    ],
)  # fmt: skip
def test_a_time_hung_on_the_verb_is_no_title(best: Best, text: str, name: str) -> None:
    """A time the parse joins to the name is when, not who (fix51a: main 23f64e2b named the
    actor "Last Friday Bola Adeyemi")."""
    assert _actors(best, text) == [(name, None)]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("LIMA, Oct 2 - The foreign minister recalled the ambassador to Bolivia.", "PER"),
        ("DHAKA, March 19 - The home minister ordered the arrest of the protest leaders.", "BGD"),
        ("TUNIS, June 25 - The justice minister dismissed twelve judges accused of graft.", "TUN"),
        ("ISLAMABAD, April 2 - The interior minister blamed India for the bombing.", "PAK"),
        ("KARACHI, June 3 - The provincial governor blamed India for the blast.", "PAK"),
        ("ISLAMABAD, May 9 - The foreign minister accused India of sponsoring the attack.", "PAK"),
    ],
)  # fmt: skip
def test_the_subject_after_a_dateline_acts(best: Best, text: str, country: str) -> None:
    assert source_countries(best, text) == [country]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("An Israeli military spokesman said aircraft struck a weapons depot.", "ISR"),
        ("The Turkish defence ministry's spokeswoman said jets destroyed militant hideouts.", "TUR"),
        ("A Nigerian army spokesman said jets bombed a rebel camp.", "NGA"),
        ("A Russian defence ministry spokesman said warplanes struck rebel positions.", "RUS"),
    ],
)  # fmt: skip
def test_a_state_speaker_s_bare_weapons_are_its_forces(best: Best, text: str, country: str) -> None:
    assert source_countries(best, text) == [country]


def test_a_speaker_of_no_state_gives_the_weapons_no_country(best: Best) -> None:
    assert source_countries(best, "An Israeli rights group said aircraft struck a school.") == [
        None
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels returned 20 vehicles to the villagers.",
        "The militia returned the fishing boats to the village.",
        "The insurgents returned the fishing boats to the villagers.",
    ],
)  # fmt: skip
def test_armed_groups_handing_back_craft_stay_an_event(geocoded: Code, text: str) -> None:
    """`sectors.ARMED_OR_STATE_SECTORS` keeps rebels and militias: with the domestic sectors
    alone these were read as private deals, no event (why the sector groups stay apart)."""
    assert any(e.type == "RETREAT" for e in geocoded(text))
