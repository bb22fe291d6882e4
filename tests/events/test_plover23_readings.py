"""PLOVER readings of plover23: forms that hide an event. A light verb whose noun is the event
("issued a call for", "pleaded guilty", "received the king"); a headline's comma list of names
("Putin, Erdogan discuss Syria in phone call": a consultation, each name its own party); and the
forms the rules already read, held here so they stay read (nominal events, verbless headlines,
reported speech, participles, coordinated verbs)."""

from __future__ import annotations

import pytest

from .conftest import Code, most_confident, most_confident_type


@pytest.mark.parametrize(
    "text",
    [
        "The union issued a call for a general strike.",
        "The opposition issued a call for fresh elections.",
        "The bishops issued an appeal for an end to the bloodshed in the north.",
        "The aid agency renewed its appeal for access to the besieged district.",
        "The governor repeated his call for calm on Sunday.",
    ],
)
def test_a_call_or_appeal_issued_is_request(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "The former minister pleaded guilty to corruption charges on Monday.",
        "A former police officer pleaded guilty on Tuesday to taking bribes.",
        "The company pleaded guilty to fraud charges in a federal court.",
        "Two soldiers pleaded guilty to the killing of a shepherd.",
    ],
)
def test_a_guilty_plea_is_concede(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "CONCEDE"


@pytest.mark.parametrize(
    "text",
    [
        "The family pleaded with the kidnappers to release the boy.",
        "The mayor pleaded for calm.",
    ],
)
def test_pleading_with_someone_stays_request(code: Code, text: str) -> None:
    assert most_confident_type(code, text) == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "Saudi crown prince receives Jordanian king in Riyadh",
        "The sultan received the visiting Indian premier at his palace on Tuesday.",
        "The president received the Kuwaiti emir in the capital on Sunday.",
    ],
)
def test_a_head_of_state_received_is_a_visit(code: Code, text: str) -> None:
    best = most_confident(code, text)
    assert best is not None and (best.type, best.mode) == ("CONSULT", "visit")


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Putin, Erdogan discuss Syria in phone call", ["Putin", "Erdogan"]),
        ("Erdogan, Putin discuss Syria in phone call", ["Erdogan", "Putin"]),
        ("Macron, Scholz discuss energy crisis in Berlin", ["Macron", "Scholz"]),
    ],
)
def test_a_headline_pair_of_names_consults(code: Code, text: str, parties: list[str]) -> None:
    best = most_confident(code, text)
    assert best is not None and best.type == "CONSULT"
    assert [a.text for a in best.actor] == parties


def test_a_lone_speaker_discussing_is_no_consultation(code: Code) -> None:
    # one side, told with a singular verb, is no meeting (misreadings `_no_partner`)
    assert (
        most_confident_type(code, "The mayor discussed the new parking rules on Tuesday.") is None
    )


def test_an_apposition_to_a_name_stays_one_party(code: Code) -> None:
    best = most_confident(code, "The governor, Maria Lopez, met the protest leaders on Monday.")
    assert best is not None and best.type == "CONSULT"
    assert [a.text for a in best.actor] == ["Maria Lopez"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # nominal events
        (
            "Talks between the two defence ministers ended in the capital on Thursday.",
            "CONSULT",
        ),
        ("The arrest of the opposition leader in the port city prompted clashes.", "COERCE"),
        (
            "A visit by the Chinese premier to Nairobi opened a new chapter in trade ties.",
            "CONSULT",
        ),
        # headlines without a finite verb
        ("Kenyan, Ugandan leaders in talks over border dispute", "CONSULT"),
        ("Opposition leader under arrest in Harare", "COERCE"),
        ("Arrest of three activists in Minsk sparks outcry", "COERCE"),
        # light verbs
        ("The mayor made an appeal for calm after the riots.", "REQUEST"),
        ("Germany gave its backing to the Dutch candidate for the post.", "SUPPORT"),
        ("The envoy paid a visit to the refugee camps on Sunday.", "CONSULT"),
        ("The ministry lodged a protest with the Russian embassy over the incident.", "ACCUSE"),
        ("Japan extended a loan of 200 million dollars to Sri Lanka.", "AID"),
        # reported speech
        ("Police said they had arrested 14 people in the raid.", "COERCE"),
        ("Officials said Japan had sent 50 tonnes of rice to the islands.", "AID"),
        # participles
        ("After meeting the Egyptian president, the envoy flew to Amman.", "CONSULT"),
        # coordinated verbs
        ("The king arrived in Muscat on Sunday and held talks with the sultan.", "CONSULT"),
        ("Police cordoned off the area and detained 12 people.", "COERCE"),
        # agreed to release (plover21's leftover: a promise, AGREE)
        ("The rebels agreed to release 20 hostages.", "AGREE"),
        ("Israel has agreed to release 150 prisoners in exchange for the hostages.", "AGREE"),
    ],
)
def test_hidden_event_forms_are_read(code: Code, text: str, kind: str) -> None:
    assert most_confident_type(code, text) == kind


def test_a_multi_party_meeting_names_each_party(code: Code) -> None:
    best = most_confident(
        code, "Russia, Turkey and Iran met in Astana to discuss the war in Syria."
    )
    assert best is not None and best.type == "CONSULT"
    assert [a.text for a in best.actor] == ["Russia", "Turkey", "Iran"]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The leaders of France, Germany and Italy met in Rome on Friday.", ["FRA", "DEU", "ITA"]),
        (
            "Foreign ministers of Egypt, Jordan and Iraq held talks in Baghdad.",
            ["EGY", "JOR", "IRQ"],
        ),
        ("The defence chiefs of Kenya and Uganda met in Kampala on Monday.", ["KEN", "UGA"]),
    ],
)
def test_people_of_several_named_parties_are_one_actor_each(
    code: Code, text: str, countries: list[str]
) -> None:
    best = most_confident(code, text)
    assert best is not None and best.type == "CONSULT"
    assert [a.country for a in best.actor] == countries


def test_people_of_a_list_that_is_not_names_stay_one_actor(code: Code) -> None:
    best = most_confident(code, "The ministers of trade and finance met on Monday.")
    assert best is not None
    assert [a.text for a in best.actor] == ["ministers of trade and finance"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Artillery shells rained down on the city overnight.", "ASSAULT"),
        ("The junta brushed aside international calls for elections.", "REJECT"),
        ("The minister waved aside the criticism.", "REJECT"),
        ("The bank cut off credit to the state oil company.", "SANCTION"),
    ],
)
def test_phrasal_forms_are_read(code: Code, text: str, kind: str) -> None:
    assert most_confident_type(code, text) == kind


@pytest.mark.parametrize(
    "text", ["It rained all day in the capital.", "Praise rained down on the coach after the win."]
)
def test_rain_without_shells_is_no_event(code: Code, text: str) -> None:
    assert most_confident_type(code, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "A driver pleaded guilty on Friday to the charges that she had threatened the mayor.",
        "The former guard pleaded guilty to threatening a judge.",
        "Two soldiers pleaded guilty to killing a shepherd.",
    ],
)
def test_the_offence_pleaded_to_is_no_event(code: Code, text: str) -> None:
    assert [e.type for e in code(text) if e.modality == "asserted"] == ["CONCEDE"]
