"""Language id: offline bundled model, whole-text judgement, ISO codes."""

from __future__ import annotations

import socket

import pytest

from eventwire.repair import language
from eventwire.repair.language import detect_language

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
