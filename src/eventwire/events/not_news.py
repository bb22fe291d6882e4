"""Asserted readings that report no new act (issue 15, prec25).

A REQUEST, a REJECT or a MOBILIZE told as happened may still be no dealing of the news: advice
told as someone's view ("the mayor said the city should hire more officers"), a need stated
("we need the council to act"), a routine of forces ("extra officers are deployed every
weekend"), a unit's earlier deployment recalled to say who it is ("the team, which had been
deployed to the border,"), or a dealing by someone named with the title they held then
("then-governor Smith vetoed the bill"). By its form with no date (prec26): a course of years
("the clans have clashed for decades"), a conflict's tally ("the war, which has killed
thousands"), an act set in a war or at an age ("who fought in the war", "joined the rebels at
17") is background; a doer who is whoever may act ("anyone who attacked") a supposition. Each
reading returns the modality the event takes, or None; `coder._told_how` asks it after the clause's own frame is read. The words are data
(`lang/en/events/modality/`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.key_words import key_words
from ..records import Modality
from . import history_forms
from .clause_parts import clause_auxiliaries, clause_verb, first_conjunct, undated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..lang import Lexicon
    from .words import EventWords

# an addressee of a verb of saying: "told the council it should act" is asked of the council
ADDRESSEE_DEPS = frozenset({"dobj", "dative", "iobj"})


def not_the_news(lex: EventWords, trigger: Token, type_: str) -> Modality | None:
    """The modality of an asserted event that reports no new act, or None (it stays asserted)."""
    lexicon = lex.lexicon
    if exhorted(lexicon, trigger) or weighed(lexicon, trigger):
        return "hypothetical"
    if type_ == "REQUEST" and (
        advised(lex, trigger) or self_bound(lex, trigger) or needed(lexicon, trigger)
    ):
        return "uncertain"
    if type_ == "REQUEST" and held_call(lexicon, trigger):
        return "background"
    if type_ in lexicon.words("events/modality/force_types") and (
        routine_force(lexicon, trigger) or recalled_force(lexicon, trigger)
    ):
        return "background"
    if type_ in lexicon.words("events/modality/verbal_types") and then_titled(lexicon, trigger):
        return "background"
    # a course of years, a conflict's tally, an act in a war or at an age; a supposed actor (prec26)
    if long_course(lexicon, trigger) or at_an_age(lexicon, trigger):
        return "background"
    # a group may be named by its conflict ("the rebellion has rejected the truce"), and a
    # dealing of the news may concern one ("indicted officers for crimes during the war")
    done = type_ not in lexicon.words("events/modality/verbal_types")
    if done and (conflict_tally(lexicon, trigger) or in_a_war(lexicon, trigger)):
        return "background"
    if type_ in lexicon.words("events/modality/tally_types") and vague_tally(lexicon, trigger):
        return "background"
    # a tally over months, a profile's or a career's act (prec32)
    if history_forms.told_as_history(lexicon, trigger):
        return "background"
    if supposed_actor(lexicon, trigger):
        return "hypothetical"
    return None


def advised(lex: EventWords, trigger: Token) -> bool:
    """ "The mayor said the city should hire more officers": a verb of saying whose reported
    clause carries a modal of advice (`modality/advice_aux.txt`), said to no one in particular,
    tells the speaker's view of what ought to be done, not a demand made of someone. "Must"
    stays a demand ("said the country must act"), and so does advice told to its addressee
    ("told the council it should act")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lex.saying:
        return False
    if any(c.dep_ in ADDRESSEE_DEPS for c in trigger.children):
        return False
    advice = lex.lexicon.words("events/modality/advice_aux")
    clauses = [c for c in trigger.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(clause_auxiliaries(c) & advice for c in clauses)


def self_bound(lex: EventWords, trigger: Token) -> bool:
    """ "The minister said we must act before the winter", " 'We must do more,' the mayor
    said": a verb of saying whose reported clause binds the speaker's own side (a subject of
    `modality/first_person.txt`) tells a resolve, not a demand made of anyone."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lex.saying:
        return False
    if any(c.dep_ in ADDRESSEE_DEPS for c in trigger.children):
        return False
    first = lex.lexicon.words("events/modality/first_person")
    clauses = [
        c for c in trigger.children if c.dep_ == "ccomp" and clause_auxiliaries(c) & lex.deontic
    ]
    return bool(clauses) and all(
        any(g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ in first for g in c.children)
        for c in clauses
    )


def needed(lexicon: Lexicon, trigger: Token) -> bool:
    """ "We need the council to fund the shelters", "the state needs to review its prisons": a
    verb of need (`modality/need_verbs.txt`) in the simple present states what someone thinks
    is wanted, a view, not an appeal made to anyone."""
    if trigger.lemma_.lower() not in lexicon.words("events/modality/need_verbs"):
        return False
    if trigger.tag_ not in {"VBZ", "VBP"}:
        return False
    return not any(c.dep_ in {"aux", "auxpass"} for c in trigger.children)


def routine_force(lexicon: Lexicon, trigger: Token) -> bool:
    """ "Extra officers are deployed every weekend", "the guard sends troops to the coast every
    summer": forces readied in the simple present, active or passive, with a word of habit
    (`modality/habit_words.txt`) in the verb's adverbs or adjuncts, are a routine, not a
    mobilization of the news."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in {"VBZ", "VBP"}:
        if aux:
            return False
    elif not (
        verb.tag_ == "VBN"
        and len(aux) == 1
        and aux[0].dep_ == "auxpass"
        and aux[0].tag_ in {"VBZ", "VBP"}
    ):
        return False  # "are deployed": a present passive; "were deployed" is one act
    habit = lexicon.words("events/modality/habit_words") | lexicon.words(
        "events/modality/routine_times"
    )
    return any(
        c.dep_ in {"advmod", "npadvmod", "prep"} and any(t.lower_ in habit for t in c.subtree)
        for c in verb.children
    )


def recalled_force(lexicon: Lexicon, trigger: Token) -> bool:
    """ "a special forces team, which had been deployed to the border on several missions,":
    forces readied in an undated relative clause in the past perfect tell who the unit is,
    what it did before the news (the verbal types are read so by `modality.prospect`)."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "relcl" or verb.tag_ != "VBN" or not undated(node):
        return False
    return bool(clause_auxiliaries(verb) & lexicon.words("events/modality/perfect_aux"))


def then_titled(lexicon: Lexicon, trigger: Token) -> bool:
    """ "Then-governor Smith vetoed the bill", "the then-minister rejected the offer": the
    subject is named by the title held at the time of the act (`modality/then_titles.txt`
    before a hyphen), so the act is told from a time since passed; with no date in its clause
    it is history, not the news."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    if verb.pos_ not in {"VERB", "AUX"} or not undated(verb):
        return False
    titles = lexicon.words("events/modality/then_titles")
    doc = verb.doc
    for subject in verb.children:
        if subject.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        first = min(t.i for t in subject.subtree)
        # "Then-governor Smith": the parse may hang "Then" on the verb, so read the words
        # just before the subject's title, and inside it
        for i in range(max(first - 2, 0), subject.i):
            if doc[i].lower_ in titles and i + 1 < len(doc) and doc[i + 1].text == "-":
                return True
    return False


def exhorted(lexicon: Lexicon, trigger: Token) -> bool:
    """ "Let us reject the false choice", "let's back the plan": the act is urged on the writer's
    own side (`modality/exhortations.txt`), an op-ed's call, not a dealing that happened."""
    head = trigger.head
    if trigger.dep_ != "ccomp" or head.tag_ != "VB":
        return False
    words = lexicon.words("events/modality/exhortations")
    return any(c.dep_ == "nsubj" and f"{head.lower_} {c.lower_}" in words for c in trigger.children)


def weighed(lexicon: Lexicon, trigger: Token) -> bool:
    """ "Rejecting the deal would be a mistake", "refusing the offer will hurt the workers": a
    gerund that is the subject of a clause told with a modal or the future weighs an act not
    done, its consequences still to come."""
    if trigger.tag_ != "VBG" or trigger.dep_ != "csubj":
        return False
    modals = (
        lexicon.words("events/modality/hypothetical_aux")
        | lexicon.words("events/modality/future_aux")
        | lexicon.words("events/modality/reported_future_aux")
    )
    return bool(clause_auxiliaries(trigger.head) & modals)


def held_call(lexicon: Lexicon, trigger: Token) -> bool:
    """ "She has also called for an audit of the pension fund": a call told in the present
    perfect with an adverb that adds it to others held (`modality/held_call_adverbs.txt`), and
    no date of its own, lists a position, not a call made in the news ("the council has called
    for calm" is one)."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    if verb.tag_ != "VBN" or not undated(verb):
        return False
    if not clause_auxiliaries(verb) & (
        lexicon.words("events/modality/perfect_any_aux")
        - lexicon.words("events/modality/perfect_aux")
    ):
        return False  # the present perfect ("has", "have"), not the past perfect
    adverbs = lexicon.words("events/modality/held_call_adverbs")
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in verb.children)


# -- prec26: background told by its form, with no date -----------------------------------------------


def long_course(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The clans have clashed for decades", "rival gangs fought for years", "for the past two
    decades", "over time, the government began to imprison journalists": a span of years in the
    plural (`modality/long_spans.txt`, with no number unless counted back, `span_openers.txt`)
    or a phrase of a course (`modality/course_phrases.txt`) on the verb, or on a verb it is the
    infinitive of, tells a course of acts, not an event of the news ("jailed for five years" is
    a penalty; "clashed for hours" a length)."""
    verb = clause_verb(trigger)
    if verb is None:
        return False
    spans = lexicon.words("events/modality/long_spans")
    openers = lexicon.words("events/modality/span_openers")
    phrases = lexicon.words("events/modality/course_phrases")
    node = first_conjunct(verb)
    for _ in range(3):
        for prep in node.children:
            if prep.dep_ != "prep":
                continue
            if " ".join(t.lower_ for t in prep.subtree) in phrases:
                return True
            if prep.lower_ not in key_words(lexicon).purpose_preps or node is not first_conjunct(
                verb
            ):
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.tag_ != "NNS" or noun.lemma_.lower() not in spans:
                    continue
                mods = {c.lower_ for c in noun.children}
                counted = any(c.dep_ == "nummod" for c in noun.children)
                if not counted or mods & openers:
                    return True
        if node.dep_ != "xcomp" or node.head.i == node.i:
            break
        node = node.head  # "began to imprison": the course is told on the governor
    return False


def _lasting(lexicon: Lexicon, noun: Token) -> bool:
    return noun.lemma_.lower() in lexicon.words("events/modality/lasting_conflicts")


def conflict_tally(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The conflict, which has killed thousands of civilians, ...", "the war that killed half a
    million people", "the insurgency has killed hundreds": an undated act whose doer is a
    conflict of years (`modality/lasting_conflicts.txt`), its subject or the noun its relative
    clause tells of, is the conflict's tally, not an event of the news."""
    verb = clause_verb(trigger)
    if verb is None or not undated(verb):
        return False
    verb = first_conjunct(verb)
    if verb.dep_ == "relcl" and _lasting(lexicon, verb.head):
        return True
    return any(c.dep_ == "nsubj" and _lasting(lexicon, c) for c in verb.children)


def vague_tally(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The militia has killed thousands", "thousands of civilians have been killed", "the
    regime has jailed tens of thousands": an undated act in the perfect whose object or subject
    is a vague large count (`modality/tally_counts.txt`) is a tally of months or years, not an
    event of the news ("at least 12 people have been killed" counts this one)."""
    verb = clause_verb(trigger)
    if verb is None or not undated(verb):
        return False
    if not clause_auxiliaries(verb) & lexicon.words("events/modality/perfect_any_aux"):
        return False
    counts = lexicon.words("events/modality/tally_counts")
    return any(
        c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.lower_ in counts for c in verb.children
    )


def in_a_war(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The village was attacked during the uprising", "Karimov, who fought in the war, now
    runs a bakery", "was looted and burned during the civil war": an undated act set during a conflict of years (`modality/lasting_conflicts`),
    or in one by a relative clause that tells who someone is, is history, not the news ("killed
    in the attack" names no conflict of years). Prepositions: `modality/conflict_preps.txt`,
    `conflict_relative_preps.txt`."""
    verb = clause_verb(trigger)
    if verb is None or not undated(verb):
        return False
    node = first_conjunct(verb)
    preps = lexicon.words("events/modality/conflict_preps") | (
        lexicon.words("events/modality/conflict_relative_preps")
        if node.dep_ == "relcl"
        else frozenset()
    )
    # "was looted and burned during the civil war": a trailing adjunct hangs on the last of
    # joined verbs and is shared by all of them (prec53)
    joined = {c for c in node.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}}
    return any(
        p.dep_ == "prep"
        and p.lower_ in preps
        and any(n.dep_ == "pobj" and _lasting(lexicon, n) for n in p.children)
        for v in {verb, node} | joined
        for p in v.children
    )


def at_an_age(lexicon: Lexicon, trigger: Token) -> bool:
    """ "Ortega joined the rebels at 17 and fought in the mountains", "at the age of 15, she was
    shot": an act told at a person's age ("at" a bare number, or `modality/age_words.txt`) is a
    profile's, not the news ("shot at 3 a.m." is a time)."""
    verb = clause_verb(trigger)
    if verb is None:
        return False
    ages = lexicon.words("events/modality/age_words")
    for v in {verb, first_conjunct(verb)}:
        if _at_a_stage(lexicon, v):
            return True
        for prep in v.children:
            if prep.dep_ != "prep" or prep.lower_ not in key_words(lexicon).point_preps:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.ent_type_ == "TIME":
                    continue
                if noun.lemma_.lower() in ages:
                    return True
                if noun.like_num and noun.text.isdigit() and not list(noun.children):
                    return 13 <= int(noun.text) <= 99
    return False


def _at_a_stage(lexicon: Lexicon, verb: Token) -> bool:
    """ "fought in the war as a young man", "survived the bombing as a child": a noun young by
    itself, or a person with a word of youth before it (`modality/young_words.txt`,
    `modality/life_stages.txt`), after a preposition of role with an indefinite article, tells a
    stage of life ("as a man of faith", "as a child of the revolution" with its "of" aside, is
    still a stage: the article and the noun decide). (prec52)"""
    young = lexicon.words("events/modality/young_words")
    people = lexicon.words("events/modality/life_stages")
    roles = lexicon.words("events/modality/role_preps")
    indefinite = key_words(lexicon).indefinite_articles
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in roles:
            continue
        for noun in prep.children:
            lemma = noun.lemma_.lower()
            if noun.dep_ != "pobj" or not any(
                c.dep_ == "det" and c.lower_ in indefinite for c in noun.children
            ):
                continue
            if lemma in young or (
                lemma in people
                and any(c.dep_ == "amod" and c.lower_ in young for c in noun.children)
            ):
                return True
    return False


def supposed_actor(lexicon: Lexicon, trigger: Token) -> bool:
    """ "vowed to punish anyone who attacked its offices": the act is told in a relative clause
    on a pronoun of whoever may act (`modality/any_persons.txt`), a supposition, not someone
    who did. An appeal made to such a class stays one ("anyone who saw the crash is urged to
    phone detectives"), and so does an act done to it ("police arrested anyone who ran")."""
    verb = clause_verb(trigger)
    if verb is None:
        return False
    verb = first_conjunct(verb)
    return verb.dep_ == "relcl" and verb.head.lower_ in lexicon.words("events/modality/any_persons")
