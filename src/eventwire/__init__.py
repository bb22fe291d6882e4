"""eventwire: raw news pages in, a clean, deduplicated, geocoded event database out."""

from .errors import InputError, UsageError
from .pipeline.runner import Pipeline, Summary
from .python_api import (
    EventList,
    EventStore,
    ingest_paths,
    open_store,
    process_file,
    process_html,
    process_text,
)
from .settings import Settings
from .store.filters import EventFilter, FilterError
from .version import __version__ as __version__

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
