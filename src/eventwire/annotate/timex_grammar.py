"""The grammar of English news time expressions: the rules, each a pattern with its builder.

Each rule is a compiled regular expression whose extent follows the TimeML conventions (the
determiner and modifiers such as "last", "early", "nearly" are inside, prepositions such as "in",
"on", "since" are outside) and a builder that turns the match into a TIMEX3 type and value using a
`Context` (the reference point, the tense of the clause, the dates mentioned so far). Month and
weekday names must be capitalised, so "may", "march" and "sun" as ordinary words never match.

This module holds the patterns and the order of the rules, assembled from the words of a lexicon
(`TimeGrammar.of(words)`, once per lexicon and process): the vocabulary and the trigger words are
data files of the language (`lang/<code>/time/`, read through `timex_lexicon.TimeWords`), the
builders live in modules by kind of expression (`timex_dates`, `timex_periods`, `timex_relative`,
`timex_sets`) over the shared `timex_context`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .timex_context import Builder, Context, Rule
from .timex_dates import (
    b_clock,
    b_clock24,
    b_day_month,
    b_day_of_month,
    b_day_only,
    b_era_year,
    b_holiday,
    b_iso,
    b_month,
    b_month_part,
    b_month_quarter,
    b_month_year,
    b_numeric,
    b_spoken_clock,
    b_week_of,
    b_weekday,
    b_weekday_ago,
)
from .timex_lexicon import TimeWords, alternation
from .timex_periods import (
    b_century,
    b_century_decade,
    b_decade,
    b_decade_word,
    b_elliptic_unit,
    b_half,
    b_quarter,
    b_season,
    b_short_year,
    b_spoken_year,
    b_year,
    b_year_period,
)
from .timex_relative import (
    b_adjective_ref,
    b_ago,
    b_day_count,
    b_decade_point,
    b_deictic_day,
    b_evaluative_unit,
    b_from_day,
    b_from_now,
    b_future,
    b_later_earlier,
    b_month_point,
    b_new_year,
    b_one_day,
    b_part_of_day,
    b_past,
    b_possessive_future,
    b_present,
    b_present_moment,
    b_relative_unit,
    b_the_unit,
    b_the_weekend,
    b_unit_before,
    b_unit_beyond,
    b_vague_duration,
    b_vague_span,
    b_week_point,
    b_year_ago_period,
    b_year_earlier,
    b_year_end,
    b_year_point,
)
from .timex_sets import (
    b_bare_units,
    b_clock_span,
    b_duration,
    b_per_unit,
    b_quarter_of,
    b_season_set,
    b_set_adverb,
    b_set_every,
    b_set_quarter,
    b_span_half,
    b_unit_long,
    b_weekday_plural,
    b_weekend_set,
)
from .timex_spans import b_eve_span

__all__ = ["PREFIX_NEEDS_DEICTIC", "PREFIX_NEEDS_THE_UNIT", "Context", "Rule", "TimeGrammar"]


_I = re.IGNORECASE


# Rules whose trigger sits at the end of the match need little room after it (the lookaheads
# must still see real text: a window cut short would make `$` and `(?!\d)` match falsely).
WINDOWS: dict[str, tuple[int, int]] = {
    "duration": (56, 24),
    "ago": (56, 16),
    "weekday_ago": (56, 16),
    "later_earlier": (56, 24),
    "bare_units": (12, 16),
    "per_unit": (24, 16),
    "deictic_day": (16, 32),
    "present": (24, 24),
    "adjective_ref": (16, 24),
    "set_adverb": (16, 4),
    "weekday_plural": (4, 4),
    "decade_word": (32, 8),
    "season": (24, 40),
    "season_set": (24, 8),
    "holiday": (8, 24),
    "part_of_day": (24, 16),
    "unit_long": (24, 8),
    "evaluative_unit": (64, 8),
}
_NUMBER_TRIGGER = "#"
"""The trigger of a number: rules that need one run near every number of the text."""
PREFIX_NEEDS_DEICTIC = 2
"""Index of the prefix ("earlier", "later") allowed only before this/last/next/that."""
PREFIX_NEEDS_THE_UNIT = 3
"""Index of the prefix ("later in", "early in") allowed only before "the week", "the year"."""


def _triggers(w: TimeWords) -> dict[str, str]:
    """The trigger words of each rule: its own from the lexicon (`time/rule_triggers`), else the
    names and units the rule is made of."""
    number = _NUMBER_TRIGGER
    triggers = {name: number for name in ("iso", "numeric", "year", "short_year", "decade")}
    for name in (
        "day_month",
        "ordinal_of_month",
        "month_day",
        "month_year",
        "week_of",
        "week_of_day_first",
        "month_part",
        "month_quarter",
        "month",
    ):
        triggers[name] = w.month_words
    # "the last day of the year", "the first week of 2021": parts of a year or month too
    triggers["month_part"] = " ".join(
        [w.month_words, number, *w.lexicon.entries("time/part_of_units")]
    )
    triggers["weekday"] = w.weekday_words
    triggers["duration"] = w.unit_words
    triggers["set_adverb"] = " ".join(w.frequency_adverbs)
    triggers["weekday_plural"] = " ".join(w.weekday_plurals)
    triggers["decade_word"] = " ".join(w.decades)
    triggers["season"] = " ".join(w.season_codes)
    triggers["season_set"] = triggers["season"]
    triggers["holiday"] = w.holiday_words
    triggers["clock"] = " ".join([number, *w.clock_words])
    for row in w.lexicon.table("time/rule_triggers"):
        words = row["words"]
        triggers[row["rule"]] = f"{number} {words}" if row["number"] == "yes" else words
    return triggers


def _with_leads(rows: tuple[dict[str, str], ...], word_start: str = r"\b") -> str:
    """An alternation of phrases, each after its `after` word when it has one (a look-behind
    that starts at a word boundary, `word_start`, or anywhere when that is empty)."""
    return "|".join(
        (rf"(?<={word_start}{re.escape(row['after'])}\s)" if row["after"] else "")
        + alternation([row["words"]])
        for row in rows
    )


def _behind(words: tuple[str, ...] | list[str]) -> str:
    """Look-behinds for a word and a space before the match ("at the moment", "will one day")."""
    return "|".join(rf"(?<=\b{re.escape(word)}\s)" for word in words)


def _quoted_behind(words: tuple[str, ...] | list[str]) -> str:
    """Look-behinds for a word, a space and an opening quotation mark before the match."""
    return "|".join(rf"(?<=\b{re.escape(word)}\s[\"“])" for word in words)


@dataclass(frozen=True)
class TimeGrammar:
    """The rules of one language, in order, and the prefixes that extend a date leftwards."""

    rules: tuple[Rule, ...]
    prefixes: tuple[re.Pattern[str], ...]
    """Modifiers that extend a resolved DATE leftwards without changing its value."""

    @classmethod
    def of(cls, words: TimeWords) -> TimeGrammar:
        """The grammar of a vocabulary, compiled once per vocabulary and process."""
        return _grammar(words)


@cache
def _grammar(w: TimeWords) -> TimeGrammar:
    return TimeGrammar(_rules(w), _prefixes(w))


def _prefixes(w: TimeWords) -> tuple[re.Pattern[str], ...]:
    e = w.lexicon.entries
    return (
        re.compile(
            rf"(?:\bthe\s+)?(?:very\s+)?\b(?:{alternation(e('time/period_part_nouns'))})\s+of\s+$",
            _I,
        ),
        re.compile(
            rf"(?:\bthe\s+)?\b(?:{alternation(e('time/period_parts'))})(?:\s+|-)$"
            rf"|\b(?:{alternation(e('time/prefix_words'))})-$",
            _I,
        ),
        re.compile(rf"\b(?:{alternation(e('time/edge_adverbs'))})\s+(?=$)", _I),
        # "later in the week", "early in the year": one expression, as "late in the afternoon"
        re.compile(rf"\b(?:{alternation(e('time/part_of_day_edges'))})\s+(?=$)", _I),
    )


def _rules(w: TimeWords) -> tuple[Rule, ...]:  # noqa: PLR0915 - one pattern a rule, in order
    e = w.lexicon.entries
    triggers = _triggers(w)

    def r(name: str, pattern: str, build: Builder, priority: int = 0) -> Rule:
        window = WINDOWS.get(name, (48, 48))
        words = frozenset(triggers[name].split())
        return Rule(name, re.compile(pattern, _I), build, priority, words, window)

    def a(name: str) -> str:
        return alternation(e(f"time/{name}"))

    month_any, weekday, num, unit, ords = w.month_any, w.weekday, w.num, w.unit, w.ordinal_suffixes
    rel_words = alternation(sorted(w.rel_offset, key=len, reverse=True))
    ord_day = rf"(?P<d>[0-3]?\d)(?:{ords})?(?!\d)"
    centuries = "|".join(w.centuries)
    # A year read out after a month or a season, as broadcast transcripts write them: "March
    # nineteen eighty-one", "the summer of nineteen sixty-nine".
    spoken_year = rf"(?P<c>{centuries})\s+(?P<yy>{w.spoken_yy})\b"
    approx = rf"(?:{a('approximators')})"
    name_mod = alternation(list(w.name_modifiers))
    # "this coming Sunday, March 8": the weekday's modifier is inside the date's expression
    wd_prefix = rf"(?:(?:(?:{name_mod})\s+)?(?P<wd>{weekday}),?\s+)?"
    year_mod = alternation(w.year_modifiers)
    # "that same Friday": an anaphoric modifier of two words needs no "the"; a bare "that"
    # before a weekday is as often a conjunction ("said that Friday's attack ...")
    joint_anaphoric = alternation([m for m in e("time/anaphoric_modifiers") if " " in m])
    # "the following March", "the next spring": a name counted on from the story's date, as
    # "the following Friday" is; "next" after "the" is the story's next, not the speaker's
    story_next = alternation(
        [
            *e("time/anaphoric_modifiers"),
            *(m for m in e("time/narrative_modifiers") if w.rel_offset.get(m, 0) > 0),
        ]
    )
    # "the following year", "that same year" after "of": the year counted from the story's
    # date ("the spring of the following year", "March of that year"), one expression
    story_year = rf"(?P<yana>(?:the\s+)?(?:{story_next}))\s+year\b(?![’'-])"
    # the year of a day: written ("March 3, 2020") or told ("March 3 last year", one TIMEX3 as
    # "March last year" is)
    year_after = (
        rf"(?:,?\s+(?P<y>\d{{4}})(?!\d)|\s+(?:of\s+)?(?P<yrel>{year_mod})\s+year\b(?![’'-])"
        rf"|\s+of\s+{story_year})?"
    )
    quarter_ords = "|".join(w.quarter_ordinal_words)
    # "of the fiscal year" after a quarter or half: the reporting year's, unless a closing or
    # opening day follows ("the fiscal year ending June 30" is a year-long span of its own)
    fiscal_year = rf"fiscal\s+year(?!\s+(?:{a('period_end_words')}|{a('period_start_words')})\b)"
    part_ords = alternation(
        [*(o for o, n in w.day_ordinals.items() if n <= 5), *e("time/last_ordinals")]
    )
    clauses = a("clause_words")
    # "That summer", "on that Friday": a bare "that" before a season or a weekday points into
    # the story when it opens a sentence or follows a preposition; elsewhere it is as often a
    # conjunction ("warned that summer heat ...", "said that Friday's attack ...")
    story_that = "|".join(
        [
            r"(?-i:That)",
            *(rf"(?<=\b{re.escape(p)}\s)that" for p in e("time/event_prepositions")),
            *(rf"(?<=\b{re.escape(p)}\s)that" for p in e("time/date_prepositions")),
        ]
    )
    dirs = alternation(list(w.directions))
    units_or_nights = rf"{unit}|{w.other_unit}"
    ones_teens = "|".join(w.ones + w.teens)
    two_thousand = rf"{w.ones[1]}\s+{alternation(w.thousand)}"
    bare = w.lexicon.table("time/bare_units")
    bare_any = "|".join(
        (rf"(?<!\b{re.escape(row['not_after'])}\s)" if row["not_after"] else "") + row["unit"]
        for row in bare
    )
    bare_end = "|".join(row["unit"] for row in bare if row["at_end"] == "yes")
    bare_opens = "|".join(row["unit"] for row in bare if row.get("opens") == "yes")
    not_after_comparative = "".join(rf"(?<!\b{re.escape(c)}\s)" for c in e("time/comparatives"))
    century_words = "|".join(c.replace("-", r"[-\s]") for c in w.century_ordinals)
    quarter_digits = "|".join(f"{n}{s}" for n, s in enumerate(e("time/ordinal_suffixes"), 1))
    half_ords = "|".join(list(w.day_ordinals)[:2])
    decade_ords = alternation(
        [*(o for o, n in w.day_ordinals.items() if n <= 10), *e("time/last_ordinals")]
    )
    hours12 = "|".join(word for word, n in w.small.items() if 1 <= n <= 12)
    return (
        r(
            "iso",
            r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d))?\b",
            b_iso,
            5,
        ),
        r(
            "numeric",
            r"(?<![\d/.])(?P<a>\d{1,2})(?:/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])"
            r"|(?P<sep>[.-])(?P<b2>\d{1,2})(?P=sep)(?P<y2>\d{4})(?!\d|[.-]\d))",
            b_numeric,
            5,
        ),
        r(
            "day_month",
            rf"\b{wd_prefix}(?:the\s+)?{ord_day}\s+(?:of\s+)?(?P<mon>{month_any}){year_after}",
            b_day_month,
            4,
        ),
        r(
            "month_day",
            # "by next Oct. 1", "since last March 3": the modifier moves the day to its side of
            # the anchor and stays outside the expression, as the TBAQ gold writes it
            rf"\b(?:(?P<dmod>{name_mod})\s+(?=(?:{month_any})\s))?(?P<extent>{wd_prefix}"
            rf"(?P<mon>{month_any})\s+(?:the\s+)?{ord_day}"
            rf"(?:\s*[-–]\s*[0-3]?\d(?!\d))?{year_after})",
            b_day_month,
            4,
        ),
        r(
            "ordinal_of_month",
            rf"\b{wd_prefix}(?:the\s+(?P<dw>{w.day_ordinal})\s+(?:day\s+)?of\s+(?P<mon>{month_any})"
            rf"|(?P<mon2>{month_any})\s+(?:the\s+(?P<dw2>{w.day_ordinal})"
            rf"|(?P<dw3>{w.day_ordinal})(?=\s*(?:[,.;:!?)]|$|\d{{4}})|(?P<word_after>\s+[a-z]))))"
            # "the fourth of July, nineteen forty-six": a year read out, as after a month alone
            rf"(?:,?\s+(?:(?P<y>\d{{4}})(?!\d)|{spoken_year}))?",
            b_day_month,
            4,
        ),
        r(
            "month_year",
            rf"\b(?P<mon>{month_any}),?\s+(?:of\s+)?(?:(?P<y>\d{{4}})(?!\d)|{spoken_year})",
            b_month_year,
            3,
        ),
        r(
            "month_part",
            rf"\bthe\s+(?P<ord>{part_ords})\s+(?P<what>{a('month_part_units')}|{weekday})\s+(?:of|in)\s+"
            rf"(?:(?P<mon>{month_any})(?:,?\s+(?P<y>\d{{4}})(?!\d))?|(?P<py>1[5-9]\d\d|20\d\d)(?!\d)"
            rf"|(?:the|(?P<rel>{a('year_modifiers')}))\s+(?P<pu>{a('part_of_units')})\b(?![-’']))",
            b_month_part,
            4,
        ),
        r(
            "day_only",
            rf"(?:{_behind(e('time/date_prepositions'))})the\s+(?P<d>[1-3]?\d)(?:{ords})\b"
            rf"(?=\s*(?:[,.;:!?)]|$)|\s+(?:{a('day_list_followers')}|{a('day_list_joiners')})\b)",
            b_day_only,
        ),
        r(
            "day_of_month",
            rf"\bthe\s+(?:(?P<d>[1-3]?\d)(?:{ords})|(?P<dw>{w.day_ordinal}))\s+of\s+"
            # "the 15th of the month": the story's month; "of every month": a SET
            rf"(?:(?P<mod>{a('day_of_month_modifiers')})|(?P<the>the)|(?P<every>{a('every_words')}))"
            r"\s+month\b(?![-’'])",
            b_day_of_month,
            4,
        ),
        r(
            "month_quarter",
            rf"\bthe\s+(?:(?P<mon0>{w.month_full})(?:\s*[-–]\s*|(?P<sep>\s+|-)"
            # "the October-to-December quarter", "the July-September period": one period
            rf"(?:{a('month_range_joiners')})(?P=sep)))?(?P<mon>{w.month_full})\s+"
            rf"(?:quarter|(?P<head>{a('quarter_range_nouns')}))\b(?!s)"
            # "the June quarter of 2019": that year's, one expression
            r"(?:\s+of\s+(?:fiscal\s+)?(?P<y>1[5-9]\d\d|20\d\d)(?![\d-]))?",
            b_month_quarter,
            2,
        ),
        r(
            "week_of",
            rf"\bthe\s+week(?P<end>end)?\s+of\s+(?P<mon>{month_any})\s+{ord_day}",
            b_week_of,
            4,
        ),
        r(
            "week_of_day_first",
            rf"\bthe\s+week(?P<end>end)?\s+of\s+(?:the\s+)?{ord_day}\s+(?:of\s+)?(?P<mon>{month_any})",
            b_week_of,
            4,
        ),
        r(
            "month",
            rf"\b(?:(?P<amod>the\s+(?:{story_next})|{joint_anaphoric}|{story_that})\s+"
            # ("next March 3" is a day: `month_day`)
            rf"|(?P<mod>{name_mod})\s+(?!(?:{month_any})\s+[0-3]?\d(?![\d:]|\s+(?:{unit})\b)))?(?P<mon>{w.month_full}"
            # "Sept last year": an abbreviation, dot or none, before the year told
            rf"|{w.month_abbr}\.?(?=\s+(?:of\s+)?(?:{year_mod})\s+year\b(?!['’-])))"
            # "October last year", "January of next year": the year told is inside the month's
            rf"(?:\s+(?:of\s+)?(?P<yrel>{year_mod})\s+year\b(?!['’-])|\s+of\s+{story_year})?",
            b_month,
            1,
        ),
        r(
            "weekday",
            # "Black Monday", "Super Tuesday": a named day, no weekday of the week told
            "".join(rf"(?<!\b(?-i:{re.escape(n)})\s)" for n in e("time/named_day_words"))
            + rf"\b(?:(?P<pre>{a('part_before_day')})\s+(?=(?:(?:{name_mod})\s+)?(?:{weekday})\b))?"
            rf"(?:(?P<amod>the\s+(?:{a('narrative_modifiers')}|{a('anaphoric_modifiers')})|{joint_anaphoric}"
            rf"|{story_that})\s+(?=(?:{weekday})))?(?:(?P<mod>{name_mod})\s+)?(?P<wd>{weekday})(?!s\b)"
            rf"(?:\s+(?P<part>{w.part})(?P<plural>s\b)?)?"
            rf"(?:\s+of\s+(?P<wmod>{name_mod})\s+week\b)?",
            b_weekday,
            2,
        ),
        r(
            "deictic_day",
            rf"\b(?P<w>{alternation(list(w.deictic_days))})(?:\s+(?P<part>{w.part}))?\b",
            b_deictic_day,
            2,
        ),
        r(
            "present",
            # "at" may end a longer word here ("that the moment"), as the rule was first written
            rf"\b(?:{_with_leads(w.lexicon.table('time/present_words'), word_start='')})\b",
            b_present,
        ),
        r(
            "past",
            # "as recently as 1990": a signal before the date, no past reference of its own
            "".join(rf"(?<!\b{re.escape(lead)}\s)" for lead in e("time/signal_leads"))
            + rf"\b(?:{a('past_words')})\b(?![-’'])",
            b_past,
        ),
        r(
            "vague_span",
            rf"\b(?:{_with_leads(w.lexicon.table('time/vague_span_leads'))})\s+"
            rf"(?P<unit>{a('vague_span_units')})\b",
            b_vague_span,
            1,
        ),
        r(
            "unit_or_two",
            rf"\b(?:{a('unit_or_two_leads')})\s+(?P<unit>{a('unit_or_two_units')})\s+"
            rf"(?:{a('or_two_words')})\b",
            b_vague_span,
            2,
        ),
        r(
            "vague_span_after",
            rf"\bthe\s+(?P<unit>{a('vague_span_units')})\s+(?:{a('vague_span_followers')})\b",
            b_vague_span,
            1,
        ),
        r(
            "adjective_ref",
            rf"{not_after_comparative}"
            rf"\b(?P<a>{alternation(list(w.reference_adjectives))})(?=\s+[a-z])"
            rf"(?!\s+(?:{a('not_reference_nouns')})\b)",
            b_adjective_ref,
        ),
        r("future", rf"\b(?:{a('future_words')})\b", b_future),
        r(
            "present_moment",
            # "at this moment", "this critical juncture": one word between at most
            rf"\b(?:{a('present_moment_leads')})\s+(?:[a-z]+\s+)?"
            rf"(?:{a('present_moment_nouns')})\b(?!['’]s\b)",
            b_present_moment,
        ),
        r(
            "possessive_future",
            # "the club's future is uncertain", "their future in the league": the noun; "their
            # future plans" is an adjective before one, no time
            rf"(?:(?<=['’]s\s)|{_behind(e('time/possessive_determiners'))})future\b"
            rf"(?=\s*[.,;:!?\"'’”)]|\s+(?:{a('future_noun_followers')})\b)",
            b_possessive_future,
        ),
        r(
            "relative_unit",
            rf"\b(?P<the>the\s+)?(?P<mod>{alternation(list(w.rel_offset))})\s+"
            rf"(?:(?:(?:{a('period_adjectives')})\s+)?(?P<unit>{w.cal_unit})|(?P<part>{w.part}))"
            r"\b(?!-|['’](?!s\b))",
            b_relative_unit,
            1,
        ),
        r(
            "unit_beyond",
            # "the week before last", "the year after next": two units away
            rf"\bthe\s+(?P<unit>{w.cal_unit})\s+(?:(?P<back>{a('before_last_words')})"
            # ("the day before last Tuesday": "last" is the weekday's)
            rf"|(?P<on>{a('after_next_words')}))\b(?![-’']|\s+(?:{weekday}|{month_any}|{w.season}|{unit})\b)",
            b_unit_beyond,
            3,
        ),
        r("the_weekend", r"\bthe\s+weekend\b", b_the_weekend),
        r(
            "elliptic_unit",
            # "this year and next", "this year as last": the lone modifier, the told unit moved
            "(?:"
            + "|".join(
                rf"(?<=\b{re.escape(head)}\s{re.escape(unit)}\s{re.escape(joiner)}\s)"
                for head in e("time/elliptic_modifiers")
                for unit in e("time/elliptic_units")
                for joiner in e("time/elliptic_joiners")
            )
            + rf")(?P<mod>{a('elliptic_modifiers')})\b"
            rf"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:{clauses})\b)",
            b_elliptic_unit,
        ),
        r(
            "clock_span",
            # "within the hour": the next one, as "the next hour" (`clock_span_leads`)
            rf"(?:(?<!\bat\s)\bthe\s+(?:{a('clock_span_modifiers')})\s+"
            rf"|(?:{_behind(e('time/clock_span_leads'))})the\s+)"
            rf"(?P<half>(?:{a('half_before')})[\s-]+)?(?P<unit>{a('clock_span_units')})\b(?![-’'])",
            b_clock_span,
            1,
        ),
        r(
            "unit_before",
            rf"\bthe\s+(?:(?P<unit>{w.cal_unit})|(?P<part>{w.part}))\s+"
            rf"(?P<dir>{alternation(list(w.directions))})"
            rf"(?=\s*(?:[,.;:!?)]|$|\s+(?:{clauses})\b))",
            b_unit_before,
            2,
        ),
        r(
            "day_count",
            rf"(?:{_behind([row['word'] for row in w.lexicon.table('time/day_count_leads')])})"
            rf"the\s+(?P<ord>{w.day_ordinal}|\d{{1,3}}(?:{ords}))\s+"
            rf"(?:(?:{a('day_count_adjectives')})\s+)?day\b(?![-’'])",
            b_day_count,
            1,
        ),
        r(
            "part_of_day",
            rf"\b(?:the\s+)?(?:{a('period_parts')})[\s-]+(?P<part>{w.part})\b(?![-’'])"
            # "late in the afternoon", "during the night": the story's day, where the part of
            # the day ends its phrase
            rf"|(?:(?:\b(?:{a('part_of_day_edges')})\s+|{_behind(e('time/part_of_day_leads'))})"
            rf"the\s+|{_behind(e('time/part_of_day_bare_leads'))}"
            # "attacked at dawn", "left before dusk": a part at the day's edge, bare
            rf"|(?:{_behind(e('time/day_edge_leads'))})(?=(?:{a('day_edge_parts')})\b))"
            rf"(?P<part2>{w.part})\b"
            rf"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:{a('part_of_day_followers')})\b)",
            b_part_of_day,
            1,
        ),
        r(
            "vague_duration",
            rf"(?:{_behind(e('time/vague_duration_leads'))}"
            # "will be some time next week", "was some time on Friday": a point, no length
            rf"|(?:{_behind(e('time/vague_duration_copulas'))})(?!(?:{a('vague_durations')})\s+"
            rf"(?:(?:{a('vague_point_prepositions')})\s+)?(?:(?:{rel_words})\s+[a-z]|{w.month_any}"
            rf"|{w.weekday}|(?:{alternation(list(w.deictic_days))})\b)))(?:(?:{a('vague_durations')})"
            rf"|(?:{alternation(w.articles)})\s+(?:(?:{a('vague_length_adverbs')})\s+)?"
            rf"(?:{a('vague_length_adjectives')})\s+(?:{a('vague_period_nouns')})(?:\s+of\s+time)?)\b",
            b_vague_duration,
            1,
        ),
        # "a day-long meeting", and closed up as news writes some: "weeklong", "yearlong"
        # and "a multiyear lease", "a multi-week strike": many of them (PXY)
        r(
            "unit_long",
            rf"\b(?:(?P<unit>{unit})-?long|(?P<multi>{a('multi_prefixes')})-?(?P<munit>{unit}))\b",
            b_unit_long,
            1,
        ),
        r("year_end", r"\b(?:the\s+)?year(?:[-\s]|['’]s\s+)end\b(?![-’'])", b_year_end),
        r(
            "month_point",
            rf"\b(?:the\s+)?(?:{a('month_point_words')})\b(?![-’'])",
            b_month_point,
        ),
        # "midweek", "midyear": the story's week or year, as "mid-month" is its month
        r("week_point", rf"\b(?:{a('week_point_words')})\b(?![-’'])", b_week_point),
        r("year_point", rf"\b(?:{a('year_point_words')})\b(?![-’'])", b_year_point),
        r("decade_point", rf"\b(?:{a('decade_point_words')})\b(?![-’'])", b_decade_point),
        r(
            "evaluative_unit",
            # "it was a great day for the league", "another very bad week for exporters": the story's day
            # (a quotation may open before it: 'said it was "a great day for ...')
            rf"(?:{_behind(e('time/evaluative_leads'))}|{_quoted_behind(e('time/evaluative_leads'))})"
            rf"(?:{a('evaluative_determiners')})\s+"
            rf"(?:(?:{a('evaluative_intensifiers')})\s+)?(?:(?:{a('evaluative_adjectives')})\s+){{1,2}}"
            # the unit alone is the expression, as TimeML marks it: "a great [day] for the league"
            rf"(?P<extent>{a('evaluative_units')})\b(?=\s+(?:{a('evaluative_followers')})\b)",
            b_evaluative_unit,
        ),
        r(
            "new_year",
            # "in the new year": the year beginning, not "the New Year holiday"
            rf"\bthe\s+(?:{a('new_year_words')})\b(?![-’'])"
            rf"(?!\s+(?:{a('new_year_followers')})\b)",
            b_new_year,
        ),
        r(
            "one_day",
            rf"(?:{_behind(e('time/one_day_modals'))})(?:{a('one_day_words')})\s+day\b",
            b_one_day,
            2,
        ),
        r(
            "year_ago_period",
            rf"\b(?:{a('year_ago_leads')})\s+year['’]s\s+(?:{a('report_periods')})\b"
            rf"|\bthe\s+(?:{a('comparison_adjectives')})\s+"
            rf"(?:{a('report_periods')}|(?P<unit>{a('year_ago_units')}))\s+(?:(?:of\s+)?"
            # "the same quarter a year earlier", as "the same quarter last year"
            rf"last\s+year|(?:{alternation(w.articles)})\s+year\s+(?:{a('year_back_adverbs')}))\b",
            b_year_ago_period,
            2,
        ),
        r(
            # "in the weeks before the attack": the unit alone, the event's month
            "eve_span",
            rf"(?<=\bthe\s)(?:{a('eve_span_units')})(?=\s+(?:{a('eve_span_relations')})\b)",
            b_eve_span,
            1,
        ),
        r(
            "the_unit",
            # "its latest quarter", "their fiscal year": a possessive before a modifier too
            rf"\b(?:(?P<the>the\s+)|(?:{a('possessive_determiners')})\s+(?=(?:{a('the_unit_modifiers')})\s))"
            rf"(?:(?P<mod>{a('the_unit_modifiers')})\s+)?(?P<unit>{a('the_units')})\b"
            # "the year ahead", "the year to come": a span from now, as "the months ahead" is
            rf"(?:\s+(?P<ahead>{a('vague_span_followers')})\b)?"
            rf"(?![-’'](?!s\b)|\s+(?:{a('the_unit_not_before')})\b)",
            b_the_unit,
        ),
        r(
            "year_earlier",
            rf"\b(?:(?:the\s+)?(?:(?:{a('comparison_adjectives')})\s+)?"
            # "the year-earlier quarter", "the prior-year quarter"
            rf"(?:year[-\s](?:{a('year_back_adjectives')})|(?:{a('year_front_adjectives')})-year)\s+"
            rf"(?:(?P<ord>{quarter_ords})\s+|(?P<n>{num})\s+(?=months\b))?"
            rf"(?:{a('year_earlier_periods')})\b"
            rf"|(?:year-(?:{a('year_back_adjectives')})|(?:{a('year_front_adjectives')})-year)\b"
            rf"(?!\s+(?:{a('year_earlier_periods')})\b)"
            rf"|(?:the\s+)?(?:a\s+)?year\s+(?:{a('year_back_adverbs')})\b)",
            b_year_earlier,
            1,
        ),
        r(
            "quarter",
            # "the year's second quarter": the reporting year's, as "the second quarter"
            rf"\b(?:(?P<yrel>{year_mod})\s+year['’]s\s+|the\s+year['’]s\s+"
            # "the prior year's third quarter": a year before the reporting year's
            rf"|(?P<yago>{a('year_ago_leads')})\s+year['’]s\s+"
            rf"|(?:fiscal\s+)?(?P<y4>\d{{4}})['’]s\s+"
            rf"|(?:{a('quarter_determiners')})\s+(?!(?:{quarter_ords})-)"
            r"|the\s+(?=fiscal))?(?:fiscal[\s-]+)?(?:(?P<y2>\d{4})\s+)?"
            rf"(?P<ord>{a('quarter_ordinals')}|{quarter_digits}"
            # "the last quarter of 2020", "of last year", "of the year": the fourth, where
            # "the last quarter" alone is the one last closed (`relative_unit`)
            rf"|(?:{a('last_ordinals')})(?=\s+quarter\s+of\s+(?:fiscal\s+)?(?:\d{{4}}|the\s+(?:{fiscal_year}|year)\b"
            rf"|(?:{year_mod})\s+year\b)))"
            # "the third quarter of FY2019", "of fiscal year 2019": the fiscal year inside
            r"[\s-]+(?:fiscal[\s-]+)?quarter(?!s)(?:\s+of\s+(?:fiscal\s+(?:year\s+)?"
            rf"|(?:{a('fiscal_year_marks')})\s?)?(?P<y>\d{{4}})(?!\d)|\s+of\s+the\s+(?:{fiscal_year}|year)"
            rf"|\s+of\s+(?P<yrel2>{year_mod})\s+year(?![-’'])|\s+of\s+{story_year})?\b"
            r"|(?-i:\bQ(?P<q>[1-4]))\b(?:\s+(?P<y3>\d{4}))?",
            b_quarter,
            2,
        ),
        r(
            "year_period",
            # "the 1988 quarter", "the comparable 1988 period"
            rf"\bthe\s+(?:(?:{a('comparison_adjectives')})\s+)?(?P<y>1[5-9]\d\d|20\d\d)\s+"
            rf"(?P<unit>{a('report_periods')})\b"
            # "the comparable period of 1988", "the same quarter in 2019": that year's; "the same
            # period" alone: the period told before (anaphoric, TimeML)
            rf"|\bthe\s+(?:{a('comparison_adjectives')})\s+(?:(?:{a('report_periods')})\s+"
            rf"(?:of|in)\s+(?:fiscal\s+)?(?P<y2>1[5-9]\d\d|20\d\d)(?![\d-])"
            rf"|(?P<alone>{a('anaphoric_periods')})\b(?![-’']))",
            b_year_period,
            2,
        ),
        r(
            "spoken_year",
            rf"\b(?:the\s+year\s+)?(?P<c>{centuries})\s+(?P<yy>{w.spoken_yy})\b(?![-\s](?:{unit}))"
            rf"|\bthe\s+year\s+{two_thousand}(?:\s+(?:and\s+)?(?P<tt>{ones_teens}))?\b"
            rf"|(?:{_behind(e('time/spoken_year_leads'))}){two_thousand}"
            rf"(?:\s+(?:and\s+)?(?P<t2>{ones_teens}))?\b(?!\s+[a-z]+s\b)",
            b_spoken_year,
            2,
        ),
        r(
            "quarter_of",
            rf"\b(?:{approx}\s+)?(?P<num>{num})[\s-]+(?:{a('fraction_words')})"
            rf"(?:\s+of\s+(?:{alternation(w.articles)})\s+|[\s-]+)(?P<unit>{a('quarter_of_units')})\b"
            rf"(?P<ago>\s+ago\b)?",
            b_quarter_of,
            1,
        ),
        r(
            "half",
            # "the 1990 first half", "the year's second half", "this year's first half": the year
            # inside the expression, as before a quarter
            rf"\b(?:the\s+(?:(?P<y5>\d{{4}})\s+|year['’]s\s+)?|(?P<y3>\d{{4}})['’]s\s+"
            rf"|(?P<ypos>{year_mod})\s+year['’]s\s+)?"
            rf"(?:(?P<ord>{half_ords})[\s-]+half(?![\s-]+(?:{a('half_unit_words')})\b)"
            rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>\d{{4}})"
            # "the first half of the current fiscal year": the reporting year's, as "of the year"
            rf"|the\s+(?:(?P<cur>{a('current_period_modifiers')})\s+)?(?:{fiscal_year}|year)"
            rf"|(?P<yrel>{year_mod})\s+year(?![-’'])|{story_year}))?"
            rf"|(?:(?P<front>{a('first_half_words')})|{a('last_half_words')})\s+half\s+of\s+"
            rf"(?:(?:fiscal\s+)?(?P<y2>\d{{4}})|the\s+(?:{fiscal_year}|year))"
            # "H1 2019": the half of the year after it
            rf"|\b(?:{a('half_year_marks')})(?P<h>[12])\s+(?P<y4>\d{{4}})"
            # "recover in H2": the reporting year's half, after a lead, before the phrase ends
            rf"|(?:{_behind(e('time/half_year_leads'))})(?-i:H(?P<hb>[12]))"
            rf"(?=\s*(?:[,.;:!?)]|$|\s+(?:{a('coordinate_joiners')})\b)))\b",
            b_half,
            1,
        ),
        r(
            "ago",
            rf"\b(?:{approx}\s+)?(?:(?P<halfa>{a('half_before')})\s+(?=(?:{alternation(w.articles)})\s))?"
            # "20-odd years ago", "40-plus years ago": about the count, as in a duration
            rf"(?:(?P<num>{num})(?:-(?:{a('count_suffixes')})\b)?"
            rf"(?P<numhalf>(?:\s+|-)(?:{a('half_after')}))?[\s-]+)?"
            rf"(?P<unit>{units_or_nights})(?P<unithalf>\s+(?:{a('half_after')}))?\s+(?:{a('ago_words')})\b"
            rf"(?:\s+(?P<finer>{alternation([r['phrase'] for r in w.lexicon.table('time/ago_finer')])})\b)?",
            b_ago,
            3,
        ),
        r(
            "weekday_ago",
            # "two Fridays ago", "three weekends ago": that weekday (weekend) so many back, one
            # day, not the weekdays that recur (a SET)
            rf"\b(?P<num>{num})\s+(?:(?P<wd>{'|'.join(w.weekday_plurals)})"
            rf"|(?P<we>{'|'.join(re.escape(x) + 's' for x in w.weekend_words)}))"
            rf"\s+(?:{a('ago_words')})\b(?![-’'])",  # "two Saturdays back-to-back": no time
            b_weekday_ago,
            4,
        ),
        r(
            "from_now",
            rf"\b(?:{approx}\s+)?(?P<num>{num})[\s-]+(?P<unit>{units_or_nights})\s+"
            rf"(?:{a('from_now')})\b",
            b_from_now,
            3,
        ),
        r(
            "from_day",
            rf"\b(?P<num>{num})[\s-]+(?P<unit>{units_or_nights})\s+(?:{a('from_day_words')})\s+"
            rf"(?:(?P<wd>{weekday})|(?P<dd>{a('from_named_days')}))\b(?![’'])",
            b_from_day,
            3,
        ),
        r(
            "later_earlier",
            # "half an hour later": half of one unit, as "half an hour" alone is
            rf"\b(?:{approx}\s+)?(?:(?P<halfa>{a('half_before')})\s+(?=(?:{alternation(w.articles)})\s))?"
            rf"(?P<num>{num})[\s-]+(?P<unit>{units_or_nights})\s+"
            # closed by punctuation or a new clause, or a direction that takes no object ("a
            # year later they ...") before any word but a comparison's ("earlier than")
            rf"(?=(?:{a('open_directions')})\s+(?!(?:{a('open_direction_blockers')})\b)"
            rf"|(?:{dirs})\s*(?:[,.;:!?)]|$|\s+(?:{clauses})\b))(?P<dir>{dirs})\b",
            b_later_earlier,
            3,
        ),
        r(
            "duration",
            # not the second year of "the 1989-90 fiscal year" (no count of 90 years)
            rf"(?<!\d\d\d\d-)\b(?P<set>(?:{a('repetition_words')}|\w+\s+times)\s+(?:{a('per_words')})\s+)?"
            # "the better part of a century": most of the count, inside the expression
            rf"(?:(?:{a('duration_part_leads')})\s+)?"
            rf"(?:{approx}\s+)?(?:(?P<the>the)\s+(?:(?:{a('duration_modifiers')})\s+"
            rf"|(?!(?:{num})-(?:{unit})\b)))?"
            rf"(?:(?P<half>{a('half_before')})\s+(?=(?:{alternation(w.articles)})\s))?"
            # "three attacks in as many days": the count told before, inside the expression
            rf"(?:(?P<echo>{a('echo_count_leads')})\s+(?=(?:{a('echo_count_words')})\b))?"
            # "20-odd years", "40-plus years": about the count
            rf"(?P<num>{num})(?:-(?:{a('count_suffixes')})\b)?"
            rf"(?P<numhalf>(?:\s+|-)(?:{a('half_after')}))?(?:\s+|-)"
            rf"(?:(?:{w.duration_adjective})\s+|(?P<kind>{a('day_kind_adjectives')})\s+)?"
            # "a year and a half", "a year-and-a-half"
            rf"(?P<unit>{unit})\b(?P<unithalf>(?:\s+|-)(?:{a('half_after')})\b)?"
            # "a year or more", "a week or so": the modifier inside the expression
            rf"(?:\s+(?:{a('duration_after_modifiers')})\b(?!\s+than\b))?"
            rf"(?!-(?:{a('age_adjectives')}))",
            b_duration,
            1,
        ),
        r(
            "span_half",
            # "the last year and a half": one unit and a half, counted as "a year and a half"
            rf"\bthe\s+(?:{a('duration_modifiers')})\s+(?P<unit>{unit})\s+(?:{a('half_after')})\b",
            b_span_half,
            1,
        ),
        r(
            "bare_units",
            rf"(?:{w.bare_unit_leads})(?P<unit>{bare_any})\b"
            rf"|(?:{_behind(e('time/bare_unit_end_leads'))})(?P<unit2>{bare_end})(?=\s*(?:[,.;:!?)\"'”’]|$))"
            # "follows months of talks", "ended years of war": a verb before, "of" after; or the
            # sentence's first word ("Years of war have left ..."); both only for the units that
            # are no common noun of their own there (not "Hours of opening" nor "followed
            # minutes of the meeting": `opens` in bare_units.tsv)
            rf"|(?:{_behind(e('time/bare_unit_of_leads'))})(?P<unit4>{bare_opens})(?=\s+of\s)"
            rf"|(?:^|(?<=[.!?]\s)|(?<=\n))(?P<unit5>{bare_opens})(?=\s+of\s)"
            # "Hours after the vote, ...", "Minutes before the blast, ...": opening a sentence
            rf"|(?:^|(?<=[.!?]\s)|(?<=\n))(?P<unit6>{bare_any})(?=\s+(?:{a('bare_unit_signals')})\s)"
            # "it could be weeks before ...", "it was days until ...": the wait's length
            rf"|(?:{_behind(e('time/bare_unit_copulas'))})(?P<unit7>{bare_any})"
            rf"(?=\s+(?:{a('bare_unit_copula_followers')})\s)"
            # "Days later, ...", "hours earlier": the direction inside, as in "a few days later"
            rf"|\b(?P<unit3>{bare_any})(?:\s+(?:{a('open_directions')})\b"
            rf"(?!\s+(?:{a('open_direction_blockers')})\b)|(?=\s+(?:{a('bare_unit_followers')})\b))",
            b_bare_units,
        ),
        r(
            "set_every",
            # "three times every week": the count of times inside the SET, as in "twice a week"
            rf"\b(?:(?P<count>{a('repetition_words')}|\w+\s+times)\s+)?"
            # "every second Tuesday", "every third year": the step as an ordinal
            rf"(?:{a('every_words')})\s+(?:(?P<n>{alternation(sorted(w.every_other))}|{num}"
            # ("each fourth quarter" is that quarter of every year: `set_quarter`)
            rf"|(?P<nth>{w.day_ordinal})(?=\s+(?!quarter\b)))\s+)?"
            # "every weekend": each weekend of the year, a SET (XXXX-WXX-WE); "every Monday
            # night": that part of each Monday
            rf"(?P<unit>{weekday}(?:\s+(?P<part>{w.part})\b(?![-’']))?|{w.season}|{w.month_full}"
            rf"|(?P<weekend>{a('set_weekend_words')})s?"
            rf"|(?:{a('set_units')})s?)\b",
            b_set_every,
            1,
        ),
        r(
            "set_quarter",
            # "each fourth quarter", "the first quarter of every year": that quarter every year
            rf"\b(?:(?:{a('every_words')})\s+(?P<ord>{quarter_ords})[\s-]+quarter"
            rf"|the\s+(?P<ord2>{quarter_ords})[\s-]+quarter\s+of\s+(?:{a('every_words')})\s+year)\b",
            b_set_quarter,
            1,
        ),
        r(
            "weekend_set",
            rf"(?:{_behind(e('time/weekend_set_leads'))})weekends\b",
            b_weekend_set,
        ),
        r(
            "set_adverb",
            # "twice weekly", "three times daily": the count of times inside the SET, as in
            # "twice a week"
            rf"\b(?:(?P<count>{a('repetition_words')}|\w+\s+times)[\s-]+)?"
            rf"(?P<adverb>{alternation(list(w.frequency_adverbs))})\b",
            b_set_adverb,
        ),
        r(
            "weekday_plural",
            rf"(?-i:\b(?P<wd>{'|'.join(p[:1].upper() + p[1:] for p in w.weekday_plurals)})\b)",
            b_weekday_plural,
        ),
        r(
            "per_unit",
            rf"\b(?:(?P<count>{a('repetition_words')}|\w+\s+times)\s+)?a\s+(?P<unit>{a('per_units')})\b",
            b_per_unit,
            2,
        ),
        r(
            "clock",
            # "6 a.m, police said": the closing dot may be left out
            r"\b(?:(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|[ap]\.m\b|am\b|pm\b)"
            rf"|(?P<word>{alternation(list(w.clock_words))}))(?:\s+{w.clock_zone})?",
            b_clock,
            2,
        ),
        r("spoken_clock", w.spoken_clock, b_spoken_clock, 2),
        r(
            "clock24",
            # "5:45 in the morning", "three o'clock": first, so that the part of the day is
            # read before a bare "5:45" after "at" matches
            rf"\b(?P<h3>1[0-2]|[1-9]|{hours12})"
            # "three o'clock in the afternoon": the part after "o'clock" too
            rf"(?:\s+o['’]clock\b|(?::(?P<mi3>[0-5]\d))?(?=\s+in\s+the\s+(?:{a('clock_day_parts')})\b))"
            rf"(?:\s+in\s+the\s+(?P<part>{a('clock_day_parts')})\b)?"
            rf"|(?:{_behind(e('time/clock_leads'))})"
            rf"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?:\s+{w.clock_zone})?"
            r"|\b(?P<h2>[01]\d|2[0-3]):?(?P<mi2>[0-5]\d)(?:\s*(?:hours\b|hrs\b|h\b)"
            rf"|\s+{w.clock_zone})"
            # "at 9 tonight", "at 6:30 this morning": the day and its part are their own
            # expression, joined to the hour afterwards (`times._clock_days`)
            rf"|(?:{_behind(e('time/clock_leads'))})(?P<h4>1[0-2]|[1-9])(?::(?P<mi4>[0-5]\d))?"
            rf"(?=\s+(?:{a('clock_day_words')}|{weekday}\s+{w.part})\b)",
            b_clock24,
            2,
        ),
        r(
            "era_year",
            rf"\b(?P<y>\d{{1,4}})\s*(?-i:(?P<bc>{w.era_before})|(?P<ad>{w.era_after}))(?![A-Za-z])"
            r"|(?-i:\b(?:AD|A\.D\.))\s*(?P<y2>\d{1,4})\b",
            b_era_year,
            3,
        ),
        r(
            "year",
            r"(?:(?<=\bmid-)|(?<=\bpre-)|(?<=\bpost-)|(?<![\d$£€#.,/-]))"
            r"\b(?:(?P<fiscal>fiscal(?:\s+year)?\s+"
            rf"|(?:{a('fiscal_year_marks')})\s?)|(?P<named>the\s+year\s+))?"
            r"(?P<y>1[5-9]\d\d|20\d\d)\b"
            rf"(?![\d%]|[.,]\d|-\d|\s*(?:{a('percent_words')})\b|\s+block\b)",
            b_year,
        ),
        r(
            "short_year",
            # "the '96 campaign", "in '97": not after a word or a quote mark ("''60 Minutes'')
            r"(?:(?<![\w'’`])(?P<fiscal>fiscal\s+)?['’]"
            rf"|\b(?P<fy>{a('fiscal_year_marks')})\s?)(?P<yy>\d\d)(?![\w'’%]|[.,]\d)",
            b_short_year,
        ),
        r(
            "decade",
            # "'80s" after a hyphen ("the mid-'80s") has no word boundary before it
            r"(?:\b(?:the\s+)?(?P<dec>1[0-9]\d0|20\d0)|(?:\bthe\s+|(?<=-))?['’](?P<d2>\d)0)['’]?s\b"
            # "the 80s", "the mid-80s": without the apostrophe only after "the" (not "his 80s")
            rf"|\bthe\s+(?:(?:{a('period_parts')})[\s-]+)?(?P<d3>[1-9])0s\b(?![-’'])",
            b_decade,
            1,
        ),
        r(
            "decade_word",
            rf"\bthe\s+(?:(?:{a('period_parts')})[\s-]+)?(?:(?P<c>{centuries})[\s-]+)?"
            rf"(?P<w>{'|'.join(w.decades)})\b"
            # "the eighties and nineties": the second decade joined to the first, its own
            rf"|(?:{_behind([f'the {d} {j}' for d in w.decades for j in e('time/coordinate_joiners')])})"
            rf"(?P<w2>{'|'.join(w.decades)})\b",
            b_decade_word,
        ),
        r(
            "century_decade",
            # "the first decade of the century", "the last decade of the 19th century": the
            # decade, one expression, as "the 1990s" is
            rf"\bthe\s+(?P<ord>{decade_ords})\s+decade\s+of\s+(?:the\s+(?:(?P<n>\d{{1,2}})(?:{ords})"
            rf"|(?P<w>{century_words}))[\s-]+|(?P<cur>{a('current_century_words')})\s+)century\b",
            b_century_decade,
            2,
        ),
        r(
            "century",
            # "the 19th-century church": the article is the noun's, not the century's
            rf"\b(?:the\s+(?![^\s-]+-century\b))?(?:(?P<n>\d{{1,2}})(?:{ords})|(?P<w>{century_words}))"
            r"[\s-]+century\b",
            b_century,
            1,
        ),
        r(
            "season_set",
            # "every summer and winter": the second season is a SET as the first is
            rf"(?:{_behind([f'{v} {sn} {j}' for v in e('time/every_words') for sn in w.season_codes for j in e('time/coordinate_joiners')])})"
            rf"(?P<s>{'|'.join(w.season_codes)})\b(?![-’'])",
            b_season_set,
            1,
        ),
        r(
            "season",
            rf"\b(?:(?P<amod>the\s+(?:{story_next})|{joint_anaphoric}|{story_that})\s+"
            rf"|(?P<the>the\s+)?(?:(?P<mod>{name_mod})\s+)?)"
            rf"(?P<s>{'|'.join(w.season_codes)})"
            # "the winter of 2019-20": one expression, a winter dated by its January's year
            rf"(?:\s+(?:of\s+)?(?:(?P<y>\d{{4}})(?:[-–/](?P<y2>(?:\d\d){{1,2}}))?(?!\d)"
            rf"|{spoken_year}|['’](?P<sy>\d\d)(?![\w'’%]|[.,]\d))"
            # "the spring of last year": one expression, last year's spring
            rf"|\s+of\s+(?P<yrel>{year_mod})\s+year|\s+of\s+{story_year})?"
            # "last summer's drought": the possessive is the season's, not a hyphened word's
            r"\b(?!-)(?![’'](?!s\b))",
            b_season,
        ),
        r(
            "holiday",
            # "every Christmas": that day every year, a SET
            rf"\b(?:(?P<every>{a('every_words')})\s+|(?P<mod>{year_mod})\s+"
            # "the Labor Day weekend": the article inside, as in "the weekend"
            rf"|the\s+(?=(?:{w.holiday_re})\s+week(?:end)?\b))?(?P<h>{w.holiday_re})(?!\w)"
            # "the Christmas tree", "an Easter egg": a thing of the holiday, no date
            rf"(?!\s+(?:{a('holiday_things')})\b)"
            rf"(?:\s+(?P<y>\d{{4}})(?!\d))?"
            r"(?:(?P<week>\s+week(?P<weekend>end)?\b(?![-’']))"
            # "Christmas morning", "Thanksgiving night": the day with its part, as "Tuesday morning"
            rf"|\s+(?P<part>{w.part})\b(?![-’']))?",
            b_holiday,
            1,
        ),
    )
