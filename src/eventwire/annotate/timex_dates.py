"""TIMEX3 builders for calendar dates: days, months, weekdays, clock times, holidays.

These name a day or a month directly ("March 5", "5/3/2020", "Saturday", "Christmas", "3 p.m.");
when the year is left out, it is chosen against the anchor and the tense of the clause.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .timex_context import (
    REL_OFFSET,
    Built,
    Context,
    fmt,
    month_num,
    prev_word,
    safe_date,
    weekday_num,
    with_part,
    ymd,
)
from .timex_lexicon import (
    DATE_PREPOSITIONS,
    DAY_ORDINALS,
    END_POINT_WORDS,
    HOLIDAYS,
    PART_OF_DAY,
    parse_number,
    spoken_year,
)
from .timex_normalise import Point, format_point, month_of, nearest_year, week_point, weekday_date


def b_iso(m: re.Match[str], ctx: Context) -> Built | None:
    p = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if p is None:
        return None
    if m["H"]:
        return "TIME", f"{format_point(p)}T{m['H']}:{m['M']}"
    return "DATE", format_point(p)


def b_numeric(m: re.Match[str], ctx: Context) -> Built | None:
    """3/12/2020, 3.12.2020, 03-12-2020: which number is the day follows the text's own
    convention (`Context.day_first`), unless one of them cannot be a month."""
    dotted = m["sep"] is not None
    a, b = int(m["a"]), int(m["b"] or m["b2"])
    year_text = m["y"] or m["y2"]
    y = int(year_text)
    if len(year_text) == 2:
        y += 1900 if y > 40 else 2000
    day_first = ctx.day_first if ctx.day_first is not None else m["sep"] == "."
    if a > 12:
        day_first = True
    elif b > 12:
        day_first = False
    month, day = (b, a) if day_first else (a, b)
    if dotted and not (1 <= month <= 12):
        return None
    p = safe_date(y, month, day)
    return ("DATE", format_point(p)) if p else None


def b_day_month(m: re.Match[str], ctx: Context) -> Built | None:
    groups = m.groupdict()
    if groups.get("word_after") and prev_word(ctx, m.start()) not in DATE_PREPOSITIONS:
        return None
    month = month_num(groups["mon"] or groups.get("mon2") or "")
    words = groups.get("dw") or groups.get("dw2") or groups.get("dw3")
    day = DAY_ORDINALS[re.sub(r"[-\s]+", "-", words.lower())] if words else int(groups["d"])
    if m["y"]:
        year = int(m["y"])
    elif ctx.anchor:
        weekday = weekday_num(m["wd"]) if m["wd"] else None
        year = _year_for_day(
            ctx.anchor,
            month,
            day,
            ctx.direct_tense(m.start(), m.end()),
            weekday,
            None if _end_point(ctx, m.start()) else ctx.tense(m.start(), m.end()),
        )
    else:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    p = safe_date(year, month, day)
    return ("DATE", format_point(p)) if p else None


def _year_for_day(
    anchor: Point,
    month: int,
    day: int,
    tense: str | None = None,
    weekday: int | None = None,
    clause_tense: str | None = None,
) -> int:
    """A month and day named without a year: the candidate year nearest the anchor.

    A weekday given with it ("Saturday, April 25") picks the year where the two agree. A verb
    that governs the date directly moves it to its side of the anchor ("the year ended March
    31" in a November paper is last March); without one, the nearest year wins ("payable Dec.
    15" after "declared" is still the coming December). A clause told in the past moves a date
    that would lie more than `FAR_AHEAD_DAYS` ahead back to its past year ("the Oct. 23 killing
    was ..." in a May paper is last October): news rarely tells of a date months ahead in the
    past tense.
    """
    a = anchor.as_date()
    if a is None:
        return nearest_year(anchor, month, tense=tense)
    scored: list[tuple[int, int, int, int]] = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        gap = (d - a).days
        wrong_side = (tense == "past" and gap > 0) or (tense == "future" and gap < 0)
        if tense is None and clause_tense == "past" and gap > FAR_AHEAD_DAYS:
            wrong_side = True
        wrong_day = weekday is not None and d.weekday() != weekday
        scored.append((int(wrong_day), int(wrong_side), abs(gap), y))
    return min(scored)[-1] if scored else anchor.year


# A month and day this far ahead of publication, told in a past-tense clause, is last year's.
FAR_AHEAD_DAYS = 60


_EDGE = re.compile(
    r"(?:\b(?:early|mid|late|the\s+end\s+of|the\s+middle\s+of)[\s-]*"
    r"|\b(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?(?:\s+[A-Z]{3})?|noon|midnight),?\s+)$",
    re.I,
)


def _end_point(ctx: Context, start: int) -> bool:
    """A date named as an end point or deadline ("extended to Aug. 6", "until mid-November",
    "until 9 a.m. Tuesday"): the clause's tense does not place it."""
    edge = _EDGE.search(ctx.text, max(0, start - 20), start)
    return prev_word(ctx, edge.start() if edge else start) in END_POINT_WORDS


def b_month_year(m: re.Match[str], ctx: Context) -> Built | None:
    year = int(m["y"]) if m["y"] else spoken_year(m["c"], m["yy"])
    return "DATE", f"{year:04d}-{month_num(m['mon']):02d}"


_MAY_MARCH_OK = {
    "in",
    "since",
    "until",
    "till",
    "by",
    "of",
    "during",
    "from",
    "through",
    "last",
    "next",
    "this",
    "early",
    "late",
    "mid",
    "before",
    "after",
    "to",
    "and",
    "or",
    "between",
    "on",
}


def b_month(m: re.Match[str], ctx: Context) -> Built | None:
    name = m["mon"]
    mod = re.sub(r"\s+", " ", (m["mod"] or "").lower())
    if name in ("May", "March") and not mod:
        if prev_word(ctx, m.start()) not in _MAY_MARCH_OK:
            return None
    month = month_num(name)
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    ref_month = month_of(ctx.anchor)
    year = ctx.anchor.year
    if m["yrel"]:  # "October last year"
        year += REL_OFFSET[m["yrel"].lower()]
    elif mod in ("last", "past", "this past"):
        if ref_month is not None and month >= ref_month:
            year -= 1
    elif mod in ("next", "coming", "this coming"):
        if ref_month is not None and month <= ref_month:
            year += 1
    elif mod != "this":
        tense = None if _end_point(ctx, m.start()) else ctx.tense(m.start(), m.end())
        year = nearest_year(ctx.anchor, month, tense=tense)
    return "DATE", f"{year:04d}-{month:02d}"


def b_weekday(m: re.Match[str], ctx: Context) -> Built | None:
    wd = weekday_num(m["wd"])
    mod = re.sub(r"\s+", " ", (m["mod"] or "").lower())
    part = m["part"]
    if m["plural"] and not mod:  # "Tuesday nights": every Tuesday night
        return "SET", f"XXXX-WXX-{wd + 1}T{PART_OF_DAY[part.lower()]}"
    ref = ctx.anchor_date
    if ref is None:
        return with_part(None, part, ctx)
    if mod in ("last", "past", "this past"):
        direction = -2
    elif mod in ("next", "coming", "this coming"):
        direction = 2
    elif mod == "this":
        # "this Friday": the one of this week still to come, unless the clause is past
        # ("this Monday" in a Thursday paper's past-tense report is three days ago)
        direction = -1 if ctx.tense(m.start(), m.end()) == "past" else 1
    elif _end_point(ctx, m.start()) and ctx.deadline(m.start(), m.end()):
        direction = 1  # "postponed until Tuesday", "has given them until 9 a.m. Monday"
    else:
        direction = 1 if ctx.tense(m.start(), m.end()) == "future" else -1
    return with_part(format_point(Point("day", *ymd(weekday_date(ref, wd, direction)))), part, ctx)


def b_clock(m: re.Match[str], ctx: Context) -> Built | None:
    word = (m["word"] or "").lower()
    if word:
        hour, minute = (12, 0) if word == "noon" else (24, 0)
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        ap = m["ap"].lower().replace(".", "")
        if hour > 12 or minute > 59:
            return None
        if ap == "pm" and hour != 12:
            hour += 12
        elif ap == "am" and hour == 12:
            hour = 0
    ref = ctx.last.get("day") or ctx.anchor
    day = ref.as_date() if ref else None
    base = format_point(Point("day", *ymd(day))) if day else "XXXX-XX-XX"
    return "TIME", f"{base}T{hour:02d}:{minute:02d}"


def b_clock24(m: re.Match[str], ctx: Context) -> Built | None:
    """ "at 14:30", "1930 hours", "0600 GMT", "4 o'clock", "six o'clock", "4 in the morning":
    clock times without a.m./p.m., on the narrative's current day."""
    if m["h"] is not None:
        hour, minute = int(m["h"]), int(m["mi"])
    elif m["h2"] is not None:
        hour, minute = int(m["h2"]), int(m["mi2"])
    else:
        hour, minute = int(parse_number(m["h3"]) or 0), 0
        part = (m["part"] or "").lower()
        if part in ("afternoon", "evening") and hour < 12:
            hour += 12
    ref = ctx.last.get("day") or ctx.anchor
    day = ref.as_date() if ref else None
    base = format_point(Point("day", *ymd(day))) if day else "XXXX-XX-XX"
    return "TIME", f"{base}T{hour:02d}:{minute:02d}"


def b_era_year(m: re.Match[str], ctx: Context) -> Built | None:
    """ "44 BC", "300 BCE" (TIMEX3 BC0044), "AD 79", "79 CE" (0079)."""
    year = int(m["y"] or m["y2"])
    if year == 0:
        return None
    if m["bc"]:
        return "DATE", f"BC{year:04d}"
    return "DATE", f"{year:04d}"


def b_week_of(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the week of Oct. 5": handled as the ISO week of that day."""
    month, day = month_num(m["mon"]), int(m["d"])
    year = _year_for_day(ctx.anchor, month, day) if ctx.anchor else None
    if year is None:
        return "DATE", None
    p = safe_date(year, month, day)
    d = p.as_date() if p else None
    return ("DATE", format_point(week_point(d))) if d else None


# A holiday this many days after the anchor, told in the past tense, is still this year's.
HOLIDAY_EVE_DAYS = 3


def b_holiday(m: re.Match[str], ctx: Context) -> Built | None:
    name = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    if m["y"]:
        return "DATE", fmt(_holiday_day(name, int(m["y"])))
    if ctx.anchor is None:
        return "DATE", None
    mod = (m["mod"] or "").lower()
    tense = {"last": "past", "next": "future", "this": None}.get(mod, ctx.tense(m.start(), m.end()))
    year = ctx.anchor.year
    a = ctx.anchor.as_date()
    this_one = _holiday_day(name, year).as_date()
    if a is not None and this_one is not None:
        if tense == "past" and this_one > a and (mod or (this_one - a).days > HOLIDAY_EVE_DAYS):
            year -= 1  # a bare holiday days ahead is this year's season ("a Halloween party")
        elif tense == "future" and this_one < a:
            year += 1
    return "DATE", fmt(_holiday_day(name, year))


def _holiday_day(name: str, year: int) -> Point:
    month, day, weekday, nth = HOLIDAYS[name]
    if day is not None:
        return Point("day", year, month, day)
    assert weekday is not None and nth is not None
    if nth > 0:  # the nth such weekday of the month
        d = weekday_date(date(year, month, 1), weekday, 1) + timedelta(days=7 * (nth - 1))
    else:  # the last one
        last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        d = weekday_date(last, weekday, -1)
    return Point("day", *ymd(d))
