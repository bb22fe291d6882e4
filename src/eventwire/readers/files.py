"""Reading inputs from paths, folders and standard input into `RawPage` records.

The kind of a file is decided by its name and, where the name says nothing, by its first bytes:
HTML (.html, .htm, .html.gz, or markup at the start), WARC (.warc, .warc.gz), JSON Lines (.jsonl,
.jsonl.gz), plain text (anything else). A file that cannot be read becomes a `Dropped` record that
names it; the other inputs carry on.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import (
    E_BAD_FEED,
    E_BAD_JSON,
    E_BINARY,
    E_EMPTY,
    E_NOT_FOUND,
    E_TOO_DEEP,
    E_TOO_LARGE,
    E_TRUNCATED,
    InputError,
)
from ..records import Dropped, RawPage
from .mime import sniff_utf16

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
GZIP_MAGIC = b"\x1f\x8b"
STDIN_NAME = "-"


def iter_input_files(inputs: Iterable[str]) -> Iterator[str | Dropped]:
    """Expand INPUT arguments: files as given, folders recursively (sorted), `-` for stdin."""
    for raw in inputs:
        if raw == STDIN_NAME:
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.parts):
                    found = True
                    yield str(child)
            if not found:  # a wrong folder must not pass for a run with nothing to do
                yield Dropped(raw, "ingest", E_EMPTY, "folder holds no files (hidden ones skipped)")
        elif path.is_file():
            yield str(path)
        else:
            yield Dropped(raw, "ingest", E_NOT_FOUND, "no such file or folder")


def read_inputs(
    inputs: Iterable[str], *, max_bytes: int, published: str | None = None, url: str | None = None
) -> Iterator[RawPage | Dropped]:
    """Every page in the given inputs, in order; unreadable inputs become `Dropped` records."""
    for name in iter_input_files(inputs):
        if isinstance(name, Dropped):
            yield name
            continue
        try:
            yield from read_one(name, max_bytes=max_bytes, published=published, url=url)
        except InputError as exc:
            yield Dropped(exc.input_name, "ingest", exc.code, exc.reason)
        except OSError as exc:
            yield Dropped(name, "ingest", E_NOT_FOUND, f"cannot read: {exc.strerror or exc}")


def read_one(
    name: str, *, max_bytes: int, published: str | None = None, url: str | None = None
) -> Iterator[RawPage | Dropped]:
    """The pages of one file (or of standard input)."""
    lower = name.lower()
    if lower.endswith(WARC_SUFFIXES):
        from .warc import read_warc

        yield from read_warc(Path(name), max_bytes=max_bytes)
        return
    if lower.endswith(JSONL_SUFFIXES):
        with _open_maybe_gzip(name) as stream:
            yield from read_jsonl(stream, name, max_bytes=max_bytes, published=published)
        return
    content = _read_all(name, max_bytes)
    if content.startswith(b"WARC/"):
        from .warc import read_warc

        yield from read_warc(Path(name), max_bytes=max_bytes)
        return
    check_not_binary(name, content)
    check_not_feed(name, content)
    kind = "html" if lower.endswith(HTML_SUFFIXES) or looks_like_html(content) else "text"
    yield RawPage(
        input_name=name,
        content=content,
        content_kind=kind,  # type: ignore[arg-type]
        url=url,
        published=published,
    )


def read_jsonl_lines(
    name: str, start: int, stop: int, *, max_bytes: int, published: str | None = None
) -> Iterator[RawPage | Dropped]:
    """The pages of lines [start, stop) of a JSON Lines file (a shard of a big file)."""
    try:
        with open(name, "rb") as stream:
            lines = itertools.islice(bounded_lines(stream, max_bytes), start, stop)
            yield from read_jsonl(
                lines, name, max_bytes=max_bytes, published=published, first_line=start + 1
            )
    except OSError as exc:
        yield Dropped(name, "ingest", E_NOT_FOUND, f"cannot read: {exc.strerror or exc}")


class _LongLine:
    """Stands for a line longer than the limit, whose bytes were skipped unread."""


LONG_LINE = _LongLine()
_SKIP_CHUNK = 1 << 20


def bounded_lines(
    stream: Iterable[bytes | _LongLine], max_bytes: int
) -> Iterator[bytes | _LongLine]:
    """The lines of a binary stream, never holding more than `max_bytes` of one line in memory.

    Iterating a file (or a gzip stream) reads each line whole, however long: one line of a
    compressed file can inflate to gigabytes. A line longer than `max_bytes` is passed over in
    chunks and stands as `LONG_LINE`, so the lines after it keep their numbers. A stream without
    `readline` (a list of lines, already in memory) is passed on as it is.
    """
    readline = getattr(stream, "readline", None)
    if readline is None:
        yield from stream
        return
    while True:
        line = readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes or line.endswith(b"\n") and len(line) == max_bytes + 1:
            yield line
            continue
        while not line.endswith(b"\n"):
            line = readline(_SKIP_CHUNK)
            if not line:
                break
        yield LONG_LINE


def read_jsonl(
    stream: Iterable[bytes | _LongLine],
    name: str,
    *,
    max_bytes: int,
    published: str | None = None,
    first_line: int = 1,
) -> Iterator[RawPage | Dropped]:
    """One page per JSON object with `text` or `html` (and optional id, url, published, title).

    A line over `max_bytes` or nested too deeply for the parser is dropped with its own code;
    the lines after it go on.
    """
    seen_any = False
    try:
        for number, raw in enumerate(bounded_lines(stream, max_bytes), start=first_line):
            where = f"{name}#{number}"
            if isinstance(raw, _LongLine):
                seen_any = True
                yield Dropped(where, "ingest", E_TOO_LARGE, f"line over {max_bytes:,} bytes")
                continue
            line = raw.strip()
            if not line:
                continue
            seen_any = True
            if len(line) > max_bytes:
                yield Dropped(where, "ingest", E_TOO_LARGE, f"line over {max_bytes:,} bytes")
                continue
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield Dropped(where, "ingest", E_BAD_JSON, f"not a JSON object: {exc}")
                continue
            except RecursionError:
                yield Dropped(
                    where, "ingest", E_TOO_DEEP, "JSON nested too deeply to be an article"
                )
                continue
            page = _page_from_json(obj, where, published)
            yield page
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield Dropped(
            name, "ingest", E_TRUNCATED, f"compressed stream is truncated or corrupt: {exc}"
        )
        return
    if not seen_any and first_line == 1:
        yield Dropped(name, "ingest", E_EMPTY, "empty file: no JSON lines")


def _page_from_json(obj: object, where: str, published: str | None) -> RawPage | Dropped:
    if not isinstance(obj, dict):
        return Dropped(where, "ingest", E_BAD_JSON, "each line must be a JSON object")
    body = obj.get("html")
    kind = "html"
    if not isinstance(body, str) or not body.strip():
        body = obj.get("text")
        kind = "text"
    if not isinstance(body, str) or not body.strip():
        return Dropped(where, "ingest", E_EMPTY, "object has no non-empty `text` or `html`")
    item_id = obj.get("id")
    return RawPage(
        input_name=where,
        content=body.encode("utf-8"),
        content_kind=kind,  # type: ignore[arg-type]
        url=_str_or_none(obj.get("url")),
        published=_first_str(obj, PUBLISHED_FIELDS) or published,
        title=_str_or_none(obj.get("title")),
        item_id=str(item_id) if item_id is not None else None,
        encoding="utf-8",
        language=_str_or_none(obj.get("language")),
    )


# JSON Lines fields read as the publication date, first found wins: `published` is ours; the others
# are what crawlers and corpora commonly write (TimeML's document creation time is `dct`).
PUBLISHED_FIELDS = ("published", "date", "dct", "pubdate", "publication_date", "published_at")


def _first_str(obj: dict[str, object], fields: tuple[str, ...]) -> str | None:
    for name in fields:
        value = _str_or_none(obj.get(name))
        if value is not None:
            return value
    return None


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _open_maybe_gzip(name: str) -> BinaryIO:
    if name == STDIN_NAME:
        return sys.stdin.buffer
    raw = open(name, "rb")  # noqa: SIM115 - closed by the caller's `with`
    if raw.read(2) == GZIP_MAGIC:
        raw.seek(0)
        return gzip.GzipFile(fileobj=raw)  # type: ignore[return-value]
    raw.seek(0)
    return raw


def _read_all(name: str, max_bytes: int) -> bytes:
    """The whole (decompressed) content, refusing more than `max_bytes`."""
    if name == STDIN_NAME:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        with open(name, "rb") as fh:
            data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(name, E_TOO_LARGE, f"larger than the {max_bytes:,}-byte page limit")
    if data[:2] == GZIP_MAGIC:
        data = _gunzip(name, data, max_bytes)
    if not data.strip():
        raise InputError(name, E_EMPTY, "empty file")
    return data


def _gunzip(name: str, data: bytes, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            out = gz.read(max_bytes + 1)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise InputError(name, E_TRUNCATED, f"gzip data is truncated or corrupt ({exc})") from exc
    if len(out) > max_bytes:
        raise InputError(name, E_TOO_LARGE, f"decompresses to more than {max_bytes:,} bytes")
    return out


def looks_like_html(content: bytes) -> bool:
    head = content[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or (
        b"<html" in head and b"<body" in content[:65536].lower()
    )


_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]")


def check_not_feed(name: str, content: bytes) -> None:
    """Refuse an RSS or Atom feed given as a page: it lists articles, `--feed` fetches them.

    Read as HTML it gave "broken HTML" or the item titles as one article's text.
    """
    head = content[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not head.startswith(b"<") or b"<html" in head:
        return
    if _FEED_ROOT.search(head):
        raise InputError(
            name, E_BAD_FEED, "an RSS or Atom feed, not a page: read it with `ingest --feed`"
        )


def check_not_binary(name: str, content: bytes) -> None:
    """Refuse binary junk (images, archives, executables) with a clear message."""
    if content.startswith((b"\xff\xfe", b"\xfe\xff")) or sniff_utf16(content):
        return  # UTF-16 text, with or without a byte-order mark: NUL bytes are expected
    sample = content[:8192]
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if b"\x00" in sample or control > len(sample) * 0.1:
        raise InputError(name, E_BINARY, "binary data, not text, HTML, WARC or JSON Lines")
