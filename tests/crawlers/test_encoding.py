"""Charset reconciliation: header, meta and the bytes themselves."""
from __future__ import annotations

import pytest

from crawlers.encoding import codec_name, decide_encoding

TEXT = "Le pôle de compétitivité réunit ses adhérents : élèves, clé, août, « œuvre »."


def html(charset: str | None, encoding: str) -> bytes:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}</head><body><p>{TEXT}</p></body></html>".encode(encoding)


@pytest.mark.parametrize(("body", "header", "expected"), [
    (html("utf-8", "utf-8"), "utf-8", "utf-8"),
    (html(None, "utf-8"), None, "utf-8"),
    (html("utf-8", "cp1252"), "utf-8", "cp1252"),          # header and meta both lie
    (html("iso-8859-1", "cp1252"), None, "cp1252"),          # meta, latin-1 read as WHATWG does
    (html(None, "cp1252"), "ISO-8859-1", "cp1252"),
    (html(None, "utf-8"), "iso-8859-1", "utf-8"),           # valid UTF-8 beats a latin-1 header
    (html(None, "cp1252"), None, "cp1252"),                  # nothing declared: sniffed
    (b"\xef\xbb\xbf" + html(None, "utf-8"), "iso-8859-1", "utf-8"),  # BOM wins
    (b"<html>plain ascii</html>", "utf-8", "utf-8"),
])
def test_decide_encoding(body: bytes, header: str | None, expected: str) -> None:
    codec = decide_encoding(body, header)
    assert codec == expected
    assert TEXT in body.decode(codec) or body.isascii()


def test_codec_names() -> None:
    assert codec_name("latin1") == "cp1252" and codec_name("UTF8") == "utf-8"
    assert codec_name("x-no-such-charset") is None and codec_name(None) is None
