"""OCR-tolerant matching helpers for Vietnamese text.

`fold` removes diacritics, maps đ/Đ to d and lowers the case *one character for
one character*, so a match found in the folded text has the same offsets in the
raw text. `fuzzy` turns a plain folded phrase into a regex that also accepts the
letter confusions OCR makes on Vietnamese print (ô read as 6, ơ as &, l as 1,
Đ as P, ...), so keywords are found in garbled text without listing its lines.
"""
from __future__ import annotations

import unicodedata

_FOLD_CACHE: dict[int, str] = {}


def _fold_char(c: str) -> str:
    if c in "đĐ":
        return "d"
    if c.isascii():
        return c.lower()
    base = unicodedata.normalize("NFD", c)[0]
    low = base.lower()
    # keep the one-for-one length: a lone combining mark or a letter whose
    # lower case is longer (rare ligatures) stays as it is
    return low if len(low) == 1 and not unicodedata.combining(base) else c


class _FoldTable(dict):
    """str.translate table filled on demand, shared by all calls."""

    def __missing__(self, code: int) -> str:
        out = _fold_char(chr(code))
        self[code] = out
        return out


_TABLE = _FoldTable()
# fill the table up front for ASCII capitals and the Latin blocks Vietnamese uses,
# so translate() rarely falls back to Python
for _code in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
    _TABLE[_code]


class _FoldedWords(dict):
    """Folded words, filled on demand: str.translate looks every character of
    non-ASCII text up in Python objects, so repeated words (Vietnamese repeats
    its syllables) are translated once. Bounded: emptied when it grows large."""

    LIMIT = 200_000

    def __missing__(self, word: str) -> str:
        if len(self) >= self.LIMIT:
            self.clear()
        out = self[word] = word.translate(_TABLE)
        return out


_WORDS = _FoldedWords()


def fold(text: str) -> str:
    """Lower case, no diacritics, đ→d; same length as `text`."""
    if text.isascii():
        return text.lower()         # the table lower-cases ASCII and changes nothing else
    # folding is character by character, so folding the pieces between spaces is the same
    return " ".join(map(_WORDS.__getitem__, text.split(" ")))


def fold_words(text: str) -> str:
    """`fold` with runs of white space squashed, for comparing short phrases."""
    return " ".join(fold(text).split())


def in_case_of(printed: str, word: str) -> str:
    """`word` in the case of the `printed` word it replaces: capitals (also "bOC", a capital word
    whose Đ came out as a small b), a capital first letter, or `word` as it is."""
    if len(printed) > 1 and (printed.isupper() or printed[1:].isupper()):
        return word.upper()
    return word[:1].upper() + word[1:] if printed[:1].isupper() else word


# what each folded letter may look like after OCR (folded, lower case)
_CONFUSIONS = {
    "a": "a4@", "b": "b8", "c": "ce(¢", "d": "dpb", "e": "e¢€c", "g": "gq9",
    "h": "hb", "i": "i1l!|", "l": "l1i|", "n": "nm", "m": "mn", "o": "o0q6&¢e",
    "q": "qo", "s": "s58", "t": "t", "u": "uvwyi", "v": "vuy", "y": "yv¥",
}


def fuzzy(phrase: str, gap: int = 1) -> str:
    """A regex (for folded text) matching `phrase` with OCR letter confusions,
    up to `gap` stray characters inside each word ("ndam" for "năm") and any
    white space between words."""
    words = []
    for word in phrase.split():
        parts = []
        for ch in word:
            alts = _CONFUSIONS.get(ch)
            if alts:
                cls = "".join("\\" + a if a in "\\]^-[" else a for a in alts)
                parts.append(f"[{cls}]")
            elif ch.isalnum():
                parts.append(ch)
            else:
                parts.append("\\" + ch)
        stray = f"\\S{{0,{gap}}}" if gap else ""
        words.append(stray.join(parts))
    return r"\s*".join(words)


# a marked vowel an OCR engine prints as another plain one (folded: true -> printed): "năm" as
# "nim", "văn" as "vin", "đồng" as "deng", "vụ" as "vy", "Đặng" as "bing"
VOWEL_SLIPS = frozenset({("a", "i"), ("a", "e"), ("o", "e"), ("u", "i"), ("u", "y")})


def one_vowel_slip(true: str, printed: str) -> bool:
    """Are two folded words of one length the same but for one vowel in `VOWEL_SLIPS`?"""
    if len(true) != len(printed):
        return False
    diffs = [(a, b) for a, b in zip(true, printed) if a != b]
    return len(diffs) == 1 and diffs[0] in VOWEL_SLIPS
