"""The table lemmatizer sets the lemmas spaCy's rule lemmatizer sets."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from eventwire.annotate.lemmas import TableLemmatizer, lemmatize_by_table
from eventwire.annotate.nlp import load_nlp
from eventwire.settings import Settings

TEXTS = [
    "The police said two men were killed and others wounded in the attacks on Friday.",
    "She is hoping they'd stop shooting; nothin' was done, y' know, by the officers.",
    "Protesters marched, chanting slogans, as the mayor's aides watched from better seats.",
    "",
    "Gunmen have abducted 12 villagers near the mines, the state's governor told reporters.",
]


@pytest.fixture(scope="module")
def model() -> Language:
    """The model as spaCy loads it, its lemmatizer spaCy's own."""
    return spacy.load(Settings().spacy_model)


def test_same_lemmas_as_spacy(model: Language) -> None:
    ours = load_nlp(Settings().spacy_model)
    assert "pipe" in vars(ours.get_pipe("lemmatizer"))
    for _ in range(2):  # the second time from the kept lemmas
        for theirs, mine in zip(model.pipe(TEXTS), ours.pipe(TEXTS), strict=True):
            assert [t.lemma_ for t in mine] == [t.lemma_ for t in theirs]
            assert [t.lemma_ for t in mine] == [t.lemma_ for t in ours(mine.text)]


def test_lemmas_already_set_are_kept(model: Language) -> None:
    lemmatizer = model.get_pipe("lemmatizer")
    doc = model.make_doc("Officers were shooting")
    for name, pipe in model.pipeline:
        if name == "lemmatizer":
            break
        doc = pipe(doc)
    doc[1].lemma_ = "kept"
    TableLemmatizer(lemmatizer)(doc)
    assert [t.lemma_ for t in doc] == ["officer", "kept", "shoot"]


def test_other_lemmatizers_are_left_alone() -> None:
    nlp = spacy.blank("en")
    lookup = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not lemmatize_by_table(lookup)
    assert "pipe" not in vars(lookup)


def test_unseen_words_read_as_spacy_reads_them(model: Language) -> None:
    # words the rules turn into forms outside the known lemmas, or into none ("blorfed",
    # "zorgs"), exceptions ("better", "mice"), names, and one word in two parts of speech
    texts = [
        "The Smiths blorfed three zorgs while the mice ran better than the geese.",
        "Officers had been wrestling the wrestlers; better officers wrestled better.",
        "GUNMEN KIDNAPPED 2 WORKERS IN X-RAY LABS, the ministry's spokesmen said.",
    ]
    lemmatizer = model.get_pipe("lemmatizer")
    with model.select_pipes(disable=["lemmatizer"]):
        docs = list(model.pipe(texts))
    table = TableLemmatizer(lemmatizer)
    for doc in docs:
        want = [lemmatizer.rule_lemmatize(t)[0] for t in doc]
        assert [table._lemma(doc, t.i, t.orth, t.pos, t.morph.key) for t in doc] == want
        unset = [t.i for t in doc if t.lemma == 0]  # (the attribute ruler sets some: "had")
        assert [doc[i].lemma_ for i in unset] == [""] * len(unset)
        assert [table(doc)[i].lemma_ for i in unset] == [want[i] for i in unset]
