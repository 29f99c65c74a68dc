"""Windows-1258: Python has the codec; it stores most tones as combining marks,
so decoded text is NFC-composed, and encoding splits a letter the code page
lacks (ệ) into a letter it has (ê) and a combining tone."""
from __future__ import annotations

import unicodedata

from ._marks import TONES


def decode(data: bytes) -> str:
    """Windows-1258 bytes -> NFC text (its few unassigned bytes become U+FFFD)."""
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


def encode(text: str, errors: str = "strict") -> bytes:
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out += base.encode("cp1258", errors) + tones.encode("cp1258", errors)
    return bytes(out)
