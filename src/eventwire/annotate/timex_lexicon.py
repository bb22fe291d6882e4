"""The words of English time expressions: month, weekday, unit and number vocabulary.

Kept apart from the rules so that the grammar reads as patterns and the vocabulary can grow
(new abbreviations, holidays, number words) without touching the rules that use it. The name
lists (months, weekdays, parts of the day, seasons, holidays, ordinals, era words, the words that
make a number no year) are data files of the language layer, `eventwire/lang/en/time/`, read
once per process; this module turns them into the lookups and pattern pieces the rules use.
The month table is the one copy of the month names that every stage reads (`MONTHS`).
"""

from __future__ import annotations

import re

from ..lang import load_lexicon

_WORDS = load_lexicon("en")


def _alternation(names: list[str]) -> str:
    """A regex alternation of names as written in text ("new year's eve" -> New Year['’]s Eve),
    longest first so that "Christmas Eve" wins over "Christmas"."""
    parts = []
    for name in sorted(names, key=len, reverse=True):
        words = [w[:1].upper() + w[1:] for w in name.split()]
        parts.append(r"\s+".join(re.escape(w).replace("'", "['’]") for w in words))
    return "|".join(parts)


_MONTH_ROWS = _WORDS.table("time/months")
MONTHS: dict[str, int] = {row["name"]: int(row["month"]) for row in _MONTH_ROWS}
"""Month number by lower-case name or abbreviation ("sept" included)."""
_MONTH_FULL = _alternation([r["name"] for r in _MONTH_ROWS if r["form"] == "full"])
_MONTH_ABBR = _alternation([r["name"] for r in _MONTH_ROWS if r["form"] == "abbr"])
# Abbreviations only with their dot or directly before a digit ("Jan 5"), never as bare words.
MONTH_ANY = rf"(?-i:(?:{_MONTH_FULL})(?![a-z])|(?:{_MONTH_ABBR})(?:\.|(?=\s*\d)))"
MONTH_FULL = rf"(?-i:(?:{_MONTH_FULL})(?![a-z]))"
MONTH_NAMES = frozenset(r["name"] for r in _MONTH_ROWS if r["form"] == "full")
MONTH_WORDS = " ".join(MONTHS)
"""Every month name and abbreviation, space-separated: the trigger words of month rules."""

_WEEKDAY_ROWS = _WORDS.table("time/weekdays")
WEEKDAYS: dict[str, int] = {row["name"]: int(row["weekday"]) for row in _WEEKDAY_ROWS}
_WEEKDAY_FULL = _alternation([r["name"] for r in _WEEKDAY_ROWS if r["form"] == "full"])
_WEEKDAY_ABBR = _alternation([r["name"] for r in _WEEKDAY_ROWS if r["form"] == "abbr"])
WEEKDAY = rf"(?-i:(?:{_WEEKDAY_FULL})(?![a-z])|(?:{_WEEKDAY_ABBR})\.)"
WEEKDAY_NAMES = frozenset(r["name"] for r in _WEEKDAY_ROWS if r["form"] == "full")
WEEKDAY_WORDS = " ".join(WEEKDAYS)
WEEKDAY_PLURAL = rf"(?-i:(?:{_WEEKDAY_FULL})s)"

PART_OF_DAY: dict[str, str] = _WORDS.mapping("time/parts_of_day", "word", "code")
PART = rf"(?:{'|'.join(sorted(PART_OF_DAY, key=len, reverse=True))})"
SEASON_CODES: dict[str, str] = _WORDS.mapping("time/seasons", "word", "code")
SEASON = rf"(?:{'|'.join(SEASON_CODES)})"

_HOLIDAY_ROWS = _WORDS.table("time/holidays")
HOLIDAYS: dict[str, tuple[int, int | None, int | None, int | None]] = {
    row["name"]: (
        int(row["month"]),
        int(row["day"]) if row["day"] else None,
        int(row["weekday"]) if row["weekday"] else None,
        int(row["nth"]) if row["nth"] else None,
    )
    for row in _HOLIDAY_ROWS
}
"""Holiday name -> (month, day) when fixed, or (month, None, weekday, nth) when moveable."""
HOLIDAY_RE = rf"(?-i:{_alternation(list(HOLIDAYS))})"
HOLIDAY_WORDS = " ".join(sorted({re.split(r"[\s']", h)[0] for h in HOLIDAYS}))

DAY_ORDINALS: dict[str, int] = {
    row["word"]: int(row["number"]) for row in _WORDS.table("time/ordinals")
}
"""Ordinal words of the days of a month ("second" 2, "thirty-first" 31)."""
DAY_ORDINAL = "|".join(
    w.replace("-", r"[-\s]") for w in sorted(DAY_ORDINALS, key=len, reverse=True)
)
ORDINALS: dict[str, int] = {
    **{w: n for w, n in DAY_ORDINALS.items() if n <= 4},
    **{f"{n}{suffix}": n for n, suffix in ((1, "st"), (2, "nd"), (3, "rd"), (4, "th"))},
    **{w: 4 for w in _WORDS.entries("time/last_ordinals")},
}
"""Ordinals of quarters and halves ("third", "3rd"; "final" and "last" are the fourth)."""
ERA_BEFORE = "|".join(re.escape(w) for w in _WORDS.entries("time/era_before"))
ERA_AFTER = "|".join(re.escape(w) for w in _WORDS.entries("time/era_after"))
NOT_A_YEAR_AFTER = _WORDS.words("time/not_a_year_after")
STREET_WORDS = _WORDS.words("time/street_words")
VAGUE_PAST = _WORDS.entries("time/vague_past")
END_POINT_WORDS = _WORDS.words("time/end_point_words")
TIME_LEADS = _WORDS.words("time/time_leads")
MONTH_FIRST_DOMAINS = _WORDS.words("time/month_first_domains")
GENERIC_DOMAINS = _WORDS.words("time/generic_domains")
DEADLINE_VERBS = _WORDS.words("time/deadline_verbs")
DATE_PREPOSITIONS = _WORDS.words("time/date_prepositions")
DURATION_FOLLOWERS = _WORDS.words("time/duration_followers")
BARE_UNIT_LEADS = "|".join(
    rf"(?<=\b{re.escape(w)}\s)" for w in _WORDS.entries("time/bare_unit_leads")
)
"""Look-behinds for the words that make a bare plural unit a duration ("for years")."""
DURATION_ADJECTIVE = "|".join(
    sorted(
        (re.escape(w) for w in _WORDS.entries("time/duration_adjectives")), key=len, reverse=True
    )
)
"""Adjectives between a number and its unit that keep the count ("three straight days")."""

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
VAGUE = ("several", "a few", "few", "many", "some", "a number of", "numerous")
_WORD_NUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|"
    r"five|six|seven|eight|nine)(?![a-z]))?|zero|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|(?:a|an|one)\s+hundred|{_WORD_NUM}(?:\s+hundred)?|"
    r"a\s+couple\s+of|a\s+couple|(?<=\bnext\s)couple\s+of|a\s+dozen|dozens\s+of|a\s+half|several|a\s+few|a\s+number\s+of|"
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


def parse_number(text: str) -> int | float | None:
    """The value of a number in digits or words; None for vague quantities ("several")."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in VAGUE or t == "dozens of":
        return None
    if t in ("a", "an", "one"):
        return 1
    if t in ("a couple", "a couple of", "couple of"):
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


# Counted decades and centuries are written in years ("two decades" -> P20Y); quarters keep
# TIMEX3's quarter designator ("the past two quarters" -> P2Q), as TimeBank writes them.
_ISO_MULTIPLE = {"decade": (10, "Y"), "century": (100, "Y")}


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


# Number words of years read aloud; the spoken-year pattern of the rules is built from them.
ONES = "one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_W = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ONES_RE = "|".join(ONES)
SPOKEN_YY = (
    rf"(?:(?:{'|'.join(_TENS_W)})(?:[-\s](?:{_ONES_RE})(?![a-z]))?|{'|'.join(TEENS)}"
    rf"|(?:oh|o)[-\s](?:{_ONES_RE}))"
)


def spoken_number(words: str) -> int:
    """The number of a year's last two digits read out ("ninety-six", "oh five")."""
    total = 0
    for w in re.split(r"[-\s]+", words.lower()):
        if w in ONES:
            total += ONES.index(w) + 1
        elif w in TEENS:
            total += TEENS.index(w) + 10
        elif w in _TENS_W:
            total += 10 * (_TENS_W.index(w) + 2)
    return total


def spoken_year(century: str, rest: str) -> int:
    """The year read out as "nineteen" + "ninety-six"."""
    return {"eighteen": 18, "nineteen": 19, "twenty": 20}[century.lower()] * 100 + spoken_number(
        rest
    )
