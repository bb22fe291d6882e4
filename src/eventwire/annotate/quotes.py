"""Direct quotes and indirect attributions: the `quotes` and `attributions` of the document record.

Scraped and machine-translated pages break quotation marks in every way (a closing mark that points
the wrong way, a mark glued to the next word, a quote never closed, a quote running over a paragraph
break), so marks are paired by position and context, not by glyph: within a paragraph the next mark
after an opening one closes it, whatever way it points. Speakers come from the dependency parse
(see `speakers.py`); a quote with no cue of its own continues the previous speaker when it follows
that speaker's quote in the same or the next paragraph (multi-paragraph quotes). Each quote has a
kind: "direct" when the quotation is the utterance itself, "mixed" when it is a fragment inside
reported speech (`said the plan was "a disaster"`), which attribution corpora do not count as a
direct quote; both kinds keep their speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import cast

from spacy.tokens import Doc, Span, Token

from ..lang import Lexicon, load_lexicon
from ..records import Attribution, Quote, QuoteKind
from .nlp import doc_text, doc_tokens, token_sent, token_words
from .speakers import (
    SpeakerInfo,
    SpeakerTracker,
    SpeakerWords,
    cue_for_quote,
    cue_text,
    speaker_for_cue,
)

DOUBLE_MARKS = frozenset('"“”„‟«»〝〞＂')
"""Double quotation marks of every common style (single marks are left out: they are apostrophes
far more often than quotes in English news)."""
OPENING_GLYPHS = frozenset("“„‟«〝")
CLOSING_GLYPHS = frozenset("”»〞")
_OPEN_BEFORE = frozenset("([{—–-/")
_PARAGRAPH = re.compile(r"[^\n]+")
MIN_UNCUED_WORDS = 5
"""A quoted span with no speech cue is kept only from this many words on: shorter ones are mostly
titles and scare quotes."""


@dataclass(frozen=True)
class QuoteWords:
    """The words the quote rules read: the speaker words and the lists of `annotate/`."""

    speakers: SpeakerWords
    attribution_lemmas: frozenset[str]
    """Lemmas that open an indirect attribution: the clause verbs and the source cue."""
    speech_or_source: frozenset[str]
    title_cues: frozenset[str]
    """Words before a quoted name that make it a title, not speech ("a film titled ...")."""
    naming_lemmas: frozenset[str]
    """Speech verbs that name rather than quote ("called it ..."): a title after them is none."""

    @classmethod
    def of(cls, lexicon: Lexicon) -> QuoteWords:
        return _quote_words(lexicon)


@cache
def _quote_words(lexicon: Lexicon) -> QuoteWords:
    speakers = SpeakerWords.of(lexicon)
    return QuoteWords(
        speakers=speakers,
        attribution_lemmas=speakers.indirect_lemmas | {speakers.source_lemma},
        speech_or_source=speakers.speech_lemmas | {speakers.source_lemma},
        title_cues=lexicon.words("annotate/title_cues"),
        naming_lemmas=lexicon.words("annotate/naming_verbs"),
    )


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quoted stretch of one paragraph: inner offsets (marks excluded) and how it was closed."""

    start: int
    end: int
    paragraph: int
    continued: bool = False
    """This piece continues a quote opened in an earlier paragraph."""
    closed: bool = True
    """A closing mark was found (False: ran to the end of its paragraph)."""


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    """A direct quote with the speaker mention as written (a pronoun stays a pronoun here).

    `mention_start`/`mention_end` are the local subject of the cue; `speaker` is after pronoun and
    surname resolution. Benchmarks use both; the record keeps the resolved one.
    """

    span: QuoteSpan
    text: str
    speaker: SpeakerInfo | None
    mention_start: int | None
    mention_end: int | None
    cue: str | None
    kind: QuoteKind = "direct"
    """ "direct" (the quotation is the utterance itself) or "mixed" (a quoted fragment inside
    reported speech or narration); see `quote_kind`."""

    def to_record(self) -> Quote:
        s = self.speaker
        return Quote(
            text=self.text,
            start=self.span.start,
            end=self.span.end,
            speaker=s.text if s else None,
            speaker_start=s.start if s else None,
            speaker_end=s.end if s else None,
            speaker_description=s.description if s else None,
            anonymous=s.anonymous if s else False,
            cue=self.cue,
            kind=self.kind,
        )


def _opening_context(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()


def _closing_context(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Pair quotation marks paragraph by paragraph, tolerating broken and missing marks.

    Rules: inside a quote the next mark closes it, unless it is an opening glyph in an opening
    context (then the previous quote was never closed and ends before it); a paragraph that ends
    inside a quote continues into the next one when that one opens with a mark (the newspaper
    convention) or when its first mark can only be a closing one (a quote broken by a stray line
    break); otherwise the quote ends with its paragraph. An orphan closing glyph is ignored.
    """
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    marks_by_para = [[i for i in range(a, b) if text[i] in DOUBLE_MARKS] for a, b in paragraphs]
    spans: list[QuoteSpan] = []
    carry = False  # the previous paragraph's quote runs into this one without an opening mark
    for p, ((pa, pb), marks) in enumerate(zip(paragraphs, marks_by_para, strict=True)):
        open_at: int | None = pa if carry else None
        continued = carry
        carry = False
        prev_continues = bool(spans) and spans[-1].paragraph == p - 1 and not spans[-1].closed
        for i in marks:
            ch = text[i]
            if open_at is None:
                if (
                    ch in CLOSING_GLYPHS
                    and _closing_context(text, i)
                    and not _opening_context(text, i)
                ):
                    continue  # orphan closing mark
                open_at = i + 1
                continued = prev_continues and i == _first_char(text, pa, pb)
                continue
            if ch in OPENING_GLYPHS and _opening_context(text, i) and i > open_at:
                # The open quote was never closed: end it at its last sentence end before this
                # mark (the words between are the frame of the new quote) and open a new one.
                cut = max(text.rfind(c, open_at, i) for c in ".?!")
                _add(spans, text, open_at, cut + 1 if cut > open_at else i, p, continued, False)
                open_at, continued = i + 1, False
                continue
            _add(spans, text, open_at, i, p, continued, closed=True)
            open_at, continued = None, False
        if open_at is not None:
            _add(spans, text, open_at, pb, p, continued, closed=False)
            if p + 1 < len(paragraphs):
                na, nb = paragraphs[p + 1]
                nxt = marks_by_para[p + 1]
                first = _first_char(text, na, nb)
                opens_next = bool(nxt) and nxt[0] == first
                if not opens_next and nxt and len(nxt) % 2 == 1:
                    j = nxt[0]
                    carry = _closing_context(text, j) and not _opening_context(text, j)
    return spans


def _first_char(text: str, a: int, b: int) -> int:
    i = a
    while i < b and text[i].isspace():
        i += 1
    return i


def _add(
    spans: list[QuoteSpan], text: str, a: int, b: int, p: int, continued: bool, closed: bool
) -> None:
    """Append the inner span [a, b) trimmed of spaces and a trailing comma, if it holds words."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] == ","):
        b -= 1
    if any(c.isalnum() for c in text[a:b]):
        spans.append(QuoteSpan(a, b, p, continued=continued, closed=closed))


def _is_title(doc: Doc, span: Span, words: QuoteWords) -> bool:
    """A quoted name after "titled"/"called", or a short all-capitalised phrase: not speech."""
    before = [t for t in doc[max(0, span.start - 3) : span.start] if not t.is_punct]
    if before and before[-1].lower_ in words.title_cues:
        return True
    alpha = [t for t in span if t.is_alpha]
    return (
        0 < len(alpha) <= 6
        and all(t.text[0].isupper() or t.is_stop for t in alpha)
        and any(t.text[0].isupper() for t in alpha[1:])
    )


def match_quotes(
    doc: Doc, lexicon: Lexicon | None = None
) -> tuple[list[QuoteMatch], list[Attribution]]:
    """Quotes with the local speaker mention kept (for evaluation), and indirect attributions."""
    words = QuoteWords.of(lexicon or load_lexicon("en"))
    said = words.speakers
    text = doc_text(doc)
    spans = find_quote_spans(text)
    quote_tokens: set[int] = set()
    token_spans: list[Span | None] = []
    for qs in spans:
        span = doc.char_span(qs.start, qs.end, alignment_mode="expand")
        token_spans.append(span)
        if span is not None:
            quote_tokens.update(range(span.start, span.end))

    # Cues and speakers are resolved in document order, so pronouns see earlier speakers; the
    # indirect attributions are interleaved with the quotes for the same reason.
    events: list[tuple[int, int, object]] = []
    for k, qs in enumerate(spans):
        events.append((qs.start, 1, k))
    # (each word's lemma from the parse's kept words: a Token made only for an attribution word)
    tokens = doc_tokens(doc)
    for i, lemma in enumerate(token_words(doc)[0]):
        if i not in quote_tokens and lemma.lower() in words.attribution_lemmas:
            events.append((tokens[i].idx, 0, tokens[i]))
    events.sort(key=lambda e: (e[0], e[1]))

    tracker = SpeakerTracker(doc, said)
    matches: list[QuoteMatch] = []
    attributions: list[Attribution] = []
    last_by_para: dict[int, QuoteMatch] = {}
    for _, kind, item in events:
        if kind == 0:
            assert isinstance(item, Token)
            attr = _indirect(doc, item, quote_tokens, tracker, said)
            if attr is not None:
                attributions.append(attr)
            continue
        assert isinstance(item, int)
        qs, span = spans[item], token_spans[item]
        if span is None:
            continue
        cue = cue_for_quote(doc, span, quote_tokens, said)
        speaker: SpeakerInfo | None = None
        mention: tuple[int, int] | None = None
        cue_str: str | None = None
        if cue is not None:
            found = speaker_for_cue(doc, cue, quote_tokens, said)
            if found is not None:
                mention = (found.start, found.end)
                speaker = tracker.resolve(found)
                cue_str = cue_text(doc, cue, said)
        if speaker is None:
            prev = last_by_para.get(qs.paragraph) or last_by_para.get(qs.paragraph - 1)
            n_words = sum(1 for t in span if t.is_alpha)
            if prev is not None and prev.speaker is not None and (qs.continued or n_words >= 3):
                speaker, cue_str = prev.speaker, prev.cue
                if prev.mention_start is not None and prev.mention_end is not None:
                    mention = (prev.mention_start, prev.mention_end)
            elif n_words < MIN_UNCUED_WORDS or _is_title(doc, span, words):
                continue
        elif cue is not None and _is_title(doc, span, words) and cue.lemma_ in words.naming_lemmas:
            continue
        m = QuoteMatch(
            span=qs,
            text=text[qs.start : qs.end],
            speaker=speaker,
            mention_start=mention[0] if mention else None,
            mention_end=mention[1] if mention else None,
            cue=cue_str,
            kind=cast(QuoteKind, quote_kind(doc, qs, span, cue, words)),
        )
        if speaker is not None:
            tracker.remember(speaker)
        matches.append(m)
        last_by_para[qs.paragraph] = m
    return matches, attributions


def _indirect(
    doc: Doc, verb: Token, quote_tokens: set[int], tracker: SpeakerTracker, words: SpeakerWords
) -> Attribution | None:
    """ "X said (that) ...", "..., according to X": the speaker and the reported content span."""
    if verb.lemma_.lower() == words.source_lemma:
        to = next((c for c in verb.children if c.lower_ == words.source_particle), None)
        if to is None:
            return None
        head = verb.head
        sent = token_sent(verb)
        phrase = doc[verb.left_edge.i : verb.right_edge.i + 1]
        if head == verb:
            return None
        if phrase.start - sent.start >= sent.end - phrase.end:
            content = doc[sent.start : phrase.start]
        else:
            content = doc[phrase.end : sent.end]
    else:
        comp = next(
            (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.pos_ != "PUNCT"),
            None,
        )
        if comp is None:
            return None
        content = doc[comp.left_edge.i : comp.right_edge.i + 1]
    trimmed = _trim(_same_line(content, verb))
    if trimmed is None or len(trimmed) < 2:
        return None
    content = trimmed
    inside = sum(1 for t in content if t.i in quote_tokens)
    if inside == len(content):
        return None  # a direct quote, listed in `quotes`
    found = speaker_for_cue(doc, verb, quote_tokens, words)
    if found is None:
        return None
    speaker = tracker.resolve(found)
    tracker.remember(speaker)
    return Attribution(
        speaker=speaker.text,
        speaker_start=speaker.start,
        speaker_end=speaker.end,
        anonymous=speaker.anonymous,
        cue=cue_text(doc, verb, words),
        content=content.text,
        start=content.start_char,
        end=content.end_char,
    )


def _same_line(span: Span, anchor: Token) -> Span:
    """Clip a content span to the line (paragraph) of its cue: a title line glued to the first
    sentence by the parser is not part of what was said."""
    text = doc_text(span.doc)
    lo = text.rfind("\n", 0, anchor.idx) + 1
    hi = text.find("\n", anchor.idx)
    hi = len(text) if hi < 0 else hi
    a, b = span.start, span.end
    while a < b and span.doc[a].idx < lo:
        a += 1
    while b > a and span.doc[b - 1].idx >= hi:
        b -= 1
    return span.doc[a:b]


def _trim(span: Span) -> Span | None:
    """Drop edge punctuation (commas, the final full stop) from a content span."""
    a, b = span.start, span.end
    doc = span.doc
    while a < b and (doc[a].is_punct or doc[a].is_space) and doc[a].text not in DOUBLE_MARKS:
        a += 1
    while (
        b > a
        and (doc[b - 1].is_punct or doc[b - 1].is_space)
        and (doc[b - 1].text not in DOUBLE_MARKS)
    ):
        b -= 1
    return doc[a:b] if b > a else None


def _mark_before(text: str, i: int) -> int | None:
    """The opening mark of a quote whose words start at `i` (None: continued, no mark)."""
    j = i - 1
    while j >= 0 and text[j].isspace() and text[j] != "\n":
        j -= 1
    return j if j >= 0 and text[j] in DOUBLE_MARKS else None


def _mark_after(text: str, i: int) -> int | None:
    """The closing mark of a quote whose words end at `i` (None: closed by the paragraph end)."""
    j = i
    while j < len(text) and (text[j] in " \t,"):
        j += 1
    return j if j < len(text) and text[j] in DOUBLE_MARKS else None


def _char_before(text: str, i: int) -> str:
    """The last non-space character before `i` on its line ("" at a paragraph start)."""
    j = i - 1
    while j >= 0 and text[j] in " \t\xa0":
        j -= 1
    return "" if j < 0 or text[j] == "\n" else text[j]


def _char_after(text: str, i: int) -> str:
    j = i
    while j < len(text) and text[j] in " \t\xa0":
        j += 1
    return "" if j >= len(text) or text[j] == "\n" else text[j]


def _capitalised(span: Span) -> bool:
    first = next((c for c in span.text if c.isalpha()), "")
    return first.isupper()


def _is_clause(span: Span) -> bool:
    """The quoted words hold a clause of their own (a verb with its subject inside the marks)."""
    inside = range(span.start, span.end)
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i in inside for t in span)


def _utterance_after_verb(span: Span, mark: int, words: QuoteWords) -> bool:
    """`said "we will win"`, `chanted "USA! USA!"`: a quote glued to its speech verb is direct
    when the verb governs it and it is a clause or an exclamation; `called it "a disaster"`,
    `the "negative consequences"` or `said the raids were "a provocation"` are fragments."""
    doc = span.doc
    prev = next((t for t in reversed(doc[: span.start]) if t.idx < mark and not t.is_space), None)
    if prev is None or prev.lemma_.lower() not in words.speakers.speech_lemmas:
        return False
    if span.text.rstrip()[-1:] in "!?" or _holds_sentences(span):
        return True  # an exclamation, a question or a passage right after the verb: as said
    return _is_clause(span) and any(t.head.i == prev.i for t in span)


def _after_speech_phrase(span: Span, mark: int, words: QuoteWords) -> bool:
    """`she said, "The vetting has not begun"`, `he told reporters, "..."`: the comma before the
    mark ends the speech verb's own phrase and the quote opens like a sentence. A comma that ends
    a reported clause (`said that if the US pulls back, "our oceans ..."`) makes a fragment."""
    doc = span.doc
    comma = next((t for t in reversed(doc[: span.start]) if t.idx < mark and not t.is_space), None)
    if comma is None or comma.i == 0:
        return False
    tok, steps = doc[comma.i - 1], 0
    while tok.lemma_.lower() not in words.speech_or_source and steps < 3 and tok.head.i != tok.i:
        if tok.head.i > tok.i:
            return False
        tok, steps = tok.head, steps + 1
    if tok.lemma_.lower() not in words.speech_or_source:
        return False
    # `"Everything we said," the judge exclaimed, "has overlapped."`: one quote split by its cue
    text = doc_text(doc)
    split = any(c in DOUBLE_MARKS for c in text[token_sent(tok).start_char : tok.idx])
    return split or _capitalised(span) or _is_clause(span)


def _holds_sentences(span: Span) -> bool:
    """More than one full sentence inside the marks: a passage quoted as said, not a fragment."""
    doc = span.doc
    starts = [
        t
        for t in span[1:]
        if t.is_sent_start and doc[t.i - 1].text in (".", "?", "!") and t.text[:1].isupper()
    ]
    return bool(starts)


def quote_kind(doc: Doc, qs: QuoteSpan, span: Span, cue: Token | None, words: QuoteWords) -> str:
    """ "direct" when the quotation is itself the utterance, "mixed" when it is a fragment woven
    into a sentence of the writer's (reported speech or narration).

    PolNeAR, like most attribution schemes, takes `X said the plan was "a disaster"` as one
    indirect attribution; a direct quote stands as a sentence or clause of its own. Read from the
    marks and the parse: a quote opening a paragraph or a sentence, or after a colon, is direct;
    after a comma it is direct when the comma closes the speech verb's own phrase (`she said,
    "The ..."`); glued to the word before it, it is direct only when that word is its speech verb
    and the quote is a clause it governs, an exclamation or several sentences (`said "we will
    win"`, `chanted "USA! USA!"`); after a dash or a bracket, only when it is a clause. A quote
    whose sentence runs on after the closing mark (`"the greatest deterrent" remains`) is mixed.
    """
    return _kind_and_rule(doc, qs, span, cue, words)[0]


def _kind_and_rule(
    doc: Doc, qs: QuoteSpan, span: Span, cue: Token | None, words: QuoteWords
) -> tuple[str, str]:
    """`quote_kind` with the name of the rule that decided it (for error analysis)."""
    if qs.continued:
        return "direct", "continued"
    text = doc_text(doc)
    mark = _mark_before(text, qs.start)
    if mark is None:
        return "direct", "no-mark"
    lead = _char_before(text, mark)
    if lead in DOUBLE_MARKS:  # `on “Meet the Press.” “But ...`: look past the closing mark
        lead = _char_before(text, text.rfind(lead, 0, mark))
    if lead == "" or lead in ".?!:;":
        left_ok, rule = True, "sentence-start"
    elif lead == ",":
        left_ok, rule = _after_speech_phrase(span, mark, words), "comma"
    elif lead.isalnum():
        left_ok, rule = _utterance_after_verb(span, mark, words), "after-word"
    else:  # a dash or a bracket: an aside inside a sentence
        left_ok, rule = _is_clause(span), "after-dash"
    if not left_ok:
        return "mixed", rule
    if _runs_on(doc, qs, cue):
        return "mixed", rule + "/runs-on"
    return "direct", rule


def _runs_on(doc: Doc, qs: QuoteSpan, cue: Token | None) -> bool:
    """The sentence goes on after the closing mark with words other than the quote's own cue
    (`"the greatest deterrent" remains`), the quote ending in no punctuation of its own."""
    text = doc_text(doc)
    close = _mark_after(text, qs.end)
    if close is None:
        return False
    inner_end = text[qs.end : close].strip() or text[qs.end - 1]
    if not _char_after(text, close + 1).isalpha() or inner_end in ".?!,":
        return False
    rest = doc.char_span(close + 1, len(text), alignment_mode="expand")
    tok = next((t for t in rest if not t.is_space), None) if rest is not None else None
    if tok is None:
        return False
    return cue is None or not (tok.i == cue.i or tok.head.i == cue.i)


def extract_quotes(
    doc: Doc, lexicon: Lexicon | None = None
) -> tuple[tuple[Quote, ...], tuple[Attribution, ...]]:
    """Direct quotes with their speakers, and indirect attributions, of one parsed article.

    `doc` is the spaCy parse (parser and NER) of the article text; every offset is a character
    offset into `doc.text`. `Quote.text` is the quoted words without the marks. The speaker fields
    point at the speaker's name mention: for a pronoun ("she said") or a bare surname ("Higel said")
    they give the earlier mention it resolves to (the last matching speaker before it), with that
    mention's offsets and description. Unnamed sources ("an envoy who knows the file")
    have `anonymous=True`, the source phrase as written as `speaker` and the phrase without its
    determiner as `speaker_description`. `kind` is "direct" or "mixed" (`quote_kind`): both are
    quotes with speakers, told apart for analysts and attribution benchmarks. `attributions`
    holds indirect speech only ("X said the council intends to ...", "..., according to X"):
    content the text does not quote. `lexicon` gives the words (English when None).
    """
    matches, attributions = match_quotes(doc, lexicon)
    return tuple(m.to_record() for m in matches), tuple(attributions)
