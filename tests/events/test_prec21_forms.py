"""Asserted verbal events that are not real, read from a larger tune draw (issue 15, prec21):
an event a span of years is counted from ("a decade after he was freed") and a dealing in
a relative clause set off by commas in the present perfect ("the union, which has endorsed the
mayor,") are background; a state wished for in a bare participle ("wants the singer banned") is
still to come; a duty given ("the office charged with overseeing"), a campaign's staff or a
fighter's tactics deployed, a question asked with no request ("asked rhetorically, shaking his
head") and a protocol that "calls for" something are no event of the type. The news told beside
such words stays asserted. All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        (
            "The envoy toured the port on Monday, six years after she was freed from house arrest.",
            "COERCE",
            "background",
        ),
        ("The poet returned home a decade after his arrest.", "COERCE", "background"),
        (
            "The union, which has endorsed the mayor, urged members to vote.",
            "SUPPORT",
            "background",
        ),
        (
            "The group, which the ministry has accused of plotting a coup, denied it.",
            "ACCUSE",
            "background",
        ),
        ("The deputy wants the singer banned from the country.", "COERCE", "future"),
    ],
)
def test_frames_that_make_an_event_not_news(
    tagged: Code, text: str, kind: str, modality: str
) -> None:
    events = [e for e in tagged(text) if e.type == kind]
    assert not events or all(e.modality == modality for e in events), text
    assert not any(e.type == kind and e.modality == "asserted" for e in tagged(text)), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The office charged with overseeing the handover has not succeeded.", "ACCUSE"),
        ("The rebel leader has deployed paid staff across the nine provinces.", "MOBILIZE"),
        ("The tycoon deploys a range of tactics against his critics.", "MOBILIZE"),
        ("The senator asked rhetorically, shaking her head.", "REQUEST"),
        ("Hospital protocol called for the patient to be moved to a trauma ward.", "REQUEST"),
    ],
)
def test_other_senses_are_no_event(tagged: Code, text: str, kind: str) -> None:
    assert not any(e.type == kind and e.modality == "asserted" for e in tagged(text)), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the news told beside such words stays asserted
        ("The envoy was arrested on Monday, six days after the vote.", "COERCE"),
        ("Police arrested two men after the shooting on Friday.", "COERCE"),
        ("The lawmakers who have called for an inquiry met on Tuesday.", "CONSULT"),
        ("The senators have called for an inquiry into the deal.", "REQUEST"),
        ("Prosecutors charged the guard with killing a prisoner.", "ACCUSE"),
        ("The army deployed troops to the border on Sunday.", "MOBILIZE"),
        ("The mayor asked residents to stay indoors.", "REQUEST"),
        ("The opposition called for the minister to resign.", "REQUEST"),
    ],
)
def test_news_beside_them_stays_asserted(tagged: Code, text: str, kind: str) -> None:
    assert any(e.type == kind and e.modality == "asserted" for e in tagged(text)), text


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        (
            "The emails show that the aide asked the reporter to delete the post.",
            "REQUEST",
            "background",
        ),
        (
            "A series of memos reveals that the mayor met the developer in secret.",
            "CONSULT",
            "background",
        ),
    ],
)
def test_dealings_records_bring_to_light(tagged: Code, text: str, kind: str, modality: str) -> None:
    assert not any(e.type == kind and e.modality == "asserted" for e in tagged(text)), text


def test_a_dated_dealing_records_show_stays(tagged: Code) -> None:
    text = "The emails show that on Friday the aide asked the reporter to delete the post."
    assert any(e.type == "REQUEST" and e.modality == "asserted" for e in tagged(text)), text


def test_an_event_put_off_is_not_asserted(tagged: Code) -> None:
    text = "The court ruled on whether the governor erred by deferring deportations."
    assert not any(e.type == "COERCE" and e.modality == "asserted" for e in tagged(text)), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The agency is constrained by law from building a new prison.", "COERCE"),
        ("The two parties agreed on a moral duty to confront the militia.", "AGREE"),
        ("The ministers agreed on the need for reform of the police.", "AGREE"),
    ],
)
def test_rules_and_shared_views_are_no_event(tagged: Code, text: str, kind: str) -> None:
    assert not any(e.type == kind and e.modality == "asserted" for e in tagged(text)), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The rebels agreed on a ceasefire on Sunday.", "AGREE"),
        ("The two men were arrested by police on Friday.", "COERCE"),
    ],
)
def test_deals_and_acts_by_people_stay(tagged: Code, text: str, kind: str) -> None:
    assert any(e.type == kind and e.modality == "asserted" for e in tagged(text)), text
