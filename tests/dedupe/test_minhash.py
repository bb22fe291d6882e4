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
