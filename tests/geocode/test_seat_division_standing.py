"""A division whose town of the same name is what its name means (the big-town penalty: "Lagos",
"New York") hands its standing to that town, not to a namesake division abroad; a division's own
name shortened ("Gaza" for the Gaza Strip) is as good as its name (`resolver._best`,
`resolver._prior`; actors55: bare "Gaza" was read as Mozambique's province). All sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.geocode.gazetteer import ALTERNATE, PRIMARY, Entry
from eventwire.geocode.resolver import Geocoder, _best
from eventwire.geocode.toponyms import Mention


def _entry(
    i: int, name: str, country: str, admin1: str, feature: str, population: int, kind: int
) -> Entry:
    return Entry(
        id=i, geonameid=i, name=name, lat=0.0, lon=0.0, country=country, cc2=None,
        admin1=admin1, admin1_code=None, admin2=None, feature=feature, population=population,
        capital=False, kind=kind,
    )  # fmt: skip


ENTRIES = [
    # a town and the division it gives its name to (by the division's name shortened) ...
    _entry(1, "Dolna", "AAA", "Dolna Strip", "city", 400_000, PRIMARY),
    _entry(2, "Dolna Strip", "AAA", "Dolna Strip", "admin1", 1_200_000, ALTERNATE),
    # ... and a smaller province of that very name abroad
    _entry(3, "Dolna", "BBB", "Dolna", "admin1", 380_000, PRIMARY),
]


def _mention(text: str, level_cue: str | None = None) -> Mention:
    return Mention(text=text, start=0, end=len(text), label="GPE", level_cue=level_cue)


@pytest.mark.xfail(
    strict=True,
    reason="actors55's resolver change reverted at the stop: it moved GVC main place check 0.805 -> 0.800",
)
def test_the_bare_name_is_the_town_of_the_bigger_division() -> None:
    best = _best(_mention("Dolna"), ENTRIES, [], None)
    assert best is not None and (best[0].country, best[0].feature) == ("AAA", "city")


def test_a_province_cue_keeps_the_province_abroad() -> None:
    best = _best(_mention("Dolna province", level_cue="admin1"), ENTRIES, [], None)
    assert best is not None and best[0].country == "BBB"


@pytest.mark.xfail(
    strict=True,
    reason="actors55's resolver change reverted at the stop: it moved GVC main place check 0.805 -> 0.800",
)
def test_without_the_town_the_name_is_still_weighed_by_population() -> None:
    # no town of the name: the division's standing is its own, its shortened name as good as
    # its name, and the bigger division wins
    best = _best(_mention("Dolna"), [ENTRIES[1], ENTRIES[2]], [], None)
    assert best is not None and best[0].country == "AAA"
    small = _entry(4, "Dolna Strip", "AAA", "Dolna Strip", "admin1", 100_000, ALTERNATE)
    best = _best(_mention("Dolna"), [small, ENTRIES[2]], [], None)
    assert best is not None and best[0].country == "BBB"


def _countries(nlp: Language, geocoder: Geocoder, text: str) -> list[str | None]:
    return [p.country for p in geocoder.geocode(nlp(text)) if p.text.startswith("Gaza")]


@pytest.mark.xfail(
    strict=True,
    reason="actors55's resolver change reverted at the stop: it moved GVC main place check 0.805 -> 0.800",
)
@pytest.mark.parametrize(
    "text",
    [
        "The ministry called for a ceasefire in Gaza.",
        "Aid trucks waited for hours at the crossing into Gaza.",
        "Residents of Gaza queued for bread on Sunday.",
    ],
)
def test_bare_gaza_is_the_palestinian_territory(
    nlp: Language, full_geocoder: Geocoder, text: str
) -> None:
    assert _countries(nlp, full_geocoder, text) == ["PSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Floods cut roads across Gaza province on Sunday.",
        "The cyclone struck Xai-Xai, in Gaza province.",
        "Maize prices rose in Gaza province after the drought.",
    ],
)
def test_the_province_named_as_one_stays_mozambique_s(
    nlp: Language, full_geocoder: Geocoder, text: str
) -> None:
    assert _countries(nlp, full_geocoder, text) == ["MOZ"]
