"""Per-article limits in extraction: markup bounded before parsing, text cut after."""

from __future__ import annotations

import dataclasses
import logging
import time

import pytest

from eventwire.errors import E_TEXT_TOO_LONG, E_TOO_MANY_ATTRIBUTES, E_TOO_MANY_ELEMENTS
from eventwire.extract.html import extract_article
from eventwire.extract.limits import bound_markup, cut_text
from eventwire.records import RawPage
from eventwire.settings import Settings

STORY = "<p>" + "The council met on Monday to discuss the cost of the bridge. " * 12 + "</p>"


def _page(body: str) -> str:
    return f"<html><head><title>Bridge</title></head><body><article>{STORY}{body}</article></body></html>"


def test_a_normal_page_is_left_as_it_is() -> None:
    html = _page('<div class="a" id="b" data-x="1">x</div>' * 50)
    assert bound_markup(html, Settings(), "p") is html


def test_an_element_with_too_many_attributes_loses_them(caplog: pytest.LogCaptureFixture) -> None:
    attrs = " ".join(f'data-a{i}="{i}"' for i in range(5000))
    html = _page(f"<div {attrs}>The vote was postponed.</div>")
    with caplog.at_level(logging.WARNING, logger="eventwire"):
        bounded = bound_markup(html, Settings(), "p.html")
    assert "<div>The vote was postponed.</div>" in bounded and "data-a1" not in bounded
    assert f"[{E_TOO_MANY_ATTRIBUTES}]" in caplog.text and "p.html" in caplog.text


def test_a_page_is_cut_at_the_element_limit(caplog: pytest.LogCaptureFixture) -> None:
    settings = dataclasses.replace(Settings(), max_html_elements=100)
    html = _page("<span>a</span>" * 1000)
    with caplog.at_level(logging.WARNING, logger="eventwire"):
        bounded = bound_markup(html, settings, "p")
    assert bounded.count("<span>") < 100 and f"[{E_TOO_MANY_ELEMENTS}]" in caplog.text


def test_a_page_with_100000_attributes_on_one_element_is_read_quickly() -> None:
    attrs = " ".join(f'data-a{i}="2020-09-{1 + i % 28:02d}"' for i in range(100_000))
    page = RawPage("big.html", _page(f"<time {attrs}>Sunday</time>").encode(), "html")
    started = time.monotonic()
    article = extract_article(page, published_fallback="2020-09-27")
    assert time.monotonic() - started < 10
    assert "council met on Monday" in article.text


def test_text_is_cut_at_a_space_near_the_limit(caplog: pytest.LogCaptureFixture) -> None:
    text = "word " * 1000
    with caplog.at_level(logging.WARNING, logger="eventwire"):
        cut = cut_text(text, 2003, "t.txt")
    assert len(cut) <= 2003 and cut.endswith("word") and f"[{E_TEXT_TOO_LONG}]" in caplog.text
    assert cut_text("short", 10, "t") == "short"


def test_limits_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from eventwire.cli import cli
    from eventwire.errors import E_BAD_SETTING, UsageError

    monkeypatch.setenv("EVENTWIRE_MAX_TEXT_CHARS", "1_000")
    monkeypatch.setenv("EVENTWIRE_ARTICLE_TIMEOUT", "2.5")
    settings = Settings()
    assert settings.max_text_chars == 1000 and settings.article_timeout_s == 2.5
    monkeypatch.setenv("EVENTWIRE_MAX_ENTITIES", "many")
    with pytest.raises(UsageError, match=E_BAD_SETTING):
        Settings()
    result = CliRunner().invoke(cli, ["process", "-q", "-"], input="A council met.")
    assert result.exit_code == 2 and "EVENTWIRE_MAX_ENTITIES" in result.stderr
