"""Toponym recognition: spaCy's place entities, corrected and completed with the gazetteer.

spaCy finds most place names but also tags surnames and misses names it has not seen; a reader
fixes both with what the text says around the name ("Mr. Paris", "the city of X", "X Province")
and with knowing which names are places. This module finds the mentions and their cues; the
resolver (resolver.py) picks the gazetteer entry.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..annotate.nlp import doc_ents, doc_text, doc_tokens, token_words
from ..lang import Lexicon
from .gazetteer import normalise
from .place_words import PlaceWords

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_QUALIFIER = re.compile(r"\s*,\s*((?:[A-Z][\w.]*\.?)(?:\s+[A-Z][\w.]*){0,2})")
_NAME = r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}"
_BRACKET_QUALIFIER = re.compile(rf"\s*\(((?:{_NAME})(?:\s*,\s*{_NAME}){{0,2}})\)")
"""A town's divisions in brackets, narrowest first ("Town (District, Province)"): the last is
the widest, the one a gazetteer of first-level divisions knows."""
_DATELINE = re.compile(r"\s*([A-Z][A-Z.'\- ]{2,40}?)\s*(?:,|\(|—|–|--|-\s|:)")
_INNER_DATELINE = re.compile(
    r"([A-Z][A-Za-z.'’ ]{1,40}?)(?:,\s*([A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12})?))?\s*"
    r"(?:\([A-Za-z ]{2,20}\)\s*)?(?:—|–|--|- )"
)
_MAX_DATELINES = 20
PlaceTest = Callable[[str, bool], bool]
"""(name, after a locative preposition) -> whether the gazetteer takes it for a place."""
NameTest = Callable[[str], bool]
"""name -> whether the gazetteer knows it as a demonym ("Iraqi"), or as a division or country
that can hold a town ("Pennsylvania", "Calif.")."""
KnownTest = Callable[[str], "str | None"]
"""name -> 'country' when the gazetteer knows it as a country or a major region, 'known' when as
a first-level division or a city of a million, else None: names a reader takes for places
whatever the parser's label, unless the text makes them a person's or an organisation's."""
MAX_MENTIONS = 2000
"""Beyond this many place mentions on one page the rest are ignored, to bound the time."""


@dataclass(frozen=True, slots=True)
class NameCues:
    """Words around a name that say what it is (the language's `geocode/` lists): a role before
    it makes it a person's ("striker Kenny Jordan"), a company word after it an organisation's
    ("the Volvo plant"); a brand ("Toyota") is no place unless the text says so, nor a common
    word opening a headline ("Man arrested ..."); a place noun in apposition makes it a place
    ("Nokia, a town north of Tampere")."""

    person_roles: frozenset[str] = frozenset()
    org_cues: frozenset[str] = frozenset()
    brands: frozenset[str] = frozenset()
    headline_words: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    venues: frozenset[str] = frozenset()

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> NameCues:
        def words(name: str) -> frozenset[str]:
            found = lexicon.words(f"geocode/{name}") if lexicon.has(f"geocode/{name}") else ()
            return frozenset(normalise(w) for w in found)

        return cls(
            person_roles=words("person_roles"),
            org_cues=words("org_cues"),
            brands=words("brands"),
            headline_words=words("headline_words"),
            place_nouns=words("place_nouns"),
            venues=words("venues"),
        )


@dataclass(frozen=True, slots=True)
class Mention:
    """A candidate toponym with the cues the resolver weighs."""

    start: int
    end: int
    text: str
    label: str
    level_cue: str | None = None
    """'admin1', 'admin2' or 'city' when the text says so ("X Province", "city of X"); 'town' when
    a town's office follows it ("Berea police"), a weaker hint; 'border' when a border follows it
    ("the Mexico border"): a state's or a country's, not a town's."""
    qualifier: str | None = None
    """A containing place named right after it ("Long Beach, CA", "Hillah in Babil")."""
    after_comma: bool = False
    """It follows "Place, ": abbreviations of states count here."""
    from_gazetteer: bool = False
    """Found by the gazetteer where spaCy saw no place."""
    metonymy: bool = False
    """It acts as an agent ("Washington said ..."): a government, not the town."""
    demonym: bool = False
    """A demonym or nationality adjective ("Iraqi", "Europeans"): it stands for its country."""
    dateline: bool = False
    """It is a dateline's town in capitals ("LONDON (AP) —"): where the report was filed, a town;
    a bare one is the well-known city of the name."""


def _clean(span: Span, full_text: str, vocab: PlaceWords) -> tuple[int, int, str] | None:
    """Character offsets and text without a leading "the" or a trailing possessive."""
    tokens = [t for t in span]
    while tokens and tokens[0].lower_ in vocab.key.leading_articles:
        tokens = tokens[1:]
    while tokens and tokens[-1].text in {"'s", "’s", "'", "’", ".", ","}:
        tokens = tokens[:-1]
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return start, end, full_text[start:end]


def not_a_name(text: str, *, vocab: PlaceWords) -> bool:
    """Lower-case words, months and days, or only generic words ("Central", "the Gulf")."""
    if not text[:1].isupper() and not text[:1].isdigit():
        return True
    words = text.lower().split()
    return text.lower() in vocab.not_place_names or (
        len(words) == 1 and words[0] in vocab.generic_words
    )


def _person_names(doc: Doc) -> set[str]:
    """Single names that belong to people mentioned with a full name in this article."""
    names: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and len(ent) >= 2:
            names.add(normalise(ent[-1].text))  # "Pompeo̵" with a stray mark too
    return names


def _level_cue(doc: Doc, span: Span, text: str, *, vocab: PlaceWords) -> str | None:
    last = text.split()[-1].lower() if text.split() else ""
    if last in vocab.county_words:
        return "admin2"
    if last in vocab.admin_words:
        return "admin1"
    if last in vocab.city_words:
        return "city"
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    if nxt in vocab.county_words:
        return "admin2"
    if nxt in vocab.border_words:
        return "border"  # "the New York border", "the Mexico border": a state's or a country's
    if nxt in vocab.admin_words or nxt in vocab.state_titles:
        return "admin1"
    if nxt in vocab.town_offices:
        return "town"  # weaker than "city": "Queensland Police" are a state's
    if nxt in vocab.city_words and not _of_follows(doc, span.end + 1, vocab):
        # "Amara city", "Gaza city": the town; "the Texas city of Austin" names another
        return "city"
    listed = _list_level(doc, span, vocab=vocab)
    if listed is not None:
        return listed
    if span.start >= 2 and doc[span.start - 1].lower_ in vocab.key.genitive_preps:
        before = doc[span.start - 2].lower_
        if before in vocab.admin_words:
            return "admin2" if before in vocab.county_words else "admin1"
        if before in vocab.city_words:
            return "city"
    if _bracketed_division(doc, span, vocab=vocab):
        return "admin1"
    return None


def _of_follows(doc: Doc, i: int, vocab: PlaceWords) -> bool:
    return i < len(doc) and doc[i].lower_ in vocab.key.genitive_preps


def _bracketed_division(doc: Doc, span: Span, *, vocab: PlaceWords) -> bool:
    """The name stands in brackets right after another name, alone or last of a list ("Villa
    Alta (Cordoba)", "Dolna village (Varnok, Kamboro)"): reports so give the divisions that hold
    a place, the widest last, so it is a division, not a town of that name."""
    if span.end >= len(doc) or doc[span.end].text != ")":
        return False
    i = span.start - 1
    while i > 0 and doc[i].text not in {"(", ")"}:
        tok = doc[i]
        if not (tok.text == "," or tok.text == "-" or tok.text[:1].isupper()):
            return False
        i -= 1
    if i <= 0 or doc[i].text != "(":
        return False
    before = doc[i - 1]  # a name, or the word that makes one a town ("Dolna village")
    return before.is_alpha and (
        before.text[:1].isupper()
        or before.lower_ in vocab.city_words
        or before.lower_ in vocab.division_nouns
    )


def _list_level(doc: Doc, span: Span, *, vocab: PlaceWords) -> str | None:
    """The level a plural division word gives a list of names ("Navarro, Henderson and Ellis
    counties"): the names, commas and conjunctions up to it are its items."""
    i = span.end
    listed = False  # "Indiana counties" are the counties of Indiana
    while i < len(doc) and i - span.end < 12:
        tok = doc[i]
        if tok.lower_ in vocab.plural_levels:
            return vocab.plural_levels[tok.lower_] if listed else None
        listed = listed or tok.text in vocab.list_links
        if tok.text not in vocab.list_links and not (
            tok.pos_ == "PROPN" and tok.text[:1].isupper()
        ):
            return None
        i += 1
    return None


def _with_person(span: Span, *, vocab: PlaceWords) -> bool:
    """A one-word name coordinated with a person's name (or a name spaCy gives no label) as the
    subject of a reporting verb ("Okafor and Lindgren reported from Nairobi"): a surname, as in
    bylines, not a place."""
    if len(span) != 1:
        return False
    tok = span[0]
    linked = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        linked.append(tok.head)
    first = tok.head if tok.dep_ == "conj" else tok
    return (
        first.dep_ == "nsubj"
        and first.head.lemma_ in vocab.byline_verbs
        and any(t.pos_ == "PROPN" and t.ent_type_ in {"PERSON", ""} for t in linked)
    )


def _is_agent(span: Span, *, vocab: PlaceWords) -> bool:
    """The place name is the subject of a verb of saying or deciding: a government."""
    root = span.root
    return (
        root.dep_ in {"nsubj", "nsubjpass"}
        and root.head.pos_ in {"VERB", "AUX"}
        and (root.head.lemma_ in vocab.agent_verbs)
    )


def find_mentions(
    doc: Doc,
    is_place_name: PlaceTest | None = None,
    is_demonym: NameTest | None = None,
    *,
    well_known: KnownTest | None = None,
    is_container: NameTest | None = None,
    cues: NameCues | None = None,
    vocab: PlaceWords,
) -> list[Mention]:
    """Place mentions of `doc`, sorted by start.

    `is_place_name(text, after_preposition)` (optional) accepts names spaCy missed: the gazetteer's
    judgement that a capitalised word after a locative preposition, or a well-known name, is a
    place. `is_demonym(text)` (optional) takes nationality words ("Iraqi") as mentions of their
    country, the way the geoparsing corpora annotate them. `well_known(text)` (optional) names
    the countries, divisions and big cities taken whatever spaCy's label, `is_container(text)`
    the divisions and countries that may follow a town after a comma, and `cues` the words that
    make a name a person's, a company's or no name at all; `vocab` the language's place words.
    """
    persons = _person_names(doc)
    full_text = doc_text(doc)
    mentions: list[Mention] = []
    taken: set[int] = set()
    lowers = token_words(doc)[2]
    for ent in doc_ents(doc):
        taken.update(range(ent.start, ent.end))
        cleaned = _clean(ent, full_text, vocab)
        if cleaned is None:
            continue
        start, end, text = cleaned
        prev = lowers[ent.start - 1].rstrip(".") if ent.start > 0 else ""
        if is_demonym is not None and ent.label_ in {"NORP", "ORG", "GPE", "LOC", "PERSON"}:
            demonym = _demonym(ent, full_text, is_demonym, vocab=vocab)
            if demonym is not None:
                mentions.append(demonym)
                continue
        if cues is not None and no_place_here(
            doc, ent, text, cues, is_container, full_text, vocab=vocab
        ):
            continue
        if names_a_building(doc, ent, vocab=vocab):
            continue
        said = cues is not None and (
            said_to_be_a_place(doc, ent, cues, vocab=vocab)
            or _contained(full_text, ent.end_char, is_container)
        )
        if ent.label_ not in PLACE_LABELS and not _mislabelled(
            ent, text, prev, is_place_name, well_known, said, vocab=vocab
        ):
            if ent.label_ in {"ORG", "FAC"} and is_place_name is not None:
                embedded = _embedded(doc, full_text, ent, is_place_name, cues, vocab=vocab)
                if embedded is not None:
                    mentions.append(embedded)
            continue
        if (
            prev in vocab.honorifics
            or not_a_name(text, vocab=vocab)
            or _with_person(ent, vocab=vocab)
        ):
            continue
        if len(ent) == 1 and normalise(ent.text) in persons and prev not in vocab.locatives:
            # "Paris said" after "Jane Paris" is a person; a country is a place unless spaCy
            # also takes this very mention for a person ("Jordan" named many times)
            if not (
                well_known is not None and well_known(text) == "country" and ent.label_ != "PERSON"
            ):
                continue
        mentions.append(_with_cues(doc, full_text, ent, start, end, text, ent.label_, vocab=vocab))
        if len(mentions) >= MAX_MENTIONS:
            break
    if is_place_name is not None and len(mentions) < MAX_MENTIONS:
        mentions.extend(
            _missed(doc, full_text, taken, persons, is_place_name, cues, is_container, vocab=vocab)
        )
        dateline = _dateline(full_text, is_place_name)
        if dateline is not None and not any(
            m.start < dateline.end for m in mentions if m.start < 80
        ):
            mentions.append(dateline)
        mentions.extend(_inner_datelines(full_text, mentions, is_place_name))
        mentions.extend(_same_name_again(doc, full_text, mentions, vocab=vocab))
    mentions = [m for m in mentions if not _joined_piece(full_text, m, vocab=vocab)]
    mentions.sort(key=lambda m: m.start)
    return _mark_comma_qualified(full_text, mentions[:MAX_MENTIONS])


# A hyphen, a short lower-case word, a hyphen: how compound names join their pieces.
_JOINED_AFTER = re.compile(r"-([a-z]{1,3})-\w")
_JOINED_BEFORE = re.compile(r"\w-([a-z]{1,3})-$")


def _joined_piece(full_text: str, mention: Mention, *, vocab: PlaceWords) -> bool:
    """The mention is a piece of a compound name joined by a short word between hyphens
    ("Shan" of "Shan-e-Rasool", "Taiba" of "Lashkar-e-Taiba"): the compound names a group, a
    person or an occasion, and its piece alone is no place of the text."""
    after = _JOINED_AFTER.match(full_text, mention.end)
    if after is not None and after.group(1) in vocab.name_joiners:
        return True
    before = _JOINED_BEFORE.search(full_text, max(0, mention.start - 6), mention.start)
    return before is not None and before.group(1) in vocab.name_joiners


def names_a_building(doc: Doc, ent: Span, *, vocab: PlaceWords) -> bool:
    """The saint's or place name opens a building's name through a possessive ("St. Agnes's
    Cathedral", "St Luke's Hospital"): the town of that name is not meant."""
    i = ent.end
    if ent[-1].lower_ not in _POSSESSIVES:  # the parser may leave the "'s" out of the entity
        if i >= len(doc) or doc[i].lower_ not in _POSSESSIVES:
            return False
        i += 1
    return i < len(doc) and doc[i].text[:1].isupper() and doc[i].lower_ in vocab.facility_words


_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _demonym(
    ent: Span, full_text: str, is_demonym: NameTest, *, vocab: PlaceWords
) -> Mention | None:
    """A demonym forming or opening an entity: "Iraqi", "Sri Lankan", "Iraqi Army" (whose leading
    word names the country), "Russian-American" (the first nationality)."""
    tokens = [t for t in ent if t.lower_ not in vocab.key.leading_articles]
    for size in (2, 1):
        if len(tokens) < size or not tokens[0].text[:1].isupper():
            continue
        first, last = tokens[0], tokens[size - 1]
        text = full_text[first.idx : last.idx + len(last.text)]
        if "-" in text and size == 1:
            text = text.split("-")[0]
        if size == 1 and len(tokens) > 1 and ent.label_ in {"GPE", "LOC", "PERSON"}:
            return None  # "American Samoa", "Chinese Taipei": a place or a name of its own
        if len(tokens) > size and tokens[size].lower_ in vocab.feature_words:
            return None  # "the French Quarter"
        if is_demonym(text):
            return Mention(
                start=first.idx, end=first.idx + len(text), text=text, label="NORP", demonym=True
            )
    return None


_MISLABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})


def _mislabelled(
    span: Span,
    text: str,
    prev: str,
    is_place_name: PlaceTest | None,
    well_known: KnownTest | None = None,
    said_to_be_a_place: bool = False,
    *,
    vocab: PlaceWords,
) -> bool:
    """A place spaCy labelled as a person or an organisation, which context and gazetteer reveal:
    "in Al Basrah", "Rapides Parish officials", "Washington said" (a capital as government),
    "between Hamilton and Toronto" (a list after a locative word), "Nokia, a town ...", and a
    country, a first-level division or a big city named with no sign of a person or a company
    ("Mali, Niger and Burkina Faso announced ...")."""
    if is_place_name is None or span.label_ not in _MISLABELS or len(span) > 4:
        return False
    if prev in vocab.honorifics:
        return False
    words = text.split()
    if span.label_ != "NORP" and words and words[-1].lower() in vocab.admin_words:
        return is_place_name(text, True)
    if prev in vocab.locatives or (
        prev in vocab.key.genitive_preps and span.label_ == "ORG" and len(span) <= 2
    ):
        return is_place_name(text, True)  # "in Al Basrah", "a man of Grovetown"
    if span.label_ != "NORP" and (said_to_be_a_place or _in_cued_list(span, vocab=vocab)):
        return is_place_name(text, True)
    if well_known is not None and span.label_ != "NORP" and well_known(text) is not None:
        return True
    return (
        span.label_ == "ORG"
        and len(span) == 1
        and _is_agent(span, vocab=vocab)
        and is_place_name(text, False)
    )


_LIST_WALKS = "eventwire.cued_list_walks"


def _in_cued_list(span: Span, *, vocab: PlaceWords) -> bool:
    """The name is an item of a list that a locative word opens ("in Richmond and Norfolk",
    "between Perth and Fremantle"): walking back over names, commas and "and", the first other
    word says where."""
    doc = span.doc
    i = span.start - 1
    if i < 0 or doc[i].text not in vocab.list_links:
        return False
    # Every item of one list walks back to the same first word: where a walk ended is kept per
    # document, so a list of a thousand names costs a thousand steps, not a million.
    ends: dict[int, int] = doc.user_data.setdefault(_LIST_WALKS, {})
    walked = []
    while (
        i >= 0
        and i not in ends
        and (doc[i].text in vocab.list_links or (doc[i].pos_ == "PROPN" and doc[i].is_title))
    ):
        walked.append(i)
        i -= 1
    i = ends.get(i, i)
    for step in walked:
        ends[step] = i
    return i >= 0 and doc[i].lower_ in vocab.cued_list


def said_to_be_a_place(doc: Doc, span: Span, cues: NameCues, *, vocab: PlaceWords) -> bool:
    """The text calls the name a place: a locative word before it ("in Toyota", not "shares in
    Nokia"), "the town of X", "north of X", or a place noun in apposition ("Nokia, a town
    north of Tampere")."""
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    before = doc[span.start - 2].lower_ if span.start > 1 else ""
    if prev in vocab.cued_list and before not in cues.org_cues:
        return True
    if prev in vocab.key.genitive_preps and (
        before in cues.place_nouns or before in vocab.compass_words
    ):
        return True
    i = span.end
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in vocab.key.articles:
        for tok in doc[i + 2 : i + 6]:
            if tok.lower_ in cues.place_nouns:
                return True
            if tok.pos_ not in {"ADJ", "NOUN", "PROPN"}:
                break
    return False


def no_place_here(
    doc: Doc,
    span: Span,
    text: str,
    cues: NameCues,
    is_container: NameTest | None,
    full_text: str,
    *,
    vocab: PlaceWords,
) -> bool:
    """The text makes the name something other than a place: a role or title before it
    ("striker Kenny Jordan", "Ms. Austin"), a company word after it ("the Volvo plant"), a first
    name before a surname ("Kenya Morales"), a brand not called a place ("Toyota recalled ...",
    but "police in Toyota"), a common word opening a headline ("Man arrested ...")."""
    prev = doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
    if prev in vocab.honorifics or prev in cues.person_roles:
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in cues.org_cues:
        return True
    if (
        nxt is not None
        and nxt.ent_type_ == "PERSON"
        and nxt.ent_iob_ == "B"
        and nxt.is_title
        and span[-1].whitespace_
        and span.label_ not in PLACE_LABELS | {"NORP"}
    ):
        return True  # "Kenya Morales": a first name
    key = normalise(text)
    qualified = _contained(full_text, span.end_char, is_container)
    if key in cues.brands and not (said_to_be_a_place(doc, span, cues, vocab=vocab) or qualified):
        return True
    return (
        key in cues.headline_words
        and len(span) == 1
        and span.start == span.sent.start
        and not text.isupper()
        and not qualified
    )


def _contained(full_text: str, end: int, is_container: NameTest | None) -> bool:
    """A division or country the gazetteer knows follows the name after a comma ("Hershey,
    Pennsylvania")."""
    if is_container is None:
        return False
    match = _QUALIFIER.match(full_text, end)
    return match is not None and is_container(match.group(1).rstrip("."))


def _embedded(
    doc: Doc,
    full_text: str,
    ent: Span,
    is_place_name: PlaceTest,
    cues: NameCues | None = None,
    *,
    vocab: PlaceWords,
) -> Mention | None:
    """A place named inside an organisation's or a building's name: "Alexandria Police
    Department", "University of Texas". Local-institution words make a smaller town acceptable."""
    tokens = list(ent)
    skip = 0
    while skip < len(tokens) and tokens[skip].lower_ in vocab.key.leading_articles:
        skip += 1
    tokens = tokens[skip:]
    for size in (3, 2, 1):  # a leading place name, longest first
        if len(tokens) <= size or not all(t.pos_ == "PROPN" for t in tokens[:size]):
            continue
        after = next((t.lower_ for t in tokens[size:] if t.lower_ not in {"'s", "’s"}), "")
        if after in vocab.feature_words or (cues is not None and after in cues.venues):
            return None  # "St. Peter's Basilica", "Carnegie Library": a thing of its own
        if tokens[0].lower_ in vocab.local_institutions:
            break  # "University Hospital", "Regional Library": no town opens these names
        local = tokens[size].lower_ in vocab.local_institutions
        span = ent[skip : skip + size]
        if is_place_name(span.text, local):
            return _with_cues(
                doc, full_text, span, span.start_char, span.end_char, span.text, "GPE", vocab=vocab
            )
    for i, tok in enumerate(tokens[:-1]):  # "... of Place"
        rest = ent[skip + i + 1 :]  # `tokens` starts `skip` tokens into the entity
        if (
            tok.lower_ in vocab.key.genitive_preps
            and len(rest) <= 3
            and all(t.pos_ == "PROPN" for t in rest)
        ):
            if is_place_name(rest.text, True):
                return _with_cues(
                    doc,
                    full_text,
                    rest,
                    rest.start_char,
                    rest.end_char,
                    rest.text,
                    "GPE",
                    vocab=vocab,
                )
    return None


def _dateline(text: str, is_place_name: PlaceTest) -> Mention | None:
    """An upper-case place opening the text before a dateline mark ("BAGHDAD (Reuters) —")."""
    match = _DATELINE.match(text)
    if match is None:
        return None
    name = match.group(1).strip()
    if not is_place_name(name.title(), True):
        return None
    return Mention(start=match.start(1), end=match.start(1) + len(name), text=name, label="GPE")


def _same_name_again(
    doc: Doc, full_text: str, mentions: list[Mention], *, vocab: PlaceWords
) -> list[Mention]:
    """Other occurrences of a name the article already uses as a place, which spaCy tagged as a
    person or an organisation or not at all ("Alexandria woman charged", "Berea police"): one
    sense per article, unless a title or a full personal name says otherwise."""
    names = {m.text for m in mentions if not m.demonym and m.text[:1].isupper()}
    if not names:
        return []
    persons = _person_names(doc)
    covered = sorted((m.start, m.end) for m in mentions)
    found: list[Mention] = []
    tokens, lowers = doc_tokens(doc), token_words(doc)[2]
    # a token is a name's only where its lower-cased form is the name's (spaCy's `lower_` is
    # `str.lower` of the text): the test of each word on strings already read once per parse
    lowered = {name.lower() for name in names}
    for i in [i for i, lower in enumerate(lowers) if lower in lowered]:
        tok = tokens[i]
        if tok.text not in names or normalise(tok.text) in persons or tok.ent_type_ in PLACE_LABELS:
            continue
        if i > 0 and lowers[i - 1].rstrip(".") in vocab.honorifics:
            continue
        if tok.ent_type_ == "PERSON" and (
            tok.ent_iob_ != "B" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I")
        ):
            continue  # part of a longer personal name ("Paris Hilton", "Jane Paris")
        start, end = tok.idx, tok.idx + len(tok.text)
        if any(a < end and start < b for a, b in covered):
            continue
        found.append(
            _with_cues(
                doc, full_text, doc[tok.i : tok.i + 1], start, end, tok.text, "GPE", vocab=vocab
            )
        )
        if len(found) >= 200:
            break
    return found


def _inner_datelines(text: str, mentions: list[Mention], is_place_name: PlaceTest) -> list[Mention]:
    """Upper-case datelines opening a story inside the text, after a headline or a previous story
    ("... in area. MIDDLETOWN — A man ...", "CARTHAGE, N.C. (AP) - ...")."""
    found: list[Mention] = []
    for match in _INNER_DATELINE.finditer(text):
        start = match.start(1)
        before = text[:start].rstrip()
        if start and not (before == "" or before[-1] in '.!?"”\n' or text[start - 1] == "\n"):
            continue
        name = match.group(1).strip()
        letters = [c for c in name if c.isalpha()]
        if len(letters) < 3 or sum(c.isupper() for c in letters) < 0.6 * len(letters):
            continue
        end = start + len(name)
        if any(m.start < end and start < m.end for m in mentions):
            continue
        if is_place_name(name.title(), True):
            found.append(
                Mention(start=start, end=end, text=name, label="GPE", qualifier=match.group(2))
            )
            if len(found) >= _MAX_DATELINES:
                break
    return found


def _with_cues(
    doc: Doc,
    full_text: str,
    span: Span,
    start: int,
    end: int,
    text: str,
    label: str,
    *,
    vocab: PlaceWords,
) -> Mention:
    qualifier = None
    match = _QUALIFIER.match(full_text, end)
    bracket = None if match else _BRACKET_QUALIFIER.match(full_text, end)
    if match:
        qualifier = match.group(1)
    elif bracket:
        qualifier = bracket.group(1).rsplit(",", 1)[-1].strip()
    elif span.end + 1 < len(doc) and doc[span.end].lower_ in vocab.key.locative_preps:
        nxt = doc[span.end + 1]
        if nxt.ent_type_ in PLACE_LABELS and nxt.ent_iob_ == "B":
            end_i = nxt.i + 1
            while end_i < len(doc) and doc[end_i].ent_iob_ == "I":
                end_i += 1
            qualifier = doc[nxt.i : end_i].text
    return Mention(
        start=start, end=end, text=text, label=label,
        level_cue=_level_cue(doc, span, text, vocab=vocab), qualifier=qualifier, metonymy=_is_agent(span, vocab=vocab),
    )  # fmt: skip


def _missed(
    doc: Doc,
    full_text: str,
    taken: set[int],
    persons: set[str],
    is_place_name: PlaceTest,
    cues: NameCues | None = None,
    is_container: NameTest | None = None,
    *,
    vocab: PlaceWords,
) -> list[Mention]:
    """Capitalised proper nouns outside any entity that the gazetteer knows as places."""
    found: list[Mention] = []
    # parts of speech and lower-cased words read once per parse, Token objects made once
    _, poses, lowers = token_words(doc)
    tokens = doc_tokens(doc)
    i = 0
    while i < len(doc) and len(found) < 500:
        if i in taken or poses[i] != "PROPN" or not tokens[i].text[:1].isupper():
            i += 1
            continue
        j = i
        while (
            j + 1 < len(doc) and j + 1 - i < 3 and poses[j + 1] == "PROPN" and (j + 1) not in taken
        ):
            j += 1
        span = doc[i : j + 1]
        prev = lowers[i - 1].rstrip(".") if i > 0 else ""
        text = span.text
        if (
            prev not in vocab.honorifics
            and not not_a_name(text, vocab=vocab)
            and normalise(text) not in persons
            and not (
                cues is not None
                and no_place_here(doc, span, text, cues, is_container, full_text, vocab=vocab)
            )
            and is_place_name(text, prev in vocab.locatives)
        ):
            mention = _with_cues(
                doc, full_text, span, span.start_char, span.end_char, text, "GPE", vocab=vocab
            )
            found.append(dataclasses.replace(mention, from_gazetteer=True))
        i = j + 1
    return found


def _mark_comma_qualified(text: str, mentions: list[Mention]) -> list[Mention]:
    """Flag mentions that directly follow "Place, " (the "Long Beach, CA" pattern)."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        prev = mentions[i - 1] if i else None
        if prev is not None and re.fullmatch(r"\s*,\s*", text[prev.end : m.start]):
            m = dataclasses.replace(m, after_comma=True)
        elif _AFTER_NAME_COMMA.search(text, max(0, m.start - 40), m.start):
            m = dataclasses.replace(m, after_comma=True)  # "CARTHAGE, N.C.": a town's qualifier
        out.append(m)
    return out


_AFTER_NAME_COMMA = re.compile(r"\b[A-Z][A-Za-z.'’]+,\s*$")
