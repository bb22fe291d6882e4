"""What an analyst needs to trust an article's events, decided over the whole article.

- *Background is not news.* An event dated more than about a year before the article was
  published (`BACKGROUND_DAYS`), or an undated one told with words of history or profile ("years
  ago", "was founded", "grew up": `lang/en/events/background_cues.txt`), is history the article
  recalls: its modality becomes `background`, which counts of what happened leave out.
- *Counts.* Figures beyond what one event of its kind plausibly has
  (`lang/en/events/plausible_counts.tsv`) are a tally read as one event's: the record is flagged
  `implausible_counts`, its figures kept for the reader but out of sums and merged counts.
- *The main event* (GDELT's root event) is what the article is about: among its asserted events
  told in the lead (the first paragraphs that tell any event), a violent one first, then the
  best described (day, place, figures), the most casualties, the earliest.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from ..lang import Lexicon, load_lexicon
from ..records import Event

BACKGROUND_DAYS = 400
"""An event that ended more than this many days before publication is history (about a year,
with room for a date told to the month or the year)."""
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
LEAD_PARAGRAPHS = 2
"""How many of the first paragraphs that tell an event make the article's lead."""


@lru_cache(maxsize=4)
def _plausible(lexicon: Lexicon) -> dict[tuple[str, str], tuple[int, int]]:
    return {
        (row["type"], row["mode"]): (int(row["max_fatalities"]), int(row["max_injuries"]))
        for row in lexicon.table("events/plausible_counts")
    }


@lru_cache(maxsize=4)
def _background_cues(lexicon: Lexicon) -> re.Pattern[str]:
    cues = sorted(lexicon.entries("events/background_cues"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.IGNORECASE)


def assess(
    events: Sequence[Event], published: str | None, lexicon: Lexicon | None = None
) -> list[Event]:
    """The article's events with background and implausible counts marked (before mentions of
    one event fold together: a recalled event is not folded into the news, nor a tally)."""
    lexicon = lexicon or load_lexicon("en")
    return [flag_counts(mark_background(e, published, lexicon), lexicon) for e in events]


def last_day(value: str | None, precision: str) -> date | None:
    """The last day a date of that precision can stand for (2019 → 2019-12-31)."""
    if not value:
        return None
    try:
        if precision == "year" or re.fullmatch(r"\d{4}", value):
            return date(int(value[:4]), 12, 31)
        if precision == "month" or re.fullmatch(r"\d{4}-\d\d", value):
            year, month = int(value[:4]), int(value[5:7])
            return date(year, month, monthrange(year, month)[1])
        if "-W" in value:
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 7)
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def mark_background(event: Event, published: str | None, lexicon: Lexicon) -> Event:
    """`event` with modality `background` when the article tells it as history or profile."""
    if event.modality != "asserted" or not published:
        return event
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return event
    if event.date_precision != "unknown":
        end = last_day(event.date, event.date_precision)
        if end is not None and end < day - timedelta(days=BACKGROUND_DAYS):
            return replace(event, modality="background")
        return event
    if _background_cues(lexicon).search(event.evidence.sentence):
        return replace(event, modality="background")
    return event


def flag_counts(event: Event, lexicon: Lexicon) -> Event:
    """`event` flagged `implausible_counts` when its figures exceed its kind's."""
    table = _plausible(lexicon)
    limits = table.get((event.type, event.mode or "*")) or table.get((event.type, "*"))
    if limits is None:
        return event
    dead, hurt = limits
    if (event.fatalities or 0) > dead or (event.injuries or 0) > hurt:
        return replace(event, implausible_counts=True)
    return event


def _described(event: Event) -> int:
    return (
        (event.date_precision == "day")
        + (event.location is not None)
        + (event.fatalities is not None or event.injuries is not None)
    )


def mark_main(events: Sequence[Event], text: str) -> tuple[Event, ...]:
    """The events with the article's main one marked `main` (none when nothing is asserted)."""
    asserted = [e for e in events if e.modality == "asserted"]
    if not asserted:
        return tuple(events)
    paragraphs = sorted({_paragraph(text, e.evidence.start) for e in asserted})
    lead = set(paragraphs[:LEAD_PARAGRAPHS])
    in_lead = [e for e in asserted if _paragraph(text, e.evidence.start) in lead]

    def rank(e: Event) -> tuple[int, int, int, int]:
        casualties = 0 if e.implausible_counts else (e.fatalities or 0) + (e.injuries or 0)
        return (-(e.type in VIOLENT_TYPES), -_described(e), -casualties, e.evidence.start)

    chosen = min(in_lead, key=rank)
    return tuple(replace(e, main=True) if e is chosen else e for e in events)


def _paragraph(text: str, offset: int) -> int:
    """The number of the paragraph (lines separated by a line break) holding `offset`."""
    return text.count("\n", 0, offset)
