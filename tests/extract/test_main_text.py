"""Main text: inert elements dropped, fallbacks only when trafilatura's own result looks unsure."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from lxml.html import fromstring
from trafilatura.settings import Document

from eventwire.extract.main_text import drop_inert, looks_confident, main_text
from eventwire.extract.meta import page_metadata

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PROSE = (
    "The harbour council voted on Saturday to fund a new flood barrier for the old town quay.",
    "Work is due to start in the spring and to last two years, the council said in a statement.",
    "Residents had asked for protection since the storms of the last three winters.",
)


def _document(body_html: str, text: str) -> Document:
    document = Document()
    document.body = etree.fromstring(f"<body>{body_html}</body>")
    document.text = text
    return document


def _prose_document(extra: str = "") -> Document:
    paragraphs = "".join(f"<p>{line}</p>" for line in PROSE)
    return _document(paragraphs + extra, "\n".join(PROSE))


def test_prose_with_paragraphs_is_confident() -> None:
    assert looks_confident(_prose_document())


def test_unsure_results_are_not_confident() -> None:
    assert not looks_confident(None)
    assert not looks_confident(_document("<p>Too short.</p>", "Too short."))
    one_block = " ".join(PROSE)
    assert not looks_confident(_document(f"<p>{one_block}</p>", one_block))
    # Leftover boilerplate elements: trafilatura's own trigger for its justext check.
    assert not looks_confident(_prose_document("<figure>Photo: Staff</figure>"))
    # No paragraph text at all, or more tables than paragraphs: its readability trigger.
    assert not looks_confident(
        _document("<div>" + "</div><div>".join(PROSE) + "</div>", "\n".join(PROSE))
    )
    tables = "<table><row><cell>1</cell></row></table>" * 4
    assert not looks_confident(_prose_document(tables))


def test_list_of_fragments_is_not_confident() -> None:
    items = [f"Section {n}" for n in range(60)]
    body = "".join(f"<p>{item}</p>" for item in items)
    assert not looks_confident(_document(body, "\n".join(items)))


def test_drop_inert_keeps_json_ld_and_tails() -> None:
    tree = fromstring(
        '<html><head><script type=\'application/ld+json\'>{"@type": "NewsArticle"}</script>'
        "<style>p {color: red}</style></head><body><p>Before<script>var x = 1;</script> after"
        "<svg><path d='M0 0'/></svg> end.</p></body></html>"
    )
    drop_inert(tree)
    assert tree.find(".//style") is None and tree.find(".//svg") is None
    assert [s.get("type") for s in tree.iter("script")] == ["application/ld+json"]
    assert tree.find(".//p").text_content() == "Before after end."


def test_main_text_and_metadata_share_one_tree() -> None:
    html = (FIXTURES / "article.html").read_text(encoding="utf-8")
    html = html.replace(
        "</body>", "<script>window.cfg = {published: '2021-03-14'};</script><svg></svg></body>"
    )
    url = "https://www.coastal-ledger.example/news/2021/03/14/flood-barrier"
    for fast in (False, True):
        tree = fromstring(html)
        meta = page_metadata(tree, url)
        assert tree.find(".//svg") is None  # dropped once the date search has run
        assert meta.title == "Harbour council approves new flood barrier"
        assert meta.author == "Marta Quillfeather"
        assert meta.date == "2021-03-14"
        assert meta.url == url
        text = main_text(tree, url, fast=fast)
        assert "The harbour council of Port Elswick voted on Saturday" in text
        assert "window.cfg" not in text
