"""Page metadata with trafilatura's own metadata functions, minus the fields the project drops.

`trafilatura.extract_metadata` also collects categories, tags and a licence (three passes of
XPath over the whole tree, about a tenth of the front's time per page) and resolves the host
through the public-suffix list; an Article keeps none of these. This runs the same steps in the
same order for the fields an Article keeps: meta tags, JSON-LD, title, author, canonical URL,
publication date (htmldate) and site name.
"""

from __future__ import annotations

from datetime import datetime

from lxml.html import HtmlElement
from trafilatura.metadata import (
    META_URL,
    examine_meta,
    extract_author,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
    find_date,
)
from trafilatura.settings import Document

from .main_text import drop_inert

__all__ = ["page_metadata"]


def _date(tree: HtmlElement, url: str | None) -> str | None:
    """htmldate with trafilatura's parameters (EXTENSIVE_DATE_SEARCH on: dates in free text too).

    Turning the extensive search off saves about 1 ms per page and lost a date on about one
    page in a hundred on the development pages, so it stays on.
    """
    max_date = datetime.now().astimezone().strftime("%Y-%m-%d")
    found = find_date(tree, extensive_search=True, original_date=True, max_date=max_date, url=url)
    return found or None


def _site_name(tree: HtmlElement, metadata: Document) -> str | None:
    """The site name as trafilatura derives it: meta tags, else the title, else the URL host."""
    sitename = metadata.sitename or extract_sitename(tree)
    if sitename:
        sitename = sitename.lstrip("@")
        if sitename and "." not in sitename and not sitename[0].isupper():
            sitename = sitename.title()
        return sitename or None
    if metadata.url and (match := META_URL.match(metadata.url)):
        return str(match[1])
    return None


def page_metadata(tree: HtmlElement, url: str | None) -> Document:
    """Title, author, canonical URL, date and site name of a parsed page.

    The tree loses its inert elements (`drop_inert`) once the date is found: htmldate also reads
    dates in scripts, while the byline search, the costliest step here (it copies and prunes the
    whole tree when meta tags and JSON-LD name no author), is cheaper without them.
    """
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None  # a single token is a handle or a site, not a person
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:  # noqa: BLE001 - malformed JSON-LD is the page's fault, not a failure
        pass
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, url)
    metadata.date = _date(tree, metadata.url)
    drop_inert(tree)
    if not metadata.author:
        metadata.author = extract_author(tree)
    metadata.sitename = _site_name(tree, metadata)
    metadata.clean_and_trim()
    return metadata
