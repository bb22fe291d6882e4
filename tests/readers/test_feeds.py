"""Feeds: parsing RSS and Atom, refusing non-feeds, and polling only unseen articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import E_BAD_FEED, E_EMPTY, E_FETCH, E_NOT_FOUND, InputError
from eventwire.readers.feeds import FeedEntry, parse_feed, poll_feed, read_feed
from eventwire.readers.fetch import Fetcher, FetchPolicy
from eventwire.records import Dropped, RawPage

ARTICLE = b"<html><head><title>A</title></head><body><p>An article.</p></body></html>"
HTML_TYPE = {"Content-Type": "text/html; charset=utf-8"}

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title><link>{base}/</link>
<item><title>First  story</title><link>{base}/a1.html</link>
  <pubDate>Mon, 28 Sep 2020 01:30:00 +0300</pubDate><description>One.</description></item>
<item><title>Second</title><link>/a2.html</link>
  <pubDate>Sun, 27 Sep 2020 09:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/missing.html</link></item>
<item><title>Moved</title><link>{base}/moved.html</link></item>
<item><title>No link</title></item>
<item><title>Mail</title><link>mailto:desk@example.org</link></item>
<item><title>First again</title><link>{base}/a1.html</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:x</id>
<updated>2020-09-27T10:00:00Z</updated>
<entry><title>Atom story</title><id>urn:1</id><link href="http://news.example/atom1"/>
<updated>2020-09-26T23:30:00-05:00</updated><summary>Sum</summary></entry>
</feed>"""


def Reply(status: int, body: bytes, headers: dict[str, str] | None = None) -> dict[str, Any]:  # noqa: N802
    """A reply for the local server (see conftest.Reply)."""
    return {"status": status, "body": body, "headers": headers or {}}


ROUTES = {
    "/robots.txt": lambda s: Reply(404, b""),
    "/feed.xml": lambda s: Reply(
        200, RSS.format(base=s.base).encode(), {"Content-Type": "application/rss+xml"}
    ),
    "/not-a-feed.xml": lambda s: Reply(
        200, b"this is not xml at all, just words {", {"Content-Type": "application/rss+xml"}
    ),
    "/page-as-feed": lambda s: Reply(200, ARTICLE, HTML_TYPE),
    "/a1.html": lambda s: Reply(200, ARTICLE, HTML_TYPE),
    "/a2.html": lambda s: Reply(200, ARTICLE, HTML_TYPE),
    "/moved.html": lambda s: Reply(302, b"", {"Location": "/a2.html"}),
    "/redirect-feed": lambda s: Reply(
        302, b"", {"Location": f"http://localhost:{s.port}/feed.xml"}
    ),
}


@pytest.fixture()
def fetcher() -> Any:
    with Fetcher(FetchPolicy(allow_private=True, per_host_delay_s=0.0, timeout_s=5.0)) as f:
        yield f


def test_rss_entries_from_url(local_http: Any, fetcher: Fetcher) -> None:
    entries = read_feed(f"{local_http.base}/feed.xml", fetcher)
    base = local_http.base
    assert [e.url for e in entries] == [
        f"{base}/a1.html",
        f"{base}/a2.html",
        f"{base}/missing.html",
        f"{base}/moved.html",
    ]
    first = entries[0]
    assert first == FeedEntry(f"{base}/a1.html", "First story", "2020-09-28", "One.")
    assert entries[1].published == "2020-09-27"
    assert entries[2].published is None


def test_atom_from_file(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_bytes(ATOM)
    (entry,) = read_feed(path, None)
    assert entry.url == "http://news.example/atom1"
    assert entry.published == "2020-09-26"  # the publisher's local date, not UTC's 27th
    assert entry.summary == "Sum"


def test_bad_feeds(local_http: Any, fetcher: Fetcher, tmp_path: Path) -> None:
    for path in ("/not-a-feed.xml", "/page-as-feed"):
        with pytest.raises(InputError) as info:
            read_feed(f"{local_http.base}{path}", fetcher)
        assert info.value.code == E_BAD_FEED, path
    with pytest.raises(InputError) as info:
        parse_feed(b"", "empty.xml")
    assert info.value.code == E_EMPTY
    with pytest.raises(InputError) as info:
        read_feed(tmp_path / "nope.xml", None)
    assert info.value.code == E_NOT_FOUND
    empty_channel = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    )
    assert parse_feed(empty_channel, "quiet.xml") == []


def test_feed_redirect_to_loopback_is_refused(local_http: Any) -> None:
    policy = FetchPolicy(
        per_host_delay_s=0.0, allowed_hosts=frozenset({f"127.0.0.1:{local_http.port}"})
    )
    with Fetcher(policy) as f, pytest.raises(InputError) as info:
        read_feed(f"{local_http.base}/redirect-feed", f)
    assert info.value.code == E_FETCH and "non-public" in info.value.reason


def test_poll_fetches_unseen_articles_once(local_http: Any, fetcher: Fetcher) -> None:
    base = local_http.base
    stored = {f"{base}/a1.html"}
    items = list(poll_feed(f"{base}/feed.xml", fetcher, stored.__contains__))
    pages = [i for i in items if isinstance(i, RawPage)]
    dropped = [i for i in items if isinstance(i, Dropped)]
    # a1 is stored; a2 is fetched; moved.html redirects to a2, already fetched this poll.
    assert [p.url for p in pages] == [f"{base}/a2.html"]
    assert pages[0].published == "2020-09-27" and pages[0].title == "Second"
    assert [(d.input_name, d.code) for d in dropped] == [(f"{base}/missing.html", E_FETCH)]
    assert not any(path == "/a1.html" for path, _ in local_http.log)


def test_poll_of_a_broken_feed_is_one_dropped(local_http: Any, fetcher: Fetcher) -> None:
    items = list(poll_feed(f"{local_http.base}/not-a-feed.xml", fetcher, lambda url: False))
    assert len(items) == 1 and isinstance(items[0], Dropped) and items[0].code == E_BAD_FEED


def test_a_poll_fetches_at_most_max_items_new_articles(
    local_http: Any, fetcher: Fetcher, caplog: pytest.LogCaptureFixture
) -> None:
    base = local_http.base
    before = len(local_http.log)
    items = list(poll_feed(f"{base}/feed.xml", fetcher, lambda url: False, max_items=1))
    assert [i.url for i in items if isinstance(i, RawPage)] == [f"{base}/a1.html"]
    fetched = [path for path, _ in local_http.log[before:] if path != "/robots.txt"]
    assert fetched == ["/feed.xml", "/a1.html"]
    assert "wait for the next poll" in caplog.text


# A feed cut off mid-item, its first item's title never closed: written for this test.
CUT_FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title>'
    b"<item><title>Unclosed<link>http://news.example/x1</link></item><item><title>Tw"
)
HALF_FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Half</title>'
    b"<item><title>Whole</title><link>http://news.example/h1</link></item><item><title>Cu"
)


def test_malformed_feed_is_named_not_quiet(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A broken feed is an error naming it, never an empty poll that exits 0."""
    path = tmp_path / "cut.rss"
    path.write_bytes(CUT_FEED)
    with pytest.raises(InputError) as info:
        read_feed(path, None)
    assert info.value.code == E_BAD_FEED
    assert "cut.rss" in str(info.value) and "malformed" in str(info.value)
    (dropped,) = poll_feed(path, Fetcher(), lambda url: False)
    assert isinstance(dropped, Dropped) and dropped.code == E_BAD_FEED
    # What a broken feed does hold is read, with a warning naming the feed.
    with caplog.at_level("WARNING", logger="eventwire"):
        (entry,) = parse_feed(HALF_FEED, "half.rss")
    assert entry.url == "http://news.example/h1"
    assert any(
        "half.rss" in r.getMessage() and E_BAD_FEED in r.getMessage() for r in caplog.records
    )


def test_feed_file_url_reads_the_file(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_bytes(ATOM)
    (entry,) = read_feed(path.as_uri(), None)
    assert entry.url == "http://news.example/atom1"
