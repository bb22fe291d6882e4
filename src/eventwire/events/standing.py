"""Asserted readings that are standing commitments, habits and courses, not events (issue 15,
prec29).

Official statements and wire copy tell much that is no event of the news in the grammar of one:
a standing resolve ("the ministry remains committed to protecting civilians from attacks"), a
course still run ("militants continue to attack convoys", "the country has been fighting the
insurgents"), a kind of act ("such attacks", "attacks on civilians are unacceptable"), a state left
by an earlier act ("the ministers remain under house arrest"), a standing part in a campaign ("has
supported the campaign with drone strikes"), or an act told in the past perfect with a date
weeks before the article. Each becomes `background` (told, but not as what happened at the time
of the news); an act of the news beside them stays: "rebels have been shelling the city since
Monday", "troops continued to shell the town on Tuesday", "was placed under house arrest on
Monday". The words are data (`lang/en/events/standing/`).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..annotate.nlp import doc_text, token_sent
from ..lang.key_words import key_words
from ..records import Modality
from .article_level import last_day
from .clause_parts import clause_auxiliaries, clause_verb, first_conjunct, undated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..lang import Lexicon

HISTORY_GAP_DAYS = 31
"""An act told in the past perfect whose date ended more than this many days before publication
is history the article recalls ("the group had abducted the engineers in March")."""
CLIMB_DEPS = frozenset({"dobj", "pobj", "prep", "pcomp", "xcomp", "conj", "acl", "compound"})
"""The links an act's trigger is climbed by to the frame it is named in; a clause of its own
(`ccomp`, `advcl`, `relcl`) ends the climb ("remains committed to finding those who attacked the
embassy on Friday": the attack is told by its own clause)."""
CLIMB_STEPS = 8
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def standing(lexicon: Lexicon, trigger: Token, type_: str) -> Modality | None:
    """The modality of an asserted event of a type of force, coercion or backing
    (`standing/course_types.txt`) told as a standing commitment, a course, a kind, a lasting state
    or a backing, or None (it stays asserted). An inquiry told going on ("remains under
    investigation", "police continue to investigate") is the news's own, and stays."""
    if type_ not in _words(lexicon, "course_types"):
        return None
    if (
        progressive_course(lexicon, trigger)
        or committed(lexicon, trigger)
        or continued(lexicon, trigger)
        or generic_kind(lexicon, trigger)
        or remaining_state(lexicon, trigger)
        or backed_with(lexicon, trigger)
    ):
        return "background"
    return None


def described(lexicon: Lexicon, trigger: Token) -> Modality | None:
    """ "the terrorists who threaten our people", "groups that attack aid convoys": a verb in the
    simple present, with no auxiliary, in a relative clause whose subject is its relative
    pronoun (`standing/describing_pronouns.txt`) describes what it hangs on by what it does,
    a description and no event (`background`). Not on the first line (a headline tells news in
    the present); a relative clause in the past ("the gunmen who attacked the convoy") tells
    an event. (prec31)"""
    if (
        trigger.pos_ != "VERB"
        or trigger.dep_ != "relcl"
        or trigger.tag_ not in PRESENT_TAGS
        or clause_auxiliaries(trigger)
        or _headline(trigger)
    ):
        return None
    pronouns = _words(lexicon, "describing_pronouns")
    if any(c.dep_ == "nsubj" and c.lower_ in pronouns for c in trigger.children):
        return "background"
    return None


def _words(lexicon: Lexicon, name: str) -> frozenset[str]:
    return lexicon.words(f"events/standing/{name}")


def _headline(token: Token) -> bool:
    """The token is on the article's first line (a headline tells news in the present)."""
    return on_first_line(token)


def on_first_line(token: Token) -> bool:
    """No line break comes before the token's sentence: the article's first line. (The parse's
    text searched once for its first break, not a Token made for every word before: perf29.)"""
    first_break = doc_text(token.doc).find("\n")
    return first_break < 0 or first_break >= token_sent(token).start_char


def _frames(trigger: Token) -> list[Token]:
    """The words the trigger is named under within its clause: each head climbed by
    `CLIMB_DEPS`, nearest first."""
    frames: list[Token] = []
    node = trigger
    for _ in range(CLIMB_STEPS):
        if node.dep_ not in CLIMB_DEPS or node.head.i == node.i:
            break
        node = node.head
        frames.append(node)
    return frames


def _kind_noun(lexicon: Lexicon, noun: Token) -> bool:
    """A noun that names acts of a kind, none in particular: a bare plural ("from attacks by
    armed groups") or one under a determiner of a kind ("any attack", "such raids"); "the attack",
    "its raids", "two strikes" name the news's own."""
    dets = _words(lexicon, "generic_dets")
    if any(c.lower_ in dets for c in noun.children):
        return True
    return noun.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "poss", "nummod", "predet"} for c in noun.children
    )


def _framed(lexicon: Lexicon, trigger: Token) -> list[Token]:
    """The frames an act is named under (`_frames`): a verb's own chain of complements ("is
    committed to supporting", "continue to attack"), or any for a noun of a kind ("committed to
    protecting civilians from attacks"); a particular act named under another verb ("continue to
    investigate the shooting") has none."""
    if trigger.pos_ in {"NOUN", "PROPN"}:
        return _frames(trigger) if _kind_noun(lexicon, trigger) else []
    frames: list[Token] = []
    node = trigger
    for _ in range(CLIMB_STEPS):
        if node.dep_ not in {"xcomp", "conj", "pcomp", "prep"} or node.head.i == node.i:
            break
        node = node.head
        frames.append(node)
    return frames


def _present(lexicon: Lexicon, verb: Token) -> bool:
    """Told in the simple present ("remains", "continue") or the future ("will remain")."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in PRESENT_TAGS:
        return all(
            a.lemma_ in key_words(lexicon).support_verbs for a in aux
        )  # "does not remain": negation is read apart
    return verb.tag_ == "VB" and bool(
        clause_auxiliaries(verb) & lexicon.words("events/modality/future_aux")
    )


def progressive_course(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The country has been fighting the insurgents", "the militants have been attacking fuel
    convoys": the perfect progressive with no date tells a course of acts; dated ("since
    Monday", "for days") it is the news's own."""
    verb = clause_verb(trigger)
    if verb is None or verb.tag_ != "VBG":
        return False
    # "shares a border and has been fighting": the auxiliaries are the verb's own, or, when it
    # has none, the first conjunct's ("have been shelling and burning villages")
    aux = clause_auxiliaries(verb) or clause_auxiliaries(first_conjunct(verb))
    return (
        bool(aux & _words(lexicon, "progressive_aux"))
        and bool(aux & lexicon.words("events/modality/perfect_any_aux"))
        and undated(verb)
    )


def committed(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The ministry remains committed to protecting civilians from attacks", "the army is
    determined to defeat the militants", "reaffirmed its commitment to fighting terrorism": an
    act named under an adjective of resolve after a copula in the present or the future, or
    under a noun of one, with no date, is a standing intention."""
    words = _words(lexicon, "commitment_words")
    copulas = _words(lexicon, "standing_copulas")
    for frame in _framed(lexicon, trigger):
        if frame.lower_ not in words:
            continue
        if frame.pos_ == "NOUN":
            return undated(frame)
        verb = frame.head
        return (
            frame.dep_ in {"acomp", "xcomp", "oprd"}
            and verb.lemma_.lower() in copulas
            and _present(lexicon, verb)
            and undated(frame)
        )
    return False


def stated_resolve(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The government is committed to closing the camp", "the army remains committed to the
    ceasefire": an adjective of resolve (`standing/commitment_words.txt`) after a copula in the
    present or the future (`standing_copulas.txt`; "is committed" parsed as a passive too) tells
    where a side stands, no agreement made (prec55). The verb with a reflexive or a "to" of its
    own ("committed itself on Monday to", "the rebels committed to a ceasefire") is a pledge, and
    so is a resolve a side's speaker states ("is committed to maintaining the relationship, the
    spokesman said": a clause under a verb of saying, `triggers/saying.txt`)."""
    if trigger.pos_ in {"NOUN", "PROPN"} or trigger.lower_ not in _words(
        lexicon, "commitment_words"
    ):
        return False
    if _headline(trigger):
        return False
    copulas = _words(lexicon, "standing_copulas")
    if trigger.dep_ in {"acomp", "xcomp", "oprd"}:
        verb = trigger.head
        held = verb.lemma_.lower() in copulas and _present(lexicon, verb)
    else:
        verb = trigger
        held = trigger.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.lemma_.lower() in copulas and c.tag_ in PRESENT_TAGS
            for c in trigger.children
        )
    if not held:
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return not (
        verb.dep_ in {"ccomp", "parataxis"}
        and verb.head.lemma_.lower() in lexicon.words("events/triggers/saying")
    )


def continued(lexicon: Lexicon, trigger: Token) -> bool:
    """ "Militants continue to attack convoys in the province", "the alliance continues to support
    the coalition's strikes", "the rebels have continued to shell the villages", "the group will
    continue to resort to attacks": an act named under a verb of going on with a course, in the
    present, the present perfect or the future, with no date,
    outside a headline, is a habit; in the past or dated ("troops continued to shell the town on
    Tuesday") it is news."""
    verbs = _words(lexicon, "continuing_verbs")
    perfect = lexicon.words("events/modality/perfect_any_aux") - lexicon.words(
        "events/modality/perfect_aux"
    )
    for frame in _framed(lexicon, trigger):
        if frame.pos_ not in {"VERB", "AUX"} or frame.lemma_.lower() not in verbs:
            continue
        if _headline(frame) or not undated(frame):
            return False
        return _present(lexicon, frame) or (
            frame.tag_ == "VBN" and bool(clause_auxiliaries(frame) & perfect)
        )
    return False


def generic_kind(lexicon: Lexicon, trigger: Token) -> bool:
    """ "Such attacks will not deter us", "such abductions undermine the law": a plural act under a
    determiner of a kind; "attacks on civilians are unacceptable", "kidnappings are common in the
    region": a bare plural that is the subject of a present copula with an adjective or a noun
    after it, a statement of a kind (not on a headline: "Airstrikes hit ..." is news)."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.tag_ not in {"NNS", "NNPS"}:
        return False
    if any(c.lower_ in _words(lexicon, "generic_dets") for c in trigger.children):
        return True
    if trigger.dep_ != "nsubj" or any(
        c.dep_ in {"det", "poss", "nummod", "predet"} for c in trigger.children
    ):
        return False
    verb = trigger.head
    return (
        verb.lemma_.lower() in lexicon.words("events/modality/copulas")
        and verb.tag_ in PRESENT_TAGS
        and not clause_auxiliaries(verb)
        and any(c.dep_ in {"acomp", "attr"} for c in verb.children)
        and not _headline(trigger)
    )


def remaining_state(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The ministers remain under house arrest", "the leader remains in detention", "the
    suspects remain jailed": a state an earlier act left, not the act ("was placed under house
    arrest on Monday" is one)."""
    verbs = _words(lexicon, "state_verbs")
    if trigger.pos_ in {"VERB", "AUX"}:
        return trigger.dep_ in {"acomp", "xcomp", "oprd"} and trigger.head.lemma_.lower() in verbs
    prep = trigger.head
    return (
        trigger.dep_ == "pobj"
        and prep.lower_ in _words(lexicon, "state_preps")
        and prep.head.lemma_.lower() in verbs
    )


def backed_with(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The United States has supported the campaign against the militants with drone strikes",
    "backs the offensive through air strikes", "has backed raids by jets targeting the camps":
    plural acts named as the means of backing a campaign (or backed themselves, with no article
    or count), in the present or the present perfect with no date, are a standing part in it; a
    participle on such a noun ("raids ... targeting") is read with it."""
    noun = trigger
    if trigger.dep_ == "acl" and trigger.tag_ == "VBG":
        noun = trigger.head
    if noun.tag_ not in {"NNS", "NNPS"} or not _kind_noun(lexicon, noun):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in _words(lexicon, "means_preps"):
        # the parse may hang the means on the campaign's own phrase ("against the rebels with")
        verb = next((f for f in _frames(noun) if f.pos_ in {"VERB", "AUX"}), None)
    elif noun.dep_ == "dobj":
        verb = noun.head
    else:
        return False
    if verb is None or verb.lemma_.lower() not in _words(lexicon, "backing_verbs"):
        return False
    if not undated(verb):
        return False
    perfect = lexicon.words("events/modality/perfect_any_aux") - lexicon.words(
        "events/modality/perfect_aux"
    )
    return _present(lexicon, verb) or (
        verb.tag_ == "VBN" and bool(clause_auxiliaries(verb) & perfect)
    )


def long_before(
    lexicon: Lexicon, trigger: Token, when: str | None, precision: str, published: str | None
) -> bool:
    """ "The group had abducted the engineers in March", "the rebels had seized the town last
    spring": an act told in the past perfect whose own date ended more than `HISTORY_GAP_DAYS`
    before publication is history the article recalls ("said it had arrested five suspects on
    Monday" is the news)."""
    if not when or not published or precision == "unknown":
        return False
    verb = clause_verb(trigger)
    if verb is None or verb.tag_ != "VBN":
        return False
    if not clause_auxiliaries(first_conjunct(verb)) & lexicon.words("events/modality/perfect_aux"):
        return False
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return False
    end = last_day(when, precision)
    return end is not None and end < day - timedelta(days=HISTORY_GAP_DAYS)
