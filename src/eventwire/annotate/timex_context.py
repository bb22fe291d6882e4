"""What every TIMEX3 builder shares: the `Context` it resolves against, the `Rule` type, helpers.

The builders live in modules by kind of expression (calendar dates, longer periods, relative
expressions, durations and sets); the reference point they consult, the record of the
narrative's dates and the small conversions they all use are defined once here, so those
modules depend on this one and not on each other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..records import TimeType
from .timex_lexicon import TimeWords
from .timex_normalise import Point, format_point

Built = tuple[TimeType, str | None]

OF_AFTER = re.compile(r"\s+of\b")
"""An "of" right after a match: "the first half of February", "the last of the talks"."""


@dataclass
class Context:
    """What a builder may consult: the anchor, the clause tense, and the narrative so far."""

    text: str
    anchor: Point | None
    tense: Callable[[int, int], str | None]
    words: TimeWords
    """The language's time vocabulary, which the builders read."""
    part_of_day: bool = False
    last: dict[str, Point] = field(default_factory=dict)
    """The latest concrete date mentioned, by key: any, day, month, quarter, year; first_past:
    the month of the first day or month told before the anchor's month."""
    direct_tense: Callable[[int, int], str | None] = field(default=lambda s, e: None)
    """The tense of a verb that governs the span itself (through at most a preposition), or
    None: firmer evidence than the clause's tense, needed before a full date is moved."""
    deadline: Callable[[int, int], bool] = field(default=lambda s, e: False)
    """Whether a verb that moves a time later ("postponed", "extended", "has given them")
    governs the span: a day named after "until" is then the one to come."""
    in_noun_clause: Callable[[int, int], bool] = field(default=lambda s, e: False)
    """Whether the first verb above the span modifies a noun, a participle or a relative clause
    ("will examine calls made after October 28"): the span then hangs on no future verb."""
    ran_up_to: Callable[[int, int], bool] = field(default=lambda s, e: False)
    """Whether the span is the end point of a verb told in the past ("rose through March"):
    the span ran up to it, which lies behind."""
    subject: Callable[[int, int], bool] = field(default=lambda s, e: False)
    """Whether the parse makes the span the subject of a clause ("since Monday is a holiday"):
    a word before it then leads that clause, not the span."""
    still_present: Callable[[int, int], bool] = field(default=lambda s, e: False)
    """Whether the span's clause, though the tense reads past, tells a present: a present
    perfect ("it has been a tough week") or a past reported by a verb of saying ("said it was
    a great day": the speaker's present)."""
    measured: Callable[[int, int], bool] = field(default=lambda s, e: False)
    """Whether the span names the period of a measured figure ("the October consumer prices",
    "sales for May"): the month nearest the anchor, whatever the tense."""
    day_first: bool | None = None
    """How the text writes numeric dates: day first (3/12/2020 is 3 December), month first, or
    None when neither the site nor the text's other dates tell (then slashes are month first
    and dots day first)."""
    months_reported: bool = False
    """Whether the period under report last told is a count of months ("the first nine
    months") rather than a quarter: a year-ago comparison that follows ("up from $5 million a
    year earlier") is then that span a year back, whose value is the year, not the quarter told
    before moved back a year."""
    reported_months: str | None = None
    """The length of that count of months (P9M): "the year-earlier period" after it is as long."""
    anchor_hour: int | None = None
    """The hour of the publication time when the anchor gives one (and the anchor's day is
    the publication's): "six hours ago" told at 03:00 is the day before."""
    probing: bool = False
    """Set while candidates are looked for, before the narrative is read: a builder that needs
    the narrative's dates (`last`) then only says whether its words are a time at all."""
    clock_day: Point | None = None
    """The day a clock time told without its day falls on: the latest day told, but not one
    told as the start of a span that reaches the present ("seven dead since Labor Day. ... an
    argument broke out around 11 p.m." is the night of the shooting, not Labor Day)."""
    clock_hour: int | None = None
    """The hour of the clock time last told on `clock_day`, None where that day came without
    one: an a.m. hour told after a p.m. one on that day is the next morning ("began at 4 p.m.
    Saturday ... returned home by 6 a.m.")."""
    hold: bool = False
    """Set by a builder whose value is a point of comparison ("a year earlier", "a year ago"):
    such a value does not move the narrative, so the next "the quarter" is still the one
    reported, not the year-ago one."""

    @property
    def anchor_date(self) -> date | None:
        return self.anchor.as_date() if self.anchor else None

    def reported_quarter(self) -> Point | None:
        """The quarter under report, unless a count of months was reported since."""
        return None if self.months_reported else self.last.get("quarter")

    def story_year(self, phrase: str) -> int | None:
        """The year of "the following year", "that same year" after "of" ("the spring of the
        following year", "March of that year"): counted from the year of the latest date told,
        as "the following year" alone is, not from the anchor."""
        mod = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", phrase.lower()))
        ref = self.narrative("year")
        offset = self.words.rel_offset.get(mod)
        return None if ref is None or offset is None else ref.year + offset

    def narrative(self, gran: str = "any") -> Point | None:
        """The narrative's current date at `gran` (latest mention), else the anchor."""
        return self.last.get(gran) or self.last.get("any") or self.anchor

    def remember(self, value: str | None, point: Point | None) -> None:
        if point is None:
            if value and value.isdigit() and len(value) == 3:  # a decade ("the 1980s": 198)
                self.last["decade"] = Point("decade", int(value) * 10)
                self.last["story_decade"] = self.last["decade"]
            return
        self.last["any"] = point
        # "It closed in 1985. The following decade ...": the decade of the latest date told
        self.last["story_decade"] = Point("decade", point.year - point.year % 10)
        if point.gran == "quarter":
            self.months_reported = False
        key = {
            "day": "day",
            "month": "month",
            "quarter": "quarter",
            "half": "half",
            "year": "year",
        }.get(point.gran)
        if key:
            self.last[key] = point
        if point.gran in ("day", "month"):
            self._remember_first_past(point)
            # "It was rebuilt in June 2015. The following year ...": the year of the latest
            # date told, not of an older bare year
            self.last["year"] = Point("year", point.year)

    def tell_day(self, value: str | None, point: Point, since: bool, joined: bool) -> None:
        """Record a day just told (a date or a time on it) as the day of clock times told next,
        unless it is a span's start (`since`); a day `joined` to the clock time told right
        before it ("11 p.m. Sunday") keeps that clock time's hour."""
        if since or point.gran != "day":
            return
        self.clock_day = point
        hour = re.search(r"T(\d\d):", value or "")
        if hour or not joined:
            self.clock_hour = int(hour[1]) if hour else None

    def clock_reference(self, evening_from: int | None = None) -> date | None:
        """The day of a clock time told without its day (see `clock_day`); a night hour told
        after an hour of at least `evening_from` on that day (`timex_dates._overnight`) falls
        on the day after."""
        ref = self.clock_day or self.anchor
        day = ref.as_date() if ref else None
        if (
            day is not None
            and evening_from is not None
            and self.clock_day is not None
            and self.clock_hour is not None
            and self.clock_hour >= evening_from
        ):
            return day + timedelta(days=1)
        return day

    def _remember_first_past(self, point: Point) -> None:
        """The month of the first day or month told before the anchor's month: the story's
        event, which news tells first ("the weeks before the attack" are in that month)."""
        if "first_past" in self.last or self.anchor is None or point.month is None:
            return
        if (point.year, point.month) < (self.anchor.year, self.anchor.month or 0):
            self.last["first_past"] = Point("month", point.year, point.month)


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


def fmt(p: Point | None) -> str | None:
    """The TIMEX3 value of a point that may be missing (an unresolvable reference)."""
    return format_point(p) if p else None


def with_part(value: str | None, part: str | None, ctx: Context) -> Built:
    """A day with a part of the day: TIME; the TNI suffix only when the tagger asks for it."""
    if part is None:
        return "DATE", value
    if value and ctx.part_of_day and len(value) == 10:
        return "TIME", f"{value}T{ctx.words.part_of_day[part.lower()]}"
    return "TIME", value


def safe_date(y: int, m: int, d: int) -> Point | None:
    """A day point, or None for an impossible date ("February 30"): text is not validated."""
    try:
        return Point("day", y, m, d) if date(y, m, d) else None
    except ValueError:
        return None


def month_num(name: str, words: TimeWords) -> int:
    """The month number of a full or abbreviated name ("Sept." included)."""
    key = name.lower().rstrip(".")
    return words.months.get(key) or words.months[key[:3]]


def weekday_num(name: str, words: TimeWords) -> int:
    """The weekday number (Monday 0, as `date.weekday`) of a full or abbreviated name."""
    key = name.lower().rstrip(".")
    found = words.weekdays.get(key)
    if found is None:  # a plural ("Fridays") or a rarer spelling: its first three letters
        found = words.weekdays[key[:3]]
    return found


def prev_word(ctx: Context, pos: int) -> str:
    """The lower-cased word before `pos`: the cue that licenses or rules out some matches."""
    m = re.search(r"([A-Za-z$%'’]+)\W*$", ctx.text[max(0, pos - 25) : pos])
    return m.group(1).lower() if m else ""


def ymd(d: date) -> tuple[int, int, int]:
    """A date's parts, to build a day `Point` from it."""
    return d.year, d.month, d.day
