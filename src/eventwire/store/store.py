"""The event store: documents in, merged events out, through SQLAlchemy (SQLite by default).

Every article is written in its own transaction, so an interrupted ingest leaves whole articles
or none. Re-ingesting an article whose text has not changed writes nothing.

The store only reads and writes: which events are one event is `link`'s to decide
(`link.relink`), which hands the store the merged events to write.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import (
    Engine,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from ..errors import E_NOT_A_DATABASE, E_NOT_WRITABLE, StorageError, UsageError
from ..records import Document, Event, MergedEvent, Place, StoredReport, from_plain, to_plain
from . import faults, fulltext, tables
from .filters import EventFilter, NameSpellings, apply_filter, exact_spelling
from .links import web_link
from .location import sqlite_path

MergeBuilder = Callable[
    [Sequence[StoredReport], dict[str, list[Place]], Callable[[Iterable[str]], dict[str, Any]]],
    list[tuple[MergedEvent, dict[str, Any]]],
]
"""What `Store.rebuild_merged_events` runs: (every stored event report, the places of each
article with events, a loader of stored document records by id) → each merged event with the JSON
record to keep for it."""


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


READ_MMAP_BYTES = 1 << 30
"""How much of the file a reading connection maps into memory (address space, not RAM): pages
are read from the operating system's cache in place, shared by every connection and process,
instead of being copied into each connection's own cache (2 MB by default) by a read call."""
READ_CACHE_KIB = 16 * 1024
"""Each reading connection's own page cache (SQLite's default is 2 MB)."""


def sqlite_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Connections that only read (and wait a little, never long, for a busy file), with the
    file mapped into memory and a larger page cache: the API's lists and counts read many
    index and row pages per request."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute(f"PRAGMA mmap_size={READ_MMAP_BYTES}")
    cursor.execute(f"PRAGMA cache_size=-{READ_CACHE_KIB}")
    cursor.close()


def read_only_sqlite_url(path: Path) -> str:
    """A URL opening the SQLite file at `path` read-only.

    In a folder nobody can write, no writer can be at work (it would need its journal files
    there), and SQLite could not create the shared-memory file a read needs: the file is then
    opened as immutable.
    """
    resolved = path.resolve()
    uri = "file:" + quote(str(resolved)) + "?mode=ro"
    if not os.access(resolved.parent, os.W_OK) and not Path(f"{resolved}-shm").exists():
        uri += "&immutable=1"
    return f"sqlite:///{uri}&uri=true"


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
    """A database of documents and merged events.

    `admin1_spellings` says how a division's name, as a user types it, may be stored (the
    geocoder's `admin1_spellings`); by default a name matches itself in any case.
    """

    def __init__(
        self,
        url: str,
        *,
        read_only: bool = False,
        admin1_spellings: NameSpellings = exact_spelling,
    ) -> None:
        """Open (and on first use create and migrate) the database at `url`.

        `read_only` opens a SQLite file without writing anything, not even its journal: for a
        file or folder this process cannot write. Storage faults raise `StorageError`.
        """
        self.url = normalise_url(url)
        self.read_only = read_only
        self.admin1_spellings = admin1_spellings
        path = sqlite_path(self.url)
        target = str(path) if path is not None else _without_password(self.url)
        engine_url = self.url
        if path is not None and read_only:
            engine_url = read_only_sqlite_url(path)
        elif path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise faults.os_fault(exc, target) from None
        try:
            self.engine: Engine = create_engine(engine_url, future=True)
        except Exception as exc:  # noqa: BLE001 - bad URLs get one clear message
            raise UsageError(f"[EW002] cannot open database {url!r}: {exc}") from exc
        self.dialect = self.engine.dialect.name
        faults.install(self.engine, target, path)
        if self.dialect == "sqlite" and read_only:
            event.listen(self.engine, "connect", sqlite_read_only_pragmas)
        elif self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        try:
            if read_only:
                self._check_revision(target)
            else:
                self._migrate()
        except OperationalError as exc:
            raise UsageError(f"[EW002] cannot open database {url!r}: {exc.orig}") from exc

    def _check_revision(self, target: str) -> None:
        """A database opened read-only cannot be migrated: it must be at this version's schema."""
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        head = ScriptDirectory.from_config(config).get_current_head()
        with self.engine.connect() as conn:
            current = _current_revision(conn)
        if current == head:
            return
        if current is None:
            raise StorageError(target, E_NOT_A_DATABASE, "not an eventwire database (no schema)")
        if not _known_revision(config, current):
            raise UsageError(
                f"[EW003] database {target} has schema revision {current}, newer than this "
                f"eventwire knows ({head}): upgrade eventwire"
            )
        raise StorageError(
            target,
            E_NOT_WRITABLE,
            f"the database is read-only and was written by an older eventwire (schema "
            f"{current}, this one reads {head}): open it once with write access (any `eventwire "
            "ingest`) to upgrade it",
        )

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

    def signatures(self) -> Iterator[tuple[str, str | None, str, bytes]]:
        """Every stored article's dedupe signature: (id, duplicate_of, text hash, minhash)."""
        d = tables.documents
        with self.engine.connect() as conn:
            rows = conn.execute(select(d.c.id, d.c.duplicate_of, d.c.text_hash, d.c.minhash))
            for row in rows:
                if row.minhash:
                    yield row.id, row.duplicate_of, row.text_hash, row.minhash

    def save_signature(self, document_id: str, text_hash: str, minhash: bytes) -> None:
        """Replace a stored article's dedupe signature (one re-signed in a newer format)."""
        d = tables.documents
        with self.engine.begin() as conn:
            conn.execute(
                update(d).where(d.c.id == document_id).values(minhash=minhash, text_hash=text_hash)
            )

    def put(self, document: Document) -> bool:
        """Store one document atomically; False when the same text was already stored.

        What dedupe found (`document.dedupe`: signature, story terms) is stored with it; a
        document that did not pass dedupe is compared by a hash of its text alone.

        The document row is inserted with ON CONFLICT DO NOTHING, so two processes storing the
        same article at once cannot both write it: the loser finds it there and compares texts.
        """
        facts = document.dedupe
        new_hash = facts.text_hash if facts else hashlib.sha1(document.text.encode()).hexdigest()
        d = tables.documents
        row = _document_row(document, new_hash, facts.minhash if facts else None)
        terms = dict(facts.story_terms) if facts else None
        row["story_terms"] = json.dumps(terms, ensure_ascii=False) if terms else None
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
                    insert(tables.events), [_event_row(document.id, e) for e in document.events]
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
        d = tables.documents
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
        d = tables.documents
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
        d = tables.documents
        with self.engine.connect() as conn:
            query = select(d.c.id).where((d.c.url == url) | (d.c.input_name == url)).limit(1)
            return conn.execute(query).first() is not None

    # -- completion markers ------------------------------------------------------------------

    def shard_done(self, key: str) -> bool:
        with self.engine.connect() as conn:
            found = conn.execute(select(tables.shards.c.key).where(tables.shards.c.key == key))
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
            conn.execute(self._insert_ignore(tables.shards, "key").values(**row))

    def _delete_document(self, conn: Connection, document_id: str) -> None:
        conn.execute(
            delete(tables.event_sources).where(tables.event_sources.c.document_id == document_id)
        )
        conn.execute(delete(tables.events).where(tables.events.c.document_id == document_id))
        for table in tables.CHILD_TABLES:
            conn.execute(delete(table).where(table.c.document_id == document_id))
        conn.execute(delete(tables.documents).where(tables.documents.c.id == document_id))

    def link_pending(self) -> bool:
        """Whether an article is stored whose events no rebuild has merged yet."""
        d = tables.documents
        with self.engine.connect() as conn:
            return conn.execute(select(d.c.id).where(tables.UNLINKED).limit(1)).first() is not None

    def rebuild_merged_events(self, build: MergeBuilder) -> int:
        """Replace every merged event with what `build` makes of the stored events, in one
        transaction (one rebuild at a time on PostgreSQL); returns how many there are now.

        The articles it saw unlinked are marked linked in the same transaction, each only while
        it still holds the text that was read (a concurrent re-ingest stays due for a relink).
        """
        d, e = tables.documents, tables.events
        with self.engine.begin() as conn:
            if self.dialect == "postgresql":
                # One relink at a time: two would each delete and re-insert the same merged rows.
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": RELINK_LOCK})
            # Read before the events: an article stored after this read stays unlinked, even
            # if the events read below happen to include it.
            pending = conn.execute(select(d.c.id, d.c.text_hash).where(tables.UNLINKED)).all()
            rows = conn.execute(
                select(e.c.record_json, e.c.document_id, d.c.url, d.c.published, d.c.story_id).join(
                    d, d.c.id == e.c.document_id
                )
            ).all()
            reports = [
                StoredReport(
                    json.loads(r.record_json), r.document_id, r.url, r.published, r.story_id
                )
                for r in rows
            ]
            merged = build(
                reports,
                self._places_of_reporting_articles(conn),
                lambda ids: self._records(conn, ids),
            )
            conn.execute(delete(tables.event_sources))
            conn.execute(delete(tables.merged_events))
            if merged:
                conn.execute(
                    insert(tables.merged_events), [_merged_row(m, record) for m, record in merged]
                )
                conn.execute(
                    insert(tables.event_sources),
                    [
                        {
                            "merged_id": m.event.id,
                            "event_id": s.event_id,
                            "document_id": s.document_id,
                        }
                        for m, _ in merged
                        for s in m.sources
                    ],
                )
            fulltext.rebuild(conn)
            # Fresh statistics let the planner choose among the sorted indexes (quick to make).
            conn.exec_driver_sql("ANALYZE merged_events")
            if pending:
                conn.execute(
                    update(d)
                    .where(d.c.id == bindparam("doc_id"), d.c.text_hash == bindparam("doc_hash"))
                    .values(linked=True),
                    [{"doc_id": r.id, "doc_hash": r.text_hash} for r in pending],
                )
        return len(merged)

    def _places_of_reporting_articles(self, conn: Connection) -> dict[str, list[Place]]:
        """The places of each article that has events, in text order."""
        p, e = tables.places, tables.events
        with_events = select(e.c.document_id).distinct()
        by_document: dict[str, list[Place]] = defaultdict(list)
        query = select(p).where(p.c.document_id.in_(with_events)).order_by(p.c.document_id, p.c.idx)
        for row in conn.execute(query):
            fields = dict(row._mapping)
            document_id = fields.pop("document_id")
            del fields["idx"]
            by_document[document_id].append(from_plain(Place, fields))
        return dict(by_document)

    def _records(self, conn: Connection, document_ids: Iterable[str]) -> dict[str, Any]:
        """The stored records of the given articles, by id."""
        d = tables.documents
        found: dict[str, Any] = {}
        ids = sorted(document_ids)
        for i in range(0, len(ids), 500):
            query = select(d.c.id, d.c.record_json).where(d.c.id.in_(ids[i : i + 500]))
            for row in conn.execute(query):
                found[row.id] = json.loads(row.record_json)
        return found

    # -- reading -----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (
                    tables.documents,
                    *tables.CHILD_TABLES,
                    tables.events,
                    tables.merged_events,
                )
            }

    def events(self, filters: EventFilter | None = None) -> list[dict[str, Any]]:
        """Merged events as JSON objects, filtered, ordered by date then id."""
        m = tables.merged_events
        filters = filters or EventFilter()
        query = apply_filter(select(m.c.record_json), m, filters, self.admin1_spellings)
        with self.engine.connect() as conn:
            if filters.text:
                query = query.where(fulltext.condition(conn, m, filters.text))
            return [json.loads(r.record_json) for r in conn.execute(query)]

    def document(self, document_id: str) -> dict[str, Any] | None:
        d = tables.documents
        with self.engine.connect() as conn:
            raw = conn.execute(select(d.c.record_json).where(d.c.id == document_id)).scalar()
        return json.loads(raw) if raw else None

    def documents(self) -> Iterable[dict[str, Any]]:
        d = tables.documents
        with self.engine.connect() as conn:
            for row in conn.execute(select(d.c.record_json).order_by(d.c.published, d.c.id)):
                yield json.loads(row.record_json)

    def explain(self, merged_id: str) -> dict[str, Any] | None:
        m = tables.merged_events
        with self.engine.connect() as conn:
            raw = conn.execute(select(m.c.record_json).where(m.c.id == merged_id)).scalar()
        return json.loads(raw) if raw else None


def _document_row(document: Document, digest: str, minhash: bytes | None) -> dict[str, Any]:
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
        "minhash": minhash,
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
        "learned": e.learned,
        "record_json": json.dumps(to_plain(e), ensure_ascii=False),
    }


def _without_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a URL SQLAlchemy cannot parse fails later, clearly
        return url


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
        tables.entities,
        [{"document_id": doc_id, "idx": i, **to_plain(x)} for i, x in enumerate(document.entities)],
    )
    yield (
        tables.places,
        [{"document_id": doc_id, "idx": i, **to_plain(x)} for i, x in enumerate(document.places)],
    )
    yield (
        tables.times,
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
    yield tables.quotes, quote_rows


def _merged_row(merged: MergedEvent, record: dict[str, Any]) -> dict[str, Any]:
    """The merged event's row: its JSON record (with each report's `link`) and the columns the
    filters query."""
    e = merged.event
    point = e.location if e.location is not None and not e.location.inferred else None
    # Each report's URL may be followed only when it is http(s) (`web_link`): the store says so
    # for every record it hands out, whoever built it.
    record = {
        **record,
        "sources": [{**r, "link": web_link(r.get("url"))} for r in record["sources"]],
    }
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
        # A place only inferred from the article (`Place.inferred`) counts for its country but
        # is no point: the map, the density grid and bbox filters leave it out.
        "lat": point.lat if point else None,
        "lon": point.lon if point else None,
        "place_name": e.location.name if e.location else None,
        "actor_name": e.actor[0].name if e.actor else None,
        "recipient_name": e.recipient[0].name if e.recipient else None,
        # figures implausible for the event's kind stay in the record, out of the summed column
        "fatalities": None if e.implausible_counts else e.fatalities,
        "num_sources": merged.num_sources,
        "num_articles": merged.num_articles,
        "first_reported": merged.first_reported,
        "has_named_source": record["has_named_source"],
        "actors_text": " | ".join(
            f"{a.text} {a.name} {a.country or ''}" for a in e.actor + e.recipient
        ),
        "evidence_text": " ".join(s.evidence.sentence for s in merged.sources),
        "learned": e.learned,
        "record_json": json.dumps(record, ensure_ascii=False),
    }
