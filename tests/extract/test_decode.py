"""Bytes to text: BOMs, declared and meta charsets, detection, refusals."""

from __future__ import annotations

import codecs

import pytest

from eventwire.errors import E_BINARY, E_EMPTY, E_ENCODING, InputError
from eventwire.extract.decode import decode_bytes, meta_charset

TEXT = "Die Stadtverwaltung erklärte, dass die Straße wegen Überflutung gesperrt bleibt."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.encode("utf-16-le"),  # without BOM
        TEXT.encode("cp1252"),  # legacy bytes, detected
    ],
)
def test_text_encodings(data: bytes) -> None:
    assert decode_bytes(data, "t") == TEXT


def test_declared_encoding_is_used() -> None:
    data = "Мэр города выступил".encode("koi8-r")
    assert decode_bytes(data, "t", declared="koi8-r") == "Мэр города выступил"


def test_meta_charset() -> None:
    assert meta_charset(b'<meta charset="Shift_JIS">') == "shift_jis"
    assert meta_charset(
        b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    ) == ("windows-1251")
    assert meta_charset(b"<p>no declaration</p>") is None


@pytest.mark.parametrize("data", [b"", b"   \n\t "])
def test_empty(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, "empty.txt")
    assert info.value.code == E_EMPTY
    assert "empty.txt" in str(info.value)


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n" + bytes(range(256)), b"\x1f\x8b\x08\x00broken", bytes(range(32)) * 20],
)
def test_binary(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, "junk.bin")
    assert info.value.code == E_BINARY


def test_undecodable_with_unknown_declared_encoding(monkeypatch: pytest.MonkeyPatch) -> None:
    import charset_normalizer

    class NoMatch:
        def best(self) -> None:
            return None

    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data: NoMatch())
    with pytest.raises(InputError) as info:
        decode_bytes(b"caf\xe9 \xff\xfe\xfd", "page.html", declared="x-made-up", html=True)
    assert info.value.code == E_ENCODING
    assert "x-made-up" in info.value.reason
