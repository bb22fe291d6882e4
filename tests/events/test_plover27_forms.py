"""PLOVER forms of plover27: events the rules read no event at all in. Talks under another name
("pursued their discussions", "talked by phone", of public sides only); help or intelligence
sharing cut off (SANCTION); a text vetoed ("blocked the resolution", REJECT); sides that "worked
together" (COOPERATE, of public sides only); trade resumed; an office holder who "quits over" a
scandal, an occupation or siege ended, fighters who "gave themselves up" (RETREAT); a threat told
in reported speech on a condition ("said he would call in the army if", THREATEN); relief brought,
dropped from the air, refuge granted (AID)."""

from __future__ import annotations

import pytest

from .conftest import Code, most_confident_type


@pytest.mark.parametrize(
    "text",
    [
        "The envoys pursued their discussions with the rebel leaders in Nairobi on Friday.",
        "The two delegations pursued talks on the prisoner swap for a fourth day.",
        "The prime minister talked by phone with the Kenyan president about the drought.",
        "The Secretary of State maintained a conversation by telephone with the Turkish minister.",
    ],
)
def test_talks_under_another_name_are_consult(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "CONSULT"


@pytest.mark.parametrize(
    "text",
    [
        "He talked by phone with his mother every evening.",
        "He talked about his childhood on the farm for an hour.",
        "Parents should sit down and talk with their children about the risks.",
    ],
)
def test_private_talk_is_no_consult(code: Code, text: str) -> None:
    assert most_confident_type(code, text) != "CONSULT"


@pytest.mark.parametrize(
    "text",
    [
        "The European Union suspended budget assistance to the government after the coup.",
        "The donors cut their assistance to the ministry over the missing funds.",
        "The agency halted intelligence sharing with its allies after the leak.",
        "The Treasury blacklisted four foreign banks on Thursday.",
    ],
)
def test_help_or_sharing_cut_off_is_sanction(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "SANCTION"


@pytest.mark.parametrize(
    "text",
    [
        "Russia blocked the draft resolution at the Security Council.",
        "Two member states blocked the joint statement on the election.",
    ],
)
def test_a_text_blocked_is_reject(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "REJECT"


def test_a_road_blocked_by_protesters_stays_protest(code: Code) -> None:
    assert most_confident_type(code, "Protesters blocked the road to the airport.") == "PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        "Swiss and Italian investigators worked together to trace the stolen funds.",
        "Kenyan soldiers worked alongside Somali troops to secure the highway.",
        "The armies of the two states led a joint search for the missing fishermen.",
        "The two neighbours resumed commerce across the border after the peace deal.",
    ],
)
def test_sides_working_together_cooperate(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "COOPERATE"


@pytest.mark.parametrize(
    "text",
    [
        "She worked together with her brother in the family bakery for twenty years.",
        "The two families worked together to rebuild the barn.",
    ],
)
def test_private_people_working_together_is_no_event(code: Code, text: str) -> None:
    assert most_confident_type(code, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Transport minister quits over rail crash",
        "Police chief quits over leaked memo",
        "The rebels ended their occupation of the oil field on Monday.",
        "The army ended the siege of the northern town after the talks.",
        "Dozens of fighters gave themselves up to the army in the hills.",
        "The two armies disengaged from the disputed ridge.",
    ],
)
def test_leaving_an_office_or_ground_is_retreat(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "RETREAT"


def test_a_demand_that_a_minister_quit_stays_request(code: Code) -> None:
    assert (
        most_confident_type(code, "Unions demand transport minister quit over rail crash")
        == "REQUEST"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The union said its members would walk off the job unless wages were raised.",
        "The governor said he would call in the army if the looting continued.",
    ],
)
def test_force_told_on_a_condition_is_threaten(code: Code, text: str) -> None:
    events = code(text)
    assert any(e.type == "THREATEN" and e.modality == "asserted" for e in events)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The governor called in the army after the looting.", "MOBILIZE"),
        ("The dock workers walked off the job on Monday over unpaid wages.", "PROTEST"),
    ],
)
def test_the_act_done_stays_the_act(code: Code, text: str, kind: str) -> None:
    events = code(text)
    assert any(e.type == kind and e.modality == "asserted" for e in events)
    assert not any(e.type == "THREATEN" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The charity brought blankets and tents to families left homeless by the earthquake.",
        "Army helicopters dropped sacks of rice and blankets to villages cut off by the snow.",
        "The aid agency airdropped food to thousands of people stranded by the floods.",
        "The consulate granted refuge to a journalist who had fled the capital.",
    ],
)
def test_relief_brought_or_dropped_is_aid(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "AID"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Jets dropped bombs on the rebel positions overnight.", "ASSAULT"),
        ("The prosecutor dropped the charges against the activist.", "CONCEDE"),
        ("She brought her children to the park on Sunday.", None),
        ("The teacher dropped her bag and ran.", None),
    ],
)
def test_bringing_or_dropping_other_things_is_no_aid(
    code: Code, text: str, kind: str | None
) -> None:
    assert most_confident_type(code, text) == kind
