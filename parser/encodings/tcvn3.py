"""TCVN3: TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime fonts. One byte a letter.

VN3 keeps ASCII and adds, in 0xA0-0xFE, a no-break space, the 67 lowercase
letters and the 7 capitals without a tone (Ă Â Ê Ô Ơ Ư Đ). Capitals with a tone
were typed in an all-capitals font (.VnTimeH) over the *lowercase* codes, so the
bytes of such a heading say "lowercase" ("TỉNH", "CộNG HòA"); `decode` restores
the capitals of words that mix the two, and of whole lines holding such a word
and no lowercase ASCII letter (the heading case). VN2, the superset,
puts 16 capitals with a tone and the five combining tone marks into the codes
VN3 leaves free; those are decoded too, since they cannot mean anything else.
0x80-0x9F are not Vietnamese in VN3: Windows editors stored their typographic
quotes and dashes there, so they decode as Windows-1252.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from ._marks import TONES, toned, windows_1252_high

# per vowel: the byte of the bare vowel, then with grave, hook, tilde, acute, dot below
_VOWEL_CODES = {
    "a": (0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_OTHER_CODES = {
    "\u00a0": 0xA0, "đ": 0xAE,
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    # VN2 additions in the codes VN3 leaves free
    "Ằ": 0xAF, "Ẳ": 0xBA, "Ẵ": 0xBF, "Ắ": 0xC0, "Ầ": 0xC1, "Ẩ": 0xC2, "Ẫ": 0xC3, "Ấ": 0xC4,
    "Ề": 0xC5, "Ể": 0xCD, "Ễ": 0xD9, "Ế": 0xDA, "Ồ": 0xDB, "Ổ": 0xE0, "Ỗ": 0xF0, "Ố": 0xFF,
}
_COMBINING_CODES = dict(zip(TONES, (0xB0, 0xB1, 0xB2, 0xB3, 0xB4)))  # grave, hook, tilde, acute, dot below


def _encoding_map() -> dict[str, int]:
    out = {}
    for vowel, codes in _VOWEL_CODES.items():
        out[vowel] = codes[0]
        for tone, code in zip(TONES, codes[1:]):
            out[toned(vowel, tone)] = code
    out.update(_OTHER_CODES)
    return out


ENCODING_MAP = _encoding_map()                 # Unicode letter -> byte, for the letters VN3/VN2 define


def _decoding_table() -> str:
    table = [chr(b) for b in range(0x80)] + windows_1252_high()
    for ch, code in ENCODING_MAP.items():
        if code >= 0x80:
            table[code] = ch
    for mark, code in _COMBINING_CODES.items():
        table[code] = mark
    return "".join(table)


DECODING_TABLE = _decoding_table()            # 256 characters, for codecs.charmap_decode
_ENCODE_HIGH = {ch: bytes([b]) for b, ch in enumerate(DECODING_TABLE) if b >= 0x80 and ch not in TONES}
_ENCODE_HIGH.update({ch: bytes([code]) for ch, code in ENCODING_MAP.items() if code >= 0x80})

_LOWER_VIET = "[" + "".join(sorted(ch for ch in ENCODING_MAP if ch.islower() and not ch.isascii())) + "]"
_CAPITAL = "[A-Z" + "".join(sorted(ch for ch in ENCODING_MAP if ch.isupper() and not ch.isascii())) + "]"
# where the all-capitals font shows: a Vietnamese lowercase letter before a capital ("TỉNH", "ủY",
# "NHâN") or after two capitals ("THị"); a title-case word ("Số", "Hà") does not match
_MIXED = re.compile(f"{_LOWER_VIET}{_CAPITAL}|{_CAPITAL}{_CAPITAL}{_LOWER_VIET}")
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_LOWER = re.compile("[a-z]")


def _restore_capitals(text: str) -> str:
    """Capitals typed in the all-capitals font, stored with lowercase codes: the
    mixed words, or the whole line when it has no lowercase ASCII letter."""
    out, done = [], 0
    for hit in _MIXED.finditer(text):
        if hit.start() < done:
            continue
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        end = len(text) if end == -1 else end
        line = text[start:end]
        if _ASCII_LOWER.search(line):
            line = _WORD.sub(lambda w: w.group().upper() if _MIXED.search(w.group()) else w.group(), line)
        else:
            line = line.upper()
        out += [text[done:start], line]
        done = end
    return "".join(out) + text[done:] if out else text


def decode(data: bytes) -> str:
    """TCVN3 bytes -> NFC text, capitals of all-capitals-font words restored."""
    text = codecs.charmap_decode(data, "strict", DECODING_TABLE)[0]
    return _restore_capitals(unicodedata.normalize("NFC", text))


def encode(text: str, errors: str = "strict") -> bytes:
    """NFC text -> TCVN3 bytes.

    A capital with a tone outside VN2 (Ủ, Ố is in VN2 but Ú is not) has no code:
    errors="strict" raises UnicodeEncodeError, "lower" writes the lowercase code
    as the .VnTimeH font users did, "replace" writes "?"."""
    text = unicodedata.normalize("NFC", text)
    out = bytearray()
    for i, ch in enumerate(text):
        if ch < "\x80":
            out += ch.encode("ascii")
            continue
        code = _ENCODE_HIGH.get(ch)
        if code is None and errors == "lower":
            code = _ENCODE_HIGH.get(ch.lower())
        if code is None:
            if errors == "strict" or errors == "lower":
                raise UnicodeEncodeError("tcvn3", text, i, i + 1, "no TCVN3 code for this character")
            code = b"?"
        out += code
    return bytes(out)
