"""Which stored URLs may become links: only http(s) ones.

An article's URL is whatever its input said (`javascript:alert(1)`, `data:text/html,...`): it is
stored and shown as it is, as text. Where eventwire hands out a URL meant to be followed (the
API's `link` fields, the CSV export's source URLs), it gives `web_link(url)`, which is None for
every other scheme, so no client needs to check the scheme itself to stay safe.
"""

from __future__ import annotations

from urllib.parse import urlsplit

WEB_SCHEMES = frozenset({"http", "https"})
# Browsers drop tabs and newlines inside a URL ("java\tscript:"), and quotes or angle brackets
# can break out of an attribute: a URL holding any of them is never a link.
_UNSAFE = frozenset("\"'<>\\`") | {chr(c) for c in range(0x21)} | {"\x7f"}


def web_link(url: str | None) -> str | None:
    """`url` when it is an absolute http(s) URL that can safely be a hyperlink; else None."""
    if not url or any(c in _UNSAFE for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return None
    return url
