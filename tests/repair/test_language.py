"""Language id: offline bundled model, whole-text judgement, ISO codes."""

from __future__ import annotations

import socket

import pytest

from eventwire.repair import language
from eventwire.repair.language import SHORT_TEXT_CHARS, detect_language, identify_language

ENGLISH = (
    "The government announced on Tuesday a new series of measures to fight the crisis, "
    "including support for small businesses and an extension of the housing programme."
)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("language id tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (ENGLISH, "en"),
        ("Le gouvernement a annoncé mardi une nouvelle série de mesures contre la crise.", "fr"),
        ("Die Regierung hat am Dienstag neue Maßnahmen gegen die Krise angekündigt.", "de"),
        ("Правительство во вторник объявило о новых мерах по борьбе с кризисом.", "ru"),
        ("El gobierno anunció el martes una nueva serie de medidas contra la crisis.", "es"),
    ],
)
def test_languages(text: str, code: str) -> None:
    lang, score = detect_language(text)
    assert lang == code
    assert 0.5 < score <= 1.0


def test_short_or_empty_text_has_no_language() -> None:
    assert detect_language("") == (None, 0.0)
    assert detect_language("OK 123 !!") == (None, 0.0)


def test_whole_text_is_judged_not_its_first_line() -> None:
    # A long first line in another language must not decide for the whole article.
    text = "Nouvelles du jour, la une de ce matin et les titres\n" + "\n\n".join([ENGLISH] * 8)
    assert detect_language(text)[0] == "en"


def test_model_is_the_bundled_file() -> None:
    path = language._bundled_model_path()
    assert path.name == "lid.176.ftz"
    assert path.exists()


# The language gate: short or unsure texts (sentences written for these tests).


@pytest.mark.parametrize(
    "text",
    ["We drove to Porto, Portugal.", "Blast kills 4 in Mosul", "Floods cut the road north of Tula"],
)
def test_short_latin_text_with_english_words_is_english(text: str) -> None:
    assert len(text) < SHORT_TEXT_CHARS
    call = identify_language(text)
    assert (call.language, call.basis) == ("en", "english-words")


def test_short_text_takes_the_callers_hint() -> None:
    call = identify_language("Regen und Sturm im Norden", hint="de")
    assert (call.language, call.basis) == ("de", "hint")


def test_short_foreign_text_keeps_the_models_answer() -> None:
    call = identify_language("Le maire a quitté la mairie hier soir.")
    assert call.language == "fr"


def test_long_sure_text_is_detected() -> None:
    text = "The regional council met on Monday to discuss the new budget and the repair of roads."
    call = identify_language(text, hint="fr")
    assert (call.language, call.basis) == ("en", "detected")


def test_no_letters_is_undetermined() -> None:
    assert identify_language("12 345 - 678").basis == "undetermined"
