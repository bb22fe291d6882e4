"""RSS and Atom feeds: list their entries, and fetch the articles not yet stored.

feedparser is only ever given bytes (given a string it would itself open URLs and files, outside
the fetcher's checks), so every network read goes through the polite, SSRF-safe Fetcher.
"""

from __future__ import annotations

import calendar
import dataclasses
import logging
import xml.sax
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.request import url2pathname

import feedparser

from ..errors import E_BAD_FEED, E_EMPTY, E_NOT_FOUND, InputError
from ..records import Dropped, RawPage
from .fetch import Fetcher

STAGE = "ingest"
MAX_FEED_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: the article's URL and what the feed says about it."""

    url: str
    title: str | None
    published: str | None
    """Publication date, ISO 8601 `YYYY-MM-DD` in the publisher's time zone, if the feed has one."""
    summary: str | None


def is_url(source: str | Path) -> bool:
    """True for an http(s) URL, False for a path."""
    return isinstance(source, str) and urlsplit(source).scheme in ("http", "https")


def _local_path(source: str | Path) -> Path:
    """The file a feed source names: a path, or a `file:` URL (else it reads as a relative path)."""
    if isinstance(source, str) and source.lower().startswith("file:"):
        return Path(url2pathname(urlsplit(source).path))
    return Path(source)


def read_feed(source: str | Path, fetcher: Fetcher | None = None) -> list[FeedEntry]:
    """Entries of the RSS/Atom feed at `source` (a URL, fetched with `fetcher`, or a file path).

    Raises InputError(E_BAD_FEED) for bytes that are not a feed, and E_FETCH / E_NOT_FOUND when
    they cannot be read. A well-formed feed with no items gives an empty list.
    """
    name = str(source)
    if is_url(source):
        own = fetcher is None
        active = fetcher or Fetcher()
        try:
            page = active.fetch(name)
        finally:
            if own:
                active.close()
        data, base = page.content, page.url or name
    else:
        path = _local_path(source)
        try:
            if path.stat().st_size > MAX_FEED_BYTES:
                raise InputError(name, E_BAD_FEED, f"feed file over {MAX_FEED_BYTES:,} bytes")
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(name, E_NOT_FOUND, f"cannot read feed: {exc.strerror}") from None
        base = None
    return parse_feed(data, name, base_url=base)


def parse_feed(data: bytes, name: str, *, base_url: str | None = None) -> list[FeedEntry]:
    """Parse feed bytes into entries; `name` labels errors, `base_url` resolves relative links."""
    if not data.strip():
        raise InputError(name, E_EMPTY, "empty feed")
    headers = {"content-location": base_url} if base_url else None
    parsed = feedparser.parse(data, response_headers=headers)
    entries = list(parsed.get("entries") or [])
    problem = parsed.get("bozo_exception")
    detail = " ".join(str(problem).split())[:160] if problem else "no RSS or Atom root element"
    if not entries and (parsed.get("bozo") or not parsed.get("version")):
        raise InputError(name, E_BAD_FEED, f"not an RSS or Atom feed ({detail})")
    result: list[FeedEntry] = []
    urls: set[str] = set()
    for entry in entries:
        item = _entry(entry, base_url)
        if item is not None and item.url not in urls:
            urls.add(item.url)
            result.append(item)
    if parsed.get("bozo") and not result:
        # A malformed feed must not pass for a quiet one: say so, naming it.
        raise InputError(name, E_BAD_FEED, f"malformed feed, no entry could be read ({detail})")
    if isinstance(problem, xml.sax.SAXException):
        logging.getLogger("eventwire").warning(
            "%s: [%s] malformed feed (%s); read the %d entries it could",
            name,
            E_BAD_FEED,
            detail,
            len(result),
        )
    return result


def poll_feed(
    url: str | Path,
    fetcher: Fetcher,
    seen: Callable[[str], bool],
    max_items: int | None = None,
) -> Iterator[RawPage | Dropped]:
    """Fetch each entry's page that `seen` does not know yet, as RawPages carrying the feed's date.

    A feed that cannot be read and an article that cannot be fetched each yield a Dropped with
    its reason; polling goes on with the next entry. At most `max_items` pages are fetched (the
    feed's first unseen entries): the others are left for the next poll, which will not have
    seen them either.
    """
    try:
        entries = read_feed(url, fetcher)
    except InputError as exc:
        yield Dropped(exc.input_name, STAGE, exc.code, exc.reason)
        return
    done: set[str] = set()
    fetched = 0
    for position, entry in enumerate(entries):
        if entry.url in done or seen(entry.url):
            continue
        if max_items is not None and fetched >= max_items:
            logging.getLogger("eventwire").warning(
                "%s: fetched %d new articles, the most one poll takes (max_feed_items); the "
                "feed's %d later entries wait for the next poll",
                url,
                fetched,
                len(entries) - position,
            )
            return
        done.add(entry.url)
        fetched += 1
        try:
            page = fetcher.fetch(entry.url)
        except InputError as exc:
            yield Dropped(exc.input_name, STAGE, exc.code, exc.reason)
            continue
        final = page.url or entry.url
        if final != entry.url:
            if final in done or seen(final):
                continue
            done.add(final)
        yield dataclasses.replace(
            page, published=entry.published or page.published, title=entry.title or page.title
        )


def _entry(entry: Any, base_url: str | None) -> FeedEntry | None:
    """One feedparser entry to a FeedEntry; None when it links to no http(s) page."""
    link = (entry.get("link") or "").strip()
    if not link:
        return None
    if base_url:
        link = urljoin(base_url, link)
    if urlsplit(link).scheme not in ("http", "https"):
        return None
    return FeedEntry(
        url=link,
        title=_clean(entry.get("title")),
        published=_date(entry),
        summary=_clean(entry.get("summary")),
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


def _date(entry: Any) -> str | None:
    """The entry's date as the publisher's local calendar date (feedparser's own is UTC)."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if isinstance(raw, str) and raw.strip():
            local = _parse_local(raw.strip())
            if local is not None:
                return local
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC).date().isoformat()
    return None


def _parse_local(raw: str) -> str | None:
    """RFC 822 (RSS) or RFC 3339 (Atom) text to `YYYY-MM-DD` in its own time zone."""
    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None
