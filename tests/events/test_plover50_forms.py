"""PLOVER forms of plover50 (issue 15), all sentences our own, none from the blind set
(`plover50_wire_set.tsv`) that showed them.

- A light verb (`triggers/light_verbs.txt`: issue, express, voice, give, extend, deliver, ...)
  whose object is a noun telling a verbal act (`triggers/light_nouns.tsv`) reads as the noun:
  "issued a condemnation" ACCUSE (not the CAMEO lexicon's bare "issue", cooperation), "gave its
  backing" SUPPORT, "expressed its readiness", "extended an invitation" AGREE, "delivered an
  ultimatum" THREATEN, "issued a denial" REJECT. Its subject must be able to act (a state, a
  body, an office, a name): a coach's backing of a player is no event.
- A protest made to a government, an embassy or an envoy ("protested to Tallinn over") is a
  diplomatic protest (ACCUSE), not a demonstration: a row "protest to" read it and was dropped
  (the PLOVER check part fell 0.716 -> 0.703, tune unchanged); its sentences are kept as known
  misses, and a crowd's protest stays PROTEST.
- A gerund right after a telling verb (REJECT, ACCUSE) or its particle, parsed as an adverbial
  clause ("ruled out recognising the region"), is what the verb tells: the refusal is the
  sentence's event, as "refused to recognise" is; a gerund set off by a comma is not.
"""

from __future__ import annotations

import pytest

from .conftest import HEADLINE, Code, most_confident_type


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The foreign ministry issued a strong condemnation of the shelling.", "ACCUSE"),
        ("The archbishop issued a denunciation of the death squads on Sunday.", "ACCUSE"),
        ("The envoy delivered a sharp rebuke to the visiting delegation.", "ACCUSE"),
        ("The cabinet gave its approval to the ceasefire deal on Monday.", "SUPPORT"),
        ("The regional bloc extended its backing to the interim president.", "SUPPORT"),
        ("The Arab League gave its blessing to the new trade corridor.", "SUPPORT"),
        ("The rebels expressed their willingness to join the talks in Geneva.", "AGREE"),
        ("Tehran voiced its readiness to resume the nuclear negotiations.", "AGREE"),
        ("Ghana extended an invitation to the Ivorian president to attend the summit.", "AGREE"),
        ("The army chief issued a warning to the militias to leave the city.", "THREATEN"),
        ("The bloc delivered an ultimatum to the junta on Thursday.", "THREATEN"),
        ("The ministry issued a denial of the reports of troop movements.", "REJECT"),
        ("The opposition gave a flat refusal to the offer of seats in the cabinet.", "REJECT"),
        ("The governor issued a plea for calm after the riots.", "REQUEST"),
    ],
)
def test_light_verb_reads_as_its_noun(code: Code, text: str, kind: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "The coach gave his backing to the young goalkeeper.",
        "My aunt gave her approval to the wedding plans.",
        "My neighbour extended an invitation to the whole street to his barbecue.",
        # fix51p: "approval" is no light noun: a regulator's licence is no backing
        "The agency gave approval to the new vaccine on Friday.",
        "The watchdog gave final approval to the new pesticide.",
    ],
)
def test_light_verb_of_no_acting_subject_is_no_event(code: Code, text: str) -> None:
    assert most_confident_type(code, HEADLINE + text) is None, text


DIPLOMATIC = pytest.mark.xfail(
    strict=True, reason="a protest made to a government: its row lowered the PLOVER check part"
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Moscow protested to Vilnius over the closure of the transit route.",
            "ACCUSE",
            marks=DIPLOMATIC,
        ),
        pytest.param(
            "The ministry protested to the Chinese embassy over the arrest of two citizens.",
            "ACCUSE",
            marks=DIPLOMATIC,
        ),
        pytest.param(
            "Vienna protested strongly to Budapest about the new border fence.",
            "ACCUSE",
            marks=DIPLOMATIC,
        ),
        ("Farmers protested outside the ministry to demand higher prices.", "PROTEST"),
        ("Hundreds of students protested in front of the parliament on Friday.", "PROTEST"),
        ("Nurses protested to demand their unpaid wages.", "PROTEST"),
    ],
)
def test_protest_made_to_a_government_is_an_accusation(code: Code, text: str, kind: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister ruled out sending troops to the region.",
        "Washington ruled out lifting the sanctions before the vote.",
        "Belgrade ruled out recognising the breakaway province.",
        "The army denied shelling the village, a spokesman said.",
    ],
)
def test_gerund_after_a_refusal_is_what_it_refuses(code: Code, text: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == "REJECT", text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The ministry issued a condemnation of the shooting on Monday.", "ASSAULT"),
        ("The president voiced his criticism of the raid by police.", "COERCE"),
        ("The bishops issued a denunciation of the bombing of the cathedral.", "ASSAULT"),
        ("The embassy expressed its condemnation of the arrests of the reporters.", "COERCE"),
    ],
)
def test_the_act_condemned_is_not_the_condemners(code: Code, text: str, kind: str) -> None:
    """fix51p: an event noun in the light noun's "of" phrase does not take the light verb's
    subject as its actor: who condemns the shooting did not shoot."""
    events = [e for e in code(HEADLINE + text) if e.type == kind]
    subject = text.split()[1]
    assert events, text
    assert not any(subject in a.name.lower() for e in events for a in e.actor), text
