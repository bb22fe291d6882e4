"""PLOVER readings of plover24, each from the PLOVER manual: a website hacked or defaced is COERCE
'cyber' (and the sentence models, which rarely saw one, do not drop it); a border or a crossing
opened is RETREAT 'access' (a blockade eased); peacekeepers or observers pulled out are SANCTION
'withdraw' (what is withdrawn is no armed force), also where the type model reads a retreat;
talks or a mediation halted are SANCTION 'withdraw', not a meeting; funds withheld are SANCTION
'discontinue' and water or food withheld COERCE; a place named after the verb's object is no
object of its own ("opened a base near the border")."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from eventwire.events.arbitrate import _unlikely
from eventwire.events.coder import EventCoder
from eventwire.events.roles import Candidate
from eventwire.records import Event

from .conftest import Code, make_document


def _best(events: tuple[Event, ...]) -> str | None:
    return max(events, key=lambda e: e.confidence).type if events else None


@pytest.fixture(scope="module")
def learned_coder() -> EventCoder:
    c = EventCoder(learned=True)
    c.setup()
    return c


@pytest.mark.parametrize(
    "text",
    [
        "A group of activists hacked the ministry's website on Monday.",
        "Unknown attackers hacked the email accounts of three senators last month.",
        "Nationalist hackers defaced hundreds of government web sites last week.",
    ],
)
def test_a_hacked_or_defaced_site_is_coerce_cyber(code: Code, text: str) -> None:
    events = code(text)
    assert [(e.type, e.mode) for e in events][:1] == [("COERCE", "cyber")], text


def test_hacking_branches_stays_a_blade(code: Code) -> None:
    assert _best(code("The farmers hacked the branches off the trees.")) != "COERCE"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Student hackers have defaced nearly 500 Dutch Web sites over the past week.",
        "Student hackers angered by the new law have defaced nearly 500 Dutch Web sites.",
        "A group of activists hacked the ministry's website on Monday.",
    ],
)
def test_a_cyber_attack_passes_the_sentence_models(
    nlp: Language, learned_coder: EventCoder, text: str
) -> None:
    events = learned_coder.code(nlp(text), make_document(text))
    assert _best(events) == "COERCE", text


@pytest.mark.parametrize(
    "text",
    [
        "The government reopened the border crossing to allow aid trucks into the region.",
        "Turkey opened its border with Armenia on Monday for the first time in a decade.",
        "The militia reopened the main crossing into the enclave on Sunday.",
    ],
)
def test_a_border_or_crossing_opened_is_retreat_access(code: Code, text: str) -> None:
    events = code(text)
    best = max(events, key=lambda e: e.confidence)
    assert (best.type, best.mode) == ("RETREAT", "access"), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The French army opened a new forward base near the border with Niger.", "MOBILIZE"),
        ("Gunmen opened fire on a bus near the border crossing.", "ASSAULT"),
    ],
)
def test_a_place_after_the_object_is_not_what_was_opened(code: Code, text: str, kind: str) -> None:
    assert _best(code(text)) == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "Forty UN peacekeepers were pulled out of the northern town on Monday.",
        "The United Nations pulled its peacekeepers out of the border zone on Monday.",
    ],
)
def test_peacekeepers_pulled_out_are_sanction(code: Code, text: str) -> None:
    assert _best(code(text)) == "SANCTION", text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Forty UN peacekeepers were pulled out of the northern town on Monday.",
        "The United Nations pulled its peacekeepers out of the border zone on Monday.",
    ],
)
def test_peacekeepers_pulled_out_pass_the_sentence_models(
    nlp: Language, learned_coder: EventCoder, text: str
) -> None:
    events = learned_coder.code(nlp(text), make_document(text))
    assert _best(events) == "SANCTION", text


def test_only_a_withdrawal_of_envoys_is_judged_as_a_withdrawal() -> None:
    token = spacy.blank("en")("pulled")[0]
    envoys = Candidate(trigger=token, type="SANCTION", mode="withdraw", envoys=True)
    shut = Candidate(trigger=token, type="SANCTION", mode="withdraw")
    scores = {"RETREAT": 0.7, "SANCTION": 0.01}
    by_type = {"SANCTION": 0.1}
    assert not _unlikely(envoys, 0.9, scores, 0.1, by_type)
    assert _unlikely(shut, 0.9, scores, 0.1, by_type)


def test_a_cyber_attack_is_judged_by_the_sentence_threshold_alone() -> None:
    token = spacy.blank("en")("hacked")[0]
    cyber = Candidate(trigger=token, type="COERCE", mode="cyber")
    arrest = Candidate(trigger=token, type="COERCE", mode="arrest")
    scores = {"PROTEST": 0.2, "COERCE": 0.1}
    by_type = {"COERCE": 0.06}
    assert not _unlikely(cyber, 0.3, scores, 0.1, by_type)
    assert _unlikely(arrest, 0.3, scores, 0.1, by_type)
    assert _unlikely(cyber, 0.05, scores, 0.1, by_type)


@pytest.mark.parametrize(
    "text",
    [
        "The government halted talks with the rebels on Monday.",
        "The European Union halted its mediation between the two parties.",
    ],
)
def test_talks_halted_are_sanction_not_a_meeting(code: Code, text: str) -> None:
    assert _best(code(text)) == "SANCTION", text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The donors withheld funds from the ministry last month.", "SANCTION"),
        (
            "The finance ministry withheld funding from the regional council after the vote.",
            "SANCTION",
        ),
        ("The utility withheld water from the rebel district for a week.", "COERCE"),
        ("The government withheld food from the besieged villages for a month.", "COERCE"),
    ],
)
def test_what_is_withheld_tells_the_type(code: Code, text: str, kind: str) -> None:
    assert _best(code(text)) == kind, text
