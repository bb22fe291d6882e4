"""Events asserted where none happened (issue 15 precision, prec49):

- harm or an evacuation told with no doer in a sentence that tells a vehicle's or a structure's
  mishap in another of its clauses ("Bus overturns on mountain road, 12 passengers dead", "two
  trucks collided, leaving one driver dead") is an accident, no attack nor retreat;
- an event noun inside the subject of what is still scheduled ("a vote on the peace accord is
  scheduled for next week") is the topic of what is to come;
- a verb joined to a verb of habit with no subject of its own ("guards regularly stop and arrest
  migrants") is the habit too; "rarely" and "seldom" tell how often as "often" does;
- a crowd that disperses of itself ("the marchers dispersed quietly") left; no one coerced it;
- a force of nature told as the doer of coercion or a retreat ("bushfires forced hundreds of
  families to leave") coerced no one.

The same words with a word of attack or a weapon, a doer who harms someone, the collapse of
talks, a past or a direct event, a verb with its own subject or tense, a crowd dispersed by
someone, or people who force others out stay events. All
sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_below_headline


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a vehicle's or a structure's mishap told in another clause of the sentence
        ("A freight train derailed near the river on Monday, and two railway workers were killed.", "ASSAULT"),
        ("Bus overturns on mountain road, 12 passengers dead and 20 injured", "ASSAULT"),
        ("Two trucks collided on the coastal highway, leaving one driver dead and four people injured.", "ASSAULT"),
        ("A farmer was killed when his tractor slid down a slope and overturned.", "ASSAULT"),
        ("A crane collapsed at a building site in the port; one worker was injured.", "ASSAULT"),
        # an evacuation after a mishap
        ("A coach skidded off the road near the border; all 40 passengers were evacuated.", "RETREAT"),
        ("The ferry capsized near the harbour wall, and 80 passengers were evacuated.", "RETREAT"),
        # a force of nature as the doer of coercion or a retreat
        ("Bushfires forced hundreds of families to leave the valley on Sunday.", "COERCE"),
        ("Bushfires forced hundreds of families to leave the valley on Sunday.", "RETREAT"),
        ("Floods forced thousands of villagers from their homes on Tuesday.", "COERCE"),
        # an event noun in the subject of what is scheduled
        ("A vote on the peace accord is scheduled for next week.", "AGREE"),
        ("Approval of the truce by parliament is expected within days.", "AGREE"),
        ("The junta's reply to the ceasefire offer is expected on Thursday, an envoy said.", "AGREE"),
        # a verb joined to a verb of habit
        ("The guards regularly stop and arrest migrants at the crossing.", "COERCE"),
        ("Officials seldom meet and negotiate with the rebels.", "CONSULT"),
        ("Ministers rarely resign in the country, even after a scandal.", "RETREAT"),
        # a crowd that disperses of itself
        ("The marchers dispersed quietly after the speeches.", "COERCE"),
        ("The crowd dispersed peacefully at dusk, and no one was detained.", "COERCE"),
    ],
)  # fmt: skip
def test_not_asserted(code: Code, text: str, kind: str) -> None:
    assert not asserted_below_headline(code, text, kind), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a word of attack or a weapon in the sentence
        ("Gunmen ambushed the bus, which overturned; five passengers were killed.", "ASSAULT"),
        ("The army helicopter crashed after it was shot down by rebels, and four soldiers were killed.", "ASSAULT"),
        ("A car packed with explosives crashed into the checkpoint, and six soldiers were killed.", "ASSAULT"),
        ("A van rammed a crowd of shoppers and overturned; nine people were killed.", "ASSAULT"),
        # a doer who harms someone
        ("Soldiers shot two men dead after their car crashed into the checkpoint.", "ASSAULT"),
        # no vehicle nor structure
        ("The talks collapsed, and two protesters were killed in the capital on Monday.", "ASSAULT"),
        # people who force others out
        ("Armed men forced hundreds of families to leave the valley on Sunday.", "COERCE"),
        ("Armed men forced hundreds of families to leave the valley on Sunday.", "RETREAT"),
        # a force that withdraws
        ("Troops withdrew from the town after their helicopter crashed.", "RETREAT"),
        # the event told itself, or the scheduled act told as done
        ("The parliament ratified the peace accord on Tuesday.", "AGREE"),
        ("The rebels signed the ceasefire agreement, and a vote on it is expected next week.", "AGREE"),
        # a verb with its own subject or tense
        ("The guards usually stay calm but arrested two migrants at the crossing on Monday.", "COERCE"),
        ("Police regularly patrol the highway, and on Monday they arrested two smugglers.", "COERCE"),
        ("The guards stopped and arrested two migrants at the crossing on Monday.", "COERCE"),
        ("The minister resigned on Friday after the scandal.", "RETREAT"),
        # a crowd dispersed by someone
        ("Police dispersed the crowd with batons on Sunday.", "COERCE"),
        ("Residents gathered near the checkpoint and were dispersed by soldiers.", "COERCE"),
    ],
)  # fmt: skip
def test_same_words_still_an_event(code: Code, text: str, kind: str) -> None:
    assert asserted_below_headline(code, text, kind), text
