"""The run summary explains its counts and warns when most articles carry no date."""

from __future__ import annotations

from eventwire.pipeline.runner import Summary
from eventwire.records import Document


def _document(doc_id: str, published: str | None) -> Document:
    return Document(id=doc_id, text="A short note.", published=published, input_name="test")


def test_most_articles_undated_gives_one_warning_naming_the_fix() -> None:
    summary = Summary()
    for i, published in enumerate((None, None, "2021-04-01")):
        summary.add(_document(f"d{i}", published))
    warnings = [line for line in summary.lines() if line.startswith("eventwire: warning:")]
    assert len(warnings) == 1
    assert "2 of 3 articles have no publication date" in warnings[0]
    assert "--published" in warnings[0] and "dct" in warnings[0]
    assert warnings[0].startswith("eventwire: warning: test: 2 of 3")


def test_the_undated_warning_names_the_first_inputs_then_an_ellipsis() -> None:
    summary = Summary()
    for i in range(5):
        summary.add(Document(id=f"d{i}", text="A note.", published=None, input_name=f"n{i}.txt"))
    (warning,) = [line for line in summary.lines() if "no publication date" in line]
    assert warning.startswith("eventwire: warning: n0.txt, n1.txt, n2.txt, ...: 5 of 5 articles")
    merged = Summary()
    merged.merge(summary)
    assert merged.undated_inputs == ["n0.txt", "n1.txt", "n2.txt"] and merged.undated_more


def test_dated_runs_give_no_warning() -> None:
    summary = Summary()
    for i in range(3):
        summary.add(_document(f"d{i}", "2021-04-01"))
    assert not any(line.startswith("eventwire: warning:") for line in summary.lines())


def test_texts_not_annotated_are_named_by_language() -> None:
    summary = Summary()
    note = "[EW202] language fr is not supported by the NLP stages"
    summary.add(Document(id="a", text="Bonjour.", language="fr", not_annotated=note))
    summary.add(Document(id="b", text="Hallo.", language="de", not_annotated=note))
    summary.add(Document(id="c", text="Salut.", language="fr", not_annotated=note))
    summary.add(_document("d", "2021-04-01"))
    first = summary.lines()[0]
    assert "not annotated (unsupported language): 3 (de: 1, fr: 2)" in first
    other = Summary()
    other.merge(summary)
    assert other.skipped_languages == {"fr": 2, "de": 1}


def test_articles_the_news_gate_kept_from_the_parse_are_counted() -> None:
    summary = Summary()
    note = "no political, conflict or crime news by the news gate"
    summary.add(Document(id="a", text="Roast the squash.", language="en", not_news=note))
    summary.add(_document("b", "2021-04-01"))
    assert "no political, conflict or crime news (not parsed): 1" in summary.lines()[0]
    other = Summary()
    other.merge(summary)
    other.merge(summary)
    assert other.not_news == 2 and other.skipped_language == 0
