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
from .pipeline.runner import Pipeline, Summary  # noqa: E402
from .settings import Settings  # noqa: E402

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
