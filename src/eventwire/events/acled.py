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
    "shootouts",
    "shoot-outs",
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
SEXUAL = {"rape", "raped", "sexual", "sexually", "molested", "gang-raped", "naked", "stripped",
          "rapes", "raping"}  # fmt: skip
RIOT = {
    "riot",
    "riots",
    "rioted",
    "rioters",
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
    "burning",
    "barricaded",
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
    r"stones?|rocks?|bricks?|petrol|molotov)\b|\bviolent (protests?|demonstrations?|clash\w*|riots?)\b|\bset(ting)? (\w+ ){0,3}(on )?fire\b|\bset(ting)? ablaze\b|\bburning (tires|tyres|debris|"
    r"barricades?|objects|obstacles)\b|\bbarricades?\b"
)
_BATTLE = re.compile(
    r"\barmed (clash|confrontation)|\bexchanged? (of )?(gun)?fire\b|\bgun ?battle|\bfirefight|"
    r"\bbetween (two |rival )?(\w+ ){0,2}(armed|gangs?|militias?|cartels?)\b"
)
_SHOOTOUT = re.compile(r"\bshoot ?- ?outs?\b")
BURNING = {"burn", "burned", "burnt", "burning", "torched", "set"}
_SYMBOLIC = re.compile(
    r"\b(burn\w*|torch\w*|set fire to) (an? |the |their |\w+ ){0,3}(flags?|effig\w+|posters?|"
    r"cop(y|ies)|pictures?|portraits?|photos?|banners?|candles?|shirts?|uniforms?|symbols?)\b"
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
    words = set(actor.text.lower().split())
    # "an unidentified group", "unknown assailants": ACLED's unidentified armed group
    unknown = _any(words, {"unidentified", "unknown"}) and _any(words, UNKNOWN_ARMED)
    return actor.sector in ARMED_SECTORS or _any(words, ARMED_ACTOR_WORDS) or unknown


def _non_state(actor: Actor) -> bool:
    """A rebel, militia or criminal group: its "arrests" are abductions in ACLED's codebook."""
    if actor.sector in NON_STATE_SECTORS:
        return True
    return actor.sector not in STATE_SECTORS and _any(
        set(actor.text.lower().split()),
        ARMED_ACTOR_WORDS - {"police", "soldiers", "troops", "forces"},
    )


def _crowd(actor: Actor) -> bool:
    """A crowd or unorganised group of people (not a state force, not an armed group)."""
    if _armed(actor):
        return False
    words = set(actor.text.lower().split())
    return _any(words, CROWD_ACTOR_WORDS | MOB) or actor.sector in CIVILIAN_SECTORS


def _violent_crowd(words: set[str], text: str) -> bool:
    """Demonstrators who attacked, burned or threw things: a riot, not a protest. Burning a flag
    or an effigy is symbolic, not violent."""
    if _SYMBOLIC.search(text):
        words = words - BURNING
        text = _SYMBOLIC.sub(" ", text)
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
    "demonstrating",
    "demonstrations",
    "protests",
    "rallies",
    "marches",
}
LOOT = {
    "arson",
    "razed",
    "uprooted",
    "ablaze",
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
    "located",
    "controlled",
    "neutralized",
    "neutralised",
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
# A territory changing hands without a fight (ACLED: non-violent transfer of territory).
PEACEFUL_TRANSFER = re.compile(
    r"\b(peacefully|without (a )?(fight|resistance|clashes)|handed over|after [^.]{0,60}\b("
    r"left|withdrew|withdrawn|evacuated|retreated|pulled out))\b"
)
# Grenades that are no explosive attack: crowd-control ("stun grenades") or fired from a launcher
# (ACLED codes those as shelling).
NOT_GRENADE = {"stun", "launcher", "launchers", "rifle", "rocket-propelled", "rpg", "smoke"}
# Non-lethal crowd-control weapons: their use is intervention, not an attack.
CROWD_CONTROL = {"stun", "rubber", "tear", "teargas", "water", "pepper"}
# Firearms: a crowd with guns is an armed group, and a shooting no mob violence.
FIREARM_WORDS = {"shot", "gun", "guns", "gunshot", "pistol", "rifle", "firearm", "firearms",
                 "gunmen", "gunman", "fire", "fired", "bullets", "ak-47"}  # fmt: skip
# Mob justice: people who beat a suspected thief (ACLED: mob violence).
MOB_JUSTICE = {"thief", "thieves", "robber", "robbers", "stoned", "lynched", "lynching", "vigilante",
               "thrashed", "mob"}  # fmt: skip
# Forces moving, deploying or setting up checkpoints (ACLED: change to group/activity).
FORCE_WORDS = {"troops", "forces", "soldiers", "military", "fighters", "militants", "convoy",
               "patrol", "policemen", "police", "army", "vehicles", "battalion", "brigade",
               "division", "guard", "members"}  # fmt: skip
# Words naming an armed unit or its ranks ("a 5th Armored Division member", "a commander").
UNIT_WORDS = {"division", "brigade", "battalion", "regiment", "commander", "commanders", "officer",
              "officers", "guards", "militiaman", "combatants", "police", "military", "security",
              "post", "posts", "headquarters", "auxiliary", "peacekeepers", "army"}  # fmt: skip
# Direct fire exchanged: with explosives, the mark of a battle rather than a remote attack.
GUNFIRE = {"gunfire", "small-arms", "crossfire", "returned", "reacted"}
DISPLACED = {"refugees", "displaced", "evacuated", "evacuees", "idps", "fled", "migrants"}
NON_STATE_SECTORS = {"REB", "UAF", "CRM", "INS"}
STATE_SECTORS = {"MIL", "COP", "GOV", "SPY", "JUD", "LEG"}
UNKNOWN_ARMED = {"group", "groups", "men", "assailants", "attackers"}
ARMED_WORDS = ARMED_ACTOR_WORDS | {"military", "army", "militiamen", "gunmen"}
# Crowd words that say nothing of who the people are ("IS members", "a group"): a crowd only
# when what they attack is no armed force.
GENERIC_CROWD = {"members", "group", "groups", "faction", "factions"}


def _any(words: set[str], vocab: Iterable[str]) -> bool:
    return not words.isdisjoint(vocab)


def acled_type(
    plover: str,
    mode: str | None,
    words: set[str],
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...],
    text: str = "",
    territory: bool = False,
    where: str | None = None,
) -> tuple[str | None, str | None]:
    """(ACLED event type, sub-event type) for an event; `words` are the lower-cased sentence words
    and `text` the sentence (for phrases such as "dispersed the protesters"); `territory`: the
    event is a taking of control over a place, `where` the country it happens in."""
    text = text.lower()
    if plover in {"REQUEST", "ACCUSE", "REJECT"} and _demonstrating(actors, words):
        # "protesters demanded justice": a demand made by demonstrating
        plover = "PROTEST"
    if plover == "PROTEST":
        if _EXCESSIVE.search(text):
            return "Protests", "Excessive force against protesters"
        if mode == "riot" or _violent_crowd(words, text):
            return "Riots", "Violent demonstration"
        if _any(words, INTERVENTION) or _INTERVENED.search(text):
            return "Protests", "Protest with intervention"
        return "Protests", "Peaceful protest"
    if plover == "ASSAULT":
        if territory:
            return _territory(text, actors, where)
        return _assault(mode, words, actors, recipients, text)
    if plover == "COERCE":
        return _coerce(mode, words, actors, text)
    return _strategic(plover, mode, words, actors, recipients)


def _demonstrating(actors: tuple[Actor, ...], words: set[str]) -> bool:
    """The actors are demonstrators, or the sentence says they act "in (a) protest"."""
    named = any(
        _any(set(a.text.lower().split()), {"protesters", "protestors", "demonstrators"})
        for a in actors
    )
    return named or ("in" in words and _any(words, {"protest", "demonstration", "sit-in"}))


def _territory(
    text: str, actors: tuple[Actor, ...], where: str | None
) -> tuple[str | None, str | None]:
    """Who took control of a place, and how: a state's own forces regain it; a rebel group or a
    foreign state overtakes it; handed over or left without a fight, it is transferred."""
    if PEACEFUL_TRANSFER.search(text):
        return "Strategic developments", "Non-violent transfer of territory"
    own = any(
        a.sector in {"MIL", "COP", "GOV"} and (where is None or a.country in {None, where})
        for a in actors
    )
    if own:
        return "Battles", "Government regains territory"
    return "Battles", "Non-state actor overtakes territory"


def _assault(
    mode: str | None,
    words: set[str],
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...],
    text: str,
) -> tuple[str | None, str | None]:
    harmed = _any(words, HARM)
    demo = _any(words, PROTEST_WORDS)
    if (demo or "rioters" in words) and _violent_crowd(words, text):
        # violence by demonstrators is a violent demonstration; rioters outside any
        # demonstration are a mob (ACLED's codebook)
        return ("Riots", "Violent demonstration") if demo else ("Riots", "Mob violence")
    grenade = _any(words, GRENADE) and not _any(words, NOT_GRENADE)
    remote = _any(words, AIR | SHELLING | EXPLOSIVE) or grenade
    if remote and _any(words, CLASH | GUNFIRE) and not _any(words, CIVILIAN_WORDS):
        # explosives used in a fight both sides take part in: a battle (ACLED's codebook)
        return "Battles", "Armed clash"
    if _BATTLE.search(text) or (not remote and len(actors) > 1 and all(map(_armed, actors))):
        # "an armed clash between the police and armed men", "gunfire between the ADF and
        # the army": two armed sides
        return "Battles", "Armed clash"
    # "shot down five drones": the weapon is hit, not a person
    shot_down = "down" in words and _any(words, {"shot", "downed"})
    if (not harmed or shot_down) and _any(words, WEAPONS_DISRUPTED) and _any(words, WEAPON_WORDS):
        return "Strategic developments", "Disrupted weapons use"
    if (_any(words, SEXUAL) or mode == "sexual") and not _any(words, {"suspected", "accused"}):
        return "Violence against civilians", "Sexual violence"
    if not harmed and not remote and (mode == "destroy" or _any(words, LOOT - {"property"})):
        # a crowd that burns or loots is a mob; an organised group destroys property
        if _mob(mode, words, actors, recipients) and not _any(words, ARMED_WORDS):
            return "Riots", "Mob violence"
        return "Strategic developments", "Looting/property destruction"
    if _any(words, SUICIDE) and _any(words, EXPLOSIVE | {"bomber", "attack"}):
        return "Explosions/Remote violence", "Suicide bomb"
    if _any(words, CHEMICAL) and "tear" not in words:
        return "Explosions/Remote violence", "Chemical weapon"
    if grenade:
        return "Explosions/Remote violence", "Grenade"
    if _any(words, AIR) or mode == "aerial" or ("strike" in words and "air" in words):
        return "Explosions/Remote violence", "Air/drone strike"
    if _any(words, SHELLING) or (_any(words, GRENADE) and _any(words, {"launcher", "launchers"})):
        return "Explosions/Remote violence", "Shelling/artillery/missile attack"
    if _any(words, EXPLOSIVE) or mode == "explosives":
        return "Explosions/Remote violence", "Remote explosive/landmine/IED"
    if _any(words, SEXUAL) or mode == "sexual":
        return "Violence against civilians", "Sexual violence"
    if _any(words, ABDUCT) or mode == "abduct":
        return "Violence against civilians", "Abduction/forced disappearance"
    if demo and _any(words, RIOT):
        return "Riots", "Violent demonstration"
    if _mob(mode, words, actors, recipients):
        return "Riots", "Mob violence"
    if (
        _any(words, CLASH)
        and not actors
        and _any(words, CROWD_ACTOR_WORDS)
        and not _any(words, ARMED_ACTOR_WORDS | ARMED_TARGETS)
    ):
        # "a clash between two groups of villagers": no organised armed side
        return "Riots", "Mob violence"
    if _any(words, CLASH) or _SHOOTOUT.search(text):
        return "Battles", "Armed clash"
    armed_actor = any(_armed(a) for a in actors) or not any(a.sector for a in actors)
    armed_recipient = any(_armed_target(r) for r in recipients)
    # officials and off-duty or former members of a force are civilians to ACLED
    civilian_recipient = any(
        r.sector in CIVILIAN_SECTORS | {"GOV"} or _off_duty(r) for r in recipients
    )
    if armed_actor and armed_recipient:
        return "Battles", "Armed clash"
    # what the sentence says of whom was hit, not of who attacked ("militants attacked a bus")
    target_words = words - {w for a in actors for w in a.text.lower().split()}
    if (
        armed_actor
        and not civilian_recipient
        and not _any(target_words, CIVILIAN_WORDS)
        and _any(target_words, ARMED_TARGETS)
    ):
        return "Battles", "Armed clash"
    return "Violence against civilians", "Attack"


def _off_duty(actor: Actor) -> bool:
    return _any(set(actor.text.lower().split()), {"off-duty", "former", "retired", "ex-soldier"})


def _armed_target(actor: Actor) -> bool:
    """A recipient who is a fighter on duty: a force, a unit or a member of one."""
    if _off_duty(actor):
        return False
    words = set(actor.text.lower().split())
    return actor.sector in ARMED_SECTORS or _any(words, ARMED_TARGETS | UNIT_WORDS)


def _mob(
    mode: str | None, words: set[str], actors: tuple[Actor, ...], recipients: tuple[Actor, ...]
) -> bool:
    """Violence by an unorganised crowd: people with no guns who beat, stone or lynch."""
    if any(_armed(a) for a in actors):
        return False
    gun = mode == "firearms" or _any(words, FIREARM_WORDS)
    armed_recipient = any(_armed(r) for r in recipients)
    crowd = bool(actors) and all(
        _crowd(a)
        and not (armed_recipient and set(a.text.lower().split()) <= GENERIC_CROWD | {"the"})
        for a in actors
    )
    return (crowd and not gun) or _any(words, MOB_JUSTICE)


def _coerce(
    mode: str | None, words: set[str], actors: tuple[Actor, ...], text: str
) -> tuple[str | None, str | None]:
    if _any(words, PROTEST_WORDS | {"rioters", "crowd"}):
        if _violent_crowd(words, text):
            # rioters outside any demonstration are a mob
            demo = _any(words, PROTEST_WORDS)
            return "Riots", "Violent demonstration" if demo else "Mob violence"
        return "Protests", "Protest with intervention"
    if mode == "arrest":
        if actors and all(_non_state(a) for a in actors):
            # an armed group's "arrest" is an abduction (ACLED's codebook)
            return "Violence against civilians", "Abduction/forced disappearance"
        return "Strategic developments", "Arrests"
    if _any(words, WEAPONS_DISRUPTED) and _any(words, WEAPON_WORDS):
        return "Strategic developments", "Disrupted weapons use"
    if _any(words, LOOT | {"seized", "sealed", "confiscated"}):
        # property taken or sealed off
        return "Strategic developments", "Looting/property destruction"
    if mode in {"curfew", "martial-law"}:
        # security measures: a change to the state's activity
        return "Strategic developments", "Change to group/activity"
    return "Strategic developments", "Other"


def _strategic(
    plover: str,
    mode: str | None,
    words: set[str],
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...],
) -> tuple[str | None, str | None]:
    """The non-violent events ACLED records: forces moving, groups changing, people displaced,
    territory handed over, agreements."""
    people = actors + recipients
    if (
        plover == "RETREAT"
        and mode == "withdraw"
        and _any(words, {"handed", "territory", "town", "control", "areas", "positions"})
    ):
        return "Strategic developments", "Non-violent transfer of territory"
    if plover == "RETREAT" and _any(words, GROUP_CHANGE):
        return "Strategic developments", "Change to group/activity"
    displaced = any(a.sector == "REF" for a in people) or _any(words, DISPLACED)
    if plover in {"RETREAT", "CONSULT"} and displaced and not any(_armed(a) for a in actors):
        # refugees arriving, civilians evacuated: displacement
        return "Strategic developments", "Other"
    if plover == "MOBILIZE" and _any(words, {"base", "headquarters"}) and "established" in words:
        return "Strategic developments", "Headquarters or base established"
    moved = plover == "MOBILIZE" or (
        plover == "CONSULT" and _any(words, {"arrived", "patrol", "stationed"})
    )
    if moved and _any(words, FORCE_WORDS) and (plover == "MOBILIZE" or any(map(_armed, actors))):
        # movement of forces
        return "Strategic developments", "Change to group/activity"
    if plover == "SANCTION" and _any(words, {"troops", "forces", "soldiers", "military"}):
        return "Strategic developments", "Other"
    if plover == "AGREE" and _any(words, {"ceasefire", "truce", "agreement", "deal", "accord"}):
        return "Strategic developments", "Agreement"
    return None, None
