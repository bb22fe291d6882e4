"""PLOVER forms of plover35. AID: a state the tagger takes for an organisation ("supplied
Moldova with 12 million dollars", "granted 20 million euros to Moldova") takes money as aid when
the actor dictionary reads its name as a country (a firm, a bank or a fund so furnished does not).
Talks told by the reporter with a plain "will", no other side named, are the meeting scheduled
(CONSULT future, prec36); with another side named or in the actor's own word ("said it would
hold talks") they stay the promise (AGREE), as docs/CODEBOOK.md codes "will hold talks with"
after PLOVER's gold sentences (unchanged: these tests pin it). A reporter's bare "would"
with no verb of saying over it ("Kenya would contribute 1,000 troops under the plan") is a plan
told, the act's own type, future, not a promise: the promise is the doer's word ("said it would
contribute", "will contribute"). All sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import HEADLINE, Code, asserted_below_headline


def _types(code: Code, sentence: str) -> set[tuple[str, str]]:
    return {
        (e.type, e.modality) for e in code(HEADLINE + sentence) if e.evidence.start >= len(HEADLINE)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Finland supplied Moldova with 8 million euros last year.",
        "The agency supplied Moldova with 5 million euros.",
        "Denmark granted 20 million euros to Moldova.",
        "Norway granted 20 million euros to Moldova on Monday.",
    ],
)
def test_money_to_a_country_tagged_as_an_organisation_is_aid(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "The bank supplied Siemens with 12 million dollars.",
        "The fund supplied Gazprom with 12 million dollars.",
        "The donors gave the World Bank 10 million dollars.",
        "The firm paid Moldova 20 million dollars in fees.",
    ],
)
def test_money_to_a_firm_or_a_fee_is_no_aid(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders will hold talks on trade next month.",
        "The committee will hold talks behind closed doors on Thursday.",
    ],
)
def test_reporter_will_of_talks_is_the_meeting(code: Code, text: str) -> None:
    found = _types(code, text)
    assert ("CONSULT", "future") in found, (text, found)
    assert not any(kind == "AGREE" for kind, _ in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "The premier will hold talks with the union leaders next week.",
        "The minister said it would hold talks with the rebels.",
        "The government said it would hold talks with the opposition on Monday.",
    ],
)
def test_talks_with_another_side_or_in_own_word_stay_agree(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AGREE"), text


@pytest.mark.parametrize(
    "text",
    [
        "Kenya would contribute 1,000 troops under the plan.",
        "Ghana would contribute 500 soldiers to the regional force.",
    ],
)
def test_reporter_would_is_a_plan_told(code: Code, text: str) -> None:
    found = _types(code, text)
    assert ("AID", "future") in found, (text, found)
    assert not any(kind == "AGREE" for kind, _ in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana would contribute 500 soldiers to the force, its defence ministry said.",
        "Ghana said it would contribute 500 soldiers to the force.",
    ],
)
def test_would_in_the_doers_word_is_a_promise(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AGREE"), text
