"""The event store: documents in, merged events out, through SQLAlchemy (SQLite by default).

Every article is written in its own transaction, so an interrupted ingest leaves whole articles
or none. Re-ingesting an article whose text has not changed writes nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, insert, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from ..annotate.sources import SourceSummary, article_sources, sources_of_span
from ..dedupe.minhash import Signature, sign, text_hash
from ..errors import UsageError
from ..link.merge import Report, article_area, merge_events
from ..records import Actor, Document, Event, Evidence, MergedEvent, Place, to_plain
from . import fulltext, schema
from .filters import EventFilter, apply_filter


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, open transactions, so `_sqlite_begin` can take the write
    # lock up front: two processes ingesting into one file then queue instead of failing.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=60000")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def normalise_url(url: str) -> str:
    """`postgresql://` means the psycopg 3 driver that eventwire installs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


MIGRATIONS = Path(__file__).resolve().parent / "migrations"
RELINK_LOCK = 0x65766E74  # an arbitrary constant naming eventwire's relink in pg_advisory locks


class Store:
    """A database of documents and merged events."""

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        if self.url.startswith("sqlite:///"):
            path = Path(self.url.removeprefix("sqlite:///"))
            if str(path) not in ("", ":memory:"):
                path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.engine: Engine = create_engine(self.url, future=True)
        except Exception as exc:  # noqa: BLE001 - bad URLs get one clear message
            raise UsageError(f"[EW002] cannot open database {url!r}: {exc}") from exc
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        try:
            self._migrate()
        except OperationalError as exc:
            raise UsageError(f"[EW002] cannot open database {url!r}: {exc.orig}") from exc

    def _migrate(self) -> None:
        """Bring the schema to the newest revision (creating it on first use)."""
        from alembic import command
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        head = ScriptDirectory.from_config(config).get_current_head()
        with self.engine.begin() as conn:
            if self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": RELINK_LOCK + 1})
            current = _current_revision(conn)
            if current == head:
                return
            if current is not None and not _known_revision(config, current):
                raise UsageError(
                    f"[EW003] database {self.url} has schema revision {current}, newer than this "
                    f"eventwire knows ({head}): upgrade eventwire"
                )
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------

    def signatures(self) -> Iterator[tuple[str, str | None, Signature]]:
        """Every stored article's dedupe signature, to seed the dedupe stage.

        Signatures stored by an older version are re-signed from the article's text and saved.
        """
        d = schema.documents
        stale: list[tuple[str, str | None]] = []
        with self.engine.connect() as conn:
            rows = conn.execute(select(d.c.id, d.c.duplicate_of, d.c.text_hash, d.c.minhash))
            for row in rows:
                if not row.minhash:
                    continue
                signature = Signature(row.text_hash, row.minhash)
                if signature.current:
                    yield row.id, row.duplicate_of, signature
                else:
                    stale.append((row.id, row.duplicate_of))
        for doc_id, duplicate_of in stale:
            with self.engine.begin() as conn:
                record = conn.execute(select(d.c.record_json).where(d.c.id == doc_id)).scalar_one()
                signature = sign(json.loads(record)["text"])
                conn.execute(
                    update(d)
                    .where(d.c.id == doc_id)
                    .values(minhash=signature.hashvalues, text_hash=signature.text_hash)
                )
            yield doc_id, duplicate_of, signature

    def put(
        self,
        document: Document,
        signature: Signature | None = None,
        story_terms: dict[str, float] | None = None,
    ) -> bool:
        """Store one document atomically; False when the same text was already stored.

        The document row is inserted with ON CONFLICT DO NOTHING, so two processes storing the
        same article at once cannot both write it: the loser finds it there and compares texts.
        """
        new_hash = signature.text_hash if signature else text_hash(document.text)
        d = schema.documents
        row = _document_row(document, new_hash, signature)
        row["story_terms"] = json.dumps(story_terms, ensure_ascii=False) if story_terms else None
        with self.engine.begin() as conn:
            inserted = (
                conn.execute(self._insert_ignore(d).values(**row).returning(d.c.id)).first()
                is not None
            )
            if not inserted:
                query = select(d.c.text_hash).where(d.c.id == document.id)
                if self.dialect == "postgresql":
                    query = query.with_for_update()
                if conn.execute(query).scalar() == new_hash:
                    return False
                self._delete_document(conn, document.id)
                conn.execute(insert(d).values(**row))
            for table, rows in _child_rows(document):
                if rows:
                    conn.execute(insert(table), rows)
            if document.events:
                conn.execute(
                    insert(schema.events), [_event_row(document.id, e) for e in document.events]
                )
        return True

    def _insert_ignore(self, table: Any, key: str = "id") -> Any:
        """INSERT that quietly does nothing when a row with the same `key` exists."""
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            return pg_insert(table).on_conflict_do_nothing(index_elements=[key])
        if self.dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            return sqlite_insert(table).on_conflict_do_nothing(index_elements=[key])
        return insert(table)

    def story_seeds(self) -> Iterator[tuple[str, str | None, dict[str, float], str | None]]:
        """Every stored article's (id, published, salient terms, story_id), oldest first."""
        d = schema.documents
        query = (
            select(d.c.id, d.c.published, d.c.story_terms, d.c.story_id)
            .where(d.c.story_terms.is_not(None))
            .order_by(d.c.published, d.c.id)
        )
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield row.id, row.published, json.loads(row.story_terms), row.story_id

    def repoint_duplicates(self, changes: dict[str, str]) -> None:
        """Point stored copies at the better original a later article turned out to be."""
        if not changes:
            return
        d = schema.documents
        with self.engine.begin() as conn:
            for doc_id, original in sorted(changes.items()):
                raw = conn.execute(select(d.c.record_json).where(d.c.id == doc_id)).scalar()
                if raw is None:
                    continue
                record = json.loads(raw)
                record["duplicate_of"] = original
                conn.execute(
                    update(d)
                    .where(d.c.id == doc_id)
                    .values(
                        duplicate_of=original, record_json=json.dumps(record, ensure_ascii=False)
                    )
                )

    def has_url(self, url: str) -> bool:
        """Whether an article fetched from (or canonically at) `url` is stored."""
        d = schema.documents
        with self.engine.connect() as conn:
            query = select(d.c.id).where((d.c.url == url) | (d.c.input_name == url)).limit(1)
            return conn.execute(query).first() is not None

    # -- completion markers ------------------------------------------------------------------

    def shard_done(self, key: str) -> bool:
        with self.engine.connect() as conn:
            found = conn.execute(select(schema.shards.c.key).where(schema.shards.c.key == key))
            return found.first() is not None

    def mark_shard(self, key: str, description: str, articles: int) -> None:
        """Record that every article of a shard is stored (idempotent)."""
        row = {
            "key": key,
            "description": description,
            "articles": articles,
            "completed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        with self.engine.begin() as conn:
            conn.execute(self._insert_ignore(schema.shards, "key").values(**row))

    def _delete_document(self, conn: Connection, document_id: str) -> None:
        conn.execute(
            delete(schema.event_sources).where(schema.event_sources.c.document_id == document_id)
        )
        conn.execute(delete(schema.events).where(schema.events.c.document_id == document_id))
        for table in schema.CHILD_TABLES:
            conn.execute(delete(table).where(table.c.document_id == document_id))
        conn.execute(delete(schema.documents).where(schema.documents.c.id == document_id))

    def relink(self) -> int:
        """Rebuild merged events from every stored event (deterministic); returns their count."""
        d, e = schema.documents, schema.events
        with self.engine.begin() as conn:
            if self.dialect == "postgresql":
                # One relink at a time: two would each delete and re-insert the same merged rows.
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": RELINK_LOCK})
            rows = conn.execute(
                select(e.c.record_json, e.c.document_id, d.c.url, d.c.published, d.c.story_id).join(
                    d, d.c.id == e.c.document_id
                )
            ).all()
            areas = self._article_areas(conn)
            reports = [
                Report(
                    event_from_json(json.loads(r.record_json)),
                    r.document_id,
                    r.url,
                    r.published,
                    areas.get(r.document_id),
                    r.story_id,
                )
                for r in rows
            ]
            merged = merge_events(reports)
            sources = self._sources(conn, {s.document_id for m in merged for s in m.sources})
            conn.execute(delete(schema.event_sources))
            conn.execute(delete(schema.merged_events))
            if merged:
                conn.execute(
                    insert(schema.merged_events), [_merged_row(m, sources) for m in merged]
                )
                conn.execute(
                    insert(schema.event_sources),
                    [
                        {
                            "merged_id": m.event.id,
                            "event_id": s.event_id,
                            "document_id": s.document_id,
                        }
                        for m in merged
                        for s in m.sources
                    ],
                )
            fulltext.rebuild(conn)
        return len(merged)

    def _article_areas(self, conn: Connection) -> dict[str, Place]:
        """Where each article with events is set (`article_area`), for events that name no place."""
        p, e = schema.places, schema.events
        with_events = select(e.c.document_id).distinct()
        by_document: dict[str, list[Place]] = defaultdict(list)
        query = select(p).where(p.c.document_id.in_(with_events)).order_by(p.c.document_id, p.c.idx)
        for row in conn.execute(query):
            by_document[row.document_id].append(
                Place(
                    row.text,
                    row.start,
                    row.end,
                    row.name,
                    row.geonameid,
                    row.lat,
                    row.lon,
                    row.country,
                    row.admin1,
                    row.feature,
                    row.confidence,
                )  # fmt: skip
            )
        return {doc: area for doc, places in by_document.items() if (area := article_area(places))}

    def _sources(self, conn: Connection, document_ids: set[str]) -> dict[str, list[SourceSummary]]:
        """The sources (named and anonymous) of each given article, from its stored record."""
        d = schema.documents
        found: dict[str, list[SourceSummary]] = {}
        ids = sorted(document_ids)
        for i in range(0, len(ids), 500):
            query = select(d.c.id, d.c.record_json).where(d.c.id.in_(ids[i : i + 500]))
            for row in conn.execute(query):
                found[row.id] = article_sources(json.loads(row.record_json))
        return found

    def sources(self, document_id: str) -> list[dict[str, Any]] | None:
        """An article's sources with their counts of quotes and attributions (None if unknown)."""
        record = self.document(document_id)
        return None if record is None else [s.to_json() for s in article_sources(record)]

    # -- reading -----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (
                    schema.documents,
                    *schema.CHILD_TABLES,
                    schema.events,
                    schema.merged_events,
                )
            }

    def events(self, filters: EventFilter | None = None) -> list[dict[str, Any]]:
        """Merged events as JSON objects, filtered, ordered by date then id."""
        m = schema.merged_events
        filters = filters or EventFilter()
        query = apply_filter(select(m.c.record_json), m, filters)
        with self.engine.connect() as conn:
            if filters.text:
                query = query.where(fulltext.condition(conn, m, filters.text))
            return [json.loads(r.record_json) for r in conn.execute(query)]

    def document(self, document_id: str) -> dict[str, Any] | None:
        d = schema.documents
        with self.engine.connect() as conn:
            raw = conn.execute(select(d.c.record_json).where(d.c.id == document_id)).scalar()
        return json.loads(raw) if raw else None

    def documents(self) -> Iterable[dict[str, Any]]:
        d = schema.documents
        with self.engine.connect() as conn:
            for row in conn.execute(select(d.c.record_json).order_by(d.c.published, d.c.id)):
                yield json.loads(row.record_json)

    def explain(self, merged_id: str) -> dict[str, Any] | None:
        m = schema.merged_events
        with self.engine.connect() as conn:
            raw = conn.execute(select(m.c.record_json).where(m.c.id == merged_id)).scalar()
        return json.loads(raw) if raw else None


def _document_row(document: Document, digest: str, signature: Signature | None) -> dict[str, Any]:
    return {
        "id": document.id,
        "url": document.url,
        "source_url": document.source_url,
        "site": document.site,
        "title": document.title,
        "author": document.author,
        "published": document.published,
        "published_source": document.published_source,
        "language": document.language,
        "duplicate_of": document.duplicate_of,
        "story_id": document.story_id,
        "input_name": document.input_name,
        "text_hash": digest,
        "minhash": signature.hashvalues if signature else None,
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "record_json": json.dumps(document.to_json(), ensure_ascii=False),
    }


def _event_row(document_id: str, e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "document_id": document_id,
        "type": e.type,
        "date": e.date,
        "country": e.location.country if e.location else None,
        "record_json": json.dumps(to_plain(e), ensure_ascii=False),
    }


def _current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def _known_revision(config: Any, revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(config).get_revision(revision) is not None
    except CommandError:
        return False


def _child_rows(document: Document) -> Iterator[tuple[Any, list[dict[str, Any]]]]:
    doc_id = document.id
    yield (
        schema.entities,
        [
            {
                "document_id": doc_id,
                "idx": i,
                "text": x.text,
                "start": x.start,
                "end": x.end,
                "label": x.label,
            }
            for i, x in enumerate(document.entities)
        ],
    )
    yield (
        schema.places,
        [{"document_id": doc_id, "idx": i, **to_plain(x)} for i, x in enumerate(document.places)],
    )
    yield (
        schema.times,
        [{"document_id": doc_id, "idx": i, **to_plain(x)} for i, x in enumerate(document.times)],
    )
    quote_rows = [
        {"document_id": doc_id, "idx": i, **to_plain(x)} for i, x in enumerate(document.quotes)
    ]
    offset = len(quote_rows)
    for i, a in enumerate(document.attributions):
        quote_rows.append(
            {
                "document_id": doc_id,
                "idx": offset + i,
                "kind": "indirect",
                "text": a.content,
                "start": a.start,
                "end": a.end,
                "speaker": a.speaker,
                "speaker_start": a.speaker_start,
                "speaker_end": a.speaker_end,
                "speaker_description": None,
                "anonymous": a.anonymous,
                "cue": a.cue,
            }
        )
    yield schema.quotes, quote_rows


def _merged_row(merged: MergedEvent, sources: dict[str, list[SourceSummary]]) -> dict[str, Any]:
    """The merged event's row; each report lists the sources of its evidence sentence."""
    e = merged.event
    record = merged.to_json()
    has_named = False
    for source, report in zip(merged.sources, record["sources"], strict=True):
        cited = sources_of_span(
            sources.get(source.document_id, ()), source.evidence.start, source.evidence.end
        )
        report["speakers"] = [c.to_json() for c in cited]
        has_named = has_named or any(not c.anonymous for c in cited)
    record["has_named_source"] = has_named
    return {
        "id": e.id,
        "type": e.type,
        "mode": e.mode,
        "acled_event_type": e.acled_event_type,
        "acled_sub_event_type": e.acled_sub_event_type,
        "date": e.date,
        "date_precision": e.date_precision,
        "modality": e.modality,
        "country": e.location.country if e.location else None,
        "admin1": e.location.admin1 if e.location else None,
        "lat": e.location.lat if e.location else None,
        "lon": e.location.lon if e.location else None,
        "place_name": e.location.name if e.location else None,
        "actor_name": e.actor[0].name if e.actor else None,
        "recipient_name": e.recipient[0].name if e.recipient else None,
        "fatalities": e.fatalities,
        "num_sources": merged.num_sources,
        "num_articles": merged.num_articles,
        "first_reported": merged.first_reported,
        "has_named_source": has_named,
        "actors_text": " | ".join(
            f"{a.text} {a.name} {a.country or ''}" for a in e.actor + e.recipient
        ),
        "evidence_text": " ".join(s.evidence.sentence for s in merged.sources),
        "record_json": json.dumps(record, ensure_ascii=False),
    }


def event_from_json(data: dict[str, Any]) -> Event:
    """Rebuild an `Event` record from its stored JSON."""
    location = data.get("location")
    return Event(
        id=data["id"],
        type=data["type"],
        mode=data.get("mode"),
        acled_event_type=data.get("acled_event_type"),
        acled_sub_event_type=data.get("acled_sub_event_type"),
        actor=tuple(Actor(**a) for a in data.get("actor", ())),
        recipient=tuple(Actor(**a) for a in data.get("recipient", ())),
        date=data.get("date"),
        date_precision=data.get("date_precision", "unknown"),
        location=Place(**location) if location else None,
        fatalities=data.get("fatalities"),
        injuries=data.get("injuries"),
        modality=data.get("modality", "asserted"),
        evidence=Evidence(**data["evidence"]),
        confidence=data.get("confidence", 0.0),
    )
