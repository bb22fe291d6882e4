"""Coercion and the non-violent events ACLED records as strategic developments.

Arrests (an armed group's are abductions), seizures, security measures, forces moving, groups
changing, people displaced, territory handed over and agreements; a crowd met with coercion is a
protest with intervention, or a riot when it turned violent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Actor
from .acled_actors import is_armed, is_non_state
from .acled_demos import is_violent_crowd
from .acled_words import any_of

if TYPE_CHECKING:
    from .words import EventWords


def coerce_type(
    lex: EventWords, mode: str | None, words: set[str], actors: tuple[Actor, ...], text: str
) -> tuple[str | None, str | None]:
    """ACLED type of a coercion: a crowd met with force, an arrest, a seizure or a security
    measure."""
    if any_of(words, lex.protest_words | lex.cue["rioter_words"]):
        if is_violent_crowd(lex, words, text):
            # rioters outside any demonstration are a mob
            demo = any_of(words, lex.protest_words)
            return "Riots", "Violent demonstration" if demo else "Mob violence"
        return "Protests", "Protest with intervention"
    if mode == "arrest":
        if actors and all(is_non_state(lex, a) for a in actors):
            # an armed group's "arrest" is an abduction (ACLED's codebook)
            return "Violence against civilians", "Abduction/forced disappearance"
        return "Strategic developments", "Arrests"
    if any_of(words, lex.weapons_disrupted) and any_of(words, lex.weapon_words):
        return "Strategic developments", "Disrupted weapons use"
    if any_of(words, lex.loot | lex.cue["seizure_words"]):
        # property taken or sealed off
        return "Strategic developments", "Looting/property destruction"
    if mode in {"curfew", "martial-law"}:
        # security measures: a change to the state's activity
        return "Strategic developments", "Change to group/activity"
    return "Strategic developments", "Other"


def strategic_type(
    lex: EventWords,
    plover: str,
    mode: str | None,
    words: set[str],
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...],
) -> tuple[str | None, str | None]:
    """The non-violent events ACLED records: forces moving, groups changing, people displaced,
    territory handed over, agreements."""
    people = actors + recipients
    if plover == "RETREAT" and mode == "withdraw" and any_of(words, lex.cue["handover_words"]):
        return "Strategic developments", "Non-violent transfer of territory"
    if plover == "RETREAT" and any_of(words, lex.group_change):
        return "Strategic developments", "Change to group/activity"
    if plover == "RETREAT" and mode == "disarm":
        # weapons turned in or laid down: a non-violent development of its own
        return "Strategic developments", "Other"
    displaced = any(a.sector == "REF" for a in people) or any_of(words, lex.displaced)
    if plover in {"RETREAT", "CONSULT"} and displaced and not any(is_armed(lex, a) for a in actors):
        # refugees arriving, civilians evacuated: displacement
        return "Strategic developments", "Other"
    if (
        plover == "MOBILIZE"
        and any_of(words, lex.cue["base_words"])
        and any_of(words, lex.key.established_forms)
    ):
        return "Strategic developments", "Headquarters or base established"
    if (
        plover == "MOBILIZE"
        and actors
        and all(is_non_state(lex, a) for a in actors)
        and any_of(words, lex.cue["held_posts"])
        and any_of(words, lex.cue["held_acts"])
    ):
        # "militants ran a checkpoint", "rebels conducted a patrol": a non-state group's
        # non-violent activity kept up, no new deployment (ACLED: other)
        return "Strategic developments", "Other"
    moved = plover == "MOBILIZE" or (
        plover == "CONSULT" and any_of(words, lex.cue["arrival_words"])
    )
    armed = any(is_armed(lex, a) for a in actors)
    if moved and (any_of(words, lex.force_words) or armed) and (plover == "MOBILIZE" or armed):
        # movement of forces (the force named as a word, or an armed actor: "Militiamen" read
        # as a name is no cue word)
        return "Strategic developments", "Change to group/activity"
    if plover == "SANCTION" and any_of(words, lex.cue["troop_words"]):
        return "Strategic developments", "Other"
    if (
        plover == "THREATEN"
        and any_of(words, lex.cue["threat_words"])
        and any_of(words, lex.explosive)
    ):
        # a bomb threat received: a non-violent development (ACLED: other)
        return "Strategic developments", "Other"
    if plover == "AGREE" and any_of(words, lex.cue["agreement_words"]):
        return "Strategic developments", "Agreement"
    return None, None
