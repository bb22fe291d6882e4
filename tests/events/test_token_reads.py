"""Readings made from the parse's kept words and text (perf23) answer as the token-by-token
readings they replace."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.events.clauses import _tally
from eventwire.events.injuries import _death_in
from eventwire.events.modality import PARAGRAPH_TOKENS, _paragraph_before, questioned
from eventwire.events.words import event_words
from eventwire.lang import load_lexicon


def _read_back(doc: Doc, i: int) -> str:
    """The paragraph before token `i`, read back token by token (the reading replaced)."""
    parts: list[str] = []
    for k in range(i - 1, max(i - PARAGRAPH_TOKENS, 0) - 1, -1):
        piece = doc[k].text_with_ws
        cut = piece.rfind("\n")
        if cut >= 0:
            parts.append(piece[cut + 1 :])
            break
        parts.append(piece)
    return "".join(reversed(parts))


def test_paragraph_before_is_the_text_read_back(nlp: Language) -> None:
    doc = nlp(
        "Harbour workers walked out on Tuesday.\n\n\u201cWe will stay out,\u201d a docker said. "
        "The port said talks would resume.\nA second line  with two spaces \n ends here."
    )
    for token in doc:
        assert _paragraph_before(token) == _read_back(doc, token.i)
    assert _paragraph_before(doc[-1]).startswith(" ends")  # the last line's own text


def test_paragraph_before_reads_at_most_its_tokens_back(nlp: Language) -> None:
    doc = nlp(" ".join(["word"] * (PARAGRAPH_TOKENS + 20)) + " end.")
    last = doc[-2]
    assert _paragraph_before(last) == _read_back(doc, last.i)
    assert len(_paragraph_before(last).split()) == PARAGRAPH_TOKENS


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Will the dockers strike again next week?", True),
        ("\u201cWould the ferry crews join the strike?\u201d he asked.", False),
        ("\u201cWould the ferry crews join the strike?\u201d", True),
        ("Who attacked the depot?", False),  # a wh-question presumes its event
        ("The dockers will strike again next week.", False),
        ("Did the guards fire on the crowd ?  ", True),
    ],
)
def test_questioned_reads_the_sentence_ends(nlp: Language, text: str, asked: bool) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.pos_ == "VERB")
    assert questioned(load_lexicon("en"), verb) is asked


@pytest.mark.parametrize(
    ("text", "death"),
    [
        ("Two miners died when the shaft collapsed.", True),
        ("A guard was found dead near the gate.", True),
        ("A guard was hurt near the gate.", False),
    ],
)
def test_death_in_reads_lemmas_and_words(nlp: Language, text: str, death: bool) -> None:
    lex = event_words()
    doc = nlp("Nobody was hurt at first. " + text)
    first, second = list(doc.sents)
    assert _death_in(lex, second) is death
    assert _death_in(lex, first) is False


def test_tally_reads_the_tally_noun_of_the_sentence(nlp: Language) -> None:
    lex = event_words()
    doc = nlp("Gunmen killed five people in 19 shootings over the weekend.")
    killed = next(t for t in doc if t.lemma_ == "kill")
    assert _tally(lex, killed) is True
    doc = nlp("Gunmen killed five people in a shooting on Saturday.")
    killed = next(t for t in doc if t.lemma_ == "kill")
    assert _tally(lex, killed) is False
