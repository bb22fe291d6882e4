"""HTML page to Article: main text and metadata with trafilatura, then repair and language id.

trafilatura finds the main text (eventwire.extract.main_text) and the metadata (title, author,
canonical URL, site name, and the publication date through htmldate; eventwire.extract.meta), on
one parse of the page. Its settings were chosen on the article-extraction benchmark
(benchmarks/bench_extraction.py): comments off (reader comments are not the article) and, by
default, trafilatura's readability/justext fallbacks wherever its own result looks unsure (higher
precision than the `fast` path, which never runs them), with one retry favouring recall when
nothing is found. The text then goes through `repair_text`, which drops the boilerplate lines
extractors keep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from functools import cache
from typing import Literal
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement
from trafilatura.utils import load_html

from ..errors import E_BAD_PUBLISHED, E_NO_TEXT, InputError, warn
from ..lang import Lexicon
from ..records import Article, RawPage
from ..repair.language import detect_language, identify_language
from ..repair.text import repair_text
from ..settings import Settings
from .decode import decode_bytes
from .ids import article_id
from .limits import bound_markup, cut_text
from .main_text import main_text
from .meta import page_metadata

__all__ = ["extract_article", "choose_published", "hostname", "warm_up", "PublishedSource"]

PublishedSource = Literal["page", "container", "user", "crawl"]
"""Where a publication date came from: the page itself (htmldate), the container (a JSON Lines
field), the user (`--published`), or the crawl's capture date (WARC-Date)."""

_MIN_WORDS = 3
"""A page whose main text is shorter than this is navigation, not an article."""
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def warm_up() -> None:
    """Build, once per process, what the front otherwise builds on first use (seconds of work).

    The language model, justext's stoplists (trafilatura's fallback) and dateparser's time-zone
    tables (htmldate's fallback) are loaded lazily by their libraries; a stage calls this from its
    setup() so the first pages of a run are not slow and timings measure pages, not start-up.
    """
    import dateparser
    from justext.core import define_stoplist
    from trafilatura import external

    detect_language("The council met on Monday to discuss the new budget plan.")
    if not getattr(external, "JT_STOPLIST", None):
        external.jt_stoplist_init()
    define_stoplist(external.JT_STOPLIST)  # justext lower-cases it on first use (about 1 s)
    dateparser.parse("12 March 2020 10:00 CET", languages=["en"])


def hostname(url: str | None) -> str | None:
    """The host of a URL without a leading `www.`, lower-cased; None for no or relative URL."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _same_site(a: str | None, b: str | None) -> bool:
    ha, hb = hostname(a), hostname(b)
    if not ha or not hb:
        return True
    return ha == hb or ha.endswith("." + hb) or hb.endswith("." + ha)


def _day(value: str | None) -> str | None:
    """The ISO date part of a date or timestamp; None when it has none."""
    if not value:
        return None
    match = _ISO_DATE.search(value)
    return match.group(0) if match else None


_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?")


def published_date(value: str) -> str | None:
    """A publication date as stored: an ISO 8601 day (from a date, a timestamp, or an RFC 2822
    date as feeds and mail headers write them), or a year or year-month ("2016", "2019-08");
    None for anything else ("not-a-date", "2020-13-45")."""
    text = value.strip()
    day = _day(text)
    if day is not None:
        try:
            return date.fromisoformat(day).isoformat()
        except ValueError:
            return None
    partial = _PARTIAL_DATE.fullmatch(text)
    if partial is not None:
        month = partial.group(2)
        return text if month is None or 1 <= int(month) <= 12 else None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def choose_published(
    page_date: str | None,
    page: RawPage,
    published_fallback: str | None,
) -> tuple[str | None, PublishedSource | None]:
    """The publication date and where it came from: page, then container, user, then crawl date.

    The page's own date (htmldate) is the publisher's word; a date the container (a JSON Lines
    field) or the user gave comes next; a crawl's capture date is only an upper bound, so last.
    """
    candidates: tuple[tuple[str | None, PublishedSource], ...] = (
        (page_date, "page"),
        (page.published, "container"),
        (published_fallback, "user"),
    )
    for value, source in candidates:
        if value and value.strip():
            checked = published_date(value)
            if checked is not None:
                return checked, source
            warn(
                page.input_name,
                E_BAD_PUBLISHED,
                f"published value {value.strip()[:60]!r} is not a date; left out",
            )
    crawl = _day(page.fetched_at)
    if crawl:
        return crawl, "crawl"
    return None, None


def _repost_link(tree: HtmlElement, base_url: str | None, lexicon: Lexicon) -> str | None:
    """The href of a "Source link" / "Originally published at" anchor pointing to another site
    (the language's `extract/repost_anchors` say which anchor texts mark one)."""
    marker = _repost_anchor(lexicon)
    for anchor in tree.iterfind(".//a[@href]"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        label = anchor.text_content().strip()
        if len(label) > 80:
            continue
        # The words just before the anchor: its parent's leading text or a sibling's tail.
        previous = anchor.getprevious()
        parent = anchor.getparent()
        before = (
            previous.tail if previous is not None else parent.text if parent is not None else ""
        )
        context = f"{(before or '').strip()[-80:]} {label}"
        if not (marker.search(label) or marker.search(context)):
            continue
        url = urljoin(base_url, href) if base_url else href
        if url.startswith(("http://", "https://")) and not _same_site(url, base_url):
            return url
    return None


@cache
def _repost_anchor(lexicon: Lexicon) -> re.Pattern[str]:
    """Anchor text (or the short text around it) that marks a link to the original of a repost."""
    return re.compile("|".join(lexicon.entries("extract/repost_anchors")), re.I)


def _paragraphs(text: str) -> str:
    """trafilatura puts one block per line; the project separates paragraphs by a blank line."""
    return "\n\n".join(line for line in (part.strip() for part in text.split("\n")) if line)


def _drop_title_line(text: str, title: str | None) -> str:
    """A page body that starts with its own headline: the headline is metadata, not body."""
    if not title:
        return text
    first, sep, rest = text.partition("\n")
    if " ".join(first.casefold().split()) == " ".join(title.casefold().split()):
        return rest.lstrip("\n")
    return text


@dataclass(frozen=True)
class _Extracted:
    """What trafilatura found on a page (empty strings where it found nothing)."""

    text: str = ""
    title: str | None = None
    author: str | None = None
    canonical: str | None = None
    date: str | None = None
    sitename: str | None = None
    repost: str | None = None


def _extract(
    html_text: str, url: str | None, input_name: str, fast: bool, settings: Settings
) -> _Extracted:
    tree = load_html(bound_markup(html_text, settings, input_name))
    if tree is None:
        raise InputError(input_name, E_NO_TEXT, "broken HTML: no document could be parsed")
    repost = _repost_link(tree, url, settings.lexicon())
    # Metadata first: it drops scripts, styles and SVG once htmldate (which reads dates in
    # scripts too) is done; trafilatura's main text then works on copies of what is left.
    meta = page_metadata(tree, url)
    return _Extracted(
        text=main_text(tree, url, fast=fast),
        title=meta.title or None,
        author=meta.author or None,
        canonical=meta.url or None,
        date=meta.date or None,
        sitename=meta.sitename or hostname(meta.url) or None,
        repost=repost,
    )


def extract_article(
    page: RawPage,
    *,
    published_fallback: str | None = None,
    fast: bool = False,
    settings: Settings | None = None,
) -> Article:
    """Main text and metadata of an HTML page, repaired, with its language.

    `fast` never runs trafilatura's fallback extractors, even where its result looks unsure:
    slightly faster, slightly less precise (see the extraction benchmark for both figures).

    Raises InputError: E_EMPTY, E_BINARY or E_ENCODING when the bytes cannot be read as a page,
    E_NO_TEXT when the page has no main text.
    """
    settings = settings or Settings()
    html_text = decode_bytes(page.content, page.input_name, declared=page.encoding, html=True)
    found = _extract(html_text, page.url, page.input_name, fast, settings)
    body = cut_text(_paragraphs(found.text), settings.max_text_chars, page.input_name)
    repaired = repair_text(_drop_title_line(body, found.title), lexicon=settings.lexicon())
    if len(repaired.text.split()) < _MIN_WORDS:
        raise InputError(page.input_name, E_NO_TEXT, "no main text found on the page")

    canonical = found.canonical
    if canonical and not canonical.startswith(("http://", "https://")):
        canonical = urljoin(page.url, canonical) if page.url else None
    url = page.url or canonical
    source_url = found.repost or repaired.source_url
    if canonical and page.url and not _same_site(canonical, page.url):
        # A canonical link to another site: this page republishes that one.
        source_url = source_url or canonical
    elif canonical:
        url = canonical
    if source_url and url is not None and _same_site(source_url, url):
        source_url = None

    published, published_source = choose_published(found.date, page, published_fallback)
    gate = identify_language(repaired.text, page.language)
    return Article(
        id=article_id(url, repaired.text),
        input_name=page.input_name,
        text=repaired.text,
        url=url,
        source_url=source_url,
        site=hostname(url) or found.sitename,
        title=found.title or page.title,
        author=found.author,
        published=published,
        published_source=published_source,
        language=gate.language,
        language_confidence=gate.confidence,
        language_basis=gate.basis,
    )
