"""Verbal events named where none is made (issue 15, prec27): sides of a match that "meet"
("the two teams met in the final"), a deal of commerce ("signed a sponsorship deal", "reached an
agreement to acquire its rival"), forces kept somewhere for years ("has deployed ships to the
gulf for years") and a deployment told in the future passive with no one who states it ("more
troops will be deployed": a plan reported, no threat). The forms that report a meeting held, an
agreement made or forces sent stay asserted. All sentences written for these tests; each text
opens with a headline line, as an article does."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_below_headline

_asserted = asserted_below_headline


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a match
        ("The two teams met in the final on Sunday.", "CONSULT"),
        ("The champions met their old rivals in the semi-final.", "CONSULT"),
        ("The two clubs meet again in the cup next month.", "CONSULT"),
        # a deal of commerce
        ("The club signed a sponsorship deal with a sportswear firm.", "AGREE"),
        ("The company reached an agreement to acquire its rival.", "AGREE"),
        ("The studio signed a licensing agreement with the toy maker on Friday.", "AGREE"),
        ("The retailer agreed to a takeover by its larger rival.", "AGREE"),
        ("The two carmakers announced a merger on Monday.", "AGREE"),
        ("The two banks agreed to merge in a deal worth $5 billion.", "AGREE"),
        ("The energy firm struck a supply agreement with a steel maker.", "AGREE"),
        ("A fashion house bought the Swiss watchmaker in a 2-billion-euro deal.", "AGREE"),
    ],
)
def test_no_verbal_event_made(tagged: Code, sentence: str, kind: str) -> None:
    assert not _asserted(tagged, sentence, kind), sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The two presidents met in Vienna on Monday.", "CONSULT"),
        ("Negotiators from both teams met in Geneva on Monday.", "CONSULT"),
        (
            "The foreign ministers met in Doha on Sunday ahead of the final round of talks.",
            "CONSULT",
        ),
        ("The minister met farmers on Tuesday to discuss prices.", "CONSULT"),
        ("The rebels and the government signed a ceasefire on Sunday.", "AGREE"),
        ("The government reached an agreement to buy the power plant from its owners.", "AGREE"),
        ("The government agreed to buy fighter jets from France.", "AGREE"),
        ("The two countries signed a trade deal on Thursday.", "AGREE"),
        ("The two countries signed an arms deal worth $5 billion on Monday.", "AGREE"),
        ("Russia signed a gas supply deal with China on Friday.", "AGREE"),
        ("The government agreed to a $2 billion loan deal with the lenders.", "AGREE"),
        # a meeting promised, or stated in words of readiness
        ("The president promised to meet the protest leaders.", "AGREE"),
        ("The rebels said they are ready to hold talks with the government.", "AGREE"),
        ("The minister announced that she will visit the flooded towns.", "AGREE"),
        (
            "The unions reached an agreement with the rail company on Sunday to end the strike.",
            "AGREE",
        ),
        ("The ministers agreed that the border would reopen on Friday.", "AGREE"),
        ("Troops were deployed to the border on Sunday.", "MOBILIZE"),
        ("The army deployed tanks to the capital on Saturday.", "MOBILIZE"),
        (
            "The army deployed troops to the northern border on Friday, its first such move in years.",
            "MOBILIZE",
        ),
        ("The government deployed soldiers to the city for two weeks on Friday.", "MOBILIZE"),
        # a deployment its side states, or one with its agent, is a threat
        ("The general vowed that more troops will be deployed to the border.", "THREATEN"),
        (
            "The minister said more troops will be deployed by the army if the attacks go on.",
            "THREATEN",
        ),
        (
            "The general said the army will deploy troops to the border if the attacks continue.",
            "THREATEN",
        ),
    ],
)
def test_verbal_events_made_stay(tagged: Code, sentence: str, kind: str) -> None:
    assert _asserted(tagged, sentence, kind), sentence


@pytest.mark.parametrize(
    ("sentence", "threat"),
    [
        # a danger or another side's conduct warned of
        ("The senator warned that the governor opposes the new law.", False),
        ("Aid groups warned that the government was losing control of the north.", False),
        ("Doctors warned that the virus is spreading faster than expected.", False),
        # the speaker's side's own readiness, force or condition
        ("The army warned that it will strike the rebel camps.", True),
        ("The minister warned that all options are on the table.", True),
        ("The president warned the rebels that the army stands ready to respond.", True),
        ("The general warned that the army retains the right to respond.", True),
        ("The militia warned that it would attack the town if the troops stayed.", True),
        ("The envoy warned that the country would face sanctions.", True),
        ("Police warned that anyone who joins the march will be arrested.", True),
        ("The union warned that its members are going to strike next week.", True),
        ("The minister warned of new sanctions against the regime.", True),
    ],
)
def test_a_danger_warned_is_no_threat(tagged: Code, sentence: str, threat: bool) -> None:
    assert _asserted(tagged, sentence, "THREATEN") is threat, sentence
