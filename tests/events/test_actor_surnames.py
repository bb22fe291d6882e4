"""A person named in full, then by surname or title alone (issue 15, actors40).

"President Jane Doe ... Doe said": the surname alone ("Doe", "Mr Doe") is the person named in
full earlier in the article, of that mention's country and sector; "the president", "the
minister" is the one person named earlier with that title. No link where two people named
earlier share the surname or the title, nor to a person named only later.

All sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.records import Event

from .conftest import Code


def _sides(events: tuple[Event, ...], type_: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.country, a.sector) for e in events if e.type == type_ for a in e.actor]


@pytest.mark.parametrize(
    ("text", "type_", "side"),
    [
        (
            "Kenyan President Jane Doe arrived in Paris on Monday. "
            "Doe accused the rebels of burning villages.",
            "ACCUSE",
            ("Doe", "KEN", "GOV"),
        ),
        (
            "Judge Maria Soto opened an inquiry on Monday. Mr. Soto rejected the appeal.",
            "REJECT",
            ("Mr. Soto", None, "JUD"),
        ),
        (
            "Minister Paulo Silva visited the port on Monday. "
            "Silva accused the dockers of sabotage.",
            "ACCUSE",
            ("Silva", None, "GOV"),
        ),
    ],
)
def test_a_surname_alone_is_the_person_named_in_full_before(
    code: Code, text: str, type_: str, side: tuple[str, str | None, str | None]
) -> None:
    assert side in _sides(code(text), type_)


@pytest.mark.parametrize(
    ("text", "type_", "country"),
    [
        (
            "Kenyan Foreign Minister Ali Omondi met reporters in Paris on Monday. "
            "The minister criticized the travel ban.",
            "ACCUSE",
            "KEN",
        ),
        (
            "Ghanaian President Kofi Mensah flew to Rome on Tuesday. "
            "The president rejected the new trade rules.",
            "REJECT",
            "GHA",
        ),
    ],
)
def test_a_title_alone_is_the_one_person_named_before_with_it(
    code: Code, text: str, type_: str, country: str
) -> None:
    sides = _sides(code(text), type_)
    assert any(c == country and s == "GOV" for _, c, s in sides), sides


@pytest.mark.parametrize(
    ("text", "type_", "side"),
    [
        # another person of the same surname named before
        (
            "Kenyan Foreign Minister Ali Omondi met reporters on Monday. His cousin Peter "
            "Omondi, a farmer, was there too. Omondi criticized the travel ban.",
            "ACCUSE",
            "Omondi",
        ),
        (
            "Carlos Soto runs a bakery in the town. On Monday Judge Maria Soto opened an "
            "inquiry. Soto rejected the appeal.",
            "REJECT",
            "Soto",
        ),
        # the person named in full only later
        (
            "Doe accused the rebels of burning villages. "
            "Kenyan President Jane Doe arrived in Paris on Monday.",
            "ACCUSE",
            "Doe",
        ),
        (
            "Mr. Soto rejected the appeal on Monday. Judge Maria Soto had opened the inquiry.",
            "REJECT",
            "Mr. Soto",
        ),
    ],
)
def test_no_link_to_a_namesake_or_a_person_named_later(
    code: Code, text: str, type_: str, side: str
) -> None:
    sides = [s for s in _sides(code(text), type_) if s[0] == side]
    assert sides and all(sector is None for _, _, sector in sides), sides


def test_a_title_two_people_bear_links_to_neither(code: Code) -> None:
    text = (
        "Kenyan Foreign Minister Ali Omondi and Ugandan Foreign Minister Sam Okello met in "
        "Paris on Monday. The minister criticized the travel ban."
    )
    sides = _sides(code(text), "ACCUSE")
    assert sides and all(c not in {"KEN", "UGA"} for _, c, _ in sides), sides


def _names(events: tuple[Event, ...], type_: str) -> list[str]:
    return [a.name for e in events if e.type == type_ for a in e.actor]


@pytest.mark.parametrize(
    ("text", "type_", "other"),
    [
        # another office of the same head word (review45)
        (
            "Kenyan Prime Minister Ali Omondi met reporters in Paris on Monday. "
            "The foreign minister criticized the travel ban.",
            "ACCUSE",
            "Omondi",
        ),
        (
            "Kenyan Foreign Minister Ali Omondi met reporters in Paris on Monday. "
            "The prime minister criticized the travel ban.",
            "ACCUSE",
            "Omondi",
        ),
        # a word before the title makes it another office
        (
            "Ghanaian Vice President Kofi Mensah flew to Rome on Tuesday. "
            "The president rejected the new trade rules.",
            "REJECT",
            "Mensah",
        ),
        (
            "Chilean Deputy Minister Rosa Vidal toured the mine on Friday. "
            "The minister rejected the union's demands.",
            "REJECT",
            "Vidal",
        ),
    ],
)
def test_a_title_alone_is_not_the_holder_of_another_office(
    code: Code, text: str, type_: str, other: str
) -> None:
    names = _names(code(text), type_)
    assert names and all(other not in name for name in names), names


def test_a_title_alone_is_the_one_holder_of_that_office_among_others(code: Code) -> None:
    text = (
        "Kenyan Prime Minister Ali Omondi and Foreign Minister Sam Okello met reporters on "
        "Monday. The foreign minister criticized the travel ban."
    )
    assert "Foreign Minister Sam Okello" in _names(code(text), "ACCUSE")
