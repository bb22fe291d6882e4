"""The typed, immutable records that flow between pipeline stages.

Every record a stage hands to the next is defined here, once, so that the stages agree on one
vocabulary and the JSON they produce matches DESIGN.md (document record, schema version 1).
Records are frozen dataclasses holding tuples, never lists, so nothing downstream can change them;
`dataclasses.replace` makes the modified copy a stage returns.

This module is the one schema: the JSON Schema of the document record
(`schema/document.schema.json`) and the REST API's record models (`serve/record_models.py`) are
generated from it (`python -m eventwire.schema`), and `to_plain`/`from_plain` convert any record to
and from its JSON form.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, TypeVar

from pydantic import Field

SCHEMA_VERSION = 1

TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
DatePrecision = Literal["day", "week", "month", "year", "unknown"]
Modality = Literal["asserted", "future", "hypothetical", "negated", "background", "uncertain"]
"""How the text tells an event: as happened (asserted), expected, conditional, denied, or as
history or background (`background`: long before publication, or in a profile), which counts of
what happened leave out; `uncertain`: told as happened, but in a reading the coder doubts (its
rules and its trained models disagree that the sentence reports a new event of that type), shown
but left out of counts, so that what is asserted can be trusted."""
FeatureLevel = Literal["country", "admin1", "admin2", "city", "landmark"]
ContentKind = Literal["html", "text", "warc-html"]
PublishedSource = Annotated[
    Literal["page", "container", "crawl", "user"],
    Field(
        description="Where `published` came from: the page's metadata, the input container (JSON "
        "Lines field, feed entry), the crawl date (WARC), or the user (--published)."
    ),
]
QuoteKind = Annotated[
    Literal["direct", "mixed"],
    Field(
        description="direct: the quotation is itself the reported utterance; mixed: a quoted "
        "fragment inside reported speech or narration"
    ),
]

PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip
"""The 16 PLOVER event types."""
PloverMode = Literal[
    "abduct", "access", "aerial", "allege", "arrest", "assassinate", "assist", "ban", "beat",
    "boycott", "ceasefire", "censor", "change", "convict", "curfew", "cyber", "demo", "deport",
    "destroy", "disapprove", "disarm", "discontinue", "ease", "expel", "explosives", "firearms",
    "heavy-weapons", "hunger", "investigate", "martial-law", "massacre", "meet", "multilateral",
    "obstruct", "phone", "police", "primitive", "pro_autocracy", "relations", "release", "resign",
    "restrict", "return", "riot", "seize", "sexual", "strike", "sue", "suicide-attack",
    "targeted", "third-party", "torture", "troops", "violence", "visit", "weapons", "withdraw",
    "yield",
]  # fmt: skip
"""The PLOVER modes the event coder gives (its trigger lexicon's; a test keeps the two in step)."""
AcledEventType = Literal[
    "Battles", "Violence against civilians", "Explosions/Remote violence", "Riots", "Protests",
    "Strategic developments",
]  # fmt: skip
"""ACLED's six event types."""
AcledSubEventType = Literal[
    # Battles
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    # Explosions/Remote violence
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade",
    # Violence against civilians
    "Sexual violence", "Attack", "Abduction/forced disappearance",
    # Protests
    "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
    # Riots
    "Violent demonstration", "Mob violence",
    # Strategic developments
    "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory", "Other",
]  # fmt: skip
"""The 25 ACLED sub-event types."""

Offset = Annotated[int, Field(ge=0)]
"""A character offset into the document's `text`."""
Latitude = Annotated[float, Field(ge=-90, le=90)]
Longitude = Annotated[float, Field(ge=-180, le=180)]
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
"""ISO 3166-1 alpha-3."""
Share = Annotated[float, Field(ge=0, le=1)]
"""A confidence between 0 and 1."""


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
class DedupeFacts:
    """What dedupe found out about an article that later stages and later runs need.

    The store keeps the signature and the story terms, so that a later run finds this article's
    copies and extends its story without reading it again; `repoints` tells the store which
    articles handed on earlier are copies of this one (it turned out to be the better original).
    """

    text_hash: str
    """Hash of the article's normalised words: equal for exact copies."""
    minhash: bytes
    """The near-duplicate signature (`dedupe.minhash.Signature.hashvalues`)."""
    story_terms: tuple[tuple[str, float], ...] = ()
    """The article's salient terms and their weights, heaviest first."""
    repoints: tuple[str, ...] = ()
    """Articles seen before whose `duplicate_of` becomes this article's id."""


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
    published_source: PublishedSource | None = None
    """Where the publication date came from: page, container, crawl, user, or None."""
    language: str | None = None
    language_confidence: float | None = None
    duplicate_of: str | None = None
    story_id: str | None = None
    dedupe: DedupeFacts | None = field(default=None, compare=False, repr=False)
    """Set by dedupe for the store (not part of the document record)."""
    language_basis: str | None = None
    """How the language gate decided `language` (`repair.language.LanguageCall.basis`)."""
    not_news: str | None = None
    """Why the news gate sent the article on unparsed (`gate/stage.py`); None when it did not."""


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    label: str
    start: Offset
    end: Offset


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    start: Offset
    end: Offset
    name: str
    geonameid: int | None
    lat: Latitude | None
    lon: Longitude | None
    country: CountryCode | None
    admin1: str | None
    feature: FeatureLevel
    confidence: Share
    inferred: bool = False
    """True when no words of the text name the place: an event's place given as the article's
    home country because its sentence and context name none (`geocode.event_place`); `text` is
    then empty and `start` = `end` = 0."""


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
    start: Offset
    end: Offset
    type: TimeType
    value: str | None


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: Offset
    end: Offset
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_description: str | None
    anonymous: bool
    cue: str | None
    kind: QuoteKind = "direct"
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
    start: Offset
    end: Offset


@dataclass(frozen=True, slots=True)
class Amount:
    text: str
    value: float | int
    object: str | None
    start: Offset
    end: Offset


@dataclass(frozen=True, slots=True)
class Actor:
    text: str
    name: str
    country: CountryCode | None
    sector: str | None


def apart_from_actors(
    actors: tuple[Actor, ...], recipients: tuple[Actor, ...]
) -> tuple[Actor, ...]:
    """The recipients that are none of the actors (same text or same name, case aside): a
    record whose actor and recipient are one party ("United States" on both sides, as folding
    or merging mentions can make) keeps the actor and drops the recipient (fix33)."""
    if not actors or not recipients:
        return recipients
    mine = {k for a in actors for k in (a.text.casefold(), a.name.casefold())}
    return tuple(
        r for r in recipients if r.text.casefold() not in mine and r.name.casefold() not in mine
    )


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    start: Offset
    end: Offset


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: PloverType
    mode: PloverMode | None
    acled_event_type: AcledEventType | None
    acled_sub_event_type: AcledSubEventType | None
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    date: str | None
    date_precision: DatePrecision
    location: Place | None
    fatalities: int | None
    injuries: int | None
    modality: Modality
    evidence: Evidence
    confidence: Share
    fatalities_lower_bound: bool = False
    """True when the count is a minimum ("two soldiers and several police were killed" -> 2)."""
    main: bool = False
    """The article's main event (GDELT's root event): what the article is about."""
    implausible_counts: bool = False
    """The casualty figures are implausible for the event's kind (a national tally read as one
    attack's dead): kept for the reader, left out of sums and of merged counts."""
    learned: bool = False
    """Read by the trained models where the rules read no event in the article (issue 15:
    `events/arbitrate.learned_types`), not by the hand-written rules; its `confidence` is then
    the models' P(event) × P(type | event)."""


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
    published_source: PublishedSource | None = None
    language_basis: str | None = None
    """How the language gate decided `language`: detected, hint, english-words, guess or
    undetermined."""
    not_annotated: str | None = None
    """Why the NLP stages left the text alone (its language is not supported), with the error
    code; None when it was annotated."""
    not_news: str | None = None
    """Why the NLP stages left a text in a supported language alone: the news gate judged it to hold
    no political, conflict or crime news (with the gate model's probability and threshold); None
    when the gate let it through or did not judge it."""
    dedupe: DedupeFacts | None = field(default=None, compare=False, repr=False)
    """Set by dedupe for the store (not part of the document record)."""

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
            not_news=article.not_news,
            dedupe=article.dedupe,
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
    "amounts", "events", "published_source", "language_basis", "not_annotated", "not_news",
)  # fmt: skip
"""The document record's keys in DESIGN.md's order (`input_name` and `dedupe` stay internal)."""


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
class StoredReport:
    """One article's event as the store keeps it, with what linking needs of its article."""

    event: dict[str, Any]
    """The event's JSON record (as `to_plain` wrote it)."""
    document_id: str
    url: str | None
    published: str | None
    story_id: str | None


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


_SCALARS = frozenset({str, int, float, bool, type(None)})
_field_names: dict[type, tuple[str, ...] | None] = {}
"""Each record type's field names (None: not a record), read once: a document's record holds
hundreds of values, and asking `dataclasses` about each costs more than writing it."""


def _plain(value: Any) -> Any:
    """Records to JSON-ready values (tuples become lists, nested records become objects)."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind in _field_names:
        names = _field_names[kind]
    else:
        names = _field_names[kind] = (
            tuple(f.name for f in dataclasses.fields(kind))
            if dataclasses.is_dataclass(kind)
            else None
        )
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def to_plain(value: Any) -> Any:
    """Any record as its plain JSON form: objects, lists and scalars (the inverse of `from_plain`)."""
    return _plain(value)


R = TypeVar("R")


def from_plain(record_type: type[R], data: dict[str, Any]) -> R:
    """The record of type `record_type` whose plain form is `data` (the inverse of `to_plain`).

    Nested records and tuples are rebuilt from their types in this module; scalar values are kept
    as they are (no coercion), so `to_plain(from_plain(T, d)) == d` for any `d` `to_plain` made.
    A key the record lacks is an error; a missing key takes the field's default.
    """
    hints = _field_types(typing.cast(type, record_type))
    unknown = set(data) - set(hints)
    if unknown:
        raise ValueError(f"{record_type.__name__} has no field {', '.join(sorted(unknown))}")
    return record_type(**{name: _rebuild(hints[name], value) for name, value in data.items()})


@functools.cache
def _field_types(record_type: type) -> dict[str, Any]:
    hints = typing.get_type_hints(record_type)
    return {f.name: hints[f.name] for f in dataclasses.fields(record_type)}


def _rebuild(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin is typing.Union or origin is types.UnionType:
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        structured = [k for k in options if _is_structured(k)]
        return _rebuild(structured[0], value) if len(structured) == 1 else value
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_rebuild(args[0], v) for v in value)
        return tuple(_rebuild(k, v) for k, v in zip(args, value, strict=True))
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return from_plain(kind, value)
    return value


def _is_structured(kind: Any) -> bool:
    return typing.get_origin(kind) is tuple or (
        dataclasses.is_dataclass(kind) and isinstance(kind, type)
    )
