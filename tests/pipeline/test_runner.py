"""The pipeline is a list of stages the caller may change; every stage keeps its own counters."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from eventwire.errors import E_NO_TEXT, InputError
from eventwire.pipeline.runner import Pipeline, Summary, default_stages
from eventwire.records import Article, Document
from eventwire.settings import Settings
from eventwire.stage import MapStage


class ShoutedTitles(MapStage[Article, Document]):
    """A stage written here: drops articles about a raffle, makes the rest Documents with loud titles."""

    name = "shout"
    reads = ("text", "title")
    writes = ("title",)

    def process(self, item: Article) -> Document:
        if "raffle" in item.text:
            raise InputError(item.input_name, E_NO_TEXT, "raffles are not news")
        return Document.from_article(dataclasses.replace(item, title=(item.title or "").upper()))


def articles(tmp_path: Path) -> Path:
    rows = [
        {
            "id": "a1",
            "title": "Bridge opens",
            "text": "The town council opened the new bridge today.",
        },
        {"id": "a2", "title": "Raffle", "text": "The club held a raffle for the new roof today."},
        {
            "id": "a3",
            "title": "Road closed",
            "text": "Workers closed the river road for repairs today.",
        },
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_the_default_stages_are_a_list_the_caller_may_change() -> None:
    pipeline = Pipeline()
    assert [s.name for s in pipeline.stages] == [
        "extract",
        "dedupe",
        "gate",
        "annotate",
        "geocode",
        "events",
    ]
    pipeline.stages.append(ShoutedTitles())
    assert pipeline.stages[-1].name == "shout"
    for stage in pipeline.stages:
        assert stage.reads and stage.writes, stage.name


def test_a_pipeline_runs_an_extra_stage_and_counts_what_each_stage_did(tmp_path: Path) -> None:
    settings = Settings()
    stages = [*default_stages(settings)[:2], ShoutedTitles()]  # extract, dedupe, then ours
    pipeline = Pipeline(settings, stages=stages)
    summary = Summary()
    out = list(pipeline.run([str(articles(tmp_path))], summary=summary))

    documents = [item for item in out if isinstance(item, Document)]
    assert [d.title for d in documents] == ["BRIDGE OPENS", "ROAD CLOSED"]
    assert all(d.dedupe is not None for d in documents)  # dedupe's findings travel on the record
    assert summary.articles == 2 and summary.errors == {f"{E_NO_TEXT} shout": 1}

    assert list(summary.stages) == ["extract", "dedupe", "shout"]
    assert summary.stages["extract"].processed == 3 and not summary.stages["extract"].dropped
    assert summary.stages["shout"].processed == 3
    assert summary.stages["shout"].dropped == {E_NO_TEXT: 1}
    assert all(c.seconds >= 0 for c in summary.stages.values())
    assert any(line.startswith("stages: extract 3 in") for line in summary.lines())

    # A second run reports its own counts, not the sum of both.
    again = Summary()
    list(pipeline.run([str(articles(tmp_path))], summary=again))
    assert again.stages["shout"].processed == 3


def test_what_the_first_setup_loaded_is_frozen_once(tmp_path: Path) -> None:
    """A pipeline's setup moves what is loaded by then out of the collector's sight, once per
    process: a later setup leaves what was made since in view, and the pipeline runs as before.
    The youngest generation is then collected less often (perf38)."""
    import gc

    from eventwire.pipeline import runner

    thresholds = gc.get_threshold()
    gc.unfreeze()
    runner.freeze_loaded.cache_clear()
    try:
        settings = Settings()
        pipeline = Pipeline(settings, stages=[*default_stages(settings)[:2], ShoutedTitles()])
        pipeline.setup()
        frozen = gc.get_freeze_count()
        assert frozen > 0
        assert gc.get_threshold() == (runner.YOUNG_COLLECTED, *thresholds[1:])
        made_since = [[n] for n in range(1000)]
        Pipeline(settings, stages=[ShoutedTitles()]).setup()
        assert gc.get_freeze_count() == frozen and gc.is_tracked(made_since)
        out = pipeline.run([str(articles(tmp_path))])
        titles = [d.title for d in out if isinstance(d, Document)]
        assert titles == ["BRIDGE OPENS", "ROAD CLOSED"]
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
