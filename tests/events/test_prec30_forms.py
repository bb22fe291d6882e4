"""The weak verbal types where none is made (issue 15, prec30): a force's posture told by a
participle beside what it did ("the frigate, currently deployed on patrols, seized a boat"), an
event noun told as a kind ("in such deployments"), an invitation to a meeting still to come
("invited the envoy to talks next week": a meeting offered, not held), an act within someone's
power ("capable of deploying 50,000 troops"), "dismissed from a job" (a sacking, no
rejection) and care a patient turns down ("refused medical treatment"). The forms that report forces sent, a meeting held or a proposal
rejected stay asserted. All sentences written for these tests; each text opens with a headline
line, as an article does."""

from __future__ import annotations

import pytest

from .conftest import HEADLINE, Code, asserted_below_headline

_asserted = asserted_below_headline


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a force's posture beside what it did
        (
            "The frigate Almirante, deployed on anti-smuggling patrols since March, seized a "
            "fishing boat on Friday.",
            "MOBILIZE",
        ),
        ("The battalion, stationed near the airport, came under fire overnight.", "MOBILIZE"),
        (
            "The destroyer, currently deployed on escort duty in the Red Sea, intercepted two "
            "drones on Tuesday.",
            "MOBILIZE",
        ),
        # the participle set off by commas, as the parser may read it
        (
            "Naval Ship Tamu, presently deployed on anti-smuggling patrols in the strait, stopped "
            "three speedboats on Monday.",
            "MOBILIZE",
        ),
        (
            "The gunboat Kasai, deployed on patrol duty along the river, thwarted a raid by "
            "bandits on Wednesday.",
            "MOBILIZE",
        ),
        # a kind of event
        (
            "Wary of the reputation for firm action that the Kenyan navy rightly enjoys in such "
            "deployments, the smugglers turned back and fled.",
            "MOBILIZE",
        ),
        (
            "Officials in Lagos have welcomed such talks between the unions and the state.",
            "CONSULT",
        ),
        # an invitation to a meeting still to come
        (
            "The prime minister invited the opposition leader to talks at her office next week.",
            "CONSULT",
        ),
        ("The foreign minister has invited his Kenyan counterpart to visit Berlin.", "CONSULT"),
        # care a patient turns down
        (
            "The driver was cut on the arm but refused medical treatment at the scene, police said.",
            "REJECT",
        ),
        ("The store manager refused medical care after the robbery on Friday.", "REJECT"),
        # a capability
        (
            "Army commanders have said they are capable of deploying 50,000 troops to the border.",
            "MOBILIZE",
        ),
        (
            "Navy officers said the fleet was capable of mobilizing two carrier groups within days.",
            "MOBILIZE",
        ),
        # a sacking
        ("The night guard was dismissed from her job on Thursday, police said.", "REJECT"),
        ("The coach was dismissed from his post after the defeat on Saturday.", "REJECT"),
    ],
)
def test_no_event_of_the_type(tagged: Code, sentence: str, kind: str) -> None:
    assert not _asserted(tagged, sentence, kind), sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The army deployed 2,000 troops to the border on Monday.", "MOBILIZE"),
        ("Troops deployed to the border on Monday clashed with smugglers.", "MOBILIZE"),
        ("The navy sent two frigates to the strait on Sunday.", "MOBILIZE"),
        ("The two sides held talks in Geneva on Monday.", "CONSULT"),
        ("The foreign minister met his Kenyan counterpart in Berlin on Monday.", "CONSULT"),
        ("The minister dismissed the opposition's proposal on Friday.", "REJECT"),
        ("The government refused the offer of aid on Monday.", "REJECT"),
    ],
)
def test_event_of_the_type_stays(tagged: Code, sentence: str, kind: str) -> None:
    assert _asserted(tagged, sentence, kind), sentence


def test_invitation_is_a_meeting_to_come(tagged: Code) -> None:
    events = tagged(
        HEADLINE + "The president invited the rebel commanders to talks in the capital."
    )
    assert [e.modality for e in events if e.type == "CONSULT"] == ["future"]
