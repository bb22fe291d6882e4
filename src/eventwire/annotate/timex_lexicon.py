"""The words of a language's time expressions, made into the lookups and pattern pieces of the rules.

Kept apart from the rules so that the grammar reads as patterns and the vocabulary can grow
(new abbreviations, holidays, number words) without touching the rules that use it. Every word is
a data file of the language layer, `eventwire/lang/<code>/time/`; `TimeWords.of(lexicon)` reads
them once per lexicon (a worker's `setup()`) and builds the alternations the rules are made of,
longest first where one entry may begin another. The month table is the one copy of the month
names that every stage reads.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from ..lang import Lexicon, load_lexicon

_HUNDRED = 100
"""A count this large may have its tens and ones joined after a word ("a hundred and fifty")."""


def alternation(phrases: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of words and phrases in the given order; a space is any white space."""
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)


def longest_first(phrases: list[str] | tuple[str, ...]) -> str:
    """`alternation`, longest first, so that "this coming" wins over "this"."""
    return alternation(sorted(phrases, key=len, reverse=True))


def _capitalised(names: list[str]) -> str:
    """A regex alternation of names as written in text ("new year's eve" -> New Year['’]s Eve),
    longest first so that "Christmas Eve" wins over "Christmas"."""
    parts = []
    for name in sorted(names, key=len, reverse=True):
        words = [w[:1].upper() + w[1:] for w in name.split()]
        parts.append(r"\s+".join(re.escape(w).replace("'", "['’]") for w in words))
    return "|".join(parts)


def _counts(lexicon: Lexicon, name: str, key: str, value: str) -> dict[str, int]:
    """Two columns of a table as a dict from a word to a whole number, in file order."""
    return {word: int(number) for word, number in lexicon.mapping(name, key, value).items()}


def _number(text: str) -> int | float:
    return float(text) if "." in text else int(text)


class Holiday(NamedTuple):
    """How a holiday's day is found: a fixed month and day, the nth weekday of a month (nth -1:
    the last) and then `after` days on (US Election Day: the Tuesday after the first Monday of
    November), or a distance in days from Easter Sunday."""

    month: int | None
    day: int | None
    weekday: int | None
    nth: int | None
    easter: int | None
    after: int = 0


class TimeWords:
    """The time vocabulary of one lexicon: the lookups of the builders, the pieces of the rules."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._months(lexicon)
        self._days(lexicon)
        self._numbers(lexicon)
        self._units(lexicon)
        words = lexicon.words
        self.era_before = "|".join(re.escape(w) for w in lexicon.entries("time/era_before"))
        self.era_after = "|".join(re.escape(w) for w in lexicon.entries("time/era_after"))
        self.not_a_year_after = words("time/not_a_year_after")
        self.name_heads = words("time/name_heads")
        self.name_breaking_leads = words("time/name_breaking_leads")
        self.day_of_kinds = words("time/day_of_kinds")
        self.street_words = words("time/street_words")
        self.vague_past = lexicon.entries("time/vague_past")
        self.end_point_words = words("time/end_point_words")
        self.time_leads = words("time/time_leads")
        self.year_after_words = words("time/year_after_words")
        self.month_first_domains = words("time/month_first_domains")
        self.generic_domains = words("time/generic_domains")
        self.deadline_verbs = words("time/deadline_verbs")
        self.deadline_holders = words("time/deadline_holders")
        self.deadline_particles = {
            row["lemma"]: (frozenset(row["particles"].split()), frozenset(row["bare"].split()))
            for row in lexicon.table("time/deadline_particles")
        }
        self.deadline_state_verbs = words("time/deadline_state_verbs")
        self.deadline_object_verbs = {
            row["lemma"]: frozenset(row["measure"].split())
            for row in lexicon.table("time/deadline_object_verbs")
        }
        """Verbs that move a time later only through an object that is a measure with a term."""
        self.date_prepositions = words("time/date_prepositions")
        self.duration_followers = words("time/duration_followers")
        self.bare_unit_leads = "|".join(
            rf"(?<=\b{re.escape(w)}\s)" for w in lexicon.entries("time/bare_unit_leads")
        )
        """Look-behinds for the words that make a bare plural unit a duration ("for years")."""
        self.duration_adjective = "|".join(
            sorted(
                (re.escape(w) for w in lexicon.entries("time/duration_adjectives")),
                key=len,
                reverse=True,
            )
        )
        """Adjectives between a number and its unit that keep the count ("three straight days")."""
        self.rel_offset: dict[str, int] = _counts(
            lexicon, "time/relative_modifiers", "word", "offset"
        )
        """Relative modifiers and the units they move from the reference ("last": one back)."""
        self.name_modifiers: dict[str, int] = _counts(
            lexicon, "time/name_modifiers", "word", "offset"
        )
        """Modifiers of a named month, weekday or season and the way they move it."""
        self.year_modifiers = lexicon.entries("time/year_modifiers")
        """Modifiers of "year" in "October last year", "next year's first quarter"."""
        self.edge_words = lexicon.entries("time/edge_words")
        """Words between an end-point word and its date ("until mid-November", "to the end of")."""
        self.clock_words: dict[str, int] = _counts(lexicon, "time/clock_words", "word", "hour")
        """Times of day named by a word, with their hour ("noon" 12, "midnight" 24)."""
        self.clock_fractions: dict[str, int] = _counts(
            lexicon, "time/clock_fractions", "words", "minutes"
        )
        """Parts of an hour before "past" or "to" an hour ("half" 30, "a quarter" 15)."""
        self.clock_relations: dict[str, int] = _counts(
            lexicon, "time/clock_relations", "word", "sign"
        )
        """ "past" (+1) and "to" (-1) between a part of an hour and the hour."""
        self.overnight_hours: dict[str, tuple[int, int]] = {
            row["mark"]: (int(row["morning_before"]), int(row["evening_from"]))
            for row in lexicon.table("time/overnight_hours")
        }
        """The clock marks of a night told past midnight, with the hour the next morning's night
        ends and the evening's hour it must follow ("am": before 7, after 16 o'clock)."""
        self.overnight_blockers = lexicon.words("time/overnight_blockers")
        """Words that tell a night hour before the evening told ("earlier", "had")."""
        self.beside_words: dict[str, int] = _counts(lexicon, "time/beside_words", "word", "sign")
        """ "after" (+1) and "before" (-1) between a weekday and the day that anchors it."""
        self.weekend_words = lexicon.entries("time/weekend_words")
        """The weekend as a unit anchored on a day ("the weekend before Thanksgiving")."""
        self.spoken_clock = self._spoken_clock(lexicon)
        """A clock time read out: "eight p.m.", "seven thirty a.m.", "half past six"."""
        zones = lexicon.entries("time/clock_zones")
        self.clock_zone = (
            rf"(?:{longest_first(lexicon.entries('time/clock_zone_words'))}"
            rf"|(?-i:{alternation([z for z in zones if z.isupper()])})"
            rf"|(?-i:{alternation([z for z in zones if not z.isupper()])})"
            rf"(?!\s+(?!{self.weekday})(?-i:[A-Z]))"
            r")(?![\w-])"
        )
        """A time zone after a clock time, part of its expression: "GMT", "local time"."""
        self.ambiguous_months = lexicon.words("time/ambiguous_months")
        self.ambiguous_month_leads = lexicon.words("time/ambiguous_month_leads")
        self.clock_marks = lexicon.entries("time/clock_marks")
        """What marks four digits as a clock time ("1930 hours", "0600 GMT")."""
        self.decades: dict[str, int] = _counts(lexicon, "time/decade_words", "word", "decade")
        """Decades named by a word ("the eighties": 8), in the pattern's order."""
        self.century_ordinals: dict[str, int] = _counts(
            lexicon, "time/century_ordinals", "word", "century"
        )
        """Ordinal words of centuries ("nineteenth", "twenty-first"), hyphens for spaces."""
        self.ambiguous_seasons = lexicon.words("time/ambiguous_seasons")
        self.season_leads = lexicon.words("time/season_leads")
        self.age_words = lexicon.entries("time/age_words")
        self.fraction_words = lexicon.entries("time/fraction_words")
        self.determiners = lexicon.entries("time/determiners")
        self.set_adjective_modifiers = lexicon.entries("time/set_adjective_modifiers")
        self.ended_period_units = lexicon.entries("time/ended_period_units")
        self.last_ordinals = lexicon.entries("time/last_ordinals")
        self.rate_count_words = lexicon.entries("time/rate_count_words")
        self.rate_words = lexicon.entries("time/rate_words")
        self.every_other = lexicon.words("time/every_other")
        self.fraction_units: dict[str, tuple[str, int, bool]] = {
            row["code"]: (row["smaller"], int(row["times"]), row["clock"] == "yes")
            for row in lexicon.table("time/fraction_units")
        }
        """A unit's code -> the smaller unit a fractional count is written in (P18M)."""
        self.recurring_adjectives = lexicon.words("time/recurring_adjectives")
        self.frequency_adverbs: dict[str, str] = lexicon.mapping(
            "time/frequency_adverbs", "word", "value"
        )
        """Adverbs of a frequency and their TIMEX3 SET value ("monthly" P1M)."""
        self.deictic_days: dict[str, tuple[int, str | None]] = {
            row["words"]: (int(row["offset"]), row["part"] or None)
            for row in lexicon.table("time/deictic_days")
        }
        """Words that name a day from the day of speech ("yesterday" -1, "tonight" 0 at night)."""
        self.generic_day_nouns = lexicon.words("time/generic_day_nouns")
        """Nouns that make "today's" or "of tomorrow" generic ("today's youth"): no day."""
        self.relational_words = lexicon.entries("time/relational_words")
        self.signal_futures = lexicon.words("time/signal_futures")
        self.signal_leads = lexicon.words("time/signal_leads")
        self.dated_after_words = lexicon.words("time/dated_after_words")
        """Words after "(most) recently" that open the date of the last instance ("last May")."""
        self.dated_after_prepositions = lexicon.words("time/dated_after_prepositions")
        self.discourse_words = lexicon.words("time/discourse_words")
        """Present words that open a sentence as a discourse marker before a comma ("Now, ...")."""
        self.reference_adjectives = lexicon.mapping("time/reference_adjectives", "word", "value")
        """Adjectives that refer to the time of speech and their value (empty: none)."""
        self.anaphoric_modifiers = lexicon.words("time/anaphoric_modifiers")
        self.span_modifiers = lexicon.words("time/span_modifiers")
        self.span_point_units = lexicon.words("time/span_point_units")
        self.origin_units = lexicon.words("time/origin_units")
        """Units that an origin before them ("born in the last century") makes a point."""
        self.narrative_modifiers = lexicon.words("time/narrative_modifiers")
        self.phrase_enders = lexicon.entries("time/phrase_enders")
        self.period_end_words = lexicon.entries("time/period_end_words")
        self.period_to_words = lexicon.entries("time/period_to_words")
        self.common_noun_units = lexicon.words("time/common_noun_units")
        self.directions: dict[str, int] = _counts(lexicon, "time/directions", "word", "offset")
        """Words after a count of units that move it from the narrative ("two days later")."""
        self.ordinal_suffixes = alternation(lexicon.entries("time/ordinal_suffixes"))
        """The letters after a digit that make it an ordinal ("5th")."""

    @classmethod
    def of(cls, lexicon: Lexicon) -> TimeWords:
        """The vocabulary of a lexicon, built once per lexicon and process."""
        return _time_words(lexicon)

    def _months(self, lexicon: Lexicon) -> None:
        rows = lexicon.table("time/months")
        self.months: dict[str, int] = {row["name"]: int(row["month"]) for row in rows}
        """Month number by lower-case name or abbreviation ("sept" included)."""
        full = _capitalised([r["name"] for r in rows if r["form"] == "full"])
        abbr = _capitalised([r["name"] for r in rows if r["form"] == "abbr"])
        # Abbreviations only with their dot or directly before a digit ("Jan 5"), never bare.
        self.month_any = rf"(?-i:(?:{full})(?![a-z])|(?:{abbr})(?:\.|(?=\s*\d)))"
        self.month_full = rf"(?-i:(?:{full})(?![a-z]))"
        self.month_abbr = rf"(?-i:{abbr})"
        """Month abbreviations, dot left to the rule ("Sept last year" has none)."""
        self.month_names = frozenset(r["name"] for r in rows if r["form"] == "full")
        self.month_words = " ".join(self.months)
        """Every month name and abbreviation, space-separated: the trigger words of month rules."""
        weekday_rows = lexicon.table("time/weekdays")
        self.weekdays: dict[str, int] = {r["name"]: int(r["weekday"]) for r in weekday_rows}
        wd_full_names = [r["name"] for r in weekday_rows if r["form"] == "full"]
        wd_full = _capitalised(wd_full_names)
        wd_abbr = _capitalised([r["name"] for r in weekday_rows if r["form"] == "abbr"])
        self.weekday = rf"(?-i:(?:{wd_full})(?![a-z])|(?:{wd_abbr})\.)"
        self.weekday_names = frozenset(wd_full_names)
        self.weekday_words = " ".join(self.weekdays)
        self.weekday_plurals = [name + "s" for name in wd_full_names]
        """The plurals of the weekdays ("mondays"), in file order: sets of days."""

    def _days(self, lexicon: Lexicon) -> None:
        self.part_of_day: dict[str, str] = lexicon.mapping("time/parts_of_day", "word", "code")
        self.part = rf"(?:{'|'.join(sorted(self.part_of_day, key=len, reverse=True))})"
        self.season_codes: dict[str, str] = lexicon.mapping("time/seasons", "word", "code")
        self.season = rf"(?:{'|'.join(self.season_codes)})"
        self.holidays: dict[str, Holiday] = {
            row["name"]: Holiday(
                int(row["month"]) if row["month"] else None,
                int(row["day"]) if row["day"] else None,
                int(row["weekday"]) if row["weekday"] else None,
                int(row["nth"]) if row["nth"] else None,
                int(row["easter"]) if row.get("easter") else None,
                int(row["after"]) if row.get("after") else 0,
            )
            for row in lexicon.table("time/holidays")
        }
        """Holiday name -> its rule: a fixed day, a weekday of the month, or a distance from Easter."""
        self.holiday_re = rf"(?-i:{_capitalised(list(self.holidays))})"
        self.holiday_words = " ".join(sorted({re.split(r"[\s']", h)[0] for h in self.holidays}))
        self.day_ordinals: dict[str, int] = {
            row["word"]: int(row["number"]) for row in lexicon.table("time/ordinals")
        }
        """Ordinal words of the days of a month ("second" 2, "thirty-first" 31)."""
        self.day_ordinal = "|".join(
            w.replace("-", r"[-\s]") for w in sorted(self.day_ordinals, key=len, reverse=True)
        )
        suffixed = lexicon.entries("time/ordinal_suffixes")  # of 1, 2, 3, then the rest
        self.ordinals: dict[str, int] = {
            **{w: n for w, n in self.day_ordinals.items() if n <= 4},
            **{f"{n}{suffix}": n for n, suffix in enumerate(suffixed, start=1) if n <= 4},
            **{w: 4 for w in lexicon.entries("time/last_ordinals")},
        }
        """Ordinals of quarters and halves ("third", "3rd"; "final" and "last" are the fourth)."""
        self.quarter_ordinal_words = [w for w, n in self.day_ordinals.items() if n <= 4]
        self.day_count_leads: dict[str, str] = lexicon.mapping(
            "time/day_count_leads", "word", "reference"
        )
        """Copulas before a day counted within an episode, and the day each points at."""

    def _numbers(self, lexicon: Lexicon) -> None:
        rows = lexicon.table("time/number_words")
        value = {row["word"]: int(row["number"]) for row in rows}
        self.small = {w: n for w, n in value.items() if n < 20}
        self.tens = {w: n for w, n in value.items() if 20 <= n < 100}
        self.hundred = [w for w, n in value.items() if n == 100]
        self.thousand = [w for w, n in value.items() if n == 1000]
        self.ones = [w for w, n in value.items() if 1 <= n <= 9]
        self.teens = [w for w, n in value.items() if 10 <= n <= 19]
        self.centuries = {w: n for w, n in value.items() if 18 <= n <= 20}
        """The first words of years read out ("nineteen" ninety-six): 1800 to 2099."""
        self.articles = lexicon.entries("time/indefinite_articles")
        """The articles that count one ("a year", "an hour")."""
        ones = "|".join(self.ones)
        tens = "|".join(self.tens)
        word_num = rf"(?:(?:{tens})(?:[-\s](?:{ones})(?![a-z]))?|{'|'.join(self.small)})"
        self.quantities: dict[str, int | float | None] = {}
        """Quantity phrases and their number (None: vague, "several")."""
        self.uncounted: list[str] = []
        """Plural quantities that count no number ("dozens of")."""
        self.hundred_joiners = lexicon.entries("time/hundred_joiners")
        # hundreds read out, with the tens and ones after them ("a hundred and fifty", "one
        # hundred twenty"); thousands are left out, "two thousand" being as often a year read out
        big = alternation(self.hundred)
        rest = rf"(?:\s+(?:(?:{alternation(self.hundred_joiners)})\s+)?{word_num})?"
        pieces = [
            r"\d{1,3}(?:,\d{3})*(?:\.\d+)?",
            rf"(?:{'|'.join([*self.articles, *[w for w, n in value.items() if n == 1]])})"
            rf"\s+(?:{big}){rest}",
            rf"{word_num}(?:\s+(?:{big}){rest})?",
        ]
        for row in lexicon.table("time/quantities"):
            phrase = row["words"]
            key = re.sub(r"\s+", " ", phrase)
            if row["number"] == "uncounted":
                self.uncounted.append(phrase.split()[0])
                self.quantities[key] = None
            else:
                self.quantities[key] = _number(row["number"]) if row["number"] else None
            lead = rf"(?<=\b{re.escape(row['after'])}\s)" if row["after"] else ""
            pieces.append(lead + alternation([phrase]))
        self.vague = tuple(
            q
            for q, n in self.quantities.items()
            if n is None and q.split()[0] not in self.uncounted
        )
        """Vague quantities ("several", "a few"): a count of X."""
        pieces.append(rf"(?:{alternation(self.articles)})(?=\s)")
        self.num = rf"(?:{'|'.join(pieces)})"
        """A number in digits or words, or a quantity phrase ("a couple of", "several")."""
        zero = alternation(lexicon.entries("time/spoken_zero"))
        self.spoken_yy = rf"(?:(?:{tens})(?:[-\s](?:{ones})(?![a-z]))?|{'|'.join(self.teens)}|(?:{zero})[-\s](?:{ones}))"
        """The last two digits of a year read out ("ninety-six", "oh five")."""

    def _spoken_clock(self, lexicon: Lexicon) -> str:
        """The pattern of a clock time in words (groups sfr/srel or sfr2/srel2 for a part of the
        hour, shr or shr2 for the hour, smin for its minutes, sap or sap2 for a.m. or p.m.): a
        part of an hour after "to" only where the table allows it, and the hour then in words,
        and after a preposition of a clock time, so that "rose a quarter to twelve dollars" stays a
        price."""
        hours = "|".join(w for w, n in self.small.items() if 1 <= n <= 12)
        ones, tens, teens = "|".join(self.ones), "|".join(self.tens), "|".join(self.teens)
        zero = alternation(lexicon.entries("time/spoken_zero"))
        minute = rf"(?:(?:{tens})(?:[-\s](?:{ones})(?![a-z]))?|{teens}|(?:{zero})[-\s](?:{ones}))"
        rows = lexicon.table("time/clock_fractions")
        parts = alternation([row["words"] for row in rows])
        parts_to = alternation([row["words"] for row in rows if row["to"] == "yes"])
        after = alternation([w for w, n in self.clock_relations.items() if n > 0])
        before = alternation([w for w, n in self.clock_relations.items() if n < 0])
        half_day = r"a\.m\.|p\.m\.|pm\b"
        day_words = alternation(lexicon.entries("time/clock_day_words"))
        # "at a quarter to eleven": a part of an hour before "to" only after a clock's preposition
        leads = (
            "(?:"
            + "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in lexicon.entries("time/clock_leads"))
            + ")"
        )
        return (
            rf"\b(?:(?P<sfr>{parts})\s+(?P<srel>{after})\s+(?P<shr>{hours}|1[0-2]|[1-9])"
            rf"|{leads}(?P<sfr2>{parts_to})\s+(?P<srel2>{before})\s+(?P<shr3>{hours}))(?![\w:])"
            rf"(?:\s*(?P<sap>{half_day}))?(?!\s+(?:and\s+)?(?:a\s+)?(?:half|quarter)\b|\s*[\d%$])"
            rf"|\b(?P<shr2>{hours})(?:[-\s](?P<smin>{minute}))?\s*(?P<sap2>{half_day})"
            # "at eight thirty this morning": hour and minutes read out before the day that
            # places them (joined to it afterwards, as "at 8:30 this morning" is); the end of
            # the text lets the clock pattern of `times` match the time alone
            rf"|{leads}(?P<shr4>{hours})[-\s](?P<smin2>{minute})(?=\s+(?:{day_words})\b|\Z)"
        )

    def _units(self, lexicon: Lexicon) -> None:
        rows = lexicon.table("time/units")
        self.units: dict[str, tuple[str, bool]] = {}
        """Unit key (singular, or the plural less its s) -> (TIMEX3 code, a clock unit)."""
        self.plurals: dict[str, str] = {}
        """Plurals not made by adding s ("centuries" -> "century")."""
        self.multiples: dict[str, tuple[int, str]] = {}
        """Counted units written in another ("two decades" -> P20Y, "a fortnight" -> P2W)."""
        counted: list[str] = []
        uncounted: list[str] = []
        for row in rows:
            word, plural = row["unit"], row["plural"]
            entry = (row["code"], row["clock"] == "yes")
            self.units[word] = entry
            self.units[plural[:-1]] = entry
            if plural != word + "s":
                self.plurals[plural] = word
                forms = f"{plural}|{word}"
            else:
                forms = f"{word}s?"
            if row["times"]:
                self.multiples[word] = (int(row["times"]), row["as"])
            (counted if row["counted"] == "yes" else uncounted).append(forms)
        self.unit = rf"(?:{'|'.join(counted)})"
        """The units a number counts ("three years", "two hours")."""
        self.other_unit = "|".join(uncounted)
        """Units counted only before "ago" or "later" ("three nights ago")."""
        self.uncounted_units = frozenset(r["unit"] for r in rows if r["counted"] != "yes")
        self.ordinal_units = frozenset(r["unit"] for r in rows) & frozenset(
            r["word"] for r in lexicon.table("time/ordinals")
        )
        """Units that are also ordinals ("a second betrayal")."""
        self.unit_words = " ".join(w for row in rows for w in (row["unit"], row["plural"]))
        self.clock_units = frozenset(w for w, (_, clock) in self.units.items() if clock)
        self.cal_unit = rf"(?:{alternation(lexicon.entries('time/calendar_units'))})"
        """The units a relative modifier names ("last week", "next quarter")."""

    def parse_number(self, text: str) -> int | float | None:
        """The value of a number in digits or words; None for vague quantities ("several")."""
        t = re.sub(r"\s+", " ", text.lower().strip())
        if t in self.quantities:
            return self.quantities[t]
        if t in self.articles or self.small.get(t) == 1:
            return 1
        digits = t.replace(",", "")
        if re.fullmatch(r"\d+", digits):
            return int(digits)
        if re.fullmatch(r"\d+\.\d+", digits):
            return float(digits)
        total = 0
        for w in t.replace("-", " ").split():
            if w in self.articles:
                total += 1
            elif w in self.small:
                total += self.small[w]
            elif w in self.tens:
                total += self.tens[w]
            elif w in self.hundred:
                total = max(total, 1) * 100
            elif w in self.hundred_joiners and total >= _HUNDRED:  # "a hundred and fifty"
                continue
            else:
                return None
        return total

    def unit_key(self, text: str) -> str:
        """A unit word reduced to its singular key ("centuries" -> "century")."""
        t = text.lower()
        if t in self.plurals:
            return self.plurals[t]
        return t[:-1] if t.endswith("s") else t

    def duration_value(self, num: int | float | None, unit: str) -> str:
        """TIMEX3 duration: P3Y, PT24H, P9M for three quarters, PXM for a vague number of months.

        Decades and centuries are written in years, counted or not ("two decades" -> P20Y,
        "decades" -> PXY, as the TBAQ gold writes "decades-long"); quarters keep TIMEX3's
        quarter designator ("the past two quarters" -> P2Q), as TimeBank writes them."""
        key = self.unit_key(unit)
        code, is_time = self.units[key]
        scale = self.multiples.get(key) if num is not None else None
        if num is None and key in self.multiples:  # "for decades": PXY, as two decades are P20Y
            code = self.multiples[key][1]
        if num is not None and scale is not None and scale[1] != code:
            factor, code = scale
            num = num * factor
            scale = None
        fraction_key = f"T{code}" if is_time else code  # a minute (TM) is no month (M)
        if num is not None and not float(num).is_integer() and fraction_key in self.fraction_units:
            smaller, times, clock = self.fraction_units[fraction_key]
            if float(num * times).is_integer():  # "a year and a half": P18M
                return f"P{'T' if clock else ''}{int(num * times)}{smaller}"
        if num is None:
            amount = "X"
        elif isinstance(num, float) and not num.is_integer():
            amount = f"{num:g}"
        else:
            amount = str(int(num))
        if num is not None and scale is not None:
            amount = str(int(num * scale[0]))  # "a fortnight": two weeks
        return f"P{'T' if is_time else ''}{amount}{code}"

    def spoken_number(self, words: str) -> int:
        """The number of a year's last two digits read out ("ninety-six", "oh five")."""
        total = 0
        for w in re.split(r"[-\s]+", words.lower()):
            if w in self.ones:
                total += self.ones.index(w) + 1
            elif w in self.teens:
                total += self.teens.index(w) + 10
            elif w in self.tens:
                total += self.tens[w]
        return total

    def spoken_year(self, century: str, rest: str) -> int:
        """The year read out as "nineteen" + "ninety-six"."""
        return self.centuries[century.lower()] * 100 + self.spoken_number(rest)


@cache
def _time_words(lexicon: Lexicon) -> TimeWords:
    return TimeWords(lexicon)


def __getattr__(name: str) -> Any:
    """The English month and weekday names for the stages that read them without a lexicon."""
    if name in ("MONTHS", "MONTH_NAMES", "WEEKDAY_NAMES"):
        return getattr(TimeWords.of(load_lexicon("en")), name.lower())
    raise AttributeError(name)
