"""Cue words and phrases of ACLED's event types, kept apart from the rules that read them.

The weapon (air, shelling, explosives, grenades), who is hit (armed targets, civilians), how a
crowd acts (riot, mob, intervention) and the strategic developments each have their vocabulary
here, so that the rule modules (`acled_violence.py`, `acled_demos.py`, `acled_strategic.py`) hold
decisions only and a word list is tuned in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
INTERVENED = re.compile(
    r"\b(police|forces|officers|authorities|security)\b[^.]{0,60}\b(arrested|detained|dispersed|"
    r"removed|stopped|prevented|broke up|beat|fired)\b|\b(tear gas|water cannon|rubber bullets)\b|"
    r"\b(protesters|demonstrators|participants|activists)\b[^.]{0,30}\b(were|was) (arrested|detained|"
    r"dispersed|removed|beaten)\b"
)
VIOLENT = re.compile(
    r"\b(attack\w*|assault\w*|beat|injur\w*|hurl\w*|thr[eo]w\w*|pelt\w*|torch\w*|burn\w*)\b"
    r"[^.]{0,40}\b(police|officers|policemen|security|vehicles?|buildings?|offices?|property|shops?|"
    r"stones?|rocks?|bricks?|petrol|molotov)\b|\bviolent (protests?|demonstrations?|clash\w*|riots?)\b|\bset(ting)? (\w+ ){0,3}(on )?fire\b|\bset(ting)? ablaze\b|\bburning (tires|tyres|debris|"
    r"barricades?|objects|obstacles)\b|\bbarricades?\b"
)
BATTLE = re.compile(
    r"\barmed (clash|confrontation)|\bexchanged? (of )?(gun)?fire\b|\bgun ?battle|\bfirefight|"
    r"\bbetween (two |rival )?(\w+ ){0,2}(armed|gangs?|militias?|cartels?)\b"
)
SHOOTOUT = re.compile(r"\bshoot ?- ?outs?\b")
BURNING = {"burn", "burned", "burnt", "burning", "torched", "set"}
SYMBOLIC = re.compile(
    r"\b(burn\w*|torch\w*|set fire to) (an? |the |their |\w+ ){0,3}(flags?|effig\w+|posters?|"
    r"cop(y|ies)|pictures?|portraits?|photos?|banners?|candles?|shirts?|uniforms?|symbols?)\b"
)
EXCESSIVE = re.compile(
    r"\b(police|forces|troops|soldiers|security)\b[^.]{0,40}\b(killed|shot dead|opened fire on|"
    r"fired live)\b[^.]{0,30}\b(protesters|demonstrators|protestors)\b"
)


# Words of an actor's name that make it an armed group whatever its dictionary sector.
ARMED_ACTOR_WORDS = {"armed", "gunmen", "gunman", "militia", "militias", "militiamen", "gang",
                     "gangs", "militants", "rebels", "insurgents", "fighters", "soldiers",
                     "troops", "forces", "police", "jihadists", "terrorists", "bandits"}  # fmt: skip
# An unorganised group: who rioters and mobs are in ACLED's codebook.
CROWD_ACTOR_WORDS = {"people", "group", "groups", "supporters", "cadres", "villagers", "residents",
                     "locals", "mob", "crowd", "settlers", "youths", "students", "workers",
                     "relatives", "family", "families", "members", "activists", "factions",
                     "faction", "inmates", "prisoners", "traders", "farmers", "herders"}  # fmt: skip
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
# A territory changing hands without a fight (ACLED: non-violent transfer of territory).
PEACEFUL_TRANSFER = re.compile(
    r"\b(peacefully|without (a )?(fight|resistance|clashes)|handed over|after [^.]{0,60}\b("
    r"left|withdrew|withdrawn|evacuated|retreated|pulled out))\b"
)
# Grenades that are no explosive attack: crowd-control ("stun grenades") or fired from a launcher
# (ACLED codes those as shelling).
NOT_GRENADE = {"stun", "launcher", "launchers", "rifle", "rocket-propelled", "rpg", "smoke"}
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


def any_of(words: set[str], vocab: Iterable[str]) -> bool:
    """Whether the sentence uses any word of a cue list (the test every rule makes)."""
    return not words.isdisjoint(vocab)
