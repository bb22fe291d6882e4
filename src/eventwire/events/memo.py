"""Per-parse memos of the event rules' pure readings of one token.

Some readings are asked of the same trigger several times in one article (its modality by the
candidate filter, then by the event's build, then by the article-level checks), and each asks
spaCy for the same Token attributes and walks the same clause again. A reading that depends only
on the event words and the parse can be kept for the parse it was read from: the answers are
dropped when another parse (or other event words) is asked about, so one article's answers never
answer another's. (Kept here, not in `doc.user_data`, which travels with a pickled parse.)
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Token

R = TypeVar("R")
_MISSING: Any = object()


def per_token(read: Callable[[Any, Token], R]) -> Callable[[Any, Token], R]:
    """`read(words, token)`, each token's answer kept until another parse or other words are
    asked about. Only for readings that depend on nothing else (no module state, no document
    record): the parse is not changed by the event stage."""
    # (the parse, the words, the answers by token index), read and replaced as one tuple: a
    # thread asking about another parse meanwhile never gets or fills this parse's answers
    kept: list[tuple[Any, Any, dict[int, Any]]] = [(None, None, {})]

    @functools.wraps(read)
    def memoised(words: Any, token: Token) -> R:
        doc = token.doc
        state = kept[0]
        if state[0] is not doc or state[1] is not words:
            state = kept[0] = (doc, words, {})
        answers = state[2]
        found = answers.get(token.i, _MISSING)
        if found is _MISSING:
            found = answers[token.i] = read(words, token)
        return found  # type: ignore[no-any-return]

    return memoised
