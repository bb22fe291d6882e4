"""Investigations (issue 15 precision, prec40): the PLOVER manual puts "all investigations"
under ACCUSE 'investigate', so an inquiry or an inquest into a death, a crash, a theft or a
company, told as existing (opened, sitting, hearing evidence, led by someone), is an asserted
ACCUSE, as the precision judgments count it (docs/CODEBOOK.md, "Investigations"). An inquiry
that is a question asked ("inquiries about the parcels", "answered the enquiry") and the inquiry
of a researcher or a study are no ACCUSE. Police, firefighters or medics who leave end a
call-out, no RETREAT. All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_below_headline


@pytest.mark.parametrize(
    "text",
    [
        # an inquiry or an inquest named by its noun, told as existing
        "A coroner's inquest into the death of the climber opened on Monday in the county town.",
        "An inquest has been opened after a man died in a police cell in the harbour district.",
        "The inquiry into the collapse of the footbridge heard evidence from two engineers on Tuesday.",
        "The harbour police are leading the inquiry into the drowning.",
        "The regulator opened an enquiry into the pricing of rail tickets.",
        # the police's inquiries take "about" as a question does
        "Police are making inquiries about the theft of the church bell.",
        # an authority investigating (unchanged)
        "Detectives investigated the burglary of the pharmacy.",
        "The state labour agency is investigating the death of a roofer who fell from a warehouse.",
    ],
)
def test_inquiry_is_accuse(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "ACCUSE"), text


@pytest.mark.parametrize(
    "text",
    [
        # an inquiry that is a question asked
        "The customer service desk answered hundreds of inquiries about the delayed parcels.",
        "Thank you for your inquiry about our summer courses.",
        "The bank fielded thousands of inquiries from worried savers.",
        "Officials responded to an enquiry from a local newspaper.",
        "Reporters made several inquiries about the mayor's travel expenses.",
        # the inquiry of a researcher or a study
        "Scientists investigated whether the new vaccine protects older patients.",
        "A study investigating the sleep of night-shift nurses was published on Monday.",
        "Researchers at the institute investigated the causes of the outbreak.",
    ],
)
def test_question_or_research_no_accuse(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "ACCUSE"), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # police, firefighters or medics leaving end a call-out
        ("The two deputies left without finding the missing boy.", "RETREAT"),
        ("The paramedics left the house shortly after midnight.", "RETREAT"),
        ("Firefighters left once the flames were out.", "RETREAT"),
        # the leaving verb shares the subject of the verb it hangs on
        ("The medics, after treating the driver, left the scene.", "RETREAT"),
        ("The firefighters checked the attic and left after an hour.", "RETREAT"),
    ],
)
def test_callout_left_no_retreat(code: Code, text: str, kind: str) -> None:
    assert not asserted_below_headline(code, text, kind), text


@pytest.mark.parametrize(
    "text",
    [
        # forces leaving ground they held
        "Government troops left the border village overnight.",
        "The militia left the city under a deal brokered by the elders.",
        "The soldiers burned the depot and left the town before dawn.",
    ],
)
def test_forces_left_still_retreat(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "RETREAT"), text
