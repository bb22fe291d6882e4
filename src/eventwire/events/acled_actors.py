"""Who an event's actors and recipients are, in ACLED's terms.

ACLED's type turns on the sides: an armed group or state force, a non-state group (whose "arrests"
are abductions), an unorganised crowd (rioters, mobs) or a fighter off duty (a civilian). These tests read an actor's dictionary sector and the words of its name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Actor
from .acled_words import ARMED_SECTORS, CIVILIAN_SECTORS, NON_STATE_SECTORS, STATE_SECTORS, any_of

if TYPE_CHECKING:
    from .words import EventWords


def is_armed(lex: EventWords, actor: Actor) -> bool:
    """An armed group or state force, by sector or by the words of its name."""
    words = set(actor.text.lower().split())
    # "an unidentified group", "unknown assailants": ACLED's unidentified armed group
    unknown = any_of(words, lex.cue["unidentified_words"]) and any_of(words, lex.unknown_armed)
    return actor.sector in ARMED_SECTORS or any_of(words, lex.armed_actor_words) or unknown


def is_non_state(lex: EventWords, actor: Actor) -> bool:
    """A rebel, militia or criminal group: its "arrests" are abductions in ACLED's codebook."""
    if actor.sector in NON_STATE_SECTORS:
        return True
    return actor.sector not in STATE_SECTORS and any_of(
        set(actor.text.lower().split()),
        lex.armed_actor_words - lex.cue["state_force_words"],
    )


def is_crowd(lex: EventWords, actor: Actor) -> bool:
    """A crowd or unorganised group of people (not a state force, not an armed group)."""
    if is_armed(lex, actor):
        return False
    words = set(actor.text.lower().split())
    return any_of(words, lex.crowd_actor_words | lex.mob) or actor.sector in CIVILIAN_SECTORS


def is_off_duty(lex: EventWords, actor: Actor) -> bool:
    """Off-duty or former members of a force: civilians to ACLED."""
    return any_of(set(actor.text.lower().split()), lex.cue["off_duty_words"])


def is_armed_target(lex: EventWords, actor: Actor) -> bool:
    """A recipient who is a fighter on duty: a force, a unit or a member of one."""
    if is_off_duty(lex, actor):
        return False
    words = set(actor.text.lower().split())
    return actor.sector in ARMED_SECTORS or any_of(words, lex.armed_targets | lex.unit_words)


def is_mob(
    lex: EventWords,
    mode: str | None,
    words: set[str],
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...],
) -> bool:
    """Violence by an unorganised crowd: people with no guns who beat, stone or lynch."""
    if any(is_armed(lex, a) for a in actors):
        return False
    gun = mode == "firearms" or any_of(words, lex.acled_firearm_words)
    armed_recipient = any(is_armed(lex, r) for r in recipients)
    crowd = bool(actors) and all(
        is_crowd(lex, a)
        and not (
            armed_recipient
            and set(a.text.lower().split()) <= lex.generic_crowd | lex.key.definite_articles
        )
        for a in actors
    )
    return (crowd and not gun) or any_of(words, lex.mob_justice)
