"""Where an event happened: the geocode stage's answer to the event coder.

The event coder asks, once per article, `Geocoder.article_places(doc, document)` for an
`ArticlePlaces`, then asks it where each event happened (`ArticlePlaces.event_place`), and the
article's main country (`ArticlePlaces.country`). The answer reads the event's clause and sentence
names together with the gazetteer (`sentence_places`), else falls back on the article's dateline
or main town (`article_place`); names that act or qualify ("US troops", "Russian forces") are who,
not where (`named_places`). An event that no name places gets the article's home country, marked
as inferred (`Place.inferred`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..annotate.nlp import (
    doc_ents,
    doc_text,
    doc_tokens,
    span_text,
    span_tokens,
    token_heads,
    token_words,
)
from ..records import Document, Event, Place
from .place_words import PlaceWords
from .sentence_places import GUESSED, held_abroad, kin_owner

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .sentence_places import SentencePlaces


@dataclass(frozen=True, slots=True)
class EventLocation:
    """An event's place, and whether the text gives it as where the event is (`stated`; else it
    is only the one country the sentence names as a participant, where actors are not localised)."""

    place: Place | None
    stated: bool


class ArticlePlaces:
    """The places of one article as the event coder needs them: made once per article by
    `Geocoder.article_places`, then asked once per event."""

    def __init__(self, finder: SentencePlaces | None, doc: Doc, document: Document) -> None:
        self.finder = finder
        self.doc = doc
        self.all_places = document.places
        self.places = named_places(
            doc, document.places, finder.words if finder is not None else None
        )
        self.dateline = article_place(document, self.places)
        vocab = finder.words if finder is not None else PlaceWords.english()
        # where people come from ("engineers from Italy"): whose they are, never where the event is
        made = frozenset(p for p in document.places if _born_or_made(document.text, p.end, vocab))
        self.origins = made | frozenset(
            p for p in document.places if _origin(doc.char_span(p.start, p.end, "expand"), vocab)
        )
        # ("a Lebanese-born activist": no name of the article's country either)
        self._made = frozenset(p.start for p in made)
        # country names that act or qualify ("US troops"): where the event is only as a last resort
        self.qualifiers = tuple(
            p
            for p in document.places
            if p.feature == "country"
            and p not in self.places
            and p not in self.origins
            and document.text[p.end : p.end + 1] != "-"
        )
        self.people = person_names(doc)
        self.place_starts = frozenset(p.start for p in document.places)
        """The character offsets of the article's places."""
        self._document = document
        self.groups: frozenset[int] = frozenset()
        """The character offsets of the words inside groups' names (`hear_groups`)."""
        self._home: tuple[Place | None] | None = None  # `home_place`, read once
        self.actor_countries: tuple[str, ...] = ()
        """The countries of every actor the event coder read in the text (`hear_actors`)."""
        self.stances: dict[int, frozenset[int]] = {}
        """Where stances on events were taken, by sentence (`hear_stances`)."""

    def hear_actors(self, countries: Iterable[str]) -> None:
        """The countries of the text's actors and targets ("Ambazonian separatists", "the
        Spanish police"), as the event coder read them: each a small vote for its country when a
        sentence's names are read (a "Nord-Ouest" of Haiti or of Cameroon), never more than a
        name of that country would give. (acled15)"""
        self.actor_countries = tuple(dict.fromkeys(c for c in countries if c))

    def hear_stances(self, stances: dict[int, frozenset[int]]) -> None:
        """The character offsets of the place phrases fronted on a stance on an event ("In
        Paris, the minister denounced the attack"), by the start of their sentence, as the event
        coder read them: where the stance was taken, no candidate for the place of an event
        another sentence tells. (qa32)"""
        self.stances = stances

    def hear_groups(self, offsets: Iterable[int]) -> None:
        """The character offsets of the words inside the names the event coder's dictionaries
        know as a group's ("Boko Haram", "the Army for the Liberation of Rwanda"): no word of
        such a name is a place, for an event or the article ("Liberation" read as a town of
        France). (qa33)"""
        self.groups = frozenset(offsets)
        if not self.groups:
            return
        self.places = tuple(p for p in self.places if p.start not in self.groups)
        self.qualifiers = tuple(p for p in self.qualifiers if p.start not in self.groups)
        kept = tuple(p for p in self.all_places if p.start not in self.groups)
        self.dateline = article_place(replace(self._document, places=kept), self.places)
        self._home = None

    def country(self) -> str | None:
        """The article's main country by its places: the one its names agree on, read together
        with the gazetteer (a province in brackets settles an ambiguous town), else the country
        of most places; None when it has none."""
        if self.finder is not None:
            agreed = self.finder.country(self.doc, self.places, self.groups | self._made)
            if agreed is not None:
                return agreed
        counts = Counter(
            p.country
            for p in self.all_places
            if p.country and p not in self.origins and p.start not in self.groups
        )
        if counts:
            return counts.most_common(1)[0][0]
        if self.finder is None:
            return None
        return division_country(self.doc.text, self.finder.words)

    def event_place(
        self,
        clause: tuple[int, int],
        sent: Span,
        countries: Sequence[str] = (),
        aside: frozenset[int] = frozenset(),
        elsewhere: frozenset[int] = frozenset(),
    ) -> EventLocation:
        """Where the event whose clause spans the characters `clause` of sentence `sent`
        happened; `countries`: its actors' countries; `aside`: character offsets of the words
        that tell what the event is about, not where it is ("protested against the war in
        X"), whose names are no candidates; `elsewhere`: offsets of words set aside that tell
        where something else was (a stance taken on the event, the point an attack was launched
        from), whose place is not the event's even as the article's place. The clause's, else the sentence's names
        read together with the gazetteer, else the article's place; failing those, the one
        country the sentence names as a participant ("US troops fired ..."), else the article's
        home country, inferred (`home_place`). A place people come from ("troops from
        Spain") is none of these (`_origin`), nor a place `elsewhere`, nor one fronted on a
        stance another sentence tells (`hear_stances`), even as the article's place."""
        aside = aside | {p.start for p in self.origins} | self.groups
        # where a stance another sentence tells was taken: neither a candidate nor, as the
        # article's place, the fallback
        elsewhere = elsewhere | frozenset(
            i
            for start, offsets in self.stances.items()
            if start != sent.start_char
            for i in offsets
        )
        aside = aside | elsewhere
        location = event_place(
            self.finder,
            [p for p in self.places if p.start not in aside],
            clause,
            sent,
            countries,
            self.people,
            fallback=self.dateline,
            aside=aside,
            hints=self.actor_countries,
            groups=self.groups,
        )
        if location is not None and (
            (location.start, location.end) in {(p.start, p.end) for p in self.origins}
            or location.start in elsewhere
        ):
            # the article's names agree on the origin's country alone, or its place is where
            # something else was ("In Bamako, the minister condemned the attack" told before)
            location = None
        if location is not None:
            return EventLocation(location, stated=True)
        sentence = (sent.start_char, sent.end_char)
        # (a country word set aside as another's, "the Iranian minister condemned the strike",
        # is no participant of the event either)
        qualifiers = [p for p in self.qualifiers if p.start not in elsewhere]
        named = {p.country for p in qualifiers if sentence[0] <= p.start < sentence[1]}
        if len(named) == 1:
            return EventLocation(place_in(qualifiers, sentence), stated=False)
        home = self.home_place()
        if home is None and len(set(countries)) == 1:
            # a text with no place at all ("Awami League factions clashed after prayers"): the
            # one country its actors belong to is the best guess, inferred like a home country
            home = home_country_place(self.finder, countries[0])
        return EventLocation(home, stated=False)

    def home_place(self) -> Place | None:
        """The article's home country (`country`) as the place of an event whose sentence and
        context name none: a country-level place marked `inferred`, with a low confidence, since
        no words of the text tie the event to it (the map and the analyst tell it apart)."""
        if self._home is None:
            self._home = (home_country_place(self.finder, self.country()),)
        return self._home[0]


DATELINE_REACH_CHARS = 60
"""A dateline's town starts within this many characters of the text's head."""
_WORD = re.compile(r"[^\W\d_]+")
"""A word of letters (`_born_or_made`)."""
# A capitalised name and the lower-case word after it ("Natogyi township").
_NAMED_DIVISION = re.compile(r"\b[A-Z][\w'-]+\s+([a-z]+)\b")


def division_country(text: str, vocab: PlaceWords) -> str | None:
    """The one country whose division words the text uses after a name ("Natogyi township":
    Myanmar), for a text none of whose places the gazetteer knows; None where it uses none, or
    those of several countries. (acled14)"""
    found = {
        vocab.division_countries[m.group(1)]
        for m in _NAMED_DIVISION.finditer(text)
        if m.group(1) in vocab.division_countries
    }
    return found.pop() if len(found) == 1 else None


# The confidence of a place the text does not name: the article's home country.
HOME_CONFIDENCE = 0.2


def home_country_place(finder: SentencePlaces | None, country: str | None) -> Place | None:
    """The country `country` as an inferred place (`Place.inferred`): its gazetteer entry's
    name and point where the gazetteer has it; no mention, so an empty text at offset 0."""
    if country is None:
        return None
    entry = finder.gazetteer.country(country) if finder is not None else None
    return Place(
        text="",
        start=0,
        end=0,
        name=entry.name if entry is not None else country,
        geonameid=entry.geonameid if entry is not None else None,
        lat=entry.lat if entry is not None else None,
        lon=entry.lon if entry is not None else None,
        country=country,
        admin1=None,
        feature="country",
        confidence=HOME_CONFIDENCE,
        inferred=True,
    )


def follow_up_place(first: Event, later: Event) -> Place | None:
    """The place of an event told over two sentences: a place the follow-up names beats a
    country the first sentence only implied, or the article's place the first sentence fell
    back on."""
    if later.location is None or not _told_in(later):
        return first.location or later.location
    if first.location is None or first.location.feature == "country" or not _told_in(first):
        return later.location
    return first.location


def _told_in(event: Event) -> bool:
    """The event's place is named in its own evidence (not the article's place as a fallback)."""
    place = event.location
    return (
        place is not None
        and not place.inferred
        and event.evidence.start <= place.start < event.evidence.end
    )


def person_names(doc: Doc) -> frozenset[str]:
    """Names the article uses for people ("Mike Pompeo", and "Pompeo" alone): never a place
    elsewhere in it, even where the parser did not see the person."""
    names: set[str] = set()
    lowers = token_words(doc)[2]  # (no Token made per name, perf34)
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON":
            names.add(span_text(ent).lower())
            if len(ent) > 1:
                names.add(lowers[ent.end - 1])
    return frozenset(names)


# Dependencies of a country name that make it a participant rather than a location.
COUNTRY_AS_ACTOR = {"nsubj", "nsubjpass", "dobj", "dative", "appos", "poss"}


def named_places(
    doc: Doc, places: Sequence[Place], words: PlaceWords | None = None
) -> tuple[Place, ...]:
    """The places named as places: a nationality word ("Russian forces", "Iraqi police") is the
    geocoder's mention of a country, but it tells who acted, not where; so does a country name
    that modifies a noun ("US soldiers", "the US embassy", "US-led coalition"). `words`: the
    language's place words (English by default)."""
    vocab = words if words is not None else PlaceWords.english()
    kept = []
    text = doc_text(doc)
    # a name the article also gives as a place ("a shooting in Gary") is no person's there
    people = person_words(doc) - {p.text for p in places if _cued(text, p, vocab)}
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if (
            span is not None
            and len(span)
            and all(t.ent_type_ == "NORP" for t in span_tokens(span))
            and (p.feature == "country" or p.text.lower() != p.name.lower())
        ):
            # ("Aleppo" tagged as a nationality is still the town)
            continue
        if span is not None and len(span) and p.feature == "country" and _modifier(span):
            continue
        if _origin(span, vocab):
            continue
        if span is not None and len(span) and p.feature != "country" and _glued(span):
            continue
        # a name among the divisions bracketed after a place is one, whatever the parser says
        personal = (
            not _bracketed(text, p)
            and not _listed_after(text, p, places)
            and (p.text in people or _person_named(span, vocab))
        )
        if p.feature != "country" and (
            _other_thing(text, p)
            or personal
            or p.text.lower() in vocab.event_not_places  # "Police" read as a town of Poland
            or _kin_of(text, p, vocab)
        ):
            continue
        kept.append(p)
    return _one_reading(kept)


def _one_reading(places: Sequence[Place]) -> tuple[Place, ...]:
    """One reading per name in an article: the geocoder may read "Gallatin County" as a town
    of Tennessee in one sentence and as Montana's county in the next; the surest reading holds
    for every mention."""
    best: dict[str, Place] = {}
    for p in places:
        key = p.text.lower()
        if key not in best or p.confidence > best[key].confidence:
            best[key] = p
    return tuple(
        p
        if best[p.text.lower()].geonameid == p.geonameid
        else replace(best[p.text.lower()], text=p.text, start=p.start, end=p.end)
        for p in places
    )


# Words after a name that make it a street's ("Elm Avenue", "Birch Court") or an institution's
# ("St. Louis Children's Hospital", "The Buffalo News"): not where the event is.
STREET = re.compile(
    r"\s+(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Ln|Lane|Ct|Court|Pl|Place|Way"
    r"|Pkwy|Parkway|Cir|Circle|Ter|Terrace|Hwy|Highway|Trail|Pike)\b(?!-)"
)
INSTITUTION = re.compile(
    r"(?:'s)?\s+(?:(?:Children's|Memorial|General|Regional|Medical|Community)\s+)*"
    r"(?:Hospital|Medical Center|News|Times|Herald|Tribune|Gazette|Journal|Post|Chronicle"
    r"|Courier|Observer|Telegraph|Dispatch)\b"
)
BLOCK = re.compile(
    r"(?:\bblock of\s+(?:the\s+)?(?:(?:[NSEW]|North|South|East|West)\.?\s+)?"
    r"|\b(?:Department|Ministry|Minister|Secretary|Bureau) of\s+(?:the\s+)?)$"
)


def _other_thing(text: str, place: Place) -> bool:
    """The name is a street's ("the 4200 block of Elm", "Birch Court") or an institution's
    ("St. Louis Children's Hospital"): a local report names them, but the event is not in the
    town so named."""
    after = text[place.end : place.end + 40]
    before = text[max(0, place.start - 30) : place.start]
    return bool(STREET.match(after) or INSTITUTION.match(after) or BLOCK.search(before))


def _bracketed(text: str, place: Place) -> bool:
    """The name is among the divisions bracketed after a place ("Varnok (Lesna, Orhei)",
    "Kordova (Kordova - Centro)"): how conflict notes code a location; the parser often takes
    such a list for a person's name."""
    before = text[max(0, place.start - 40) : place.start]
    at = before.rfind("(")
    if at < 1 or not before[:at].rstrip()[-1:].isalpha():
        return False
    return all(c.isalpha() or c in BRACKET_LIST for c in before[at + 1 :])


# What may stand between a bracket and a division listed in it: other names and their separators.
BRACKET_LIST = frozenset(" ,-'.")


def _listed_after(text: str, place: Place, places: Sequence[Place]) -> bool:
    """The name follows another place's name and a comma ("Varnok, Kamboro"): how a note gives
    a place's division; the parser often takes the division for a person's name. (acled18)"""
    return any(q.end < place.start and text[q.end : place.start].strip() == "," for q in places)


def _kin_of(text: str, place: Place, vocab: PlaceWords) -> bool:
    """The name owns a person's kin ("Hale's grandmother told reporters"): a person's name."""
    return kin_owner(text, place.end, vocab)


def _person_named(span: Span | None, vocab: PlaceWords) -> bool:
    """The parser takes the mention for a person's name and no word before it says where
    ("Authorities said Hayden died"): a town of that name is a guess."""
    if span is None or not len(span) or doc_tokens(span.doc)[span.start].ent_type_ != "PERSON":
        return False
    return (
        span.start == 0 or token_words(span.doc)[2][span.start - 1] not in vocab.strong_place_cues
    )


def _cued(text: str, place: Place, vocab: PlaceWords) -> bool:
    """A word that says where comes right before the name ("in Gary")."""
    words = text[max(0, place.start - 12) : place.start].split()
    return bool(words) and words[-1].lower() in vocab.strong_place_cues


def _cued_alone(text: str, place: Place, vocab: PlaceWords) -> bool:
    """ "in Lollar against ...": cued, and not the first word of a longer name ("in Kharab
    Shahem town", which the gazetteer does not know whole)."""
    after = text[place.end : place.end + 2]
    return _cued(text, place, vocab) and not (after[:1] == " " and after[1:2].isupper())


def person_words(doc: Doc) -> frozenset[str]:
    """First and last names of the people the article names in full ("Jada Page", "Kenneth
    Murphy"): a lone "Jada" or "Murphy" elsewhere is the person, not a town so named."""
    words: set[str] = set()
    tokens = doc_tokens(doc)
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and len(ent) > 1:
            words.update({tokens[ent.start].text, tokens[ent.end - 1].text})
    return frozenset(w for w in words if w[:1].isupper() and len(w) > 2)


def _glued(span: Span) -> bool:
    """A piece of a hyphenated name ("Croix" of "Croix-des-Bouquets"), which the geocoder may
    read as a town of its own; "Hong Kong - Wan Chai", spaced, holds two names."""
    doc = doc_tokens(span.doc)  # (the parse's kept Tokens, perf34)
    end, start = span.end, span.start
    after = end + 1 < len(doc) and doc[end].text == "-"
    after = after and not doc[end - 1].whitespace_ and not doc[end].whitespace_
    before = start >= 2 and doc[start - 1].text == "-"
    before = before and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_
    return after or before


def _modifier(span: Span) -> bool:
    """The span acts or only qualifies a noun outside it ("US" in "US troops", "US-led")."""
    root = span.root
    if root.dep_ in COUNTRY_AS_ACTOR:
        # "Norway will recall its envoy": the country acts, it is not a place
        return True
    if root.dep_ in {"compound", "amod", "nmod", "poss"} and not (
        span.start <= root.head.i < span.end
    ):
        return root.head.pos_ in {"NOUN", "PROPN"} and root.head.i > root.i
    after = span.end
    return after + 1 < len(span.doc) and span.doc[after].text == "-"


def _origin(span: Span | None, vocab: PlaceWords) -> bool:
    """The place is where people come from: "from" on a noun of people or a group ("troops from
    Spain", "a delegation from Norway") tells whose they are, as "Spanish troops" does, not
    where the event is (qa31); so does a nationality held abroad ("an Eritrean refugee",
    `held_abroad`)."""
    if span is None or not len(span) or held_abroad(span, vocab):
        return span is not None and len(span) > 0
    # (a one-word span is its own root; the head and its head from the parse's kept Tokens:
    # no Token made, perf34)
    tokens, heads = doc_tokens(span.doc), token_heads(span.doc)
    root = tokens[span.start] if len(span) == 1 else span.root
    prep = tokens[heads[root.i]]
    home = root
    while home.dep_ == "appos" and home.head.i < home.i:
        home = home.head  # "of Denver, Colorado": the state tells which town
    if home.dep_ == "pobj" and _residence(home.head, vocab):
        return True
    if root.dep_ != "pobj" or prep.lower_ not in vocab.origin_prepositions:
        return False
    noun = tokens[heads[prep.i]]
    # a sentence's first word may be tagged a name, its lemma then the word itself ("Engineers")
    forms = {noun.lemma_.lower(), noun.lower_, noun.lower_.removesuffix("s")}
    return (
        prep.dep_ == "prep" and noun.pos_ in {"NOUN", "PROPN"} and bool(forms & vocab.origin_heads)
    )


def _born_or_made(text: str, end: int, vocab: PlaceWords) -> bool:
    """The name ending at character `end` is where a person was born or a thing made: a hyphen
    and an origin word follow it ("a Lebanese-born activist", "French-made rifles"; events'
    `actors/origin_words`): no place of the event nor of the article, nor its people's (actors42)."""
    if text[end : end + 1] != "-":
        return False
    word = _WORD.match(text, end + 1)
    return word is not None and word.group().lower() in vocab.origin_suffixes


def _residence(prep: Token, vocab: PlaceWords) -> bool:
    """ "the killing of Dana Pell, 34, of Dayton, Ohio", "charged in the death of Tom Reyes, of
    Fresno": a preposition of residence (`geocode/residence_prepositions.txt`) set off by a comma
    after a person's name tells where the person lives, not where the event is. (prec41)"""
    if prep.dep_ != "prep" or prep.lower_ not in vocab.residence_prepositions or prep.i == 0:
        return False
    person = prep.head
    return (
        prep.doc[prep.i - 1].is_punct
        and person.pos_ == "PROPN"
        and person.ent_type_ == "PERSON"
        and person.i < prep.i
    )


def place_in(places: Sequence[Place], span: tuple[int, int]) -> Place | None:
    """The most specific place in the span: a town whose province is also named there ("Rustaq
    district, Takhar") wins, then the most confident town or district, then a country."""
    inside = [p for p in places if p.start >= span[0] and p.end <= span[1]]
    if not inside:
        return None
    provinces = {p.admin1 for p in inside if p.feature == "admin1" and p.admin1}
    local = [p for p in inside if p.feature != "country"]
    confirmed = [p for p in local if p.feature != "admin1" and p.admin1 in provinces]
    if confirmed:
        return max(confirmed, key=lambda p: p.confidence)
    if local:
        return max(local, key=lambda p: (p.feature != "admin1", p.confidence))
    return inside[0]


def dateline_place(document: Document, places: Sequence[Place] = ()) -> Place | None:
    """The first place of the first sentence when the text opens with an all-caps dateline, unless
    the geocoder read only a piece of it ("LAKE CITY" of "SALT LAKE CITY") or the article's other
    names all lie in another province than its reading ("SHELBY" read in Michigan, the rest in
    New York): a misread dateline."""
    text = document.text
    lead = len(text) - len(text.lstrip())
    head = text[lead : lead + 40]
    word = head.split(" ", 1)[0].strip(",—-:(")
    if len(word) < 3 or not word.isupper() or not document.places:
        return None
    first = min(document.places, key=lambda p: p.start)
    if first.start >= 60:
        return None
    if not AGENCY.fullmatch(text[lead : first.start]):
        # a piece of the dateline ("LAKE CITY" of "SALT LAKE CITY"), or a place after a label
        # ("UPDATE: Kentucky State Police says ...")
        return None
    return first if _agrees(first, places or document.places) else None


# What may stand before a dateline's town: nothing, or an agency's name ("(CNN) WASHINGTON").
AGENCY = re.compile(r"(?:\([A-Z]+\)\s*)?")


def _agrees(first: Place, places: Sequence[Place]) -> bool:
    """The dateline's province is named again in the article by another name, or no other
    province of its country is."""
    if first.feature == "country" or not first.admin1:
        return True
    others = [p for p in places if p.start != first.start and p.country == first.country]
    names = _names_by(others, lambda p: p.admin1 if p.feature != "country" else None)
    key = _norm(first.name)
    own = names.get(first.admin1, set()) - {key}
    return bool(own) or not any(len(v - {key}) >= 2 for v in names.values())


def _names_by(places: Iterable[Place], key: Callable[[Place], str | None]) -> dict[str, set[str]]:
    """The distinct names (not mentions) the places give each key: many names agreeing on a
    country or province say more than one name said again ("Metro" of "Metro Video")."""
    found: dict[str, set[str]] = {}
    for p in places:
        k = key(p)
        if k:
            found.setdefault(k, set()).add(_norm(p.name))
    return found


def _norm(name: str) -> str:
    """A name compared with others: "Saint Louis" is "St. Louis"."""
    return name.lower().replace("saint ", "st. ")


def event_place(
    finder: SentencePlaces | None,
    places: Sequence[Place],
    clause: tuple[int, int],
    sent: Span,
    countries: Sequence[str] = (),
    people: Iterable[str] = (),
    fallback: Place | None = None,
    aside: frozenset[int] = frozenset(),
    hints: Sequence[str] = (),
    groups: frozenset[int] = frozenset(),
) -> Place | None:
    """The event's place: the names of its clause, else its sentence, read together (a town is
    the one in the country its neighbours and its "(Province)" agree on), else `fallback` (the
    article's dateline or main place, `article_place`).

    `places`: the article's named places (`named_places`); `countries`: the actors' countries;
    `people`: names the article uses for people, never places; `aside`: character offsets
    of words that tell what the event is about, whose names are no candidates; `hints`: the
    countries of the text's other actors (`ArticlePlaces.hear_actors`), voted as the event's own;
    `groups`: offsets of the words inside groups' names, no place of the article either.
    """
    sentence = (sent.start_char, sent.end_char)
    # the dateline is where the reporter is: another town of its sentence is where the event is
    # ("VARNOK, Ohio — Police in Dolna are looking into a shooting")
    local = [p for p in places if not _is_dateline(p, fallback, sentence, places)]
    geo = place_in(local, clause) or place_in(local, sentence)
    if finder is None:
        return (_held_elsewhere(geo, places, doc_text(sent.doc)) or geo) if geo else fallback
    inside = [p for p in places if sentence[0] <= p.start < sentence[1]]
    context = [p for p in places if p not in inside]
    whole = finder.whole(sent.doc, places, hints, groups)
    article = whole[0] if whole else None
    found = finder.place(
        sent,
        (*countries, *hints),
        people,
        places=inside,
        clause=clause,
        context=context,
        article=article,
        aside=aside,
    )
    text = doc_text(sent.doc)
    if found is not None and (
        _other_thing(text, found)
        or (
            _piece_of_person(found, people)
            and not _cued_alone(text, found, finder.words)
            and not _bracketed(text, found)
        )
        or (geo is not None and _is_dateline(found, fallback, sentence, places))
    ):
        found = None
    if found is not None and not (
        geo is not None and geo.feature != "country" and found.feature == "country"
    ):
        geo = found
    if geo is not None:
        geo = _held_elsewhere(geo, places, text, finder.readings) or geo
    if geo is None:
        if whole is not None and (fallback is None or _elsewhere(fallback, whole[0], places)):
            # the article's place is missing or disagrees with what its names agree on ("Nord"
            # of Haiti read from "Nord-Kivu"): the best place of the country they agree on,
            # as loosely tied to the event as the article's place
            return _loosely(whole[1], people)
        return fallback
    if (
        fallback is not None
        and not sentence[0] <= fallback.start < sentence[1]
        and _yields(geo, fallback, places)
    ):
        if (
            whole is not None
            and _dateline_at_head(fallback)
            and _elsewhere(fallback, whole[0], places)
        ):
            # "WASHINGTON - ... U.S. troops were wounded" in a report whose names agree on
            # another country: the dateline is where the reporter is, and what the sentence
            # names gives way to the article's place, not the reporter's: a country word of the
            # dateline's own qualifies people ("U.S. troops"), a gazetteer guess is no place
            # (qa30)
            return _loosely(whole[1], people)
        return fallback
    return geo


def _elsewhere(fallback: Place, other: str, places: Sequence[Place]) -> bool:
    """The article's place is in another country than the one its names agree on (`other`),
    which they name well enough (`_well_named`)."""
    return fallback.country != other and not _well_named(fallback, other, places)


def _loosely(best: Place | None, people: Iterable[str]) -> Place | None:
    """The best place of the country the article's names agree on, as loosely tied to the
    event as the article's place."""
    if best is None or _piece_of_person(best, people):
        return None
    return replace(best, confidence=min(best.confidence, 0.3))


def _dateline_at_head(place: Place) -> bool:
    """The place is the article's dateline: a name in capitals at the text's head."""
    return place.start < DATELINE_REACH_CHARS and place.text.isupper()


def _held_elsewhere(
    place: Place,
    places: Sequence[Place],
    text: str,
    readings: Callable[[str], int] | None = None,
) -> Place | None:
    """The division the text puts a town in ("Eureka, Navarro County", "X (Y Province)") when
    the town's reading lies in another province of that country: the reading is another town
    of the name, and the division is where the event is. Further on in the list bracketed
    after the town ("Dolna village (Varnok district, Kamboro)"), only where the gazetteer has
    several readings of the town's name (`readings`: how many): one known town of the name is
    likelier the place than a note's slip of province. (acled18)"""
    if place.feature not in {"city", "landmark"} or not place.admin1:
        return None
    ambiguous = readings is not None and readings(place.text) > 1
    for p in places:
        gap = text[place.end : p.start]
        if (
            (0 < len(gap) <= 3 and gap.strip() in {",", "("} or (ambiguous and _bracket_list(gap)))
            and p.feature in {"admin1", "admin2"}
            and p.country == place.country
            and p.admin1
            and p.admin1 != place.admin1
        ):
            return p
    return None


# A bracketed list of divisions after a place, up to one of them: "village (coded to Varnok, ",
# "district (Kamboro Regency, ".
_BRACKET_LIST = re.compile(r"(?:\s+[a-z]+){0,2}\s*\([\w\s'.,-]*,\s*")


def _bracket_list(gap: str) -> bool:
    """What stands between a place and a division listed after it in the brackets that follow
    it ("Dolna village (coded to Varnok, Kamboro)"): how conflict notes give a place's divisions,
    the last of them its province. (acled18)"""
    return len(gap) <= BRACKET_REACH and _BRACKET_LIST.fullmatch(gap) is not None


# How far after a place its bracketed list of divisions may reach.
BRACKET_REACH = 60


def _well_named(fallback: Place, other: str, places: Sequence[Place]) -> bool:
    """The geocoder's places give the article place's country many more names than the
    country the text's names were voted to (one name said ten times, "Metro" of "Metro Video"
    read as a town of Indonesia, against a county, a town and the state of a US report)."""
    names = _names_by(places, lambda p: p.country)
    mine, theirs = len(names.get(fallback.country or "", ())), len(names.get(other, ()))
    return mine >= 3 and mine >= 2 * theirs


def _is_dateline(
    place: Place, fallback: Place | None, sentence: tuple[int, int], places: Sequence[Place]
) -> bool:
    """The place is the article's dateline (its place, at the text's head) and its sentence
    names another town or district."""
    if (
        fallback is None
        or not _dateline_at_head(fallback)
        or (place.start, place.end) != (fallback.start, fallback.end)
    ):
        return False
    return any(
        sentence[0] <= p.start < sentence[1]
        and p.start != place.start
        and p.feature in {"city", "admin2", "landmark"}
        and _norm(p.text) != _norm(place.text)
        for p in places
    )


def _piece_of_person(place: Place, people: Iterable[str]) -> bool:
    """The place is one word of a person's full name the article uses ("Luis" of "Luis
    Anaya"): the gazetteer knows some town by every first name."""
    word = place.text.lower()
    if place.feature == "country":
        return False  # "Abdullah II of Jordan"
    return any(word in name.split() and word != name for name in people)


def _yields(place: Place, fallback: Place, places: Sequence[Place]) -> bool:
    """The article's own town is better than the sentence's place when that place is only a
    gazetteer guess from another country than the article's ("Grand" of "Grand Mesa" read as a
    French town), or a province or country that holds the article's town ("Kentucky State Police
    says ..." in an article on a shooting in White Plains, Kentucky)."""
    if place.feature in {"country", "admin1"} and fallback.feature not in {"country", "admin1"}:
        return place.country == fallback.country and (
            place.feature == "country" or place.admin1 == fallback.admin1
        )
    if fallback.feature == "country":
        # an article that names only countries ("the invasion of Ukraine") gives no place
        # better than the town the sentence names
        return False
    # a name the geocoder also took for a place is no mere guess
    guessed = place.confidence <= GUESSED and not any(
        (p.start, p.end) == (place.start, place.end) for p in places
    )
    return guessed and place.country != fallback.country


def article_place(document: Document, places: Sequence[Place] = ()) -> Place | None:
    """Where the article is, for an event whose sentences name no place: its dateline, else the
    most named town of the province and country most names agree on (a local report names its
    town in the lead and tells the shooting with street names), else that province or country;
    with a lower confidence, since the text does not tie the event to it."""
    dateline = dateline_place(document, places)
    if dateline is not None:
        return dateline
    # a nationality word ("Russian forces") is the geocoder's mention of a country, not a place
    named = [
        p
        for p in (places or document.places)
        if p.country and (p.feature != "country" or p.text.lower() == p.name.lower())
    ]
    if not named:
        return None
    own = _most_agreed(named, lambda p: p.country)
    province = _most_agreed(own, lambda p: p.admin1 if p.feature != "country" else None)
    for level in (("city", "admin2", "landmark"), ("admin1",), ("country",)):
        at = [p for p in province or own if p.feature in level]
        if at:
            counts = Counter(p.geonameid or p.name for p in at)
            # on a tie a county beats a town: a local report names the county whose sheriff
            # investigates, while a lone town may be where someone is from or the station's
            best = max(
                at, key=lambda p: (counts[p.geonameid or p.name], p.feature == "admin2", -p.start)
            )
            return replace(best, confidence=min(best.confidence, 0.3))
    return None


def _most_agreed(places: Sequence[Place], key: Callable[[Place], str | None]) -> list[Place]:
    """The places of the key (country, province) that most distinct names agree on, then most
    mentions; none when no place has a key."""
    names = _names_by(places, key)
    if not names:
        return []
    mentions = Counter(key(p) for p in places)
    best = max(names, key=lambda k: (len(names[k]), mentions[k]))
    return [p for p in places if key(p) == best]
