"""Decide the codec of an HTML body from the HTTP header, the `<meta charset>` and the bytes.

Why: French pages served as ISO-8859-1 or windows-1252, sometimes with a header that claims UTF-8,
must still give correct accents. Valid UTF-8 with non-ASCII bytes is almost never an accident, so
the bytes win over any declaration; otherwise the first declaration that decodes cleanly wins, and
charset-normalizer guesses when nothing declared fits.
"""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes
from w3lib.encoding import html_body_declared_encoding, read_bom

# WHATWG: browsers decode latin-1 and ASCII labels as windows-1252, a strict superset in practice.
WHATWG_ALIASES = {"latin_1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}
# Single-byte Latin codecs a sniffer cannot tell apart on short French text (é is 0xE9 in all of
# them but è, à... differ): French outlets use windows-1252, so that is what we read them as.
LATIN_SINGLE_BYTE = frozenset({"cp1252", "cp1250", "iso8859-2", "iso8859-15", "cp1257",
                               "iso8859-3", "iso8859-4", "iso8859-9", "iso8859-13", "cp1254",
                               "mac-roman", "cp850", "cp437"})


def codec_name(label: str | None) -> str | None:
    """Python's canonical codec name for a charset label, or None when unknown."""
    if not label:
        return None
    try:
        info = codecs.lookup(label.strip().strip("'\""))
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):  # base64, zlib, rot13...: not a charset
        return None
    return WHATWG_ALIASES.get(info.name, info.name)


def decodes(body: bytes, codec: str) -> bool:
    try:
        body.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def decide_encoding(body: bytes, header_charset: str | None) -> str:
    """The codec name to decode `body` with (`body.decode(result)` gives the right text)."""
    bom_codec, _ = read_bom(body)
    if bom_codec:
        return codec_name(bom_codec) or "utf-8"
    declared = [c for c in (codec_name(header_charset),
                            codec_name(html_body_declared_encoding(body[:4096]))) if c]
    if body.isascii():
        return declared[0] if declared else "utf-8"
    if decodes(body, "utf-8"):
        return "utf-8"
    for codec in declared:
        if codec != "utf-8" and decodes(body, codec):
            return codec
    guess = from_bytes(body[:65536]).best()
    guessed = codec_name(guess.encoding) if guess else None
    if guessed in LATIN_SINGLE_BYTE and decodes(body, "cp1252"):
        return "cp1252"
    if guessed and decodes(body, guessed):
        return guessed
    return "cp1252"
