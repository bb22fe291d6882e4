"""Read HTML pages out of WARC and WARC.gz crawls (as in Common Crawl's CC-NEWS), streamed.

A crawl file can be many gigabytes, so records are read one at a time with warcio's
ArchiveIterator and each payload is read in chunks up to a size limit; nothing is loaded whole,
headers included: a record's header block is read through a bounded reader (`_BoundedReader`),
so a header of hundreds of megabytes costs a labelled error, not the memory to hold it.

The reader is as permissive as the format's own tools: HTML `response` records and HTML
`resource` records are pages, ARC files (their URLs may hold spaces) are read too, and damage
(a record cut short, a corrupt gzip member, an invalid Content-Length, garbage between records)
costs the damaged stretch only: it is reported once, with its offset, and reading resumes at the
next record that can be found (the next gzip member, or the next `WARC/1.` header line). warcio's
own warnings, which it writes to stderr, become eventwire's labelled messages.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader, ChunkedDataReader, DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecordLoader
from warcio.utils import BUFF_SIZE

from ..errors import (
    E_BAD_WARC,
    E_EMPTY,
    E_NOT_FOUND,
    E_TOO_LARGE,
    E_TRUNCATED,
    warn,
)
from ..records import Dropped, RawPage
from .mime import is_html, parse_content_type

STAGE = "ingest"
_CHUNK = 64 * 1024
MAX_HEADER_BYTES = 1 << 20
"""A record's header block (WARC or ARC header and HTTP headers) may not exceed this."""
_SCAN_CHUNK = 1 << 20
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = b"\nWARC/1."
# warcio parses untrusted bytes and fails on damage with whatever the failing line raises
# (AttributeError on a missing header, ValueError on a bad length...), so every exception from a
# parsing step counts as damage to the file, never as a crash of the run.
_WARC_ERRORS = (Exception,)


class _Truncated(Exception):
    """Internal: the current record ended before its declared length."""


class _Damaged(Exception):
    """Internal: the current record cannot be read; `code` and the message say why."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code


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


class _BoundedReader(DecompressingBufferedReader):  # type: ignore[misc]
    """warcio's buffered reader, with header lines read in bounded, linear time.

    warcio reads header lines with `readline()` and no limit, growing the line by concatenation
    (time quadratic in its length, all of it held in memory). Here the bytes read by `readline`
    since the last `read` (a header block) may not pass MAX_HEADER_BYTES, and a corrupt gzip
    member raises instead of being reported on stderr and read as an empty rest.
    """

    def __init__(self, stream: Any, block_size: int = BUFF_SIZE) -> None:
        super().__init__(stream, block_size=block_size)
        self._header_bytes = 0

    def read(self, length: int | None = None) -> bytes:
        self._header_bytes = 0
        return super().read(length)  # type: ignore[no-any-return]

    def readline(self, length: int | None = None) -> bytes:
        room = MAX_HEADER_BYTES - self._header_bytes
        want = room + 1 if length is None else min(length, room + 1)
        if want <= 0:
            return b""
        self._fillbuff()
        if self.empty():
            return b""
        parts = [self.buff.readline(want)]
        got = len(parts[0])
        while not parts[-1].endswith(b"\n") and got < want:
            self._fillbuff()
            if self.empty():
                break
            parts.append(self.buff.readline(want - got))
            got += len(parts[-1])
        self._header_bytes += got
        if self._header_bytes > MAX_HEADER_BYTES:
            raise _Damaged(
                E_TOO_LARGE, f"record header larger than {MAX_HEADER_BYTES:,} bytes; skipped"
            )
        return b"".join(parts)

    def _decompress(self, data: bytes) -> bytes:
        if self.decompressor and data and self.num_block_read:
            try:
                return self.decompressor.decompress(data)  # type: ignore[no-any-return]
            except zlib.error as exc:
                raise _Damaged(E_BAD_WARC, f"corrupt gzip member ({exc})") from None
        return super()._decompress(data)  # type: ignore[no-any-return]


class _PayloadTooLarge(Exception):
    """Internal: a payload declares or inflates to more than the page limit."""


class _BoundedChunks(ChunkedDataReader):  # type: ignore[misc]
    """warcio's reader of a chunked HTTP body, refusing a chunk over the page limit before
    reading it (warcio reads each chunk whole, however large it says it is)."""

    def __init__(self, stream: Any, *, max_bytes: int, decomp_type: str | None) -> None:
        super().__init__(stream, decomp_type=decomp_type)
        self.max_bytes = max_bytes

    def _try_decode(self, length_header: bytes) -> None:
        try:
            size = int(length_header[:-2].split(b";")[0], 16)
        except ValueError:
            size = 0  # warcio's own decoding says what is wrong with it
        if size > self.max_bytes:
            raise _PayloadTooLarge
        super()._try_decode(length_header)


def _content_stream(record: Any, max_bytes: int) -> Any:
    """`record.content_stream()`, with chunked bodies read through `_BoundedChunks`."""
    if not record.http_headers:
        return record.raw_stream
    encoding = record.http_headers.get_header("content-encoding")
    if encoding:
        encoding = encoding.lower()
        if encoding not in BufferedReader.get_supported_decompressors():
            encoding = None
    if record.http_headers.get_header("transfer-encoding") == "chunked":
        return _BoundedChunks(record.raw_stream, max_bytes=max_bytes, decomp_type=encoding)
    if encoding:
        return BufferedReader(record.raw_stream, decomp_type=encoding)
    return record.raw_stream


class _Loader(ArcWarcRecordLoader):  # type: ignore[misc]
    """warcio's record loader, telling of URLs with spaces through eventwire's warnings."""

    def __init__(self, name: str, *, arc: bool) -> None:
        super().__init__(arc2warc=arc)
        self.name = name
        self.arc = arc
        self.offset = 0

    def _ensure_target_uri_format(self, rec_headers: Any) -> str | None:
        uri = rec_headers.get_header("WARC-Target-URI")
        if uri is not None and uri.startswith("<") and uri.endswith(">"):
            uri = uri[1:-1]
            rec_headers.replace_header("WARC-Target-URI", uri)
        if uri is not None and " " in uri:
            if not self.arc:  # an ARC header line may hold spaces in its URL; a WARC's may not
                warn(
                    f"{self.name}@{self.offset}",
                    E_BAD_WARC,
                    "WARC-Target-URI holds spaces; read with each space as %20",
                )
            uri = uri.replace(" ", "%20")
            rec_headers.replace_header("WARC-Target-URI", uri)
        return uri  # type: ignore[no-any-return]


class _Archive(ArchiveIterator):  # type: ignore[misc]
    """warcio's ArchiveIterator over `_BoundedReader`, its warnings labelled with the input."""

    def __init__(self, fh: Any, name: str, *, arc: bool) -> None:
        super().__init__(fh, arc2warc=arc)
        self.reader = _BoundedReader(self.fh, block_size=BUFF_SIZE)
        self.loader = _Loader(name, arc=arc)
        self.name = name

    def _consume_blanklines(self) -> tuple[bytes | None, int]:
        """warcio's own, with its stderr warning turned into a labelled one."""
        empty_size = 0
        first_line = True
        while True:
            line = self.reader.readline()
            if len(line) == 0:
                return None, empty_size
            stripped = line.rstrip()
            if len(stripped) == 0 or first_line:
                empty_size += len(line)
                if len(stripped) != 0:
                    warn(
                        f"{self.name}@{self.offset}",
                        E_BAD_WARC,
                        f"record at offset {self.offset} is not followed by a blank line "
                        "(its Content-Length is wrong?)",
                    )
                    self.err_count += 1
                first_line = False
                continue
            return line, empty_size


@dataclass
class _Run:
    """How one pass of the record loop ended."""

    records: int = 0
    """Records read whole in this pass."""
    damage: Dropped | None = None
    """Set when the pass stopped on damage: its report, with `offset` where it began."""
    offset: int = 0
    whole_gzip: bool = False
    """The file turned out to be one gzip stream, not one member per record."""


def read_warc(path: Path, *, max_bytes: int) -> Iterator[RawPage | Dropped]:
    """Yield a RawPage per HTML `response` record with HTTP status 200, and per HTML `resource`
    record, streamed from `path`.

    Other records (requests, metadata, non-HTML or non-200 responses) yield nothing. A payload
    over `max_bytes` yields Dropped(E_TOO_LARGE) and reading goes on; damage yields one Dropped
    per damaged stretch, and reading resumes at the next record found after it.
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
    arc = path.name.lower().endswith((".arc", ".arc.gz"))
    with fh:
        gz = fh.read(2) == b"\x1f\x8b"
        fh.seek(0)
        tail_ok = gz or _plain_tail_ok(fh, size, arc)
        position, quiet = 0, False
        while True:
            fh.seek(position)
            run = yield from _iterate(
                path,
                fh,
                max_bytes,
                size=size,
                tail_ok=tail_ok,
                at_eof=lambda: fh.tell() >= size,
                arc=arc,
                first=position == 0,
            )
            if run.whole_gzip:
                break
            if run.damage is None:
                return
            if run.records or not quiet:
                yield run.damage  # one report per damaged stretch, not per failed resync
            quiet = True
            # resume past both the damage and this pass's start: an offset warcio reckons from
            # buffered, inflated bytes can lie before it, and reading again there never ends
            found = _next_record_start(fh, max(run.offset, position) + 1, gz=gz, arc=arc)
            if found is None or found <= position:
                return
            position = found
    # One gzip stream over the whole file rather than one member per record (a `.warc` simply
    # gzipped): valid, just not seekable. Read it again through gzip, past the records already
    # seen; offsets are then positions in the decompressed stream.
    with gzip.open(path, "rb") as whole:
        run = yield from _iterate(
            path,
            _StrictGzip(whole),
            max_bytes,
            size=None,
            tail_ok=True,
            at_eof=lambda: False,
            arc=arc,
            first=True,
            skip=run.records,
        )
        if run.damage is not None:
            yield run.damage


def _next_record_start(fh: IO[bytes], start: int, *, gz: bool, arc: bool) -> int | None:
    """Where the next record may begin at or after `start`: a gzip member's magic bytes, or a
    `WARC/1.` line (a plain ARC file has no such mark). Read in bounded chunks."""
    if not gz and arc:
        return None
    mark, lead = (_GZIP_MEMBER, 0) if gz else (_WARC_LINE, 1)
    fh.seek(max(0, start - lead))
    base = fh.tell()
    carry = b""
    while True:
        chunk = fh.read(_SCAN_CHUNK)
        if not chunk:
            return None
        data = carry + chunk
        at = data.find(mark)
        if at >= 0:
            return base - len(carry) + at + lead
        carry = data[-(len(mark) - 1) :]
        base += len(chunk)


def _iterate(
    path: Path,
    fh: IO[bytes] | _StrictGzip,
    max_bytes: int,
    *,
    size: int | None,
    tail_ok: bool,
    at_eof: Callable[[], bool],
    arc: bool,
    first: bool,
    skip: int = 0,
) -> Generator[RawPage | Dropped, None, _Run]:
    """The record loop: one try block per step so a failure names the record it happened in."""
    archive = _Archive(fh, str(path), arc=arc)
    reader = archive.reader
    records = iter(archive)
    run = _Run()
    offset = int(getattr(archive, "offset", 0))

    def damaged(report: Dropped, at: int) -> _Run:
        run.damage, run.offset = report, at
        return run

    while True:
        offset = max(0, int(getattr(archive, "offset", offset)))
        archive.loader.offset = offset
        try:
            record = next(records)
        except StopIteration:
            end = int(getattr(archive, "offset", offset))
            if (size is not None and end < size) or not tail_ok:
                return damaged(_cut(path, min(end, offset)), min(end, offset))
            return run
        except ArchiveLoadFailed as exc:
            if "non-chunked gzip" in str(exc) and first and size is not None:
                run.whole_gzip = True
                return run
            return damaged(_damaged(path, offset, exc), offset)
        except _WARC_ERRORS as exc:
            return damaged(_damaged(path, offset, exc), offset)
        if run.records == 0 and not (
            record.format == "warc" or (arc and record.format in ("arc", "arc2warc"))
        ):
            return damaged(
                Dropped(
                    f"{path}@{offset}",
                    STAGE,
                    E_BAD_WARC,
                    "not a WARC file (no WARC/1.x record header; corrupt gzip?)",
                ),
                offset,
            )
        name = f"{path}@{offset}"
        try:
            _check_length(record)
            seen = run.records < skip
            item = None if seen else _read_record(record, name, max_bytes)
            _finish_record(archive, record, reader, at_eof=at_eof, tail_ok=tail_ok)
        except _WARC_ERRORS as exc:
            return damaged(_damaged(path, offset, exc), offset)
        run.records += 1
        if item is not None:
            yield item


def _check_length(record: Any) -> None:
    """A record must declare its length: without one (or with a negative one) warcio reads on
    into the records after it, as if they were this one's payload."""
    raw = record.rec_headers.get_header("Content-Length")
    if raw is None:
        raw = record.rec_headers.get_header("length")
    value = (raw or "").strip()
    if not value.lstrip("-").isdigit():
        shown = "none" if raw is None else repr(raw[:40])
        raise _Damaged(E_BAD_WARC, f"invalid Content-Length ({shown}); record skipped")
    if int(value) < 0:
        raise _Damaged(E_BAD_WARC, f"negative Content-Length ({value}); record skipped")


def _read_record(record: Any, name: str, max_bytes: int) -> RawPage | Dropped | None:
    """Turn one record into a RawPage, a Dropped (too large), or None (not an HTML page)."""
    if record.rec_type == "response":
        if record.http_headers is None:
            return None
        status = (record.http_headers.get_statuscode() or "").strip()
        if status != "200":
            return None
        content_type = record.http_headers.get_header("Content-Type")
    elif record.rec_type == "resource":  # a page archived as a file, with no HTTP exchange
        content_type = record.rec_headers.get_header("Content-Type")
    else:
        return None
    mime, charset = parse_content_type(content_type)
    if mime is not None and not is_html(content_type, b""):
        return None
    stream = _content_stream(record, max_bytes)
    chunks: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = stream.read(_CHUNK)
        except _PayloadTooLarge:
            chunk, total = b"", max_bytes + 1
        total += len(chunk)
        if total > max_bytes:
            _check_complete(record)
            return Dropped(
                name,
                STAGE,
                E_TOO_LARGE,
                f"HTML payload larger than the {max_bytes:,}-byte limit; skipped",
            )
        if not chunk:
            break
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


def _plain_tail_ok(fh: IO[bytes], size: int, arc: bool) -> bool:
    """True unless an uncompressed file fails to end with the newlines that end every record.

    warcio reads a cut header block without complaint, so the file's last bytes are the cheap,
    reliable sign of a cut inside the last record: a WARC record ends with CRLF CRLF (bare LFs
    from some tools), an ARC record with one LF. Gzip files are checked per member instead.
    """
    if size < 4:
        return True
    fh.seek(size - 4)
    tail = fh.read(4).replace(b"\r", b"")
    fh.seek(0)
    return tail.endswith(b"\n") if arc else tail.endswith(b"\n\n")


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
        f"WARC file is cut short inside the record at offset {offset} (truncated download?)",
    )


def _damaged(path: Path, offset: int, exc: BaseException) -> Dropped:
    """A Dropped for a record that could not be read: truncated if the bytes ran out, else bad."""
    where = f"{path}@{offset}"
    if isinstance(exc, _Truncated):
        return _cut(path, offset)
    if isinstance(exc, _Damaged):
        return Dropped(where, STAGE, exc.code, f"record at offset {offset}: {exc}")
    if isinstance(exc, ArchiveLoadFailed) and "first line" in str(exc):
        return Dropped(
            where,
            STAGE,
            E_BAD_WARC,
            f"no WARC record header at offset {offset} (corrupt gzip member or garbage between "
            "records); skipped to the next record",
        )
    text = "".join(
        c if c.isascii() and c.isprintable() else "?" for c in " ".join(str(exc).split())
    )
    detail = f"{type(exc).__name__}: {text[:160]}"
    if isinstance(exc, (EOFError, zlib.error)):
        return Dropped(
            where,
            STAGE,
            E_TRUNCATED,
            f"WARC file ends inside the record at offset {offset} ({detail})",
        )
    return Dropped(
        where, STAGE, E_BAD_WARC, f"unreadable WARC record at offset {offset} ({detail})"
    )
