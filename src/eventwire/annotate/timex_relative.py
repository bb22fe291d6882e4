"""TIMEX3 builders for relative expressions: deictic ("yesterday", "last week", "two years ago")
and anaphoric ("the next day", "a year earlier", "the quarter") ones, and present/past/future refs.

Their value depends on a reference point rather than on the words alone: the publication date
for deictic expressions, the narrative's current date for anaphoric ones.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from functools import cache

from .timex_context import OF_AFTER, Built, Context, fmt, prev_word, weekday_num, with_part, ymd
from .timex_dates import ended_words, year_for_day
from .timex_lexicon import TimeWords, alternation
from .timex_normalise import (
    GRAN_RANK,
    Gran,
    Point,
    coarsen,
    day_point,
    format_point,
    parse_value,
    shift,
    week_point,
)

# The day offsets whose word may be generic ("today's youth", "the leaders of tomorrow"): the
# age, no time (the TBAQ tune part's gold leaves all four such out; TimeML would write
# PRESENT_REF or FUTURE_REF).
_GENERIC_DAY = frozenset({-1, 0, 1})
_POSSESSIVE_NOUN = re.compile(r"['’]s\s+([a-z]+)")


def b_deictic_day(m: re.Match[str], ctx: Context) -> Built | None:
    """ "yesterday", "tonight": a day counted from the day of speech; a generic one ("today's
    youth", "the world of tomorrow") speaks of the age, no day: no time expression."""
    offset, part_of_word = ctx.words.deictic_days[re.sub(r"\s+", " ", m["w"].lower())]
    part = part_of_word or m["part"]
    if not part and offset in _GENERIC_DAY and _generic_day(m, ctx):
        return None
    ref = ctx.anchor_date
    value = format_point(Point("day", *ymd(ref + timedelta(days=offset)))) if ref else None
    return with_part(value, part, ctx)


def _generic_day(m: re.Match[str], ctx: Context) -> bool:
    """ "today's world", "the youth of today": a day word beside a noun of people or ways of
    life (`generic_day_nouns`) speaks of the age, not of a day."""
    nouns = ctx.words.generic_day_nouns
    after = _POSSESSIVE_NOUN.match(ctx.text, m.end())
    if after:  # "the leaders of today's talks": the possessed noun decides
        return after.group(1).lower() in nouns
    before = re.search(r"([A-Za-z]+)\s+of\s+$", ctx.text[max(0, m.start() - 30) : m.start()])
    if before is None:
        return False
    noun = before.group(1).lower()
    # a plural before "of" ("the cities of tomorrow", "the weapons of today") names things of an
    # age too: a day's things are told with a possessive ("tomorrow's talks")
    return noun in nouns or (len(noun) > _SHORT_WORD and noun.endswith("s") and noun[-2] != "s")


# Words this long or shorter are not taken for plurals by their final s ("as", "this").
_SHORT_WORD = 3


def b_present(m: re.Match[str], ctx: Context) -> Built | None:
    """PRESENT_REF; but "now" opening a sentence before a comma ("Now, the question is ...") is
    a discourse marker, no time (TIDES 2005, 3.2: the non-temporal sense is not markable)."""
    if (
        m.group(0).lower() in ctx.words.discourse_words
        and _SENTENCE_START.search(ctx.text, max(0, m.start() - _OPENING), m.start())
        and ctx.text.startswith(",", m.end())
    ):
        return None
    return "DATE", "PRESENT_REF"


# Nothing but a sentence end (and an opening quote) before a position: a sentence starts there
# (looked for in the few characters before it; "\A" is the text's own start, not the window's).
_SENTENCE_START = re.compile(r"(?:\A|[.!?:]\s*|\n\s*)[\"“‘'`]*\s*\Z")
_OPENING = 12


def b_present_moment(m: re.Match[str], ctx: Context) -> Built | None:
    """ "at this moment", "this critical juncture": the time of speech (PRESENT_REF), as "now"
    is; told of a past event ("at this moment the lights went out") the story's, no time."""
    if ctx.direct_tense(m.start(), m.end()) == "past":
        return None
    return "DATE", "PRESENT_REF"


def b_possessive_future(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the club's future", "their future": the time ahead of someone, FUTURE_REF as "the
    future" is (TIDES 2005 and TimeML 1.2.1 tag the noun "future" as a reference word)."""
    return "DATE", "FUTURE_REF"


def b_past(m: re.Match[str], ctx: Context) -> Built | None:
    """PAST_REF; but "the past" before a count ("over the past two sessions": a unit that is
    no time) is no expression: the count names what passed, not the past at large."""
    after = _NEXT_WORD_AFTER.match(ctx.text, m.end())
    word = after.group(1).lower() if after else ""
    if word and (word[0].isdigit() or ctx.words.parse_number(word) or word in ctx.words.vague):
        return None
    if after and word in ctx.words.dated_after_prepositions:
        after = _NEXT_WORD_AFTER.match(ctx.text, after.end())
    if after and _dated_after(after.group(1), ctx.words):
        # "three times, most recently last October": the date that follows is the time told
        return None
    return "DATE", "PAST_REF"


def _dated_after(word: str, words: TimeWords) -> bool:
    """Whether a word opens a date: a month or a weekday (capitalised: "may" is a modal), a day
    word, a year or a word that opens a relative date (`dated_after_words`: "last", "this")."""
    low = word.lower()
    return (
        low in words.dated_after_words
        or (word[:1].isupper() and (low in words.months or low in words.weekdays))
        or low in words.deictic_days
        or bool(_YEAR_WORD.fullmatch(word))
    )


_YEAR_WORD = re.compile(r"1\d{3}|20\d{2}")


_NEXT_WORD_AFTER = re.compile(r"\s+([\w-]+)")


@cache
def _relational_after(words: TimeWords) -> re.Pattern[str]:
    """A word after "soon" that orders two events ("soon after the vote")."""
    return re.compile(rf"\s+(?:{alternation(words.relational_words)})\b", re.IGNORECASE)


def b_future(m: re.Match[str], ctx: Context) -> Built | None:
    """FUTURE_REF; "soon after the vote" and "as soon as" order two events (a TimeML signal),
    they do not point at the future of the speech time, so they are left out, and so is "soon"
    in a past narrative ("he was soon released"): a time after the story's, not the speaker's."""
    if m.group(0).lower() in ctx.words.signal_futures and (
        prev_word(ctx, m.start()) in ctx.words.signal_leads
        or _relational_after(ctx.words).match(ctx.text, m.end())
        or ctx.tense(m.start(), m.end()) == "past"
    ):
        return None
    return "DATE", "FUTURE_REF"


def b_adjective_ref(m: re.Match[str], ctx: Context) -> Built | None:
    """ "current conditions", "recent declines": TimeML tags the adjective itself as an
    indexical reference to the present or past of the speech time. "Future" before a noun
    ("future earnings") mostly names a kind of thing rather than a time, so it is left out, and
    so is "recent" ("a recent sale"): it says only that something is past, which the tense says."""
    value = ctx.words.reference_adjectives.get(m["a"].lower())
    return ("DATE", value) if value else None


def b_vague_span(m: re.Match[str], ctx: Context) -> Built | None:
    """ "recent weeks", "the coming months", "the next few days": an unspecified number of
    units just past or ahead, a DURATION of X units (TimeML: PXW, PXM) as "several months" is."""
    return "DURATION", ctx.words.duration_value(None, m["unit"])


def _unit_gran(unit: str) -> str:
    return {"weekend": "week"}.get(unit, unit)


def b_relative_unit(m: re.Match[str], ctx: Context) -> Built | None:
    """last week, this month, next year, the following day, that year, the previous quarter."""
    words = ctx.words
    mod = re.sub(r"\s+", " ", m["mod"].lower())
    has_the = bool(m["the"])
    if m["part"]:
        return _relative_part(m, ctx, mod, has_the)
    unit = words.unit_key(m["unit"])
    if has_the and mod in words.last_ordinals and OF_AFTER.match(ctx.text, m.end()):
        # "on the last day of his visit", "the last week of the campaign": the last unit of an
        # event, whose date the text does not tell (a month's or a year's is `month_part`)
        return None
    origin = unit in words.origin_units and _origin_lead(words).search(
        ctx.text, max(0, m.start() - 40), m.start()
    )
    if has_the and mod in words.span_modifiers and unit not in ("day", "weekend") and not origin:
        # "the past week" is a week long; "the past weekend" is the weekend just gone, as "last
        # weekend" is
        if unit not in words.span_point_units:
            return "DURATION", words.duration_value(1, unit)
        if ctx.anchor is not None:
            # "profit fell in the last quarter": the quarter last closed before publication
            return "DATE", fmt(shift(ctx.anchor, _unit_gran(unit), -1))
    offset = words.rel_offset[mod]
    gran = _unit_gran(unit)
    ref = ctx.narrative(gran if gran in ("day", "month", "quarter", "year") else "any")
    if gran == "decade" and "story_decade" in ctx.last:
        # "the 1990s ... later that decade", "in 1985 ... the following decade": the decade
        # of the latest date or decade told
        ref = ctx.last["story_decade"]
    if mod not in words.anaphoric_modifiers and not (has_the and mod in words.narrative_modifiers):
        ref = ctx.anchor
    if ref is None:
        return "DATE", None
    if unit == "quarter" and offset == 0 and ref is ctx.anchor and not has_the:
        reported = ctx.reported_quarter()
        if (
            reported is not None
            and _moved(ref, "quarter", -1) == reported
            and ctx.tense(m.start(), m.end()) != "future"
        ):
            # "this quarter's loss includes charges", told weeks after the quarter the story
            # reports closed: that quarter, as "the latest quarter" is (a coming "this
            # quarter", "expects a loss this quarter", is the current one)
            return "DATE", fmt(reported)
    if unit == "weekend":
        day = ref.as_date() if ref is ctx.anchor else None
        if offset == 0 and day is not None and day.weekday() < SATURDAY:
            # "thousands marched this weekend" in a Wednesday paper: the weekend just past, as
            # "the weekend" and "this Monday" are read in a past-tense clause
            offset = -1 if ctx.tense(m.start(), m.end()) == "past" else 0
        base = shift(ref, "week", offset) if ref.gran in ("day", "week") else None
        return "DATE", f"{format_point(base)}-WE" if base else None
    return "DATE", _moved_value(ref, gran, offset)


# How many units "the week before last" and "the year after next" lie from the present one.
BEYOND_UNITS = 2


def b_unit_beyond(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the week before last", "the year after next": two units back or on from publication."""
    if ctx.anchor is None:
        return "DATE", None
    unit = ctx.words.unit_key(m["unit"])
    offset = -BEYOND_UNITS if m["back"] else BEYOND_UNITS
    if unit == "weekend":
        base = shift(ctx.anchor, "week", offset) if ctx.anchor.gran in ("day", "week") else None
        return "DATE", f"{format_point(base)}-WE" if base else None
    return "DATE", _moved_value(ctx.anchor, _unit_gran(unit), offset)


def _moved_value(ref: Point, gran: str, offset: int) -> str | None:
    """The TIMEX3 value of `ref` moved by `offset` units of `gran`; where the story's date is
    coarser than the unit ("the same month" after a bare year, "the day before" after a month
    only), the part it knows with the rest unknown, as TimeML writes it ("2019-XX",
    "2020-06-XX", "2019-WXX"): the same unit, or one unit away, stays inside the year or month
    told; further ("two weeks later" after "in May") the part every reachable day shares."""
    n = 0 if abs(offset) <= 1 else offset
    if ref.gran in _PERIOD_MONTHS and GRAN_RANK[gran] > GRAN_RANK["quarter"]:
        # "two months later" after "the spring of 2019", "the following week" after "the
        # third quarter of 2019": which month or week the period's is not told ("2019-XX",
        # not the period's first month moved on)
        return _known_part(ref, gran, n)
    moved = _moved(ref, gran, offset)
    if moved is not None:
        return fmt(moved)
    return _known_part(ref, gran, n)


# The first and last month of a quarter, half and season point, by its number or code (a winter
# opens in the December before the year it is dated by: docs/CODEBOOK.md).
_PERIOD_MONTHS: dict[str, dict[int | str, tuple[int, int]]] = {
    "quarter": {q: (3 * q - 2, 3 * q) for q in range(1, 5)},
    "half": {1: (1, 6), 2: (7, 12)},
    "season": {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (0, 2)},
}


def _period_days(ref: Point) -> tuple[date, date] | None:
    """The first and last day of a year, quarter, half, season or month point."""
    if ref.gran == "year":
        return date(ref.year, 1, 1), date(ref.year, 12, 31)
    if ref.gran == "month" and ref.month:
        return date(ref.year, ref.month, 1), date(
            ref.year, ref.month, monthrange(ref.year, ref.month)[1]
        )
    key = {"quarter": ref.quarter, "half": ref.half, "season": ref.season}.get(ref.gran)
    months = _PERIOD_MONTHS.get(ref.gran, {}).get(key) if key is not None else None
    if months is None:
        return None
    first, last = months
    start = date(ref.year - 1, 12, 1) if first == 0 else date(ref.year, first, 1)
    return start, date(ref.year, last, monthrange(ref.year, last)[1])


def _known_part(ref: Point, unit: str, n: int) -> str | None:
    """A point `n` units of `unit` (day, week, month) from a coarser `ref` (a month, a year),
    at the unit's granularity with the part the text does not tell unknown, as TimeML writes it
    ("2015-WXX", "2015-06-XX", "2015-XX"): the year (and month) are given where the first and
    the last day of `ref`, moved alike, fall in the same one; else None."""
    days = _period_days(ref)
    if days is None:
        return None
    first, last = days
    if unit in ("day", "week"):
        step = timedelta(days=n * (7 if unit == "week" else 1))
        first, last = first + step, last + step
    elif unit == "month" and ref.gran != "month":
        first, last = _months_on(first, n), _months_on(last, n)
    else:
        return None
    if first.year != last.year:
        return None
    if unit == "week":
        return f"{first.year:04d}-WXX"
    if unit == "day" and first.month == last.month:
        return f"{first.year:04d}-{first.month:02d}-XX"
    return f"{first.year:04d}-XX" + ("-XX" if unit == "day" else "")


def _months_on(day: date, n: int) -> date:
    """The first day of the month `n` months after `day`'s."""
    index = day.year * 12 + day.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def _moved(ref: Point, gran: str, offset: int) -> Point | None:
    """`ref` moved by `offset` units of `gran`, at that granularity ("the following week")."""
    target = shift(ref, gran, offset)
    if target is None:
        coarse = coarsen(ref, gran)  # type: ignore[arg-type]
        target = shift(coarse, gran, offset) if coarse else None
    return target


def b_unit_before(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the day before", "the week after", at the end of a phrase: one unit from the story's
    current date, as "the previous day" and "the following week" are ("the day before the vote"
    names another event's day and is no match); "the night before" is that part of the day before
    the story's current day."""
    if m["part"]:
        ref = ctx.narrative("day")
        day = ref.as_date() if ref is not None else None
        offset = ctx.words.directions[m["dir"].lower()]
        value = format_point(Point("day", *ymd(day + timedelta(days=offset)))) if day else None
        return with_part(value, m["part"], ctx)
    gran = _unit_gran(ctx.words.unit_key(m["unit"]))
    ref = ctx.narrative(gran if gran in ("day", "month", "quarter", "year") else "any")
    if ref is None:
        return "DATE", None
    return "DATE", _moved_value(ref, gran, ctx.words.directions[m["dir"].lower()])


def _relative_part(m: re.Match[str], ctx: Context, mod: str, has_the: bool) -> Built | None:
    """ "the next morning", "the following night", "that evening": a part of the day counted
    from the narrative's current day, as "the next day" is; without "the" ("next morning")
    from the day of speech."""
    words = ctx.words
    offset = words.rel_offset[mod]
    if mod in words.anaphoric_modifiers or (has_the and mod in words.narrative_modifiers):
        ref = ctx.narrative("day")
    else:
        ref = ctx.anchor
    day = ref.as_date() if ref is not None else None
    value = format_point(Point("day", *ymd(day + timedelta(days=offset)))) if day else None
    return with_part(value, m["part"], ctx)


def _future_auxiliary_before(ctx: Context, start: int) -> bool:
    """Whether a future auxiliary ("will", "'ll") stands among the words of the sentence before
    `start` (a present that tells a habit, "opens in the morning", has none). A contraction is
    read as the parser splits it: "they'll" as "they" and "'ll", "won't" with "wo"."""
    before = re.split(r"[.!?;]\s", ctx.text[max(0, start - 80) : start])[-1]
    auxiliaries = ctx.words.lexicon.words("time/future_auxiliaries")
    return any(token.lower() in auxiliaries for token in _CONTRACTED_WORDS.findall(before))


_CONTRACTED_WORDS = re.compile(r"[’']\w+|\w+?(?=n[’']t\b)|\w+")
"""The words of a text with a contraction's ending a word of its own ("'ll", "'d"; "wo" of
"won't")."""


def b_day_count(m: re.Match[str], ctx: Context) -> Built | None:
    """ "Today is the ninth day of the siege", "it was the third day of clashes": a day
    counted within an episode whose start is seldom told, so its date is the day the clause is
    about: the day of speech after a present copula, the story's current day after a past one."""
    before = ctx.text[max(0, m.start() - 12) : m.start()].split()
    lead = before[-1].lower() if before else ""
    if lead not in ctx.words.day_count_leads:  # "it's": the contraction is glued to its subject
        lead = next((w for w in ctx.words.day_count_leads if lead.endswith(w)), "")
    present = ctx.words.day_count_leads.get(lead) == "present"
    ref = ctx.anchor if present else ctx.narrative("day")
    if ref is None or ref.gran != "day":
        return "DATE", None
    return "DATE", format_point(ref)


def b_part_of_day(m: re.Match[str], ctx: Context) -> Built | None:
    """ "by mid-afternoon", "in the early morning", "the late evening": a part of the day told
    alone, on the narrative's current day.

    "Late in the afternoon", "during the night" (`part2`): the part of the day of the latest day
    told, else of the day of publication in a past clause or one with a future auxiliary (the
    next day for a morning: "will fly out in the morning", `part_of_day_next`); a present
    without one tells a habit ("opens in the morning") and after a month or a year told and no
    day the words give no day. A bare part after "by" or "until" reads so too ("by
    evening the levee had broken")."""
    if m["part2"] is None:
        ref = ctx.narrative("day")
        day = ref.as_date() if ref is not None else None
        value = format_point(Point("day", *ymd(day))) if day else None
        return with_part(value, m["part"], ctx)
    if ctx.probing:
        return "TIME", None
    told = ctx.last.get("day")
    if told is None and "any" in ctx.last:
        return None
    ref = told or ctx.anchor
    day = ref.as_date() if ref is not None else None
    if day is None:
        return None
    if told is None:
        tense = ctx.tense(m.start(), m.end())
        if tense == "future" and _future_auxiliary_before(ctx, m.start()):
            if m["part2"].lower() in ctx.words.lexicon.words("time/part_of_day_next"):
                day += timedelta(days=1)
        elif tense != "past":
            return None  # "the shop opens in the morning": a habit, no day
    return with_part(format_point(Point("day", *ymd(day))), m["part2"], ctx)


def b_vague_duration(m: re.Match[str], ctx: Context) -> Built | None:
    """ "for a while", "for some time", "for a lengthy period": a length of time the text does
    not count (PXX)."""
    return "DURATION", "PXX"


# The weekday number (Monday 0) on which the weekend begins.
SATURDAY = 5


def b_the_weekend(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the weekend": the one just past in past-tense text, else the one of the reference week."""
    ref = ctx.anchor_date
    if ref is None:
        return "DATE", None
    if ref.weekday() < SATURDAY and ctx.tense(m.start(), m.end()) == "past":
        ref -= timedelta(days=7)
    return "DATE", f"{format_point(week_point(ref))}-WE"


@cache
def _origin_lead(words: TimeWords) -> re.Pattern[str]:
    """An origin right before the span ("born in the last century", `origin_leads`): the unit
    before the present one, a point, not the length just gone."""
    leads = alternation(words.lexicon.entries("time/origin_leads"))
    return re.compile(rf"\b(?:{leads})\s+$", re.IGNORECASE)


@cache
def _the_unit_end(words: TimeWords) -> re.Pattern[str]:
    """The end of a phrase after "the day", "the period": they are a time only there."""
    return re.compile(rf"\s*(?:[,.;:!?)]|$|\s(?:{alternation(words.phrase_enders)})\b)")


@cache
def _ended(words: TimeWords) -> re.Pattern[str]:
    """ "the year ended June 30", "the year ending tomorrow": a year-long period whose end is
    given, or its start ("the fiscal year beginning Oct. 1"; a date follows: "the year ended
    with a surge in cases" is the year itself); "the year to March", "the week to Friday" as
    British business news writes them (a month or a weekday must follow: "its forecast for the
    year to 5%" is the year itself)."""
    days = alternation([*words.deictic_days, *words.year_modifiers])
    # "the fiscal year beginning Oct. 1": told by its first day, as by its last
    edges = [*words.period_end_words, *words.lexicon.entries("time/period_start_words")]
    # "the fiscal year that ended Sept. 30": a relative clause tells the same edge
    relatives = alternation(words.lexicon.entries("time/period_edge_relatives"))
    finite = alternation(words.lexicon.entries("time/period_edge_verbs"))
    # a relative clause needs a month or a weekday: "the week that ended 20 years of war" is
    # the week itself (fix50t)
    return re.compile(
        rf"\s+(?:(?:{alternation(edges)})\s+(?:in\s+)?"
        rf"(?:{words.month_any}|{words.weekday}|\d|(?:{days})\b)"
        rf"|(?:{relatives})\s+(?:{finite})\s+(?:in\s+|on\s+)?"
        rf"(?:{words.month_any}|{words.weekday}|(?:{days})\b)"
        rf"|(?:{alternation(words.period_to_words)})\s+(?:{words.month_any}|{words.weekday}\b))",
        re.IGNORECASE,
    )


@cache
def _since_after(words: TimeWords) -> re.Pattern[str]:
    """ "(the year) since the flood": the span from an event up to the time told
    (`since_span_words`)."""
    return re.compile(
        rf"\s+(?:{alternation(words.lexicon.entries('time/since_span_words'))})\b", re.IGNORECASE
    )


@cache
def _ended_month(words: TimeWords) -> re.Pattern[str]:
    """ "(the quarter) ended Sept. 30", "ending June 30, 2020": the closing day (and year) of a
    period named by its end; a relative clause tells the same ("the quarter that ended June 30",
    `period_edge_relatives`, fix50t)."""
    relatives = alternation(words.lexicon.entries("time/period_edge_relatives"))
    return re.compile(
        rf"\s+(?:(?:(?:{relatives})\s+)?(?:{alternation(words.period_end_words)})\s+(?:on\s+|in\s+)?"
        rf"|(?P<to>{alternation(words.period_to_words)})\s+)(?P<mon>{words.month_any})\s*(?P<d>\d{{1,2}}\b)?(?:,?\s*(?P<y>\d{{4}})\b)?",
        re.IGNORECASE,
    )


def _quarter_ended(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the quarter ended Sept. 30", told before any quarter: the calendar quarter that holds
    its closing day, that day's year read as the day itself is read. After a quarter named
    ("the fiscal first quarter ... the quarter ended Sept. 29") it is that (fiscal) quarter."""
    end = _ended_month(ctx.words).match(ctx.text, m.end())
    if end is None:
        return None
    month = ctx.words.months[end["mon"].lower().rstrip(".")]
    quarter = (month - 1) // 3 + 1
    year = closing_year(end, m, ctx)
    if year is None:
        return "DATE", f"XXXX-Q{quarter}"
    return "DATE", f"{year:04d}-Q{quarter}"


def closing_year(end: re.Match[str], m: re.Match[str], ctx: Context) -> int | None:
    """The year of a period's closing day (`_ended_month` matched after the period `m`), read
    as the day itself is read; None without an anchor or a year told."""
    if end["y"]:
        return int(end["y"])
    if ctx.anchor is None:
        return None
    month = ctx.words.months[end["mon"].lower().rstrip(".")]
    day = int(end["d"]) if end["d"] else 1
    at = end.start("mon"), end.end()
    # after "to" the day is an end point, which the clause's tense does not place ahead; a
    # past clause puts it behind ("sales fell in the quarter to June" told in March: last June,
    # as the bare "June" after it is read)
    tense = ctx.tense(m.start(), m.end())
    if end["to"] and tense != "past":
        tense = None
    year = year_for_day(ctx.anchor, month, day, ctx.direct_tense(*at), None, tense)
    told = ctx.anchor.as_date()
    closed = any(w.lower() in ended_words(ctx.words) for w in end.group(0).split()[:2])
    if closed and told is not None and (year, month, day) > (told.year, told.month, told.day):
        year -= 1  # "the second quarter ended Nov. 30", told on 20 November: closed last year
    return year


def period_closing_year(m: re.Match[str], ctx: Context) -> int | None:
    """The year of the closing day told right after a named period ("the second quarter ended
    Nov. 30"), or None when none is told."""
    end = _ended_month(ctx.words).match(ctx.text, m.end())
    return None if end is None or end["to"] else closing_year(end, m, ctx)


def b_the_unit(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the quarter", "the latest quarter": the narrative's current one; "the year" (as "the
    fiscal year") is the year of publication: news tells a past year by its number, so "the
    year" told after one ("closed in 2008; ... hopes to grow during the year") means this one.

    "The day" and a bare "the period" are common non-temporal nouns and count only at the end
    of a phrase. "The year ended June 30" is a one-year period whose end is given: TimeML makes
    it a DURATION (P1Y) anchored by the date that follows; so are "the week ended Aug. 1" (P1W)
    and "the month ended" (`ended_period_units`).
    """
    unit = ctx.words.unit_key(m["unit"])
    mod = re.sub(r"\s+", " ", (m["mod"] or "").lower())
    if (
        unit in ctx.words.common_noun_units
        and not mod
        and not _the_unit_end(ctx.words).match(ctx.text, m.end())
    ):
        return None
    if m["ahead"]:
        # "the year ahead", "the week to come": a span of one unit from now
        return ("DURATION", ctx.words.duration_value(1, unit)) if not mod else None
    if unit in ctx.words.ended_period_units and (
        _ended(ctx.words).match(ctx.text, m.end())
        or _since_after(ctx.words).match(ctx.text, m.end())
    ):
        return "DURATION", ctx.words.duration_value(1, unit)
    if (
        unit == "quarter"
        and "quarter" not in ctx.last
        and (closed := _quarter_ended(m, ctx)) is not None
    ):
        return closed
    if unit == "period":
        ref = ctx.last.get("quarter") or ctx.last.get("month")
        if ref is not None:
            return "DATE", format_point(ref)
        unit = "quarter"
    if (
        unit == "quarter"
        and ctx.anchor is not None
        and (
            _current(mod, ctx.words)
            or _closed_year(mod, ctx.words)
            or ("quarter" not in ctx.last and mod != "fiscal")
        )
    ):
        # "The latest quarter" is the last one closed before publication, whatever other
        # company's fiscal quarter the article mentioned before.
        # Business news reports on the quarter just closed, unless the clause looks ahead.
        ahead = _current(mod, ctx.words) or ctx.tense(m.start(), m.end()) == "future"
        return "DATE", fmt(shift(ctx.anchor, "quarter", 0 if ahead else -1))
    if unit == "year":
        ref = ctx.anchor  # "the year", "the full year", "the fiscal year": the reporting year
        if ref is not None and _closed_year(mod, ctx.words):
            # "the latest fiscal year": the last one closed, as "the latest quarter" is
            return "DATE", f"{ref.year - 1:04d}"
        if (year := _reported_year_closed(m, mod, ctx)) is not None:
            return "DATE", f"{year:04d}"
    elif unit == "decade":
        # "the end of the decade": a decade named before ("the 1980s ... the decade"), else the
        # reference's own
        ref = ctx.last.get("decade") or ctx.anchor
    elif unit in ("month", "week") and ctx.anchor is not None and _closed_year(mod, ctx.words):
        # "jobless claims rose in the latest week", "prices fell in the most recent month": the
        # last one closed before publication, as "the latest quarter" and "year" are
        return "DATE", fmt(shift(ctx.anchor, unit, -1))
    else:
        ref = ctx.narrative(unit)
    if ref is None:
        return "DATE", None
    target = coarsen(ref, unit)  # type: ignore[arg-type]
    if (
        target is None
        and unit == "month"
        and ref.gran == "week"
        and ref.week
        and ctx.tense(m.start(), m.end()) != "future"
    ):
        # "3% during the week and 8% during the month"; not a month to come after a week told
        # ("played last week and will play during the month" is the month of publication)
        target = _month_of_week(ref)
    if target is None and ctx.anchor is not None:
        # "opened in 1990, will close at the end of the month": a bare year told last gives
        # no month, so the month (week) is the one of publication
        target = coarsen(ctx.anchor, unit)  # type: ignore[arg-type]
    if target is None:
        return None
    return "DATE", format_point(target)


def _month_of_week(week: Point) -> Point | None:
    """The month an ISO week lies in, when all its days lie in one; None when it spans two."""
    monday = date.fromisocalendar(week.year, week.week or 1, 1)
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) != (sunday.year, sunday.month):
        return None
    return Point("month", monday.year, month=monday.month)


def _current(mod: str, words: TimeWords) -> bool:
    """Whether a modifier before a period ("current", "current fiscal") names the one running
    at publication (`current_period_modifiers`)."""
    first = mod.removesuffix(" fiscal").strip()
    return first in words.lexicon.words("time/current_period_modifiers")


def _closed_year(mod: str, words: TimeWords) -> bool:
    """Whether a modifier before "year" ("latest", "most recent fiscal"), or "month" or "week",
    names the last one closed before publication (`closed_period_modifiers`)."""
    closed = words.lexicon.words("time/closed_period_modifiers")
    first = mod.removesuffix(" fiscal").strip()
    return first in closed


def b_year_earlier(m: re.Match[str], ctx: Context) -> Built | None:
    """ "a year earlier", "the year-earlier third quarter" or the year-ago one: the
    reported period (quarter, else year) moved back a year; "year-ago" before another noun
    ("year-ago results") is an adjective whose determiner belongs to that noun. "The
    year-earlier nine months" counts months: a DURATION, as "the nine months" is; so is "the
    year-earlier period" after such a count of months."""
    ctx.hold = True
    if m["n"] and ctx.words.parse_number(m["n"]):
        return "DURATION", ctx.words.duration_value(
            ctx.words.parse_number(m["n"]), "month"
        )  # "the year-earlier nine months"
    if ctx.months_reported and ctx.reported_months and m[0].lower().endswith("period"):
        return "DURATION", ctx.reported_months  # "the nine months ... the year-earlier period"
    if m["ord"]:
        ref = ctx.narrative("year")
        year = ref.year - 1 if ref else None
        q = ctx.words.ordinals[m["ord"].lower()]
        return "DATE", f"{year:04d}-Q{q}" if year else f"XXXX-Q{q}"
    named = _named_period(m, ctx)
    if named is not None:
        return "DATE", named
    ref = ctx.reported_quarter() or ctx.narrative("year")
    if ref is None:
        return "DATE", None
    if ref.gran not in ("quarter", "month", "half") or ctx.months_reported:
        ref = Point("year", ref.year)
    return "DATE", fmt(shift(ref, "year", -1, keep_finer=True))


def _reported_year_closed(m: re.Match[str], mod: str, ctx: Context) -> int | None:
    """ "Profit fell in the fourth quarter. For the year, earnings rose 3%." told in February:
    a year told in the past after the quarter under report, when that quarter is the last one
    closed and lies in the year before publication, is that quarter's year (the year just
    closed, as the year-end report tells it); "the current year" and a clause that is not past
    keep the year of publication; so does a year not told as the results period, "for the
    year" or "the full year" (`results_year_marks`: "the year began with strong orders")."""
    marks = ctx.words.lexicon.words("time/results_year_marks")
    if mod not in marks and prev_word(ctx, m.start()) not in marks:
        return None
    quarter = ctx.reported_quarter()
    if quarter is None or ctx.anchor is None or _current(mod, ctx.words):
        return None
    closed = shift(ctx.anchor, "quarter", -1)
    if closed is None or fmt(quarter) != fmt(closed) or quarter.year == ctx.anchor.year:
        return None
    return quarter.year if ctx.tense(m.start(), m.end()) == "past" else None


def _named_period(m: re.Match[str], ctx: Context) -> str | None:
    """A quarter, a half or a month named after "year-ago" or "year-earlier", with no quarter
    (month) reported before: the unit the words name, a year back (TIDES 2005: a value keeps the
    precision its expression names), not the year. The quarter is the one business news
    reports, the last closed before publication (the current one in a future clause), as "the
    quarter" alone is; the half is the last one told; the month is the story's. None where a
    quarter is reported (read as before) or the words name no quarter, half or month."""
    last = m[0].rsplit(None, 1)[-1].lower()
    if ctx.months_reported or ctx.anchor is None or ctx.words.unit_key(last) != last:
        return None  # "the year-earlier nine months" is a count of months
    if last == "quarter" and ctx.reported_quarter() is None:
        ahead = ctx.tense(m.start(), m.end()) == "future"
        point = shift(ctx.anchor, "quarter", 0 if ahead else -1)
    elif last == "month":
        point = coarsen(ctx.narrative("month") or ctx.anchor, "month")
    elif last == "half":
        point = ctx.last.get("half")  # "the first half ... the year-earlier half"
    else:
        return None
    return fmt(shift(point, "year", -1, keep_finer=True)) if point else None


def b_year_end(m: re.Match[str], ctx: Context) -> Built | None:
    """ "by year-end", "at year end", "by year's end": the end of the reporting (narrative)
    year."""
    ref = ctx.narrative("year")
    return "DATE", f"{ref.year:04d}" if ref else None


def b_month_point(m: re.Match[str], ctx: Context) -> Built | None:
    """ "mid-month", "by month's end": the month the story is in, as "the end of the month"."""
    ref = ctx.narrative("month")
    if ref is None or ref.month is None:
        ref = ctx.anchor
    if ref is None or ref.month is None:
        return "DATE", None
    return "DATE", f"{ref.year:04d}-{ref.month:02d}"


def b_week_point(m: re.Match[str], ctx: Context) -> Built | None:
    """ "midweek", "by mid-week": the week the story is in, as "the middle of the week"."""
    ref = ctx.last.get("day") or ctx.anchor
    day = ref.as_date() if ref else None
    return "DATE", format_point(week_point(day)) if day else None


def b_year_point(m: re.Match[str], ctx: Context) -> Built | None:
    """ "at midyear", "by mid-year": the reporting (narrative) year, as "year-end" is."""
    ref = ctx.narrative("year")
    return "DATE", f"{ref.year:04d}" if ref else None


def b_decade_point(m: re.Match[str], ctx: Context) -> Built | None:
    """ "by mid-decade": the decade of the reporting (narrative) year, as "the middle of the
    decade" is."""
    ref = ctx.narrative("year")
    return "DATE", f"{ref.year // 10:03d}" if ref else None


def b_new_year(m: re.Match[str], ctx: Context) -> Built | None:
    """ "in the new year": the year just begun when told in the publication year's first half,
    or in the past ("the new year brought fresh fighting"), else the one about to begin."""
    if ctx.anchor is None:
        return "DATE", None
    if ctx.tense(m.start(), m.end()) == "past":
        return "DATE", f"{ctx.anchor.year:04d}"
    return "DATE", f"{ctx.anchor.year + (0 if (ctx.anchor.month or 1) <= 6 else 1):04d}"


def b_evaluative_unit(m: re.Match[str], ctx: Context) -> Built | None:
    """ "it is a great day for the league", "another bad week for exporters": the day (week) of the
    latest day told, else of publication; a month or year the story's, as "mid-month" and
    "midyear" are. A day or week told in the past ("it was a great day for the city", after a
    story of 1998) judges a time the narrative need not hold: no value here; the tagger gives it
    that of a day told in the same sentence ("on Sunday"), or drops it (`evaluative_value`). A
    present perfect ("it has been a bad week"), or a past reported by a verb of saying ("said it
    was a great day"), is a present."""
    unit = ctx.words.unit_key(m["extent"].lower())
    if (
        unit not in ("month", "year")
        and not ctx.probing
        and ctx.tense(m.start(), m.end()) == "past"
        and not ctx.still_present(m.start(), m.end())
    ):
        ctx.hold = True
        return "DATE", None
    if unit == "month":
        return b_month_point(m, ctx)
    if unit == "year":
        return b_year_point(m, ctx)
    ref = ctx.last.get("day") or ctx.anchor
    day = ref.as_date() if ref else None
    if day is None:
        return "DATE", None
    return "DATE", format_point(week_point(day) if unit == "week" else day_point(day))


def evaluative_value(unit_words: str, day_value: str, words: TimeWords) -> str | None:
    """The value of a judged unit told in the past ("it was a great week for exporters") from
    the day told in its sentence: that day, its week, month or year."""
    point = parse_value(day_value)
    day = point.as_date() if point is not None and point.gran == "day" else None
    if day is None:
        return None
    unit = words.unit_key(unit_words.lower())
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "year":
        return f"{day.year:04d}"
    return format_point(week_point(day) if unit == "week" else day_point(day))


def b_one_day(m: re.Match[str], ctx: Context) -> Built | None:
    """ "will one day be": an unspecified future, not a day."""
    return "DATE", "FUTURE_REF"


def b_year_ago_period(m: re.Match[str], ctx: Context) -> Built | None:
    """ "last year's quarter", "the same period last year": the quarter reported, a year back
    (a point of comparison: the narrative stays on the quarter reported); after a half told
    last, that half a year back."""
    ctx.hold = True
    if m["unit"]:
        return "DATE", _year_back(m["unit"].lower(), ctx)
    latest = ctx.last.get("any")
    if latest is not None and latest.gran == "half" and latest.half:
        return "DATE", f"{latest.year - 1:04d}-H{latest.half}"  # after "the first half"
    ref = ctx.last.get("quarter")
    if ref is not None:
        return "DATE", fmt(shift(ref, "year", -1, keep_finer=True))
    return "DATE", f"{ctx.anchor.year - 1:04d}" if ctx.anchor else None


def _year_back(unit: str, ctx: Context) -> str | None:
    """ "the same month last year", "the same day a year earlier", "the same week last year":
    the month (day) last told, else the anchor's, a year back, at that unit's granularity; a
    week is the anchor's week number a year back (TimeML keeps the unit named)."""
    ref = ctx.last.get(unit) if unit in ("month", "day") else None
    ref = ref or ctx.anchor
    if ref is None:
        return None
    point = coarsen(ref, unit)  # type: ignore[arg-type]
    if point is None:
        return None
    if unit == "week" and point.week:
        return format_point(Point("week", point.year - 1, week=point.week))
    if unit == "day" and point.month and point.day:
        last = monthrange(point.year - 1, point.month)[1]
        return date(point.year - 1, point.month, min(point.day, last)).isoformat()
    return fmt(shift(point, "year", -1, keep_finer=True))


def _counted_step(m: re.Match[str], ctx: Context) -> tuple[str, int] | None:
    """The whole-numbered calendar step of "<num> <unit>" ("two weeks", "a fortnight" = two
    weeks, "three nights" = three days), or None when it is uncounted or clock-sized."""
    num = ctx.words.parse_number(m["num"])
    unit = ctx.words.unit_key(m["unit"])
    if num is None or not float(num).is_integer() or unit in ctx.words.clock_units:
        return None
    n = int(num)
    if unit == "night":
        unit = "day"
    if unit == "fortnight":
        unit, n = "week", 2 * n
    return unit, n


# Half of a unit, counted back in a smaller one: "half a century ago" is 50 years back.
_HALF_BACK: dict[str, tuple[Gran, int]] = {
    "century": ("year", 50),
    "decade": ("year", 5),
    "year": ("month", 6),
}


def b_ago(m: re.Match[str], ctx: Context) -> Built | None:
    """ "two weeks ago": the date counted back from the anchor, at the unit's granularity; "a
    year and a half ago" is counted in months (18 back), a month; an uncounted or clock-sized
    step, or another half, is the past at large (PAST_REF), as is a bare plural ("decades
    ago"); a bare singular ("the year ago") is no time."""
    if m["num"] is None:
        plural = ctx.words.unit_key(m["unit"]) != m["unit"].lower()
        return ("DATE", "PAST_REF") if plural else None
    step = _counted_step(m, ctx)
    if step is None:
        return "DATE", _hours_back(m, ctx) or "PAST_REF"
    unit, n = step
    if m["halfa"] and unit in _HALF_BACK and ctx.anchor is not None:
        # "half a century ago": 50 years back, a year
        finer, count = _HALF_BACK[unit]
        back = coarsen(ctx.anchor, finer)
        return "DATE", fmt(shift(back, finer, -count)) if back else None
    if m["numhalf"] or m["unithalf"] or m["halfa"]:
        if unit != "year" or ctx.anchor is None:
            return "DATE", "PAST_REF"
        month = coarsen(ctx.anchor, "month")
        return "DATE", fmt(shift(month, "month", -12 * n - 6)) if month else None
    if unit in ("year", "quarter"):
        ctx.hold = True
    quarter = ctx.reported_quarter()
    if unit == "year" and n == 1 and quarter is not None:
        # "compared with $5 million a year ago": the year-ago quarter of the one reported.
        return "DATE", fmt(shift(quarter, "year", -1, keep_finer=True))
    # "exports rose in February from a year ago", "in January a year ago": the year, the
    # precision the words name (TIDES 2005), not the month told moved back a year (time29)
    ref = ctx.anchor
    if ref is None:
        return "DATE", None
    if m["finer"]:
        told = _ago_finer(m["finer"], unit, n, ctx)
        if told is not None:
            return "DATE", told
    return "DATE", fmt(shift(ref, unit, -n))


# Hours in one clock unit, by its TIMEX3 code (PT6H, PT10M, PT30S).
_CLOCK_HOURS = {"H": 1.0, "M": 1 / 60, "S": 1 / 3600}


def _hours_back(m: re.Match[str], ctx: Context) -> str | None:
    """ "six hours ago", "ten minutes ago": the day of publication, the finest grain the
    anchor knows (TimeML values a point at the precision it is known to); the day before when
    the publication's hour is told and the count passes midnight. None (the past at large) for
    a vague count or one of a day or more."""
    num = ctx.words.parse_number(m["num"])
    code, clock = ctx.words.units.get(ctx.words.unit_key(m["unit"]), ("", False))
    day = ctx.anchor_date
    if day is None or num is None or not clock:
        return None
    hours = num * _CLOCK_HOURS.get(code, 24.0)
    if not 0 < hours < 24:
        return None
    back = 1 if ctx.anchor_hour is not None and hours > ctx.anchor_hour else 0
    return (day - timedelta(days=back)).isoformat()


def _ago_finer(words: str, unit: str, n: int, ctx: Context) -> str | None:
    """ "a year ago this month", "three weeks ago today": the anchor's day counted back, told at
    the finer grain the words after "ago" give (`ago_finer`); None when that grain is not finer
    than the unit counted."""
    grans = {r["phrase"]: r["gran"] for r in ctx.words.lexicon.table("time/ago_finer")}
    gran = grans.get(re.sub(r"\s+", " ", words.lower()))
    day = ctx.anchor_date
    if gran is None or day is None or GRAN_RANK[gran] <= GRAN_RANK.get(unit, GRAN_RANK["day"]):
        return None
    times, code = ctx.words.multiples.get(unit, (0, ""))
    if times and code == ctx.words.units.get("year", ("", False))[0]:
        unit, n = "year", n * times  # "two decades ago this month": twenty years back
    if unit in ("day", "week"):
        back = day - timedelta(days=n * (7 if unit == "week" else 1))
    else:
        months = n * {"month": 1, "quarter": 3, "year": 12}.get(unit, 0)
        if not months:
            return None
        index = day.year * 12 + day.month - 1 - months
        year, month = index // 12, index % 12 + 1
        back = date(year, month, min(day.day, monthrange(year, month)[1]))
    if gran == "day":
        return back.isoformat()
    if gran == "week":
        return format_point(week_point(back))
    return f"{back.year:04d}-{back.month:02d}"


def b_from_now(m: re.Match[str], ctx: Context) -> Built | None:
    """ "two weeks from now", "a year from today": the date counted forward from the reference,
    at the unit's granularity, as "two weeks ago" is counted back; an uncounted or clock-sized
    step is the future at large (FUTURE_REF)."""
    step = _counted_step(m, ctx)
    if step is None:
        return "DATE", "FUTURE_REF"
    unit, n = step
    ref = ctx.anchor
    if ref is None:
        return "DATE", None
    return "DATE", fmt(shift(ref, unit, n))


def b_from_day(m: re.Match[str], ctx: Context) -> Built | None:
    """ "a week from Tuesday", "two weeks from Friday": the coming weekday (the day itself
    when it is the day of publication), moved on by the length told. "a week from today",
    "two weeks from tomorrow" (`from_named_days`): that day moved on, a day as well, since the
    count starts from a day named (where "two weeks from now" is a week)."""
    step = _counted_step(m, ctx)
    ref = ctx.anchor_date
    if step is None or ref is None:
        return None
    unit, n = step
    if m["dd"] and unit in ("month", "year"):
        day = ref + timedelta(days=ctx.words.deictic_days[m["dd"].lower()][0])
        index = day.year * 12 + day.month - 1 + n * (12 if unit == "year" else 1)
        year, month = divmod(index, 12)
        last = monthrange(year, month + 1)[1]
        return "DATE", date(year, month + 1, min(day.day, last)).isoformat()
    if unit not in ("day", "week"):
        return None
    if m["dd"]:
        ahead = ctx.words.deictic_days[m["dd"].lower()][0]
    else:
        ahead = (weekday_num(m["wd"], ctx.words) - ref.weekday()) % 7
    days = ahead + n * (7 if unit == "week" else 1)
    return "DATE", (ref + timedelta(days=days)).isoformat()


def b_later_earlier(m: re.Match[str], ctx: Context) -> Built | None:
    """ "two days later", "a year earlier": shifted from the narrative's current date."""
    num = ctx.words.parse_number(m["num"])
    unit = ctx.words.unit_key(m["unit"])
    if num is not None and m["halfa"]:
        num = num / 2  # "half an hour later"
    if num is None and unit in ctx.words.units:
        # "a few days later", "several weeks earlier": no day can be counted, but the length
        # is told, vaguely (TimeML's DURATION PXD, the "later" a signal)
        return "DURATION", ctx.words.duration_value(None, unit)
    if unit in ctx.words.clock_units and num is not None:
        # "four hours later": the hour it was is seldom told, so the length is what the
        # text gives (TimeML's DURATION, "later" a signal), not a point without a value
        return "DURATION", ctx.words.duration_value(num, unit)
    if num is None or not float(num).is_integer():
        return "DATE", None
    n = int(num) * ctx.words.directions[m["dir"].lower()]
    if unit == "fortnight":
        unit, n = "week", 2 * n
    if unit in ("year", "quarter"):
        ctx.hold = True
    quarter = ctx.reported_quarter()
    if unit == "year" and abs(n) == 1 and quarter is not None:
        return "DATE", fmt(shift(quarter, "year", n, keep_finer=True))
    if unit == "year" and abs(n) == 1 and ctx.months_reported:
        # the months reported, a year back: that year, the one of the latest date told ("for
        # the nine months to Sept. 30 ... a year earlier"), not of an older year named before
        year = ctx.narrative("any")
        return "DATE", f"{year.year + n:04d}" if year else None
    ref = ctx.narrative("day" if unit in ("day", "night", "week") else "any")
    if ref is None:
        return "DATE", None
    if unit == "night":
        unit = "day"
    # "a year earlier" after a month or a season told is the year, the precision the words
    # name (TIDES 2005), as after a day told ("reopened two years later" after "the spring of
    # 2019" 2021); a quarter or a half reported keeps its own (the year-ago quarter)
    moved = shift(ref, unit, n, keep_finer=ref.gran not in ("month", "season"))
    if ref.gran in _PERIOD_MONTHS and GRAN_RANK.get(unit, 0) > GRAN_RANK["quarter"]:
        moved = None  # "two months later" after "the third quarter of 2019": not its first month
    if moved is None:
        # "two weeks later" after "in May 2015": a week of 2015, which one is not told
        return "DATE", _moved_value(ref, unit, n)
    return "DATE", fmt(moved)
