"""Issue 15 precision, prec41's readings ported onto main by prec43. An investigation asked or
wondered about under an embedded "whether" or "if" ("asked if the police had opened an
investigation") may never have been opened: not asserted. A sentence that counts over a span of
months or years ("in the last 14 months, the prosecutor said nine children have shot a
playmate") is a tally, not an event. All sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.events.modality import modality_of
from eventwire.events.words import event_words

from .conftest import Code, asserted_below_headline


@pytest.mark.parametrize(
    "text",
    [
        # an inquiry asked or wondered about under "whether" or "if"
        "The senator asked whether a probe would be opened into the shooting.",
        "She asked if the police had opened an investigation into the fire.",
        "The mayor wondered whether the police had opened a probe into the death.",
        "The envoy asked if the president would announce an investigation into the company.",
        "Critics asked whether the president had told the premier to open an investigation into"
        " his rival.",
    ],
)
def test_inquiry_asked_about_not_asserted(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "ACCUSE"), text


@pytest.mark.parametrize(
    "text",
    [
        # the question is of something else: the inquiry is told as opened
        "Police opened an investigation into the fire after the mayor asked whether the building was"
        " insured.",
        "The prosecutor has opened an investigation into the crash and will decide whether"
        " charges are brought.",
        "The regulator opened a probe into the sale on Monday, a spokesman said when asked if"
        " the bank had been told.",
    ],
)
def test_inquiry_beside_a_question_still_asserted(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "ACCUSE"), text


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("She asked if the police had opened an investigation into the fire.", "investigation"),
        ("The clerk wondered whether the board had ordered a probe.", "probe"),
        (
            "Reporters asked if the army had started an investigation and sent envoys.",
            "investigation",
        ),
    ],
)
def test_object_of_an_embedded_question_is_hypothetical(
    nlp: Language, text: str, noun: str
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == noun)
    assert modality_of(event_words(), token) == "hypothetical", text


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Police opened an investigation after the mayor asked if the gun was his.",
            "investigation",
        ),
        ("The board ordered a probe and wondered whether the clerk knew.", "probe"),
    ],
)
def test_object_beside_an_embedded_question_is_asserted(
    nlp: Language, text: str, noun: str
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == noun)
    assert modality_of(event_words(), token) == "asserted", text


@pytest.mark.parametrize(
    "text",
    [
        # a counted span of months or years with a counted victim or doer: a tally
        "In Marion County alone, in the last 14 months, the prosecutor said nine children have"
        " wounded or killed a playmate with loaded guns.",
        "In the last 14 months, the sheriff said nine children have shot a sibling with loaded"
        " guns.",
        "In the past two years, the coroner said 30 people have been shot dead in the valley.",
    ],
)
def test_count_over_months_is_a_tally(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        # a span of hours or days, or no count: news
        "In the last two days, rebels have attacked three villages near the border.",
        "Gunmen have shot two guards in the past hour, police said.",
        "In the past week, the sheriff said, a gunman has shot a guard at the depot.",
    ],
)
def test_news_over_days_still_asserted(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "ASSAULT"), text
