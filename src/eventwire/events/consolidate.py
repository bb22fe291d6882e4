"""One record per event in an article: repeated mentions of one event fold together.

News tells its main event several times: in the title, the lead, and again lower down ("Pompeo
warns ...", "Pompeo warned the Iraqi government last week that ..."). Two records of one article
are one event when they have the same PLOVER type and modality, their dates agree (equal, or one
unknown), their places do not contradict each other, they share at least one participant (an
actor or a recipient), and where both name actors (or both recipients) at least one is shared. A
mention the text marks as new ("another attack") starts a record of its own. The record that says
most (a dated, placed, fully cast one; the earliest among equals) is kept, and the others fill
what it lacks; casualty counts take the larger figure.

A violent incident (`INCIDENT_TYPES`) is told differently: a shooting report gives the day in one
sentence, the place in another, the dead and the wounded in others, naming the people differently
each time ("a gunman", "the suspect", "Smith"). Its dated accounts fold into one record without a
shared participant (`fold_incidents`), as long as nothing contradicts: the day (or the day after
in the same town: a night incident, a charge the next day), the place, the parties' countries and
kinds. Undated mentions alone ("attacks on the embassy") and the ones the text marks as new stay
apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date

from ..records import Actor, Event

_INJURY_WORDS = re.compile(
    r"\b(?:injur(?:e|ed|es|ing|y|ies)|wound(?:ed|ing)|hurt|maim(?:ed|ing)?)\b", re.IGNORECASE
)
_PRECISION_RANK = {"day": 4, "week": 3, "month": 2, "year": 1, "unknown": 0}
_PLACE_RANK = {"landmark": 5, "city": 4, "admin2": 3, "admin1": 2, "country": 1}
_TOWN = _PLACE_RANK["city"]
_TOWNS = {"city", "landmark"}
INCIDENT_TYPES = frozenset({"ASSAULT"})
"""Types whose accounts fold into one incident without a shared participant: a shooting report
rarely names the same party twice ("a gunman", "the victim", "Smith")."""


def _key(actor: Actor) -> str:
    return actor.name.lower()


def _same(a: Actor, b: Actor) -> bool:
    """Two mentions of one participant: the same name, or the same country and sector."""
    if _key(a) == _key(b):
        return True
    words_a, words_b = set(_key(a).split()), set(_key(b).split())
    if a.country and a.country == b.country:
        if a.sector and a.sector == b.sector and (words_a & words_b or _generic(a) or _generic(b)):
            # "Iraqi officials" and "the Iraqi government"; but an embassy and a minister of
            # one government are two participants
            return True
        # "Mike Pompeo" and "Pompeo", or a person and the country's government
        if words_a <= words_b or words_b <= words_a:
            return True
    return False


def _generic(actor: Actor) -> bool:
    """A participant named by its kind only ("officials", "the government", "Iraq")."""
    return actor.text[:1].islower() or len(actor.name.split()) == 1


def _compatible(xs: Sequence[Actor], ys: Sequence[Actor]) -> tuple[bool, bool]:
    """(no contradiction, a shared participant) between two casts: two full casts with no one
    in common are two events."""
    if not xs or not ys:
        return True, False
    shared = any(_same(a, b) for a in xs for b in ys)
    return shared, shared


def same_event(a: Event, b: Event) -> bool:
    """True when two records of one article report the same event."""
    return _agree(a, b, need_shared=True)


def _agree(a: Event, b: Event, need_shared: bool, cast: bool = True) -> bool:
    """`a` and `b` may be one event: same type and modality, no contradiction of date or place;
    with `cast`, nor of participants (two full casts share one), and with `need_shared` a
    participant in common."""
    if a.type != b.type or a.modality != b.modality:
        return False
    if a.date_precision != "unknown" and b.date_precision != "unknown":
        if (a.date, a.date_precision) != (b.date, b.date_precision):
            return False
    if a.location is not None and b.location is not None:
        if a.location.country != b.location.country:
            return False
        if (
            a.location.feature not in {"country", "admin1"}
            and b.location.feature not in {"country", "admin1"}
            and a.location.geonameid != b.location.geonameid
        ):
            return False
    if cast is False:
        return (
            _countries_agree(a.actor, b.actor)
            and _countries_agree(a.recipient, b.recipient)
            and _sectors_agree(a.actor, b.actor)
        )
    actors_ok, actors_shared = _compatible(a.actor, b.actor)
    recips_ok, recips_shared = _compatible(a.recipient, b.recipient)
    return actors_ok and recips_ok and (actors_shared or recips_shared or not need_shared)


def _countries_agree(xs: Sequence[Actor], ys: Sequence[Actor]) -> bool:
    """No contradiction between two casts named differently ("a gunman", "the suspect",
    "Smith"): only parties of different countries are different parties."""
    left, right = {a.country for a in xs if a.country}, {a.country for a in ys if a.country}
    return not left or not right or bool(left & right)


def _sectors_agree(xs: Sequence[Actor], ys: Sequence[Actor]) -> bool:
    """Actors of kinds that exclude each other (an army and a rebel group) are not one party."""
    left, right = {a.sector for a in xs if a.sector}, {a.sector for a in ys if a.sector}
    return not left or not right or bool(left & right)


def _informative(event: Event) -> tuple[int, ...]:
    """Which mention tells most: a dated one, then who did what to whom, then where."""
    return (
        _PRECISION_RANK.get(event.date_precision, 0),
        bool(event.actor) + bool(event.recipient),
        event.location is not None,
        -event.evidence.start,
    )


def _max(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def _fold(group: list[Event]) -> Event:
    base = max(group, key=_informative)
    out = base
    for other in sorted(group, key=lambda e: e.evidence.start):
        if other is base:
            continue
        out = replace(
            out,
            actor=out.actor or other.actor,
            recipient=out.recipient or other.recipient,
            location=out.location or other.location,
            mode=out.mode or other.mode,
            fatalities=_max(out.fatalities, other.fatalities),
            injuries=_max(out.injuries, other.injuries),
            fatalities_lower_bound=out.fatalities_lower_bound or other.fatalities_lower_bound,
            confidence=max(out.confidence, other.confidence),
        )
    if out.acled_event_type is None:
        typed = next((e for e in group if e.acled_event_type), None)
        if typed is not None:
            out = replace(
                out,
                acled_event_type=typed.acled_event_type,
                acled_sub_event_type=typed.acled_sub_event_type,
            )
    return out


def merge_mentions(events: Sequence[Event], fresh: Collection[str] = ()) -> tuple[Event, ...]:
    """The article's events with repeated mentions of one event folded into one record, in the
    text order of the records kept. `fresh`: ids of events the text marks as new ("another
    attack"), which never fold into an earlier one."""
    groups: list[list[Event]] = []
    for event in events:
        for group in [] if event.id in fresh else groups:
            if all(same_event(event, member) for member in group):
                group.append(event)
                break
        else:
            groups.append([event])
    folded = [_fold(g) if len(g) > 1 else g[0] for g in groups]
    return tuple(sorted(folded, key=lambda e: e.evidence.start))


def article_counts(
    events: Sequence[Event], types: Collection[str], fresh: Collection[str] = ()
) -> tuple[Event, ...]:
    """The article's accounts of one incident folded into one record (`fold_incidents`, for the
    types that fold so). The first asserted violent event is the article's lead: undated, it
    takes the day a later account tells; of a type that does not fold, it takes the article's
    casualty counts: the largest figures of the asserted events of its type that do not
    contradict it (date, place, cast). A report of one shooting names the dead in one sentence
    and the wounded in another, often with no participant in common."""
    events = [shot_survivors(e) for e in events]
    lead = next((e for e in events if e.type in types and e.modality == "asserted"), None)
    if lead is not None and lead.date_precision == "unknown":
        # the lead names the incident ("A man was shot and killed"), a later sentence its day
        # ("Police said the shooting happened Monday evening"): the lead takes that day
        dated = next((e for e in events if _dates_undated(lead, e)), None)
        if dated is not None:
            main = replace(lead, date=dated.date, date_precision="day")
            events = [main if e is lead else e for e in events]
            lead = main
        elif lead.type not in INCIDENT_TYPES:
            # an undated lead event with no dated account is a background mention
            lead = None
    events = list(fold_incidents(events, fresh, INCIDENT_TYPES & set(types)))
    if lead is None or lead.type in INCIDENT_TYPES:
        return tuple(events)
    return tuple(_lead_counts(e, events, fresh) if e is lead else e for e in events)


def _lead_counts(main: Event, events: Sequence[Event], fresh: Collection[str]) -> Event:
    """The lead with the largest figures of the accounts of its type that agree with it."""
    dead, bound = main.fatalities, main.fatalities_lower_bound
    accounts = [main]
    for other in events:
        if other.id in (main.id, *fresh) or not _agree(main, other, need_shared=False):
            continue
        accounts.append(other)
        if other.fatalities is not None and (dead is None or other.fatalities > dead):
            dead, bound = other.fatalities, other.fatalities_lower_bound
    hurt = _survivors(accounts, dead)
    return replace(main, fatalities=dead, injuries=hurt, fatalities_lower_bound=bound)


def _survivors(accounts: Sequence[Event], dead: int | None) -> int | None:
    """The injured of the article's accounts of one incident, the dead left out (as the Gun
    Violence Archive counts them): an account that names the injured ("one killed, two
    wounded") counts as it is; one that only tells who was shot ("A man was shot in the chest")
    may be telling of people the article reports dead ("he died at the hospital"), so the
    article's dead it does not already leave out (`shot_survivors`) are taken off its figure."""
    figures = [
        e.injuries
        if _names_injured(e)
        else max(e.injuries - max((dead or 0) - (e.fatalities or 0), 0), 0)
        for e in accounts
        if e.injuries is not None
    ]
    return max(figures) if figures else None


def _names_injured(event: Event) -> bool:
    """The event's evidence uses an injury word: its injured figure is not a count of the shot."""
    return _INJURY_WORDS.search(event.evidence.sentence) is not None


def shot_survivors(event: Event) -> Event:
    """An event whose injured figure counts the people shot ("Two men were shot, one fatally")
    without the dead among them."""
    if event.injuries is None or not event.fatalities or _names_injured(event):
        return event
    return replace(event, injuries=max(event.injuries - event.fatalities, 0))


def fold_incidents(
    events: Sequence[Event], fresh: Collection[str] = (), types: Collection[str] = INCIDENT_TYPES
) -> tuple[Event, ...]:
    """The article's asserted accounts of one incident folded into one record.

    A report tells its incident in the title, the lead and later sentences, one giving the day,
    another the place, the dead, the wounded, mostly with no participant in common. Accounts of
    one type that do not contradict each other (date, place, cast) are one incident; an account
    the text marks as new ("another shooting") starts an incident of its own, and an account
    joins the incident told most recently that it agrees with."""
    groups: list[list[Event]] = []
    order: list[int] = []  # group numbers, most recently told last
    kept: list[Event | int] = []
    for event in events:
        if event.type not in types or event.modality != "asserted":
            kept.append(event)
            continue
        number = None if event.id in fresh else _incident_of(event, groups, order)
        if number is None:
            groups.append([])
            number = len(groups) - 1
            kept.append(number)
        groups[number].append(event)
        if number in order:
            order.remove(number)
        order.append(number)
    folded = [_fold_incident(g) for g in groups]
    return tuple(folded[k] if isinstance(k, int) else k for k in kept)


def _incident_of(event: Event, groups: list[list[Event]], order: list[int]) -> int | None:
    """The most recently told incident every account of which agrees with `event`."""
    undated = event.date_precision == "unknown"
    for number in reversed(order):
        group = groups[number]
        if undated and all(m.date_precision == "unknown" for m in group):
            continue  # undated mentions alone ("attacks on the embassy") are no one incident
        if all(_same_incident(event, m) for m in group):
            return number
    return None


def _same_incident(a: Event, b: Event) -> bool:
    """Two accounts of one incident: nothing contradicts (date, place, the countries of the
    parties), and an undated account (dated by its publication) is of no day after it."""
    if not _agree(a, b, need_shared=False, cast=False) and not _next_day(a, b):
        return False
    undated = [e for e in (a, b) if e.date_precision == "unknown"]
    if len(undated) != 1 or undated[0].date is None:
        return True
    dated = b if undated[0] is a else a
    return dated.date is None or dated.date[:10] <= undated[0].date[:10]


def _next_day(a: Event, b: Event) -> bool:
    """Accounts a day apart in one town: a night incident, or its day and the day it was told
    ("was charged Thursday in the shooting")."""
    if a.date_precision != "day" or b.date_precision != "day" or not a.date or not b.date:
        return False
    if a.location is None or b.location is None or a.location.geonameid is None:
        return False
    if a.location.geonameid != b.location.geonameid or a.location.feature not in _TOWNS:
        return False
    try:
        days = abs((date.fromisoformat(a.date[:10]) - date.fromisoformat(b.date[:10])).days)
    except ValueError:
        return False
    moved = replace(b, date=a.date)
    return days == 1 and _agree(a, moved, need_shared=False, cast=False)


def _fold_incident(group: list[Event]) -> Event:
    """The incident's first account, with the day and place of its most precise accounts and the
    counts of all (`_survivors`: the injured leave out the dead)."""
    first = group[0]
    if len(group) == 1:
        return first
    top = max(_PRECISION_RANK.get(e.date_precision, 0) for e in group)
    # accounts a day apart (`_next_day`): the day most of them tell, else the earlier one
    precise = [e for e in group if _PRECISION_RANK.get(e.date_precision, 0) == top]
    told = Counter(e.date for e in precise)
    dated = min(precise, key=lambda e: (-told[e.date], e.date or ""))
    placed = first
    if first.location is None or _PLACE_RANK.get(first.location.feature, 0) < _TOWN:
        # a town the lead names is the incident's; a region or none, a later account may refine
        placed = max((e for e in group if e.location is not None), key=_place_rank, default=first)
    counted = [e for e in group if e is first or not _attackers_losses(first, e)]
    dead, bound = _group_dead(counted)
    typed = next((e for e in group if e.acled_event_type), first)
    return replace(
        first,
        date=dated.date,
        date_precision=dated.date_precision,
        location=placed.location,
        actor=first.actor or next((e.actor for e in group if e.actor), ()),
        recipient=first.recipient or next((e.recipient for e in group if e.recipient), ()),
        mode=first.mode or next((e.mode for e in group if e.mode), None),
        fatalities=dead,
        fatalities_lower_bound=bound,
        injuries=_survivors(counted, dead),
        acled_event_type=typed.acled_event_type,
        acled_sub_event_type=typed.acled_sub_event_type,
        confidence=max(e.confidence for e in group),
    )


def _attackers_losses(first: Event, other: Event) -> bool:
    """`other` counts losses of the side that attacked in `first` ("militants ambushed a
    convoy", then "the army said fifteen militants were killed"): a claim of the other side, no
    count of the incident's victims (unless both sides are of one kind)."""
    attackers = {a.sector for a in first.actor if a.sector}
    victims = {a.sector for a in first.recipient if a.sector}
    told = {a.sector for a in other.recipient if a.sector}
    return bool(told & attackers) and not told & victims


def _group_dead(group: list[Event]) -> tuple[int | None, bool]:
    """The incident's dead: the largest figure of its accounts (one tells a victim, the lead
    all of them)."""
    told = [e for e in group if e.fatalities is not None]
    if not told:
        return None, False
    most = max(told, key=lambda e: e.fatalities or 0)
    return most.fatalities, most.fatalities_lower_bound


def _place_rank(event: Event) -> tuple[int, bool]:
    """How precisely an account places the incident: the finer feature, then a place named in
    its own sentence rather than the article's."""
    place = event.location
    assert place is not None
    told = event.evidence.start <= place.start < event.evidence.end
    return _PLACE_RANK.get(place.feature, 0), told


def _dates_undated(lead: Event, other: Event) -> bool:
    """`other` is an asserted account of the same kind with a day on or before the lead's
    fallback date (the publication day)."""
    return (
        other is not lead
        and other.type == lead.type
        and other.modality == "asserted"
        and other.date_precision == "day"
        and other.date is not None
        and (lead.date is None or other.date <= lead.date)
    )
