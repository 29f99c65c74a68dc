"""VNI-Windows: a base letter followed by one "accent" byte, read as Windows-1252.

"Việt Nam" is stored as "Vieät Nam": `e` then `ä` (circumflex with dot below).
The accent bytes are Latin-1 letters; a capital takes the capital accent
("VIEÄT"). i with a tone, ỵ, đ, ơ and ư are single bytes.
"""
from __future__ import annotations

import codecs
import unicodedata

from ._marks import TONES, toned, windows_1252_high

CIRCUMFLEX, BREVE = "\u0302", "\u0306"
# accent byte (lowercase form) -> the combining marks it adds to the letter before it
_ACCENT_MARKS = {
    **dict(zip("øûõùï", TONES)),                                   # on a e o u y ơ ư
    "â": CIRCUMFLEX, **{a: CIRCUMFLEX + t for a, t in zip("àåãáä", TONES)},  # â ê ô
    "ê": BREVE, **{a: BREVE + t for a, t in zip("èúüéë", TONES)},            # ă
}
# one-byte letters (lowercase form)
_SINGLE_LETTERS = {"ô": "ơ", "ö": "ư", "ñ": "đ", "î": toned("y", TONES[4]),
                   **{a: toned("i", t) for a, t in zip("ìæóíò", TONES)}}


def _encoding_map() -> dict[str, str]:
    """Unicode letter -> its VNI characters, from the two tables above."""
    out: dict[str, str] = {}
    for single, letter in _SINGLE_LETTERS.items():
        out[letter] = single
    shaped_base = {"a": "a", "e": "e", "o": "o", "u": "u", "y": "y", "ơ": "ô", "ư": "ö"}
    for accent, marks in _ACCENT_MARKS.items():
        for base, stored in shaped_base.items():
            letter = unicodedata.normalize("NFC", base + marks)
            if len(letter) != 1 or letter in out:        # no such letter (ĕ), or a one-byte one (ỵ)
                continue
            if CIRCUMFLEX in marks and base not in "aeo" or BREVE in marks and base != "a":
                continue
            out[letter] = stored + accent
    return {**out, **{ch.upper(): seq.upper() for ch, seq in out.items()}}


ENCODING_MAP = _encoding_map()
_TABLE = "".join([chr(b) for b in range(0x80)] + windows_1252_high())
_BYTE_OF = {ch: bytes([b]) for b, ch in enumerate(_TABLE)}


def _decoding_map() -> dict[int, str]:
    """Byte -> text: an accent byte becomes its combining marks and a one-byte
    letter itself (the two sets are disjoint), so decoding is one look-up a byte
    and NFC then composes "e" + circumflex + dot below into "ệ"."""
    out = {b: ch for b, ch in enumerate(_TABLE)}
    for accent, marks in _ACCENT_MARKS.items():
        out[_BYTE_OF[accent][0]] = out[_BYTE_OF[accent.upper()][0]] = marks
    for single, letter in _SINGLE_LETTERS.items():
        out[_BYTE_OF[single][0]] = letter
        out[_BYTE_OF[single.upper()][0]] = letter.upper()
    return out


_DECODING_MAP = _decoding_map()
_ACCENTS = frozenset(_ACCENT_MARKS) | {a.upper() for a in _ACCENT_MARKS} \
    | set(_SINGLE_LETTERS) | {s.upper() for s in _SINGLE_LETTERS}


def decode(data: bytes) -> str:
    """VNI-Windows bytes -> NFC text."""
    return unicodedata.normalize("NFC", codecs.charmap_decode(data, "strict", _DECODING_MAP)[0])


def encode(text: str, errors: str = "strict") -> bytes:
    """NFC text -> VNI-Windows bytes. A character VNI cannot hold, or a Latin-1
    letter VNI uses as an accent (ø, ü, ...), raises with errors="strict" and
    becomes "?" with errors="replace"."""
    text = unicodedata.normalize("NFC", text)
    out = bytearray()
    for i, ch in enumerate(text):
        seq = ENCODING_MAP.get(ch)
        if seq is None and ch not in _ACCENTS and ch in _BYTE_OF:
            seq = ch
        if seq is None:
            if errors == "strict":
                raise UnicodeEncodeError("vni", text, i, i + 1, "no VNI code for this character")
            seq = "?"
        out += b"".join(_BYTE_OF[c] for c in seq)
    return bytes(out)
