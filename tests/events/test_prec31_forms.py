"""Misreadings of official statements (issue 15 precision, prec31): a named event that is the
subject of a negated verb ("the attack on the convoy would not deter the government": the attack
happened), people named by their trade ("aid workers", "peace activists"), an act owned by another
party under a stated future ("will continue to support the government's war": no threat of the
speaker's), and a relative clause in the simple present describing a group ("the terrorists who
threaten our people": a description). The real forms of the same shape stay. All sentences
written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, below_headline, has_asserted


def _modality(run: Code, text: str, kind: str) -> str | None:
    found = [e for e in below_headline(run, text) if e.type == kind]
    return found[0].modality if found else None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The attack on the convoy would not deter the government, the minister said.", "ASSAULT"),
        ("The bombing of the market did not stop the talks, officials said.", "ASSAULT"),
        ("The army's shelling of the town did not break the defenders, witnesses said.", "ASSAULT"),
    ],
)
def test_named_event_under_a_negated_verb_happened(code: Code, text: str, kind: str) -> None:
    assert _modality(code, text, kind) == "asserted", text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The protest did not go ahead, organisers said.", "PROTEST"),
        ("The talks were not held on Monday.", "CONSULT"),
        ("An attack would not deter the government, the minister said.", "ASSAULT"),
        ("There was no attack on the convoy, the army said.", "ASSAULT"),
    ],
)
def test_event_denied_stays_unasserted(code: Code, text: str, kind: str) -> None:
    assert not has_asserted(below_headline(code, text), kind), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rebels abducted the aid workers near the border.", "AID"),
        ("Gunmen kidnapped two aid volunteers in the north on Sunday.", "AID"),
        ("The gunmen shot two aid officials in the capital on Monday.", "AID"),
        ("Police detained three peace activists outside the parliament on Monday.", "AGREE"),
        ("The strike leaders were arrested at the port on Monday.", "PROTEST"),
    ],
)
def test_people_named_by_their_trade_are_no_event(code: Code, text: str, kind: str) -> None:
    assert not has_asserted(below_headline(code, text), kind), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The government sent aid to the flood victims on Monday.", "AID"),
        ("Workers went on strike at the port on Monday.", "PROTEST"),
        ("Rebels abducted the aid workers near the border.", "ASSAULT"),
    ],
)
def test_real_events_beside_trades_stay(code: Code, text: str, kind: str) -> None:
    assert has_asserted(below_headline(code, text), kind), text


@pytest.mark.parametrize(
    "text",
    [
        "The country will continue to support the government's war against the militants.",
        "The alliance will back the army's offensive against the rebels, the minister said.",
        "The government will fund the rebels' offensive in the south, the envoy said.",
    ],
)
def test_another_partys_act_is_no_threat(code: Code, text: str) -> None:
    assert not has_asserted(below_headline(code, text), "THREATEN"), text


@pytest.mark.parametrize(
    "text",
    [
        "The army will launch its offensive against the rebels, the minister said.",
        "The rebels will attack the capital if the talks fail, their leader said.",
    ],
)
def test_own_act_stated_is_a_threat(code: Code, text: str) -> None:
    assert has_asserted(below_headline(code, text), "THREATEN"), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The terrorists who threaten our people will be defeated, the president said.",
            "THREATEN",
        ),
        ("The militants who kidnap foreigners for ransom operate from the border area.", "ASSAULT"),
    ],
)
def test_present_relative_clause_describes(code: Code, text: str, kind: str) -> None:
    assert not has_asserted(below_headline(code, text), kind), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police arrested the gang that threatened the shop owner on Monday.", "THREATEN"),
        ("The gunmen who attacked the convoy on Sunday fled into the hills.", "ASSAULT"),
    ],
)
def test_past_relative_clause_tells_an_event(code: Code, text: str, kind: str) -> None:
    assert has_asserted(below_headline(code, text), kind), text


def test_present_relative_clause_in_a_headline_stays(code: Code) -> None:
    """A headline tells news in the present: "Police hold man who threatens mayor"."""
    text = "Police hold man who threatens mayor\n\nThe man was detained overnight."
    assert has_asserted(code(text), "THREATEN"), text


@pytest.mark.parametrize(
    "text",
    [
        "The alliance continues to support the coalition's strikes against the militants.",
        "The party continues to support the army's strikes against the rebels in the south.",
    ],
)
def test_going_on_to_back_is_no_demonstration(code: Code, text: str) -> None:
    """A verb of going on ("continue", "keep") is no public action done to make a claim."""
    assert not has_asserted(below_headline(code, text), "PROTEST"), text


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of farmers blocked the highway to demand higher prices on Monday.",
        "Students gathered outside the ministry to denounce the new law on Monday.",
    ],
)
def test_public_action_for_a_claim_stays_a_demonstration(code: Code, text: str) -> None:
    assert has_asserted(below_headline(code, text), "PROTEST"), text


@pytest.mark.parametrize(
    "text",
    [
        "Opposition supporters continued their sit-in outside parliament on Monday to demand new "
        "elections.",
        "Dock workers kept up their blockade of the port on Friday to denounce the pay freeze.",
    ],
)
def test_going_on_with_an_action_for_a_claim_stays_a_demonstration(code: Code, text: str) -> None:
    """A verb of going on whose object is an action of its own ("continued their sit-in to
    demand") is the demonstration, with its doers as actors."""
    protests = [e for e in below_headline(code, text) if e.type == "PROTEST"]
    assert any(e.modality == "asserted" and e.actor for e in protests), text
