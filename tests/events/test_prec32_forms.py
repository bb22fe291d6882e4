"""Acts told as the past or a profile, asserted as news (issue 15 precision, prec32): a tally in
the perfect over months or this year, a profile opened by a person's origin, a career that fills
years, an act before a step of a career, a course counted in decades, an event noun that counts
the news among like events, an act in a relative clause on what a span is counted from, an act
in a stretch of a conflict of years, an act counted back weeks or more in the past perfect, an
act a doer is known for, acts told as a trend, an act in the past perfect in a relative clause
on a thing, and a place told by its past (`events/history_forms.py`). A real event of
the same shape, told as this story's news, stays asserted. All sentences written for these
tests."""

from __future__ import annotations

import pytest

from .conftest import Best, Code, below_headline, has_asserted, told_as_background

HISTORY = [
    # a tally in the perfect over months, this year, or since a start
    ("Bandits have kidnapped more than 200 travellers in the state this year.", "ASSAULT"),
    ("Police have arrested more than 1,500 demonstrators over the past month.", "COERCE"),
    ("At least 300 soldiers have been killed since January in the east.", "ASSAULT"),
    ("The army says it has killed 900 fighters since the start of the offensive.", "ASSAULT"),
    # a profile opened by a person's origin
    (
        "Born in a mountain village, the commander fought with the rebels and later joined "
        "the army.",
        "ASSAULT",
    ),
    ("Raised in the border town, she campaigned against the dam and was jailed twice.", "COERCE"),
    # a career that fills years or a life
    ("She spent two decades helping refugees across the border.", "AID"),
    ("He spent his life fighting the regime.", "ASSAULT"),
    # an act before a step of a career
    ("She negotiated the truce before she was appointed minister.", "CONSULT"),
    ("The colonel led the raid on the prison before becoming defence minister.", "COERCE"),
    # a course counted in decades
    ("The rebels have been fighting for independence for more than four decades.", "ASSAULT"),
    ("The envoy, who mediated between the clans for three decades, retired on Friday.", "CONSULT"),
    # an event noun that counts the news among like events
    ("It was the third such attack in the district this month.", "ASSAULT"),
    ("It was the fifth kidnapping in the town this year.", "ASSAULT"),
    # an act in a relative clause on what a span is counted from
    ("Thousands have returned since the siege that killed hundreds of fighters.", "ASSAULT"),
    ("Friday marks a decade since the siege that killed hundreds of fighters.", "ASSAULT"),
    # an act in a stretch of a conflict of years
    (
        "He was arrested in the first week of the uprising and sentenced by a military court.",
        "COERCE",
    ),
    ("Thousands of civilians were killed in the final months of the war.", "ASSAULT"),
    # counted back weeks or more in the past perfect
    (
        "The suspect had been released from jail two weeks earlier on an unrelated charge.",
        "RETREAT",
    ),
    ("The driver had been arrested three months earlier for a similar theft.", "COERCE"),
    # a relative clause in the past perfect, set off by a comma, on a thing or a place
    ("The bridge, which had been captured by rebels, reopened on Monday.", "COERCE"),
    ("The village, which had been shelled by the army, was quiet on Monday.", "ASSAULT"),
    # a place told by its past under a state in the simple present
    ("The region includes the valley, where rebels ambushed a convoy.", "ASSAULT"),
    ("The district is home to the market where a bomb killed 20 people.", "ASSAULT"),
    # an act a doer is known for
    ("The armed group is known for abducting civilians and demanding ransom.", "ASSAULT"),
    ("The gang is notorious for kidnapping travellers.", "ASSAULT"),
]

NEWS = [
    ("Police have arrested three men since Monday.", "COERCE"),
    ("Two soldiers have been killed this week in the north.", "ASSAULT"),
    ("Born in the capital, the suspect was arrested at the airport on Monday.", "COERCE"),
    ("Raised in the south, the singer was detained by police on Sunday.", "COERCE"),
    ("Volunteers spent the day helping flood victims.", "AID"),
    ("Rescuers spent Sunday helping stranded families.", "AID"),
    ("Troops shelled the town before withdrawing on Monday.", "ASSAULT"),
    ("Police arrested the man before he could flee.", "COERCE"),
    ("The rebels have been fighting the army for three days.", "ASSAULT"),
    ("The journalist was jailed for two decades.", "COERCE"),
    ("The blast was a suicide attack, police said.", "ASSAULT"),
    ("It was his first visit to the country since the war.", "CONSULT"),
    ("The siege that killed hundreds of fighters ended on Monday.", "ASSAULT"),
    ("Police arrested three men this week after the raid that freed the hostages.", "COERCE"),
    ("He was arrested in the first week of December in the capital.", "COERCE"),
    ("Two men were arrested on Monday in the opening hours of the protest.", "COERCE"),
    ("The suspect had been released from jail two hours earlier.", "RETREAT"),
    ("The man was arrested for abducting a child on Monday.", "ASSAULT"),
    ("The man, who had been stabbed in the back, died in hospital.", "ASSAULT"),
    ("The minister, who had been arrested in the raid, was freed on Monday.", "COERCE"),
    ("The armed group released the hostages it had abducted near the border.", "ASSAULT"),
    ("Police sealed off the market, where a bomb exploded.", "ASSAULT"),
    ("Troops returned to the valley, where rebels ambushed a convoy.", "ASSAULT"),
    ("Gunmen abducted two farmers near the market on Sunday.", "ASSAULT"),
    ("The attack was brief, witnesses said.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "kind"), HISTORY)
def test_history_or_profile_is_not_asserted(tagged: Code, text: str, kind: str) -> None:
    assert told_as_background(below_headline(tagged, text), kind), text


@pytest.mark.parametrize(("text", "kind"), NEWS)
def test_news_of_the_same_shape_stays_asserted(tagged: Code, text: str, kind: str) -> None:
    assert has_asserted(below_headline(tagged, text), kind), text


# acts told as a trend, read as a sentence alone (as the PLOVER benchmark reads one)
@pytest.mark.parametrize(
    "text",
    [
        "Kidnappings for ransom have become common on the highways of the north.",
        "Attacks on police stations have become common in the region.",
    ],
)
def test_acts_told_as_a_trend_are_background(best: Best, text: str) -> None:
    event = best(text)
    assert event is not None and event.type == "ASSAULT", text
    assert event.modality == "background", text


@pytest.mark.parametrize(
    "text",
    [
        "The kidnapping became public on Monday.",
        "Attacks on police stations became deadly on Monday.",
    ],
)
def test_an_event_told_with_a_copula_stays_asserted(best: Best, text: str) -> None:
    event = best(text)
    assert event is not None and event.type == "ASSAULT", text
    assert event.modality == "asserted", text
