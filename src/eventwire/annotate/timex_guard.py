"""A cheap guard in front of a time rule's pattern: the characters a match can begin with.

The tagger runs each rule over windows around its trigger words, and a pattern that opens with
look-behinds or a long alternation ("clock24": the clock leads, then four ways to write an hour)
is tried in full at every character of every window. The guard is a look-ahead for one character
of the set a match's first consumed character belongs to, worked out from the pattern itself, so
most positions fail at one test. It only ever rejects positions where no non-empty match starts;
the tagger keeps non-empty matches only, so what it finds does not change.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

__all__ = ["guarded"]

_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


class _Unknown(Exception):
    """Some item's first character could be anything (".", a negated class, a back-reference)."""


@cache
def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern behind a look-ahead for the characters its matches can begin with (matched
    case-blind, a superset under any flags); the pattern itself where that set is unknown or a
    match may be empty. Non-empty matches, their spans and groups are the pattern's own."""
    try:
        pieces, nullable = _first(_p.parse(pattern.pattern, pattern.flags))
    except _Unknown:
        return pattern
    if nullable or not pieces:
        return pattern
    end = "\n)" if pattern.flags & re.VERBOSE else ")"  # past a trailing comment
    try:
        return re.compile(
            f"(?=(?i:[{''.join(sorted(pieces))}]))(?:{pattern.pattern}{end}", pattern.flags
        )
    except re.error:  # global flags written inside the pattern must stay at its start
        return pattern


def _first(items: Any) -> tuple[set[str], bool]:
    """The class pieces of the characters a sequence's match can begin with, and whether the
    sequence can match nothing at all."""
    found: set[str] = set()
    for op, av in items:
        pieces, nullable = _first_of(op, av)
        found |= pieces
        if not nullable:
            return found, False
    return found, True


def _first_of(op: Any, av: Any) -> tuple[set[str], bool]:
    if op in _ZERO_WIDTH:
        return set(), True
    if op is _c.LITERAL:
        return {_char(av)}, False
    if op is _c.IN:
        return _class(av), False
    if op is _c.SUBPATTERN:
        return _first(av[-1])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _first(av)
    if op is _c.BRANCH:
        found: set[str] = set()
        nullable = False
        for alternative in av[1]:
            pieces, empty = _first(alternative)
            found |= pieces
            nullable = nullable or empty
        return found, nullable
    if op in _REPEATS:
        low, _high, body = av
        pieces, empty = _first(body)
        return pieces, empty or low == 0
    raise _Unknown(op)


def _class(items: Any) -> set[str]:
    pieces: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            pieces.add(_char(av))
        elif op is _c.RANGE:
            pieces.add(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            pieces.add(_CATEGORIES[av])
        else:  # a negated class, or one Python spells otherwise
            raise _Unknown(op)
    return pieces


def _char(code: int) -> str:
    """One character, escaped for a character class."""
    return re.escape(chr(code)) if chr(code) not in "-]\\^[" else f"\\{chr(code)}"
