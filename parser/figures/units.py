"""The unit after a figure when it is not a lexicon noun: a code ("USB"), a rate
("phút/ngày"), or the printed noun itself; and a lexicon unit as it is printed."""
from __future__ import annotations

from functools import lru_cache

from ..model import squash
from ..numbers import word_key
from .lexicon import ACRONYM_UNITS, COMMON_WORDS, FORMS_OF, PER_UNITS, UNIT_LIST, match_keys, word_distance
from .words import PUNCT, Words

# words after a number that are not what it counts
NOT_NOUNS = frozenset("""
nguoi dan trieu ty nghin ngan lan luot dong phan tram tren duoi hon gan khoang so sanh theo
""".split()) - {"nguoi", "dan", "lan", "luot", "dong"}


def display_unit(text: str, unit: tuple[str, int, int]) -> str:
    """The lexicon's spelling of a unit; where two units fold alike ("tờ", "tổ"),
    the one printed."""
    return _spelling(unit[0], text[unit[1]:unit[2]])


@lru_cache(maxsize=16384)
def _spelling(unit: str, printed: str) -> str:
    """`display_unit` of a unit as printed (the same few nouns are printed thousands of times)."""
    printed = squash(printed).lower()
    return printed if printed in FORMS_OF[unit] else unit


def printed_unit(ws: Words, n: int = 2) -> tuple[str, int, int] | None:
    """A noun outside the lexicon: the first `n` words after the number, as printed, up to
    a punctuation mark or a function word."""
    taken = 0
    for text, key in zip(ws.texts[:n], ws.keys):
        if not text.isalpha() or key in COMMON_WORDS or key in NOT_NOUNS:
            break
        taken += 1
    if not taken:
        return None
    return squash(" ".join(ws.texts[:taken])).lower(), ws.starts[0], ws.end(taken - 1)


def acronym_unit(ws: Words) -> tuple[str, int, int] | None:
    """Capitalised codes used as a unit: "USB", "SIM PKI"."""
    taken = 0
    for text in ws.texts[:2]:
        if len(text) >= 2 and text.isupper() and text.isalpha():
            taken += 1
        else:
            break
    if not taken:
        return None
    if taken == 1 and ws.texts[0].lower() in ACRONYM_UNITS:       # "52 HCV": a medal, whatever its kind
        return ACRONYM_UNITS[ws.texts[0].lower()], ws.starts[0], ws.end(0)
    return " ".join(ws.texts[:taken]), ws.starts[0], ws.end(taken - 1)


def rate_unit(ws: Words) -> tuple[str, int, int] | None:
    """"phút/ngày": two time units joined by a slash, OCR-tolerantly."""
    if not ws.texts or "/" not in ws.texts[0]:
        return None
    parts = ws.texts[0].split("/")
    if len(parts) != 2:
        return None
    end = ws.end(0)
    if len(ws) > 1 and ws.starts[1] == end + 1 and ws.keys[1] not in PUNCT:
        # "đồng/hồ sơ": the unit after the slash may be two words
        two = match_keys((word_key(parts[1]), ws.keys[1]))
        if two and two[1] == 2:
            first = _rate_word(word_key(parts[0]))
            if first:
                return f"{first}/{two[0]}", ws.starts[0], ws.end(1)
    names = []
    for part in parts:
        hit = _rate_word(word_key(part))
        if hit is None:
            return None
        names.append(hit)
    return "/".join(names), ws.starts[0], end


@lru_cache(maxsize=4096)
def _rate_word(key: str) -> str | None:
    """The one-word unit a side of a rate is, exactly or else the closest."""
    return _RATE_WORDS.get(key) or min(((word_distance(key, k), u) for k, u in _RATE_WORDS.items()
                                        if word_distance(key, k) < 99), default=(0, None))[1]


# one-word units either side of a rate's slash: "tấn/ha", "phút/ngày"; exact keys first
_RATE_WORDS = {word_key(u): u for u in PER_UNITS + tuple(u for u in UNIT_LIST if " " not in u)}
