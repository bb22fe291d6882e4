"""The language layer: a language's word lists, patterns and lexicons, kept as data files.

Rule code holds no words of any language. It is given a `Lexicon`, loaded once per worker in a
stage's `setup()`, and asks it for lists by name. The files of a language live in one folder,
`eventwire/lang/<code>/` (as spaCy keeps `lang/<code>/`), one file a list, in sub-folders by the
stage that reads them:

- `<name>.txt`: a word list, one entry a line; `#` starts a comment; blank lines are skipped;
  entries are kept as written (callers lower-case where they compare lower-cased text).
- `<name>.tsv`: a table; the first line names the columns.
- `<name>.json`: structured data, such as spaCy `Matcher` or `DependencyMatcher` patterns.

A name is the file's path below the language folder without its suffix, e.g.
`lexicon.words("events/reporting_verbs")`. Adding a language is adding its folder (or pointing
`Lexicon` at a folder of one's own with `root=`) and naming a spaCy model for it.
"""

from __future__ import annotations

import csv
import json
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import E_LEXICON, InputError

LANG_DIR = Path(__file__).resolve().parent


class Lexicon:
    """The data files of one language, read lazily and kept once read."""

    def __init__(self, code: str, root: Path | None = None) -> None:
        self.code = code
        self.root = root if root is not None else LANG_DIR / code
        if not self.root.is_dir():
            raise InputError(str(self.root), E_LEXICON, f"no lexicon folder for language {code!r}")
        self._cache: dict[tuple[str, str], Any] = {}
        self._words: dict[str, frozenset[str]] = {}

    def __repr__(self) -> str:
        return f"Lexicon({self.code!r}, root={str(self.root)!r})"

    def _path(self, name: str, suffix: str) -> Path:
        path = self.root / f"{name}{suffix}"
        if not path.is_file():
            raise InputError(
                str(path), E_LEXICON, f"language {self.code!r} has no list {name!r} ({suffix})"
            )
        return path

    def has(self, name: str) -> bool:
        """Whether the language has a list of that name, in any of the three forms."""
        return any((self.root / f"{name}{s}").is_file() for s in (".txt", ".tsv", ".json"))

    def entries(self, name: str) -> tuple[str, ...]:
        """A word list in file order (for lists where order matters: longest-first patterns)."""
        key = ("entries", name)
        if key not in self._cache:
            lines = self._path(name, ".txt").read_text(encoding="utf-8").splitlines()
            entries = (line.split("#", 1)[0].strip() for line in lines)
            self._cache[key] = tuple(e for e in entries if e)
        return self._cache[key]  # type: ignore[no-any-return]

    def words(self, name: str) -> frozenset[str]:
        """A word list as a set, for membership tests (kept by name alone: the rules ask for
        lists by name some 300,000 times in 600 news articles, perf37)."""
        try:
            return self._words[name]
        except KeyError:
            found = self._words[name] = frozenset(self.entries(name))
            return found

    def table(self, name: str) -> tuple[dict[str, str], ...]:
        """A table's rows, each a mapping from column name to value."""
        key = ("table", name)
        if key not in self._cache:
            with open(self._path(name, ".tsv"), encoding="utf-8", newline="") as handle:
                rows = csv.DictReader(
                    (line for line in handle if not line.startswith("#")),
                    delimiter="\t",
                    quoting=csv.QUOTE_NONE,
                )
                self._cache[key] = tuple(dict(row) for row in rows)
        return self._cache[key]  # type: ignore[no-any-return]

    def mapping(self, name: str, key_column: str, value_column: str) -> dict[str, str]:
        """Two columns of a table as a dict (later rows win)."""
        return {row[key_column]: row[value_column] for row in self.table(name)}

    def data(self, name: str) -> Any:
        """A JSON file's content (patterns, nested lexicons)."""
        key = ("data", name)
        if key not in self._cache:
            self._cache[key] = json.loads(self._path(name, ".json").read_text(encoding="utf-8"))
        return self._cache[key]


@cache
def load_lexicon(code: str) -> Lexicon:
    """The shipped lexicon of a language, one object per process (its files are read once)."""
    return Lexicon(code)


@cache
def lexicon_at(code: str, root: Path) -> Lexicon:
    """The lexicon of a language folder of one's own, one object per folder and process."""
    return Lexicon(code, root=Path(root))
