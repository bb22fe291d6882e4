"""A surname alone after a courtesy title of one sex ("Ms. Doe", "Mr. Doe") links only to a
person of the surname named earlier who is not told of the other sex (issue 15, actors41).

The person's sex is told by a courtesy title or a title of one sex before or in the name ("Mrs.
Jane Doe", "Chairwoman Jane Doe") or by the noun the name stands beside ("his wife, Jane Doe";
"Jane Doe, a spokeswoman"). Of two people of the surname named before, "Ms. Doe" is the one told
female, else the one told of no sex; a clash (the only earlier Doe told male) links to no one.

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
        # a man and a woman of one surname: the title of the later mention picks
        (
            "Mr. Peter Okafor, a Nigerian banker, arrived in Accra on Monday. Ghanaian Foreign "
            "Minister Ama Okafor welcomed him. Ms. Okafor rejected the new trade rules.",
            "REJECT",
            ("Ms. Okafor", "GHA", "GOV"),
        ),
        (
            "Nigerian Senator Grace Ibekwe and her brother, Mr. Samuel Ibekwe, a lawyer, spoke "
            "on Monday. Ms. Ibekwe accused the police of torture.",
            "ACCUSE",
            ("Ms. Ibekwe", "NGA", "LEG"),
        ),
        (
            "Mrs. Helen Banda, a teacher, and Zambian Defence Minister Joseph Banda toured the "
            "camp on Friday. Mr. Banda rejected the union's demands.",
            "REJECT",
            ("Mr. Banda", "ZMB", "GOV"),
        ),
        (
            "His wife, Rose Kamau, sat beside Kenyan Interior Minister David Kamau on Tuesday. "
            "Mr. Kamau accused the opposition of inciting violence.",
            "ACCUSE",
            ("Mr. Kamau", "KEN", "GOV"),
        ),
        # one person of the surname, told of no sex: the title of the later mention fits
        (
            "Ghanaian Foreign Minister Ama Mensah met reporters on Monday. "
            "Ms. Mensah criticized the travel ban.",
            "ACCUSE",
            ("Ms. Mensah", "GHA", "GOV"),
        ),
        (
            "Ugandan Trade Minister Sam Okello flew to Nairobi on Monday. "
            "Mr. Okello rejected the new tariffs.",
            "REJECT",
            ("Mr. Okello", "UGA", "GOV"),
        ),
    ],
)
def test_the_later_title_picks_the_person_of_its_sex(
    code: Code, text: str, type_: str, side: tuple[str, str | None, str | None]
) -> None:
    assert side in _sides(code(text), type_)


@pytest.mark.parametrize(
    ("text", "type_", "side"),
    [
        # the only earlier person of the surname is told of the other sex
        (
            "Mr. Paul Mensah, a Ghanaian minister, met reporters on Monday. "
            "Ms. Mensah criticized the travel ban.",
            "ACCUSE",
            "Ms. Mensah",
        ),
        (
            "Kenyan Congresswoman Ruth Achieng opened the session on Monday. "
            "Mr. Achieng rejected the budget.",
            "REJECT",
            "Mr. Achieng",
        ),
        (
            "Nigerian Congressman Paul Otieno toured the market on Monday. "
            "Ms. Otieno accused the traders of hoarding maize.",
            "ACCUSE",
            "Ms. Otieno",
        ),
        (
            "Ghanaian government spokeswoman Abena Boateng spoke on Monday. "
            "Mr. Boateng criticized the travel ban.",
            "ACCUSE",
            "Mr. Boateng",
        ),
        # two people of the surname, neither told of a sex: the text does not say which
        (
            "Ghanaian Foreign Minister Ama Mensah and Togolese Trade Minister Akosua Mensah met "
            "on Monday. Ms. Mensah criticized the travel ban.",
            "ACCUSE",
            "Ms. Mensah",
        ),
    ],
)
def test_a_title_of_the_other_sex_links_to_no_one(
    code: Code, text: str, type_: str, side: str
) -> None:
    sides = [s for s in _sides(code(text), type_) if s[0] == side]
    assert sides and all(sector is None for _, _, sector in sides), sides


@pytest.mark.parametrize(
    ("text", "type_", "side"),
    [
        # a person named with no title of office is who the phrase beside the name says
        (
            "Mr. John Okoro, a Nigerian minister, arrived in Accra on Monday. "
            "Mr. Okoro accused the rebels of burning villages.",
            "ACCUSE",
            ("Mr. Okoro", "NGA", "GOV"),
        ),
        (
            "Jane Wambui, a Kenyan judge, opened the inquiry on Monday. "
            "Ms. Wambui rejected the appeal.",
            "REJECT",
            ("Ms. Wambui", "KEN", "JUD"),
        ),
        (
            "Peter Mwangi, a farmer, spoke to reporters on Monday. "
            "Mwangi accused the police of torture.",
            "ACCUSE",
            ("Mwangi", None, "AGR"),
        ),
    ],
)
def test_a_person_described_beside_the_name_is_who_the_surname_names(
    code: Code, text: str, type_: str, side: tuple[str, str | None, str | None]
) -> None:
    assert side in _sides(code(text), type_)


def test_a_described_person_of_the_other_sex_is_not_linked(code: Code) -> None:
    text = (
        "Mr. John Okoro, a Nigerian minister, arrived in Accra on Monday. "
        "Ms. Okoro accused the rebels of burning villages."
    )
    sides = [s for s in _sides(code(text), "ACCUSE") if s[0] == "Ms. Okoro"]
    assert sides and all(sector is None for _, _, sector in sides), sides
