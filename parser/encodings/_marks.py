"""The five Vietnamese tone marks and the twelve vowels, shared by the legacy tables."""
from __future__ import annotations

import unicodedata

# tone marks as combining characters, in the order the tables below list them
GRAVE, HOOK, TILDE, ACUTE, DOT = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"
TONES = (GRAVE, HOOK, TILDE, ACUTE, DOT)

# the twelve vowel letters with their shapes (breve, circumflex, horn), lowercase
VOWELS = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")


def toned(vowel: str, tone: str) -> str:
    """One precomposed letter: `vowel` (any case) carrying `tone`."""
    return unicodedata.normalize("NFC", vowel + tone)


def all_letters() -> list[str]:
    """The 134 Vietnamese letters that need more than ASCII or carry a tone:
    67 lowercase (12 vowels x 5 tones + 6 shaped vowels + đ) and their capitals."""
    lower = [toned(v, t) for v in VOWELS for t in TONES]
    lower += [v for v in VOWELS if not v.isascii()] + ["đ"]
    return lower + [c.upper() for c in lower]


def windows_1252_high() -> list[str]:
    """Bytes 0x80-0xFF as Windows-1252 reads them, with its five unassigned
    bytes kept as the C1 controls Latin-1 gives them."""
    out = []
    for b in range(0x80, 0x100):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return out
