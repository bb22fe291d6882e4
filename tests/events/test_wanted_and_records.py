"""Verbal and coercive events that a sentence names without reporting them: a record's kind, a
word of a name, another story's headline, a plan's or a hope's object, a refusal to tell, a meeting
still to come, an arrest told as before the news; and the real events told with the same words.
All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code


def _modality(code: Code, text: str, kind: str) -> set[str]:
    return {e.modality for e in code(text) if e.type == kind}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the event word names the kind of a record
        ("The arrest report says the driver told deputies he found the rifle.", "COERCE"),
        ("Arrest documents show the woman was on her phone at the time.", "COERCE"),
        ("A judge signed an arrest warrant for the landlord.", "COERCE"),
        # a word inside a name
        ("The Ruritanian Bureau of Investigation hired a new chief.", "ACCUSE"),
        # a line pointing to another story
        ("RELATED: Deputies arrest driver after chase through the county", "COERCE"),
        ("MORE VIDEO Deputies arrest driver after chase through the county", "COERCE"),
        ("Read more: Council condemns the mayor over the budget", "ACCUSE"),
        # a call for rescue is no summons, a thing found at a scene no seizure
        ("A neighbour summoned paramedics to the house.", "ACCUSE"),
        ("Ambulances were summoned to the stadium.", "ACCUSE"),
        ("Officers recovered a rifle and two magazines at the scene.", "COERCE"),
        # asking for something for oneself is no demand
        ("The driver asked for a lawyer and would not speak with detectives.", "REQUEST"),
        ("Relatives of the nurse asked for privacy on Sunday.", "REQUEST"),
        # reticence is no rejection
        ("The spokesman refused to comment on the arrest.", "REJECT"),
        ("Officials declined to release the name of the victim.", "REJECT"),
        ("He refused to answer questions from reporters.", "REJECT"),
    ],
)
def test_named_not_reported(code: Code, text: str, kind: str) -> None:
    assert kind not in {e.type for e in code(text)}, text


@pytest.mark.parametrize(
    ("text", "kind", "told"),
    [
        # what a plan or a call wants
        ("The candidate repeated his calls for banning foreign workers.", "COERCE", "future"),
        ("She ran on a platform of deporting migrants.", "COERCE", "future"),
        # what a reward hopes for
        (
            "The county posted a reward for any tip leading to an arrest of the robbers.",
            "COERCE",
            "hypothetical",
        ),
        # the object of an intended deed
        ("The farmers plan to stage a protest near the ministry.", "PROTEST", "future"),
        ("The mayor wants to launch an investigation into the harbour board.", "ACCUSE", "future"),
        # still to come
        ("More arrests are expected, the sheriff said.", "COERCE", "future"),
        ("The talks are scheduled for Friday in Oslo.", "CONSULT", "future"),
        # before the news
        ("The sheriff says both men have been arrested before.", "COERCE", "background"),
    ],
)
def test_not_asserted(code: Code, text: str, kind: str, told: str) -> None:
    assert _modality(code, text, kind) == {told}, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Deputies arrested the driver after a chase on Tuesday.", "COERCE"),
        ("A tip led to the arrest of two men on Monday.", "COERCE"),
        ("Officers executed a search warrant and arrested two men.", "COERCE"),
        ("The protest was planned by students and drew thousands on Saturday.", "PROTEST"),
        ("A truce was agreed on Sunday.", "AGREE"),
        ("The union agreed to end the strike.", "AGREE"),
        ("The council condemned the mayor over the budget on Monday.", "ACCUSE"),
        ("Police have arrested two men.", "COERCE"),
        ("Deputies answered a call of gunfire at a motel.", "ASSAULT"),
        ("The minister refused to sign the treaty on Monday.", "REJECT"),
        ("The rebels refused to release the hostages.", "REJECT"),
        ("The foreign ministry summoned the ambassador on Monday.", "ACCUSE"),
        ("The governor asked for federal aid after the floods.", "REQUEST"),
        ("The colonel ordered the shelling of the depot, the inquiry found.", "ASSAULT"),
    ],
)
def test_reported(code: Code, text: str, kind: str) -> None:
    assert "asserted" in _modality(code, text, kind), text
