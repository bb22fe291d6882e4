"""Modality: did the text report the event as happened, expected, conditional, or not happened?

GDELT counts "would close the embassy if ..." as a closure; eventwire labels it. The decision reads
the trigger's auxiliaries, negation and governing verbs in the dependency parse.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from ..annotate.nlp import (
    children,
    clause_verb,
    dated_heads,
    doc_sents,
    doc_text,
    doc_tokens,
    token_auxiliaries,
    token_heads,
    token_sent,
    token_words,
)
from ..lang.key_words import key_words
from ..records import Modality
from .memo import per_token
from .standing import on_first_line

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..lang import Lexicon
    from .words import EventWords


NARRATED_SHARE = 0.3
"""The share of an article's sentences told in the writer's first person that makes it a
first-person narration (news reports tell none: their "I" is always quoted)."""
MIN_NARRATED_TOKENS = 5
"""Sentences shorter than this (a byline, a caption) do not count."""
PARAGRAPH_TOKENS = 600
"""How far back a paragraph is read for its quotation marks."""
NOUN_CLAUSE_REACH = 4
"""How many heads up the verb of an event noun's clause may lie."""
COUNT_DEPS = frozenset({"npadvmod", "advmod"})
"""What may hang on a trailing "before": a count of times ("arrested twice before", "three times
before") still tells an earlier record (prec22)."""
SPECIFIC_ACT_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
"""A day or a named place that makes an accused act specific news (fix51p)."""
_OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(\[:\u2014-]))['\u2018](?=\w)")
_CLOSING_SINGLE = re.compile(r"(?<=[\w.,!?])['\u2019](?=[\s.,;:!?)\]\u2014-]|$)")


def _aux_words(token: Token) -> set[str]:
    """The lower-cased words of the token's `aux` and `auxpass` children (`token_auxiliaries`)."""
    return set(token_auxiliaries(token.doc).get(token.i, ()))


def _negated(lex: EventWords, token: Token) -> bool:
    """Negated on the token ("did not attack") or by its subject ("no one was arrested"); a
    "no" said ("voters said no to the charter", an interjection) is the answer, no negation."""
    return any(
        c.dep_ == "neg"
        or (c.lower_ in lex.cue["negators"] and c.dep_ != "intj" and not _share_spared(lex, c))
        or _negative_subject(lex, c)
        for c in children(token)
    )


def _share_spared(lex: EventWords, word: Token) -> bool:
    """ "Two men were shot, neither fatally": a negator before an adverb of death denies the
    death, not the shooting (counts55)."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return following is not None and following.lower_ in lex.cue["fatal_adverbs"]


def _negative_subject(lex: EventWords, child: Token) -> bool:
    """ "nobody was arrested", "no one has been charged", "neither party accepted", "neither
    the mayor nor the governor has criticised him": a subject that denies the event."""
    return child.dep_ in {"nsubj", "nsubjpass"} and (
        child.lower_ in lex.cue["negative_subjects"]
        or any(
            g.dep_ in {"det", "preconj"} and g.lower_ in lex.cue["negators"]
            for g in children(child)
        )
    )


def conditional(lex: EventWords, token: Token) -> bool:
    """ "would close the embassy if ...", "if requested, we will cooperate": told on a
    condition."""
    return _conditional(lex, token)


def _conditional(lex: EventWords, token: Token) -> bool:
    """An `if`/`unless` clause hangs on the token or on its head."""
    for node in (token, token.head):
        for child in children(node):
            if child.dep_ == "advcl" and (
                any(
                    g.lower_ in lex.cue["condition_marks"] and g.dep_ == "mark"
                    for g in children(child)
                )
                or _inverted(lex, child)
            ):
                return True
    return False


def _whether(lex: EventWords, token: Token) -> bool:
    """An embedded question ("nobody knew whether the cabinet had signed off")."""
    return (
        any(c.dep_ == "mark" and c.lower_ in lex.cue["question_marks"] for c in children(token))
        and (token.dep_ in {"ccomp", "advcl", "csubj"})
        and token.head.lemma_ not in lex.cue["plain_report_verbs"]
        or (
            any(
                c.dep_ == "mark" and c.lower_ in lex.key.question_complementizers
                for c in children(token)
            )
        )
    )


def _asked_about(lex: EventWords, verb: Token) -> bool:
    """ "Reporters asked if the police had opened an inquiry", "wondered whether the president
    wanted his counterpart to announce an investigation": the verb whose object the event noun is
    sits in an embedded question (`_whether`), itself or through the verbs it completes or is
    joined to; what is asked about is not told as done. (prec41)"""
    node = verb
    for _ in range(4):
        if _whether(lex, node):
            return True
        if node.dep_ not in {"xcomp", "ccomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _predicative(lex: EventWords, verb: Token) -> bool:
    """ "the shooting was not intentional", "does not seem to be a homicide": a negated
    copula denies what the event was, not that it happened."""
    return verb.lemma_.lower() in lex.copulas and any(
        c.dep_ in {"acomp", "attr", "xcomp", "oprd"} for c in children(verb)
    )


def _achieved(lex: EventWords, infinitive: Token) -> bool:
    """The infinitive is what its governor did: "began to shoot at the guards"."""
    governor = infinitive.head
    lemma = governor.lemma_.lower()
    # "began a hunger strike to protest": a purpose clause (advcl) says what was meant
    return lemma in lex.achieving and infinitive.dep_ in {"xcomp", "ccomp"}


def _finite_conjunct(token: Token) -> bool:
    """ "was trying to clean the rifle and accidentally shot himself": a past or present-tense verb
    joined to an infinitive is a clause of its own (a misattached conjunct), not part of the
    infinitive's intention."""
    return token.dep_ == "conj" and token.tag_ in {"VBD", "VBZ"} and token.head.tag_ == "VB"


def _own_clause(lex: EventWords, token: Token) -> bool:
    """ "No one was hurt in the first blast, but two were wounded in the second": a conjunct
    with a subject of its own, joined by a word of contrast (`contrast_joins.txt`), is a clause
    told against the first; the first clause's denial stays there (gvc19)."""
    if token.dep_ != "conj" or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(token)):
        return False
    joins = lex.lexicon.words("events/modality/contrast_joins")
    return any(
        c.dep_ == "cc" and c.lower_ in joins and token.head.i < c.i < token.i
        for c in children(token.head)
    )


def _present_or_future(lex: EventWords, verb: Token) -> bool:
    """A passive told in the present or the future ("are expected", "will be held"), not the
    past ("the protest was planned by students": it may well have happened since)."""
    return any(
        c.dep_ in {"aux", "auxpass"} and (c.tag_ in {"VBZ", "VBP"} or c.lower_ in lex.future_aux)
        for c in children(verb)
    )


def _wanted(lex: EventWords, trigger: Token) -> Modality | None:
    """An event named as what a plan or a hope wants: "his calls for banning foreign workers", "a
    platform of deporting migrants" (`modality/plan_nouns.txt`, each noun with its preposition)
    is `future` ("a call of shots fired" is a report); one a fear or a risk names ("fears of a
    crackdown", `modality/feared_nouns.txt`) is `hypothetical`;
    "information leading to an arrest" (`modality/prospect_verbs.txt`, a participle or a present
    tense on a noun) is `hypothetical`."""
    if trigger.dep_ not in {"pobj", "pcomp"}:
        return None
    prep = trigger.head
    head = prep.head
    words = lex.lexicon.words
    if head.pos_ == "NOUN" and f"{head.lemma_.lower()} {prep.lower_}" in words(
        "events/modality/plan_nouns"
    ):
        return "future"
    if head.pos_ == "NOUN" and f"{head.lemma_.lower()} {prep.lower_}" in words(
        "events/modality/feared_nouns"
    ):
        return "hypothetical"  # "fears of a crackdown", "the risk of a war" (prec33)
    if _a_condition(lex, head, prep):
        return "hypothetical"  # "in case of an attack", "in the event of a riot" (prec53)
    if (
        prep.lower_ in lex.key.goal_preps
        and head.lemma_.lower() in words("events/modality/prospect_verbs")
        and (
            (head.dep_ == "acl" and head.tag_ == "VBG")
            or (head.dep_ == "relcl" and head.tag_ in {"VBZ", "VBP"})
        )
    ):
        return "hypothetical"
    return None


def _a_condition(lex: EventWords, noun: Token, prep: Token) -> bool:
    """ "In case of an attack, residents should move to the shelters", "in the event of a riot":
    a phrase of a condition (`modality/condition_phrases.txt`: the preposition, the noun with
    its determiners and the preposition it takes) names an act that may come, not one done."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    phrase = " ".join([noun.head.lower_, *dets, noun.lower_, prep.lower_])
    return phrase in lex.lexicon.words("events/modality/condition_phrases")


def _gerund_frame(trigger: Token) -> tuple[Token, Token] | None:
    """The preposition and the word it hangs on of a gerund's frame ("committed to ending",
    "accused the army of shelling"): a gerund, or the first of conjoined gerunds, under a
    preposition."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if trigger.tag_ != "VBG" or node.tag_ != "VBG":
        return None
    if node.dep_ == "amod" and node.head.dep_ == "pobj":
        node = node.head  # "of beating protesters" parsed as a modifier of its object
    elif node.dep_ != "pcomp":
        return None
    return node.head, node.head.head


def intended(lex: EventWords, trigger: Token) -> Modality | None:
    """ "is committed to holding the attackers accountable", "is focused on bringing the
    killers to justice", "remains dedicated to ending the blockade": a gerund after a word of
    intention and its preposition (`modality/intent_frames.txt`) is what one means to do, not a
    deed: `future` (prec54). A word with an object ("committed troops to fighting") sends, not
    intends. Read after a standing commitment (`standing`: "remains committed to supporting the
    government" is `background`)."""
    frame = _gerund_frame(trigger)
    if frame is None:
        return None
    prep, head = frame
    if f"{head.lower_} {prep.lower_}" not in lex.lexicon.words("events/modality/intent_frames"):
        return None
    return None if any(c.dep_ == "dobj" for c in children(head)) else "future"


def _accused_act(lex: EventWords, trigger: Token) -> bool:
    """ "the opposition accused the army of shelling villages": the act a side is accused of by
    another (`modality/accusing_frames.txt`, the verb active with its accuser and the accused)
    is the accuser's claim, the accusation the news (prec54)."""
    frame = _gerund_frame(trigger)
    if frame is None:
        return False
    prep, head = frame
    if head.dep_ == "dobj":
        head = head.head  # "accused [rebels of killing civilians]": the preposition on the object
    if f"{head.lemma_.lower()} {prep.lower_}" not in lex.lexicon.words(
        "events/modality/accusing_frames"
    ):
        return False
    deps = {c.dep_ for c in children(head)}
    return "nsubj" in deps and "dobj" in deps and not _specific_act(trigger)


def _alleged_act(lex: EventWords, trigger: Token) -> bool:
    """ "Amnesty alleged that guards had beaten prisoners", "allegations that police had tortured
    detainees": the act in the clause of a word of alleging (`modality/alleging_words.txt`) is
    the alleger's claim, the allegation the news (prec55); an act told with a count, a day or a
    named place stays news of a deed, as in an accusation (`_specific_act`)."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ not in {"ccomp", "acl", "relcl"} or node.pos_ != "VERB":
        return False
    word = node.head
    if word.lemma_.lower() not in lex.lexicon.words("events/modality/alleging_words"):
        return False
    if node.dep_ != "ccomp" and not any(c.dep_ == "mark" for c in children(node)):
        # "the allegations he denied": a relative clause on the noun, no content ("that" told
        # as a complementizer is a mark, as a relative pronoun a subject or an object)
        return False
    return not _specific_act(trigger)


def _specific_act(trigger: Token) -> bool:
    """ "accused government forces of killing 12 civilians on Monday": an act told with a count,
    a day or a named place is news of a deed (its actor the accuser's word), not a charge in
    general (fix51p): a number, a DATE/TIME or a place name in the gerund's clause."""
    return any(
        t.i != trigger.i and (t.like_num or t.ent_type_ in SPECIFIC_ACT_ENTS)
        for t in trigger.subtree
    )


def _nearly(lex: EventWords, trigger: Token) -> bool:
    """ "were close to agreeing a deal", "on the verge of a strike", "on the brink of war": the
    event came near, not to pass (`modality/near_words.txt`, the word the preposition hangs
    on), also the object of a gerund there ("stopped short of launching an offensive")."""
    if trigger.dep_ == "dobj" and trigger.head.dep_ == "pcomp" and trigger.head.tag_ == "VBG":
        trigger = trigger.head  # prec33
    prep = trigger.head
    if (
        trigger.dep_ not in {"pcomp", "pobj"}
        or prep.dep_ != "prep"
        or prep.lower_ not in lex.key.goal_preps | lex.key.genitive_preps
    ):
        return False
    near = prep.head  # an adjective, an adverb or a noun: not "closed the road during ..."
    return near.pos_ != "VERB" and near.lemma_.lower() in lex.lexicon.words(
        "events/modality/near_words"
    )


def _topic(lex: EventWords, trigger: Token) -> bool:
    """ "would meet them to talk about barring people from buying guns", "the council discussed
    banning cars", "a debate on deporting migrants": an act in the gerund that a talk is about
    (`modality/topic_words.txt`, through `modality/topic_preps.txt` or as the verb's
    complement) is a possibility talked over, not an act done ("talked about the shooting", a
    noun, tells one that happened)."""
    if trigger.tag_ != "VBG":
        return False
    words = lex.lexicon.words("events/modality/topic_words")
    head = trigger.head
    if trigger.dep_ in {"xcomp", "dobj"}:
        return head.pos_ == "VERB" and head.lemma_.lower() in words
    if trigger.dep_ != "pcomp" or head.lower_ not in lex.lexicon.words(
        "events/modality/topic_preps"
    ):
        return False
    return head.head.lemma_.lower() in words


def _privative(lex: EventWords, trigger: Token) -> bool:
    """ "passed without any clashes", "ended without agreement", "broke up without reaching a
    deal": the object of a preposition of lack (`modality/privative_preps.txt`), or of a gerund
    that is, did not happen."""
    preps = lex.lexicon.words("events/modality/privative_preps")
    if trigger.dep_ in {"pobj", "pcomp"}:
        return trigger.head.lower_ in preps
    gerund = trigger.head
    return (
        trigger.dep_ == "dobj"
        and gerund.dep_ == "pcomp"
        and gerund.tag_ == "VBG"
        and gerund.head.lower_ in preps
    )


def _paused(lex: EventWords, trigger: Token) -> bool:
    """ "a lull in the fighting", "a respite from the shelling": the event stopped
    (`modality/pause_nouns.txt`, each noun with its preposition)."""
    if trigger.dep_ != "pobj" or trigger.head.dep_ != "prep":
        return False
    prep = trigger.head
    phrase = f"{prep.head.lemma_.lower()} {prep.lower_}"
    return phrase in lex.lexicon.words("events/modality/pause_nouns")


def _denied_report(lex: EventWords, trigger: Token) -> bool:
    """ "no reports of looting", "no sign of fighting", "no claim concerning the explosion": the
    event is what a denied report (`modality/denied_nouns.txt`, with "no") would be of."""
    if trigger.dep_ not in {"pobj", "pcomp"} or trigger.head.dep_ != "prep":
        return False
    noun = trigger.head.head
    if noun.lemma_.lower() not in lex.lexicon.words("events/modality/denied_nouns"):
        return False
    return any(c.dep_ == "det" and c.lower_ in lex.cue["negators"] for c in children(noun))


def _cancelled(lex: EventWords, noun: Token) -> bool:
    """ "the protest was called off", "organisers cancelled the march": the event noun is what a
    verb of `modality/cancel_verbs.txt` (with its particle) undoes before it takes place."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ != "VERB":
        return False
    words = lex.lexicon.words("events/modality/cancel_verbs")
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in children(verb) if c.dep_ == "prt"]
    return lemma in words or any(f"{lemma} {p}" in words for p in particles)


def _due(lex: EventWords, copula: Token) -> bool:
    """ "is due to expire", "is due in the capital next week", "are set to resume": a copula
    whose complement (`modality/due_words.txt`) tells its subject's event is still to come."""
    return copula.lemma_.lower() in lex.copulas and any(
        c.dep_ == "acomp" and c.lower_ in lex.lexicon.words("events/modality/due_words")
        for c in children(copula)
    )


def _scheduled_to(lex: EventWords, verb: Token) -> bool:
    """ "the summit is scheduled to take place", "talks are planned to resume": a verb of
    schedule (`modality/schedule_verbs.txt`) in the present or the future with an infinitive
    (in the past, "was scheduled to" may well have come to pass)."""
    return (
        verb.lemma_.lower() in lex.lexicon.words("events/modality/schedule_verbs")
        and any(c.dep_ == "xcomp" for c in children(verb))
        and _present_or_future(lex, verb)
    )


def _portion_of(lex: EventWords, noun: Token) -> Token | None:
    """ "a new round of talks", "the next session of negotiations": the noun of
    `modality/portion_nouns.txt` whose "of" the event noun hangs on (its own verb tells when);
    "a return to talks is unlikely": or whose "to" (`modality/portion_preps.txt`, prec38)."""
    prep = noun.head
    preps = lex.lexicon.words("events/modality/portion_preps")
    if noun.dep_ != "pobj" or prep.lower_ not in preps or prep.dep_ != "prep":
        return None
    holder = prep.head
    if holder.lemma_.lower() in lex.lexicon.words("events/modality/portion_nouns"):
        return holder
    return None


def _scheduled(lex: EventWords, noun: Token) -> bool:
    """ "more arrests are expected", "talks are scheduled for Friday": the passive subject of a
    verb of schedule (`modality/schedule_verbs.txt`) told in the present or the future, not
    negated and with no infinitive ("is expected to last": the infinitive tells when)."""
    verb = noun.head
    return (
        noun.dep_ == "nsubjpass"
        and verb.lemma_.lower() in lex.lexicon.words("events/modality/schedule_verbs")
        and not _negated(lex, verb)
        and not any(c.dep_ == "xcomp" for c in children(verb))
        and _present_or_future(lex, verb)
    )


def _in_a_scheduled_subject(lex: EventWords, noun: Token) -> bool:
    """ "Ratification of the accord is expected", "the rebels' response to the ceasefire
    proposal is expected by the weekend", "a decision on the extradition request is expected in
    the coming weeks": an event noun inside the phrase (a compound, or the object of
    `modality/scheduled_topic_preps.txt`, up to `NOUN_CLAUSE_REACH` steps) of a subject still to
    come (`_scheduled`) is the topic of what is to come, not news told as happened ("talks are
    expected" is the noun itself: `modality_of`). (prec49)"""
    if noun.dep_ not in {"compound", "pobj"}:
        return False
    preps = lex.lexicon.words("events/modality/scheduled_topic_preps")
    node = noun
    for _ in range(NOUN_CLAUSE_REACH):
        if node.dep_ == "compound" and node.head.pos_ in {"NOUN", "PROPN"}:
            node = node.head
        elif (
            node.dep_ == "pobj"
            and node.head.dep_ == "prep"
            and node.head.lower_ in preps
            and node.head.head.pos_ in {"NOUN", "PROPN"}
        ):
            node = node.head.head
        else:
            return False
        if _scheduled(lex, node):
            return True
    return False


def _due_for(lex: EventWords, noun: Token) -> bool:
    """ "a delegation is due in the capital next week for talks": the purpose of a copula that
    tells its subject is still to come (`_due`)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in lex.key.purpose_preps:
        return False
    held = prep.head
    if held.dep_ == "acomp" and held.lower_ in lex.lexicon.words("events/modality/due_words"):
        held = held.head  # "is due in the capital next week for talks": "for" on the adjective
    return held.pos_ in {"VERB", "AUX"} and _due(lex, held)


def _possible(lex: EventWords, copula: Token, indefinite: bool = False) -> bool:
    """ "an attack on the port remains possible", "a truce is unlikely before the harvest": a
    copula whose complement (`modality/possibility_words.txt`) weighs whether its subject event
    will come, with no infinitive ("the attack is likely to be the deadliest" tells one that
    happened, "the attack was likely the work of militants" weighs who did it). An `indefinite`
    subject ("a peace deal without the rebels is unlikely to last": not one known event) may
    take an infinitive, not in the perfect ("a bomb attack is likely to have killed them" tells
    one that happened) (prec38)."""
    words = lex.lexicon.words("events/modality/possibility_words")
    perfect = lex.lexicon.words("events/modality/perfect_any_aux")

    def weighs(infinitive: Token) -> bool:
        return indefinite and not _aux_words(infinitive) & perfect

    return copula.lemma_.lower() in lex.copulas and any(
        c.dep_ == "acomp"
        and c.lower_ in words
        and not any(g.dep_ == "xcomp" and not weighs(g) for g in children(c))
        and not any(g.dep_ in {"xcomp", "attr"} for g in children(copula))
        for c in children(copula)
    )


def _existential(lex: EventWords, noun: Token) -> Token | None:
    """ "there will be riots", "there could be clashes": the copula that presents the event
    noun after an empty subject (`modality/existential_subjects.txt`), whose auxiliaries tell
    when."""
    copula = noun.head
    if noun.dep_ != "attr" or copula.lemma_.lower() not in lex.copulas:
        return None
    words = lex.lexicon.words("events/modality/existential_subjects")
    if any(c.dep_ == "expl" and c.lower_ in words for c in children(copula)):
        return copula
    return None


def _inverted(lex: EventWords, verb: Token) -> bool:
    """ "Had the militia stormed the bridge, the garrison would have fled", "should the talks
    fail": a clause before its head, with no conjunction, that opens with an auxiliary
    (`modality/inverted_condition_aux.txt`) before its subject is a condition."""
    if verb.dep_ not in {"advcl", "ccomp"} or verb.i > verb.head.i:
        return False  # a clause before the one it conditions (parsed as either)
    if any(c.dep_ == "mark" for c in children(verb)):
        return False
    subjects = [c.i for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
    words = lex.lexicon.words("events/modality/inverted_condition_aux")
    if verb.lower_ in words and verb.i == verb.left_edge.i:
        # "were the talks to fail, ...": the auxiliary parsed as the clause's copula, its
        # subject as either (prec38)
        return any(c.dep_ in {"attr", "nsubj"} for c in children(verb))
    return bool(subjects) and any(
        c.dep_ in {"aux", "auxpass"}
        and c.lower_ in words
        and c.i < min(subjects)
        and c.i == verb.left_edge.i  # the clause opens with it
        for c in children(verb)
    )


def _open_to(lex: EventWords, trigger: Token) -> bool:
    """ "She said she is open to meeting the president", "the rebels are open to talks": the
    event after "to" or "for" on an adjective of being willing (`modality/willing_adjectives.txt`)
    is one a side would take part in, not one held. (prec42)"""
    prep = trigger.head
    return (
        trigger.dep_ in {"pcomp", "pobj"}
        and prep.dep_ == "prep"
        and prep.lower_ in lex.key.goal_preps | lex.key.purpose_preps
        and prep.head.pos_ == "ADJ"
        and prep.head.lower_ in lex.lexicon.words("events/modality/willing_adjectives")
    )


def _kind_of_act(lex: EventWords, verb: Token) -> bool:
    """ "Attacking the police is a crime in any country", "blaming the media is easier than
    fixing the schools": a gerund with no subject of its own, the subject of a copula in the
    present, names a kind of act judged, not an act done (prec38). In the past ("attacking the
    station was a mistake, he admitted") it may be one that was done, and is left as it is."""
    copula = verb.head
    return (
        verb.dep_ == "csubj"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in {"nsubj", "poss"} for c in children(verb))
        and copula.lemma_.lower() in lex.copulas
        and copula.tag_ in {"VBZ", "VBP"}
    )


def _inverted_copula(lex: EventWords, noun: Token) -> bool:
    """ "Were the fighting to reach the city, the hospital would struggle": an event noun the
    subject (parsed as either) of an auxiliary parsed as the copula of a condition opened by
    inversion (`_inverted`) (prec38)."""
    copula = noun.head
    return (
        noun.dep_ in {"attr", "nsubj"}
        and copula.lower_ in lex.lexicon.words("events/modality/inverted_condition_aux")
        and _inverted(lex, copula)
    )


def _deal_compound(lex: EventWords, noun: Token) -> bool:
    """ "a ceasefire deal", "peace talks": the event noun modifies a noun of a deal or its
    making (`modality/deal_heads.txt`), which is told in its place ("failed to reach a ceasefire
    deal"); "the shooting suspect" names a person of a real event."""
    head = noun.head
    return (
        noun.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in lex.lexicon.words("events/modality/deal_heads")
    )


def _setting_of(lex: EventWords, noun: Token) -> Modality | None:
    """ "the EU will consider sanctions at a meeting of ministers", "the senator will speak at the
    rally on Sunday": an event noun that sets the act of a verb (`modality/setting_preps.txt`) told
    with a modal or a will of its own, or the infinitive of a verb of intention ("is set to
    approve sanctions at its meeting"), is still to come (`future`) or may not (`hypothetical`);
    so is the purpose of a journey (`modality/journey_verbs.txt`: "will fly to Cairo for
    talks"). None otherwise."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = prep.head
    words = lex.lexicon.words
    if prep.lower_ not in words("events/modality/setting_preps") and not (
        # "will travel to Beijing next month for talks": the purpose of a journey (prec53)
        prep.lower_ in lex.key.purpose_preps
        and verb.lemma_.lower() in words("events/modality/journey_verbs")
    ):
        return None
    if _negated(lex, verb):
        return None  # "no one will be charged over the clashes at the rally": not the rally's
    aux = _aux_words(verb)
    if aux & (lex.hypothetical_aux - {"can"}):
        return "hypothetical"
    if aux & (lex.future_aux | lex.reported_future_aux):
        return "future"
    if verb.dep_ == "xcomp" and not lex.key.infinitive_markers.isdisjoint(aux):
        # "is set to approve sanctions at its meeting next week": the infinitive's governor
        # tells when (prec53)
        told = modality_of(lex, verb)
        if told in {"future", "hypothetical"}:
            return told
    return None


def _headline_infinitive(verb: Token) -> bool:
    """ "Leaders to meet in Geneva next month", "Court to rule on Friday": an infinitive with a
    subject at the root of its sentence, a headline's way of telling what is planned."""
    return verb.dep_ == "ROOT" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(verb))


def _named_event(lex: EventWords, noun: Token) -> bool:
    """An event noun named as one known event: a definite or demonstrative determiner
    (`modality/presupposing_dets.txt`) or a possessor before it ("the attack", "Sunday's
    bombing"), not an indefinite ("an attack", "any attack")."""
    dets = lex.lexicon.words("events/modality/presupposing_dets")
    return any(
        (c.dep_ == "det" and c.lower_ in dets) or c.dep_ == "poss"
        for c in children(noun)
        if c.i < noun.i
    )


def _presupposed_subject(lex: EventWords, noun: Token) -> bool:
    """A named event noun ("the attack", "the army's raid") the subject of a verb that does not
    tell whether it took place (`modality/occurrence_verbs.txt`: "did not happen", "did not go
    ahead", "were not held" do): its event is taken as given. An indefinite ("an attack would
    not deter them") is left to the verb (`modality/presupposing_dets.txt`). (prec31)"""
    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() in lex.lexicon.words(
        "events/modality/occurrence_verbs"
    ):
        return False
    return _named_event(lex, noun)


def _claimed_event(lex: EventWords, noun: Token) -> bool:
    """A named event noun ("the attack", "Sunday's bombing") the object of a verb of owning up to
    an act (`modality/claim_verbs.txt`): "neither side has claimed the attack", "the army did
    not admit the airstrike". A negation of the verb denies the claim; the event is taken as
    given. An indefinite ("did not claim any attack") is left to the verb. (prec36)"""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.lemma_.lower() not in lex.lexicon.words("events/modality/claim_verbs"):
        return False
    return _named_event(lex, noun)


def _nothing_done(lex: EventWords, verb: Token) -> bool:
    """ "agreed on nothing", "have accepted none of the demands": what the act took is
    nothing."""
    nothing = lex.cue["negative_subjects"]
    for child in children(verb):
        if child.dep_ == "dobj" and child.lower_ in nothing:
            return True
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lower_ in nothing for g in children(child)
        ):
            return True
    return False


def _chain_modal(lex: EventWords, verb: Token) -> Modality | None:
    """The modal of the verb an infinitive chain hangs from: "said he would order the police to
    stop making arrests", "could direct the agency to halt deportations" (the object's verb is
    an infinitive or a gerund of a verb told with a modal); or "the plan would have the two
    leaders meet in Geneva", "the deal would let inspectors visit the sites": a bare infinitive
    with its own subject under a verb of causing (`modality/causative_verbs.txt`; prec42)."""
    node = verb
    for _ in range(NOUN_CLAUSE_REACH):
        # an infinitive the parser hung as an adverbial ("would direct the agency to stop ...")
        infinitive = node.dep_ == "advcl" and "to" in _aux_words(node)
        if node.dep_ == "ccomp" and _caused(lex, node):
            infinitive = True
        if (node.dep_ not in {"xcomp", "conj"} and not infinitive) or node.head.i == node.i:
            return None
        node = node.head
        aux = _aux_words(node)
        if aux & (lex.hypothetical_aux - {"can"}):
            return "hypothetical"
        if aux & (lex.future_aux | lex.reported_future_aux):
            return "future"
    return None


def _caused(lex: EventWords, verb: Token) -> bool:
    """A bare infinitive with its own subject, the complement of a verb of causing told with a
    modal and no negation ("would have the two leaders meet", "would let inspectors visit":
    `modality/causative_verbs.txt`; "would not let the reporters travel" is a refusal, read as
    one elsewhere)."""
    causing = verb.head
    return (
        verb.tag_ in {"VB", "VBP"}
        and causing.lemma_.lower() in lex.lexicon.words("events/modality/causative_verbs")
        and bool(
            _aux_words(causing) & (lex.hypothetical_aux | lex.future_aux | lex.reported_future_aux)
        )
        and not _negated(lex, causing)
        and not any(c.dep_ in {"aux", "mark"} for c in children(verb))
        and any(c.dep_ == "nsubj" for c in children(verb))
    )


def _small_clause(verb: Token) -> bool:
    """ "wants the singer banned", "want the law repealed": a bare participle with its own
    subject, the state wished for (prec21)."""
    return (
        verb.tag_ == "VBN"
        and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in children(verb))
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(verb))
    )


def _across_break(lex: EventWords, node: Token) -> bool:
    """A clause hung on its governor across a ";" (`clause_breaks.txt`) is a clause of its own,
    which keeps its modality: "three men were shot; all three are expected to recover"."""
    if node.dep_ != "ccomp" or node.head == node:
        return False
    low, high = sorted((node.i, node.head.i))
    breaks = lex.lexicon.words("events/modality/clause_breaks")
    return any(t.text in breaks and t.head == node.head for t in node.doc[low + 1 : high])


def _weighed_case(lex: EventWords, noun: Token, verb: Token) -> bool:
    """ "a blockade of the port would be illegal", "an attack on the dam would be catastrophic": an
    event noun not named as one known event (an indefinite or a bare noun, not "the attack":
    `_named_event`) the subject of a copula told with a modal of possibility or a conditional
    "would", not in the perfect ("the shooting could have been accidental" tells of one that
    happened; "the attack would be the deadliest this year" of a known one): a case weighed, not
    an event (prec38)."""
    aux = _aux_words(verb)
    modals = (lex.hypothetical_aux | lex.reported_future_aux) - lex.lexicon.words(
        "events/modality/capacity_aux"
    )
    return (
        bool(aux & modals)
        and not aux & lex.lexicon.words("events/modality/perfect_any_aux")
        and not _named_event(lex, noun)
    )


def _enabled(lex: EventWords, verb: Token) -> bool:
    """ "this scope lets hunters shoot at long range", "the game lets players storm castles", "the
    law allows police to detain suspects": an act a verb of enabling
    (`modality/enabling_verbs.txt`) in the simple present makes possible is a capacity, no act
    done; "let the convoy cross the border" tells it crossed."""
    governor = verb.head
    return (
        verb.dep_ in {"ccomp", "xcomp"}
        and governor.tag_ in {"VBZ", "VBP"}
        and governor.lemma_.lower() in lex.lexicon.words("events/modality/enabling_verbs")
        and not any(c.dep_ in {"aux", "auxpass"} for c in children(governor))
    )


def _planned(lex: EventWords, verb: Token) -> bool:
    """ "plan a rally on Saturday", "plotted an attack on the base": the object of a verb of
    planning (`modality/planning_verbs.txt`) in any tense; "are preparing a general strike",
    "is organising a march": of a verb of making ready (`planning_progressive_verbs.txt`) in the
    progressive (its simple past may tell it held: "organised a march"); "are weighing
    sanctions": of a verb of weighing (`weighing_verbs.txt`) in any tense. Not held yet."""
    lemma = verb.lemma_.lower()
    if lemma in lex.lexicon.words("events/modality/planning_verbs"):
        return True
    if lemma in lex.lexicon.words("events/modality/weighing_verbs"):
        # "ministers are weighing sanctions"; not a judgment of a done act ("considered the
        # attack an act of terror", "regards the raid as illegal") (prec53)
        return not any(
            c.dep_ in {"oprd", "xcomp", "ccomp", "attr"}
            or (c.dep_ == "prep" and c.lower_ in lex.lexicon.words("events/modality/role_preps"))
            for c in children(verb)
        )
    return (
        lemma in lex.lexicon.words("events/modality/planning_progressive_verbs")
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ in lex.key.copulas for c in children(verb))
    )


def _until_then(lex: EventWords, verb: Token) -> bool:
    """ "will return once the troops leave", "said the curfew would stay until the talks
    resume": a clause of time (`modality/time_marks.txt`) in the present tense under a verb told
    with "will" or a reported "would" tells what is still to come (prec38)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in {"VBP", "VBZ"}
        and any(
            c.dep_ == "mark" and c.lower_ in lex.lexicon.words("events/modality/time_marks")
            for c in children(verb)
        )
        and bool(_aux_words(verb.head) & (lex.future_aux | lex.reported_future_aux))
    )


def _done_elsewhere(lex: EventWords, noun: Token, imitating: Token) -> bool:
    """ "rehearsed an attack on the base before striking it": another verb of the sentence,
    neither negated nor under a modal or future auxiliary, tells an act of the noun's own type
    (`triggers/verbs.tsv`), so the act imitated was also done (fix49e, review49)."""
    row = lex.nouns.get(noun.lemma_.lower())
    if row is None:
        return False
    unsure = lex.hypothetical_aux | lex.future_aux
    return any(
        t.pos_ == "VERB"
        and t.i != imitating.i
        and lex.verbs.get(t.lemma_.lower(), ("",))[0] == row[0]
        and not _negated(lex, t)
        and not (_aux_words(t) & unsure)
        for t in noun.sent
    )


def _obliged(lex: EventWords, verb: Token) -> bool:
    """ "police must arrest the killers", "the ministers must meet again next week": an act told
    with an auxiliary of obligation (`modality/obligation_aux.txt`), not in the perfect ("must
    have fled" infers what happened), is called for, not done (prec38)."""
    aux = _aux_words(verb)
    return bool(aux & lex.lexicon.words("events/modality/obligation_aux")) and not (
        aux & lex.lexicon.words("events/modality/perfect_any_aux")
    )


def _conjunct_told(lex: EventWords, noun: Token) -> Modality | None:
    """ "could spark strikes and protests", "plans new raids and arrests": an event noun joined
    to an earlier noun is told as that noun is, when its relation to the clause says so; a "no"
    of the first noun alone ("no arrests and three injuries") is left to it (prec38)."""
    if noun.dep_ != "conj" or noun.head.i == noun.i or noun.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    first = _conjunct_head(noun)
    held = modality_of(lex, first)
    if held == "asserted" or (
        held == "negated"
        and any(c.dep_ == "det" and c.lower_ in lex.cue["negators"] for c in children(first))
    ):
        return None
    return held


INSTRUCTION_PATH_DEPS = frozenset(
    {"dobj", "pobj", "prep", "pcomp", "compound", "amod", "conj", "ccomp", "xcomp", "advcl", "dative"}
)  # fmt: skip
"""How a word may hang under an opening bare verb and still be part of its instruction ("Fire up
the grill and let the coals burn", "set a timer for group shots"): not a clause set beside it
("Read more: ...", `parataxis`, `dep`, `appos`)."""
CLOSING_STOPS = frozenset({".", "!"})
"""The marks that close a sentence of running text (a headline has none)."""
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _instruction(trigger: Token) -> bool:
    """ "Hack the chicken into pieces", "Shoot for a golden crust", "Fire up the grill and let the
    coals burn down": a verb in the bare form opening its sentence with no subject nor auxiliary
    tells the reader what to do (a recipe, a guide), and so does what hangs in its clause; none of
    it happened (prec50). Only a sentence closed by a full stop (a headline's bare verb may be a
    misread present, "Troops kill five"), and not what a finite clause with a subject of its own
    tells ("until it bubbles", "that gunmen attacked the town")."""
    sent = token_sent(trigger)
    tokens, heads = doc_tokens(trigger.doc), token_heads(trigger.doc)
    start = sent.start
    if heads[start] != start:
        # the opening word is not the root (nearly every sentence: asked first), unless it is an
        # opening quotation mark before the root
        if start + 1 >= sent.end or heads[start + 1] != start + 1 or not tokens[start].is_punct:
            return False
        start += 1
    root = tokens[start]
    if tokens[sent.end - 1].text not in CLOSING_STOPS:
        return False
    if root.tag_ != "VB" and not (
        # "Fire up the barbecue": a bare verb the tagger took for a noun, with a verb's object
        root.tag_ in {"NN", "NNP"} and any(c.dep_ in {"dobj", "prt"} for c in children(root))
    ):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl"} for c in children(root)):
        return False
    node = trigger
    for _ in range(8):
        if node.i == root.i:
            return True
        if node.dep_ not in INSTRUCTION_PATH_DEPS:
            return False
        if node.tag_ in FINITE_TAGS and not (
            # "..., or set a timer for group shots": a bare verb joined with no subject of its
            # own, which the tagger may take for a past
            node.dep_ == "conj"
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(node))
        ):
            return False
        node = node.head
    return False


@per_token  # (asked of one trigger by the filter, the build and the article's checks: perf19)
def modality_of(lex: EventWords, trigger: Token) -> Modality:
    """Modality of the event whose trigger word is `trigger` (verb or event noun)."""
    node = trigger
    if _instruction(trigger):
        return "hypothetical"  # "Hack the chicken into pieces" (prec50)
    if _nearly(lex, trigger) or _topic(lex, trigger):
        return "hypothetical"
    if _privative(lex, trigger) or _paused(lex, trigger) or _denied_report(lex, trigger):
        return "negated"
    if trigger.pos_ in {"NOUN", "PROPN"} and _cancelled(lex, trigger):
        return "negated"
    if _kind_of_act(lex, trigger):
        return "hypothetical"  # "attacking the police is a crime" (prec38)
    if _open_to(lex, trigger):
        return "future"  # "she is open to meeting the president" (prec42)
    wanted = _wanted(lex, trigger)
    if wanted is not None:
        return wanted
    if _accused_act(lex, trigger) or _alleged_act(lex, trigger):
        # "accused the army of shelling villages" (prec54), "alleged that guards beat" (prec55)
        return "uncertain"
    if trigger.pos_ in {"NOUN", "PROPN"} and _deal_compound(lex, trigger):
        # "failed to reach a ceasefire deal", "a possible peace accord": the noun the event noun
        # modifies is told in its place (prec33)
        return modality_of(lex, trigger.head)
    if trigger.pos_ in {"NOUN", "PROPN"}:
        joined = _conjunct_told(lex, trigger)
        if joined is not None:
            return joined  # "could spark strikes and protests" (prec38)
        # "a new round of talks is expected", "is due in the capital for talks": the noun that
        # holds the event's, or the copula it is the purpose of, tells when
        holder = _portion_of(lex, trigger)
        if holder is not None:
            held = modality_of(lex, holder)
            if held != "asserted":
                return held
        if _due_for(lex, trigger):
            return "future"
        if any(
            c.lower_ in lex.hypothetical_modifiers for c in children(trigger) if c.dep_ == "amod"
        ):
            return "hypothetical"
        if any(c.lower_ in lex.key.no_determiners for c in children(trigger)):
            return "negated"
        # "more arrests are expected", "talks are scheduled for Friday": still to come
        if (
            trigger.dep_ == "nsubjpass"
            and trigger.head.lemma_.lower() in lex.lexicon.words("events/modality/schedule_verbs")
            and not _negated(lex, trigger.head)
            and not any(c.dep_ == "xcomp" for c in children(trigger.head))
            and _present_or_future(lex, trigger.head)
        ):
            return "future"
        if _in_a_scheduled_subject(lex, trigger):
            return "future"  # "ratification of the accord is expected" (prec49)
        if _inverted_copula(lex, trigger):
            return "hypothetical"  # "were the fighting to reach the city, ..." (prec38)
        existential = _existential(lex, trigger)
        if existential is not None:
            node = existential  # "there will be riots": the copula's auxiliaries tell when
        setting = _setting_of(lex, trigger)
        if setting is not None:
            return setting  # "will consider sanctions at a meeting of ministers" (prec33)
        # "the closure is expected to last six weeks": the noun's verb carries the modality
        if trigger.dep_ in {"nsubj", "nsubjpass"}:
            node = trigger.head
            if trigger.dep_ == "nsubj" and _possible(lex, node, not _named_event(lex, trigger)):
                return "hypothetical"  # "an attack on the port remains possible" (prec33)
            if _presupposed_subject(lex, trigger) and _negated(lex, node):
                # "the attack on the convoy would not deter the government": the negation is
                # of what the named event did, not of the event (prec31)
                return "future" if _aux_words(node) & lex.future_aux else "asserted"
            if trigger.dep_ == "nsubj" and _due(lex, node):
                return "future"  # "the truce is due to expire", "is set to resume"
            if (
                trigger.dep_ == "nsubj"
                and _predicative(lex, node)
                and _weighed_case(lex, trigger, node)
            ):
                return "hypothetical"  # "an attack on the dam would be catastrophic" (prec38)
            if trigger.dep_ == "nsubj" and _predicative(lex, node):
                # "the shooting could have been accidental": its kind is in doubt, not that it was
                return "future" if _aux_words(node) & lex.future_aux else "asserted"
        elif trigger.dep_ == "dobj" and trigger.head.pos_ in {"VERB", "AUX"}:
            # "will discuss a new agreement", "does not need protests": the verb's own
            # auxiliaries and negation (not its clause's: "a decision to order the killing of"
            # reports a killing that happened)
            verb = trigger.head
            if _claimed_event(lex, trigger):
                # "neither side has claimed the attack": what did not happen is the claim (prec36)
                return "asserted"
            if _negated(lex, verb):
                return "negated"
            if _obliged(lex, verb):
                return "hypothetical"  # "police must arrest the killers" (prec38)
            if verb.lemma_.lower() in lex.lexicon.words(
                "events/modality/imitation_verbs"
            ) and not _done_elsewhere(lex, trigger, verb):
                return "hypothetical"  # "the drill simulated an attack on the grid" (prec51)
            if _planned(lex, verb) and not _named_event(lex, trigger):
                # "farmers are planning a march on the capital"; "helped plan the attack on the
                # base" names an attack told as done (prec51)
                return "future"
            if _asked_about(lex, verb):
                return "hypothetical"  # "asked if the police had opened an inquiry" (prec41)
            if _until_then(lex, verb):
                return "future"  # "will stay once the union signs the deal" (prec38)
            aux = _aux_words(verb)
            if aux & (lex.hypothetical_aux - {"can"}):
                return "hypothetical"
            if aux & (lex.future_aux | lex.reported_future_aux):
                return "future"
            # "wants to launch an investigation", "plan to stage a protest": the infinitive of a
            # verb of intention (not a noun's: "a decision to order the killing")
            governor = verb.head
            if (
                verb.dep_ in {"xcomp", "ccomp"}  # "expect the group to step up attacks" (prec33)
                and not lex.key.infinitive_markers.isdisjoint(aux)
                and governor.pos_ in {"VERB", "AUX"}
                and governor.lemma_ in lex.future_governors
                and governor.lemma_ not in lex.achieving
            ):
                return "negated" if governor.lemma_ in lex.negating_governors else "future"
            if (
                verb.dep_ == "xcomp"
                and not lex.key.infinitive_markers.isdisjoint(aux)
                and governor.pos_ in {"VERB", "AUX"}
                and governor.lemma_ in lex.negating_governors
            ):
                return "negated"  # "the talks failed to produce any agreement" (prec33)
            if (
                verb.dep_ == "xcomp"
                and verb.tag_ == "VBG"
                and governor.lemma_ in lex.negating_governors
            ):
                return "negated"  # "the group denied carrying out the bombing" (prec51)
            told = _chain_modal(lex, verb)
            if told is not None:
                return told
            if (
                verb.dep_ == "advcl"
                and not lex.key.infinitive_markers.isdisjoint(aux)
                and verb.head.pos_ in {"VERB", "AUX"}
            ):
                # "are due to meet next month to review the sanctions": the object of a purpose
                # told under a meeting still to come or weighed is no more than it (prec38)
                purposed = modality_of(lex, verb.head)
                if purposed in {"future", "hypothetical"}:
                    return purposed
            # "discussed a need for the country to launch investigations", "a push to hold
            # talks": the infinitive of a noun of wanting (not "a decision to order the killing")
            if (
                verb.dep_ in {"acl", "relcl", "advcl"}
                and not lex.key.infinitive_markers.isdisjoint(aux)
                and verb.head.lemma_.lower() in lex.lexicon.words("events/modality/wish_nouns")
            ):
                return "future"
            if (
                verb.dep_ == "acl"
                and not lex.key.infinitive_markers.isdisjoint(aux)
                and verb.head.lemma_.lower() in lex.lexicon.words("events/modality/failure_nouns")
            ):
                return "negated"  # "failure to reach an agreement could leave ..." (prec38)
    elif trigger.dep_ == "acl" and trigger.tag_ == "VBG":
        # "will be greeted by crowds protesting the deal": the crowd's clause tells the time
        governing = clause_verb(trigger.head, NOUN_CLAUSE_REACH)
        # only a verb told in the future or on a condition ("will be met by"); a purpose ("used
        # tear gas to disperse crowds protesting") says nothing of the crowd's protest
        if governing is not None and _aux_words(governing) & (
            lex.future_aux | lex.reported_future_aux | lex.hypothetical_aux
        ):
            told = modality_of(lex, governing)
            if told != "asserted":
                return told
    for _ in range(4):
        aux = _aux_words(node)
        if _negated(lex, node) or (node.pos_ == "VERB" and _nothing_done(lex, node)):
            return "negated"
        conditional = _conditional(lex, node)
        if aux & (lex.hypothetical_aux | lex.reported_future_aux) and conditional:
            return "hypothetical"
        if node.pos_ in {"VERB", "AUX"} and _inverted(lex, node):
            return "hypothetical"  # "had the militia stormed the bridge, ..." (prec33)
        governor = node.head
        if _enabled(lex, node):
            return "hypothetical"  # "the scope lets hunters shoot at long range" (prec51)
        if _across_break(lex, node):
            break
        if (
            node.dep_ in {"xcomp", "ccomp", "acl"}
            and governor.lemma_ in lex.future_governors
            and (node.dep_ != "ccomp" or aux or _small_clause(node))
        ):
            return "negated" if governor.lemma_ in lex.negating_governors else "future"
        if node.dep_ == "xcomp" and governor.lemma_ in lex.negating_governors:
            return "negated"
        if node.dep_ == "ccomp" and governor.lemma_ in lex.negating_governors:
            return "negated"  # "the army denied that any airstrike had hit the village" (prec33)
        if node.lemma_ in lex.key.expecting_verbs and any(
            c.dep_ == "xcomp" for c in children(node)
        ):
            return "future"
        if _scheduled_to(lex, node):
            return "future"  # "the summit is scheduled to take place in May"
        if _whether(lex, node):
            return "hypothetical"
        if node.pos_ in {"VERB", "AUX"} and _obliged(lex, node):
            return "hypothetical"  # "the ministers must meet again next week" (prec38)
        if _until_then(lex, node):
            return "future"  # "the militia will return once the troops leave" (prec38)
        if aux & (lex.hypothetical_aux - {"can"}):
            return "hypothetical"
        if node.dep_ == "relcl" and aux & lex.hypothetical_aux:
            return "hypothetical"  # "issues that all parties can agree on": a capacity
        if aux & lex.lexicon.words("events/modality/capacity_aux") and not any(
            c.dep_ == "auxpass" for c in children(node)
        ):
            return "hypothetical"  # "the new drones can strike targets" (prec33)
        if aux & (lex.future_aux | lex.reported_future_aux):
            return "future"
        # "appeared to have been shot", "is believed to have killed": a perfect infinitive is past
        perfect = not lex.key.perfect_auxiliaries.isdisjoint(aux)
        if (
            not lex.key.infinitive_markers.isdisjoint(aux)
            and not perfect
            and _headline_infinitive(node)
        ):
            return "future"  # "Leaders to meet in Geneva next month": a headline's plan
        if (
            not lex.key.infinitive_markers.isdisjoint(aux)
            and node.dep_ == "acl"
            and governor.lemma_.lower() in lex.lexicon.words("events/modality/failure_nouns")
        ):
            return "negated"  # "the inability to hold talks", "their refusal to sign" (prec38)
        if (
            not lex.key.infinitive_markers.isdisjoint(aux)
            and not perfect
            and node.dep_ in {"advcl", "acl", "xcomp", "ccomp", "relcl"}
        ):
            if _achieved(lex, node):
                node = governor
                continue
            return "future"
        if _finite_conjunct(node) or _own_clause(lex, node):
            break
        if node.dep_ in {"xcomp", "conj"} and node.head != node:
            node = node.head
            continue
        if node.dep_ == "ccomp" and _caused(lex, node):
            node = node.head  # "would have the two leaders meet": told as the causing is (prec42)
            continue
        break
    return "asserted"


def retold(lex: EventWords, trigger: Token, type_: str) -> bool:
    """The event is told as a retelling, not as news (its modality becomes `background`):
    what a witness testified about, a speaker recalled or an account recounts ("testified about
    a meeting in March", "his account of the raid", "recalled that the police had held him":
    `modality/retelling_heads.txt` over the trigger), or what the writer narrates in the first
    person outside any quotation ("the agency refused to give me ...": a memoir, a column, an
    excerpt; `modality/narrator_pronouns.txt`). A reporter does not narrate news in the first
    person; a witness quoted does ("he shot at me," she said), and stays. The first person
    counts only for the verbal and cooperative types (`modality/verbal_types.txt`): a victim's
    account of violence often reaches the page with its quotation marks lost."""
    verbal = type_ in lex.cue["verbal_types"]
    return _under_retelling(lex, trigger, verbal) or (verbal and _narrated(lex, trigger))


_RETOLD_DEPS = frozenset({"dobj", "ccomp", "xcomp", "prep", "pcomp", "dative", "advcl"})
"""How what a verb of retelling retells hangs on it: its object, its clause, a "when" clause
("testified about a meeting when the envoy asked ..."); not its subject ("the officer who shot
the man testified" retells no shooting)."""


def _under_retelling(lex: EventWords, trigger: Token, verbal: bool = False) -> bool:
    """A word of retelling governs the trigger, however deep: "testified about a meeting where
    the envoy asked for funds", "recalled that the police had held him", "his account of the
    raid" (through "about", "of": `modality/retelling_preps.txt`, for the nouns). With
    `verbal` (a verbal or cooperative event), also a verb whose object is a retelling ("revised
    his account to say the envoy did discuss the loan", "changed her testimony to say ..."); a
    police account of violence ("released their account, saying the man fired") is the news."""
    heads = lex.cue["retelling_heads"]
    node = trigger
    while node.head.i != node.i:
        governor = node.head
        if governor.lemma_.lower() in heads and (
            (governor.pos_ == "VERB" and node.dep_ in _RETOLD_DEPS)
            or node.lower_ in lex.cue["retelling_preps"]
        ):
            return True
        if (
            verbal
            and governor.pos_ == "VERB"
            and node.dep_ in _RETOLD_DEPS
            and any(c.dep_ == "dobj" and c.lemma_.lower() in heads for c in children(governor))
        ):
            return True
        node = governor
    return False


def claimed(lex: EventWords, trigger: Token, type_: str) -> bool:
    """A verbal or cooperative event told inside a direct quotation ("she has refused to act,"
    the critic said; "he is under investigation," the lawyer warned): the speaker's claim, not a
    dealing the reporter reports (its modality becomes `uncertain`). What the speaker does in
    the quotation ("we demand ...", "I urge ...", `modality/first_person.txt` as its subject) is
    the speech act itself, and stays (`stance` reads "I reject ...")."""
    if type_ not in lex.cue["verbal_types"] or not _quoted(trigger):
        return False
    first = lex.lexicon.words("events/modality/first_person")
    # the speaker's own act: "we demand", "our investigation shows", "we are conducting an
    # investigation" (a noun's verb)
    owners = [trigger, trigger.head] if trigger.pos_ in {"NOUN", "PROPN"} else [trigger]
    return not any(
        c.dep_ in {"nsubj", "nsubjpass", "poss"} and c.lower_ in first
        for owner in owners
        for c in children(owner)
    )


def _narrated(lex: EventWords, trigger: Token) -> bool:
    """The trigger's sentence has a first-person singular pronoun outside quotation marks."""
    return _narrator_speaks(lex, trigger.sent)


def _narrator_speaks(lex: EventWords, sentence: Span) -> bool:
    pronouns = lex.cue["narrator_pronouns"]
    # (each word's lower-cased text and Token read from the parse's kept ones: a whole-article
    # scan made a Token per word of every sentence)
    lowers, tokens = token_words(sentence.doc)[2], doc_tokens(sentence.doc)
    return any(
        lowers[i] in pronouns and tokens[i].tag_ in {"PRP", "PRP$"} and not _quoted(tokens[i])
        for i in range(sentence.start, sentence.end)
    )


def narrated_article(lex: EventWords, doc: Doc) -> bool:
    """The writer narrates the article in the first person (a memoir, a column, an excerpt of a
    book): at least `NARRATED_SHARE` of its sentences have a first-person singular pronoun
    outside quotation marks. Its undated verbal events are retold (`retold` reads one sentence;
    this reads the article, where the narrator's later sentences need no "I")."""
    sentences = [s for s in doc_sents(doc) if len(s) >= MIN_NARRATED_TOKENS]
    if not sentences:
        return False
    told = sum(_narrator_speaks(lex, s) for s in sentences)
    return told >= NARRATED_SHARE * len(sentences)


def _quoted(token: Token) -> bool:
    """Inside quotation marks: more marks opened than closed between the paragraph's start and
    the token (each paragraph of a long quotation opens with its own mark). Single marks count
    where they open or close at a word's edge (not "don't"), doubled ones ('') in pairs."""
    before = _paragraph_before(token)
    opened = before.count("\u201c") - before.count("\u201d")
    single = len(_OPENING_SINGLE.findall(before)) - len(_CLOSING_SINGLE.findall(before))
    doubled = before.count("''") % 2 == 1  # ''a quotation'' typed with doubled single marks
    return opened > 0 or before.count('"') % 2 == 1 or doubled or single > 0


def _paragraph_before(token: Token) -> str:
    """The text of the token's paragraph before it, read back token by token to the last line
    break (not from the document's whole text, which spaCy rebuilds at each call)."""
    # (cut from the parse's text, which its tokens' texts with their spaces tile, from the
    # first of the tokens read back: the same text, no Token made per word: perf23)
    tokens = doc_tokens(token.doc)
    before = doc_text(token.doc)[tokens[max(token.i - PARAGRAPH_TOKENS, 0)].idx : token.idx]
    return before[before.rfind("\n") + 1 :]


def stance(lexicon: Lexicon, trigger: Token, type_: str) -> bool:
    """ "I reject any such plan", "we support the bill", "I promise": a first-person verb in the
    simple present, with no auxiliary, tells where the speaker stands (`modality/first_person.txt`,
    `modality/stance_types.txt`), not an agreement, refusal or support that happened."""
    if type_ not in lexicon.words("events/modality/stance_types") or trigger.tag_ != "VBP":
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in children(trigger)):
        return False
    first = lexicon.words("events/modality/first_person")
    return any(c.dep_ == "nsubj" and c.lower_ in first for c in children(trigger))


def recalled(lexicon: Lexicon, trigger: Token) -> bool:
    """The event is recalled from before the news (its modality becomes `background`):

    - a retrospective adverb of its clause ("had once accused", "previously demanded", "led
      the unit at the time": `modality/recalled_adverbs.txt`); a one-word adverb counts right
      before the verb only ("shot once" counts shots, "Once at the scene, ..." is a time);
    - an adverb of an earlier time closing a clause in the perfect ("they have been arrested
      before": `modality/trailing_recalled.txt`);
    - a span of years set before the verb ("for eight years as mayor, she urged ...");
    - a span of years counted from it ("a decade after he was freed");
    - a book, an essay or a column it is told from ("in his memoir, the general criticised");
    - an adverb of a course of acts on a verb in the perfect ("has repeatedly rejected");
    - the former-role frame: a relative clause in the past perfect (`modality/perfect_aux.txt`)
      on a person named by a role held before ("the former minister, who had ordered the
      raid": `modality/former_words.txt`).

    The past perfect alone is no sign: news tells the week's dealings in it ("the council had
    earlier threatened to cut its funds", "an aide said the governors had agreed to meet")."""
    if _span_start(lexicon, trigger) or _told_earlier(lexicon, trigger):
        return True
    if _years_after(lexicon, trigger):
        return True
    verb = _verb_of(trigger)
    if verb is None:
        return False
    adverbs = lexicon.words("events/modality/recalled_adverbs")
    for node in {trigger, verb}:
        for child in children(node):
            if child.dep_ not in {"advmod", "npadvmod", "prep"}:
                continue
            words = " ".join(t.lower_ for t in child.subtree)
            if words in adverbs and (" " in words or _just_before(child, node)):
                return True
    perfect = _aux_words(verb) & lexicon.words("events/modality/perfect_aux")
    if _trailing_recalled(lexicon, verb) or _span_of_years(lexicon, verb):
        return True
    if _perfect_over_years(lexicon, verb):
        return True
    if _in_writing(lexicon, verb) or _course(lexicon, verb):
        return True
    if _in_a_career(lexicon, verb) or _earlier_period(lexicon, verb):
        return True
    return bool(perfect) and verb.tag_ == "VBN" and _former_role(lexicon, verb)


def _years_after(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The poet spoke on Friday, eight years after he was freed from jail", "a decade after
    his arrest": the event is what a span of years (`modality/span_units.txt`) is counted
    from, told to date the news, not as news. (prec21)"""
    units = lexicon.words("events/modality/span_units")
    node = trigger
    for _ in range(4):
        after = None
        if node.dep_ == "pobj" and node.head.lower_ in key_words(lexicon).after_words:
            after = node.head  # "a decade after his arrest"
        elif any(
            c.dep_ == "mark" and c.lower_ in key_words(lexicon).after_words for c in children(node)
        ):
            after = node  # "eight years after he was freed"
        if after is not None:
            spans = [*children(after), *(children(after.head) if after is not node else ())]
            return any(c.dep_ == "npadvmod" and c.lemma_.lower() in units for c in spans)
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _undated(node: Token) -> bool:
    """No day, month or year is told in the clause (a dated act is the time stage's to judge):
    no DATE or TIME entity token in its subtree (`dated_heads`)."""
    return node.i not in dated_heads(node.doc)


def _in_a_career(lexicon: Lexicon, verb: Token) -> bool:
    """A stretch of a life or a career frames the undated act: "over his career, the prosecutor
    charged hundreds", "during her tenure, she sued banks" (`modality/career_nouns.txt`, with a
    possessive), or a bare role set before the verb, "as secretary of state, she negotiated a
    ceasefire" (`modality/role_preps.txt`): a profile's summary, not the news."""
    if not _undated(verb):
        return False
    careers = lexicon.words("events/modality/career_nouns")
    roles = lexicon.words("events/modality/role_preps")
    for prep in children(verb):
        if prep.dep_ != "prep":
            continue
        for noun in children(prep):
            if noun.dep_ != "pobj":
                continue
            deps = {c.dep_ for c in children(noun)}
            if noun.lemma_.lower() in careers and "poss" in deps:
                return True
            if (
                prep.lower_ in roles
                and prep.i < verb.i
                and noun.pos_ == "NOUN"
                and not deps & {"det", "poss", "nummod"}
            ):
                return True
    return False


def _earlier_period(lexicon: Lexicon, verb: Token) -> bool:
    """A clause of the verb sets its act in an earlier period: "back when he was mayor",
    "long before he joined the cabinet" (`modality/recalled_openers.txt`), or "when he was
    mayor", "when she was 15" (a "when" clause of a past copula with a bare role or an age); or
    the act is itself that clause's, of an age ("she was 15 when a gunman shot her")."""
    openers = lexicon.words("events/modality/recalled_openers")
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    for clause in children(node):
        if clause.dep_ not in {"advcl", "advmod", "prep"}:
            continue
        # (the subtree's first four words: the rest of it is never made)
        first = " ".join(t.lower_ for t in islice(clause.subtree, 4))
        if any(first == o or first.startswith(o + " ") for o in openers):
            return True
        if clause.dep_ == "advcl" and _when_of_a_role(lexicon, clause, nouns=True):
            return True
    return node.dep_ == "advcl" and _when_of_a_role(lexicon, node.head, nouns=False, marked=node)


def _when_of_a_role(
    lexicon: Lexicon, copula: Token, nouns: bool, marked: Token | None = None
) -> bool:
    """A past copula of a "when" clause (or with one, `marked`) whose complement is an age
    ("was 15") or, with `nouns`, a bare role ("was mayor"); its subject a person, not "it" ("it
    was midnight when shots rang out" tells the hour)."""
    clause = marked or copula
    if not any(
        c.dep_ == "advmod" and c.lower_ in key_words(lexicon).when_words for c in children(clause)
    ):
        return False
    if copula.lemma_ not in key_words(lexicon).copulas or copula.tag_ != "VBD":
        return False
    impersonal = lexicon.words("events/modality/impersonal_subjects")
    if any(c.dep_ == "nsubj" and c.lower_ in impersonal for c in children(copula)):
        return False
    for c in children(copula):
        if c.dep_ not in {"attr", "acomp"}:
            continue
        if c.like_num or (c.pos_ == "NUM"):
            return True
        if (
            nouns
            and c.pos_ == "NOUN"
            and not any(g.dep_ in {"det", "poss", "nummod", "amod"} for g in children(c))
        ):
            return True
    return False


def overshadowed(lexicon: Lexicon, trigger: Token) -> bool:
    """The event is recalled by a later piece of news it hangs below (its modality becomes
    `background`): a word of `modality/later_news.txt` governs the trigger, however deep ("the
    man who robbed the bank was sentenced", "a vigil for the teen killed in the shooting", "the
    trial of the officer charged in the killing"), or a verb whose object is one governs it ("held
    a vigil for the teen killed", "filed a lawsuit over the raid"), or the event is the time of
    another act ("on the night of the attack, the envoy sent a message"). A trial, a sentence,
    a funeral, a lawsuit comes days to years after what it is about; the event told as the
    sentence's own news ("the gunman shot two people at a vigil") has the later word below it,
    not above."""
    later = lexicon.words("events/modality/later_news")
    if _time_of(lexicon, trigger):
        return True
    node = trigger
    while node.head.i != node.i:
        conjunct = node.dep_ == "conj"
        node = node.head
        if node.lemma_.lower() in later or node.lower_ in later:
            # "was convicted and shot himself": a second act told beside it, not recalled
            return not conjunct
        if node.pos_ in {"VERB", "AUX"} and not conjunct and _later_object(later, node):
            return True  # "held a vigil for the teen killed", "filed a lawsuit after ..."
    return False


def preceded(lexicon: Lexicon, trigger: Token, type_: str) -> bool:
    """An event noun is the undated ground of its clause's own news (its modality becomes
    `background`): the object of an anterior preposition (`modality/anterior_preps.txt`) on the
    clause's verb, for the types whose noun is so recalled (`modality/anterior_types.txt`):
    "after his arrest by the state police, his prints were sent to the lab", "due to a recent
    arrest, his DNA was on file". With a day of its own ("after his arrest on Friday") the date
    tells how recent it is."""
    if type_ not in lexicon.words("events/modality/anterior_types"):
        return False
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    words = [prep.lower_]
    words += [c.lower_ for c in children(prep) if c.dep_ in {"pcomp", "prep"} and c.i < trigger.i]
    if " ".join(words) not in lexicon.words("events/modality/anterior_preps"):
        return False
    if prep.head.pos_ not in {"VERB", "AUX"}:
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in trigger.subtree)


def _time_of(lexicon: Lexicon, trigger: Token) -> bool:
    """ "on the night of the attack, the envoy sent ...": the event noun is the time of the
    clause's own act (`modality/time_of_phrases.txt`), in an adjunct of that act's verb."""
    prep = trigger.head
    noun = prep.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep" or noun.dep_ not in {"pobj", "npadvmod"}:
        return False
    phrase = f"{noun.lemma_.lower()} {prep.lower_}"
    return phrase in lexicon.words("events/modality/time_of_phrases")


def _later_object(later: frozenset[str], verb: Token) -> bool:
    """The verb's direct object is later news: "held a vigil", "filed a lawsuit"."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in later for c in children(verb))


def _perfect_over_years(lexicon: Lexicon, verb: Token) -> bool:
    """ "more than 7,000 people have been killed since 2011", "in the past decade, hundreds have
    been detained", "the group has fought over the past twenty years": a verb in the perfect
    with a span of years (`modality/perfect_span_preps.txt`; a four-digit year or a unit of
    `modality/span_units.txt`) tells a tally or a course, not the news ("have arrested twelve
    since Monday" is one)."""
    if not _aux_words(verb) & lexicon.words("events/modality/perfect_any_aux"):
        return False
    preps = lexicon.words("events/modality/perfect_span_preps")
    units = lexicon.words("events/modality/span_units")
    for prep in children(verb):
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for t in prep.subtree:
            if t.lemma_.lower() in units or (t.like_num and len(t.text) == 4 and t.text.isdigit()):
                return True
    return False


def _span_start(lexicon: Lexicon, trigger: Token) -> bool:
    """The event is where a span told up to the news starts (`modality/start_preps.txt`): "the
    first visit since the invasion", "since seizing power", "since the start of the offensive"
    (`modality/start_nouns.txt`), "no fighting since the armed group withdrew", "since the talks
    broke down" (a clause's verb or its subject). What a span is counted from came before."""
    preps = lexicon.words("events/modality/start_preps")
    if trigger.dep_ in {"pobj", "pcomp"}:
        prep = trigger.head
        if prep.lower_ in preps:
            return True
        moment = prep.head
        if (
            prep.lower_ in key_words(lexicon).genitive_preps
            and moment.lemma_.lower() in lexicon.words("events/modality/start_nouns")
            and moment.dep_ == "pobj"
            and moment.head.lower_ in preps
        ):
            return True
    clause = trigger.head if trigger.dep_ in {"nsubj", "nsubjpass"} else trigger
    if clause.pos_ not in {"VERB", "AUX"}:
        return False
    if clause.dep_ == "pcomp" and clause.head.lower_ in preps:
        return True
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in preps for c in children(clause)
    )


def _told_earlier(lexicon: Lexicon, trigger: Token) -> bool:
    """An event noun told as one before the news: "a previous truce", "earlier rounds of talks",
    "two prior arrests" (`modality/earlier_modifiers.txt`, on the noun or the noun it is "of"),
    "last year's shooting" (a possessive of `modality/span_units.txt`), or a verb whose subject is
    so told ("last year's attack killed 26 people")."""
    earlier = lexicon.words("events/modality/earlier_modifiers")
    units = lexicon.words("events/modality/span_units")
    nouns = [trigger]
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in key_words(lexicon).genitive_preps
        and trigger.head.head.pos_ == "NOUN"
    ):
        nouns.append(trigger.head.head)

    def dated_by_span(noun: Token) -> bool:
        return any(c.dep_ == "poss" and c.lemma_.lower() in units for c in children(noun))

    if trigger.pos_ in {"VERB", "AUX"}:
        return any(c.dep_ == "nsubj" and dated_by_span(c) for c in children(trigger))
    if trigger.pos_ != "NOUN":
        return False
    return any(
        dated_by_span(n) or any(c.dep_ == "amod" and c.lower_ in earlier for c in children(n))
        for n in nouns
    )


def _trailing_recalled(lexicon: Lexicon, verb: Token) -> bool:
    """ "they have been arrested before", "had been charged previously": an adverb of an earlier
    time closing a clause in the perfect (`modality/trailing_recalled.txt`)."""
    trailing = lexicon.words("events/modality/trailing_recalled")
    if not _aux_words(verb) & lexicon.words("events/modality/perfect_any_aux"):
        return False
    return any(
        c.dep_ == "advmod"
        and c.lower_ in trailing
        and c.i > verb.i
        and all(g.dep_ in COUNT_DEPS for g in children(c))
        for c in children(verb)
    )


def _course(lexicon: Lexicon, verb: Token) -> bool:
    """ "the court has repeatedly rejected such claims", "critics have consistently opposed it": an
    adverb of a course of acts (`modality/course_adverbs.txt`) on a verb in the perfect tells a
    record, not one event ("police repeatedly struck the man" in the past is one)."""
    if not _aux_words(verb) & lexicon.words("events/modality/perfect_any_aux"):
        return False
    course = lexicon.words("events/modality/course_adverbs")
    return any(c.dep_ == "advmod" and c.lower_ in course for c in children(verb))


def _in_writing(lexicon: Lexicon, verb: Token) -> bool:
    """ "In his memoir, the general criticised the cabinet", "in one of his early essays, he
    attacked ...": the act is told from a book, an essay or a column (`modality/writing_nouns.txt`,
    through "in" or "in one of"), a profile's material, not the news (a statement, an interview
    or a letter is news and is not listed)."""
    writings = lexicon.words("events/modality/writing_nouns")
    for prep in children(verb):
        if prep.dep_ != "prep" or prep.lower_ not in key_words(lexicon).locative_preps:
            continue
        for noun in children(prep):
            if noun.dep_ != "pobj":
                continue
            named = [noun] + [
                g
                for p in children(noun)
                if p.dep_ == "prep" and p.lower_ in key_words(lexicon).genitive_preps
                for g in children(p)
                if g.dep_ == "pobj"
            ]
            if any(n.lemma_.lower() in writings for n in named):
                return True
    return False


def _span_of_years(lexicon: Lexicon, verb: Token) -> bool:
    """ "For eight years as mayor, she urged the council ...", "has for decades accused": a span
    of years set before the verb (`modality/span_preps.txt`, `modality/span_units.txt`) tells a
    course of acts, a profile, not one event (after the verb it may be a penalty's length:
    "jailed for five years")."""
    preps = lexicon.words("events/modality/span_preps")
    units = lexicon.words("events/modality/span_units")
    return any(
        c.dep_ == "prep"
        and c.i < verb.i
        and c.lower_ in preps
        and any(g.dep_ == "pobj" and g.lemma_.lower() in units for g in children(c))
        for c in children(verb)
    )


def _just_before(adverb: Token, verb: Token) -> bool:
    """The adverb stands right before the verb, with only auxiliaries or negation between
    ("had once accused", "previously demanded"): not "Once at the scene, officers arrested"
    (a conjunction), nor "shot once" (a count)."""
    between = adverb.doc[adverb.i + 1 : verb.i]
    return adverb.i < verb.i and all(t.dep_ in {"aux", "auxpass", "neg"} for t in between)


def _verb_of(trigger: Token) -> Token | None:
    """The verb whose tense tells the trigger's time: itself, or a noun's governing verb."""
    if trigger.pos_ in {"VERB", "AUX"}:
        return trigger
    head = trigger.head
    if trigger.dep_ in {"dobj", "nsubj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
        return head
    return None


def _former_role(lexicon: Lexicon, verb: Token) -> bool:
    """`verb` is a relative clause on a role held before: "the former minister, who had ..."."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "relcl":
        return False
    former = lexicon.words("events/modality/former_words")
    person = node.head
    return any(c.lower_ in former for c in children(person) if c.dep_ in {"amod", "compound"})


def prospect(lexicon: Lexicon, trigger: Token, type_: str) -> Modality | None:
    """A verbal event (`modality/verbal_types.txt`) told as something other than a dealing that
    happened, or None: a forecast warned of ("analysts warn that protests could spread") is
    `hypothetical`; a habit told in the simple present ("the council normally meets on the first
    Tuesday of each month") is `background`."""
    if type_ not in lexicon.words("events/modality/verbal_types"):
        return None
    if _forecast(lexicon, trigger):
        return "hypothetical"
    if type_ == "CONSULT" and _invitation(lexicon, trigger):
        return "future"  # prec30
    if _habitual(lexicon, trigger) or _recalled_relative(lexicon, trigger):
        return "background"
    if _in_records(lexicon, trigger):
        return "background"
    if type_ == "AGREE" and trigger.pos_ == "NOUN" and _kept(lexicon, trigger):
        return "background"
    if trigger.pos_ == "NOUN" and _answered(lexicon, trigger):
        return "background"
    return _agreement_frame(lexicon, trigger, type_)  # prec24


def capability(lexicon: Lexicon, trigger: Token) -> bool:
    """ "commanders say they are capable of deploying 50,000 troops", "capable of mounting
    attacks on the capital": an act told as within someone's power (after "of", a word of
    `modality/capability_words.txt`) is none done. (prec30)"""
    node = trigger
    if node.pos_ == "NOUN" and node.dep_ == "dobj":
        node = node.head  # "capable of mounting attacks"
    if node.dep_ != "pcomp" or node.tag_ != "VBG":
        return False
    prep = node.head
    return (
        prep.dep_ == "prep"
        and prep.lower_ in key_words(lexicon).genitive_preps
        and prep.head.lemma_.lower() in lexicon.words("events/modality/capability_words")
    )


def _invitation(lexicon: Lexicon, trigger: Token) -> bool:
    """ "invited the opposition leader to talks next week", "has invited her counterpart to
    visit": an invitation (`modality/invitation_verbs.txt`) offers a meeting still to come, no
    meeting held. (prec30)"""
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() in lexicon.words(
        "events/modality/invitation_verbs"
    )


def _in_records(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The emails show that the aide asked the reporter to ...", "records reveal the mayor
    met the developer": an undated dealing that written records (`modality/record_nouns.txt`)
    bring to light (`modality/record_verbs.txt`); the finding is the news, the dealing came
    before it. (prec21)"""
    verb = _verb_of(trigger)
    if verb is None or verb.dep_ != "ccomp" or not _undated(verb):
        return False
    shows = verb.head
    if shows.lemma_.lower() not in lexicon.words("events/modality/record_verbs"):
        return False
    records = lexicon.words("events/modality/record_nouns")
    subjects = [c for c in children(shows) if c.dep_ == "nsubj"]
    # "a batch of memos reveals": the noun of the subject's "of" phrase too
    nouns = subjects + [
        g
        for s in subjects
        for p in children(s)
        if p.dep_ == "prep" and p.lower_ in key_words(lexicon).genitive_preps
        for g in children(p)
        if g.dep_ == "pobj"
    ]
    return any(n.lemma_.lower() in records or n.lower_ in records for n in nouns)


def _answered(lexicon: Lexicon, noun: Token) -> bool:
    """ "has not responded to the strikers' demands", "did not rule on the request for bail":
    the event noun is what a response or a ruling (`modality/response_words.txt`) is to; the
    demand, the request or the charge came before it. (prec13's reading, brought back alone by
    prec18.)"""
    words = lexicon.words("events/modality/response_words")
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.head.lemma_.lower() in words
    return False


def _kept(lexicon: Lexicon, noun: Token) -> bool:
    """ "the truce has largely held", "the truce appeared to be holding", "no reports of
    violations of the ceasefire": an agreement noun whose own clause (its verb, or the
    infinitive of that verb) or "of"-head (`modality/kept_words.txt`) tells how it is kept
    or broken; it was made before ("a ceasefire took effect at midnight" is its news).
    (prec13's reading, brought back alone by prec18.)"""
    words = lexicon.words("events/modality/kept_words")
    if noun.dep_ == "pobj" and noun.head.lower_ in key_words(lexicon).genitive_preps:
        return noun.head.head.lemma_.lower() in words
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verbs = [noun.head, *(c for c in children(noun.head) if c.dep_ == "xcomp")]
    return any(v.lemma_.lower() in words for v in verbs)


def _recalled_relative(lexicon: Lexicon, trigger: Token) -> bool:
    """A dealing told, with no date, in a relative clause on someone the story is about: in the
    past perfect ("the governor, who had refused to meet the protesters, spoke on Monday") or on
    a role held before ("the former senator, who criticized the war"), or in the present
    perfect in a clause set off by commas ("the union, which has endorsed the mayor,"). It
    recalls who the person is, not the news (a violent act so told stays: "the man, who had
    shot his wife, was arrested" is the incident itself, and is not a verbal type)."""
    verb = _verb_of(trigger)
    if verb is None:
        return False
    node = verb
    while node.dep_ in {"conj", "xcomp"} and node.head.i != node.i:
        node = node.head
    if node.dep_ != "relcl" or not _undated(node):
        return False
    if node.tag_ == "VBN" and _aux_words(node) & lexicon.words("events/modality/perfect_aux"):
        return True
    if (
        node.tag_ == "VBN"
        and _aux_words(node) & lexicon.words("events/modality/perfect_any_aux")
        and _set_off(node)
    ):
        return True  # "the union, which has endorsed the mayor, urged ..." (prec21)
    former = lexicon.words("events/modality/former_words")
    person = node.head
    return node.tag_ == "VBD" and any(
        c.lower_ in former for c in children(person) if c.dep_ in {"amod", "compound"}
    )


def _set_off(clause: Token) -> bool:
    """A relative clause set off by a comma ("the union, which has endorsed the mayor,"): it
    describes who the noun is; a restrictive one ("the lawmakers who have called for an inquiry")
    picks out who acted and may be the news."""
    first = min(t.i for t in clause.subtree)
    return first > 0 and clause.doc[first - 1].text == ","


def _forecast(lexicon: Lexicon, trigger: Token) -> bool:
    """ "Economists warn that inflation could climb", "a drought would ruin the harvest, the
    agronomist warned": a verb of warning (`modality/forecast_verbs.txt`) whose clause is told
    with a modal of possibility (`modality/forecast_aux.txt`), or with "would" on a subject that
    is a hypothesis itself (`modality/forecast_dets.txt`), forecasts; a clause whose subject is a
    pronoun is the warner's own act ("the army warned that it could strike") and is a threat."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lexicon.words(
        "events/modality/forecast_verbs"
    ):
        return False
    possible = lexicon.words("events/modality/forecast_aux")
    hypotheses = lexicon.words("events/modality/forecast_dets")
    for clause in children(trigger):
        if clause.dep_ != "ccomp":
            continue
        subjects = [c for c in children(clause) if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects or any(s.tag_ == "PRP" for s in subjects):
            continue
        aux = _aux_words(clause)
        if aux & possible:
            return True
        if aux & lexicon.words("events/modality/reported_future_aux") and any(
            c.dep_ == "det" and c.lower_ in hypotheses for s in subjects for c in children(s)
        ):
            return True
    return False


def _habitual(lexicon: Lexicon, trigger: Token) -> bool:
    """ "Leaders of the bloc meet twice a year", "the two armies hold joint drills every
    autumn": the verb (or a noun's verb) in the simple present, with an adverb or adjunct of
    habit (`modality/habit_words.txt`) on it."""
    verb = _verb_of(trigger)
    if verb is None or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(
        c.dep_ in {"aux", "auxpass"} and c.lemma_ not in key_words(lexicon).support_verbs
        for c in children(verb)
    ):
        return False
    habit = lexicon.words("events/modality/habit_words")
    return any(
        c.dep_ in {"advmod", "npadvmod", "prep"} and any(t.lower_ in habit for t in c.subtree)
        for c in children(verb)
    )


def questioned(lexicon: Lexicon, trigger: Token) -> bool:
    """The trigger is asked about in a yes/no question ("Would he agree?", "Will the strike
    spread?": the sentence ends with a question mark and opens with an auxiliary or modal,
    `modality/question_openers.txt`), not told. A wh-question ("Who shot the guard?")
    presumes its event."""
    sentence = token_sent(trigger)
    # (the last word read first, from the end: most sentences end in no "?", and the words
    # before are then never read; the parse's kept Tokens, none made anew: perf23)
    tokens = doc_tokens(trigger.doc)[sentence.start : sentence.end]
    last = next((t for t in reversed(tokens) if _question_word(t)), None)
    if last is None or last.text != "?":
        return False
    first = next(t for t in tokens if _question_word(t))
    return first.lower_ in lexicon.words("events/modality/question_openers")


def _question_word(t: Token) -> bool:
    """A word `questioned` reads: no space, quote mark or punctuation but a question mark."""
    return not (t.is_space or t.is_quote or t.is_punct and t.text != "?")


def opinion(lexicon: Lexicon, trigger: Token, type_: str) -> bool:
    """Where someone stands, told of any subject (its modality becomes `uncertain`): a stance
    verb in the simple present with no auxiliary ("the senator opposes the bill", "unions
    support the plan": `modality/stance_types.txt`; "many residents still blame the council",
    "the president laments the cost": `modality/opinion_verbs.txt`) outside the article's first line (a
    headline tells news in the present: "Council rejects plan"), or a verbal event in the
    clause of a verb of opinion ("she believes the council rejected the plan":
    `modality/opinion_heads.txt`)."""
    if type_ not in lexicon.words("events/modality/verbal_types"):
        return False
    node = trigger
    while node.dep_ in {"conj", "xcomp"} and node.head.i != node.i:
        node = node.head
    if node.dep_ == "ccomp" and node.head.lemma_.lower() in lexicon.words(
        "events/modality/opinion_heads"
    ):
        return True
    if type_ not in lexicon.words(
        "events/modality/stance_types"
    ) and trigger.lemma_.lower() not in lexicon.words("events/modality/opinion_verbs"):
        return False
    if trigger.tag_ not in {"VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} for c in children(trigger)
    ):
        return False
    if on_first_line(trigger):
        return False  # the first line: a headline
    return any(c.dep_ == "nsubj" for c in children(trigger))


def told_in_past(lexicon: Lexicon, trigger: Token, type_: str) -> bool:
    """The event is told in the simple past or the past perfect, outside quotation marks, for a
    type an article's history is told with (`modality/history_frame_types.txt`): what an old
    date told before it may frame ("In 1998 the firm sued its rival. The rival denied ...",
    `article_level.under_old_date`). A present or a perfect ("has called for") tells the news's
    own time; violence is left out, as a report's account of an attack is told after any
    dates of the attacker's past. (prec23)"""
    if type_ not in lexicon.words("events/modality/history_frame_types"):
        return False
    verb = _verb_of(trigger)
    if verb is None or _quoted(trigger):
        return False
    if verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # "began to imprison critics": the tense is the governing verb's
    auxes = _aux_words(verb)
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and bool(auxes & lexicon.words("events/modality/perfect_aux"))


# prec24
def _agreement_frame(lexicon: Lexicon, trigger: Token, type_: str) -> Modality | None:
    """An agreement or a meeting noun named as something other than one made or held: sought or
    worked at (`_pursued`: `hypothetical`), kept, broken or left (`_kept_object`: `background`),
    or still to come (`_awaited`: `future`); else None. An undated agreement named as the frame
    of what it provides ("under the deal, the troops will leave") is left as it is: the
    judgments count a reference to the article's own new agreement real. (prec24)"""
    if trigger.pos_ != "NOUN":
        return None
    if type_ == "AGREE" and _pursued(lexicon, trigger):
        return "hypothetical"
    if type_ == "AGREE" and (_kept_object(lexicon, trigger) or _disputed(lexicon, trigger)):
        return "background"
    if type_ == "CONSULT" and _awaited(lexicon, trigger):
        return "future"
    return None


def _conjunct_head(noun: Token) -> Token:
    """The first of coordinated nouns ("a ceasefire and a prisoner swap": the ceasefire), whose
    relation to the clause they share."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _pursued(lexicon: Lexicon, noun: Token) -> bool:
    """ "is seeking a deal with the creditors", "the unions are nearing an agreement": the
    object of a verb of seeking or coming near (`modality/pursuit_verbs.txt`), in any tense; or
    "are negotiating a ceasefire", "are working toward an agreement": of a verb of working at
    one (`modality/pursuit_progressive_verbs.txt`) in the progressive (its simple past may tell
    it made: "negotiated a ceasefire"). Not made yet."""
    node = _conjunct_head(noun)
    verb = node.head
    if node.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "working toward an agreement"
    elif node.dep_ != "dobj":
        return False
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if node.dep_ == "dobj" and lemma in lexicon.words("events/modality/pursuit_verbs"):
        return True
    return (
        lemma in lexicon.words("events/modality/pursuit_progressive_verbs")
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ in key_words(lexicon).copulas for c in children(verb))
    )


def _awaited(lexicon: Lexicon, noun: Token) -> bool:
    """ "Ahead of the summit, the minister warned ...", "before the talks", "on the eve of the
    meeting": a meeting named as still to come (`modality/ahead_preps.txt`: the preposition,
    or the word its "of" hangs on); it has not been held."""
    node = _conjunct_head(noun)
    if node.dep_ != "pobj" or node.head.dep_ not in {"prep", "pcomp"}:
        return False
    ahead = lexicon.words("events/modality/ahead_preps")
    prep = node.head
    return prep.lower_ in ahead or (
        prep.lower_ in key_words(lexicon).genitive_preps and prep.head.lower_ in ahead
    )


def _kept_object(lexicon: Lexicon, noun: Token) -> bool:
    """ "accused the army of breaking the truce", "the country withdrew from the accord", "must
    abide by the deal": the agreement is the object of a verb of keeping, breaking or leaving one
    (`modality/kept_object_verbs.txt`), or follows its preposition; it was made before."""
    node = _conjunct_head(noun)
    verb = node.head
    if node.dep_ == "pobj" and verb.dep_ == "prep":
        if verb.lower_ in lexicon.words("events/modality/outcome_preps"):
            return False  # "the war ended in a peace deal": its outcome (prec51)
        verb = verb.head
    elif node.dep_ != "dobj":
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.words(
        "events/modality/kept_object_verbs"
    )


def _disputed(lexicon: Lexicon, noun: Token) -> bool:
    """ "Republicans have fought the nuclear deal for months", "critics of the accord say",
    "railed against the treaty": the agreement is the object of a verb of taking a side on one
    (`modality/stance_object_verbs.txt`), or follows its preposition, or hangs by "of", "to" or
    "against" on a noun of those who take a side or of the side taken
    (`modality/stance_holders.txt`); it was made before, and the news is the stance. (prec42)"""
    node = _conjunct_head(noun)
    head = node.head
    if node.dep_ == "pobj" and head.dep_ == "prep":
        key = key_words(lexicon)
        stance_preps = key.genitive_preps | key.goal_preps | key.opposing_preps
        if head.lower_ in stance_preps and head.head.pos_ in {"NOUN", "PROPN"}:
            # a plural opening the sentence may be tagged as a name ("Critics of the deal")
            holders = lexicon.words("events/modality/stance_holders")
            return head.head.lemma_.lower() in holders or head.head.lower_ in holders
        head = head.head
    elif node.dep_ != "dobj":
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in lexicon.words(
        "events/modality/stance_object_verbs"
    )
