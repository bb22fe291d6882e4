"""Where an event happened: its clause's and sentence's names read together against a gazetteer,
then the article's dateline or main town (made-up places, so that no real gazetteer is needed)."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from eventwire.geocode.event_place import article_place, event_place, named_places
from eventwire.geocode.gazetteer import ABBREVIATION, ALTERNATE, Entry
from eventwire.geocode.sentence_places import SentencePlaces
from eventwire.records import Document, Place


def make_document(text: str, places: tuple[Place, ...] = ()) -> Document:
    return Document(id="doc-1", published="2020-09-27", language="en", text=text, places=places)


def _entry(
    name: str, country: str, admin1: str | None, feature: str, population: int, kind: int = 0
) -> Entry:
    return Entry(
        0, None, name, 1.0, 2.0, country, None, admin1, None, None, feature, population, False, kind
    )


class _FakeGazetteer:
    """Two Varnoks (a big one in BGR, a small one in MDA), a province of MDA, a town of EST, a
    country, a village whose name is also an acronym's alternate reading."""

    ENTRIES = {
        "varnok": [
            _entry("Varnok", "BGR", "Plovdiv", "city", 40000),
            _entry("Varnok", "MDA", "Orhei", "city", 900),
        ],
        "orhei": [_entry("Orhei", "MDA", "Orhei", "admin1", 120000)],
        "tallinn": [_entry("Tallinn", "EST", "Harjumaa", "city", 400000)],
        "ukraine": [
            _entry("Ukraine", "UKR", None, "country", 40000000),
            # a town somewhere nicknamed so
            _entry("Fuentes", "ESP", "Andalucia", "city", 7000, ALTERNATE),
        ],
        "mayo": [_entry("Mayo", "USA", "Maryland", "city", 8000)],
        "dolna": [_entry("Dolna", "MDA", "Orhei", "city", 3000)],
        "bjp": [_entry("Bajpe", "IND", "Karnataka", "city", 5000, ALTERNATE)],
        "nord kivu": [_entry("Nord-Kivu", "COD", "Nord-Kivu", "admin1", 6000000)],
        "nord": [_entry("Nord", "HTI", "Nord", "admin1", 1000000)],
        "kpk": [
            _entry("Khyber Pakhtunkhwa", "PAK", "Khyber Pakhtunkhwa", "admin1", 1, ABBREVIATION)
        ],
        "j&k": [_entry("Jammu and Kashmir", "IND", "Jammu and Kashmir", "admin1", 1, ABBREVIATION)],
        "kordova": [
            _entry("Kordova", "ARG", "Kordova", "admin1", 3000000),
            _entry("Kordova", "ARG", "Kordova", "city", 1400000),
            _entry("Kordova", "COL", "Kordova", "admin1", 1200000),
            # a village of Colombia's Kordova that bears the name only as another of its names
            _entry("Los Kordovas", "COL", "Kordova", "city", 5000, ALTERNATE),
        ],
        "norvania": [
            _entry("Republic of Norvania", "NRV", None, "country", 5000000, ALTERNATE),
            # a village elsewhere that bears the country's name as its own
            _entry("Norvania", "CIV", "Lacs", "city", 3000),
        ],
        "belmora": [
            _entry("Belmora", "FRA", "Loire", "city", 2000000),
            # a village of Ukraine that bears the big city's name only as another of its names
            _entry("Veselo", "UKR", "Odesa", "city", 3000, ALTERNATE),
        ],
        "middle east": [
            # a hamlet so named, and the region (a landmark of no one country)
            _entry("Middle East", "USA", "Maryland", "city", 1800),
            Entry(
                0,
                None,
                "Middle East",
                29.0,
                42.0,
                None,
                None,
                None,
                None,
                None,
                "landmark",
                0,
                False,
                0,
            ),
        ],
        "levant": [_entry("Levant", "USA", "Maine", "city", 2200)],
        # a capital that gives its name to its bigger province
        "talvia": [
            _entry("Talvia", "TLV", "Talvia", "admin1", 5000000),
            _entry("Talvia", "TLV", "Talvia", "city", 3000000),
        ],
    }

    def lookup(self, name: str, *, limit: int = 60) -> list[Entry]:
        key = name.lower().replace("-", " ").strip(" ,")
        return list(self.ENTRIES.get(key, []))


def _finder() -> SentencePlaces:
    return SentencePlaces(_FakeGazetteer())  # type: ignore[arg-type]


def _place(
    text: str, doc_text: str, country: str, feature: str = "city", conf: float = 0.9
) -> Place:
    start = doc_text.index(text)
    return Place(text, start, start + len(text), text, None, 1.0, 2.0, country, None, feature, conf)  # type: ignore[arg-type]


def _locate(nlp: Language, text: str, places: tuple[Place, ...] = (), **kw: object) -> Place | None:
    doc = nlp(text)
    sent = next(iter(doc.sents))
    return event_place(_finder(), places, (sent.start_char, sent.end_char), sent, **kw)  # type: ignore[arg-type]


def test_bracketed_province_overrides_the_geocoders_town(nlp: Language) -> None:
    text = "Farmers blocked the main road in Varnok (Orhei) on Monday."
    # the geocoder, reading the town alone, took the better-known Varnok
    place = _locate(nlp, text, (_place("Varnok", text, "BGR"),))
    assert place is not None
    assert (place.country, place.admin1, place.feature) == ("MDA", "Orhei", "city")


def test_a_country_named_as_a_topic_is_not_the_place(nlp: Language) -> None:
    text = "Students rallied in Tallinn against the war in Ukraine."
    places = (_place("Tallinn", text, "EST"), _place("Ukraine", text, "UKR", "country"))
    place = _locate(nlp, text, places)
    assert place is not None and place.country == "EST"


def test_streets_and_acronyms_are_not_places(nlp: Language) -> None:
    text = "In Varnok (Orhei), BJP members gathered on Dolna Street."
    place = _locate(nlp, text)
    assert place is not None and place.text == "Varnok" and place.country == "MDA"
    assert _locate(nlp, "BJP members gathered on Dolna Street.") is None


def test_hyphenated_province_is_one_name(nlp: Language) -> None:
    text = "Militiamen killed two farmers in Dolna (Nord-Kivu) on Tuesday."
    place = _locate(nlp, text)
    # "Nord" alone is a Haitian department; "Nord-Kivu" settles the country, and Dolna is only
    # known in MDA, so the province is the place
    assert place is not None and place.country == "COD" and place.admin1 == "Nord-Kivu"


def test_province_abbreviation_fills_the_country(nlp: Language) -> None:
    place = _locate(nlp, "Residents staged a sit-in in Karak city (Karak, KPK) on Friday.")
    assert place is not None and place.country == "PAK"


def test_ampersand_province_code_is_a_name(nlp: Language) -> None:
    place = _locate(nlp, "Residents staged a sit-in in Samba city (J&K) on Friday.")
    assert place is not None and place.country == "IND"


def test_a_town_read_through_another_name_does_not_nest(nlp: Language) -> None:
    text = "Municipal workers marched in Kordova (Kordova) on Monday."
    # the geocoder took Colombia's province; only Argentina has a town so named in its Kordova
    place = _locate(nlp, text, (_place("Kordova", text, "COL", "admin1"),))
    assert place is not None and place.country == "ARG"


def test_no_name_falls_back(nlp: Language) -> None:
    text = "Police said two men were shot on Friday night."
    fallback = _place("Police", text, "USA", conf=0.3)
    assert _locate(nlp, text, fallback=fallback) == fallback


def test_article_place_is_the_dateline_else_the_most_named_town() -> None:
    text = "DOLNA — A man was shot. Dolna police said the shooting in Dolna was the third."
    dateline = _place("DOLNA", text, "MDA")
    doc = make_document(text, places=(dateline,))
    assert article_place(doc) == dateline
    text = "A man was shot in Varnok. Varnok police said Orhei had seen three this year."
    first = text.index("Varnok")
    second = text.index("Varnok", first + 1)
    towns = (
        Place("Varnok", first, first + 6, "Varnok", 1, 1.0, 2.0, "MDA", "Orhei", "city", 0.8),
        Place("Varnok", second, second + 6, "Varnok", 1, 1.0, 2.0, "MDA", "Orhei", "city", 0.8),
        _place("Orhei", text, "MDA", "admin1"),
    )
    place = article_place(make_document(text, places=towns))
    assert place is not None and place.name == "Varnok" and place.confidence <= 0.3


def test_a_province_holding_the_article_town_yields_to_it(nlp: Language) -> None:
    text = "Orhei police said a man was shot on Friday night."
    orhei = replace(_place("Orhei", text, "MDA", "admin1"), admin1="Orhei")
    town = Place("Varnok", 200, 206, "Varnok", 1, 1.0, 2.0, "MDA", "Orhei", "city", 0.3)
    place = _locate(nlp, text, (orhei,), fallback=town)
    assert place == town


def test_a_countrys_name_is_not_a_town_nicknamed_so(nlp: Language) -> None:
    text = "Refugees from Ukraine protested in Tallinn on Sunday."
    place = _locate(nlp, text)
    assert place is not None and place.country == "EST"


def test_a_piece_of_a_hyphenated_name_is_no_place(nlp: Language) -> None:
    # "Mayo" alone is a town of the USA; "Mayo-Sava" is unknown, and no place at all is better
    # than that piece
    text = "Gunmen attacked Dolna (Kolofa, Mayo-Sava) on Friday."
    place = _locate(nlp, text)
    assert place is not None and place.country == "MDA"


def test_the_texts_country_settles_an_ambiguous_town(nlp: Language) -> None:
    # alone, the bigger Varnok (BGR) wins; the note's other sentence places it in MDA
    text = "Farmers protested in Varnok on Monday. They had marched from Dolna (Orhei)."
    doc = nlp(text)
    sent = next(iter(doc.sents))
    place = event_place(_finder(), (), (sent.start_char, sent.end_char), sent)
    assert place is not None and (place.text, place.country) == ("Varnok", "MDA")


def test_a_sentence_without_names_takes_the_texts_country(nlp: Language) -> None:
    # the article's place (a geocoder's misreading) disagrees with what the names agree on
    text = "Dolna (Orhei) was tense. Gunmen killed two men on Friday."
    doc = nlp(text)
    sent = list(doc.sents)[-1]
    wrong = _place("Dolna", text, "USA", conf=0.3)
    place = event_place(_finder(), (), (sent.start_char, sent.end_char), sent, fallback=wrong)
    assert place is not None and place.country == "MDA" and place.confidence <= 0.3


def test_a_name_after_in_is_a_place_even_if_taken_for_a_person(nlp: Language) -> None:
    text = "Students protested in Tallinn against the war in Ukraine."
    place = _locate(nlp, text, people=["tallinn"])
    assert place is not None and place.country == "EST"


# --- the article's place and the names that are not places (local news) ---------------------


def _town(
    text: str, at: str, admin1: str, feature: str = "city", conf: float = 0.9, n: int = 0
) -> Place:
    """The `n`-th mention of `at` in `text`, a place of the USA in `admin1`."""
    start = -1
    for _ in range(n + 1):
        start = text.index(at, start + 1)
    gid = abs(hash((at.lower(), admin1))) % 10**6
    return Place(
        at, start, start + len(at), at.title(), gid, 1.0, 2.0, "USA", admin1, feature, conf
    )  # type: ignore[arg-type]


def test_streets_institutions_and_offices_are_not_the_towns_so_named(nlp: Language) -> None:
    text = (
        "A cyclist was shot in the 900 block of Varnok on Friday near Dolna Avenue. He was taken "
        "to Orhei Memorial Hospital, the Tallinn Herald said, and the Department of Mayo opened "
        "a case in Kordova."
    )
    places = tuple(
        _town(text, name, "Ohio") for name in ("Varnok", "Dolna", "Orhei", "Tallinn", "Mayo")
    ) + (_town(text, "Kordova", "Ohio"),)
    kept = named_places(nlp(text), places)
    assert [p.text for p in kept] == ["Kordova"]


def test_a_persons_name_is_no_town_unless_given_as_a_place(nlp: Language) -> None:
    text = (
        "Maria Lopez, 8, was shot on Sunday. Police said Lopez was playing outside. "
        "Her family moved from Dolna to Orhei last year."
    )
    places = (
        _town(text, "Lopez", "Ohio", n=1),
        _town(text, "Dolna", "Ohio"),
        _town(text, "Orhei", "Ohio"),
    )
    kept = [p.text for p in named_places(nlp(text), places)]
    assert "Lopez" not in kept and "Orhei" in kept
    text = "Gary Lotts was shot in Gary on Monday. Gary police have no suspect."
    places = (_town(text, "Gary", "Indiana", n=1), _town(text, "Gary", "Indiana", n=2))
    assert [p.text for p in named_places(nlp(text), places)][:1] == ["Gary"]


def test_one_reading_per_name(nlp: Language) -> None:
    text = "Deputies in Mesa County found two men shot. Mesa County officials said both died."
    weak = _town(text, "Mesa County", "Tennessee", "city", conf=0.5)
    sure = _town(text, "Mesa County", "Colorado", "admin2", conf=0.8, n=1)
    kept = named_places(nlp(text), (weak, sure))
    assert [(p.admin1, p.start) for p in kept] == [
        ("Colorado", weak.start),
        ("Colorado", sure.start),
    ]


def test_a_misread_dateline_is_not_the_articles_place() -> None:
    text = "SALT LAKE CITY — A man was shot in Salt Lake on Friday, Salt Lake police said."
    piece = _town(text, "LAKE CITY", "Florida")
    towns = (_town(text, "Salt Lake", "Utah"), _town(text, "Salt Lake", "Utah", n=1))
    place = article_place(make_document(text, places=(piece, *towns)))
    assert place is not None and place.admin1 == "Utah"
    text = "UPDATE: Kentucky State Police say the driver hurt in White Plains is recovering."
    state = _town(text, "Kentucky", "Kentucky", "admin1")
    town = _town(text, "White Plains", "Kentucky")
    place = article_place(make_document(text, places=(state, town)))
    assert place is not None and place.text == "White Plains"
    # read in another state than every other name of the article
    text = "SHELBY — A teen was shot near Medina, Orleans County deputies said, in Albion."
    shelby = _town(text, "SHELBY", "Michigan")
    rest = tuple(_town(text, n, "New York") for n in ("Medina", "Orleans County", "Albion"))
    place = article_place(make_document(text, places=(shelby, *rest)))
    assert place is not None and place.admin1 == "New York"
    text = "(CNN) VARNOK — Two men were shot."
    assert article_place(make_document(text, places=(_town(text, "VARNOK", "Ohio"),))) is not None


def test_the_article_place_is_in_the_province_most_names_agree_on() -> None:
    text = "A man of Buckner was shot near Magnolia, east of Stamps, Ark. Buckner police said."
    places = (
        _town(text, "Buckner", "Missouri"),
        _town(text, "Magnolia", "Arkansas"),
        _town(text, "Stamps", "Arkansas"),
        _town(text, "Ark.", "Arkansas", "admin1"),
        _town(text, "Buckner", "Missouri", n=1),
    )
    place = article_place(make_document(text, places=places))
    assert place is not None and place.admin1 == "Arkansas"
    # on a tie, the county (whose sheriff investigates) rather than a town
    text = "Officials in Monroe said Clermont County deputies found the man."
    places = (_town(text, "Monroe", "Ohio"), _town(text, "Clermont County", "Ohio", "admin2"))
    place = article_place(make_document(text, places=places))
    assert place is not None and place.text == "Clermont County"


def test_the_dateline_yields_to_another_town_of_its_sentence(nlp: Language) -> None:
    text = "VARNOK, Ohio — Police in Dolna are looking into a shooting at a tavern."
    dateline = _town(text, "VARNOK", "Ohio")
    dolna = _town(text, "Dolna", "Ohio")
    doc = nlp(text)
    sent = next(iter(doc.sents))
    span = (sent.start_char, sent.end_char)
    place = event_place(None, (dateline, dolna), span, sent, fallback=dateline)
    assert place is not None and place.text == "Dolna"
    place = event_place(None, (dateline,), span, sent, fallback=dateline)
    assert place == dateline


def test_a_town_read_outside_the_division_the_text_puts_it_in(nlp: Language) -> None:
    # "Varnok, Orhei County": the geocoder took a Varnok of another state; the county holds it
    text = "A boy was shot at his home in Varnok, Orhei County on Monday."
    town = _town(text, "Varnok", "Nevada")
    county = _town(text, "Orhei County", "Texas", "admin2")
    doc = nlp(text)
    sent = next(iter(doc.sents))
    span = (sent.start_char, sent.end_char)
    place = event_place(None, (town, county), span, sent)
    assert place is not None and place.admin1 == "Texas"
    same = replace(town, admin1="Texas")
    assert event_place(None, (same, county), span, sent) == same


def test_a_first_name_is_a_place_only_after_in(nlp: Language) -> None:
    # "Tallinn" is also the first name of a person the article names in full
    text = "Students protested in Tallinn against the war in Ukraine."
    place = _locate(nlp, text, people=["tallinn smith", "smith"])
    assert place is not None and place.text == "Tallinn"
    text = "Tallinn and his friends protested against the war."
    place = _locate(nlp, text, people=["tallinn smith", "smith"])
    assert place is None or place.text != "Tallinn"


def test_a_big_citys_name_is_not_a_village_of_the_topic_country(nlp: Language) -> None:
    """A village of a country the sentence names, bearing a big city's name only as another of
    its names, does not take the city's place."""
    text = "Refugees from Ukraine gathered in Belmora to denounce the invasion of Ukraine."
    places = (
        _place("Belmora", text, "FRA"),
        _place("Ukraine", text, "UKR", "country"),
        replace(
            _place("Ukraine", text, "UKR", "country"),
            start=text.rindex("Ukraine"),
            end=text.rindex("Ukraine") + len("Ukraine"),
        ),
    )
    place = _locate(nlp, text, places, countries=["UKR"])
    assert place is not None and place.country == "FRA"


def test_names_told_aside_are_no_candidates(nlp: Language) -> None:
    """The words that tell what a protest is about ("against ... the regime in X") hold no
    candidate for where it was."""
    text = "Exiles rallied in Dolna against persecution by the regime in Tallinn."
    places = (_place("Dolna", text, "MDA"), _place("Tallinn", text, "EST"))
    aside = frozenset(range(text.index("against"), len(text)))
    place = _locate(nlp, text, places, countries=["EST"], aside=aside)
    assert place is not None and place.country == "MDA"


def test_a_name_that_owns_kin_is_a_persons(nlp: Language) -> None:
    """ "Mayo's grandmother" is a person's grandmother, not a town's."""
    text = "Mayo's grandmother said the boy was shot at home."
    assert _locate(nlp, text) is None
    place = _locate(nlp, "Mayo's mayor said the boy was shot at home.")
    assert place is not None and place.country == "USA"


def test_a_country_name_is_not_a_village_so_named(nlp: Language) -> None:
    """A village named like a country does not take the country's name from it."""
    text = "Members of Parents First Norvania picketed the election office in Norvania."
    places = (_place("Norvania", text, "NRV", "country"),)
    place = _locate(nlp, text, places)
    assert place is None or place.country == "NRV"


def test_a_bracketed_division_is_a_place_even_if_taken_for_a_person(nlp: Language) -> None:
    """ "(Lopez, Orhei)": conflict notes code a village with its divisions in brackets; a
    name there is a division even where the article also names a person so."""
    text = (
        "Maria Lopez, a teacher, was abducted on Sunday. Gunmen later burned a school in "
        "Dolna (Lopez, Orhei)."
    )
    places = (
        _town(text, "Lopez", "Ohio", "admin2", n=1),
        _town(text, "Orhei", "Ohio", "admin1"),
    )
    kept = [p.text for p in named_places(nlp(text), places)]
    assert kept == ["Lopez", "Orhei"]
    # outside brackets the person's name stays a person's
    text = "Maria Lopez, a teacher, was abducted on Sunday. Lopez was later freed near Orhei."
    places = (_town(text, "Lopez", "Ohio", n=1), _town(text, "Orhei", "Ohio"))
    assert [p.text for p in named_places(nlp(text), places)] == ["Orhei"]


def test_a_world_region_is_no_town_of_its_name(nlp: Language) -> None:
    # (geo32) the region's name is no hamlet of Maryland or town of Maine that shares it
    for region in ("the Middle East", "the Levant"):
        place = _locate(nlp, f"Shipping across {region} was disrupted by the storm on Monday.")
        assert place is None or place.country != "USA"


def test_a_world_region_leaves_the_town_of_its_sentence(nlp: Language) -> None:
    text = "Farmers in Tallinn blocked roads, worrying traders across the Middle East."
    place = _locate(nlp, text, (_place("Tallinn", text, "EST"),))
    assert place is not None and place.country == "EST"


def test_a_bare_capital_is_the_city_not_its_namesake_province(nlp: Language) -> None:
    # (geo32) "in Talvia" is the city; "Talvia province" is the province
    place = _locate(nlp, "Police detained two journalists in Talvia on Friday.")
    assert place is not None and (place.feature, place.admin1) == ("city", "Talvia")
    text = "Police detained two journalists in Talvia province on Friday."
    place = _locate(nlp, text, (_place("Talvia", text, "TLV", "admin1"),))
    assert place is not None and (place.feature, place.admin1) == ("admin1", "Talvia")
