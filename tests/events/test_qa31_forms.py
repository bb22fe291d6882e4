"""Two misreadings an analyst sees in the records (issue 15, qa31).

One group, one name: the dictionaries' aliases of a group ("Da'esh", "ISIL", "the Islamic State")
are one actor (`dictionaries/actor_names.tsv` folds the derived table's names into one), written
with either apostrophe ("Da’esh" as "Da'esh").

A place of origin is whose people are, not where the event is: "from X" on a noun of people or a
group ("engineers from Italy", "a delegation from Norway") names the actor's country, as "Italian
engineers" does; where the sentence tells no other place the event's place is not the origin (at
most the article's country, inferred). "from X" on the verb ("withdrew from X") still places the
event. A place fronted on a stance taken on an event ("In Dakar, the president condemned the
attack") is where the stance was taken, not where the attack was; a place fronted on the act
itself ("In Kabul, gunmen launched an attack") stays its place. All sentences written for these
tests."""

from __future__ import annotations

import pytest

from eventwire.events.actors import ActorResolver

from .conftest import HEADLINE, Best, Code, english_resolver


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return english_resolver()


@pytest.mark.parametrize(
    "words",
    [
        ["da'esh"],
        ["da\u2019esh"],
        ["daesh", "fighters"],
        ["isil"],
        ["isis", "militants"],
        ["the", "islamic", "state"],
        ["islamic", "state"],
    ],
)
def test_aliases_of_one_group_are_one_actor(resolver: ActorResolver, words: list[str]) -> None:
    actor = resolver.resolve_words(words, " ".join(words))
    assert actor is not None
    assert (actor.name, actor.country, actor.sector) == ("Islamic State", None, "REB")


def test_a_typographic_apostrophe_reads_as_the_plain_one(resolver: ActorResolver) -> None:
    plain = resolver.lookup("lord's resistance army")
    assert plain is not None and resolver.lookup("lord\u2019s resistance army") == plain


def test_other_groups_keep_their_names(resolver: ActorResolver) -> None:
    actor = resolver.resolve_words(["boko", "haram"], "Boko Haram")
    assert actor is not None and actor.name == "Boko Haram"


@pytest.mark.parametrize(
    "sentence",
    [
        "Da\u2019esh fighters attacked a village on Sunday.",
        "Daesh fighters shelled the town.",
        "ISIL fighters seized the town.",
    ],
)
def test_an_alias_in_a_sentence_is_the_group(best: Best, sentence: str) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None
    assert [a.name for a in event.actor] == ["Islamic State"], sentence


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Engineers from Italy were kidnapped by gunmen.", "ITA"),
        ("Nurses from Canada were abducted on Monday.", "CAN"),
    ],
)
def test_an_origin_alone_is_not_where_the_event_is(best: Best, sentence: str, country: str) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None
    place = event.location
    # no word of the text says where: no place, or the article's country marked inferred
    assert place is None or place.inferred, (sentence, place)


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Engineers from Italy were kidnapped near Kandahar.", "AFG"),
        ("A delegation from Norway met rebel leaders in Bogota.", "COL"),
        ("Pilgrims from Senegal were attacked in Mali.", "MLI"),
    ],
)
def test_the_place_told_for_the_act_wins_over_the_origin(
    best: Best, sentence: str, country: str
) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None and event.location is not None
    assert event.location.country == country, sentence


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("The rebels withdrew from Aleppo on Monday.", "SYR"),
        ("Gunmen abducted two traders from a market in Kano.", "NGA"),
    ],
)
def test_from_on_the_verb_still_places_the_event(best: Best, sentence: str, country: str) -> None:
    event = best(HEADLINE + sentence)
    assert event is not None and event.location is not None
    assert event.location.country == country, sentence
    assert not event.location.inferred


@pytest.mark.parametrize(
    ("told", "stance", "kind", "not_there"),
    [
        (
            "Gunmen stormed a hotel in Bamako on Friday.",
            "In Dakar, the president condemned the attack on the hotel.",
            "ASSAULT",
            "SEN",
        ),
        (
            "Rebels shelled a market in Ituri on Monday.",
            "In Brussels, the minister denounced the shelling of the market.",
            "ASSAULT",
            "BEL",
        ),
    ],
)
def test_a_place_fronted_on_a_stance_is_not_the_events(
    geocoded: Code, told: str, stance: str, kind: str, not_there: str
) -> None:
    text = f"{HEADLINE}{told} {stance}"
    later = len(HEADLINE) + len(told) + 1
    acts = [e for e in geocoded(text) if e.type == kind and e.evidence.end > later]
    assert all(e.location is None or e.location.country != not_there for e in acts), acts


@pytest.mark.parametrize(
    ("sentence", "kind", "country"),
    [
        ("In Kabul, gunmen launched an attack on a school.", "ASSAULT", "AFG"),
        ("In Lagos, the police arrested ten protesters.", "COERCE", "NGA"),
    ],
)
def test_a_fronted_place_of_the_act_itself_stays(
    geocoded: Code, sentence: str, kind: str, country: str
) -> None:
    acts = [e for e in geocoded(HEADLINE + sentence) if e.type == kind]
    assert acts and all(e.location and e.location.country == country for e in acts), sentence
