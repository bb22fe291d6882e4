"""The grammar of English news time expressions: the rules, each a pattern with its builder.

Each rule is a compiled regular expression whose extent follows the TimeML conventions (the
determiner and modifiers such as "last", "early", "nearly" are inside, prepositions such as "in",
"on", "since" are outside) and a builder that turns the match into a TIMEX3 type and value using a
`Context` (the reference point, the tense of the clause, the dates mentioned so far). Month and
weekday names must be capitalised, so "may", "march" and "sun" as ordinary words never match.

This module holds the patterns, their trigger words and the order of the rules; the vocabulary is
in `timex_lexicon`, and the builders in modules by kind of expression (`timex_dates`,
`timex_periods`, `timex_relative`, `timex_sets`) over the shared `timex_context`.
"""

from __future__ import annotations

import re

from .timex_context import Builder, Context, Rule
from .timex_dates import (
    b_clock,
    b_clock24,
    b_day_month,
    b_era_year,
    b_holiday,
    b_iso,
    b_month,
    b_month_year,
    b_numeric,
    b_week_of,
    b_weekday,
)
from .timex_lexicon import (
    BARE_UNIT_LEADS,
    CAL_UNIT,
    DAY_ORDINAL,
    DURATION_ADJECTIVE,
    ERA_AFTER,
    ERA_BEFORE,
    HOLIDAY_RE,
    HOLIDAY_WORDS,
    MONTH_ANY,
    MONTH_FULL,
    MONTH_WORDS,
    NUM,
    ONES,
    PART,
    SPOKEN_YY,
    TEENS,
    UNIT,
    WEEKDAY,
    WEEKDAY_WORDS,
)
from .timex_periods import (
    b_century,
    b_decade,
    b_decade_word,
    b_half,
    b_quarter,
    b_season,
    b_spoken_year,
    b_year,
    b_year_period,
)
from .timex_relative import (
    b_adjective_ref,
    b_ago,
    b_deictic_day,
    b_future,
    b_later_earlier,
    b_one_day,
    b_past,
    b_present,
    b_relative_unit,
    b_the_unit,
    b_the_weekend,
    b_vague_span,
    b_year_ago_period,
    b_year_earlier,
    b_year_end,
)
from .timex_sets import (
    b_bare_units,
    b_duration,
    b_per_unit,
    b_set_adverb,
    b_set_every,
    b_weekday_plural,
)

__all__ = ["PREFIX_NEEDS_DEICTIC", "PREFIXES", "RULES", "TRIGGERS", "WINDOWS", "Context", "Rule"]


_I = re.IGNORECASE


_MONTH_WORDS = MONTH_WORDS
_WEEKDAY_WORDS = WEEKDAY_WORDS
_UNIT_WORDS = (
    "second seconds minute minutes hour hours day days night nights week weeks fortnight "
    "fortnights month months quarter quarters year years decade decades century centuries"
)
TRIGGERS: dict[str, str] = {
    "iso": "#",
    "numeric": "#",
    "day_month": _MONTH_WORDS,
    "ordinal_of_month": _MONTH_WORDS,
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
    "year_end": "year",
    "one_day": "day",
    "year_ago_period": "year",
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
    "clock24": "# clock morning afternoon evening",
    "era_year": "# ad",
    "year": "#",
    "decade": "#",
    "decade_word": "twenties thirties forties fifties sixties seventies eighties nineties",
    "century": "century",
    "season": "spring summer autumn fall winter",
    "holiday": HOLIDAY_WORDS,
}


# Rules whose trigger sits at the end of the match need little room after it (the lookaheads
# must still see real text: a window cut short would make `$` and `(?!\d)` match falsely).
WINDOWS: dict[str, tuple[int, int]] = {
    "duration": (56, 24),
    "ago": (56, 8),
    "later_earlier": (56, 24),
    "bare_units": (12, 16),
    "per_unit": (8, 16),
    "deictic_day": (16, 32),
    "present": (24, 24),
    "adjective_ref": (16, 24),
    "set_adverb": (4, 4),
    "weekday_plural": (4, 4),
    "decade_word": (32, 8),
    "season": (24, 40),
    "holiday": (8, 24),
}


def _r(name: str, pattern: str, build: Builder, priority: int = 0) -> Rule:
    triggers = frozenset(TRIGGERS[name].split())
    window = WINDOWS.get(name, (48, 48))
    return Rule(name, re.compile(pattern, _I), build, priority, triggers, window)


_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?\s+)?"
_ORD_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
# A year read out after a month or a season, as broadcast transcripts write them: "March
# nineteen eighty-one", "the summer of nineteen sixty-nine".
_SPOKEN_YEAR = rf"(?P<c>eighteen|nineteen|twenty)\s+(?P<yy>{SPOKEN_YY})\b"
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
        r"(?<![\d/.])(?P<a>\d{1,2})(?:/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])"
        r"|(?P<sep>[.-])(?P<b2>\d{1,2})(?P=sep)(?P<y2>\d{4})(?!\d|[.-]\d))",
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
        rf"\b{_WD_PREFIX}(?P<mon>{MONTH_ANY})\s+(?:the\s+)?{_ORD_DAY}"
        r"(?:\s*[-–]\s*[0-3]?\d(?!\d))?(?:,?\s+(?P<y>\d{4})(?!\d))?",
        b_day_month,
        4,
    ),
    _r(
        "ordinal_of_month",
        rf"\b{_WD_PREFIX}(?:the\s+(?P<dw>{DAY_ORDINAL})\s+(?:day\s+)?of\s+(?P<mon>{MONTH_ANY})"
        rf"|(?P<mon2>{MONTH_ANY})\s+(?:the\s+(?P<dw2>{DAY_ORDINAL})"
        rf"|(?P<dw3>{DAY_ORDINAL})(?=\s*(?:[,.;:!?)]|$|\d{{4}})|(?P<word_after>\s+[a-z]))))"
        rf"(?:,?\s+(?P<y>\d{{4}})(?!\d))?",
        b_day_month,
        4,
    ),
    _r(
        "month_year",
        rf"\b(?P<mon>{MONTH_ANY}),?\s+(?:of\s+)?(?:(?P<y>\d{{4}})(?!\d)|{_SPOKEN_YEAR})",
        b_month_year,
        3,
    ),
    _r("week_of", rf"\bthe\s+week\s+of\s+(?P<mon>{MONTH_ANY})\s+{_ORD_DAY}", b_week_of, 4),
    _r(
        "month",
        rf"\b(?:(?P<mod>this\s+coming|this\s+past|last|next|this|coming|past)\s+)?"
        rf"(?P<mon>{MONTH_FULL})"
        r"(?:\s+(?P<yrel>last|next|this)\s+year\b(?!['’-]))?",
        b_month,
        1,
    ),
    _r(
        "weekday",
        rf"\b(?:(?P<mod>this\s+coming|this\s+past|last|next|this|coming|past)\s+)?"
        rf"(?P<wd>{WEEKDAY})(?!s\b)"
        rf"(?:\s+(?P<part>{PART})(?P<plural>s\b)?)?",
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
        r"\b(?:(?P<rec>recent)|the\s+(?:coming|next\s+(?:few|several|many))|(?<=\bin\s)coming)\s+"
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
    _r("year_end", r"\b(?:the\s+)?year[-\s]end\b(?![-’'])", b_year_end),
    _r(
        "one_day",
        r"(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bcould\s)|(?<=\bmight\s)|(?<=\bmay\s)"
        r"|(?<=\bcan\s))(?:one|some)\s+day\b",
        b_one_day,
        2,
    ),
    _r(
        "year_ago_period",
        r"\b(?:last|the\s+previous|the\s+prior)\s+year['’]s\s+(?:quarter|period)\b"
        r"|\bthe\s+(?:same|corresponding|comparable)\s+(?:quarter|period)\s+(?:of\s+)?last\s+year\b",
        b_year_ago_period,
        2,
    ),
    _r(
        "the_unit",
        r"\b(?P<the>the\s+)(?:(?P<mod>latest|current|recent|full|fiscal|(?:latest|current)\s+fiscal)"
        r"\s+)?(?P<unit>year|quarter|month|week|day|period)\b"
        r"(?![-’'](?!s\b)|\s+(?:of|earlier|ago|before|after|later|to\s+come)\b)",
        b_the_unit,
    ),
    _r(
        "year_earlier",
        r"\b(?:(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?year[-\s](?:earlier|ago)\s+"
        rf"(?:(?P<ord>first|second|third|fourth)\s+|(?P<n>{NUM})\s+(?=months\b))?"
        r"(?:quarter|period|months?)\b"
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
        rf"\b(?:the\s+year\s+)?(?P<c>eighteen|nineteen|twenty)\s+(?P<yy>{SPOKEN_YY})\b(?![-\s](?:{UNIT}))"
        rf"|\bthe\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?P<tt>{'|'.join(ONES + TEENS)}))?\b"
        rf"|(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bof\s)|(?<=\bsince\s)|(?<=\buntil\s))two\s+thousand"
        rf"(?:\s+(?:and\s+)?(?P<t2>{'|'.join(ONES + TEENS)}))?\b(?!\s+[a-z]+s\b)",
        b_spoken_year,
        2,
    ),
    _r(
        "half",
        r"\b(?:the\s+)?(?:(?P<ord>first|second)\s+half(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>\d{4})|the\s+year))?"
        r"|(?:last|latter)\s+half\s+of\s+(?:(?:fiscal\s+)?(?P<y2>\d{4})|the\s+year))\b",
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
        rf"(?P<num>{NUM})(?:\s+|-)(?:(?:{DURATION_ADJECTIVE})\s+)?(?P<unit>{UNIT})\b(?!-old|-olds)",
        b_duration,
        1,
    ),
    _r(
        "bare_units",
        rf"(?:{BARE_UNIT_LEADS})(?P<unit>years|months|weeks|days|decades|centuries"
        r"|(?<!\bafter\s)hours)\b"
        r"|(?<=\bin\s)(?P<unit2>years|months|weeks|decades)(?=\s*(?:[,.;:!?)\"'”’]|$))",
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
        "clock24",
        r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\baround\s)|(?<=\bfrom\s)|(?<=\bto\s))"
        r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])"
        r"|\b(?P<h2>[01]\d|2[0-3]):?(?P<mi2>[0-5]\d)\s*(?:hours\b|hrs\b|h\b|(?-i:GMT|UTC)\b)"
        r"|\b(?P<h3>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        r"\s+(?:o['’]clock\b|in\s+the\s+(?P<part>morning|afternoon|evening))",
        b_clock24,
        2,
    ),
    _r(
        "era_year",
        rf"\b(?P<y>\d{{1,4}})\s*(?-i:(?P<bc>{ERA_BEFORE})|(?P<ad>{ERA_AFTER}))(?![A-Za-z])"
        r"|(?-i:\b(?:AD|A\.D\.))\s*(?P<y2>\d{1,4})\b",
        b_era_year,
        3,
    ),
    _r(
        "year",
        r"(?:(?<=\bmid-)|(?<=\bpre-)|(?<=\bpost-)|(?<![\d$£€#.,/-]))"
        r"\b(?P<fiscal>fiscal(?:\s+year)?\s+)?(?P<y>1[5-9]\d\d|20\d\d)\b(?![\d%]|[.,]\d|-\d|\s*(?:percent|per\s+cent)\b|\s+block\b)",
        b_year,
    ),
    _r("decade", r"\b(?:the\s+)?(?:(?P<dec>1[0-9]\d0|20\d0)|['’](?P<d2>\d)0)['’]?s\b", b_decade, 1),
    _r(
        "decade_word",
        r"\bthe\s+(?:(?:early|late|mid)[\s-]+)?(?:(?P<c>eighteen|nineteen|twenty)[\s-]+)?"
        r"(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
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
        r"\b(?P<the>the\s+)?(?:(?P<mod>this\s+coming|this\s+past|last|this|next|past|coming)\s+)?"
        r"(?P<s>spring|summer|autumn|winter|fall)"
        rf"(?:\s+(?:of\s+)?(?:(?P<y>\d{{4}})(?!\d)|{_SPOKEN_YEAR}))?\b(?![-’'])",
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
    re.compile(r"(?:\bthe\s+)?\b(?:early|late|mid)(?:\s+|-)$|\b(?:pre|post)-$", _I),
    re.compile(r"\b(?:earlier|later)\s+(?=$)", _I),
)
PREFIX_NEEDS_DEICTIC = 2
"""Index of the prefix ("earlier", "later") allowed only before this/last/next/that."""
