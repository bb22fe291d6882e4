"""The command line answers a typo with exit status 2 and a message that says what would work.

No pipeline runs here: filters are checked before any database is opened, and a read command
refuses a database that is not there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli

FILTER_TYPOS = [
    (["--type", "FOO"], "--type", "valid: AGREE"),
    (["--type", "asault"], "--type", "did you mean ASSAULT"),
    (["--country", "iraq"], "--country", "did you mean IRQ"),
    (["--country", "XXX"], "--country", "ISO 3166-1 alpha-3"),
    (["--acled-type", "Explosions"], "--acled-type", "did you mean Explosions/Remote violence"),
    (["--acled-type", "wars"], "--acled-type", "valid: Battles"),
    (["--since", "yesterday"], "--since", "YYYY-MM-DD"),
    (["--until", "2021-02-30"], "--until", "YYYY-MM-DD"),
    (["--since", "2022", "--until", "2021-06"], "--since", "after until"),
    (["--modality", "maybe"], "--modality", "asserted"),
    (["--format", "xml"], "--format", "table"),
]


@pytest.mark.parametrize(("args", "option", "hint"), FILTER_TYPOS)
def test_every_filter_typo_exits_2_naming_the_option_and_the_fix(
    tmp_path: Path, args: list[str], option: str, hint: str
) -> None:
    db = tmp_path / "events.sqlite"
    result = CliRunner().invoke(cli, ["events", "--db", str(db), *args])
    assert result.exit_code == 2, result.output
    assert option in result.stderr and hint in result.stderr
    assert not db.exists()  # checked before anything is opened or made


def test_reading_a_database_that_is_not_there_says_so(tmp_path: Path) -> None:
    missing = tmp_path / "evnets.sqlite"
    for command in (["events"], ["serve", "--port", "0"]):
        result = CliRunner().invoke(cli, [*command, "--db", str(missing)])
        assert result.exit_code == 2, result.output
        assert "no database at" in result.stderr and "eventwire ingest" in result.stderr
    assert not missing.exists()


def test_a_mistyped_database_url_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["events", "--db", "sqlite://events.sqlite"])
    assert result.exit_code == 2 and "three slashes" in result.stderr
    result = CliRunner().invoke(cli, ["events", "--db", "sqlit:///events.sqlite"])
    assert result.exit_code == 2 and "unknown scheme" in result.stderr


def test_ctrl_c_during_ingest_says_how_to_carry_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C exits 130 with a line saying stored work is kept, not click's bare "Aborted!"."""
    import eventwire.python_api

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(eventwire.python_api, "ingest_paths", interrupted)
    page = tmp_path / "note.txt"
    page.write_text("A short note about a council meeting.")
    result = CliRunner().invoke(cli, ["ingest", str(page), "--db", str(tmp_path / "e.sqlite")])
    assert result.exit_code == 130, result.output
    assert "interrupted" in result.stderr and "run the same command again" in result.stderr
    assert "Aborted!" not in result.stderr
