"""Content-Type parsing and HTML sniffing, shared by the WARC reader and the fetcher.

Both see HTTP headers (stored in a crawl or received live) and must agree on what counts as an
HTML page and which charset a server declared, so the rules live here once.
"""

from __future__ import annotations

from email.message import Message

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
    }
)

_HTML_PREFIXES = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """Split a Content-Type header into (lower-case MIME type, charset), either may be None."""
    if not value or not value.strip():
        return None, None
    msg = Message()
    msg["content-type"] = value
    mime = msg.get_content_type() if "/" in value.split(";", 1)[0] else None
    charset = msg.get_content_charset()
    if charset is not None:
        charset = charset.strip().strip("'\"") or None
    return mime, charset


def looks_like_html(head: bytes) -> bool:
    """Guess HTML from a payload's first bytes, for records that carry no Content-Type."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:64].lower()
    return start.startswith(_HTML_PREFIXES) and (
        not start.startswith(b"<?xml") or b"<html" in head[:2048].lower()
    )


def looks_like_markup(head: bytes) -> bool:
    """Guess HTML or XML (a feed) from the first bytes, for bodies served without a useful type."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"


def is_html(content_type: str | None, head: bytes) -> bool:
    """True when the declared type is HTML, or no type is declared and the bytes look like HTML."""
    mime, _ = parse_content_type(content_type)
    if mime is None:
        return looks_like_html(head)
    return mime in HTML_TYPES
