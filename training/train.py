"""Train the event coder's learned parts: `make train`.

Reads the labelled data the team wrote (`training/en/`, see its README: our own sentences and
articles, CC0) and writes four scikit-learn models, each folder with its manifest:

- to `src/eventwire/gate/models/`, the news gate's `gate`: does an article report political,
  conflict or crime news (raw text, before any parse);
- to `src/eventwire/events/models/`, the event coder's `sentence`: does a sentence report a new event;
- `plover`: the PLOVER type of an event sentence;
- `acled_sub`: its ACLED sub-event type (the event type is the sub-event type's family).

Every figure is measured out of sample by grouped k-fold cross-validation: the sentences written
from one story (one paraphrase group, joined with any near-duplicate written elsewhere) are never
on both sides of a fold. The manifest keeps those figures and the thresholds chosen from them.
Where the models decide for the hand-written rules is chosen afterwards on the tune part of the
development sets (`training/tune.py`, also run by `make train`).

Fixed seeds; a few minutes on one core.

    .venv/bin/python training/train.py [--out DIR]

(`--out DIR` writes DIR/gate and DIR/events instead of the shipped folders.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import sklearn
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics.pairwise import cosine_similarity
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import FeatureUnion, Pipeline
from threadpoolctl import threadpool_limits

from eventwire.events.learned import MANIFEST
from eventwire.events.learned import MODELS_DIR as EVENT_MODELS
from eventwire.gate.news import MODELS_DIR as GATE_MODELS
from eventwire.gate.news import gate_text, normalise

HERE = Path(__file__).resolve().parent
DATA = HERE / "en"
SEED = 20240615
FOLDS = 5
VERSION = 2
OOF_FILE = HERE.parent / ".bench" / "plover_oof.json"
"""The PLOVER model's out-of-fold probabilities on our event sentences, each with its story group,
kept for `training/tune.py --retype-evidence sentences` and `--arbitration-evidence sentences`
(the model's side of a choice made where neither the rules nor the model was tuned; its halves
held out are cut by the group)."""


def read_jsonl(folder: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.jsonl")):
        rows.extend(json.loads(line) for line in path.open(encoding="utf-8") if line.strip())
    return rows


BLIND = DATA / "blind"
"""The sealed blind set (`training/blind_contest.py`): a referee, never trained on, so not in
the data's digest either."""


TRAINED_ON = ("articles", "sentences")
"""The folders of `DATA` the training reads (`main`), in the order their files are digested;
`pending/` (written, not yet trained on) and `blind/` are not read."""


def data_digest(data: Path = DATA) -> str:
    """A fingerprint of the files the training reads (`TRAINED_ON`), stored in the manifests and
    the out-of-fold file: editing a file it never reads (`pending/`, `blind/`) leaves the
    out-of-fold scores valid for `tune.py`."""
    digest = hashlib.sha256()
    for folder in TRAINED_ON:
        for path in sorted((data / folder).glob("*.jsonl")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def sentence_model(c: float = 4.0) -> Pipeline:
    """Word 1-2-grams and character 2-5-grams within words, logistic regression."""
    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(preprocessor=normalise, ngram_range=(1, 2),
                                      sublinear_tf=True)),
            ("chars", TfidfVectorizer(preprocessor=normalise, analyzer="char_wb",
                                      ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
        ]
    )  # fmt: skip
    classifier = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    return Pipeline([("features", features), ("classifier", classifier)])


def gate_model() -> Pipeline:
    """Word 1-2-grams of the article's head, hashed (no vocabulary to store or look up), tf-idf
    weighted, logistic regression: a fraction of a millisecond an article."""
    features = Pipeline(
        [
            ("hash", HashingVectorizer(preprocessor=normalise, ngram_range=(1, 2),
                                       n_features=2**18, alternate_sign=False, norm=None)),
            ("tfidf", TfidfTransformer(sublinear_tf=True)),
        ]
    )  # fmt: skip
    classifier = LogisticRegression(C=8.0, max_iter=3000, class_weight="balanced")
    return Pipeline([("features", features), ("classifier", classifier)])


def joined_groups(texts: list[str], groups: list[str], similarity: float = 0.7) -> list[str]:
    """The groups, with those of near-duplicate texts joined (word n-gram cosine above
    `similarity`): two writers' versions of one sentence must not straddle folds."""
    vectors = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit_transform(texts)
    close = cosine_similarity(vectors, dense_output=False).tocoo()
    parent = {g: g for g in groups}

    def root(g: str) -> str:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    for i, j, value in zip(close.row, close.col, close.data, strict=True):
        if i < j and value > similarity:
            a, b = root(groups[i]), root(groups[j])
            if a != b:
                parent[max(a, b)] = min(a, b)
    return [root(g) for g in groups]


def slimmed(model: Pipeline) -> Pipeline:
    """The fitted model without the terms its vectorizers pruned (`stop_words_`, kept by
    scikit-learn only for introspection) and without the address of their stop-word list, its
    weights in single precision: half the size, the same decisions (probabilities move in the
    seventh decimal), and the same bytes from every retraining."""
    features = model.named_steps["features"]
    if isinstance(features, FeatureUnion):
        parts = [step for _, step in features.transformer_list]
    elif isinstance(features, Pipeline):
        parts = [step for _, step in features.steps]
    else:
        parts = [features]
    for vectorizer in parts:
        if hasattr(vectorizer, "stop_words_"):
            vectorizer.stop_words_ = None
        # scikit-learn keeps `id(stop_words)` (a memory address, another in every process) to
        # skip re-checking the stop words: pickled, it made every retraining's bytes differ
        vars(vectorizer).pop("_stop_words_id", None)
    classifier = model.named_steps["classifier"]
    classifier.coef_ = classifier.coef_.astype(np.float32)
    return model


def out_of_fold(
    make: Any, texts: list[str], labels: list[Any], groups: list[str], extra: tuple = ()
) -> np.ndarray:
    """Probabilities for every item from a model that never saw its group; `extra` (texts,
    labels) is added to every training fold."""
    y = np.array(labels)
    classes = sorted(set(labels))
    probs = np.zeros((len(texts), len(classes)))
    splitter = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    # StratifiedGroupKFold needs each class at least once per fold only as far as it can
    for train, test in splitter.split(texts, y, groups):
        model = make()
        fit_x = [texts[i] for i in train] + list(extra[0] if extra else [])
        fit_y = [labels[i] for i in train] + list(extra[1] if extra else [])
        model.fit(fit_x, fit_y)
        fold_probs = model.predict_proba([texts[i] for i in test])
        for j, cls in enumerate(model.classes_):
            probs[test, classes.index(cls)] = fold_probs[:, j]
    return probs


def threshold_for_recall(probs: np.ndarray, positive: np.ndarray, recall: float) -> float:
    """The highest threshold that keeps at least `recall` of the positives."""
    scores = np.sort(probs[positive])
    index = int(np.floor((1.0 - recall) * len(scores)))
    return float(scores[min(index, len(scores) - 1)])


def report_binary(name: str, probs: np.ndarray, gold: np.ndarray, threshold: float) -> dict:
    pred = probs >= threshold
    tp = int(np.sum(pred & gold))
    fp = int(np.sum(pred & ~gold))
    fn = int(np.sum(~pred & gold))
    tn = int(np.sum(~pred & ~gold))
    row = {
        "n": int(len(gold)),
        "threshold": round(threshold, 3),
        "accuracy": round((tp + tn) / len(gold), 3),
        "recall": round(tp / max(tp + fn, 1), 3),
        "precision": round(tp / max(tp + fp, 1), 3),
        "rejected_negatives": round(tn / max(tn + fp, 1), 3),
    }
    print(f"{name}: {row}")
    return row


def report_multiclass(name: str, probs: np.ndarray, classes: list[str], gold: list[str]) -> dict:
    pred = [classes[i] for i in probs.argmax(axis=1)]
    acc = float(np.mean([p == g for p, g in zip(pred, gold, strict=True)]))
    f1s = []
    for label in sorted(set(gold)):
        tp = sum(p == label and g == label for p, g in zip(pred, gold, strict=True))
        fp = sum(p == label and g != label for p, g in zip(pred, gold, strict=True))
        fn = sum(p != label and g == label for p, g in zip(pred, gold, strict=True))
        f1s.append(2 * tp / max(2 * tp + fp + fn, 1))
    row = {"n": len(gold), "accuracy": round(acc, 3), "macro_f1": round(float(np.mean(f1s)), 3)}
    print(f"{name}: {row}")
    return row


def write_out_of_fold(
    path: Path,
    texts: list[str],
    gold: list[str],
    classes: list[str],
    probs: np.ndarray,
    groups: list[str],
) -> None:
    """Keep each event sentence's out-of-fold PLOVER probabilities and its story group (the
    joined group its folds were cut by, `joined_groups`: `training/tune.py` cuts its held-out
    halves by it), with the data's digest, so a reader can tell they belong to the sentences it
    reads."""
    rows = [
        {"text": t, "gold": g, "group": group, "probs": [round(float(p), 5) for p in row]}
        for t, g, group, row in zip(texts, gold, groups, probs, strict=True)
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps({"data_sha256": data_digest(), "classes": classes, "rows": rows}),
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=None,
                        help="write DIR/gate and DIR/events, not the shipped model folders")  # fmt: skip
    args = parser.parse_args(argv)
    # one BLAS thread, whatever the machine's cores or the caller's environment (the pipeline's
    # workers set OPENBLAS_NUM_THREADS=1, and a test retrains under it): the sums then come in
    # one order and the models are the same byte for byte
    threadpool_limits(limits=1)
    started = time.perf_counter()
    articles, sentences = (read_jsonl(DATA / folder) for folder in TRAINED_ON)
    print(f"{len(sentences)} sentences, {len(articles)} articles")
    cv: dict[str, Any] = {}
    thresholds: dict[str, float] = {}

    # the article gate
    a_text = [gate_text(a["text"], a["title"]) for a in articles]
    a_gold = [int(a["news"]) for a in articles]
    a_groups = joined_groups(a_text, [a["group"] for a in articles])
    probs = out_of_fold(gate_model, a_text, a_gold, a_groups)[:, 1]
    gold = np.array(a_gold, dtype=bool)
    thresholds["gate"] = min(0.5, threshold_for_recall(probs, gold, 0.99))
    cv["gate"] = report_binary("gate", probs, gold, thresholds["gate"])

    # the sentence filter
    s_text = [s["text"] for s in sentences]
    s_groups = joined_groups(s_text, [s["group"] for s in sentences])
    group_of = dict(zip(s_text, s_groups, strict=True))
    s_gold = [int(s["event"]) for s in sentences]
    probs = out_of_fold(sentence_model, s_text, s_gold, s_groups)[:, 1]
    gold = np.array(s_gold, dtype=bool)
    thresholds["sentence"] = min(0.5, threshold_for_recall(probs, gold, 0.99))
    cv["sentence"] = report_binary("sentence", probs, gold, thresholds["sentence"])
    cv["sentence"]["rejected_by_pattern"] = {
        pattern: round(float(np.mean(probs[[i for i, s in enumerate(sentences)
                                            if s["pattern"] == pattern]] < thresholds["sentence"])), 3)
        for pattern in sorted({s["pattern"] for s in sentences} - {"event"})
    }  # fmt: skip

    # the type classifiers
    events = [s for s in sentences if s["event"]]
    e_text = [s["text"] for s in events]
    e_groups = [group_of[t] for t in e_text]
    p_gold = [s["plover"] for s in events]
    p_classes = sorted(set(p_gold))
    p_probs = out_of_fold(sentence_model, e_text, p_gold, e_groups)
    cv["plover"] = report_multiclass("plover", p_probs, p_classes, p_gold)
    write_out_of_fold(OOF_FILE, e_text, p_gold, p_classes, p_probs, e_groups)
    acled = [s for s in events if s["acled_sub_event_type"]]
    families = {s["acled_sub_event_type"]: s["acled_event_type"] for s in acled}
    c_text = [s["text"] for s in acled]
    c_groups = [group_of[t] for t in c_text]
    sub_gold = [s["acled_sub_event_type"] for s in acled]
    sub_classes = sorted(set(sub_gold))
    sub_probs = out_of_fold(sentence_model, c_text, sub_gold, c_groups)
    cv["acled_sub"] = report_multiclass("acled sub-event", sub_probs, sub_classes, sub_gold)
    type_gold = [s["acled_event_type"] for s in acled]
    type_pred = [families[sub_classes[i]] for i in sub_probs.argmax(axis=1)]
    cv["acled_type"] = {
        "n": len(type_gold),
        "accuracy": round(float(np.mean([p == g for p, g in zip(type_pred, type_gold, strict=True)])), 3),
    }  # fmt: skip
    print(f"acled type (from sub-event): {cv['acled_type']}")

    # final models on all the data: the gate's in its stage's folder, the event coder's in its
    gate_out = args.out / "gate" if args.out else GATE_MODELS
    events_out = args.out / "events" if args.out else EVENT_MODELS
    files: dict[str, str] = {}
    fits = {
        "gate": (gate_model(), a_text, a_gold),
        "sentence": (sentence_model(), s_text, s_gold),
        "plover": (sentence_model(), e_text, p_gold),
        "acled_sub": (sentence_model(), c_text, sub_gold),
    }
    for name, (model, x, y) in fits.items():
        model.fit(x, y)
        files[name] = f"{name}.joblib"
        out = gate_out if name == "gate" else events_out
        out.mkdir(parents=True, exist_ok=True)
        for stale in out.glob("*.joblib"):
            if stale.name not in {f"{n}.joblib" for n in fits}:
                stale.unlink()
        joblib.dump(slimmed(model), out / files[name], compress=3)
    common = {
        "version": VERSION,
        "trained_with": f"scikit-learn {sklearn.__version__}",
        "data": "training/en (hand-written by the eventwire team; CC0 1.0)",
        "data_sha256": data_digest(),
        "seed": SEED,
        "counts": {
            "sentences": len(sentences),
            "articles": len(articles),
            "event_sentences": len(events),
            "acled_sentences": len(acled),
        },  # fmt: skip
    }
    rounded = {k: round(v, 4) for k, v in thresholds.items()}

    def part(names: set[str]) -> dict[str, Any]:
        return {
            **common,
            "files": {k: v for k, v in files.items() if k in names},
            "thresholds": {k: v for k, v in rounded.items() if k in names},
            "cross_validation": {k: v for k, v in cv.items() if k in names},
        }

    gate_manifest = part({"gate"})
    events_manifest = part(set(fits) - {"gate"} | {"acled_type"})
    events_manifest |= {"acled_families": families}
    for out, manifest in ((gate_out, gate_manifest), (events_out, events_manifest)):
        (out / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
        size = sum(p.stat().st_size for p in out.iterdir())
        print(f"wrote {out} ({size / 1e6:.1f} MB)")
    print(f"in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
