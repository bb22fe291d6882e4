"""Stable article ids: the same article gets the same id on every run and every machine.

Re-ingesting a page must change nothing in the store, so the id is a hash of what identifies the
article — its canonical URL when it has one, else its normalised text — never of a path or a time.
"""

from __future__ import annotations

import hashlib
import unicodedata
from urllib.parse import urlsplit, urlunsplit

__all__ = ["article_id", "normalise_url"]

ID_LENGTH = 16


def normalise_url(url: str) -> str:
    """Scheme and host lower-cased, default port, fragment and trailing slash dropped."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, host, path, parts.query, ""))


def _normalise_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id(url: str | None, text: str) -> str:
    """sha1 of the canonical URL if there is one, else of the whitespace-normalised text; 16 hex."""
    key = normalise_url(url) if url and url.strip() else _normalise_text(text)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:ID_LENGTH]
