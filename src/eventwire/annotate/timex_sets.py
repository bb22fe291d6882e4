"""TIMEX3 builders for durations ("three years", "for months") and sets ("every week", "$5 a
year", "monthly", "Mondays").

These measure or repeat time rather than point at it, so they need no reference point; they are
kept apart from the builders of dates, which all resolve against the anchor or the narrative.
"""

from __future__ import annotations

import re

from .timex_context import Built, Context, weekday_num
from .timex_lexicon import (
    DURATION_FOLLOWERS,
    MONTHS,
    PART_OF_DAY,
    UNITS,
    VAGUE,
    WEEKDAY,
    WEEKDAYS,
    duration_value,
    parse_number,
    unit_key,
)

_AGE_AFTER = re.compile(r"\s+(?:old|of\s+age)\b", re.IGNORECASE)
_FRACTION = re.compile(r"-quarters?\s+of\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def b_duration(m: re.Match[str], ctx: Context) -> Built | None:
    """ "three years", "for several months"; an age ("52 years old") is no time, nor a fraction
    ("three-quarters of its food")."""
    unit = m["unit"]
    if unit_key(unit) == "night" or unit_key(unit) not in UNITS:
        return None
    if _AGE_AFTER.match(ctx.text, m.end()) or _FRACTION.match(ctx.text, m.start("unit") - 1):
        return None
    if m["num"].lower() == "a" and unit.lower() == "second" and _ordinal_second(ctx, m.end()):
        return None
    num_text = m["num"]
    num = parse_number(num_text)
    if num is None and num_text.lower().strip() not in VAGUE and "dozens" not in num_text:
        return None
    if m["set"]:
        return "SET", duration_value(1, unit)
    return "DURATION", duration_value(num, unit)


def _ordinal_second(ctx: Context, end: int) -> bool:
    """ "a second betrayal", "a second time": the ordinal, not one second (a word after "a
    second" other than those a duration takes, `duration_followers`)."""
    following = _NEXT_WORD.match(ctx.text, end)
    return following is not None and following.group(1).lower() not in DURATION_FOLLOWERS


def b_bare_units(m: re.Match[str], ctx: Context) -> Built | None:
    """ "for years", "within weeks", "after months of talks", "the first time in decades":
    an unspecified number of units (PXY, PXW ...)."""
    return "DURATION", duration_value(None, m["unit"] or m["unit2"])


def b_set_every(m: re.Match[str], ctx: Context) -> Built | None:
    what = m["unit"]
    if re.fullmatch(WEEKDAY, what):
        return "SET", f"XXXX-WXX-{weekday_num(what) + 1}"
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
    describes the noun, not a recurring time, and is left out, and so is a newspaper ("the
    party daily Granma", "the weekly Der Spiegel": a name follows)."""
    before = ctx.text[max(0, m.start() - 8) : m.start()]
    after = ctx.text[m.end() : m.end() + 2]
    if _DETERMINER_BEFORE.search(before) and re.match(r"\s[a-z]", after):
        return None
    name = _NEXT_WORD.match(ctx.text, m.end())
    if name and name.group(1)[:1].isupper() and not _calendar_word(name.group(1)):
        return None  # "the party daily Granma": a newspaper
    return "SET", _ADVERB_SET[m.group(0).lower()]


def _calendar_word(word: str) -> bool:
    key = word.lower().rstrip(".")
    return key in WEEKDAYS or key in MONTHS or key.rstrip("s") in WEEKDAYS


def b_weekday_plural(m: re.Match[str], ctx: Context) -> Built | None:
    return "SET", f"XXXX-WXX-{weekday_num(m['wd']) + 1}"


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
