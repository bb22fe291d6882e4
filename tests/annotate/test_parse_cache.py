"""The parse's entities read once (`doc_ents`, `span_ents`): the same Spans spaCy gives."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP
from spacy.language import Language
from spacy.tokens import Span

from eventwire.annotate.nlp import (
    TOKENS_KEPT,
    doc_ents,
    doc_tokens,
    span_ents,
    tokens_labelled,
)


def _keys(spans: list[Span] | tuple[Span, ...]) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label_) for s in spans]


TEXT = (
    "Maria Lopez, a nurse from Toledo, told the Daily Ledger on Friday that two officers from "
    "Ohio and a man from Canada were hurt when a crowd marched through Springfield."
)


def test_doc_ents_are_spacys_and_made_once(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert _keys(doc_ents(doc)) == _keys(doc.ents)
    assert doc_ents(doc) is doc_ents(doc)  # kept for the parse, not built again
    other = nlp("Nobody was hurt in Dayton.")
    assert _keys(doc_ents(other)) == _keys(other.ents)
    assert _keys(doc_ents(doc)) == _keys(doc.ents)


@pytest.mark.parametrize("start,end", [(0, 3), (0, 5), (2, 12), (5, 20), (10, 40), (0, 1)])
def test_span_ents_are_spans_ents(nlp: Language, start: int, end: int) -> None:
    doc = nlp(TEXT)
    span = doc[start : min(end, len(doc))]
    assert _keys(span_ents(span)) == _keys(span.ents)


def test_token_words_are_spacys(nlp: Language) -> None:
    """Lemmas, parts of speech and lower-cased words read from the parse's arrays are the
    strings spaCy's Tokens give, a blank line and an empty parse included."""
    from eventwire.annotate.nlp import token_words

    doc = nlp("The Mayor's aides were RUNNING late.\n\nThey'd 2 dogs, didn't they?")
    lemmas, poses, lowers = token_words(doc)
    assert lemmas == tuple(t.lemma_ for t in doc)
    assert poses == tuple(t.pos_ for t in doc)
    assert lowers == tuple(t.lower_ for t in doc)
    assert "SPACE" in poses and "run" in lemmas  # the checks read real values
    assert token_words(nlp("")) == ((), (), ())


def test_dated_heads_are_the_subtrees_with_a_date(nlp: Language) -> None:
    """A token is in `dated_heads` exactly when a DATE or TIME entity token is in its subtree,
    as spaCy's `Token.subtree` reads it; none in an undated parse or an empty one."""
    from eventwire.annotate.nlp import dated_heads

    doc = nlp(
        "Two men were arrested on Tuesday after a fight outside a bar that closed at midnight. "
        "The owner said the door had been broken before.\n\nPolice met the owner last week."
    )
    dated = dated_heads(doc)
    for token in doc:
        told = any(t.ent_type_ in {"DATE", "TIME"} for t in token.subtree)
        assert (token.i in dated) == told, token.text
    assert dated and len(dated) < len(doc)  # the checks read real values
    assert dated_heads(doc) is dated  # kept for the parse
    assert dated_heads(nlp("The owner said the door had been broken.")) == frozenset()
    assert dated_heads(nlp("")) == frozenset()


def test_token_auxiliaries_are_the_aux_children(nlp: Language) -> None:
    """Each token's `aux` and `auxpass` children's lower-cased words, as spaCy's children give
    them; a token with none is absent, and an empty parse has none."""
    from eventwire.annotate.nlp import token_auxiliaries

    doc = nlp(
        "The clinic Will have been closed by June, and the nurses were told they could not stay. "
        "Officials did not say whether it was being sold."
    )
    table = token_auxiliaries(doc)
    for token in doc:
        told = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
        assert set(table.get(token.i, ())) == told, token.text
    assert any(len(words) > 1 for words in table.values())  # the checks read real values
    assert "will" in set().union(*table.values())
    assert token_auxiliaries(doc) is table  # kept for the parse
    assert token_auxiliaries(nlp("")) == {}


def test_token_heads_are_spacys(nlp: Language) -> None:
    """Each token's head's index as `Token.head` gives it, a root's its own, over two sentences
    and a blank line; an empty parse has none."""
    from eventwire.annotate.nlp import token_heads

    doc = nlp("A storm closed the old bridge on the coast road.\n\nCrews will reopen it soon.")
    heads = token_heads(doc)
    assert heads == tuple(t.head.i for t in doc)
    assert sum(h == i for i, h in enumerate(heads)) >= 2  # the checks read real roots
    assert token_heads(doc) is heads  # kept for the parse
    assert token_heads(nlp("")) == ()


def test_token_sent_is_spacys_sentence(nlp: Language) -> None:
    """Each token's sentence is the Span spaCy's `Token.sent` gives, whatever order the tokens
    are asked in; the Span is made once per sentence."""
    from eventwire.annotate.nlp import token_sent

    doc = nlp(
        "Two men were hurt in Dayton on Friday. Police said nobody died!\n\n"
        "Was the bridge closed? It reopened at noon"
    )
    assert len(list(doc.sents)) >= 4  # the checks cross real boundaries
    order = [*range(len(doc) - 1, -1, -3), *range(len(doc)), *range(1, len(doc), 2)]
    for i in order:
        sent = token_sent(doc[i])
        assert (sent.start, sent.end) == (doc[i].sent.start, doc[i].sent.end)
        assert sent.text == doc[i].sent.text
    assert token_sent(doc[1]) is token_sent(doc[3])  # one Span for the sentence
    assert token_sent(doc[1]) is not token_sent(doc[-1])
    other = nlp("Nobody was hurt. Roads closed.")
    assert token_sent(other[-1]).text == "Roads closed."
    assert token_sent(doc[0]).text == "Two men were hurt in Dayton on Friday."


def test_token_sent_follows_set_boundaries(nlp: Language) -> None:
    """Boundaries set on a parse by hand (as `paragraph_boundaries` sets them) are read: a
    token marked as no sentence start joins the sentence before it."""
    from eventwire.annotate.nlp import token_sent

    doc = nlp.make_doc("Rain fell in Akron . Roads flooded . Schools closed")
    for i, token in enumerate(doc):
        token.is_sent_start = i in (0, 5)
    assert (token_sent(doc[9]).start, token_sent(doc[9]).end) == (5, 10)
    assert [(token_sent(t).start, token_sent(t).end) for t in doc] == [
        (t.sent.start, t.sent.end) for t in doc
    ]


def test_tables_are_kept_per_parse_not_per_text(nlp: Language) -> None:
    # two parses of one text are two Docs: each has its own tokens (a table keyed by the Doc
    # itself never answers for another Doc, even one equal in text)
    first, second = nlp(TEXT), nlp(TEXT)
    tokens = doc_tokens(first)
    assert doc_tokens(first) is tokens
    assert [t.doc for t in doc_tokens(second)] == [second] * len(second)
    assert all(t.doc is first for t in doc_tokens(first))
    # more parses than are kept: an old one is read again, the same tokens as before
    for _ in range(TOKENS_KEPT + 1):
        doc_tokens(nlp("A quiet day in Dayton."))
    assert [t.text for t in doc_tokens(first)] == [t.text for t in first]


def test_tokens_labelled_are_those_with_the_label(nlp: Language) -> None:
    doc = nlp("The envoy condemned the attack and the minister denounced the kidnapping.")
    assert tokens_labelled(doc, DEP, ("dobj",)) == [t.i for t in doc if t.dep_ == "dobj"]
    assert tokens_labelled(doc, DEP, ("dobj", "nsubj")) == [
        t.i for t in doc if t.dep_ in {"dobj", "nsubj"}
    ]
    assert tokens_labelled(nlp(""), DEP, ("dobj",)) == []
