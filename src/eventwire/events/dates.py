"""The date of an event: the DATE/TIME expression in its clause or sentence, else publication.

`event_date` is deliberately one small function so the pipeline can swap in the time stage's own
resolution later. `absolute_dates` is a fallback used only when the document carries no time
expressions (e.g. ACLED notes processed without the time stage): explicit dates in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..annotate.times import event_date as span_date
from ..annotate.timex_normalise import date_precision
from ..records import DatePrecision, TimeExpression

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I)
_MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_MY = re.compile(rf"\b({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I)
# An undated event in the first lines of an article takes the first day told within the next
# LOOKAHEAD_CHARS characters (news leads say what happened, the next lines say when).
LEAD_CHARS = 300
LOOKAHEAD_CHARS = 500
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def precision_of(value: str) -> DatePrecision:
    """Precision of a TIMEX3-style value: 2020-09-26 day, 2020-W38 week, 2020-09 month, 2020 year."""
    return date_precision(value)[1]  # type: ignore[return-value]


def event_date(
    times: Sequence[TimeExpression],
    clause: tuple[int, int],
    sentence: tuple[int, int],
    published: str | None,
) -> tuple[str | None, DatePrecision]:
    """(date, precision) of an event: a dated expression in its clause, else its sentence, else
    the publication date with precision `unknown` (the text did not say when).

    Within a span the time stage's own rule chooses (`annotate.times.event_date`).
    """
    for start, end in (clause, sentence):
        value, precision = span_date(times, start, end, None)
        if value is not None:
            return value, precision
    if sentence[0] < LEAD_CHARS:
        day = _told_later(times, sentence[1], published)
        if day is not None:
            return day, "day"
    return (published[:10] if published else None), "unknown"


def _told_later(times: Sequence[TimeExpression], after: int, published: str | None) -> str | None:
    """The day of a news lead that does not say when: the first day-precise date in the next
    lines ("A boy was shot and wounded, police said. It happened ... Sunday."), when it is
    before the publication day: a later date is a hearing or a funeral, and that day itself is
    most often when the news was told ("police said Monday"), which the fallback gives anyway."""
    for t in sorted(times, key=lambda t: t.start):
        if t.start < after or t.type not in ("DATE", "TIME"):
            continue
        if t.start > after + LOOKAHEAD_CHARS:
            break
        value, precision = span_date((t,), t.start, t.end, None)
        if value is None or precision != "day":
            continue
        return None if published and value >= published[:10] else value
    return None


def absolute_dates(text: str) -> tuple[TimeExpression, ...]:
    """Explicit calendar dates in `text` ("13 January 2022", "March 3, 2020", "May 2021")."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], value: str) -> None:
        if any(m.start() < e and s < m.end() for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        found.append(TimeExpression(m.group(0), m.start(), m.end(), "DATE", value))

    for m in _DMY.finditer(text):
        day, month, year = int(m.group(1)), _MONTHS[m.group(2).lower()], m.group(3)
        if 1 <= day <= 31:
            add(m, f"{year}-{month:02d}-{day:02d}")
    for m in _MDY.finditer(text):
        month, day, year = _MONTHS[m.group(1).lower()], int(m.group(2)), m.group(3)
        if 1 <= day <= 31:
            add(m, f"{year}-{month:02d}-{day:02d}")
    for m in _ISO.finditer(text):
        add(m, m.group(0))
    for m in _MY.finditer(text):
        add(m, f"{m.group(2)}-{_MONTHS[m.group(1).lower()]:02d}")
    return tuple(sorted(found, key=lambda t: t.start))
