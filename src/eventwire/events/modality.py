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
    """An embedded question ("unclear whether the White House had approved")."""
    return (
        any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in token.children)
        and (token.dep_ in {"ccomp", "advcl", "csubj"})
        and token.head.lemma_ not in {"say", "tell", "report"}
        or (any(c.dep_ == "mark" and c.lower_ == "whether" for c in token.children))
    )


def modality_of(trigger: Token) -> Modality:
    """Modality of the event whose trigger word is `trigger` (verb or event noun)."""
    node = trigger
    if trigger.pos_ in {"NOUN", "PROPN"}:
        if any(c.lower_ in HYPOTHETICAL_MODIFIERS for c in trigger.children if c.dep_ == "amod"):
            return "hypothetical"
        if any(c.lower_ == "no" for c in trigger.children):
            return "negated"
        # "the shutdown is expected to take 90 days": the noun's verb carries the modality
        if trigger.dep_ in {"nsubj", "nsubjpass"}:
            node = trigger.head
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
        if "to" in aux and node.dep_ in {"advcl", "acl", "xcomp", "ccomp", "relcl"}:
            return "future"
        if node.dep_ in {"xcomp", "conj"} and node.head != node:
            node = node.head
            continue
        break
    return "asserted"
