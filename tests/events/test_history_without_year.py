"""History told without a year is background (issue 15, prec19): a career or a profile ("as
secretary of state she negotiated", "over his career", "during her tenure"), an earlier period
("back when he was mayor", "long before he joined the cabinet", "she was 15 when"), a dealing
recalled in a relative clause on the person the story is about ("the governor, who had refused
to meet them"), or remembered ("reminded
voters that"). The day's news told beside such words stays asserted. All sentences written for
these tests."""

from __future__ import annotations

import pytest

from .conftest import Code


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a career or a profile
        ("As secretary of state she negotiated a ceasefire with the rebels.", "AGREE"),
        ("As mayor, he met with the union leaders every month.", "CONSULT"),
        ("Over his career, the prosecutor charged hundreds of gang members.", "ACCUSE"),
        ("During her tenure, the commissioner sued dozens of banks.", "ACCUSE"),
        ("During his years as governor, he vetoed dozens of bills.", "REJECT"),
        # an earlier period
        ("Back when he was mayor, he banned protests in the main square.", "COERCE"),
        ("When he was mayor, he banned protests in the main square.", "COERCE"),
        ("He had accused the ministry of fraud long before he joined the cabinet.", "ACCUSE"),
        ("She was 15 when a gunman boarded her school bus and shot her.", "ASSAULT"),
        # a dealing recalled in a relative clause on the person the story is about
        ("The governor, who had refused to meet the protesters, spoke at the rally.", "REJECT"),
        ("The envoy, who had met the rebels in secret, resigned on Friday.", "CONSULT"),
        ("The former senator, who criticized the war, endorsed the candidate.", "ACCUSE"),
        # remembered
        ("Clinton reminded voters that her rival had refused to release his taxes.", "REJECT"),
        # already read before: retrospective adverbs and spans
        ("The candidate previously criticized the trade pact as a disaster.", "ACCUSE"),
        ("In the past, the president has accused the press of lying.", "ACCUSE"),
        ("The two leaders have not spoken since the attack on the embassy.", "ASSAULT"),
    ],
)
def test_history_without_a_year_is_background(tagged: Code, text: str, kind: str) -> None:
    events = [e for e in tagged(text) if e.type == kind]
    assert events and all(e.modality == "background" for e in events), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police arrested two men on Friday after a shooting.", "COERCE"),
        ("As a result, the minister resigned on Friday.", "RETREAT"),
        ("As expected, the council rejected the plan on Monday.", "REJECT"),
        ("The senator criticized the plan as a disaster on Tuesday.", "ACCUSE"),
        (
            "The minister had earlier threatened to cut the funds, an aide said on Monday.",
            "THREATEN",
        ),
        ("An aide said the governors had agreed to meet on Friday.", "AGREE"),
        ("Police have arrested three men after the shooting.", "COERCE"),
        # a count in the present perfect is news as often as a record
        ("The rebels have freed eighteen hostages in exchange for prisoners.", "RETREAT"),
        ("The government has delivered 400 tonnes of rice to the flood victims.", "AID"),
        ("The president has signed two bills this week.", "SUPPORT"),
        ("The former senator endorsed the candidate on Sunday.", "SUPPORT"),
        ("The envoy, who had met the rebels on Tuesday, resigned on Friday.", "RETREAT"),
        ("It was midnight when a gunman shot two men outside the bar.", "ASSAULT"),
    ],
)
def test_news_beside_words_of_history_stays_asserted(tagged: Code, text: str, kind: str) -> None:
    events = [e for e in tagged(text) if e.type == kind]
    assert any(e.modality == "asserted" for e in events), text
