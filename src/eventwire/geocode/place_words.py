"""The geocoder's words about places, from a language's lexicon (its `geocode/` lists).

The rule code of the geocoder (toponyms, resolver, sentence places, place votes) holds no words:
it is given one `PlaceWords`, built once per worker from the lexicon (`Geocoder` builds it), and
reads the lists by name. Each list's file header says what it is for and how it is compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lang import Lexicon, load_lexicon
from ..lang.key_words import KeyWords, key_words
from .gazetteer import normalise


@dataclass(frozen=True)
class PlaceWords:
    """The lists, as sets."""

    country_locatives: frozenset[str]
    """Words right before a country's name that make it where ("in Syria")."""
    locative_directions: frozenset[str]
    """Direction words between such a word and the name ("in eastern Syria")."""
    bare_directions: frozenset[str]
    """Direction words that are no division's name alone ("the South")."""
    world_regions: frozenset[str]
    """Names of world regions ("the Middle East"), as normalised keys: never a town so named."""
    likeness_stopwords: frozenset[str]
    """Articles left out when comparing a name with an entry's ("al Basrah", "Basra")."""
    honorifics: frozenset[str]
    """Titles before a name that make it a person's ("Mr. Paris")."""
    locatives: frozenset[str]
    """Prepositions before a name that make it a place ("in Takihi")."""
    cued_list: frozenset[str]
    """The locatives and the words that make a following list of names places ("between")."""
    admin_words: frozenset[str]
    """Division words that make a name a division ("X Province", "province of X")."""
    county_words: frozenset[str]
    """Division words that make it a second-level one ("X County")."""
    city_words: frozenset[str]
    """Words that make a name a town's ("X City", "the town of X")."""
    generic_words: frozenset[str]
    """Words that alone only describe a place ("Central", "the Gulf")."""
    not_place_names: frozenset[str]
    """Capitalised words never a place's name: months, weekdays and the like."""
    compass_words: frozenset[str]
    """Compass words before "of" that make the name after it a place."""
    local_institutions: frozenset[str]
    """Words of a local institution's name a place name may open ("Fresno Police")."""
    feature_words: frozenset[str]
    """Words that make a thing of its own out of a place name ("Mississippi River")."""
    facility_words: frozenset[str]
    """Words after a place entity that make it a building's name ("Pearl Harbor")."""
    byline_verbs: frozenset[str]
    """What reporters do in bylines (lemmas: "report")."""
    border_words: frozenset[str]
    """Words after a name that make it a state or a country ("border")."""
    town_offices: frozenset[str]
    """Offices after a name that belong to a town ("Berea police")."""
    state_titles: frozenset[str]
    """Titles after a name that belong to a state ("New York Gov.")."""
    agent_verbs: frozenset[str]
    """Verbs of saying or deciding (lemmas): a place as their subject is a government."""
    list_links: frozenset[str]
    """Tokens that link the names of a list (",", "and")."""
    place_particles: frozenset[str]
    """Lower-case words inside place names ("Deir ez Zor")."""
    place_prepositions: frozenset[str]
    """Words before a name that make it a place in an event's sentence ("in X")."""
    strong_place_cues: frozenset[str]
    """Words before a name that make even a person's name (as parsed) a place."""
    event_not_places: frozenset[str]
    """Generic capitalised words never the place of an event ("Police"), months and days."""
    titles: frozenset[str]
    """Titles and ranks ("Secretary", "General"): never the place of an event."""
    division_nouns: frozenset[str]
    """Words after a name that make it a division or a town ("Mykolaiv region")."""
    sublocal_after: frozenset[str]
    """Words after a name that make it a street, a building or a group ("X neighborhood")."""
    sublocal_before: frozenset[str]
    """Words before a name that make it a street or a neighbourhood ("Calle X")."""
    institution_heads: frozenset[str]
    """Heads of an institution's name whose "of X" names a field ("Ministry of X")."""
    route_words: frozenset[str]
    """Words after a hyphenated pair of towns that make it a road ("X-Y highway")."""
    inside_prepositions: frozenset[str]
    """Prepositions after which a name parsed as a person's is a place ("in X")."""
    name_goes_on: frozenset[str]
    """Words after which a name goes on as another thing's: a feature's or a building's ("St Anne's
    *Chapel*"), a division of its own ("Fenwick *Township*"), or an "X of Y" name ("Bay *of*
    Plenty")."""
    kin_nouns: frozenset[str]
    """Nouns of a person's kin after a possessive that make the name a person's ("X's mother")."""
    plural_levels: dict[str, str]
    """Plural division words closing a list ("Camden and Charlton counties") and the level they
    give each item."""
    division_countries: dict[str, str]
    """Division words that one country alone uses ("X township": Myanmar), and its ISO3 code."""
    origin_prepositions: frozenset[str]
    """Prepositions that give the origin of a person or group when they hang on its noun
    ("troops from Spain")."""
    residence_prepositions: frozenset[str]
    """Prepositions that give where a person lives when they follow the person's name after a
    comma ("Dana Pell, 34, of Dayton")."""
    origin_heads: frozenset[str]
    """Nouns of people and groups (singular, lower case): the event dictionaries' agent nouns and
    `group_nouns`; a place of origin on one ("engineers from Italy") is whose they are."""
    abroad_heads: frozenset[str]
    """Nouns of people named by a nationality they hold abroad ("an American tourist", "Syrian
    migrants"): a country word qualifying one is whose they are, not where the event is."""
    origin_suffixes: frozenset[str]
    """Words after a place's name and a hyphen that make it where a person or a thing comes from
    ("a Lebanese-born activist", "French-made rifles"): the events' `actors/origin_words`; no
    place of the event nor of the article (actors42)."""
    name_joiners: frozenset[str]
    """Short words joining the pieces of a compound name between hyphens ("Lashkar-e-Taiba"):
    a piece of such a compound is no place of its own."""
    key: KeyWords
    """The single words the place rules name by role ("of" in "the city of Austin")."""

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> PlaceWords:
        return _place_words(lexicon)

    @classmethod
    def english(cls) -> PlaceWords:
        """The shipped English lists (the default of the geocoder's parts)."""
        return _place_words(load_lexicon("en"))


@cache
def _place_words(lexicon: Lexicon) -> PlaceWords:
    def words(name: str) -> frozenset[str]:
        return lexicon.words(f"geocode/{name}")

    # month and weekday names (the time stage's tables) are never places either
    calendar = frozenset(
        row["name"]
        for table in ("time/months", "time/weekdays")
        for row in lexicon.table(table)
        if row["form"] == "full"
    )

    return PlaceWords(
        country_locatives=words("country_locatives"),
        locative_directions=words("locative_directions"),
        bare_directions=words("bare_directions"),
        world_regions=frozenset(normalise(w) for w in words("world_regions")),
        likeness_stopwords=words("likeness_stopwords"),
        honorifics=words("honorifics"),
        locatives=words("locatives"),
        admin_words=words("admin_words"),
        county_words=words("county_words"),
        city_words=words("city_words"),
        generic_words=words("generic_words"),
        compass_words=words("compass_words"),
        local_institutions=words("local_institutions"),
        feature_words=words("feature_words"),
        facility_words=words("facility_words"),
        byline_verbs=words("byline_verbs"),
        border_words=words("border_words"),
        town_offices=words("town_offices"),
        state_titles=words("state_titles"),
        agent_verbs=words("agent_verbs"),
        list_links=words("list_links"),
        cued_list=words("locatives") | words("list_cues"),
        not_place_names=words("not_place_names") | calendar,
        place_particles=words("place_particles"),
        place_prepositions=words("place_prepositions"),
        strong_place_cues=words("strong_place_cues"),
        titles=words("titles"),
        division_nouns=words("division_nouns"),
        sublocal_after=words("sublocal_after"),
        sublocal_before=words("sublocal_before"),
        institution_heads=words("institution_heads"),
        route_words=words("route_words"),
        inside_prepositions=words("inside_prepositions"),
        event_not_places=words("event_not_places") | calendar,
        name_goes_on=words("feature_words") | words("admin_words") | words("name_continuations"),
        kin_nouns=words("kin_nouns"),
        plural_levels=lexicon.mapping("geocode/plural_levels", "word", "level"),
        name_joiners=words("name_joiners"),
        origin_prepositions=words("origin_prepositions"),
        residence_prepositions=words("residence_prepositions"),
        origin_suffixes=lexicon.words("events/actors/origin_words"),
        abroad_heads=words("abroad_heads"),
        origin_heads=words("group_nouns")
        | words("abroad_heads")
        | frozenset(
            row["phrase"].split()[-1]
            for table in ("events/dictionaries/agents", "events/dictionaries/agents_added")
            for row in lexicon.table(table)
            if row.get("phrase")
        ),
        division_countries=lexicon.mapping("geocode/division_countries", "word", "country"),
        key=key_words(lexicon),
    )
