from __future__ import annotations

import time

import pytest
from spacy.language import Language

from eventwire.annotate.nlp import load_nlp
from eventwire.geocode.gazetteer import ALTERNATE, PRIMARY, Entry, Gazetteer
from eventwire.geocode.resolver import Geocoder, _best, _View, place_for_span
from eventwire.geocode.toponyms import Mention
from eventwire.records import Place
from eventwire.settings import DEFAULT_SPACY_MODEL


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp(DEFAULT_SPACY_MODEL)


@pytest.fixture(scope="module")
def geocoder(gazetteer: Gazetteer) -> Geocoder:
    return Geocoder.from_gazetteer(gazetteer)


def places(nlp: Language, geocoder: Geocoder, text: str) -> dict[str, Place]:
    return {p.text: p for p in geocoder.geocode(nlp(text))}


def test_capital_city(nlp: Language, geocoder: Geocoder) -> None:
    p = places(nlp, geocoder, "Rockets struck near the airport in Baghdad on Sunday.")["Baghdad"]
    assert (p.feature, p.country, p.name) == ("city", "IRQ", "Baghdad")
    assert p.geonameid is not None and abs(p.lat - 33.3) < 0.2  # type: ignore[operator]


@pytest.mark.parametrize("name", ["Babil Province", "Babylon Province"])
def test_province_names(nlp: Language, geocoder: Geocoder, name: str) -> None:
    p = places(nlp, geocoder, f"Gunmen attacked a checkpoint in {name} overnight.")[name]
    assert (p.feature, p.name, p.country, p.admin1) == ("admin1", "Babil", "IRQ", "Babil")


def test_containment(nlp: Language, geocoder: Geocoder) -> None:
    found = places(nlp, geocoder, "The convoy was hit in Hillah in Babil.")
    assert found["Hillah"].name == "Al Hillah" and found["Hillah"].admin1 == "Babil"


def test_basra_forms(nlp: Language, geocoder: Geocoder) -> None:
    found = places(nlp, geocoder, "Protesters gathered in Basra.")
    assert found["Basra"].country == "IRQ" and found["Basra"].feature == "city"
    found = places(nlp, geocoder, "Oil exports resumed from the port in Al Basrah.")
    assert found["Al Basrah"].country == "IRQ"


def test_country_is_not_a_building(nlp: Language, geocoder: Geocoder) -> None:
    p = places(nlp, geocoder, "China said it would respond to the tariffs.")["China"]
    assert (p.feature, p.country) == ("country", "CHN")


def test_comma_qualifier(nlp: Language, geocoder: Geocoder) -> None:
    found = places(nlp, geocoder, "She grew up in Long Beach, CA before moving east.")
    assert found["Long Beach"].country == "USA" and found["Long Beach"].admin1 == "California"


def test_washington_government_and_city(nlp: Language, geocoder: Geocoder) -> None:
    found = places(nlp, geocoder, "The delegation arrived in Washington on Monday.")
    assert (found["Washington"].feature, found["Washington"].country) == ("city", "USA")
    assert abs(found["Washington"].lon + 77.0) < 0.5  # type: ignore[operator]
    agent = places(nlp, geocoder, "Washington said it would impose sanctions.").get("Washington")
    # the government sits in the capital city: the city, never the state of Washington
    assert agent is None or (agent.feature, agent.country) == ("city", "USA")
    assert agent is None or abs(agent.lon + 77.0) < 0.5  # type: ignore[operator]


def test_capital_as_government_is_the_capital_city(nlp: Language, geocoder: Geocoder) -> None:
    text = "Beijing warned on Tuesday that it would retaliate against the new tariffs."
    agent = places(nlp, geocoder, text).get("Beijing")
    assert agent is None or (agent.feature, agent.country) == ("city", "CHN")


def test_country_as_agent_stays_the_country(nlp: Language, geocoder: Geocoder) -> None:
    found = places(nlp, geocoder, "France said it would send more troops to the region.")
    assert (found["France"].feature, found["France"].country) == ("country", "FRA")


def test_surname_is_not_a_place(nlp: Language, geocoder: Geocoder) -> None:
    found = places(nlp, geocoder, "Mr. Paris said the vote had been fair.")
    assert "Paris" not in found


def test_unknown_names_leave_the_others(nlp: Language, geocoder: Geocoder) -> None:
    found = places(nlp, geocoder, "They travelled from Zqxwvland to Paris and then to Baghdad.")
    assert "Zqxwvland" not in found
    assert found["Paris"].country == "FRA" and found["Baghdad"].country == "IRQ"


def test_dateline(nlp: Language, geocoder: Geocoder) -> None:
    text = "BAGHDAD (Reuters) - Three rockets struck an air base on Sunday, officials said."
    found = geocoder.geocode(nlp(text))
    assert found and found[0].start == 0 and found[0].country == "IRQ"
    assert place_for_span(found, 20, 60, 20, len(text), text) == found[0]


def test_place_for_span_prefers_clause_then_sentence() -> None:
    def place(start: int, end: int, feature: str) -> Place:
        return Place("x", start, end, "x", None, 0.0, 0.0, "IRQ", None, feature, 0.9)  # type: ignore[arg-type]

    country, city, other = place(5, 9, "country"), place(12, 16, "city"), place(40, 44, "city")
    ps = [country, city, other]
    assert place_for_span(ps, 0, 20, 0, 30, "a" * 60) is city
    assert place_for_span(ps, 0, 10, 0, 30, "a" * 60) is country
    assert place_for_span(ps, 20, 30, 0, 38, "a" * 60) is city
    assert place_for_span(ps, 50, 55, 46, 58, "a" * 60) is None


def test_many_mentions_finish_quickly(nlp: Language, geocoder: Geocoder) -> None:
    text = " ".join(["Troops moved from Baghdad to Basra and Mosul."] * 400)
    doc = nlp(text)
    t0 = time.perf_counter()
    found = geocoder.geocode(doc)
    assert time.perf_counter() - t0 < 5.0
    assert len(found) > 100


def test_text_without_places(nlp: Language, geocoder: Geocoder) -> None:
    assert geocoder.geocode(nlp("")) == ()
    assert geocoder.geocode(nlp("ᚠᚢᚦᚨᚱᚲ ᚷᚹ ٱلْعِرَاق and 12345 !!!")) is not None


def test_demonym_stands_for_its_country(nlp: Language, geocoder: Geocoder) -> None:
    found = places(nlp, geocoder, "Iraqi troops and French advisers entered the town at dawn.")
    assert (found["Iraqi"].country, found["Iraqi"].feature) == ("IRQ", "country")
    assert found["French"].country == "FRA" and found["French"].confidence <= 0.6


def test_demonyms_can_be_turned_off(nlp: Language, gazetteer: Gazetteer) -> None:
    plain = Geocoder.from_gazetteer(gazetteer, demonyms=False)
    found = {p.text for p in plain.geocode(nlp("Iraqi troops entered Mosul at dawn."))}
    assert "Iraqi" not in found


def test_article_context_picks_the_nearby_namesake(nlp: Language, geocoder: Geocoder) -> None:
    text = (
        "Heavy rain flooded roads across Lamar County, Texas on Monday. Crews from Dallas and "
        "Paris worked through the night, and the Paris fire chief said more rain was expected."
    )
    found = places(nlp, geocoder, text)
    assert found["Paris"].country == "USA" and found["Paris"].admin1 == "Texas"


def test_state_named_like_a_country(nlp: Language, geocoder: Geocoder) -> None:
    text = (
        "Storms knocked out power in Atlanta, Savannah and Macon on Friday. Georgia officials "
        "opened shelters across the state."
    )
    found = places(nlp, geocoder, text)
    assert (found["Georgia"].country, found["Georgia"].feature) == ("USA", "admin1")


def test_country_stays_a_country_abroad(nlp: Language, geocoder: Geocoder) -> None:
    text = "Talks between Russia and Georgia resumed in Tbilisi after the border clashes."
    assert places(nlp, geocoder, text)["Georgia"].country == "GEO"


def test_dateline_inside_the_text(nlp: Language, geocoder: Geocoder) -> None:
    text = (
        "Council backs new budget. SACRAMENTO — Lawmakers approved the spending plan late Monday."
    )
    found = places(nlp, geocoder, text)
    assert found["SACRAMENTO"].country == "USA" and found["SACRAMENTO"].feature == "city"


def test_place_inside_an_organisation(nlp: Language, geocoder: Geocoder) -> None:
    text = "The suspect was booked into the Fresno County Jail on Tuesday, deputies said."
    found = places(nlp, geocoder, text)
    assert any(p.country == "USA" and p.text.startswith("Fresno") for p in found.values())


def test_generic_words_are_not_places(nlp: Language, geocoder: Geocoder) -> None:
    found = places(nlp, geocoder, "Officials from the Central and East offices met on Monday.")
    assert "Central" not in found and "East" not in found


def test_a_place_name_keeps_its_sense_in_the_article(nlp: Language, geocoder: Geocoder) -> None:
    text = (
        "Flood waters rose in Fresno on Monday. Fresno police closed two bridges, and Fresno "
        "crews worked overnight."
    )
    found = [p for p in geocoder.geocode(nlp(text)) if p.text == "Fresno"]
    assert len(found) == 3 and all(p.country == "USA" for p in found)


def test_a_surname_is_not_taken_for_the_place(nlp: Language, geocoder: Geocoder) -> None:
    text = "Protesters gathered in Paris on Sunday. Jane Paris, a teacher, said Paris was calm."
    found = [p for p in geocoder.geocode(nlp(text)) if p.text == "Paris"]
    assert all(text[p.start - 5 : p.start] != "Jane " for p in found)


def test_bare_directions_are_not_divisions(nlp: Language, geocoder: Geocoder) -> None:
    text = "Heavy snow fell across the South and the West, while the North East stayed dry."
    found = places(nlp, geocoder, text)
    assert not {"South", "West", "North East"} & set(found)


def _entry(eid: int, name: str, country: str, lat: float, lon: float, **kw: object) -> Entry:
    fields: dict[str, object] = {
        "id": eid, "geonameid": eid, "name": name, "lat": lat, "lon": lon, "country": country,
        "cc2": country[:2], "admin1": None, "admin1_code": None, "admin2": None,
        "feature": "city", "population": 1000, "capital": False, "kind": PRIMARY,
    }  # fmt: skip
    fields.update(kw)
    return Entry(**fields)  # type: ignore[arg-type]


def test_a_town_beside_a_named_country_wins() -> None:
    """A town just over the border of the article's country beats a bigger namesake far away."""
    mention = Mention(start=0, end=5, text="Tarna", label="GPE")
    near = _entry(1, "Tarna", "AAA", 10.0, 20.5, population=50_000)
    far = _entry(2, "Tarna", "CCC", -30.0, 140.0, population=200_000)
    view = _View(countries={"BBB": 1.0}, admin1s={}, points=[], country_points=[(10.0, 20.0)])
    choice = _best(mention, [near, far], [], view)
    assert choice is not None and choice[0].id == 1


def test_the_articles_main_division_beats_a_passing_one() -> None:
    """A county named in a story that names its state again and again is that state's, though
    a far bigger namesake lies in a state that only one guessed name put in the article."""
    mention = Mention(start=0, end=13, text="Harlow County", label="GPE", level_cue="admin2")
    big = _entry(1, "Harlow County", "USA", 39.8, -86.1, feature="admin2", admin1="Kestrel",
                 population=950_000)  # fmt: skip
    small = _entry(2, "Harlow County", "USA", 39.8, -91.6, feature="admin2", admin1="Ashdown",
                   population=28_000)  # fmt: skip
    view = _View(countries={"USA": 3.0}, admin1s={("USA", "Ashdown"): 4.0,
                 ("USA", "Kestrel"): 0.3}, points=[])  # fmt: skip
    choice = _best(mention, [big, small], [], view)
    assert choice is not None and choice[0].id == 2
    named = _View(countries={"USA": 3.0}, admin1s={("USA", "Kestrel"): 1.0}, points=[])
    choice = _best(mention, [big, small], [], named)
    assert choice is not None and choice[0].id == 1  # the only division named: it counts fully


def test_a_town_of_that_name_beats_an_old_name() -> None:
    """An exact town name beats another town's historical or foreign alternate name."""
    mention = Mention(start=0, end=5, text="Borea", label="GPE")
    exact = _entry(1, "Borea", "AAA", 10.0, 20.0, population=10_000)
    old_name = _entry(2, "Halab", "BBB", 36.0, 37.0, population=150_000, kind=ALTERNATE)
    choice = _best(mention, [exact, old_name], [], None)
    assert choice is not None and choice[0].id == 1


def test_uk_nations_are_divisions(nlp: Language, geocoder: Geocoder) -> None:
    found = places(nlp, geocoder, "Farmers in Wales and Scotland protested against the plan.")
    for name in ("Wales", "Scotland"):
        assert (found[name].feature, found[name].country, found[name].name) == (
            "admin1",
            "GBR",
            name,
        )


def test_byline_surname_is_not_a_place(nlp: Language, geocoder: Geocoder) -> None:
    found = places(
        nlp, geocoder, "Okafor and Hudson reported from Washington. Karim in Baghdad contributed."
    )
    assert "Hudson" not in found
    assert found["Washington"].country == "USA" and "Baghdad" in found


def test_county_inside_an_office_name(nlp: Language, geocoder: Geocoder) -> None:
    p = places(nlp, geocoder, "The Tarrant County Medical Examiner released the autopsy.")
    county = p["Tarrant County"]
    assert (county.feature, county.admin1) == ("admin2", "Texas")


def test_a_list_of_counties(nlp: Language, geocoder: Geocoder) -> None:
    found = places(nlp, geocoder, "Storms hit Tarrant, Dallas and Collin counties on Monday.")
    assert (found["Dallas"].feature, found["Dallas"].admin1) == ("admin2", "Texas")


def test_place_after_state_of(nlp: Language, geocoder: Geocoder) -> None:
    found = places(nlp, geocoder, "The club filed its papers with the State of Ohio in May.")
    assert (found["Ohio"].feature, found["Ohio"].country) == ("admin1", "USA")


def test_neighbouring_names_choose_each_other(nlp: Language, geocoder: Geocoder) -> None:
    """Athens, Georgia is the larger town; Frankston lies beside Athens, Texas."""
    text = "The fire near Frankston spread toward Athens on Tuesday, the marshal said."
    assert places(nlp, geocoder, text)["Athens"].admin1 == "Texas"


def test_qualified_name_keeps_its_sense(nlp: Language, geocoder: Geocoder) -> None:
    text = (
        "NEWARK, N.J. — A flight from Newark to San Francisco was delayed for hours. "
        "Passengers said Newark staff were helpful."
    )
    found = [p for p in geocoder.geocode(nlp(text)) if p.text.lower() == "newark"]
    assert len(found) >= 2 and all(p.admin1 == "New Jersey" for p in found)


def test_chinese_province_short_name(nlp: Language, geocoder: Geocoder) -> None:
    found = geocoder.geocode(nlp("A landslide buried homes in Guizhou province on Friday."))
    p = next(p for p in found if p.text.startswith("Guizhou"))
    assert (p.feature, p.admin1, p.name) == ("admin1", "Guizhou", "Guizhou")


def test_usa_is_the_country(nlp: Language, geocoder: Geocoder) -> None:
    p = places(nlp, geocoder, "The company has plants in Brazil, Germany and the USA.")
    assert (p["USA"].feature, p["USA"].country) == ("country", "USA")


def test_country_named_x_and_y(nlp: Language, geocoder: Geocoder) -> None:
    found = geocoder.geocode(
        nlp("The prime minister said Trinidad and Tobago would not send a delegation.")
    )
    assert [(p.text, p.feature, p.country) for p in found] == [
        ("Trinidad and Tobago", "country", "TTO")
    ]


def test_surname_with_a_stray_mark_is_still_the_person(nlp: Language, geocoder: Geocoder) -> None:
    text = "Secretary Mike Pompeo met Kadhimi. Aides would not comment on Pompeo\u0335 talks."
    assert not [p for p in geocoder.geocode(nlp(text)) if p.text.startswith("Pompeo")]


def test_a_province_named_as_such_is_not_its_big_citys() -> None:
    """ "Kordova province": the province with a big city of its name is still the province meant
    (the city-over-division rule holds only for the bare name)."""
    big = _entry(1, "Kordova", "AAA", 1.0, 1.0, feature="admin1", admin1="Kordova",
                 population=3_700_000)  # fmt: skip
    city = _entry(2, "Kordova", "AAA", 1.0, 1.0, admin1="Kordova", population=2_100_000)
    other = _entry(3, "Kordova", "BBB", 9.0, 9.0, feature="admin1", admin1="Kordova",
                   population=1_200_000)  # fmt: skip
    cued = Mention(start=0, end=16, text="Kordova province", label="GPE", level_cue="admin1")
    choice = _best(cued, [big, city, other], [], None)
    assert choice is not None and choice[0].id == 1
    bare = Mention(start=0, end=7, text="Kordova", label="GPE")
    choice = _best(bare, [big, city, other], [], None)
    assert choice is not None and choice[0].id != 1


def test_a_district_known_only_by_its_bare_name_is_not_taken_alone(
    nlp: Language, geocoder: Geocoder
) -> None:
    """ "Soum" is a Burkina Faso province only as a division's bare name (DIVISION): alone, the
    geocoder does not read it so."""
    found = places(nlp, geocoder, "Soldiers patrolled near Soum on Monday.")
    assert all(p.country != "BFA" for p in found.values())


@pytest.mark.parametrize(
    ("text", "not_a_town"),
    [
        ("Mourners filled St. Mary's Cathedral on Sunday morning.", "St. Mary"),
        ("Trawlers sheltered from the cyclone in the Gulf of Carpentaria.", "Gulf"),
        ("She grew up on a farm in Harmony Township before moving away.", "Harmony"),
        ("The injured hiker was flown to University Hospital for surgery.", "University"),
        ("The Niger Delta Development Commission awarded new contracts.", "Niger"),
    ],
)
def test_a_name_that_goes_on_is_no_town(nlp: Language, full_geocoder: Geocoder, text: str,
                                        not_a_town: str) -> None:  # fmt: skip
    """A place name opening a longer name (a building, a sea, a township, an institution) is not
    the town or country of that name."""
    assert not_a_town not in {p.text for p in full_geocoder.geocode(nlp(text))}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Two envoys for Democratic Republic of the Congo met in Luanda.",
         "Democratic Republic of the Congo", "COD"),
        ("Two delegates for Democratic People's Republic of Korea walked out.",
         "Democratic People's Republic of Korea", "PRK"),
        ("The Republic of Korea and Japan agreed to share radar data.", "Republic of Korea", "KOR"),
    ],
)  # fmt: skip
def test_official_country_names_are_read_whole(nlp: Language, full_geocoder: Geocoder, text: str,
                                               name: str, country: str) -> None:  # fmt: skip
    found = {p.text: p for p in full_geocoder.geocode(nlp(text))}
    assert name in found and found[name].country == country, found


def test_a_division_as_big_as_its_country_says_no_more_than_the_country() -> None:
    """The article's main division lifts a town of it only as far as the division is a part of
    its country: a division holding nearly all its people ("England") is no better a clue than
    the country, so the bigger namesake abroad keeps its prior."""
    mention = Mention(start=0, end=6, text="Marrow", label="GPE")
    local = _entry(1, "Marrow", "AAA", 51.0, -1.0, admin1="Mainland", population=20_000)
    abroad = _entry(2, "Marrow", "BBB", 39.0, -77.0, admin1="Coast", population=100_000)
    admin1s: dict[tuple[str | None, str | None], float] = {("AAA", "Mainland"): 1.0}
    whole = _View(countries={"AAA": 1.0, "BBB": 1.0}, admin1s=dict(admin1s), points=[],
                  division_share=lambda country, admin1: 0.95)  # fmt: skip
    choice = _best(mention, [local, abroad], [], whole)
    assert choice is not None and choice[0].id == 2
    part = _View(countries={"AAA": 1.0, "BBB": 1.0}, admin1s=dict(admin1s), points=[],
                 division_share=lambda country, admin1: 0.05)  # fmt: skip
    choice = _best(mention, [local, abroad], [], part)
    assert choice is not None and choice[0].id == 1


def test_a_capital_lends_no_division_to_its_neighbours(nlp: Language, geocoder: Geocoder) -> None:
    """A national capital named as the seat of government does not make the province it lies in
    the article's: the other towns are read by the article's country."""
    text = (
        "Diplomats in Washington condemned the poisoning. British police sealed off a park in "
        "Salisbury, and detectives from London joined the inquiry."
    )
    found = {p.text: p for p in geocoder.geocode(nlp(text))}
    assert found["Salisbury"].country == "GBR", found


def test_a_town_the_gazetteer_lacks_is_placed_in_its_state(
    nlp: Language, geocoder: Geocoder, gazetteer: Gazetteer
) -> None:
    """ "<town>, <state>" where no town of that name lies in the state: the state, not a
    namesake in another state."""
    candidates = [e for e in gazetteer.lookup("Pflugerville") if e.feature == "city"]
    assert candidates and all(e.admin1 == "Texas" for e in candidates)
    text = "Firefighters were called to a barn near Pflugerville, Vermont, late on Sunday."
    found = {p.text: p for p in geocoder.geocode(nlp(text))}
    town = found["Pflugerville"]
    assert (town.feature, town.admin1) == ("admin1", "Vermont"), town
    text = "Firefighters were called to a barn near Pflugerville, Texas, late on Sunday."
    town = {p.text: p for p in geocoder.geocode(nlp(text))}["Pflugerville"]
    assert (town.feature, town.admin1) == ("city", "Texas"), town


def test_a_bracketed_division_qualifies_the_town(nlp: Language, geocoder: Geocoder) -> None:
    """ "<town> (<district>, <state>)": the widest division in the brackets qualifies the town
    as a comma does, so a town the gazetteer lacks is placed in that state."""
    text = "Volunteers cleared a flooded road near Pflugerville (Orange County, Vermont) on Sunday."
    town = {p.text: p for p in geocoder.geocode(nlp(text))}["Pflugerville"]
    assert (town.feature, town.admin1) == ("admin1", "Vermont"), town
    text = "Volunteers cleared a flooded road near Pflugerville (Texas) on Sunday."
    town = {p.text: p for p in geocoder.geocode(nlp(text))}["Pflugerville"]
    assert (town.feature, town.admin1) == ("city", "Texas"), town


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        ("Hundreds of families camped near the Mexico border for a third week.", "Mexico",
         "country"),
        ("Shelling was heard along the Lebanon border overnight.", "Lebanon", "country"),
        ("Truckers queued for hours at the New York border after the storm.", "New York",
         "admin1"),
    ],
)  # fmt: skip
def test_a_border_is_a_states_or_a_countrys(nlp: Language, full_geocoder: Geocoder, text: str,
                                            name: str, feature: str) -> None:  # fmt: skip
    """ "The X border" is a country's or a state's: the country where the name is one, not a
    province named after it."""
    found = {p.text: p for p in full_geocoder.geocode(nlp(text))}
    assert name in found and found[name].feature == feature, found


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Snow closed schools across New York state on Monday, and flights out of Boston were "
         "cancelled.", "Boston", "Massachusetts"),
        ("The senator flew from Atlanta to a town hall in rural Texas.", "Atlanta", "Georgia"),
        ("A storm knocked out power in Boston, New York, a village south of Buffalo.", "Boston",
         "New York"),
    ],
)  # fmt: skip
def test_a_big_city_is_not_a_village_of_a_named_state(
    nlp: Language, full_geocoder: Geocoder, text: str, name: str, admin1: str
) -> None:
    """A state named elsewhere in the story does not make a big city's bare name one of that
    state's villages; a qualifier right after the name still does."""
    found = {p.text: p for p in full_geocoder.geocode(nlp(text))}
    assert name in found and found[name].admin1 == admin1, found


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of Mosul-e-Qadeem marched through Baghdad on Friday.",
        "Police stopped the Jamaat-ud-Basra convoy outside Baghdad.",
    ],
)
def test_a_piece_of_a_joined_compound_is_no_place(
    nlp: Language, geocoder: Geocoder, text: str
) -> None:
    """ "Mosul" of "Mosul-e-Qadeem" is a piece of a group's name, not the city."""
    found = places(nlp, geocoder, text)
    assert "Baghdad" in found
    assert "Mosul" not in found and "Basra" not in found


def test_a_hyphenated_name_without_a_joiner_keeps_its_place(
    nlp: Language, geocoder: Geocoder
) -> None:
    found = places(nlp, geocoder, "Fighting spread from Baghdad to Mosul on Friday.")
    assert "Mosul" in found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Oil prices rose as tensions spread across the Middle East.", "Middle East"),
        ("Refugees from the Levant crossed into Jordan last winter.", "Levant"),
        ("Donors pledged food aid for the Horn of Africa on Tuesday.", "Horn of Africa"),
    ],
)
def test_world_region_is_never_a_town(
    nlp: Language, geocoder: Geocoder, sentence: str, name: str
) -> None:
    """(geo32) A world region's name gives the region (no country) or nothing, never a US town
    of the same name ("Middle East", Maryland; "Levant", Maine)."""
    found = places(nlp, geocoder, sentence)
    p = found.get(name)
    assert p is None or (p.country is None and p.feature != "city")
