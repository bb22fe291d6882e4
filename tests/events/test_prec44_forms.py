

# A cause of a mishap blamed: a verb of blame whose every object is a cause, no party.


@pytest.mark.parametrize(
    "text",
    [
        "Investigators blamed faulty wiring for the fire that gutted the gym.",
        "The coroner blamed icy roads and fog for the crash on the bypass.",
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
        "Registration for the conference of donors closes on Friday.",
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
