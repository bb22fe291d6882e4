"""Content-Type parsing and content sniffing, shared by the readers, the fetcher and decoding.

The WARC reader and the fetcher see HTTP headers (stored in a crawl or received live) and must
agree on what counts as an HTML page and which charset a server declared; the file reader and
extract's decoding must agree on what is binary and what is UTF-16 text without a byte-order
mark. So the rules live here once.
"""

from __future__ import annotations

from collections import Counter
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


# File signatures of formats that are never text.
BINARY_MAGIC = (
    b"\x1f\x8b",  # gzip (a truncated or mislabelled one; readers unpack the good ones)
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"PK\x03\x04",  # zip, docx, epub
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
    b"Rar!",
    b"OggS",
    b"RIFF",
    b"ID3",
)
SNIFF_BYTES = 8192
"""How much of the start of the bytes the sniffing reads."""


def _block(ch: str) -> int:
    """A coarse Unicode block: the ideographs (and Hangul, kana) as one each, else 128 points."""
    cp = ord(ch)
    if 0x3400 <= cp <= 0x9FFF:
        return -1
    if 0xAC00 <= cp <= 0xD7AF:
        return -2
    return cp >> 7


def sniff_utf16(data: bytes) -> str | None:
    """The codec ("utf-16-le" or "utf-16-be") of UTF-16 text without a byte-order mark, or None.

    Decoded the right way, text keeps to a few Unicode blocks (its script, ASCII digits and
    punctuation, spaces) and is printable; binary data, or text decoded the wrong way, spreads
    over many blocks. This reads ASCII-range text (every other byte a NUL) and Cyrillic, Arabic
    or Chinese text alike. Bytes that are valid UTF-8 without NULs are never taken for UTF-16.
    """
    head = data[:SNIFF_BYTES]
    head = head[: len(head) - len(head) % 2]
    if len(head) < 8 or head.startswith(BINARY_MAGIC):
        return None
    if b"\x00" not in head and _valid_utf8(head):
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            sample = head.decode(codec)
        except UnicodeDecodeError:
            continue
        printable = sum(1 for c in sample if c.isprintable() or c in "\t\n\r")
        blocks = Counter(_block(c) for c in sample if not c.isspace())
        main = sum(n for _, n in blocks.most_common(3))
        if printable >= 0.98 * len(sample) and main >= 0.9 * sum(blocks.values()):
            return codec
    return None


def _valid_utf8(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3  # only a character cut by the sample's end
    return True
