"""Verbal and cooperative event words read in a sense that reports no event of their type, and the
real events told with the same words. All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code


def _types(code: Code, text: str) -> set[str]:
    return {e.type for e in code(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # feeling, thought, courtesy: CAMEO's bare readings of these verbs tell no act
        ("I mourn for his children, who will grow up without him.", "ACCUSE"),
        ("We grieve for her sisters, who will never see her again.", "ACCUSE"),
        ("Two volunteers greeted every shopper at the door of the town hall.", "SUPPORT"),
        ("The chairman pondered the figures for a long time.", "CONSULT"),
        # "agree" sharing an opinion, not making an agreement
        ("Her neighbour agrees.", "AGREE"),
        ("The deputy agreed with the sheriff.", "AGREE"),
        ("Most of the guests agreed that the soup was too salty.", "AGREE"),
        # "offer" as a way of speaking
        ("The boy's uncle offered an apology to the family.", "AGREE"),
        ("The governor offered her condolences to the crew's families.", "AGREE"),
        ("The spokesman offered no explanation for the delay.", "AGREE"),
        # "host" housing people or staging a show
        ("The president complains about hosting so many refugees.", "CONSULT"),
        ("The president laments hosting the rising number of migrants.", "CONSULT"),
        ("The city hosted a charity concert on Saturday.", "CONSULT"),
        # one side speaking about a topic is no consultation
        ("The mayor went on to discuss the new parking rules.", "CONSULT"),
        ("The mayor discussed the new rules for bars.", "CONSULT"),
        ("She discussed the new rules for bars.", "CONSULT"),
        # a letter or a resolution carries its content, not support
        ("The county board approved a resolution condemning the governor's remarks.", "SUPPORT"),
        ("Forty retired generals signed a letter saying they would not vote for him.", "SUPPORT"),
        # an event noun given as a reason tells why, not a new event
        ("The sheriff kept the footage from reporters, citing an ongoing investigation.", "ACCUSE"),
        ("The sheriff kept the footage from reporters, citing an ongoing investigation.", "REJECT"),
    ],
)
def test_verbal_word_in_another_sense(code: Code, text: str, kind: str) -> None:
    assert kind not in _types(code, text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The two ministers met in Geneva on Tuesday.", "CONSULT"),
        ("The union agreed to end the strike.", "AGREE"),
        ("The two sides agreed on a ceasefire late on Sunday.", "AGREE"),
        ("A truce was agreed on Sunday.", "AGREE"),
        ("The rebels agreed a deal with the army.", "AGREE"),
        ("The leaders agreed that the troops would leave by March.", "AGREE"),
        ("The rebels offered a truce.", "AGREE"),
        ("The government offered talks to the rebels.", "AGREE"),
        ("Jordan hosted the Syrian foreign minister on Monday.", "CONSULT"),
        ("The king hosted talks between the two factions.", "CONSULT"),
        ("The mayor discussed the budget with the governor.", "CONSULT"),
        ("The two ministers discussed trade and security.", "CONSULT"),
        ("Iran and Iraq discussed border security on Monday.", "CONSULT"),
        ("They discussed the new rules for bars.", "CONSULT"),
        ("The foreign minister conferred with his Saudi counterpart.", "CONSULT"),
        ("The president signed the bill into law.", "SUPPORT"),
        ("The council approved the budget.", "SUPPORT"),
        ("The county board approved a resolution condemning the governor's remarks.", "ACCUSE"),
        ("The opposition leader condemned the arrests.", "ACCUSE"),
        ("Prosecutors opened an investigation into the deaths.", "ACCUSE"),
    ],
)
def test_real_verbal_event_kept(code: Code, text: str, kind: str) -> None:
    assert kind in _types(code, text), text
