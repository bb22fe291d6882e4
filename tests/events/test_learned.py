"""The trained parts of the event coder: loaded once, and deciding what they were trained to.

The news gate's model is tested with its stage, in tests/gate."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from eventwire.events.learned import load_models, tuned_thresholds
from eventwire.records import Event, Evidence

from .conftest import make_event


@pytest.fixture(scope="module")
def models():
    loaded = load_models()
    assert loaded is not None, "run `make train`: the models ship in events/models"
    return loaded


def test_models_are_loaded_once(models) -> None:
    assert load_models() is models


def test_manifest_names_data_and_figures(models) -> None:
    manifest = models.manifest
    assert "training/en" in manifest["data"]
    assert {"sentence", "plover", "acled_sub"} <= set(manifest["cross_validation"])
    models_dir = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "events" / "models"
    assert sum(p.stat().st_size for p in models_dir.iterdir()) < 50_000_000


def test_sentence_model_prefers_a_new_event_to_a_statistic(models) -> None:
    event, statistic = models.event_probabilities(
        [
            "Police arrested three men after a shop owner was stabbed on Friday night.",
            "Homicides in the region have fallen by a fifth over the past decade, figures show.",
        ]
    )
    assert event > statistic


def test_settings_chosen_on_the_tune_part_come_first() -> None:
    manifest = {
        "thresholds": {"sentence": 0.3, "gate": 0.4},
        "tuned": {"thresholds": {"sentence": 0.2}},
    }
    assert tuned_thresholds(manifest) == {"sentence": 0.2, "gate": 0.4}
    assert tuned_thresholds({"thresholds": {"sentence": 0.3}}) == {"sentence": 0.3}


def test_shipped_settings_were_chosen_on_the_tune_part_and_report_both_parts(models) -> None:
    tuned = models.manifest["tuned"]
    assert set(tuned["figures"]) == {"tune", "check"}
    assert models.sentence_threshold == tuned["thresholds"]["sentence"]
    for name in ("acled_sub", "plover"):
        assert all(
            entry["use"] in {"rules", "model"} for entry in models.arbitration(name).values()
        )


def test_type_thresholds_were_chosen_on_the_tune_part(models) -> None:
    thresholds = models.type_thresholds
    assert thresholds == {
        t: float(v) for t, v in models.manifest["tuned"]["thresholds"].get("types", {}).items()
    }
    # ASSAULT is never asked: its real local crime reports score low with the type model
    assert "ASSAULT" not in thresholds
    assert all(0.0 < v < 1.0 for v in thresholds.values())


def test_a_candidate_needs_an_event_of_its_own_type() -> None:
    import spacy

    from eventwire.events.arbitrate import _unlikely
    from eventwire.events.roles import Candidate

    token = spacy.blank("en")("gathered")[0]
    protest = Candidate(trigger=token, type="PROTEST", mode=None)
    consult = Candidate(trigger=token, type="CONSULT", mode=None)
    by_type = {"PROTEST": 0.05}
    # an event sentence, but not a protest: "gathered" in another sense
    assert _unlikely(protest, 0.9, {"PROTEST": 0.02, "CONSULT": 0.9}, 0.1, by_type)
    assert not _unlikely(protest, 0.9, {"PROTEST": 0.8}, 0.1, by_type)
    # no new event at all: every filtered type goes, with or without a threshold of its own
    assert _unlikely(protest, 0.05, {"PROTEST": 0.9}, 0.1, by_type)
    # a type the filter does not judge is kept
    assert not _unlikely(consult, 0.01, {}, 0.1, by_type)


def test_doubt_thresholds_were_chosen_on_the_tune_part(models) -> None:
    from eventwire.events.arbitrate import DOUBT_GROUPS

    thresholds = models.doubt_thresholds
    assert set(thresholds) <= set(DOUBT_GROUPS)
    assert all(0.0 <= v < 1.0 for v in thresholds.values())
    for side in ("tune", "check"):
        assert set(models.manifest["tuned"]["figures"][side]["doubt"]) == set(thresholds)


def _told(kind: str, sentence: str) -> Event:
    return make_event(0, sentence, id=kind, type=kind)


def test_a_doubted_verbal_event_is_uncertain_and_kept(models) -> None:
    from eventwire.events.arbitrate import doubted
    from eventwire.events.learned import LearnedModels

    def with_doubt(threshold: float) -> LearnedModels:
        manifest = {"tuned": {"thresholds": {"doubt": {"cooperation": threshold}}}}
        return replace(models, manifest=manifest)

    events = [
        _told("CONSULT", "The two ministers met in Oslo on Monday to discuss fishing quotas."),
        _told("ASSAULT", "Gunmen shot two guards at the depot on Monday night."),
    ]
    strict = doubted(with_doubt(0.99), events)
    assert [e.modality for e in strict] == ["uncertain", "asserted"]  # ASSAULT is not doubted
    assert [e.modality for e in doubted(with_doubt(0.0), events)] == ["asserted", "asserted"]
    # a group without a threshold is not doubted
    assert doubted(replace(models, manifest={}), events) == events


def test_the_model_retypes_only_a_weak_reading_without_an_acled_type() -> None:
    from eventwire.events.arbitrate import retyped

    setting = {"confidence_under": 0.7, "model_at_least": 0.4}
    scores = {"REJECT": 0.6, "REQUEST": 0.3, "AGREE": 0.1}
    assert retyped("REQUEST", 0.6, None, scores, setting) == "REJECT"
    assert retyped("REQUEST", 0.8, None, scores, setting) == "REQUEST"  # a strong reading
    assert retyped("COERCE", 0.6, "Strategic developments", scores, setting) == "COERCE"
    unsure = {"REJECT": 0.35, "REQUEST": 0.33, "AGREE": 0.32}
    assert retyped("REQUEST", 0.6, None, unsure, setting) == "REQUEST"  # the model unsure
    assert retyped("REQUEST", 0.1, None, scores, {}) == "REQUEST"  # nothing chosen
    violent = {"ASSAULT": 0.9, "AGREE": 0.1}
    assert retyped("AGREE", 0.5, None, violent, setting) == "AGREE"  # no counted type made


def test_a_weak_reading_takes_the_model_type_where_a_setting_was_chosen(models) -> None:
    from eventwire.events.arbitrate import retype_weak

    refusal = (
        "The cabinet said on Friday it would not hand the disputed islets back to its neighbour."
    )
    weak = replace(_told("AGREE", refusal), confidence=0.5)
    other = replace(_told("ASSAULT", "Gunmen shot two guards at the depot on Monday night."),
                    evidence=Evidence("Gunmen shot two guards at the depot on Monday night.", 200, 251),
                    confidence=0.5, acled_event_type="Violence against civilians")  # fmt: skip
    scores = models.plover_scores(refusal)
    top = max(scores, key=scores.__getitem__)
    setting = {"confidence_under": 0.7, "model_at_least": 0.0}
    chosen = replace(models, manifest={"tuned": {"thresholds": {"retype": setting}}})
    out = retype_weak(chosen, [weak, other])
    assert out[0].type == top and out[0].mode is None
    assert out[1] == other  # an ACLED-typed event keeps its type
    assert retype_weak(replace(models, manifest={}), [weak, other]) == [weak, other]
    strong = replace(weak, confidence=0.9)
    assert retype_weak(chosen, [strong]) == [strong]


def test_fast_path_answers_as_scikit_learn_does(models) -> None:
    """The weights laid out at load and the steps run by hand (for speed) change no answer:
    the shipped files, loaded as they are, give the same probabilities to the last bit."""
    import joblib
    import numpy as np

    from eventwire.events.learned import MODELS_DIR, _probabilities

    sentences = [
        "Protesters blocked the bridge into the capital on Tuesday, demanding cheaper fuel.",
        "Someone fired four shots near the bakery, hurting two teenagers.",
        "The minister said the talks would resume next month.",
        "Rainfall this spring was the lowest on record.",
    ]
    files = models.manifest["files"]
    for name in ("sentence", "plover", "acled_sub"):
        shipped = joblib.load(MODELS_DIR / files[name])
        assert shipped.steps[-1][1].coef_.dtype == np.float32
        assert np.array_equal(
            _probabilities(getattr(models, name), sentences), shipped.predict_proba(sentences)
        )


def test_shared_readings_and_stacked_arrays_answer_as_scikit_learn_does(models) -> None:
    """Sentences read first by another model (their normalised text and n-grams then shared),
    an empty one, and a batch whose rows differ in length: the features stacked by hand give
    scikit-learn's probabilities to the last bit."""
    import numpy as np

    from eventwire.events.learned import _probabilities

    first = ["Two men were arrested after the  fight outside the stadium on Saturday."]
    later = [
        "",
        first[0],
        "Police said 12 people were hurt.",
        "A crowd of 3,000 marched to parliament, chanting against the new tax law for hours.",
    ]
    for name in ("sentence", "plover", "acled_sub"):
        _probabilities(getattr(models, name), first)
    for name in ("plover", "sentence", "acled_sub"):
        model = getattr(models, name)
        assert np.array_equal(_probabilities(model, later), model.predict_proba(later))


def test_a_new_words_ngrams_are_made_once_for_two_character_parts(models) -> None:
    """The sentence and PLOVER models' character parts meet the same new words: the second to
    ask takes the n-grams the first made, and both still answer as scikit-learn does."""
    import numpy as np

    from eventwire.events import learned

    sentences = ["The quarrymen of Zelbrook picketed the smelter gates overnight."]
    made: list[str] = []
    make = learned._char_wb_grams

    def counted(word: str, low: int, high: int) -> list[str]:
        made.append(word)
        return make(word, low, high)

    learned._char_wb_grams = counted  # type: ignore[assignment]
    try:
        for name in ("sentence", "plover"):
            model = getattr(models, name)
            got = learned._probabilities(model, sentences)
            assert np.array_equal(got, model.predict_proba(sentences))
    finally:
        learned._char_wb_grams = make  # type: ignore[assignment]
    assert "zelbrook" in made
    assert len(made) == len(set(made))
    assert learned._new_word_grams("zelbrook", 2, 5) == make("zelbrook", 2, 5)


def test_the_fallback_needs_both_floors_and_no_counted_type() -> None:
    from eventwire.events.arbitrate import fallback

    setting = {"event_at_least": 0.8, "type_at_least": 0.5}
    scores = {"REJECT": 0.7, "REQUEST": 0.2, "AGREE": 0.1}
    assert fallback(0.9, scores, setting) == "REJECT"
    assert fallback(0.7, scores, setting) is None  # the sentence model unsure
    unsure = {"REJECT": 0.4, "REQUEST": 0.35, "AGREE": 0.25}
    assert fallback(0.95, unsure, setting) is None  # the type model unsure
    assert fallback(0.99, {"ASSAULT": 0.9, "AGREE": 0.1}, setting) is None  # counts: rules only
    assert fallback(0.99, scores, {}) is None  # nothing chosen: off


@pytest.fixture(scope="module")
def spacy_nlp():
    from eventwire.annotate.nlp import load_nlp
    from eventwire.settings import Settings

    return load_nlp(Settings().spacy_model)


def _coder_with(models, setting: dict[str, float]):
    from eventwire.events.coder import EventCoder

    coder = EventCoder(learned=True)
    coder.setup()
    tuned = dict(models.manifest.get("tuned", {}))
    tuned["thresholds"] = {**tuned.get("thresholds", {}), "fallback": setting}
    coder.learned = replace(models, manifest={**models.manifest, "tuned": tuned})
    return coder


def test_learned_types_carry_the_models_probability() -> None:
    from eventwire.events.arbitrate import learned_types

    class Stub:
        fallback_setting = {"event_at_least": 0.6, "type_at_least": 0.5}

        def event_probabilities(self, sentences: list[str]) -> list[float]:
            return [0.9, 0.9, 0.4][: len(sentences)]

        def plover_scores_of(self, sentences: list[str]) -> list[dict[str, float]]:
            return [{"REJECT": 0.8, "AGREE": 0.2}, {"REJECT": 0.45, "AGREE": 0.55}, {"AID": 1.0}]

    got = learned_types(Stub(), ["a", "b", "c"])  # type: ignore[arg-type]
    assert got[0] == ("REJECT", pytest.approx(0.72))
    assert got[1] == ("AGREE", pytest.approx(0.495))
    assert got[2] is None  # the sentence model under its floor


@pytest.mark.slow
def test_a_learned_event_only_where_the_rules_read_none(models, spacy_nlp) -> None:
    from .conftest import make_document

    coder = _coder_with(models, {"event_at_least": 0.0, "type_at_least": 0.0})
    quiet = "The council and the fishermen's union sat down together on Tuesday to talk over the quotas."
    events = coder.code(spacy_nlp(quiet), make_document(quiet))
    plain = _coder_with(models, {})  # off: the rules alone add events
    assert plain.code(spacy_nlp(quiet), make_document(quiet)) == ()
    assert events and all(e.learned for e in events)
    assert all(e.acled_event_type is None for e in events)
    assert events[0].type not in {"ASSAULT", "PROTEST", "COERCE"}
    # its actors are the rules' role reading of the sentence's verb
    assert {a.name for a in events[0].actor} >= {"council"}
    # its confidence is the models' own: P(event) x P(type | event), not the rules' formula
    p_event = models.event_probabilities([quiet])[0]
    p_type = models.plover_scores_of([quiet])[0][events[0].type]
    assert events[0].confidence == round(p_event * p_type, 2)
    told = "Rebels shelled the army base outside the town on Monday, killing three soldiers."
    with_rules = coder.code(spacy_nlp(told), make_document(told))
    assert with_rules and not any(e.learned for e in with_rules)
    assert with_rules == plain.code(spacy_nlp(told), make_document(told))


@pytest.mark.slow
def test_no_learned_verbal_event_of_a_device_as_doer(models, spacy_nlp) -> None:
    """ "A sensor warned residents of rising water": a device's doing, which the rules set
    aside (`misreadings._product_doer`), is no verbal event the models read either (fix50e)."""
    from eventwire.events.words import event_words

    from .conftest import make_document

    verbal = event_words().cue["verbal_types"]
    coder = _coder_with(models, {"event_at_least": 0.0, "type_at_least": 0.0})
    for text in (
        "A sensor warned residents of rising floodwater.",
        "A smoke detector warned the family of the fire.",
        "The alarm warned workers of a gas leak on Monday.",
    ):
        events = coder.code(spacy_nlp(text), make_document(text))
        assert not any(e.learned and e.type in verbal for e in events), text
