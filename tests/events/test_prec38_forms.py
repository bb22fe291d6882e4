"""Weighed, called for or still to come (issue 15 precision, prec38): an event noun not named as
a known event, the subject of a copula told with a modal ("an attack on the dam would be
catastrophic") or weighed as likely ("a truce is unlikely to hold"; "a return to talks is
possible"), an event noun joined to the object of a modal verb ("could spark strikes and
protests"), a clause of time in the present under a verb told with "will" ("the militia will
return once the troops leave"), an act told with "must" ("police must arrest the killers"), and
the object of a purpose told under a meeting still to come ("are due to meet next month to
review the sanctions"); a condition opened by "were" ("were the talks to fail, the rebels would
attack"), the infinitive of a noun of failing ("failure to reach an agreement"), and a
gerund the subject of a copula in the present ("attacking the police is a crime": a kind).
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
        # an indefinite event noun weighed as likely or unlikely to come, with an infinitive
        ("A truce between the clans is unlikely to hold through the winter.", "AGREE"),
        ("A deal with the creditors is unlikely to survive the elections.", "AGREE"),
        # an event noun held by "a return to", weighed
        ("A return to negotiations is possible next month, diplomats said.", "CONSULT"),
        ("A return to talks between the unions and the ministry is unlikely this year.", "CONSULT"),
        # an event noun joined to the object of a modal verb
        ("The new law could spark strikes and protests across the country.", "PROTEST"),
        ("The ruling may trigger riots and protests in the north.", "PROTEST"),
        # a clause of time in the present under "will"
        ("The militia will return once the troops leave.", "RETREAT"),
        ("The curfew will be lifted once the two sides sign a truce.", "AGREE"),
        ("The troops will stay until the rebels sign the accord, the minister said.", "AGREE"),
        # the object of a purpose told under a meeting still to come or weighed
        ("The council is due to meet next month to review the embargo on the regime.", "SANCTION"),
        ("The generals could meet on Friday to plan an offensive.", "ASSAULT"),
        # a condition opened by "were", the auxiliary parsed as the copula
        ("Were the fighting to reach the city, the hospital would struggle to cope.", "ASSAULT"),
        ("Were the talks to fail, the rebels would attack the capital.", "ASSAULT"),
        # the infinitive of a noun of failing or refusing
        (
            "Failure to reach an agreement by Friday could close the schools, the union warned.",
            "AGREE",
        ),
        ("The inability to hold talks with the rebels worried the envoy.", "CONSULT"),
        # a gerund with no subject of its own, the subject of a copula in the present: a kind
        ("Attacking the police is a crime in any country.", "ASSAULT"),
        ("Detaining protesters without charge is illegal, the lawyers say.", "COERCE"),
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
        (
            "The attack on the dam was catastrophic for farmers downstream, engineers said.",
            "ASSAULT",
        ),
        ("The crackdown on the students was a grave mistake, the bishop said.", "COERCE"),
        ("The truce is unlikely to hold through the winter.", "AGREE"),
        ("The attack is likely to be the deadliest this year.", "ASSAULT"),
        ("A bomb attack is likely to have killed them, police said.", "ASSAULT"),
        ("Diplomats welcomed a return to talks on Monday.", "CONSULT"),
        ("The new law sparked strikes and protests across the country.", "PROTEST"),
        ("The ruling triggered riots and protests in the north.", "PROTEST"),
        ("The militia returned once the troops left.", "RETREAT"),
        ("The curfew was lifted once the two sides signed a truce.", "AGREE"),
        ("The two leaders met in Geneva on Monday to sign a ceasefire.", "AGREE"),
        ("The fighting reached the city on Monday and the hospital struggled to cope.", "ASSAULT"),
        ("The rebels attacked the capital after the talks failed.", "ASSAULT"),
        ("The agreement reached on Friday reopened the schools.", "AGREE"),
        ("The envoy held talks with the rebels on Monday.", "CONSULT"),
        ("Attacking the police station, the mob burned two cars.", "ASSAULT"),
        ("The mob was attacking the police station when troops arrived.", "ASSAULT"),
        ("Police arrested the killers, the mayor said.", "COERCE"),
        ("The two ministers met again in Oslo on Monday.", "CONSULT"),
    ],
)
def test_real_event_of_the_same_shape(code: Code, text: str, kind: str) -> None:
    assert asserted_below_headline(code, text, kind), text
