"""Background dates (issue 15, prec35). A page with no publication date that tells an act by a year
alone ("was shot down in 1967") is written after that year, so the act is history there; an
undated page whose only date is a day of the news keeps it news. A year that names another,
earlier event after an anterior preposition ("arrested him after the 2014 riots", "since the 2011
uprising") dates that event, not the clause's act; "arrested in 2014 after the riots" keeps its
year. All sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from eventwire.annotate.times import TimeTagger
from eventwire.events.coder import EventCoder
from eventwire.records import Event
from eventwire.settings import Settings

from .conftest import HEADLINE, make_document

NEWS_DAY = "2026-11-20"

Dated = Callable[[str, str | None], list[Event]]


@pytest.fixture(scope="module")
def dated(nlp: Language, coder: EventCoder) -> Dated:
    """Code a sentence under a first line, its times tagged, on a page published `published`."""
    tagger = TimeTagger(lexicon=Settings().lexicon())

    def run(sentence: str, published: str | None) -> list[Event]:
        text = HEADLINE + sentence
        doc = nlp(text)
        times = tagger.tag(text, published, doc)
        document = make_document(text, times=times, published=published)
        return [e for e in coder.code(doc, document) if e.evidence.start >= len(HEADLINE)]

    return run


def _of(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.type == kind]
    assert found, kind
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The late senator was shot down over the jungle in 1967.", "ASSAULT"),
        ("The colonel seized power in a coup in 1971.", "COERCE"),
    ],
)
def test_an_undated_page_telling_an_act_of_a_past_year_is_history(
    dated: Dated, sentence: str, kind: str
) -> None:
    assert _of(dated(sentence, None), kind).modality == "background"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Police arrested four men in the port on Tuesday, November 17, 2026.", "COERCE"),
        ("Gunmen attacked a bus near the border on November 18, 2026.", "ASSAULT"),
    ],
)
def test_an_undated_page_telling_a_day_of_the_news_keeps_it_news(
    dated: Dated, sentence: str, kind: str
) -> None:
    assert _of(dated(sentence, None), kind).modality == "asserted"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Police arrested him after the 2014 riots.", "COERCE"),
        ("Soldiers detained the activist since the 2011 uprising.", "COERCE"),
        ("Troops shelled the village following the 2019 ceasefire.", "ASSAULT"),
    ],
)
def test_a_year_naming_an_earlier_event_does_not_date_the_act(
    dated: Dated, sentence: str, kind: str
) -> None:
    act = _of(dated(sentence, NEWS_DAY), kind)
    assert act.date_precision != "year", sentence
    assert act.modality == "asserted", sentence


@pytest.mark.parametrize(
    ("sentence", "kind", "year"),
    [
        ("Police arrested him in 2014 after the riots.", "COERCE", "2014"),
        ("The army detained the editor in 2011, after the uprising.", "COERCE", "2011"),
        ("Police arrested dozens during the 2014 riots.", "COERCE", "2014"),
    ],
)
def test_the_act_told_in_its_own_year_keeps_it(
    dated: Dated, sentence: str, kind: str, year: str
) -> None:
    act = _of(dated(sentence, NEWS_DAY), kind)
    assert (act.date, act.date_precision) == (year, "year"), sentence
    assert act.modality == "background", sentence
