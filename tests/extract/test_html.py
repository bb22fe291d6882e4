"""HTML pages to Articles: main text, metadata, repost source, encodings, bad input."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from eventwire.errors import E_BINARY, E_EMPTY, E_NO_TEXT, InputError
from eventwire.extract.html import choose_published, extract_article
from eventwire.extract.ids import article_id
from eventwire.records import RawPage

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The front works offline: nothing it runs may open a connection."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the front tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def page(name: str, **kwargs: str | None) -> RawPage:
    return RawPage(name, (FIXTURES / name).read_bytes(), "html", **kwargs)  # type: ignore[arg-type]


def test_article_text_and_metadata() -> None:
    url = "https://www.coastal-ledger.example/news/2021/03/14/flood-barrier?utm_source=feed"
    article = extract_article(page("article.html", url=url))
    canonical = "https://www.coastal-ledger.example/news/2021/03/14/flood-barrier"
    assert article.url == canonical
    assert article.id == article_id(canonical, article.text)
    assert article.site == "coastal-ledger.example"
    assert article.title == "Harbour council approves new flood barrier"
    assert article.author == "Marta Quillfeather"
    assert (article.published, article.published_source) == ("2021-03-14", "page")
    assert article.language == "en"
    assert article.language_confidence is not None and article.language_confidence > 0.8
    assert article.source_url is None
    text = article.text
    assert text.startswith("The harbour council of Port Elswick voted on Saturday")
    assert "“We cannot keep sandbagging the high street every January,” said" in text
    assert "council’s answer" in text
    assert "\n\nCouncillors approved the plan" in text  # paragraphs are blank-line separated
    for boilerplate in ("Share this", "Read more", "By Marta", "Most read", "Lifeboat", "©"):
        assert boilerplate not in text


def test_repost_gets_source_url() -> None:
    article = extract_article(page("repost.html", url="https://daily-aggregator.example/p/123"))
    assert article.url == "https://daily-aggregator.example/p/123"
    assert article.source_url == "https://original-wire.example/world/grain-corridor-extension"
    assert article.site == "daily-aggregator.example"
    assert "Source link" not in article.text
    assert "World »" not in article.text
    assert article.text.startswith("Agriculture ministers from six countries")


def test_source_link_anchor_without_canonical() -> None:
    html = (FIXTURES / "repost.html").read_text(encoding="utf-8")
    html = html.replace(
        '<link rel="canonical" href="https://original-wire.example/world/grain-corridor-extension">',
        "",
    )
    raw = RawPage("r", html.encode("utf-8"), "html", url="https://daily-aggregator.example/p/9")
    article = extract_article(raw)
    assert article.source_url == "https://original-wire.example/world/grain-corridor-extension"


def test_broken_html_still_gives_text() -> None:
    article = extract_article(page("broken.html"), published_fallback="2022-05-04")
    assert article.title == "Storm closes mountain pass"
    assert article.text.startswith("A late spring storm closed the northern mountain pass")
    assert article.text.endswith("local officials said.")
    assert (article.published, article.published_source) == ("2022-05-04", "user")
    assert article.url is None and article.site is None


@pytest.mark.parametrize(
    ("name", "language", "phrase"),
    [
        ("cp1251.html", "ru", "Городской совет в четверг утвердил бюджет"),
        ("shift_jis.html", "ja", "市議会は木曜日、学校と病院の修繕費を増やした"),
    ],
)
def test_legacy_encodings_declared_in_meta(name: str, language: str, phrase: str) -> None:
    article = extract_article(page(name))
    assert phrase in article.text
    assert article.language == language


def test_published_sources() -> None:
    bare = RawPage("p", b"", "html")
    assert choose_published("2020-01-02", bare, "2020-05-05") == ("2020-01-02", "page")
    container = RawPage("p", b"", "html", published="2020-03-04T10:00:00Z", fetched_at="2020-03-09")
    assert choose_published(None, container, "2020-05-05") == ("2020-03-04", "container")
    crawl = RawPage("p", b"", "html", fetched_at="2020-03-09T12:00:00Z")
    assert choose_published(None, crawl, "2020-05-05") == ("2020-05-05", "user")
    assert choose_published(None, crawl, None) == ("2020-03-09", "crawl")
    assert choose_published(None, bare, None) == (None, None)


def test_crawl_date_used_when_the_page_has_none() -> None:
    raw = (FIXTURES / "broken.html").read_bytes()
    article = extract_article(RawPage("w", raw, "warc-html", fetched_at="2022-05-05T08:00:00Z"))
    assert (article.published, article.published_source) == ("2022-05-05", "crawl")


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", E_EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(200)), E_BINARY),
        (
            b"<html><head><title>Menu</title></head>"
            b"<body><nav><a href='/'>Home</a></nav></body></html>",
            E_NO_TEXT,
        ),
    ],
)
def test_bad_pages_raise_input_errors(content: bytes, code: str) -> None:
    with pytest.raises(InputError) as info:
        extract_article(RawPage("bad.html", content, "html"))
    assert info.value.code == code
    assert str(info.value).startswith("bad.html: ")
