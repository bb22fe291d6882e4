"""PLOVER forms of plover39, found where the rules misread our own labelled sentences (issue 15).

Harm done with a blade or a fist told by its own verb ("was knifed", "punched a driver") is an
assault, as "stabbed" and "beat" are; a thing that "punches above its weight" or punches the air
is no blow. "retook" is the verb "retake" (the lemmatizer leaves the past form): a place retaken
is fighting, an exam or a lead retaken is none. Fire exchanged or traded between sides is
fighting, as "opened fire". The premises of a party or a newspaper sealed by an authority are a
restriction (COERCE), as "sealed off". Money moved to a state or for relief ("transferred a grant
to the central bank", "wired dollars to the government"), and relief flown in, are aid, as
"sent"; money moved between private accounts, passengers flown, are none. A place named as the
object of a verb that takes or leaves a town ("captured Mosul") reads as a town taken (ASSAULT),
a person or goods captured stay COERCE. The state's blocking ("the government blocked access to
the websites", "the army blockaded the city") is a restriction (COERCE), a crowd's a protest and a
decision blocked none; a newspaper, a channel or access shut by an authority is censorship or a
restriction (COERCE), an embassy closed stays SANCTION. "A punching bag" is a thing, no blow. "An
exchange of fire", "a swap of detainees" are read by the rows of their verb (ASSAULT, RETREAT); "an
exchange of views" has none. A participle of detention before its noun ("freed the detained
former president", "released the seized tanker") names a state, no new detention. All sentences
are our own."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_below_headline, below_headline, has_asserted


@pytest.mark.parametrize(
    "text",
    [
        "A shopkeeper was knifed by two robbers on Monday night.",
        "Two men knifed a teenager outside a nightclub in the port city.",
        "A man punched a taxi driver outside the station, police said.",
        "Two fans punched a steward at the stadium gate on Saturday.",
    ],
)
def test_knifed_and_punched_are_assaults(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "This small speaker punches well above its weight.",
        "The little club has always punched above its weight in Europe.",
        "The boxer punched the air after winning the title.",
    ],
)
def test_punching_above_its_weight_is_no_blow(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "Troops retook the village from the militia on Thursday.",
        "Rebels retook the airport after a week of fighting.",
    ],
)
def test_a_place_retook_is_fighting(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "The sergeant retook the driving test in May.",
        "The champion retook the lead in the final lap.",
    ],
)
def test_an_exam_or_lead_retook_is_none(code: Code, text: str) -> None:
    assert not below_headline(code, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Border guards of the two countries exchanged fire along the frontier.",
        "Rival gangs traded fire in the northern slum overnight.",
    ],
)
def test_fire_exchanged_is_fighting(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "Police sealed the headquarters of the opposition party on Wednesday.",
        "Officers sealed the offices of the weekly newspaper on Friday.",
    ],
)
def test_premises_sealed_are_restricted(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "COERCE"), text


@pytest.mark.parametrize(
    "text",
    [
        "The company sealed the envelope and posted it.",
        "The two firms sealed the merger on Friday.",
    ],
)
def test_things_sealed_are_no_restriction(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "COERCE"), text


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait transferred a grant of 500 million dollars to Jordan's central bank.",
        "Norway disbursed 40 million euros in humanitarian aid to the camps.",
        "The air force flew tonnes of medicines and tents to the flooded province.",
    ],
)
def test_money_and_relief_moved_are_aid(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "The airline flew 200 passengers to Madrid on Monday.",
        "She transferred to a new school in the autumn.",
        "He deposited the cheque at the bank.",
    ],
)
def test_passengers_flown_and_cheques_are_no_aid(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "AID"), text


@pytest.mark.parametrize(
    "text",
    [
        "The senator keeps treating the unions as a punching bag in his speeches.",
        "The coach became a punching bag for angry fans.",
    ],
)
def test_a_punching_bag_is_no_blow(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters captured Mosul in June.",
        "Taliban fighters seized Kunduz on Sunday.",
    ],
)
def test_a_named_place_captured_is_fighting(code: Code, text: str) -> None:
    events = below_headline(code, text)
    assert any(e.type == "ASSAULT" for e in events), text
    assert not any(e.type == "COERCE" for e in events), text


@pytest.mark.parametrize(
    "text",
    [
        "Government troops captured the rebel commander near the border.",
        "Police seized two tonnes of cocaine at the port.",
    ],
)
def test_a_person_or_goods_captured_stay_coercion(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "COERCE"), text


STATE_BLOCKING_OFF = pytest.mark.xfail(
    strict=True,
    reason="the state's blocking read as COERCE is switched off: state employees blocking their "
    "own workplace in a labour dispute (a protest) read as a restriction, and a blocking told "
    "beside a demonstration moved an article's main event (ACLED actor1 tune 0.859 -> 0.858)",
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The government blocked access to several news websites on Monday.",
            marks=STATE_BLOCKING_OFF,
        ),
        pytest.param(
            "Police blocked the road to the presidential palace with armoured vehicles.",
            marks=STATE_BLOCKING_OFF,
        ),
        pytest.param(
            "The army blockaded the rebel-held city, cutting off supplies.",
            marks=STATE_BLOCKING_OFF,
        ),
        "The government shut down access to messaging apps across the country.",
        "The junta shut down an independent daily over its coverage of the coup.",
        "The regulator closed two opposition television channels on Friday.",
    ],
)
def test_the_state_blocking_or_shutting_media_restricts(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "COERCE"), text


@pytest.mark.parametrize(
    "text",
    [
        "Protesters blocked access to the port for a third day to demand higher wages.",
        "Fishermen blockaded the harbour to protest the new quotas.",
    ],
)
def test_a_crowd_blocking_still_protests(code: Code, text: str) -> None:
    events = below_headline(code, text)
    assert has_asserted(events, "PROTEST"), text
    assert not any(e.type == "COERCE" for e in events), text


@pytest.mark.parametrize(
    "text",
    [
        "The government blocked the sale of the state airline.",
        "The senate blocked the appointment of the new judge.",
    ],
)
def test_a_decision_blocked_is_no_restriction(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "COERCE"), text


def test_an_embassy_closed_stays_a_sanction(code: Code) -> None:
    text = "The government closed its embassy in the capital."
    assert asserted_below_headline(code, text, "SANCTION"), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("An exchange of fire between soldiers and smugglers left two dead.", "ASSAULT"),
        ("The exchange of fire lasted two hours near the border post.", "ASSAULT"),
        ("The exchange of prisoners took place at the border on Monday.", "RETREAT"),
        ("A swap of detainees between the two sides took place on Friday.", "RETREAT"),
    ],
)
def test_an_exchange_of_is_read_by_its_verb(code: Code, text: str, kind: str) -> None:
    assert asserted_below_headline(code, text, kind), text


@pytest.mark.parametrize(
    "text",
    [
        "The ministers had a frank exchange of views on trade.",
        "Shares fell on the stock exchange on Monday.",
    ],
)
def test_an_exchange_of_views_is_none(code: Code, text: str) -> None:
    assert not below_headline(code, text), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The navy released the seized tanker and its crew of 23.", "RETREAT"),
        ("The junta freed the detained former president after eight months.", "RETREAT"),
    ],
)
def test_a_detained_or_seized_state_is_no_new_detention(code: Code, text: str, kind: str) -> None:
    events = below_headline(code, text)
    assert has_asserted(events, kind), text
    assert not any(e.type == "COERCE" for e in events), text


@pytest.mark.parametrize(
    "text",
    [
        "Police detained 30 students on Monday.",
        "Customs officers seized the tanker off the coast on Friday.",
    ],
)
def test_a_detention_told_stays_coercion(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "COERCE"), text
