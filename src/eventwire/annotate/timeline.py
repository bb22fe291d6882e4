"""When did an event happen: the time stage's answer for a span of an article.

The tagger (`times.TimeTagger`) finds and resolves an article's time expressions; this module reads
them for a span, so that no later stage resolves dates itself. `Timeline` is the API: built once
per article from its expressions, text and publication date, it answers `when(clause, sentence)`
with a `When` (the value and its precision).

`event_date` leans on the tagger's own choice within a span (`times.event_date`). Given the
document's text, it also tells the incident's day from the days of its aftermath: news dates its
reporting, charges, deaths in hospital and funerals ("identified Sunday", "charged Thursday"), and
the incident itself a line or two further on. A span the text does not date takes the last date
of its paragraph (`carried_date`). `explicit_dates` is a fallback for documents whose expressions
miss a calendar date (e.g. ACLED notes processed without the time stage): explicit dates in the
text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import accumulate

from ..lang import load_lexicon
from ..records import DatePrecision, TimeExpression
from .times import event_date as span_date
from .timex_lexicon import TimeWords, alternation
from .timex_normalise import date_precision, parse_value

__all__ = [
    "Timeline",
    "When",
    "carried_date",
    "event_date",
    "explicit_dates",
    "period_end",
    "precision_of",
]

_LONGEST_EXPRESSION = 1000
"""More characters than any time expression spans (`Timeline.near` reaches this far back)."""
# An undated event in the first lines of an article takes the first day told within the next
# LOOKAHEAD_CHARS characters (news leads say what happened, the next lines say when).
LEAD_CHARS = 300
LOOKAHEAD_CHARS = 500
# ... and an event whose sentence dates only its aftermath reads further for the incident's day.
AFTERMATH_CHARS = 800
# A date in parentheses this early is the dateline's, the day the news was told.
DATELINE_CHARS = 120
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def precision_of(value: str) -> DatePrecision:
    """Precision of a TIMEX3-style value: 2020-09-26 day, 2020-W38 week, 2020-09 month, 2020 year."""
    return date_precision(value)[1]  # type: ignore[return-value]


def event_date(
    times: Sequence[TimeExpression],
    clause: tuple[int, int],
    sentence: tuple[int, int],
    published: str | None,
    text: str | None = None,
) -> tuple[str | None, DatePrecision]:
    """(date, precision) of an event: a dated expression in its clause, else its sentence, else
    the publication date with precision `unknown` (the text did not say when).

    Within a span the time stage's own rule chooses (`times.event_date`). With the
    document's `text`, a date that only tells when something was reported or done about the
    event ("identified Sunday", "charged Thursday", "died Tuesday") gives way to the day the next
    lines tell, and a week or month ("last week") to a day within it told nearby.
    """
    pool = _incident_times(times, text)
    found = _in_spans(pool, (clause, sentence))
    if found is not None and text:
        found = _holiday_of_a_year(pool, (clause, sentence), found, text)
    if found is not None:
        return _sharpened(pool, found, sentence) if text else found
    found = _in_spans(times, (clause, sentence)) if pool is not times else None
    if found is not None:  # only the aftermath is dated: the incident is most often told next
        value, precision = found
        if precision != "day":
            return _sharpened(pool, found, sentence)
        day = _told_later(pool, sentence[1], value, aftermath=True)
        return (day or _told_before(pool, sentence[0], value) or value), precision
    vague = _vague(times, (clause, sentence), published)
    if vague is not None:
        return vague
    era = _past_era(times, (clause, sentence), published, text) if text else None
    if era is not None:
        return era
    if sentence[0] < LEAD_CHARS:
        limit = published[:10] if published else None
        day = _told_later(pool, sentence[1], limit) or _told_later(times, sentence[1], limit)
        if day is not None:
            return day, "day"
    return (published[:10] if published else None), "unknown"


def _vague(
    times: Sequence[TimeExpression], spans: Sequence[tuple[int, int]], published: str | None
) -> tuple[str, DatePrecision] | None:
    """A vague time just past in the clause or sentence ("in recent months", "lately"): the
    event has no day of its own, so it takes the publication month (the publication year for
    "recent years"), never the publication day."""
    if not published:
        return None
    for start, end in spans:
        for t in times:
            if start <= t.start and t.end <= end and t.text.lower() in _english().vague_past:
                if t.value and t.value.startswith("P") and t.value.endswith(("Y", "DE", "CE")):
                    return published[:4], "year"
                return published[:7], "month"
    return None


def _led_as_a_time(text: str, start: int) -> bool:
    """Whether the expression at `start` is led by a preposition that places an event at it
    (`time/event_prepositions`: "in 2016", "during the 1990s"), not one that starts a span from
    it ("the worst since 2009") nor a name's year ("the 2024 vote")."""
    before = re.search(r"(\w+)\W*$", text[max(0, start - 24) : start])
    return before is not None and before[1].lower() in _english().lexicon.words(
        "time/event_prepositions"
    )


def _holiday_of_a_year(
    times: Sequence[TimeExpression],
    spans: Sequence[tuple[int, int]],
    found: tuple[str, DatePrecision],
    text: str,
) -> tuple[str, DatePrecision]:
    """A holiday told with an older year ("a Christmas market ... in 2016"): the tagger dates the
    bare holiday in the season nearest publication and a day outranks a year, so the event would
    be news; the year told ("in 2016") is its time."""
    if found[1] != "day" or not found[0][:4].isdigit():
        return found
    for start, end in spans:
        inside = [t for t in times if start <= t.start and t.end <= end and t.value]
        days = [t for t in inside if date_precision(t.value)[1] == "day"]
        if not days:
            continue
        if not all(
            not any(c.isdigit() for c in t.text)
            and re.sub(r"[\s’']+", " ", t.text.lower()) in _holiday_names()
            for t in days
        ):
            return found
        for t in inside:
            value = t.value or ""
            if re.fullmatch(r"\d{4}", value) and int(value) < int(found[0][:4]):
                if _led_as_a_time(text, t.start):
                    return value, "year"
        return found
    return found


@cache
def _holiday_names() -> frozenset[str]:
    """The holidays' names (and their eves and days) as the tagger finds them, lower-case."""
    names = {re.sub(r"[\s’']+", " ", h.lower()) for h in _english().holidays}
    return frozenset(names | {f"{n} eve" for n in names} | {f"{n} day" for n in names})


def _past_era(
    times: Sequence[TimeExpression],
    spans: Sequence[tuple[int, int]],
    published: str | None,
    text: str,
) -> tuple[str, DatePrecision] | None:
    """A decade or century the event is placed in ("in the 1990s", value `199`; "during the
    19th century", `18`) that ended before the publication's: its first year, precision year
    (the record holds no decades), so that history told by its decade is history. The current
    decade, and one a span starts from ("the worst since the 1990s"), date nothing."""
    if not published or not published[:4].isdigit():
        return None
    for start, end in spans:
        for t in times:
            if not (start <= t.start and t.end <= end and t.type == "DATE"):
                continue
            value = t.value or ""
            if not re.fullmatch(r"\d{2,3}", value):
                continue
            first = int(value) * 10 ** (4 - len(value))
            if first + 10 ** (4 - len(value)) <= int(published[:4]) and _led_as_a_time(
                text, t.start
            ):
                return f"{first:04d}", "year"
    return None


def _in_spans(
    times: Sequence[TimeExpression], spans: Sequence[tuple[int, int]]
) -> tuple[str, DatePrecision] | None:
    """The date the time stage's rule chooses in the first of `spans` that has one."""
    for start, end in spans:
        value, precision = span_date(times, start, end, None)
        if value is not None:
            return value, precision
    return None


def _sharpened(
    times: Sequence[TimeExpression], found: tuple[str, DatePrecision], sentence: tuple[int, int]
) -> tuple[str, DatePrecision]:
    """A week made the day within it that the sentence or the next lines tell ("last week ... It
    happened Sept. 19"). A month is not: "earlier this month" spans too many days for a day told
    nearby to be the same event's."""
    if found[1] != "week":
        return found
    return _day_within(times, found[0], sentence[0], sentence[1]) or found


@dataclass(frozen=True)
class _Patterns:
    """The word patterns of the timeline, compiled once per vocabulary."""

    dmy: re.Pattern[str]
    mdy: re.Pattern[str]
    my: re.Pattern[str]
    before: re.Pattern[str]
    """A word of the aftermath before a date (`time/aftermath_words`): "police said Thursday",
    with what may stand between (`time/aftermath_gap_words`: "died of his injuries early
    Sunday")."""
    after: re.Pattern[str]
    """After the date only a reporting verb (`time/reported_words`: "Officials Wednesday
    identified"): "wounded Friday died Saturday" keeps its Friday."""


@cache
def _english() -> TimeWords:
    """The vocabulary of the timeline, which is built per article without a lexicon of its own."""
    return TimeWords.of(load_lexicon("en"))


@cache
def _patterns(words: TimeWords) -> _Patterns:
    e = words.lexicon.entries
    month = "|".join(sorted(words.months, key=len, reverse=True))
    ords = words.ordinal_suffixes
    # (the search tries the months' alternation only where a month's first letter stands: half
    # the time of trying it at every word)
    at_month = "(?=[" + "".join(sorted({re.escape(m[0]) for m in words.months})) + "])"
    gap = rf"(?:\s+(?:{alternation(e('time/aftermath_gap_words'))})\b)*\s*"
    return _Patterns(
        dmy=re.compile(rf"\b(\d{{1,2}})(?:{ords})?\s+({month})\.?,?\s+(\d{{4}})\b", re.I),
        mdy=re.compile(rf"{at_month}\b({month})\.?\s+(\d{{1,2}})(?:{ords})?,?\s+(\d{{4}})\b", re.I),
        my=re.compile(rf"{at_month}\b({month})\.?,?\s+(\d{{4}})\b", re.I),
        before=re.compile(rf"\b(?:{alternation(e('time/aftermath_words'))}){gap}$", re.IGNORECASE),
        after=re.compile(
            rf"[\s,]{{0,3}}(?:{alternation(e('time/reported_words'))})\b", re.IGNORECASE
        ),
    )


def _aftermath(t: TimeExpression, text: str) -> bool:
    """Whether `t` is attached to a word of the aftermath (see `_Patterns.before`) on either side, or is
    the date of a dateline ("Edmonton, Ky. (November 28, 2016) – ..."): when it was told."""
    if (
        t.start < DATELINE_CHARS
        and text[t.start - 1 : t.start] == "("
        and text[t.end : t.end + 1] == ")"
    ):
        return True
    patterns = _patterns(_english())
    if patterns.before.search(text, max(0, t.start - 40), t.start):
        return True
    return bool(patterns.after.match(text, t.end, min(len(text), t.end + 20)))


_aftermath_of: tuple[str, dict[tuple[int, int], bool]] = ("", {})
"""The last text's `_aftermath` answers by expression offsets: every event of an article asks
about the same expressions of the same text."""


def _incident_times(times: Sequence[TimeExpression], text: str | None) -> Sequence[TimeExpression]:
    """The expressions that may date the incident itself: those of the aftermath left out."""
    global _aftermath_of
    if not text:
        return times
    if _aftermath_of[0] is not text:
        _aftermath_of = (text, {})
    answers = _aftermath_of[1]
    kept = []
    for t in times:
        told = answers.get((t.start, t.end))
        if told is None:
            told = answers[(t.start, t.end)] = _aftermath(t, text)
        if not told:
            kept.append(t)
    return times if len(kept) == len(times) else tuple(kept)


def _day_within(
    times: Sequence[TimeExpression], period: str, start: int, end: int
) -> tuple[str, DatePrecision] | None:
    """A day inside the week or month `period` told in the sentence or the next lines ("last
    week ... It happened about 11 p.m. Sept. 19"), else in the lines just before: the same
    event told more precisely."""
    ahead = [t for t in times if start <= t.start <= end + LOOKAHEAD_CHARS]
    behind = [t for t in times if start - LOOKAHEAD_CHARS <= t.start < start]
    ordered = sorted(ahead, key=lambda t: t.start) + sorted(behind, key=lambda t: -t.start)
    for t in ordered:
        if t.type not in ("DATE", "TIME"):
            continue
        value, precision = span_date((t,), t.start, t.end, None)
        if value is not None and precision == "day" and _inside(value, period):
            return value, "day"
    return None


def _inside(day: str, period: str) -> bool:
    """Whether the ISO day lies in the week (2020-W38, 2020-W38-WE) or month (2020-09)."""
    if "W" not in period:
        return day.startswith(period + "-")
    try:
        year, week, _ = date.fromisoformat(day).isocalendar()
    except ValueError:
        return False
    return f"{year:04d}-W{week:02d}" == period[:8]


def _told_later(
    times: Sequence[TimeExpression],
    after: int,
    limit: str | None,
    aftermath: bool = False,
) -> str | None:
    """The day of a news lead that does not say when: the first day-precise date in the next
    lines ("A boy was shot and wounded, police said. It happened ... Sunday."), when it is
    before `limit` (the publication day): a later date is a hearing or a funeral, and that day
    itself is most often when the news was told ("police said Monday"), which the fallback gives
    anyway. With `aftermath`, `limit` is the day the sentence told of the aftermath: the next
    lines, read further, pass over that same day ("was still in intensive care late Wednesday")."""
    reach = AFTERMATH_CHARS if aftermath else LOOKAHEAD_CHARS
    for t in sorted(times, key=lambda t: t.start):
        if t.start < after or t.type not in ("DATE", "TIME"):
            continue
        if t.start > after + reach:
            break
        value, precision = span_date((t,), t.start, t.end, None)
        if value is None or precision != "day":
            continue
        if aftermath and value == limit:
            continue
        if limit and value >= limit:
            return None
        return value
    return None


def _told_before(times: Sequence[TimeExpression], before: int, limit: str) -> str | None:
    """The last day-precise date told in the lines before `before`, up to `limit`: the day of
    the incident when the sentence only dates its aftermath and the next lines do not say."""
    for t in sorted(times, key=lambda t: -t.start):
        if t.end > before or t.type not in ("DATE", "TIME"):
            continue
        if t.end < before - LOOKAHEAD_CHARS:
            break
        value, precision = span_date((t,), t.start, t.end, None)
        if value is not None and precision == "day" and value <= limit:
            return value
    return None


def explicit_dates(text: str) -> tuple[TimeExpression, ...]:
    """Explicit calendar dates in `text` ("13 January 2022", "March 3, 2020", "May 2021")."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], value: str) -> None:
        # `taken` holds disjoint spans in text order: only the neighbours can overlap a new one
        k = bisect_left(taken, (m.start(), m.end()))
        if (k > 0 and taken[k - 1][1] > m.start()) or (k < len(taken) and taken[k][0] < m.end()):
            return
        taken.insert(k, (m.start(), m.end()))
        found.append(TimeExpression(m.group(0), m.start(), m.end(), "DATE", value))

    words = _english()
    patterns = _patterns(words)
    months = words.months
    for m in patterns.dmy.finditer(text):
        day, month, year = int(m.group(1)), months[m.group(2).lower()], m.group(3)
        if 1 <= day <= 31:
            add(m, f"{year}-{month:02d}-{day:02d}")
    for m in patterns.mdy.finditer(text):
        month, day, year = months[m.group(1).lower()], int(m.group(2)), m.group(3)
        if 1 <= day <= 31:
            add(m, f"{year}-{month:02d}-{day:02d}")
    for m in _ISO.finditer(text):
        add(m, m.group(0))
    for m in patterns.my.finditer(text):
        add(m, f"{m.group(2)}-{months[m.group(1).lower()]:02d}")
    return tuple(sorted(found, key=lambda t: t.start))


def period_end(value: str) -> date | None:
    """The last day of a TIMEX3 day, week, month or year value (2020-W38 -> its Sunday)."""
    point = parse_value(value)
    if point is None:
        return None
    if point.gran == "day":
        return point.as_date()
    if point.gran == "week" and point.week:
        return date.fromisocalendar(point.year, min(point.week, 52), 7)
    if point.gran == "month" and point.month:
        following = date(point.year + point.month // 12, point.month % 12 + 1, 1)
        return following - timedelta(days=1)
    if point.gran in ("decade", "century"):
        span = 10 if point.gran == "decade" else 100
        return date(min(point.year - point.year % span + span - 1, 9999), 12, 31)
    return date(point.year, 12, 31)


def with_explicit_dates(times: Sequence[TimeExpression], text: str) -> Sequence[TimeExpression]:
    """The time stage's expressions plus explicit calendar dates they do not cover."""
    spans = sorted((o.start, o.end) for o in times)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # furthest end among the first k
    extra = []
    for t in explicit_dates(text):
        k = bisect_left(starts, t.end)  # the expressions starting before t ends
        if not (k and reach[k - 1] > t.start):
            extra.append(t)
    return tuple(times) + tuple(extra) if extra else times


def carried_date(
    times: Sequence[TimeExpression],
    text: str,
    before: int,
    article: bool = False,
    latest_first: Iterable[TimeExpression] | None = None,
) -> tuple[str, DatePrecision] | None:
    """The last dated expression earlier in the same paragraph: the narrative's current date.

    With `article`, failing that, the nearest earlier day or week anywhere before (a local report
    dates its incident in the lead, "Saturday night", and tells it in later paragraphs).
    `latest_first`: `times` already in that order (`Timeline` keeps it), from `before` back.
    """
    para_start = text.rfind("\n", 0, before) + 1
    if latest_first is None:
        latest_first = sorted(times, key=lambda t: -t.start)
    for t in latest_first:
        if t.end > before or t.type not in {"DATE", "TIME"} or not t.value:
            continue
        value = t.value.split("T", 1)[0]
        precision = precision_of(value)
        if t.start >= para_start and precision != "unknown":
            return value, precision
        if article and t.start < para_start and precision in {"day", "week"}:
            return value, precision
    return None


@dataclass(frozen=True, slots=True)
class When:
    """The time stage's answer for an event: an ISO value (possibly partial) and its precision,
    `unknown` when the text did not say and the value is the publication date (or None).

    `days_before(published)` says how long before publication the event's time ended: what a
    reader needs to tell news from history told as background (a 1941 attack recalled at a
    memorial dinner is decades before the article)."""

    value: str | None
    precision: DatePrecision

    def end(self) -> date | None:
        """The last day the value covers (the day, the week's Sunday, the month's or the year's
        last day); `date.min` for a year before the common era; None when not told."""
        if self.precision == "unknown" or not self.value:
            return None
        if self.value.startswith("BC"):
            return date.min
        return period_end(self.value)

    def days_before(self, published: str | None) -> int | None:
        """Days from the end of the event's time to the publication day (negative when the
        event lies ahead); None when either is unknown."""
        end = self.end()
        try:
            day = date.fromisoformat(published[:10]) if published else None
        except ValueError:
            day = None
        if end is None or day is None:
            return None
        return (day - end).days


class Timeline:
    """The dated expressions of one article, asked when the event of a span happened.

    Built once per article from the time stage's expressions (plus explicit calendar dates they
    missed), its text and its publication date.
    """

    def __init__(self, times: Sequence[TimeExpression], text: str, published: str | None) -> None:
        self.times = with_explicit_dates(times, text)
        self.text = text
        self.published = published
        # Indexes by position: the date rules of one event read only its sentence and the
        # lines around it, so each event costs time in proportion to that stretch, not to the
        # article's number of dates (an article of thousands of dated sentences stays linear).
        times = self.times
        self._order = sorted(range(len(times)), key=lambda i: times[i].start)
        self._starts = [times[i].start for i in self._order]
        self._backwards = sorted(range(len(times)), key=lambda i: -times[i].start)
        self._negated_starts = [-times[i].start for i in self._backwards]

    def tells_time(self, start: int, end: int) -> bool:
        """Whether a time expression starts inside text[start:end]."""
        return bisect_left(self._starts, start) < bisect_left(self._starts, end)

    def near(self, start: int, end: int) -> Sequence[TimeExpression]:
        """The expressions `event_date` can reach for a sentence spanning [start, end) (at most
        LOOKAHEAD_CHARS before, AFTERMATH_CHARS after), in the article's order."""
        lo = bisect_left(self._starts, start - LOOKAHEAD_CHARS - _LONGEST_EXPRESSION)
        hi = bisect_right(self._starts, end + max(LOOKAHEAD_CHARS, AFTERMATH_CHARS))
        if lo == 0 and hi == len(self.times):
            return self.times
        return tuple(self.times[i] for i in sorted(self._order[lo:hi]))

    def backwards_from(self, position: int) -> Iterator[TimeExpression]:
        """The expressions starting at or before `position`, latest first (ties in the
        article's order), as `sorted(times, key=lambda t: -t.start)` has them."""
        first = bisect_left(self._negated_starts, -position)
        return (self.times[i] for i in self._backwards[first:])

    def when(
        self,
        clause: tuple[int, int],
        sentence: tuple[int, int],
        narrative: bool = False,
        aside: Collection[int] = (),
    ) -> When:
        """When the event told in `clause` (within `sentence`) happened: the clause's or the
        sentence's date (`event_date`), else the last date of the paragraph before it, and with
        `narrative` (an incident a report tells over several paragraphs) the nearest earlier day
        or week of the article (`carried_date`), else the publication date, precision unknown.
        `aside`: the starts of expressions that date another event named in the sentence ("after
        the 2014 riots"), not this one."""
        near = self.near(*sentence)
        if aside:
            near = tuple(t for t in near if t.start not in aside)
        value, precision = event_date(near, clause, sentence, self.published, text=self.text)
        if precision == "unknown":
            carried = carried_date(
                self.times,
                self.text,
                sentence[0],
                article=narrative,
                latest_first=self.backwards_from(sentence[0]),
            )
            if carried is not None:
                value, precision = carried
        return When(value, precision)
