"""Actor countries as wire copy tells them (issue 15, actors45). A blind set of our own
(`actors45_forms.tsv`, 165 sentences across 30 families, labelled before the coder was run on
them; main missed 17) keeps its gate. The forms it showed, each both ways: after a comma, the first name of a person named in full ("The minister, Grace Otieno of Kenya,") is no
place; "he" or "she" opening a sentence is the person the sentence before named as its subject;
an international group the dictionaries know ("Amnesty International") is of no country where
it acts. Each sentence is geocoded and coded as in the pipeline, and its most confident event
read, as `benchmarks/bench_events.py` reads PLOVER's.

All sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from .actor_form_sets import (
    check_source_country,
    check_width,
    read_rows,
    row_params,
    source_countries,
)
from .conftest import Best, Code

FORMS = Path(__file__).with_name("actors45_forms.tsv")

KNOWN = {
    "Shell signed a deal with Nigeria to develop a gas field.": (
        "the name is a common word ('an artillery shell'), left out of `companies.tsv`: the "
        "tables are read lower-cased"
    ),
    "The central bank of Turkey raised interest rates.": "no event is read (the type)",
    "Mary Achieng, Kenya's health minister, announced new curbs.": "no event is read (the type)",
    "Greek firefighters were sent to Turkey to help fight the blaze.": "no event is read",
    "The Thai election commission disqualified the candidate.": "no event is read (the type)",
    "The high court in Nairobi blocked the deportation.": (
        "the event read is the deportation, of no actor told"
    ),
    "A spokesman for the Kenyan police said officers killed two robbers.": (
        "bare 'officers' is no agent (police or army), so takes no speaker's country"
    ),
}


ROWS = read_rows(FORMS)


def test_the_set_is_wide_enough() -> None:
    check_width(ROWS, KNOWN, 150, 25)


@pytest.mark.parametrize(("text", "gold", "wrong"), row_params(ROWS, KNOWN))
def test_the_source_actor_s_country(best: Best, text: str, gold: str, wrong: str) -> None:
    check_source_country(best, text, gold, wrong)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The minister, Grace Otieno of Kenya, condemned the violence.", "KEN"),
        ("The judge, Grace Mwende of Kenya, condemned the ruling.", "KEN"),
        ("The judge, Blessing Chiluba of Kenya, condemned the ruling.", "KEN"),
        ("The minister, Lucky Phiri of Zambia, accused police of torture.", "ZMB"),
        ("The mayor, Goodwill Banda of Kenya, rejected the report.", "KEN"),
    ],
)  # fmt: skip
def test_a_first_name_after_a_comma_is_no_place(best: Best, text: str, country: str) -> None:
    """A small town named like the first name ("Grace", Idaho) outvoted the country told."""
    assert source_countries(best, text) == [country]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Police in Nakuru, Kenya, arrested ten protesters.", "KEN"),
        ("Soldiers in Gao, Mali, killed three militants.", "MLI"),
        ("Protesters in Kisumu, Kenya, blocked the highway.", "KEN"),
        ("Soldiers shelled a village near Sittwe, Rakhine State, on Monday.", "MMR"),
    ],
)  # fmt: skip
def test_a_place_listed_after_a_comma_is_still_read(best: Best, text: str, country: str) -> None:
    assert country in source_countries(best, text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Poland's prime minister spoke to reporters. She accused Russia of sabotage.", "POL"),
        ("Egypt's foreign minister flew to Paris. He criticized the Israeli offensive.", "EGY"),
        ("Chile's president addressed the nation. She condemned the violence.", "CHL"),
        ("Ghana's finance minister Kofi Mensah spoke in Accra. He rejected the IMF's demands.", "GHA"),
    ],
)  # fmt: skip
def test_he_or_she_is_the_person_the_sentence_before_named(
    best: Best, text: str, country: str
) -> None:
    assert country in source_countries(best, text)


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian police raided the offices on Monday. He condemned the raid.",
        "Kenyan soldiers stormed the camp. She condemned the raid.",
        "Nigerian police arrested the editors. They condemned the raid.",
    ],
)  # fmt: skip
def test_a_pronoun_after_no_person_takes_no_one(geocoded: Code, text: str) -> None:
    """Police or soldiers are no "he" or "she", and "they" is not resolved."""
    second = text.index(". ") + 2
    events = [e for e in geocoded(text) if e.evidence.start >= second]
    assert all(not e.actor for e in events), events


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Amnesty International accused Egypt of torturing prisoners.", "EGY"),
        ("Human Rights Watch accused the Ethiopian army of killing civilians in Tigray.", "ETH"),
        ("Amnesty International condemned the executions in Iran.", "IRN"),
        ("Human Rights Watch criticized the police crackdown in Nairobi.", "KEN"),
    ],
)  # fmt: skip
def test_an_international_group_is_of_no_country_where_it_acts(
    best: Best, text: str, place: str
) -> None:
    assert place not in source_countries(best, text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Egyptian rights groups accused the police of torturing prisoners.", "EGY"),
        ("Students in Nairobi protested against the fees.", "KEN"),
        ("Residents of Tigray accused the army of killing civilians.", "ETH"),
    ],
)  # fmt: skip
def test_people_of_no_nationality_still_take_the_place(best: Best, text: str, country: str) -> None:
    assert country in source_countries(best, text)
