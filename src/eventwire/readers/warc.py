"""Read HTML pages out of WARC and WARC.gz crawls (as in Common Crawl's CC-NEWS), streamed.

A crawl file can be many gigabytes, so records are read one at a time with warcio's
ArchiveIterator and each payload is read in chunks up to a size limit; nothing is loaded whole.
warcio is lenient about damage (a cut gzip member or a short record simply ends the iteration),
so this reader checks each record itself: a record whose bytes run out before its declared length,
or whose gzip member never ends, stops the file with a Dropped naming the offset, after every page
before it has been yielded.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import E_BAD_WARC, E_EMPTY, E_NOT_FOUND, E_TOO_LARGE, E_TRUNCATED
from ..records import Dropped, RawPage
from .mime import is_html, parse_content_type

STAGE = "ingest"
_CHUNK = 64 * 1024
# warcio parses untrusted bytes and fails on damage with whatever the failing line raises
# (AttributeError on a missing header, ValueError on a bad length...), so every exception from a
# parsing step counts as damage to the file, never as a crash of the run.
_WARC_ERRORS = (Exception,)


class _Truncated(Exception):
    """Internal: the current record ended before its declared length."""


class _StrictGzip:
    """A gzip stream whose cut end raises _Truncated: warcio takes EOFError for a clean end."""

    def __init__(self, inner: gzip.GzipFile) -> None:
        self._inner = inner

    def read(self, size: int = -1) -> bytes:
        try:
            return self._inner.read(size)
        except EOFError:
            raise _Truncated from None

    def tell(self) -> int:
        return self._inner.tell()


def read_warc(path: Path, *, max_bytes: int) -> Iterator[RawPage | Dropped]:
    """Yield a RawPage per HTML `response` record with HTTP status 200, streamed from `path`.

    Other records (requests, metadata, non-HTML or non-200 responses) yield nothing. A payload
    over `max_bytes` yields Dropped(E_TOO_LARGE) and reading goes on; damage (truncation, a
    corrupt gzip member, an unparsable record) yields one Dropped and ends the file.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        fh = path.open("rb")
    except OSError as exc:
        yield Dropped(str(path), STAGE, E_NOT_FOUND, f"cannot open WARC file: {exc.strerror}")
        return
    if size == 0:
        fh.close()
        yield Dropped(str(path), STAGE, E_EMPTY, "empty WARC file")
        return
    with fh:
        tail_ok = _plain_tail_ok(fh, size)
        done = yield from _iterate(
            path, fh, max_bytes, size=size, tail_ok=tail_ok, at_eof=lambda: fh.tell() >= size
        )
    if done is None:
        return
    # One gzip stream over the whole file rather than one member per record (a `.warc` simply
    # gzipped): valid, just not seekable. Read it again through gzip, past the records already
    # seen; offsets are then positions in the decompressed stream.
    with gzip.open(path, "rb") as whole:
        yield from _iterate(
            path,
            _StrictGzip(whole),
            max_bytes,
            size=None,
            tail_ok=True,
            at_eof=lambda: False,
            skip=done,
        )


def _iterate(
    path: Path,
    fh: IO[bytes] | _StrictGzip,
    max_bytes: int,
    *,
    size: int | None,
    tail_ok: bool,
    at_eof: Callable[[], bool],
    skip: int = 0,
) -> Generator[RawPage | Dropped, None, int | None]:
    """The record loop: one try block per step so a failure names the record it happened in.

    Returns the number of records read when the file turns out to be one non-chunked gzip
    stream (the caller then reads it again another way), else None.
    """
    allow_arc = path.name.lower().endswith((".arc", ".arc.gz"))
    archive = ArchiveIterator(fh, arc2warc=allow_arc)
    reader = archive.reader
    records = iter(archive)
    offset = 0
    count = 0
    while True:
        offset = int(getattr(archive, "offset", offset))
        try:
            record = next(records)
        except StopIteration:
            end = int(getattr(archive, "offset", offset))
            if (size is not None and end < size) or not tail_ok:
                yield _cut(path, min(end, offset))
            return None
        except _Truncated:
            yield _cut(path, offset)
            return None
        except ArchiveLoadFailed as exc:
            if "non-chunked gzip" in str(exc) and skip == 0:
                return count
            yield _damaged(path, offset, exc)
            return None
        except _WARC_ERRORS as exc:
            yield _damaged(path, offset, exc)
            return None
        if count == 0 and not (
            record.format == "warc" or (allow_arc and record.format in ("arc", "arc2warc"))
        ):
            yield Dropped(
                f"{path}@{offset}",
                STAGE,
                E_BAD_WARC,
                "not a WARC file (no WARC/1.x record header; corrupt gzip?)",
            )
            return None
        count += 1
        name = f"{path}@{offset}"
        try:
            item = None if count <= skip else _read_record(record, name, max_bytes)
            _finish_record(archive, record, reader, at_eof=at_eof, tail_ok=tail_ok)
        except _Truncated:
            yield _cut(path, offset)
            return None
        except _WARC_ERRORS as exc:
            yield _damaged(path, offset, exc)
            return None
        if item is not None:
            yield item


def _read_record(record: Any, name: str, max_bytes: int) -> RawPage | Dropped | None:
    """Turn one record into a RawPage, a Dropped (too large), or None (not an HTML page)."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = (record.http_headers.get_statuscode() or "").strip()
    if status != "200":
        return None
    content_type = record.http_headers.get_header("Content-Type")
    mime, charset = parse_content_type(content_type)
    if mime is not None and not is_html(content_type, b""):
        return None
    stream = record.content_stream()
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        total += len(chunk)
        if total > max_bytes:
            _check_complete(record)
            return Dropped(
                name,
                STAGE,
                E_TOO_LARGE,
                f"HTML payload larger than the {max_bytes:,}-byte limit; skipped",
            )
        chunks.append(chunk)
    _check_complete(record)
    content = b"".join(chunks)
    if mime is None and not is_html(None, content[:2048]):
        return None
    return RawPage(
        input_name=name,
        content=content,
        content_kind="warc-html",
        url=record.rec_headers.get_header("WARC-Target-URI"),
        fetched_at=record.rec_headers.get_header("WARC-Date"),
        encoding=charset,
    )


def _check_complete(record: Any) -> None:
    """Drain the record's raw block and raise _Truncated if it held fewer bytes than declared."""
    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass
    if getattr(raw, "limit", 0) > 0:
        raise _Truncated


def _plain_tail_ok(fh: IO[bytes], size: int) -> bool:
    """True unless an uncompressed WARC fails to end with the blank line that ends every record.

    warcio reads a cut header block without complaint, so the file's last bytes are the cheap,
    reliable sign of a cut inside the last record. Gzip files are checked per member instead.
    """
    head = fh.read(2)
    if head == b"\x1f\x8b" or size < 4:
        fh.seek(0)
        return True
    fh.seek(size - 4)
    tail = fh.read(4)
    fh.seek(0)
    return tail.replace(b"\r", b"").endswith(b"\n\n")  # CRLF CRLF, or bare LFs from some tools


def _finish_record(
    archive: ArchiveIterator,
    record: Any,
    reader: Any,
    *,
    at_eof: Callable[[], bool],
    tail_ok: bool,
) -> None:
    """Consume the record's trailer and raise _Truncated if the file was cut inside it.

    A gzip member still open when the file ends is a cut; so is the last record of an
    uncompressed file that does not end with its CRLF CRLF.
    """
    _check_complete(record)
    archive.read_to_end()
    if reader.rem_length() != 0 or not at_eof():
        return
    decompressor = getattr(reader, "decompressor", None)
    if decompressor is not None:
        if not decompressor.eof and not decompressor.unused_data:
            raise _Truncated
    elif not tail_ok:
        raise _Truncated


def _cut(path: Path, offset: int) -> Dropped:
    """The Dropped for a file whose bytes end inside the record at `offset`."""
    return Dropped(
        f"{path}@{offset}",
        STAGE,
        E_TRUNCATED,
        f"WARC file is cut short inside the record at offset {offset} (truncated download?); "
        "reading of this file stopped",
    )


def _damaged(path: Path, offset: int, exc: BaseException) -> Dropped:
    """A Dropped for a record warcio could not parse: truncated if the bytes ran out, else bad."""
    if isinstance(exc, ArchiveLoadFailed) and "first line" in str(exc):
        return Dropped(
            f"{path}@{offset}",
            STAGE,
            E_BAD_WARC,
            f"no WARC record header at offset {offset} (corrupt gzip member or garbage between "
            "records); reading of this file stopped",
        )
    text = "".join(
        c if c.isascii() and c.isprintable() else "?" for c in " ".join(str(exc).split())
    )
    detail = f"{type(exc).__name__}: {text[:160]}"
    if isinstance(exc, (EOFError, zlib.error)):
        return Dropped(
            f"{path}@{offset}",
            STAGE,
            E_TRUNCATED,
            f"WARC file ends inside the record at offset {offset} ({detail}); "
            "reading of this file stopped",
        )
    return Dropped(
        f"{path}@{offset}",
        STAGE,
        E_BAD_WARC,
        f"unreadable WARC record at offset {offset} ({detail}); reading of this file stopped",
    )
