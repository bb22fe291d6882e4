"""TIMEX3 builders for years and the periods longer than a month: quarters, halves, seasons,
decades, centuries, and years as read out ("nineteen ninety-six").

Business news counts in quarters of a reporting year and stories in seasons and decades; these
builders share the rules that place such a period in a year when the text leaves it out.
"""

from __future__ import annotations

import re
from functools import cache

from .timex_context import OF_AFTER, Built, Context, fmt
from .timex_dates import end_point
from .timex_lexicon import TimeWords, alternation
from .timex_normalise import coarsen, format_point, month_of, season_of, shift
from .timex_relative import period_closing_year


def b_year(m: re.Match[str], ctx: Context) -> Built | None:
    year = int(m["y"])
    if ctx.anchor and year > ctx.anchor.year + 30:
        return None
    if not (m["fiscal"] or m["named"] or _prefixed(ctx.text, m.start(), ctx.words)) and (
        not_a_year(ctx.text, m.end("y"), ctx.words) or _after_a_name(ctx.text, m.start(), ctx.words)
    ):
        return None
    return "DATE", f"{year:04d}"  # "fiscal 1989", "the year 2000" too, as TimeBank values them


def _prefixed(text: str, start: int, words: TimeWords) -> bool:
    """Whether a prefix joined by a hyphen stands before the number ("pre-1990 cars",
    "post-1995 homes"): a year then, whatever noun follows."""
    head = text[max(0, start - 8) : start].lower()
    return head.endswith("-") and any(
        re.search(rf"\b{re.escape(p)}-$", head) for p in words.lexicon.entries("time/prefix_words")
    )


def b_short_year(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the '96 campaign", "in '97": a year by its last two digits, in the century that puts it
    nearest the reference without running more than ten years past it; not the end of a name
    ("Euro '96")."""
    if not (m["fiscal"] or m["fy"]) and _after_a_name(ctx.text, m.start(), ctx.words):
        return None
    return "DATE", f"{short_year(int(m['yy']), ctx):04d}"


def short_year(yy: int, ctx: Context) -> int:
    """The year of its last two digits: the century that puts it nearest the reference
    without running more than ten years past it."""
    if ctx.anchor is None:
        return (1900 if yy > 30 else 2000) + yy
    here = ctx.anchor.year
    candidates = [c + yy for c in (1900, 2000) if c + yy <= here + 10]
    return min(candidates, key=lambda y: abs(here - y)) if candidates else 1900 + yy


_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:]\s)(?<![.!?:])\b([A-Z][A-Za-z]+) $")


def _after_a_name(text: str, start: int, words: TimeWords) -> bool:
    """Whether the four digits at `start` end a name ("Vision 2030", "Windows 2000", "Tokyo
    2020"): a capitalised word inside a sentence right before them that is no month, weekday,
    season or word that leads to a time (`year_after_words`, `time_leads`)."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1).lower()
    if (
        word in words.time_leads
        or word in words.year_after_words
        or word in words.months
        or word in words.weekdays
        or word in words.season_codes
    ):
        return False
    line_start = text.rfind("\n", 0, before.start()) + 1
    opening = text[line_start : before.start()].strip(" \t\"'“‘(")
    return bool(opening)  # a line's first word is capitalised anyway


_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_WORDS_AFTER = re.compile(r"[A-Za-z][\w'’-]*")


@cache
def _clock_after(words: TimeWords) -> re.Pattern[str]:
    """A clock's mark after four digits ("1930 hours", "0600 GMT")."""
    return re.compile(rf"\s*(?:{alternation(words.clock_marks)})\b")


def not_a_year(text: str, end: int, words: TimeWords) -> bool:
    """Whether the four-digit number ending at `end` is no year: a house number ("1550 Weston
    Ct."), a count ("2000 troops", "1800 block") or a clock time ("1930 hours", "0600 GMT").
    After a word that introduces a time ("in 1989 Supreme Court judges ...") it is a year."""
    before = _WORD_BEFORE.search(text, max(0, end - 30), end - 4)
    if before and before.group(1).lower() in words.time_leads:
        return False
    after = text[end : end + 60]
    word = _WORD_AFTER.match(after)
    if word and word.group(1).lower() in words.not_a_year_after:
        return True
    if _clock_after(words).match(after):
        return True
    # a capitalised name, then a street word: "1550 Weston Ct.", "12 N. Elm Street"
    following = _WORDS_AFTER.findall(after)[:4]
    for i, w in enumerate(following):
        if i and w.lower() in words.street_words:
            return True
        if not w[:1].isupper():
            return False
    return False


def b_spoken_year(m: re.Match[str], ctx: Context) -> Built | None:
    """Years as read out in broadcast transcripts: "nineteen ninety-six", "two thousand one"."""
    if m["c"]:
        return "DATE", f"{ctx.words.spoken_year(m['c'], m['yy']):04d}"
    units = m["tt"] or m["t2"]
    return "DATE", f"{2000 + (ctx.words.spoken_number(units) if units else 0):04d}"


# Months in a quarter, and quarters in a year.
MONTHS_A_QUARTER = 3
QUARTERS = 4


def b_quarter(m: re.Match[str], ctx: Context) -> Built | None:
    q = ctx.words.ordinals.get((m["ord"] or "").lower()) or int(m["q"] or 0)
    if not q:
        return None
    if m["y"]:
        year: int | None = int(m["y"])
    elif m["y2"] or m["y3"] or m["y4"]:  # "the 1990 fourth quarter", "Q4 1990", "1990's fourth"
        year = int(m["y2"] or m["y3"] or m["y4"])
    elif (m["yrel"] or m["yrel2"]) and ctx.anchor is not None:
        # "next year's first quarter", "the fourth quarter of last year"
        year = ctx.anchor.year + ctx.words.rel_offset[(m["yrel"] or m["yrel2"]).lower()]
    elif m["yana"] and (told := ctx.story_year(m["yana"])) is not None:
        year = told  # "the fourth quarter of the following year"
    elif m["yago"] and ctx.anchor is not None:
        # "the prior year's third quarter": the year before the one reported (a point of
        # comparison, as "the year-earlier quarter": the narrative stays on the reported one)
        ctx.hold = True
        reported = ctx.reported_quarter()
        year = (reported.year if reported is not None else ctx.anchor.year) - 1
    elif (closing := period_closing_year(m, ctx)) is not None:
        # "the second quarter ended Nov. 30" (told in a late-November paper): the
        # quarter of its closing day's year
        year = closing
    else:
        ref = ctx.anchor  # quarters in business news are the reporting year's, not the story's
        if ref is None:
            return "DATE", f"XXXX-Q{q}"
        year = ref.year
        ref_month = month_of(ref)
        tense = ctx.tense(m.start(), m.end()) if ref_month else None
        if ref_month and tense == "past" and q > (ref_month - 1) // 3 + 1:
            year -= 1
        elif ref_month and tense == "future" and q < (ref_month - 1) // 3:
            # "earnings will improve in the first quarter", told in October: next year's; the
            # quarter just closed stays this year's ("will post its third-quarter figures")
            year += 1
        elif (
            ref_month
            and tense == "future"
            and ref_month <= MONTHS_A_QUARTER
            and q == QUARTERS
            and not _quarter_time(ctx.words).search(ctx.text, max(0, m.start() - 12), m.start())
        ):
            # the quarter just closed is last year's fourth when told in the first quarter
            # ("will report fourth-quarter results next week" in January); a coming event
            # placed in it is this year's ("expects a profit in the fourth quarter")
            year -= 1
    return "DATE", f"{year:04d}-Q{q}"


@cache
def _quarter_time(words: TimeWords) -> re.Pattern[str]:
    """A preposition that places an event in the quarter right after it (`quarter_time_prepositions`)."""
    return re.compile(
        rf"\b(?:{alternation(words.lexicon.entries('time/quarter_time_prepositions'))})\s+$",
        re.IGNORECASE,
    )


def b_year_period(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the 1988 quarter", "the 1989 period": the quarter under report, in that year (a point
    of comparison, so the narrative stays on the quarter reported); after a half told last,
    that half ("the same period of 2022" after "the first half")."""
    ctx.hold = True
    if m["alone"]:
        # "sales rose in the same period": the quarter or month told before; with none told
        # the words name no period the text gives, nor a date after a count of months
        # ("the nine months to September ... the same period" is nine months long)
        told = None if ctx.months_reported else ctx.last.get("quarter") or ctx.last.get("month")
        if told is None:
            return ("DATE", None) if ctx.probing else None
        return "DATE", format_point(told)
    year = int(m["y"] or m["y2"])
    latest = ctx.last.get("any")
    if latest is not None and latest.gran == "half" and latest.half:
        # "in the first half ... than in the same period of 2022": that half of 2022
        return "DATE", f"{year:04d}-H{latest.half}"
    ref = ctx.last.get("quarter")
    if ref is not None and ref.quarter:
        return "DATE", f"{year:04d}-Q{ref.quarter}"
    return "DATE", f"{year:04d}"


def b_half(m: re.Match[str], ctx: Context) -> Built | None:
    first = m["front"] or (m["ord"] and ctx.words.ordinals.get(m["ord"].lower()) == 1)
    h = 1 if first else 2  # second, last, latter, back
    if m["h"]:  # "H1 2019"
        return "DATE", f"{int(m['y4']):04d}-H{m['h']}"
    if m["hb"]:  # "recover in H2": a half-year only in a text that reports periods
        if ctx.probing:
            return "DATE", None
        if ctx.last.get("quarter") is None and ctx.last.get("half") is None:
            return None
        h = int(m["hb"])
    if m["y"] or m["y2"] or m["y3"] or m["y5"]:  # "the first half of 1990", "1990's first half"
        year = int(m["y"] or m["y2"] or m["y3"] or m["y5"])
    elif (rel := m["yrel"] or m["ypos"]) and ctx.anchor is not None:
        year = ctx.anchor.year + ctx.words.rel_offset[rel.lower()]  # "of last year", "this year's"
    elif m["yana"] and (told := ctx.story_year(m["yana"])) is not None:
        year = told  # "the first half of the following year"
    else:
        if OF_AFTER.match(ctx.text, m.end()):
            # "the first half of February", "of the month", "of the game": a half of something
            # other than a year, no half-year
            return None
        # "of the current fiscal year": the year of telling, not the story's latest
        ref = ctx.anchor if m["cur"] else ctx.narrative("year")
        if ref is None:
            return "DATE", f"XXXX-H{h}"
        year = ref.year
        ref_month = month_of(ref) if ref is ctx.anchor else None
        if ref_month and (ref_month - 1) // 6 + 1 < h and ctx.tense(m.start(), m.end()) == "past":
            # "output fell in the second half", told in January with no year told before: the
            # half last past, last year's, as a past quarter still to come is
            year -= 1
    return "DATE", f"{year:04d}-H{h}"


def b_decade(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the 1980s" (TIMEX3 `198`); "the 1800s" names a century (`18`) when that century closed
    before the anchor's began: "the 2000s" told in 2021 is still the decade."""
    if m["dec"]:
        year = int(m["dec"])
        if year % 100 == 0 and ctx.anchor is not None and year < ctx.anchor.year // 100 * 100:
            return "DATE", m["dec"][:2]
        return "DATE", m["dec"][:3]
    if m["d3"] and _not_decade_sentence(ctx.text, m.start(), ctx.words):
        return None  # "highs in the 80s", "traded in the 30s": no decade
    d = int(m["d2"] or m["d3"])
    century = 19
    if ctx.anchor and (2000 + 10 * d) <= ctx.anchor.year:
        century = 20 if d <= (ctx.anchor.year % 100) // 10 and ctx.anchor.year >= 2010 else 19
    return "DATE", f"{century}{d}"


@cache
def _not_decade_words(words: TimeWords) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alternation(words.lexicon.entries('time/not_decade_words'))})\b", re.I
    )


def _not_decade_sentence(text: str, start: int, words: TimeWords) -> bool:
    """Whether the sentence before `start` counts degrees, prices or points (`not_decade_words`),
    where "the 80s" without an apostrophe is such a number, not a decade."""
    sentence = re.split(r"[.!?;]\s", text[max(0, start - 160) : start])[-1]
    return bool(_not_decade_words(words).search(sentence))


def b_decade_word(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the eighties" (the 1980s), "the nineteen sixties" as read out, "nineties" after "the
    eighties and"."""
    century = ctx.words.centuries.get((m["c"] or "").lower(), 19)
    return "DATE", f"{century}{ctx.words.decades[(m['w'] or m['w2']).lower()]}"


def b_century(m: re.Match[str], ctx: Context) -> Built | None:
    n = (
        int(m["n"])
        if m["n"]
        else ctx.words.century_ordinals[re.sub(r"[-\s]+", "-", m["w"].lower())]
    )
    return "DATE", f"{n - 1:02d}"


def b_century_decade(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the first decade of the century": the decade of the century named, or of the
    publication date's century ("of the century", "of this century"); the last is the tenth."""
    o = re.sub(r"[-\s]+", "-", m["ord"].lower())
    n = 10 if o in ctx.words.lexicon.words("time/last_ordinals") else ctx.words.day_ordinals[o]
    if m["n"] or m["w"]:
        century = (
            int(m["n"])
            if m["n"]
            else ctx.words.century_ordinals[re.sub(r"[-\s]+", "-", m["w"].lower())]
        )
        century -= 1
    elif ctx.anchor is not None:
        century = ctx.anchor.year // 100
    else:
        return "DATE", None
    return "DATE", f"{century:02d}{n - 1}"


@cache
def _season_noun(words: TimeWords) -> re.Pattern[str]:
    """The words after "the fall" that make it a decline ("the fall in prices", "the fall from
    power"), not before a year ("the fall in 2019")."""
    followers = alternation(words.lexicon.entries("time/season_noun_followers"))
    return re.compile(rf"\s+(?:{followers})\b(?!\s+\d{{4}}\b)", re.IGNORECASE)


def _season_lead(text: str, start: int, words: TimeWords) -> bool:
    """Whether a preposition of time stands before "the fall" ("in the fall in most states")."""
    before = text[max(0, start - 12) : start].split()
    leads = words.lexicon.words("time/season_time_leads")
    return bool(before) and before[-1].lower() in leads


@cache
def _season_in_year(words: TimeWords) -> re.Pattern[str]:
    """A year told right after a season with a preposition ("the fall in 2019")."""
    leads = alternation(words.lexicon.entries("time/season_year_leads"))
    return re.compile(rf"\s+(?:{leads})\s+(?P<y>1[5-9]\d\d|20\d\d)\b(?![-–/]\d)", re.IGNORECASE)


def b_season(m: re.Match[str], ctx: Context) -> Built | None:
    name = m["s"].lower()
    mod = re.sub(r"\s+", " ", (m["mod"] or "").lower())
    dated = m["y"] or m["sy"]  # "the summer of 2019", "the spring of '45"
    if name in ctx.words.ambiguous_seasons and not (mod or dated or m["c"] or m["the"]):
        return None
    if name in ctx.words.ambiguous_seasons and m["the"] and not (mod or dated):
        if re.match(r"\s+of\b(?!\s+\d{4})", ctx.text[m.end() : m.end() + 10]):
            return None
        if _season_noun(ctx.words).match(ctx.text, m.end()) and not _season_lead(
            ctx.text, m.start(), ctx.words
        ):
            return None
    if m["the"] and not (mod or dated) and re.match(r"[’']s\b", ctx.text[m.end() : m.end() + 2]):
        return None  # "the spring's water", "the fall's impact": a possessive season needs its
        # modifier ("last summer's drought", "next spring's vote")
    if not (mod or dated or m["the"]) and _in_name(ctx.text, m.start("s"), ctx.words):
        return None  # "Silver Spring", "Palm Springs Road": a place
    code = ctx.words.season_codes[name]
    if m["amod"] and not (dated or m["c"]):
        return "DATE", _story_season(m["amod"], code, ctx)
    if m["sy"]:
        return "DATE", f"{short_year(int(m['sy']), ctx):04d}-{code}"
    if m["y"] or m["c"]:
        year = int(m["y"]) if m["y"] else ctx.words.spoken_year(m["c"], m["yy"])
        if m["y2"] and code == _WINTER:
            year += 1  # "the winter of 2019-20": the year of its January and February
        return "DATE", f"{year:04d}-{code}"
    if not (m["amod"] or mod or m["yana"] or m["yrel"]) and (
        later := _season_in_year(ctx.words).match(ctx.text, m.end())
    ):
        return "DATE", f"{later['y']}-{code}"  # "the fall in 2019": that year's fall
    if m["yana"] and (told := ctx.story_year(m["yana"])) is not None:
        return "DATE", f"{told:04d}-{code}"  # "the spring of the following year"
    ref = ctx.anchor
    if m["yrel"]:  # "the spring of last year"
        if ref is None:
            return "DATE", f"XXXX-{code}"
        return "DATE", f"{ref.year + ctx.words.rel_offset[m['yrel'].lower()]:04d}-{code}"
    if ref is None:
        return "DATE", f"XXXX-{code}"
    year = ref.year
    ref_month = month_of(ref)
    if ref_month is not None:
        offset = ctx.words.name_modifiers.get(mod)
        year, current = _season_year(ref.year, ref_month, code, offset == 0)
        order = ("WI", "SP", "SU", "FA")
        before = order.index(code) < order.index(current)
        if offset == -1:
            year = year if before else year - 1
        elif offset == 1:
            year = year + 1 if (before or code == current) else year
        elif offset == 0:
            if before and ctx.tense(m.start(), m.end()) == "future":
                year += 1  # "heating bills will rise this winter" told in November: the coming one
        else:
            tense = ctx.tense(m.start(), m.end())
            if end_point(ctx, m.start()) and ctx.deadline(m.start(), m.end()):
                tense = "future"  # "the ban was extended to the autumn": ahead, as a weekday
            if tense == "past" and not before and code != current:
                year -= 1
            elif tense == "future" and before:
                year += 1
    return "DATE", f"{year:04d}-{code}"


_SEASONS = ("WI", "SP", "SU", "FA")
_WINTER = _SEASONS[0]
_DECEMBER = 12


def _season_year(year: int, month: int, code: str, current_one: bool) -> tuple[int, str]:
    """The season a month lies in and the year that season is dated by: a winter is its
    January's and February's year (TIMEX3 `2022-WI` runs from December 2021), so December
    belongs to the next year's winter, and "this winter" names one winter told in December or in
    January. But "this fall", "that autumn" (`current_one`, another season than winter) told in
    December is the one of December's own year, just gone, as "this March" is this year's:
    counted from next year's winter it would be the next year's."""
    season = season_of(month)
    if month == _DECEMBER and current_one and code != _WINTER:
        return year, _SEASONS[-1]
    return (year + 1 if season == _WINTER and month == _DECEMBER else year), season


def _story_season(amod: str, code: str, ctx: Context) -> str | None:
    """ "that summer", "the following spring", "the previous winter": the season of the
    story's year (the last date told), the first one after its date or the last one before."""
    mod = re.sub(r"^the\s+|\s+", " ", amod.lower()).strip()
    ref = ctx.narrative("any")
    if ref is None:
        return None
    offset = ctx.words.rel_offset.get(mod, 0)
    month = month_of(ref)
    year, current = (
        _season_year(ref.year, month, code, offset == 0) if month is not None else (ref.year, None)
    )
    if offset > 0:
        after = current is not None and _SEASONS.index(code) > _SEASONS.index(current)
        year = year if after else year + 1
    elif offset < 0:
        before = current is not None and _SEASONS.index(code) < _SEASONS.index(current)
        year = year if before else year - 1
    return f"{year:04d}-{code}"


def _in_name(text: str, start: int, words: TimeWords) -> bool:
    """Whether the capitalised word at `start` follows a capitalised word (part of a name)."""
    before = text[max(0, start - 30) : start]
    m = re.search(r"\b([A-Z][a-z]+) $", before)
    return (
        text[start : start + 1].isupper()
        and m is not None
        and m.group(1).lower() not in words.season_leads
    )


@cache
def _elliptic_head(words: TimeWords) -> re.Pattern[str]:
    """The told unit before a lone modifier: "this year and " before "next"."""
    e = words.lexicon.entries
    return re.compile(
        rf"\b(?P<mod>{alternation(e('time/elliptic_modifiers'))})\s+"
        rf"(?P<unit>{alternation(e('time/elliptic_units'))})\s+"
        rf"(?:{alternation(e('time/elliptic_joiners'))})\s+$",
        re.IGNORECASE,
    )


def b_elliptic_unit(m: re.Match[str], ctx: Context) -> Built | None:
    """ "this year and next", "this year as last", "last year and this": the lone modifier
    stands for the unit just told, counted from the reference as "next year" is (TimeML tags
    the lone word as its own date)."""
    head = _elliptic_head(ctx.words).search(ctx.text, max(0, m.start() - 32), m.start())
    mod = m["mod"].lower()
    if head is None or head["mod"].lower() == mod or ctx.anchor is None:
        return None
    gran = head["unit"].lower()
    offset = ctx.words.rel_offset.get(mod)
    start = coarsen(ctx.anchor, gran)  # type: ignore[arg-type]
    if offset is None or start is None:
        return None
    return "DATE", fmt(shift(start, gran, offset))
