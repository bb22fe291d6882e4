"""A page's publication date comes from dates, never from a bare number in its text (issue 15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html

from eventwire.cli import cli
from eventwire.extract.meta import _date


def _page(body: str, head: str = "") -> html.HtmlElement:
    return html.fromstring(
        f"<html><head><title>Town news</title>{head}</head><body>{body}</body></html>"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Sentence number 1995 says the council met.",
        "The shop at 1550 Main St. opened its doors again on a quiet morning.",
        "The choir, founded in 1960, sang for the mayor and the councillors.",
        "The club, founded in 2001, sang for the mayor and the councillors.",
        "Neighbours gathered at 2014 Elm Road to talk about the new bridge.",
        "Copyright © 2019 The Riverside Courier. All rights reserved.",
    ],
)
def test_a_bare_number_in_the_text_is_no_date(sentence: str) -> None:
    assert _date(_page(f"<p>{sentence}</p><p>The council will meet again soon.</p>"), None) is None


def test_a_date_written_in_the_text_is_kept() -> None:
    page = _page("<p>Published March 3, 2024</p><p>The council met to discuss the bridge.</p>")
    assert _date(page, None) == "2024-03-03"


def test_a_month_with_its_year_in_digits_gives_the_month() -> None:
    page = _page("<p>Report of 2024/03: the council met again to talk.</p>")
    assert _date(page, None) == "2024-03"


def test_the_first_of_a_month_written_out_keeps_its_day() -> None:
    page = _page("<p>Published 1 March 2024: the council met.</p>")
    assert _date(page, None) == "2024-03-01"


def test_a_house_number_never_wins_over_nothing() -> None:
    """htmldate reads only the year of "March 2024" here, and the house number first: nothing."""
    page = _page("<p>From our issue of March 2024, the council met at 2014 Elm Road.</p>")
    assert _date(page, None) is None


def test_a_time_element_gives_the_day() -> None:
    page = _page('<p>The council met.</p><time datetime="2024-03-03T09:30:00Z">Sunday</time>')
    assert _date(page, None) == "2024-03-03"


def test_a_date_in_the_url_gives_the_day() -> None:
    page = _page("<p>Sentence number 1995 says the council met.</p>")
    assert _date(page, "https://news.example.org/2024/03/03/council-meets") == "2024-03-03"


def test_a_meta_tag_date_stands() -> None:
    head = '<meta property="article:published_time" content="2023-11-05T08:00:00Z">'
    page = _page("<p>Neighbours gathered at 2014 Elm Road.</p>", head)
    assert _date(page, None) == "2023-11-05"


def test_a_page_with_only_numbers_is_processed_undated_and_named(tmp_path: Path) -> None:
    path = tmp_path / "council.html"
    path.write_text(
        "<html><head><title>Council news</title></head><body><article><h1>Council meets</h1>"
        "<p>Sentence number 1995 says the council met. The council met again on Sunday to talk "
        "about the new bridge, and the mayor spoke to the people at 2014 Elm Road.</p>"
        "<p>Residents asked for more buses and safer crossings near the school.</p>"
        "</article></body></html>"
    )
    result = CliRunner().invoke(cli, ["process", str(path)])
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert line["published"] is None
    assert f"eventwire: warning: {path}: 1 of 1 articles have no publication date" in result.stderr
