"""Who said it: the speech cue of a quote, its speaker phrase, description, anonymity and pronouns.

Analysts weigh a report by its source, so a speaker is more than a name: "Lahib Higel, senior
analyst at ..." is a named source with a description, "an envoy who knows the file" an
anonymous one. Everything here reads the dependency parse of the article (no extra model).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from spacy.tokens import Doc, Span, Token

from .nlp import doc_text, entity_of

Gender = Literal["f", "m"]

INDIRECT_LEMMAS = frozenset(
    """say tell add state claim warn argue announce report note explain insist confirm deny
    suggest acknowledge admit predict allege indicate believe think write declare assert contend
    estimate reveal testify maintain complain emphasize emphasise stress concede promise vow recall
    reiterate tweet respond reply conclude caution disclose signal""".split()
)
"""Verbs that report what someone said or holds true, taking the content as a clause."""

SPEECH_LEMMAS = INDIRECT_LEMMAS | frozenset(
    """ask call describe quip joke remark comment observe boast pledge repeat underscore charge
    accuse mention point quote read shout yell scream whisper proclaim express lament praise
    criticize criticise blast slam tout retort counter muse wonder offer put chant post continue
    urge demand recount answer plead exclaim cite label term dub brand deride dismiss mock hail
    tell""".split()
)
"""Verbs that can introduce or frame a direct quote (a fragment quote hangs on any of them)."""

AUDIENCE = frozenset(
    "reporters journalists press media audience crowd supporters lawmakers us them".split()
)
STATEMENT_NOUNS = frozenset(
    "statement interview email e-mail tweet post release speech letter briefing conference".split()
)
DOCUMENT_NOUNS = frozenset(
    """statement report letter document memo poll survey study release filing complaint lawsuit
    ruling order tweet post website article story newspaper paper magazine book ad advertisement
    video email headline editorial column analysis paper sign banner""".split()
)
"""Unnamed sources that are not people: unnamed, but not anonymous in the journalistic sense."""

_FEMALE = frozenset(
    """spokeswoman woman chairwoman congresswoman businesswoman mother wife daughter sister
    grandmother girl lady queen ms. ms mrs. mrs she her""".split()
)
_MALE = frozenset(
    """spokesman man chairman congressman businessman father husband son brother grandfather
    boy king mr. mr he him""".split()
)
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_NP_STOP = frozenset({"because", "as", "while", "when", "after", "before", "since", "although"})
_MAX_NP_TOKENS = 14
_INNER_PUNCT = frozenset({"-", "'", "’", "&", "."})
INSTITUTION_NOUNS = frozenset(
    """government ministry department military army navy police agency embassy court company
    administration party committee council parliament congress senate house office commission
    campaign coalition firm organization organisation group bank union cabinet presidency
    regime authority authorities""".split()
)
"""Unnamed institutions ("the US government"): a collective source, not an anonymous one."""


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


def _is_cue(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma == "accord" or tok.lower_ == "according":
        return any(c.lower_ == "to" for c in tok.children)
    return lemma in SPEECH_LEMMAS and tok.pos_ in ("VERB", "AUX")


def cue_for_quote(doc: Doc, span: Span, quote_tokens: set[int]) -> Token | None:
    """The speech verb a quote hangs on: up the parse from the quote, then down, then nearby."""
    inside = set(range(span.start, span.end))
    roots = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    for root in sorted(roots, key=lambda t: t.i):
        chain = _cue_chain(root, quote_tokens)
        if chain:
            # "said that the minister was working ..., citing “...”": a participle cue with no
            # subject of its own gives way to a reporting verb above it that has one.
            first = chain[0]
            if not _has_subject(first):
                higher = [t for t in chain[1:] if _has_subject(t) and t.lemma_ in INDIRECT_LEMMAS]
                if higher:
                    return higher[0]
            return first
    for tok in span:
        for child in tok.children:
            if child.i not in quote_tokens and _is_cue(child):
                return child
    # Broken marks often break the parse too: take the nearest cue in the quote's own sentences,
    # within its paragraph and outside every quote.
    lo = doc[span.start].sent.start
    hi = doc[span.end - 1].sent.end
    best: tuple[int, Token] | None = None
    for tok in doc[lo:hi]:
        if tok.i in quote_tokens or not _is_cue(tok):
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


def _cue_chain(root: Token, quote_tokens: set[int]) -> list[Token]:
    """Cue verbs on the way up the parse from a quote's root, nearest first."""
    chain: list[Token] = []
    tok = root
    for _ in range(8):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.i in quote_tokens:
            break
        if _is_cue(tok):
            chain.append(tok)
    return chain


def cue_text(doc: Doc, cue: Token) -> str:
    """The cue as a phrase: "according to", "told reporters", "said in a statement"."""
    if cue.lemma_.lower() == "accord" or cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        return doc_text(doc)[cue.idx : to.idx + len(to)] if to is not None else cue.text
    extra: set[int] = set()
    for child in cue.children:
        if child.dep_ == "prt":
            extra.add(child.i)
        elif child.dep_ in ("dobj", "dative", "obj") and child.lower_ in AUDIENCE:
            extra.update(t.i for t in child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "in":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in STATEMENT_NOUNS:
                extra.update(t.i for t in child.subtree)
    end = cue.i
    while end + 1 in extra:
        end += 1
    last = doc[end]
    return doc_text(doc)[cue.idx : last.idx + len(last)]


def speaker_for_cue(doc: Doc, cue: Token, quote_tokens: set[int]) -> SpeakerInfo | None:
    """The local speaker mention of a cue (a pronoun stays a pronoun; see `SpeakerTracker`)."""
    head = _speaker_head(cue, quote_tokens)
    if head is None or head.i in quote_tokens:
        return None
    return describe(doc, head, quote_tokens)


def _speaker_head(cue: Token, quote_tokens: set[int]) -> Token | None:
    if cue.lemma_.lower() == "accord" or cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
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
            if head.lower_ in _RELATIVE and verb.dep_ == "relcl":
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
            and child.lower_ not in AUDIENCE
        ):
            return child
    return None


def _entity_at(doc: Doc, tok: Token) -> Span | None:
    if not tok.ent_type_:
        return None
    return entity_of(tok)


def _np_bounds(head: Token, quote_tokens: set[int]) -> tuple[int, int]:
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
            or tok.lower_ in _NP_STOP
            or (tok.lower_ == "on" and i + 1 < len(doc) and doc[i + 1].lower_ == "condition")
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


def describe(doc: Doc, head: Token, quote_tokens: set[int] | None = None) -> SpeakerInfo:
    """Speaker phrase around `head`: the name if there is one, else the phrase as an anonymous
    source; the description is the apposition, the title before the name, or the phrase itself."""
    qt = quote_tokens or set()
    if head.pos_ == "PRON":
        low = head.lower_
        gender: Gender | None = (
            "f" if low in ("she", "her") else "m" if low in ("he", "him") else None
        )
        return SpeakerInfo(
            text=head.text,
            start=head.idx,
            end=head.idx + len(head),
            plural=low in ("they", "we", "them", "us"),
            gender=gender,
            pronoun=True,
        )
    left, right = _np_bounds(head, qt)
    phrase = doc[left : right + 1]
    words = {t.lower_ for t in phrase}
    gender = "f" if words & _FEMALE else "m" if words & _MALE else None
    appos = next((c for c in head.rights if c.dep_ == "appos" and c.i not in qt), None)
    person = _person_in(doc, head, phrase, appos)
    plural = head.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in head.lefts
    )
    if person is not None:
        description = None
        if appos is not None and not (person.start <= appos.i < person.end):
            if appos.i > person.end - 1:
                a_left, a_right = _np_bounds(appos, qt)
                description = _strip_determiner(doc[a_left : a_right + 1]).text
            else:  # "the spokesman, John Smith": the head phrase describes the person
                description = _strip_determiner(phrase).text
        elif person.start > left:
            description = _strip_determiner(doc[left : person.start]).text or None
        else:
            relcl = next((c for c in head.rights if c.dep_ == "relcl"), None)
            if relcl is not None:
                r_left, r_right = _np_bounds(relcl, qt)
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
        name = _strip_determiner(name) if len(name) > 1 else name
        desc = None
        if appos is not None:
            a_left, a_right = _np_bounds(appos, qt)
            desc = _strip_determiner(doc[a_left : a_right + 1]).text
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
    is_document = head.lemma_.lower() in DOCUMENT_NOUNS | INSTITUTION_NOUNS
    description = _strip_determiner(phrase).text
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
    people = [e for e in phrase.ents if e.label_ == "PERSON" and e.end - 1 >= head.i - 3]
    if people and head.pos_ == "PROPN":
        return people[-1]
    if appos is not None and head.pos_ == "NOUN":
        app = _entity_at(doc, appos)
        if app is not None and app.label_ == "PERSON":
            return app
    return None


def _strip_determiner(span: Span) -> Span:
    """ "A State Department spokeswoman" -> "State Department spokeswoman", "two US officials" ->
    "US officials": the description of a source, not the count of them."""
    doc = span.doc
    a = span.start
    while a < span.end and (
        doc[a].dep_ in ("det", "predet", "nummod")
        or doc[a].is_punct
        or doc[a].lower_ in ("a", "an", "the")
    ):
        a += 1
    return doc[a : span.end] if a < span.end else span


class SpeakerTracker:
    """Earlier speakers of a document, to resolve "she said" and "Higel said" to a full mention."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.history: list[SpeakerInfo] = []
        self.people = [e for e in doc.ents if e.label_ == "PERSON"]

    def remember(self, speaker: SpeakerInfo) -> None:
        if not speaker.pronoun:
            self.history.append(speaker)

    def resolve(self, found: SpeakerInfo) -> SpeakerInfo:
        """A pronoun or a bare surname replaced by the last earlier speaker that fits it."""
        if found.pronoun:
            low = found.text.lower()
            if low in ("he", "she", "him", "her"):
                for prev in reversed(self.history):
                    if prev.start < found.start and not prev.plural and prev.person:
                        if prev.gender is None or prev.gender == found.gender:
                            return replace(prev, gender=prev.gender or found.gender)
                ent = next((e for e in reversed(self.people) if e.end_char <= found.start), None)
                if ent is not None:
                    return describe(self.doc, ent.root)
            elif low in ("they", "them"):
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
                    return describe(self.doc, ent.root)
        return found
