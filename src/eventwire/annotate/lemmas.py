"""The model's rule lemmatizer, its lemma asked once per distinct word, part of speech and features.

spaCy's rule lemmatizer keeps the lemmas of inflected words but not of base forms ("said" is
kept; "police", "the", "said" read as an infinitive are worked out anew each time, their
features read into a dictionary), and sets each token's lemma through a Token made anew: a
fifteenth of the whole parse. A lemma depends only on the word, its part of speech and its
features (spaCy's own cache is keyed so), so here each such triple's lemma is asked of the
lemmatizer once per process and kept, and a parse's lemmas are read and written as arrays. The
lemmas are the lemmatizer's own; any other lemmatizer (lookup mode, another `__call__`) is left
as it is.

A triple not seen yet (most of them in an article's first sentences: every name and number) is
read without a Token (`TableLemmatizer._lemma`): spaCy's `rule_lemmatize` steps on the word's
text, its part of speech and features, whether those make a base form asked of the
lemmatizer's own `is_base_form` once per (part of speech, features), and the rules' forms of a
lower-cased word worked out once per (word, part of speech) (`_rule_forms`, spaCy's loop).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.pipeline import Lemmatizer
from spacy.pipeline.pipe import Pipe
from spacy.tokens import Doc

LEMMAS_KEPT = 200_000
"""Distinct (word, part of speech, features) whose lemma is kept (a few MB)."""
_BASE_FORM_READERS = (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form)
"""`is_base_form`s that read only the token's part of speech and features."""


class TableLemmatizer:
    """`lemmatizer`'s `__call__`, each distinct token's lemma asked of it once."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}
        self._base: dict[tuple[int, int], bool] = {}
        """Whether a (part of speech, features) is a base form (`is_base_form`)."""
        self._forms: dict[tuple[str, str], list[str] | None] = {}
        """The rules' forms of a lower-cased word and part of speech (`_rule_forms`)."""
        self._index: dict[str, frozenset[str]] = {}
        """Each part of speech's known lemmas (spaCy's table holds a list, scanned at each ask)."""
        self._lookups: Any = None
        """The lemmatizer's tables `_forms` and `_index` were read from."""

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
                    found = lemmas[key] = strings.add(self._lemma(doc, i, orth, pos, morph))
                out[i] = found
        doc.from_array([LEMMA], out.reshape(-1, 1).astype(np.uint64))  # type: ignore[arg-type]
        return doc

    def _lemma(self, doc: Doc, i: int, orth: int, pos: int, morph: int) -> str:
        """`lemmatizer.lemmatize(doc[i])[0]`: spaCy's `rule_lemmatize` steps, the Token made
        only for a (part of speech, features) not seen yet, the rules' loop run once per
        lower-cased word and part of speech. Any other lemmatizer is asked itself."""
        lemmatizer = self.lemmatizer
        univ_pos = POS_NAMES.get(pos, "").lower()
        if (
            univ_pos in ("", "eol", "space")  # (spaCy warns of a missing part of speech)
            or type(lemmatizer).rule_lemmatize is not Lemmatizer.rule_lemmatize
            or type(lemmatizer).is_base_form not in _BASE_FORM_READERS
            or lemmatizer.lemmatize != lemmatizer.rule_lemmatize
        ):
            return str(lemmatizer.lemmatize(doc[i])[0])
        string: str = doc.vocab.strings[orth]
        base = self._base.get((pos, morph))
        if base is None:
            base = self._base[(pos, morph)] = bool(lemmatizer.is_base_form(doc[i]))
        if base:
            return string.lower()
        forms = self._rule_forms(string.lower(), univ_pos)
        if forms is None:  # no table for the part of speech
            return string if univ_pos == "propn" else string.lower()
        return forms[0] if forms else string

    def _rule_forms(self, string: str, univ_pos: str) -> list[str] | None:
        """The forms spaCy's `rule_lemmatize` finds for a lower-cased word that is not a base
        form, in its order (empty: none, the word itself is the lemma); None where the tables
        hold nothing for the part of speech. Kept per (word, part of speech)."""
        lookups = self.lemmatizer.lookups
        if lookups is not self._lookups or len(self._forms) >= LEMMAS_KEPT:
            self._forms.clear()
            self._index.clear()
            self._lookups = lookups
        key = (string, univ_pos)
        if key in self._forms:
            return self._forms[key]
        index_table = lookups.get_table("lemma_index", {})
        exc_table = lookups.get_table("lemma_exc", {})
        rules_table = lookups.get_table("lemma_rules", {})
        found: list[str] | None = None
        if any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            # spaCy's loop (`Lemmatizer.rule_lemmatize`), as it is but for the known lemmas
            # asked of a set (spaCy scans the list: a fifth of a millisecond a word)
            index = self._index.get(univ_pos)
            if index is None:
                index = self._index[univ_pos] = frozenset(index_table.get(univ_pos, {}))
            exceptions = exc_table.get(univ_pos, {})
            rules = rules_table.get(univ_pos, {})
            forms: list[str] = []
            oov_forms = []
            for old, new in rules:
                if string.endswith(old):
                    form = string[: len(string) - len(old)] + new
                    if not form:
                        pass
                    elif form in index or not form.isalpha():
                        if form in index:
                            forms.insert(0, form)
                        else:
                            forms.append(form)
                    else:
                        oov_forms.append(form)
            forms = list(dict.fromkeys(forms))
            for form in exceptions.get(string, []):
                if form not in forms:
                    forms.insert(0, form)
            if not forms:
                forms.extend(oov_forms)
            found = forms
        self._forms[key] = found
        return found

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
