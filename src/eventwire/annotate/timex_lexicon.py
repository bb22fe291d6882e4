"""The words of English time expressions: month, weekday, unit and number vocabulary.

Kept apart from the rules so that the grammar reads as patterns and the vocabulary can grow
(new abbreviations, holidays, number words) without touching the rules that use it.
"""

from __future__ import annotations

import re

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# Abbreviations only with their dot or directly before a digit ("Jan 5"), never as bare words.
MONTH_ANY = (
    rf"(?-i:(?:{_MONTH_FULL})(?![a-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
    rf"(?:\.|(?=\s*\d)))"
)
MONTH_FULL = rf"(?-i:(?:{_MONTH_FULL})(?![a-z]))"
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
WEEKDAY = (
    r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])"
    r"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.)"
)
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
PART = r"(?:morning|afternoon|evening|night)"

_SMALL = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}
VAGUE = ("several", "a few", "few", "many", "some", "a number of", "numerous", "a couple of")
_WORD_NUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|"
    r"five|six|seven|eight|nine)(?![a-z]))?|zero|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|(?:a|an|one)\s+hundred|{_WORD_NUM}(?:\s+hundred)?|"
    r"a\s+couple\s+of|a\s+couple|a\s+dozen|dozens\s+of|a\s+half|several|a\s+few|a\s+number\s+of|"
    r"few|many|some|numerous|an?(?=\s))"
)
UNITS = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "week": ("W", False),
    "fortnight": ("W", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
    "centurie": ("CE", False),
}
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?"
    r"|centuries|century)"
)
CAL_UNIT = r"(?:day|week|weekend|month|quarter|year|decade|century)"
SEASON_CODES = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "boxing day": (12, 26),
}
HOLIDAY_RE = (
    r"(?-i:Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year['’]s\s+Eve|New\s+Year['’]s\s+Day|"
    r"Independence\s+Day|Halloween|Valentine['’]s\s+Day|Boxing\s+Day|Thanksgiving(?:\s+Day)?|"
    r"Labor\s+Day|Memorial\s+Day)"
)


def parse_number(text: str) -> int | float | None:
    """The value of a number in digits or words; None for vague quantities ("several")."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in VAGUE or t == "dozens of":
        return None
    if t in ("a", "an", "one"):
        return 1
    if t in ("a couple", "a couple of"):
        return 2
    if t == "a dozen":
        return 12
    if t == "a half":
        return 0.5
    digits = t.replace(",", "")
    if re.fullmatch(r"\d+", digits):
        return int(digits)
    if re.fullmatch(r"\d+\.\d+", digits):
        return float(digits)
    total = 0
    words = t.replace("-", " ").split()
    for w in words:
        if w in ("a", "an"):
            total += 1
        elif w in _SMALL:
            total += _SMALL[w]
        elif w in _TENS:
            total += _TENS[w]
        elif w == "hundred":
            total = max(total, 1) * 100
        else:
            return None
    return total


def unit_key(text: str) -> str:
    """A unit word reduced to its singular key ("centuries" -> "century")."""
    t = text.lower()
    if t == "centuries":
        return "century"
    return t[:-1] if t.endswith("s") else t


# ISO 8601 durations have no quarter, decade or century designator: counted ones are written
# in months or years ("the next three quarters" -> P9M, "two decades" -> P20Y).
_ISO_MULTIPLE = {"quarter": (3, "M"), "decade": (10, "Y"), "century": (100, "Y")}


def duration_value(num: int | float | None, unit: str) -> str:
    """TIMEX3 duration: P3Y, PT24H, P9M for three quarters, PXM for a vague number of months."""
    key = unit_key(unit)
    code, is_time = UNITS[key]
    if num is not None and key in _ISO_MULTIPLE:
        factor, code = _ISO_MULTIPLE[key]
        num = num * factor
    if num is None:
        amount = "X"
    elif isinstance(num, float) and not num.is_integer():
        amount = f"{num:g}"
    else:
        amount = str(int(num))
    if key == "fortnight" and num is not None:
        amount = str(int(num * 2))
    return f"P{'T' if is_time else ''}{amount}{code}"
