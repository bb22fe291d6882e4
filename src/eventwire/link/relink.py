"""Relinking: the store's merged events rebuilt from every stored event report.

The store reads and writes; this module decides. It reads each stored report with its article's
setting (`article_area`) and story, merges them (`merge_events`, the ACLED rule), lists for each
report who is quoted or cited in its evidence sentence, and hands the store the merged events to
write, all in the store's one transaction.

An article counts as linked once a rebuild has merged its events (the store marks it so in that
transaction): every ingest relinks when some article is not (`relink_if_pending`), so a run
killed after storing its articles but before its relink, rerun, relinks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from ..annotate.sources import SourceSummary, article_sources, sources_of_span
from ..records import Event, MergedEvent, Place, StoredReport, from_plain
from .merge import Report, article_area, merge_events

RecordLoader = Callable[[Iterable[str]], dict[str, Any]]


class MergedEventStore(Protocol):
    """What relinking needs of a store (`eventwire.store.store.Store` is one)."""

    def rebuild_merged_events(
        self,
        build: Callable[
            [Sequence[StoredReport], dict[str, list[Place]], RecordLoader],
            list[tuple[MergedEvent, dict[str, Any]]],
        ],
    ) -> int: ...

    def link_pending(self) -> bool: ...


def relink(store: MergedEventStore) -> int:
    """Rebuild merged events from every stored event (deterministic); returns their count."""
    return store.rebuild_merged_events(merged_records)


def relink_if_pending(store: MergedEventStore) -> int | None:
    """Relink when some stored article is not linked yet (a run that stored articles, or one
    killed before its relink); the number of merged events, or None when nothing was due."""
    return relink(store) if store.link_pending() else None


def merged_records(
    stored: Sequence[StoredReport], places: dict[str, list[Place]], records: RecordLoader
) -> list[tuple[MergedEvent, dict[str, Any]]]:
    """Each merged event of the stored reports, with the JSON record the store keeps for it."""
    areas = {doc: area for doc, found in places.items() if (area := article_area(found))}
    reports = [
        Report(
            from_plain(Event, r.event),
            r.document_id,
            r.url,
            r.published,
            areas.get(r.document_id),
            r.story_id,
        )
        for r in stored
    ]
    merged = merge_events(reports)
    cited_in = {
        doc: article_sources(record)
        for doc, record in records({s.document_id for m in merged for s in m.sources}).items()
    }
    return [(m, merged_record(m, cited_in)) for m in merged]


def merged_record(merged: MergedEvent, sources: dict[str, list[SourceSummary]]) -> dict[str, Any]:
    """The merged event's JSON; each report lists the sources of its evidence sentence."""
    record = merged.to_json()
    has_named = False
    for source, report in zip(merged.sources, record["sources"], strict=True):
        cited = sources_of_span(
            sources.get(source.document_id, ()), source.evidence.start, source.evidence.end
        )
        report["speakers"] = [c.to_json() for c in cited]
        has_named = has_named or any(not c.anonymous for c in cited)
    record["has_named_source"] = has_named
    return record
