"""The event coder's trained parts: a sentence filter and two type classifiers.

Three scikit-learn models, trained by `make train` (`training/train.py`) on the labelled sentences
the team wrote (`training/en/`), ship in `events/models/` (the news gate that runs before the
parse has its own, in `gate/models/`):

- the *sentence* model says whether a sentence reports a new event, rather than background,
  history, a statistic, a profile, a product, a hypothesis or a negation;
- the *PLOVER* model gives a sentence's event type, the *ACLED* model its sub-event type (and so
  its event type, the sub-event type's family). Together with the sentence model it says how
  likely the sentence reports a new event *of a given type* (P(event) × P(type | event)): a word
  read in another sense ("gathered to remember the boy", "shut down the road") is often an event
  sentence of another type, or none.

They are loaded once per process (`load_models`) and cost well under a millisecond a sentence.
How the rules and the models share decisions is in `arbitrate.py`, following the tables and
thresholds that `training/tune.py` chose on the development sets' tune part and wrote into the
manifest (`tuned`), so that what was measured is what runs.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import numpy as np
import sklearn
from scipy import sparse
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

from ..gate.scores import logistic_proba as _predict_proba

T = TypeVar("T")

MODELS_DIR = Path(__file__).resolve().parent / "models"
MANIFEST = "manifest.json"
# Sentences' answers kept per process: several steps of one article ask about the same sentence
# (the sentence filter, then the doubt about a verbal type), and one model call has a fixed cost.
MEMO_SIZE = 4096


@dataclass
class LearnedModels:
    """The trained models and the decision thresholds measured with them."""

    sentence: Any
    plover: Any
    acled_sub: Any
    manifest: dict[str, Any] = field(default_factory=dict)
    _event_memo: dict[str, float] = field(default_factory=dict, repr=False)
    _plover_memo: dict[str, dict[str, float]] = field(default_factory=dict, repr=False)

    @property
    def sentence_threshold(self) -> float:
        """Chosen on the development sets' tune part (`training/tune.py`), else from training's
        cross-validation."""
        return float(tuned_thresholds(self.manifest).get("sentence", 0.5))

    @property
    def type_thresholds(self) -> dict[str, float]:
        """PLOVER type → the least probability, P(new event) × P(type | event), that an asserted
        event of that type needs (chosen on the tune part by `training/tune.py`; none: no type
        is asked)."""
        tuned = self.manifest.get("tuned", {}).get("thresholds", {}).get("types", {})
        return {str(t): float(v) for t, v in tuned.items()}

    @property
    def doubt_thresholds(self) -> dict[str, float]:
        """Group of verbal types (`arbitrate.DOUBT_GROUPS`) → the least P(new event) ×
        P(type | event) an asserted event of the group needs, else it is `uncertain` (chosen on
        the tune part's judged events by `training/tune.py`; none: nothing is doubted)."""
        tuned = self.manifest.get("tuned", {}).get("thresholds", {}).get("doubt", {})
        return {str(g): float(v) for g, v in tuned.items()}

    @property
    def retype_setting(self) -> dict[str, float]:
        """Where the model's PLOVER type replaces the rules' weak reading (`arbitrate.retyped`:
        `confidence_under`, `model_at_least`), chosen on the tune part by `training/tune.py`;
        empty: the rules' type stays."""
        tuned = self.manifest.get("tuned", {}).get("thresholds", {}).get("retype", {})
        return {str(k): float(v) for k, v in tuned.items()}

    @property
    def fallback_setting(self) -> dict[str, float]:
        """Where a learned event stands in for the rules' none (`arbitrate.fallback`:
        `event_at_least`, `type_at_least`), chosen on the tune part by `training/tune.py`;
        empty: off, only the rules add events."""
        tuned = self.manifest.get("tuned", {}).get("thresholds", {}).get("fallback", {})
        return {str(k): float(v) for k, v in tuned.items()}

    def event_probability(self, sentence: str) -> float:
        """How likely the sentence reports a new event."""
        return self.event_probabilities([sentence])[0]

    def event_probabilities(self, sentences: list[str]) -> list[float]:
        """`event_probability` of many sentences in one call (each call has a fixed cost)."""
        return _memoised(
            self._event_memo,
            sentences,
            lambda asked: [float(p) for p in _probabilities(self.sentence, asked)[:, 1]],
        )

    def plover_scores(self, sentence: str) -> dict[str, float]:
        """PLOVER type → probability for an event sentence."""
        return self.plover_scores_of([sentence])[0]

    def plover_scores_of(self, sentences: list[str]) -> list[dict[str, float]]:
        """`plover_scores` of many sentences in one call (the dicts are shared: read them only)."""
        classes = [str(c) for c in self.plover.classes_]
        return _memoised(
            self._plover_memo,
            sentences,
            lambda asked: [
                dict(zip(classes, map(float, row), strict=True))
                for row in _probabilities(self.plover, asked)
            ],
        )

    def acled_types(self, sentence: str) -> tuple[str, str, float]:
        """The ACLED event type, sub-event type and the sub-event type's probability."""
        probs = _probabilities(self.acled_sub, [sentence])[0]
        best = int(probs.argmax())
        sub = str(self.acled_sub.classes_[best])
        return self.family(sub), sub, float(probs[best])

    def family(self, sub_event_type: str) -> str:
        """The ACLED event type a sub-event type belongs to."""
        return str(self.manifest["acled_families"][sub_event_type])

    def arbitration(self, name: str) -> dict[str, Any]:
        """A decision table measured on the development sets' tune part (`training/tune.py`):
        empty (the rules decide) when none was measured."""
        return dict(self.manifest.get("tuned", {}).get("arbitration", {}).get(name, {}))


def _memoised(
    memo: dict[str, T], sentences: list[str], ask: Callable[[list[str]], list[T]]
) -> list[T]:
    """Each sentence's answer, from `memo` where it is there, else from one call of `ask` for the
    distinct sentences missing (which joins `memo`; a full memo starts afresh)."""
    answers: dict[str, T] = {}
    for sentence in sentences:
        hit = memo.get(sentence)
        if hit is not None:
            answers[sentence] = hit
    missing = [s for s in dict.fromkeys(sentences) if s not in answers]
    if missing:
        if len(memo) + len(missing) > MEMO_SIZE:
            memo.clear()
        # the texts are ours and the models' parameters fixed: scikit-learn's per-call checks
        # cost about a tenth of each call
        with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
            asked = ask(missing)
        for sentence, answer in zip(missing, asked, strict=True):
            answers[sentence] = memo[sentence] = answer
    return [answers[s] for s in sentences]


def _probabilities(model: Any, sentences: list[str]) -> Any:
    """`model.predict_proba(sentences)`, with a features-then-classifier pipeline's steps run
    here: scikit-learn's FeatureUnion and Pipeline checks, routing and job dispatch cost more
    than the features of the few sentences an article asks about. The union's parts are
    transformed and stacked as the union does (no weights, sparse parts: `sparse.hstack`, CSR),
    so the answers are the same."""
    steps: list[tuple[str, Any]] = list(getattr(model, "steps", None) or [])
    if len(steps) != 2:
        return model.predict_proba(sentences)
    (_, union), (_, classifier) = steps
    parts = getattr(union, "transformer_list", None)
    if (
        parts is None
        or getattr(union, "transformer_weights", None) is not None
        or any(part in {"drop", "passthrough"} for _, part in parts)
    ):
        return model.predict_proba(sentences)
    arrays = [_tfidf_arrays(part, sentences) for _, part in parts]
    if all(a is not None for a in arrays):
        return _predict_proba(classifier, _stacked(arrays, len(sentences)))  # type: ignore[arg-type]
    features = [_transform(part, sentences) for _, part in parts]
    if not all(sparse.issparse(f) for f in features):
        return model.predict_proba(sentences)
    return classifier.predict_proba(sparse.hstack(features).tocsr())


WORDS_KEPT = 20_000
"""Words' known character n-grams kept per vectoriser: most words of a sentence were in an
earlier one (a few hundred bytes a word, so at most some 20 MB for the three models)."""
_word_features: dict[int, tuple[Any, dict[str, Any]]] = {}


def _transform(part: Any, sentences: list[str]) -> Any:
    """`part.transform(sentences)` for a TF-IDF vectoriser (else its own `transform`), its counts
    made faster than scikit-learn's one dictionary look-up per n-gram occurrence (a sentence
    holds hundreds of character n-grams): character n-grams within words (`char_wb`) are
    looked up once per word and kept (`_word_features`), others once per distinct n-gram. The
    count matrix is the one scikit-learn builds (same counts, indices sorted), so the features
    are the same."""
    if type(part) is not TfidfVectorizer or callable(part.analyzer):
        return part.transform(sentences)
    if part.analyzer == "char_wb":
        data, indices, indptr = _char_wb_counts(part, sentences)
    else:
        rows = [_row(part.vocabulary_, counts) for counts in _word_counts(part, sentences)]
        indptr = np.zeros(len(rows) + 1, dtype=np.int32)
        np.cumsum([len(found) for found, _ in rows], out=indptr[1:])
        data = np.concatenate([counts for _, counts in rows]).astype(np.intc, copy=False)
        indices = np.concatenate([found for found, _ in rows]).astype(np.int32, copy=False)
    counted = sparse.csr_matrix(
        (data, indices, indptr),
        shape=(len(sentences), len(part.vocabulary_)),
        dtype=part.dtype,
    )
    counted.sort_indices()
    if part.binary:
        counted.data.fill(1)
    return _weighted(part._tfidf, counted)


Arrays = tuple[Any, Any, Any, int]
"""A CSR matrix's data, indices (int32, sorted within each row), indptr (int32) and width."""


class _Rows(NamedTuple):
    """What `inplace_csr_row_normalize_l2` reads of a CSR matrix."""

    data: Any
    shape: tuple[int, int]
    indices: Any
    indptr: Any


def _tfidf_arrays(part: Any, sentences: list[str]) -> Arrays | None:
    """`_transform`'s features as arrays, none of scipy's matrices made (each made anew, checked
    and then stacked cost as much as the features of an article's few sentences): the same
    counts, indices sorted as `sort_indices` sorts them, then the same steps as `_weighted` on
    the same numbers. None where `_transform` would not take its own way."""
    if type(part) is not TfidfVectorizer or callable(part.analyzer):
        return None
    tfidf = part._tfidf
    if (
        type(tfidf) is not TfidfTransformer
        or tfidf.norm not in {"l2", None}
        or np.dtype(part.dtype) != np.float64
        or not hasattr(tfidf, "idf_")
    ):
        return None
    width = len(part.vocabulary_)
    if part.analyzer == "char_wb":
        counts, indices, indptr = _char_wb_counts(part, sentences)  # rows sorted already
    else:
        rows = [_row(part.vocabulary_, counted) for counted in _word_counts(part, sentences)]
        indptr = np.zeros(len(rows) + 1, dtype=np.int32)
        np.cumsum([len(found) for found, _ in rows], out=indptr[1:])
        counts = np.concatenate([c for _, c in rows]) if rows else np.zeros(0, np.intc)
        found = np.concatenate([f for f, _ in rows]) if rows else np.zeros(0, np.int64)
        # a row's n-grams are distinct indices: sorting by (row, index) is `sort_indices`
        keys = np.repeat(np.arange(len(rows), dtype=np.int64) * max(width, 1), np.diff(indptr))
        order = np.argsort(keys + found, kind="stable")
        counts, indices = counts[order], found[order].astype(np.int32)
    data = counts.astype(np.float64)
    if part.binary:
        data.fill(1)
    if tfidf.sublinear_tf:
        np.log(data, data)
        data += 1.0
    data *= tfidf.idf_[indices]
    if tfidf.norm == "l2":
        inplace_csr_row_normalize_l2(_Rows(data, (len(sentences), width), indices, indptr))
    return data, indices, indptr, width


def _stacked(arrays: list[Arrays], height: int) -> Any:
    """The parts' features side by side, as `sparse.hstack(...).tocsr()` lays them out: each row
    the first part's entries, then the next part's (its indices shifted past the first's
    width), and so on."""
    indptr = np.sum([a[2] for a in arrays], axis=0).astype(np.int32)
    data = np.empty(int(indptr[-1]), dtype=np.float64)
    indices = np.empty(int(indptr[-1]), dtype=np.int32)
    before = indptr[:-1].copy()  # where each row's next part starts in the output
    offset = 0
    for part_data, part_indices, part_indptr, width in arrays:
        sizes = np.diff(part_indptr)
        # entry j of row r goes to the row's start so far plus its place within the row
        at = np.arange(len(part_data)) + np.repeat(before - part_indptr[:-1], sizes)
        data[at] = part_data
        indices[at] = part_indices + offset
        before += sizes
        offset += width
    return sparse.csr_matrix((data, indices, indptr), shape=(height, offset))


def _weighted(tfidf: Any, counted: Any) -> Any:
    """`tfidf.transform(counted, copy=False)` for a float CSR count matrix: the same steps in
    the same order (sublinear tf, idf, l2 norm), without scikit-learn's input checks, which
    cost as much as the steps on a few sentences."""
    if (
        type(tfidf) is not TfidfTransformer
        or tfidf.norm not in {"l2", None}
        or counted.dtype != np.float64
        or not hasattr(tfidf, "idf_")
    ):
        return tfidf.transform(counted, copy=False)
    if tfidf.sublinear_tf:
        np.log(counted.data, counted.data)
        counted.data += 1.0
    counted.data *= tfidf.idf_[counted.indices]
    if tfidf.norm == "l2":
        inplace_csr_row_normalize_l2(counted)
    return counted


def _row(vocabulary: dict[str, int], counts: Counter[str]) -> tuple[Any, Any]:
    """The vocabulary's indices of the n-grams counted, and their counts."""
    found = np.fromiter(map(vocabulary.get, counts, repeat(-1)), np.int64, len(counts))
    known = found >= 0
    return found[known], np.fromiter(counts.values(), np.intc, len(counts))[known]


def _char_wb_counts(part: Any, sentences: list[str]) -> tuple[Any, Any, Any]:
    """The sentences' counts of their known character n-grams within words, as scikit-learn's
    `_char_wb_ngrams` makes them of the preprocessed, space-normalised text: a CSR matrix's
    (data, indices, indptr), each row's indices sorted. A word's n-grams are looked up once and
    kept (`_word_features`); the n-grams of all the sentences are counted at once, by (row,
    index) pairs, not sentence by sentence."""
    kept = _word_features.get(id(part))
    if kept is None or kept[0] is not part:
        kept = _word_features[id(part)] = (part, {})
    words = kept[1]
    low, high = part.ngram_range
    vocabulary: dict[str, int] = part.vocabulary_
    found: list[Any] = []
    sizes = np.zeros(len(sentences), dtype=np.int64)
    for row, split in enumerate(_split_words(part, sentences)):
        size = 0
        for word in split:
            indices = words.get(word)
            if indices is None:
                grams = _new_word_grams(word, low, high)
                indices = np.fromiter(map(vocabulary.get, grams, repeat(-1)), np.int64, len(grams))
                indices = indices[indices >= 0]
                if len(words) >= WORDS_KEPT:
                    words.clear()
                words[word] = indices
            found.append(indices)
            size += len(indices)
        sizes[row] = size
    width = max(len(vocabulary), 1)
    keys = np.repeat(np.arange(len(sentences), dtype=np.int64) * width, sizes)
    if found:
        keys += np.concatenate(found)
    pairs, counts = np.unique(keys, return_counts=True)
    indptr = np.zeros(len(sentences) + 1, dtype=np.int32)
    np.cumsum(np.bincount(pairs // width, minlength=len(sentences)), out=indptr[1:])
    return counts.astype(np.intc), (pairs % width).astype(np.int32), indptr


_shared: dict[tuple[Any, ...], Any] = {}
"""What the sentence and PLOVER models' vectorisers read alike of a sentence, kept for the next
vectoriser that asks: the normalised text, its word n-grams' counts, its words. The two models'
word parts are configured alike and asked about the same sentences, and each part of each model
normalised every sentence anew (`gate.news.normalise`, four times a sentence)."""
SHARED_KEPT = 3 * MEMO_SIZE


def _shareable(part: Any) -> bool:
    """A vectoriser whose reading of a text depends only on its own text preprocessor (a
    function, so one object for every model trained with it), its token pattern, n-gram range
    and analyzer: those of scikit-learn's defaults that build their preprocessor anew, or read
    files, or drop stop words, are read the usual way."""
    return (
        part.input == "content"
        and callable(part.preprocessor)
        and part.tokenizer is None
        and part.stop_words is None
    )


def _keep(key: tuple[Any, ...], value: T) -> T:
    if len(_shared) >= SHARED_KEPT:
        _shared.clear()
    _shared[key] = value
    return value


def _normalised(part: Any, sentence: str) -> str:
    """`preprocess(decode(sentence))` as the part's analyzer makes it (shareable parts only)."""
    key = ("text", part.preprocessor, sentence)
    found = _shared.get(key)
    if found is None:
        found = _keep(key, part.preprocessor(part.decode(sentence)))
    return found  # type: ignore[no-any-return]


def _word_counts(part: Any, sentences: list[str]) -> list[Counter[str]]:
    """Each sentence's word n-grams counted as the part's analyzer counts them (read them only:
    a shareable part's counts are shared with the other parts configured alike)."""
    if not _shareable(part):
        analyse = part.build_analyzer()
        return [Counter(analyse(s)) for s in sentences]
    tokenize, ngrams = part.build_tokenizer(), part._word_ngrams
    out: list[Counter[str]] = []
    for sentence in sentences:
        key = ("words", part.preprocessor, part.token_pattern, part.ngram_range, sentence)
        found = _shared.get(key)
        if found is None:
            found = _keep(key, Counter(ngrams(tokenize(_normalised(part, sentence)))))
        out.append(found)
    return out


def _split_words(part: Any, sentences: list[str]) -> list[list[str]]:
    """Each sentence's words as a `char_wb` analyzer splits its space-normalised text."""
    spaces = part._white_spaces
    if not _shareable(part):
        preprocess, decode = part.build_preprocessor(), part.decode
        return [spaces.sub(" ", preprocess(decode(s))).split() for s in sentences]
    out: list[list[str]] = []
    for sentence in sentences:
        key = ("split", part.preprocessor, sentence)
        found = _shared.get(key)
        if found is None:
            found = _keep(key, spaces.sub(" ", _normalised(part, sentence)).split())
        out.append(found)
    return out


_pending_grams: dict[tuple[str, int, int], list[str]] = {}
"""A new word's n-grams, made for the first `char_wb` part that met the word and kept until
another part with the same n-gram range asks (the sentence and PLOVER models' character parts
meet the same new words: each word's n-grams were made twice)."""
PENDING_KEPT = 2048


def _new_word_grams(word: str, low: int, high: int) -> list[str]:
    """`_char_wb_grams(word, low, high)`, made once for two parts: the second part to ask takes
    (and drops) the list the first kept."""
    key = (word, low, high)
    grams = _pending_grams.pop(key, None)
    if grams is None:
        grams = _char_wb_grams(word, low, high)
        if len(_pending_grams) >= PENDING_KEPT:
            _pending_grams.clear()
        _pending_grams[key] = grams
    return grams


def _char_wb_grams(word: str, low: int, high: int) -> list[str]:
    """The n-grams scikit-learn's `_char_wb_ngrams` makes of one word: of the word padded with a
    space each side, every n-gram for n from `low` up to the padded length, and the padded
    word itself once when it is shorter than an n asked for."""
    padded = " " + word + " "
    size = len(padded)
    grams: list[str] = []
    for n in range(low, high + 1):
        if n >= size:
            grams.append(padded)
            break
        grams += [padded[i : i + n] for i in range(size - n + 1)]
    return grams


def tuned_thresholds(manifest: dict[str, Any]) -> dict[str, float]:
    """A manifest's thresholds: those `training/tune.py` chose over those of training."""
    return dict(manifest.get("thresholds", {})) | dict(
        manifest.get("tuned", {}).get("thresholds", {})
    )


@lru_cache(maxsize=2)
def load_models(directory: Path = MODELS_DIR) -> LearnedModels | None:
    """The shipped models, loaded once per process; None when they have not been trained."""
    manifest_path = directory / MANIFEST
    if not manifest_path.exists():
        return None
    import joblib

    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    files = manifest["files"]
    return LearnedModels(
        sentence=_ready(joblib.load(directory / files["sentence"])),
        plover=_ready(joblib.load(directory / files["plover"])),
        acled_sub=_ready(joblib.load(directory / files["acled_sub"])),
        manifest=manifest,
    )


def _ready(model: Any) -> Any:
    """`model` with its classifier's weights laid out as its sparse product reads them.

    The weights ship as float32 rows (`training/train.py`); scipy multiplies the sparse features
    by `coef_.T` in float64 and C order, so each call copied and widened the whole matrix (of a
    multi-class model, a third of its time). Widened and column-major once here, the product
    reads them in place: the same numbers, so the same answers.
    """
    classifier = model.steps[-1][1] if hasattr(model, "steps") else model
    coef = getattr(classifier, "coef_", None)
    if isinstance(coef, np.ndarray) and coef.dtype == np.float32:
        classifier.coef_ = np.asfortranarray(coef, dtype=np.float64)
    return model
