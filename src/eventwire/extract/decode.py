"""Bytes to text: the one place that decides a page's character encoding.

Order of trust: a byte-order mark, strict UTF-8 (valid UTF-8 is UTF-8 whatever a page claims), the
encoding the container declared (HTTP/WARC header), the page's own `<meta charset>` (HTML only),
then statistical detection. A page none of
these can read is refused with a clear error instead of being decoded into garbage.
"""

from __future__ import annotations

import codecs
import re

from ..errors import E_BINARY, E_EMPTY, E_ENCODING, InputError

__all__ = ["decode_bytes", "meta_charset"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# File signatures of formats that are never text.
_BINARY_MAGIC = (
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
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""",
    re.I,
)
# Names pages use for what browsers (and the pages' authors) really mean.
_BROWSER_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
    "shift-jis": "shift_jis",
    "sjis": "shift_jis",
}
_SNIFF_BYTES = 8192
_CONTROL_BYTES = frozenset(set(range(0, 9)) | {11, 12} | set(range(14, 32)))


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in its first few kilobytes (`<meta>` or XML declaration)."""
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if not match:
        return None
    raw = match.group(1) or match.group(2)
    return raw.decode("ascii", "ignore").strip().lower() or None


def _codec(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None when Python does not know it."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _BROWSER_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _looks_binary(data: bytes) -> bool:
    if data.startswith(_BINARY_MAGIC):
        return True
    head = data[:_SNIFF_BYTES]
    if head.count(0) > max(2, len(head) // 100):
        return True
    controls = sum(1 for b in head if b in _CONTROL_BYTES)
    return controls > max(8, len(head) // 50)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: every other byte of ASCII-range text is a NUL."""
    head = data[:_SNIFF_BYTES]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    for share, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if share > 0.4 * half:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def decode_bytes(
    data: bytes, input_name: str, *, declared: str | None = None, html: bool = False
) -> str:
    """Decode a page or text file; raise InputError for empty, binary or undecodable input."""
    if not data.strip():
        raise InputError(input_name, E_EMPTY, "the input is empty")
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(bom_codec)
            except UnicodeDecodeError as exc:
                raise InputError(input_name, E_ENCODING, f"broken {bom_codec} text: {exc}") from exc
    if b"\x00" in data[:_SNIFF_BYTES]:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
    if _looks_binary(data):
        raise InputError(input_name, E_BINARY, "binary data, not text or HTML")

    # Bytes that are valid UTF-8 are UTF-8 whatever the page claims (legacy encodings almost
    # never form valid multi-byte sequences), so UTF-8 goes first, then what the page declares.
    candidates: list[str | None] = ["utf-8", declared]
    if html:
        candidates.append(meta_charset(data))
    unknown: list[str] = [name for name in candidates if name and _codec(name) is None]
    tried: set[str] = set()
    for name in candidates:
        codec = _codec(name)
        if codec is None or codec in tried:
            continue
        tried.add(codec)
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return _detect(data, input_name, unknown)


def _detect(data: bytes, input_name: str, unknown: list[str]) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        named = f" (declared as {unknown[0]!r}, which is not a known encoding)" if unknown else ""
        raise InputError(input_name, E_ENCODING, f"cannot tell the character encoding{named}")
    return str(best)
