"""Modality: did the text report the event as happened, expected, conditional, or not happened?

GDELT counts "would close the embassy if ..." as a closure; eventwire labels it. The decision reads
the trigger's auxiliaries, negation and governing verbs in the dependency parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Modality

if TYPE_CHECKING:
    from spacy.tokens import Token

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"could", "might", "may", "should", "can"}
REPORTED_FUTURE_AUX = {"would", "'d"}
# Governing verbs that put their complement in the future ("plans to withdraw").
FUTURE_GOVERNORS = {
    "expect",
    "plan",
    "intend",
    "aim",
    "prepare",
    "want",
    "seek",
    "propose",
    "consider",
    "schedule",
    "hope",
    "threaten",
    "vow",
    "pledge",
    "promise",
    "decide",
    "agree",
    "set",
    "go",
    "call",
    "urge",
    "demand",
    "ask",
    "persuade",
    "order",
    "warn",
    "decision",
    "threat",
}
HYPOTHETICAL_MODIFIERS = {"possible", "potential", "likely", "planned", "proposed", "alleged"}
NEGATING_GOVERNORS = {"fail", "refuse", "deny", "avoid", "prevent", "avert", "thwart", "foil"}


def _aux_words(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in {"never", "no"} for c in token.children)


def _conditional(token: Token) -> bool:
    """An `if`/`unless` clause hangs on the token or on its head."""
    for node in (token, token.head):
        for child in node.children:
            if child.dep_ == "advcl" and any(
                g.lower_ in {"if", "unless"} and g.dep_ == "mark" for g in child.children
            ):
                return True
    return False


def _whether(token: Token) -> bool:
    """An embedded question ("nobody knew whether the cabinet had signed off")."""
    return (
        any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in token.children)
        and (token.dep_ in {"ccomp", "advcl", "csubj"})
        and token.head.lemma_ not in {"say", "tell", "report"}
        or (any(c.dep_ == "mark" and c.lower_ == "whether" for c in token.children))
    )


COPULAS = {"be", "appear", "seem", "look", "remain"}


def _predicative(verb: Token) -> bool:
    """ "the shooting was not intentional", "does not seem to be a homicide": a negated
    copula denies what the event was, not that it happened."""
    return verb.lemma_.lower() in COPULAS and any(
        c.dep_ in {"acomp", "attr", "xcomp", "oprd"} for c in verb.children
    )


# Governors whose infinitive happened when they did ("began to shoot", "prompted him to kill
# himself"). Not "use": "officers used batons to disperse" tells the aim (PLOVER codes the
# demonstration), and "used to shoot" a habit.
ACHIEVING = {"begin", "start", "manage", "continue", "proceed", "resume", "cause", "prompt",
             "lead", "drive", "force"}  # fmt: skip


def _achieved(infinitive: Token) -> bool:
    """The infinitive is what its governor did: "began to shoot at the guards"."""
    governor = infinitive.head
    lemma = governor.lemma_.lower()
    # "began a hunger strike to protest": a purpose clause (advcl) says what was meant
    return lemma in ACHIEVING and infinitive.dep_ in {"xcomp", "ccomp"}


def _finite_conjunct(token: Token) -> bool:
    """ "was trying to clean the rifle and accidentally shot himself": a past or present-tense verb
    joined to an infinitive is a clause of its own (a misattached conjunct), not part of the
    infinitive's intention."""
    return token.dep_ == "conj" and token.tag_ in {"VBD", "VBZ"} and token.head.tag_ == "VB"


def modality_of(trigger: Token) -> Modality:
    """Modality of the event whose trigger word is `trigger` (verb or event noun)."""
    node = trigger
    if trigger.pos_ in {"NOUN", "PROPN"}:
        if any(c.lower_ in HYPOTHETICAL_MODIFIERS for c in trigger.children if c.dep_ == "amod"):
            return "hypothetical"
        if any(c.lower_ == "no" for c in trigger.children):
            return "negated"
        # "the closure is expected to last six weeks": the noun's verb carries the modality
        if trigger.dep_ in {"nsubj", "nsubjpass"}:
            node = trigger.head
            if trigger.dep_ == "nsubj" and _predicative(node):
                # "the shooting could have been accidental": its kind is in doubt, not that it was
                return "future" if _aux_words(node) & FUTURE_AUX else "asserted"
    for _ in range(4):
        aux = _aux_words(node)
        if _negated(node):
            return "negated"
        conditional = _conditional(node)
        if aux & (HYPOTHETICAL_AUX | REPORTED_FUTURE_AUX) and conditional:
            return "hypothetical"
        governor = node.head
        if (
            node.dep_ in {"xcomp", "ccomp", "acl"}
            and governor.lemma_ in FUTURE_GOVERNORS
            and (node.dep_ != "ccomp" or aux)
        ):
            return "negated" if governor.lemma_ in NEGATING_GOVERNORS else "future"
        if node.dep_ == "xcomp" and governor.lemma_ in NEGATING_GOVERNORS:
            return "negated"
        if node.lemma_ == "expect" and any(c.dep_ == "xcomp" for c in node.children):
            return "future"
        if _whether(node):
            return "hypothetical"
        if aux & (HYPOTHETICAL_AUX - {"can"}):
            return "hypothetical"
        if aux & (FUTURE_AUX | REPORTED_FUTURE_AUX):
            return "future"
        # "appeared to have been shot", "is believed to have killed": a perfect infinitive is past
        perfect = "have" in aux or "'ve" in aux
        if "to" in aux and not perfect and node.dep_ in {"advcl", "acl", "xcomp", "ccomp", "relcl"}:
            if _achieved(node):
                node = governor
                continue
            return "future"
        if _finite_conjunct(node):
            break
        if node.dep_ in {"xcomp", "conj"} and node.head != node:
            node = node.head
            continue
        break
    return "asserted"
