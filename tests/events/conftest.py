"""Fixtures for the events tests: one spaCy pipeline and one coder per test session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import pytest
from spacy.language import Language

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.times import TimeTagger
from eventwire.events.actors import ActorResolver
from eventwire.events.coder import EventCoder
from eventwire.events.words import event_words
from eventwire.records import Document, Event, Evidence, Place, TimeExpression
from eventwire.settings import Settings

Code = Callable[..., tuple[Event, ...]]

HEADLINE = "A report from the region\n\n"
"""A first line, so the sentence under test is not read as a headline."""


def has_asserted(events: tuple[Event, ...], kind: str, after: int = 0) -> bool:
    """An asserted event of PLOVER type `kind` among `events`, its evidence from `after` on."""
    return any(
        e.type == kind and e.modality == "asserted" and e.evidence.start >= after for e in events
    )


def below_headline(run: Code, text: str, **kwargs: object) -> tuple[Event, ...]:
    """The events of `text` told under a first line (`HEADLINE`: a headline tells news in the
    present), its times tagged as in the pipeline."""
    return tuple(e for e in run(HEADLINE + text, **kwargs) if e.evidence.start >= len(HEADLINE))


def told_as_background(events: tuple[Event, ...], kind: str) -> bool:
    """An event of type `kind` is read, as `background` and never as asserted news."""
    return not has_asserted(events, kind) and any(
        e.type == kind and e.modality == "background" for e in events
    )


def asserted_below_headline(run: Code, sentence: str, kind: str) -> bool:
    """`sentence` under a first line (`HEADLINE`) asserts an event of type `kind`."""
    return has_asserted(run(HEADLINE + sentence), kind, after=len(HEADLINE))


@cache
def english_resolver() -> ActorResolver:
    """The actor dictionaries over English's event words, built once per test session (building
    them takes a second), as the pipeline shares one per process (`coder._resolver`)."""
    return ActorResolver(event_words())


def dictionary_kind(phrase: str) -> str | None:
    """The kind (person, group, office, ...) the actor dictionaries give `phrase`, or None."""
    entry = english_resolver().lookup(phrase)
    return entry.kind if entry is not None else None


def most_confident(code: Code, text: str) -> Event | None:
    """The event of `text` the coder is most confident of, or None."""
    events = code(text)
    return max(events, key=lambda e: e.confidence) if events else None


def most_confident_type(code: Code, text: str) -> str | None:
    """The PLOVER type of `most_confident`, or None."""
    best = most_confident(code, text)
    return best.type if best else None


def count_battery(cases: list[tuple[str, int, int]], known: dict[str, str]) -> list[object]:
    """A casualty battery's (text, killed, injured) cases as test parameters; those in `known`
    are strict expected failures, each with its reason."""
    return [
        pytest.param(text, k, i, marks=pytest.mark.xfail(strict=True, reason=known[text]))
        if text in known
        else pytest.param(text, k, i)
        for text, k, i in cases
    ]


def assert_main_counts(events: tuple[Event, ...], text: str, killed: int, injured: int) -> None:
    """The article's main event carries (killed, injured), an unknown count read as 0; a text
    telling no one hurt may have no main event, but then no event counts anyone."""
    main = next((e for e in events if e.main), None)
    if main is None and killed == injured == 0:
        assert not any(e.fatalities or e.injuries for e in events), text
        return
    assert main is not None, text
    assert (main.fatalities or 0, main.injuries or 0) == (killed, injured)


def make_event(start: int = 0, sentence: str = "A sentence.", **fields: object) -> Event:
    """An asserted ASSAULT told by `sentence` at `start`, with no parties, place, date or counts;
    `fields` set the rest (one factory, so a new record field is added in one place)."""
    base = Event(
        id=f"e{start}",
        type="ASSAULT",
        mode=None,
        acled_event_type=None,
        acled_sub_event_type=None,
        actor=(),
        recipient=(),
        date=None,
        date_precision="unknown",
        location=None,
        fatalities=None,
        injuries=None,
        modality="asserted",
        evidence=Evidence(sentence, start, start + len(sentence)),
        confidence=0.6,
    )
    return replace(base, **fields)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp(Settings().spacy_model)


@pytest.fixture(scope="session")
def coder() -> EventCoder:
    # these tests are of the hand-written rules; the trained parts that sit over them are
    # tested in test_learned.py, and the whole pipeline end to end in tests/test_cli.py
    c = EventCoder(learned=False)
    c.setup()
    return c


def make_document(
    text: str,
    times: tuple[TimeExpression, ...] = (),
    places: tuple[Place, ...] = (),
    published: str | None = "2020-09-27",
) -> Document:
    return Document(
        id="doc-1",
        published=published,
        language="en",
        text=text,
        times=times,
        places=places,
    )


@pytest.fixture(scope="session")
def code(nlp: Language, coder: EventCoder) -> Code:
    """Code a text: `code(text, times=..., places=..., published=...)`."""

    def run(text: str, **kwargs: object) -> tuple[Event, ...]:
        return coder.code(nlp(text), make_document(text, **kwargs))  # type: ignore[arg-type]

    return run


TAGGED_PUBLISHED = "2026-12-01"


@pytest.fixture(scope="session")
def tagged(nlp: Language, coder: EventCoder) -> Code:
    """Code a text as the pipeline does, its time expressions tagged first, as an article
    published on `TAGGED_PUBLISHED` (history is told relative to it)."""
    tagger = TimeTagger(lexicon=Settings().lexicon())

    def run(text: str) -> tuple[Event, ...]:
        doc = nlp(text)
        times = tagger.tag(text, TAGGED_PUBLISHED, doc)
        return coder.code(doc, make_document(text, times=times, published=TAGGED_PUBLISHED))

    return run


def asserted_types(tagged: Code, sentence: str) -> set[str]:
    """The types of the asserted events `sentence` tells under a first line, its times tagged as
    in the pipeline (published 2026-12-01)."""
    return {
        e.type
        for e in tagged(HEADLINE + sentence)
        if e.modality == "asserted" and e.evidence.start >= len(HEADLINE)
    }


Best = Callable[[str], Event | None]


@pytest.fixture(scope="module")
def best(nlp: Language, coder: EventCoder) -> Best:
    """The most confident event of a sentence geocoded as in the pipeline (how the PLOVER
    benchmark reads a sentence); a sentence read again in the module (a source and a target
    test of one row) is read once, its event being an immutable record."""
    assert coder.geocoder is not None

    @cache
    def run(text: str) -> Event | None:
        doc = nlp(text)
        places = tuple(coder.geocoder.geocode(doc))  # type: ignore[union-attr]
        events = coder.code(doc, make_document(text, places=places))
        return max(events, key=lambda e: e.confidence, default=None)

    return run


@pytest.fixture(scope="session")
def geocoded(nlp: Language, coder: EventCoder) -> Code:
    """Code a text whose places the coder's own geocoder has read, as in the pipeline."""
    assert coder.geocoder is not None

    def run(text: str) -> tuple[Event, ...]:
        doc = nlp(text)
        places = tuple(coder.geocoder.geocode(doc))  # type: ignore[union-attr]
        return coder.code(doc, make_document(text, places=places))

    return run
