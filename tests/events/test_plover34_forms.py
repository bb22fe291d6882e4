"""PLOVER forms of plover34: acts whose verb is listed but the trigger gave no candidate.

AID: a state furnished with money ("provided Haiti with 20 million dollars"), troops contributed
to a mission or force (military assistance in personnel; promised, AGREE). PROTEST: a crowd
that gathered "outside" a place the tagger takes for an adjective of an object. RETREAT: a
military force or mission quit (its troops withdrawn), a headline's verb tagged as an adjective
("Rebels free dozens of child soldiers"). Each form also has a near sentence in another sense that
reads no such event. All sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import Code, has_asserted, most_confident_type


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # AID: a state named as the object, furnished with money
        ("Germany provided Jordan with 50 million euros.", "AID"),
        ("Canada provided Haiti with 20 million dollars.", "AID"),
        # AID: troops contributed; AGREE when promised
        ("Kenya contributed 800 troops to the African Union mission last year.", "AID"),
        ("Senegal contributed 450 soldiers to the regional force in 2019.", "AID"),
        ("Ghana will contribute 500 soldiers to the peacekeeping force.", "AGREE"),
        ("Uruguay said it would contribute 300 troops to the mission.", "AGREE"),
        # PROTEST: "outside" tagged as the adjective of the place
        ("Students gathered outside parliament to protest against the fees.", "PROTEST"),
        ("Farmers gathered inside parliament to protest the levy.", "PROTEST"),
        # RETREAT: a military force or mission quit (a headline)
        ("Mali quits regional force", "RETREAT"),
        ("Chad quits joint mission", "RETREAT"),
        # RETREAT: a headline verb tagged as an adjective, with its object
        ("Rebels free dozens of child soldiers", "RETREAT"),
        ("Rebels free 30 child soldiers in north", "RETREAT"),
    ],
)
def test_a_listed_act_gives_its_event(code: Code, text: str, kind: str) -> None:
    assert most_confident_type(code, text) == kind, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a firm or a person furnished with money, a reporter with details: no aid
        ("The bank provided the company with 5 million dollars.", "AID"),
        ("The ministry provided reporters with details.", "AID"),
        # things contributed that are no troops
        ("She contributed an article to the magazine.", "AID"),
        ("The fans contributed 300 dollars to the club.", "AID"),
        # "outside" before a thing gathered: collected, no crowd
        ("They gathered outside evidence for the report.", "PROTEST"),
        # a team quit, no military force
        ("Player quits national team", "RETREAT"),
        # "free" as an adjective
        ("A free press is vital.", "RETREAT"),
        ("Students free of charge", "RETREAT"),
    ],
)
def test_the_other_sense_gives_no_such_event(code: Code, text: str, kind: str) -> None:
    assert not has_asserted(code(text), kind), text
