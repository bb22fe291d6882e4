"""The violent-event family: battles, explosions/remote violence, violence against civilians and
riots outside demonstrations.

An ASSAULT's ACLED type depends on the weapon (air, shelling, explosives, grenades: remote
violence), on both sides being armed (a battle), on who is hit (unarmed people: violence against
civilians) and on who attacks (an unorganised crowd: mob violence); a taking of territory is a
battle unless it changed hands without a fight.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Actor
from .acled_actors import is_armed, is_armed_target, is_mob, is_off_duty
from .acled_demos import is_violent_crowd
from .acled_words import CIVILIAN_SECTORS, any_of

if TYPE_CHECKING:
    from .words import EventWords


def territory_type(
    lex: EventWords, text: str, actors: tuple[Actor, ...], where: str | None
) -> tuple[str | None, str | None]:
    """Who took control of a place, and how: a state's own forces regain it; a rebel group or a
    foreign state overtakes it; handed over or left without a fight, it is transferred."""
    if lex.peaceful_transfer_re.search(text):
        return "Strategic developments", "Non-violent transfer of territory"
    own = any(
        a.sector in {"MIL", "COP", "GOV"} and (where is None or a.country in {None, where})
        for a in actors
    )
    if own:
        return "Battles", "Government regains territory"
    return "Battles", "Non-state actor overtakes territory"


def assault_type(
    lex: EventWords,
    mode: str | None,
    words: set[str],
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...],
    text: str,
) -> tuple[str | None, str | None]:
    """ACLED type of an attack; the first rule that fits wins, so the order is the codebook's
    precedence (rioting crowd, battle, weapon, victim)."""
    harmed = any_of(words, lex.harm)
    demo = any_of(words, lex.protest_words)
    if (demo or any_of(words, lex.rioter_names)) and is_violent_crowd(lex, words, text):
        # violence by demonstrators is a violent demonstration; rioters outside any
        # demonstration are a mob (ACLED's codebook)
        return ("Riots", "Violent demonstration") if demo else ("Riots", "Mob violence")
    grenade = any_of(words, lex.grenade) and not any_of(words, lex.not_grenade)
    remote = any_of(words, lex.air | lex.shelling | lex.explosive) or grenade
    if remote and any_of(words, lex.clash | lex.gunfire) and not any_of(words, lex.civilian_words):
        # explosives used in a fight both sides take part in: a battle (ACLED's codebook)
        return "Battles", "Armed clash"
    if lex.battle_re.search(text) or (
        not remote and len(actors) > 1 and all(is_armed(lex, a) for a in actors)
    ):
        # "an armed clash between the police and armed men", "gunfire between rebels and
        # the army": two armed sides
        return "Battles", "Armed clash"
    # "shot down five drones": the weapon is hit, not a person
    shot_down = any_of(words, lex.key.down_particles) and any_of(words, lex.cue["downing_words"])
    if (
        (not harmed or shot_down)
        and any_of(words, lex.weapons_disrupted)
        and any_of(words, lex.weapon_words)
    ):
        return "Strategic developments", "Disrupted weapons use"
    if (any_of(words, lex.sexual) or mode == "sexual") and not any_of(
        words, lex.cue["suspicion_words"]
    ):
        return "Violence against civilians", "Sexual violence"
    if not harmed and not remote and (mode == "destroy" or any_of(words, lex.loot - {"property"})):
        # a crowd that burns or loots is a mob; an organised group destroys property
        if is_mob(lex, mode, words, actors, recipients) and not any_of(words, lex.armed_words):
            return "Riots", "Mob violence"
        return "Strategic developments", "Looting/property destruction"
    if any_of(words, lex.suicide_words) and any_of(
        words, lex.explosive | lex.cue["suicide_attack_words"]
    ):
        return "Explosions/Remote violence", "Suicide bomb"
    if any_of(words, lex.chemical) and lex.key.tear_words.isdisjoint(words):
        return "Explosions/Remote violence", "Chemical weapon"
    if grenade:
        return "Explosions/Remote violence", "Grenade"
    if (
        any_of(words, lex.air)
        or mode == "aerial"
        or (any_of(words, lex.key.strike_words) and any_of(words, lex.key.air_words))
    ):
        return "Explosions/Remote violence", "Air/drone strike"
    if any_of(words, lex.shelling) or (
        any_of(words, lex.grenade) and any_of(words, lex.cue["launcher_words"])
    ):
        return "Explosions/Remote violence", "Shelling/artillery/missile attack"
    if any_of(words, lex.explosive) or mode == "explosives":
        return "Explosions/Remote violence", "Remote explosive/landmine/IED"
    if any_of(words, lex.sexual) or mode == "sexual":
        return "Violence against civilians", "Sexual violence"
    if any_of(words, lex.abduct) or mode == "abduct":
        return "Violence against civilians", "Abduction/forced disappearance"
    if demo and any_of(words, lex.riot):
        return "Riots", "Violent demonstration"
    if is_mob(lex, mode, words, actors, recipients):
        return "Riots", "Mob violence"
    if (
        any_of(words, lex.clash)
        and not actors
        and any_of(words, lex.crowd_actor_words)
        and not any_of(words, lex.armed_actor_words | lex.armed_targets)
    ):
        # "a clash between two groups of villagers": no organised armed side
        return "Riots", "Mob violence"
    if any_of(words, lex.clash) or lex.shootout_re.search(text):
        return "Battles", "Armed clash"
    armed_actor = any(is_armed(lex, a) for a in actors) or not any(a.sector for a in actors)
    armed_recipient = any(is_armed_target(lex, r) for r in recipients)
    # officials and off-duty or former members of a force are civilians to ACLED
    civilian_recipient = any(
        r.sector in CIVILIAN_SECTORS | {"GOV"} or is_off_duty(lex, r) for r in recipients
    )
    if armed_actor and armed_recipient:
        return "Battles", "Armed clash"
    # what the sentence says of whom was hit, not of who attacked ("militants attacked a bus")
    target_words = words - {w for a in actors for w in a.text.lower().split()}
    if (
        armed_actor
        and not civilian_recipient
        and not any_of(target_words, lex.civilian_words)
        and any_of(target_words, lex.armed_targets)
    ):
        return "Battles", "Armed clash"
    return "Violence against civilians", "Attack"
