"""TIMEX3 builders for durations ("three years", "for months") and sets ("every week", "$5 a
year", "monthly", "Mondays").

These measure or repeat time rather than point at it, so they need no reference point; they are
kept apart from the builders of dates, which all resolve against the anchor or the narrative.
"""

from __future__ import annotations

import re
from functools import cache

from .timex_context import Built, Context, month_num, weekday_num
from .timex_lexicon import TimeWords, alternation

_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


@cache
def _age_after(words: TimeWords) -> re.Pattern[str]:
    """An age after a duration ("52 years old"): no time."""
    return re.compile(rf"\s+(?:{alternation(words.age_words)})\b", re.IGNORECASE)


@cache
def _fraction(words: TimeWords) -> re.Pattern[str]:
    """A fraction that reads as a unit ("three-quarters of its food")."""
    return re.compile(rf"-(?:{alternation(words.fraction_words)})\s+of\b", re.IGNORECASE)


@cache
def _fraction_of_amount(words: TimeWords) -> re.Pattern[str]:
    """What follows a fraction word told as a unit when it is a share of an amount ("a quarter
    point", "a quarter-point cut", "a quarter of its budget"): `fraction_followers`, or "of"
    without a unit of time after it ("a quarter of a century" is a length)."""
    followers = alternation(words.lexicon.entries("time/fraction_followers"))
    return re.compile(
        rf"(?:[\s-]+(?:{followers})\b|\s+of\s+(?!(?:an?|one|the)\s+(?:{words.unit})\b))",
        re.IGNORECASE,
    )


@cache
def _month_before(words: TimeWords) -> re.Pattern[str]:
    """A month name just before a duration's count: the count is the month's day ("the Sept. 30
    quarter", "the June 30 year"), no length of time."""
    return re.compile(rf"(?:{words.month_any})\s*$")


# A year and a dash or slash just before a count: the count is the span's second year.
_YEAR_DASH_BEFORE = re.compile(r"\b\d{4}[-–/]$")


@cache
def _count_pattern(words: TimeWords) -> re.Pattern[str]:
    """A count in digits or words, or an ordinal ("the second raid in as many days": two); no
    article ("a year" tells no count)."""
    count = alternation([*words.small, *words.tens, *words.day_ordinals])
    return re.compile(rf"\b(?:\d[\d,]*|(?:{count}))\b", re.IGNORECASE)


def _count_before(ctx: Context, start: int) -> int | float | None:
    """The count that "as many" repeats: the last one told earlier in the sentence ("three
    attacks in as many days": 3); None when the sentence tells none."""
    sentence = max(ctx.text.rfind(".", 0, start), ctx.text.rfind("\n", 0, start)) + 1
    counts = list(_count_pattern(ctx.words).finditer(ctx.text, sentence, start))
    if not counts:
        return None
    told = counts[-1].group(0)
    return ctx.words.day_ordinals.get(told.lower()) or ctx.words.parse_number(told)


@cache
def _determiner_before(words: TimeWords) -> re.Pattern[str]:
    """A determiner (or a possessive noun) before a frequency adverb: "the quarterly report" is
    an adjective, and so are "its first quarterly loss", "the bank's annual meeting" (an ordinal
    or a word like "initial" between them) and the second of two joined nouns' modifiers ("the
    split and quarterly dividend", "the stock split and quarterly dividend")."""
    between = alternation([*words.set_adjective_modifiers, *words.ordinals])
    joined = (
        rf"(?:[a-z]+\s+){{1,2}}(?:{alternation(words.lexicon.entries('time/day_list_joiners'))})\s+"
    )
    # a possessive noun determines as "its" does ("the company's first quarterly loss")
    return re.compile(
        rf"\b(?:{alternation(words.determiners)}|[a-z]+['’]s)\s+(?:(?:{between})\s+){{0,2}}"
        rf"(?:{joined})?$",
        re.I,
    )


@cache
def _rate_before(words: TimeWords) -> re.Pattern[str]:
    """A number, an amount or a percent before "a year" or "annually": the rate of a quantity
    ("$5 a year", "rose 8% annually"); so is a count of things, one plural noun between ("700
    seats a week", "four flights a week", "10,000 units annually"), and a measure of a stuff
    ("2 million barrels of oil a day", "40 inches of rain a year", "barrels of crude oil a
    day": TimeML leaves rates out)."""
    rates = "|".join(r"\b" + re.escape(w) for w in words.rate_words)
    count = alternation([*words.small, *words.tens])
    many = alternation(words.rate_count_words)
    # the stuff one or two words ("of oil", "of crude oil", "of Iraqi oil")
    stuff = r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?"
    things = rf"(?:\d[\d,.]*|\b(?:{count})|\b(?:{many})\s+of)\s+[a-z]+s{stuff}"
    return re.compile(rf"(?:\d|%|(?:{rates}){stuff}|{things})\s*$", re.IGNORECASE)


def b_clock_span(m: re.Match[str], ctx: Context) -> Built | None:
    """ "in the past hour", "over the last hour": one unit of the clock counted back from now, a
    length (PT1H) as "the past week" is P1W; the hour itself is seldom told. "The past half
    hour" is half of one (PT30M)."""
    return "DURATION", ctx.words.duration_value(0.5 if m["half"] else 1, m["unit"])


def b_duration(m: re.Match[str], ctx: Context) -> Built | None:
    """ "three years", "for several months", "half an hour", "a year and a half"; an age ("52
    years old") is no time, nor a fraction ("three-quarters of its food"), nor the unit of a
    rate ("$5 a year", `quantity_rate`)."""
    words = ctx.words
    unit = m["unit"]
    if words.unit_key(unit) not in words.units or words.unit_key(unit) in words.uncounted_units:
        return None
    if m["kind"] and m["num"].lower() in words.articles:
        return None  # "a school day", "a trading day": a kind of day, no length told
    if m["num"].lower() in words.articles and quantity_rate(ctx, m.start()):
        return None  # "$5 a year": the rate of an amount, no length of time
    if _month_before(words).search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    if _YEAR_DASH_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()):
        return None  # "the 2019-20 fiscal year": the second year of a span of years, no length
    age, fraction = _age_after(words), _fraction(words)
    if age.match(ctx.text, m.end()) or fraction.match(ctx.text, m.start("unit") - 1):
        return None
    if unit.lower() in words.fraction_words and _fraction_of_amount(words).match(ctx.text, m.end()):
        return None  # "cut rates by a quarter point", "a quarter of its budget": a share
    if (
        m["num"].lower() in words.articles
        and unit.lower() in words.ordinal_units
        and _ordinal_second(ctx, m.end())
    ):
        return None
    num_text = m["num"]
    singular = words.unit_key(unit) == unit.lower()
    if num_text.lower().strip() in words.vague and singular and "-" not in m.group(0):
        # "return some day": no count of days, nor one ("one day" is its own rule); a
        # hyphened "several-year" stays a length
        return None
    num = words.parse_number(num_text)
    if m["echo"]:
        if num is not None:
            return None  # "as two years": no echo of a count
        num = _count_before(ctx, m.start())
    if (
        num is None
        and num_text.lower().strip() not in words.vague
        and not any(u in num_text for u in words.uncounted)
    ):
        return None
    if m["set"]:
        return "SET", words.duration_value(1, unit)
    if num is not None and m["half"]:
        num = num / 2  # "half an hour", "half a century"
    elif num is not None and (m["numhalf"] or m["unithalf"]):
        num = num + 0.5  # "two and a half years", "a year and a half"
    if m["the"] and num is not None and words.unit_key(unit) == "month":
        # "the nine months", "the first six months": the period under report is now a count of
        # months, not the quarter told before (see `Context.months_reported`).
        ctx.months_reported = True
        ctx.reported_months = words.duration_value(num, unit)
    return "DURATION", words.duration_value(num, unit)


def b_quarter_of(m: re.Match[str], ctx: Context) -> Built | None:
    """ "a quarter of a century", "a quarter-century", "three quarters of an hour": a length
    of that many quarters of the unit (P25Y, PT45M), not the business quarter; before "ago",
    the year that many years back ("a quarter century ago")."""
    num = ctx.words.parse_number(m["num"])
    if num is None:
        return None
    value = ctx.words.duration_value(num / 4, m["unit"])
    if not m["ago"]:
        return "DURATION", value
    # "a quarter century ago": that many years back, a year; a part of an hour ago, the past
    years = re.fullmatch(r"P(\d+)Y", value)
    if years is None or ctx.anchor is None:
        return "DATE", "PAST_REF"
    return "DATE", f"{ctx.anchor.year - int(years[1]):04d}"


def b_span_half(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the last year and a half", "the next hour and a half": a length of one unit and a
    half (P18M, PT90M), as "a year and a half" is."""
    if ctx.words.unit_key(m["unit"]) not in ctx.words.units:
        return None
    return "DURATION", ctx.words.duration_value(1.5, m["unit"])


def _ordinal_second(ctx: Context, end: int) -> bool:
    """ "a second betrayal", "a second time": the ordinal, not one second (a word after "a
    second" other than those a duration takes, `duration_followers`)."""
    following = _NEXT_WORD.match(ctx.text, end)
    return following is not None and following.group(1).lower() not in ctx.words.duration_followers


def b_unit_long(m: re.Match[str], ctx: Context) -> Built | None:
    """ "a day-long meeting" (P1D), "the decades-long feud" (PXY): a length told as an
    adjective, one unit, or a vague number of them when the unit is plural or joined to "multi"
    ("a multiyear lease", PXY)."""
    if m["multi"]:
        return "DURATION", ctx.words.duration_value(None, m["munit"])
    unit = m["unit"]
    plural = ctx.words.unit_key(unit) != unit.lower()
    return "DURATION", ctx.words.duration_value(None if plural else 1, unit)


def b_bare_units(m: re.Match[str], ctx: Context) -> Built | None:
    """ "for years", "within weeks", "after months of talks", "follows months of talks", "Years
    of war ...", "the first time in decades", "hours later", "it could be weeks before ...": an
    unspecified number of units (PXY, PXW ...)."""
    unit = (
        m["unit"]
        or m["unit2"]
        or m["unit3"]
        or m["unit4"]
        or m["unit5"]
        or m["unit6"]
        or m["unit7"]
    )
    return "DURATION", ctx.words.duration_value(None, unit)


def b_season_set(m: re.Match[str], ctx: Context) -> Built | None:
    """ "winter" after "every summer and": every winter, as the first season is (XXXX-WI)."""
    return "SET", f"XXXX-{ctx.words.season_codes[m['s'].lower()]}"


def b_set_every(m: re.Match[str], ctx: Context) -> Built | None:
    """ "every week", "each morning", "every other Friday": a SET; a vague step ("every few
    years") is a SET too, its step not counted (PXY), not a length of time; after an amount
    ("$40 per year") it is a rate, no time (`quantity_rate`)."""
    words = ctx.words
    what = m["unit"]
    if not m["count"] and quantity_rate(ctx, m.start()):
        return None  # "$40 per year", "30 miles per hour": the rate of an amount
    if m["weekend"]:  # "every weekend"
        return "SET", "XXXX-WXX-WE"
    if m["part"]:  # "every Monday night"
        day = weekday_num(what[: m.start("part") - m.start("unit")].strip(), words) + 1
        return "SET", f"XXXX-WXX-{day}T{words.part_of_day[m['part'].lower()]}"
    if re.fullmatch(words.weekday, what):
        return "SET", f"XXXX-WXX-{weekday_num(what, words) + 1}"
    if what.lower() in words.season_codes:  # "each spring": every spring, XXXX-SP
        return "SET", f"XXXX-{words.season_codes[what.lower()]}"
    if re.fullmatch(words.month_full, what):  # "every January"
        return "SET", f"XXXX-{month_num(what, words):02d}"
    key = words.unit_key(what.lower())
    if key in words.part_of_day:
        # "every morning": each day's morning, a day of unknown date with its part (TIMEX3
        # `XXXX-XX-XXTMO`, as TIDES 2005 writes it), not the bare part
        return "SET", f"XXXX-XX-XXT{words.part_of_day[key]}"
    n = m["n"]
    count = 2 if n and n.lower() in words.every_other else (words.parse_number(n) if n else 1)
    if m["nth"]:  # "every third year": a step of three
        count = words.day_ordinals.get(re.sub(r"[-\s]+", "-", m["nth"].lower()))
    if count is None and not (n and re.sub(r"\s+", " ", n.lower()) in words.vague):
        return None
    # "every few years": a recurring time whose step the text does not count (PXY)
    return "SET", words.duration_value(count, key)


def b_set_adverb(m: re.Match[str], ctx: Context) -> Built | None:
    """ "paid monthly", "daily": a SET; "the quarterly report" (an adjective after a determiner)
    describes the noun, not a recurring time, and is left out, unless the word tells a thing
    done every day or week ("his daily life", `recurring_adjectives`); a newspaper ("the party
    daily Granma", "the weekly Der Spiegel": a name follows) is left out too, and so is the
    rate of an amount ("rose 8% annually", `quantity_rate`)."""
    words = ctx.words
    adverb = m["adverb"].lower()
    value = words.frequency_adverbs[adverb]
    if m["count"]:
        return "SET", value  # "twice weekly": a count of times, as "twice a week"
    before = ctx.text[max(0, m.start() - 40) : m.start()]
    after = ctx.text[m.end() : m.end() + 2]
    adjective = _determiner_before(words).search(before) and re.match(r"\s[a-z]", after)
    if adjective and adverb not in words.recurring_adjectives:
        return None
    name = _NEXT_WORD.match(ctx.text, m.end())
    if name and name.group(1)[:1].isupper() and not _calendar_word(name.group(1), words):
        return None  # "the party daily Granma": a newspaper
    if quantity_rate(ctx, m.start()):
        return None  # "sales rose 8% annually": the rate of an amount
    return "SET", value


def _calendar_word(word: str, words: TimeWords) -> bool:
    key = word.lower().rstrip(".")
    return key in words.weekdays or key in words.months or key.rstrip("s") in words.weekdays


def b_set_quarter(m: re.Match[str], ctx: Context) -> Built | None:
    """ "each fourth quarter", "the first quarter of every year": that quarter of every year,
    a SET (XXXX-Q4), not this year's quarter."""
    n = ctx.words.day_ordinals.get((m["ord"] or m["ord2"]).lower())
    return ("SET", f"XXXX-Q{n}") if n else None


def b_weekend_set(m: re.Match[str], ctx: Context) -> Built | None:
    """ "closed on weekends", "works most weekends": every weekend, a SET."""
    return "SET", "XXXX-WXX-WE"


def b_weekday_plural(m: re.Match[str], ctx: Context) -> Built | None:
    return "SET", f"XXXX-WXX-{weekday_num(m['wd'], ctx.words) + 1}"


def b_per_unit(m: re.Match[str], ctx: Context) -> Built | None:
    """ "twice a week", "three times a year": a count of times per unit, so a SET, the count
    inside the expression as TimeML spans it (freq 2X); "$5 a year", "700 seats a week" are
    the rate of a quantity, no time (`quantity_rate`), and a bare "a week" is not this rule's
    business."""
    if not m["count"]:
        return None
    return "SET", ctx.words.duration_value(1, m["unit"])


def quantity_rate(ctx: Context, start: int) -> bool:
    """Whether an amount, a percent or a count of things ends just before `start` ("$500
    million a year", "rose 8% annually", "700 seats a week"): the time word then only gives
    the rate of that quantity and is no time expression; the TBAQ tune part's gold leaves
    such rates out (8 of 10), while a count of times ("twice a week") recurs and stays a
    SET."""
    return bool(_rate_before(ctx.words).search(ctx.text[max(0, start - 40) : start]))
