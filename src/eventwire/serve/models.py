"""Pydantic models of the REST API: what /openapi.json documents and what the server validates.

The record models and the enums of event types come from `record_models.py`, generated from
`records.py` (`python -m eventwire.schema`); they allow extra fields, so a field the pipeline adds
later passes through instead of being dropped. Here they get the API's own additions.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .record_models import EventRecord, FocusRecord, PlaceRecord, SourceRecord


class Interval(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class GroupBy(StrEnum):
    type = "type"
    acled_type = "acled_type"
    country = "country"
    modality = "modality"


class _Located(BaseModel):
    """A gazetteer entry: the fields every place carries."""

    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None


class SourceOut(SourceRecord):
    """One article's report of a merged event."""

    url: str | None = Field(description="The article's URL as stored: show it as text.")
    link: str | None = Field(
        None, description="The URL when it is http(s), the only kind to make a link of."
    )
    title: str | None = Field(None, description="The article's title (event detail only).")
    site: str | None = Field(None, description="The article's site (event detail only).")


class EventOut(EventRecord):
    """A merged event: one real-world event with every article that reported it."""

    sources: list[SourceOut] = []
    first_reported: str | None = None
    num_sources: int = 0
    num_articles: int = 0
    fatalities_range: list[int] | None = None
    merge_reasons: list[str] = Field(
        default_factory=list, description="Why the reports were merged into one event."
    )
    has_named_source: bool = False


class EventPage(BaseModel):
    """A page of events; pass `next_cursor` back as `cursor` for the next page (null: the end)."""

    items: list[EventOut]
    next_cursor: str | None = None


class QuoteOut(BaseModel):
    """A quote (direct: the speaker's words in quotation marks) or a reported statement (indirect)."""

    kind: str = Field(
        description="direct (a quotation that is the utterance itself) | mixed (a quoted fragment "
        "inside reported speech) | indirect (reported speech, no quotation marks)"
    )
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_description: str | None = None
    anonymous: bool = False
    cue: str | None = None


class ArticleSummary(BaseModel):
    id: str
    url: str | None = Field(None, description="The article's URL as stored: show it as text.")
    link: str | None = Field(
        None, description="The URL when it is http(s), the only kind to make a link of."
    )
    source_url: str | None = None
    source_link: str | None = Field(None, description="`source_url` when it is http(s).")
    site: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    duplicate_of: str | None = None
    story_id: str | None = None
    num_events: int = 0
    num_quotes: int = 0


class ArticlePage(BaseModel):
    items: list[ArticleSummary]
    next_cursor: str | None = None


class ArticleSourceOut(BaseModel):
    """A named or anonymous source of an article, with its counts of quotes and attributions."""

    speaker: str
    anonymous: bool
    description: str | None = None
    quotes: int
    attributions: int


class ArticleOut(ArticleSummary):
    """One article: its text (always shown escaped by the dashboard) and its annotations."""

    language: str | None = None
    text: str
    quotes: list[QuoteOut] = []
    places: list[PlaceRecord] = []
    focus: list[FocusRecord] = Field(
        default_factory=list,
        description="The countries (and first-level divisions) the article is about, ranked.",
    )
    events: list[dict[str, Any]] = Field(
        default_factory=list, description="The article's own event reports, as in DESIGN.md."
    )
    merged_event_ids: list[str] = Field(
        default_factory=list, description="Merged events this article reports."
    )
    sources: list[ArticleSourceOut] = Field(
        default_factory=list,
        description="Who the article's information comes from: named and anonymous sources.",
    )


class PlaceCount(_Located):
    """A resolved place with how often, and in how many articles, it is mentioned."""

    feature: str | None = None
    mentions: int
    articles: int


class Story(BaseModel):
    """Articles that tell the same story (syndicated copies, reposts, near-duplicates)."""

    story_id: str
    num_articles: int
    first_published: str | None = None
    last_published: str | None = None
    articles: list[ArticleSummary]


class CountRow(BaseModel):
    period: str | None = Field(
        None, description="Day, ISO week, month or year; a partial date stays as it is."
    )
    key: str | None = Field(None, description="The group value (type, country, ...).")
    count: int


class Aggregate(BaseModel):
    interval: Interval | None = None
    group: GroupBy | None = None
    total: int
    rows: list[CountRow]


class ArticleIn(BaseModel):
    """An article to ingest: give exactly one of `text`, `html` or `url`."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, max_length=2_000_000)
    html: str | None = Field(None, max_length=5_000_000)
    url: str | None = Field(
        None, max_length=2048, description="Fetched when neither text nor html is given."
    )
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(
        None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY-MM-DD, YYYY-MM or YYYY."
    )


class IngestResult(BaseModel):
    stored: int
    unchanged: int
    document_ids: list[str]
    events: int
    errors: list[str] = []


class CountryCount(BaseModel):
    country: str = Field(description="ISO 3166-1 alpha-3.")
    numeric: str | None = Field(None, description="ISO 3166-1 numeric (world-atlas shape ids).")
    count: int
    fatalities: int


class DivisionCount(BaseModel):
    country: str | None = None
    admin1: str
    lat: float = Field(description="Mean latitude of its events (where the map draws it).")
    lon: float
    count: int
    fatalities: int


class NameCount(BaseModel):
    name: str
    country: str | None = None
    count: int
    fatalities: int
    lat: float | None = Field(None, description="A place's position (top places only).")
    lon: float | None = None


class MapPlace(BaseModel):
    """Matching events at one point: one map marker."""

    lat: float
    lon: float
    name: str
    admin1: str | None = None
    country: str | None = None
    count: int
    fatalities: int
    kind: str | None = Field(None, description="The most frequent value of `colour_by` here.")
    event_id: str | None = Field(None, description="The event's id when there is only one.")


class Summary(BaseModel):
    """The filtered events in figures: totals, per place (the map's markers), per country and
    first-level division (the choropleths), top actors and places."""

    total: int
    fatalities: int = Field(description="Sum of the events' fatalities.")
    with_fatalities: int = Field(description="Events with at least one fatality.")
    located: int = Field(description="Events with coordinates.")
    unlocated: int
    first_date: str | None = None
    last_date: str | None = None
    colour_by: str
    places: list[MapPlace] = Field(description="Events grouped by coordinates, most first.")
    countries: list[CountryCount]
    admin1: list[DivisionCount] = Field(description="Per first-level division.")
    top_actors: list[NameCount] = Field(description="Most frequent first actors (ACLED actor1).")
    top_places: list[NameCount]
    contains: bool | None = Field(
        None, description="Whether the event named by `contains` is in the result."
    )


class TimelineSeries(BaseModel):
    key: str = Field(description="A PLOVER or ACLED type ('none': no ACLED counterpart).")
    values: list[int] = Field(description="One value per bin.")


class Timeline(BaseModel):
    """Events or fatalities per bin, every bin the same size, stacked by type."""

    measure: str
    by: str
    interval: str | None = Field(None, description="day, week (from Monday), month or year.")
    bins: list[str] = Field(description="First day of each bin.")
    end: str | None = Field(None, description="The day after the last bin.")
    series: list[TimelineSeries]
    plotted: int
    undated: int
    coarse: int = Field(description="Dated less precisely than a bin (e.g. a year on months).")
    before: int = Field(description="Outliers before the axis (kept off so bins stay readable).")
    after: int
