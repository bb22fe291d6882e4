"""Stable article ids."""

from __future__ import annotations

import hashlib

from eventwire.extract.ids import article_id, normalise_url


def test_url_id_is_sha1_of_normalised_url() -> None:
    url = "https://Example.COM:443/news/story/#comments"
    assert normalise_url(url) == "https://example.com/news/story"
    expected = hashlib.sha1(b"https://example.com/news/story").hexdigest()[:16]
    assert article_id(url, "ignored") == expected
    assert article_id("https://example.com/news/story", "other text") == expected


def test_text_id_ignores_whitespace_differences() -> None:
    a = article_id(None, "Troops  moved north.\n\nNo one was hurt. ")
    b = article_id("", "Troops moved north. No one was hurt.")
    assert a == b
    assert len(a) == 16
    assert int(a, 16) >= 0
    assert a != article_id(None, "Troops moved south.")
