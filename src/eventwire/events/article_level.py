"""What an analyst needs to trust an article's events, decided over the whole article.

- *Background is not news.* An event dated more than about a year before the article was
  published (`BACKGROUND_DAYS`) or told by a past year alone ("last year", "in 2015"), or an
  undated one told with words of history or profile ("years ago", "was founded", "grew up":
  `lang/en/events/background_cues.txt`), is history the article recalls: its modality becomes
  `background`, which counts of what happened leave out.
- *Counts.* Figures beyond what one event of its kind plausibly has
  (`lang/en/events/plausible_counts.tsv`) are a tally read as one event's: the record is flagged
  `implausible_counts`, its figures kept for the reader but out of sums and merged counts.
- *The main event* (GDELT's root event) is what the article is about: among the asserted events
  of its first paragraph that tells any (a title, a lead; a headline together with the paragraph
  under it, its lede), a violent one first, then one not told as of more than `INCIDENT_DAYS`
  before publication (an incident recalled), the best described (day, place, figures), the
  most casualties, the earliest; when that is only what
  follows an attack (an arrest, an investigation), the attack told in the lead (the first
  `LEAD_PARAGRAPHS` such paragraphs).
- *One incident, one record.* A report tells its incident again and again ("A man was shot
  Sunday", "the victim was found in a car", "police said the shooting happened at 2 a.m."),
  naming its parties differently each time. The article's other asserted accounts of the main
  event's type fold into it (`fold_into_main`) when nothing tells them apart: the same kind of
  violence (mode), no other day, no other town, no party of another country or kind, not marked
  as another event ("another", "a second"), and not told in the plural ("attacks", "shootings":
  a campaign or a tally, not one incident). Once its day is known, a town of that day close
  by, read from a person's name, or alone in its region among the article's places (a
  geocoder's guess) is no other town, and the police named as a party no other party; "the
  shootings" after an incident that harmed several retell it. Only the main incident folds: an
  article's other attacks, told with their own day or place, stay records of their own.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from ..annotate.times import headline_line
from ..lang import Lexicon, load_lexicon
from ..records import Actor, Event, Place, apart_from_actors
from .nearness import close_by

BACKGROUND_DAYS = 400
"""An event that ended more than this many days before publication is history (about a year,
with room for a date told to the month or the year)."""
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
TOLD_AS_HAPPENED = frozenset({"asserted", "uncertain"})
MAIN_TYPE_RANK = {"ASSAULT": 0, "COERCE": 1, "PROTEST": 1}
"""Which kind of event of the first paragraph an article is about: violence first."""
FOLLOW_UP_TYPES = frozenset({"COERCE", "ACCUSE", "RETREAT", "REQUEST"})
"""What follows an attack (an arrest, a charge, an investigation, a suspect given up or in
custody, an appeal for witnesses): when the first paragraph tells only that, the attack told in
the lead is the article's main event."""
LEAD_PARAGRAPHS = 3
FOLLOW_UP_DAYS = 7
"""An account dated up to this many days after the main incident (the victim named on Thursday,
the shooting ruled a homicide) may tell of it; one dated before it may not (one day: a night)."""
NEWS_GAP_DAYS = 31
"""An event of a sentence whose time ended more than this many days before the time of another
event of the sentence told as news ("the man, convicted in 2009, was arrested on Monday") is
recalled, not news."""
BEFORE_MAIN_DAYS = 90
"""An event whose time ended more than this many days before the article's main event began is
told as background to it (last winter's attack recalled in a report of today's; a shooting
recalled in the report of its trial), whatever its distance from publication."""
INCIDENT_DAYS = 31
"""Days before publication within which a later account's day can be the main incident's."""
INVESTIGATING_SECTORS = frozenset({"COP"})
"""The police: in an account of the main incident's own day and town they are most often those
who look into it or tell of it ("Police: cyclist hurt near depot", "detectives looked into the
killing"), read as a party; or those who shot back in the same
incident. Either way their sector keeps no account of that day apart from the main (inc55)."""
_PLACE_RANK = {"country": 1, "admin1": 2, "admin2": 3, "city": 4, "landmark": 5}
"""How many of the first paragraphs that tell an event make the article's lead."""


@lru_cache(maxsize=4)
def _plausible(lexicon: Lexicon) -> dict[tuple[str, str], tuple[int, int]]:
    return {
        (row["type"], row["mode"]): (int(row["max_fatalities"]), int(row["max_injuries"]))
        for row in lexicon.table("events/plausible_counts")
    }


@lru_cache(maxsize=32)
def _phrases(lexicon: Lexicon, name: str) -> re.Pattern[str]:
    """A word list as one pattern of whole-word phrases, longest first."""
    cues = sorted(lexicon.entries(name), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.IGNORECASE)


def assess(
    events: Sequence[Event],
    published: str | None,
    lexicon: Lexicon | None = None,
    told: Sequence[str | None] = (),
) -> list[Event]:
    """The article's events with background and implausible counts marked (before mentions of
    one event fold together: a recalled event is not folded into the news, nor a tally).
    `told`: the values of the article's time expressions, which give an undated page its
    reference day (`reference_day`). On an undated page a date is no sure sign of news (the
    time stage cannot place "Wednesday"), so words of history mark dated events too."""
    lexicon = lexicon or load_lexicon("en")
    day = reference_day(published, told, events)
    marked = [mark_background(e, day, lexicon, cued=not published) for e in events]
    return [flag_counts(e, lexicon) for e in before_the_news(marked, day)]


_CALENDAR = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")


def reference_day(
    published: str | None, told: Sequence[str | None], events: Sequence[Event] = ()
) -> str | None:
    """The day the article's events are judged against: its publication day, else (an undated
    page) the latest day the article itself tells (`told`: the values of its time expressions),
    taken at its first day and preferring days and months to bare years (a plan "by 2030" is
    seldom told to the day). An undated page's old events are then still history.

    An asserted act of `events` told by a year alone ("was shot down in 1967") is told from a
    later year (news near its telling is told by its day, week or month: `mark_background`), so
    the page's day is at least the first day of the year after it: a page whose only date is
    that year is not judged against the year itself."""
    if published:
        return published
    latest = _latest_told(told)
    for event in events:
        if event.modality != "asserted" or event.date_precision != "year":
            continue
        if not event.date or not event.date.isdigit() or not 1 <= int(event.date) < date.max.year:
            continue
        after = date(int(event.date) + 1, 1, 1)
        latest = after if latest is None or after > latest else latest
    return latest.isoformat() if latest else None


def _latest_told(told: Sequence[str | None]) -> date | None:
    """The first day of the latest day the article tells, days and months before bare years."""
    best: tuple[bool, date] | None = None
    for value in told:
        match = _CALENDAR.fullmatch((value or "").split("T", 1)[0])
        if match is None:
            continue
        year, month, day = match.groups()
        try:
            first = date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            continue
        rank = (month is not None, first)
        if best is None or rank > best:
            best = rank
    return best[1] if best else None


def _first_day(event: Event) -> date | None:
    """The first day an event's told time can stand for (None when not told)."""
    if event.date_precision == "unknown" or not event.date:
        return None
    match = _CALENDAR.fullmatch(event.date)
    if match is None:
        return last_day(event.date, event.date_precision)
    year, month, day = match.groups()
    try:
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


def before_the_news(events: Sequence[Event], published: str | None) -> list[Event]:
    """The events, an asserted one made `background` when its own time ended more than
    `NEWS_GAP_DAYS` before the time of another asserted event of its sentence that is news
    (told within `INCIDENT_DAYS` of `published`): "the former guard, convicted in 2009 of
    assault, was arrested on Monday" recalls the conviction."""
    try:
        day = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        day = None
    if day is None:
        return list(events)
    news: dict[int, date] = {}
    for e in events:
        first = _first_day(e)
        end = last_day(e.date, e.date_precision) if e.date_precision != "unknown" else None
        if e.modality != "asserted" or first is None or end is None:
            continue
        if abs((day - end).days) <= INCIDENT_DAYS:
            at = e.evidence.start
            news[at] = min(news.get(at, first), first)
    out = []
    for e in events:
        told = news.get(e.evidence.start)
        end = last_day(e.date, e.date_precision) if e.date_precision != "unknown" else None
        if e.modality == "asserted" and told is not None and end is not None:
            if end < told - timedelta(days=NEWS_GAP_DAYS):
                e = replace(e, modality="background")
        out.append(e)
    return out


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


def mark_background(
    event: Event, published: str | None, lexicon: Lexicon, cued: bool = False
) -> Event:
    """`event` with modality `background` when the article tells it as history or profile
    (`cued`: words of history count for a dated event too)."""
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
        if end is not None and event.date_precision == "year" and end.year < day.year:
            # told by a past year alone ("in 2015", "last year"): news near publication is told
            # by its day, week or month
            return replace(event, modality="background")
        if not cued:
            return event
    if _phrases(lexicon, "events/background_cues").search(event.evidence.sentence):
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


def mark_main(
    events: Sequence[Event], text: str, published: str | None = None
) -> tuple[Event, ...]:
    """The events with the article's main one marked `main` (none when nothing is told as
    happened). An `uncertain` event is told as happened, its reading doubted: it may still be
    what the article leads with ("Minister warns ..."), and the lead decides what folds into
    the main record."""
    asserted = [e for e in events if e.modality in TOLD_AS_HAPPENED]
    if not asserted:
        return tuple(events)
    paragraphs = sorted({_paragraph(text, e.evidence.start) for e in asserted})
    lead = set(paragraphs[:LEAD_PARAGRAPHS])

    day = last_day(published[:10], "day") if published else None

    def stale(e: Event) -> bool:
        """Told as of more than `INCIDENT_DAYS` before publication: an incident recalled."""
        end = last_day(e.date, e.date_precision) if e.date_precision != "unknown" else None
        return day is not None and end is not None and end < day - timedelta(days=INCIDENT_DAYS)

    def rank(e: Event) -> tuple[int, bool, int, int, int]:
        casualties = 0 if e.implausible_counts else (e.fatalities or 0) + (e.injuries or 0)
        return (
            MAIN_TYPE_RANK.get(e.type, 9),
            stale(e),
            -_described(e),
            -casualties,
            e.evidence.start,
        )

    opening = {paragraphs[0]}
    if all(
        headline_line(text, e.evidence.start)
        for e in asserted
        if _paragraph(text, e.evidence.start) == paragraphs[0]
    ):
        # a headline ("Teen shot in Elm Park") names the incident its lede, the paragraph
        # under it, tells in full ("A 16-year-old boy was wounded on Friday ..."): the two
        # open the article together
        opening.add(_next_paragraph(text, paragraphs[0]))
    chosen = min((e for e in asserted if _paragraph(text, e.evidence.start) in opening), key=rank)
    if chosen.type in FOLLOW_UP_TYPES:
        attacks = [
            e
            for e in asserted
            if e.type == "ASSAULT" and _paragraph(text, e.evidence.start) in lead
        ]
        chosen = min(attacks, key=rank, default=chosen)
    elif chosen.modality != "asserted" and chosen.type not in MAIN_TYPE_RANK:
        # a doubted reading of an opening line ("The man led officers to a room") gives way
        # to an attack the lead paragraphs assert
        attacks = [
            e
            for e in asserted
            if e.type == "ASSAULT"
            and e.modality == "asserted"
            and _paragraph(text, e.evidence.start) in lead
        ]
        chosen = min(attacks, key=rank, default=chosen)
    return tuple(replace(e, main=True) if e is chosen else e for e in events)


def before_main(events: Sequence[Event], published: str | None) -> tuple[Event, ...]:
    """The events, an asserted one made `background` when its own time ended more than
    `BEFORE_MAIN_DAYS` before the dated main event's began: the news is the main event, and
    what the article tells of months before it is background ("the attack in December" in a
    report of June's). A main event dated after publication (a trial "set for January") is
    no measure."""
    main = next((e for e in events if e.main), None)
    start = _first_day(main) if main is not None else None
    day = last_day(published[:10], "day") if published else None
    if start is None or day is None or start > day:
        return tuple(events)
    limit = start - timedelta(days=BEFORE_MAIN_DAYS)

    def old(e: Event) -> bool:
        if e.main or e.modality != "asserted" or e.date_precision == "unknown":
            return False
        end = last_day(e.date, e.date_precision)
        return end is not None and end < limit

    return tuple(replace(e, modality="background") if old(e) else e for e in events)


def fold_into_main(
    events: Sequence[Event],
    apart: Collection[str] = (),
    several_shot: Collection[str] = (),
    shot_counts: Collection[str] = (),
    settled: bool = False,
    retold: Collection[str] = (),
    people_words: Collection[str] = (),
    article_places: Sequence[Place] = (),
) -> tuple[Event, ...]:
    """The events with the other accounts of the main incident folded into the main record
    (`apart`: ids of accounts the text tells as other or several events; `several_shot`: ids of
    accounts whose own sentences tell two or more people shot, so that a later death is of one
    of them: "shot a cook and a porter; the cook died at a hospital", gvc24; `shot_counts`: ids
    of accounts whose injured figure counts the people shot or wounded with no injury word, the
    dead among them: "a family of four lay dead ... each bore bullet wounds" leaves no one
    hurt, gvc24). `settled`: the main incident's day and counts are settled (after
    `incident_day`), and the accounts of that day fold in without changing them, with the
    retellings among them (`retold`: ids of accounts told by a definite event noun, "the
    shooting", `locate.told_again`) on any later day (inc43). `people_words`: the lower-cased
    words of the people the article names; a town of the incident's day read from one of them
    ("Ana Copeland" read as Copeland, Oklahoma) names no other place; `article_places`: the
    places the article names, whose regions tell a town read far from all of them (inc45)."""
    main = next((e for e in events if e.main), None)
    if main is None or main.type not in VIOLENT_TYPES:
        return tuple(events)
    lone = _lone_towns(article_places) if settled else frozenset()
    accounts = [
        e
        for e in events
        if e is not main
        and _same_incident(main, e, apart, near=settled, people_words=people_words, lone=lone)
    ]
    if settled:
        accounts += [
            e
            for e in events
            if e.id in retold
            and e is not main
            and e not in accounts
            and _same_incident(main, e, apart, told_after=True)
        ]
        return _retold(events, main, accounts, retold)
    folded = main
    for other in accounts:
        folded = replace(
            folded,
            date=folded.date if folded.date_precision != "unknown" else other.date,
            date_precision=folded.date_precision
            if folded.date_precision != "unknown"
            else other.date_precision,
            location=_finer(folded.location, other.location),
            actor=folded.actor or other.actor,
            recipient=folded.recipient or other.recipient,
            mode=folded.mode or other.mode,
            fatalities=_larger(folded.fatalities, other.fatalities),
            injuries=folded.injuries if folded.injuries is not None else other.injuries,
            acled_event_type=folded.acled_event_type or other.acled_event_type,
            acled_sub_event_type=folded.acled_sub_event_type or other.acled_sub_event_type,
            confidence=max(folded.confidence, other.confidence),
        )
    folded = replace(folded, recipient=apart_from_actors(folded.actor, folded.recipient))
    hurt_from = next((e for e in accounts if e.injuries is not None), None)
    if main.injuries is None and hurt_from is not None and hurt_from.id in shot_counts:
        # the account's figure holds the dead it does not count itself: they come off it, as
        # `consolidate.article_counts` takes them off its own accounts' figures
        uncounted = max((folded.fatalities or 0) - (hurt_from.fatalities or 0), 0)
        folded = replace(folded, injuries=max((folded.injuries or 0) - uncounted, 0))
    if (
        folded.fatalities == 1
        and folded.injuries == 1
        and not any(e.id in several_shot for e in (main, *accounts))
        and _died_later([main, *accounts])
    ):
        # "the girl was critically injured ... she has died": one victim, hurt then dead
        folded = replace(folded, injuries=0)
    gone = {id(e) for e in accounts}
    return tuple(folded if e is main else e for e in events if id(e) not in gone)


def harmed_several(events: Sequence[Event]) -> bool:
    """The article's main incident harmed two or more people (its dead and hurt together): its
    acts may be told in the plural ("after the shootings", "the killings") as one incident's.
    (inc55)"""
    main = next((e for e in events if e.main), None)
    if main is None or main.implausible_counts:
        return False
    return (main.fatalities or 0) + (main.injuries or 0) >= 2


def _retold(
    events: Sequence[Event], main: Event, accounts: Sequence[Event], retold: Collection[str]
) -> tuple[Event, ...]:
    """The events with `accounts`, told again of the main incident once its day is known, folded
    into `main`: they fill what it lacks (a day, a party, a place, the kind of violence), and
    its counts, which the article's accounts have already settled, stay as they are. A
    retelling (`retold`: "the shooting") is dated by when it was told and placed by the text
    before it unless its sentence names a place: it gives neither."""
    folded = main
    for other in accounts:
        again = other.id in retold
        dated = folded if folded.date_precision != "unknown" or again else other
        placed = not again or _names_place(other)
        folded = replace(
            folded,
            date=dated.date,
            date_precision=dated.date_precision,
            location=_finer(folded.location, other.location) if placed else folded.location,
            actor=folded.actor or other.actor,
            recipient=folded.recipient or other.recipient,
            mode=folded.mode or other.mode,
            acled_event_type=folded.acled_event_type or other.acled_event_type,
            acled_sub_event_type=folded.acled_sub_event_type or other.acled_sub_event_type,
            confidence=max(folded.confidence, other.confidence),
        )
    folded = replace(folded, recipient=apart_from_actors(folded.actor, folded.recipient))
    gone = {id(e) for e in accounts}
    return tuple(folded if e is main else e for e in events if id(e) not in gone)


def incident_day(
    events: Sequence[Event],
    published: str | None,
    apart: Collection[str] = (),
    days_told: Sequence[tuple[int, str]] | None = None,
) -> tuple[Event, ...]:
    """A main event told as of the day of the report (a charge, an identification, "was killed
    earlier this month") takes the day a later account of the same incident gives it ("was shot
    and killed on April 2"): the first such account with a day before publication, within
    `INCIDENT_DAYS` of it and inside the main's own month when it has one, that counts no other
    dead and is not told as another incident (`apart`). With `days_told` (where each time
    expression of the article starts, and its value), the account must tell its day itself: a
    day carried over from another paragraph ("Police say a dispute led to the shooting", after
    "names were not released Sunday") is no account of when the incident happened."""
    main = next((e for e in events if e.main), None)
    if main is None or main.type != "ASSAULT" or not published:
        return tuple(events)
    vague = main.date_precision in {"unknown", "week", "month"}
    if not vague and main.date != published[:10]:
        return tuple(events)
    day = last_day(published[:10], "day")
    if day is None:
        return tuple(events)
    for other in events:
        if other is main or other.evidence.start <= main.evidence.start:
            continue
        if other.type != "ASSAULT" or other.modality != "asserted" or other.id in apart:
            continue
        if other.date_precision != "day" or other.date is None or not other.fatalities:
            continue
        if main.fatalities and other.fatalities != main.fatalities:
            continue
        when = last_day(other.date, "day")
        if when is None or not timedelta(days=1) <= day - when <= timedelta(days=INCIDENT_DAYS):
            continue
        if days_told is not None and not _tells_day(other, days_told):
            continue
        if main.date_precision == "month" and not other.date.startswith(main.date or "-"):
            continue
        told = replace(
            main,
            date=other.date,
            date_precision="day",
            fatalities=main.fatalities or other.fatalities,
        )
        return tuple(told if e is main else e for e in events)
    return tuple(events)


def other_incidents(events: Sequence[Event], apart: Collection[str] = ()) -> list[tuple[int, int]]:
    """Where the article tells violence other than its main incident: the sentences of its
    other violent events told as history (`background`), as another or several events
    (`apart`: "another shooting", "shootings"), or as of a day before the main incident began
    ("a woman was killed on Friday" in a report of Monday's shooting). What they tell (a death,
    a grave wound) is not the main incident's; a sentence that also tells the main is kept."""
    main = next((e for e in events if e.main), None)
    if main is None:
        return []
    began = _first_day(main) if main.date_precision == "day" else None
    spans = []
    for e in events:
        if e.main or e.type not in VIOLENT_TYPES:
            continue
        if e.evidence.start <= main.evidence.start < e.evidence.end:
            continue
        other = e.modality == "background" or e.id in apart
        if not other and began is not None and e.date_precision != "unknown":
            end = last_day(e.date, e.date_precision)
            other = end is not None and end < began
        if other:
            spans.append((e.evidence.start, e.evidence.end))
    return spans


def counts_over_period(lexicon: Lexicon, sentence: str, numbered: bool) -> bool:
    """A sentence that counts over a period (`tally_periods.txt`, with a figure: `numbered`):
    "the city has recorded 14 homicides this year", "shootings have killed 12 people so far":
    a statistic, whose dead are no incident's."""
    return numbered and _phrases(lexicon, "events/tally_periods").search(sentence) is not None


def _tells_day(event: Event, days_told: Sequence[tuple[int, str]]) -> bool:
    """The event's own evidence holds a time expression of its day."""
    start, end = event.evidence.start, event.evidence.end
    return any(start <= at < end and value.startswith(event.date or "-") for at, value in days_told)


def _died_later(accounts: Sequence[Event], lexicon: Lexicon | None = None) -> bool:
    """An account tells that a victim died after being hurt (`later_deaths.txt`), not that one
    of several did ("two men were shot and one of them later died", `partitive_deaths.txt`)."""
    lexicon = lexicon or load_lexicon("en")
    pattern = _phrases(lexicon, "events/later_deaths")
    share = _phrases(lexicon, "events/partitive_deaths")
    texts = [e.evidence.sentence for e in accounts]
    if any(
        _dead_then_hurt(lexicon, t)
        or _other_hurt(lexicon, t)
        or _limb_hurt(lexicon, t)
        or _newcomer_after_death(lexicon, t)
        for t in texts
    ):
        return False  # "a tailor was killed and a nurse was injured": two victims
    return any(pattern.search(t) for t in texts) and not any(share.search(t) for t in texts)


def _other_hurt(lexicon: Lexicon, text: str) -> bool:
    """A hurt person told as someone besides the others ("A second man was struck in the leg",
    "another victim was wounded"; `apart_others.txt`): not the dead one hurt before (gvc16)."""
    others = _phrases(lexicon, "events/apart_others").pattern
    hurt = _phrases(lexicon, "events/apart_hurts").pattern
    shot = _phrases(lexicon, "events/apart_other_hurts").pattern
    reach = f"[^.;]{{0,{OTHER_REACH}}}?"
    return re.search(f"{others}{reach}(?:{hurt}|{shot})", text, re.IGNORECASE) is not None


def cared_apart(lexicon: Lexicon, text: str) -> bool:
    """A sentence of `text` tells a person apart from the others, hurt, in care or in a
    condition of the living ("A second victim is being treated at a hospital", "One died and the
    other is in serious condition"; `apart_others.txt`, `apart_cared.txt`), and tells no one
    shot (`apart_other_hurts.txt`: "Two men were shot; one died and the other ..." counts the
    people shot): a figure read from it counts the living, not the shot with the dead among
    them (gvc42)."""
    told, shot = _cared_patterns(lexicon)
    if told.search(text) is None:
        return False  # (most evidence: no sentence to split)
    return any(
        told.search(sentence) is not None and shot.search(sentence) is None
        for sentence in SENTENCE_END.split(text)
    )


@lru_cache(maxsize=4)
def _cared_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`cared_apart`'s patterns: a person set apart and in care; people told shot."""
    others = _phrases(lexicon, "events/apart_others").pattern
    others = f"(?:{others}|{_phrases(lexicon, 'events/apart_dead').pattern})"
    hurt = _phrases(lexicon, "events/apart_cared").pattern
    reach = f"[^.;]{{0,{OTHER_REACH}}}?"
    told = re.compile(f"{others}{reach}{hurt}", re.IGNORECASE)
    return told, _phrases(lexicon, "events/apart_other_hurts")


SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
"""Where one sentence of an evidence text ends and the next begins."""


def _limb_hurt(lexicon: Lexicon, text: str) -> bool:
    """A person brought in with an indefinite article and hit in a limb ("A porter who was with
    him was hit in the knee", `apart_newcomers.txt`, `apart_limbs.txt`): someone besides the
    dead, told for the first time, who lived (gvc19)."""
    newcomer = _phrases(lexicon, "events/apart_newcomers").pattern
    shot = _phrases(lexicon, "events/apart_other_hurts").pattern
    limb = _phrases(lexicon, "events/apart_limbs").pattern
    reach = f"[^.;]{{0,{OTHER_REACH}}}?"
    # the newcomer opens the sentence, or follows a phrase it explains ("Her passenger, a ...")
    told = (
        f"(?:^|[.;]\\s+)(?:[^.;,]{{0,{OTHER_REACH}}},\\s+)?{newcomer}{reach}{shot} in \\w+ {limb}"
    )
    return re.search(told, text, re.IGNORECASE) is not None


def _newcomer_after_death(lexicon: Lexicon, text: str) -> bool:
    """A sentence after a death opens on a person brought in with an indefinite article, told
    hurt ("He later died. A woman who was with him was wounded"): someone besides the dead (a
    person told hurt and then dead is told the other way round: "A boy was wounded. He later
    died"). (gvc36)"""
    dead = _phrases(lexicon, "events/apart_deaths").pattern
    later = _phrases(lexicon, "events/later_deaths").pattern
    newcomer = _phrases(lexicon, "events/apart_newcomers").pattern
    hurt = _phrases(lexicon, "events/apart_hurts").pattern
    reach = f"[^.;]{{0,{OTHER_REACH}}}?"
    told = f"(?:{dead}|{later})[^\\n]*?[.;]\\s+{newcomer}{reach}{hurt}"
    return re.search(told, text, re.IGNORECASE) is not None


OTHER_REACH = 40
"""How many characters may lie between the word that marks another person and their hurt."""

APART_REACH = 80
"""How many characters may lie between a death and "and", and "and" and the hurt, in one
sentence that tells the two of different people."""


def _dead_then_hurt(lexicon: Lexicon, text: str) -> bool:
    """A sentence tells a death and then, joined by "and", "while" or ";" (`apart_joins.txt`),
    someone hurt ("A tailor was killed and a nurse was injured", "killed a clerk and wounded a
    customer", "left a cook dead and a porter injured", "the husband died; his wife was treated
    for a wound"): two people (a hurt person who then died is told the other way round: "was
    critically injured ... and died")."""
    dead = _phrases(lexicon, "events/apart_deaths").pattern
    hurt = _phrases(lexicon, "events/apart_hurts").pattern
    joins = "|".join(
        re.escape(j) if not j[0].isalpha() else rf"\b{re.escape(j)}\b"
        for j in lexicon.entries("events/apart_joins")
    )
    reach = f"[^.;]{{0,{APART_REACH}}}?"
    return re.search(f"{dead}{reach}(?:{joins}){reach}{hurt}", text, re.IGNORECASE) is not None


def _larger(a: int | None, b: int | None) -> int | None:
    """The larger of two counts of one incident's dead (accounts restate or complete each other)."""
    return b if a is None or (b is not None and b > a) else a


def _same_incident(
    main: Event,
    other: Event,
    apart: Collection[str],
    told_after: bool = False,
    near: bool = False,
    people_words: Collection[str] = (),
    lone: Collection[int] = (),
) -> bool:
    """`other` may tell the main incident (`told_after`: `other` retells it, "the shooting": it
    is dated by when it was told, any day on or after the incident's, and a place its own
    sentences do not name is the text's before it, no other town; `near`: on the incident's
    day a town close by, one read from a person's name, `people_words`, and a town of a
    region the article names nothing else in, `lone`, are no other town; the main's own town
    lone tells nothing of the other's, and a lone town that `other`'s own sentences name with
    its own dead or hurt is a real other place: "gunmen also shot dead an officer in Quetta",
    fix51e)."""
    if other.type != main.type or other.id in apart:
        return False
    if other.modality != "asserted" and not _recalled_same_day(main, other):
        return False
    if other.implausible_counts or main.implausible_counts:
        return False
    if main.mode and other.mode and main.mode != other.mode:
        return False
    if told_after and main.date_precision != "unknown" and other.date_precision != "unknown":
        began, told = _first_day(main), _first_day(other)
        if began is None or told is None or told < began:
            return False
    elif main.date_precision != "unknown" and other.date_precision != "unknown":
        if not _follows(main, other):
            return False
    elif other.date_precision == "unknown" and main.date and other.date:
        if other.date[:10] < main.date[:10]:
            return False  # told as of a day before the incident: not this incident
    if (
        not _places_agree(main.location, other.location)
        and not (told_after and not _names_place(other))
        and not (
            near
            and _same_day(main, other)
            and (
                _neighbours(main.location, other.location)
                or _read_from_person(other, people_words)
                or (_in(other.location, lone) and not _own_harm_told(other))
            )
        )
    ):
        return False
    aside = INVESTIGATING_SECTORS if near and _same_day(main, other) else frozenset()
    return _parties_agree(main.actor, other.actor, aside) and _parties_agree(
        main.recipient, other.recipient, aside
    )


def _same_day(main: Event, other: Event) -> bool:
    """Both told as of one day."""
    return (
        main.date_precision == other.date_precision == "day"
        and main.date is not None
        and main.date == other.date
    )


def _neighbours(a: Place | None, b: Place | None) -> bool:
    """Two towns of one region close by (`nearness.NEAR_KM`): a neighbourhood or suburb and
    its city ("in Elmwood", "in Buffalo"), which an account of the incident's day may name for
    the other. (inc44)"""
    return a is not None and b is not None and close_by(a, b)


def _read_from_person(event: Event, people_words: Collection[str]) -> bool:
    """The event's place is read from a person's name: its words are all words of the names of
    people the article tells of, or it is the name of one of the event's own parties ("Rhodes
    shot Ana Copeland" read as an attack in Copeland, Oklahoma, on Copeland): a surname or a
    given name that is also a town, no evidence of where the incident happened. (inc45)"""
    where = event.location
    if where is None or where.inferred:
        return False
    text = where.text.casefold()
    if any(text == party.text.casefold() for party in (*event.actor, *event.recipient)):
        return True
    words = text.split()
    return bool(words) and all(w in people_words for w in words)


def _lone_towns(places: Sequence[Place]) -> frozenset[int]:
    """The towns (geonames ids) of the article's places whose region (country and first-level
    division) holds no other place the article names: a town read far from everything else
    the article tells of ("the Allerton section" of a city read as a village in England, a
    "Sun Valley woman" in a Los Angeles report read as a town in Nevada) is a guess of the
    geocoder, no evidence that an account of the incident's day tells another incident. A
    town with its state or a neighbour named beside it is not lone. (inc45)"""
    regions: dict[tuple[str | None, str | None], set[int | None]] = defaultdict(set)
    for place in places:
        if not place.inferred:
            regions[place.country, place.admin1].add(place.geonameid)
    return frozenset(
        place.geonameid
        for place in places
        if place.feature in {"city", "landmark"}
        and place.geonameid is not None
        and not place.inferred
        and regions[place.country, place.admin1] == {place.geonameid}
    )


def _own_harm_told(event: Event) -> bool:
    """The event's own sentences name its place and it tells its own dead or hurt."""
    return _names_place(event) and bool(event.fatalities or event.injuries)


def _in(where: Place | None, lone: Collection[int]) -> bool:
    return where is not None and where.geonameid is not None and where.geonameid in lone


def _names_place(event: Event) -> bool:
    """The event's own sentences name its place (not one carried over from the text before)."""
    where = event.location
    return where is not None and event.evidence.start <= where.start < event.evidence.end


def _recalled_same_day(main: Event, other: Event) -> bool:
    """`other` is told as history ("the funeral of an officer who was killed in a shootout on
    March 4") of the main incident's own day: the main incident recalled, not another one."""
    return (
        other.modality == "background"
        and main.date_precision == "day"
        and other.date_precision == "day"
        and other.date == main.date
    )


def _follows(main: Event, other: Event) -> bool:
    """`other`'s date may be the main incident's, or a day of its telling soon after."""
    if other.date == main.date:
        return True
    first, last = (
        last_day(main.date, main.date_precision),
        last_day(other.date, other.date_precision),
    )
    if first is None or last is None:
        return False
    if main.date_precision != "day" or other.date_precision not in {"day", "week", "month"}:
        return False
    if other.date_precision != "day":
        start = other.date or ""
        return main.date is not None and main.date.startswith(start[:7]) and "-W" not in start
    return timedelta(days=-1) <= last - first <= timedelta(days=FOLLOW_UP_DAYS)


def _places_agree(a: Place | None, b: Place | None) -> bool:
    """No other town, region or country: the same place, or one that holds the other."""
    if a is None or b is None:
        return True
    if a.country != b.country:
        return False
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    towns = {"city", "landmark"}
    if a.feature in towns and b.feature in towns:
        return False
    coarse, fine = (a, b) if _PLACE_RANK[a.feature] <= _PLACE_RANK[b.feature] else (b, a)
    return coarse.feature == "country" or coarse.admin1 is None or coarse.admin1 == fine.admin1


def _finer(a: Place | None, b: Place | None) -> Place | None:
    if a is None or b is None:
        return a or b
    return b if _PLACE_RANK[b.feature] > _PLACE_RANK[a.feature] else a


def _parties_agree(
    xs: Sequence[Actor], ys: Sequence[Actor], aside: Collection[str] = frozenset()
) -> bool:
    """Parties named differently ("a gunman", "the suspect") may be one; parties of other
    countries, or of kinds that exclude each other (an army and a rebel group), are not.
    Parties of the sectors `aside` tell nothing of which incident (the police of an account of
    the incident's day, `INVESTIGATING_SECTORS`)."""
    countries = {a.country for a in xs if a.country}, {a.country for a in ys if a.country}
    if all(countries) and not countries[0] & countries[1]:
        return False
    sectors = (
        {a.sector for a in xs if a.sector and a.sector not in aside},
        {a.sector for a in ys if a.sector and a.sector not in aside},
    )
    return not all(sectors) or bool(sectors[0] & sectors[1])


def _next_paragraph(text: str, paragraph: int) -> int:
    """The number of the first line after `paragraph` that holds any text."""
    lines = text.split("\n")
    return next((n for n in range(paragraph + 1, len(lines)) if lines[n].strip()), paragraph + 1)


def _paragraph(text: str, offset: int) -> int:
    """The number of the paragraph (lines separated by a line break) holding `offset`."""
    return text.count("\n", 0, offset)


HISTORY_REACH_CHARS = 1000
"""How far before an undated sentence the last date told may frame it as history (prec23)."""
_DECADE = re.compile(r"(\d{3})")
_YEAR = re.compile(r"(\d{4})")
_KNOWN_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])-XX")
_SPAN = re.compile(r"PT?[\dX]")


def under_old_date(
    published: str | None,
    earlier: Iterable[tuple[int, str | None]],
    start: int,
    text: str,
    lexicon: Lexicon,
) -> bool:
    """Whether the last date told before `start` (`earlier`: the article's time expressions as
    (start, value), latest first) ended more than `BACKGROUND_DAYS` before publication: "In
    1998, the firm sued its rival. ... The rival denied the claims" tells the denial in the
    frame of 1998. A day, a week, "now" told in between is the news's own time and ends the
    frame; a span ("three years") or "in the past" tells no time and is passed over. (prec23)"""
    try:
        day = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        day = None
    if day is None:
        return False
    for at, value in earlier:
        if at >= start:
            continue
        if start - at > HISTORY_REACH_CHARS:
            return False
        if not value or value == "PAST_REF" or _SPAN.match(value):
            if value == "PAST_REF" and _ago_of_years(text, at, lexicon):
                return True  # "years ago, the firm sued ..." (prec25)
            continue  # a span, or "in the past" (PAST_REF): no time of its own
        end = _end_of(value)
        if end is None:
            return False  # "now", "recently": the news's time, or one not read
        if end >= day - timedelta(days=BACKGROUND_DAYS):
            return False
        before = text[max(0, at - 20) : at].split()
        if before and before[-1].lower() in lexicon.words("events/history_frame_preps"):
            return True
        if _ago_of_years(text, at, lexicon, units=False):
            return True  # "two decades ago, the firm sued ..." (prec25)
    return False


def _ago_of_years(text: str, at: int, lexicon: Lexicon, units: bool = True) -> bool:
    """The time expression at `at` is counted back from the news by a word of
    `history_frame_posts.txt` ("two decades ago", "years ago"), the time of an act like a date
    after "in"; with `units`, its count is of years or longer (`modality/span_units.txt`: "years
    ago", not "weeks ago"), as its value tells no day of its own. (prec25)"""
    words = [w.strip(",.;:").lower() for w in text[at : at + 40].split()[:4]]
    posts = lexicon.words("events/history_frame_posts")
    for i, word in enumerate(words):
        if word in posts:
            if not units:
                return True
            spans = lexicon.words("events/modality/span_units")
            return i > 0 and words[i - 1].rstrip("s") in spans
    return False


def _end_of(value: str) -> date | None:
    """The last day a time value stands for: a day, week, month, season, year or decade."""
    end = last_day(value, "unknown")
    if end is not None:
        return end
    if _KNOWN_MONTH.match(value):  # a day of a known month ("2019-05-XX"): the month's end
        year, month = int(value[:4]), int(value[5:7])
        return date(year, month, monthrange(year, month)[1])
    if _YEAR.fullmatch(value[:4]) and value[4:5] == "-":
        return date(int(value[:4]), 12, 31)  # a season, a quarter or an unknown month: its year
    if _DECADE.fullmatch(value):
        return date(int(value) * 10 + 9, 12, 31)
    return None
