"""The grammar of English news time expressions: lexicon, patterns, and a TIMEX3 builder per rule.

Each rule is a compiled regular expression whose extent follows the TimeML conventions (the
determiner and modifiers such as "last", "early", "nearly" are inside, prepositions such as "in",
"on", "since" are outside) and a builder that turns the match into a TIMEX3 type and value using a
`Context` (the reference point, the tense of the clause, the dates mentioned so far). Month and
weekday names must be capitalised, so "may", "march" and "sun" as ordinary words never match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..records import TimeType
from .timex_lexicon import (
    CAL_UNIT,
    HOLIDAY_RE,
    HOLIDAYS,
    MONTH_ANY,
    MONTH_FULL,
    MONTHS,
    NUM,
    ORDINALS,
    PART,
    PART_OF_DAY,
    SEASON_CODES,
    UNIT,
    UNITS,
    VAGUE,
    WEEKDAY,
    WEEKDAYS,
    duration_value,
    parse_number,
    unit_key,
)
from .timex_normalise import (
    Point,
    coarsen,
    format_point,
    month_of,
    nearest_year,
    season_of,
    shift,
    week_point,
    weekday_date,
)

# --- context ---------------------------------------------------------------------------------

Built = tuple[TimeType, str | None]


@dataclass
class Context:
    """What a builder may consult: the anchor, the clause tense, and the narrative so far."""

    text: str
    anchor: Point | None
    tense: Callable[[int, int], str | None]
    part_of_day: bool = False
    last: dict[str, Point] = field(default_factory=dict)
    """The latest concrete date mentioned, by key: any, day, month, quarter, year."""
    direct_tense: Callable[[int, int], str | None] = field(default=lambda s, e: None)
    """The tense of a verb that governs the span itself (through at most a preposition), or
    None: firmer evidence than the clause's tense, needed before a full date is moved."""
    hold: bool = False
    """Set by a builder whose value is a point of comparison ("a year earlier", "a year ago"):
    such a value does not move the narrative, so the next "the quarter" is still the one
    reported, not the year-ago one."""

    @property
    def anchor_date(self) -> date | None:
        return self.anchor.as_date() if self.anchor else None

    def narrative(self, gran: str = "any") -> Point | None:
        """The narrative's current date at `gran` (latest mention), else the anchor."""
        return self.last.get(gran) or self.last.get("any") or self.anchor

    def remember(self, value: str | None, point: Point | None) -> None:
        if point is None:
            return
        self.last["any"] = point
        key = {"day": "day", "month": "month", "quarter": "quarter", "year": "year"}.get(point.gran)
        if key:
            self.last[key] = point


Builder = Callable[[re.Match[str], Context], Built | None]


@dataclass(frozen=True)
class Rule:
    """A pattern, its builder, its priority among equally long matches, and its trigger words.

    Every match of the rule contains one of its trigger tokens (lower-cased words, "#" for a
    number), so the tagger only runs the pattern near those tokens: regular expressions with
    leading alternations scan slowly, and most of a news text holds no time expression.
    """

    name: str
    pattern: re.Pattern[str]
    build: Builder
    priority: int = 0
    triggers: frozenset[str] = frozenset()
    window: tuple[int, int] = (48, 48)
    """How far (characters) a match may reach before and after its trigger token."""


def _fmt(p: Point | None) -> str | None:
    return format_point(p) if p else None


def _with_part(value: str | None, part: str | None, ctx: Context) -> Built:
    """A day with a part of the day: TIME; the TNI suffix only when the tagger asks for it."""
    if part is None:
        return "DATE", value
    if value and ctx.part_of_day and len(value) == 10:
        return "TIME", f"{value}T{PART_OF_DAY[part.lower()]}"
    return "TIME", value


def _safe_date(y: int, m: int, d: int) -> Point | None:
    try:
        return Point("day", y, m, d) if date(y, m, d) else None
    except ValueError:
        return None


def _month_num(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:3]]


def _weekday_num(name: str) -> int:
    return WEEKDAYS[name.lower()[:3]]


def _prev_word(ctx: Context, pos: int) -> str:
    m = re.search(r"([A-Za-z$%'’]+)\W*$", ctx.text[max(0, pos - 25) : pos])
    return m.group(1).lower() if m else ""


# --- builders --------------------------------------------------------------------------------


def b_iso(m: re.Match[str], ctx: Context) -> Built | None:
    p = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if p is None:
        return None
    if m["H"]:
        return "TIME", f"{format_point(p)}T{m['H']}:{m['M']}"
    return "DATE", format_point(p)


def b_numeric(m: re.Match[str], ctx: Context) -> Built | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if len(m["y"]) == 2:
        y += 1900 if y > 40 else 2000
    month, day = (a, b) if a <= 12 else (b, a)
    p = _safe_date(y, month, day)
    return ("DATE", format_point(p)) if p else None


def b_day_month(m: re.Match[str], ctx: Context) -> Built | None:
    month, day = _month_num(m["mon"]), int(m["d"])
    if m["y"]:
        year = int(m["y"])
    elif ctx.anchor:
        weekday = _weekday_num(m["wd"]) if m["wd"] else None
        year = _year_for_day(ctx.anchor, month, day, ctx.direct_tense(m.start(), m.end()), weekday)
    else:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    p = _safe_date(year, month, day)
    return ("DATE", format_point(p)) if p else None


def _year_for_day(
    anchor: Point, month: int, day: int, tense: str | None = None, weekday: int | None = None
) -> int:
    """A month and day named without a year: the candidate year nearest the anchor.

    A weekday given with it ("Saturday, April 25") picks the year where the two agree. A verb
    that governs the date directly moves it to its side of the anchor ("the year ended March
    31" in a November paper is last March); without one, the nearest year wins ("payable Dec.
    15" after "declared" is still the coming December).
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
        wrong_day = weekday is not None and d.weekday() != weekday
        scored.append((int(wrong_day), int(wrong_side), abs(gap), y))
    return min(scored)[-1] if scored else anchor.year


def b_month_year(m: re.Match[str], ctx: Context) -> Built | None:
    return "DATE", f"{int(m['y']):04d}-{_month_num(m['mon']):02d}"


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
    mod = (m["mod"] or "").lower()
    if name in ("May", "March") and not mod:
        if _prev_word(ctx, m.start()) not in _MAY_MARCH_OK:
            return None
    month = _month_num(name)
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    ref_month = month_of(ctx.anchor)
    year = ctx.anchor.year
    if m["yrel"]:  # "October last year"
        year += _REL_OFFSET[m["yrel"].lower()]
    elif mod == "last":
        if ref_month is not None and month >= ref_month:
            year -= 1
    elif mod == "next":
        if ref_month is not None and month <= ref_month:
            year += 1
    elif mod != "this":
        year = nearest_year(ctx.anchor, month, tense=ctx.tense(m.start(), m.end()))
    return "DATE", f"{year:04d}-{month:02d}"


def b_weekday(m: re.Match[str], ctx: Context) -> Built | None:
    wd = _weekday_num(m["wd"])
    mod = (m["mod"] or "").lower()
    part = m["part"]
    ref = ctx.anchor_date
    if ref is None:
        return _with_part(None, part, ctx)
    if mod in ("last", "past"):
        direction = -2
    elif mod in ("next", "coming"):
        direction = 2
    else:
        direction = 1 if ctx.tense(m.start(), m.end()) == "future" else -1
    return _with_part(
        format_point(Point("day", *_ymd(weekday_date(ref, wd, direction)))), part, ctx
    )


def _ymd(d: date) -> tuple[int, int, int]:
    return d.year, d.month, d.day


_DEICTIC_DAY = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def b_deictic_day(m: re.Match[str], ctx: Context) -> Built | None:
    word = re.sub(r"\s+", " ", m["w"].lower())
    part = m["part"]
    if word == "tonight":
        part = "night"
    elif word == "last night":
        part = "night"
    elif word.startswith("this "):
        part = word.split()[1]
    offset = -1 if word == "last night" else _DEICTIC_DAY.get(word.split()[0], 0)
    ref = ctx.anchor_date
    value = format_point(Point("day", *_ymd(ref + timedelta(days=offset)))) if ref else None
    return _with_part(value, part, ctx)


def b_present(m: re.Match[str], ctx: Context) -> Built | None:
    return "DATE", "PRESENT_REF"


def b_past(m: re.Match[str], ctx: Context) -> Built | None:
    return "DATE", "PAST_REF"


_RELATIONAL_AFTER = re.compile(r"\s+(?:after|afterwards?|before|thereafter|as)\b", re.IGNORECASE)


def b_future(m: re.Match[str], ctx: Context) -> Built | None:
    """FUTURE_REF; "soon after the vote" and "as soon as" order two events (a TimeML signal),
    they do not point at the future of the speech time, so they are left out."""
    if m.group(0).lower() == "soon" and (
        _prev_word(ctx, m.start()) == "as" or _RELATIONAL_AFTER.match(ctx.text, m.end())
    ):
        return None
    return "DATE", "FUTURE_REF"


_ADJ_REF = {"current": "PRESENT_REF", "recent": "PAST_REF"}


def b_adjective_ref(m: re.Match[str], ctx: Context) -> Built | None:
    """ "current conditions", "recent declines": TimeML tags the adjective itself as an
    indexical reference to the present or past of the speech time. "Future" before a noun
    ("future earnings") mostly names a kind of thing rather than a time, so it is left out."""
    return "DATE", _ADJ_REF[m["a"].lower()]


def b_vague_span(m: re.Match[str], ctx: Context) -> Built | None:
    """ "recent weeks", "the coming months", "the next few days": an unspecified number of
    units just past or ahead, a DURATION of X units (TimeML: PXW, PXM) as "several months" is."""
    return "DURATION", duration_value(None, m["unit"])


_REL_OFFSET = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "preceding": -1,
    "prior": -1,
    "this past": -1,
    "this": 0,
    "current": 0,
    "same": 0,
    "that": 0,
    "next": 1,
    "coming": 1,
    "following": 1,
    "upcoming": 1,
}
_ANAPHORIC_MODS = {"previous", "preceding", "prior", "same", "that", "following"}


def _unit_gran(unit: str) -> str:
    return {"weekend": "week"}.get(unit, unit)


def b_relative_unit(m: re.Match[str], ctx: Context) -> Built | None:
    """last week, this month, next year, the following day, that year, the previous quarter."""
    mod = re.sub(r"\s+", " ", m["mod"].lower())
    unit = unit_key(m["unit"])
    has_the = bool(m["the"])
    if has_the and mod in ("past", "last") and unit != "day":
        return "DURATION", duration_value(1, "week" if unit == "weekend" else unit)
    offset = _REL_OFFSET[mod]
    gran = _unit_gran(unit)
    ref = ctx.narrative(gran if gran in ("day", "month", "quarter", "year") else "any")
    if mod not in _ANAPHORIC_MODS and not (has_the and mod in ("next", "last", "past")):
        ref = ctx.anchor
    if ref is None:
        return "DATE", None
    if unit == "weekend":
        base = shift(ref, "week", offset) if ref.gran in ("day", "week") else None
        return "DATE", f"{format_point(base)}-WE" if base else None
    target = shift(ref, gran, offset)
    if target is None:
        coarse = coarsen(ref, gran)  # type: ignore[arg-type]
        target = shift(coarse, gran, offset) if coarse else None
    return "DATE", _fmt(target)


def b_the_weekend(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the weekend": the one just past in past-tense text, else the one of the reference week."""
    ref = ctx.anchor_date
    if ref is None:
        return "DATE", None
    if ref.weekday() < 5 and ctx.tense(m.start(), m.end()) == "past":
        ref -= timedelta(days=7)
    return "DATE", f"{format_point(week_point(ref))}-WE"


_THE_UNIT_END = re.compile(
    r"\s*(?:[,.;:!?)]|$|\s(?:to\s+date|ended|ending|through|and|but|as|when)\b)"
)
_ENDED = re.compile(r"\s+(?:ended|ending)\b", re.IGNORECASE)


def b_the_unit(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the year", "the quarter", "the latest quarter": the narrative's current one.

    "The day" and a bare "the period" are common non-temporal nouns and count only at the end
    of a phrase. "The year ended June 30" is a one-year period whose end is given: TimeML makes
    it a DURATION (P1Y) anchored by the date that follows.
    """
    unit = unit_key(m["unit"])
    mod = re.sub(r"\s+", " ", (m["mod"] or "").lower())
    if unit in ("day", "period") and not mod and not _THE_UNIT_END.match(ctx.text, m.end()):
        return None
    if unit == "year" and _ENDED.match(ctx.text, m.end()):
        return "DURATION", "P1Y"
    if unit == "period":
        ref = ctx.last.get("quarter") or ctx.last.get("month")
        if ref is not None:
            return "DATE", format_point(ref)
        unit = "quarter"
    if (
        unit == "quarter"
        and ctx.anchor is not None
        and (
            mod.startswith(("current", "latest")) or ("quarter" not in ctx.last and mod != "fiscal")
        )
    ):
        # "The latest quarter" is the last one closed before publication, whatever other
        # company's fiscal quarter the article mentioned before.
        # Business news reports on the quarter just closed, unless the clause looks ahead.
        ahead = mod.startswith("current") or ctx.tense(m.start(), m.end()) == "future"
        return "DATE", _fmt(shift(ctx.anchor, "quarter", 0 if ahead else -1))
    if unit == "year" and mod:
        ref = ctx.anchor  # "the full year", "the fiscal year": the reporting year
    else:
        ref = ctx.narrative(unit)
    if ref is None:
        return "DATE", None
    target = coarsen(ref, unit)  # type: ignore[arg-type]
    if target is None:
        return None
    return "DATE", format_point(target)


def b_year_earlier(m: re.Match[str], ctx: Context) -> Built | None:
    """ "a year earlier", "the year-ago quarter", "the year-earlier third quarter": the
    reported period (quarter, else year) moved back a year; "year-ago" before another noun
    ("year-ago results") is an adjective whose determiner belongs to that noun."""
    ctx.hold = True
    if m["ord"]:
        ref = ctx.narrative("year")
        year = ref.year - 1 if ref else None
        q = ORDINALS[m["ord"].lower()]
        return "DATE", f"{year:04d}-Q{q}" if year else f"XXXX-Q{q}"
    ref = ctx.last.get("quarter") or ctx.narrative("year")
    if ref is None:
        return "DATE", None
    if ref.gran not in ("quarter", "month", "half"):
        ref = Point("year", ref.year)
    return "DATE", _fmt(shift(ref, "year", -1, keep_finer=True))


def b_quarter(m: re.Match[str], ctx: Context) -> Built | None:
    q = ORDINALS.get((m["ord"] or "").lower()) or int(m["q"] or 0)
    if not q:
        return None
    if m["y"]:
        year: int | None = int(m["y"])
    elif m["y2"] or m["y3"]:
        year = int(m["y2"] or m["y3"])
    elif m["yrel"] and ctx.anchor is not None:  # "next year's first quarter"
        year = ctx.anchor.year + _REL_OFFSET[m["yrel"].lower()]
    else:
        ref = ctx.anchor  # quarters in business news are the reporting year's, not the story's
        if ref is None:
            return "DATE", f"XXXX-Q{q}"
        year = ref.year
        ref_month = month_of(ref)
        if ref_month and ctx.tense(m.start(), m.end()) == "past":
            if q > (ref_month - 1) // 3 + 1:
                year -= 1
    return "DATE", f"{year:04d}-Q{q}"


_ONES = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_W = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ONES_RE = "|".join(_ONES)
_SPOKEN_YY = (
    rf"(?:(?:{'|'.join(_TENS_W)})(?:[-\s](?:{_ONES_RE})(?![a-z]))?|{'|'.join(_TEENS)}"
    rf"|(?:oh|o)[-\s](?:{_ONES_RE}))"
)


def _spoken_number(words: str) -> int:
    total = 0
    for w in re.split(r"[-\s]+", words.lower()):
        if w in _ONES:
            total += _ONES.index(w) + 1
        elif w in _TEENS:
            total += _TEENS.index(w) + 10
        elif w in _TENS_W:
            total += 10 * (_TENS_W.index(w) + 2)
    return total


def b_spoken_year(m: re.Match[str], ctx: Context) -> Built | None:
    """Years as read out in broadcast transcripts: "nineteen ninety-six", "two thousand one"."""
    if m["c"]:
        century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[m["c"].lower()]
        return "DATE", f"{century * 100 + _spoken_number(m['yy']):04d}"
    units = m["tt"] or m["t2"]
    return "DATE", f"{2000 + (_spoken_number(units) if units else 0):04d}"


def b_year_period(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the 1988 quarter", "the 1989 period": the quarter under report, in that year (a point
    of comparison, so the narrative stays on the quarter reported)."""
    ctx.hold = True
    year = int(m["y"])
    ref = ctx.last.get("quarter")
    if ref is not None and ref.quarter:
        return "DATE", f"{year:04d}-Q{ref.quarter}"
    return "DATE", f"{year:04d}"


def b_half(m: re.Match[str], ctx: Context) -> Built | None:
    h = 1 if m["ord"].lower() == "first" else 2
    if m["y"]:
        year = int(m["y"])
    else:
        ref = ctx.narrative("year")
        if ref is None:
            return "DATE", f"XXXX-H{h}"
        year = ref.year
    return "DATE", f"{year:04d}-H{h}"


def b_ago(m: re.Match[str], ctx: Context) -> Built | None:
    num = parse_number(m["num"])
    unit = unit_key(m["unit"])
    if num is None or not float(num).is_integer() or unit in ("second", "minute", "hour"):
        return "DATE", "PAST_REF"
    n = int(num)
    if unit == "night":
        unit = "day"
    if unit == "fortnight":
        unit, n = "week", 2 * n
    if unit in ("year", "quarter"):
        ctx.hold = True
    if unit == "year" and n == 1 and "quarter" in ctx.last:
        # "compared with $5 million a year ago": the year-ago quarter of the one reported.
        return "DATE", _fmt(shift(ctx.last["quarter"], "year", -1, keep_finer=True))
    ref = ctx.anchor
    if ref is None:
        return "DATE", None
    return "DATE", _fmt(shift(ref, unit, -n))


def b_later_earlier(m: re.Match[str], ctx: Context) -> Built | None:
    """ "two days later", "a year earlier": shifted from the narrative's current date."""
    num = parse_number(m["num"])
    unit = unit_key(m["unit"])
    if unit in ("second", "minute", "hour") or num is None or not float(num).is_integer():
        return "DATE", None
    n = int(num) * (1 if m["dir"].lower() in ("later", "after") else -1)
    if unit == "fortnight":
        unit, n = "week", 2 * n
    if unit in ("year", "quarter"):
        ctx.hold = True
    if unit == "year" and abs(n) == 1 and "quarter" in ctx.last:
        return "DATE", _fmt(shift(ctx.last["quarter"], "year", n, keep_finer=True))
    ref = ctx.narrative("day" if unit in ("day", "night", "week") else "any")
    if ref is None:
        return "DATE", None
    if unit == "night":
        unit = "day"
    return "DATE", _fmt(shift(ref, unit, n, keep_finer=True))


def b_duration(m: re.Match[str], ctx: Context) -> Built | None:
    unit = m["unit"]
    if unit_key(unit) == "night" or unit_key(unit) not in UNITS:
        return None
    num_text = m["num"]
    num = parse_number(num_text)
    if num is None and num_text.lower().strip() not in VAGUE and "dozens" not in num_text:
        return None
    if m["set"]:
        return "SET", duration_value(1, unit)
    return "DURATION", duration_value(num, unit)


def b_bare_units(m: re.Match[str], ctx: Context) -> Built | None:
    return "DURATION", duration_value(None, m["unit"])


def b_set_every(m: re.Match[str], ctx: Context) -> Built | None:
    what = m["unit"]
    if re.fullmatch(WEEKDAY, what):
        return "SET", f"XXXX-WXX-{_weekday_num(what) + 1}"
    key = unit_key(what.lower())
    if key in PART_OF_DAY:
        return "SET", f"T{PART_OF_DAY[key]}"
    n = m["n"]
    count = 2 if n and n.lower() == "other" else (parse_number(n) if n else 1)
    if count is None:
        return None
    return "SET", duration_value(count, key)


_ADVERB_SET = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
}


_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+$", re.I)


def b_set_adverb(m: re.Match[str], ctx: Context) -> Built | None:
    """ "paid monthly", "daily": a SET; "the quarterly report" (an adjective after a determiner)
    describes the noun, not a recurring time, and is left out."""
    before = ctx.text[max(0, m.start() - 8) : m.start()]
    after = ctx.text[m.end() : m.end() + 2]
    if _DETERMINER_BEFORE.search(before) and re.match(r"\s[a-z]", after):
        return None
    return "SET", _ADVERB_SET[m.group(0).lower()]


def b_weekday_plural(m: re.Match[str], ctx: Context) -> Built | None:
    return "SET", f"XXXX-WXX-{_weekday_num(m['wd']) + 1}"


_RATE_BEFORE = re.compile(
    r"(?:\d|%|\bcents?|\bdollars?|\bmillion|\bbillion|\btrillion|\bpercent|\bpounds|\beuros|\byuan"
    r"|\byen|\btimes|\btwice|\bonce|\bthrice|\btons|\bbarrels)\s*$",
    re.IGNORECASE,
)


def b_per_unit(m: re.Match[str], ctx: Context) -> Built | None:
    """ "$5 a year", "twice a week": a rate, so a SET; otherwise not this rule's business."""
    if not _RATE_BEFORE.search(ctx.text[max(0, m.start() - 12) : m.start()]):
        return None
    return "SET", duration_value(1, m["unit"])


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
    base = format_point(Point("day", *_ymd(day))) if day else "XXXX-XX-XX"
    return "TIME", f"{base}T{hour:02d}:{minute:02d}"


def b_year(m: re.Match[str], ctx: Context) -> Built | None:
    year = int(m["y"])
    if ctx.anchor and year > ctx.anchor.year + 30:
        return None
    if m["fiscal"]:
        return "DATE", f"FY{year:04d}"
    return "DATE", f"{year:04d}"


def b_decade(m: re.Match[str], ctx: Context) -> Built | None:
    if m["dec"]:
        return "DATE", m["dec"][:3]
    d = int(m["d2"])
    century = 19
    if ctx.anchor and (2000 + 10 * d) <= ctx.anchor.year:
        century = 20 if d <= (ctx.anchor.year % 100) // 10 and ctx.anchor.year >= 2010 else 19
    return "DATE", f"{century}{d}"


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def b_decade_word(m: re.Match[str], ctx: Context) -> Built | None:
    return "DATE", f"19{_DECADE_WORDS[m['w'].lower()]}"


_CENTURY_WORDS = {
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty first": 21,
}


def b_century(m: re.Match[str], ctx: Context) -> Built | None:
    n = int(m["n"]) if m["n"] else _CENTURY_WORDS[re.sub(r"\s+", " ", m["w"].lower())]
    return "DATE", f"{n - 1:02d}"


def b_season(m: re.Match[str], ctx: Context) -> Built | None:
    name = m["s"].lower()
    mod = (m["mod"] or "").lower()
    if name == "fall" and not (mod or m["y"] or m["the"]):
        return None
    if name == "fall" and m["the"] and not (mod or m["y"]):
        if re.match(r"\s+of\b(?!\s+\d{4})", ctx.text[m.end() : m.end() + 10]):
            return None
    if not (mod or m["y"] or m["the"]) and _in_name(ctx.text, m.start("s")):
        return None  # "Silver Spring", "Palm Springs Road": a place
    code = SEASON_CODES[name]
    if m["y"]:
        return "DATE", f"{int(m['y']):04d}-{code}"
    ref = ctx.anchor
    if ref is None:
        return "DATE", f"XXXX-{code}"
    year = ref.year
    ref_month = month_of(ref)
    if ref_month is not None:
        current = season_of(ref_month)
        order = ("WI", "SP", "SU", "FA")
        before = order.index(code) < order.index(current)
        if mod in ("last", "past"):
            year = year if before else year - 1
        elif mod in ("next", "coming"):
            year = year + 1 if (before or code == current) else year
        elif mod != "this":
            tense = ctx.tense(m.start(), m.end())
            if tense == "past" and not before and code != current:
                year -= 1
            elif tense == "future" and before:
                year += 1
    return "DATE", f"{year:04d}-{code}"


def _in_name(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` follows a capitalised word (part of a name)."""
    before = text[max(0, start - 30) : start]
    m = re.search(r"\b([A-Z][a-z]+) $", before)
    return text[start : start + 1].isupper() and m is not None and m.group(1).lower() not in _LEADS


# Capitalised words that lead into a season rather than name a place ("In Spring", "Early Fall").
_LEADS = {"in", "on", "by", "since", "until", "during", "this", "last", "next", "early", "late"}
_LEADS |= {"every", "each", "of", "and", "the", "that", "for", "from", "after", "before", "through"}


# A holiday this many days after the anchor, told in the past tense, is still this year's.
HOLIDAY_EVE_DAYS = 3


def b_holiday(m: re.Match[str], ctx: Context) -> Built | None:
    name = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    if m["y"]:
        return "DATE", _fmt(_holiday_day(name, int(m["y"])))
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
    return "DATE", _fmt(_holiday_day(name, year))


def _holiday_day(name: str, year: int) -> Point:
    if name in HOLIDAYS:
        month, day = HOLIDAYS[name]
        return Point("day", year, month, day)
    if name.startswith("thanksgiving"):
        d = weekday_date(date(year, 11, 1), 3, 1) + timedelta(days=21)
    elif name == "labor day":
        d = weekday_date(date(year, 9, 1), 0, 1)
    else:  # memorial day: the last Monday of May
        d = weekday_date(date(year, 5, 31), 0, -1)
    return Point("day", *_ymd(d))


def b_week_of(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the week of Oct. 5": handled as the ISO week of that day."""
    month, day = _month_num(m["mon"]), int(m["d"])
    year = _year_for_day(ctx.anchor, month, day) if ctx.anchor else None
    if year is None:
        return "DATE", None
    p = _safe_date(year, month, day)
    d = p.as_date() if p else None
    return ("DATE", format_point(week_point(d))) if d else None


# --- rules -----------------------------------------------------------------------------------

_I = re.IGNORECASE


_MONTH_WORDS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_WEEKDAY_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri "
    "sat sun"
)
_UNIT_WORDS = (
    "second seconds minute minutes hour hours day days night nights week weeks fortnight "
    "fortnights month months quarter quarters year years decade decades century centuries"
)
TRIGGERS: dict[str, str] = {
    "iso": "#",
    "numeric": "#",
    "day_month": _MONTH_WORDS,
    "month_day": _MONTH_WORDS,
    "month_year": _MONTH_WORDS,
    "week_of": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "weekday": _WEEKDAY_WORDS,
    "deictic_day": "today tonight yesterday tomorrow night morning afternoon evening",
    "present": "now currently presently nowadays days present being moment",
    "past": "recently lately past upon recent",
    "vague_span": "recent coming next",
    "adjective_ref": "current recent",
    "future": "future soon term come",
    "relative_unit": "day week weekend month quarter year decade century",
    "the_unit": "year quarter month week day period",
    "the_weekend": "weekend",
    "year_earlier": "year",
    "quarter": "quarter q",
    "year_period": "quarter period",
    "spoken_year": "eighteen nineteen twenty thousand",
    "half": "half",
    "ago": "ago",
    "later_earlier": "later earlier before after",
    "duration": _UNIT_WORDS,
    "bare_units": "years months weeks days decades centuries hours",
    "set_every": "every each per",
    "set_adverb": "daily nightly weekly monthly quarterly annually yearly hourly",
    "weekday_plural": "mondays tuesdays wednesdays thursdays fridays saturdays sundays",
    "per_unit": "year month week day",
    "clock": "# noon midnight",
    "year": "#",
    "decade": "#",
    "decade_word": "twenties thirties forties fifties sixties seventies eighties nineties",
    "century": "century",
    "season": "spring summer autumn fall winter",
    "holiday": "christmas year independence halloween valentine boxing thanksgiving labor memorial",
}


# Rules whose trigger sits at the end of the match need little room after it (the lookaheads
# must still see real text: a window cut short would make `$` and `(?!\d)` match falsely).
WINDOWS: dict[str, tuple[int, int]] = {
    "duration": (56, 24),
    "ago": (56, 8),
    "later_earlier": (56, 24),
    "bare_units": (8, 16),
    "per_unit": (8, 16),
    "deictic_day": (16, 32),
    "present": (24, 24),
    "adjective_ref": (16, 24),
    "set_adverb": (4, 4),
    "weekday_plural": (4, 4),
    "decade_word": (24, 8),
    "season": (24, 24),
    "holiday": (8, 24),
}


def _r(name: str, pattern: str, build: Builder, priority: int = 0) -> Rule:
    triggers = frozenset(TRIGGERS[name].split())
    window = WINDOWS.get(name, (48, 48))
    return Rule(name, re.compile(pattern, _I), build, priority, triggers, window)


_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?\s+)?"
_ORD_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_APPROX = (
    r"(?:nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least|around|roughly|up\s+to)"
)

RULES: tuple[Rule, ...] = (
    _r(
        "iso",
        r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d))?\b",
        b_iso,
        5,
    ),
    _r(
        "numeric",
        r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])",
        b_numeric,
        5,
    ),
    _r(
        "day_month",
        rf"\b{_WD_PREFIX}(?:the\s+)?{_ORD_DAY}\s+(?:of\s+)?(?P<mon>{MONTH_ANY})(?:,?\s+(?P<y>\d{{4}})(?!\d))?",
        b_day_month,
        4,
    ),
    _r(
        "month_day",
        rf"\b{_WD_PREFIX}(?P<mon>{MONTH_ANY})\s+{_ORD_DAY}(?:,?\s+(?P<y>\d{{4}})(?!\d))?",
        b_day_month,
        4,
    ),
    _r(
        "month_year", rf"\b(?P<mon>{MONTH_ANY}),?\s+(?:of\s+)?(?P<y>\d{{4}})(?!\d)", b_month_year, 3
    ),
    _r("week_of", rf"\bthe\s+week\s+of\s+(?P<mon>{MONTH_ANY})\s+{_ORD_DAY}", b_week_of, 4),
    _r(
        "month",
        rf"\b(?:(?P<mod>last|next|this)\s+)?(?P<mon>{MONTH_FULL})"
        r"(?:\s+(?P<yrel>last|next|this)\s+year\b(?!['’-]))?",
        b_month,
        1,
    ),
    _r(
        "weekday",
        rf"\b(?:(?P<mod>last|next|this|coming|past)\s+)?(?P<wd>{WEEKDAY})(?!s\b)"
        rf"(?:\s+(?P<part>{PART}))?",
        b_weekday,
        2,
    ),
    _r(
        "deictic_day",
        rf"\b(?P<w>today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))"
        rf"(?:\s+(?P<part>{PART}))?\b",
        b_deictic_day,
        2,
    ),
    _r(
        "present",
        r"\b(?:now|currently|presently|nowadays|these\s+days|the\s+present(?:\s+time)?|"
        r"the\s+time\s+being|(?<=at\s)the\s+moment|(?<=at\s)present|the\s+present\s+day|"
        r"right\s+now|just\s+now)\b",
        b_present,
    ),
    _r(
        "past",
        r"\b(?:(?:more\s+|most\s+)?recently|lately|the\s+past|once\s+upon\s+a\s+time"
        r"|recent\s+times)\b(?![-’'])",
        b_past,
    ),
    _r(
        "vague_span",
        r"\b(?:(?P<rec>recent)|the\s+(?:coming|next\s+(?:few|several|many)))\s+"
        r"(?P<unit>days|weeks|months|quarters|years|decades)\b",
        b_vague_span,
        1,
    ),
    _r(
        "adjective_ref",
        r"(?<!\bmost\s)(?<!\bmore\s)\b(?P<a>current|recent)(?=\s+[a-z])(?!\s+(?:account|accounts|"
        r"affairs|events|and|or|of|to|in|is|was|are|were|has|had|generations)\b)",
        b_adjective_ref,
    ),
    _r(
        "future",
        r"\b(?:the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|soon|"
        r"the\s+(?:months\s+and\s+)?years\s+to\s+come|the\s+(?:near|short|long|medium)\s+term)\b",
        b_future,
    ),
    _r(
        "relative_unit",
        rf"\b(?P<the>the\s+)?(?P<mod>last|past|previous|preceding|prior|this\s+past|this|current|same|"
        rf"that|next|coming|following|upcoming)\s+(?P<unit>{CAL_UNIT})\b(?!-|['’](?!s\b))",
        b_relative_unit,
        1,
    ),
    _r("the_weekend", r"\bthe\s+weekend\b", b_the_weekend),
    _r(
        "the_unit",
        r"\b(?P<the>the\s+)(?:(?P<mod>latest|current|recent|full|fiscal|(?:latest|current)\s+fiscal)"
        r"\s+)?(?P<unit>year|quarter|month|week|day|period)\b"
        r"(?![-’']|\s+(?:of|earlier|ago|before|after|later|to\s+come)\b)",
        b_the_unit,
    ),
    _r(
        "year_earlier",
        r"\b(?:(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?year[-\s](?:earlier|ago)\s+"
        r"(?:(?P<ord>first|second|third|fourth)\s+)?(?:quarter|period|months?)\b"
        r"|year-(?:earlier|ago)\b(?!\s+(?:quarter|period|months?)\b)"
        r"|(?:the\s+)?(?:a\s+)?year\s+(?:earlier|ago|before)\b)",
        b_year_earlier,
        1,
    ),
    _r(
        "quarter",
        r"\b(?:(?P<yrel>this|last|next)\s+year['’]s\s+|(?:the|its|their)\s+(?!(?:first|second|third|fourth)-)"
        r"|the\s+(?=fiscal))?(?:fiscal[\s-]+)?(?:(?P<y2>\d{4})\s+)?"
        r"(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
        r"[\s-]+(?:fiscal[\s-]+)?quarter(?!s)(?:\s+of\s+(?:fiscal\s+)?(?P<y>\d{4})|\s+of\s+the\s+year)?\b"
        r"|(?-i:\bQ(?P<q>[1-4]))\b(?:\s+(?P<y3>\d{4}))?",
        b_quarter,
        2,
    ),
    _r(
        "year_period",
        r"\bthe\s+(?P<y>1[5-9]\d\d|20\d\d)\s+(?P<unit>quarter|period)\b",
        b_year_period,
        2,
    ),
    _r(
        "spoken_year",
        rf"\b(?:the\s+year\s+)?(?P<c>eighteen|nineteen|twenty)\s+(?P<yy>{_SPOKEN_YY})\b(?![-\s](?:{UNIT}))"
        rf"|\bthe\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?P<tt>{'|'.join(_ONES + _TEENS)}))?\b"
        rf"|(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bof\s)|(?<=\bsince\s)|(?<=\buntil\s))two\s+thousand"
        rf"(?:\s+(?:and\s+)?(?P<t2>{'|'.join(_ONES + _TEENS)}))?\b(?!\s+[a-z]+s\b)",
        b_spoken_year,
        2,
    ),
    _r(
        "half",
        r"\b(?:the\s+)?(?P<ord>first|second)\s+half(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>\d{4})|the\s+year))?\b",
        b_half,
        1,
    ),
    _r(
        "ago",
        rf"\b(?:{_APPROX}\s+)?(?P<num>{NUM})[\s-]+(?P<unit>{UNIT}|nights?)\s+ago\b",
        b_ago,
        3,
    ),
    _r(
        "later_earlier",
        rf"\b(?:{_APPROX}\s+)?(?P<num>{NUM})[\s-]+(?P<unit>{UNIT}|nights?)\s+"
        r"(?P<dir>later|earlier|before|after)(?=\s*(?:[,.;:!?)]|$|\s+(?:and|but|when|as|that)\b))",
        b_later_earlier,
        3,
    ),
    _r(
        "duration",
        rf"\b(?P<set>(?:once|twice|\w+\s+times)\s+(?:a|per|every)\s+)?"
        rf"(?:{_APPROX}\s+)?(?:the\s+(?:(?:first|last|past|next|previous|final|coming|following)\s+"
        rf"|(?!(?:{NUM})-(?:{UNIT})\b)))?"
        rf"(?P<num>{NUM})(?:\s+|-)(?P<unit>{UNIT})\b(?!-old|-olds)",
        b_duration,
        1,
    ),
    _r(
        "bare_units",
        r"(?:(?<=\bfor )|(?<=\bover ))(?P<unit>years|months|weeks|days|decades|centuries|hours)\b",
        b_bare_units,
    ),
    _r(
        "set_every",
        rf"\b(?:every|each|per)\s+(?:(?P<n>other|{NUM})\s+)?(?P<unit>{WEEKDAY}|(?:day|week|month|quarter|"
        rf"year|hour|minute|morning|afternoon|evening|night)s?)\b",
        b_set_every,
        1,
    ),
    _r(
        "set_adverb",
        r"\b(?:daily|nightly|weekly|monthly|quarterly|annually|yearly|hourly)\b",
        b_set_adverb,
    ),
    _r(
        "weekday_plural",
        r"(?-i:\b(?P<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b)",
        b_weekday_plural,
    ),
    _r("per_unit", r"\ba\s+(?P<unit>year|month|week|day)\b", b_per_unit, 2),
    _r(
        "clock",
        r"\b(?:(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)"
        r"(?:\s+(?:(?-i:[ECMP][SD]T|GMT|UTC)\b))?|(?P<word>noon|midnight))",
        b_clock,
        2,
    ),
    _r(
        "year",
        r"(?<![\d$£€#.,/-])\b(?P<fiscal>fiscal(?:\s+year)?\s+)?(?P<y>1[5-9]\d\d|20\d\d)\b(?![\d%]|[.,]\d|-\d|\s*(?:percent|per\s+cent)\b|\s+block\b)",
        b_year,
    ),
    _r("decade", r"\b(?:the\s+)?(?:(?P<dec>1[0-9]\d0|20\d0)|['’](?P<d2>\d)0)['’]?s\b", b_decade, 1),
    _r(
        "decade_word",
        r"\bthe\s+(?:(?:early|late|mid)[\s-]+)?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
        b_decade_word,
    ),
    _r(
        "century",
        r"\b(?:the\s+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>eighteenth|nineteenth|twentieth|twenty[-\s]first))"
        r"[\s-]+century\b",
        b_century,
        1,
    ),
    _r(
        "season",
        r"\b(?P<the>the\s+)?(?:(?P<mod>last|this|next|past|coming)\s+)?(?P<s>spring|summer|autumn|winter|fall)"
        r"(?:\s+(?:of\s+)?(?P<y>\d{4})(?!\d))?\b(?![-’'])",
        b_season,
    ),
    _r(
        "holiday",
        rf"\b(?:(?P<mod>last|next|this)\s+)?(?P<h>{HOLIDAY_RE})(?:\s+(?P<y>\d{{4}})(?!\d))?",
        b_holiday,
        1,
    ),
)

# Modifiers that extend a resolved DATE leftwards without changing its value.
PREFIXES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"(?:\bthe\s+)?(?:very\s+)?\b(?:end|beginning|start|middle|close|turn|rest|remainder|first\s+part"
        r"|latter\s+part|early\s+part)\s+of\s+$",
        _I,
    ),
    re.compile(r"(?:\bthe\s+)?\b(?:early|late|mid)(?:\s+|-)$", _I),
    re.compile(r"\b(?:earlier|later)\s+(?=$)", _I),
)
PREFIX_NEEDS_DEICTIC = 2
"""Index of the prefix ("earlier", "later") allowed only before this/last/next/that."""
