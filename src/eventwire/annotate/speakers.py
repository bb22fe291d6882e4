"""Who said it: the speech cue of a quote, its speaker phrase, description, anonymity and pronouns.

Analysts weigh a report by its source, so a speaker is more than a name: "Lahib Higel, senior
analyst at ..." is a named source with a description, "an envoy who knows the file" an
anonymous one. Everything here reads the dependency parse of the article (no extra model).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Literal, cast

from spacy.tokens import Doc, Span, Token

from ..lang import Lexicon
from .nlp import doc_ents, doc_text, doc_tokens, entity_of, span_ents, token_sent

Gender = Literal["f", "m"]


@dataclass(frozen=True)
class SpeakerWords:
    """The words the speaker rules read, from the language's lexicon (`annotate/` lists)."""

    indirect_lemmas: frozenset[str]
    """Verbs that report what someone said or holds true, taking the content as a clause."""
    speech_lemmas: frozenset[str]
    """Verbs that can introduce or frame a direct quote (a fragment quote hangs on any of them)."""
    say_lemmas: frozenset[str]
    """The plain verbs of saying."""
    audience: frozenset[str]
    statement_nouns: frozenset[str]
    statement_prepositions: frozenset[str]
    """What a speaker speaks in ("said in a statement"): part of the cue."""
    unnamed_sources: frozenset[str]
    """Unnamed sources that are not people (documents, institutions): not anonymous."""
    female: frozenset[str]
    male: frozenset[str]
    relative: frozenset[str]
    phrase_breaks: frozenset[str]
    phrase_ends: tuple[tuple[str, str], ...]
    determiners: frozenset[str]
    singular_numbers: frozenset[str]
    pronoun_gender: dict[str, Gender]
    plural_pronouns: frozenset[str]
    singular_third: frozenset[str]
    plural_third: frozenset[str]
    source_lemma: str
    """The prepositional source cue ("according to"): its lemma, its form, its particle."""
    source_form: str
    source_particle: str

    @classmethod
    def of(cls, lexicon: Lexicon) -> SpeakerWords:
        return _speaker_words(lexicon)


@cache
def _speaker_words(lexicon: Lexicon) -> SpeakerWords:
    verbs = reporting_verbs(lexicon)
    pronouns = lexicon.table("annotate/pronouns")
    source = lexicon.table("annotate/source_preposition")[0]
    ends = []
    for phrase in lexicon.entries("annotate/phrase_end_phrases"):
        first, second = phrase.split()
        ends.append((first, second))
    return SpeakerWords(
        indirect_lemmas=verbs["say"] | verbs["clause"],
        speech_lemmas=verbs["say"] | verbs["clause"] | verbs["frame"],
        say_lemmas=verbs["say"],
        audience=lexicon.words("annotate/audience"),
        statement_nouns=lexicon.words("annotate/statement_nouns"),
        statement_prepositions=lexicon.words("annotate/statement_prepositions"),
        unnamed_sources=lexicon.words("annotate/document_nouns")
        | lexicon.words("annotate/institution_nouns"),
        female=lexicon.words("annotate/female_words"),
        male=lexicon.words("annotate/male_words"),
        relative=lexicon.words("annotate/relative_pronouns"),
        phrase_breaks=lexicon.words("annotate/phrase_breaks"),
        phrase_ends=tuple(ends),
        determiners=lexicon.words("annotate/determiners"),
        singular_numbers=lexicon.words("annotate/singular_numbers"),
        pronoun_gender={
            r["word"]: cast(Gender, r["gender"]) for r in pronouns if r["gender"] in ("f", "m")
        },
        plural_pronouns=frozenset(r["word"] for r in pronouns if r["number"] == "pl"),
        singular_third=frozenset(
            r["word"] for r in pronouns if r["number"] == "sg" and r["person"] == "3"
        ),
        plural_third=frozenset(
            r["word"] for r in pronouns if r["number"] == "pl" and r["person"] == "3"
        ),
        source_lemma=source["lemma"],
        source_form=source["form"],
        source_particle=source["particle"],
    )


def reporting_verbs(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The reporting verbs of a language by use (`say`, `clause`, `frame`): the one list every
    stage reads (`annotate/reporting_verbs.tsv`)."""
    by_use: dict[str, set[str]] = {"say": set(), "clause": set(), "frame": set()}
    for row in lexicon.table("annotate/reporting_verbs"):
        by_use.setdefault(row["use"], set()).add(row["lemma"])
    return {use: frozenset(lemmas) for use, lemmas in by_use.items()}


_MAX_NP_TOKENS = 14
_INNER_PUNCT = frozenset({"-", "'", "’", "&", "."})


@dataclass(frozen=True, slots=True)
class SpeakerInfo:
    """A speaker mention: offsets into the text, and what the phrase says about the source."""

    text: str
    start: int
    end: int
    description: str | None = None
    anonymous: bool = False
    plural: bool = False
    gender: Gender | None = None
    pronoun: bool = False
    person: bool = True


def _is_source_cue(tok: Token, words: SpeakerWords) -> bool:
    """ "according" (to): the prepositional source cue."""
    return tok.lemma_.lower() == words.source_lemma or tok.lower_ == words.source_form


def _source_particle(tok: Token, words: SpeakerWords) -> Token | None:
    return next((c for c in tok.children if c.lower_ == words.source_particle), None)


def _is_cue(tok: Token, words: SpeakerWords) -> bool:
    if _is_source_cue(tok, words):
        return any(c.lower_ == words.source_particle for c in tok.children)
    return tok.lemma_.lower() in words.speech_lemmas and tok.pos_ in ("VERB", "AUX")


def cue_for_quote(
    doc: Doc, span: Span, quote_tokens: set[int], words: SpeakerWords
) -> Token | None:
    """The speech verb a quote hangs on: up the parse from the quote, then down, then nearby."""
    inside = set(range(span.start, span.end))
    roots = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    for root in sorted(roots, key=lambda t: t.i):
        chain = _cue_chain(root, quote_tokens, words)
        if chain:
            # "said that the minister was working ..., citing “...”": a participle cue with no
            # subject of its own gives way to a reporting verb above it that has one.
            first = chain[0]
            if not _has_subject(first):
                higher = [
                    t for t in chain[1:] if _has_subject(t) and t.lemma_ in words.indirect_lemmas
                ]
                if higher:
                    return higher[0]
            return first
    for tok in span:
        for child in tok.children:
            if child.i not in quote_tokens and _is_cue(child, words):
                return child
    # Broken marks often break the parse too: take the nearest cue in the quote's own sentences,
    # within its paragraph and outside every quote.
    tokens = doc_tokens(doc)
    lo = token_sent(tokens[span.start]).start
    hi = token_sent(tokens[span.end - 1]).end
    best: tuple[int, Token] | None = None
    for tok in tokens[lo:hi]:
        if tok.i in quote_tokens or not _is_cue(tok, words):
            continue
        a, b = sorted((tok.idx, span.start_char if tok.i < span.start else span.end_char))
        if "\n" in doc_text(doc)[a:b]:
            continue
        dist = b - a
        if best is None or dist < best[0]:
            best = (dist, tok)
    return best[1] if best else None


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _cue_chain(root: Token, quote_tokens: set[int], words: SpeakerWords) -> list[Token]:
    """Cue verbs on the way up the parse from a quote's root, nearest first."""
    chain: list[Token] = []
    tok = root
    for _ in range(8):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.i in quote_tokens:
            break
        if _is_cue(tok, words):
            chain.append(tok)
    return chain


def cue_text(doc: Doc, cue: Token, words: SpeakerWords) -> str:
    """The cue as a phrase: "according to", "told reporters", "said in a statement"."""
    if _is_source_cue(cue, words):
        to = _source_particle(cue, words)
        return doc_text(doc)[cue.idx : to.idx + len(to)] if to is not None else cue.text
    extra: set[int] = set()
    for child in cue.children:
        if child.dep_ == "prt":
            extra.add(child.i)
        elif child.dep_ in ("dobj", "dative", "obj") and child.lower_ in words.audience:
            extra.update(t.i for t in child.subtree)
        elif child.dep_ == "prep" and child.lower_ in words.statement_prepositions:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in words.statement_nouns:
                extra.update(t.i for t in child.subtree)
    end = cue.i
    while end + 1 in extra:
        end += 1
    last = doc[end]
    return doc_text(doc)[cue.idx : last.idx + len(last)]


def speaker_for_cue(
    doc: Doc, cue: Token, quote_tokens: set[int], words: SpeakerWords
) -> SpeakerInfo | None:
    """The local speaker mention of a cue (a pronoun stays a pronoun; see `SpeakerTracker`)."""
    head = _speaker_head(cue, quote_tokens, words)
    if head is None or head.i in quote_tokens:
        return None
    return describe(doc, head, words, quote_tokens)


def _speaker_head(cue: Token, quote_tokens: set[int], words: SpeakerWords) -> Token | None:
    if _is_source_cue(cue, words):
        to = _source_particle(cue, words)
        if to is None:
            return None
        return next((c for c in to.children if c.dep_ == "pobj"), None)
    verb = cue
    for _ in range(5):
        subj = [
            c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in quote_tokens
        ]
        if subj:
            head = subj[0]
            if head.lower_ in words.relative and verb.dep_ == "relcl":
                return verb.head
            return head
        if verb.dep_ in ("xcomp", "conj", "advcl", "acl") and verb.head.i != verb.i:
            if verb.dep_ == "acl":
                return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None
            verb = verb.head
            continue
        break
    for child in cue.rights:
        if (
            child.dep_ in ("dobj", "attr", "npadvmod", "dep", "obj", "oprd", "appos")
            and child.pos_ in ("NOUN", "PROPN")
            and child.i not in quote_tokens
            and child.lower_ not in words.audience
        ):
            return child
    return None


def _entity_at(doc: Doc, tok: Token) -> Span | None:
    if not tok.ent_type_:
        return None
    return entity_of(tok)


def _np_bounds(head: Token, quote_tokens: set[int], words: SpeakerWords) -> tuple[int, int]:
    """Token range of the speaker phrase: left modifiers, the head, and its short right modifiers
    (prepositions, "familiar with ...", "who works with ..."), stopping at an apposition, a comma,
    a subordinate clause ("because he feared ...") or "on condition of anonymity"."""
    doc = head.doc
    left = head.i
    for child in head.lefts:
        if child.dep_ in ("punct", "cc", "preconj") or child.i in quote_tokens:
            continue
        left = min(left, child.left_edge.i)
    right = head.i
    i = head.i + 1
    limit = min(head.right_edge.i, head.i + _MAX_NP_TOKENS)
    while i <= limit:
        tok = doc[i]
        if (
            tok.dep_ in ("appos", "cc")
            or (tok.is_punct and tok.text not in _INNER_PUNCT)
            or tok.i in quote_tokens
            or tok.lower_ in words.phrase_breaks
            or (i + 1 < len(doc) and (tok.lower_, doc[i + 1].lower_) in words.phrase_ends)
            or tok.is_space
        ):
            break
        right = i
        i += 1
    while left < head.i and (
        doc[left].is_punct or doc[left].is_space or doc[left].i in quote_tokens
    ):
        left += 1
    return left, right


def describe(
    doc: Doc, head: Token, words: SpeakerWords, quote_tokens: set[int] | None = None
) -> SpeakerInfo:
    """Speaker phrase around `head`: the name if there is one, else the phrase as an anonymous
    source; the description is the apposition, the title before the name, or the phrase itself."""
    qt = quote_tokens or set()
    if head.pos_ == "PRON":
        low = head.lower_
        gender: Gender | None = words.pronoun_gender.get(low)
        return SpeakerInfo(
            text=head.text,
            start=head.idx,
            end=head.idx + len(head),
            plural=low in words.plural_pronouns,
            gender=gender,
            pronoun=True,
        )
    left, right = _np_bounds(head, qt, words)
    phrase = doc[left : right + 1]
    written = {t.lower_ for t in phrase}
    gender = "f" if written & words.female else "m" if written & words.male else None
    appos = next((c for c in head.rights if c.dep_ == "appos" and c.i not in qt), None)
    person = _person_in(doc, head, phrase, appos)
    plural = head.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "nummod" and c.lower_ not in words.singular_numbers for c in head.lefts
    )
    if person is not None:
        description = None
        if appos is not None and not (person.start <= appos.i < person.end):
            if appos.i > person.end - 1:
                a_left, a_right = _np_bounds(appos, qt, words)
                description = _strip_determiner(doc[a_left : a_right + 1], words).text
            else:  # "the spokesman, John Smith": the head phrase describes the person
                description = _strip_determiner(phrase, words).text
        elif person.start > left:
            description = _strip_determiner(doc[left : person.start], words).text or None
        else:
            relcl = next((c for c in head.rights if c.dep_ == "relcl"), None)
            if relcl is not None:
                r_left, r_right = _np_bounds(relcl, qt, words)
                rel = doc[relcl.left_edge.i : r_right + 1]
                description = rel.text if len(rel) <= _MAX_NP_TOKENS else None
        return SpeakerInfo(
            text=person.text,
            start=person.start_char,
            end=person.end_char,
            description=description or None,
            anonymous=False,
            plural=False,
            gender=gender,
        )
    ent = _entity_at(doc, head)
    if (ent is not None and ent.label_ in ("ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART")) or (
        head.pos_ == "PROPN" and (ent is None or ent.label_ != "NORP")
    ):
        name = ent if ent is not None else phrase
        name = _strip_determiner(name, words) if len(name) > 1 else name
        desc = None
        if appos is not None:
            a_left, a_right = _np_bounds(appos, qt, words)
            desc = _strip_determiner(doc[a_left : a_right + 1], words).text
        return SpeakerInfo(
            text=name.text,
            start=name.start_char,
            end=name.end_char,
            description=desc,
            anonymous=False,
            plural=plural,
            gender=gender,
            person=False,
        )
    is_document = head.lemma_.lower() in words.unnamed_sources
    description = _strip_determiner(phrase, words).text
    return SpeakerInfo(
        text=phrase.text,
        start=phrase.start_char,
        end=phrase.end_char,
        description=description or None,
        anonymous=not is_document,
        plural=plural,
        gender=gender,
        person=not is_document,
    )


def _person_in(doc: Doc, head: Token, phrase: Span, appos: Token | None) -> Span | None:
    """The PERSON name the speaker phrase holds: at the head, in the phrase, or in apposition."""
    ent = _entity_at(doc, head)
    if ent is not None and ent.label_ == "PERSON":
        return ent
    people = [e for e in span_ents(phrase) if e.label_ == "PERSON" and e.end - 1 >= head.i - 3]
    if people and head.pos_ == "PROPN":
        return people[-1]
    if appos is not None and head.pos_ == "NOUN":
        app = _entity_at(doc, appos)
        if app is not None and app.label_ == "PERSON":
            return app
    return None


def _strip_determiner(span: Span, words: SpeakerWords) -> Span:
    """ "A State Department spokeswoman" -> "State Department spokeswoman", "two US officials" ->
    "US officials": the description of a source, not the count of them."""
    doc = span.doc
    a = span.start
    while a < span.end and (
        doc[a].dep_ in ("det", "predet", "nummod")
        or doc[a].is_punct
        or doc[a].lower_ in words.determiners
    ):
        a += 1
    return doc[a : span.end] if a < span.end else span


class SpeakerTracker:
    """Earlier speakers of a document, to resolve "she said" and "Higel said" to a full mention."""

    def __init__(self, doc: Doc, words: SpeakerWords) -> None:
        self.doc = doc
        self.words = words
        self.history: list[SpeakerInfo] = []
        self.people = [e for e in doc_ents(doc) if e.label_ == "PERSON"]

    def remember(self, speaker: SpeakerInfo) -> None:
        if not speaker.pronoun:
            self.history.append(speaker)

    def resolve(self, found: SpeakerInfo) -> SpeakerInfo:
        """A pronoun or a bare surname replaced by the last earlier speaker that fits it."""
        if found.pronoun:
            low = found.text.lower()
            if low in self.words.singular_third:
                for prev in reversed(self.history):
                    if prev.start < found.start and not prev.plural and prev.person:
                        if prev.gender is None or prev.gender == found.gender:
                            return replace(prev, gender=prev.gender or found.gender)
                ent = next((e for e in reversed(self.people) if e.end_char <= found.start), None)
                if ent is not None:
                    return describe(self.doc, ent.root, self.words)
            elif low in self.words.plural_third:
                for prev in reversed(self.history):
                    if prev.start < found.start and (prev.plural or not prev.person):
                        return prev
            return found
        if found.person and not found.anonymous and " " not in found.text.strip():
            surname = found.text.strip().lower()
            for prev in reversed(self.history):
                words = prev.text.lower().split()
                if len(words) > 1 and words[-1] == surname and prev.start < found.start:
                    return prev
            for ent in self.people:
                words = ent.text.lower().split()
                if ent.end_char <= found.start and len(words) > 1 and words[-1] == surname:
                    return describe(self.doc, ent.root, self.words)
        return found
