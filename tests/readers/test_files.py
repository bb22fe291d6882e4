import gzip
import json
from pathlib import Path

import pytest

from eventwire.errors import (
    E_BAD_FEED,
    E_BAD_JSON,
    E_BINARY,
    E_EMPTY,
    E_NOT_FOUND,
    E_TOO_LARGE,
    E_TRUNCATED,
)
from eventwire.readers.files import read_inputs
from eventwire.records import Dropped, RawPage

MAX = 1_000_000


def _read(*paths: Path | str, max_bytes: int = MAX) -> list[RawPage | Dropped]:
    return list(read_inputs([str(p) for p in paths], max_bytes=max_bytes, published="2021-01-02"))


def test_kinds_by_name_and_content(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<p>Hello</p>")
    (tmp_path / "b.txt").write_text("Plain words about a protest in Lagos.")
    (tmp_path / "c").write_text("<!DOCTYPE html><html><body><p>x</p></body></html>")
    with gzip.open(tmp_path / "d.html.gz", "wt") as fh:
        fh.write("<html><body><p>zipped</p></body></html>")
    pages = {Path(p.input_name).name: p for p in _read(tmp_path) if isinstance(p, RawPage)}
    assert pages["a.html"].content_kind == "html"
    assert pages["b.txt"].content_kind == "text"
    assert pages["c"].content_kind == "html"
    assert pages["d.html.gz"].content == b"<html><body><p>zipped</p></body></html>"
    assert all(p.published == "2021-01-02" for p in pages.values())


def test_jsonl_lines_become_pages_and_bad_lines_are_named(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    lines = [
        json.dumps(
            {"id": "x1", "text": "One.", "url": "https://e.org/1", "published": "2020-01-01"}
        ),
        "{not json",
        json.dumps({"id": "x2", "html": "<p>Two</p>", "title": "T"}),
        json.dumps({"id": "x3"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["RawPage", "Dropped", "RawPage", "Dropped"]
    first, bad, second, empty = items
    assert isinstance(first, RawPage) and first.item_id == "x1" and first.published == "2020-01-01"
    assert (
        isinstance(second, RawPage)
        and second.content_kind == "html"
        and second.published == "2021-01-02"
    )
    assert isinstance(bad, Dropped) and bad.code == E_BAD_JSON and bad.input_name == f"{path}#2"
    assert isinstance(empty, Dropped) and empty.code == E_EMPTY


def test_bad_files_are_named_and_others_carry_on(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "junk.bin"
    binary.write_bytes(bytes(range(256)) * 20)
    truncated = tmp_path / "cut.html.gz"
    packed = gzip.compress(b"<html><body>" + b"word " * 5000 + b"</body></html>")
    truncated.write_bytes(packed[: len(packed) // 2])
    good = tmp_path / "good.txt"
    good.write_text("A real article.")
    items = _read(empty, binary, truncated, tmp_path / "missing.txt", good)
    codes = {Path(i.input_name).name: i.code for i in items if isinstance(i, Dropped)}
    assert codes == {
        "empty.txt": E_EMPTY,
        "junk.bin": E_BINARY,
        "cut.html.gz": E_TRUNCATED,
        "missing.txt": E_NOT_FOUND,
    }
    assert [Path(p.input_name).name for p in items if isinstance(p, RawPage)] == ["good.txt"]


def test_oversized_page_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"a" * 5000 + b"</p>")
    (item,) = _read(big, max_bytes=1000)
    assert isinstance(item, Dropped) and item.code == E_TOO_LARGE


def test_utf16_text_is_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("Troops withdrew from the town.".encode("utf-16"))
    (item,) = _read(path)
    assert isinstance(item, RawPage)


@pytest.mark.parametrize(
    "text",
    [
        "Troops withdrew from the town on Monday, officials said.",
        "Войска покинули город в понедельник, сообщили власти.",
        "انسحبت القوات من البلدة يوم الاثنين، بحسب المسؤولين.",
        "官员说，部队周一撤出了该镇。",
    ],
)
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read_not_refused(tmp_path: Path, text: str, codec: str) -> None:
    from eventwire.extract.decode import decode_bytes

    path = tmp_path / "u16.txt"
    path.write_bytes(((text + "\n") * 20).encode(codec))
    (item,) = _read(path)
    assert isinstance(item, RawPage)
    assert decode_bytes(item.content, item.input_name) == (text + "\n") * 20


def test_a_50_mb_page_is_refused_by_the_default_limit(tmp_path: Path) -> None:
    from eventwire.settings import Settings

    huge = tmp_path / "huge.html"
    with huge.open("wb") as fh:
        fh.write(b"<html><body>")
        block = b"<p>" + b"word " * 2000 + b"</p>\n"
        while fh.tell() < 50 * 1024 * 1024 + 1:
            fh.write(block)
    good = tmp_path / "good.html"
    good.write_text("<html><body><p>fine</p></body></html>")
    items = list(read_inputs([str(huge), str(good)], max_bytes=Settings().max_page_bytes))
    assert isinstance(items[0], Dropped) and items[0].code == E_TOO_LARGE
    assert "huge.html" in items[0].message()
    assert isinstance(items[1], RawPage)


def test_jsonl_publication_date_is_read_under_its_common_names(tmp_path: Path) -> None:
    rows = [
        {"text": "One.", "published": "2021-01-02"},
        {"text": "Two.", "date": "2021-01-03"},
        {"text": "Three.", "dct": "2021-01-04"},
        {"text": "Four.", "pubdate": "2021-01-05"},
        {"text": "Five."},
    ]
    path = tmp_path / "dated.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    pages = [p for p in read_inputs([str(path)], max_bytes=MAX, published="2020-12-31")]
    assert [p.published for p in pages if isinstance(p, RawPage)] == [
        "2021-01-02",
        "2021-01-03",
        "2021-01-04",
        "2021-01-05",
        "2020-12-31",  # none in the line: the --published fallback
    ]


def test_a_line_nested_100000_deep_is_dropped_and_the_others_go_through(tmp_path: Path) -> None:
    from eventwire.errors import E_TOO_DEEP

    path = tmp_path / "deep.jsonl"
    good = json.dumps({"id": "a", "text": "The council met."})
    path.write_text(good + "\n" + "[" * 100_000 + "]" * 100_000 + "\n" + good + "\n")
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["RawPage", "Dropped", "RawPage"]
    assert isinstance(items[1], Dropped) and items[1].code == E_TOO_DEEP
    assert items[1].input_name == f"{path}#2"


def test_a_gzipped_line_inflating_past_the_limit_is_skipped_unread(tmp_path: Path) -> None:
    """The line is passed over in bounded chunks (the benchmark inflates one to 400 MB)."""
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb") as out:
        out.write(b'{"id": "bomb", "text": "')
        for _ in range(20):
            out.write(b"a" * 1_000_000)
        out.write(b'"}\n' + json.dumps({"id": "b", "text": "Farmers protested."}).encode() + b"\n")
    items = _read(path, max_bytes=1_000_000)
    assert [type(i).__name__ for i in items] == ["Dropped", "RawPage"]
    assert isinstance(items[0], Dropped) and items[0].code == E_TOO_LARGE
    assert isinstance(items[1], RawPage) and items[1].input_name == f"{path}#2"


def test_a_feed_given_as_a_page_is_named_with_the_way_to_read_it(tmp_path: Path) -> None:
    """An RSS or Atom file among pages is refused by name, pointing at --feed; pages go on."""
    (tmp_path / "wire.rss").write_text(
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>W</title>'
        "<item><title>One</title><link>http://news.example/1</link></item></channel></rss>"
    )
    (tmp_path / "list.xml").write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><id>u</id></feed>'
    )
    (tmp_path / "page.html").write_text(
        '<?xml version="1.0"?><html><body><p>Our feed of news.</p><feed>x</feed></body></html>'
    )
    items = {Path(i.input_name).name: i for i in _read(tmp_path)}
    for name in ("wire.rss", "list.xml"):
        item = items[name]
        assert isinstance(item, Dropped) and item.code == E_BAD_FEED, name
        assert "--feed" in item.reason
    assert isinstance(items["page.html"], RawPage)


def test_an_empty_folder_is_named_not_a_quiet_success(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "hidden").mkdir()
    (tmp_path / "hidden" / ".draft.txt").write_text("Not read: hidden.")
    (tmp_path / "page.txt").write_text("Workers marched through the capital on Monday.")
    items = _read(tmp_path / "empty", tmp_path / "hidden", tmp_path / "page.txt")
    dropped = [i for i in items if isinstance(i, Dropped)]
    assert [(Path(d.input_name).name, d.code) for d in dropped] == [
        ("empty", E_EMPTY),
        ("hidden", E_EMPTY),
    ]
    assert "no files" in dropped[0].reason
    assert [Path(p.input_name).name for p in items if isinstance(p, RawPage)] == ["page.txt"]
