"""One record per event in an article: repeated mentions of one event fold together.

News tells its main event several times: in the title, the lead, and again lower down ("Minister
warns ...", "The minister warned the port authority on Tuesday that ..."). Two records of one article
are one event when they have the same PLOVER type and modality, their dates agree (equal, or one
unknown), their places do not contradict each other, they share at least one participant (an
actor or a recipient), and where both name actors (or both recipients) at least one is shared. A
mention the text marks as new ("another attack") starts a record of its own. The record that says
most (a dated, placed, fully cast one; the earliest among equals) is kept, and the others fill
what it lacks; casualty counts take the larger figure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..records import Actor, Event, Place, apart_from_actors
from .article_level import cared_apart
from .nearness import close_by

if TYPE_CHECKING:
    from .words import EventWords

_PRECISION_RANK = {"day": 4, "week": 3, "month": 2, "year": 1, "unknown": 0}


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


def _agree(a: Event, b: Event, need_shared: bool, near: bool = False) -> bool:
    """Two records of one article may tell one event (`near`: towns of one region close by
    agree, as a suburb and its city do)."""
    if a.type != b.type or a.modality != b.modality:
        return False
    if a.implausible_counts or b.implausible_counts:
        return False  # a tally is no account of the incident
    if a.date_precision != "unknown" and b.date_precision != "unknown":
        if (a.date, a.date_precision) != (b.date, b.date_precision):
            return False
    where_a, where_b = _named(a.location), _named(b.location)
    if where_a is not None and where_b is not None:
        if where_a.country != where_b.country:
            return False
        if (
            where_a.feature not in {"country", "admin1"}
            and where_b.feature not in {"country", "admin1"}
            and where_a.geonameid != where_b.geonameid
            and not (near and close_by(where_a, where_b))
        ):
            return False
    actors_ok, actors_shared = _compatible(a.actor, b.actor)
    recips_ok, recips_shared = _compatible(a.recipient, b.recipient)
    return actors_ok and recips_ok and (actors_shared or recips_shared or not need_shared)


def _informative(event: Event) -> tuple[int, ...]:
    """Which mention tells most: a dated one, then who did what to whom, then where."""
    return (
        _PRECISION_RANK.get(event.date_precision, 0),
        bool(event.actor) + bool(event.recipient),
        _named(event.location) is not None,
        -event.evidence.start,
    )


def _named(place: Place | None) -> Place | None:
    """The place the text names: one inferred from the article (`Place.inferred`) is no
    evidence of where a mention happened, so it neither keeps mentions apart nor wins a fold."""
    return None if place is None or place.inferred else place


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
            location=_named(out.location) or _named(other.location) or out.location,
            mode=out.mode or other.mode,
            fatalities=_max(out.fatalities, other.fatalities),
            injuries=_max(out.injuries, other.injuries),
            fatalities_lower_bound=out.fatalities_lower_bound or other.fatalities_lower_bound,
            confidence=max(out.confidence, other.confidence),
        )
    out = replace(out, recipient=apart_from_actors(out.actor, out.recipient))
    if out.acled_event_type is None:
        typed = next((e for e in group if e.acled_event_type), None)
        if typed is not None:
            out = replace(
                out,
                acled_event_type=typed.acled_event_type,
                acled_sub_event_type=typed.acled_sub_event_type,
            )
    return out


MAX_CANDIDATE_GROUPS = 256
"""Groups a record is compared with, at most: the latest that share a participant with it. An
article has far fewer events than this; a page repeating one phrase thousands of times would
otherwise cost the square of its length."""


def _actor_signature(actor: Actor) -> tuple[str, str | None, str | None, bool]:
    return _key(actor), actor.country, actor.sector, _generic(actor)


def _signature(event: Event) -> tuple[object, ...]:
    """Everything `same_event` reads of a record: two records with one signature agree with
    every other record alike."""
    where = _named(event.location)
    return (
        event.type,
        event.modality,
        None if event.date_precision == "unknown" else (event.date, event.date_precision),
        None
        if where is None
        else (where.country, where.feature in {"country", "admin1"}, where.geonameid),
        frozenset(map(_actor_signature, event.actor)),
        frozenset(map(_actor_signature, event.recipient)),
    )


def _participant_keys(event: Event) -> set[tuple[str, ...]]:
    """What two records that share a participant (`_same`) have in common: a name or a country
    on the same side, for records of one type and modality."""
    keys: set[tuple[str, ...]] = set()
    for side, cast in (("actor", event.actor), ("recipient", event.recipient)):
        for actor in cast:
            keys.add((event.type, event.modality, side, "name", _key(actor)))
            if actor.country:
                keys.add((event.type, event.modality, side, "country", actor.country))
    return keys


def merge_mentions(events: Sequence[Event], fresh: Collection[str] = ()) -> tuple[Event, ...]:
    """The article's events with repeated mentions of one event folded into one record, in the
    text order of the records kept. `fresh`: ids of events the text marks as new ("another
    attack"), which never fold into an earlier one.

    A record joins the first group all of whose members are the same event as it. Only groups
    whose first member shares a participant with it can be such a group, so those are looked up
    by participant, and members with one signature are compared once.
    """
    groups: list[list[Event]] = []
    distinct: list[dict[tuple[object, ...], Event]] = []
    by_key: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for event in events:
        keys = _participant_keys(event)
        joined: int | None = None
        if event.id not in fresh:
            candidates: set[int] = set()
            for key in keys:
                candidates.update(by_key.get(key, ())[-MAX_CANDIDATE_GROUPS:])
            for g in sorted(candidates)[-MAX_CANDIDATE_GROUPS:]:
                if all(same_event(event, member) for member in distinct[g].values()):
                    joined = g
                    break
        if joined is None:
            groups.append([event])
            distinct.append({_signature(event): event})
            for key in keys:
                by_key[key].append(len(groups) - 1)
        else:
            groups[joined].append(event)
            distinct[joined].setdefault(_signature(event), event)
    folded = [_fold(g) if len(g) > 1 else g[0] for g in groups]
    return tuple(sorted(folded, key=lambda e: e.evidence.start))


def article_counts(
    lex: EventWords, events: Sequence[Event], types: Collection[str]
) -> tuple[Event, ...]:
    """The article's first asserted violent event takes the article's casualty counts: the
    largest figures of the asserted events of its type that do not contradict it (date, place,
    cast). A report of one shooting names the dead in one sentence and the wounded in another,
    often with no participant in common."""
    events = [shot_survivors(lex, e) for e in events]
    lead = next((e for e in events if e.type in types and e.modality == "asserted"), None)
    if lead is None:
        return tuple(events)
    main = lead
    if lead.date_precision == "unknown":
        # the lead names the incident ("A cashier was gunned down"), a later sentence its day
        # ("Police said the shooting happened Monday evening"): the lead takes that day
        dated = next((e for e in events if _dates_undated(lead, e)), None)
        if dated is None:
            # an undated lead event with no dated account is a background mention
            return tuple(events)
        main = replace(lead, date=dated.date, date_precision="day")
    dead, bound = main.fatalities, main.fatalities_lower_bound
    accounts = [main]
    for other in events:
        if other is main or not _agree(main, other, need_shared=False, near=True):
            continue
        accounts.append(other)
        if other.fatalities is not None and (dead is None or other.fatalities > dead):
            dead, bound = other.fatalities, other.fatalities_lower_bound
        elif dead is None and other.fatalities_lower_bound:
            bound = True  # "Dozens dead" told by another account: unknown, a lower bound (gvc21)
    hurt = _survivors(lex, accounts, dead)
    updated = replace(main, fatalities=dead, injuries=hurt, fatalities_lower_bound=bound)
    return tuple(updated if e is lead else e for e in events)


def _survivors(lex: EventWords, accounts: Sequence[Event], dead: int | None) -> int | None:
    """The injured of the article's accounts of one incident, the dead left out (as the Gun
    Violence Archive counts them): an account that names the injured ("one killed, two
    wounded") counts as it is; one that only tells who was shot ("A clerk was shot in the stomach")
    may be telling of people the article reports dead ("he died at the hospital"), so the
    article's dead it does not already leave out (`shot_survivors`) are taken off its figure."""
    figures = [
        e.injuries
        if _names_injured(lex, e)
        else max(e.injuries - max((dead or 0) - (e.fatalities or 0), 0), 0)
        for e in accounts
        if e.injuries is not None
    ]
    return max(figures) if figures else None


def _names_injured(lex: EventWords, event: Event) -> bool:
    """The event's evidence uses an injury word, or tells someone apart from the others in care
    ("a second victim is being treated", `article_level.cared_apart`): its injured figure is not
    a count of the shot."""
    return names_hurt(lex, event.evidence.sentence)


def names_hurt(lex: EventWords, text: str) -> bool:
    """`text` (an event's evidence) tells the injured as such: an injury word, or someone told
    apart from the others in care ("a second victim is being treated", `article_level.cared_apart`,
    gvc42): a figure read from it counts the living, not the people shot with the dead."""
    return lex.injury_words_re.search(text) is not None or cared_apart(lex.lexicon, text)


def shot_survivors(lex: EventWords, event: Event) -> Event:
    """An event whose injured figure counts the people shot ("Two men were shot, one fatally")
    without the dead among them (not where the dead is a killer who took their own life and the
    one shot is told alive)."""
    if event.injuries is None or not event.fatalities or _names_injured(lex, event):
        return event
    text = event.evidence.sentence
    if lex.fighting_for_life_re.search(text) and (
        lex.murder_suicide_re.search(text) or lex.suicide_re.search(text)
    ):
        # "A boy was battling for his life, hours after his mother shot him in a
        # murder-suicide": the dead is the one who shot, not the one shot, who lives (gvc25)
        return event
    return replace(event, injuries=max(event.injuries - event.fatalities, 0))


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
