"""The words the event rules read, built once per worker from a language's lexicon.

Every word list, table and pattern of the events stage lives under `lang/<code>/events/` (one
sub-folder per rule module that reads it); `EventWords` reads them once, in the stage's `setup()`,
into sets, dicts and compiled patterns, and the rule code is handed this object (`lex`). The rule
modules hold no words of any language.
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import Lexicon, load_lexicon
from ..lang.key_words import key_words

CUES = (
    "acled/agreement_words",
    "acled/arrival_words",
    "acled/base_words",
    "acled/demonstrator_words",
    "acled/downing_words",
    "acled/handover_words",
    "acled/held_acts",
    "acled/held_posts",
    "acled/in_protest_words",
    "acled/launcher_words",
    "acled/off_duty_words",
    "acled/police_words",
    "acled/riot_words_not_alone",
    "acled/rioter_words",
    "acled/seizure_words",
    "acled/state_force_words",
    "acled/suicide_attack_words",
    "acled/suspicion_words",
    "acled/threat_words",
    "acled/troop_words",
    "acled/unidentified_words",
    "actors/adherent_heads",
    "actors/noun_phrase_preps",
    "actors/diplomat_heads",
    "actors/office_heads",
    "actors/origin_words",
    "actors/posting_preps",
    "actors/mission_preps",
    "actors/workplace_preps",
    "actors/seat_words",
    "actors/seat_heads",
    "actors/owner_preps",
    "actors/residence_preps",
    "actors/seat_preps",
    "actors/spokesperson_heads",
    "actors/spokesperson_preps",
    "actors/leading_words",
    "actors/state_acts",
    "candidates/aid_purposes",
    "candidates/air_modifiers",
    "candidates/air_strike_nouns",
    "candidates/angry_crowd_words",
    "candidates/armed_op_modifiers",
    "candidates/armed_op_nouns",
    "candidates/armed_op_preps",
    "candidates/armed_only_words",
    "candidates/saying_act_words",
    "candidates/care_row_words",
    "candidates/deadline_spans",
    "candidates/deadline_verbs",
    "candidates/leverage_aux",
    "candidates/casualty_lemmas",
    "candidates/left_states",
    "candidates/not_scene_preps",
    "candidates/coerced_objects",
    "candidates/coercing_verbs",
    "candidates/trade_objects",
    "candidates/bidding_verbs",
    "candidates/cyber_modifiers",
    "candidates/demand_nouns",
    "candidates/demonstrators",
    "candidates/endorsing_verbs",
    "candidates/entering_verbs",
    "candidates/envoy_nouns",
    "candidates/halting_preps",
    "candidates/relief_objects",
    "candidates/military_hardware",
    "candidates/aid_takers",
    "candidates/carrying_verbs",
    "candidates/consignment_nouns",
    "candidates/relief_takers",
    "candidates/arriving_verbs",
    "candidates/helped_people",
    "candidates/relief_places",
    "candidates/opening_verbs",
    "candidates/debt_words",
    "candidates/state_banks",
    "candidates/joint_drill_nouns",
    "candidates/opened_trade_words",
    "candidates/ruled_out_phrases",
    "candidates/rescues",
    "candidates/offering_words",
    "candidates/alert_levels",
    "candidates/absence_preps",
    "candidates/aiming_preps",
    "candidates/riot_crowds",
    "candidates/fired_at_preps",
    "candidates/terms_preps",
    "candidates/pact_nouns",
    "candidates/named_place_rows",
    "candidates/instrument_objects",
    "candidates/joint_words",
    "candidates/mishap_nouns",
    "candidates/meeting_frames",
    "candidates/deciding_verbs",
    "candidates/decided_types",
    "misreadings/private_bodies",
    "candidates/money_words",
    "candidates/furnishing_preps",
    "candidates/offence_preps",
    "candidates/offence_verbs",
    "candidates/offence_victims",
    "candidates/formation_nouns",
    "candidates/joint_act_verbs",
    "candidates/operation_heads",
    "candidates/organised_verbs",
    "candidates/object_verbs",
    "candidates/public_actor_verbs",
    "candidates/passive_states",
    "candidates/permitting_verbs",
    "candidates/refusing_verbs",
    "candidates/shoot_out_tail",
    "candidates/stating",
    "candidates/subject_verbs",
    "candidates/suspect_words",
    "candidates/will_aux",
    "candidates/plural_collectives",
    "candidates/acting_heads",
    "candidates/wished_stances",
    "victims/whole_group_words",
    "casualties/graded_harm_adverbs",
    "victims/age_preps",
    "victims/outcome_verbs",
    "casualties/adding_words",
    "casualties/alive_verbs",
    "casualties/attack_nouns",
    "casualties/before_adverbs",
    "casualties/earlier_incident_words",
    "casualties/attempt_marks",
    "casualties/bullet_hit_verbs",
    "casualties/bullet_taking_verbs",
    "casualties/close_people",
    "casualties/victim_nouns",
    "casualties/survivor_verbs",
    "casualties/crash_words",
    "casualties/harm_apart_words",
    "casualties/arrival_verbs",
    "casualties/grave_conditions",
    "casualties/body_parts",
    "casualties/bullet_nouns",
    "casualties/ammunition_nouns",
    "casualties/portion_bullet_nouns",
    "casualties/care_place_preps",
    "casualties/charge_heads",
    "casualties/condition_adjectives",
    "casualties/condition_nouns",
    "casualties/condition_preps",
    "casualties/count_adjectives",
    "casualties/deadly_markers",
    "casualties/deadly_synonyms",
    "casualties/death_nouns",
    "casualties/discharge_verbs",
    "casualties/expected_outcomes",
    "casualties/expecting_verbs",
    "casualties/making_verbs",
    "casualties/recovery_nouns",
    "casualties/fatal_adjectives",
    "casualties/fatal_adverbs",
    "casualties/finding_preps",
    "casualties/finding_verbs",
    "casualties/firing_nouns",
    "casualties/firing_subjects",
    "casualties/hit_times",
    "casualties/stable_states",
    "casualties/treating_nouns",
    "casualties/firing_verbs",
    "casualties/hospital_nouns",
    "casualties/hospital_preps",
    "casualties/hospital_sending_verbs",
    "casualties/including_verbs",
    "casualties/injury_adjectives",
    "casualties/investigating_units",
    "casualties/member_preps",
    "casualties/leaving_verbs",
    "casualties/left_harms",
    "casualties/life_nouns",
    "casualties/life_taking_verbs",
    "casualties/lifeless_adjectives",
    "casualties/negating_prefixes",
    "casualties/recovering_verbs",
    "casualties/staying_verbs",
    "casualties/struggle_preps",
    "casualties/struggling_verbs",
    "casualties/suffering_verbs",
    "casualties/suicide_verbs",
    "casualties/toll_rise_verbs",
    "casualties/treating_verbs",
    "casualties/unhurt_words",
    "casualties/treatment_preps",
    "casualties/unrealising_modals",
    "casualties/wound_preps",
    "casualties/wound_verbs",
    "clauses/accident_words",
    "clauses/protest_manner_nouns",
    "clauses/condition_marks",
    "clauses/habit_marks",
    "clauses/typical_modifiers",
    "clauses/control_preps",
    "clauses/dispatch_preps",
    "clauses/generic_heads",
    "clauses/gun_told_words",
    "clauses/habit_exempt_verbs",
    "clauses/report_preps",
    "clauses/retaking_verbs",
    "clauses/shot_nouns",
    "clauses/time_reference_preps",
    "locate/incident_nouns",
    "locate/launch_preps",
    "locate/new_event_words",
    "locate/retelling_dets",
    "locate/stance_verbs",
    "locate/target_preps",
    "misreadings/rally_setting_preps",
    "misreadings/single_person_pronouns",
    "modality/negative_subjects",
    "modality/narrator_pronouns",
    "modality/negators",
    "modality/plain_report_verbs",
    "modality/question_marks",
    "modality/retelling_heads",
    "modality/retelling_preps",
    "modality/verbal_types",
    "roles/acl_actor_preps",
    "roles/act_object_preps",
    "roles/acl_subject_preps",
    "roles/actor_preps",
    "roles/side_preps",
    "roles/attribution_preps",
    "roles/deal_preps",
    "roles/declaring_verbs",
    "roles/equipment_or_people",
    "roles/judging_verbs",
    "roles/locative_preps",
    "roles/noun_recipient_preps",
    "roles/owned_act_nouns",
    "roles/owning_verbs",
    "roles/phrase_head_preps",
    "roles/relative_pronouns",
    "roles/series_links",
    "ranking/content_deps",
    "ranking/follow_up_modes",
    "ranking/ground_markers",
    "ranking/scene_act_types",
    "ranking/scene_deps",
    "ranking/scene_verbs",
    "ranking/telling_types",
    "victims/along_words",
    "victims/at_quantity_words",
    "victims/being_preps",
    "victims/definite_plural_dets",
    "victims/single_others",
    "victims/else_words",
    "victims/rest_of_group",
    "victims/total_nouns",
)
"""The short cue lists of the rule modules (`events/<module>/<name>.txt`), read as
`EventWords.cue[name]`."""


Trigger = tuple[str, str | None]
"""A PLOVER type and (optional) mode."""

_SLOT = re.compile(r"\{([a-z_]+/[a-z_]+)\}")
"""A slot of a pattern template: the name of a word list below `events/`."""


def _alternative(entry: str) -> str:
    """A list entry as a regex alternative: "burn*" is any word starting "burn", "effig+" any
    longer word starting "effig"; anything else is the words as written."""
    if entry.endswith("*"):
        return re.escape(entry[:-1]) + r"\w*"
    if entry.endswith("+"):
        return re.escape(entry[:-1]) + r"\w+"
    return re.escape(entry)


class EventWords:
    """The events stage's word lists, read from `lexicon` once (see `event_words`)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

        def words(name: str) -> frozenset[str]:
            return lexicon.words(f"events/{name}")

        def alternation(match: re.Match[str]) -> str:
            return "|".join(map(_alternative, lexicon.entries(f"events/{match.group(1)}")))

        def patterns(group: str, flags: int = 0) -> dict[str, re.Pattern[str]]:
            """The group's regular expressions, each slot (`{group/list}`) filled with a list."""
            data = lexicon.data(f"events/{group}/patterns")
            return {
                name: re.compile(_SLOT.sub(alternation, "".join(p["pattern"])), flags)
                for name, p in data.items()
            }

        # triggers
        self.explosive_words = words("triggers/explosive_words")
        self.firearm_words = words("triggers/firearm_words")
        self.function_words = words("triggers/function_words")
        self.general_verbs = words("triggers/general_verbs")
        self.labour_words = words("triggers/labour_words")
        self.mistagged_protest = words("triggers/mistagged_protest")
        self.not_gunfire = words("triggers/not_gunfire")
        self.protest_purpose = words("triggers/protest_purpose")
        self.protest_signs = words("triggers/protest_signs")
        self.saying = words("triggers/saying")
        self.support_verbs = words("triggers/support_verbs")
        self.weak_verbs = words("triggers/weak_verbs")
        # candidates
        self.aid_objects = words("candidates/aid_objects")
        self.comment_words = words("candidates/comment_words")
        self.deontic = words("candidates/deontic")
        self.giving = words("candidates/giving")
        self.mental = words("candidates/mental")
        self.non_reporting = words("candidates/non_reporting")
        self.not_event_heads = words("candidates/not_event_heads")
        self.weapon_nouns = words("candidates/weapon_nouns")
        self.weapon_objects = words("candidates/weapon_objects")
        # roles
        self.affiliation = words("roles/affiliation")
        self.attributing = words("roles/attributing")
        self.fired_weapons = words("roles/fired_weapons")
        self.instrument_nouns = words("roles/instrument_nouns")
        self.light_verbs = words("roles/light_verbs")
        self.not_actors = words("roles/not_actors")
        self.equipment = words("roles/equipment")
        self.number_nouns = words("roles/number_nouns")
        self.quantity_heads = words("roles/quantity_heads")
        self.recipient_preps = words("roles/recipient_preps")
        self.reporting = words("roles/reporting")
        self.speaker_pronouns = words("roles/speaker_pronouns")
        self.speaker_possessives = words("roles/speaker_possessives")
        self.stative_participles = words("roles/stative_participles")
        # clauses
        self.frequency = words("clauses/frequency")
        self.grievance_nouns = words("clauses/grievance_nouns")
        self.grievance_preps = words("clauses/grievance_preps")
        self.grievance_verbs = words("clauses/grievance_verbs")
        self.place_nouns = words("clauses/place_nouns")
        self.report_nouns = words("clauses/report_nouns")
        self.shot_taking = words("clauses/shot_taking")
        self.taking = words("clauses/taking")
        self.tally_nouns = words("clauses/tally_nouns")
        self.tally_words = words("clauses/tally_words")
        self.time_units = words("clauses/time_units")
        self.distributive_dets = words("clauses/distributive_dets")
        # modality
        self.achieving = words("modality/achieving")
        self.copulas = words("modality/copulas")
        self.future_aux = words("modality/future_aux")
        self.future_governors = words("modality/future_governors")
        self.hypothetical_aux = words("modality/hypothetical_aux")
        self.hypothetical_modifiers = words("modality/hypothetical_modifiers")
        self.negating_governors = words("modality/negating_governors")
        self.reported_future_aux = words("modality/reported_future_aux")
        # casualties
        self.after_words = words("casualties/after_words")
        self.attempt_verbs = words("casualties/attempt_verbs")
        self.cause_preps = words("casualties/cause_preps")
        self.charging = words("casualties/charging")
        self.crowd_acts = words("casualties/crowd_acts")
        self.deadly_words = words("casualties/deadly_words")
        self.death_adjectives = words("casualties/death_adjectives")
        self.death_verbs = words("casualties/death_verbs")
        self.degree_words = words("casualties/degree_words")
        self.hedges = words("casualties/hedges")
        self.injury_verbs = words("casualties/injury_verbs")
        self.justice_words = words("casualties/justice_words")
        self.marked_death_verbs = words("casualties/marked_death_verbs")
        self.remember_words = words("casualties/remember_words")
        self.sentencing = words("casualties/sentencing")
        self.shooting_verbs = words("casualties/shooting_verbs")
        self.wounds = words("casualties/wounds")
        # victims
        self.anaphors = words("victims/anaphors")
        self.definite = words("victims/definite")
        self.dying_verbs = words("victims/dying_verbs")
        self.group_pronouns = words("victims/group_pronouns")
        self.kin = words("victims/kin")
        self.lower_bound_words = words("victims/lower_bound_words")
        self.nobody = words("victims/nobody")
        self.not_people = words("victims/not_people")
        self.other_words = words("victims/other_words")
        self.person_pronouns = words("victims/person_pronouns")
        self.quantity_preps = words("victims/quantity_preps")
        self.range_words = words("victims/range_words")
        self.reflexives = words("victims/reflexives")
        self.subset_preps = words("victims/subset_preps")
        self.taking_verbs = words("victims/taking_verbs")
        self.vague = words("victims/vague")
        # acled
        self.abduct = words("acled/abduct")
        self.air = words("acled/air")
        self.armed_actor_words = words("acled/armed_actor_words")
        self.armed_targets = words("acled/armed_targets")
        self.burning = words("acled/burning")
        self.chemical = words("acled/chemical")
        self.civilian_words = words("acled/civilian_words")
        self.clash = words("acled/clash")
        self.crowd_actor_words = words("acled/crowd_actor_words")
        self.displaced = words("acled/displaced")
        self.explosive = words("acled/explosive")
        self.acled_firearm_words = words("acled/firearm_words")
        self.force_words = words("acled/force_words")
        self.generic_crowd = words("acled/generic_crowd")
        self.grenade = words("acled/grenade")
        self.group_change = words("acled/group_change")
        self.gunfire = words("acled/gunfire")
        self.harm = words("acled/harm")
        self.intervention = words("acled/intervention")
        self.loot = words("acled/loot")
        self.mob = words("acled/mob")
        self.mob_justice = words("acled/mob_justice")
        self.not_grenade = words("acled/not_grenade")
        self.protest_words = words("acled/protest_words")
        self.riot = words("acled/riot")
        self.rioter_names = words("acled/rioter_names")
        self.sexual = words("acled/sexual")
        self.shelling = words("acled/shelling")
        self.suicide_words = words("acled/suicide")
        self.unit_words = words("acled/unit_words")
        self.unknown_armed = words("acled/unknown_armed")
        self.weapon_words = words("acled/weapon_words")
        self.weapons_disrupted = words("acled/weapons_disrupted")
        # actors
        self.body_heads = words("actors/body_heads")
        self.gang_words = words("actors/gang_words")
        self.generic_heads = words("actors/generic_heads")
        self.person_heads = words("actors/person_heads")
        self.platforms = words("actors/platforms")
        self.pronouns = words("actors/pronouns")
        self.sponsor_words = words("actors/sponsor_words")
        self.unknown_words = words("actors/unknown_words")

        # closed-class words and short cue lists, one file each (`events/<module>/<name>.txt`)
        self.cue: dict[str, frozenset[str]] = {path.rsplit("/", 1)[1]: words(path) for path in CUES}
        # single words named by their role ("of" as the genitive preposition): `key_words.tsv`
        self.key = key_words(lexicon)
        # derived lists: one list plus words of its own
        self.stating = self.saying | words("candidates/stating")
        self.armed_words = self.armed_actor_words | words("acled/armed_words")
        self.state_crowds = frozenset(w.lower() for w in words("protest/state_crowds"))
        # `candidates/rescues.txt` holds `role:word` entries: one set per role
        rescues: dict[str, set[str]] = {}
        for entry in self.cue["rescues"]:
            role, _, word = entry.partition(":")
            rescues.setdefault(role, set()).add(word)
        self.rescues = {role: frozenset(ws) for role, ws in rescues.items()}
        # tables
        self.verbs: dict[str, Trigger] = {
            r["lemma"]: (r["type"], r["mode"] or None)
            for r in lexicon.table("events/triggers/verbs")
        }
        self.phrasal: dict[tuple[str, str], Trigger] = {
            (r["lemma"], r["word"]): (r["type"], r["mode"] or None)
            for r in lexicon.table("events/triggers/phrasal")
        }
        # a light verb with a noun telling the act reads as the noun ("issued a condemnation",
        # "gave its backing"): a row for each pair, a row of the table above winning (plover50)
        # (`light_pairs`: the pairs read so, whose subject must be able to act)
        light_nouns = lexicon.table("events/triggers/light_nouns")
        self.light_act_verbs = words("triggers/light_verbs")
        self.light_pairs = frozenset(
            (verb, r["noun"])
            for verb in self.light_act_verbs
            for r in light_nouns
            if (verb, r["noun"]) not in self.phrasal
        )
        for verb, noun in self.light_pairs:
            row = next(r for r in light_nouns if r["noun"] == noun)
            self.phrasal[(verb, noun)] = (row["type"], row["mode"] or None)
        # a verb of cutting with a noun of a tie ("suspended budget support", "froze the
        # negotiations"): SANCTION, a row of the table above winning (plover55)
        # (`tie_cuts`: the pairs, read through the object alone, never a preposition: "the
        # fighting stopped during the talks" is no talks halted)
        ties = lexicon.table("events/triggers/cut_ties")
        self.tie_cuts = frozenset(
            (verb, r["noun"]) for verb in words("triggers/cutting_verbs") for r in ties
        )
        for verb, noun in sorted(self.tie_cuts):
            mode = next(r["mode"] for r in ties if r["noun"] == noun)
            self.phrasal.setdefault((verb, noun), ("SANCTION", mode or None))
        # the lemmas with a phrasal row: a headline verb known only by its object's row
        self.phrasal_lemmas = frozenset(lemma for lemma, _ in self.phrasal)
        self.nouns: dict[str, Trigger] = {
            r["lemma"]: (r["type"], r["mode"] or None)
            for r in lexicon.table("events/triggers/nouns")
        }
        self.lemma_fixes = lexicon.mapping("events/triggers/lemma_fixes", "form", "lemma")
        self.multiple_attacks = {
            w: int(v)
            for w, v in lexicon.mapping(
                "events/casualties/multiple_attacks", "word", "value"
            ).items()
        }
        self.number_words = {
            w: int(v)
            for w, v in lexicon.mapping("events/clauses/number_words", "word", "value").items()
        }
        self.violent_words = {
            w for w, (t, _) in {**self.verbs, **self.nouns}.items() if t == "ASSAULT"
        } | words("clauses/violent")
        self.caps_acronyms = {
            a: p.split()
            for a, p in lexicon.mapping("events/actors/caps_acronyms", "acronym", "phrase").items()
        }
        self.short_names = lexicon.mapping("events/actors/short_names", "country", "name")
        self.adjectives = lexicon.mapping("events/actors/adjectives", "country", "adjective")
        # the names of a side the text does not name ("attackers", "gang")
        self.unnamed_actors = lexicon.mapping("events/actors/unnamed_actors", "kind", "name")
        # patterns
        casualty = patterns("casualties", re.IGNORECASE)
        self.cumulative_re = casualty["cumulative"]
        self.suicide_re = casualty["suicide"]
        self.murder_suicide_re = casualty["murder_suicide"]
        self.own_hand_re = casualty["own_hand"]
        self.turned_on_self_re = casualty["turned_on_self"]
        self.survived_re = casualty["survived"]
        self.fighting_for_life_re = casualty["fighting_for_life"]
        self.death_told_re = casualty["death_told"]
        self.grave_outcome_re = casualty["grave_outcome"]
        self.grave_denied_re = casualty["grave_denied"]
        self.vital_shot_re = casualty["vital_shot"]
        self.shot_or_hurt_re = casualty["shot_or_hurt"]
        self.dead_and_hurt_re = casualty["dead_and_hurt"]
        self.toll_risen_re = casualty["toll_risen"]
        self.injury_words_re = patterns("consolidate", re.IGNORECASE)["injury_words"]
        acled = patterns("acled")
        self.intervened_re = acled["intervened"]
        self.violent_re = acled["violent"]
        self.battle_re = acled["battle"]
        self.shootout_re = acled["shootout"]
        self.symbolic_re = acled["symbolic"]
        self.excessive_re = acled["excessive"]
        self.peaceful_transfer_re = acled["peaceful_transfer"]
        self.propaganda_re = acled["propaganda"]


@cache
def event_words(lexicon: Lexicon | None = None) -> EventWords:
    """The event words of `lexicon` (default: the shipped English one), built once per process."""
    return EventWords(lexicon if lexicon is not None else load_lexicon("en"))
