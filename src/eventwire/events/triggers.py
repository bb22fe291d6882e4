"""The trigger lexicon: which words report which PLOVER event type and mode.

Verb lemmas, phrasal verbs (lemma + particle or preposition) and event nouns, each with its PLOVER
type and (optional) mode. Written by the project from the PLOVER manual's definitions; a word that
is ambiguous without context (e.g. "strike") is settled in `coder.py` by what surrounds it.

Codebook choice, gunfire without a violent verb: a wound or a death by gunfire that the text tells
without saying who shot ("died from a gunshot wound", "found dead with gunshot wounds", "shots
were fired", "a hunting accident", "the gun discharged", "accidentally shot himself") is ASSAULT
with mode firearms. PLOVER defines ASSAULT as a deliberate action that can cause substantial harm
and files accidents under its "disasters" context, but a report of a gunshot wound rarely settles
intent at first, and the incident databases eventwire is checked against (the Gun Violence
Archive) count accidental and self-inflicted shootings, suicides included, as incidents. Such
events get no actor; ACLED typing then reads them as violence against civilians unless the text
names armed sides. Words such as "shot" or "accident" count only where the sentence ties them to a
gun (`clauses.not_gunfire`): a flu shot, a car accident or a patient discharged from hospital are
no event.
"""

from __future__ import annotations

Trigger = tuple[str, str | None]

VERBS: dict[str, Trigger] = {
    # verbal cooperation
    "agree": ("AGREE", None),
    "promise": ("AGREE", None),
    "pledge": ("AGREE", None),
    "offer": ("AGREE", None),
    "commit": ("AGREE", None),
    "vow": ("AGREE", None),
    "meet": ("CONSULT", None),
    "visit": ("CONSULT", "visit"),
    "host": ("CONSULT", "visit"),
    "negotiate": ("CONSULT", None),
    "discuss": ("CONSULT", None),
    "confer": ("CONSULT", None),
    "consult": ("CONSULT", None),
    "mediate": ("CONSULT", "third-party"),
    "brief": ("CONSULT", None),
    "phone": ("CONSULT", "phone"),
    "praise": ("SUPPORT", None),
    "commend": ("SUPPORT", None),
    "welcome": ("SUPPORT", None),
    "endorse": ("SUPPORT", None),
    "support": ("SUPPORT", None),
    "hail": ("SUPPORT", None),
    "applaud": ("SUPPORT", None),
    "recognize": ("SUPPORT", None),
    "ratify": ("SUPPORT", None),
    "sign": ("SUPPORT", None),
    "approve": ("SUPPORT", None),
    "thank": ("SUPPORT", None),
    "concede": ("CONCEDE", None),
    "apologize": ("CONCEDE", None),
    "ease": ("CONCEDE", None),
    "lift": ("CONCEDE", None),
    "relax": ("CONCEDE", None),
    "pardon": ("CONCEDE", None),
    # material cooperation
    "cooperate": ("COOPERATE", None),
    "collaborate": ("COOPERATE", None),
    "extradite": ("COOPERATE", None),
    "donate": ("AID", None),
    "aid": ("AID", None),
    "assist": ("AID", None),
    "provide": ("AID", None),
    "deliver": ("AID", None),
    "supply": ("AID", None),
    "grant": ("AID", None),
    "fund": ("AID", None),
    "help": ("AID", None),
    "withdraw": ("RETREAT", "withdraw"),
    "retreat": ("RETREAT", "withdraw"),
    "evacuate": ("RETREAT", "withdraw"),
    "release": ("RETREAT", "release"),
    "free": ("RETREAT", "release"),
    "resign": ("RETREAT", "resign"),
    "disarm": ("RETREAT", "disarm"),
    "reduce": ("RETREAT", "withdraw"),
    "leave": ("RETREAT", "withdraw"),
    # verbal conflict
    "urge": ("REQUEST", None),
    "ask": ("REQUEST", None),
    "appeal": ("REQUEST", None),
    "demand": ("REQUEST", None),
    "request": ("REQUEST", None),
    "plead": ("REQUEST", None),
    "press": ("REQUEST", None),
    "persuade": ("REQUEST", None),
    "accuse": ("ACCUSE", "allege"),
    "blame": ("ACCUSE", "allege"),
    "allege": ("ACCUSE", "allege"),
    "criticize": ("ACCUSE", "disapprove"),
    "criticise": ("ACCUSE", "disapprove"),
    "condemn": ("ACCUSE", "disapprove"),
    "denounce": ("ACCUSE", "disapprove"),
    "decry": ("ACCUSE", "disapprove"),
    "slam": ("ACCUSE", "disapprove"),
    "complain": ("ACCUSE", "disapprove"),
    "investigate": ("ACCUSE", "investigate"),
    "probe": ("ACCUSE", "investigate"),
    "sue": ("ACCUSE", "sue"),
    "attribute": ("ACCUSE", "allege"),
    "charge": ("ACCUSE", "allege"),
    "disapprove": ("ACCUSE", "disapprove"),
    "reject": ("REJECT", None),
    "refuse": ("REJECT", None),
    "deny": ("REJECT", None),
    "veto": ("REJECT", None),
    "dismiss": ("REJECT", None),
    "oppose": ("REJECT", None),
    "rebuff": ("REJECT", None),
    "defy": ("REJECT", None),
    "threaten": ("THREATEN", None),
    "warn": ("THREATEN", None),
    # material conflict
    "protest": ("PROTEST", "demo"),
    "demonstrate": ("PROTEST", "demo"),
    "rally": ("PROTEST", "demo"),
    "march": ("PROTEST", "demo"),
    "riot": ("PROTEST", "riot"),
    "boycott": ("PROTEST", "boycott"),
    "picket": ("PROTEST", "demo"),
    "gather": ("PROTEST", "demo"),
    "block": ("PROTEST", "obstruct"),
    "blockade": ("PROTEST", "obstruct"),
    "sanction": ("SANCTION", None),
    "expel": ("SANCTION", "expel"),
    "suspend": ("SANCTION", None),
    "convict": ("SANCTION", "convict"),
    "embargo": ("SANCTION", None),
    "close": ("SANCTION", "withdraw"),
    "shut": ("SANCTION", "withdraw"),
    "freeze": ("SANCTION", None),
    "mobilize": ("MOBILIZE", None),
    "mobilise": ("MOBILIZE", None),
    "deploy": ("MOBILIZE", None),
    "mass": ("MOBILIZE", None),
    "reinforce": ("MOBILIZE", None),
    "arrest": ("COERCE", "arrest"),
    "detain": ("COERCE", "arrest"),
    "jail": ("COERCE", "arrest"),
    "imprison": ("COERCE", "arrest"),
    "seize": ("COERCE", "seize"),
    "confiscate": ("COERCE", "seize"),
    "raid": ("COERCE", "seize"),
    "deport": ("COERCE", "deport"),
    "ban": ("COERCE", "restrict"),
    "censor": ("COERCE", "censor"),
    "sentence": ("COERCE", "arrest"),
    "capture": ("COERCE", "arrest"),
    "loot": ("COERCE", "seize"),
    "defuse": ("COERCE", "seize"),
    "recover": ("COERCE", "seize"),
    "attack": ("ASSAULT", None),
    "kill": ("ASSAULT", None),
    "shoot": ("ASSAULT", "firearms"),
    "gun": ("ASSAULT", "firearms"),
    "bomb": ("ASSAULT", "explosives"),
    "shell": ("ASSAULT", "explosives"),
    "bombard": ("ASSAULT", "explosives"),
    "detonate": ("ASSAULT", "explosives"),
    "explode": ("ASSAULT", "explosives"),
    "clash": ("ASSAULT", None),
    "fight": ("ASSAULT", None),
    "ambush": ("ASSAULT", None),
    "assassinate": ("ASSAULT", "targeted"),
    "murder": ("ASSAULT", None),
    "stab": ("ASSAULT", "primitive"),
    "hack": ("ASSAULT", "primitive"),
    "beat": ("ASSAULT", "beat"),
    "torture": ("ASSAULT", "torture"),
    "abduct": ("ASSAULT", "abduct"),
    "kidnap": ("ASSAULT", "abduct"),
    "rape": ("ASSAULT", "sexual"),
    "behead": ("ASSAULT", "primitive"),
    "massacre": ("ASSAULT", None),
    "target": ("ASSAULT", None),
    "invade": ("ASSAULT", None),
    "storm": ("ASSAULT", None),
    "burn": ("ASSAULT", "destroy"),
    "torch": ("ASSAULT", "destroy"),
    "destroy": ("ASSAULT", "destroy"),
    "vandalize": ("ASSAULT", "destroy"),
    "vandalise": ("ASSAULT", "destroy"),
    "injure": ("ASSAULT", None),
    "wound": ("ASSAULT", None),
    "lynch": ("ASSAULT", "beat"),
    "assault": ("ASSAULT", "beat"),
    "strike": ("ASSAULT", None),
    "hit": ("ASSAULT", None),
    "plant": ("ASSAULT", "explosives"),
    "lob": ("ASSAULT", "explosives"),
    "hurl": ("ASSAULT", "primitive"),
    "pelt": ("ASSAULT", "primitive"),
    "fire": ("ASSAULT", "firearms"),
    "execute": ("ASSAULT", "targeted"),
    "rob": ("COERCE", "seize"),
    "recapture": ("ASSAULT", None),
    "retake": ("ASSAULT", None),
    "overrun": ("ASSAULT", None),
    "engage": ("ASSAULT", None),
    "repel": ("ASSAULT", None),
    "repulse": ("ASSAULT", None),
    "advance": ("ASSAULT", None),
    "counterattack": ("ASSAULT", None),
    "snipe": ("ASSAULT", "firearms"),
    "assemble": ("PROTEST", "demo"),
    "chant": ("PROTEST", "demo"),
    "occupy": ("ASSAULT", None),
    "defect": ("RETREAT", None),
    "surrender": ("RETREAT", None),
    "besiege": ("ASSAULT", None),
    "lathi-charge": ("COERCE", None),
    "disperse": ("COERCE", None),
    "hijack": ("ASSAULT", "abduct"),
    "summon": ("ACCUSE", "disapprove"),
    "renege": ("REJECT", None),
    "demolish": ("ASSAULT", "destroy"),
    "stone": ("ASSAULT", "primitive"),
    "station": ("MOBILIZE", None),
    "molest": ("ASSAULT", "sexual"),
    # "the rifle discharged": only with a firearm as subject or object (clauses.not_gunfire)
    "discharge": ("ASSAULT", "firearms"),
}

# Forms the lemmatizer gets wrong ("raped" -> "rap", "sniped" -> "snip").
LEMMA_FIXES = {"raped": "rape", "rapes": "rape", "raping": "rape", "sniped": "snipe",
               "staged": "stage", "stages": "stage", "staging": "stage"}  # fmt: skip

PHRASAL: dict[tuple[str, str], Trigger] = {
    ("call", "for"): ("REQUEST", None),
    ("call", "on"): ("REQUEST", None),
    ("crack", "down"): ("COERCE", None),
    ("pull", "out"): ("RETREAT", "withdraw"),
    ("step", "down"): ("RETREAT", "resign"),
    ("set", "fire"): ("ASSAULT", "destroy"),
    ("set", "ablaze"): ("ASSAULT", "destroy"),
    ("throw", "cocktail"): ("ASSAULT", "primitive"),
    ("throw", "stone"): ("ASSAULT", "primitive"),
    ("throw", "rock"): ("ASSAULT", "primitive"),
    ("throw", "grenade"): ("ASSAULT", "explosives"),
    ("throw", "bomb"): ("ASSAULT", "explosives"),
    ("throw", "explosive"): ("ASSAULT", "explosives"),
    ("open", "fire"): ("ASSAULT", "firearms"),
    # idioms whose meaning lives in the preposition's object: "took to the streets", "went on
    # strike" (not "was taken to hospital", "will go on sale", "go on, go on")
    ("take", "street"): ("PROTEST", "demo"),
    ("go", "strike"): ("PROTEST", "strike"),
    ("hold", "talks"): ("CONSULT", None),
    ("speak", "with"): ("CONSULT", "phone"),
    ("talk", "with"): ("CONSULT", None),
    ("blow", "up"): ("ASSAULT", "explosives"),
    ("hand", "over"): ("RETREAT", None),
    # "the gun went off", "a bomb went off": only with a weapon as subject (clauses.not_gunfire)
    ("go", "off"): ("ASSAULT", None),
    # taking control of a place (ACLED: territory taken, regained or transferred)
    ("take", "control"): ("ASSAULT", None),
    ("establish", "control"): ("ASSAULT", None),
    ("gain", "control"): ("ASSAULT", None),
    ("regain", "control"): ("ASSAULT", None),
    ("seize", "control"): ("ASSAULT", None),
    ("assume", "control"): ("ASSAULT", None),
    ("regain", "territory"): ("ASSAULT", None),
    # verb + object lemma (PLOVER manual definitions)
    ("impose", "sanction"): ("SANCTION", None),
    ("impose", "embargo"): ("SANCTION", None),
    ("impose", "curfew"): ("COERCE", "curfew"),
    ("impose", "ban"): ("COERCE", "restrict"),
    ("allow", "observer"): ("RETREAT", None),
    ("allow", "inspector"): ("RETREAT", None),
    ("allow", "peacekeeper"): ("RETREAT", None),
    ("admit", "inspector"): ("RETREAT", None),
    ("receive", "observer"): ("RETREAT", None),
    ("receive", "inspector"): ("RETREAT", None),
    ("lift", "blockade"): ("RETREAT", None),
    ("lift", "siege"): ("RETREAT", None),
    ("accept", "demand"): ("CONCEDE", None),
    ("meet", "demand"): ("CONCEDE", None),
    ("suspend", "protest"): ("CONCEDE", None),
    ("call", "off"): ("CONCEDE", None),
    ("accept", "proposal"): ("AGREE", None),
    ("accept", "offer"): ("AGREE", None),
    ("accept", "plan"): ("AGREE", None),
    ("accept", "deal"): ("AGREE", None),
    ("share", "intelligence"): ("COOPERATE", None),
    ("share", "information"): ("COOPERATE", None),
    ("share", "evidence"): ("COOPERATE", None),
    ("exchange", "information"): ("COOPERATE", None),
    ("upgrade", "relation"): ("SUPPORT", None),
    ("upgrade", "tie"): ("SUPPORT", None),
    ("restore", "relation"): ("SUPPORT", None),
    ("restore", "tie"): ("SUPPORT", None),
    ("establish", "relation"): ("SUPPORT", None),
    ("sever", "tie"): ("SANCTION", None),
    ("cut", "tie"): ("SANCTION", None),
    ("break", "tie"): ("SANCTION", None),
    ("downgrade", "relation"): ("SANCTION", None),
    ("recall", "ambassador"): ("SANCTION", None),
}

NOUNS: dict[str, Trigger] = {
    "attack": ("ASSAULT", None),
    "airstrike": ("ASSAULT", "aerial"),
    "bombing": ("ASSAULT", "explosives"),
    "explosion": ("ASSAULT", "explosives"),
    "blast": ("ASSAULT", "explosives"),
    "clash": ("ASSAULT", None),
    "ambush": ("ASSAULT", None),
    "assassination": ("ASSAULT", "targeted"),
    "murder": ("ASSAULT", None),
    "killing": ("ASSAULT", None),
    "shelling": ("ASSAULT", "explosives"),
    "shooting": ("ASSAULT", "firearms"),
    "massacre": ("ASSAULT", None),
    "abduction": ("ASSAULT", "abduct"),
    "kidnapping": ("ASSAULT", "abduct"),
    "invasion": ("ASSAULT", None),
    "offensive": ("ASSAULT", None),
    "protest": ("PROTEST", "demo"),
    "demonstration": ("PROTEST", "demo"),
    "rally": ("PROTEST", "demo"),
    "march": ("PROTEST", "demo"),
    "riot": ("PROTEST", "riot"),
    "sit-in": ("PROTEST", "demo"),
    "strike": ("ASSAULT", None),
    "boycott": ("PROTEST", "boycott"),
    "vigil": ("PROTEST", "demo"),
    "talk": ("CONSULT", None),
    "meeting": ("CONSULT", None),
    "visit": ("CONSULT", "visit"),
    "summit": ("CONSULT", "multilateral"),
    "negotiation": ("CONSULT", None),
    "sanction": ("SANCTION", None),
    "embargo": ("SANCTION", None),
    "withdrawal": ("RETREAT", "withdraw"),
    "drawdown": ("RETREAT", "withdraw"),
    "pullout": ("RETREAT", "withdraw"),
    "ceasefire": ("AGREE", None),
    "truce": ("AGREE", None),
    "arrest": ("COERCE", "arrest"),
    "raid": ("COERCE", "seize"),
    "crackdown": ("COERCE", None),
    "curfew": ("COERCE", "curfew"),
    "deployment": ("MOBILIZE", None),
    "shutdown": ("SANCTION", "withdraw"),
    "ultimatum": ("THREATEN", None),
    "aid": ("AID", None),
    "gunfight": ("ASSAULT", "firearms"),
    "firefight": ("ASSAULT", "firearms"),
    "battle": ("ASSAULT", None),
    "fighting": ("ASSAULT", None),
    "skirmish": ("ASSAULT", None),
    "gunfire": ("ASSAULT", "firearms"),
    "shootout": ("ASSAULT", "firearms"),
    "shoot-out": ("ASSAULT", "firearms"),
    # gunfire told without a violent verb: see the module docstring
    "gunshot": ("ASSAULT", "firearms"),
    "shot": ("ASSAULT", "firearms"),
    "accident": ("ASSAULT", "firearms"),
    "discharge": ("ASSAULT", "firearms"),
    "picket": ("PROTEST", "demo"),
    "hunger": ("PROTEST", "hunger"),
    "procession": ("PROTEST", "demo"),
    "dharna": ("PROTEST", "demo"),
    "gherao": ("PROTEST", "demo"),
    "bandh": ("PROTEST", "strike"),
    "hartal": ("PROTEST", "strike"),
    "walkout": ("PROTEST", "demo"),
    "blockade": ("PROTEST", "obstruct"),
    "looting": ("COERCE", "seize"),
    "detention": ("COERCE", "arrest"),
    "deportation": ("COERCE", "deport"),
    "lockdown": ("COERCE", "restrict"),
    "agreement": ("AGREE", None),
    "deal": ("AGREE", None),
    "accord": ("AGREE", None),
    "resignation": ("RETREAT", "resign"),
    "release": ("RETREAT", "release"),
    "accusation": ("ACCUSE", "allege"),
    "condemnation": ("ACCUSE", "disapprove"),
    "investigation": ("ACCUSE", "investigate"),
    "probe": ("ACCUSE", "investigate"),
    "demand": ("REQUEST", None),
    "appeal": ("REQUEST", None),
    "request": ("REQUEST", None),
    "rejection": ("REJECT", None),
    "refusal": ("REJECT", None),
    "veto": ("REJECT", None),
    "warning": ("THREATEN", None),
    "mobilization": ("MOBILIZE", None),
    "buildup": ("MOBILIZE", None),
    "mediation": ("CONSULT", "third-party"),
    "suspension": ("SANCTION", None),
    "expulsion": ("SANCTION", "expel"),
}

# Words that tie a shot, an accident, a discharge or a thing that "went off" to a gun.
FIREARM_WORDS = {"gun", "firearm", "rifle", "shotgun", "handgun", "pistol", "revolver", "weapon",
                 "muzzleloader", "round", "bullet", "gunshot", "shooting", "hunting", "hunter",
                 "accidental", "accidentally", "negligent", "gunfire", "caliber", "calibre",
                 "ak-47", "ar-15", "glock"}  # fmt: skip
# Weapons that "went off" (an explosion is an attack too; the ACLED typing reads its mode).
EXPLOSIVE_WORDS = {"bomb", "explosive", "device", "ied", "grenade", "mine", "landmine", "charge"}
# Words that make "shot" no gunfire ("a flu shot", "a mug shot", "a shot at the title").
NOT_GUNFIRE = {"flu", "booster", "vaccine", "mug", "screen", "big", "long", "jump", "penalty",
               "free", "parting", "glass", "photo", "camera", "chance", "attempt", "drop", "slap",
               "hot", "tequila", "vodka", "whiskey", "espresso", "insulin", "allergy", "b12",
               "residue", "detection", "detector", "spotter", "sensor", "system"}  # fmt: skip

# Past-tense forms the tagger sometimes takes for nouns ("members of the union protested to ...").
MISTAGGED_PROTEST = {"protested", "demonstrated", "rallied", "marched", "picketed", "rioted"}
# What demonstrators act for: a verb with such a purpose clause ("blocked the road to demand",
# "gathered to denounce") is a demonstration.
PROTEST_PURPOSE = {"demand", "denounce", "protest", "condemn", "reject", "oppose", "decry",
                   "demonstrate", "express", "voice", "commemorate", "claim", "press", "call",
                   "show", "mark", "honour", "honor", "defend", "support", "criticize",
                   "criticise", "object", "ask", "urge"}  # fmt: skip
# Nouns a demonstration is seen by (ACLED counts a press conference with placards as one).
PROTEST_SIGNS = {"banner", "banners", "placard", "placards", "slogans", "pickets"}

# Nouns that mean a labour strike, not an air strike, when they modify or govern "strike".
LABOUR_WORDS = {
    "hunger",
    "general",
    "labour",
    "labor",
    "worker",
    "workers",
    "union",
    "teachers",
    "doctors",
    "nurses",
    "transport",
    "truckers",
    "go",
    "went",
    "call",
    "called",
    "stage",
    "hold",
}
# Heads whose subject or object must be a political/armed actor for the verb to be an event.
WEAK_VERBS = {
    "hit",
    "launch",
    "leave",
    "help",
    "provide",
    "free",
    "gather",
    "block",
    "close",
    "shut",
    "reduce",
    "target",
    "recover",
    "fire",
    "plant",
    "press",
    "engage",
    "mass",
    "brief",
    "ease",
    "lift",
    "sign",
    "approve",
    "support",
    "ask",
    "deny",
    "charge",
    "capture",
}
# Verbs of saying: never events themselves (their content is).
SAYING = {"say", "tell", "report", "add", "state", "announce", "claim", "note", "write", "confirm"}
# Light verbs whose object noun is the event ("launched attacks"): the noun is the trigger and the
# verb's subject is its actor.
SUPPORT_VERBS = {
    "launch",
    "carry",
    "conduct",
    "stage",
    "hold",
    "mount",
    "organize",
    "organise",
    "continue",
    "begin",
    "start",
    "order",
    "lead",
    "make",
    "pay",
    "escalate",
    "step",
    "resume",
    "claim",
    "increase",
    "intensify",
    "plan",
    "join",
    "take",
}

# Frequent general verbs whose CAMEO reading is too rare to trust without a pattern.
GENERAL_VERBS = set(
    """be have do say get make go know take see come think look want give use find tell ask work seem
    feel try leave call keep let begin help talk turn start show hear play run move like live believe
    hold bring happen write provide sit stand lose pay meet include continue set learn change lead
    understand watch follow stop create speak read allow add spend grow open walk win offer remember
    consider appear buy wait serve send expect build stay fall cut reach remain suggest raise pass sell
    require report decide pull return explain hope develop carry break receive produce eat cover catch
    draw choose cause point list plan face note mark expect join look act end seek put mean become
    hit die agree support kill decide head launch protect postpone reverse ensure secure""".split()
)


def load_cameo_verbs() -> tuple[dict[str, Trigger], dict[tuple[str, str], Trigger]]:
    """The derived CAMEO verb lexicon: bare verbs (minus general ones) and verb + object noun."""
    from importlib import resources

    text = resources.files("eventwire.events").joinpath("data", "verbs.tsv").read_text("utf-8")
    bare: dict[str, Trigger] = {}
    patterns: dict[tuple[str, str], Trigger] = {}
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 4 or not parts[2]:
            continue
        lemma, word, plover, mode = parts
        trig: Trigger = (plover, mode or None)
        if not word:
            if lemma not in GENERAL_VERBS and " " not in lemma:
                bare[lemma] = trig
        elif word not in FUNCTION_WORDS:
            patterns[(lemma, word)] = trig
    return bare, patterns


FUNCTION_WORDS = set(
    """a an the to of in on at by for with from into over under against about after before during
    as if than that this these those it its his her their our my your and or but not no up down out
    off back away again also very more most much many some any all both each every other such own
    same so too just only even still yet already here there when where why how what which who whom
    whose while because although though since until unless whether between among through across
    behind beyond near toward towards upon within without alongside""".split()
)
