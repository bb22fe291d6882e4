"""Error codes: every message a user can see names its input and carries a stable code.

The codes let users search the docs and let tests assert on the kind of failure, not its wording.
"""

from __future__ import annotations

# Using eventwire: models, databases, filters (usage errors, exit status 2)
E_NO_DATABASE = "EW004"
E_BAD_DB_URL = "EW005"
E_BAD_FILTER = "EW006"
# Reading inputs
E_NOT_FOUND = "EW101"
E_EMPTY = "EW102"
E_BINARY = "EW103"
E_TRUNCATED = "EW104"
E_ENCODING = "EW105"
E_TOO_LARGE = "EW106"
E_BAD_JSON = "EW107"
E_BAD_WARC = "EW108"
E_BAD_FEED = "EW109"
E_FETCH = "EW110"
# Extracting and cleaning
E_NO_TEXT = "EW201"
E_LANGUAGE = "EW202"
# Storing: the database and the disk under it (one labelled line, never a traceback)
E_DISK_FULL = "EW301"
E_FILE_TOO_LARGE = "EW302"
E_NOT_A_DATABASE = "EW303"
E_NOT_WRITABLE = "EW304"
E_STORAGE = "EW305"
# Configuration and shipped data (language lexicons, models)
E_LEXICON = "EW501"
# Anything a stage did not expect
E_STAGE_FAILED = "EW900"


class InputError(Exception):
    """An input that cannot be read: the message names the input; the run goes on."""

    def __init__(self, input_name: str, code: str, reason: str) -> None:
        super().__init__(f"{input_name}: [{code}] {reason}")
        self.input_name = input_name
        self.code = code
        self.reason = reason


class StorageError(Exception):
    """The database cannot be read or written (disk full, not a database, ...).

    What was stored before stays intact (every article is its own transaction); the message names
    the database and says what to do. `exit_status` is 2 when the fault is the --db given.
    """

    def __init__(self, target: str, code: str, reason: str) -> None:
        super().__init__(target, code, reason)
        self.target = target
        self.code = code
        self.reason = reason

    @property
    def exit_status(self) -> int:
        return 2 if self.code == E_NOT_A_DATABASE else 1

    def __str__(self) -> str:
        return f"{self.target}: [{self.code}] {self.reason}"


class UsageError(Exception):
    """Wrong use of the command line or API (exit status 2)."""
