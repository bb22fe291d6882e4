"""A `published` value must be a date: anything else is left out, with a labelled warning."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.errors import E_BAD_PUBLISHED
from eventwire.extract.html import choose_published, published_date
from eventwire.records import RawPage


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("2020-09-27", "2020-09-27"),
        ("2020-09-27T18:30:00Z", "2020-09-27"),
        ("Sun, 27 Sep 2020 18:30:00 GMT", "2020-09-27"),
        ("2016", "2016"),
        ("2019-08", "2019-08"),
        ("not-a-date", None),
        ("2020-13-45", None),
        ("2019-13", None),
        ("yesterday", None),
        ("<script>alert(1)</script>", None),
    ],
)
def test_published_date(value: str, stored: str | None) -> None:
    assert published_date(value) == stored


def test_a_bad_container_date_gives_way_to_the_next_candidate(
    caplog: pytest.LogCaptureFixture,
) -> None:
    page = RawPage("items.jsonl#3", b"x", "text", published="not-a-date")
    with caplog.at_level(logging.WARNING, logger="eventwire"):
        assert choose_published(None, page, "2021-02-03") == ("2021-02-03", "user")
        assert choose_published(None, page, None) == (None, None)
    (message, *_) = [r.getMessage() for r in caplog.records]
    assert message.startswith(f"items.jsonl#3: [{E_BAD_PUBLISHED}]") and "not-a-date" in message


def test_the_command_line_warns_and_stores_no_bad_date(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text(
        json.dumps(
            {"id": "a", "published": "not-a-date", "text": "The council met to discuss the bridge."}
        )
        + "\n"
    )
    result = CliRunner().invoke(cli, ["process", "-q", str(path)])
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert line["published"] is None
    assert f"eventwire: warning: {path}#1: [{E_BAD_PUBLISHED}]" in result.stderr
