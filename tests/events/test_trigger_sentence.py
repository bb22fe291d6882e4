"""The models judge an event's own sentence, not the follow-ups folded into its evidence (prec16)."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.events.arbitrate import doubted, rank_by_type, retype_weak, told_in
from eventwire.records import Evidence

from .conftest import make_event

OWN = "The two ministers met in Oslo on Monday to discuss fishing quotas."
FOLDED = (
    OWN + "\n\nThey met again on Tuesday.\n\nThe talks went on for hours at the harbour office."
)


class _Asked:
    """A stand-in for the models that records the texts it is asked about."""

    doubt_thresholds = {"cooperation": 0.5}
    retype_setting = {"confidence_under": 0.6, "model_at_least": 0.3}

    def __init__(self) -> None:
        self.texts: list[str] = []

    def event_probabilities(self, texts: Sequence[str]) -> list[float]:
        self.texts += texts
        return [0.9 if t == OWN else 0.01 for t in texts]

    def plover_scores_of(self, texts: Sequence[str]) -> list[dict[str, float]]:
        self.texts += texts
        return [{"CONSULT": 0.9 if t == OWN else 0.01, "AGREE": 0.05} for t in texts]

    def plover_scores(self, text: str) -> dict[str, float]:
        return self.plover_scores_of([text])[0]

    def arbitration(self, _name: str) -> dict[str, dict[str, str]]:
        return {"AGREE": {"use": "model"}}


def _folded() -> object:
    return make_event(0, OWN, id="a", type="CONSULT", evidence=Evidence(FOLDED, 0, len(FOLDED)))


def test_the_trigger_sentence_is_judged_not_the_folded_span() -> None:
    event = _folded()
    assert told_in(event, {0: OWN}) == OWN  # type: ignore[arg-type]
    assert told_in(event, None) == FOLDED  # type: ignore[arg-type]
    assert told_in(event, {5: OWN}) == FOLDED  # type: ignore[arg-type]


def test_a_meeting_told_on_over_paragraphs_is_not_doubted_for_its_length() -> None:
    models = _Asked()
    kept = doubted(models, [_folded()], {0: OWN})  # type: ignore[arg-type, list-item]
    assert kept[0].modality == "asserted" and models.texts == [OWN, OWN]
    # judged on the whole span, the same event was made uncertain
    assert doubted(_Asked(), [_folded()])[0].modality == "uncertain"  # type: ignore[arg-type, list-item]


def test_retyping_and_ranking_read_the_trigger_sentence() -> None:
    models = _Asked()
    weak = make_event(0, OWN, id="w", type="AGREE", confidence=0.5,
                      evidence=Evidence(FOLDED, 0, len(FOLDED)))  # fmt: skip
    assert retype_weak(models, [weak], {0: OWN})[0].type == "CONSULT"  # type: ignore[arg-type]
    assert models.texts == [OWN]
    other = make_event(0, OWN, id="c", type="CONSULT", confidence=0.4,
                       evidence=Evidence(FOLDED, 0, len(FOLDED)))  # fmt: skip
    ranked = rank_by_type(models, [weak, other], {0: OWN})  # type: ignore[arg-type]
    assert ranked[1].confidence > ranked[0].confidence  # the model's type, read on its sentence
