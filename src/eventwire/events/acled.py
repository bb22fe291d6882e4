"""ACLED event type and sub-event type of a coded event.

ACLED types depend on the weapon (explosions vs. direct violence), on who is hit (armed group:
battle; unarmed people: violence against civilians) and, for demonstrations, on whether they were
violent or met with intervention. The PLOVER type and mode give the family; words in the event's
sentence and the recipient's sector settle the rest. Events with no ACLED counterpart get None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..records import Actor

ARMED_SECTORS = {"MIL", "REB", "COP", "SPY", "UAF", "CRM"}

AIR = {
    "airstrike",
    "airstrikes",
    "air",
    "drone",
    "drones",
    "warplane",
    "warplanes",
    "jet",
    "jets",
    "aircraft",
    "helicopter",
    "helicopters",
    "uav",
    "bombers",
    "aerial",
}
SHELLING = {
    "shell",
    "shells",
    "shelled",
    "shelling",
    "artillery",
    "mortar",
    "mortars",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "mlrs",
    "howitzer",
    "howitzers",
    "grad",
    "tank",
    "tanks",
    "barrage",
    "bombardment",
    "bombarded",
    "projectile",
    "projectiles",
    "katyusha",
}
EXPLOSIVE = {
    "ied",
    "ieds",
    "landmine",
    "landmines",
    "mine",
    "mines",
    "bomb",
    "bombs",
    "bombing",
    "explosive",
    "explosives",
    "explosion",
    "exploded",
    "blast",
    "detonated",
    "uxo",
    "device",
    "car-bomb",
    "vbied",
    "booby",
}
GRENADE = {"grenade", "grenades"}
SUICIDE = {"suicide", "self-detonated", "bomber"}
CHEMICAL = {"chemical", "gas", "sarin", "chlorine"}
CIVILIAN_SECTORS = {"CVL", "LAB", "EDU", "AGR", "REL", "BUS", "MED", "JRN", "PTY", "REF", "NGO"}
CIVILIAN_WORDS = {
    "civilian",
    "civilians",
    "man",
    "woman",
    "women",
    "child",
    "children",
    "boy",
    "girl",
    "villager",
    "villagers",
    "resident",
    "residents",
    "farmer",
    "farmers",
    "teacher",
    "journalist",
    "family",
    "student",
    "students",
    "worker",
    "workers",
    "body",
    "shopkeeper",
    "businessman",
    "trader",
    "driver",
    "passengers",
    "elderly",
}
HARM = {
    "killed",
    "killing",
    "injured",
    "injuring",
    "wounded",
    "wounding",
    "dead",
    "shot",
    "beaten",
    "stabbed",
    "abducted",
    "kidnapped",
    "died",
    "hurt",
    "casualties",
    "fatalities",
    "raped",
}
GROUP_CHANGE = {
    "defected",
    "surrendered",
    "formation",
    "formed",
    "merged",
    "dissolved",
    "split",
    "renamed",
    "joined",
    "disbanded",
    "allegiance",
    "recruited",
    "recruitment",
}
ARMED_TARGETS = {
    "soldiers",
    "soldier",
    "troops",
    "militants",
    "militant",
    "fighters",
    "rebels",
    "insurgents",
    "army",
    "positions",
    "position",
    "checkpoint",
    "outpost",
    "base",
    "policemen",
    "servicemen",
    "militiamen",
    "patrol",
    "convoy",
    "forces",
}
CLASH = {
    "repelled",
    "repulsed",
    "counterattack",
    "counter-attack",
    "offensive",
    "advance",
    "advanced",
    "assaulted",
    "gunbattle",
    "shootout",
    "crossfire",
    "clash",
    "clashes",
    "clashed",
    "fought",
    "fighting",
    "battle",
    "battled",
    "firefight",
    "gunfight",
    "exchange",
    "exchanged",
    "skirmish",
    "skirmishes",
    "engaged",
    "confrontation",
}
ABDUCT = {
    "abduct",
    "abducted",
    "abduction",
    "kidnap",
    "kidnapped",
    "kidnapping",
    "disappeared",
    "abducting",
    "hostage",
    "hostages",
}
SEXUAL = {"rape", "raped", "sexual", "sexually", "molested", "gang-raped"}
RIOT = {
    "riot",
    "riots",
    "rioted",
    "rioters",
    "violent",
    "vandalised",
    "vandalized",
    "stones",
    "stone",
    "pelted",
    "torched",
    "set",
    "stormed",
    "smashed",
    "clashed",
    "threw",
    "ransacked",
    "damaged",
    "burned",
    "burnt",
    "tyres",
    "tires",
    "hurled",
    "vandalism",
    "arson",
    "rioting",
    "stone-pelting",
    "vandalising",
}
MOB = {"mob", "lynched", "lynch", "villagers", "residents", "locals", "crowd"}
INTERVENTION = {
    "dispersed",
    "disperse",
    "teargas",
    "cannon",
    "intervened",
    "baton",
    "batons",
    "lathi-charged",
    "lathicharged",
    "forcibly",
}
_INTERVENED = re.compile(
    r"\b(police|forces|officers|authorities|security)\b[^.]{0,60}\b(arrested|detained|dispersed|"
    r"removed|stopped|prevented|broke up|beat|fired)\b|\b(tear gas|water cannon|rubber bullets)\b|"
    r"\b(protesters|demonstrators|participants|activists)\b[^.]{0,30}\b(were|was) (arrested|detained|"
    r"dispersed|removed|beaten)\b"
)
_VIOLENT = re.compile(
    r"\b(attack\w*|assault\w*|beat|injur\w*|hurl\w*|thr[eo]w\w*|pelt\w*|torch\w*|burn\w*)\b"
    r"[^.]{0,40}\b(police|officers|policemen|security|vehicles?|buildings?|offices?|property|shops?|"
    r"stones?|rocks?|bricks?|petrol|molotov)\b|\bset (\w+ ){0,3}(on )?fire\b|\bset ablaze\b"
)
_EXCESSIVE = re.compile(
    r"\b(police|forces|troops|soldiers|security)\b[^.]{0,40}\b(killed|shot dead|opened fire on|"
    r"fired live)\b[^.]{0,30}\b(protesters|demonstrators|protestors)\b"
)
CROWD_NOUNS = {
    "villagers",
    "residents",
    "locals",
    "people",
    "youths",
    "men",
    "supporters",
    "members",
    "mob",
    "crowd",
    "group",
    "rioters",
    "relatives",
    "students",
    "workers",
}


# Words of an actor's name that make it an armed group whatever its dictionary sector.
ARMED_ACTOR_WORDS = {"armed", "gunmen", "gunman", "militia", "militias", "militiamen", "gang",
                     "gangs", "militants", "rebels", "insurgents", "fighters", "soldiers",
                     "troops", "forces", "police", "jihadists", "terrorists", "bandits"}  # fmt: skip
# An unorganised group: who rioters and mobs are in ACLED's codebook.
CROWD_ACTOR_WORDS = {"people", "group", "groups", "supporters", "cadres", "villagers", "residents",
                     "locals", "mob", "crowd", "settlers", "youths", "students", "workers",
                     "relatives", "family", "families", "members", "activists", "factions",
                     "faction", "inmates", "prisoners", "traders", "farmers", "herders"}  # fmt: skip


def _armed(actor: Actor) -> bool:
    return actor.sector in ARMED_SECTORS or _any(set(actor.text.lower().split()), ARMED_ACTOR_WORDS)


def _crowd(actor: Actor) -> bool:
    """A crowd or unorganised group of people (not a state force, not an armed group)."""
    if _armed(actor):
        return False
    words = set(actor.text.lower().split())
    return _any(words, CROWD_ACTOR_WORDS | MOB) or actor.sector in CIVILIAN_SECTORS


def _violent_crowd(words: set[str], text: str) -> bool:
    """Demonstrators who attacked, burned or threw things: a riot, not a protest."""
    return (
        _any(words, RIOT - {"set", "clashed"})
        or bool(_VIOLENT.search(text))
        or ("clashed" in words and _any(words, {"police", "policemen", "officers", "security"}))
    )


PROTEST_WORDS = {
    "protest",
    "protested",
    "protesters",
    "protestors",
    "protesting",
    "demonstration",
    "demonstrators",
    "demonstrated",
    "rally",
    "rallied",
    "march",
    "marched",
    "sit-in",
    "strike",
    "gathered",
    "picketed",
    "vigil",
}
LOOT = {
    "looted",
    "looting",
    "loot",
    "ransacked",
    "torched",
    "burned",
    "burnt",
    "destroyed",
    "demolished",
    "vandalized",
    "vandalised",
    "property",
}
WEAPONS_DISRUPTED = {
    "defused",
    "dismantled",
    "seized",
    "cache",
    "confiscated",
    "intercepted",
    "shot",
    "downed",
    "recovered",
    "found",
    "discovered",
}
WEAPON_WORDS = {
    "weapons",
    "arms",
    "ammunition",
    "explosives",
    "ied",
    "ieds",
    "mine",
    "mines",
    "drone",
    "drones",
    "missile",
    "missiles",
    "bomb",
    "rocket",
    "rockets",
    "uxo",
}
TERRITORY = {"captured", "took", "seized", "recaptured", "regained", "retook", "overran", "control"}


def _any(words: set[str], vocab: Iterable[str]) -> bool:
    return not words.isdisjoint(vocab)


def acled_type(
    plover: str,
    mode: str | None,
    words: set[str],
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...],
    text: str = "",
) -> tuple[str | None, str | None]:
    """(ACLED event type, sub-event type) for an event; `words` are the lower-cased sentence words
    and `text` the sentence (for phrases such as "dispersed the protesters")."""
    text = text.lower()
    if plover == "PROTEST":
        if _EXCESSIVE.search(text):
            return "Protests", "Excessive force against protesters"
        if mode == "riot" or _violent_crowd(words, text):
            return "Riots", "Violent demonstration"
        if _any(words, INTERVENTION) or _INTERVENED.search(text):
            return "Protests", "Protest with intervention"
        return "Protests", "Peaceful protest"
    if plover == "ASSAULT":
        harmed = _any(words, HARM)
        if _any(words, PROTEST_WORDS | {"rioters"}) and _violent_crowd(words, text):
            return "Riots", "Violent demonstration"
        if not harmed and _any(words, WEAPONS_DISRUPTED) and _any(words, WEAPON_WORDS):
            return "Strategic developments", "Disrupted weapons use"
        if not harmed and (mode == "destroy" or _any(words, LOOT - {"property"})):
            return "Strategic developments", "Looting/property destruction"
        if _any(words, SUICIDE) and _any(words, EXPLOSIVE | {"bomber", "attack"}):
            return "Explosions/Remote violence", "Suicide bomb"
        if _any(words, CHEMICAL) and "tear" not in words:
            return "Explosions/Remote violence", "Chemical weapon"
        if _any(words, GRENADE):
            return "Explosions/Remote violence", "Grenade"
        if _any(words, AIR) or mode == "aerial" or ("strike" in words and "air" in words):
            return "Explosions/Remote violence", "Air/drone strike"
        if _any(words, SHELLING):
            return "Explosions/Remote violence", "Shelling/artillery/missile attack"
        if _any(words, EXPLOSIVE) or mode == "explosives":
            return "Explosions/Remote violence", "Remote explosive/landmine/IED"
        if _any(words, SEXUAL) or mode == "sexual":
            return "Violence against civilians", "Sexual violence"
        if _any(words, ABDUCT) or mode == "abduct":
            return "Violence against civilians", "Abduction/forced disappearance"
        if _any(words, PROTEST_WORDS) and _any(words, RIOT):
            return "Riots", "Violent demonstration"
        civilian_actor = bool(actors) and all(_crowd(a) for a in actors)
        if (civilian_actor or _any(words, {"mob", "lynched", "lynch"})) and not any(
            _armed(a) for a in actors
        ):
            return "Riots", "Mob violence"
        if (
            _any(words, CLASH)
            and not actors
            and _any(words, CROWD_ACTOR_WORDS)
            and not _any(words, ARMED_ACTOR_WORDS | ARMED_TARGETS)
        ):
            # "a clash between two groups of villagers": no organised armed side
            return "Riots", "Mob violence"
        if _any(words, CLASH):
            return "Battles", "Armed clash"
        armed_actor = any(_armed(a) for a in actors) or not any(a.sector for a in actors)
        armed_recipient = any(r.sector in ARMED_SECTORS for r in recipients)
        civilian_recipient = any(r.sector in CIVILIAN_SECTORS for r in recipients)
        if armed_actor and armed_recipient:
            return "Battles", "Armed clash"
        if (
            armed_actor
            and not civilian_recipient
            and not _any(words, CIVILIAN_WORDS)
            and _any(words, ARMED_TARGETS)
        ):
            return "Battles", "Armed clash"
        return "Violence against civilians", "Attack"
    if plover == "COERCE":
        if _any(words, PROTEST_WORDS | {"rioters", "crowd"}):
            if _violent_crowd(words, text):
                return "Riots", "Violent demonstration"
            return "Protests", "Protest with intervention"
        if mode == "arrest":
            return "Strategic developments", "Arrests"
        if _any(words, WEAPONS_DISRUPTED) and _any(words, WEAPON_WORDS):
            return "Strategic developments", "Disrupted weapons use"
        if _any(words, LOOT):
            return "Strategic developments", "Looting/property destruction"
        return "Strategic developments", "Other"
    if plover == "RETREAT" and _any(words, GROUP_CHANGE):
        return "Strategic developments", "Change to group/activity"
    if plover in {"MOBILIZE", "SANCTION"} and _any(
        words, {"troops", "forces", "soldiers", "military"}
    ):
        return "Strategic developments", "Other"
    if plover == "AGREE" and _any(words, {"ceasefire", "truce", "agreement", "deal", "accord"}):
        return "Strategic developments", "Agreement"
    if plover == "RETREAT" and mode == "withdraw" and _any(words, {"handed", "territory", "town"}):
        return "Strategic developments", "Non-violent transfer of territory"
    if plover == "MOBILIZE" and _any(words, {"base", "headquarters", "established"}):
        return "Strategic developments", "Headquarters or base established"
    return None, None
