"""Two modality readings (issue 15 precision, prec36). A named event the object of a negated
claim ("neither side has claimed the attack", "the army did not admit the airstrike") happened:
what did not is the claim, so the event keeps its own modality; an event denied outright ("no
attack took place", "denied there was an attack") stays negated. A body's own meeting told by the
reporter with a plain "will" and no other side named ("ministers will meet again in the capital")
is the meeting, CONSULT, future, no promise (AGREE); the actor's own word ("we will meet
again," he said; "said the two sides will meet") and a meeting with another side named ("will
meet the prime minister", "will hold talks with the rebels") stay AGREE. All sentences written
for these tests."""

from __future__ import annotations

import pytest

from .conftest import HEADLINE, Code, asserted_below_headline


def _types(code: Code, sentence: str) -> set[tuple[str, str]]:
    return {
        (e.type, e.modality) for e in code(HEADLINE + sentence) if e.evidence.start >= len(HEADLINE)
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Neither side has claimed the attack on the convoy.", "ASSAULT"),
        ("Neither faction has claimed the raid on the depot.", "COERCE"),
        ("The rebels did not claim the ambush on the convoy.", "ASSAULT"),
        ("The militia has not acknowledged the shelling of the town.", "ASSAULT"),
        ("The army did not admit the airstrike on the school.", "ASSAULT"),
        ("No one has claimed Sunday's bombing of the market.", "ASSAULT"),
        ("No group has claimed responsibility for the attack on the port.", "ASSAULT"),
    ],
)
def test_negated_claim_of_a_named_event(code: Code, text: str, kind: str) -> None:
    assert asserted_below_headline(code, text, kind), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("No attack took place on Monday.", "ASSAULT"),
        ("The army denied there was an attack on the village.", "ASSAULT"),
        ("The militia did not claim any attack on the convoy.", "ASSAULT"),
        ("The rebels did not attack the convoy.", "ASSAULT"),
    ],
)
def test_event_denied_stays_denied(code: Code, text: str, kind: str) -> None:
    assert not asserted_below_headline(code, text, kind), text


@pytest.mark.parametrize(
    "text",
    [
        "Ministers will meet again in Geneva next month.",
        "The ministers will discuss the crisis at their meeting on Friday.",
        "The council members will meet in the capital on Tuesday.",
        "Finance ministers of the bloc will hold talks in Vienna next week.",
    ],
)
def test_reporter_will_of_a_session_is_the_meeting(code: Code, text: str) -> None:
    found = _types(code, text)
    assert ("CONSULT", "future") in found, (text, found)
    assert not any(kind == "AGREE" for kind, _ in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        '"We will meet again next week," the minister said.',
        "The minister said the two sides will meet again next week.",
        "The envoy will hold talks with the rebels on Friday.",
        "The president will meet the prime minister on Monday.",
        "The president will meet with the prime minister on Monday.",
        "Germany will provide aid to the flood victims.",
    ],
)
def test_promise_or_meeting_with_another_side_stays_agree(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AGREE"), text
