"""Where the trained models decide for the hand-written rules (narrow hooks of `coder.py`).

- `reported`: a sentence the sentence model says reports no new event (background, history,
  a statistic, a profile, a product, a hypothesis, a negation) gives no asserted material event
  (`FILTERED_TYPES`), whatever trigger word the rules found in it; nor does one the models find
  unlikely to report a new event of the candidate's type (P(event) × P(type | event) under the
  type's threshold: a remembrance told with "gathered", a road "shut down" by police);
- `acled_decision`: the ACLED event and sub-event type, from the rules or from the model, as the
  arbitration table says for that rule decision;
- `doubted`: an asserted verbal event (an agreement, a meeting, support, a refusal, a demand...)
  whose sentence the models find unlikely to report a new event of its type (P(event) ×
  P(type | event) under its group's doubt threshold) is told `uncertain`: shown, not counted. These
  types are coded from common verbs ("offered", "met", "left", "refused", "gave", "thanked") whose
  other senses, opinions, habits and history make most of their records on real news wrong;
- `rank_by_type`: among the events of one sentence, the one of the PLOVER type the model gives is
  put first (its confidence raised), where the table says the model picks better than the rules;
- `retype_weak`: a sentence's most confident event that is a weak reading of the rules (its
  confidence under a bound: no actor or recipient found, a trigger deep in the parse, not
  asserted) and has no ACLED type takes the PLOVER type the model gives, where the model's
  probability for it reaches a floor (`retyped`; bound and floor chosen on the tune part);
- `learned_types`: in an article where the rules find no event at all, a sentence the sentence
  model finds likely to report a new event (P(event) over a floor) whose top PLOVER type, not
  one of `NOT_RETYPED_TO`, is probable enough gets an event of that type (`fallback`, issue 15:
  the rules miss some events told in words no list holds; both floors chosen on the tune part,
  none chosen: off). The coder marks these records `learned`; their confidence is the models'
  P(event) × P(type | event), not the rules' formula.

The threshold and the tables are chosen on the development sets' tune part (`training/tune.py`):
where the model was not right more often than the rules there, the rules decide.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Literal, cast

from ..annotate.nlp import span_text
from ..records import Event, PloverType
from .learned import LearnedModels

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .roles import Candidate
    from .words import EventWords

NONE = "None"
# The types the sentence filter judges: material acts, where a word in another sense ("beats the
# rival chip", "goes on strike in the summer sale", "released a statement") makes most false
# events. Verbal events (statements, demands, accusations) told in wire copy's old register
# are left to the rules: measured on the PLOVER records, the filter dropped real ones (measured
# again by `training/gate_on_sentences.py`: on our own sentences a verbal threshold of 0.3 drops
# 37 false events for 5 real, but on the PLOVER records it costs 5 of 76 right on the tune part
# and drops more real than not-real judged events on the precision pages; results in
# `benchmarks/results/sentence_gate.md`).
FILTERED_TYPES = {"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "SANCTION", "RETREAT", "AID"}
DoubtGroup = Literal["cooperation", "demand"]
DOUBT_GROUPS: dict[DoubtGroup, frozenset[str]] = {
    "cooperation": frozenset(
        {"AGREE", "CONSULT", "COOPERATE", "RETREAT", "CONCEDE", "REJECT", "AID", "SUPPORT"}
    ),
    "demand": frozenset({"REQUEST", "THREATEN"}),
}
"""The verbal and cooperative types whose asserted records need the models' agreement, in groups
that share one threshold (`training/tune.py` chooses each on the tune part's judged events: one
type alone has too few)."""
KIN_TYPES: dict[str, frozenset[str]] = {"MOBILIZE": frozenset({"MOBILIZE", "ASSAULT"})}
"""Types whose type threshold is asked of the share of a family, not of the type alone: the type
model reads an armed group's checkpoint or patrol ("militants ran a checkpoint") as an assault
(forces used, forces shown), so a real MOBILIZE sentence has most of its weight on ASSAULT
(acled13: 7 of 9 of our checkpoint and patrol sentences under 0.1 for MOBILIZE alone)."""
UNTYPED_MODES = frozenset({("COERCE", "cyber")})
"""(type, mode) pairs the type threshold does not judge, only the sentence threshold: a cyber
attack (PLOVER COERCE 'cyber': hacking, defaced websites) is rare in the type model's training,
which spreads such a sentence over COERCE, PROTEST and ASSAULT (plover24: "hackers defaced
hundreds of websites" at P(COERCE | event) 0.12-0.18, under the 0.06 bound once P(event) is
applied), so the rules' reading, from the hacking verbs and cyber modifiers, decides."""
WITHDRAWAL_KIN = frozenset({"SANCTION", "RETREAT"})
"""The family whose share a withdrawal of envoys (`Candidate.envoys`) is judged by: the PLOVER
manual tells SANCTION 'withdraw' (observers, diplomats, peacekeepers pulled out) from RETREAT
'withdraw' (troops) only by what is withdrawn, and the type model puts such a sentence on RETREAT
(plover24: "peacekeepers were pulled out of the town" at P(RETREAT | event) 0.73, P(SANCTION |
event) under 0.01), which dropped the rules' SANCTION and left no withdrawal at all. Other
SANCTION readings ("shut the office", "closed the embassy") keep their own type's share."""
NOT_RETYPED_TO = frozenset({"ASSAULT", "PROTEST", "COERCE"})
"""Types `retyped` never gives: their records carry counts and ACLED types that only the rules
read (a weak verbal reading made an assault would be counted violence with none)."""


def reported(
    lex: EventWords, models: LearnedModels, found: Sequence[tuple[Span, list[Candidate]]]
) -> list[list[Candidate]]:
    """Each sentence's candidates kept: all of them when the sentence reports an event (of their
    type, where the type has a threshold); else only those the rules already mark as not
    asserted (a plan's content keeps its modality). One call of each model for the whole
    article, asked only of the sentences with a candidate of a type it judges."""
    from .modality import modality_of

    by_type = models.type_thresholds

    def judged(cands: list[Candidate]) -> bool:
        return any(c.type in FILTERED_TYPES for c in cands)

    asked = [span_text(sent) for sent, cands in found if judged(cands)]
    typed = [span_text(sent) for sent, cands in found if judged(cands) and _typed(cands, by_type)]
    # `doubted` (and `retype_weak`) ask the same models about the sentences of verbal candidates
    # later: asked in the same calls, their answers come from the models' memo (one call of each
    # per article)
    doubt = _doubted_types(models)
    retyping = bool(models.retype_setting)
    later = [
        span_text(sent)
        for sent, cands in found
        if any(c.type in doubt or (retyping and c.type not in FILTERED_TYPES) for c in cands)
    ]
    probs = iter(models.event_probabilities(asked + later) if asked or later else [])
    scores = iter(models.plover_scores_of(typed + later) if typed or later else [])
    kept: list[list[Candidate]] = []
    for _, cands in found:
        if not judged(cands):
            kept.append(cands)
            continue
        event = next(probs)
        of_type = next(scores) if _typed(cands, by_type) else {}
        kept.append(
            [
                c
                for c in cands
                if not _unlikely(c, event, of_type, models.sentence_threshold, by_type)
                or (not c.stated and modality_of(lex, c.trigger) != "asserted")
            ]
        )
    return kept


def _unlikely(
    cand: Candidate,
    event: float,
    of_type: dict[str, float],
    sentence_threshold: float,
    by_type: dict[str, float],
) -> bool:
    """A candidate of a filtered type whose sentence the models find unlikely to report a new
    event (P(event) under the sentence threshold), or a new event of its type (P(event) ×
    P(type | event) under the type's threshold, where it has one)."""
    if cand.type not in FILTERED_TYPES:
        return False
    if event < sentence_threshold:
        return True
    if (cand.type, cand.mode) in UNTYPED_MODES:
        return False
    if cand.type not in by_type:
        return False
    if cand.envoys:
        share = sum(of_type.get(t, 0.0) for t in WITHDRAWAL_KIN)
    else:
        share = type_share(of_type, cand.type)
    return event * share < by_type[cand.type]


def type_share(of_type: dict[str, float], kind: str) -> float:
    """P(type | event) as the type threshold reads it: that of the type's family
    (`KIN_TYPES`), else of the type alone."""
    kin = KIN_TYPES.get(kind)
    if kin is None:
        return of_type.get(kind, 0.0)
    return sum(of_type.get(k, 0.0) for k in kin)


def _doubted_types(models: LearnedModels) -> frozenset[str]:
    """The types whose asserted events `doubted` asks the models about."""
    thresholds = models.doubt_thresholds
    return frozenset(t for g, types in DOUBT_GROUPS.items() if g in thresholds for t in types)


def _typed(cands: list[Candidate], thresholds: dict[str, float]) -> bool:
    """The sentence has a candidate of a filtered type with a threshold of its own."""
    return any(c.type in FILTERED_TYPES and c.type in thresholds for c in cands)


def acled_decision(
    models: LearnedModels,
    sentence: str,
    rules: tuple[str | None, str | None],
) -> tuple[str | None, str | None]:
    """The rules' (event type, sub-event type), or the model's where the arbitration table says
    the model was right more often after that rule decision (on the tune part). A verbal event
    the rules leave without an ACLED type keeps none unless the table says otherwise."""
    table = models.arbitration("acled_sub")
    entry = table.get(rules[1] or NONE)
    if not entry or entry.get("use") != "model":
        return rules
    family, sub, _ = models.acled_types(sentence)
    return family, sub


def doubted(models: LearnedModels, events: Sequence[Event]) -> list[Event]:
    """The events, each asserted one of a doubted type whose sentence the models find unlikely
    to report a new event of its type made `uncertain` (one call of each model per article)."""
    thresholds = models.doubt_thresholds
    group_of = {t: g for g, types in DOUBT_GROUPS.items() for t in types if g in thresholds}
    asked = [i for i, e in enumerate(events) if e.modality == "asserted" and e.type in group_of]
    if not asked:
        return list(events)
    sentences = [events[i].evidence.sentence for i in asked]
    probs = models.event_probabilities(sentences)
    scores = models.plover_scores_of(sentences)
    out = list(events)
    for i, event_p, of_type in zip(asked, probs, scores, strict=True):
        kind = out[i].type
        if event_p * of_type.get(kind, 0.0) < thresholds[group_of[kind]]:
            out[i] = replace(out[i], modality="uncertain")
    return out


def rank_by_type(models: LearnedModels, events: Sequence[Event]) -> list[Event]:
    """Events in the same order, the model's PLOVER type put first within each sentence where
    the table says the model chooses better than the rules' most confident event."""
    table = models.arbitration("plover")
    use = {kind for kind, entry in table.items() if entry.get("use") == "model"}
    if not use:
        return list(events)
    confidences = ranked_confidences(
        [(e.type, e.confidence, e.evidence.start) for e in events],
        use,
        lambda i: top_type(models.plover_scores(events[i].evidence.sentence)),
    )
    return [
        replace(e, confidence=c) if c != e.confidence else e
        for e, c in zip(events, confidences, strict=True)
    ]


def top_type(scores: dict[str, float]) -> str:
    """The model's most probable PLOVER type."""
    return max(scores, key=scores.__getitem__)


def ranked_confidences(
    events: Sequence[tuple[str, float, int]],
    use: Container[str],
    top_of: Callable[[int], str],
) -> list[float]:
    """The confidences of events, each (type, confidence, its sentence's start), after
    `rank_by_type`: within each sentence of two events or more whose most confident event is of
    a type of `use`, the first event of the model's type (`top_of(index of that event)`, asked
    only there) takes that event's confidence + 0.01 (at most 0.96). `training/tune.py` scores
    the arbitration table with it."""
    confidences = [confidence for _, confidence, _ in events]
    by_sentence: dict[int, list[int]] = {}
    for i, (_, _, start) in enumerate(events):
        by_sentence.setdefault(start, []).append(i)
    for members in by_sentence.values():
        if len(members) < 2:
            continue
        best = max(members, key=confidences.__getitem__)
        if events[best][0] not in use:
            continue
        top = top_of(best)
        chosen = next((i for i in members if events[i][0] == top), None)
        if chosen is not None and chosen != best:
            confidences[chosen] = min(round(confidences[best] + 0.01, 2), 0.96)
    return confidences


def retyped(
    rule_type: str,
    confidence: float,
    acled_type: str | None,
    scores: dict[str, float],
    setting: dict[str, float],
) -> str:
    """The PLOVER type of a sentence's most confident event: the model's, where the rules' reading
    is weak (confidence under `setting["confidence_under"]`, no ACLED type, so no ACLED figure
    moves) and the model gives its type, not one of `NOT_RETYPED_TO`, at least
    `setting["model_at_least"]`; else the rules'."""
    if not setting or acled_type is not None or confidence >= setting["confidence_under"]:
        return rule_type
    top = max(scores, key=scores.__getitem__)
    if top in NOT_RETYPED_TO or scores[top] < setting["model_at_least"]:
        return rule_type
    return top


def retype_weak(models: LearnedModels, events: Sequence[Event]) -> list[Event]:
    """Events in the same order, each sentence's most confident one retyped as `retyped` says
    (one model call for the sentences asked, none when no setting was chosen)."""
    setting = models.retype_setting
    if not setting:
        return list(events)
    best: dict[int, int] = {}
    for i, event in enumerate(events):
        at = best.get(event.evidence.start)
        if at is None or event.confidence > events[at].confidence:
            best[event.evidence.start] = i
    asked = [
        i
        for i in best.values()
        if events[i].acled_event_type is None and events[i].confidence < setting["confidence_under"]
    ]
    if not asked:
        return list(events)
    scores = models.plover_scores_of([events[i].evidence.sentence for i in asked])
    out = list(events)
    for i, of_type in zip(asked, scores, strict=True):
        event = out[i]
        kind = retyped(event.type, event.confidence, event.acled_event_type, of_type, setting)
        if kind != event.type:
            out[i] = replace(event, type=cast(PloverType, kind), mode=None)
    return out


def fallback(event: float, scores: dict[str, float], setting: dict[str, float]) -> str | None:
    """The PLOVER type of a learned event for a sentence where the rules read none: the model's
    top type where P(event) reaches `setting["event_at_least"]` and the type's probability
    `setting["type_at_least"]`, and the type is none of `NOT_RETYPED_TO` (their records carry
    counts and ACLED types only the rules read); else None (and always None with no setting)."""
    if not setting or not scores or event < setting["event_at_least"]:
        return None
    top = max(scores, key=scores.__getitem__)
    if top in NOT_RETYPED_TO or scores[top] < setting["type_at_least"]:
        return None
    return top


def learned_types(
    models: LearnedModels, sentences: Sequence[str]
) -> list[tuple[str, float] | None]:
    """`fallback` of each sentence with the models' own probability of it, P(event) ×
    P(type | event) (the learned record's confidence: the rules' formula would rate the models'
    doubtful guesses as high as a rule's reading with actors); one call of each model for all of
    them; none without a setting in the manifest."""
    setting = models.fallback_setting
    if not setting or not sentences:
        return [None] * len(sentences)
    asked = list(sentences)
    probs = models.event_probabilities(asked)
    scores = models.plover_scores_of(asked)
    out: list[tuple[str, float] | None] = []
    for p, s in zip(probs, scores, strict=True):
        kind = fallback(p, s, setting)
        out.append(None if kind is None else (kind, p * s[kind]))
    return out
