"""The REST API's record models and enums, generated from eventwire/records.py.

Do not edit: `python -m eventwire.schema` rewrites this file (a test fails when it is stale).
The models allow extra fields, so a field the pipeline adds later passes through.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from ..records import (
    AcledSubEventType,
    CountryCode,
    DatePrecision,
    FeatureLevel,
    Latitude,
    Longitude,
    Offset,
    PloverMode,
    Share,
)


class PloverType(StrEnum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class AcledType(StrEnum):
    Battles = "Battles"
    Violence_against_civilians = "Violence against civilians"
    Explosions_Remote_violence = "Explosions/Remote violence"
    Riots = "Riots"
    Protests = "Protests"
    Strategic_developments = "Strategic developments"


class Modality(StrEnum):
    asserted = "asserted"
    future = "future"
    hypothetical = "hypothetical"
    negated = "negated"
    background = "background"
    uncertain = "uncertain"


class _Record(BaseModel):
    model_config = ConfigDict(extra="allow")


class ActorRecord(_Record):
    """`records.Actor` as the API returns it."""

    text: str
    name: str
    country: CountryCode | None
    sector: str | None


class PlaceRecord(_Record):
    """`records.Place` as the API returns it."""

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


class FocusRecord(_Record):
    """A country an article is about, with the first-level division its places agree on (or"""

    country: str
    admin1: str | None
    score: float


class EvidenceRecord(_Record):
    """`records.Evidence` as the API returns it."""

    sentence: str
    start: Offset
    end: Offset


class SourceRecord(_Record):
    """One article's report of a merged event."""

    document_id: str
    url: str | None
    published: str | None
    event_id: str
    evidence: EvidenceRecord
    fatalities: int | None = None
    injuries: int | None = None


class EventRecord(_Record):
    """`records.Event` as the API returns it."""

    id: str
    type: PloverType
    mode: PloverMode | None
    acled_event_type: AcledType | None
    acled_sub_event_type: AcledSubEventType | None
    actor: list[ActorRecord]
    recipient: list[ActorRecord]
    date: str | None
    date_precision: DatePrecision
    location: PlaceRecord | None
    fatalities: int | None
    injuries: int | None
    modality: Modality
    evidence: EvidenceRecord
    confidence: Share
    fatalities_lower_bound: bool = False
    main: bool = False
    implausible_counts: bool = False
    learned: bool = False
