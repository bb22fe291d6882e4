"""Event words read in a sense that reports no event: general patterns of the language.

An event word is read in another sense when

- its patient is a thing no one can assault, free from captivity, or be bound to by an offer
  (`lang/en/events/thing_themes.txt`, and names of products and works): "beats the rival
  graphics chip", "a statement released by the sheriff", "offers free repairs";
- a word of talk only qualifies a noun as an adjective ("life-threatening injuries", "a probing
  attack"; words of violence, protest and coercion keep their sense: "the protesting workers");
- a word of violence comes with a score ("beat the visitors 3-1"), or is told among words of a
  political contest with no word of bodily harm ("the challengers attacked her over the budget",
  "a fight for delegates"): a contest, not an attack (`contest_verbs.txt`, `contest_words.txt`,
  `harm_words.txt`); or is told of play in a match or a race ("fired a low shot past the
  keeper", "captured the title": `sport_verbs.txt`, `sport_words.txt`);
- a verb of protest is used in a frame of another sense (`sense_frames.tsv`): "gathered
  fingerprints", "demonstrated that it works", "striking the referee", "blocked the
  appointment" (`decisions.txt`); a verb of request asks a question ("asked him about the fire");
  a verbal or cooperative verb is used in another of its senses: "her neighbour agrees" (an
  opinion, not an agreement), "offered an apology", "hosting refugees", "the mayor went on to
  discuss the rules" (one side, no consultation), "signed a letter saying ..." (the letter's
  content is the event), "declined to comment", "refused to identify the victim" (reticence, no
  rejection);
- an event noun of a verbal type is given as a reason ("citing an ongoing investigation");
- an event noun names the kind of a written record ("the arrest report says ...", "an arrest
  warrant": `misreadings/record_heads.txt`) or is a word inside a name ("the Federal Bureau of
  Investigation": `misreadings/named_entity_labels.txt`);
- an event noun is said of a thing that is no event ("the ruling was an attack on
  democracy"): a judgment;
- a participle completes a linking verb ("looked crushed", "felt betrayed":
  `misreadings/linking_verbs.txt`): how someone seemed;
- an arrest is resisted or escaped ("evaded arrest", "charged with resisting arrest":
  `misreadings/escape_verbs.txt`);
- a plan, a bill or a treaty "calls for" something (`misreadings/document_subjects.txt`): what
  it provides, not a demand made;
- a passive's agent is a law or a rule ("constrained by law"), or two sides agree on a view
  ("agreed on the need for reform": `misreadings/agreed_views.txt`), or one agrees with a person
  on a topic that is no deal ("agreed with her on trade": `misreadings/opinion_partners.txt`,
  `misreadings/agreed_terms.txt`; prec42);
- a duty is given ("the office charged with overseeing the vote": `misreadings/task_verbs.txt`);
- a person asks for something for themselves ("asked for a lawyer", "asked for privacy":
  `misreadings/personal_requests.txt`);
- the line points to another story ("RELATED: ...", "MORE VIDEO ...":
  `misreadings/link_labels.txt`): another story's headline, not this article's news;
- an offence or an arrest is named within a person's past record ("on probation for charges of
  theft", "a criminal record, including arrests": `misreadings/record_frames.txt`), custody is
  given for someone's care ("protective custody": `misreadings/care_custody.txt`), or a
  bracketed line opens with a link label ("[OTHER NEWS: ...]"): no new event (prec22);
- a plural event noun is told with a period of counting (`tally_periods.txt`): "injured in those
  shootings so far this year" is a tally, not an event;
- one named person is no crowd ("the senator took to the airwaves to defend her budget");
- a rally is a candidate's own ("his rallies", "a campaign rally", "a rally for the senator",
  "the senator said at a rally"), kin, friends or neighbours gather with no grievance
  (`gathering_verbs.txt`, `private_crowds.txt`), or a vigil, a chant or a remembrance has no grievance in its
  sentence (`commemorations.txt`, `needs_grievance.txt`, `grievance_words.txt`): a campaign
  event or a remembrance, not a demonstration;
- harm or an evacuation with no doer is an accident when another clause of the sentence tells a
  vehicle's or a structure's mishap ("Train derails, 3 dead": `_mishap_sentence`), and a force of
  nature told as the doer coerces, withdraws or cuts off no one ("floods forced thousands from
  their homes": `_driven_by_nature`) (prec49).

These hold for any article; the trained classifiers (issue 15) decide the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..annotate.nlp import doc_tokens, span_text, span_tokens, token_sent, token_words
from ..lang import Lexicon
from ..lang.key_words import KeyWords, key_words
from .modality import CLOSING_STOPS
from .protest_reading import claiming_purpose
from .sectors import ARMED_OR_STATE_SECTORS
from .standing import PRESENT_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .words import EventWords

# The types whose patient must be a person, a group, a place or property (or, for an offer,
# a party): what each type means in PLOVER. (Seizing goods, drugs or papers is coercion.)
MATERIAL_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE"})
"""Kinds whose words qualify nouns as events ("the protesting workers", "a burning car", "a
Houthi-planted mine"), unlike "life-threatening injuries" or "a probing attack"."""
NATURE_DRIVEN_TYPES = frozenset({"COERCE", "RETREAT", "SANCTION"})
"""Types of an act a force of nature may be told as doing ("floods forced thousands from their
homes", "wildfires forced residents to evacuate"): no one coerced, withdrew or cut anyone off
(`_driven_by_nature`, prec49)."""
PATIENT_TYPES = frozenset({"ASSAULT", "RETREAT", "AGREE", "AID", "SANCTION"})
RECORD_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE"})
PRIVATE_TYPES = frozenset(
    {"AGREE", "REJECT", "SUPPORT", "SANCTION", "RETREAT", "CONSULT", "COOPERATE"}
)
"""The types a business, a club or a couple reads as its own affairs (`_private_party`, prec44);
not CONCEDE: a firm's guilty plea or regret is told to a court or to those it harmed."""
"""Kinds whose words name the offences of a past record ("on probation for assault") (prec22)."""
RECORD_REACH = 8
"""How many heads up from an offence's name its record's noun may lie ("on probation for charges
of theft and resisting arrest")."""
RECORD_LINKS = frozenset({"conj", "pobj", "prep", "dobj", "pcomp", "compound", "amod", "appos"})
"""The links an offence's name hangs on below its record's noun."""
BRACKET_REACH = 60
"""How far back a bracketed link line's opening bracket may lie."""
OPENING_BRACKETS = frozenset({"[", "("})
CLOSING_BRACKETS = frozenset({"]", ")"})
THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "PERCENT"})
NAMES = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"})
"""Names a protest verb's object can be when the parser took a place for one ("the 16-year-old"
the gun struck is an age, not a name)."""
SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@lru_cache(maxsize=4)
def _things(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.words("events/thing_themes"))


@lru_cache(maxsize=4)
def _needed_words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words, one of which (a lemma or a word, lower-cased) must be in the trigger's
    sentence for `_natural_harm`, `_nonhuman_actor` and `_in_fiction` to read a misreading:
    each reads only words of the trigger's parse tree, and none but through one of these
    lists. A sentence with none skips the check (perf32)."""
    causes = lexicon.words("events/misreadings/natural_causes")
    fires = lexicon.words("events/misreadings/fire_nouns")
    natural = causes | fires | lexicon.words("events/misreadings/striking_things")
    natural |= lexicon.words("events/misreadings/mishap_nouns")
    natural |= lexicon.words("events/misreadings/mishap_verbs")
    natural |= lexicon.words("events/misreadings/mishap_sources")  # prec44
    natural |= lexicon.words("events/misreadings/vessel_contents")  # prec47
    nonhuman = lexicon.words("events/misreadings/nonhuman_actors") | fires | causes
    return natural, nonhuman, lexicon.words("events/misreadings/fiction_works")


def _sentence_words(trigger: Token) -> set[str]:
    """The lower-cased lemmas and words of the trigger's sentence, read from the parse's
    tables with no Token made."""
    sent = token_sent(trigger)
    lemmas, _, lowers = token_words(trigger.doc)
    return {*map(str.lower, lemmas[sent.start : sent.end]), *lowers[sent.start : sent.end]}


def misread(lex: EventWords, trigger: Token, type_: str) -> bool:
    """True when `trigger`, proposed as an event of `type_`, reads in a sense that is none."""
    lexicon = lex.lexicon
    natural, nonhuman, fiction = _needed_words(lexicon)
    words = _sentence_words(trigger)
    if type_ not in MATERIAL_TYPES and _qualifier(trigger, lexicon):
        return True
    if _qualifier(trigger, lexicon) and _thing(trigger.head, lexicon, named=False):
        return True  # "became a punching bag": a kind of thing, no blow (plover39)
    if type_ in PATIENT_TYPES and any(
        _thing(p, lexicon, named=type_ != "ASSAULT") for p in patients(lex.key, trigger)
    ):
        return True
    if type_ == "ASSAULT" and _abstract_target(trigger, lexicon):
        return True
    if (
        type_ == "ASSAULT"
        and not natural.isdisjoint(words)
        and _natural_harm(trigger, lexicon, lex.explosive_words)
    ):
        return True
    if (
        type_ == "RETREAT"
        and not natural.isdisjoint(words)
        and not any(c.dep_ == "nsubj" for c in trigger.children)
        and _mishap_sentence(trigger, lexicon, lex.explosive_words)
    ):
        return True  # "a jet skidded off the runway; all on board were evacuated" (prec49)
    if (
        type_ in NATURE_DRIVEN_TYPES
        and not natural.isdisjoint(words)
        and _driven_by_nature(trigger, lexicon)
    ):
        return True  # "floods forced thousands from their homes" (prec49)
    if type_ == "ASSAULT" and not nonhuman.isdisjoint(words) and _nonhuman_actor(trigger, lexicon):
        return True  # prec34
    if not fiction.isdisjoint(words) and _in_fiction(trigger, lexicon):
        return True  # prec34
    if _illness(trigger, lexicon):
        return True
    # a stated future protest or attack is coded as a threat with the same trigger word
    contest_verb = trigger.lemma_.lower() in lexicon.words("events/contest_verbs")
    if (
        type_ in {"ASSAULT", "THREATEN"}
        and contest_verb
        and (_scored(trigger) or _contest(trigger, lexicon))
    ):
        return True
    if type_ not in lex.cue["verbal_types"] and _played(trigger, lexicon):
        return True
    if type_ in {"ASSAULT", "PROTEST", "COERCE"} and _tally(lex, trigger, lexicon):
        return True
    if _off_frame(trigger, lexicon, type_):
        return True
    if type_ not in MATERIAL_TYPES and _reason_given(trigger, lexicon):
        return True
    if _record_kind(trigger, lexicon) or _inside_name(trigger, lexicon):
        return True
    if _link_line(trigger, lexicon) or _bracketed_link(trigger, lexicon):
        return True
    if _linked_state(trigger, lexicon) or _predicated(lex, trigger):
        return True
    if type_ == "COERCE" and (_escaped(trigger, lexicon) or _care_custody(trigger, lexicon)):
        return True
    if type_ in RECORD_TYPES and _on_record(trigger, lexicon):
        return True
    if type_ == "REQUEST" and _document_asks(trigger, lexicon):
        return True
    if type_ == "ACCUSE" and _tasked(trigger, lexicon):
        return True
    if type_ != "PROTEST" and _standing_hold(trigger, lexicon):
        # (a crowd's sit-in told in the present is the protest going on: review48)
        return True  # prec50
    if type_ == "COERCE" and (_seized_turn(trigger, lexicon) or _market_taken(trigger, lexicon)):
        return True
    if _by_rule(trigger, lexicon) or (type_ == "AGREE" and _agreed_view(trigger, lexicon)):
        return True
    if type_ == "AGREE" and _agreed_with_person(trigger, lexicon):
        return True  # prec42
    if type_ == "REQUEST" and (
        _personal_request(trigger, lexicon) or _public_appeal(trigger, lexicon)
    ):
        return True
    if _market_move(trigger, lexicon) or (type_ == "AGREE" and _trade_deal(trigger, lexicon)):
        return True
    if type_ == "ASSAULT" and _figurative_burst(trigger, lexicon):
        return True  # prec48
    if type_ == "CONSULT" and _press_event(trigger, lexicon):
        return True  # prec24
    if type_ == "CONSULT" and _match_meeting(trigger, lexicon):
        return True  # prec27
    if type_ in {"AGREE", "SUPPORT"} and _commercial_deal(trigger, lexicon):
        return True  # prec27; an approval of a merger is a licence, no backing (prec55)
    if type_ == "MOBILIZE" and _standing_deployment(trigger, lexicon):
        return True  # prec27
    if type_ == "MOBILIZE" and _posture_participle(trigger, lexicon):
        return True  # prec30
    if type_ == "MOBILIZE" and _one_person_posted(lex, trigger):
        return True  # prec42
    if type_ == "REJECT" and _care_declined(trigger, lexicon):
        return True  # prec30
    if type_ not in MATERIAL_TYPES and _kind_named(trigger, lexicon):
        return True  # prec30
    if type_ == "THREATEN" and _danger_warned(trigger, lexicon):
        return True  # prec27
    if type_ in PRIVATE_TYPES and _private_party(trigger, lexicon, words):
        return True  # prec44
    if type_ == "ACCUSE" and _cause_blamed(trigger, lexicon):
        return True  # prec44
    if type_ == "ASSAULT" and _put_down_to_cause(trigger, lexicon):
        return True  # prec47
    if type_ == "PROTEST" and _thing_blocks(trigger, lexicon):
        return True  # prec47
    if type_ == "COERCE" and _owner_closed(trigger, lexicon):
        return True  # prec47
    if type_ == "ASSAULT" and _weapon_trial(trigger, lexicon):
        return True  # prec47
    if type_ == "ASSAULT" and _told_accidental(trigger, lexicon):
        return True  # prec47
    if type_ == "CONCEDE" and _attack_owned(lex, trigger):
        return True  # prec51
    if type_ == "THREATEN" and _notice_of(trigger, lexicon):
        return True  # prec51
    if _particle_sense(trigger, lexicon, type_):
        return True  # prec52
    if type_ == "ASSAULT" and _blade_on_no_one(lex, trigger):
        return True  # fix50e
    if type_ == "RETREAT" and _private_return(trigger, lexicon):
        return True  # fix50e
    if type_ == "CONSULT" and _welcome_by_no_state(trigger, lexicon):
        return True  # fix50e
    if type_ == "ACCUSE" and _self_blamed(trigger, lexicon):
        return True  # fix50e
    if type_ == "SANCTION" and _private_freeze(trigger, lexicon):
        return True  # fix50e
    if type_ in {"SANCTION", "COERCE"} and _closed_by_an_event(trigger, lexicon):
        return True  # prec55
    if type_ in lex.cue["verbal_types"] and _product_doer(trigger, lexicon):
        return True  # prec52
    if type_ == "REQUEST" and _market_demand(trigger, lexicon):
        return True  # prec54
    if type_ == "CONSULT" and _lecture(trigger, lexicon):
        return True  # prec54
    if type_ in {"PROTEST", "THREATEN"}:
        return _not_a_demonstration(lex, trigger, lexicon) or (
            type_ == "PROTEST" and _lone_person(lex, trigger)
        )
    return False


def _attack_owned(lex: EventWords, trigger: Token) -> bool:
    """ "accepted responsibility for the bombing", "the rebels acknowledged responsibility for
    the ambush": an act of violence owned (`misreadings/owned_acts.txt` for the object, the act
    after its preposition) is claimed by its doer; the attack is the event, no concession.
    "Accepted responsibility for the failures", or for an act that names another doer ("for
    the police killing of a student"), stays one (prec51)."""
    owned = lex.lexicon.words("events/misreadings/owned_acts")
    return any(
        g.dep_ == "pobj"
        and g.lemma_.lower() in lex.violent_words
        and not _doer_named(g, lex.lexicon)
        for o in trigger.children
        if o.dep_ == "dobj" and o.lemma_.lower() in owned
        for p in o.children
        if p.dep_ == "prep"
        for g in p.children
    )


def _doer_named(act: Token, lexicon: Lexicon) -> bool:
    """ "the police killing of a student", "the army's shelling": the act names a doer of its own
    (a possessor, or a force of the state: `protest/state_crowds.txt`); one who answers for it
    ("the minister accepted responsibility for ...") concedes."""
    forces = lexicon.words("events/protest/state_crowds")
    return any(
        c.dep_ == "poss" or (c.dep_ == "compound" and c.lower_ in forces) for c in act.children
    )


def _notice_of(trigger: Token, lexicon: Lexicon) -> bool:
    """ "a storm warning", "the flood warning remains in place", "its second profit warning": a
    noun of warning told with a hazard of nature or a market figure
    (`misreadings/notice_kinds.txt`) is a notice to the public or to investors, no threat made
    to anyone (prec51)."""
    kinds = lexicon.words("events/misreadings/notice_kinds")
    if trigger.dep_ == "acl" and trigger.head.lemma_.lower() in kinds:
        return True  # "a storm warning" parsed as a participle on "storm"
    nouns = [trigger] if trigger.pos_ == "NOUN" else []
    if trigger.pos_ == "VERB":  # "issued a storm warning"
        nouns = [c for c in trigger.children if c.dep_ == "dobj"]
    return any(
        c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in kinds
        for n in nouns
        for c in n.children
    )


def _market_move(trigger: Token, lexicon: Lexicon) -> bool:
    """A verb whose subject is a quantity of a market (`misreadings/market_subjects.txt`): "oil
    prices shot up", "consumer prices exploded", "shares crashed", "prices retreated from a
    high" tell a rise or a fall, no event."""
    subjects = lexicon.words("events/misreadings/market_subjects")
    return trigger.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in subjects and c.ent_type_ not in NAMES
        for c in trigger.children
    )


def _market_demand(trigger: Token, lexicon: Lexicon) -> bool:
    """A request noun that names a market's quantity (`misreadings/market_demand_nouns.txt`):
    in the singular, with no possessor and no indefinite article ("a demand for a ransom" is
    made), the subject of a verb of change ("demand for oil collapsed",
    `quantity_change_verbs.txt`) or modified by a word of size or market ("rising demand for
    steel", "consumer demand", `quantity_modifiers.txt`): how much buyers want (prec54)."""
    if trigger.tag_ not in {"NN", "NNP"} or trigger.ent_type_:
        return False
    if trigger.lemma_.lower() not in lexicon.words("events/misreadings/market_demand_nouns"):
        return False
    if any(
        c.dep_ == "poss" or (c.dep_ == "det" and "Ind" in c.morph.get("Definite", []))
        for c in trigger.children
    ):
        return False
    if not _demand_for_goods(trigger, lexicon):
        return False
    modifiers = lexicon.words("events/misreadings/quantity_modifiers")
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in modifiers for c in trigger.children):
        return True
    verbs = lexicon.words("events/misreadings/quantity_change_verbs")
    return trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in verbs


def _demand_for_goods(trigger: Token, lexicon: Lexicon) -> bool:
    """ "demand for oil", "demand for its phones": what a market's demand is "for" is goods or a
    market word (`misreadings/market_goods.txt`); "demand for independence", "demand for an
    inquiry" are demands made (fix51p). A demand "for" nothing named is left to its words."""
    goods = lexicon.words("events/misreadings/market_goods")
    preps = lexicon.words("events/misreadings/market_demand_preps")
    objects = [
        o
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return all(o.lemma_.lower() in goods for o in objects)


def _lecture(trigger: Token, lexicon: Lexicon) -> bool:
    """ "gave talks at three universities", "is giving talks on leadership": talks given or
    delivered (`misreadings/lecture_verbs.txt`) are speeches to an audience, no meeting between
    sides ("held talks with" is one) (prec54)."""
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "dobj"
        and trigger.head.lemma_.lower() in lexicon.words("events/misreadings/lecture_verbs")
    )


def _figurative_burst(trigger: Token, lexicon: Lexicon) -> bool:
    """A burst (`misreadings/burst_verbs.txt`) with no object whose subject is a common noun
    of a thing that bursts only as a figure of speech (`misreadings/figurative_bursters.txt`):
    "the album exploded onto the charts", "the scandal exploded into a crisis", "the crowd
    exploded" tell a rise or an outburst. Any other subject may be a weapon ("dynamite exploded",
    "a mortar round exploded": no list of weapons is ever complete), and a burst whose sentence
    names the dead or the hurt (`misreadings/burst_harms.txt`) stays an attack."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lexicon.words(
        "events/misreadings/burst_verbs"
    ):
        return False
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ in {"dobj", "nsubjpass"} for c in trigger.children):
        return False
    subject = subjects[0]
    if subject.pos_ != "NOUN" or subject.ent_type_ in NAMES:
        return False
    if subject.lemma_.lower() not in lexicon.words("events/misreadings/figurative_bursters"):
        return False
    harms = lexicon.words("events/misreadings/burst_harms")
    return not any(t.lemma_.lower() in harms or t.lower_ in harms for t in trigger.sent)


def _trade_deal(trigger: Token, lexicon: Lexicon) -> bool:
    """An agreement to buy or sell (`misreadings/trade_verbs.txt`): "the bank agreed to
    buy the insurer" is a transaction, not a political agreement; not where a country or a
    government agrees ("Turkey agreed to buy the missiles")."""
    trades = lexicon.words("events/misreadings/trade_verbs")
    if not any(c.dep_ == "xcomp" and c.lemma_.lower() in trades for c in trigger.children):
        return False
    states = lexicon.words("events/misreadings/state_subjects")
    return not any(
        c.dep_ == "nsubj" and (c.ent_type_ in {"GPE", "NORP"} or c.lemma_.lower() in states)
        for c in trigger.children
    )


def patients(key: KeyWords, trigger: Token) -> list[Token]:
    """Who or what the event is done to: the object, the passive subject, the noun a participle
    describes ("a statement released by ..."), the "of" phrase of an event noun."""
    found = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        found.append(trigger.head)
    if trigger.pos_ == "NOUN":
        for prep in trigger.children:
            if prep.dep_ == "prep" and prep.lower_ in key.genitive_preps:
                found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def _natural_harm(trigger: Token, lexicon: Lexicon, explosives: frozenset[str]) -> bool:
    """Harm done by nature or a mishap, with no one attacking: "an avalanche buried four
    skiers", "floods swept the villages, killing nine" (the participle's clause), "was killed
    in a crash", "struck by a car" (`misreadings/natural_causes.txt`), "a gas explosion", "the
    explosion of a cylinder" (`misreadings/mishap_sources.txt` on `misreadings/mishap_nouns.txt`).
    A vehicle laden with explosives is a weapon ("a car packed with explosives blew up")."""
    causes = lexicon.words("events/misreadings/natural_causes")
    sources = lexicon.words("events/misreadings/mishap_sources")
    things = lexicon.words("events/misreadings/striking_things")
    harms = lexicon.words("events/misreadings/mishap_nouns")
    fires = lexicon.words("events/misreadings/fire_nouns")
    hostile = lexicon.words("events/misreadings/hostile_words") | explosives
    hostile |= lexicon.words("events/misreadings/weapon_fire_words")
    key = key_words(lexicon)
    striking_preps = key.agentive_preps | key.locative_preps

    def mishap(noun: Token, striker: bool = False) -> bool:
        lemma = noun.lemma_.lower()
        if lemma in causes:
            # (a force of nature proposed as the event itself is a headline's verb taken for a
            # noun: "Police storm opposition offices"; no cause is an event noun: heads47)
            return noun is not trigger
        if lemma in fires and noun is not trigger:
            # "a fire in a nightclub killed 19"; not "a fire set by gunmen killed five"
            return not any(t.lemma_.lower() in hostile for t in noun.sent)
        if striker and lemma in things:
            return not any(t.lemma_.lower() in explosives for t in noun.subtree)
        if striker and _sourced(noun, sources, hostile, lexicon):
            return True  # "a gas cylinder exploded", "a propane tank blew up" (prec44)
        if any(c.dep_ == "compound" and c.lemma_.lower() in causes for c in noun.children):
            return True  # "a lightning strike killed two farmers" (prec44)
        if lemma not in harms:
            return False
        near = [c for c in noun.children if c.dep_ in {"compound", "amod"}]
        near += [
            g
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in key.genitive_preps
            for g in p.children
            if g.dep_ == "pobj"
        ]
        near += [c for c in noun.children if c.dep_ == "acl"]  # "caused by a gas leak"
        return any(t.lemma_.lower() in sources for n in near for t in n.subtree)

    if trigger.pos_ == "NOUN":
        return mishap(trigger)
    if trigger.pos_ != "VERB":
        return False
    if _mishap_clause(trigger, lexicon, explosives) or _mishap_sentence(
        trigger, lexicon, explosives
    ):
        return True
    clauses = [trigger]
    if trigger.dep_ in {"advcl", "conj"} and trigger.tag_ == "VBG":
        clauses.append(trigger.head)  # "floods swept through, killing nine"
    for verb in clauses:
        # "a truck hit a landmine": what the vehicle struck went off (acled13)
        struck_explosive = any(
            c.dep_ == "dobj" and c.lemma_.lower() in explosives for c in verb.children
        )
        for c in verb.children:
            if (
                c.dep_ == "nsubj"
                and not struck_explosive
                and mishap(_counted(key, c), striker=True)
            ):
                return True
            if c.dep_ in {"agent", "prep"} and c.lower_ in striking_preps:
                striker = c.lower_ in key.agentive_preps  # "struck by a car", not "shot in his car"
                if any(g.dep_ == "pobj" and mishap(g, striker) for g in c.children):
                    return True
    return False


def _nonhuman_actor(trigger: Token, lexicon: Lexicon) -> bool:
    """A living thing or a machine does the harm (`misreadings/nonhuman_actors.txt`): "the
    bacteria attack the roots", "the fungus invades the plant and kills it", "was attacked by a
    shark", "a dog attack", "under attack from a fungus", "the vacuum attacks pet hair": no one
    acts against anyone. An animal set on someone by its handler (`misreadings/animal_handlers.txt`:
    "police dogs attacked the crowd") and a name stay an attack. A verb of fighting
    (`misreadings/fought_forces.txt`) whose object is such a thing, a fire or a force of nature
    is a struggle with a mishap: "firefighters battled a blaze", "crews fought the flames"."""
    actors = lexicon.words("events/misreadings/nonhuman_actors")
    handlers = lexicon.words("events/misreadings/animal_handlers")

    def nonhuman(noun: Token) -> bool:
        if noun.ent_type_ in NAMES:
            return False
        if noun.lemma_.lower() not in actors and noun.lower_ not in actors:
            return False
        return not any(
            c.dep_ in {"compound", "poss", "amod"}
            and (c.ent_type_ in NAMES or c.lemma_.lower() in handlers)
            for c in noun.children
        )

    key = key_words(lexicon)
    if trigger.pos_ == "NOUN":
        found = [c for c in trigger.children if c.dep_ in {"compound", "poss", "amod"}]
        by_preps = key.source_preps | key.agentive_preps
        found += [
            g
            for p in trigger.children
            if p.dep_ == "prep" and p.lower_ in by_preps
            for g in p.children
            if g.dep_ == "pobj"
        ]
        return any(nonhuman(n) for n in found)
    if trigger.pos_ != "VERB":
        return False
    if trigger.lemma_.lower() in lexicon.words("events/misreadings/fought_forces"):
        forces = actors | lexicon.words("events/misreadings/fire_nouns")
        forces |= lexicon.words("events/misreadings/natural_causes")
        fought = [p for p in patients(key, trigger) if p.ent_type_ not in NAMES]
        if fought and all(p.lemma_.lower() in forces for p in fought):
            return True  # "firefighters battled a blaze", "fought the flames"
    clause = trigger
    while clause.dep_ == "conj" and not _subject_of(clause) and clause.head.i != clause.i:
        clause = clause.head  # "the fungus invades the roots and kills the plant"
    doers = [c for c in clause.children if c.dep_ == "nsubj"]
    doers += [
        g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    return any(nonhuman(n) for n in doers)


def _in_fiction(trigger: Token, lexicon: Lexicon) -> bool:
    """An act told within a work of fiction or a game (`misreadings/fiction_works.txt`): "in the
    novel's final chapter, the rebels storm the palace", "in the film's climax, the heroine blows
    up the rig", "the film's hero storms the castle": a plot, no event. The work is the object of
    "in" on the verb (or owns that object: "the film's climax"), or owns the verb's subject."""
    if trigger.pos_ != "VERB":
        return False
    works = lexicon.words("events/misreadings/fiction_works")

    def work(noun: Token) -> bool:
        if noun.ent_type_ in NAMES:
            return False
        owners = [noun] + [c for c in noun.children if c.dep_ == "poss"]
        return any(o.lemma_.lower() in works and o.ent_type_ not in NAMES for o in owners)

    clause = trigger
    while clause.dep_ == "conj" and not _subject_of(clause) and clause.head.i != clause.i:
        clause = clause.head  # "the hero storms the castle and rescues the princess"
    settings = [
        g
        for c in clause.children
        if c.dep_ == "prep" and c.lower_ in key_words(lexicon).locative_preps
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if any(work(g) for g in settings):
        return True
    return any(
        p.dep_ == "poss" and p.lemma_.lower() in works
        for s in _subject_of(clause)
        for p in s.children
    )


def _counted(key: KeyWords, noun: Token) -> Token:
    """The noun a quantity counts ("dozens of cars" -> "cars"), else the noun itself."""
    if noun.ent_type_ != "CARDINAL" and not noun.like_num:
        return noun
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ in key.genitive_preps:
            for g in p.children:
                if g.dep_ == "pobj":
                    return g
    return noun


def _mishap_clause(trigger: Token, lexicon: Lexicon, explosives: frozenset[str]) -> bool:
    """Harm told with a vehicle's or a structure's mishap (`misreadings/mishap_verbs.txt`) as its
    occasion: "was killed when a crane collapsed", "killed as a helicopter crashes", "a boat
    capsized, killing 15" (the participle's head), or a clause whose passive agent is a vehicle or a
    force of nature ("injured after being hit by a van"). A mishap with a word of attack or a weapon in
    its clause (`misreadings/hostile_words.txt`, explosives: "crashed after it was shot down",
    "the truck hit a mine and overturned") stays an attack."""
    verbs = lexicon.words("events/misreadings/mishap_verbs")
    hostile = lexicon.words("events/misreadings/hostile_words") | explosives
    key = key_words(lexicon)
    occasions = key.as_words | key.when_words | key.after_words
    found: list[Token] = []
    if trigger.dep_ in {"advcl", "conj"} and trigger.tag_ == "VBG":
        found.append(trigger.head)  # "a boat capsized, killing 15"
    # "was killed when a crane collapsed" (not "gunmen killed five when the bus stopped")
    agentive = any(c.dep_ == "nsubj" for c in trigger.children)
    for c in trigger.children:
        if c.dep_ == "advcl" and not agentive:
            found.append(c)
        if c.dep_ in {"prep", "mark"} and c.lower_ in occasions:
            found.extend(g for g in c.children if g.dep_ in {"pobj", "pcomp"})  # headlines
    strikers = lexicon.words("events/misreadings/striking_things")
    strikers |= lexicon.words("events/misreadings/natural_causes")
    sources = lexicon.words("events/misreadings/mishap_sources")
    for verb in found:
        if any(c.dep_ == "nsubj" and _sourced(c, sources, hostile, lexicon) for c in verb.children):
            return True  # "a gas cylinder exploded, injuring five cooks" (prec44)
        struck = any(  # "injured after being hit by a van" (prec34)
            g.dep_ == "pobj" and g.lemma_.lower() in strikers
            for c in verb.children
            if c.dep_ == "agent"
            for g in c.children
        )
        if verb.lemma_.lower() not in verbs and verb.lower_ not in verbs and not struck:
            continue
        own = verb.is_ancestor(trigger)  # the participle's own words are not the mishap's
        told = [t for t in verb.subtree if not (own and trigger.is_ancestor(t) or t == trigger)]
        if struck:
            told = [t for t in told if t != verb]  # "struck by a lorry": the striking is the mishap
        if not {w for t in told for w in (t.lemma_.lower(), t.lower_)} & hostile:
            return True
    return False


def _driven_by_nature(trigger: Token, lexicon: Lexicon) -> bool:
    """A force of nature or a fire (`misreadings/natural_causes.txt`, `fire_nouns.txt`) is the
    subject of the act (of the verb it is joined to with no subject of its own, or of the verb
    whose infinitive it is): "floods forced thousands from their homes", "wildfires forced
    residents to evacuate", "floods killed 40 people and left 200,000 without water". "Rebels
    forced residents to leave" stays an event. (prec49)"""
    if trigger.pos_ != "VERB":
        return False
    causes = lexicon.words("events/misreadings/natural_causes")
    causes |= lexicon.words("events/misreadings/fire_nouns")
    key = key_words(lexicon)
    node = trigger
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            return any(
                _counted(key, c).lemma_.lower() in causes or _counted(key, c).lower_ in causes
                for c in subjects
            )
        if node.dep_ not in {"conj", "xcomp"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _mishap_sentence(trigger: Token, lexicon: Lexicon, explosives: frozenset[str]) -> bool:
    """Harm or an evacuation told with no doer in a sentence that tells a vehicle's or a
    structure's mishap (`misreadings/mishap_verbs.txt` said of `misreadings/mishap_subjects.txt`
    or `striking_things.txt`: its subject, the noun it describes or its compound) in another of
    its clauses: "Train derails in mountains, 3 dead and dozens injured", "a tanker truck
    overturned and caught fire; two people were killed", "cars collided, leaving two people dead",
    "was killed when the aircraft clipped power lines and crashed", "a jet skidded off the runway;
    all 148 people on board were evacuated". A harm with a passive agent or with a doer and an
    object ("soldiers shot two men after a car crashed into the checkpoint"), or a word of
    attack or a weapon anywhere in the sentence (`misreadings/hostile_words.txt`, explosives:
    "the helicopter crashed after it was shot down") stays an event; so does the collapse of a
    government or of talks (no vehicle nor structure). (prec49)"""
    if any(c.dep_ in {"agent", "dobj"} for c in trigger.children):
        return False
    sent = token_sent(trigger)
    hostile = lexicon.words("events/misreadings/hostile_words") | explosives
    # a particle is read with its verb ("slid down"; "shot down" has "shoot")
    if any((t.lemma_.lower() in hostile or t.lower_ in hostile) and t.dep_ != "prt" for t in sent):
        return False
    verbs = lexicon.words("events/misreadings/mishap_verbs")
    things = lexicon.words("events/misreadings/mishap_subjects")
    things |= lexicon.words("events/misreadings/striking_things")
    key = key_words(lexicon)
    for t in sent:
        if t.i == trigger.i or (t.lemma_.lower() not in verbs and t.lower_ not in verbs):
            continue
        near = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass", "compound"}]
        if t.dep_ == "conj" and not near:
            near = [c for c in t.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if t.dep_ in {"acl", "relcl", "amod"}:
            near.append(t.head)
        if any(_counted(key, n).lemma_.lower() in things for n in near):
            return True
    return False


def _sourced(
    noun: Token, sources: frozenset[str], hostile: frozenset[str], lexicon: Lexicon
) -> bool:
    """A vessel of a mishap's source, named so ("a gas cylinder", "the propane tank", "a boiler"
    as the subject of "exploded"; `misreadings/mishap_sources.txt`), or a vessel or an appliance
    named with what it holds ("a fuel tank", "the oxygen cylinder": `misreadings/mishap_vessels.txt`
    with `misreadings/vessel_contents.txt` as its compound or adjective), with no word of attack
    or a weapon in its phrase but the vessel ("a gas cylinder bomb" is a weapon; a bare "tank"
    stays one). (prec44, prec47)"""
    lemmas = {t.lemma_.lower() for t in noun.subtree}
    vessels = lexicon.words("events/misreadings/mishap_vessels")
    if lemmas.isdisjoint(sources):
        if noun.lemma_.lower() not in vessels:
            return False
        contents = lexicon.words("events/misreadings/vessel_contents")
        if not any(
            c.dep_ in {"compound", "amod"} and c.lemma_.lower() in contents for c in noun.children
        ):
            return False
        sources = sources | contents
    return (lemmas - sources - vessels).isdisjoint(hostile)


def _illness(trigger: Token, lexicon: Lexicon) -> bool:
    """An event noun that a word of `misreadings/medical_qualifiers.txt` makes an illness: "died
    of a heart attack", "suffered a cardiac arrest" tell no assault and no arrest."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    qualifiers = lexicon.words("events/misreadings/medical_qualifiers")
    return any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in qualifiers for c in trigger.children
    )


def _abstract_target(trigger: Token, lexicon: Lexicon) -> bool:
    """A word of violence aimed at an idea, a right or a policy ("an attack on democracy", "the
    war on drugs", "attacked the budget", "a fight against corruption":
    `misreadings/abstract_targets.txt`, through `misreadings/target_preps.txt` for a noun): a
    figure of speech or a criticism, no one assaulted."""
    abstract = lexicon.words("events/misreadings/abstract_targets")
    targets = [p for p in patients(key_words(lexicon), trigger) if p.ent_type_ not in NAMES]
    if trigger.pos_ == "NOUN":
        preps = lexicon.words("events/misreadings/target_preps")
        targets += [
            g
            for c in trigger.children
            if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children
            if g.dep_ == "pobj" and g.ent_type_ not in NAMES
        ]
    return bool(targets) and all(
        t.lemma_.lower() in abstract or t.lower_ in abstract for t in targets
    )


def _thing(noun: Token, lexicon: Lexicon, named: bool = True) -> bool:
    """A thing: a word of `thing_themes.txt`, or (with `named`) a product's or a work's name
    (not for attacks: the parser names many a shelled village a work of art)."""
    if named and noun.ent_type_ in THING_LABELS:
        return True
    if noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}:
        return False
    return noun.lemma_.lower() in _things(lexicon) or noun.lower_ in _things(lexicon)


def _qualifier(trigger: Token, lexicon: Lexicon) -> bool:
    """The word only qualifies a noun: an adjective ("life-threatening injuries")."""
    if trigger.dep_ not in {"amod", "compound"} or trigger.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if trigger.i > trigger.head.i:
        return False  # after its noun it is a clause ("a protest demanding fuel")
    hyphened = trigger.i > 0 and trigger.nbor(-1).text == "-"
    # "blocked toilets", "a threatening tone" (but "a wounded soldier" was hurt)
    return (
        hyphened
        or trigger.tag_ in {"JJ", "VBG"}
        or (
            trigger.tag_ == "VBN"
            and trigger.dep_ == "amod"
            and trigger.lemma_ in lexicon.words("events/state_participles")
        )
    )


def _scored(trigger: Token) -> bool:
    """A score in the clause: "beat the visitors 3-1", "won 112-107" (a range that counts
    something, "10-15 cadres", is no score)."""
    clause = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    words = list(clause.subtree)
    if any(SCORE.match(t.text) and _standalone(t) for t in words):
        return True
    return any(
        a.like_num and b.text in {"-", "–"} and c.like_num and _standalone(c)
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


def _standalone(number: Token) -> bool:
    """The number counts nothing: it is not a noun's quantity ("10-15 cadres")."""
    return number.dep_ not in {"nummod", "quantmod", "compound"}


def _contest(trigger: Token, lexicon: Lexicon) -> bool:
    """A violent word among words of a political contest, with no word of bodily harm. A word
    inside the capitalised name of an armed force ("the Allied Democratic Forces",
    `armed_name_heads.txt`) is part of the name, no word of a contest (qa32)."""
    heads = lexicon.words("events/armed_name_heads")
    words = {
        t.lower_
        for t in trigger.sent
        if not (
            t.pos_ == "PROPN"
            and t.dep_ == "compound"
            and t.head.pos_ == "PROPN"
            and t.head.lower_ in heads
        )
    }
    return bool(words & lexicon.words("events/contest_words")) and not (
        words & lexicon.words("events/harm_words")
    )


def _played(trigger: Token, lexicon: Lexicon) -> bool:
    """A verb of violence or seizure told of play in a match or a race (`sport_verbs.txt`,
    `sport_words.txt`): "the striker fired a low shot past the keeper", "captured the title
    with two games to spare", "attacked on the final lap". A word of the match stands in the
    verb's own clause or its subject's, and no word of bodily harm (`harm_words.txt`) in the
    sentence but the verb and its object ("a low shot"); a passive verb needs a subject of the
    match ("the champion was knocked out"), for "a man was shot after the match" is an attack.
    A match the act is only set beside ("attacked two stewards after the match":
    `sport_setting_preps.txt`) is no play. An event noun needs the word in its own phrase ("a
    penalty shootout")."""
    if trigger.lemma_.lower() not in lexicon.words("events/sport_verbs"):
        return False
    sport = lexicon.words("events/sport_words")
    setting = lexicon.words("events/sport_setting_preps")
    if trigger.pos_ == "NOUN":
        # "a penalty shootout"; not "a shootout after the match" (prec34)
        beside = {
            t.i
            for c in trigger.children
            if c.dep_ == "prep" and c.left_edge.lower_ in setting
            for t in c.subtree
        }
        own = {t.lower_ for t in trigger.subtree if t.i != trigger.i and t.i not in beside}
        return bool(own & sport) and _no_harm(trigger, lexicon)
    if trigger.pos_ != "VERB":
        return False
    clause = trigger
    while clause.dep_ == "conj" and not _subject_of(clause) and clause.head.i != clause.i:
        clause = clause.head  # "was punched and knocked out": the first verb's subject and voice
    subjects = _subject_of(clause)
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in clause.children):
        return any(s.lower_ in sport for s in subjects) and _no_harm(trigger, lexicon)
    beside = {
        t.i
        for c in trigger.children
        if c.dep_ in {"prep", "advcl", "npadvmod"} and c.left_edge.lower_ in setting
        for t in c.subtree
    }
    words = {t.lower_ for t in trigger.subtree if t.i not in beside}
    words |= {t.lower_ for s in subjects for t in s.subtree}
    sides = lexicon.words("events/sport_sides")
    side = any(  # "the visitors struck twice", "the home side struck late" (prec54)
        s.lower_ in sides or (s.i > 0 and f"{s.nbor(-1).lower_} {s.lower_}" in sides)
        for s in subjects
    )
    return (side or bool(words & sport)) and _no_harm(trigger, lexicon)


def _subject_of(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _no_harm(trigger: Token, lexicon: Lexicon) -> bool:
    """No word of bodily harm in the sentence but the verb and its direct object, and, for a
    verb with no object, no part of the body it was done to ("the cyclist was shot in the leg",
    `casualties/body_parts.txt`; "struck the ball with his left foot" is play)."""
    aside = {trigger.i} | {c.i for c in trigger.children if c.dep_ == "dobj"}
    harm = lexicon.words("events/harm_words")
    if any(t.lower_ in harm for t in trigger.sent if t.i not in aside):
        return False
    if len(aside) > 1:
        return True
    body = lexicon.words("events/casualties/body_parts")
    return not any(
        t.lemma_.lower() in body for c in trigger.children if c.dep_ == "prep" for t in c.subtree
    )


@lru_cache(maxsize=4)
def _frames(lexicon: Lexicon) -> dict[tuple[str, str], str]:
    frames = {(r["lemma"], r["type"]): r["frame"] for r in lexicon.table("events/sense_frames")}
    # a form the lemmatizer gets wrong ("retook") takes the frame of its lemma (plover39)
    fixes = lexicon.mapping("events/triggers/lemma_fixes", "form", "lemma")
    for (lemma, type_), frame in list(frames.items()):
        for form in (f for f, fixed in fixes.items() if fixed == lemma):
            frames.setdefault((form, type_), frame)
    return frames


def _place_read_as_object(obj: Token, lexicon: Lexicon) -> bool:
    """ "gathered outside parliament": the object opens with a place preposition tagged as its
    adjective (`place_adjectives.txt`), so it is a place, no object (plover34)."""
    first = obj.doc[obj.left_edge.i]
    return (
        first.dep_ == "amod"
        and first.head.i == obj.i
        and first.lower_ in lexicon.words("events/misreadings/place_adjectives")
    )


def _off_frame(trigger: Token, lexicon: Lexicon, type_: str = "PROTEST") -> bool:
    """An event verb in the frame of another of its senses (`sense_frames.tsv`)."""
    if trigger.pos_ != "VERB":
        return False
    frame = _frames(lexicon).get((trigger.lemma_.lower(), type_))
    if frame is None:
        return False
    if frame == "transitive":
        # "police dispersed the crowd", "the crowd was dispersed", "crowds dispersed by police",
        # "gathered and were dispersed";
        # not "the demonstrators dispersed peacefully": the crowd left, no one drove it (prec49)
        return not (
            any(c.dep_ in {"dobj", "nsubjpass", "auxpass", "agent"} for c in trigger.children)
            or (trigger.dep_ == "acl" and trigger.tag_ == "VBN")
        )
    if frame.startswith("needs-or-object:"):
        # "agreed to end the strike", "agreed a deal", "a truce was agreed"; not "her neighbour
        # agrees", "agreed with the senator"
        if any(c.dep_ in {"dobj", "nsubjpass"} for c in trigger.children):
            return False
        frame = "needs:" + frame.removeprefix("needs-or-object:")
    if frame.startswith("partner:"):
        return _no_partner(trigger, lexicon.words(frame.removeprefix("partner:")))
    if frame.startswith("needs:"):
        # "asked them to leave", "asked for help", "asked that the vote be delayed"; not
        # "asked him about the fire", "'Why?' she asked"
        links = lexicon.words(frame.removeprefix("needs:"))
        # a participle is an adjunct, not what is asked ("asked rhetorically, shaking his
        # head": prec21)
        return not any(
            (c.dep_ == "xcomp" and c.tag_ != "VBG")
            or (c.dep_ == "prep" and c.lower_ in links)
            or (
                c.dep_ == "ccomp"
                and any(g.dep_ in {"aux", "mark"} and g.lower_ in links for g in c.children)
            )
            for c in trigger.children
        )
    if frame.startswith("infinitive-not:"):
        # "refused to sign the treaty"; not "declined to comment", "refused to identify the
        # victim", "declined to release the name of the victim": reticence, not a rejection
        telling = lexicon.words(frame.removeprefix("infinitive-not:"))
        facts = lexicon.words("events/misreadings/information_objects")
        return any(
            c.dep_ == "xcomp"
            and (
                c.lemma_.lower() in telling
                or any(g.dep_ == "dobj" and g.lower_ in facts for g in c.children)
            )
            for c in trigger.children
        )
    if frame.startswith("not-near:"):
        # "treated and released", "released from the hospital": a patient sent home
        care = lexicon.words(frame.removeprefix("not-near:"))
        near = [*trigger.conjuncts, *(c for c in trigger.children if c.dep_ in {"advcl", "prep"})]
        # the parser may hang the phrase on the object ("removed ten militants from the
        # battlefield": prec28)
        near += [
            g for c in trigger.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"
        ]
        near += [g for c in near if c.dep_ == "prep" for g in c.subtree if g.dep_ == "pobj"]
        return any(t.lemma_.lower() in care for t in near)
    # a name or a date the parser took for an object is a place or a time set aside
    # ("demonstrated Tuesday", "gathered outside the Assembly Building"); a person's name is an
    # object ("the pistol went off, striking Tom Okafor")
    objects = [
        c
        for c in trigger.children
        if c.dep_ in {"dobj", "ccomp"}
        and (c.ent_type_ == "PERSON" or (c.ent_type_ not in NAMES and c.pos_ != "PROPN"))
        and not _place_read_as_object(c, lexicon)
    ]
    if frame == "intransitive":
        return bool(objects)
    if frame == "intransitive-names":
        # "600 people demonstrated Neustadt against the rules" (ACLED's notes drop the "in"): the
        # tagger takes an unknown town for a person, and no one demonstrates a person (acled13)
        return any(c.pos_ != "PROPN" for c in objects)
    if frame.startswith("object-not:"):
        barred = lexicon.words(frame.removeprefix("object-not:"))
        # the passive subject is the object too ("ambulances were summoned"), and the "with"
        # phrase ("met with resistance")
        objects += [c for c in trigger.children if c.dep_ == "nsubjpass"]
        objects += [
            g
            for p in trigger.children
            if p.dep_ == "prep" and p.lower_ in key_words(lexicon).comitative_preps
            for g in p.children
            if g.dep_ == "pobj"
        ]
        # the noun a quantity counts is the object too ("the growing number of migrants")
        objects += [
            g
            for c in objects
            for p in c.children
            if p.dep_ == "prep" and p.lower_ in key_words(lexicon).genitive_preps
            for g in p.children
            if g.dep_ == "pobj"
        ]
        return any(c.lower_ in barred or c.lemma_.lower() in barred for c in objects)
    return False


def _reason_given(trigger: Token, lexicon: Lexicon) -> bool:
    """An event noun given as a reason (`misreadings/reason_heads.txt`): "kept the footage back,
    citing an ongoing investigation", "pending an inquiry" tell why, not a new event."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.dep_ not in {"dobj", "pobj"}:
        return False
    heads = lexicon.words("events/misreadings/reason_heads")
    return trigger.head.lemma_.lower() in heads or trigger.head.lower_ in heads


def _record_kind(trigger: Token, lexicon: Lexicon) -> bool:
    """The event noun only names a record's kind ("the arrest report says", "an arrest warrant"):
    the sentence tells what the record says (`misreadings/record_heads.txt`)."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.dep_ != "compound":
        return False
    heads = lexicon.words("events/misreadings/record_heads")
    return trigger.head.lower_ in heads or trigger.head.lemma_.lower() in heads


def _inside_name(trigger: Token, lexicon: Lexicon) -> bool:
    """A word inside a name of three or more words, not its first ("the Federal Bureau of
    Investigation"): part of an organisation's or a law's name (`named_entity_labels.txt`)."""
    if trigger.ent_iob_ != "I" or trigger.ent_type_ not in lexicon.words(
        "events/misreadings/named_entity_labels"
    ):
        return False
    start = trigger.i
    while start > 0 and trigger.doc[start].ent_iob_ == "I":
        start -= 1
    end = trigger.i
    while end + 1 < len(trigger.doc) and trigger.doc[end + 1].ent_iob_ == "I":
        end += 1
    return end - start + 1 >= 3


def _predicated(lex: EventWords, trigger: Token) -> bool:
    """An event noun said of a thing that is no event ("the ruling was an attack on democracy",
    "the vote is a betrayal of the workers"): a judgment of it, not an event (said of an event,
    "the shooting was a targeted attack", or of "it", the noun restates one, and stays)."""
    if (
        trigger.dep_ != "attr"
        or trigger.pos_ != "NOUN"
        or trigger.head.lemma_ not in lex.key.copulas
    ):
        return False
    subjects = [c for c in trigger.head.children if c.dep_ in {"nsubj", "csubj"}]
    return bool(subjects) and all(
        s.pos_ in {"NOUN", "PROPN"} and s.lemma_.lower() not in lex.nouns for s in subjects
    )


def _linked_state(trigger: Token, lexicon: Lexicon) -> bool:
    """A participle that completes a linking verb ("looked crushed", "seemed shaken", "felt
    betrayed": `misreadings/linking_verbs.txt`) tells how someone seemed, not what was done."""
    linking = lexicon.words("events/misreadings/linking_verbs")
    if trigger.tag_ not in {"VBN", "JJ"}:
        return False
    if any(c.dep_ == "auxpass" and c.lemma_.lower() in linking for c in trigger.children):
        return True  # "felt betrayed", parsed as a passive
    return (
        trigger.dep_ in {"acomp", "oprd", "xcomp"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in trigger.children)
        and trigger.head.lemma_.lower() in linking
    )


def _escaped(trigger: Token, lexicon: Lexicon) -> bool:
    """An arrest resisted or escaped ("evaded arrest for years", "on probation for resisting
    arrest": `misreadings/escape_verbs.txt` over the noun): no one held, or the name of a
    charge."""
    if trigger.pos_ != "NOUN":
        return False
    escaping = lexicon.words("events/misreadings/escape_verbs")
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in escaping:
        return True
    # "for resisting arrest", the gerund parsed as the noun's modifier
    return any(c.dep_ == "amod" and c.lemma_.lower() in escaping for c in trigger.children)


def _care_custody(trigger: Token, lexicon: Lexicon) -> bool:
    """ "Social workers placed the boy in protective custody": custody given for someone's care
    (`misreadings/care_custody.txt` on the noun) is no coercion. (prec22)"""
    care = lexicon.words("events/misreadings/care_custody")
    nouns = [trigger] + [
        g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    return any(
        n.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in care for c in n.children)
        for n in nouns
    )


def _on_record(trigger: Token, lexicon: Lexicon) -> bool:
    """ "is on parole for two counts of theft and resisting arrest", "a criminal record,
    including arrests for robbery": an offence or an arrest named within a person's past record
    (`misreadings/record_frames.txt`) is no new event. The walk goes up noun links only, so an
    event in a clause of its own ("... when the shooting happened") stays. (prec22)"""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    frames = lexicon.words("events/misreadings/record_frames")
    node = trigger
    for _ in range(RECORD_REACH):
        if node.dep_ not in RECORD_LINKS or node.head is node:
            return False
        below, node = node, node.head
        if _framed(node, frames):
            return True
        if node.pos_ in {"VERB", "AUX"} and node.tag_ != "VBG":
            # "is on parole for ...": the record is the copula's predicate, and the offence
            # follows it (in "During Friday's shooting she was on parole" the shooting is news)
            return node.lemma_.lower() in key_words(lexicon).copulas and any(
                c.dep_ == "prep" and c.i < below.i and any(_framed(g, frames) for g in c.children)
                for c in node.children
            )
    return False


def _framed(node: Token, frames: frozenset[str]) -> bool:
    return node.pos_ == "NOUN" and (node.lemma_.lower() in frames or node.lower_ in frames)


def _bracketed_link(trigger: Token, lexicon: Lexicon) -> bool:
    """ "[OTHER NEWS: Man charged in ...]": a bracketed line opened by a link label and a colon
    (`misreadings/link_labels.txt`) is another story's headline, up to its closing bracket, even
    when the parser splits the label off as a sentence of its own. (prec22)"""
    doc = trigger.doc
    # (the line's first word lies within reach: no bracket there, as in most text, and the walk
    # back is not made; a bracket's lower-cased form is itself)
    if OPENING_BRACKETS.isdisjoint(
        token_words(doc)[2][max(0, trigger.i - BRACKET_REACH) : trigger.i + 1]
    ):
        return False
    tokens = doc_tokens(doc)  # (the parse's Token objects, made once: no new one a step)
    line = trigger.i
    while (
        line > 0
        and trigger.i - line < BRACKET_REACH
        and "\n" not in tokens[line - 1].text_with_ws
        and not tokens[line - 1].is_space
    ):
        line -= 1
    if tokens[line].text not in OPENING_BRACKETS or any(
        t.text in CLOSING_BRACKETS for t in doc[line : trigger.i]
    ):
        return False
    lowers = tuple(t.lower_ for t in doc[line + 1 : trigger.i])
    return any(
        lowers[: len(words) + 1] == (*words, ":")
        for words in _label_words(lexicon.words("events/misreadings/link_labels"))
    )


def _document_asks(trigger: Token, lexicon: Lexicon) -> bool:
    """A plan, a bill or a treaty that "calls for" or "demands" something
    (`misreadings/document_subjects.txt` as the verb's subject): what it provides, not a
    demand anyone made ("the bill calls for stricter limits", "the forecast calls for rain")."""
    if trigger.pos_ != "VERB":
        return False
    documents = lexicon.words("events/misreadings/document_subjects")
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lemma_.lower() in documents for s in subjects)


def _tasked(trigger: Token, lexicon: Lexicon) -> bool:
    """ "The office charged with overseeing the transition", "tasked with running the vote": a
    duty given (`misreadings/task_verbs.txt` as the gerund after "with"), not a charge of a
    crime ("charged with killing his wife"). (prec21)"""
    if trigger.pos_ != "VERB":
        return False
    tasks = lexicon.words("events/misreadings/task_verbs")
    return any(
        p.dep_ == "prep"
        and p.lower_ in key_words(lexicon).comitative_preps
        and any(g.dep_ == "pcomp" and g.lemma_.lower() in tasks for g in p.children)
        for p in trigger.children
    )


def _standing_hold(trigger: Token, lexicon: Lexicon) -> bool:
    """ "The militia controls large parts of the province", "the separatists control a third of
    the region", "the rebels occupy the northern hills": a verb of holding ground or power
    (`misreadings/holding_verbs.txt`) in the simple present, in running text, tells a standing
    state, no act; "took control of the town", "occupied the airport on Monday" and a headline's
    present ("Protesters occupy parliament") are acts (prec50)."""
    if trigger.tag_ not in PRESENT_TAGS or any(c.dep_ == "aux" for c in trigger.children):
        return False
    if trigger.lemma_.lower() not in lexicon.words("events/misreadings/holding_verbs"):
        return False
    return token_sent(trigger)[-1].text in CLOSING_STOPS


def _seized_turn(trigger: Token, lexicon: Lexicon) -> bool:
    """ "The minority seized the floor and refused to yield it", "seized the initiative": what is
    seized is a turn in a debate or a chance (`misreadings/seized_turns.txt`), taken without
    force. (prec23)"""
    if trigger.pos_ != "VERB":
        return False
    turns = lexicon.words("events/misreadings/seized_turns")
    return any(c.dep_ == "dobj" and c.lower_ in turns for c in trigger.children)


def _market_taken(trigger: Token, lexicon: Lexicon) -> bool:
    """ "seized a bigger share of the market", "rivals seized market share": a portion of a market
    (`misreadings/market_portions.txt`) with a market (`misreadings/market_words.txt`) as its
    compound or its "of" member is sales won, no goods confiscated ("seized shares worth $2m" is
    a seizure). (prec52)"""
    if trigger.pos_ != "VERB":
        return False
    portions = lexicon.words("events/misreadings/market_portions")
    markets = lexicon.words("events/misreadings/market_words")
    genitive = key_words(lexicon).genitive_preps
    return any(
        m.lemma_.lower() in markets
        for o in trigger.children
        if o.dep_ in {"dobj", "nsubjpass"} and o.lemma_.lower() in portions
        for m in (
            *(c for c in o.children if c.dep_ == "compound"),
            *(
                g
                for p in o.children
                if p.dep_ == "prep" and p.lower_ in genitive
                for g in p.children
            ),
        )
    )


@lru_cache(maxsize=4)
def _particle_senses(lexicon: Lexicon) -> dict[str, dict[tuple[str, str], str]]:
    """lemma -> (word, type) -> how the word counts (`particle`, `any`, `backing`, `pitch`), of
    `misreadings/particle_senses.tsv`."""
    senses: dict[str, dict[tuple[str, str], str]] = {}
    for row in lexicon.table("events/misreadings/particle_senses"):
        senses.setdefault(row["lemma"], {})[(row["word"], row["type"])] = row["as"]
    return senses


def _particle_sense(trigger: Token, lexicon: Lexicon, type_: str) -> bool:
    """ "police closed in on the suspects", "hit back at critics", "killed off the hero",
    "stormed out of the meeting", "rallied behind the plan": a particle or a preposition of the
    verb (`misreadings/particle_senses.tsv`) makes it another verb, no event of `type_`.
    (prec52)"""
    if trigger.pos_ != "VERB":
        return False
    pairs = _particle_senses(lexicon).get(trigger.lemma_.lower())
    if pairs is None:
        return False
    for c in trigger.children:
        counts_as = pairs.get((c.lower_, type_))
        if counts_as is None or c.dep_ not in {"prt", "prep", "advmod"}:
            continue
        objects = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
        if counts_as == "backing":  # fix50e: "rallied behind the parliament building" stays
            if not any(_a_place(g, lexicon) for g in objects):
                return True
        elif counts_as == "pitch":  # fix51p: "attacked down the main road" stays
            sides = lexicon.words("events/misreadings/pitch_sides")
            # "down the left": its object, or the verb's where "down" is parsed as a particle
            ground = objects or [g for g in trigger.children if g.dep_ == "dobj"]
            if any(g.lemma_.lower() in sides for g in ground):
                return True
        elif counts_as != "particle" or not objects:
            return True
    return False


def _blade_on_no_one(lex: EventWords, trigger: Token) -> bool:
    """ "slashed staff at city hall", "slashed hours at clinics", "slashed the tyres of police
    cars": a verb of a cut with a blade (`misreadings/blade_verbs.txt`) whose object or passive
    subject is neither people nor a body part is a cut or damage, no blow; "slashed a teenager",
    "was slashed across the face", "slashed two passengers" stays one. (fix50e)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lex.lexicon.words(
        "events/misreadings/blade_verbs"
    ):
        return False
    from .casualties import names_people

    objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    limbs = lex.lexicon.words("events/casualties/body_parts")
    return bool(objects) and not any(
        names_people(lex, o) or o.lemma_.lower() in limbs for o in objects
    )


@lru_cache(maxsize=4)
def _state_words(lexicon: Lexicon) -> frozenset[str]:
    """The phrases of the actor dictionaries whose sector is armed or of the state
    (`sectors.ARMED_OR_STATE_SECTORS`: rebels and international bodies too, whose handing back
    of a craft is no private deal), and titles of rulers (`misreadings/ruler_titles.txt`)."""
    return frozenset(
        r["phrase"]
        for r in lexicon.table("events/dictionaries/agents")
        if r["sector"] in ARMED_OR_STATE_SECTORS
    ) | lexicon.words("events/misreadings/ruler_titles")


def _private_return(trigger: Token, lexicon: Lexicon) -> bool:
    """ "customers returned 300 vehicles", "the fisherman returned the boat to its owner": craft
    or vehicles (`misreadings/returned_craft.txt`) handed back by one who is no force and no
    state (`sectors.ARMED_OR_STATE_SECTORS`, nor a place or a body named), and not told as seized
    (`misreadings/seized_marks.txt`), are trade or a favour, no concession; "the navy returned
    the boat", "Iran returned the seized vessel" stay one. (fix50e)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lexicon.words(
        "events/misreadings/returning_verbs"
    ):
        return False
    craft = lexicon.words("events/misreadings/returned_craft")
    things = [
        c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in craft
    ]
    if not things:
        return False
    marks = lexicon.words("events/misreadings/seized_marks")
    if any(c.lemma_.lower() in marks for t in things for c in t.children):
        return False  # "the seized vessel", "the boat it captured"
    return not any(_state_doer(d, lexicon) for d in _doers(trigger))


def _doers(trigger: Token) -> list[Token]:
    """The subject of a verb's clause (through "and" and "to"), its passive agent, and their
    conjuncts."""
    clause = trigger
    while clause.dep_ in {"conj", "xcomp"} and not _subject_of(clause) and clause.head != clause:
        clause = clause.head
    doers = [c for c in clause.children if c.dep_ == "nsubj"]
    doers += [
        g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    return doers + [c for d in doers for c in d.conjuncts]


def _state_doer(doer: Token, lexicon: Lexicon) -> bool:
    """A country, a people or a body named, or a force or a body of the state
    (`sectors.ARMED_OR_STATE_SECTORS`): "Iran", "the navy", "the coast guard", "rebels"."""
    state = _state_words(lexicon)
    compounds = " ".join(c.lower_ for c in doer.lefts if c.dep_ in {"compound", "amod"})
    return (
        doer.ent_type_ in {"GPE", "NORP", "ORG"}
        or doer.lemma_.lower() in state
        or doer.lower_ in state
        or doer.lower_.removesuffix("s") in state  # "Rebels" opening a sentence, read as a name
        or any(c.dep_ == "compound" and c.lower_ in state for c in doer.children)
        or f"{compounds} {doer.lemma_.lower()}" in state  # "the coast guard", "ruling party"
    )


def _welcome_by_no_state(trigger: Token, lexicon: Lexicon) -> bool:
    """ "Fans extended a warm welcome to the new coach", "villagers accorded a warm welcome to
    the athletes": a welcome given (`roles/given_acts.txt`) by doers none of whom is a state, a
    force, a body or a person named (`_state_doer`) hosts no visit between sides; "the king
    extended a warm welcome to the French president" stays one. (fix50e)"""
    if trigger.pos_ != "VERB":
        return False
    given = lexicon.words("events/roles/given_acts")
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in given for c in trigger.children):
        return False
    doers = _doers(trigger)
    return bool(doers) and not any(
        _state_doer(d, lexicon) or d.ent_type_ == "PERSON" for d in doers
    )


def _self_blamed(trigger: Token, lexicon: Lexicon) -> bool:
    """ "he held himself responsible for the defeat", "she blamed herself for the loss": an
    accusation whose object is a reflexive (`victims/reflexives.txt`) is one owning a fault, no
    side accused. (fix50e)"""
    if trigger.pos_ != "VERB":
        return False
    selves = lexicon.words("events/victims/reflexives")
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    # "held himself responsible" parsed as a small clause: its subject is the object
    objects += [
        g
        for c in trigger.children
        if c.dep_ == "ccomp" and c.pos_ == "ADJ"
        for g in c.children
        if g.dep_ == "nsubj"
    ]
    return bool(objects) and all(o.lower_ in selves for o in objects)


def _private_freeze(trigger: Token, lexicon: Lexicon) -> bool:
    """ "The court ordered a freeze on the bankrupt builder's assets", "a judge froze the
    accounts of the failed developer": a court or a creditor (`misreadings/legal_orderers.txt`)
    that freezes or orders frozen the assets of no state, body, force or person named
    (`_state_doer`) takes a legal step in a private case, no sanction. (fix50e)"""
    if trigger.lemma_.lower() not in lexicon.words("events/misreadings/freeze_words"):
        return False
    if trigger.pos_ == "VERB":
        verb, held = trigger, [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    elif trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        verb, held = trigger.head, [trigger]
    else:
        return False
    doers = _doers(verb)
    orderers = lexicon.words("events/misreadings/legal_orderers")
    if not doers or not all(d.lemma_.lower() in orderers for d in doers) or not held:
        return False
    owners = [
        t for h in held for t in h.subtree if t.i != trigger.i and t.pos_ in {"NOUN", "PROPN"}
    ]
    return not any(_state_doer(t, lexicon) or t.ent_type_ == "PERSON" for t in owners)


def _a_place(noun: Token, lexicon: Lexicon) -> bool:
    """ "the parliament building", "the university gates", "the statue in the square",
    "Trafalgar Square": a place or a building (`misreadings/rally_places.txt`, or a place or a
    facility named) that a crowd stands at, no one it backs. (fix50e)"""
    places = lexicon.words("events/misreadings/rally_places")
    return noun.lemma_.lower() in places or noun.ent_type_ in {"FAC", "LOC"}


def lecture_given(lex: EventWords, root: Token) -> bool:
    """ "The president gave talks at three universities": a verb of lecturing
    (`misreadings/lecture_verbs.txt`) whose object is a meeting noun (`triggers/nouns.tsv`,
    CONSULT) gives speeches, as `_lecture` reads the noun: for the events the models read where
    the rules read none (`coder._learned_events`, fix51p)."""
    if root.lemma_.lower() not in lex.lexicon.words("events/misreadings/lecture_verbs"):
        return False
    return any(
        c.dep_ == "dobj" and lex.nouns.get(c.lemma_.lower(), ("", None))[0] == "CONSULT"
        for c in root.children
    )


def device_as_doer(trigger: Token, lexicon: Lexicon) -> bool:
    """ "A sensor warned residents of rising water": `_product_doer`, for the events the models
    read where the rules read none (`coder._learned_events`, fix50e)."""
    return _product_doer(trigger, lexicon)


def _product_doer(trigger: Token, lexicon: Lexicon) -> bool:
    """ "a new app warns users when a storm is near", "the software threatens to overwhelm the
    servers", "drivers are warned by the sign": a verbal event whose doers are all products,
    programs or devices (`misreadings/product_subjects.txt`, common nouns) tells what a thing
    does, no party's act. (prec52)"""
    if trigger.pos_ != "VERB":
        return False
    doers = [c for c in trigger.children if c.dep_ == "nsubj"]
    doers += [
        g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    products = lexicon.words("events/misreadings/product_subjects")
    return bool(doers) and all(
        d.lemma_.lower() in products and d.pos_ == "NOUN" and d.ent_type_ not in NAMES
        for d in doers
    )


def _by_rule(trigger: Token, lexicon: Lexicon) -> bool:
    """ "The agency is limited by law in what it may spend", "sales barred by the
    constitution": a passive whose agent is a law or a rule (`misreadings/document_subjects.txt`)
    tells what the rule provides, no act anyone did. (prec21)"""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBN":
        return False
    documents = lexicon.words("events/misreadings/document_subjects")
    return any(
        c.dep_ == "agent"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in documents for g in c.children)
        for c in trigger.children
    )


def _agreed_view(trigger: Token, lexicon: Lexicon) -> bool:
    """ "The ministers agreed on a shared duty to act", "agreed on the need for
    reform": a shared view (`misreadings/agreed_views.txt` after "on"), no agreement made.
    (prec21)"""
    if trigger.pos_ != "VERB":
        return False
    views = lexicon.words("events/misreadings/agreed_views")
    return any(
        c.dep_ == "prep"
        and c.lower_ in key_words(lexicon).topic_preps
        and any(g.dep_ == "pobj" and g.lemma_.lower() in views for g in c.children)
        for c in trigger.children
    )


def _agreed_with_person(trigger: Token, lexicon: Lexicon) -> bool:
    """ "The senator agreed with her on trade", "agrees with Smith on most issues": "agree" with
    one person ("with" a person's name or `misreadings/opinion_partners.txt`) on a topic that is
    no deal nor its terms (no "a"/"an", not `modality/deal_heads.txt` nor
    `misreadings/agreed_terms.txt`): a view shared, no agreement made ("agreed with his
    counterpart on a ceasefire", "agreed with her on the terms of the truce" stay). (prec42)"""
    if trigger.pos_ != "VERB" or any(c.dep_ in {"dobj", "xcomp"} for c in trigger.children):
        return False
    partners = lexicon.words("events/misreadings/opinion_partners")
    preps = [c for c in trigger.children if c.dep_ == "prep"]
    if not any(
        p.lower_ in key_words(lexicon).comitative_preps
        and any(
            g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or g.lower_ in partners)
            for g in p.children
        )
        for p in preps
    ):
        return False
    deals = lexicon.words("events/modality/deal_heads") | lexicon.words(
        "events/misreadings/agreed_terms"
    )
    key = key_words(lexicon)
    topics = [
        g for p in preps if p.lower_ in key.topic_preps for g in p.children if g.dep_ == "pobj"
    ]
    return bool(topics) and not any(
        g.lemma_.lower() in deals
        or any(d.dep_ == "det" and d.lower_ in key.indefinite_articles for d in g.children)
        for g in topics
    )


def _personal_request(trigger: Token, lexicon: Lexicon) -> bool:
    """What a person asks for for themselves ("asked for a lawyer", "the family asked for
    privacy": `misreadings/personal_requests.txt`), not a demand on a party or a public."""
    return _for_object_in(
        key_words(lexicon), trigger, lexicon.words("events/misreadings/personal_requests")
    )


def _for_object_in(key: KeyWords, head: Token, words: frozenset[str]) -> bool:
    """`head` governs "for" + an object among `words` ("asked for a lawyer", "deployed
    for years")."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in key.purpose_preps
        and any(g.dep_ == "pobj" and g.lower_ in words for g in prep.children)
        for prep in head.children
    )


def _public_appeal(trigger: Token, lexicon: Lexicon) -> bool:
    """An investigator's appeal to the public: for witnesses or information ("police appealed
    for witnesses", "an appeal for information": `misreadings/appeal_objects.txt`), or to get in
    touch ("anyone who saw the car is urged to contact police": `misreadings/appeal_calls.txt`).
    A step of an inquiry, not a demand made of a party."""
    wanted = lexicon.words("events/misreadings/appeal_objects")
    calls = lexicon.words("events/misreadings/appeal_calls")
    return any(
        (
            c.dep_ == "prep"
            and c.lower_ in key_words(lexicon).purpose_preps
            and any(g.dep_ == "pobj" and g.lemma_.lower() in wanted for g in c.children)
        )
        or (c.dep_ == "xcomp" and c.lemma_.lower() in calls)
        for c in trigger.children
    )


def _link_line(trigger: Token, lexicon: Lexicon) -> bool:
    """The trigger's sentence opens a line with a label pointing to another story ("RELATED:
    ...", "MORE VIDEO ...": `misreadings/link_labels.txt`), written in capitals or followed by a
    colon: another story's headline, not this article's news. A later sentence of the line is
    the article's own (a page that runs its text on after a block of related links).

    The label is looked for at the sentence's start first: the walk back to the line's start
    (hundreds of tokens in a long paragraph) is needed only when one is there."""
    doc = trigger.doc
    start = token_sent(trigger).start
    lowers = token_words(doc)[2]
    if not any(
        lowers[start : start + len(words)] == words and _label_at(doc, start, words, trigger.i)
        for words in _label_words(lexicon.words("events/misreadings/link_labels"))
    ):
        return False
    line = trigger.i
    while line > 0 and "\n" not in doc[line - 1].text_with_ws and not doc[line - 1].is_space:
        line -= 1
    while line < trigger.i and doc[line].is_space:
        line += 1
    # the line runs on into sentences of the article's own ("RELATED ARTICLES") unless it
    # starts where the sentence does
    return line == start


@lru_cache(maxsize=4)
def _label_words(labels: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """Each link label's words."""
    return tuple(tuple(label.split()) for label in sorted(labels))


def _label_at(doc: Doc, start: int, words: tuple[str, ...], before: int) -> bool:
    """A link label's `words` open the tokens at `start`, ending by `before`, in capitals or
    followed by a colon."""
    span = doc[start : start + len(words)]
    if len(span) < len(words) or span.end > before:
        return False
    if tuple(t.lower_ for t in span) != words:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return all(t.is_upper for t in span) or (after is not None and after.text == ":")


def _no_partner(trigger: Token, preps: frozenset[str]) -> bool:
    """A discussion with one side only: no preposition naming another side in the clause
    ("discussed the plan with the governor") and a lone subject, not plural nor coordinated
    ("the mayor went on to discuss the new parking rules"; "the two ministers discussed trade"
    and "Iran and Iraq discussed trade" are consultations)."""
    if any(t.dep_ == "prep" and t.lower_ in preps for t in trigger.subtree):
        return False
    verb = trigger
    while verb.dep_ in {"xcomp", "advcl", "conj"} and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
    ):
        verb = verb.head  # "the mayor went on to discuss", "met the press and discussed"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.tag_ in {"NN", "NNP", "PRP"}
        and "Plur" not in s.morph.get("Number", [])  # "we", "they"
        and not _coordinated(s)
        # a plural verb tells more than one side ("Putin, Erdogan discuss Syria", plover23)
        and not (
            s.tag_ in {"NN", "NNP"}
            and verb.tag_ in {"VBP", "VB"}
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        )
        for s in subjects
    )


def _not_a_demonstration(lex: EventWords, trigger: Token, lexicon: Lexicon) -> bool:
    """A candidate's rally, or a remembrance or a cheer with no grievance (the trigger, its
    purpose, or the gathering a verb holds: "will be holding a campaign rally")."""
    words = {t.lower_ for t in trigger.sent}
    grieved = bool(words & lexicon.words("events/grievance_words"))
    crowd_acts = lexicon.words("events/needs_grievance")
    lemma = trigger.lemma_.lower()
    # a verb of protest of its own ("demonstrated to commemorate ...") keeps its sense
    protest_verb = lex.verbs.get(lemma, ("",))[0] == "PROTEST" and lemma not in crowd_acts
    purposes = [c for c in trigger.children if c.dep_ in {"advcl", "xcomp"}]
    if not grieved and (
        lemma in crowd_acts
        or (not protest_verb and any(c.lemma_.lower() in crowd_acts for c in purposes))
    ):
        return True  # "neighbours gathered to remember the boy", "some chanted his name"
    if (
        not grieved
        and _private_gathering(trigger, lexicon)
        and not any(claiming_purpose(lex, c) for c in purposes)
    ):
        # "relatives gathered at the house": a family's gathering, no demonstration (unless
        # they gathered "to call for" or "to demand" something: kin make claims too)
        return True
    if trigger.pos_ == "VERB":
        held = [c for c in trigger.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
        return any(_not_a_demonstration(lex, c, lexicon) for c in held)
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    if trigger.lower_ in lexicon.words("events/commemorations"):
        return not grieved
    if trigger.lemma_.lower() not in lex.key.rally_nouns:
        return False
    if grieved:
        return False  # "a protester was punched at the rally": a protest was there
    if trigger.dep_ == "pobj" and trigger.head.lower_ in lex.cue["rally_setting_preps"]:
        verb = trigger.head.head
        if any(
            c.dep_ == "nsubj"
            and (c.tag_ in {"NN", "NNP"} or c.lower_ in lex.cue["single_person_pronouns"])
            for c in verb.children
        ):
            # "the senator said at a rally", "she was blunt at a rally": one speaker's rally,
            # the setting of what one person said or did
            return True
    if any(c.dep_ == "poss" for c in trigger.children):
        return True  # "his rallies", "the senator's rally"
    if any(
        c.dep_ == "compound" and (c.lower_ in lex.key.campaign_nouns or c.ent_type_ == "PERSON")
        for c in trigger.children
    ):
        return True  # "a campaign rally", "a Smith rally"
    if any(
        c.dep_ == "prep"
        and c.lower_ in lex.key.purpose_preps
        and any(g.ent_type_ == "PERSON" for g in c.subtree)
        for c in trigger.children
    ):
        return True  # "a rally for the senator"
    return False


def _private_gathering(trigger: Token, lexicon: Lexicon) -> bool:
    """Kin, friends, neighbours or a congregation coming together (`gathering_verbs.txt`,
    `private_crowds.txt`): "relatives gathered at the house", "neighbours who had gathered near
    the tape" (the caller checks that no grievance is told)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lexicon.words(
        "events/gathering_verbs"
    ):
        return False
    crowds = lexicon.words("events/private_crowds")
    subjects = [
        trigger.head if c.tag_ in {"WP", "WDT"} and trigger.dep_ == "relcl" else c
        for c in trigger.children
        if c.dep_ == "nsubj"
    ]
    heads = [h for s in subjects for h in (s, *s.conjuncts)]

    def private(key: KeyWords, noun: Token) -> bool:
        words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
        words += [
            g
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in key.genitive_preps
            for g in p.children
            if g.dep_ == "pobj"
        ]
        return any(w.lemma_.lower() in crowds for w in words)

    return bool(heads) and all(private(key_words(lexicon), h) for h in heads)


def _lone_person(lex: EventWords, trigger: Token) -> bool:
    """One named person is no crowd: "the senator took to the airwaves to defend her budget" is a
    person speaking out, not a demonstration (a crowd is plural, or named as a group)."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and not subjects:
        subjects = [verb.head]  # "Smith, who took to ..."
    if lex.verbs.get(trigger.lemma_.lower(), ("",))[0] == "PROTEST":
        return False  # "Jane Smith protested outside the embassy": a protest of her own
    return bool(subjects) and all(
        (
            s.ent_type_ == "PERSON"
            and s.tag_ in {"NNP", "NN"}
            or s.lower_ in lex.cue["single_person_pronouns"]
        )
        and not _coordinated(s)
        for s in subjects
    )


def _coordinated(token: Token) -> bool:
    return any(c.dep_ == "conj" for c in token.children)


@lru_cache(maxsize=4)
def _periods(lexicon: Lexicon) -> re.Pattern[str]:
    phrases = sorted(lexicon.entries("events/tally_periods"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _spans(lexicon: Lexicon) -> re.Pattern[str]:
    phrases = sorted(lexicon.entries("events/misreadings/tally_spans"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.IGNORECASE)


def _dated_apart(sent: Span, span: re.Match[str]) -> bool:
    """The sentence tells a date besides the counted span ("killed 12 villagers on Tuesday, the
    deadliest attack in the opening half of the year"): an act of the news."""
    start = sent.start_char + span.start()
    end = sent.start_char + span.end()
    return any(
        e.label_ == "DATE" and (e.end_char <= start or e.start_char >= end) for e in sent.ents
    )


def _counted_clause(trigger: Token) -> bool:
    """The trigger's clause counts its doer or patient by a number ("300 people were kidnapped",
    "killed at least 4,300 civilians"), or the trigger is a counted noun ("327 kidnappings")."""
    verb = trigger
    if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head  # "were killed or injured": the first verb's subject
    counted = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if trigger.pos_ == "NOUN":
        counted.append(trigger)
    return any(c.like_num or any(g.dep_ == "nummod" for g in c.children) for c in counted)


def _tally(lex: EventWords, trigger: Token, lexicon: Lexicon) -> bool:
    """A sentence that counts over a period (`tally_periods.txt`) events it names in the plural
    ("injured in those shootings so far this year"), or counts its doers or patients over a part
    of a year (`misreadings/tally_spans.txt`: "more than 300 people were kidnapped in the opening
    half of the year"; prec44)."""
    sent = token_sent(trigger)
    text = span_text(sent)
    span = _spans(lexicon).search(text)
    if span is not None and _counted_clause(trigger) and not _dated_apart(sent, span):
        return True  # prec44
    if _periods(lexicon).search(text) is None:
        return False
    if _counted_over_months(lex, trigger, lexicon):
        return True
    return any(
        t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() in lex.nouns
        for t in span_tokens(token_sent(trigger))
    )


def _counted_over_months(lex: EventWords, trigger: Token, lexicon: Lexicon) -> bool:
    """ "In the last 17 months, eight children have shot themselves or others", "over the past
    three years, 40 teenagers have been shot in the district": a verb in the present perfect
    whose subject or object is counted, in a sentence that names a counted span of months or
    years (`misreadings/tally_units.txt`, with its number) after a period of counting, is a
    tally, not an event (a span of hours or days is news: "in the last two days, rebels have
    attacked three villages"). (prec41, ported by prec43)"""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBN":
        return False
    verb = trigger
    if verb.dep_ == "conj" and not any(
        c.dep_ in {"aux", "nsubj", "nsubjpass"} for c in verb.children
    ):
        verb = verb.head  # "have killed or injured": the first verb's auxiliary and subject
    perfect = lex.key.perfect_auxiliaries
    if not any(c.dep_ == "aux" and c.lemma_.lower() in perfect for c in verb.children):
        return False
    counted = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if not any(c.like_num or any(g.dep_ == "nummod" for g in c.children) for c in counted):
        return False
    units = lexicon.words("events/misreadings/tally_units")
    return any(
        t.lemma_.lower() in units and any(g.dep_ == "nummod" for g in t.children)
        for t in span_tokens(token_sent(trigger))
    )


# prec24
def _press_event(trigger: Token, lexicon: Lexicon) -> bool:
    """ "gave the figures at a news conference", "held a press conference": a meeting noun
    named as one with the press (`misreadings/press_words.txt`, its compound or adjective) is a
    statement made to reporters, no consultation between parties. (prec24)"""
    if trigger.pos_ != "NOUN":
        return False
    press = lexicon.words("events/misreadings/press_words")
    return any(c.dep_ in {"compound", "amod"} and c.lower_ in press for c in trigger.children)


# prec27
def _match_meeting(trigger: Token, lexicon: Lexicon) -> bool:
    """ "the two teams met in the final", "the champions met their old rivals in the
    semi-final": sides that meet in a match (a noun of `misreadings/match_words.txt` or
    `sport_words.txt` in the verb's clause or its subject) play, they do not consult. (prec27)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lexicon.words(
        "events/misreadings/match_meet_verbs"
    ):
        return False
    words = lexicon.words("events/misreadings/match_words") | lexicon.words("events/sport_words")
    subjects = _subject_of(trigger)
    # "negotiators from both teams" are no team
    apart = {t.i for s in subjects for p in s.children if p.dep_ == "prep" for t in p.subtree}
    told = [*trigger.subtree, *(t for s in subjects for t in s.subtree)]
    return any(t.pos_ in {"NOUN", "PROPN"} and t.lower_ in words and t.i not in apart for t in told)


def _commercial_deal(trigger: Token, lexicon: Lexicon) -> bool:
    """ "signed a sponsorship deal", "agreed to a merger", "a licensing agreement with the
    studio", "reached an agreement to acquire its rival", "agreed to merge in a deal worth 12
    billion dollars": a deal of commerce (`misreadings/commercial_deals.txt`, the deal's own
    word or its modifier; a deal to buy or sell, `misreadings/trade_verbs.txt`; a deal with a
    price, `misreadings/priced_deal_nouns.txt`) is a transaction, no political agreement; not where a country or a government
    is a party ("the government signed a takeover deal with the miner"). (prec27)"""
    kinds = lexicon.words("events/misreadings/commercial_deals")
    deal_nouns = lexicon.words("events/misreadings/priced_deal_nouns")
    if trigger.pos_ == "NOUN":
        deals = [trigger]
    elif trigger.pos_ == "VERB":
        # its object, and the object of what it is agreed to do ("agreed to merge in a deal")
        heads = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]
        # "gave their approval to the merger": the light object's own phrase (prec55)
        heads += [c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        deals = [
            g
            for h in heads
            for c in h.children
            if c.dep_ in {"dobj", "prep", "nsubjpass", "dative"}
            for g in (
                [c]
                if c.dep_ != "prep" and c.pos_ != "ADP"
                else [x for x in c.children if x.dep_ == "pobj"]
            )
        ]
    else:
        return False
    trades = lexicon.words("events/misreadings/trade_verbs")
    if not any(
        d.lemma_.lower() in kinds
        or any(
            (c.dep_ in {"compound", "amod"} and c.lower_ in kinds)
            or (c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in trades)
            for c in d.children
        )
        # a deal priced ("a deal worth 12 billion dollars", "a 3-billion-euro deal")
        or (d.lemma_.lower() in deal_nouns and any(t.ent_type_ == "MONEY" for t in d.subtree))
        for d in deals
    ):
        return False
    states = lexicon.words("events/misreadings/state_subjects")
    clause = trigger.head if trigger.pos_ == "NOUN" else trigger
    parties = [t for t in (*clause.subtree, *trigger.subtree) if t.dep_ in {"nsubj", "pobj"}]
    return not any(p.ent_type_ in {"GPE", "NORP"} or p.lemma_.lower() in states for p in parties)


def _standing_deployment(trigger: Token, lexicon: Lexicon) -> bool:
    """ "the navy has deployed ships to the gulf for years", "troops stationed there for
    decades": forces kept somewhere over a span of years (`misreadings/standing_spans.txt`
    after "for") are a standing posture, no deployment made now. (prec27)"""
    if trigger.pos_ != "VERB":
        return False
    return _for_object_in(
        key_words(lexicon), trigger, lexicon.words("events/misreadings/standing_spans")
    )


def _one_person_posted(lex: EventWords, trigger: Token) -> bool:
    """ "The senator's son, who was deployed to Iraq, died of cancer", "a veteran who deployed
    twice", "the senator deployed his father as a surrogate": one person sent or posted (a
    person's name, "he", "she", "him", "her", or a singular noun of
    `misreadings/one_person_nouns.txt`) is a life's service or a campaign's errand, no force
    readied (PLOVER MOBILIZE: military or police moves). The object, else the passive subject,
    else the subject ("who" read as the noun it describes; never "which": a ship's name is read as
    a person's) is who was posted. (prec42)"""
    if trigger.pos_ != "VERB":
        return False
    kids = list(trigger.children)
    posted = [c for c in kids if c.dep_ == "dobj"]
    posted = posted or [c for c in kids if c.dep_ == "nsubjpass"]
    posted = posted or [c for c in kids if c.dep_ == "nsubj"]
    if trigger.dep_ == "relcl":
        if any(c.tag_ == "WDT" for c in posted):
            return False  # "the frigate, which was deployed nearby": a thing, a ship's name
        posted = [trigger.head if c.tag_ == "WP" else c for c in posted]
    nouns = lex.lexicon.words("events/misreadings/one_person_nouns")
    pronouns = lex.cue["single_person_pronouns"] | lex.lexicon.words(
        "events/misreadings/opinion_partners"
    )
    return bool(posted) and all(
        not _coordinated(p)
        and (
            (p.ent_type_ == "PERSON" and p.tag_ == "NNP")
            or p.lower_ in pronouns
            or (p.tag_ == "NN" and p.lemma_.lower() in nouns)
        )
        for p in posted
    )


def _posture_participle(trigger: Token, lexicon: Lexicon) -> bool:
    """ "the frigate, currently deployed on patrols in the gulf, seized a boat", "police units
    stationed in the old town arrested six men": a past participle of readying forces that
    describes the subject of what the force did tells its posture, the setting of the news, no
    deployment made. The parser may read the participle set off by commas as a clause that took
    the main verb's subject; so read too. A participle with a time of its own ("troops deployed
    to the border on Monday clashed with ...") stays; a span it has lasted ("deployed since
    March") is posture too (`modality/span_preps.txt`, `modality/perfect_span_preps.txt`).
    (prec30)"""
    if trigger.pos_ != "VERB" or any(c.dep_ in {"aux", "auxpass"} for c in trigger.children):
        return False
    if trigger.dep_ == "acl" and trigger.tag_ in {"VBN", "VBD"}:
        noun = trigger.head
        if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.head.pos_ not in {"VERB", "AUX"}:
            return False
    elif not (trigger.dep_ == "advcl" and trigger.tag_ in {"VBN", "VBD"}):
        return False
    elif not _set_off_subject(trigger):
        return False
    spans = lexicon.words("events/modality/span_preps") | lexicon.words(
        "events/modality/perfect_span_preps"
    )
    own = [t for c in trigger.children if c.dep_ not in SUBJECTS for t in c.subtree]
    return not any(t.ent_type_ in {"DATE", "TIME"} and not _in_span(t, trigger, spans) for t in own)


def _set_off_subject(trigger: Token) -> bool:
    """ "the ship, deployed on patrols, thwarted an attack" as the parser may read it: the
    participle a clause before its head verb, holding the subject that verb lacks, set off from
    it by a comma."""
    head = trigger.head
    if head.i < trigger.i or any(c.dep_ in SUBJECTS for c in head.children):
        return False
    subjects = [c for c in trigger.children if c.dep_ == "nsubj" and c.i < trigger.i]
    return bool(subjects) and any(
        c.dep_ == "punct" and c.lower_ == "," and subjects[0].i < c.i < trigger.i
        for c in trigger.children
    )


def _in_span(token: Token, top: Token, spans: frozenset[str]) -> bool:
    """The time word hangs below a preposition of a span ("since March") under `top`."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in spans:
            return True
        node = node.head
    return False


def _care_declined(trigger: Token, lexicon: Lexicon) -> bool:
    """ "was cut but refused medical treatment at the scene", "declined medical attention": a
    patient turning down care (`misreadings/care_offers.txt`) rejects no side. (prec30)"""
    if trigger.pos_ != "VERB":
        return False
    offers = lexicon.words("events/misreadings/care_offers")
    return any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in offers for c in trigger.children
    )


def _kind_named(trigger: Token, lexicon: Lexicon) -> bool:
    """ "the reputation the navy enjoys in such deployments", "little patience for such
    negotiations": an event noun told as a kind (`misreadings/kind_words.txt`) names no dealing
    that happened. (prec30)"""
    if trigger.pos_ != "NOUN":
        return False
    kinds = lexicon.words("events/misreadings/kind_words")
    return any(c.dep_ in {"amod", "det", "predet"} and c.lower_ in kinds for c in trigger.children)


def _danger_warned(trigger: Token, lexicon: Lexicon) -> bool:
    """ "warned that the governor opposes the law", "warned that the government was losing
    control of the north": a warning whose content is another side's conduct told in the present
    or the past progressive (a noun or a name its subject, no modal, no verb of readiness:
    `misreadings/warned_state_verbs.txt`) tells a danger, no threat of the speaker's own.
    (prec27)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lexicon.words(
        "events/misreadings/warning_verbs"
    ):
        return False
    if any(c.dep_ == "dobj" for c in trigger.children):
        return False  # "warned the rebels that ...": a recipient warned
    content = [c for c in trigger.children if c.dep_ == "ccomp"]
    states = lexicon.words("events/misreadings/warned_state_verbs")
    return bool(content) and all(_told_of_another(key_words(lexicon), c, states) for c in content)


def _told_of_another(key: KeyWords, verb: Token, states: frozenset[str]) -> bool:
    """The clause tells what a side other than the speaker does now or was doing: a noun or a
    name its subject, the present or the past progressive, no modal."""
    if verb.lemma_.lower() in states or verb.tag_ not in {"VBZ", "VBP", "VBG"}:
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBG" and not any(a.lemma_ in key.copulas for a in aux):
        return False
    if any(a.tag_ == "MD" or a.lower_ in key.going_forms for a in aux):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.pos_ in {"NOUN", "PROPN"} for s in subjects)


def _private_party(trigger: Token, lexicon: Lexicon, words: set[str]) -> bool:
    """ "The carmaker agreed to share its batteries", "shareholders rejected the pay package",
    "the airline suspended flights", "the club withdrew from the cup", "the two clubs held talks
    over the transfer", "the defender was released by the club": an agreement, a refusal, a
    suspension, a withdrawal or talks whose doers are all parties of commerce, sport or private
    life (`misreadings/private_bodies.txt`, unnamed and not made public by a modifier,
    `misreadings/public_modifiers.txt`: "the central bank") are their own affairs, no political
    event; not where a country, a people or a government is a party ("the airline suspended
    flights to Russia", "the bank agreed to lend the government 2 billion"), nor where the
    sentence (`words`, its lemmas and words) tells workers, a union, families or a political
    occasion (`misreadings/public_matters.txt`: "agreed to the union's demand", "suspends
    flights after coup"), nor of a club of people ("the club of former presidents"). (prec44)"""
    bodies = lexicon.words("events/misreadings/private_bodies")
    if not lexicon.words("events/misreadings/public_matters").isdisjoint(words):
        return False  # "the company refused to reinstate the workers"
    clause = trigger
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        clause = trigger.head  # "the two clubs held talks"
    elif trigger.pos_ != "VERB":
        return False
    while (
        clause.dep_ in {"conj", "xcomp"} and not _subject_of(clause) and clause.head.i != clause.i
    ):
        clause = clause.head
    doers = [c for c in clause.children if c.dep_ == "nsubj"]
    doers += [
        g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    if not doers:
        return False
    public = lexicon.words("events/misreadings/public_modifiers")
    doers += [c for d in doers for c in d.conjuncts]
    for doer in doers:
        if any(c.dep_ == "prep" for c in doer.children):
            return False  # "the club of former presidents", "a team of investigators"
        if doer.ent_type_ in NAMES or not (
            {doer.lemma_.lower(), doer.lower_, doer.lower_.removesuffix("s")} & bodies
        ):
            return False  # ("Shareholders" opening a sentence is lemmatised as a name)
        if any(
            c.dep_ in {"amod", "compound", "poss"}
            and (c.ent_type_ in NAMES or c.lemma_.lower() in public)
            for c in doer.children
        ):
            return False
    states = lexicon.words("events/misreadings/state_subjects")
    # a person told by a pronoun is the other side ("refused to lend me the money"): no business
    # between firms, read as told
    return not any(
        t.ent_type_ in {"GPE", "NORP"}
        or t.lemma_.lower() in states
        or (t.pos_ == "PRON" and t.dep_ in {"dobj", "pobj", "dative"})
        for t in (*clause.subtree,)
        if t.dep_ in {"dobj", "pobj", "nsubjpass", "dative", "compound", "amod", "poss"}
    )


def _cause_blamed(trigger: Token, lexicon: Lexicon) -> bool:
    """ "Officials blamed an electrical fault", "fire officials blamed an overloaded cord for the
    blaze", "overloading was blamed", "the inquiry blamed poor maintenance": a verb of blame
    (`misreadings/blaming_verbs.txt`) whose every object is a cause of a mishap
    (`misreadings/blamed_causes.txt`) names a cause found, no party accused; "blamed the
    contractor for the fault" stays an accusation. (prec44)"""
    if trigger.pos_ != "VERB":
        return False
    lemma = trigger.lemma_.lower()
    causes = lexicon.words("events/misreadings/blamed_causes")
    if lemma in lexicon.words("events/misreadings/attributing_verbs"):
        # "attributed the blast to a leaking valve": the cause is the "to" object (prec47)
        goals = key_words(lexicon).goal_preps
        blamed = [
            g
            for c in trigger.children
            if c.dep_ in {"prep", "dative"} and c.lower_ in goals
            for g in c.children
            if g.dep_ == "pobj"
        ]
    elif lemma in lexicon.words("events/misreadings/blaming_verbs"):
        blamed = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        return False
    blamed += [c for b in blamed for c in b.conjuncts]
    return bool(blamed) and all(
        b.ent_type_ not in NAMES and {b.lemma_.lower(), b.lower_} & causes for b in blamed
    )


def _put_down_to_cause(trigger: Token, lexicon: Lexicon) -> bool:
    """An event noun that a verb of blame or attribution puts down to a cause of a mishap
    (`_cause_blamed`): "attributed the blast to a leaking valve", "the explosion was ascribed to
    a gas leak", "blamed faulty wiring for the blast": a mishap, no attack. (prec47)"""
    if trigger.pos_ != "NOUN":
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "blamed faulty wiring for the blast"
    elif trigger.dep_ not in {"dobj", "nsubjpass"}:
        return False
    return head is not trigger and _cause_blamed(head, lexicon)


def _closed_by_an_event(trigger: Token, lexicon: Lexicon) -> bool:
    """A verb of closing (`misreadings/closing_verbs.txt`) whose every subject is an event
    (`misreadings/closing_events.txt`): "a strike by teachers shut schools", "the fighting closed
    the road" tell the event's effect, no sanction nor closure by a party; the strike or the
    fighting is read on its own. "The government shut schools" stays one. (prec55)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lexicon.words(
        "events/misreadings/closing_verbs"
    ):
        return False
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    subjects += [c for s in subjects for c in s.conjuncts]
    events = lexicon.words("events/misreadings/closing_events")
    return bool(subjects) and all(
        s.pos_ == "NOUN" and s.ent_type_ not in NAMES and s.lemma_.lower() in events
        for s in subjects
    )


def _thing_blocks(trigger: Token, lexicon: Lexicon) -> bool:
    """A verb of blocking whose every subject is a thing or a force of nature, no person or group
    (`misreadings/obstacles.txt`, `misreadings/natural_causes.txt`): "fallen trees blocked access
    to the village", "rocks and mud blocked the pass" tell no protest; "villagers blocked access
    to the quarry" stays one. (prec47)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in key_words(lexicon).blocking_verbs:
        return False
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    subjects += [c for s in subjects for c in s.conjuncts]
    things = lexicon.words("events/misreadings/obstacles")
    things |= lexicon.words("events/misreadings/natural_causes")
    return bool(subjects) and all(
        s.ent_type_ not in NAMES
        and not things.isdisjoint({s.lemma_.lower(), s.lower_, s.lower_.removesuffix("s")})
        for s in subjects
    )


def _owner_closed(trigger: Token, lexicon: Lexicon) -> bool:
    """A verb of closing (`misreadings/closing_verbs.txt`) whose every subject is an owner
    (`misreadings/outlet_owners.txt`): "the publisher closed the newspaper", "its owners shut the
    channel" tell a business's decision, no censorship; "the authorities closed the newspaper"
    stays one. (prec47)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lexicon.words(
        "events/misreadings/closing_verbs"
    ):
        return False
    owners = lexicon.words("events/misreadings/outlet_owners")
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    subjects += [c for s in subjects for c in s.conjuncts]
    return bool(subjects) and all(
        s.ent_type_ not in NAMES and s.lemma_.lower() in owners for s in subjects
    )


def _weapon_trial(trigger: Token, lexicon: Lexicon) -> bool:
    """A verb of firing joined by a hyphen to a word of trial (`misreadings/trial_prefixes.txt`):
    "the army test-fired a missile", "test-launched two rockets" (the parser splits the
    hyphen) tell a weapon's test, no attack; "fired a missile at the base" stays one. (prec47)"""
    i = trigger.i
    if trigger.pos_ != "VERB" or i < 2 or trigger.doc[i - 1].text != "-":
        return False
    return trigger.doc[i - 2].lower_ in lexicon.words("events/misreadings/trial_prefixes")


def _told_accidental(trigger: Token, lexicon: Lexicon) -> bool:
    """A blast or a fire told as a mishap (`misreadings/accident_marks.txt`), or the verb of harm
    it is the subject of: "an accidental explosion (destroyed the shed)", "the blast was
    accidental", "the fire was an accident"; "the blast was not accidental" and "might have been
    an accident" stay an attack, as does an accidental shooting (gun violence). (prec47)"""
    marks = lexicon.words("events/misreadings/accident_marks")
    # a blast or a fire (`misreadings/mishap_nouns.txt`); an accidental shooting is still one
    harms = lexicon.words("events/misreadings/mishap_nouns")
    if trigger.pos_ == "VERB":
        # "an accidental explosion destroyed the shed": the harm's doer is the mishap
        return any(
            c.dep_ == "nsubj"
            and c.lemma_.lower() in harms
            and any(g.dep_ == "amod" and g.lemma_.lower() in marks for g in c.children)
            for c in trigger.children
        )
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in harms:
        return False
    if any(c.dep_ == "amod" and c.lemma_.lower() in marks for c in trigger.children):
        return True
    verb = trigger.head
    if trigger.dep_ != "nsubj" or verb.lemma_.lower() not in key_words(lexicon).copulas:
        return False
    told = [c for c in verb.children if c.dep_ in {"acomp", "attr"}]
    return (
        bool(told)
        and all(c.lemma_.lower() in marks for c in told)
        and not any(c.dep_ in {"neg", "aux"} for c in verb.children)
    )
