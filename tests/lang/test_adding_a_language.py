"""docs/ADDING_A_LANGUAGE.md, followed: a toy language registered from a folder of our own drives
the stages' rule code, which holds no words of its own."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from eventwire.annotate.stage import AnnotateStage
from eventwire.dedupe.stage import DedupeStage
from eventwire.lang import LANG_DIR, Lexicon
from eventwire.pipeline.runner import default_stages
from eventwire.records import Article, Parsed
from eventwire.settings import Settings

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "ADDING_A_LANGUAGE.md"

# "xx": a toy language whose speakers report speech by singing and humming, and whose story
# clustering leaves out two function words of its own.
TOY_REPORTING_VERBS = "lemma\tuse\nsing\tsay\nhum\tframe\n"
TOY_STOPWORDS = "# two words\nblorp\nzibber\n"


def _toy(tmp_path: Path, start_from_english: bool) -> Path:
    folder = tmp_path / "xx"
    if start_from_english:  # the guide's first step: copy lang/en/, then translate file by file
        shutil.copytree(LANG_DIR / "en", folder)
    (folder / "annotate").mkdir(parents=True, exist_ok=True)
    (folder / "dedupe").mkdir(parents=True, exist_ok=True)
    (folder / "annotate" / "reporting_verbs.tsv").write_text(TOY_REPORTING_VERBS)
    (folder / "dedupe" / "story_stopwords.txt").write_text(TOY_STOPWORDS)
    return folder


def _article(text: str, id: str = "a1") -> Article:
    return Article(id=id, input_name=f"{id}.txt", text=text, published="2024-05-02", language="xx")


def test_the_settings_name_the_language_folder(tmp_path: Path) -> None:
    folder = _toy(tmp_path, start_from_english=False)
    settings = Settings(languages=("xx",), lexicon_dir=folder)
    lexicon = settings.lexicon()
    assert lexicon.code == "xx" and lexicon.root == folder
    assert lexicon is Settings(languages=("xx",), lexicon_dir=folder).lexicon()  # read once
    assert Settings().lexicon().code == "en"


def test_a_toy_language_of_two_words_drives_the_story_clustering(tmp_path: Path) -> None:
    """The default pipeline hands the dedupe stage the toy lexicon: its two stopwords are left out
    of an article's story terms, which English keeps."""
    text = "Blorp zibber Marrowby levees breached blorp zibber Marrowby engineers zibber."
    toy = Settings(languages=("xx",), lexicon_dir=_toy(tmp_path, start_from_english=False))
    english = Settings()
    terms = {}
    for name, settings in (("xx", toy), ("en", english)):
        stage = next(s for s in default_stages(settings) if isinstance(s, DedupeStage))
        (out,) = stage.run([_article(text)])
        assert isinstance(out, Article) and out.dedupe is not None
        terms[name] = dict(out.dedupe.story_terms)
    assert "blorp" not in terms["xx"] and "zibber" not in terms["xx"]
    assert "blorp" in terms["en"] and "zibber" in terms["en"]
    assert "marrowby" in terms["xx"] and "marrowby" in terms["en"]


@pytest.mark.slow
def test_a_toy_language_of_two_reporting_verbs_drives_the_quote_rules(tmp_path: Path) -> None:
    """The annotate stage, set up for the toy language, finds speakers by its two verbs of
    saying ("sing", "hum") and no longer by English "say"."""
    settings = Settings(languages=("xx",), lexicon_dir=_toy(tmp_path, start_from_english=True))
    stage = AnnotateStage(settings)
    texts = [
        '"Stay calm," Mira Tolle hummed.',
        "Mira Tolle sang that the river would rise again before dawn.",
        '"The river will rise before dawn," Mira Tolle said.',
    ]
    out = list(stage.run([_article(t, f"a{i}") for i, t in enumerate(texts)]))
    assert all(isinstance(o, Parsed) for o in out)
    hummed, sang, said = (o.document for o in out if isinstance(o, Parsed))
    assert [(q.text, q.speaker, q.cue) for q in hummed.quotes] == [
        ("Stay calm", "Mira Tolle", "hummed")
    ]
    assert [(a.speaker, a.cue) for a in sang.attributions] == [("Mira Tolle", "sang")]
    assert [q.speaker for q in said.quotes] == [None]  # "say" is no verb of saying in "xx"


def test_the_guide_names_every_file_a_language_provides() -> None:
    """Every list of the English lexicon is described in docs/ADDING_A_LANGUAGE.md."""
    guide = GUIDE.read_text(encoding="utf-8")
    listed = set(re.findall(r"`([a-z_]+(?:/[a-z_]+)+\.(?:txt|tsv|json))`", guide))
    # the files of the folder itself (`key_words.tsv`), named without a sub-folder
    top = {p.name for p in (LANG_DIR / "en").glob("*") if p.suffix in (".txt", ".tsv", ".json")}
    listed |= top & set(re.findall(r"`([a-z_]+\.(?:txt|tsv|json))`", guide))
    shipped = {
        path.relative_to(LANG_DIR / "en").as_posix()
        for path in (LANG_DIR / "en").rglob("*")
        if path.suffix in (".txt", ".tsv", ".json")
    }
    assert sorted(shipped - listed) == [], "files the guide does not describe"
    assert sorted(listed - shipped) == [], "files the guide names that no language folder has"


def test_a_lexicon_is_plain_files() -> None:
    """The lexicon of a language is files only: nothing to import, nothing to build."""
    english = Lexicon("en")
    for path in english.root.rglob("*"):
        assert path.is_dir() or path.suffix in (".txt", ".tsv", ".json", ".md"), path
