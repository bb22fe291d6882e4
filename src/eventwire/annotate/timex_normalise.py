"""Calendar arithmetic for TIMEX3 values: partial dates as points, shifted and formatted.

Time expressions are resolved against a reference point (the publication date, or a date the
narrative mentioned earlier) that may itself be partial (`2020-09`, `2020-Q3`). Keeping that
arithmetic here, apart from the grammar, lets every rule share one definition of "a week before",
"the quarter of", or "the ISO week of", and keeps the TIMEX3 formatting in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

Gran = Literal["day", "week", "month", "quarter", "half", "season", "year", "decade", "century"]

# Coarse-to-fine order, used to compare the precision of two points.
GRAN_RANK: dict[str, int] = {
    "century": 0,
    "decade": 1,
    "year": 2,
    "half": 3,
    "season": 3,
    "quarter": 4,
    "month": 5,
    "week": 6,
    "day": 7,
}

SEASONS = ("SP", "SU", "FA", "WI")
_SEASON_OF_MONTH = {
    3: "SP",
    4: "SP",
    5: "SP",
    6: "SU",
    7: "SU",
    8: "SU",
    9: "FA",
    10: "FA",
    11: "FA",
    12: "WI",
    1: "WI",
    2: "WI",
}

_VALUE_RE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|W(?P<w>\d{2})|H(?P<h>[12])"
    r"|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
)


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar point at some granularity: 2020-09-26 (day), 2020-W38 (week), 2020-Q3, 2020."""

    gran: Gran
    year: int
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    week: int | None = None
    half: int | None = None
    season: str | None = None

    def as_date(self) -> date | None:
        """The day itself, when the point is a day."""
        if self.gran == "day" and self.month and self.day:
            return date(self.year, self.month, self.day)
        return None

    @property
    def rank(self) -> int:
        return GRAN_RANK[self.gran]


def day_point(d: date) -> Point:
    return Point("day", d.year, d.month, d.day)


def parse_value(value: str | None) -> Point | None:
    """A TIMEX3 date value (or an ISO anchor, possibly partial) as a Point; None if not a date."""
    if not value:
        return None
    m = _VALUE_RE.match(value.strip())
    if not m:
        return None
    y = int(m["y"])
    try:
        if m["d"]:
            d = date(y, int(m["m"]), int(m["d"]))
            return day_point(d)
        if m["m"]:
            month = int(m["m"])
            if not 1 <= month <= 12:
                return None
            return Point("month", y, month=month)
    except ValueError:
        return None
    if m["q"]:
        return Point("quarter", y, quarter=int(m["q"]))
    if m["w"]:
        return Point("week", y, week=int(m["w"]))
    if m["h"]:
        return Point("half", y, half=int(m["h"]))
    if m["s"]:
        return Point("season", y, season=m["s"])
    return Point("year", y)


def format_point(p: Point) -> str:
    """The TIMEX3 value of a point."""
    if p.gran == "day":
        return f"{p.year:04d}-{p.month:02d}-{p.day:02d}"
    if p.gran == "month":
        return f"{p.year:04d}-{p.month:02d}"
    if p.gran == "week":
        return f"{p.year:04d}-W{p.week:02d}"
    if p.gran == "quarter":
        return f"{p.year:04d}-Q{p.quarter}"
    if p.gran == "half":
        return f"{p.year:04d}-H{p.half}"
    if p.gran == "season":
        return f"{p.year:04d}-{p.season}"
    if p.gran == "decade":
        return f"{p.year // 10:03d}"
    if p.gran == "century":
        return f"{p.year // 100:02d}"
    return f"{p.year:04d}"


def week_point(d: date) -> Point:
    iso = d.isocalendar()
    return Point("week", iso.year, week=iso.week)


def month_of(p: Point) -> int | None:
    """The month of a point, or the first month of its quarter/half; None for coarser points."""
    if p.month:
        return p.month
    if p.quarter:
        return 3 * (p.quarter - 1) + 1
    if p.week:
        return _week_monday(p.year, p.week).month
    return None


def _week_monday(year: int, week: int) -> date:
    return date.fromisocalendar(year, max(1, min(week, 52)), 1)


def coarsen(p: Point, gran: Gran) -> Point | None:
    """The point at a coarser (or equal) granularity: the month of a day, the year of a quarter."""
    if gran == p.gran:
        return p
    if gran == "century":
        return Point("century", p.year)
    if gran == "decade":
        return Point("decade", p.year)
    if gran == "year":
        return Point("year", p.year)
    d = p.as_date()
    if gran == "week":
        return week_point(d) if d else None
    month = month_of(p)
    if month is None:
        return None
    if gran == "month":
        if p.gran == "week":
            return None
        return Point("month", p.year, month=month)
    if gran == "quarter":
        return Point("quarter", p.year, quarter=(month - 1) // 3 + 1)
    if gran == "half":
        return Point("half", p.year, half=1 if month <= 6 else 2)
    if gran == "season":  # a December is of the winter its January opens (docs/CODEBOOK.md)
        season = _SEASON_OF_MONTH[month]
        return Point("season", p.year + (month == 12 and season == "WI"), season=season)
    if gran == "day":
        return None
    return None


def shift(p: Point, unit: str, n: int, keep_finer: bool = False) -> Point | None:
    """The point `n` units after `p` (before when negative), at the unit's granularity.

    With `keep_finer`, a shift by years keeps a quarter, month or day reference at its own
    granularity ("a year earlier" after "the third quarter" is the year-earlier quarter).
    """
    if unit == "year" and keep_finer and p.gran in ("quarter", "month", "half", "season"):
        return replace(p, year=p.year + n)
    if unit in ("year", "decade", "century"):
        step = {"year": 1, "decade": 10, "century": 100}[unit]
        return Point(unit, p.year + n * step)  # type: ignore[arg-type]
    d = p.as_date()
    if unit == "day":
        return day_point(d + timedelta(days=n)) if d else None
    if unit == "week":
        if d:
            return week_point(d + timedelta(days=7 * n))
        if p.gran == "week" and p.week:
            return week_point(_week_monday(p.year, p.week) + timedelta(days=7 * n))
        return None
    month = month_of(p)
    if month is None:
        return None
    if unit == "month":
        if p.gran == "week":
            if not p.week:
                return None
            # "a month earlier" after "last week": from the month of the week's Thursday (the
            # day ISO 8601 dates a week by)
            month = (_week_monday(p.year, p.week) + timedelta(days=3)).month
        index = p.year * 12 + (month - 1) + n
        return Point("month", index // 12, month=index % 12 + 1)
    if unit == "quarter":
        index = p.year * 4 + (month - 1) // 3 + n
        return Point("quarter", index // 4, quarter=index % 4 + 1)
    if unit == "half":
        index = p.year * 2 + (0 if month <= 6 else 1) + n
        return Point("half", index // 2, half=index % 2 + 1)
    return None


def weekday_date(ref: date, weekday: int, direction: int) -> date:
    """The date of `weekday` (0 = Monday) nearest `ref` in `direction`.

    direction -1: the latest such day on or before `ref` (past-tense reporting: "on Saturday"
    in a Sunday paper is yesterday; "on Sunday" in a Sunday paper is today); +1: the first on or
    after `ref`; -2 / +2: strictly before / strictly after ("last Friday", "next Friday").
    """
    delta = weekday - ref.weekday()
    if direction in (-1, -2):
        back = (-delta) % 7
        if back == 0 and direction == -2:
            back = 7
        return ref - timedelta(days=back)
    forward = delta % 7
    if forward == 0 and direction == 2:
        forward = 7
    return ref + timedelta(days=forward)


def nearest_year(ref: Point, month: int, day: int | None = None, tense: str | None = None) -> int:
    """The year of a month (and day) named without one: the reference year, moved by tense.

    Past-tense text about a month later than the reference month means the previous year;
    future-tense text about an earlier month means the next year; otherwise the reference year.
    """
    ref_month = month_of(ref)
    if ref_month is None:
        return ref.year
    if tense == "past" and month > ref_month:
        return ref.year - 1
    if tense == "future" and month < ref_month:
        return ref.year + 1
    return ref.year


def season_of(month: int) -> str:
    return _SEASON_OF_MONTH[month]


def date_precision(value: str | None) -> tuple[str | None, str]:
    """A TIMEX3 value reduced to an event date and its precision (day, week, month, year)."""
    p = parse_value(value)
    if p is None:
        return None, "unknown"
    if p.gran == "day":
        return format_point(p), "day"
    if p.gran == "week":
        return format_point(p), "week"
    if p.gran == "month":
        return format_point(p), "month"
    return f"{p.year:04d}", "year"
