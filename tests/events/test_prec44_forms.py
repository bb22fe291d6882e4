"""Issue 15 precision, prec44: false events read on language the rules were not tuned on (our own
non-event sentences). Each form has sentences where the false event is gone and sentences of
the same shape where the real event is kept. All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_below_headline

# A business's, a club's or a couple's own affairs: an agreement, a refusal, a suspension, a
# withdrawal or talks whose doers are all parties of commerce, sport or private life.


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The two brewers agreed to share their delivery lorries.", "AGREE"),
        ("The couple agreed to share the cost of the repairs to the roof.", "AGREE"),
        ("The insurer rejected the hedge fund's bid as far too low.", "REJECT"),
        ("Investors rejected the proposed bonus scheme at the annual meeting.", "REJECT"),
        ("The airline suspended its flights to the resort for the summer.", "SANCTION"),
        ("The hospital suspended visits to the maternity ward after a flu outbreak.", "SANCTION"),
        ("The team withdrew from the cup after an outbreak of flu in the squad.", "RETREAT"),
        ("The two clubs held talks over the loan of the goalkeeper on Monday.", "CONSULT"),
    ],
)
def test_private_party_affairs_not_asserted(code: Code, text: str, kind: str) -> None:
    assert not asserted_below_headline(code, text, kind), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a government or a country is a party
        ("The government agreed to share its border data with the neighbouring states.", "AGREE"),
        ("The bank agreed to lend the government two billion dollars.", "AGREE"),
        ("The airline suspended its flights to Venezuela after the election.", "SANCTION"),
        # workers, a union or families are the other side: a labour or community event
        ("The company refused to rehire the 300 workers it dismissed in March.", "REJECT"),
        ("The firm agreed to pay compensation to the families of the dead miners.", "AGREE"),
        # the doer is a public body, or a club of people
        ("The central bank rejected calls from lenders to cut interest rates.", "REJECT"),
    ],
)
def test_public_party_still_asserted(code: Code, text: str, kind: str) -> None:
    assert asserted_below_headline(code, text, kind), text


# A cause of a mishap blamed: a verb of blame whose every object is a cause, no party.


@pytest.mark.parametrize(
    "text",
    [
        "Investigators blamed faulty wiring for the fire that gutted the gym.",
        "The coroner blamed fog and ice for the crash on the bypass.",
        "A faulty heater was blamed for the blaze at the care home.",
    ],
)
def test_cause_blamed_not_asserted(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "ACCUSE"), text


@pytest.mark.parametrize(
    "text",
    [
        "The mayor blamed the contractor for the faulty wiring that started the fire.",
        "The opposition blamed the government for the lack of clean water.",
    ],
)
def test_party_blamed_still_asserted(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "ACCUSE"), text


# A meeting named only as the frame or topic of another noun, or of a negated clause, with no
# side to meet.


@pytest.mark.parametrize(
    "text",
    [
        "Registration for the summit begins on Friday at noon.",
        "Nobody has announced a date for the resumption of the negotiations.",
        "No progress was made at the talks, which resumed in March.",
        "The rebels have not answered the invitation to talks.",
    ],
)
def test_meeting_named_as_frame_not_asserted(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "CONSULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "Delegations of the two parties opened a third round of talks in Nairobi.",
        "The foreign minister met her counterpart at the summit in Lima on Monday.",
    ],
)
def test_meeting_held_still_asserted(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "CONSULT"), text


# A count over a part of a year: a counted doer or patient told over a half or some months of
# a year is a tally, no event.


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,000 people were abducted in the north during the opening half of the year, a"
        " rights group said.",
        "Gunmen killed at least 1,100 civilians during the first eight months of this year, the UN said.",
        "Bandits abducted 800 travellers on the highways over the second half of last year.",
    ],
)
def test_count_over_part_of_year_not_asserted(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed 40 soldiers in an attack on a base in the first week of the offensive.",
        "Gunmen killed 12 villagers on Tuesday, the deadliest attack during the opening half of"
        " the year.",
    ],
)
def test_count_of_one_attack_still_asserted(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "ASSAULT"), text


# A vessel of a mishap's source that bursts ("a gas cylinder exploded"), or a strike of a force
# of nature ("a lightning strike"): a mishap, no attack.


@pytest.mark.parametrize(
    "text",
    [
        "A gas cylinder exploded in the canteen of a bakery, injuring four cooks.",
        "The boiler blew up in the basement of the school, injuring two janitors.",
        "A lightning strike killed three fishermen on the lake, police said.",
    ],
)
def test_mishap_source_not_asserted(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "A gas cylinder bomb exploded at a bus stop, killing four people, police said.",
        "Gunmen attacked a gas plant, killing three guards.",
    ],
)
def test_weapon_or_attack_by_a_source_still_asserted(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "ASSAULT"), text
