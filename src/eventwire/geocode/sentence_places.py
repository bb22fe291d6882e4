"""An event's place from its sentence's names, read together against the project's gazetteer.

Conflict reports name small villages ("Morvana town in Korindi countryside", "Dolna village
(Varnok, Kamboro)") that a general geocoder may not take as places, and a geocoder reading a
name alone picks the best-known "San Juan" where "(Buenos Aires)" beside it says otherwise. So the
sentence's capitalised names and the geocoder's places are looked up with all their readings and
vote: the country most of them (and the event's actors and the article's other places) agree on
wins, and within it the most specific place whose divisions are also named, else the best cued one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.attrs import IDX

from ..annotate.nlp import (
    doc_ents,
    doc_sents,
    doc_text,
    doc_tokens,
    entity_of,
    token_heads,
    token_words,
)
from ..records import Place
from .gazetteer import normalise
from .place_votes import VoteMemo, _Name, _vote
from .place_words import PlaceWords

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .gazetteer import Entry, Gazetteer

ARGUMENT_DEPS = {"nsubj"}
# (a nationality word is not a place, but the parser also tags towns so: "in Aleppo countryside")
SKIP_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# Names the parser took for something else count only after a place cue ("in", a comma).
NEEDS_CUE = {"PERSON", "ORG", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT"}
# Confidence of a gazetteer place: confirmed by its divisions, or only the best guess.
SETTLED, GUESSED = 0.6, 0.4
_LEVEL = {"country": 0, "admin1": 1, "admin2": 2, "city": 3, "landmark": 3}
_DEMONYM = 3
_ABBREVIATION = 2
_DIVISION = 4  # a second-level division's bare name ("Soum"), read only where written as one
# The parts of speech a one-word name may have ("Kabul" as a noun, "Mosul" as a verb).
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "VERB"})


# a division's code written with an ampersand ("J&K", "AJ&K"): one token, not alphabetic
_AMPERSAND_CODE = re.compile(r"^[A-Z]{1,3}&[A-Z]{1,3}$")


_GeoKept = tuple[tuple[object, ...], "_Name"]
"""A name read with a geocoder's place, kept with the objects it was made of (`_geo_name`)."""

WholeAnswer = tuple[str, Place | None] | None
"""The country the whole text's names agree on and its best place there, or None."""

POSSESSIVE = re.compile(r"['\u2019]s\s+(\w+)")


def kin_owner(text: str, end: int, vocab: PlaceWords) -> bool:
    """The name ending at `end` owns a person's kin ("Hale's grandmother"): a person's name."""
    found = POSSESSIVE.match(text, end)
    return found is not None and found.group(1).lower() in vocab.kin_nouns


def _is_cap(token: Token) -> bool:
    # every way starts with a capital (the code's too): most words are told by that alone
    text = token.text
    if not text[:1].isupper():
        return False
    return token.is_alpha or "-" in text or _AMPERSAND_CODE.match(text) is not None


_CAPS_KEPT = 4
"""Parses whose `_caps` are kept (as `annotate/nlp.doc_tokens` keeps their Tokens)."""
_caps_of: dict[Doc, tuple[bool, ...]] = {}


def _caps(doc: Doc) -> tuple[bool, ...]:
    """`_is_cap` of every token of the parse, read once per parse: a token whose text opens
    with no capital (most) is told by the parse's text at its offset, no Token's text read
    (perf23). Kept by the Doc itself, as `annotate/nlp.doc_tokens` keeps (perf28)."""
    try:
        return _caps_of[doc]
    except KeyError:
        pass
    if len(_caps_of) >= _CAPS_KEPT:
        _caps_of.clear()
    full, tokens = doc_text(doc), doc_tokens(doc)
    starts = doc.to_array([IDX]).tolist() if len(doc) else []
    caps = _caps_of[doc] = tuple(
        full[start].isupper() and _is_cap(token)
        for start, token in zip(starts, tokens, strict=True)
    )
    return caps


def _joins(sent: Span, j: int) -> bool:
    """A hyphen inside a name, with no space on either side ("Nord-Kivu", "Baden-Wurttemberg",
    "Le Puy-en-Velay": a lower-case word only between two hyphens)."""
    doc = doc_tokens(sent.doc)
    if not (
        j + 1 < sent.end
        and doc[j].text == "-"
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
    ):
        return False
    nxt = doc[j + 1]
    if _is_cap(nxt):
        return True
    return (
        nxt.is_alpha
        and nxt.is_lower
        and len(nxt) <= 4
        and j + 3 < sent.end
        and doc[j + 2].text == "-"
        and not nxt.whitespace_
        and not doc[j + 2].whitespace_
    )


def _runs(sent: Span, *, vocab: PlaceWords) -> Iterator[tuple[int, int]]:
    """Token index ranges of capitalised runs, particles allowed inside ("Deir ez Zor")."""
    doc, i, end = doc_tokens(sent.doc), sent.start, sent.end
    caps = _caps(sent.doc)
    while i < end:
        if not caps[i] or doc[i].ent_type_ in SKIP_ENTS:
            i += 1
            continue
        j = i + 1
        while j < end:
            nxt = doc[j]
            if caps[j] and nxt.ent_type_ not in SKIP_ENTS:
                j += 1
            elif _joins(sent, j):
                j += 2
            elif (
                nxt.lower_ in vocab.place_particles
                and j + 1 < end
                and caps[j + 1]
                and doc[j + 1].ent_type_ not in SKIP_ENTS
            ):
                j += 2
            else:
                break
        yield i, j
        i = j


def _actor_here(span: Span, sent: Span, text: str, *, vocab: PlaceWords) -> bool:
    """An actor's name read as the actor, not as a place: not after "in", bracketed, listed,
    a division's or a dateline's."""
    return (
        not _after_in(span, sent, vocab=vocab)
        and not _bracketed(span, sent, vocab=vocab)
        and not _listed(span, sent, vocab=vocab)  # "Zmiivka village, Kherson"
        and not _division(span, vocab=vocab)
        and not text.isupper()  # a dateline's "PLATTE, S.D."
    )


def _may_be_place(span: Span, sent_start: int, *, vocab: PlaceWords) -> bool:
    """False for a title ("Secretary"), a capitalised common word opening the sentence, and a
    piece of a person's or organisation's name ("Washington" in "Washington Post")."""
    doc = doc_tokens(span.doc)
    first = doc[span.start]
    if len(span) == 1 and first.lower_.rstrip(".") in vocab.titles:
        # a multi-word name may hold a title ("Imam Sahib", "Sheikh Zuweid")
        return False
    # (a one-word span is its own root; the head's part of speech read from the parse's tables:
    # no Token made, perf34)
    root = first if len(span) == 1 else span.root
    head_pos = token_words(span.doc)[1][token_heads(span.doc)[root.i]]
    if root.dep_ in ARGUMENT_DEPS and head_pos in {"VERB", "AUX"}:
        # "Norway will recall its envoy": the subject acts (an object is often
        # the place attacked: "shelled Pryvitne", "Pryvitne was shelled")
        return False
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and not doc[span.end].whitespace_
        and doc[span.end + 1].is_lower
    ):
        # "Iran-backed", "US-led", "Washington-based": who, not where
        return False
    dateline = first.is_upper and span.end < len(doc) and doc[span.end].text == ","
    if len(span) == 1 and first.i == sent_start and first.pos_ != "PROPN" and not dateline:
        # (but "PLATTE, S.D. --" opens with its dateline)
        return False
    # "(Bijapur, Chhattisgarh)": the parser often takes a bracketed list of divisions for an
    # organisation; inside brackets or after a comma the names are places again
    cued = span.start > sent_start and (
        doc[span.start - 1].lower_ in vocab.place_prepositions
        or doc[span.start - 1].text in {"(", ","}
    )
    if first.ent_type_ in {"PERSON", "ORG"}:
        ent = entity_of(first)
        partial = ent is not None and (ent.start != span.start or ent.end != span.end)
        if partial and not cued:
            return False
        if (
            partial
            and ent is not None
            and ent.label_ == "PERSON"
            and ent.start == span.start
            and doc[span.start - 1].text == ","
            and doc[span.end].lower_ not in vocab.name_goes_on | vocab.division_nouns
        ):
            # "The minister, Grace Otieno of Kenya,": after a comma, the first name of a
            # person named in full is no listed division (actors45); "(Sittwe district,
            # Rakhine State)" taken for a person is one still
            return False
    return True


def _institution(span: Span, sent: Span, *, vocab: PlaceWords) -> bool:
    """ "the Ministry of *Justice*", "Department of *Defense*": part of an institution's name."""
    doc = doc_tokens(span.doc)
    a = span.start
    return (
        a - 2 >= sent.start
        and doc[a - 1].lower_ in vocab.key.genitive_preps
        and doc[a - 2].lower_ in vocab.institution_heads
        and doc[a - 2].text[:1].isupper()
    )


def _street(span: Span, sent: Span, *, vocab: PlaceWords) -> bool:
    """The name is of a street, a neighbourhood, a building or an organisation named after a
    place: the event is in the town that holds it, named elsewhere."""
    doc = doc_tokens(span.doc)
    after = doc[span.end] if span.end < sent.end else None
    if after is not None and after.lower_ in vocab.sublocal_after:
        return True
    # "Colon and Canada Streets": the last of a pair of names
    if (
        after is not None
        and after.lower_ in vocab.key.and_words
        and span.end + 2 < sent.end
        and doc[span.end + 2].lower_ in vocab.sublocal_after
    ):
        return True
    if doc[span.start].lower_ in vocab.sublocal_before:
        return True
    before = doc[span.start - 1] if span.start > sent.start else None
    return before is not None and before.lower_ in vocab.sublocal_before


def _route(run: Span, sent: Span, *, vocab: PlaceWords) -> bool:
    """ "the Kabul-Kandahar highway": the towns a road joins are not where on it the event was."""
    doc = doc_tokens(run.doc)
    return (
        any(t.text == "-" for t in doc[run.start : run.end])
        and run.end < sent.end
        and doc[run.end].lower_ in vocab.route_words
    )


def _division(span: Span, *, vocab: PlaceWords) -> bool:
    """ "Mykolaiv region", "Aleppo countryside": the name is a place whatever the parser says."""
    doc = doc_tokens(span.doc)
    return span.end < len(doc) and doc[span.end].lower_ in vocab.division_nouns


def _person_here(span: Span, sent: Span, *, vocab: PlaceWords) -> bool:
    """The parser tags the name as a person here, and no place word comes before it."""
    doc = doc_tokens(span.doc)
    if doc[span.start].ent_type_ != "PERSON":
        return False
    return not (span.start > sent.start and doc[span.start - 1].lower_ in vocab.strong_place_cues)


def _listed(span: Span, sent: Span, *, vocab: PlaceWords) -> bool:
    """The name follows a place's name and a comma ("Zarichne, Zaporizhia") or stands in the
    brackets after one: how reports give a place's divisions."""
    doc = doc_tokens(span.doc)
    a = span.start
    if a - 2 >= sent.start and doc[a - 1].text == ",":
        # "Zarichne, Zaporizhia", "Andarab district, Baghlan"
        if _is_cap(doc[a - 2]) or doc[a - 2].lower_ in vocab.division_nouns:
            return True
    return doc[a - 1].text in {"(", ","} and _bracketed(span, sent, vocab=vocab)


def _after_in(span: Span, sent: Span, *, vocab: PlaceWords) -> bool:
    """ "protested in Den Haag": after "in" a name the parser took for a person's is a place
    ("in Pompeo's view" is not)."""
    doc = doc_tokens(span.doc)
    before = doc[span.start - 1].lower_ if span.start > sent.start else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    return before in vocab.inside_prepositions and after not in {"'s", "’s"}


def _bracketed(span: Span, sent: Span, *, vocab: PlaceWords) -> bool:
    """The name is in the divisions bracketed after a place ("Bunyikhu (Ikolomani, Kakamega)",
    "Bhattiguda village (Bijapur, Chhattisgarh)"), where the parser's guess that it names a
    person or an organisation does not hold."""
    doc = doc_tokens(span.doc)
    i = span.start - 1
    while i > sent.start and doc[i].text not in {"(", ")"}:
        if doc[i].is_alpha and not (
            doc[i].text[:1].isupper() or doc[i].lower_ in vocab.place_particles
        ):
            return False
        i -= 1
    # after a place, or after a bracketed note on it ("Dolna (coded to Varnok) (Kamboro, Sud)")
    return i > sent.start and doc[i].text == "(" and (doc[i - 1].is_alpha or doc[i - 1].text == ")")


def _hyphen_piece(span: Span, i: int, j: int) -> bool:
    """A piece of a hyphenated name ("Mayo" of "Mayo-Sava", "Croix" of "Croix-des-Bouquets")
    is no name of its own; "Hong Kong - Wan Chai", spaced, is two."""
    doc = doc_tokens(span.doc)
    a, b = span.start, span.end
    after = b < j and doc[b].text == "-" and not doc[b - 1].whitespace_
    before = a > i and doc[a - 1].text == "-" and not doc[a - 1].whitespace_
    return after or before


def _generic_piece(low: str, *, vocab: PlaceWords) -> bool:
    """A piece of a longer capitalised name that is only a generic word ("Federal" of "The
    Federal Minister", "Central" of "Central Bank"): it describes, it names no place."""
    words = low.split()
    if words[:1] and words[0] in vocab.key.definite_articles:
        words = words[1:]
    return len(words) == 1 and words[0] in vocab.generic_words


def _sub_runs(i: int, j: int) -> Iterator[tuple[int, int]]:
    """The run itself, then shorter pieces (longest first) when the whole is unknown."""
    if j - i > 4:
        yield i, j  # a long hyphenated name ("Saint-Maximin-la-Sainte-Baume") is one
    for width in range(min(j - i, 4), 0, -1):
        for a in range(i, j - width + 1):
            yield a, a + width


class SentencePlaces:
    """Gazetteer look-ups of an event sentence's names; one per worker (holds the index)."""

    def __init__(self, gazetteer: Gazetteer, words: PlaceWords | None = None) -> None:
        """`words`: the language's place words (English by default)."""
        self.gazetteer = gazetteer
        self.words = words if words is not None else PlaceWords.english()
        # the last text's country: every event of an article asks for it
        # the last document's answers to `whole`, one per list of places asked with (a short list,
        # searched by equality: a tuple of the same places compares by identity, no hashing)
        self._memo: (
            tuple[
                Doc,
                list[tuple[tuple[tuple[Place, ...], tuple[str, ...], frozenset[int]], WholeAnswer]],
            ]
            | None
        ) = None
        # every event of an article looks up the same names again: keep the recent answers
        self._cached_entries = lru_cache(maxsize=8192)(self._read_entries)
        # the last document's sentence names read with no actor (`whole` reads every sentence;
        # each event then reads its own again), with the lower-cased pieces the reading checked
        self._names_memo: tuple[Doc, dict[tuple[int, int], tuple[list[_Name], set[str]]]] | None
        self._names_memo = None
        # the last document's sentence names read with actors, by the actors (`names`)
        self._actors_memo: dict[tuple[tuple[int, int], frozenset[str]], tuple[Doc, list[_Name]]]
        self._actors_memo = {}
        # the last document's names as each vote reads them (`place_votes._vote`), and its names
        # read with a geocoder's place (`_all_names`), the same objects for every event: an
        # event's sentence votes with the names the whole text voted with (perf35)
        self._doc_memo: tuple[Doc, VoteMemo, dict[tuple[int, ...], _GeoKept]] | None
        self._doc_memo = None
        # the last document's sentences, their starts, and `whole`'s names of each sentence
        # per places asked with (`_sentence_told`)
        self._sents_memo: (
            tuple[
                Doc,
                list[Span],
                list[int],
                dict[
                    tuple[int, int],
                    list[tuple[tuple[Place, ...], tuple[list[_Name], frozenset[int]]]],
                ],
            ]
            | None
        ) = None

    def _memos(self, doc: Doc) -> tuple[VoteMemo, dict[tuple[int, ...], _GeoKept]]:
        """The document's vote memo and its names read with a place (`_doc_memo`)."""
        if self._doc_memo is None or self._doc_memo[0] is not doc:
            self._doc_memo = (doc, {}, {})
        return self._doc_memo[1], self._doc_memo[2]

    def readings(self, name: str) -> int:
        """How many places of the gazetteer bear the name (the towns, divisions and countries
        it may be)."""
        return len(self._entries(name))

    def _entries(self, text: str) -> tuple[Entry, ...]:
        return self._cached_entries(text)

    def _read_entries(self, text: str) -> tuple[Entry, ...]:
        entries = self.gazetteer.lookup(text, limit=30)
        if not entries:
            return ()  # (most names: a person's, an organisation's; every branch below gives ())
        upper = text.isupper()
        if upper and len(text.replace(".", "")) <= 5:
            # an acronym ("BJP", "ADF", "WASA") names an organisation, not a town that happens
            # to have it as an alternate name; only a country's or province's code ("KPK") counts
            return tuple(
                e
                for e in entries
                if e.country and e.kind == _ABBREVIATION and e.feature in {"country", "admin1"}
            )
        if normalise(text) in self.words.world_regions or any(
            e.feature == "landmark" and e.country is None and e.kind == 0 for e in entries
        ):
            # a world region ("the Middle East") is no town of its name: only a province so
            # named ("Sahel") is a place of one country
            return tuple(e for e in entries if e.feature == "admin1" and e.kind == 0 and e.country)
        kept = tuple(
            e
            for e in entries
            if e.country and e.kind != _DEMONYM and (e.kind != _ABBREVIATION or upper)
        )
        if any(e.feature == "country" and e.kind == 0 for e in kept):
            # a country's own name ("Russia", "Ukraine") is that country (or a province so
            # named, "Georgia"), not a town so named or so nicknamed
            return tuple(e for e in kept if e.kind == 0 and e.feature in {"country", "admin1"})
        return kept

    def names(self, sent: Span, is_actor: Iterable[str] = ()) -> list[_Name]:
        """The sentence's capitalised names that the gazetteer knows, longest reading first.

        Read once per sentence with no actor and kept for the document: an actor's name changes
        the reading only when it is one of the pieces checked, else the reading is the same; a
        reading with actors is kept by its actors (the events of a sentence name the same
        actors: perf35). (Not by the actors among the pieces checked with none: an actor's name
        taken out of a run lets pieces be checked that a place read there had covered.)"""
        actors = {a.lower() for a in is_actor}
        doc = sent.doc
        if self._names_memo is None or self._names_memo[0] is not doc:
            self._names_memo = (doc, {})
            self._actors_memo = {}
        memo = self._names_memo[1]
        key = (sent.start, sent.end)
        if key not in memo:
            lows: set[str] = set()
            memo[key] = (self._read_names(sent, set(), lows), lows)
        found, lows = memo[key]
        if actors.isdisjoint(lows):
            return list(found)
        asked = (key, frozenset(actors))
        with_actors = self._actors_memo.get(asked)
        if with_actors is None or with_actors[0] is not doc:
            with_actors = self._actors_memo[asked] = (doc, self._read_names(sent, actors, set()))
        return list(with_actors[1])

    def _read_names(self, sent: Span, actors: set[str], lows: set[str]) -> list[_Name]:
        """`names` for these lower-cased actor names; `lows` gets the pieces checked."""
        doc = sent.doc
        tokens = doc_tokens(doc)
        _, poses, lowers = token_words(doc)  # (`pos_`, `lower_` read from tuples)
        full = doc_text(doc)
        found: list[_Name] = []
        for i, j in _runs(sent, vocab=self.words):
            # (a route's names are joined by a hyphen: the run's Span made only where one is;
            # a one-word run is a capitalised word, never a hyphen)
            hyphened = j - i > 1 and any(tokens[k].text == "-" for k in range(i, j))
            if hyphened and _route(doc[i:j], sent, vocab=self.words):
                continue
            # (`_sub_runs` yields them longest first, leftmost first within a width: no sort)
            pieces = [(i, j)] if j - i == 1 else _sub_runs(i, j)
            taken: list[tuple[int, int]] = []
            for a, b in pieces:
                if any(a < y and x < b for x, y in taken):
                    continue
                # (the span's text and offsets from the parse's text: spaCy joins its tokens;
                # the span itself made only for a piece that passes the first tests)
                start_char = tokens[a].idx
                end_char = tokens[b - 1].idx + len(tokens[b - 1].text)
                text = full[start_char:end_char]
                low = text.lower()
                lows.add(low)
                if low in actors and _actor_here(doc[a:b], sent, text, vocab=self.words):
                    taken.append((a, b))  # nor is a piece of a person's name ("Den" of ...)
                    continue
                if (
                    # (asked first, before the tests below, which need the piece's Span: "The",
                    # "He"; the tests ask nothing else, so their order decides nothing)
                    (b - a == 1 and poses[a] not in _NAME_POS)
                    or low in self.words.event_not_places
                    or low in self.words.sublocal_after
                    or (
                        tokens[a].ent_type_ == "NORP"
                        and not (a > sent.start and lowers[a - 1] in self.words.strong_place_cues)
                        and not _bracketed(doc[a:b], sent, vocab=self.words)  # "(Taxila, Punjab)"
                        and not _division(doc[a:b], vocab=self.words)  # "Kurmani district"
                    )
                    or len(text) < 3
                    or ((a, b) != (i, j) and _generic_piece(low, vocab=self.words))
                    or "-" in (tokens[a].text, tokens[b - 1].text)
                ):
                    continue
                # a name the gazetteer does not know (most people's, organisations') is never
                # kept, whatever the tests below say: asked first, before its Span is made
                known = self._entries(text)
                if not known:
                    continue
                span = doc[a:b]
                if (
                    _street(span, sent, vocab=self.words)
                    or _institution(span, sent, vocab=self.words)
                    or _hyphen_piece(span, i, j)
                ):
                    continue
                if not _may_be_place(span, sent.start, vocab=self.words):
                    continue
                entries = _as_written(known, span, sent, vocab=self.words)
                if not entries:
                    continue
                prev = tokens[a - 1] if a > sent.start else None
                cued = (
                    prev is not None
                    and (lowers[a - 1] in self.words.place_prepositions or prev.text in {",", "("})
                ) or tokens[a].ent_type_ in {"GPE", "LOC", "FAC"}
                # a piece of a longer capitalised name ("Circle" of "Kadhimi Inner Circle"), like
                # a name the parser took for a person, counts only after a place cue; a weak cue
                # ("according to Linda", "and Elizabeth") does not make a person's name a place
                # (a division bracketed after a place is one, whatever the parser took it for)
                person = (
                    tokens[a].ent_type_ in NEEDS_CUE
                    and not _bracketed(span, sent, vocab=self.words)
                ) or (a, b) != (i, j)
                piece = (a, b) != (i, j)
                if (
                    person
                    and cued
                    and prev is not None
                    and lowers[a - 1] not in self.words.strong_place_cues
                ):
                    cued = _listed(span, sent, vocab=self.words) or _division(
                        span, vocab=self.words
                    )
                found.append(_Name(text, start_char, end_char, cued, person, entries, piece=piece))
                taken.append((a, b))
        return found

    def place(
        self,
        sent: Span,
        countries: Iterable[str] = (),
        is_actor: Iterable[str] = (),
        *,
        places: Sequence[Place] = (),
        clause: tuple[int, int] | None = None,
        context: Sequence[Place] = (),
        article: str | None = None,
        aside: frozenset[int] = frozenset(),
    ) -> Place | None:
        """The event's place from the sentence's names, or None when they do not settle one.

        `places`: the geocoder's places of the sentence, read with every reading the gazetteer
        has of them (a geocoder resolves "San Juan" alone; next to "(Buenos Aires)" it is
        Argentina's); `countries`: the actors' countries; `context`: the article's other places
        (their countries vote a little; a town of their province is preferred, "Putnam County"
        in an article about Ohio); `clause`: the event clause's character span, preferred;
        `article`: the country the whole text's names agree on (`country`), which outweighs
        one ambiguous reading; `aside`: character offsets of words that tell what the event is
        about ("against the war in X"), whose names are left out.
        """
        names = _clear_of(
            [
                n
                for n in self._all_names(sent, is_actor, places)
                if n.cued or n.geo is not None or (len(n.entries) <= 3 and not n.person)
            ],
            aside,
        )
        if not names:
            return None
        country = _vote(
            names,
            countries,
            [p.country for p in context if p.country],
            doc_text(sent.doc),
            article,
            _remote(sent, clause, names, vocab=self.words) if clause is not None else frozenset(),
            words=self.words,
            memo=self._memos(sent.doc)[0],
        )
        if country is None:
            return None
        homes = Counter(
            p.admin1
            for p in context
            if p.country == country and p.admin1 and p.feature != "country"
        )
        home = homes.most_common(1)[0][0] if homes else None
        return _pick(names, country, sent, clause, home)

    def country(
        self, doc: Doc, places: Sequence[Place] = (), aside: frozenset[int] = frozenset()
    ) -> str | None:
        """The country the whole text's names agree on: a note that names no place the
        geocoder knows still names its village and province ("Fo (Fo, Houet)"); `aside`: the
        offsets of words that are no place (`whole`)."""
        found = self.whole(doc, places, aside=aside)
        return found[0] if found else None

    def whole(
        self,
        doc: Doc,
        places: Sequence[Place] = (),
        hints: Sequence[str] = (),
        aside: frozenset[int] = frozenset(),
    ) -> WholeAnswer:
        """The country the whole text's names agree on, and its best place there (`_pick`);
        `hints`: the countries of the text's actors, voted as its nationality words are;
        `aside`: the offsets of words whose names are no place (a group's name's)."""
        key = (tuple(places), tuple(hints), aside)
        if self._memo is None or self._memo[0] is not doc:
            self._memo = (doc, [])
        answers = self._memo[1]
        for asked, answer in answers:
            if asked == key:
                return answer
        names: list[_Name] = []
        remote: set[int] = set()
        for sent, inside in self._by_sentence(doc, places):
            told, far = self._sentence_told(sent, inside)
            names += _clear_of(told, aside)
            remote |= far
        country = (
            _vote(
                names,
                [*self._demonyms(doc), *hints],
                (),
                doc_text(doc),
                remote=frozenset(remote),
                words=self.words,
                memo=self._memos(doc)[0],
            )
            if names
            else None
        )
        found = (country, _pick(names, country, doc[:], None)) if country else None
        answers.append((key, found))
        return found

    def _by_sentence(
        self, doc: Doc, places: Sequence[Place]
    ) -> list[tuple[Span, tuple[Place, ...]]]:
        """Each sentence with the places that start in it, in their order: one pass over the
        places (bisected by sentence start) instead of one per sentence."""
        if self._sents_memo is None or self._sents_memo[0] is not doc:
            sents = list(doc_sents(doc))
            self._sents_memo = (doc, sents, [s.start_char for s in sents], {})
        _, sents, starts, _ = self._sents_memo
        buckets: list[list[Place]] = [[] for _ in sents]
        for p in places:
            i = bisect_right(starts, p.start) - 1
            if i >= 0 and p.start < sents[i].end_char:
                buckets[i].append(p)
        return [(sent, tuple(b)) for sent, b in zip(sents, buckets, strict=True)]

    def _sentence_told(
        self, sent: Span, inside: tuple[Place, ...]
    ) -> tuple[list[_Name], frozenset[int]]:
        """`whole`'s names of one sentence and those of them remote from its head, kept for the
        document by the sentence and its places: `whole` is asked again with other places (an
        event's aside left out) that change only a few sentences' places."""
        assert self._sents_memo is not None and self._sents_memo[0] is sent.doc
        kept = self._sents_memo[3].setdefault((sent.start, sent.end), [])
        for asked, answer in kept:
            if asked == inside:
                return answer
        told = [
            n
            for n in self._all_names(sent, (), inside)
            # (looser than for one sentence: many weak names agreeing are evidence)
            if n.cued or n.geo is not None or len(n.entries) <= 5
        ]
        far = _remote(sent, (sent.start_char, sent.end_char), told, vocab=self.words)
        kept.append((inside, (told, far)))
        return told, far

    def _demonyms(self, doc: Doc) -> list[str]:
        """Countries of the text's nationality words ("Cameroonian soldiers", "Bahraini
        police"): who acts is most often of the country where; not a nationality held abroad
        ("two Chinese nationals", `abroad_heads`)."""
        return [
            e.country
            for ent in doc_ents(doc)
            if ent.label_ == "NORP" and not held_abroad(ent, self.words)
            for e in self.gazetteer.lookup(ent.text, limit=3)
            if e.kind == _DEMONYM and e.country
        ]

    def _all_names(
        self, sent: Span, is_actor: Iterable[str], places: Sequence[Place]
    ) -> list[_Name]:
        """The capitalised names plus the geocoder's places the runs missed or cut differently;
        not a name that owns a person's kin."""
        found = self.names(sent, is_actor)
        doc = sent.doc
        for p in places:
            if not sent.start_char <= p.start < sent.end_char or p.feature == "landmark":
                continue
            if len(p.text.strip()) < 3 or p.text.strip().lower() in self.words.place_particles:
                continue  # "Al" of "Al Mudafin" read as a town of Norway
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is not None and (
                _person_here(span, sent, vocab=self.words)
                or _institution(span, sent, vocab=self.words)
            ):
                continue  # "killed Copeland": a person, whatever the geocoder read
            same = next((n for n in found if (n.start, n.end) == (p.start, p.end)), None)
            if same is not None:
                found[found.index(same)] = self._geo_name(doc, same, p)
                continue
            over = [n for n in found if n.start < p.end and p.start < n.end]
            if any(n.end - n.start >= p.end - p.start for n in over):
                continue  # a longer capitalised name holds it ("Tapachula de Cordova y Ordonez")
            found = [n for n in found if n not in over]  # the geocoder read a longer name
            found.append(self._place_name(p, span, sent))
        text = doc_text(doc)
        # "Hale's grandmother": a person's name, whatever the gazetteer holds
        return [n for n in found if not kin_owner(text, n.end, self.words)]

    def _place_name(self, p: Place, span: Span | None, sent: Span) -> _Name:
        """The geocoder's place read as a name of the sentence with all its readings: the same
        object each time the document asks (its span is the place's, expanded to tokens)."""
        memo = self._memos(sent.doc)[1]
        key = (id(p), sent.start, sent.end)
        kept = memo.get(key)
        if kept is not None and kept[0][0] is p:
            return kept[1]
        entries = self._entries(p.text.rstrip(" -,")) if p.text else ()
        if span is not None:
            entries = _as_written(entries, span, sent, vocab=self.words)
        found = _with_geo(_Name(p.text, p.start, p.end, True, False, entries), p)
        memo[key] = ((p,), found)
        return found

    def _geo_name(self, doc: Doc, name: _Name, p: Place) -> _Name:
        """The sentence's name read as the geocoder's place `p`: the same object each time the
        document asks (`_vote`'s memo), kept with the objects it was made of."""
        memo = self._memos(doc)[1]
        key = (id(name), id(p))
        kept = memo.get(key)
        if kept is not None and kept[0][0] is name and kept[0][1] is p:
            return kept[1]
        found = _with_geo(name, p)
        memo[key] = ((name, p), found)
        return found


REMOTE_STEPS = 2
"""A name this many more steps from the clause's head than the nearest other name is remote."""


def _remote(
    sent: Span, clause: tuple[int, int], names: Sequence[_Name], *, vocab: PlaceWords
) -> frozenset[int]:
    """The names of the clause that hang from it much deeper than the nearest one: "US strikes
    hit targets in eastern *Syria* after attacks on bases in *Iraq*" happened in Syria, the
    place of the phrase the verb governs, not of the phrase about what came before."""
    if len({n.start for n in names if clause[0] <= n.start < clause[1]}) < 2:
        return frozenset()  # one name in the clause is never remote (most sentences)
    doc = sent.doc
    # (heads read from the parse's table and tokens from `doc_tokens`: no Token made on the
    # way up, perf28)
    tokens, heads = doc_tokens(doc), token_heads(doc)
    head = next(
        (
            i
            for i in range(sent.start, sent.end)
            if clause[0] <= tokens[i].idx < clause[1]
            and (heads[i] == i or not clause[0] <= tokens[heads[i]].idx < clause[1])
        ),
        None,
    )
    if head is None:
        return frozenset()
    depths: dict[int, tuple[int, int]] = {}
    for n in names:
        if not clause[0] <= n.start < clause[1]:
            continue
        span = doc.char_span(n.start, n.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        i, steps, things = span.root.i, 0, 0
        while i != head and heads[i] != i and steps < 12:
            i, steps = heads[i], steps + 1
            things += _other_thing(tokens[i], vocab=vocab)
        if i == head:
            depths[n.start] = (steps, things)
    if len(depths) < 2:
        return frozenset()
    nearest = min(depths.values())
    return frozenset(
        start
        for start, (steps, things) in depths.items()
        if steps >= nearest[0] + REMOTE_STEPS and things > nearest[1]
    )


def _other_thing(tok: Token, *, vocab: PlaceWords) -> bool:
    """A noun on the way up that is no place ("bases", "attacks"): a name under it tells where
    that thing is, not where the event is; "village of X", "X district, Y" stay on the way."""
    return (
        tok.pos_ == "NOUN"
        and tok.lower_ not in vocab.division_nouns
        and tok.ent_type_ not in {"GPE", "LOC", "FAC"}
    )


def _as_written(
    entries: tuple[Entry, ...], span: Span, sent: Span, *, vocab: PlaceWords
) -> tuple[Entry, ...]:
    """A second-level division's bare name ("Soum", "Bara") is that division only where the text
    writes it as one: among a place's bracketed or listed divisions ("Belehede (Tongomayel,
    Soum)") or before a division word ("Bara district"); elsewhere it is some town's."""
    if not any(e.kind == _DIVISION for e in entries):
        return entries
    if (
        _bracketed(span, sent, vocab=vocab)
        or _listed(span, sent, vocab=vocab)
        or _division(span, vocab=vocab)
    ):
        return entries
    return tuple(e for e in entries if e.kind != _DIVISION)


def _with_geo(name: _Name, place: Place) -> _Name:
    return replace(name, geo=place)


def _namesake_seat(entry: Entry | None, name: _Name) -> bool:
    """The reading is the town that gives its name to its own province ("Ankara" in the
    province of Ankara), and the geocoder did not read the name as the province ("Ankara
    province"): a bare name said so means the city, not the bigger province. (geo32)"""
    return (
        entry is not None
        and entry.feature == "city"
        and entry.admin1 is not None
        and normalise(entry.admin1) == normalise(name.text)
        and (name.geo is None or name.geo.feature != "admin1")
    )


def _qualified(name: _Name, names: Sequence[_Name], text: str) -> bool:
    """ "X (Y, Z)", "X, Y": the name is followed by the divisions that hold it, the way
    conflict data and datelines code a location."""
    rest = text[name.end : name.end + 3].lstrip()
    if rest.startswith("("):
        return True
    if rest.startswith(","):
        after = name.end + text[name.end :].index(",") + 1
        return any(
            after <= n.start <= after + 2 and (n.entries or n.geo is not None) for n in names
        )
    return False


def _readings(name: _Name, country: str) -> list[tuple[Entry | None, bool]]:
    """The name's readings in the country, each with whether the geocoder chose it; the
    geocoder's own place stands for itself when the gazetteer does not list it under this text."""
    geo = name.geo
    out: list[tuple[Entry | None, bool]] = []
    for e in name.entries:
        if e.country == country:
            chosen = geo is not None and geo.geonameid is not None and geo.geonameid == e.geonameid
            out.append((e, chosen))
    if geo is not None and geo.country == country and not any(c for _, c in out):
        out.append((None, True))
    return out


def _pick(
    names: Sequence[_Name],
    country: str,
    sent: Span,
    clause: tuple[int, int] | None,
    home: str | None = None,
) -> Place | None:
    """Within the country: a place whose division the sentence also names, then one coded with
    its divisions ("X (Y, Z)"), then a whole name (not a piece of one), one after a cue, in the
    clause, below province level, in the article's province (`home`), the first told, the
    geocoder's or primary reading, the biggest."""
    text = doc_text(sent.doc)
    # the provinces the sentence names, with where: a name does not confirm itself
    # ("Mykolaiv region" is no town of Mykolaiv confirmed by its province)
    named_at = {
        (e.admin1, n.start)
        for n in names
        for e in n.entries
        if e.country == country and e.feature == "admin1" and e.admin1
    }
    named_at |= {
        (n.geo.admin1 or n.geo.name, n.start)
        for n in names
        if n.geo is not None and n.geo.country == country and n.geo.feature == "admin1"
    }
    provinces = {a for a, _ in named_at}
    said = {normalise(n.text) for n in names}
    best: tuple[tuple[float, ...], _Name, Entry | None, bool] | None = None
    for n in names:
        qualified = _qualified(n, names, text)
        in_clause = clause is None or clause[0] <= n.start < clause[1]
        for e, chosen in _readings(n, country):
            feature = e.feature if e is not None else (n.geo.feature if n.geo else "city")
            admin1 = e.admin1 if e is not None else (n.geo.admin1 if n.geo else None)
            admin2 = e.admin2 if e is not None else None
            local = feature not in {"admin1", "country"}
            # the district of "X (District, Province)" confirms X, not itself
            holder = normalise(admin2) if admin2 else ""
            confirmed = local and (
                any(a == admin1 and at != n.start for a, at in named_at)
                or (holder in said and holder != normalise(n.text))
            )
            key: tuple[float, ...] = (
                float(confirmed),
                float(qualified),
                float(not n.piece or n.geo is not None),
                float(n.cued or n.geo is not None),
                float(in_clause),
                float(_LEVEL.get(feature, 3) > 0),
                float(home is not None and admin1 == home),
                -float(n.start),
                float(chosen or (e is not None and e.kind == 0)),
                float(_namesake_seat(e, n)),
                float(e.population if e is not None else 0),
            )
            if best is None or key > best[0]:
                best = (key, n, e, chosen)
    if best is None:
        return None
    key, name, entry, chosen = best
    # a town named with its province takes the province ("Harpstedt (Lower Saxony)")
    only = next(iter(provinces)) if len(provinces) == 1 else None
    if chosen and name.geo is not None:
        place = name.geo
        if place.admin1 is None and place.feature != "country" and only:
            place = replace(place, admin1=only)
        return place
    assert entry is not None
    admin1 = entry.admin1 or (only if entry.feature != "country" else None)
    return Place(
        text=name.text,
        start=name.start,
        end=name.end,
        name=entry.name,
        geonameid=entry.geonameid,
        lat=entry.lat,
        lon=entry.lon,
        country=entry.country,
        admin1=admin1,
        feature=entry.feature,  # type: ignore[arg-type]
        confidence=SETTLED if key[0] or key[1] else GUESSED,
    )


def _clear_of(names: list[_Name], aside: frozenset[int]) -> list[_Name]:
    """The names no word set aside falls inside: a name run that takes in a word before a
    group's name ("An Ansar" of "An Ansar Dine commander") is no place either. (qa35)"""
    if not aside:
        return names
    marks = sorted(aside)
    return [n for n in names if not _holds(marks, n.start, n.end)]


def _holds(marks: list[int], start: int, end: int) -> bool:
    """Some offset of the sorted `marks` lies in [start, end)."""
    i = bisect_left(marks, start)
    return i < len(marks) and marks[i] < end


def held_abroad(span: Span, vocab: PlaceWords) -> bool:
    """The country word qualifies people told by a nationality they hold away from home ("an
    Eritrean refugee", "two Chinese nationals"; `abroad_heads`): whose they are, not where the
    event is nor what the article is about."""
    root = span.root
    return (
        root.dep_ in {"amod", "compound", "nmod"}
        and root.head.i >= span.end
        and root.head.lemma_.lower() in vocab.abroad_heads
    )
