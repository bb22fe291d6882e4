"""End-to-end: the command line of DESIGN.md on the seed article, the sample corpus and bad input."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.python_api import demo_corpus_path
from eventwire.schema import validate_document

pytestmark = pytest.mark.slow


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eventwire", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=False,
    )


@pytest.fixture(scope="module")
def seed_record() -> dict:
    seed = Path(__file__).resolve().parents[2] / "shared" / "data" / "seed" / "seed.txt"
    if not seed.exists():
        pytest.skip("seed article not available")
    done = run_cli("process", str(seed), "--published", "2020-09-27", "--quiet")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


def test_seed_record_follows_the_schema_and_holds_every_annotation(seed_record: dict) -> None:
    validate_document(seed_record)
    for key in ("entities", "places", "times", "quotes", "events"):
        assert seed_record[key], key
    assert seed_record["language"] == "en"
    assert seed_record["published"] == "2020-09-27"


def test_seed_content_is_real(seed_record: dict) -> None:
    text = seed_record["text"]
    baghdad = [p for p in seed_record["places"] if p["text"] == "Baghdad"]
    assert baghdad and all(p["country"] == "IRQ" for p in baghdad)
    assert any(
        e["type"] == "ASSAULT" and "Babil" in e["evidence"]["sentence"]
        for e in seed_record["events"]
    )
    for span_list in ("entities", "places", "times", "quotes"):
        for item in seed_record[span_list]:
            assert text[item["start"] : item["end"]] == item["text"] or span_list == "quotes"
    for event in seed_record["events"]:
        ev = event["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["sentence"]
    values = {t["text"]: t["value"] for t in seed_record["times"]}
    assert values.get("Saturday night") == "2020-09-26TNI"  # TIMEX3: the day and its night
    assert values.get("last month") == "2020-08"


def _seed_event(record: dict, plover: str, phrase: str) -> dict:
    found = [
        e for e in record["events"] if e["type"] == plover and phrase in e["evidence"]["sentence"]
    ]
    assert len(found) == 1, (plover, phrase, len(found))
    return found[0]


def test_seed_events_have_their_dates_and_places(seed_record: dict) -> None:
    """The whole pipeline (repair, times, geocoding, events) on the example's key events."""
    convoy = _seed_event(seed_record, "ASSAULT", "Babil Province")
    assert convoy["date"] == "2020-09-27" and convoy["date_precision"] == "day"
    assert convoy["location"]["country"] == "IRQ" and convoy["location"]["admin1"] == "Babil"
    strike = _seed_event(seed_record, "ASSAULT", "Soleimani")
    assert strike["date"] == "2020-01" and strike["actor"][0]["country"] == "USA"
    visit = _seed_event(seed_record, "CONSULT", "visit to Washington")
    assert visit["date"] == "2020-08" and visit["location"]["country"] == "USA"
    threat = _seed_event(seed_record, "THREATEN", "would close the embassy")
    assert threat["actor"][0]["country"] == "USA" and threat["recipient"][0]["country"] == "IRQ"
    missiles = _seed_event(seed_record, "ASSAULT", "missile attacks")
    assert missiles["fatalities"] == 3 and missiles["fatalities_lower_bound"]
    drawdown = _seed_event(seed_record, "RETREAT", "5,000")
    assert drawdown["actor"][0]["country"] == "USA"
    bomb = _seed_event(seed_record, "ASSAULT", "British Embassy convoy")
    assert bomb["date"] == "2020-09" and bomb["date_precision"] == "month"
    murder = _seed_event(seed_record, "ASSAULT", "Hashemi")
    assert murder["id"] != missiles["id"] and murder["id"] != bomb["id"]
    _seed_event(seed_record, "ASSAULT", "campaign of rocket")
    _seed_event(seed_record, "REQUEST", "lawmakers")


def sample_subset(tmp_path: Path, n: int = 4) -> Path:
    lines = demo_corpus_path().read_text(encoding="utf-8").splitlines()[:n]
    path = tmp_path / "subset.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_ingest_twice_stores_once_and_events_print_in_every_format(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'events.sqlite'}"
    corpus = sample_subset(tmp_path)
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(corpus), "--db", db, "--quiet"])
    assert first.exit_code == 0, first.output
    from eventwire.python_api import open_store

    with open_store(db) as store:
        counts = store.counts()
    assert counts["documents"] == 4 and counts["events"] > 0 and counts["merged_events"] > 0
    second = runner.invoke(cli, ["ingest", str(corpus), "--db", db])
    assert second.exit_code == 0
    assert "shards already stored (skipped): 1" in second.stderr  # its completion marker
    os.utime(
        corpus, ns=(1, 1)
    )  # a changed file is read again; its unchanged articles stay as they were
    third = runner.invoke(cli, ["ingest", str(corpus), "--db", db])
    assert third.exit_code == 0 and "unchanged: 4" in third.stderr
    with open_store(db) as store:
        assert store.counts() == counts

    table = runner.invoke(cli, ["events", "--db", db])
    assert table.exit_code == 0 and "events" in table.stdout
    jsonl = runner.invoke(cli, ["events", "--db", db, "--format", "jsonl", "--modality", "any"])
    events = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert len(events) == counts["merged_events"]
    asserted = runner.invoke(cli, ["events", "--db", db, "--format", "jsonl"]).stdout.splitlines()
    # counts count what happened: by default only asserted events are listed
    assert [json.loads(x)["id"] for x in asserted] == [
        e["id"] for e in events if e["modality"] == "asserted"
    ]
    assert all(e["sources"] and "num_articles" in e for e in events)
    rows = list(
        csv.DictReader(
            io.StringIO(
                runner.invoke(
                    cli, ["events", "--db", db, "--format", "csv", "--modality", "any"]
                ).stdout
            )
        )
    )
    assert len(rows) == len(events)
    geo = json.loads(runner.invoke(cli, ["events", "--db", db, "--format", "geojson"]).stdout)
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == len(asserted)
    explained = runner.invoke(cli, ["events", "--db", db, "--explain", events[0]["id"]])
    assert explained.exit_code == 0 and "sources:" in explained.stdout
    assault = runner.invoke(cli, ["events", "--db", db, "--type", "ASSAULT", "--format", "jsonl"])
    assert all(json.loads(x)["type"] == "ASSAULT" for x in assault.stdout.splitlines())


def test_a_plain_path_database_a_table_that_fits_and_explain_in_every_format(
    tmp_path: Path,
) -> None:
    db = tmp_path / "events.sqlite"  # a plain path is a SQLite file
    corpus = sample_subset(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(corpus), "--db", str(db), "--quiet"]).exit_code == 0
    assert db.exists()
    listed = runner.invoke(cli, ["events", "--db", str(db), "--format", "jsonl"]).stdout
    events = [json.loads(line) for line in listed.splitlines()]
    assert events and all(e["modality"] == "asserted" for e in events)

    for width in (80, 120):
        table = runner.invoke(cli, ["events", "--db", str(db)], env={"COLUMNS": str(width)})
        lines = table.stdout.splitlines()
        assert table.exit_code == 0 and max(len(line) for line in lines) <= width
        header = next(line for line in lines if "date" in line and "type" in line)
        assert ("evidence" in header) == (width >= 120)  # the evidence goes first
        dates = {e["date"] for e in events if e.get("date")}
        assert any(d in table.stdout for d in dates)  # dates shown whole, never "20…"

    event_id = events[0]["id"]
    as_json = runner.invoke(
        cli, ["events", "--db", str(db), "--explain", event_id, "--format", "jsonl"]
    )
    explained = json.loads(as_json.stdout)
    assert explained["id"] == event_id and explained["sources"]
    as_csv = runner.invoke(
        cli, ["events", "--db", str(db), "--explain", event_id, "--format", "csv"]
    )
    assert list(csv.DictReader(io.StringIO(as_csv.stdout)))[0]["event_id"] == event_id


def test_bad_inputs_are_named_and_the_rest_goes_through(tmp_path: Path) -> None:
    (tmp_path / "junk.bin").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "empty.txt").write_bytes(b"")
    packed = gzip.compress(
        ("<html><body><p>" + "A long story about a protest. " * 400 + "</p></body></html>").encode()
    )
    (tmp_path / "cut.html.gz").write_bytes(packed[: len(packed) // 2])
    (tmp_path / "odd.txt").write_bytes(bytes(range(128, 256)) * 8)
    good = tmp_path / "good.txt"
    good.write_text("Protesters gathered outside parliament in Nairobi on Tuesday, police said.\n")
    done = run_cli(
        "process", *(str(p) for p in sorted(tmp_path.iterdir())), "--published", "2021-06-01"
    )
    assert done.returncode == 1
    for name in ("junk.bin", "empty.txt", "cut.html.gz", "odd.txt"):
        assert name in done.stderr, name
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["text"].split()[0] for r in records] == ["Protesters"]


def test_usage_errors_exit_with_2_and_every_command_has_help() -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["process"]).exit_code == 2
    assert runner.invoke(cli, ["process", "x.txt", "--published", "yesterday"]).exit_code == 2
    assert runner.invoke(cli, ["events", "--format", "xml"]).exit_code == 2
    assert runner.invoke(cli, ["ingest", "--dask", "crawl/", "x.jsonl"]).exit_code == 2
    assert runner.invoke(cli, ["ingest", "--watch", "5", "x.jsonl"]).exit_code == 2
    for command in ("process", "ingest", "events", "demo"):
        result = runner.invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def test_missing_file_is_named(tmp_path: Path) -> None:
    done = run_cli("process", str(tmp_path / "nope.html"), "--quiet")
    assert done.returncode == 1 and "nope.html" in done.stderr and "EW101" in done.stderr


def test_explain_of_an_unknown_id_is_a_usage_error(tmp_path: Path) -> None:
    """README keeps exit status 1 for failed inputs; a bad argument is a usage error (2)."""
    from eventwire.python_api import open_store

    db = tmp_path / "events.sqlite"
    with open_store(str(db), create=True):
        pass
    result = CliRunner().invoke(cli, ["events", "--db", str(db), "--explain", "no-such-id"])
    assert result.exit_code == 2, result.output
    assert "eventwire: --explain: no merged event with id 'no-such-id'" in result.stderr
