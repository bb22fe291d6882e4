"""Vague counts of the hurt and the actor told again as the recipient (fix33, issue 15: records
an analyst can trust).

"wounding several people" is an unknown number of injured, never 0: the record has no lower-bound
field for the injured, so the count is null; a figure told beside the vague group still counts.
A record whose actor and recipient are one party keeps the actor and drops the recipient.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from eventwire.events.casualties import fatalities
from eventwire.events.injuries import injuries
from eventwire.events.words import event_words
from eventwire.link.merge import Report, merge_events
from eventwire.records import Actor, Place, apart_from_actors

from .conftest import make_event


def _sent(nlp: Language, text: str):  # type: ignore[no-untyped-def]
    return next(iter(nlp(text).sents))


@pytest.mark.parametrize(
    "text",
    [
        "A parcel bomb went off outside a tram stop on Monday, wounding several people.",
        "Several commuters were injured when a wall collapsed onto the platform on Friday.",
        "Militiamen shelled the hill village overnight, injuring dozens of farmers.",
        "Scores of marchers were hurt when riot police charged the crowd on Tuesday.",
        "Many shoppers were wounded when a grenade exploded in the bazaar on Sunday.",
        "A number of pupils were hurt when gunmen stormed the school on Wednesday.",
    ],
)
def test_a_vague_group_of_hurt_is_an_unknown_count(nlp: Language, text: str) -> None:
    count = injuries(event_words(), _sent(nlp, text))
    assert count.value is None


def test_a_vague_group_beside_the_dead_leaves_the_dead_counted(nlp: Language) -> None:
    sent = _sent(nlp, "Three guards were killed and several were wounded in the raid on Thursday.")
    assert fatalities(event_words(), sent).value == 3
    assert injuries(event_words(), sent).value is None


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        ("Gunmen raided a bakery on Monday, killing two workers and wounding five others.", 5),
        ("No one was hurt when the blast tore through the empty depot on Saturday.", 0),
    ],
)
def test_figures_and_no_one_still_count(nlp: Language, text: str, hurt: int) -> None:
    assert injuries(event_words(), _sent(nlp, text)).value == hurt


def test_a_number_of_dead_is_no_single_victim(nlp: Language) -> None:
    count = fatalities(
        event_words(), _sent(nlp, "A number of villagers were killed in the air strike on Monday.")
    )
    assert count.value != 1 and count.lower_bound


NORWAY = Actor("Norway", "Norway", "NOR", None)
OSLO = Actor("the Norwegian government", "Norway", "NOR", "GOV")
SWEDEN = Actor("Sweden", "Sweden", "SWE", None)


def test_the_actor_told_again_as_recipient_is_dropped() -> None:
    assert apart_from_actors((NORWAY,), (NORWAY, SWEDEN)) == (SWEDEN,)
    assert apart_from_actors((NORWAY,), (OSLO,)) == ()  # the same name, told otherwise
    assert apart_from_actors((SWEDEN,), (NORWAY,)) == (NORWAY,)
    assert apart_from_actors((), (NORWAY,)) == (NORWAY,)


def test_merged_reports_keep_the_actor_and_drop_it_as_recipient() -> None:
    oslo = Place("Oslo", 0, 4, "Oslo", 3143244, 59.91, 10.75, "NOR", "Oslo", "city", 0.9)
    told = make_event(0, "Norway seized a trawler off Oslo on Monday.", type="SEIZE")
    one = replace(told, id="a1", actor=(NORWAY,), recipient=(), date="2021-05-03")
    other = replace(
        told, id="b1", actor=(), recipient=(NORWAY, SWEDEN), date="2021-05-03", location=oslo
    )
    merged = merge_events(
        [Report(one, "doc-a", None, "2021-05-03"), Report(other, "doc-b", None, "2021-05-04")]
    )
    together = [m for m in merged if m.num_articles == 2]
    assert together, "the two reports tell one event"
    assert together[0].event.actor == (NORWAY,)
    assert together[0].event.recipient == (SWEDEN,)
