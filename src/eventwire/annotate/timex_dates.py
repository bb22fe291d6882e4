"""TIMEX3 builders for calendar dates: days, months, weekdays, clock times, holidays.

These name a day or a month directly ("March 5", "5/3/2020", "Saturday", "Christmas", "3 p.m.");
when the year is left out, it is chosen against the anchor and the tense of the clause.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from dateutil.easter import easter

from .timex_context import (
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
from .timex_lexicon import TimeWords, alternation
from .timex_normalise import (
    Point,
    format_point,
    month_of,
    nearest_year,
    parse_value,
    shift,
    week_point,
    weekday_date,
)


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
    if groups.get("word_after") and prev_word(ctx, m.start()) not in ctx.words.date_prepositions:
        return None
    month = month_num(groups["mon"] or groups.get("mon2") or "", ctx.words)
    words = groups.get("dw") or groups.get("dw2") or groups.get("dw3")
    day = (
        ctx.words.day_ordinals[re.sub(r"[-\s]+", "-", words.lower())] if words else int(groups["d"])
    )
    if m["y"]:
        year = int(m["y"])
    elif groups.get("c"):  # "the fourth of July, nineteen forty-six"
        year = ctx.words.spoken_year(groups["c"], groups["yy"])
    elif groups.get("yrel") and ctx.anchor:  # "on March 3 last year"
        year = ctx.anchor.year + ctx.words.rel_offset[groups["yrel"].lower()]
    elif groups.get("yana") and (told := ctx.story_year(groups["yana"])) is not None:
        year = told  # "on March 3 of the following year"
    elif groups.get("dmod") and ctx.anchor:
        # "by next Oct. 1", "since last March 3": the first such day ahead of (behind) the anchor
        offset = ctx.words.name_modifiers[re.sub(r"\s+", " ", groups["dmod"].lower())]
        year = year_for_day(ctx.anchor, month, day, {-1: "past", 1: "future"}.get(offset))
    elif ctx.anchor:
        weekday = weekday_num(m["wd"], ctx.words) if m["wd"] else None
        if end_point(ctx, m.start()):
            # "rose until March 3": the end point of a past verb lies behind, as a month's;
            # "will repay the loan by Dec. 31": a deadline in a future clause lies ahead
            if _past_end_point(ctx, m.start(), m.end()):
                clause: str | None = "past"
            else:
                clause = "future" if ctx.tense(m.start(), m.end()) == "future" else None
        else:
            clause = ctx.tense(m.start(), m.end())
        direct = ctx.direct_tense(m.start(), m.end())
        if (
            direct is None
            and clause != "past"
            and _planned_for(ctx.words).search(ctx.text, max(0, m.start() - 30), m.start())
        ):
            direct = "future"  # "the vote is scheduled for Nov. 3": the day planned lies ahead
        if direct is None and prev_word(ctx, m.start()) in ended_words(ctx.words):
            direct = "past"  # "the quarter ended Nov. 30": a period already closed
        if (
            clause == "future"
            and prev_word(ctx, m.start()) not in deadline_leads(ctx.words)
            and (
                not _start_lead(ctx.words).search(ctx.text, max(0, m.start() - 30), m.start())
                or ctx.in_noun_clause(m.start(), m.end())
            )
        ):
            clause = None  # "will be tried for the January 6 attack": not the day planned
        year = year_for_day(ctx.anchor, month, day, direct, weekday, clause)
    else:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    p = safe_date(year, month, day)
    return ("DATE", format_point(p)) if p else None


@cache
def deadline_leads(words: TimeWords) -> frozenset[str]:
    """The words before a day that make it a deadline (`deadline_leads`): under a future clause
    ("will repay the loan by Dec. 31", "must finish before Dec. 31") the day lies ahead."""
    return frozenset(w.lower() for w in words.lexicon.entries("time/deadline_leads"))


@cache
def ended_words(words: TimeWords) -> frozenset[str]:
    """The past participles that close a period before its last day (`period_ended_words`)."""
    return frozenset(w.lower() for w in words.lexicon.entries("time/period_ended_words"))


def year_for_day(
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
    past tense. A future clause moves a date more than `FAR_BEHIND_DAYS` behind to its coming
    year, in the same way.
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
        if tense is None and clause_tense == "future" and gap < -FAR_BEHIND_DAYS:
            wrong_side = True
        wrong_day = weekday is not None and d.weekday() != weekday
        scored.append((int(wrong_day), int(wrong_side), abs(gap), y))
    return min(scored)[-1] if scored else anchor.year


# A month and day this far ahead of publication, told in a past-tense clause, is last year's.
FAR_AHEAD_DAYS = 60
# A month and day this far behind publication, told in a future clause ("will take effect as of
# January 1" in a March paper), is next year's: a plan rarely names a day weeks gone.
FAR_BEHIND_DAYS = 31


@cache
def _edge(words: TimeWords) -> re.Pattern[str]:
    """What may stand between an end-point word and its date: "until mid-", "until 9 a.m.",
    "until 8 p.m. ET" (a zone of `clock_zones`)."""
    return re.compile(
        rf"(?:\b(?:{alternation(words.edge_words)})[\s-]*"
        rf"|\b(?:\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\.?|{alternation(list(words.clock_words))})"
        rf"(?:\s+{words.clock_zone})?,?\s+)$",
        re.I,
    )


def end_point(ctx: Context, start: int) -> bool:
    """A date named as an end point or deadline ("extended to Aug. 6", "until mid-November",
    "until 9 a.m. Tuesday"): the clause's tense does not place it."""
    edge = _edge(ctx.words).search(ctx.text, max(0, start - 30), start)
    return prev_word(ctx, edge.start() if edge else start) in ctx.words.end_point_words


@cache
def _since_words(words: TimeWords) -> frozenset[str]:
    return frozenset(w.lower() for w in words.lexicon.entries("time/since_words"))


def since_point(ctx: Context, start: int, end: int) -> bool:
    """A time named as the start of a span that reaches the time of telling ("the talks will be
    the first since June", "closed since early Monday", `since_words`): it lies behind, whatever
    the clause's tense. "since" as a conjunction, the time the subject of its clause ("since
    Monday is a holiday"), names no start."""
    if ctx.subject(start, end):
        return False
    edge = _edge(ctx.words).search(ctx.text, max(0, start - 30), start)
    return prev_word(ctx, edge.start() if edge else start) in _since_words(ctx.words)


def _past_end_point(ctx: Context, start: int, end: int) -> bool:
    """An end point of a verb told in the past ("sales rose through March", "fighting went on
    until May"): the span ran up to it and is over, so it lies behind. "until" and "through"
    name a deadline ahead only with a verb in the present or future, an infinitive ("agreed to
    hold prices through March"), or a verb that moves a time later ("postponed until March",
    which the past does not place)."""
    return ctx.ran_up_to(start, end) and not ctx.deadline(start, end)


def b_month_year(m: re.Match[str], ctx: Context) -> Built | None:
    year = int(m["y"]) if m["y"] else ctx.words.spoken_year(m["c"], m["yy"])
    return "DATE", f"{year:04d}-{month_num(m['mon'], ctx.words):02d}"


def b_month(m: re.Match[str], ctx: Context) -> Built | None:
    name = m["mon"]
    mod = re.sub(r"\s+", " ", (m["mod"] or "").lower())
    if name in ctx.words.ambiguous_months and not (mod or m["amod"]):
        if (
            prev_word(ctx, m.start()) not in ctx.words.ambiguous_month_leads
            and not _planned_for(ctx.words).search(ctx.text, max(0, m.start() - 30), m.start())
            and not ctx.measured(m.start(), m.end())
        ):
            return None
    month = month_num(name, ctx.words)
    if m["yana"] and (told := ctx.story_year(m["yana"])) is not None:
        return "DATE", f"{told:04d}-{month:02d}"  # "March of the following year"
    if m["amod"] and not m["yrel"]:
        return "DATE", _story_month(m, month, ctx)
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    ref_month = month_of(ctx.anchor)
    year = ctx.anchor.year
    if m["yrel"]:  # "October last year"
        year += ctx.words.rel_offset[m["yrel"].lower()]
    elif ctx.words.name_modifiers.get(mod) == -1:
        if ref_month is not None and month >= ref_month:
            year -= 1
    elif ctx.words.name_modifiers.get(mod) == 1:
        if ref_month is not None and month <= ref_month:
            year += 1
    elif ctx.words.name_modifiers.get(mod) != 0:
        if (back := years_back(ctx, m.start(), m.end())) is not None:
            year -= back  # "two years ago in May", "in June three years ago"
        elif end_point(ctx, m.start()):
            if _past_end_point(ctx, m.start(), m.end()):
                year = nearest_year(ctx.anchor, month, tense="past")  # "rose until March"
            elif ctx.tense(m.start(), m.end()) == "future":
                # "expect the dam to be finished by September" in February: a deadline ahead
                year = nearest_year(ctx.anchor, month, tense="future")
            else:
                year = _nearest_month_year(ctx.anchor, month)
        elif (told := span_month_year(ctx, m.start(), month)) is not None:
            year = told
        elif (told := sentence_year(ctx, m.start())) is not None:
            year = told
        elif since_point(ctx, m.start(), m.end()):
            year = nearest_year(ctx.anchor, month, tense="past")  # "the first since June"
        elif ctx.measured(m.start(), m.end()):
            year = _measured_month_year(ctx.anchor, month)  # "will report October prices"
        else:
            year = nearest_year(ctx.anchor, month, tense=ctx.tense(m.start(), m.end()))
    return "DATE", f"{year:04d}-{month:02d}"


@cache
def _years_ago(words: TimeWords) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A count of units back told right before a month or a weekday ("two years ago in May", "a
    week ago Friday") or right after it ("in May two years ago")."""
    ago = alternation(words.lexicon.entries("time/ago_words"))
    core = rf"(?P<num>{words.num})\s+(?P<unit>{words.unit})\s+(?:{ago})"
    preps = alternation(words.lexicon.entries("time/event_prepositions"))
    return (
        re.compile(rf"\b{core},?\s+(?:(?:{preps})\s+)?$", re.IGNORECASE),
        re.compile(rf",?\s+{core}\b", re.IGNORECASE),
    )


def years_back(ctx: Context, start: int, end: int) -> int | None:
    """How many years back a month is told by a count of years with "ago" beside it, or None."""
    before, after = _years_ago(ctx.words)
    told = before.search(ctx.text, max(0, start - 40), start) or after.match(ctx.text, end)
    return _whole_count(ctx, told, "year")


def _counted_back(ctx: Context, start: int, unit: str) -> int | None:
    """How many `unit`s back a count with "ago" right before `start` tells ("a week ago
    Friday"), or None; after a comma ("a week ago, on Friday") the weekday restates the time,
    the one just past."""
    told = _years_ago(ctx.words)[0].search(ctx.text, max(0, start - 40), start)
    return None if told is None or "," in told[0] else _whole_count(ctx, told, unit)


def _whole_count(ctx: Context, told: re.Match[str] | None, unit: str) -> int | None:
    """The whole count of `unit`s told, a larger unit counted in it ("a decade ago in April"
    is ten years back, "a fortnight ago Friday" two weeks)."""
    if told is None:
        return None
    key = ctx.words.unit_key(told["unit"])
    times = _times_in(ctx, key, unit)
    n = ctx.words.parse_number(told["num"])
    if times is None or n is None or not float(n).is_integer():
        return None
    return int(n) * times


def _times_in(ctx: Context, key: str, unit: str) -> int | None:
    """How many `unit`s one `key` unit is (1 for the unit itself), or None."""
    if key == unit:
        return 1
    times, code = ctx.words.multiples.get(key, (0, ""))
    return times if times and code == ctx.words.units.get(unit, ("", False))[0] else None


# The first month of a season or school year told across two years ("the 2018-19 season"): a
# month from it on falls in the first year, one before it in the second.
_SPAN_TURN_MONTH = 7


@cache
def _year_span_before(words: TimeWords) -> re.Pattern[str]:
    """Two years joined by a dash and a noun of a period that runs across the new year from
    late summer (`year_span_month_nouns`), the last such in the text searched."""
    nouns = alternation(words.lexicon.entries("time/year_span_month_nouns"))
    return re.compile(
        rf"(?<![\d$])\b(?P<first>\d{{4}})\s?[-–/]\s?(?:\d{{2}}|\d{{4}})\s+(?:{nouns})\b(?!.*\b\d{{4}}\b)",
        re.IGNORECASE,
    )


def span_month_year(ctx: Context, start: int, month: int) -> int | None:
    """The year of a month told without one after a season or school year across two years in
    its sentence ("won the title in the 2018-19 season, clinching it in March": 2019; "in the
    2018-19 season ... in October": 2018), not placed from the anchor; a month ahead of the
    clause is placed from the anchor as any."""
    sentence = re.split(r"[.!?]\s", ctx.text[max(0, start - 200) : start])[-1]
    told = _year_span_before(ctx.words).search(sentence)
    if told is None or ctx.tense(start, start + 1) == "future":
        return None  # "after the 2018-19 season it was sold and will move in October"
    first = int(told["first"])
    return first if month >= _SPAN_TURN_MONTH else first + 1


def sentence_year(ctx: Context, start: int) -> int | None:
    """The year the sentence already told in figures with a month or a day before `start` ("sank
    in May 2019 and was raised in September"), when that date is the story's latest and not of
    the anchor's year: a month named after it without a year is of that year, not placed from
    the anchor. A bare year told before ("since 2019 ... in March") does not count: it is as
    often the start of a span that reaches the present."""
    latest = ctx.last.get("any")
    if latest is None or latest.gran not in ("day", "month") or ctx.anchor is None:
        return None
    if latest.year == ctx.anchor.year:
        return None
    sentence = re.split(r"[.!?]\s", ctx.text[max(0, start - 200) : start])[-1]
    return latest.year if re.search(rf"(?<![\d$])\b{latest.year:04d}\b", sentence) else None


def _story_month(m: re.Match[str], month: int, ctx: Context) -> str:
    """ "the following March", "that same June", "the previous May": the month of the story's
    year (the last date told), the first one after its date or the last one before; with no
    date told yet, "that June" is placed from the anchor by the clause's tense, as "June" is."""
    ref = ctx.narrative("any")
    if ref is None:
        return f"XXXX-{month:02d}"
    offset = ctx.words.rel_offset.get(re.sub(r"^the\s+|\s+", " ", m["amod"].lower()).strip(), 0)
    if offset == 0 and not ctx.last:
        return f"{nearest_year(ref, month, tense=ctx.tense(m.start(), m.end())):04d}-{month:02d}"
    told = month_of(ref)
    year = ref.year
    if offset > 0 and (told is None or month <= told):
        year += 1
    elif offset < 0 and (told is None or month >= told):
        year -= 1
    return f"{year:04d}-{month:02d}"


@cache
def _start_lead(words: TimeWords) -> re.Pattern[str]:
    """A word that makes the date after it the day something starts ("as of January 1")."""
    return re.compile(
        rf"\b(?:{alternation(words.lexicon.entries('time/start_leads'))})\s+$", re.IGNORECASE
    )


@cache
def _planned_for(words: TimeWords) -> re.Pattern[str]:
    """A verb of planning and its preposition right before a month ("scheduled for May")."""
    e = words.lexicon.entries
    return re.compile(
        rf"\b(?:{alternation(e('time/plan_verbs'))})[a-z]*\s+(?:{alternation(e('time/plan_leads'))})\s+$",
        re.IGNORECASE,
    )


def _nearest_month_year(anchor: Point, month: int) -> int:
    """The year of a month named as an end point ("until mid-January", "by the end of
    January"): the clause's tense does not place it, so the one nearest the anchor, which
    crosses the new year ("by mid-January" in a late-December paper is next January)."""
    ref_month = month_of(anchor)
    if ref_month is None:
        return anchor.year
    gap = month - ref_month
    return (
        anchor.year - 1 if gap > HALF_YEAR else anchor.year + 1 if gap < -HALF_YEAR else anchor.year
    )


# Months either side of the anchor within which a month named without a year is the nearest one.
HALF_YEAR = 6


def _measured_month_year(anchor: Point, month: int) -> int:
    """The year of a month that names the period of a figure ("the October consumer prices",
    "its March traffic"): figures are told once the month is over, or while it runs, or as a
    forecast of the month to come, so the month lies at most `MEASURED_AHEAD` months after the
    anchor's, whatever the tense ("will report October prices" in a November paper)."""
    ref_month = month_of(anchor)
    if ref_month is None:
        return anchor.year
    gap = month - ref_month
    if gap > MEASURED_AHEAD:
        return anchor.year - 1
    if gap <= MEASURED_AHEAD - 12:
        return anchor.year + 1
    return anchor.year


# Months after the anchor's that a figure's month may name: a forecast of next month's sales.
MEASURED_AHEAD = 1


@cache
def _every_list(words: TimeWords) -> re.Pattern[str]:
    """A list of recurring weekdays just before a weekday ("every Sunday and", "each Monday,
    Tuesday or"): the weekday that ends it recurs too."""
    every = alternation(words.lexicon.entries("time/every_words"))
    joiners = alternation(words.lexicon.entries("time/day_list_joiners"))
    return re.compile(
        rf"\b(?:{every})\s+{words.weekday}(?:\s*,\s*{words.weekday})*"
        rf"(?:\s*,\s*|\s*,?\s+(?:{joiners})\s+)$",
        re.IGNORECASE,
    )


@cache
def _ahead_of(words: TimeWords) -> re.Pattern[str]:
    """A lead that puts the weekday right after it after the time of its clause
    (`ahead_of_leads`), directly or before "the" and a possessive noun's event on that day
    ("ahead of the Fed's decision on Wednesday")."""
    leads = alternation(words.lexicon.entries("time/ahead_of_leads"))
    return re.compile(
        rf"\b(?:{leads})\s+(?:the\s+[\w.-]+['’]s?\s+(?:[a-z-]+\s+){{0,2}}(?:on\s+)?)?$",
        re.IGNORECASE,
    )


def b_weekday(m: re.Match[str], ctx: Context) -> Built | None:
    wd = weekday_num(m["wd"], ctx.words)
    mod = re.sub(r"\s+", " ", (m["mod"] or "").lower())
    part = m["part"] or m["pre"]
    if m["plural"] and not mod:  # "Tuesday nights": every Tuesday night
        return "SET", f"XXXX-WXX-{wd + 1}T{ctx.words.part_of_day[part.lower()]}"
    if not (mod or part) and _every_list(ctx.words).search(
        ctx.text, max(0, m.start() - 80), m.start()
    ):
        return "SET", f"XXXX-WXX-{wd + 1}"  # "every Sunday and Wednesday": each of them
    if not (m["amod"] or m["mod"] or m["wmod"]) and _appositive_day(ctx, m.start(), wd):
        # "on Nov. 22, a Monday,": the weekday of the date it stands beside
        return with_part(format_point(ctx.last["day"]), part, ctx)
    ref = ctx.anchor_date
    if m["amod"]:
        # "the previous Friday", "the following Monday": counted from the story's current day,
        # as "the previous day" is
        narrative = ctx.narrative("day")
        day = narrative.as_date() if narrative is not None else None
        if day is None:
            return with_part(None, part, ctx)
        offset = ctx.words.rel_offset[re.sub(r"^the\s+|\s+", " ", m["amod"].lower()).strip()]
        # "that Friday": the one of the story's week
        moved = weekday_date(day, wd, 2 * offset) if offset else day + timedelta(wd - day.weekday())
        return with_part(format_point(Point("day", *ymd(moved))), part, ctx)
    if ref is None:
        return with_part(None, part, ctx)
    if m["wmod"]:  # "Thursday of last week": that weekday of the week named
        week = ctx.words.name_modifiers.get(re.sub(r"\s+", " ", m["wmod"].lower()), 0)
        moved = ref + timedelta(days=7 * week + wd - ref.weekday())
        return with_part(format_point(Point("day", *ymd(moved))), part, ctx)
    if not mod and (weeks := _counted_back(ctx, m.start(), "week")) is not None:
        # "a week ago Friday", "two weeks ago on Sunday": that weekday, so many weeks before
        # the latest one
        moved = weekday_date(ref, wd, -1) - timedelta(days=7 * weeks)
        return with_part(format_point(Point("day", *ymd(moved))), part, ctx)
    if ctx.words.name_modifiers.get(mod) == -1:
        direction = -2
    elif ctx.words.name_modifiers.get(mod) == 1:
        direction = 2
    elif ctx.words.name_modifiers.get(mod) == 0:
        # "this Friday": the one of this week still to come, unless the clause is past
        # ("this Monday" in a Thursday paper's past-tense report is three days ago)
        direction = -1 if ctx.tense(m.start(), m.end()) == "past" else 1
    elif end_point(ctx, m.start()) and ctx.deadline(m.start(), m.end()):
        direction = 1  # "postponed until Tuesday", "has given them until 9 a.m. Monday"
    elif _ahead_of(ctx.words).search(ctx.text, max(0, m.start() - 50), m.start()):
        # "shares rose Tuesday ahead of Wednesday's earnings": after the day told, or the
        # time of telling ("trading was light ahead of Friday's jobs report")
        told = ctx.last.get("day")
        ref = told.as_date() or ref if told is not None else ref
        direction = 1
    elif since_point(ctx, m.start(), m.end()):
        direction = -1  # "Friday's talks will be the first since Monday"
    else:
        direction = 1 if ctx.tense(m.start(), m.end()) == "future" else -1
    return with_part(format_point(Point("day", *ymd(weekday_date(ref, wd, direction)))), part, ctx)


def b_weekday_ago(m: re.Match[str], ctx: Context) -> Built | None:
    """ "two Fridays ago": the Friday so many Fridays before the anchor, the latest one before
    it the first ("one Friday ago" is last Friday); "three weekends ago" the weekend of the week
    so many weeks back. One date, not a weekday that recurs."""
    n = ctx.words.parse_number(m["num"])
    ref = ctx.anchor_date
    if n is None or not float(n).is_integer() or n < 1 or ref is None:
        return None
    if m["we"]:
        return "DATE", f"{format_point(week_point(ref - timedelta(days=7 * int(n))))}-WE"
    wd = weekday_num(m["wd"], ctx.words)
    day = weekday_date(ref, wd, -2) - timedelta(days=7 * (int(n) - 1))
    return "DATE", format_point(Point("day", *ymd(day)))


@cache
def _appositive_lead(words: TimeWords) -> re.Pattern[str]:
    """What stands between a date and a weekday in apposition to it: "Nov. 22, a " (the
    date's last character a digit), "1999, a "."""
    return re.compile(rf"\d,\s+(?:{alternation(words.articles)})\s+$", re.IGNORECASE)


def _appositive_day(ctx: Context, start: int, wd: int) -> bool:
    """Whether the weekday is "a Monday" set beside the date just told, and is that date's
    weekday (TIDES: an appositive names the same time as the date, not the coming Monday)."""
    day = ctx.last.get("day")
    if day is None or not _appositive_lead(ctx.words).search(ctx.text, max(0, start - 12), start):
        return False
    told = day.as_date()
    return told is not None and told.weekday() == wd


def b_clock(m: re.Match[str], ctx: Context) -> Built | None:
    word = (m["word"] or "").lower()
    ap = ""
    if word:
        hour, minute = ctx.words.clock_words[word], 0
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        ap = m["ap"].lower().replace(".", "")
        if hour > 12 or minute > 59:
            return None
        hour = _on_24_hours(hour, ap)
    if hour == 24 and (night := _night_gone(ctx, m)) is not None:
        return "TIME", night
    if hour == 24 and ctx.words.beside_words.get(prev_word(ctx, m.start()), 0) > 0:
        # "patrols begin just after midnight": the first minutes of the day that midnight
        # begins, as the past one is written (`_night_gone`), not the end of the day before
        day = ctx.clock_reference()
        if day is not None:
            return "TIME", f"{format_point(Point('day', *ymd(day + timedelta(days=1))))}T00:00"
    return _clock_on_current_day(hour, minute, ctx, _overnight(ctx, m, hour, ap))


def _night_gone(ctx: Context, m: re.Match[str]) -> str | None:
    """ "midnight" on the publication's own day, told in a past clause ("the fire broke out
    shortly before midnight", "the curfew began at midnight"): the night just gone, the end of
    the day before (TimeML writes midnight as the 24:00 of the day it ends), not tonight's. After
    it (`beside_words`: "just after midnight") the first minutes of the day it began, the
    publication's own day: the same instant, written on the day an event then falls on."""
    anchor = ctx.anchor_date
    ref = ctx.last.get("day")
    if anchor is None or (ref is not None and ref.as_date() != anchor):
        return None
    if ctx.tense(m.start(), m.end()) != "past":
        return None
    if ctx.words.beside_words.get(prev_word(ctx, m.start()), 0) > 0:
        return f"{format_point(Point('day', *ymd(anchor)))}T00:00"
    return f"{format_point(Point('day', *ymd(anchor - timedelta(days=1))))}T24:00"


def _on_24_hours(hour: int, ap: str) -> int:
    """A 12-hour clock's hour on the 24-hour clock ("12 a.m." is 0, "3 p.m." is 15)."""
    if ap == "pm" and hour != 12:
        return hour + 12
    if ap == "am" and hour == 12:
        return 0
    return hour


def _clock_on_current_day(
    hour: int, minute: int, ctx: Context, evening_from: int | None = None
) -> Built:
    """A clock time on the narrative's current day (the anchor where none was told yet); a
    night hour after an evening one told on that day (`evening_from`, `_overnight`), on the
    next."""
    day = ctx.clock_reference(evening_from)
    base = format_point(Point("day", *ymd(day))) if day else "XXXX-XX-XX"
    return "TIME", f"{base}T{hour:02d}:{minute:02d}"


def _overnight(ctx: Context, m: re.Match[str], hour: int, mark: str) -> int | None:
    """The evening hour after which this clock time is the night's, past midnight ("shot at
    11 p.m. Sunday. He died at 1 a.m."): only a night hour of its mark (`overnight_hours`), and
    not one told as before ("Earlier, at 1 a.m.", "had locked the gate at 5 a.m.")."""
    night = ctx.words.overnight_hours.get(mark)
    if night is None or hour >= night[0]:
        return None
    sentence = re.split(r"[.!?]\s", ctx.text[max(0, m.start() - 200) : m.start()])[-1]
    if any(w in ctx.words.overnight_blockers for w in re.findall(r"[a-z]+", sentence.lower())):
        return None
    return night[1]


def b_spoken_clock(m: re.Match[str], ctx: Context) -> Built | None:
    """ "eight p.m.", "seven thirty a.m.", "half past six", "a quarter to eleven": a clock time
    read out, on the narrative's current day (a day told right after it is joined to it later,
    `times._clock_days`); without a.m. or p.m. the hour is taken as written, as "six o'clock" is."""
    words = ctx.words
    hour = int(words.parse_number(m["shr"] or m["shr2"] or m["shr3"] or m["shr4"]) or 0)
    spoken_minute = m["smin"] or m["smin2"]
    minute = int(words.parse_number(spoken_minute) or 0) if spoken_minute else 0
    part = (m["sfr"] or m["sfr2"] or "").lower()
    if part:
        sign = words.clock_relations[(m["srel"] or m["srel2"]).lower()]
        minute = words.clock_fractions[re.sub(r"\s+", " ", part)]
        if sign < 0:
            hour, minute = hour - 1 if hour > 1 else 12, 60 - minute
    if not 1 <= hour <= 12 or minute > 59:
        return None
    ap = (m["sap"] or m["sap2"] or "").lower().replace(".", "")
    hour = _on_24_hours(hour, ap)
    return _clock_on_current_day(hour, minute, ctx, _overnight(ctx, m, hour, ap))


def b_clock24(m: re.Match[str], ctx: Context) -> Built | None:
    """ "at 14:30", "1930 hours", "0600 GMT", "4 o'clock", "six o'clock", "4 in the morning",
    "3:30 in the afternoon", "at 9 tonight":
    clock times without a.m./p.m., on the narrative's current day (a day told right after them
    is joined to them later, `times._clock_days`)."""
    if m["h"] is not None:
        hour, minute = int(m["h"]), int(m["mi"])
    elif m["h2"] is not None:
        hour, minute = int(m["h2"]), int(m["mi2"])
    elif m["h4"] is not None:
        hour, minute = int(m["h4"]), int(m["mi4"] or 0)
    else:
        hour, minute = int(ctx.words.parse_number(m["h3"]) or 0), int(m["mi3"] or 0)
        part = (m["part"] or "").lower()
        if ctx.words.part_of_day.get(part) in _AFTER_NOON and hour < 12:
            hour += 12
    day = ctx.clock_reference()
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
    """ "the week of Oct. 5": handled as the ISO week of that day; "the weekend of April 15"
    that week's weekend (2000-W15-WE)."""
    month, day = month_num(m["mon"], ctx.words), int(m["d"])
    year = year_for_day(ctx.anchor, month, day) if ctx.anchor else None
    if year is None:
        return "DATE", None
    p = safe_date(year, month, day)
    d = p.as_date() if p else None
    if d is None:
        return None
    return "DATE", format_point(week_point(d)) + ("-WE" if m["end"] else "")


def b_day_of_month(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the 27th of last month", "the fifth of this month": that day of the month named,
    counted from the day of speech, one expression as "last month" is. "The 15th of the month"
    is that day of the story's month, as "on the 15th"; "the first of every month" the SET of
    that day in each month."""
    day = (
        int(m["d"]) if m["d"] else ctx.words.day_ordinals.get(re.sub(r"\s+", "-", m["dw"].lower()))
    )
    if day is None or not 1 <= day <= 31:
        return None
    if m["every"]:
        return "SET", f"XXXX-XX-{day:02d}"
    if m["the"]:
        return _day_of_story_month(day, m, ctx)
    ref = ctx.anchor_date
    if ref is None:
        return "DATE", None
    step = ctx.words.rel_offset[m["mod"].lower()]
    year, month = ref.year + (ref.month - 1 + step) // 12, (ref.month - 1 + step) % 12 + 1
    p = safe_date(year, month, day)
    return ("DATE", format_point(p)) if p else None


def b_day_only(m: re.Match[str], ctx: Context) -> Built | None:
    """ "on the 15th", "until the 3rd": a day of the month the story is in (the month of the
    last day or month it told), else of the publication's month, moved a month back when the
    clause is past and the day is still ahead, a month on when it is future and already past."""
    return _day_of_story_month(int(m["d"]), m, ctx)


def _day_of_story_month(day: int, m: re.Match[str], ctx: Context) -> Built | None:
    """A day of the month the story is in (see `b_day_only`)."""
    last = ctx.last.get("any")
    if last is not None and last.gran in ("day", "month") and last.month:
        year, month = last.year, last.month
    elif ctx.anchor is not None and ctx.anchor_date is not None:
        ref = ctx.anchor_date
        year, month = ref.year, ref.month
        tense = ctx.tense(m.start(), m.end())
        step = (
            -1
            if tense == "past" and day > ref.day
            else 1
            if tense == "future" and day < ref.day
            else 0
        )
        year, month = year + (month - 1 + step) // 12, (month - 1 + step) % 12 + 1
    else:
        return None
    p = safe_date(year, month, day)
    return ("DATE", format_point(p)) if p else None


# Months in a quarter and in a half-year.
_QUARTER_MONTHS = 3
_HALF_MONTHS = 6


def b_month_quarter(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the September quarter", "the March quarter": the quarter that ends (or holds) that
    month, as business news outside the US names quarters; its year as the month's. "The
    October-December quarter" names its first month too: that calendar quarter, when the two
    months open and close one (else the months are read on their own). "Of 2019" after it
    names the year. "The July-September period", "the January-June half" name the calendar
    quarter or half their two months open and close (`quarter_range_nouns`: `2022-Q3`,
    `2022-H1`); other ranges, and one month before "period" ("the June period"), are read
    month by month."""
    month = month_num(m["mon"], ctx.words)
    span = (month - month_num(m["mon0"], ctx.words)) % 12 + 1 if m["mon0"] else 0
    if m["head"] and not span:
        return None
    if span == _HALF_MONTHS and not month % _HALF_MONTHS and m["head"]:
        part = f"H{month // _HALF_MONTHS}"
    elif not span or (span == _QUARTER_MONTHS and not month % _QUARTER_MONTHS):
        part = f"Q{(month - 1) // _QUARTER_MONTHS + 1}"
    else:
        return None
    if m["y"]:
        return "DATE", f"{m['y']}-{part}"
    if ctx.anchor is None:
        return "DATE", f"XXXX-{part}"
    year = nearest_year(ctx.anchor, month, tense=ctx.tense(m.start(), m.end()))
    return "DATE", f"{year:04d}-{part}"


def b_month_part(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the second week of May": the ISO week of the month's eighth day; "the last week of
    March" the ISO week of its last day; "the last day of March" that day; "the first Monday
    in April" that Monday."""
    last = m["ord"].lower() in ctx.words.last_ordinals
    n = 0 if last else ctx.words.day_ordinals[m["ord"].lower()]
    if not m["mon"]:
        # "the last day of the year", "the first week of next month", "the first day of 1999"
        target = _part_target(m, ctx)
        if target is None:
            return "DATE", None
        year, month = target
    elif m["y"]:
        month = month_num(m["mon"], ctx.words)
        year = int(m["y"])
    elif ctx.anchor is not None:
        month = month_num(m["mon"], ctx.words)
        year = year_for_day(ctx.anchor, month, 1, None, None, ctx.tense(m.start(), m.end()))
    else:
        return "DATE", None
    end = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    if m["what"].lower() == "weekend" and m["mon"]:
        # "the first weekend of May", "the last weekend in June": the weekend of that Saturday
        saturday = _nth_weekday(year, month, _SATURDAY, n, end)
        return "DATE", f"{format_point(week_point(saturday))}-WE" if saturday else None
    if re.fullmatch(ctx.words.weekday, m["what"]):
        # "the first Monday in April", "the last Sunday of March": that weekday of the month
        found = _nth_weekday(year, month, weekday_num(m["what"], ctx.words), n, end)
        return ("DATE", found.isoformat()) if found else None
    whole_year = not m["mon"] and (m["py"] or ctx.words.unit_key(m["pu"]) == "year")
    if whole_year and m["what"].lower() != "day":
        # "the first week of 2021" is ISO week 1 (`2021-W01`), the last the week of Dec. 28
        week = week_point(date(year, month, 28)) if last else Point("week", year, week=n)
        return "DATE", format_point(week)
    day = end if last else (n if m["what"].lower() == "day" else 1 + 7 * (n - 1))
    p = safe_date(year, month, day)
    d = p.as_date() if p else None
    if p is None or d is None:
        return None
    return "DATE", format_point(p if m["what"].lower() == "day" else week_point(d))


_SATURDAY = 5


def _nth_weekday(year: int, month: int, wd: int, n: int, end: int) -> date | None:
    """The nth weekday `wd` of a month (n = 0: the last), or None past the month's end."""
    if n == 0:
        last = date(year, month, end)
        return last - timedelta(days=(last.weekday() - wd) % 7)
    first = date(year, month, 1)
    found = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    return found if found.month == month else None


def _part_target(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The year and month whose part "the first/last ... of" names, when no month is written:
    a year's first part lies in January and its last in December; "the year" is the
    reporting year and "the month" the narrative's, as on their own; "last/next" count from
    the anchor."""
    last = m["ord"].lower() in ctx.words.last_ordinals
    if m["py"]:
        return int(m["py"]), 12 if last else 1
    unit = ctx.words.unit_key(m["pu"])
    ref = ctx.anchor if m["rel"] or unit == "year" else ctx.narrative("month")
    if ref is None:
        return None
    offset = ctx.words.rel_offset[m["rel"].lower()] if m["rel"] else 0
    point = shift(ref, unit, offset)
    if point is None:
        return None
    if unit == "year":
        return point.year, 12 if last else 1
    month = month_of(point)
    return (point.year, month) if month else None


# The tense a modifier of a holiday gives it: "last Christmas" past, "next Easter" to come.
_TENSE_OF_OFFSET: dict[int | None, str | None] = {-1: "past", 1: "future", 0: None}
# Parts of the day (TIMEX3 codes) after noon: "four in the afternoon" is 16:00.
_AFTER_NOON = ("AF", "EV")
# A holiday this many days after the anchor, told in the past tense, is still this year's.
HOLIDAY_EVE_DAYS = 3


def b_holiday(m: re.Match[str], ctx: Context) -> Built | None:
    """ "Christmas Eve", "last Thanksgiving", "Easter 2019"; "Easter week" is the week that
    holds the day; "the Easter weekend", "the Thanksgiving weekend" the weekend of that week,
    and for a holiday on a Monday or Tuesday ("Labor Day weekend") the weekend just before it.
    "Christmas morning" is the day with its part; "every Christmas" that day every year, a SET
    (a holiday with no fixed day of the month: its month)."""
    if m["every"]:
        return _holiday_set(m, ctx)
    built = _holiday(m, ctx)
    if m["part"]:
        return with_part(built[1], m["part"], ctx)
    if m["week"] and built[1]:
        point = parse_value(built[1])
        day = point.as_date() if point else None
        if day is None:
            return "DATE", None
        if m["weekend"]:
            if day.weekday() < _WEEKEND_BEFORE:
                day -= timedelta(days=day.weekday() + 1)
            return "DATE", f"{format_point(week_point(day))}-WE"
        return "DATE", format_point(week_point(day))
    return built


def _holiday_set(m: re.Match[str], ctx: Context) -> Built | None:
    name = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    month, day, *_ = ctx.words.holidays[name]
    if month is None:
        return None  # a holiday that hangs on Easter moves from month to month
    value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day is not None else "")
    return "SET", value + (f"T{ctx.words.part_of_day[m['part'].lower()]}" if m["part"] else "")


# A holiday on a weekday before this one (Monday, Tuesday) has its weekend just before it.
_WEEKEND_BEFORE = 2


def _holiday(m: re.Match[str], ctx: Context) -> Built:
    name = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    if m["y"]:
        return "DATE", fmt(_holiday_day(ctx, name, int(m["y"])))
    if ctx.anchor is None:
        return "DATE", None
    mod = (m["mod"] or "").lower()
    tense = _TENSE_OF_OFFSET.get(
        ctx.words.rel_offset.get(mod) if mod else None, ctx.tense(m.start(), m.end())
    )
    if not mod and end_point(ctx, m.start()) and ctx.deadline(m.start(), m.end()):
        tense = "future"  # "postponed until Christmas", as "postponed until Tuesday"
    year = ctx.anchor.year
    a = ctx.anchor.as_date()
    this_one = _holiday_day(ctx, name, year).as_date()
    if this_one is not None and m["week"]:
        this_one -= timedelta(days=this_one.weekday())  # the week has begun by its Monday
    if a is not None and this_one is not None:
        if tense == "past" and this_one > a and (mod or (this_one - a).days > HOLIDAY_EVE_DAYS):
            year -= 1  # a bare holiday days ahead is this year's season ("a Halloween party")
        elif tense == "future" and this_one < a:
            year += 1
    return "DATE", fmt(_holiday_day(ctx, name, year))


def _holiday_day(ctx: Context, name: str, year: int) -> Point:
    month, day, weekday, nth, from_easter, after = ctx.words.holidays[name]
    if from_easter is not None:
        return Point("day", *ymd(easter(year) + timedelta(days=from_easter)))
    assert month is not None
    if day is not None:
        return Point("day", year, month, day)
    assert weekday is not None and nth is not None
    if nth > 0:  # the nth such weekday of the month
        d = weekday_date(date(year, month, 1), weekday, 1) + timedelta(days=7 * (nth - 1))
    else:  # the last one
        last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        d = weekday_date(last, weekday, -1)
    return Point("day", *ymd(d + timedelta(days=after)))
