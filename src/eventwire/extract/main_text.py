"""Main text with trafilatura: its own extractor first, the fallbacks only when it looks unsure.

trafilatura's full path compares every page's extraction with readability and, for short or
unclean results, justext (about a sixth of the front's time per page). Those fallbacks replace
trafilatura's own result only in situations visible in that result: too short, boilerplate
elements left in it, no paragraph text or more tables than paragraphs. So the own extractor runs
first (`fast`), and the full path runs only when its result shows one of these signs, or reads
like a list of fragments (navigation, link lists) rather than prose. Not checked, because only
running the fallbacks shows them: readability finding over twice the text of a clean, well-formed
result, and justext beating trafilatura's recall retry on a short page. On the 90 development
pages the gated path gives exactly the full path's text (extraction benchmark).
"""

from __future__ import annotations

from typing import Any

import trafilatura
from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura.external import SANITIZED_XPATH
from trafilatura.settings import Document

__all__ = ["main_text", "looks_confident", "drop_inert"]

_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "with_metadata": False,  # eventwire.extract.meta: the same steps without the unused fields
}
_MIN_CHARS = 250
"""trafilatura's MIN_EXTRACTED_SIZE: below it, its full path consults justext."""
_MIN_MEAN_BLOCK_CHARS = 30
"""Prose paragraphs average well above this; lists of links and menu items fall below."""
_MIN_BLOCKS = 2


_INERT = XPath('.//script[not(@type="application/ld+json")]|.//style|.//svg')
"""Code, styling and vector drawings: never main text. trafilatura discards them itself, but only
after copying the raw tree several times (its cascade, readability, the page-length measure);
dropping them first makes each copy and pass cheaper. JSON-LD stays: it marks forum threads."""


def drop_inert(tree: HtmlElement) -> None:
    """Remove scripts (not JSON-LD), styles and SVG from the tree, keeping the text after them."""
    for element in _INERT(tree):
        element.drop_tree()


def _bare(tree: HtmlElement, url: str | None, **options: Any) -> Document | None:
    """trafilatura on a parsed tree (it works on its own copy, so the tree can be reused)."""
    result = trafilatura.bare_extraction(tree, url=url, **dict(_OPTIONS, **options))
    return result if isinstance(result, Document) else None


def looks_confident(document: Document | None) -> bool:
    """Whether trafilatura's own result shows none of the signs its fallbacks are there for."""
    if document is None or document.body is None:
        return False
    text = document.text or ""
    blocks = [line for line in text.split("\n") if line.strip()]
    if len(text) < _MIN_CHARS or len(blocks) < _MIN_BLOCKS:
        return False
    if sum(map(len, blocks)) / len(blocks) < _MIN_MEAN_BLOCK_CHARS:
        return False
    body = document.body
    if body.xpath(SANITIZED_XPATH) or not body.xpath(".//p//text()"):
        return False
    return len(body.findall(".//table")) <= len(body.findall(".//p"))


def main_text(tree: HtmlElement, url: str | None, *, fast: bool = False) -> str:
    """The page's main text, one block per line ("" when none is found).

    `fast` never runs the fallbacks; otherwise they run when `looks_confident` says no. A page
    with no text at all gets one more try favouring recall. The tree loses its inert elements
    (`drop_inert`): read metadata from it first (htmldate also searches scripts for dates).
    """
    drop_inert(tree)
    document = _bare(tree, url, fast=True)
    if not fast and not looks_confident(document):
        document = _bare(tree, url, fast=False) or document
    if document is None or not (document.text or "").strip():
        document = _bare(tree, url, fast=False, favor_recall=True) or document
    return (document.text or "") if document is not None else ""
