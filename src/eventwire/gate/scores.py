"""A fitted logistic regression's probabilities without scikit-learn's checks.

The news gate scores every article and the event coder every sentence with small linear models;
on one article's few rows, scikit-learn's own checks of the input and the fit cost several times
the product itself (perf38). Both take the scores here, computed as scikit-learn computes them.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.special import expit
from sklearn.linear_model import LogisticRegression
from sklearn.utils.extmath import safe_sparse_dot, softmax


def logistic_proba(classifier: Any, features: Any) -> Any:
    """`classifier.predict_proba(features)` for a fitted logistic regression and the float CSR
    features the models are given (`events.learned._stacked`, `gate.news`), its steps taken as scikit-learn takes them (the scores
    `features @ coef_.T + intercept_`; one-vs-rest `expit` for two classes, else `softmax`)
    without its checks of the input and the fit, which cost five times the product on an
    article's few sentences. Any other classifier answers itself."""
    if (
        type(classifier) is not LogisticRegression
        or not hasattr(classifier, "coef_")
        # scikit-learn's own choice of one-vs-rest or multinomial (its option's default)
        or not (classifier.multi_class == "auto" or classifier.multi_class == "deprecated")
        or classifier.solver == "liblinear"
        or features.shape[1] != classifier.coef_.shape[1]
    ):
        return classifier.predict_proba(features)
    scores = safe_sparse_dot(features, classifier.coef_.T, dense_output=True)
    scores = scores + classifier.intercept_
    if classifier.classes_.size > 2:
        return softmax(scores, copy=False)
    prob = scores.reshape((-1,)) if scores.ndim > 1 and scores.shape[1] == 1 else scores
    expit(prob, out=prob)
    if prob.ndim == 1:
        return np.vstack([1 - prob, prob]).T
    prob /= prob.sum(axis=1).reshape((prob.shape[0], -1))
    return prob
