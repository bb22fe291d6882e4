"""Property tests on the readers: any bytes give pages or labelled drops, never an exception.

Each reader is fed arbitrary bytes and damaged copies of valid inputs; every input must end
as RawPage records or Dropped records with an EW code, and an exception other than InputError
(which the readers turn into drops) fails the test.
"""

from __future__ import annotations

import gzip
import io
import json
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.errors import InputError
from eventwire.extract.decode import decode_bytes
from eventwire.readers.feeds import parse_feed
from eventwire.readers.files import read_inputs, read_jsonl
from eventwire.readers.warc import read_warc
from eventwire.records import Dropped, RawPage

MAX = 200_000


def _labelled(items: list[object]) -> None:
    for item in items:
        assert isinstance(item, (RawPage, Dropped)), item
        if isinstance(item, Dropped):
            assert item.code.startswith("EW") and item.input_name


def _fixed_headers(i: int) -> dict[str, str]:
    """A fixed date and record id: warcio's own are the clock and a random uuid, which made the
    damaged copies (and so the derandomized examples) differ from run to run."""
    return {
        "WARC-Date": f"2026-01-0{i + 1}T12:00:00Z",
        "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-00000000000{i}>",
    }


def _valid_warc(gz: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(3):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = f"<html><body><p>Story {i}: the council met.</p></body></html>".encode()
        writer.write_record(
            writer.create_warc_record(
                f"http://e.example/{i}",
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict=_fixed_headers(i),
            )
        )
    return buf.getvalue()


WARCS = {True: _valid_warc(True), False: _valid_warc(False)}


@given(st.binary(max_size=4000))
def test_decode_bytes_gives_text_or_an_input_error(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data, "fuzz"), str)
    except InputError as exc:
        assert exc.code.startswith("EW")


@given(st.lists(st.binary(max_size=300) | st.text(max_size=300).map(str.encode), max_size=8))
def test_json_lines_of_anything(lines: list[bytes]) -> None:
    _labelled(list(read_jsonl(lines, "fuzz.jsonl", max_bytes=MAX)))


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=30),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
        max_leaves=30,
    ),
    st.integers(min_value=0, max_value=3000),
)
def test_json_objects_of_any_shape_and_depth(value: object, depth: int) -> None:
    nested = "[" * depth + json.dumps(value) + "]" * depth
    lines = [nested.encode(), json.dumps({"text": "A council met.", "x": value}).encode()]
    items = list(read_jsonl(lines, "fuzz.jsonl", max_bytes=MAX))
    _labelled(items)
    assert isinstance(items[-1], RawPage)  # the good line after a bad one still goes through


@given(st.binary(max_size=3000), st.booleans())
def test_warc_reader_on_arbitrary_bytes(data: bytes, gz: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("f.warc.gz" if gz else "f.warc")
        path.write_bytes(gzip.compress(data) if gz else data)
        _labelled(list(read_warc(path, max_bytes=MAX)))


@given(st.data(), st.booleans())
def test_warc_reader_on_damaged_crawls(data: st.DataObject, gz: bool) -> None:
    raw = bytearray(WARCS[gz])
    for _ in range(data.draw(st.integers(min_value=1, max_value=6))):
        at = data.draw(st.integers(min_value=0, max_value=len(raw) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        if action == "flip":
            raw[at] ^= data.draw(st.integers(min_value=1, max_value=255))
        elif action == "cut":
            del raw[max(1, at) :]
        elif action == "insert":
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=40))
        else:
            del raw[at : at + data.draw(st.integers(min_value=1, max_value=40))]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("d.warc.gz" if gz else "d.warc")
        path.write_bytes(bytes(raw))
        items = list(read_warc(path, max_bytes=MAX))
    _labelled(items)
    for page in items:
        if isinstance(page, RawPage):
            assert page.content.startswith(b"<html>")


@given(st.binary(max_size=3000) | st.text(max_size=3000).map(str.encode))
def test_feed_parser_gives_entries_or_an_input_error(data: bytes) -> None:
    try:
        parse_feed(data, "fuzz.xml")
    except InputError as exc:
        assert exc.code.startswith("EW")


@given(st.binary(max_size=3000), st.sampled_from([".html", ".txt", ".jsonl", ".html.gz", ""]))
def test_any_file_is_read_or_labelled(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
        _labelled(list(read_inputs([str(path)], max_bytes=MAX)))
