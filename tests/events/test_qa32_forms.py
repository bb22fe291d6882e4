"""Actors and places an analyst sees wrong (issue 15, qa32).

A long name keeps its function words: "Basque Fatherland and Liberty", "the Army of the Corsican
People" are found whole in the dictionaries, and the parser's second party ("... and Liberty")
inside such a name is no actor of its own; a plain list ("police and soldiers") is still two.

Who claims an attack did it: "X claimed the bombing", "X claimed responsibility for the attack",
"X took credit for the raid" give the attack X as its actor; a denied claim ("no group has
claimed", "did not claim") gives none.

Where an attack was launched from is not where it struck: "fired rockets from Lebanon at the town
of X" is at X; with no place struck told, the launch point stays the place. The launch point is
no recipient either.

A place fronted on a stance in a later sentence ("In Paris, the minister denounced the attack")
does not move an event an earlier sentence told. All sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.records import Event

from .conftest import HEADLINE, Best, Code


def _acts(events: tuple[Event, ...], kind: str, before: int) -> list[Event]:
    return [e for e in events if e.type == kind and e.evidence.start < before]


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "Basque Fatherland and Liberty bombed a police station in Bilbao.",
            "Basque Fatherland And Freedom (Eta)",
            "ESP",
        ),
        (
            "Members of the Army of the Corsican People bombed a villa in Ajaccio.",
            "Army Of The Corsican People",
            "FRA",
        ),
        (
            "Fighters of the Islamic State of Iraq and the Levant attacked a village near Mosul.",
            "Islamic State",
            "IRQ",
        ),
        (
            "The Army for the Liberation of Rwanda attacked a village in North Kivu.",
            "Army For The Liberation Of Rwanda",
            "COD",
        ),
    ],
)
def test_a_long_name_is_one_actor(best: Best, sentence: str, name: str, country: str) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None
    assert [(a.name, a.country) for a in event.actor] == [(name, country)], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers arrested two members of the Democratic Forces for the Liberation of Rwanda in Goma.",
        "Police detained a commander of the Democratic Forces for the Liberation of Rwanda.",
    ],
)
def test_a_long_name_is_one_recipient(best: Best, sentence: str) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None
    assert [(a.name, a.sector) for a in event.recipient] == [("FDLR", "REB")], sentence


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Police and soldiers arrested two men in Lagos.", 2),
        ("Fighters of Hamas and the Islamic Jihad attacked a village.", 2),
    ],
)
def test_a_list_of_parties_stays_a_list(best: Best, sentence: str, count: int) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None
    assert len(event.actor) == count, (sentence, event.actor)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Islamic State claimed the bombing in Baghdad.", "Islamic State"),
        (
            "The Taliban claimed responsibility for the attack on a police post in Kandahar.",
            "Taliban",
        ),
        (
            "Al-Shabaab claimed responsibility for Sunday's bombing of a hotel in Mogadishu.",
            "Al-Shabaab",
        ),
        ("Al-Shabaab took credit for the raid on the village.", "Al-Shabaab"),
    ],
)
def test_who_claims_the_attack_did_it(best: Best, sentence: str, name: str) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None and event.modality == "asserted"
    assert [a.name for a in event.actor] == [name], sentence


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Neither the Taliban nor any other group has claimed the attack in Kandahar.", "Taliban"),
        ("The Taliban did not claim the bombing in Kandahar.", "Taliban"),
        ("Al-Shabaab has not claimed responsibility for the raid on the village.", "Al-Shabaab"),
    ],
)
def test_a_denied_claim_names_no_actor(best: Best, sentence: str, group: str) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None
    assert all(group not in a.name for a in event.actor), (sentence, event.actor)


@pytest.mark.parametrize(
    ("sentence", "country", "launch"),
    [
        ("Rebels fired rockets from Lebanon at the town of Kiryat Shmona.", "ISR", "LBN"),
        ("Hezbollah fired missiles from Tyre at northern Israel.", "ISR", "LBN"),
    ],
)
def test_the_place_struck_is_the_events(
    best: Best, sentence: str, country: str, launch: str
) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None and event.location is not None
    assert event.location.country == country, sentence
    assert all(r.country != launch for r in event.recipient), (sentence, event.recipient)


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Militants fired rockets from Lebanon on Monday.", "LBN"),
        ("Gunmen fired rockets from Tyre on Monday.", "LBN"),
    ],
)
def test_with_no_place_struck_the_launch_point_stays(
    best: Best, sentence: str, country: str
) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None and event.location is not None
    assert event.location.country == country, sentence
    assert not event.recipient, (sentence, event.recipient)


@pytest.mark.parametrize(
    ("told", "stance", "country", "not_at"),
    [
        (
            "Rebels shelled Goma on Monday.",
            "In Paris, the foreign minister denounced the attack.",
            "COD",
            "Paris",
        ),
        (
            "Militants shelled Kidal on Sunday.",
            "In Bamako, the prime minister condemned the attack.",
            "MLI",
            "Bamako",
        ),
        (
            "Rebels raided Beni on Tuesday.",
            "In Kinshasa, the government denounced the raid.",
            "COD",
            "Kinshasa",
        ),
    ],
)
def test_a_later_stance_place_does_not_move_the_event(
    geocoded: Code, told: str, stance: str, country: str, not_at: str
) -> None:
    text = f"{HEADLINE}{told} {stance}"
    later = len(HEADLINE) + len(told) + 1
    events = geocoded(text)
    acts = [e for e in events if e.type in {"ASSAULT", "COERCE"} and e.evidence.start < later]
    assert acts, text
    for act in acts:
        assert act.location is not None and act.location.country == country, text
        assert act.location.name != not_at, text
        assert all(a.country in {None, country} for a in act.actor), text
    # the stance itself stays where it was taken
    stances = [e for e in events if e.type == "ACCUSE"]
    assert stances and all(e.location is not None and e.location.name == not_at for e in stances)


@pytest.mark.parametrize(
    ("sentence", "name", "country", "sector"),
    [
        ("The foreign ministry of Egypt welcomed the truce.", "Foreign Ministry", "EGY", "GOV"),
        (
            "The prime minister of Pakistan met the Afghan president.",
            "Pakistani minister",
            "PAK",
            "GOV",
        ),
        ("The government of Sudan rejected the proposal.", "Sudanese government", "SDN", "GOV"),
    ],
)
def test_an_agent_of_a_country_is_the_agent(
    best: Best, sentence: str, name: str, country: str, sector: str
) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None
    assert [(a.name, a.country, a.sector) for a in event.actor] == [(name, country, sector)]


@pytest.mark.parametrize(
    ("told", "stance", "country", "name"),
    [
        (
            "Gunmen attacked a bus near Kandahar.",
            "In London, the prime minister condemned the attack.",
            "GBR",
            "British minister",
        ),
        (
            "Militants bombed a market in Mosul.",
            "In Paris, the foreign minister denounced the bombing.",
            "FRA",
            "French minister",
        ),
    ],
)
def test_an_official_is_of_the_place_fronted_on_the_act(
    geocoded: Code, told: str, stance: str, country: str, name: str
) -> None:
    text = f"{HEADLINE}{told} {stance}"
    stances = [e for e in geocoded(text) if e.type == "ACCUSE"]
    assert stances, text
    assert [(a.name, a.country) for a in stances[0].actor] == [(name, country)], text


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("In Ankara, the Iranian foreign minister condemned the strike.", "IRN"),
        ("In Washington, the Iraqi prime minister met the defense secretary.", "IRQ"),
    ],
)
def test_an_official_with_a_nationality_keeps_it(best: Best, sentence: str, country: str) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None
    assert [a.country for a in event.actor] == [country], sentence


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("The Turkish defence ministry said its jets struck militant targets.", "TUR"),
        ("Moscow said its warplanes bombed rebel positions.", "RUS"),
    ],
)
def test_the_speakers_own_weapons_are_its_forces(best: Best, sentence: str, country: str) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None and event.type == "ASSAULT"
    assert [(a.country, a.sector) for a in event.actor] == [(country, "MIL")], sentence


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Allied Democratic Forces attacked a village in Beni territory.",
            "Allied Democratic Forces",
        ),
        ("The Syrian Democratic Forces attacked a village near Raqqa.", "Syrian Democratic Forces"),
        (
            "The Democratic Forces for the Liberation of Rwanda attacked a village in North Kivu.",
            "FDLR",
        ),
    ],
)
def test_a_contest_word_in_an_armed_forces_name_is_the_name(
    best: Best, sentence: str, name: str
) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None and event.type == "ASSAULT", sentence
    assert [a.name for a in event.actor] == [name], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The Democratic Party attacked the president.",
        "Republicans attacked the Democratic candidate.",
    ],
)
def test_a_party_that_attacks_still_contests(code: Code, sentence: str) -> None:
    assert not any(e.type == "ASSAULT" for e in code(HEADLINE + sentence)), sentence


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "An Israeli military spokesman said troops fired at the suspects.",
            "Israeli troops",
            "ISR",
        ),
        (
            "A spokesman for the Nigerian army said troops killed ten militants.",
            "Nigerian troops",
            "NGA",
        ),
        (
            "Syrian state media said government forces shelled the town.",
            "Syrian government forces",
            "SYR",
        ),
    ],
)
def test_a_bare_state_agent_is_of_the_speakers_country(
    best: Best, sentence: str, name: str, country: str
) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None and event.type == "ASSAULT"
    assert [(a.name, a.country) for a in event.actor] == [(name, country)], sentence


def test_a_speaker_of_no_country_gives_none(best: Best) -> None:
    event = best(HEADLINE + "A UN spokesman said troops fired at the crowd.")
    assert event is not None
    assert [a.country for a in event.actor] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Party of Regions accused the government of fraud.",
        "Members of the Party of Regions rallied in Donetsk.",
    ],
)
def test_a_party_named_with_of_is_the_party(best: Best, sentence: str) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None
    assert [(a.name, a.country, a.sector) for a in event.actor][:1] == [
        ("Party of Regions", "UKR", "PTY")
    ], sentence


@pytest.mark.parametrize(
    ("sentence", "text", "sector"),
    [
        ("The government accused the rebels of killing civilians.", "rebels", "REB"),
        ("The ruling party accused the opposition of plotting violence.", "opposition", None),
    ],
)
def test_the_charge_is_no_part_of_the_accused(
    best: Best, sentence: str, text: str, sector: str | None
) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None and event.type == "ACCUSE"
    assert [(a.text, a.sector) for a in event.recipient] == [(text, sector)], sentence
