"""Which words of a sentence report an event, and of what kind: the event coder's candidates.

Split out of `coder.py` so that the choice of triggers (the lexicons' verbs, phrasal verbs and
event nouns, and the many clauses that report no event: feared, questioned, refused, threatened
or demanded content, background) reads on its own, apart from how a candidate becomes a record
(date, place, casualties, ACLED type) in `coder.py`. The readings that need a sentence's other
candidates (a protest met by force, a meeting told with its agreement) are in
`candidate_links.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..annotate.nlp import children, doc_text, doc_tokens, token_words
from ..annotate.times import HEADLINE_MAX_WORDS, headline_line
from ..lang.key_words import KeyWords
from .acled_actors import is_armed
from .actors import noun_phrase
from .assistance import (
    carries_relief,
    debt_forgiven,
    gives_aid,
    hardware_given,
    joint_parties_act,
    left_harmed,
    money_given,
    opened_to_trade,
    relief_given,
    relief_place_opened,
    rescued,
    sent_to_help,
    state_ent,
)
from .candidate_links import (
    entry_to_arrest,
    joint_operation,
    meeting_agreed,
    protest_aims,
    protest_met,
)
from .casualties import bullet_noun, names_people
from .clauses import (
    background,
    carried_out,
    charge,
    dominates,
    in_protest,
    infinitive,
    protest_purpose,
)
from .misreadings import misread
from .modality import _quoted as quoted
from .modality import conditional, modality_of
from .protest_reading import (
    STATE_SECTORS,
    crowd_gathered,
    crowd_subject,
    of_objects,
    other_sense,
    protest_reading,
    sit_in,
)
from .roles import SUBJECT_DEPS, RoleFinder
from .roles import Candidate as _Candidate
from .trigger_words import _TRIGGER_POS, TriggerWords
from .words import Trigger

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Span, Token

    from ..records import Actor
    from .words import EventWords

TOPIC_TAKING = {"PROTEST"}
# Verbal events whose complement ("warned it would close the embassy", "called for troops to
# leave") is what they are about.
CONTENT_TAKING = {"THREATEN", "REQUEST"}
# Head nouns that are weapons, acts or things, never the actor or recipient of an event.
VERBAL_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}

# Trigger types a purpose clause ("closed the school to denounce") turns into a demonstration.
PURPOSE_OVERRIDES = {"PROTEST", "SANCTION", "CONSULT", "RETREAT", "REJECT", "MOBILIZE"}
# The sector of people in their private lives ("two families", "her brother"): no public side
PRIVATE_SECTOR = "CVL"
# The sectors of carers, whose "consultations" are care given, no meeting (plover36)
CARE_SECTORS = {"MED"}
WEAPONS_TEST = ("MOBILIZE", "weapons")
"""The row of a weapon fired or launched in a test ("fired a missile into the sea": `phrasal.tsv`),
which fire aimed at a target is not (`_aimed`, prec51)."""
ROW_DEPS = {"prt", "prep", "dobj", "oprd", "advmod", "acomp", "intj", "npadvmod"}
"""The dependents of a verb whose word may name its phrasal row ("said no": plover36; "test" of
"test-fired", split by the tokenizer: plover46)."""
# PLOVER: future cooperation is a promise (AGREE); future force or pressure, stated, is a threat.
# A stated future retreat ("is ready to pull back its units", "will return the weapons", "said it
# would free the hostages": its doer's own word) is counted a promise too, as the PLOVER gold
# standard and CAMEO2PLOVER 035 code it (the manual's newer text says CONCEDE; plover33,
# docs/CODEBOOK.md "Promises, releases and easing"); a retreat others report as planned ("the
# army will withdraw, officials said") and a planned resignation stay a RETREAT. Told on a
# condition ("will withdraw its force unless ...") it is leverage: a threat.
PROMISED = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT"}
# Cooperation refused in so many words ("will not accept the plan", "said it would not attend the
# talks") is a REJECT (PLOVER REJECT modes: assistance, meetings and negotiations); so is a
# retreat or concession refused ("will not release the reporters", "would not withdraw the bill",
# plover21).
REFUSABLE = {"AGREE", "SUPPORT", "COOPERATE", "AID", "CONSULT", "RETREAT", "CONCEDE"}
# (a retreat named by a noun under a negated verb is no refusal: "the resignation of the minister
# would not solve the problem")
REFUSABLE_VERBAL = {"RETREAT", "CONCEDE"}
THREATENED = {
    "ASSAULT": "violence",
    "SANCTION": None,
    "COERCE": "arrest",
    "PROTEST": "restrict",
    "MOBILIZE": "violence",
}


# Events named by the object of a verb of backing that are its content, not events of their own
# ("backed the call for an inquiry", "endorsed the deal", "welcomed the talks": plover28)
ENDORSED = {"AGREE", "REQUEST", "CONSULT"}

# Kinds of event a charge names as its offence ("charged with shooting", "pleaded guilty to
# threatening a judge"): the charge, no event told (plover21, plover23)
OFFENCE_TYPES = {"ASSAULT", "THREATEN"}

# entity labels of a named place as a verb's object ("captured Mopti")
PLACE_NAMES = frozenset({"GPE", "LOC"})
# The sectors of an actor that is a state as a taker of aid: the country itself (no sector) or
# its government ("supplied Moldova with", the name tagged as an organisation: plover35)
STATE_TAKER_SECTORS = frozenset({None, "GOV"})


class CandidateFinder(RoleFinder):
    """Finds a sentence's event candidates, one per type (a base of `EventCoder`, which loads
    the CAMEO lexicon and the actor dictionaries)."""

    cameo_verbs: dict[str, Trigger]
    cameo_patterns: dict[tuple[str, str], Trigger]
    _trigger_words: TriggerWords | None = None

    def trigger_words(self) -> TriggerWords:
        """The words `_trigger` can read an event from (`TriggerWords`), gathered once for these
        event words and CAMEO rows."""
        rows = self._trigger_words
        if (
            rows is None
            or rows.lex is not self.lex
            or rows.cameo_verbs is not self.cameo_verbs
            or rows.cameo_patterns is not self.cameo_patterns
        ):
            rows = self._trigger_words = TriggerWords(
                self.lex, self.cameo_verbs, self.cameo_patterns
            )
        return rows

    def _names_state(self, token: Token) -> bool:
        """The token names a state: a place or country by its entity tag, or a name the actor
        dictionary reads as a country or its government, whatever the tagger took it for
        ("Moldova" tagged as an organisation: plover35); "Siemens", "the World Bank" are none."""
        if state_ent(token):
            return True
        if token.pos_ != "PROPN" or self.resolver is None:
            return False
        actor = self.resolver.resolve_span(noun_phrase(self.lex, token))
        return (
            actor is not None and actor.country is not None and actor.sector in STATE_TAKER_SECTORS
        )

    def _sentence_events(self, sent: Span, context: str | None) -> list[_Candidate]:
        """The sentence's reported events, one per type: several words for one event (a verb
        and its noun) are one candidate, and content, fears and background are no event."""
        lex = self.lex
        by_type: dict[str, _Candidate] = {}
        readings: dict[int, bool] = {}

        def read(cand: _Candidate) -> bool:
            if cand.trigger.i not in readings:
                readings[cand.trigger.i] = protest_reading(lex, cand)
            return readings[cand.trigger.i]

        lemmas, poses, lowers = token_words(sent.doc)
        tokens = doc_tokens(sent.doc)
        shoot_out_tail = lex.cue["shoot_out_tail"]
        sit_in_heads = lex.key.sit_in_heads
        known = self.trigger_words()
        for i in range(sent.start, sent.end):
            pos = poses[i]
            if pos == "NOUN" or pos == "PROPN":
                if not known.noun_may_report(lex, lemmas[i], lowers[i]) and (
                    lemmas[i] not in known.row_verbs
                    or known.row_object(lex, lemmas[i], i, (lemmas, poses, lowers)) is None
                ):
                    continue  # a noun no row names (most nouns): `_trigger` finds nothing
            elif (
                pos not in _TRIGGER_POS
                and lowers[i] not in shoot_out_tail
                and lex.lemma_fixes.get(lowers[i], lemmas[i].lower()) not in sit_in_heads
                and not (poses[i] == "ADJ" and lemmas[i].lower() in lex.verbs)
            ):
                continue  # `_trigger` finds nothing in such a word (most words): not asked
            token = tokens[i]
            cand = self._trigger(token, context, pos, lowers[i], lemmas[i])
            if cand is None:
                continue
            if (
                cand.type in OFFENCE_TYPES
                and _offence(lex, token)
                and not (cand.type == "ASSAULT" and _done_to_someone(lex, token))
            ):
                # the charge, no event; dropped before it merges with an attack the sentence
                # tells ("a man accused of killing a child was beaten by a mob")
                continue
            if cand.type in by_type:
                kept = by_type[cand.type]
                if cand.type == "PROTEST" and read(kept) != read(cand):
                    # one word of the event read as a protest makes it one ("gathered in the
                    # square and staged a protest"): the words then merge as any two do
                    readings[kept.trigger.i] = readings[cand.trigger.i] = True
                # a verb tells the event better than a noun, unless it sits deeper in the
                # sentence ("staged a protest ... while protesting against")
                if (
                    not kept.verbal
                    and cand.verbal
                    and trigger_depth(cand.trigger) <= trigger_depth(kept.trigger)
                ):
                    cand.actors = cand.actors or kept.actors
                    cand.recipients = cand.recipients or kept.recipients
                    by_type[cand.type] = cand
                else:
                    kept.actors = kept.actors or cand.actors
                    kept.recipients = kept.recipients or cand.recipients
                    if kept.mode is None or (kept.mode == "seize" and cand.mode == "arrest"):
                        # "raided the village and arrested 30 people": the arrest says more
                        kept.mode = cand.mode
                continue
            by_type[cand.type] = cand
        ruled = _ruled_out(lex, sent) if "REJECT" not in by_type else None
        if ruled is not None:
            # "withdrawing the troops is out of the question, the general said": a refusal by
            # the speaker; what is refused is its content, no event of its own
            pred, speaker = ruled
            refused = {t.i for c in pred.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
            if pred.lemma_.lower() not in lex.copulas:
                refused |= {t.i for t in pred.subtree}  # the proposal itself (a headline)
            by_type = {t: c for t, c in by_type.items() if c.trigger.i not in refused}
            rejected = _Candidate(pred, "REJECT", None)
            rejected.actors = self._resolve(speaker, context)
            by_type["REJECT"] = rejected
        if entry_to_arrest(lex, sent, by_type):
            del by_type["ASSAULT"]  # "stormed the offices and detained 30 of its members"
        for told in protest_met(lex, by_type):
            readings[told] = True  # force on its crowd tells the protest (`protest_met`)
        joint_operation(lex, by_type)
        meeting_agreed(lex, by_type)
        cands = sorted(by_type.values(), key=lambda c: c.trigger.i)
        if not cands:
            return []  # (most sentences: none of the questions below is asked of nothing)
        for c in cands:
            _as_intent(lex, c, by_type)
        # a protest someone is allowed to hold is also the allowing side's concession
        for c in list(cands):
            permitter = _permitter(lex, anchor_of(c)) if c.type == "PROTEST" else None
            if permitter is not None and "CONCEDE" not in by_type:
                conceded = _Candidate(permitter, "CONCEDE", None)
                self._verb_roles(permitter, conceded, context)
                by_type["CONCEDE"] = conceded
                cands.append(conceded)
        cands = self._aid_let_through(lex, cands, by_type, context)
        # a vow whose content is force is a threat, not a promise ("vowed to fight on")
        threats = [c.trigger for c in cands if c.type == "THREATEN" and c.stated]
        cands = [
            c
            for c in cands
            if not (
                c.type == "AGREE" and c.verbal and any(dominates(c.trigger, t) for t in threats)
            )
        ]
        # a PROTEST word in another sense is no event (`protest_reading.py`); a crowd's
        # gathering, march or rally with no sign of a protest is kept, its reading doubted; a
        # stated future blockade or strike is a threat, whatever its reading
        for c in cands:
            if c.type == "PROTEST" and not read(c):
                c.doubted = not other_sense(lex, c) and crowd_gathered(lex, c)
        cands = [c for c in cands if c.type != "PROTEST" or read(c) or c.doubted]
        cands = protest_aims(lex, cands)
        protests = [c.trigger for c in cands if c.type in TOPIC_TAKING and not c.doubted]
        arrests = [c.trigger for c in cands if c.type == "COERCE" and c.mode == "arrest"]
        # what is threatened or demanded is the content of that event, not an event of its own;
        # only a conditional or future content ("would close the embassy if") is kept, labelled;
        # a dropped request ("officers were called ... on a report of a shooting") governs nothing
        speech = [
            c.trigger
            for c in cands
            if (c.type in CONTENT_TAKING or (c.type == "REJECT" and _refusing(lex, c.trigger)))
            and c.verbal
            and not background(lex, c.trigger)
        ]
        backing = {c.trigger.i for c in cands if c.type == "SUPPORT" and c.verbal}
        # "Opposition rejects calls for a boycott": the headline verb's object, tagged as the
        # verb, holds what is rejected, no event of its own (plover33)
        # (a verb by its part of speech from the parse's words first: `_headline_object`)
        speech += [
            tokens[i]
            for i in range(sent.start, sent.end)
            if poses[i] == "VERB" and tokens[i].tag_ == "VBZ" and _headline_object(lex, tokens[i])
        ]
        return [
            c
            for c in cands
            if not (
                c.type in {"ASSAULT", "COERCE"} and any(dominates(p, c.trigger) for p in protests)
            )
            and not _endorsed(lex, c, backing)
            and not (
                # content follows its verb ("called for troops to leave"); what comes before
                # is a misparse ("workers gathered ..., call for higher wages")
                any(dominates(t, c.trigger) and t.i < c.trigger.i for t in speech)
                and modality_of(lex, c.trigger) == "asserted"
            )
            and not _feared(lex, c.trigger)
            and not (background(lex, c.trigger) and not _read_as_verb(lex, c))
            and not (c.type == "ASSAULT" and any(charge(a, c.trigger) for a in arrests))
            and not _absent(lex, c)
            and not _meeting_named(lex, c)
            and not (c.type == "THREATEN" and c.verbal and _fact_warned(lex.key, c.trigger))
            and not misread(lex, c.trigger, c.type)  # (the dearest question last)
        ]

    def _aid_let_through(
        self,
        lex: EventWords,
        cands: list[_Candidate],
        by_type: dict[str, _Candidate],
        context: str | None,
    ) -> list[_Candidate]:
        """Aid the sentence's actor lets others bring is its RETREAT 'access' (PLOVER manual,
        RETREAT: "allowing the entry of ... humanitarian workers"; CAMEO2PLOVER 0863, allow the
        delivery of humanitarian aid), not the AID of the one allowing it (plover33)."""
        for c in list(cands):
            permitter = _aid_permitter(lex, c)
            if permitter is None:
                continue
            cands.remove(c)
            if by_type.get("AID") is c:
                del by_type["AID"]
            if "RETREAT" not in by_type:
                access = _Candidate(permitter, "RETREAT", "access")
                self._verb_roles(permitter, access, context)
                by_type["RETREAT"] = access
                cands.append(access)
        return cands

    def _trigger(
        self, token: Token, context: str | None, pos: str, lower: str, token_lemma: str
    ) -> _Candidate | None:
        """The event `token` reports, if any: the lexicons propose, the clause disposes. (Its
        `pos_`, `lower_` and `lemma_` come from the parse's words, `token_words`: this runs on
        every word of every sentence.)"""
        lex = self.lex
        known = self.trigger_words()
        lemma = lex.lemma_fixes.get(lower, token_lemma.lower())
        if pos == "ADJ":
            if not _adjective_verb(lex, token, lemma):
                return None
            pos = "VERB"  # "Rebels free dozens of child soldiers": a verb tagged as an adjective
        # (a verb's children read once, from the parse's kept Tokens: spaCy scans its subtree
        # and makes each child anew on every `children`, and the steps below ask again and
        # again: perf24, perf37)
        own = children(token) if pos == "VERB" else ()
        if pos == "VERB" and token.tag_ == "VBZ" and _headline_object(lex, token):
            return None  # "Junta rejects calls for elections": "calls" is the object
        if pos == "VERB" and lemma in lex.saying and _deontic(lex, token):
            cand = _Candidate(token, "REQUEST", None)
            self._verb_roles(token, cand, context)
            return cand if cand.actors else None
        if _demand_noun(lex, token):
            # "sent a reminder to the council that it must act": the sender demands
            cand = _Candidate(token.head, "REQUEST", None)
            self._verb_roles(token.head, cand, context)
            return cand if cand.actors else None
        if pos == "VERB" and any(c.dep_ == "dobj" and _demand_noun(lex, c) for c in own):
            return None  # the demand its object makes is the event (below)
        if pos == "VERB" and (
            lemma not in lex.saying
            or _armed_only(lex, token, known)
            or _saying_act(lex, own, lemma)
        ):
            # (a group that "announced its formation" tells of itself: the forming is the event)
            trig = None
            objected = False  # a row read from the verb's object ("opened the border")
            place_named = False  # a row read from a named place as the object ("seized Goma")
            # (a verb no row names, most verbs, reads none from its words: `TriggerWords`)
            named = lemma in known.verbs
            reads = own if named else ()
            for child in reads:
                # (a preposition after an object that named the row names none of its own:
                # "gave the president a warm welcome in Doha" is no "give in"; a small
                # clause's adjective, "held the minister accountable", is a complement: plover49)
                if (
                    child.dep_ in ROW_DEPS or (child.dep_ == "ccomp" and child.pos_ == "ADJ")
                ) and not (child.dep_ == "prep" and (_when(child) or objected)):
                    row = lex.phrasal.get((lemma, child.lower_)) or lex.phrasal.get(
                        (lemma, child.lemma_.lower())
                    )
                    if (
                        row is not None
                        and child.dep_ == "dobj"
                        and (lemma, child.lemma_.lower()) in lex.tie_cuts
                        and any(c.dep_ == "dobj" and c.i < child.i for c in own)
                    ):
                        # "suspended the law pending talks": a second object the parse made of
                        # a later noun is no tie cut (plover55)
                        row = None
                    if row is None and child.dep_ == "dobj":
                        row = _split_object_row(lex, lemma, child)
                    if row is None and child.dep_ == "dobj":
                        # "held the rebels responsible": the object's complement, parsed as
                        # its modifier after it, names the row as "held Kyiv responsible"
                        # does (plover49)
                        row = next(
                            (
                                found
                                for a in children(child)
                                if a.dep_ == "amod"
                                and a.i > child.i
                                and (found := lex.phrasal.get((lemma, a.lemma_.lower())))
                            ),
                            None,
                        )
                    if row is None and child.dep_ == "dobj" and child.ent_type_ in PLACE_NAMES:
                        # "captured Mopti", "abandoned Kherson": a named place taken or left
                        # reads as the row of a town (`named_place_rows.txt`; plover39), its
                        # sense not settled: it needs an actor ("the film captures Paris")
                        row = next(
                            (
                                found
                                for word in lex.cue["named_place_rows"]
                                if (found := lex.phrasal.get((lemma, word)))
                            ),
                            None,
                        )
                        place_named = row is not None
                    trig = row or trig
                    objected = objected or (child.dep_ == "dobj" and row is not None)
                if child.dep_ == "dobj" and (lemma, child.lemma_.lower()) not in lex.phrasal:
                    # "received a mission of observers": the group's members are the object;
                    # "dispatched a carrier group": the formation's compound is
                    for member in [*of_objects(lex.key, child), *_formation_kind(lex, child)]:
                        trig = lex.phrasal.get((lemma, member.lemma_.lower())) or trig
                if (
                    (
                        # ("spoke by phone": "by" parsed as a passive's agent, plover21)
                        child.dep_ == "prep" or (child.dep_ == "agent" and not _passive_verb(token))
                    )
                    and child.lower_ not in lex.cue["time_reference_preps"]
                    and child.lower_ not in lex.cue["absence_preps"]
                    # (a verb read by its subject reads no row through a preposition: "we
                    # arrived with our soldiers" is no troops arriving)
                    and lemma not in lex.cue["subject_verbs"]
                    and not objected
                ):
                    # (a place after the object is no row of its own: "opened a base near the
                    # border" is no border opened)
                    # "set 29 houses on fire", "took to the streets", "went on strike"; not
                    # what it came after ("withdrew from the town after talks"); the object of
                    # a preposition under the verb's particle ("pulled out of the talks", not
                    # "withdrew ..., according to monitors")
                    nested = [
                        o
                        for c in children(child)
                        if c.dep_ == "prep" and child.i == token.i + 1
                        for o in children(c)
                    ]
                    for obj in [*children(child), *(o for o in nested if o.dep_ == "pobj")]:
                        row = lex.phrasal.get((lemma, obj.lower_)) or lex.phrasal.get(
                            (lemma, obj.lemma_.lower())
                        )
                        if (
                            row is not None
                            and not _pact_terms(lex, child, obj)
                            # ("stopped during the talks" cuts no tie; "withheld 50
                            # million dollars in aid" names the money's kind: plover55)
                            and (
                                (lemma, obj.lemma_.lower()) not in lex.tie_cuts
                                and (lemma, obj.lower_) not in lex.tie_cuts
                                or money_given(lex, token)
                            )
                        ):
                            trig = row  # (not "withdrew under the treaty": prec51)
                        if obj.lemma_.lower() in lex.cue["alert_levels"]:
                            # "put its army on the highest state of alert": the state's "of"
                            # member is the row's word (plover46)
                            for member in of_objects(lex.key, obj):
                                trig = lex.phrasal.get((lemma, member.lemma_.lower())) or trig
                if child.dep_ == "nsubjpass" and _passive_act(lex, child):
                    # "reservists were called up", "troops were sent": the passive's subject is
                    # the object of the phrasal row
                    for word in (child, *of_objects(lex.key, child)):
                        trig = lex.phrasal.get((lemma, word.lemma_.lower())) or trig
                if child.dep_ == "nsubj" and lemma in lex.cue["subject_verbs"]:
                    # "shells landed in the town": the thing that fell is the event's word;
                    # "hundreds of soldiers arrived": the "of" members of a quantity (plover46;
                    # "the wives of soldiers arrived" is no troops moved)
                    members = (
                        of_objects(lex.key, child) if child.lower_ in lex.quantity_heads else ()
                    )
                    for word in (child, *members):
                        trig = lex.phrasal.get((lemma, word.lemma_.lower())) or trig
                if (
                    child.dep_ == "xcomp"
                    and lemma in lex.cue["bidding_verbs"]
                    and infinitive(lex.key, child)
                    and any(c.dep_ == "dobj" for c in own)
                    and lex.verbs.get(child.lemma_.lower(), ("",))[0] != "CONSULT"
                ):
                    # "invited the government to lift the curfew" (an invitation to visit or
                    # meet stays the meeting)
                    trig = ("REQUEST", None)
                if child.dep_ in {"advcl", "ccomp"}:
                    for mark in children(child):
                        if mark.dep_ == "mark" and (lemma, mark.lower_) in lex.phrasal:
                            trig = lex.phrasal[(lemma, mark.lower_)]
            if objected and _aimed_at_self(lex, token):
                trig = None  # "turned the gun on himself": a weapon aimed, not given up
            if trig == WEAPONS_TEST and not objected and _aimed(lex, own, lemma):
                trig = None  # "fired on a boat at sea": fire at a target is no test (prec51)
            if trig is None and lemma in lex.cue["permitting_verbs"] and token.dep_ != "relcl":
                # "allowed the inspectors back into the site", "let a medical team cross the
                # border": what is allowed (a way in, a visit) is the row's word (not what a
                # thing is told to allow: "the protein that allows the virus to enter")
                for word in _allowed(token):
                    trig = lex.phrasal.get((lemma, word.lower_)) or trig
            if lemma in lex.cue["joint_act_verbs"] and _joint_act(lex, token):
                trig = ("COOPERATE", None)  # "carried out a joint search for the trawler"
            if trig is None and lemma in lex.cue["deadline_verbs"] and _deadline(lex, own):
                trig = ("THREATEN", None)  # "gave the mission 72 hours to leave" (plover36)
            if trig is None and named and _finite_modifier(lex.key, token):
                # "scrambled fighter jets", "has positioned units" misparsed as the noun's
                # modifier: the noun is the verb's object
                trig = lex.phrasal.get((lemma, token.head.lemma_.lower()))
                for member in [*of_objects(lex.key, token.head), *_formation_kind(lex, token.head)]:
                    trig = lex.phrasal.get((lemma, member.lemma_.lower())) or trig
            # a phrasal row: the verb's sense is settled
            phrasal = trig is not None and not place_named
            derived = False
            if trig is None and lemma not in lex.verbs and lemma not in lex.support_verbs:
                for child in reads:
                    if (
                        child.dep_ == "dobj"
                        and (lemma, child.lemma_.lower()) in self.cameo_patterns
                    ):
                        trig = self.cameo_patterns[(lemma, child.lemma_.lower())]
                        derived = True
            if trig is None and lemma not in lex.verbs and lemma not in lex.support_verbs:
                trig = self.cameo_verbs.get(lemma)
                derived = trig is not None
            trig = trig or lex.verbs.get(lemma)
            opened = relief_place_opened(lex, token, lemma)
            if opened or (
                lemma in lex.cue["arriving_verbs"]
                and any(c.dep_ in {"nsubj", "nsubjpass"} and carries_relief(lex, c) for c in own)
            ):
                # "opened a field hospital", "a convoy carrying flour reached the town" (plover41)
                trig = ("AID", None)
            if (
                trig is None
                and (lemma in lex.giving or lemma in lex.cue["arriving_verbs"])
                or trig is not None
                and (
                    trig[0] == "MOBILIZE"
                    or trig[0] == "CONSULT"
                    and lemma in lex.cue["arriving_verbs"]
                )
            ) and sent_to_help(lex, token):
                # "deployed soldiers to help flood victims", "doctors arrived to help the
                # hospitals": personnel sent for the helped is assistance (plover41)
                trig = ("AID", None)
                helping = True
            else:
                helping = False
            if trig is None and rescued(lex, token, lemma, self._names_state, people_only=True):
                trig = ("AID", None)  # "navy divers rescued eleven hostages" (plover41)
            if trig is None and lemma in lex.giving and gives_aid(lex, token, self._names_state):
                # "sent fuel to the power station", "shipped air defence systems": a verb of
                # giving with aid as its object, where no row names the pair (plover21)
                trig = ("AID", None)
            overridable = (
                trig is None or trig[0] in PURPOSE_OVERRIDES or lemma in lex.key.occupying_verbs
            )
            # "continues to support the coalition's strikes": a verb of going on is no public
            # action done to make a claim (prec31); one that goes on with an action of its own
            # ("continued their sit-in to demand elections") still is
            going_on = lemma in known.continuing and not any(
                child.dep_ in ("dobj", "obj") for child in own
            )
            if (
                overridable
                and not going_on
                and (
                    protest_purpose(lex, token)
                    or trig is None
                    and in_protest(lex, token)
                    or sit_in(lex, token)  # "students occupied the rector's office"
                )
                # (a crowd, or a verb left without a subject: `_unparsed_crowd`, before the roles)
                and (
                    (crowd := crowd_subject(lex, token))
                    or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in own)
                )
            ):
                cand = _Candidate(
                    token, "PROTEST", "obstruct" if lemma in lex.key.blocking_verbs else "demo"
                )
                self._verb_roles(token, cand, context)
                if not any(a.sector in STATE_SECTORS for a in cand.actors) and (
                    crowd or _unparsed_crowd(token, cand)
                ):
                    return cand
            if trig is None:
                return None
            if (
                trig[0] == "CONCEDE"
                and not phrasal
                and token.tag_ == "VBZ"
                and (subject := next((c for c in own if c.dep_ == "nsubj"), None)) is not None
                and subject.pos_ != "PRON"
                and not _can_act(lex, subject, self._resolve([subject], context))
            ):
                # "Drought lifts food prices", "Tension eases": a concession verb that no row
                # settles, in the present of a headline, needs a subject that can act, as the
                # headline's verb taken for a noun does (heads47); "Government lifts curfew"
                # has its row (heads48)
                return None
            if (
                phrasal
                and lemma in lex.light_act_verbs
                and any(
                    c.dep_ == "dobj" and (lemma, c.lemma_.lower()) in lex.light_pairs for c in own
                )
                and (subject := next((c for c in own if c.dep_ == "nsubj"), None)) is not None
                and subject.pos_ != "PRON"
                and not _can_act(lex, subject, self._resolve([subject], context))
            ):
                # a light verb read by its noun ("issued a condemnation", "gave its backing")
                # needs a subject that can act: "the coach gave his backing to the goalkeeper"
                # is no event (plover50)
                return None
            if any(c.dep_ == "xcomp" and c.lemma_ in lex.comment_words for c in own) and not any(
                c.dep_ == "dobj" for c in own
            ):
                # "declined to comment": no event; "telephoned his counterpart to discuss the
                # crisis" has its party as object, the clause its purpose (plover21)
                return None
            if _refusing(lex, token) and any(
                c.dep_ == "dobj" and c.lemma_ in lex.comment_words for c in own
            ):
                return None  # "ministry declines comment on the reports" (plover21)
            type_, mode = trig
            envoys = False
            if type_ in VERBAL_TYPES and token.dep_ in {"acl", "amod"} and token.tag_ == "VBN":
                return None
            if type_ in VERBAL_TYPES and _questioned(lex.key, token):
                return None
            if lemma in lex.key.strike_words and self._labour(token):
                type_, mode = "PROTEST", "strike"
            if (type_, mode) == ("ASSAULT", "destroy") and any(
                c.dep_ == "dobj" and c.lower_ in lex.reflexives for c in own
            ):
                # "set himself on fire in protest": a self-immolation is a protest (acled17)
                type_, mode = "PROTEST", "demo"
            if (type_, mode) == ("RETREAT", "withdraw") and (
                _envoys_withdrawn(lex, token) or relief_given(lex, token)
            ):
                # "withdrew its observers", "reduced food aid": less of a relation (SANCTION)
                type_ = "SANCTION"
                envoys = True
            if (type_, mode) == ("ACCUSE", "investigate") and _mishap_probed(lex, token):
                return None  # "launched an inquiry into the collapse of the bridge"
            if type_ == "RETREAT" and left_harmed(lex, token, lemma):
                return None  # "a shootout left two dead": the result of the fight, no retreat
            if type_ == "SANCTION" and _coerced_at_home(lex, token, lemma):
                type_, mode = "COERCE", None  # "shut down the internet", "expelled two reporters"
            if (
                type_ in {"AGREE", "CONCEDE", "COOPERATE"}
                and lemma in lex.giving
                and gives_aid(lex, token, self._names_state)
            ):
                # "gave 20 million dollars in emergency aid", "lent Morocco 100 million dinars"
                type_, mode = "AID", None
            if type_ == "AGREE" and debt_forgiven(lex, token):
                type_, mode = "AID", None  # "agreed to write off half the debt" (plover41)
            if type_ == "ASSAULT" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in lex.cue["instrument_objects"] for c in own
            ):
                return None  # "executed a search warrant": a document carried out (plover21)
            if type_ == "ASSAULT" and _nature_struck(lex, token):
                return None  # "earthquake-hit districts": a place's state, no attack
            if (type_, mode) == ("COERCE", "restrict") and _trade_barred(lex, token):
                type_, mode = "SANCTION", "discontinue"  # "banned steel imports", "travel bans"
            if type_ == "COERCE" and _held_before(lex, token):
                return None  # "freed the detained leader": the holding is the freed one's state
            if type_ in {"ASSAULT", "COERCE"} and _state_told(lex, token):
                # "reached the besieged town", "banned nerve agents": a state, no act told
                return None
            if type_ in {"MOBILIZE", "COERCE"} and joint_parties_act(lex, token, type_):
                # "the two navies conducted an exercise", "ships of both states patrolled the
                # waters together" (plover41)
                type_, mode = "COOPERATE", None
            if (type_, mode) == ("RETREAT", "access") and opened_to_trade(lex, token):
                type_, mode = "COOPERATE", None  # "reopened the crossing to trade" (plover41)
            if type_ == "RETREAT" and _suspect_handed(lex, token):
                type_, mode = "COOPERATE", None  # "handed over the suspected cartel leader"
            if type_ == "RETREAT" and relief_given(lex, token):
                type_, mode = "AID", None  # "handed over two tonnes of vaccines"
            if type_ != "AID" and rescued(
                lex, token, lemma, self._names_state, people_only=type_ != "RETREAT"
            ):
                # "police freed 30 trafficking victims", "navy divers rescued the hostages"
                type_, mode = "AID", None
            if type_ == "RETREAT" and (
                lemma in lex.giving
                and hardware_given(lex, token, self._names_state)
                or mode == "release"
                and money_given(lex, token)
                and gives_aid(lex, token, self._names_state)
            ):
                # "released 1.5 billion euros in aid" (plover41)
                type_, mode = "AID", None  # "handed over 14 tanks to the army"
            if (
                lemma in lex.key.firing_verbs
                and not any(
                    c.lemma_.lower() in lex.weapon_objects
                    for c in own
                    if c.dep_ in {"dobj", "prt", "nsubj"}  # "fired a shot", "the gun fired"
                )
                and not any(c.lower_ in lex.cue["fired_at_preps"] for c in own)
            ):
                return None
            # (what the word and its clause rule out is asked before the roles, which are dear)
            if derived and (
                token.dep_ in {"relcl", "acl", "amod", "advcl"}
                or modality_of(lex, token) != "asserted"
            ):
                return None
            if (
                type_ == "AID"
                and lemma in lex.giving
                and not helping
                and not gives_aid(lex, token, self._names_state)
            ):
                return None
            weak = lemma in lex.weak_verbs and not phrasal
            if lemma in lex.cue["object_verbs"] and not any(
                c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in own
            ):
                return None  # "the woman is recovering": no thing taken (gvc36)
            if weak and _portion_doers(lex, token):
                return None  # "hit by a round of layoffs" (gvc23)
            cand = _Candidate(token, type_, mode, envoys=envoys and type_ == "SANCTION")
            self._verb_roles(token, cand, context)
            if weak and not (cand.actors or _anchored(lex, token, cand)):
                # (a phrasal row settles a weak verb's sense: "was charged with theft")
                return None
            if place_named and not cand.actors:
                return None  # "the film captures Paris": a place taken needs its taker
            if (
                phrasal
                and lemma in lex.cue["organised_verbs"]
                and not any(_organised(a) for a in (*cand.actors, *cand.recipients))
            ):
                return None  # "she worked together with her brother in the bakery"
            if (
                phrasal
                and any(a.sector in CARE_SECTORS for a in cand.actors)
                and _row_told(lex, own, lemma, lex.cue["care_row_words"])
            ):
                return None  # "the doctor held consultations with his patients" (plover36)
            if lemma in lex.cue["public_actor_verbs"] and not any(
                _organised(a) for a in cand.actors
            ):
                return None  # "the widow thanked the paramedics" (prec39)
            if (
                type_ == "THREATEN"
                and lemma in lex.cue["deadline_verbs"]
                and not any(_organised(a) for a in cand.actors)
            ):
                return None  # "the landlord gave the tenants two months to leave" (plover36)
            if (
                not opened
                and _armed_only(lex, token, known)
                and not any(is_armed(lex, a) for a in cand.actors)
            ):
                return None  # "the residents' association announced its formation": no event
            if derived and not _anchored(lex, token, cand):
                return None
            if (
                lemma in lex.cue["casualty_lemmas"]
                and not cand.actors
                and token.dep_ in {"advcl", "xcomp", "acl", "relcl"}
            ):
                head = token.head
                if head.lemma_ in lex.verbs or head.lemma_ in lex.nouns:
                    return None
            return cand
        if lower in lex.cue["shoot_out_tail"] and token.i >= 2 and token.nbor(-1).text == "-":
            if token.nbor(-2).lower_ in lex.key.shoot_lemmas:
                # "a shoot-out between rival gangs", split by the tokenizer
                cand = _Candidate(token, "ASSAULT", "firearms", verbal=False)
                self._noun_roles(token, cand, context)
                return cand
        if lemma in lex.cue["armed_op_nouns"] and pos == "NOUN" and _armed_op(lex, token):
            cand = _Candidate(token, "ASSAULT", None, verbal=False)
            self._noun_roles(token, cand, context)
            return cand
        if lemma in lex.key.sit_in_heads and _sit_in(lex.key, token):
            cand = _Candidate(token, "PROTEST", "demo", verbal=False)
            self._noun_roles(token, cand, context)
            return cand
        if lemma in lex.key.patrol_nouns and pos == "NOUN" and carried_out(lex, token):
            # "a French army patrol took place", "carried out patrols": forces on the move
            cand = _Candidate(token, "MOBILIZE", None, verbal=False)
            self._noun_roles(token, cand, context)
            return cand
        if pos == "NOUN" and lemma in known.halting:
            # "announced a halt to budget aid", "a freeze on the bank accounts of": what is halted,
            # read by the verb's phrasal rows; no row, no reading here (plover49); the light
            # verb's preposition after the noun ("put a stop to cooperation") is the noun's
            halted = known.halting[lemma]
            light = children(token.head) if token.dep_ == "dobj" else ()
            trig = next(
                (
                    row
                    for p in (*children(token), *(c for c in light if c.i > token.i))
                    if p.dep_ == "prep" and p.lower_ in lex.cue["halting_preps"]
                    for o in children(p)
                    if o.dep_ == "pobj"
                    and (row := lex.phrasal.get((halted, o.lemma_.lower()))) is not None
                ),
                None,
            )
            if trig is not None:
                cand = _Candidate(token, trig[0], trig[1], verbal=False)
                self._noun_roles(token, cand, context)
                return cand
        easing = known.easing
        if pos == "NOUN" and lemma in easing:
            # "the lifting of the curfew", "an easing of restrictions": a restriction of one's
            # own eased, read by the verb's phrasal rows for what follows "of" (plover30)
            rows = [
                lex.phrasal.get((easing[lemma], o.lemma_.lower()))
                for o in of_objects(lex.key, token)
            ]
            trig = next((r for r in rows if r is not None), None)
            if trig is None:
                return None
            cand = _Candidate(token, trig[0], trig[1], verbal=False)
            self._noun_roles(token, cand, context)
            return cand
        if pos in {"NOUN", "PROPN"} and _headline_verb(lex, token, lemma):
            # "Junta rejects calls for early elections": a headline's verb taken for a noun
            # between its subject and its object (plover31)
            # (a row for its object settles the verb's sense, and reads a verb known only by
            # such rows: "Government scraps fuel tax", "Militias trade fire": heads47)
            row = known.row_object(lex, lemma, token.i, token_words(token.doc))
            trig = row or lex.verbs.get(lemma)
            if trig is None:
                return None
            subject = token.doc[token.i - 1]
            subject_actors = self._resolve([subject], context)
            if token.tag_ in {"NNS", "NNPS"} and not _can_act(lex, subject, subject_actors):
                # "Press censorship lifts debate": the "-s" verb needs a subject that can act
                # (a person, group, state or body), not an abstract noun (heads47)
                return None
            type_, mode = trig
            cand = _Candidate(token, type_, mode, verbal=False)
            self._noun_roles(token, cand, context)
            cand.headline_subject = subject
            if not cand.actors:
                # "Junta rejects calls ...": the subject parsed as the word's compound
                cand.actors = subject_actors
            if not cand.recipients and token.tag_ == "NN":
                # "Police storm opposition offices": the noun phrase after the verb
                cand.recipients = self._resolve(_object_head(token), context)
            return cand
        if pos in {"NOUN", "PROPN"} and lower in lex.mistagged_protest:
            cand = _Candidate(token, "PROTEST", "demo", verbal=False)
            self._noun_roles(token, cand, context)
            return cand
        if (
            pos == "NOUN"
            and lemma in lex.wounds
            and lemma not in lex.nouns
            and any(
                c.dep_ == "compound" and c.lemma_.lower() in lex.cue["bullet_nouns"]
                for c in token.children
            )
        ):
            # "suffered a bullet wound", "gunfire injuries": a wound told by what made it is
            # the shooting, told when nobody saw it (gvc22)
            cand = _Candidate(token, "ASSAULT", "firearms", verbal=False)
            self._noun_roles(token, cand, context)
            return cand
        if pos in {"NOUN", "PROPN"} and lemma in lex.nouns:
            if lemma in lex.key.talk_nouns and token.tag_ != "NNS":
                return None
            if lemma in lex.key.march_words and token.ent_type_ == "DATE":
                return None
            if token.dep_ == "compound" and token.head.lemma_.lower() in lex.not_event_heads:
                # "riot police", "protest leaders": a kind of people, not an event
                return None
            type_, mode = lex.nouns[lemma]
            if type_ in VERBAL_TYPES and (
                _not_reported(lex, token) or _questioned(lex.key, token.head)
            ):
                return None
            if lemma in lex.key.strike_words and self._labour(token):
                type_, mode = "PROTEST", "strike"
            if lemma in lex.cue["air_strike_nouns"] and any(
                c.lower_ in lex.cue["air_modifiers"] for c in token.children
            ):
                type_, mode = "ASSAULT", "aerial"
            if type_ == "ASSAULT" and any(
                c.lower_ in lex.cue["cyber_modifiers"] for c in token.children
            ):
                type_, mode = "COERCE", "cyber"  # "a cyber attack on the grid"
            if (type_, mode) == ("RETREAT", "withdraw") and any(
                _envoy(lex, o) for o in of_objects(lex.key, token)
            ):
                # "the withdrawal of its ambassador": as "withdrew its ambassador" (plover49)
                type_, mode = "SANCTION", "discontinue"
            cand = _Candidate(token, type_, mode, verbal=False)
            self._noun_roles(token, cand, context)
            return cand
        return None

    def _labour(self, token: Token) -> bool:
        """ "workers went on strike", "a strike by nurses": a strike by workers or unions is a
        labour protest."""
        lex = self.lex
        # (the head's lemma as fixed: "staged" is tagged "stag", acled17)
        head_lemma = lex.lemma_fixes.get(token.head.lower_, token.head.lemma_)
        near = {c.lower_ for c in token.children} | {token.head.lower_, head_lemma}
        subj = [c for c in token.children if c.dep_ == "nsubj"]
        if token.dep_ == "dobj" and head_lemma in lex.support_verbs:
            # "the union will stage a strike"
            subj += [c for c in token.head.children if c.dep_ == "nsubj"]
        # "a strike by nurses", "the strike by dock workers": the noun's own "by" phrase (prec54)
        subj += [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ in lex.key.agentive_preps
            for o in p.children
            if o.dep_ == "pobj"
        ]
        near |= {t.lower_ for s in subj for t in s.subtree}
        return bool(near & lex.labour_words)


def _headline_verb(lex: EventWords, token: Token, lemma: str) -> bool:
    """ "Junta rejects calls for early elections", "Council scraps parking fees": on a headline
    line (`headline_line`), a word in its "-s" form tagged as a plural noun whose lemma is a
    trigger verb and no event noun, right after the line's opening noun phrase (the subject:
    nouns and names from the line's start) and before a word that opens an object, is the
    headline's present-tense verb. A noun compound read as one ("Police fire kills two") has
    no "-s" form and stays a noun."""
    if token.tag_ == "NN" and token.lower_ == lemma:
        return _base_headline_verb(lex, token, lemma)
    if token.tag_ not in {"NNS", "NNPS"} or lemma in lex.nouns:
        return False
    if lemma not in lex.verbs and lemma not in lex.phrasal_lemmas:
        return False
    if not token.lower_.endswith("s") or token.i + 1 >= len(token.doc) or token.i == 0:
        return False
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    subject = doc[start : token.i]
    if not subject or any(t.pos_ not in {"NOUN", "PROPN"} for t in subject):
        return False
    if subject[-1].tag_ in {"NNS", "NNPS"}:
        return False  # a plural subject takes no "-s" verb
    nxt = doc[token.i + 1]
    if nxt.pos_ not in {"NOUN", "PROPN", "DET", "NUM", "ADJ", "VERB"} or "\n" in nxt.text:
        return False
    return headline_line(doc_text(doc), token.idx)


_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
_SUBJECT_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_OBJECT_OPENERS = frozenset({"NOUN", "PROPN", "DET", "NUM", "ADJ", "ADP"})


def _base_headline_verb(lex: EventWords, token: Token, lemma: str) -> bool:
    """ "Rioters torch police station", "Police storm party offices": on a headline line
    (`headline_line`) with no finite verb, a word in its base form tagged as a singular noun
    whose lemma is a trigger verb and no event noun, right after the line's opening noun phrase
    whose head is plural (a plural noun, or a collective such as "police":
    `plural_collectives.txt`) and before a word that opens an object or a phrase, is the
    headline's present-tense verb (agreeing with its plural subject). A noun compound after a
    singular noun ("Student torch relay", "Festival torch parade draws crowds") stays a noun
    (plover43)."""
    if lemma in lex.nouns or (lemma not in lex.verbs and lemma not in lex.phrasal_lemmas):
        return False
    doc = token.doc
    i = token.i
    if i == 0 or i + 1 >= len(doc):
        return False
    # (the cheap questions first, from the parse's tables: this is asked of every noun whose
    # lemma is a trigger verb, most of them in an article's body)
    _, poses, lowers = token_words(doc)
    if poses[i - 1] not in {"NOUN", "PROPN"}:
        return False
    start = i
    while start > 0 and "\n" not in lowers[start - 1]:
        start -= 1
        if i - start > 2 * HEADLINE_MAX_WORDS:
            return False  # (a body line, told from the tables: tokens outnumber words)
    if not headline_line(doc_text(doc), token.idx):
        return False
    tokens = doc_tokens(doc)
    head = tokens[i - 1]
    if head.tag_ not in {"NNS", "NNPS"} and lowers[i - 1] not in lex.cue["plural_collectives"]:
        return False  # a singular subject takes the "-s" form
    if head.dep_ == "compound" and head.head.i == i:
        return False  # the parse reads one noun: "Police station guard wounded"
    if any(poses[k] not in _SUBJECT_POS for k in range(start, i)):
        return False
    after = tokens[i + 1]
    if "\n" in lowers[i + 1] or (
        poses[i + 1] not in _OBJECT_OPENERS and after.tag_ not in {"VBG", "VBN"}
    ):
        return False  # (a participle opens an object too: "torch ruling party office")
    end = i + 1
    while end < len(doc) and "\n" not in lowers[end - 1]:
        if tokens[end].tag_ in _FINITE_TAGS or (
            poses[end] == "VERB" and tokens[end].dep_ == "ROOT"
        ):
            return False  # the line has its verb: "Workers strike ballot opens", "... set"
        end += 1
    return True


def _can_act(lex: EventWords, subject: Token, actors: list[Actor]) -> bool:
    """A headline's subject can act: an actor of a country or a sector ("Junta", "Mayor"), a
    name or a named entity ("Pakistan", "Smith"), or a noun heading a body
    (`actors/body_heads.txt`, `candidates/acting_heads.txt`: "Council", "Opposition"); an
    abstract noun ("censorship", "drought") is none. (heads47)"""
    if any(_organised(a) for a in actors):
        return True
    if subject.pos_ == "PROPN" or subject.ent_type_ in _ACTING_ENTITIES:
        return True
    lemma = subject.lemma_.lower()
    return lemma in lex.cue["acting_heads"] or lemma in lex.body_heads


_ACTING_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _object_head(verb: Token) -> list[Token]:
    """The head of the noun phrase right after a headline's verb taken for a noun (its last
    noun or name before any other word), or none when a preposition follows the verb."""
    doc = verb.doc
    _, poses, _ = token_words(doc)
    found: list[Token] = []
    k = verb.i + 1
    while k < len(doc) and poses[k] in {"NOUN", "PROPN", "DET", "NUM", "ADJ"}:
        if poses[k] in {"NOUN", "PROPN"}:
            found = [doc[k]]
        k += 1
    return found


def _adjective_verb(lex: EventWords, token: Token, lemma: str) -> bool:
    """ "Rebels free dozens of child soldiers", "Army frees 12 hostages": a word tagged as an
    adjective that takes a direct object is a verb (an adjective takes none); one whose lemma is
    a trigger verb is read as that verb (plover34)."""
    return lemma in lex.verbs and any(c.dep_ == "dobj" for c in token.children)


def _read_as_verb(lex: EventWords, cand: _Candidate) -> bool:
    """The candidate is a headline's verb taken for a noun (`_headline_verb`): "Junta rejects
    calls" is no bare plural of events in a habit ("keeps staging raids")."""
    trig = cand.trigger
    return (
        not cand.verbal
        and trig.pos_ in {"NOUN", "PROPN"}
        and _headline_verb(lex, trig, lex.lemma_fixes.get(trig.lower_, trig.lemma_.lower()))
    )


def _headline_object(lex: EventWords, token: Token) -> bool:
    """ "Junta rejects calls for elections": the word after a headline's verb taken for a noun
    (`_headline_verb`) is its object, though tagged as the verb (plover33)."""
    if token.pos_ != "VERB" or token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    lemma = lex.lemma_fixes.get(prev.lower_, prev.lemma_.lower())
    return prev.pos_ in {"NOUN", "PROPN"} and _headline_verb(lex, prev, lemma)


def _pact_terms(lex: EventWords, prep: Token, obj: Token) -> bool:
    """ "withdrew under the treaty", "the war ended in a peace deal": an agreement
    (`pact_nouns.txt`) after a preposition of terms or outcome (`terms_preps.txt`) is not what the
    act is done to ("withdrew from the treaty" is)."""
    return prep.lower_ in lex.cue["terms_preps"] and obj.lemma_.lower() in lex.cue["pact_nouns"]


def _aimed(lex: EventWords, own: Iterable[Token], lemma: str) -> bool:
    """ "fired on a fishing boat at sea", "fired at a tanker at sea": the verb is aimed
    (`fired_at_preps.txt`) at something no row of the verb names (the sea, a test), a target."""
    return any(
        g.dep_ == "pobj"
        and (lemma, g.lower_) not in lex.phrasal
        and (lemma, g.lemma_.lower()) not in lex.phrasal
        for p in own
        if p.dep_ == "prep" and p.lower_ in lex.cue["fired_at_preps"] and not _when(p)
        for g in children(p)
    )


def _when(prep: Token) -> bool:
    """ "called up reservists on Tuesday": a preposition whose object is a day or a time tells
    when, so it is no particle of the verb ("called on the government to")."""
    return any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in prep.children)


def _unparsed_crowd(verb: Token, cand: _Candidate) -> bool:
    """A verb the parser left without a subject whose actors, found by the roles, are not the
    state ("..., including students, gathered outside the ministry to demand")."""
    return (
        not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and bool(cand.actors)
        and not any(a.sector in STATE_SECTORS for a in cand.actors)
    )


def _sit_in(key: KeyWords, token: Token) -> bool:
    """ "a sit-in", split by the tokenizer, or written without its hyphen ("organised a sit in
    outside the ministry": the noun "sit" with its determiner, then "in")."""
    doc = token.doc
    if (
        token.i + 2 < len(doc)
        and token.nbor(1).text == "-"
        and token.nbor(2).lower_ in key.locative_preps
    ):
        return True
    return (
        token.pos_ == "NOUN"
        and token.i + 1 < len(doc)
        and token.nbor(1).lower_ in key.locative_preps
        and any(c.dep_ in {"det", "poss"} for c in token.children)
    )


def _feared(lex: EventWords, trigger: Token) -> bool:
    """ "she feared the gang would come for her": an event someone fears, hopes or believes
    will happen is their state of mind, not a reported event."""
    node = trigger
    for _ in range(3):
        if node.dep_ == "ccomp" and node.head.lemma_ in lex.mental:
            return modality_of(lex, trigger) != "asserted"
        if node.dep_ not in {"xcomp", "conj", "aux"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _armed_op(lex: EventWords, noun: Token) -> bool:
    """ "operations against NRF fighters", "an armed confrontation with officers": a fight."""
    if noun.lemma_ in lex.key.operation_nouns:
        return any(c.dep_ == "prep" and c.lower_ in lex.key.opposing_preps for c in noun.children)
    return any(c.lower_ in lex.cue["armed_op_modifiers"] for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ in lex.cue["armed_op_preps"] for c in noun.children
    )


def _questioned(key: KeyWords, verb: Token) -> bool:
    """ "nobody knew whether the cabinet had signed off": asked about, not reported."""
    return any(c.dep_ == "mark" and c.lower_ in key.question_complementizers for c in verb.children)


def _not_reported(lex: EventWords, noun: Token) -> bool:
    """ "declined to comment on the talks": a noun under a refused comment is no event."""
    node = noun
    for _ in range(5):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_ in lex.comment_words and node.head.lemma_ in lex.non_reporting:
            return True
    return False


def _demand_noun(lex: EventWords, noun: Token) -> bool:
    """ "sent a reminder that the council must act": a message object whose clause says what
    someone must do (`demand_nouns.txt`)."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "dobj"
        and noun.lemma_.lower() in lex.cue["demand_nouns"]
        and (_deontic(lex, noun, {"ccomp", "acl"}) or _addressee_content(lex, noun))
    )


def _addressee_content(lex: EventWords, noun: Token) -> bool:
    """ "sent a reminder to the provinces that they must act": the message's content clause,
    parsed as a relative clause of the message or its addressee, or as a clause of the verb
    after the message; a complementiser ("that", a `mark`) tells it from a true relative clause,
    whose "that" is its subject or object (plover49)."""
    verb = noun.head
    clauses = [c for c in children(noun) if c.dep_ == "relcl"]
    clauses += [c for c in children(verb) if c.dep_ == "ccomp" and c.i > noun.i]
    clauses += [
        c
        for prep in children(verb)
        if prep.dep_ in {"dative", "prep"}
        for obj in children(prep)
        if obj.dep_ == "pobj"
        for c in children(obj)
        if c.dep_ in {"relcl", "acl"}
    ]
    return any(
        any(m.dep_ == "mark" for m in children(c))
        and any(a.dep_ == "aux" and a.lower_ in lex.deontic for a in children(c))
        for c in clauses
    )


def _deontic(
    lex: EventWords, verb: Token, deps: frozenset[str] | set[str] = frozenset({"ccomp"})
) -> bool:
    """ "X said Y must leave": the reported clause carries "must"/"should"."""
    return any(
        c.dep_ in deps and any(a.dep_ == "aux" and a.lower_ in lex.deontic for a in c.children)
        for c in verb.children
    )


def _coerced_at_home(lex: EventWords, verb: Token, lemma: str) -> bool:
    """ "shut down mobile internet", "suspended the party's activities", "expelled two
    journalists": a sanction verb whose target is a people's media, parties or persons (not a
    state's envoys or its aid) is repression (PLOVER COERCE), not a cut in relations."""
    if lemma not in lex.cue["coercing_verbs"]:
        return False
    targets = lex.cue["coerced_objects"]
    for obj in verb.children:
        if obj.dep_ in {"dobj", "nsubjpass"}:
            words = [obj] + [c for c in obj.children if c.dep_ in {"compound", "amod", "poss"}]
            words += of_objects(lex.key, obj)
            if any(w.lemma_.lower() in targets for w in words):
                return True
    return False


def _mishap_probed(lex: EventWords, verb: Token) -> bool:
    """ "opened an inquiry into the collapse of the bridge": an inquiry into a mishap
    (`candidates/mishap_nouns.txt`) accuses no one."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        obj.lemma_.lower() in lex.cue["mishap_nouns"]
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _passive_act(lex: EventWords, subject: Token) -> bool:
    """The passive's subject tells an act done to it: not a state or a police call ("the
    hostages have been held", "officers were dispatched", `candidates/passive_states.txt`), not a
    question ("how many soldiers had been sent"). (plover18)"""
    if subject.lemma_.lower() in lex.cue["passive_states"]:
        return False
    return not any(t.tag_ in {"WRB", "WDT", "WP"} for t in subject.subtree)


def _organised(actor: Actor) -> bool:
    """The actor is a public side: one of a sector other than civilians, or of a country
    ("Swiss and Italian investigators", "Kenyan soldiers", "the president")."""
    return bool(actor.country) or actor.sector not in {None, PRIVATE_SECTOR}


def _armed_only(lex: EventWords, verb: Token, rows: TriggerWords | None = None) -> bool:
    """The verb's event is told by an object or particle that makes it one of an armed group
    alone ("announced its formation", "took him away"): a civic group forming, workers taking
    rubbish away, are no events. (acled14) (`rows`: the verbs that have such a row, to ask the
    verb's words only of those)"""
    words = lex.cue["armed_only_words"]
    lemma = verb.lemma_.lower()
    if rows is not None and lemma not in rows.armed_only_verbs:
        return False
    told = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "prt", "advmod"}]
    # "the play is set in a prison camp": the row's word told by a preposition (plover18)
    told += [o for p in verb.children if p.dep_ == "prep" for o in p.children]
    return any(c.lemma_.lower() in words and (lemma, c.lemma_.lower()) in lex.phrasal for c in told)


def _saying_act(lex: EventWords, own: tuple[Token, ...], lemma: str) -> bool:
    """A verb of saying whose object, interjection or preposition's object is a word of
    `candidates/saying_act_words.txt` its row names tells the act, not speech: "voters said no
    to the charter" (REJECT), "added two banks to its blacklist" (SANCTION); "said no one was
    hurt", "added that talks went on" tell nothing. (plover36)"""
    return _row_told(lex, own, lemma, lex.cue["saying_act_words"]) or _particle_verb(
        lex, own, lemma
    )


def _particle_verb(lex: EventWords, own: tuple[Token, ...], lemma: str) -> bool:
    """ "wrote off the country's debt", "wrote the loans off", "the arrears were written off": a
    verb of saying with a particle is another verb, and a row of `triggers/phrasal.tsv` that names
    the verb with its particle, its object (the passive's subject) or what the object counts tells
    that verb's act, not speech; "off" or "down" parsed as the preposition ("wrote off the debt")
    is the particle, its object the verb's. A verb of saying with no particle ("wrote about the
    debt") stays speech. (heads48, from plover44's debts written off)"""
    # (the cheap tests first: most verbs of saying, "say" above all, have no row nor particle)
    if lemma not in lex.phrasal_lemmas:
        return False
    particles = lex.key.off_particles | lex.key.down_particles
    parts = [c for c in own if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in particles)]
    if not parts:
        return False
    objects = [c for c in own if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [o for p in parts if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    words = [*parts, *(w for o in objects for w in (o, *of_objects(lex.key, o)))]
    return any((lemma, w.lemma_.lower()) in lex.phrasal for w in words)


def _row_told(lex: EventWords, own: tuple[Token, ...], lemma: str, words: frozenset[str]) -> bool:
    """One of `words` is the verb's object, interjection or preposition's object (of its
    children `own`), and a row of `triggers/phrasal.tsv` names it with the verb's lemma."""
    for child in own:
        told = [child] if child.dep_ in {"dobj", "intj"} else []
        if child.dep_ == "prep":
            # ("said no to the plan": the parser may hang the answer on the preposition)
            told = [o for o in child.children if o.dep_ in {"pobj", "intj"}]
        if any(
            w.lemma_.lower() in words and (lemma, w.lemma_.lower()) in lex.phrasal for w in told
        ):
            return True
    return False


def _held_before(lex: EventWords, verb: Token) -> bool:
    """ "the junta freed the detained former president", "released the crew of the seized
    ship", "agents detained since December have been released": a participle that tells how
    the freed people or returned goods came to be held is their state, and the release
    (RETREAT) is the event."""
    if verb.dep_ not in {"amod", "acl"} or verb.tag_ != "VBN":
        return False
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head
    if noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    governor = noun.head
    found = lex.verbs.get(lex.lemma_fixes.get(governor.lower_, governor.lemma_.lower()))
    return found is not None and found[0] == "RETREAT"


def _trade_barred(lex: EventWords, verb: Token) -> bool:
    """ "banned imports of steel", "imposed a ban on arms sales", "imposed travel bans on the
    junta": a ban on trade, travel or entry cuts a relation (PLOVER SANCTION discontinue), not
    the state's control of its own streets (COERCE restrict)."""
    barred = lex.cue["trade_objects"]
    for obj in verb.children:
        if obj.dep_ in {"dobj", "nsubjpass"}:
            words = [obj] + [c for c in obj.children if c.dep_ in {"compound", "amod"}]
            words += of_objects(lex.key, obj)
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ in lex.key.surface_preps:
                    for pobj in prep.children:
                        words += [pobj] + [c for c in pobj.children if c.dep_ == "compound"]
            if any(w.lemma_.lower() in barred for w in words):
                return True
    return False


def _split_object_row(lex: EventWords, lemma: str, obj: Token) -> Trigger | None:
    """The row of a hyphenated object the tokenizer split ("suspended their sit-in": "sit", "-"
    and "in", its last part the object; plover46), read as written whole."""
    i = obj.i
    if i < 2 or obj.doc[i - 1].text != "-":
        return None
    return lex.phrasal.get((lemma, f"{obj.doc[i - 2].lower_}-{obj.lower_}"))


def _envoys_withdrawn(lex: EventWords, verb: Token) -> bool:
    """ "withdrew its ambassador", "the observers were pulled out": what is withdrawn is no
    armed force, so PLOVER counts a cut in relations (SANCTION), not a retreat."""
    return any(obj.dep_ in {"dobj", "nsubjpass"} and _envoy(lex, obj) for obj in children(verb))


def _envoy(lex: EventWords, noun: Token) -> bool:
    """An envoy or observers, named by the noun or its modifier ("its ambassador", "the
    observer mission": `envoy_nouns.txt`)."""
    envoys = lex.cue["envoy_nouns"]
    return noun.lemma_.lower() in envoys or any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in envoys for c in children(noun)
    )


def _suspect_handed(lex: EventWords, verb: Token) -> bool:
    """ "handed over the suspected cartel leader", "handed over a man wanted for arson": whom a
    state hands over is wanted (`suspect_words.txt`), so PLOVER counts an extradition
    (COOPERATE), not a release."""
    suspects = lex.cue["suspect_words"]
    if f"verb:{verb.lemma_.lower()}" not in suspects:
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [
        g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
    ]
    return any(
        o.lemma_.lower() in suspects
        or any(m.lower_ in suspects for m in o.children if m.dep_ in {"amod", "acl", "compound"})
        for o in objects
    )


def _nature_struck(lex: EventWords, verb: Token) -> bool:
    """ "earthquake-hit districts", "flood-hit villages": a hyphened participle after a force of
    nature (`misreadings/natural_causes.txt`) qualifies a place; no one attacked it."""
    if verb.i < 2 or verb.nbor(-1).text != "-" or verb.dep_ not in {"amod", "compound"}:
        return False
    causes = lex.lexicon.words("events/misreadings/natural_causes")
    return verb.nbor(-2).lemma_.lower() in causes or verb.nbor(-2).lower_ in causes


def _state_told(lex: EventWords, verb: Token) -> bool:
    """ "the besieged town": a participle before its noun whose verb names a lasting state
    (`state_participles.txt`) qualifies the place; the siege is not told as an event."""
    return (
        verb.dep_ == "amod"
        and verb.tag_ == "VBN"
        and verb.i < verb.head.i
        and verb.lemma_.lower() in lex.lexicon.words("events/state_participles")
    )


def _will(lex: EventWords, verb: Token) -> bool:
    """The verb is told with "will" (`candidates/will_aux.txt`), not a reported "would"."""
    return any(c.dep_ == "aux" and c.lower_ in lex.cue["will_aux"] for c in verb.children)


def _stated(lex: EventWords, trigger: Token, will: bool = True) -> bool:
    """The trigger is future content its actor states ("announced it will", "is ready to help");
    with `will` false, only a word of commitment states it (`stating.txt`: "is willing to
    withdraw", "announced it will return"), not a plain "will" or a verb of saying ("said the
    army would withdraw": a plan reported)."""
    stating = lex.stating if will else lex.cue["stating"]
    node = trigger.head if trigger.pos_ != "VERB" and trigger.dep_ == "nsubj" else trigger
    if will and trigger.pos_ == "VERB" and _will(lex, trigger):
        return True
    for _ in range(3):
        if (
            node.dep_ == "advcl"
            and node.head.lemma_.lower() in stating
            and infinitive(lex.key, node)
        ):
            return True  # "have sworn to fight", the infinitive parsed as an adverbial
        if node.dep_ not in {"ccomp", "xcomp", "conj"} or node.head is node:
            return False
        if node.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in node.head.children):
            return False  # "urge other states to take in": the object's act, not a promise
        if node.dep_ == "xcomp" and _expected(lex, node.head):
            return False  # "are expected to meet next week, officials said": a schedule (prec33)
        if node.head.lemma_.lower() in stating or node.head.lower_ in stating:
            return True
        node = node.head
    return False


def _own_word(lex: EventWords, verb: Token) -> bool:
    """ "said it would free the hostages", "says they will pull out", "the junta says it will
    withdraw": future content under a verb of saying (`triggers/saying.txt`) whose subject is
    its doer (a pronoun, the saying verb's own subject, or none told), with its own "will" or
    a reported "would"; "said the army would withdraw" is a plan reported (plover33)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head is verb or head.lemma_.lower() not in lex.saying:
        return False
    future = _will(lex, verb) or any(
        c.dep_ == "aux" and c.lower_ in lex.reported_future_aux for c in verb.children
    )
    return future and _subject_is_speaker(verb, head)


def _subject_is_speaker(verb: Token, head: Token) -> bool:
    """The subject of `verb` is the speaker of `head`: a personal pronoun, the same words as
    the speaker's subject, or none told ("Junta says will pull out"); a passive ("troops would
    be withdrawn") or a clause as subject ("closing the embassy would leave ...") is none's."""
    if any(c.dep_ in {"auxpass", "csubj", "csubjpass", "nsubjpass"} for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ == "PRP":
        return True
    speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return speaker is not None and speaker.lemma_.lower() == subject.lemma_.lower()


def _expected(lex: EventWords, governor: Token) -> bool:
    """ "the two presidents are expected to meet", "the envoy is scheduled to visit", "is due to
    visit": a passive verb of schedule (`modality/schedule_verbs.txt`) or an adjective of
    `modality/due_words.txt` tells what others expect of the actor, no intention the actor
    states, even under a verb of saying."""
    if governor.dep_ == "acomp" and governor.lower_ in lex.lexicon.words(
        "events/modality/due_words"
    ):
        return True
    return governor.lemma_.lower() in lex.lexicon.words("events/modality/schedule_verbs") and any(
        c.dep_ == "auxpass" for c in governor.children
    )


def _reported_will(lex: EventWords, verb: Token) -> bool:
    """ "said it would not attend": a "will" told in reported speech, under a verb of saying."""
    return (
        any(c.dep_ == "aux" and c.lower_ in lex.reported_future_aux for c in verb.children)
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in lex.stating
    )


def _possible_told(lex: EventWords, verb: Token) -> bool:
    """ "said they may cut off aid", "warned it could suspend the zone": an act told as possible
    (`candidates/leverage_aux.txt`) in reported speech, under a verb of saying whose speaker is
    its doer ("the government could impose sanctions, diplomats said" is others' guess).
    (plover36)"""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in lex.stating
        and any(c.dep_ == "aux" and c.lower_ in lex.cue["leverage_aux"] for c in verb.children)
        and _subject_is_speaker(verb, verb.head)
    )


def _aid_permitter(lex: EventWords, cand: _Candidate) -> Token | None:
    """ "allowed the delivery of medicine", "let relief agencies bring food in", "permitted the
    shipment of supplies": aid that someone lets others bring, its verb of permission (the
    allowing side's RETREAT 'access', not its AID: plover33); none where the permission is
    negated or refused ("refused to allow aid agencies to deliver food")."""
    if cand.type != "AID":
        return None
    permitter = _permitter(lex, cand.trigger) if cand.verbal else None
    subject = cand.trigger.head if cand.trigger.dep_ == "compound" else cand.trigger
    if not cand.verbal and subject.dep_ == "nsubj":
        permitter = _permitter(lex, subject.head)  # "let aid convoys reach the town"
    if cand.verbal and cand.trigger.lemma_.lower() in lex.cue["permitting_verbs"]:
        permitter = cand.trigger  # "allowed the delivery of medicine": aid as its object
    node = cand.trigger
    for _ in range(3 if not cand.verbal else 0):
        # the aid named by the permission's object ("allowed the delivery of medicine")
        if node.dep_ == "dobj" and node.head.lemma_.lower() in lex.cue["permitting_verbs"]:
            permitter = node.head
            break
        if node.dep_ not in {"pobj", "prep"}:
            break
        node = node.head
    if permitter is None or any(c.dep_ == "neg" for c in permitter.children):
        return None
    if permitter.dep_ in {"xcomp", "ccomp"} and _refusing(lex, permitter.head):
        return None
    return permitter


def _permitter(lex: EventWords, verb: Token) -> Token | None:
    """The verb of permission whose content `verb` is ("allowed the opposition to hold a
    rally"), if any."""
    node = verb
    for _ in range(2):
        if node.dep_ not in {"ccomp", "xcomp"} or node.head is node:
            return None
        if node.head.lemma_.lower() in lex.cue["permitting_verbs"]:
            return node.head
        node = node.head
    return None


def _deadline(lex: EventWords, own: tuple[Token, ...]) -> bool:
    """ "gave the villagers 24 hours to leave", "gave the UN mission 72 hours to leave the
    country": a span of time (`candidates/deadline_spans.txt`) given for an act the rules read
    (an infinitive of `verbs.tsv`) is an ultimatum, PLOVER THREATEN; "gave the pupils an hour to
    finish the test" is none, and its actor must be a public side (`_organised`: not "the
    landlord gave the tenants two months to leave"). (plover36)"""
    spans = lex.cue["deadline_spans"]
    if not any(c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in spans for c in own):
        return False
    return any(
        c.dep_ in {"advcl", "xcomp"} and infinitive(lex.key, c) and c.lemma_.lower() in lex.verbs
        for c in own
    )


def _fact_warned(key: KeyWords, verb: Token) -> bool:
    """ "warned that the vote had been put off", "warned that the talks had failed": what is
    warned of already happened, a statement of fact, not a threat of what the speaker will do."""
    content = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(content) and all(
        c.tag_ == "VBD"
        or any(a.dep_ == "aux" and a.lemma_ in key.perfect_auxiliaries for a in c.children)
        for c in content
    )


def _as_intent(lex: EventWords, cand: _Candidate, by_type: dict[str, _Candidate]) -> None:
    """Recode a stated future action as the promise or threat PLOVER counts it as."""
    if (
        cand.type in REFUSABLE
        and (cand.verbal or cand.type not in REFUSABLE_VERBAL)
        and "REJECT" not in by_type
        and _refused(lex, cand)
    ):
        # "will not accept the plan", "said it would not attend the talks": a refusal stated
        cand.type, cand.mode, cand.stated = "REJECT", None, True
        by_type["REJECT"] = cand
        return
    if cand.type in PROMISED and cand.mode != "resign":
        # a planned resignation is no promise made to anyone
        new, mode = "AGREE", None
    elif cand.type in THREATENED:
        new, mode = "THREATEN", THREATENED[cand.type]
    elif cand.type == "THREATEN":
        # plover26: "said it would retaliate", "vowed to retaliate": a threat verb told as a
        # stated future is the threat made now
        new, mode = "THREATEN", cand.mode
    else:
        return
    anchor = anchor_of(cand)
    if anchor.pos_ != "VERB" or _owned_by_other(cand):
        return
    told = modality_of(lex, anchor)
    # plover27: "said it would call in the army if the riots spread", "said they would walk off
    # the job unless ...": force or pressure told in reported speech on a condition is the
    # threat made now (its "would" reads as hypothetical)
    # plover36: "said they may cut off aid if ...", "said it could suspend the zone if ...":
    # told as possible by its actor on a condition, the same leverage
    threat_told = (
        cand.type in THREATENED
        and told == "hypothetical"
        and (_reported_will(lex, anchor) or _possible_told(lex, anchor))
        and conditional(lex, anchor)
    )
    if told != "future" and not threat_told:
        return
    # a retreat told with a plain "will" or "said" is a plan reported, not a promise made; so
    # is a deployment in the passive with no agent ("more troops will be deployed": prec27)
    plan = cand.type == "RETREAT" or (cand.type == "MOBILIZE" and _agentless_passive(anchor))
    if cand.type == "CONSULT" and _own_session(lex, anchor):
        return  # "ministers will meet again in the capital": a session scheduled (prec36)
    if not _stated(lex, anchor, will=not plan) and not (
        cand.type == "RETREAT" and _own_word(lex, anchor)
    ):
        return
    if new == "THREATEN" and decided_act(lex, anchor) and not conditional(lex, anchor):
        return  # "the council decided to suspend Mali": the sanction taken (plover48)
    if conditional(lex, anchor):
        if new == "AGREE" and cand.mode != "withdraw":
            if not _offered(lex, anchor):
                return  # "if requested, we will cooperate": a conditional offer, no promise made
        else:
            # "will impose martial law if", "will withdraw its force unless": a threat's form
            new, mode = "THREATEN", THREATENED.get(cand.type, mode or "relations")
    if new in by_type and by_type[new] is not cand:
        return
    if anchor.lemma_.lower() in lex.cue["wished_stances"] and not _will(lex, anchor):
        return  # "said he would welcome their help": a wish on a condition, no promise made
    cand.type, cand.mode, cand.stated = new, mode, True
    by_type[new] = cand


def _offered(lex: EventWords, anchor: Token) -> bool:
    """ "is prepared to send a field hospital if asked", "stands ready to contribute troops if the
    council approves": help a side declares itself ready to give is an offer, which PLOVER counts
    a promise (AGREE: "agree to, offer, promise") on a condition too (plover46). Not one
    refused: "is not ready to send aid if ..." (the negation on the word of readiness or on its
    copula, review48)."""
    if anchor.dep_ != "xcomp" or anchor.head.lower_ not in lex.cue["offering_words"]:
        return False
    ready = anchor.head
    holders = (ready, ready.head) if ready.dep_ == "acomp" else (ready,)
    return not any(c.dep_ == "neg" for word in holders for c in word.children)


def _endorsed(lex: EventWords, cand: _Candidate, backing: set[int]) -> bool:
    """ "backed Pakistan's call for an inquiry", "voted to endorse the ceasefire deal": a request,
    deal or meeting named by the object of a verb of backing (`endorsing_verbs.txt`) read as
    support is what is backed, the content of the SUPPORT, no event of its own (plover28)."""
    if cand.verbal or cand.type not in ENDORSED:
        return False
    head = cand.trigger.head
    return (
        cand.trigger.dep_ == "dobj"
        and head.i in backing
        and head.lemma_.lower() in lex.cue["endorsing_verbs"]
    )


def _aimed_at_self(lex: EventWords, verb: Token) -> bool:
    """ "turned the gun on himself", "turned the rifle on themselves": a preposition of aim
    (`candidates/aiming_preps.txt`) with a reflexive object, under the verb or its object, tells
    a weapon aimed at its holder, not the weapons given up that the object's row reads (fix49e,
    review49)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in lex.cue["aiming_preps"]
        and any(o.dep_ == "pobj" and o.lower_ in lex.reflexives for o in prep.children)
        for head in heads
        for prep in head.children
    )


def decided_act(lex: EventWords, anchor: Token) -> bool:
    """ "decided to suspend Mali from its activities", "has resolved to freeze the assets": an
    act under a past verb of decision (`candidates/deciding_verbs.txt`) is not retyped as a
    THREATEN (plover48); a sanction or a restriction decided is taken, told with the decision's
    own modality (`candidates/decided_types.txt`, `coder.py`: prec52)."""
    head = anchor.head
    return (
        anchor.dep_ == "xcomp"
        and head.lemma_.lower() in lex.cue["deciding_verbs"]
        and (
            head.tag_ == "VBD"
            or any(
                a.dep_ == "aux" and a.lemma_ in lex.key.perfect_auxiliaries for a in head.children
            )
        )
    )


def decided_measure(lex: EventWords, cand: _Candidate) -> Token | None:
    """ "the EU decided to freeze the assets", "the government has decided to expel two
    diplomats": a sanction or a restriction (`candidates/decided_types.txt`) a public side
    decided, with no condition, is taken; the verb of decision, whose modality it has, or None.
    A firm's decision ("the company decided to freeze hiring": its subjects all of
    `misreadings/private_bodies.txt`) is its own affair. (prec52)"""
    if cand.type not in lex.cue["decided_types"]:
        return None
    anchor = anchor_of(cand)
    if not decided_act(lex, anchor) or conditional(lex, anchor):
        return None
    doers = [c for c in anchor.head.children if c.dep_ == "nsubj"]
    if doers and all(d.lemma_.lower() in lex.cue["private_bodies"] for d in doers):
        return None
    return anchor.head


def _owned_by_other(cand: _Candidate) -> bool:
    """ "will continue to support the government's war", "will back the coalition's strikes":
    an act named as a party's own (a possessor that is a name or a noun, not a pronoun: "will
    launch its offensive" is the speaker's) is no threat or promise of the one who speaks of it
    (prec31)."""
    return not cand.verbal and any(
        c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"} for c in cand.trigger.children
    )


def _own_session(lex: EventWords, verb: Token) -> bool:
    """ "Ministers will meet again in the capital", "the ministers will discuss the crisis at
    their meeting": a meeting the reporter tells with a plain "will", at the root of its
    sentence, no verb of saying over it, no first-person subject ("we will meet again," he said,
    is the actor's own word) and no other side named (`candidates/counterpart_preps.txt`, or a
    named or pronoun object, or any object of `candidates/counterpart_verbs.txt`: "will meet
    the envoy"). A body's own session scheduled, no promise
    made to anyone (prec36). So is one told before a source named after it ("the council will
    hold consultations on Friday, a diplomat said": `_source_after`, plover36)."""
    if not _will(lex, verb) or (verb.dep_ != "ROOT" and not _source_after(lex, verb)):
        return False
    first = lex.lexicon.words("events/modality/first_person")
    preps = lex.lexicon.words("events/candidates/counterpart_preps")
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ in first:
            return False
        if child.dep_ in {"ccomp", "parataxis"}:
            return False  # a quotation's verb of saying parsed under it
        if child.dep_ == "dobj" and (
            child.pos_ in {"PROPN", "PRON"}
            or child.ent_type_
            or verb.lemma_.lower() in lex.lexicon.words("events/candidates/counterpart_verbs")
        ):
            return False
        scopes = [child] if child.dep_ == "prep" else []
        if child.dep_ == "dobj":
            scopes += [g for g in child.children if g.dep_ == "prep"]
        if any(p.lower_ in preps for p in scopes):
            return False
    return True


def _source_after(lex: EventWords, verb: Token) -> bool:
    """ "..., a diplomat said", "..., officials told reporters": the clause is the content of a
    verb of saying that follows it, outside quotation marks, whose subject is a noun that is not
    the clause's own subject (a source the reporter names, not the doer's word: "we will meet,"
    he said; "the ministry said it would" stay the actor's). (plover36)"""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i < verb.i or head.lemma_.lower() not in lex.saying:
        return False
    speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ not in {"NOUN", "PROPN"}:
        return False
    return not _subject_is_speaker(verb, head) and not quoted(verb)


def _agentless_passive(verb: Token) -> bool:
    """ "troops will be deployed", "are to be sent": a passive that names no one who does it,
    a plan told, not a side's threat (prec27)."""
    children = list(verb.children)
    return any(c.dep_ == "auxpass" for c in children) and not any(
        c.dep_ == "agent" for c in children
    )


def _refused(lex: EventWords, cand: _Candidate) -> bool:
    """ "will not accept the plan", "said it would not take part in the summit", "would not let
    the journalists travel": cooperation refused in so many words, told by the verb that carries
    the candidate (a noun's verb through its preposition) or by a negated permission over it."""
    verb = anchor_of(cand)
    trig = cand.trigger
    if verb.pos_ != "VERB" and trig.dep_ == "pobj" and trig.head.dep_ == "prep":
        verb = trig.head.head  # "take part in the summit"
    if verb.pos_ != "VERB":
        return False
    if modality_of(lex, verb) == "negated" and (_will(lex, verb) or _reported_will(lex, verb)):
        return True
    permitter = _permitter(lex, verb)
    return permitter is not None and any(c.dep_ == "neg" for c in permitter.children)


def _refusing(lex: EventWords, verb: Token) -> bool:
    """A verb of refusal whose clause holds what is refused ("refused to release the leader",
    "rejected the demand for access"): that content is no event of its own (`refusing_verbs.txt`)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lex.cue["refusing_verbs"]


def anchor_of(cand: _Candidate) -> Token:
    """The verb that carries a candidate's tense: "would stage a strike" (a light verb's noun)."""
    trig = cand.trigger
    return trig.head if not cand.verbal and trig.dep_ in {"dobj", "nsubj"} else trig


def trigger_depth(token: Token) -> int:
    """How deep the trigger sits below its sentence's root (main-clause events rank first)."""
    depth = 0
    while token.head.i != token.i and depth < 10:
        token = token.head
        depth += 1
    return depth


def _portion_doers(lex: EventWords, verb: Token) -> bool:
    """The weak verb's doers are portions of something that is no bullet ("workers were hit by
    a round of layoffs", "a fresh round of sanctions hit the country"): no party and no weapon
    anchors it (gvc23)."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return bool(doers) and all(
        d.lemma_.lower() in lex.cue["portion_bullet_nouns"] and not bullet_noun(lex, d)
        for d in doers
    )


def _anchored(lex: EventWords, verb: Token, cand: _Candidate) -> bool:
    """A weak verb ("hit", "target", "plant") is an event only with a known actor or a weapon."""
    if any(a.country or a.sector for a in cand.actors + cand.recipients):
        return True
    if any(
        bullet_noun(lex, o) or o.lemma_.lower() in lex.weapon_nouns
        for c in verb.children
        if c.dep_ == "agent"
        for o in c.children
        if o.dep_ == "pobj"
    ):
        # "a boy was hit by a bullet" (gvc22); "a house hit by a rocket": the weapon that
        # struck, as with "a rocket hit a house" (heads47)
        return True
    return any(
        c.lemma_.lower() in lex.weapon_nouns
        for c in verb.children
        if c.dep_ in {"nsubjpass", "dobj", "nsubj"}
    )


def _formation_kind(lex: EventWords, noun: Token) -> list[Token]:
    """The compounds of a formation noun: what the formation is made of ("a carrier group",
    "artillery units"), so "dispatched a carrier group" reads as "dispatch carrier"."""
    if noun.lemma_.lower() not in lex.cue["formation_nouns"]:
        return []
    return [c for c in noun.children if c.dep_ == "compound"]


def _finite_modifier(key: KeyWords, token: Token) -> bool:
    """A verb the parser hung on its object as a modifier although it is the clause's verb: a
    finite past ("South Korea scrambled fighter jets") or a participle after "has" made the
    root ("the army has positioned units")."""
    if token.dep_ != "amod" or token.i > token.head.i:
        return False
    if token.tag_ == "VBD":
        return True
    head = token.head
    return (
        token.tag_ == "VBN"
        and head.dep_ == "dobj"
        and head.head.lemma_ in key.perfect_auxiliaries
        and head.head.i == token.i - 1
    )


def _joint_act(lex: EventWords, verb: Token) -> bool:
    """The verb's object (or what it takes part in) is an act made joint by a modifier ("a
    joint search", "joint customs controls", "took part in a joint exercise"), not an attack."""
    joint = lex.cue["joint_words"] - {"together"}
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for obj in list(objects):
        # "took part in a joint exercise": the act is the object of the object's preposition
        objects += [g for p in obj.children if p.dep_ == "prep" for g in p.children]
    objects += [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in lex.key.locative_preps
        for g in p.children
    ]
    for obj in objects:
        if lex.nouns.get(obj.lemma_.lower(), ("",))[0] == "ASSAULT":
            continue
        mods = [c for c in obj.children if c.dep_ in {"amod", "compound"}]
        mods += [g for c in mods for g in c.children if g.dep_ in {"amod", "compound"}]
        if any(m.lower_ in joint for m in mods):
            return True
    return False


def _allowed(verb: Token) -> list[Token]:
    """What a permitting verb allows, beyond its object: a way in under the one let in
    ("allowed a team into the region", "allowed the inspectors back") or the act of its clause
    ("allowed the Red Cross to visit the prisoners")."""
    words: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubj"} and child.i > verb.i:
            words += [c for c in child.children if c.dep_ in {"prep", "advmod"}]
        if child.dep_ in {"ccomp", "xcomp"}:
            words.append(child)
            words += [c for c in child.children if c.dep_ in {"prep", "advmod"}]
    return words


def _ruled_out(lex: EventWords, sent: Span) -> tuple[Token, list[Token]] | None:
    """ "a new round of talks is out of the question, the minister said": a linking verb and a
    phrase of `ruled_out_phrases.txt` refuse the verb's subject; returns the verb and the
    speaker (the subject of the reporting verb over it): without one, a thing ruled out is no
    one's refusal ("the bridge was out of the question as a route"). Not when negated ("is not
    out of the question": still possible)."""
    # (read from the parse's words, kept per parse: no Token made for each word of every sentence)
    lowers = list(token_words(sent.doc)[2][sent.start : sent.end])  # (compared with lists)
    for phrase in lex.cue["ruled_out_phrases"]:
        words = phrase.split()
        if words[0] not in lowers:
            continue  # (most sentences: no place to start the phrase)
        for k in range(len(lowers) - len(words) + 1):
            if lowers[k : k + len(words)] != words:
                continue
            pred = sent[k].head
            while pred.pos_ not in {"VERB", "AUX"} and pred.head.i != pred.i:
                pred = pred.head  # "Lifting embargo out of the question": under its object
            if any(c.dep_ == "neg" for c in pred.children):
                continue
            if pred.lemma_.lower() not in lex.copulas and not (
                # a headline drops the linking verb: "Lifting embargo out of the question,
                # says Washington" (the proposal is the phrase's head)
                pred.dep_ in {"ccomp", "advcl", "parataxis"}
                and pred.head.lemma_.lower() in lex.reporting
            ):
                continue
            said = pred.head if pred.dep_ in {"ccomp", "advcl", "parataxis"} else pred
            speaker = [
                c
                for c in said.children
                if c.dep_ == "nsubj" and said.lemma_.lower() in lex.reporting
            ]
            if speaker:
                return pred, speaker
    return None


def _offence(lex: EventWords, trigger: Token) -> bool:
    """ "was arrested and charged with shooting a store clerk", "jailed for a knife attack": an
    attack named by a verb of the law's preposition (`offence_verbs.txt`, `offence_preps.txt`)
    is the charge, not an event told."""
    node = trigger
    if node.dep_ == "conj":
        node = node.head
    if node.dep_ in {"acl", "relcl"} and node.head.pos_ == "NOUN":
        # "admitted the charges that she had threatened the mayor": the charge's content
        # (plover23)
        return node.head.lemma_.lower() in lex.cue["offence_verbs"]
    if node.dep_ not in {"pcomp", "pobj"}:
        return False
    prep = node.head
    return (
        prep.dep_ == "prep"
        and prep.lower_ in lex.cue["offence_preps"]
        and prep.head.lemma_.lower() in lex.cue["offence_verbs"]
    )


def charged_act(lex: EventWords, trigger: Token) -> bool:
    """An attack told only as what a charge names, done to someone ("charged with shooting a
    clerk"): reported, but not the sentence's own act (gvc21)."""
    return _offence(lex, trigger)


def _done_to_someone(lex: EventWords, trigger: Token) -> bool:
    """ "was charged with shooting his neighbor dead", "wanted for killing two men": an attack
    a charge names, done to a named or counted person (a name, a number, an age, a pronoun or a
    noun of `offence_victims.txt`, kin, civilians), tells that it happened: the report asserts
    the act, the charge only who is held for it ("charged with murder", "charged with shooting
    into a house" stay the charge alone) (gvc21)."""
    if trigger.pos_ != "VERB":
        return False
    return any(obj.dep_ == "dobj" and names_people(lex, obj) for obj in trigger.children)


def _absent(lex: EventWords, cand: _Candidate) -> bool:
    """ "no fighting was reported", "there were no clashes overnight": an event noun with a
    negating determiner tells a lull, no event (plover21)."""
    return not cand.verbal and any(
        c.dep_ == "det" and c.lower_ in lex.cue["negators"] for c in cand.trigger.children
    )


def _meeting_named(lex: EventWords, cand: _Candidate) -> bool:
    """ "No breakthrough at border talks", "registration for the summit opens", "no date has
    been set for the resumption of negotiations", "the offer of talks", "a press conference after
    the cabinet meeting", "no agreement was reached in the talks": a meeting noun in the phrase
    of a noun of its topic or frame (`candidates/meeting_frames.txt`), or of a negated clause, with
    no side to meet, names the meeting as the frame
    or the topic of what is told, no consultation held; "the ministers spoke at the summit", "a new
    round of talks" and "the minister said at a meeting with the envoy" stay. (prec44)"""
    trigger = cand.trigger
    if not (
        cand.type == "CONSULT"
        and not cand.verbal
        and not cand.actors
        and not cand.recipients
        and trigger.dep_ == "pobj"
    ):
        return False
    head = trigger.head.head
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in lex.cue["meeting_frames"]
    negators = lex.cue["negators"]
    return any(
        c.dep_ == "neg"
        or (c.dep_ in {"nsubj", "nsubjpass"} and any(d.lower_ in negators for d in c.children))
        for c in head.children
    )


def _passive_verb(verb: Token) -> bool:
    """The verb has a passive auxiliary or subject (then "by" names its agent)."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
