"""A place for an event the geocoder left without one: gazetteer look-ups of the names in its text.

Conflict reports name small villages ("Takihi town in Deir ez Zor countryside", "Bhattiguda village
(Bijapur, Chhattisgarh)") that a general geocoder may not take as places. When the event's sentence
holds no resolved place, we look its capitalised names up in the project's gazetteer and let them
vote: the country most of them (and the event's actors' nationalities) agree on wins, and within it
the most specific place whose province is also named, else the best-known named place.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Place

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..geocode.gazetteer import Entry, Gazetteer

# Lower-case words that may sit inside a place name ("Deir ez Zor", "Las Ordenitas de Abajo").
PARTICLES = {"ez", "al", "el", "ad", "as", "ash", "ar", "az", "de", "del", "la", "las", "los",
             "da", "do", "dos", "das", "di", "du", "des", "le", "van", "von", "bin", "e", "y"}  # fmt: skip
# Words before a name that make it a place ("in Takihi", "near Pryvitne").
PLACE_PREPS = {"in", "near", "at", "from", "to", "of", "outside", "around", "into", "across",
               "towards", "toward", "between", "inside", "on", "through", "and"}  # fmt: skip
# Generic capitalised words that are never the place of an event.
NOT_PLACES = {"police", "army", "military", "government", "state", "ministry", "president",
              "council", "court", "party", "university", "school", "hospital", "the", "on",
              "casualties", "movement", "forces", "force", "republic", "national", "people",
              "union", "front", "coalition", "church", "mosque", "city", "district", "province",
              "region", "village", "town", "county", "municipality", "governorate", "north",
              "south", "east", "west", "central", "new", "old", "upper", "lower", "size",
              "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "monday", "tuesday", "wednesday",
              "thursday", "friday", "saturday", "sunday"}  # fmt: skip
# Titles and ranks: capitalised before a name ("Secretary of State", "General McKenzie"), and the
# name of some village somewhere, but never the place of an event.
TITLES = {"secretary", "president", "minister", "general", "governor", "senator", "mayor",
          "chief", "commander", "director", "spokesman", "spokeswoman", "spokesperson",
          "ambassador", "king", "queen", "prince", "princess", "judge", "justice", "colonel",
          "captain", "lieutenant", "sergeant", "major", "admiral", "officer", "sheriff",
          "deputy", "detective", "chairman", "chairwoman", "premier", "chancellor", "pope",
          "bishop", "imam", "sheikh", "representative", "rep", "sen", "gov", "gen", "col",
          "lt", "sgt", "capt", "dr", "mr", "mrs", "ms", "sir", "lord", "speaker", "leader",
          "commissioner", "superintendent", "trooper", "agent", "attorney", "prosecutor",
          "professor", "analyst", "official", "officials", "pastor", "reverend"}  # fmt: skip
ARGUMENT_DEPS = {"nsubj"}
SKIP_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"}
# Names the parser took for something else count only after a place cue ("in", a comma).
NEEDS_CUE = {"PERSON", "ORG", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT"}
_LEVEL = {"country": 0, "admin1": 1, "admin2": 2, "city": 3, "landmark": 3}
_DEMONYM = 3
_ABBREVIATION = 2


@dataclass(frozen=True, slots=True)
class _Name:
    """A capitalised name of the sentence and the gazetteer entries it may be."""

    text: str
    start: int
    end: int
    cued: bool
    person: bool
    entries: tuple[Entry, ...]


def _is_cap(token: Token) -> bool:
    return (
        token.text[:1].isupper()
        and token.is_alpha
        or "-" in token.text
        and token.text[:1].isupper()
    )


def _runs(sent: Span) -> Iterator[tuple[int, int]]:
    """Token index ranges of capitalised runs, particles allowed inside ("Deir ez Zor")."""
    i = sent.start
    while i < sent.end:
        tok = sent.doc[i]
        if not _is_cap(tok) or tok.ent_type_ in SKIP_ENTS:
            i += 1
            continue
        j = i + 1
        while j < sent.end:
            nxt = sent.doc[j]
            if _is_cap(nxt) and nxt.ent_type_ not in SKIP_ENTS:
                j += 1
            elif (
                nxt.lower_ in PARTICLES
                and j + 1 < sent.end
                and _is_cap(sent.doc[j + 1])
                and sent.doc[j + 1].ent_type_ not in SKIP_ENTS
            ):
                j += 2
            else:
                break
        yield i, j
        i = j


def _may_be_place(span: Span, sent_start: int) -> bool:
    """False for a title ("Secretary"), a capitalised common word opening the sentence, and a
    piece of a person's or organisation's name ("Washington" in "Washington Post")."""
    if len(span) == 1 and span[0].lower_.rstrip(".") in TITLES:
        # a multi-word name may hold a title ("Imam Sahib", "Sheikh Zuweid")
        return False
    first = span[0]
    doc = first.doc
    if span.root.dep_ in ARGUMENT_DEPS and span.root.head.pos_ in {"VERB", "AUX"}:
        # "the United States would close the embassy": the subject acts (an object is often
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
    if len(span) == 1 and first.i == sent_start and first.pos_ != "PROPN":
        return False
    cued = span.start > sent_start and doc[span.start - 1].lower_ in PLACE_PREPS
    if first.ent_type_ in {"PERSON", "ORG"} and not cued:
        ent = next((e for e in doc.ents if e.start <= first.i < e.end), None)
        if ent is not None and (ent.start != span.start or ent.end != span.end):
            return False
    return True


def _sub_runs(i: int, j: int) -> Iterator[tuple[int, int]]:
    """The run itself, then shorter pieces (longest first) when the whole is unknown."""
    for width in range(min(j - i, 4), 0, -1):
        for a in range(i, j - width + 1):
            yield a, a + width


class GazetteerPlaces:
    """Gazetteer look-ups of an event sentence's names; one per worker (holds the index)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def _entries(self, text: str) -> tuple[Entry, ...]:
        entries = self.gazetteer.lookup(text, limit=30)
        upper = text.isupper()
        return tuple(
            e
            for e in entries
            if e.country and e.kind != _DEMONYM and (e.kind != _ABBREVIATION or upper)
        )

    def names(self, sent: Span, is_actor: Iterable[str] = ()) -> list[_Name]:
        """The sentence's capitalised names that the gazetteer knows, longest reading first."""
        actors = {a.lower() for a in is_actor}
        doc = sent.doc
        found: list[_Name] = []
        for i, j in _runs(sent):
            pieces = sorted(_sub_runs(i, j), key=lambda r: (-(r[1] - r[0]), r[0]))
            taken: list[tuple[int, int]] = []
            for a, b in pieces:
                if any(a < y and x < b for x, y in taken):
                    continue
                span = doc[a:b]
                text = span.text
                low = text.lower()
                if low in NOT_PLACES or low in actors or len(text) < 3:
                    continue
                if b - a == 1 and doc[a].pos_ not in {"PROPN", "NOUN", "ADJ", "VERB"}:
                    continue
                if not _may_be_place(span, sent.start):
                    continue
                entries = self._entries(text)
                if not entries:
                    continue
                prev = doc[a - 1] if a > sent.start else None
                cued = (
                    prev is not None and (prev.lower_ in PLACE_PREPS or prev.text in {",", "("})
                ) or span[0].ent_type_ in {"GPE", "LOC", "FAC"}
                # a piece of a longer capitalised name ("Circle" of "Kadhimi Inner Circle"), like
                # a name the parser took for a person, counts only after a place cue
                person = span[0].ent_type_ in NEEDS_CUE or (a, b) != (i, j)
                found.append(_Name(text, span.start_char, span.end_char, cued, person, entries))
                taken.append((a, b))
        return found

    def place(
        self, sent: Span, countries: Iterable[str] = (), is_actor: Iterable[str] = ()
    ) -> Place | None:
        """The event's place from the sentence's names, or None when they do not settle one."""
        names = [
            n
            for n in self.names(sent, is_actor)
            if n.cued or (len(n.entries) <= 3 and not n.person)
        ]
        if not names:
            return None
        votes: dict[str, float] = defaultdict(float)
        for n in names:
            best: dict[str, float] = {}
            for e in n.entries:
                weight = (1.0 if n.cued else 0.5) * (
                    1.2 if e.feature in {"country", "admin1"} else 1.0
                ) + 0.05 * math.log10(e.population + 10)
                best[e.country or ""] = max(best.get(e.country or "", 0.0), weight)
            for country, weight in best.items():
                votes[country] += weight
        for country in countries:
            if country in votes:
                votes[country] += 0.5
        if not votes:
            return None
        country = max(votes, key=lambda c: votes[c])
        provinces = {
            e.admin1
            for n in names
            for e in n.entries
            if e.country == country and e.feature == "admin1" and e.admin1
        }
        options: list[tuple[tuple[float, ...], _Name, Entry]] = []
        for n in names:
            for e in n.entries:
                if e.country != country:
                    continue
                confirmed = e.feature not in {"admin1", "country"} and e.admin1 in provinces
                key = (
                    float(confirmed),
                    float(n.cued),
                    float(_LEVEL.get(e.feature, 3) > 0),
                    float(e.kind == 0),
                    float(e.population),
                )
                options.append((key, n, e))
        if not options:
            return None
        _, name, entry = max(options, key=lambda o: o[0])
        return Place(
            text=name.text,
            start=name.start,
            end=name.end,
            name=entry.name,
            geonameid=entry.geonameid,
            lat=entry.lat,
            lon=entry.lon,
            country=entry.country,
            admin1=entry.admin1,
            feature=entry.feature,  # type: ignore[arg-type]
            confidence=0.4,
        )
