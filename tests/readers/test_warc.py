"""The WARC reader on crawls written here with warcio: good, mixed, oversized, cut and corrupt."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.errors import E_BAD_WARC, E_EMPTY, E_NOT_FOUND, E_TOO_LARGE, E_TRUNCATED
from eventwire.readers.warc import read_warc
from eventwire.records import Dropped, RawPage

MAX = 1_000_000


def _page(i: int) -> bytes:
    return f"<html><body><h1>Story {i}</h1><p>{'Text. ' * 200}</p></body></html>".encode()


def _response(
    writer: WARCWriter,
    url: str,
    body: bytes,
    content_type: str | None = "text/html; charset=utf-8",
    status: str = "200 OK",
) -> None:
    headers = [("Content-Type", content_type)] if content_type else []
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
    )


def _warc(path: Path, n: int = 4, *, gz: bool = True) -> bytes:
    """`n` HTML responses with a request and a metadata record between them."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
    for i in range(n):
        url = f"http://news.example/{i}"
        req = StatusAndHeaders(
            f"GET /{i} HTTP/1.1", [("Host", "news.example")], is_http_request=True
        )
        writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
        _response(writer, url, _page(i))
        writer.write_record(
            writer.create_warc_record(url, "metadata", payload=io.BytesIO(b"fetchTimeMs: 12\n"))
        )
    data = buf.getvalue()
    path.write_bytes(data)
    return data


def _record_offsets(path: Path) -> list[int]:
    """Where each record of a good file starts (gzip member or plain record)."""
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as fh:
        iterator = ArchiveIterator(fh)
        offsets = []
        for record in iterator:
            record.content_stream().read()
            offsets.append(iterator.get_record_offset())
    return offsets


def _read(path: Path, max_bytes: int = MAX) -> tuple[list[RawPage], list[Dropped]]:
    items = list(read_warc(path, max_bytes=max_bytes))
    pages = [i for i in items if isinstance(i, RawPage)]
    dropped = [i for i in items if isinstance(i, Dropped)]
    assert len(pages) + len(dropped) == len(items)
    return pages, dropped


@pytest.mark.parametrize("gz", [True, False])
def test_good_warc_yields_html_responses(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _warc(path, gz=gz)
    pages, dropped = _read(path)
    assert dropped == []
    assert [p.url for p in pages] == [f"http://news.example/{i}" for i in range(4)]
    assert [p.content for p in pages] == [_page(i) for i in range(4)]
    first = pages[0]
    assert first.content_kind == "warc-html"
    assert first.encoding == "utf-8"
    assert first.fetched_at and first.fetched_at[:4].isdigit() and "T" in first.fetched_at
    assert first.input_name.startswith(f"{path}@")
    offsets = [int(p.input_name.rsplit("@", 1)[1]) for p in pages]
    assert offsets == sorted(offsets) and len(set(offsets)) == 4 and offsets[0] > 0
    # The offset points at the record itself: a reader can seek there and find it.
    with path.open("rb") as fh:
        fh.seek(offsets[1])
        head = fh.read(4096)
    if gz:
        head = gzip.GzipFile(fileobj=io.BytesIO(head)).read(200)
    assert head.startswith(b"WARC/1.")


def test_non_html_and_non_200_records_are_skipped(tmp_path: Path) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    _response(writer, "http://a.example/img.png", b"\x89PNG\r\n\x1a\n\0\0", "image/png")
    _response(writer, "http://a.example/data.json", b'{"a": 1}', "application/json")
    _response(writer, "http://a.example/moved", b"", "text/html", status="301 Moved Permanently")
    _response(
        writer, "http://a.example/gone", b"<html>404</html>", "text/html", status="404 Not Found"
    )
    _response(writer, "http://a.example/story", _page(1), "application/xhtml+xml")
    _response(writer, "http://a.example/untyped", _page(2), None)
    _response(writer, "http://a.example/untyped.txt", b"just words", None)
    writer.write_record(
        writer.create_warc_record(
            "http://a.example/res",
            "resource",
            payload=io.BytesIO(_page(3)),
            warc_content_type="text/html",
        )
    )
    path = tmp_path / "mixed.warc.gz"
    path.write_bytes(buf.getvalue())
    pages, dropped = _read(path)
    assert dropped == []
    assert [p.url for p in pages] == ["http://a.example/story", "http://a.example/untyped"]
    assert pages[1].encoding is None


def test_oversized_payload_is_dropped_and_reading_goes_on(tmp_path: Path) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    _response(writer, "http://a.example/1", _page(1))
    _response(writer, "http://a.example/big", b"<html><body>" + b"<p>filler</p>" * 200_000)
    _response(writer, "http://a.example/2", _page(2))
    path = tmp_path / "big.warc.gz"
    path.write_bytes(buf.getvalue())
    pages, dropped = _read(path, max_bytes=100_000)
    assert [p.url for p in pages] == ["http://a.example/1", "http://a.example/2"]
    assert len(dropped) == 1 and dropped[0].code == E_TOO_LARGE
    assert dropped[0].stage == "ingest" and "@" in dropped[0].input_name


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_file_keeps_earlier_pages_and_stops(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    data = _warc(path, gz=gz)
    starts = _record_offsets(path)
    third = int(_read(path)[0][2].input_name.rsplit("@", 1)[1])
    following = starts[starts.index(third) + 1]
    path.write_bytes(data[: (third + following) // 2])  # the file ends inside the third page
    pages, dropped = _read(path)
    assert [p.content for p in pages] == [_page(0), _page(1)]
    assert len(dropped) == 1
    assert dropped[0].code == E_TRUNCATED
    offset = dropped[0].input_name.rsplit("@", 1)[1]
    assert str(path) in dropped[0].message() and f"offset {offset}" in dropped[0].reason


@pytest.mark.parametrize("gz", [True, False])
def test_every_cut_point_gives_whole_pages_then_one_reason(tmp_path: Path, gz: bool) -> None:
    """Cut anywhere: never a partial page, never an exception, always one Dropped at the end."""
    path = tmp_path / ("any.warc.gz" if gz else "any.warc")
    data = _warc(path, n=2, gz=gz)
    boundaries = {int(p.input_name.rsplit("@", 1)[1]) for p in _read(path)[0]}
    step = max(1, len(data) // 120)
    for cut in range(1, len(data) - 1, step):
        path.write_bytes(data[:cut])
        items = list(read_warc(path, max_bytes=MAX))
        pages = [i for i in items if isinstance(i, RawPage)]
        assert [p.content for p in pages] == [_page(i) for i in range(len(pages))], cut
        dropped = [i for i in items if isinstance(i, Dropped)]
        if cut not in boundaries:
            assert len(dropped) <= 1, cut
        if dropped:
            assert dropped[0] is items[-1]
            assert dropped[0].code in (E_TRUNCATED, E_BAD_WARC), (cut, dropped[0])


def test_corrupt_gzip_member_stops_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.warc.gz"
    data = bytearray(_warc(path))
    good = _read(path)[0]
    second = int(good[2].input_name.rsplit("@", 1)[1])
    for i in range(second + 12, second + 40):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    pages, dropped = _read(path)
    assert [p.url for p in pages] == [p.url for p in good[:2]]
    assert len(dropped) == 1 and dropped[0].code in (E_BAD_WARC, E_TRUNCATED)
    assert dropped[0].input_name == f"{path}@{second}"


def test_whole_file_gzip_is_read_too(tmp_path: Path) -> None:
    plain = tmp_path / "plain.warc"
    _warc(plain, gz=False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    pages, dropped = _read(whole)
    assert dropped == []
    assert [p.content for p in pages] == [_page(i) for i in range(4)]
    squeezed = whole.read_bytes()
    whole.write_bytes(squeezed[: len(squeezed) * 2 // 3])
    pages, dropped = _read(whole)
    assert len(pages) < 4 and len(dropped) == 1 and dropped[0].code == E_TRUNCATED


def test_not_a_warc_empty_and_missing(tmp_path: Path) -> None:
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"<html><body>not a crawl</body></html>\n" * 20)
    binary = tmp_path / "binary.warc.gz"
    binary.write_bytes(bytes(range(256)) * 8)
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(b"")
    assert [d.code for d in _read(junk)[1]] == [E_BAD_WARC]
    assert [d.code for d in _read(binary)[1]] == [E_BAD_WARC]
    assert [d.code for d in _read(empty)[1]] == [E_EMPTY]
    assert [d.code for d in _read(tmp_path / "nope.warc")[1]] == [E_NOT_FOUND]
