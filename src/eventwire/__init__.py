"""eventwire: raw news pages in, a clean, deduplicated, geocoded event database out."""

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
from .version import __version__ as __version__

__all__ = [
    "EventList",
    "EventStore",
    "Pipeline",
    "Settings",
    "Summary",
    "ingest_paths",
    "open_store",
    "process_file",
    "process_html",
    "process_text",
]
