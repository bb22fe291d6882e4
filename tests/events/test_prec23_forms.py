"""Asserted events that are not real, read from a larger tune draw (issue 15, prec23): a dealing
told in the simple past with no date of its own, in a paragraph after one whose last date is
years before publication, is history in that frame ("In 2009, the firm sued the county.
<paragraph> The county denied the claims."); a date of the news told between ends the frame. A
stance held for years ("has long called for") is background; a debate's floor "seized" is no
coercion. All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "In 2009, the builder sued the county over the permits.\n\n"
            "The county denied the claims through its lawyer.",
            "REJECT",
        ),
        (
            "The two firms fell out in 2011 over the bridge contract.\n\n"
            "The builder's chief asked the mayor to cancel the tender.",
            "REQUEST",
        ),
        (
            "The pastor led the parish through the 1990s.\n\n"
            "He accused the bishop of hiding the accounts.",
            "ACCUSE",
        ),
    ],
)
def test_undated_past_after_an_old_date_is_history(tagged: Code, text: str, kind: str) -> None:
    events = [e for e in tagged(text) if e.type == kind]
    assert events, text
    assert not any(e.modality == "asserted" for e in events), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a date of the news told between, or the event's own: the frame ends
        (
            "In 2009, the builder sued the county over the permits.\n\n"
            "On Tuesday, the county denied the claims through its lawyer.",
            "REJECT",
        ),
        (
            "In 2009, the builder sued the county over the permits.\n\n"
            "The mayor met reporters this week.\n\n"
            "The county denied the claims through its lawyer.",
            "REJECT",
        ),
        # a recent date before it frames nothing
        (
            "The builder sued the county in October.\n\n"
            "The county denied the claims through its lawyer.",
            "REJECT",
        ),
        # no date told before it
        ("The county denied the claims through its lawyer.", "REJECT"),
    ],
)
def test_news_after_a_new_date_stays_asserted(tagged: Code, text: str, kind: str) -> None:
    assert any(e.type == kind and e.modality == "asserted" for e in tagged(text)), text


def test_a_stance_held_for_years_is_not_news(tagged: Code) -> None:
    text = "The senator has long called for an end to the tax breaks."
    assert not any(e.type == "REQUEST" and e.modality == "asserted" for e in tagged(text)), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The opposition seized the floor and would not yield it.", "COERCE"),
    ],
)
def test_turns_taken_are_other_senses(tagged: Code, text: str, kind: str) -> None:
    assert not any(e.type == kind and e.modality == "asserted" for e in tagged(text)), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The minister refused to sign the trade pact.", "REJECT"),
        ("Rebels seized the town hall on Monday.", "COERCE"),
    ],
)
def test_rejections_and_seizures_stay(tagged: Code, text: str, kind: str) -> None:
    assert any(e.type == kind and e.modality == "asserted" for e in tagged(text)), text
