"""The news gate's trained model: does an article report political, conflict or crime news at all?

A scikit-learn model, trained by `make train` (`training/train.py`) on articles the team wrote
(`training/en/articles/`), ships in `gate/models/` with a manifest that keeps its cross-validated
figures and its threshold (chosen on the development sets' tune part by `training/tune.py`). It
reads an article's title and lead before any parse (hashed word n-grams, no vocabulary), so it
costs a small fraction of one. `normalise` is the text normalisation every shipped model reads
through (the event coder's too, `events/learned.py`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

MODELS_DIR = Path(__file__).resolve().parent / "models"
MANIFEST = "manifest.json"
GATE_CHARS = 1500
"""The gate reads the title and the first characters of an article: the news is in the lead."""
SHORTEST = 200
"""A text shorter than this (a headline, a caption, one line of a feed) gives the gate too little
to judge, and costs little to parse: it is always parsed."""
_DIGITS = re.compile(r"\d")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower case, every digit a 0 (dates and counts are not cues), single spaces."""
    return _SPACES.sub(" ", _DIGITS.sub("0", text.lower())).strip()


def gate_text(text: str, title: str | None = None) -> str:
    """What the gate reads of an article."""
    head = text[:GATE_CHARS]
    return f"{title}\n{head}" if title else head


@dataclass
class NewsGate:
    """The gate model and the decision threshold measured with it."""

    model: Any
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def threshold(self) -> float:
        """Chosen on the development sets' tune part (`training/tune.py`), else from training's
        cross-validation."""
        tuned = self.manifest.get("tuned", {}).get("thresholds", {})
        return float(tuned.get("gate", self.manifest.get("thresholds", {}).get("gate", 0.5)))

    def news_probability(self, text: str, title: str | None = None) -> float:
        """How likely the article reports political, conflict or crime news."""
        return float(_news_probability(self.model, gate_text(text, title)))

    def is_news(self, text: str, title: str | None = None) -> bool:
        """Whether the article goes on to be parsed: news, or too short to judge."""
        return len(text) < SHORTEST or self.news_probability(text, title) >= self.threshold


@lru_cache(maxsize=2)
def load_news_gate(directory: Path = MODELS_DIR) -> NewsGate | None:
    """The shipped gate model, loaded once per process; None when it has not been trained."""
    manifest_path = directory / MANIFEST
    if not manifest_path.exists():
        return None
    import joblib

    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    return NewsGate(_widened(joblib.load(directory / manifest["files"]["gate"])), manifest)


def _widened(model: Any) -> Any:
    """`model` with its classifier's float32 weights widened to float64 once: scipy widened the
    whole weight vector (2**18 hashed features) on every article's product. The same numbers,
    so the same answers (as `events.learned._ready` does for the event models)."""
    import numpy as np

    classifier = model.steps[-1][1] if hasattr(model, "steps") else model
    coef = getattr(classifier, "coef_", None)
    if isinstance(coef, np.ndarray) and coef.dtype == np.float32:
        classifier.coef_ = np.asfortranarray(coef, dtype=np.float64)
    return model


def _news_probability(model: Any, text: str) -> Any:
    """`model.predict_proba([text])[0][1]`, with a hashing-then-TF-IDF features pipeline's steps
    run here: scikit-learn's pipeline and input checks cost as much as the features of one
    article. The same steps in the same order, so the same probability (the classifier's
    own too: a logistic regression's scores and `expit`, as `events.learned` takes them)."""
    import numpy as np
    import sklearn
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

    from .scores import logistic_proba

    steps = list(getattr(model, "steps", None) or [])
    inner = list(getattr(steps[0][1], "steps", None) or []) if len(steps) == 2 else []
    if not (
        len(inner) == 2
        and type(inner[0][1]) is HashingVectorizer
        and type(inner[1][1]) is TfidfTransformer
    ):
        return model.predict_proba([text])[0][1]
    (_, hashing), (_, tfidf) = inner
    with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
        counted = _hashed(hashing, text)
        if tfidf.norm != "l2" or counted.dtype != np.float64 or not hasattr(tfidf, "idf_"):
            return model.predict_proba([text])[0][1]
        # TfidfTransformer.transform's steps, in its order
        if tfidf.sublinear_tf:
            np.log(counted.data, counted.data)
            counted.data += 1.0
        counted.data *= tfidf.idf_[counted.indices]
        inplace_csr_row_normalize_l2(counted)
        # (the classifier's own steps too, without its checks of the input and the fit, which
        # cost more than its product with one article's features: perf38)
        return logistic_proba(steps[1][1], counted)[0][1]


_HASHING: dict[int, tuple[Any, Any, Any]] = {}
"""A hashing vectoriser's analyzer and feature hasher, made once (its `transform` makes both anew
on each call, a third of its cost on one article's lead), by the vectoriser's id."""


def _hashed(hashing: Any, text: str) -> Any:
    """`hashing.transform([text])`: the same steps (`HashingVectorizer.transform`) with the
    vectoriser's analyzer and feature hasher made once."""
    from sklearn.preprocessing import normalize

    kept = _HASHING.get(id(hashing))
    if kept is None or kept[0] is not hashing:
        hashing._validate_ngram_range()
        kept = _HASHING[id(hashing)] = (hashing, hashing.build_analyzer(), hashing._get_hasher())
    _, analyse, hasher = kept
    counted = hasher.transform([analyse(text)])
    if hashing.binary:
        counted.data.fill(1)
    if hashing.norm is not None:
        counted = normalize(counted, norm=hashing.norm, copy=False)
    return counted
