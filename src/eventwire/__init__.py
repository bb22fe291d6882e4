"""eventwire: raw news pages in, a clean, deduplicated, geocoded event database out."""

__version__ = "0.1.0"

from .api import (  # noqa: E402
    EventList,
    EventStore,
    ingest_paths,
    open_store,
    process_file,
    process_html,
    process_text,
)
from .errors import InputError, UsageError  # noqa: E402
from .pipeline.runner import Pipeline, Summary  # noqa: E402
from .settings import Settings  # noqa: E402
from .store.filters import EventFilter, FilterError  # noqa: E402

__all__ = [
    "EventFilter",
    "EventList",
    "EventStore",
    "FilterError",
    "InputError",
    "Pipeline",
    "Settings",
    "Summary",
    "UsageError",
    "ingest_paths",
    "open_store",
    "process_file",
    "process_html",
    "process_text",
]
