"""Asserted readings that are standing commitments, courses, kinds and states, not events (issue
15, prec29): a resolve ("remains committed to protecting civilians from attacks"), a course still
run ("continue to attack", "has been fighting", "will continue to resort to attacks"), a kind
("such attacks", "attacks on civilians are unacceptable"), a state an earlier act left ("remain
under house arrest"), a standing part in a campaign ("has supported the campaign with drone
strikes"), and an act told in the past perfect with a date months before the article. Each is
`background`. The real forms beside them, in the same register, stay asserted: a dated course,
a past "continued to" with its day, the news's own arrest told in the past perfect, an attack
told in a relative clause of its own. All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, below_headline, has_asserted


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a standing resolve
        (
            "The ministry said it remains committed to protecting civilians from attacks by "
            "armed groups.",
            "ASSAULT",
        ),
        ("The alliance remains committed to defending its members against any attack.", "ASSAULT"),
        (
            "The United States remains committed to supporting the government in its fight "
            "against terrorism.",
            "SUPPORT",
        ),
        (
            "The ministry reaffirmed its commitment to fighting the insurgents in the south.",
            "ASSAULT",
        ),
        ("The council remains determined to end raids on refugee camps.", "COERCE"),
        # a course still run
        ("Militants continue to attack convoys in the province.", "ASSAULT"),
        ("The insurgents continue to target security forces in the south.", "ASSAULT"),
        (
            "The group will continue to resort to attacks on the security forces, its leader said.",
            "ASSAULT",
        ),
        ("The rebels have continued to shell the villages along the river.", "ASSAULT"),
        ("Gunmen keep attacking the farms near the border, villagers say.", "ASSAULT"),
        (
            "The alliance continues to support the coalition's strikes against the militants.",
            "SUPPORT",
        ),
        # the perfect progressive with no date
        ("The country has been fighting against the insurgents in the north.", "ASSAULT"),
        ("Government troops have been fighting the rebels in the eastern provinces.", "ASSAULT"),
        ("The militants have been attacking fuel convoys on the border road.", "ASSAULT"),
        ("Government forces have been battling the rebels in the mountains.", "ASSAULT"),
        # a kind
        ("The embassy said attacks on civilians are unacceptable.", "ASSAULT"),
        ("Attacks on journalists are unacceptable, the minister said.", "ASSAULT"),
        ("Such attacks are a violation of international law, the statement said.", "ASSAULT"),
        ("Kidnappings are common on the coastal road.", "ASSAULT"),
        # a state an earlier act left
        ("The former president and his ministers remain under house arrest.", "COERCE"),
        ("The opposition leader remains in detention at a military base.", "COERCE"),
        # a standing part in a campaign
        (
            "The United States has supported the campaign against the militants with drone "
            "strikes.",
            "ASSAULT",
        ),
        (
            "The government has backed the army's campaign against the rebels with air strikes.",
            "ASSAULT",
        ),
        # the past perfect, dated months before the article
        ("The group had abducted the aid workers in March, the statement said.", "ASSAULT"),
        ("The rebels had seized the town in May before the army retook it.", "ASSAULT"),
    ],
)
def test_standing_not_asserted(tagged: Code, text: str, kind: str) -> None:
    events = below_headline(tagged, text)
    assert any(e.type == kind and e.modality == "background" for e in events), text
    assert not has_asserted(events, kind), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Gunmen attacked a police station in the north on Tuesday, officials said.", "ASSAULT"),
        ("The ministry announced it had arrested five suspects in the bombing.", "COERCE"),
        ("The army said it had killed 12 militants in an air strike on Sunday.", "ASSAULT"),
        ("Rebels have been shelling the city since Monday, residents said.", "ASSAULT"),
        ("Fighting continued on Saturday as troops shelled rebel positions.", "ASSAULT"),
        ("Troops continued to shell the town on Tuesday, residents said.", "ASSAULT"),
        ("The United States condemned the attack on the embassy on Friday.", "ASSAULT"),
        ("Security forces detained 30 activists at a rally on Thursday.", "COERCE"),
        ("The militia kidnapped two aid workers on the northern highway last week.", "ASSAULT"),
        ("Government troops fought the rebels near the airport on Sunday.", "ASSAULT"),
        ("The attacks on the two villages killed 14 civilians, the governor said.", "ASSAULT"),
        ("Police arrested the opposition leader at his home on Tuesday.", "COERCE"),
        (
            "Officials said the gunmen kidnapped the students from their dormitory overnight.",
            "ASSAULT",
        ),
        ("The spokesman said troops have arrested three suspects in the killing.", "COERCE"),
        (
            "Militants have attacked a convoy carrying fuel near the border, officials said.",
            "ASSAULT",
        ),
        ("Rebels have killed at least 15 soldiers in an ambush, the army said.", "ASSAULT"),
        ("The former president was placed under house arrest on Monday.", "COERCE"),
        ("Prisoners were beaten by the guards on Sunday, the report said.", "ASSAULT"),
        ("Government forces battled the rebels in the mountains on Sunday.", "ASSAULT"),
        (
            "The ministry said it had arrested three men over the attack on the aid workers.",
            "COERCE",
        ),
        (
            "The police said they remain determined to find the gunmen who attacked the bank on "
            "Friday.",
            "ASSAULT",
        ),
        (
            "The air force backed the ground troops with air strikes on Tuesday, the army said.",
            "ASSAULT",
        ),
        ("The group abducted two aid workers on Sunday, the statement said.", "ASSAULT"),
        ("The journalists were taken into custody in the capital on Monday.", "COERCE"),
        # the news's own act named under a frame of resolve or of a course
        (
            "Investigators continue to examine the bombing of the courthouse, prosecutors said.",
            "ASSAULT",
        ),
        (
            "The government remains committed to finding the perpetrators of the attack on the "
            "embassy.",
            "ASSAULT",
        ),
        ("The shooting remains under investigation, police said.", "ACCUSE"),
    ],
)
def test_real_stays_asserted(tagged: Code, text: str, kind: str) -> None:
    assert has_asserted(below_headline(tagged, text), kind), text


@pytest.mark.parametrize(
    "text",
    [
        "Rebels continue to shell the capital\n\nResidents fled overnight.",
        "Militants keep attacking border posts\n\nThree soldiers died overnight.",
    ],
)
def test_headline_in_the_present_stays(tagged: Code, text: str) -> None:
    """A headline tells news in the present: "Rebels continue to shell the capital"."""
    assert has_asserted(tagged(text), "ASSAULT"), text
