"""The typed, immutable records that flow between pipeline stages.

Every record a stage hands to the next is defined here, once, so that the stages agree on one
vocabulary and the JSON they produce matches DESIGN.md (document record, schema version 1).
Records are frozen dataclasses holding tuples, never lists, so nothing downstream can change them;
`dataclasses.replace` makes the modified copy a stage returns.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = 1

TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
DatePrecision = Literal["day", "week", "month", "year", "unknown"]
Modality = Literal["asserted", "future", "hypothetical", "negated"]
FeatureLevel = Literal["country", "admin1", "admin2", "city", "landmark"]
ContentKind = Literal["html", "text", "warc-html"]
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip
"""The 16 PLOVER event types."""
AcledEventType = Literal[
    "Battles", "Violence against civilians", "Explosions/Remote violence", "Riots", "Protests",
    "Strategic developments",
]  # fmt: skip
"""ACLED's six event types."""


@dataclass(frozen=True, slots=True)
class RawPage:
    """One input item as read, before any extraction: bytes plus what the container told us."""

    input_name: str
    """Where it came from, for error messages: a path, `path#line`, `path@offset`, or `-`."""
    content: bytes
    content_kind: ContentKind
    url: str | None = None
    fetched_at: str | None = None
    """Capture date of a crawl (WARC-Date), ISO 8601."""
    published: str | None = None
    """Publication date given by the container (JSON Lines field) or by the user."""
    title: str | None = None
    item_id: str | None = None
    encoding: str | None = None
    """Declared character encoding, when the container names one."""
    language: str | None = None
    """The language the container or the caller declares (a JSON Lines `language` field): the
    language gate's hint for short or unsure texts."""


@dataclass(frozen=True, slots=True)
class Article:
    """Clean article text with its metadata: the unit every later stage annotates."""

    id: str
    input_name: str
    text: str
    url: str | None = None
    source_url: str | None = None
    site: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_source: str | None = None
    """Where the publication date came from: page, container, crawl, user, or None."""
    language: str | None = None
    language_confidence: float | None = None
    duplicate_of: str | None = None
    story_id: str | None = None
    language_basis: str | None = None
    """How the language gate decided `language` (`repair.language.LanguageCall.basis`)."""


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    label: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    start: int
    end: int
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature: FeatureLevel
    confidence: float


@dataclass(frozen=True, slots=True)
class Focus:
    """A country an article is about, with the first-level division its places agree on (or
    None); `score` is its share of the article's place weight (`geocode/focus.py`)."""

    country: str
    admin1: str | None
    score: float


@dataclass(frozen=True, slots=True)
class TimeExpression:
    text: str
    start: int
    end: int
    type: TimeType
    value: str | None


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_description: str | None
    anonymous: bool
    cue: str | None
    kind: str = "direct"
    """ "direct": the quotation is itself the reported utterance; "mixed": a quoted fragment inside
    reported speech or narration (`said the plan was "a disaster"`)."""


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    anonymous: bool
    cue: str | None
    content: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Amount:
    text: str
    value: float | int
    object: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    text: str
    name: str
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    date: str | None
    date_precision: DatePrecision
    location: Place | None
    fatalities: int | None
    injuries: int | None
    modality: Modality
    evidence: Evidence
    confidence: float
    fatalities_lower_bound: bool = False
    """True when the count is a minimum ("two soldiers and several police were killed" -> 2)."""


@dataclass(frozen=True, slots=True)
class Document:
    """The document record of DESIGN.md: an article with every annotation the pipeline made."""

    id: str
    text: str
    url: str | None = None
    source_url: str | None = None
    site: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    duplicate_of: str | None = None
    story_id: str | None = None
    entities: tuple[Entity, ...] = ()
    places: tuple[Place, ...] = ()
    focus: tuple[Focus, ...] = ()
    """The countries (and divisions) the article is about, ranked: the geocode stage's."""
    times: tuple[TimeExpression, ...] = ()
    quotes: tuple[Quote, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    amounts: tuple[Amount, ...] = ()
    events: tuple[Event, ...] = ()
    input_name: str = field(default="", compare=False)
    published_source: str | None = None
    language_basis: str | None = None
    """How the language gate decided `language`: detected, hint, english-words, guess or
    undetermined."""
    not_annotated: str | None = None
    """Why the NLP stages left the text alone (its language is not supported), with the error
    code; None when it was annotated."""

    @classmethod
    def from_article(cls, article: Article) -> Document:
        return cls(
            id=article.id,
            url=article.url,
            source_url=article.source_url,
            site=article.site,
            title=article.title,
            author=article.author,
            published=article.published,
            language=article.language,
            text=article.text,
            duplicate_of=article.duplicate_of,
            story_id=article.story_id,
            input_name=article.input_name,
            published_source=article.published_source,
            language_basis=article.language_basis,
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON object of DESIGN.md, keys in the documented order."""
        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        for name in DOCUMENT_KEYS:
            data[name] = _plain(getattr(self, name))
        return data


DOCUMENT_KEYS = (
    "id", "url", "source_url", "site", "title", "author", "published", "language", "text",
    "duplicate_of", "story_id", "entities", "places", "focus", "times", "quotes", "attributions",
    "amounts", "events", "published_source", "language_basis", "not_annotated",
)  # fmt: skip
"""The document record's keys in DESIGN.md's order (`input_name` stays internal)."""


@dataclass(frozen=True, slots=True)
class Parsed:
    """A document on its way through the NLP stages, with the spaCy parse they share.

    The parse is made once (in annotate) and read by geocode and events; it never leaves the worker.
    """

    document: Document
    doc: Any
    """The spaCy `Doc` of `document.text` (typed loosely so records need not import spaCy)."""

    @property
    def input_name(self) -> str:
        return self.document.input_name

    @property
    def id(self) -> str:
        return self.document.id


@dataclass(frozen=True, slots=True)
class Source:
    """One article's report of a merged event."""

    document_id: str
    url: str | None
    published: str | None
    event_id: str
    evidence: Evidence
    fatalities: int | None = None
    injuries: int | None = None


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """One real-world event, with every article that reported it (the ACLED rule)."""

    event: Event
    sources: tuple[Source, ...]
    first_reported: str | None
    fatalities_range: tuple[int, int] | None = None
    merge_reasons: tuple[str, ...] = ()

    @property
    def num_sources(self) -> int:
        return len(self.sources)

    @property
    def num_articles(self) -> int:
        return len({s.document_id for s in self.sources})

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = _plain(self.event)
        data["sources"] = [_plain(s) for s in self.sources]
        data["first_reported"] = self.first_reported
        data["num_sources"] = self.num_sources
        data["num_articles"] = self.num_articles
        data["fatalities_range"] = list(self.fatalities_range) if self.fatalities_range else None
        data["merge_reasons"] = list(self.merge_reasons)
        return data


@dataclass(frozen=True, slots=True)
class Dropped:
    """An item a stage could not carry on with, and why: it travels on so the summary can count it."""

    input_name: str
    stage: str
    code: str
    reason: str
    item_id: str | None = None

    def message(self) -> str:
        return f"{self.input_name}: [{self.code}] {self.reason}"


def _plain(value: Any) -> Any:
    """Records to JSON-ready values (tuples become lists, nested records become objects)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def to_plain(value: Any) -> Any:
    """Public form of `_plain`, for stages and the store."""
    return _plain(value)
