"""The language layer reads word lists, tables and patterns from a language's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import E_LEXICON, InputError
from eventwire.lang import Lexicon, load_lexicon


def _toy_language(root: Path) -> Path:
    folder = root / "xx"
    (folder / "events").mkdir(parents=True)
    (folder / "events" / "cues.txt").write_text("# toy cue words\nblorp\n\nzib  # second\n")
    (folder / "roles.tsv").write_text("word\tsector\nglim\tGOV\nflon\tMIL\n")
    (folder / "patterns.json").write_text('[{"label": "X", "pattern": [{"LOWER": "blorp"}]}]')
    return folder


def test_a_language_of_our_own_reads_its_files(tmp_path: Path) -> None:
    lexicon = Lexicon("xx", root=_toy_language(tmp_path))
    assert lexicon.entries("events/cues") == ("blorp", "zib")
    assert lexicon.words("events/cues") == frozenset({"blorp", "zib"})
    assert lexicon.mapping("roles", "word", "sector") == {"glim": "GOV", "flon": "MIL"}
    assert lexicon.data("patterns")[0]["label"] == "X"
    assert lexicon.has("roles") and not lexicon.has("missing")


def test_a_missing_list_names_the_file_and_the_language(tmp_path: Path) -> None:
    lexicon = Lexicon("xx", root=_toy_language(tmp_path))
    with pytest.raises(InputError) as caught:
        lexicon.words("events/absent")
    assert caught.value.code == E_LEXICON
    assert "'xx'" in caught.value.reason and "events/absent" in caught.value.reason


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        Lexicon("zz-not-a-language")
    assert caught.value.code == E_LEXICON


def test_english_is_shipped_and_loaded_once() -> None:
    assert load_lexicon("en") is load_lexicon("en")
