"""Clause-level cues the ACLED typing needs beyond the trigger word.

Questions the words of a sentence alone answer badly: is the event a taking of control over a
place (ACLED's territorial battles and transfers)? is an otherwise plain action ("blocked the road",
"gathered") done to demand or denounce something, and so a demonstration? and which words of a
demonstration's sentence tell its grievance ("to denounce the attacks they suffered", "against the
killing of an inmate") rather than how it went, so that a peaceful protest against violence is not
coded a riot? And which mentions report no event at all (a condition, a habit, history used as
a time reference, the charge an arrest is made for, a "shot" or an "accident" with no gun)?
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..annotate.nlp import children, doc_tokens, token_heads, token_sent, token_words
from .protest_reading import claiming_purpose

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..lang.key_words import KeyWords
    from .words import EventWords

PLACE_ENTS = {"GPE", "LOC", "FAC"}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PRESENT_TAGS = {"VB": "VBP", "VBZ": "VBP"}
"""Tags of the simple present as one tense: a joined verb's present is often tagged as a bare
form ("routinely stop and search")."""
PAST_TAGS = frozenset({"VBD", "VBN"})
"""Tags of a past or a participle: a rate told with one is a past habit (`_rate`)."""
AUX_DEPS = frozenset({"aux", "auxpass"})
PRESENT_AUX_TAGS = frozenset({"VBP", "VBZ", "MD"})
"""Tags of an auxiliary that puts a participle in the present or the future ("are killed",
"has been jailed", "will be detained"): a rate told with it is a statistic (`_past`)."""


def _place(lex: EventWords, token: Token) -> bool:
    """A place name or noun; under "control over" any proper name but an organisation's (the
    tagger takes small places for persons: "control over Serednie")."""
    if token.ent_type_ in PLACE_ENTS or token.lemma_.lower() in lex.place_nouns:
        return True
    return token.pos_ == "PROPN" and token.ent_type_ not in {"ORG", "NORP"}


def _pobjs(lex: EventWords, token: Token) -> list[Token]:
    out: list[Token] = []
    for prep in children(token):
        if prep.dep_ == "prep" and prep.lower_ in lex.cue["control_preps"]:
            for obj in children(prep):
                if obj.dep_ == "pobj":
                    out.extend([obj, *[c for c in children(obj) if c.dep_ == "conj"]])
    return out


def takes_territory(lex: EventWords, trigger: Token) -> bool:
    """ "took control of Nishtun", "established control over Serednie", "regains all M23
    territory", "recaptured the town": the event is a change of who holds a place."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lex.taking:
        return False
    objects = [c for c in children(trigger) if c.dep_ == "dobj"]
    for obj in objects:
        lemma = obj.lemma_.lower()
        if lemma in lex.key.territory_nouns:
            return True
        if lemma in lex.key.control_nouns:
            # the place hangs on "control" or, misattached, on the verb
            return any(_place(lex, t) for t in _pobjs(lex, obj) + _pobjs(lex, trigger))
    if trigger.lemma_.lower() in lex.cue["retaking_verbs"]:
        return any(_place(lex, o) for o in objects)
    return False


def protest_purpose(lex: EventWords, verb: Token) -> bool:
    """ "blocked the highway to demand", "gathered in the square to denounce", "held a press
    conference waving placards": a public action done to make a claim is a demonstration."""
    # "occupied the building for three days to protest": the parser may hang the purpose on
    # the span of time the action lasted (plover29)
    spans = [
        g
        for p in children(verb)
        if p.dep_ == "prep"
        for g in children(p)
        if g.dep_ == "pobj" and g.lemma_.lower() in lex.time_units
    ]
    clauses = [c for c in children(verb) if c.dep_ in {"advcl", "xcomp"}]
    clauses += [c for g in spans for c in children(g) if c.dep_ in {"relcl", "acl"}]
    for child in clauses:
        if claiming_purpose(lex, child):
            if any(
                c.dep_ == "aux" and c.lower_ in lex.key.infinitive_markers for c in children(child)
            ):
                return True
    if verb.lemma_.lower() in lex.key.holding_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.key.conference_nouns for c in children(verb)
    ):
        sent, lowers = token_sent(verb), token_words(verb.doc)[2]
        return any(w in lex.protest_signs for w in lowers[sent.start : sent.end])
    return False


_LEMMAS: list[Any] = [None, frozenset()]


def _parse_lemmas(doc: Doc) -> frozenset[str]:
    """The lemmas of the last parse asked of (`token_words`), as a set: a test of the whole
    article costs one set operation, no sentence found first."""
    if _LEMMAS[0] is not doc:
        _LEMMAS[:] = [doc, frozenset(token_words(doc)[0])]
    return _LEMMAS[1]  # type: ignore[no-any-return]


def in_protest(lex: EventWords, verb: Token) -> bool:
    """ "drove tractors into the capital in protest at the costs", "camped on the highways for a
    100th day in protest against the laws": an act done in protest (`protest_manner_nouns.txt`;
    the parser may hang the phrase on the place or the span before it, two prepositions down)
    (plover41)."""
    nouns = lex.cue["protest_manner_nouns"]
    if nouns.isdisjoint(_parse_lemmas(verb.doc)):
        return False  # (asked of most verbs: the parse's lemmas first, then the sentence's)
    sent, lemmas = token_sent(verb), token_words(verb.doc)[0]
    if nouns.isdisjoint(lemmas[sent.start : sent.end]):
        return False
    layer = [verb]
    for _ in range(3):
        objects = [
            g
            for t in layer
            for p in children(t)
            if p.dep_ == "prep"
            for g in children(p)
            if g.dep_ == "pobj"
        ]
        if any(
            g.lemma_.lower() in nouns and g.head.lower_ in lex.key.locative_preps for g in objects
        ):
            return True
        layer = objects
    return False


def grievance_tokens(lex: EventWords, sent: Span, trigger: Token | None) -> set[int]:
    """Indices of the tokens of `sent` that tell what a demonstration is about (its purpose
    clause, its "against"/"over" phrase, what it commemorates, past-participle descriptions such
    as "crops damaged by the rain"), never
    the trigger itself or a clause it depends on."""
    # (the sentence's words read from the parse's kept words and Tokens, its lemmas and parts of
    # speech first; the trigger's ancestors from the parse's heads: perf31)
    doc = sent.doc
    lemmas, poses, lowers = token_words(doc)
    tokens, heads = doc_tokens(doc), token_heads(doc)
    passed: set[int] = set()
    if trigger is not None:
        node = trigger.i
        passed.add(node)
        while heads[node] != node:
            node = heads[node]
            passed.add(node)
    skip: set[int] = set()
    for i in range(sent.start, sent.end):
        if i in passed:
            continue
        token = tokens[i]
        pos, lemma = poses[i], lemmas[i].lower()
        head = (
            (pos == "VERB" and lemma in lex.grievance_verbs)
            or (pos == "NOUN" and lemma in lex.grievance_nouns and token.dep_ != "nsubj")
            or (token.dep_ == "prep" and lowers[i] in lex.grievance_preps)
            or (token.dep_ == "acl" and token.tag_ == "VBN")
        )
        if head:
            skip.update(t.i for t in token.subtree)
    return skip


def dominates(head: Token, token: Token) -> bool:
    """`token` lies in `head`'s subtree: it is what the protest or accusation is about."""
    if head.i == token.i:
        return False
    node = token
    for _ in range(12):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i == head.i:
            return True
    return False


def background(lex: EventWords, trig: Token) -> bool:
    """Mentions that report no event (future and hypothetical events are kept, labelled): an
    event in a condition ("even if the navy sailed away"), a habit ("keeps staging small
    raids", "police arrest people who block the highway"), a participation ("was involved in a fight"), history as a time reference
    ("seventeen years after the invasion"), an ongoing state in a relative clause ("an
    alliance that has been battling the rebels since 2011"), a gunfire word with no gun ("a flu shot",
    see `not_gunfire`), police sent to a scene ("officers were called to the farmhouse"), or a tally
    of many crimes ("five dead and 22 hurt in 19 shootings over the weekend")."""
    if (
        _in_condition(lex, trig)
        or _habitual(lex, trig)
        or not_gunfire(lex, trig)
        or _dispatched(lex, trig)
    ):
        return True
    if _tally(lex, trig):
        return True
    head = trig.head
    if (
        trig.dep_ == "pobj"
        and head.lower_ in lex.key.locative_preps
        and head.head.lemma_ in lex.key.involving_verbs
    ):
        return True
    if (
        trig.dep_ == "pobj"
        and head.lower_ in lex.cue["time_reference_preps"]
        and (
            head.head.ent_type_ == "DATE"
            or any(
                c.dep_ == "npadvmod" and (c.ent_type_ == "DATE" or c.lemma_ in lex.time_units)
                for c in [*children(head), *children(head.head)]
            )
        )
    ):
        return True
    return (
        trig.dep_ == "relcl"
        and trig.tag_ == "VBG"
        and any(c.lower_ in lex.key.perfect_be_forms for c in children(trig) if c.dep_ == "aux")
    )


def charge(arrest: Token, trigger: Token) -> bool:
    """ "detained four men in connection with the explosion", "arrested the man who killed ...":
    an attack named under an arrest, as a noun or in a description of the arrested, is what they
    are held for, not a second event."""
    if not dominates(arrest, trigger):
        return False
    if trigger.pos_ != "VERB":
        return True
    node = trigger
    while node.i != arrest.i and node.head.i != node.i:
        if node.dep_ in {"relcl", "acl"}:
            return True
        node = node.head
    return False


def carried_out(lex: EventWords, noun: Token) -> bool:
    """The noun is what happened: subject of "take place", object of a light verb."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ in lex.key.taking_verbs:
        return any(c.lower_ in lex.key.place_nouns for c in children(head))
    return noun.dep_ == "dobj" and head.lemma_ in lex.support_verbs


def _dispatched(lex: EventWords, verb: Token) -> bool:
    """ "Officers were called to the farmhouse after a neighbor heard shots", "were called for a
    report of a woman shot": police sent somewhere, not a request; the shooting under it is the
    event."""
    return (
        verb.lemma_.lower() in lex.key.calling_verbs
        and any(c.dep_ == "auxpass" for c in children(verb))
        and any(c.dep_ == "prep" and _sent_to(lex, c) for c in children(verb))
    )


def _sent_to(lex: EventWords, prep: Token) -> bool:
    """ "to the home", "out", "for a report", "about shots fired"."""
    if prep.lower_ in lex.cue["dispatch_preps"]:
        return True
    return prep.lower_ in lex.cue["report_preps"] and any(
        g.dep_ == "pobj" and g.lemma_ in lex.report_nouns for g in children(prep)
    )


def _habitual(lex: EventWords, trig: Token) -> bool:
    """ "The band keeps staging small raids": bare plural events under a verb in the
    simple present tell what happens habitually, not an event; so does a clause with a frequency
    ("some thirty anglers drown annually when their boats capsize")."""
    if _frequent(lex, trig) or _generic_kind(lex, trig):
        return True
    if trig.tag_ != "NNS" or any(c.dep_ in {"det", "nummod", "poss"} for c in children(trig)):
        return False
    node = trig.head
    for _ in range(3):
        if node.tag_ in {"VBZ", "VBP"}:
            return node.lemma_ not in lex.cue["habit_exempt_verbs"]
        if node.dep_ not in {"xcomp", "dobj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _generic_kind(lex: EventWords, trig: Token) -> bool:
    """ "police arrest people who block the highway", "a law against drivers who attack
    inspectors", "anyone who attacks an officer" (`clauses/generic_heads.txt`): a verb in the
    simple present describing a bare plural kind of people, or anyone at all, says what such
    people do, not what anyone did."""
    if trig.dep_ != "relcl" or trig.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in children(trig)):
        return False
    kind = trig.head
    if kind.lower_ in lex.cue["generic_heads"]:
        return True  # "anyone who attacks an officer", "those who protest without a permit"
    return kind.tag_ == "NNS" and not any(
        c.dep_ in {"det", "nummod", "poss"} for c in children(kind)
    )


def _many(lex: EventWords, token: Token) -> bool:
    """A count of three or more, or a word such as "several" or "separate"."""
    text = token.lower_.replace(",", "")
    if token.lower_ in lex.tally_words:
        return True
    if text.isdigit():
        return int(text) >= 3
    return lex.number_words.get(text, 0) >= 3


def _tally(lex: EventWords, trig: Token) -> bool:
    """ "left five dead and 22 hurt in 19 shootings over the weekend": a violent word in a
    sentence that counts many separate crimes tells a statistic, not one event."""
    if trig.lemma_.lower() not in lex.violent_words:
        return False
    # (the sentence's lemmas read from the parse's kept words; a Token only for a tally noun:
    # perf23)
    sent, lemmas, tokens = token_sent(trig), token_words(trig.doc)[0], doc_tokens(trig.doc)
    return any(
        tokens[i].tag_ == "NNS"
        and any(c.dep_ in {"nummod", "amod", "det"} and _many(lex, c) for c in children(tokens[i]))
        for i in range(sent.start, sent.end)
        if lemmas[i].lower() in lex.tally_nouns
    )


def _frequent(lex: EventWords, trig: Token) -> bool:
    """The trigger's clause (up to its verb) says how often things happen: a statistic. A verb
    joined to another with no subject of its own shares its adverb of how often ("police
    routinely stop and search buses", "ministers rarely resign or apologise": prec49)."""
    sent, lowers = token_sent(trig), token_words(trig.doc)[2]
    # a rate needs "each" or "every" in the sentence: asked once, from the parse's words (perf)
    words = lowers[sent.start : sent.end]
    rates = not lex.distributive_dets.isdisjoint(words)
    # "whenever ...", "in a typical month": asked only where the sentence has the words (prec51)
    habits = not lex.cue["habit_marks"].isdisjoint(words)
    typical = not lex.cue["typical_modifiers"].isdisjoint(words)
    node = trig
    for _ in range(5):
        if any(
            (c.dep_ == "advmod" and c.lower_ in lex.frequency)
            or (rates and c.dep_ == "npadvmod" and _rate(lex, c))
            # "shops are looted whenever the power goes out", and the clause's own act (prec51)
            or (habits and _habit_marked(lex, c))
            or (typical and c.dep_ == "prep" and _typical_span(lex, c))
            for c in children(node)
        ):
            return True
        if node.pos_ == "VERB":
            return _frequent_conjunct(lex, node) or (rates and _rate_around(lex, node))
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _habit_marked(lex: EventWords, child: Token) -> bool:
    """ "whenever students march": the clause's own mark, or a clause under the verb opened by a
    word of habit (`clauses/habit_marks.txt`) (prec51)."""
    marks = lex.cue["habit_marks"]
    if child.dep_ in {"advmod", "mark"}:
        return child.lower_ in marks
    return child.dep_ == "advcl" and any(m.lower_ in marks for m in children(child))


def _typical_span(lex: EventWords, prep: Token) -> bool:
    """ "in a typical month", "in an average year", "in any given week": a span of time told as
    any one of its kind (`clauses/typical_modifiers.txt`): how often, a statistic (prec51)."""
    return any(
        g.dep_ == "pobj"
        and g.lemma_.lower() in lex.time_units
        and any(a.lower_ in lex.cue["typical_modifiers"] for a in children(g) if a.dep_ == "amod")
        for g in children(prep)
    )


def _rate(lex: EventWords, child: Token) -> bool:
    """ "each year", "every month" hung on the clause (`clauses/distributive_dets.txt`,
    `time_units.txt`): how often, as "annually" says it ("road crashes kill about a million people
    each year": prec50); "last year", "on Monday" tell when. Only on a word not in the past: a
    past habit ("as mayor, he met the unions every month") is history, told as background."""
    return (
        child.dep_ == "npadvmod"
        and not _past(child.head)  # "met the union every month" as mayor: history
        and child.lemma_.lower() in lex.time_units
        # ("almost every month": "every" parsed as a number)
        and any(
            d.dep_ in {"det", "nummod"} and d.lower_ in lex.distributive_dets
            for d in children(child)
        )
    )


def _past(verb: Token) -> bool:
    """`verb` is told in the past: a simple past, or a participle with no auxiliary in the present
    or a modal ("were killed", "had been jailed", "those killed"); "are killed each year", "have
    been jailed every month", "will be detained" tell the present's rates (prec51)."""
    if verb.tag_ not in PAST_TAGS:
        return False
    return verb.tag_ == "VBD" or not any(
        c.dep_ in AUX_DEPS and c.tag_ in PRESENT_AUX_TAGS for c in children(verb)
    )


def _rate_around(lex: EventWords, verb: Token) -> bool:
    """A rate told on the verb's head when the verb is its complement ("road crashes kill a
    million people each year", read as "crashes" with "kill" its complement), or on a verb joined
    to it with no subject of its own ("landmines kill or maim hundreds every year") (prec50)."""
    if verb.dep_ == "xcomp" and any(_rate(lex, c) for c in children(verb.head)):
        return True
    return any(
        c.dep_ == "conj"
        and not any(g.dep_ in SUBJECT_DEPS for g in children(c))
        and any(_rate(lex, g) for g in children(c))
        for c in children(verb)
    )


def _frequent_conjunct(lex: EventWords, verb: Token) -> bool:
    """`verb` is joined to a verb (up to two steps) that says how often, with no subject of its
    own and in the same tense: "routinely stop and search", not "usually stay calm but
    attacked the convoy on Monday"."""
    node = verb
    for _ in range(2):
        if node.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in children(node)):
            return False
        head = node.head
        if head.pos_ != "VERB" or PRESENT_TAGS.get(head.tag_, head.tag_) != PRESENT_TAGS.get(
            verb.tag_, verb.tag_
        ):
            return False
        if any(c.dep_ == "advmod" and c.lower_ in lex.frequency for c in children(head)):
            return True
        node = head
    return False


def _in_condition(lex: EventWords, trig: Token) -> bool:
    """The trigger lies in an "if"/"unless" clause: the condition of another event."""
    node = trig
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in lex.cue["condition_marks"] for c in children(node)):
            return True
        if node.dep_ not in {"conj", "xcomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass"}:
            return False
        node = node.head
    return False


def _lemmas(tokens: Iterable[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def _sentence_lemmas(token: Token) -> set[str]:
    """`_lemmas(token.sent)`, read from the parse's kept words: no Token made (perf31)."""
    sent = token_sent(token)
    lemmas, _, lowers = token_words(token.doc)
    return {lemma.lower() for lemma in lemmas[sent.start : sent.end]}.union(
        lowers[sent.start : sent.end]
    )


def not_gunfire(lex: EventWords, trig: Token) -> bool:
    """Gunfire words that tell no shooting here: "a flu shot", "gunshot residue", "a car
    accident", "discharged from hospital", "the alarm went off"."""
    lemma = trig.lemma_.lower()
    if trig.pos_ == "VERB":
        if lemma in lex.key.discharge_words or (
            lemma in lex.key.going_verbs
            and any(c.lower_ in lex.key.off_particles for c in children(trig))
        ):
            subjects = [c for c in children(trig) if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
            if not subjects and not any(c.lower_ in lex.key.source_preps for c in children(trig)):
                # "after a rifle he was cleaning discharged into his thigh": subject misattached
                return not _sentence_lemmas(trig) & (
                    lex.firearm_words | lex.explosive_words | {"shot"}
                )
            return not _lemmas(subjects) & (lex.firearm_words | lex.explosive_words | {"shot"})
        return False
    if trig.pos_ not in {"NOUN", "PROPN"}:
        return False
    near = [c for c in children(trig) if c.dep_ in {"compound", "amod", "nmod"}]
    if trig.dep_ == "compound":
        near.append(trig.head)
    if lemma in lex.cue["shot_nouns"]:
        if _lemmas(near) & lex.not_gunfire:
            return True
        gun_told = _sentence_lemmas(trig) & (lex.firearm_words | lex.cue["gun_told_words"])
        return lemma in lex.key.shot_forms and trig.head.lemma_ in lex.shot_taking and not gun_told
    if lemma in lex.key.accident_nouns:
        return not _lemmas(trig.subtree) & (lex.firearm_words - lex.cue["accident_words"])
    if lemma in lex.key.discharge_words:
        return not _lemmas(trig.subtree) & lex.firearm_words
    return False


def infinitive(key: KeyWords, verb: Token) -> bool:
    """ "to fight": the verb is a bare infinitive with its "to"."""
    return any(c.dep_ == "aux" and c.lower_ in key.infinitive_markers for c in verb.children)
