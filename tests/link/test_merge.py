import dataclasses
import itertools

from eventwire.link.merge import Report, article_area, compatible, merge_events
from eventwire.records import Actor, DatePrecision, Event, Evidence, Place

BAGHDAD = Place("Baghdad", 0, 7, "Baghdad", 98182, 33.34, 44.40, "IRQ", "Baghdad", "city", 0.9)
KADHIMIYA = Place("Kadhimiya", 0, 9, "Kadhimiya", 1, 33.38, 44.34, "IRQ", "Baghdad", "city", 0.8)
MOSUL = Place("Mosul", 0, 5, "Mosul", 99072, 36.34, 43.13, "IRQ", "Nineveh", "city", 0.9)
MILITIA = Actor("militants", "Militants", "IRQ", "REB")
GENERAL = Actor("General Amal Rahi", "Amal Rahi", "IRQ", "MIL")


def event(
    eid: str,
    date: str,
    place: Place | None,
    killed: int | None = None,
    precision: DatePrecision = "day",
) -> Event:
    return Event(
        id=eid,
        type="ASSAULT",
        mode="explosives",
        acled_event_type="Explosions/Remote violence",
        acled_sub_event_type="Remote explosive/landmine/IED",
        actor=(MILITIA,),
        recipient=(),
        date=date,
        date_precision=precision,
        location=place,
        fatalities=killed,
        injuries=None,  # type: ignore[arg-type]
        modality="asserted",
        evidence=Evidence(f"A bomb went off ({eid}).", 0, 20),
        confidence=0.7,
    )


def reports() -> list[Report]:
    return [
        Report(event("e1", "2021-03-01", BAGHDAD, 3), "doc1", "https://a.example/1", "2021-03-01"),
        Report(
            event("e2", "2021-03-01", KADHIMIYA, 5), "doc2", "https://b.example/2", "2021-03-02"
        ),
        Report(event("e3", "2021-03-01", MOSUL, 1), "doc3", "https://c.example/3", "2021-03-01"),
        Report(event("e4", "2021-03", BAGHDAD, None, "month"), "doc4", None, "2021-03-20"),
        Report(event("e5", "2021-03-01", BAGHDAD, 2), "doc1", "https://a.example/1", "2021-03-01"),
    ]


def test_one_event_many_sources_keeps_the_range_and_the_reasons() -> None:
    merged = merge_events(reports())
    baghdad = next(m for m in merged if any(s.event_id == "e1" for s in m.sources))
    assert {s.event_id for s in baghdad.sources} == {"e1", "e2", "e4"}
    assert baghdad.num_articles == 3
    assert baghdad.event.date == "2021-03-01" and baghdad.event.date_precision == "day"
    assert baghdad.fatalities_range == (3, 5)
    assert baghdad.event.fatalities == 5  # the latest report's figure
    assert baghdad.first_reported == "2021-03-01"
    assert len(baghdad.merge_reasons) == 2 and "km apart" in " ".join(baghdad.merge_reasons)


def test_distant_places_and_same_article_events_stay_apart() -> None:
    merged = merge_events(reports())
    groups = sorted(sorted(s.event_id for s in m.sources) for m in merged)
    assert ["e3"] in groups  # Mosul is another event
    assert ["e5"] in groups  # a second event of the same article is never merged into the first


def test_merging_is_deterministic_for_any_input_order() -> None:
    expected = [m.to_json() for m in merge_events(reports())]
    for order in itertools.permutations(reports()):
        assert [m.to_json() for m in merge_events(order)] == expected


def _report(eid: str, doc: str, event_: Event, published: str | None = None) -> Report:
    return Report(event_, doc, None, published)


def test_an_undated_report_joins_the_dated_event_it_follows() -> None:
    dated = event("d1", "2021-03-01", BAGHDAD, 3)
    undated = event("u1", "2021-03-04", KADHIMIYA, 3, precision="unknown")  # its publication day
    too_late = event("u2", "2021-03-20", KADHIMIYA, 3, precision="unknown")
    merged = merge_events(
        [_report("d1", "a", dated), _report("u1", "b", undated), _report("u2", "c", too_late)]
    )
    groups = sorted(sorted(s.event_id for s in m.sources) for m in merged)
    assert groups == [["d1", "u1"], ["u2"]]
    joined = next(m for m in merged if len(m.sources) == 2)
    assert joined.event.date == "2021-03-01" and joined.event.date_precision == "day"
    assert "undated report" in joined.merge_reasons[0]


def test_without_a_common_place_only_a_shared_name_merges() -> None:
    placed = event("p1", "2021-03-01", BAGHDAD)
    unplaced = dataclasses.replace(event("n1", "2021-03-01", None), actor=())
    named_a = dataclasses.replace(event("n2", "2021-03-01", None), actor=(GENERAL,))
    named_b = dataclasses.replace(event("n3", "2021-03-01", BAGHDAD), actor=(GENERAL,))
    assert compatible(placed, unplaced) is None
    verdict = compatible(named_a, named_b)
    assert verdict is not None and "share the name" in verdict


def test_next_day_reports_merge_only_at_the_same_town() -> None:
    night = event("n1", "2021-03-01", BAGHDAD)
    morning = event("n2", "2021-03-02", KADHIMIYA)
    elsewhere = event("n3", "2021-03-02", MOSUL)
    assert compatible(night, morning) is not None
    assert compatible(night, elsewhere) is None
    assert compatible(night, event("n4", "2021-03-03", BAGHDAD)) is None


def test_actors_of_different_countries_in_the_same_role_keep_reports_apart() -> None:
    ours = dataclasses.replace(
        event("a1", "2021-03-01", BAGHDAD), actor=(Actor("x", "X", "IRQ", "MIL"),)
    )
    theirs = dataclasses.replace(
        event("a2", "2021-03-01", BAGHDAD), actor=(Actor("y", "Y", "USA", "MIL"),)
    )
    generic = dataclasses.replace(
        event("a3", "2021-03-01", BAGHDAD), actor=(Actor("gunmen", "gunmen", None, None),)
    )
    assert compatible(ours, theirs) is None
    assert compatible(ours, generic) is not None


def test_a_side_the_coder_implies_neither_contradicts_nor_names_a_party() -> None:
    """actor20: "killed by a roadside bomb near Baghdad" gets an unidentified armed group of
    Iraq (no text: no words of the report name it); a report naming a foreign force is still
    the same event, and two reports with only that implied side share no name."""
    implied = Actor("", "Unidentified armed group", "IRQ", "REB")
    unnamed = dataclasses.replace(event("u1", "2021-03-01", BAGHDAD), actor=(implied,))
    foreign = dataclasses.replace(
        event("u2", "2021-03-01", BAGHDAD), actor=(Actor("y", "Y", "USA", "MIL"),)
    )
    assert compatible(unnamed, foreign) is not None
    unplaced = dataclasses.replace(event("u3", "2021-03-01", None), actor=(implied,))
    assert compatible(unplaced, unnamed) is None


def test_a_report_joins_the_group_it_agrees_with_best() -> None:
    first = event("g1", "2021-03-01", MOSUL)
    second = event("g2", "2021-03-01", BAGHDAD)
    vague = event("g3", "2021-03-01", KADHIMIYA)
    merged = merge_events(
        [_report("g1", "a", first), _report("g2", "b", second), _report("g3", "c", vague)]
    )
    groups = sorted(sorted(s.event_id for s in m.sources) for m in merged)
    assert groups == [["g1"], ["g2", "g3"]]


def test_the_articles_town_stands_in_for_an_unplaced_event() -> None:
    area = article_area([MOSUL, BAGHDAD, KADHIMIYA, BAGHDAD])
    assert area == BAGHDAD
    placed = dataclasses.replace(event("t1", "2021-03-01", KADHIMIYA), actor=())
    unplaced = dataclasses.replace(event("t2", "2021-03-01", None), actor=())
    reports = [Report(placed, "a", None, None), Report(unplaced, "b", None, None, area)]
    merged = merge_events(reports)
    assert len(merged) == 1 and merged[0].event.location == KADHIMIYA  # the events' own place
    alone = merge_events([reports[0], Report(unplaced, "b", None, None)])
    assert len(alone) == 2


def test_reports_of_one_story_need_no_shared_place_or_name() -> None:
    placed = dataclasses.replace(event("s1", "2021-03-01", BAGHDAD), actor=())
    unplaced = dataclasses.replace(event("s2", "2021-03-01", None), actor=())
    far = dataclasses.replace(event("s3", "2021-03-01", MOSUL), actor=())
    assert compatible(placed, unplaced) is None
    assert compatible(placed, unplaced, same_story=True) is not None
    assert compatible(placed, far, same_story=True) is None  # contradicting places still differ
    merged = merge_events(
        [
            Report(placed, "a", None, None, story_id="x"),
            Report(unplaced, "b", None, None, None, "x"),
        ]
    )
    assert len(merged) == 1 and merged[0].merge_reasons[0].endswith("same story")


def test_counts_of_reports_far_apart_are_not_one_figure() -> None:
    """A country-wide report merges with a town's by the rule, but gives the town's event none of
    its figures; a tally flagged as implausible merges with nothing."""
    usa = Place("Iraq", 0, 4, "Iraq", 99237, 33.0, 44.0, "IRQ", None, "country", 0.5)
    town = Report(event("t1", "2021-03-01", MOSUL, 1), "doc1", None, "2021-03-01")
    nation = Report(event("n1", "2021-03-01", usa, 30), "doc2", None, "2021-03-02")
    merged = merge_events([town, nation])
    holder = next(m for m in merged if any(s.event_id == "t1" for s in m.sources))
    assert holder.event.fatalities == 1
    tally = dataclasses.replace(nation.event, implausible_counts=True, fatalities=500000)
    apart = merge_events([town, dataclasses.replace(nation, event=tally)])
    assert len(apart) == 2
    assert compatible(town.event, tally) is None


def test_at_least_goes_with_the_figure_the_merged_event_takes() -> None:
    """A first report's "at least two" does not make a later report's exact count a minimum, and a
    vague count of the dead with no figure anywhere stays a minimum."""
    vague = Report(
        dataclasses.replace(event("v", "2021-03-01", MOSUL, 2), fatalities_lower_bound=True),
        "d1",
        None,
        "2021-03-01",
    )
    exact = Report(event("x", "2021-03-01", MOSUL, 7), "d2", None, "2021-03-03")
    (merged,) = merge_events([vague, exact])
    assert merged.event.fatalities == 7 and not merged.event.fatalities_lower_bound
    (merged,) = merge_events([exact, dataclasses.replace(vague, published="2021-03-04")])
    assert merged.event.fatalities == 2 and merged.event.fatalities_lower_bound
    unknown = dataclasses.replace(vague, event=dataclasses.replace(vague.event, fatalities=None))
    plain = Report(event("p", "2021-03-01", MOSUL, None), "d3", None, "2021-03-02")
    (merged,) = merge_events([plain, unknown])
    assert merged.event.fatalities is None and merged.event.fatalities_lower_bound


def test_main_flag_survives_the_merge() -> None:
    first = Report(
        dataclasses.replace(event("a", "2021-03-01", MOSUL, 1), main=True), "d1", None, None
    )
    second = Report(event("b", "2021-03-01", MOSUL, 1), "d2", None, None)
    (merged,) = merge_events([first, second])
    assert merged.event.main


def test_places_inferred_from_the_article_are_no_common_place() -> None:
    iraq = Place("", 0, 0, "Iraq", 99237, 33.0, 44.0, "IRQ", None, "country", 0.2, inferred=True)
    first = dataclasses.replace(event("i1", "2021-03-01", iraq), actor=())
    second = dataclasses.replace(event("i2", "2021-03-01", iraq), actor=())
    merged = merge_events([_report("i1", "doc1", first), _report("i2", "doc2", second)])
    assert sorted(len(m.sources) for m in merged) == [1, 1]
    # the article's own area still stands in for an inferred place
    stand_in = Report(first, "doc1", None, None, area=BAGHDAD).placed
    assert stand_in.location == BAGHDAD
