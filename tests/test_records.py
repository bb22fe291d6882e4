"""Every record converts to its plain JSON form and back unchanged (`to_plain`/`from_plain`)."""

from __future__ import annotations

import dataclasses
import typing
from typing import Any

import pytest

from eventwire import records
from eventwire.records import from_plain, to_plain

ACTOR = {"text": "the rebels", "name": "Rebels", "country": "SYR", "sector": "REB"}
PLACE = {
    "text": "Lakeside", "start": 30, "end": 38, "name": "Lakeside", "geonameid": 123,
    "lat": 12.5, "lon": -3.25, "country": "MLI", "admin1": "Kayes", "feature": "city",
    "confidence": 0.75, "inferred": False,
}  # fmt: skip
EVIDENCE = {"sentence": "Rebels shelled a depot near Lakeside.", "start": 0, "end": 37}
EVENT = {
    "id": "e1", "type": "ASSAULT", "mode": "heavy-weapons", "acled_event_type": "Battles",
    "acled_sub_event_type": "Armed clash", "actor": [ACTOR], "recipient": [], "date": "2022-05-01",
    "date_precision": "day", "location": PLACE, "fatalities": 3, "injuries": None,
    "modality": "asserted", "evidence": EVIDENCE, "confidence": 0.5,
    "fatalities_lower_bound": True,
    "main": True,
    "implausible_counts": False,
    "learned": False,
}  # fmt: skip
SOURCE = {
    "document_id": "d1", "url": "https://news.example/1", "published": "2022-05-02",
    "event_id": "e1", "evidence": EVIDENCE, "fatalities": 3, "injuries": None,
}  # fmt: skip
QUOTE = {
    "text": "We held the line", "start": 40, "end": 56, "speaker": "a commander",
    "speaker_start": 60, "speaker_end": 71, "speaker_description": None, "anonymous": True,
    "cue": "said", "kind": "direct",
}  # fmt: skip
ATTRIBUTION = {
    "speaker": "Officials", "speaker_start": 0, "speaker_end": 9, "anonymous": True,
    "cue": "said", "content": "the depot burned", "start": 15, "end": 31,
}  # fmt: skip
FOCUS = {"country": "MLI", "admin1": "Kayes", "score": 0.8}
ENTITY = {"text": "Lakeside", "label": "GPE", "start": 30, "end": 38}
TIME = {"text": "Sunday", "start": 0, "end": 6, "type": "DATE", "value": "2022-05-01"}
AMOUNT = {"text": "3", "value": 3, "object": "people", "start": 0, "end": 1}
DEDUPE = {
    "text_hash": "ab12", "minhash": b"\x00\x01", "story_terms": [["depot", 2.0], ["rebels", 1.5]],
    "repoints": ["d0"],
}  # fmt: skip
ARTICLE_FIELDS = {
    "id": "d1", "input_name": "a.jsonl#1", "text": "Rebels shelled a depot near Lakeside.",
    "url": "https://news.example/1", "source_url": None, "site": "news.example", "title": "Depot",
    "author": None, "published": "2022-05-02", "published_source": "container",
}  # fmt: skip
DOCUMENT = {
    **{k: v for k, v in ARTICLE_FIELDS.items() if k not in ("input_name", "published_source")},
    "language": "en", "duplicate_of": None, "story_id": "d1", "entities": [ENTITY],
    "places": [PLACE], "focus": [FOCUS], "times": [TIME], "quotes": [QUOTE], "attributions": [ATTRIBUTION],
    "amounts": [AMOUNT], "events": [EVENT], "input_name": "a.jsonl#1",
    "published_source": "container", "dedupe": DEDUPE, "language_basis": "detected", "not_annotated": None,
    "not_news": "no political, conflict or crime news by the news gate",
}  # fmt: skip

EXAMPLES: dict[type, dict[str, Any]] = {
    records.RawPage: {
        "input_name": "a.jsonl#1",
        "content": b"<p>Hi</p>",
        "content_kind": "html",
        "url": None,
        "fetched_at": "2022-05-02T10:00:00Z",
        "published": None,
        "title": None,
        "item_id": "1",
        "encoding": "utf-8",
        "language": "fr",
    },  # fmt: skip
    records.DedupeFacts: DEDUPE,
    records.Article: {
        **ARTICLE_FIELDS,
        "language": "en",
        "language_confidence": 0.98,
        "language_basis": "hint",
        "not_news": None,
        "duplicate_of": None,
        "story_id": None,
        "dedupe": DEDUPE,
    },  # fmt: skip
    records.Entity: ENTITY,
    records.Place: PLACE,
    records.Focus: FOCUS,
    records.TimeExpression: TIME,
    records.Quote: QUOTE,
    records.Attribution: ATTRIBUTION,
    records.Amount: {**AMOUNT, "value": 2.5},
    records.Actor: ACTOR,
    records.Evidence: EVIDENCE,
    records.Event: EVENT,
    records.Document: DOCUMENT,
    records.Parsed: {"document": DOCUMENT, "doc": None},
    records.Source: SOURCE,
    records.StoredReport: {
        "event": EVENT,
        "document_id": "d1",
        "url": None,
        "published": "2022-05-02",
        "story_id": "d1",
    },  # fmt: skip
    records.MergedEvent: {
        "event": EVENT,
        "sources": [SOURCE],
        "first_reported": "2022-05-02",
        "fatalities_range": [2, 3],
        "merge_reasons": ["same place"],
    },  # fmt: skip
    records.Dropped: {
        "input_name": "a.jsonl#2",
        "stage": "extract",
        "code": "EW201",
        "reason": "no text",
        "item_id": None,
    },  # fmt: skip
}


def record_types() -> list[type]:
    return [
        value
        for value in vars(records).values()
        if isinstance(value, type)
        and dataclasses.is_dataclass(value)
        and value.__module__ == records.__name__
    ]


def test_every_record_type_has_an_example() -> None:
    assert set(record_types()) == set(EXAMPLES)


@pytest.mark.parametrize("record_type", list(EXAMPLES), ids=lambda t: t.__name__)
def test_a_record_round_trips(record_type: type) -> None:
    plain = EXAMPLES[record_type]
    assert set(plain) == {f.name for f in dataclasses.fields(record_type)}  # every field given
    record = from_plain(record_type, plain)
    assert isinstance(record, record_type)
    assert to_plain(record) == plain


def test_nested_records_and_tuples_are_rebuilt() -> None:
    event = from_plain(records.Event, EVENT)
    assert isinstance(event.location, records.Place) and isinstance(event.actor, tuple)
    assert event.actor[0] == records.Actor("the rebels", "Rebels", "SYR", "REB")
    assert event.fatalities_lower_bound is True
    merged = from_plain(records.MergedEvent, EXAMPLES[records.MergedEvent])
    assert merged.fatalities_range == (2, 3)


def test_a_missing_field_takes_its_default_and_an_unknown_one_is_an_error() -> None:
    short = {k: v for k, v in EVENT.items() if k != "fatalities_lower_bound"}
    assert from_plain(records.Event, short).fatalities_lower_bound is False
    with pytest.raises(ValueError, match="no field colour"):
        from_plain(records.Actor, {**ACTOR, "colour": "red"})


def test_the_plover_modes_cover_every_mode_the_trigger_lexicon_gives() -> None:
    from eventwire.events import candidates, triggers
    from eventwire.events.words import event_words

    lex = event_words()
    modes = {mode for _, mode in lex.verbs.values()}
    modes |= {mode for _, mode in lex.phrasal.values()}
    modes |= {mode for _, mode in lex.nouns.values()}
    for table in triggers.load_cameo_verbs(lex):
        modes |= {mode for _, mode in table.values()}
    modes |= set(candidates.THREATENED.values())
    modes.discard(None)
    assert modes <= set(typing.get_args(records.PloverMode))
