"""The model's rule lemmatizer, its lemma asked once per distinct word, part of speech and features.

spaCy's rule lemmatizer keeps the lemmas of inflected words but not of base forms ("said" is
kept; "police", "the", "said" read as an infinitive are worked out anew each time, their
features read into a dictionary), and sets each token's lemma through a Token made anew: a
fifteenth of the whole parse. A lemma depends only on the word, its part of speech and its
features (spaCy's own cache is keyed so), so here each such triple's lemma is asked of the
lemmatizer once per process and kept, and a parse's lemmas are read and written as arrays. The
lemmas are the lemmatizer's own; any other lemmatizer (lookup mode, another `__call__`) is left
as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.pipeline import Lemmatizer
from spacy.pipeline.pipe import Pipe
from spacy.tokens import Doc

LEMMAS_KEPT = 200_000
"""Distinct (word, part of speech, features) whose lemma is kept (a few MB)."""


class TableLemmatizer:
    """`lemmatizer`'s `__call__`, each distinct token's lemma asked of it once."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        if doc.vocab is not lemmatizer.vocab:  # (the kept lemmas are this vocab's strings)
            return lemmatizer(doc)  # type: ignore[no-any-return]
        lemmas, strings = self._lemmas, doc.vocab.strings
        if len(lemmas) >= LEMMAS_KEPT:
            lemmas.clear()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        overwrite = lemmatizer.overwrite
        out = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                found = lemmas.get(key)
                if found is None:
                    found = lemmas[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
                out[i] = found
        doc.from_array([LEMMA], out.reshape(-1, 1).astype(np.uint64))  # type: ignore[arg-type]
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """As spaCy's `Pipe.pipe`: each document in turn, an error to the lemmatizer's handler."""
        error_handler = self.lemmatizer.get_error_handler()
        for doc in stream:
            try:
                yield self(doc)
            except Exception as e:  # noqa: BLE001 - spaCy's own handling of a pipe's error
                error_handler(self.lemmatizer.name, self.lemmatizer, [doc], e)


def lemmatize_by_table(lemmatizer: Any) -> bool:
    """Let a rule lemmatizer's parses go through a `TableLemmatizer` (`nlp.pipe` asks for its
    `pipe`); False, and the lemmatizer left as it was, for any other kind."""
    if not (
        isinstance(lemmatizer, Lemmatizer)
        and lemmatizer.mode == "rule"
        and type(lemmatizer).__call__ is Lemmatizer.__call__
        and type(lemmatizer).pipe is Pipe.pipe
    ):
        return False
    lemmatizer.pipe = TableLemmatizer(lemmatizer).pipe  # type: ignore[method-assign]
    return True
