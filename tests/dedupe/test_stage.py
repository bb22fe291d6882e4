from eventwire.dedupe.stage import DedupeStage
from eventwire.records import Article

from .test_story_clusters import FLOOD_1, FLOOD_2, STRIKE


def article(doc_id: str, text: str, published: str, source_url: str | None = None) -> Article:
    return Article(doc_id, f"{doc_id}.txt", text, published=published, source_url=source_url)


def test_the_stage_sets_copies_and_stories() -> None:
    stage = DedupeStage()
    out = [
        stage.process(article("f1", FLOOD_1, "2022-03-07")),
        stage.process(article("s1", STRIKE, "2022-03-07")),
        stage.process(article("f2", FLOOD_2, "2022-03-08")),
        stage.process(
            article("copy", FLOOD_1 + "\nSource link", "2022-03-08", "https://x.example")
        ),
    ]
    assert [(a.duplicate_of, a.story_id) for a in out] == [
        (None, "f1"),
        (None, "s1"),
        (None, "f1"),
        ("f1", "f1"),
    ]
    assert all(a.dedupe is not None for a in out)  # every article carries its signature on


def test_an_earlier_copy_seen_later_takes_over_and_keeps_the_story() -> None:
    stage = DedupeStage()
    stage.process(article("late", FLOOD_1, "2022-03-09"))
    early = stage.process(article("early", FLOOD_1, "2022-03-07"))
    assert early.duplicate_of is None and early.story_id == "late"
    assert early.dedupe is not None and early.dedupe.repoints == ("late",)
