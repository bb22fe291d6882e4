"""Asserted events that report no new act (issue 15, prec25): advice told as a view ("said the
city should hire more officers") and a need stated ("we need the council to act") are no
REQUEST; forces readied as a routine ("are deployed every weekend") or recalled in a relative
clause in the past perfect are no MOBILIZE of the news; a verbal act by someone named with the
title held then ("then-governor Smith vetoed the bill") is history. The real forms beside them
stay asserted. All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, has_asserted

_asserted = has_asserted


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The mayor said the city should hire more officers.", "REQUEST"),
        ("The commissioner said landlords should fix the heating before winter.", "REQUEST"),
        ("We need the port authority to remain open to small boats.", "REQUEST"),
        ("The minister said we must act before the winter.", "REQUEST"),
        ('"We must do more for the victims," the mayor said.', "REQUEST"),
        ("The governor said the state needs to review its prisons.", "REQUEST"),
        ("Extra officers are deployed every weekend in the district.", "MOBILIZE"),
        ("The guard sends troops to the coast every summer.", "MOBILIZE"),
        (
            "The unit, which had been deployed to the border on several missions, "
            "returned to its base.",
            "MOBILIZE",
        ),
        ("Then-governor Smith rejected the bill.", "REJECT"),
        ("The then-minister rejected the offer from the miners.", "REJECT"),
        # an op-ed's call and an act weighed, not done
        ("Let us reject the false choice between safety and freedom.", "REJECT"),
        ("Rejecting the deal would be a mistake for the port.", "REJECT"),
        ("Refusing the offer will hurt the workers.", "REJECT"),
        # a position listed among those held
        ("She has also called for an audit of the pension fund.", "REQUEST"),
        ("Officers are deployed downtown on weekends.", "MOBILIZE"),
    ],
)
def test_no_new_act(tagged: Code, text: str, kind: str) -> None:
    events = tagged(text)
    assert any(e.type == kind for e in events), text
    assert not _asserted(events, kind), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a demand: "must", or advice told to its addressee
        ("The president said the country must act to curb the violence.", "REQUEST"),
        ("The mayor told the council it should hire more officers.", "REQUEST"),
        ("The mayor said the county must do more for the victims.", "REQUEST"),
        ("The union told the firm that it must raise wages.", "REQUEST"),
        ("The union called for a strike on Monday.", "REQUEST"),
        ("The minister urged both sides to return to the talks.", "REQUEST"),
        # one deployment, told as it happened
        ("The army deployed troops to the border on Friday.", "MOBILIZE"),
        ("Extra officers were deployed in the district after the shooting.", "MOBILIZE"),
        # a call of the news in the present perfect
        ("The council has called for calm after the riots.", "REQUEST"),
        ("The senator called for an audit of the pension fund on Tuesday.", "REQUEST"),
        ("Officers are being deployed downtown after the clashes.", "MOBILIZE"),
        # a title of today
        ("The governor rejected the bill.", "REJECT"),
        # a suspect refusing an order is a REJECT of it (docs/CODEBOOK.md)
        ("Police said the man refused to drop the knife.", "REJECT"),
    ],
)
def test_real_forms_stay_asserted(tagged: Code, text: str, kind: str) -> None:
    assert _asserted(tagged(text), kind), text


@pytest.mark.parametrize(
    "text",
    [
        "Years ago, the builder sued the county.\n\nThe county rejected the claims.",
        "Two decades ago, the builder sued the county.\n\nThe county rejected the claims.",
    ],
)
def test_undated_past_after_years_ago_is_history(tagged: Code, text: str) -> None:
    events = [e for e in tagged(text) if e.type == "REJECT"]
    assert events, text
    assert not any(e.modality == "asserted" for e in events), text


@pytest.mark.parametrize(
    "text",
    [
        # weeks or a year back frame nothing; a day of the news ends the frame
        "Two weeks ago, the builder sued the county.\n\nThe county rejected the claims.",
        "A year ago, the builder sued the county.\n\nThe county rejected the claims.",
        "Years ago, the builder sued the county.\n\nOn Monday, the county rejected the claims.",
    ],
)
def test_news_after_a_recent_ago_stays_asserted(tagged: Code, text: str) -> None:
    assert _asserted(tagged(text), "REJECT"), text
