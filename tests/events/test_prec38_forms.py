"""Weighed, called for or still to come (issue 15 precision, prec38): an event noun not named as
a known event, the subject of a copula told with a modal ("an attack on the dam would be
catastrophic"), an event noun joined to the object of a modal verb ("could spark strikes and
protests"), a clause of time in the present under a verb told with "will" ("the militia will
return once the troops leave"), and an act told with "must" ("police must arrest the killers").
Each is marked, not asserted; the real event of the same shape stays asserted. All sentences
written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_below_headline


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a case weighed: an indefinite or bare event noun under a modal copula
        (
            "An attack on the dam would be catastrophic for farmers downstream, engineers warned.",
            "ASSAULT",
        ),
        ("A crackdown on the students would be a grave mistake, the bishop said.", "COERCE"),
        ("Fresh clashes in the capital could be fatal for the economy.", "ASSAULT"),
        # an event noun joined to the object of a modal verb
        ("The new law could spark strikes and protests across the country.", "PROTEST"),
        ("The ruling may trigger riots and protests in the north.", "PROTEST"),
        # a clause of time in the present under "will"
        ("The militia will return once the troops leave.", "RETREAT"),
        ("The curfew will be lifted once the two sides sign a truce.", "AGREE"),
        ("The troops will stay until the rebels sign the accord, the minister said.", "AGREE"),
        # an act called for with "must"
        ("Police must arrest the killers, the mayor said.", "COERCE"),
        ("The two ministers must meet again in Oslo next week.", "CONSULT"),
    ],
)
def test_weighed_called_for_or_to_come(code: Code, text: str, kind: str) -> None:
    assert not asserted_below_headline(code, text, kind), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The attack would be the deadliest in the region this year if the toll is confirmed.",
            "ASSAULT",
        ),
        ("The attack on the dam was catastrophic for farmers downstream, engineers said.", "ASSAULT"),
        ("The crackdown on the students was a grave mistake, the bishop said.", "COERCE"),
        ("The new law sparked strikes and protests across the country.", "PROTEST"),
        ("The ruling triggered riots and protests in the north.", "PROTEST"),
        ("The militia returned once the troops left.", "RETREAT"),
        ("The curfew was lifted once the two sides signed a truce.", "AGREE"),
        ("Police arrested the killers, the mayor said.", "COERCE"),
        ("The two ministers met again in Oslo on Monday.", "CONSULT"),
    ],
)
def test_real_event_of_the_same_shape(code: Code, text: str, kind: str) -> None:
    assert asserted_below_headline(code, text, kind), text
