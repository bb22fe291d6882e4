from eventwire.dedupe.minhash import Deduper

STORY = (
    "Gunmen attacked a police checkpoint on the road north of the city on Tuesday, killing four "
    "officers and wounding six others, the provincial governor said. No group has claimed the "
    "attack, which followed weeks of rising tension between the security forces and armed groups "
    "in the area. The governor ordered extra patrols and closed the road for the night while "
    "investigators collected evidence at the scene. Residents said they heard gunfire for almost "
    "an hour before reinforcements arrived from the capital."
)
OTHER = (
    "The central bank left interest rates unchanged on Thursday, citing slowing inflation and a "
    "weaker outlook for exports. Analysts had expected the decision, and markets barely moved. "
    "The bank said it would review its stance again next quarter as new figures arrive."
)


def test_exact_and_near_duplicates_point_at_the_original() -> None:
    dedupe = Deduper()
    assert dedupe.check("a", STORY)[0] is None
    assert dedupe.check("b", STORY.upper())[0] == "a"  # same words after normalising
    repost = (
        "Site tagline here\nHome / News\n"
        + STORY.replace("Tuesday", "Tuesday night")
        + "\nSource link"
    )
    assert dedupe.check("c", repost)[0] == "a"
    assert dedupe.check("d", OTHER)[0] is None


def test_signatures_reload_across_runs() -> None:
    first = Deduper()
    _, signature = first.check("a", STORY)
    later = Deduper()
    later.load([("a", None, signature)])
    assert later.check("z", STORY + " Updated at noon.")[0] == "a"
    assert later.check("a", STORY)[0] is None  # the original itself stays an original


def test_an_earlier_published_copy_becomes_the_original_and_earlier_copies_follow() -> None:
    dedupe = Deduper()
    assert dedupe.check("late", STORY, "2021-05-03")[0] is None
    assert dedupe.check("early", STORY + " Share this.", "2021-05-01")[0] is None
    assert dedupe.repointed == {"late": "early"}
    assert dedupe.copies_of("early") == ("late",)
    assert dedupe.check("third", "Home\n" + STORY, "2021-05-04")[0] == "early"


def test_a_repost_never_displaces_the_page_it_copies_but_a_fuller_update_does() -> None:
    dedupe = Deduper()
    assert dedupe.check("orig", STORY, "2021-05-01")[0] is None
    assert dedupe.check("repost", STORY + " Source link", "2021-05-01", repost=True)[0] == "orig"
    longer = STORY + " " + STORY.replace("Tuesday", "Wednesday").replace("four", "five")
    assert dedupe.check("update", longer, "2021-05-01")[0] is None
    assert dedupe.repointed == {"orig": "update", "repost": "update"}


def test_site_chrome_lines_do_not_hide_a_short_copy() -> None:
    short = OTHER
    chrome = "\n".join(
        [
            "Home | Markets | Economy | Opinion | Video",
            "Share on Facebook Share on Twitter Email",
            "Your daily briefing on money",
            short,
            "Source link",
            "Copyright 2021 Example Money Network",
        ]
    )
    dedupe = Deduper()
    dedupe.check("a", short)
    assert dedupe.check("b", chrome)[0] == "a"


def test_different_reports_of_the_same_incident_are_not_copies() -> None:
    other_report = (
        "Four police officers died when gunmen opened fire on a checkpoint north of the city, "
        "the governor's office confirmed on Wednesday. Six more were taken to hospital. Local "
        "people described a long exchange of fire. Security forces have since reinforced the "
        "road, and an investigation is under way, officials added."
    )
    dedupe = Deduper()
    dedupe.check("a", STORY)
    assert dedupe.check("b", other_report)[0] is None
