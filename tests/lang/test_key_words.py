"""The key-word table: one row per role a rule names, read and checked at load time."""

from __future__ import annotations

import re
import shutil
from dataclasses import fields
from pathlib import Path

import pytest

import eventwire
from eventwire.errors import InputError
from eventwire.lang import LANG_DIR, Lexicon
from eventwire.lang.key_words import KeyWords, key_words

PACKAGE = Path(eventwire.__file__).resolve().parent


def test_english_gives_every_role_its_words() -> None:
    key = key_words(Lexicon("en"))
    assert key.genitive_preps == {"of"}
    assert key.perfect_auxiliaries == {"have", "'ve"}
    assert all(getattr(key, f.name) for f in fields(KeyWords))


def test_every_role_is_read_by_some_rule() -> None:
    code = "\n".join(
        p.read_text(encoding="utf-8")
        for p in PACKAGE.rglob("*.py")
        if p.relative_to(PACKAGE).parts[0] != "lang"
    )
    unread = [f.name for f in fields(KeyWords) if not re.search(rf"\.{f.name}\b", code)]
    assert not unread, f"roles no rule reads (drop them from the table and KeyWords): {unread}"


def _copy_english(tmp_path: Path) -> Path:
    root = tmp_path / "xx"
    shutil.copytree(LANG_DIR / "en", root)
    return root


def test_a_role_missing_from_a_language_is_an_error_naming_the_file(tmp_path: Path) -> None:
    root = _copy_english(tmp_path)
    table = root / "key_words.tsv"
    rows = table.read_text(encoding="utf-8").splitlines()
    table.write_text(
        "\n".join(r for r in rows if not r.startswith("genitive_preps\t")), encoding="utf-8"
    )
    with pytest.raises(InputError, match="genitive_preps") as error:
        KeyWords.read(Lexicon("xx", root=root))
    assert "key_words.tsv" in str(error.value)


def test_a_row_no_rule_reads_is_an_error(tmp_path: Path) -> None:
    root = _copy_english(tmp_path)
    with open(root / "key_words.tsv", "a", encoding="utf-8") as table:
        table.write("\nblorp_words\tblorp\tnowhere\n")
    with pytest.raises(InputError, match="blorp_words"):
        KeyWords.read(Lexicon("xx", root=root))


def test_another_language_gives_its_own_words(tmp_path: Path) -> None:
    root = _copy_english(tmp_path)
    table = root / "key_words.tsv"
    text = table.read_text(encoding="utf-8").replace(
        "genitive_preps\tof\t", "genitive_preps\tde du\t"
    )
    table.write_text(text, encoding="utf-8")
    assert KeyWords.read(Lexicon("xx", root=root)).genitive_preps == {"de", "du"}
