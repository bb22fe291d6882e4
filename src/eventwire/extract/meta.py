"""Page metadata with trafilatura's own metadata functions, minus the fields the project drops.

`trafilatura.extract_metadata` also collects categories, tags and a licence (three passes of
XPath over the whole tree, about a tenth of the front's time per page) and resolves the host
through the public-suffix list; an Article keeps none of these. This runs the same steps in the
same order for the fields an Article keeps: meta tags, JSON-LD, title, author, canonical URL,
publication date (htmldate) and site name.
"""

from __future__ import annotations

import re
from datetime import datetime

from htmldate.extractors import LONG_TEXT_PATTERN, MONTH_NUMBERS
from lxml.html import HtmlElement, tostring
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


def _numeric_forms(day: datetime) -> re.Pattern[str]:
    """A day written in digits: year-month-day, day-month-year, month-day-year (two- or
    four-digit year) or eight digits, with no digit on either side."""
    y, yy, m, d = f"{day.year}", f"{day.year % 100:02d}", f"0?{day.month}", f"0?{day.day}"
    sep = r"[-/._]"
    forms = (
        f"{y}{sep}{m}{sep}{d}",
        f"{d}{sep}{m}{sep}(?:{y}|{yy})",
        f"{m}{sep}{d}{sep}(?:{y}|{yy})",
        f"{y}{day.month:02d}{day.day:02d}",
    )
    return re.compile(rf"(?<!\d)(?:{'|'.join(forms)})(?!\d)")


def _month_named(text: str, day: datetime) -> bool:
    """The text names the day with a month word and its year ("March 3, 2024", "3 March
    2024"), by htmldate's own pattern and month names."""
    for match in LONG_TEXT_PATTERN.finditer(text):
        word = (match["month"] or match["month2"]).lower()
        year, number = int(match["year"] or match["year2"]), int(match["day"] or match["day2"])
        month = MONTH_NUMBERS.get(word) or next(
            (n for w, n in MONTH_NUMBERS.items() if word.endswith(w)), None
        )
        if (year, month, number) == (day.year, day.month, day.day):
            return True
    return False


def _month_year(text: str, day: datetime) -> bool:
    """The text names the month with its year: "March 2024", "2024-03", "03/2024"."""
    months = "|".join(re.escape(w) for w, n in MONTH_NUMBERS.items() if n == day.month)
    y, m = day.year, f"0?{day.month}"
    pattern = rf"(?<![^\W\d_])(?:{months})\.?,? {y}(?!\d)|(?<!\d)(?:{y}[-/.]{m}|{m}[-/.]{y})(?!\d)"
    return re.search(pattern, text, re.IGNORECASE) is not None


def _text_date(tree: HtmlElement, found: str) -> str | None:
    """`found` (from htmldate's search in free text) as far as the page writes it as a date.

    htmldate returns the date, not the string it read, and its last resorts take a lone year
    (a house number "2014 Elm Road", "number 1995", a copyright year) as 1 January. So the
    page's text must hold the date itself: the full day (digits, or a month word with day and
    year) keeps the day; the month with its year keeps the month; a year alone gives nothing.
    """
    day = datetime.strptime(found, "%Y-%m-%d")
    text = tostring(tree, encoding="unicode", method="html")
    if _numeric_forms(day).search(text) or _month_named(text, day):
        return found
    if day.day == 1 and _month_year(text, day):
        return found[:7]
    return None


def _date(tree: HtmlElement, url: str | None) -> str | None:
    """The publication date by htmldate, taken from free text only where the text writes a date.

    htmldate's fast search reads the URL, meta tags, JSON-LD, date-marked and `<time>` elements
    and full timestamps: its dates stand. Only when it finds none does the extensive search
    (dates in free text, on about one page in a hundred of the development pages) run, and its
    date is kept only as far as the text writes it (`_text_date`): never from a bare number.
    """
    max_date = datetime.now().astimezone().strftime("%Y-%m-%d")
    found = find_date(tree, extensive_search=False, original_date=True, max_date=max_date, url=url)
    if found:
        return found
    found = find_date(tree, extensive_search=True, original_date=True, max_date=max_date, url=url)
    return _text_date(tree, found) if found else None


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
