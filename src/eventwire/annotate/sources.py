"""Who an article's information comes from: its named and anonymous sources, with counts.

Built from the quotes (direct) and attributions (indirect) of a document record, so it works the
same on a fresh record and on one read back from the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass
class SourceSummary:
    """One source of an article: a named person or organisation, or an anonymous description."""

    speaker: str
    anonymous: bool
    description: str | None = None
    quotes: int = 0
    attributions: int = 0
    spans: list[tuple[int, int]] = field(default_factory=list)
    """Character spans of its quotes and attributions, and of its name mentions."""

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "anonymous": self.anonymous,
            "description": self.description,
            "quotes": self.quotes,
            "attributions": self.attributions,
        }


def article_sources(record: Mapping[str, Any]) -> list[SourceSummary]:
    """The sources of a document record (DESIGN.md), most cited first."""
    by_key: dict[tuple[str, bool], SourceSummary] = {}
    items: Iterable[tuple[str, Mapping[str, Any]]] = [
        *(("quote", q) for q in record.get("quotes", [])),
        *(("attribution", a) for a in record.get("attributions", [])),
    ]
    for kind, item in items:
        speaker = item.get("speaker")
        if not speaker:
            continue
        anonymous = bool(item.get("anonymous"))
        key = (" ".join(speaker.casefold().split()), anonymous)
        source = by_key.get(key)
        if source is None:
            source = by_key[key] = SourceSummary(speaker, anonymous)
        if kind == "quote":
            source.quotes += 1
            source.description = source.description or item.get("speaker_description")
        else:
            source.attributions += 1
        source.spans.append((item["start"], item["end"]))
        if item.get("speaker_start") is not None and item.get("speaker_end") is not None:
            source.spans.append((item["speaker_start"], item["speaker_end"]))
    return sorted(
        by_key.values(), key=lambda s: (-(s.quotes + s.attributions), s.anonymous, s.speaker)
    )


def sources_of_span(sources: Iterable[SourceSummary], start: int, end: int) -> list[SourceSummary]:
    """The sources whose quotes, attributions or name mentions overlap text[start:end]."""
    return [s for s in sources if any(a < end and start < b for a, b in s.spans)]
