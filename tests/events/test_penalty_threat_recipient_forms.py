"""plover26: verbs that gave no event or the wrong one, and recipients named by a verb's "to" or
"from" phrase. Sentences of our own, none from a development set: a fine imposed is SANCTION, an
impeachment ACCUSE 'allege' (a formal charge, as an indictment), a reprisal stated for the future
("said it would retaliate", "vowed to retaliate") THREATEN and asserted, not a promise; "approved
a loan to Pakistan", "recalled its envoy from Kampala": the party of the "to"/"from" phrase is
the recipient where the object names the act or the actor's own envoy."""

from __future__ import annotations

import pytest

from .conftest import Best

TYPED = [
    ("The Estonian regulator fined a Swedish bank for lax checks.", "SANCTION", None),
    ("A court in Lagos fined the airline over delayed refunds.", "SANCTION", None),
    ("Lawmakers in Seoul impeached the prime minister on Friday.", "ACCUSE", "allege"),
    ("The Bolivian senate impeached two judges last week.", "ACCUSE", "allege"),
    ("Tehran vowed to retaliate for the killing of its general.", "THREATEN", None),
    ("Pyongyang warned it would retaliate against any new drills.", "THREATEN", None),
    ("Ankara said it would retaliate against the new duties.", "THREATEN", None),
]


@pytest.mark.parametrize(("text", "kind", "mode"), TYPED)
def test_the_verb_gives_its_event(best: Best, text: str, kind: str, mode: str | None) -> None:
    event = best(text)
    assert event is not None and event.type == kind, event
    assert event.mode == mode and event.modality == "asserted", event


RECIPIENTS = [
    ("The World Bank approved a grant to Malawi.", "MWI"),
    ("The International Monetary Fund approved a loan to Pakistan.", "PAK"),
    ("Canberra withdrew its ambassador from Beijing.", "CHN"),
    ("Hungary recalled its diplomats from Kyiv after the row.", "UKR"),
    ("Nairobi recalled its envoy from Kampala.", "UGA"),
]


@pytest.mark.parametrize(("text", "country"), RECIPIENTS)
def test_the_to_or_from_party_is_the_recipient(best: Best, text: str, country: str) -> None:
    event = best(text)
    assert event is not None
    assert [a.country for a in event.recipient] == [country], event.recipient
