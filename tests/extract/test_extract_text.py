"""Plain-text pages to Articles."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from eventwire.errors import E_BINARY, E_EMPTY, E_NO_TEXT, InputError
from eventwire.extract.ids import article_id
from eventwire.extract.text import extract_text_article
from eventwire.records import RawPage

SEED = Path(__file__).resolve().parents[3] / "shared/data/seed/seed.txt"

TEXT = (
    "Flooding forced the evacuation of three villages along the river on Sunday, "
    "officials said.\n\n"
    "“The water rose faster than anyone expected,” said a local official."
)


def test_plain_text_is_kept_as_is() -> None:
    page = RawPage("a.txt", TEXT.encode("utf-8"), "text", title="Floods", published="2021-07-04")
    article = extract_text_article(page)
    assert article.text == TEXT
    assert article.title == "Floods"
    assert (article.published, article.published_source) == ("2021-07-04", "container")
    assert article.language == "en"
    assert article.id == article_id(None, TEXT)
    assert article.url is None and article.source_url is None


@pytest.mark.parametrize(
    "data",
    [codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT.encode("utf-16"), TEXT.encode("cp1252")],
)
def test_encodings(data: bytes) -> None:
    assert extract_text_article(RawPage("a.txt", data, "text")).text == TEXT


def test_repost_notice_in_text() -> None:
    data = (TEXT + "\n\nOriginally published at https://wire.example.org/floods").encode("utf-8")
    article = extract_text_article(RawPage("a.txt", data, "text", url="https://blog.example.net/x"))
    assert article.text == TEXT
    assert article.source_url == "https://wire.example.org/floods"
    assert article.site == "blog.example.net"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", E_EMPTY),
        (b"\n \n", E_EMPTY),
        (bytes(range(256)) * 4, E_BINARY),
        (b"Read more\n\nShare this:", E_NO_TEXT),
    ],
)
def test_bad_input(data: bytes, code: str) -> None:
    with pytest.raises(InputError) as info:
        extract_text_article(RawPage("bad.txt", data, "text"))
    assert info.value.code == code


def test_seed() -> None:
    if not SEED.exists():
        pytest.skip("seed article not available")
    article = extract_text_article(
        RawPage(str(SEED), SEED.read_bytes(), "text"), published_fallback="2020-09-27"
    )
    assert "Pompeo’s" in article.text
    assert "\u0335" not in article.text
    assert "قالب" not in article.text
    assert "Home /" not in article.text
    assert "Source link" not in article.text
    assert article.language == "en"
    assert (article.published, article.published_source) == ("2020-09-27", "user")
