"""Vietnamese numbers as printed, and as an OCR engine breaks them.

Vietnamese writes `.` between thousands and `,` before decimals: "6.767" is
6767, "76,82" is 76.82, "7.500.000" is 7500000. OCR adds its own noise: letters
read into digits ("1.2O0"), stray spaces around a separator ("1. 626"), and
Vietnamese syllables read as digits ("13" for "là", "16p" for "lớp", "s6" for
"số"). This module parses number tokens and folds text for matching; deciding
whether a number is a *figure* is `parser.figures`'s job.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .vnfold import fold

# ---------------------------------------------------------------- folding

# OCR glyphs that stand for a vowel inside a word ("h¢" = "hệ")
_GLYPHS = str.maketrans({"¢": "e", "€": "e", "¥": "y"})      # "qu¥" is "quý"
# digits read for letters inside a word ("s6" = "số", "1ap" = "lập", "4n" = "án")
_DIGIT_LETTERS = str.maketrans({"0": "o", "6": "o", "1": "l", "4": "a", "3": "a", "8": "e"})


@lru_cache(maxsize=8)
def fold_text(text: str) -> str:
    """`text` folded character by character (see `parser.vnfold.fold`): offsets stay the same.

    Cached: figures, references and checks all fold the same document text."""
    return fold(text)


def fold_words(text: str) -> str:
    """Folded words joined by single spaces (for comparing phrases)."""
    return " ".join(fold(unicodedata.normalize("NFKC", text).translate(_GLYPHS)).split())


@lru_cache(maxsize=131072)
def word_key(word: str) -> str:
    """A printed word folded for OCR-tolerant comparison: no diacritics, glyphs
    and digits inside letters read as the letters they stand for ("chimg",
    "s6" -> "so", "h¢" -> "he"); a pure number stays as it is."""
    w = fold_words(word)
    if any(c.isalpha() for c in w):
        if "1" in w:
            w = _ONE_INSIDE.sub("i", w)     # l opens a syllable only: "ngud1" is "người", "t1nh" "tỉnh"
        w = w.translate(_DIGIT_LETTERS)
        if not word.isupper():
            w = _u_glyphs(w, word)
            if "&" in w:
                w = _AMPERSAND_VOWEL.sub("o", w)
    return "".join(c for c in w if c.isalnum() or c in "/%")


_ONE_INSIDE = re.compile(r"(?<=[a-z])1")       # a 1 after a letter (not opening a word) is an i


# "&" after a small letter is a marked vowel, most often ở ("tr& lên", "v& diễn"; also "x&" xã,
# "tri&u" triệu): read as o, one slip from the others; in capitals it is the "and" of a code ("KH&ĐT")
_AMPERSAND_VOWEL = re.compile(r"(?<=[a-z])&")


# letters no Vietnamese syllable has, which the OCR prints for ư or ũ: "nguroi" (người), "chirc"
# (chức), "ttr" (từ), "vii" (vũ), "chwa" (chưa); "tr" is an onset only, so one after the first letter
# is ư; a word opening with w is a foreign one ("website")
_U_GLYPHS = re.compile(r"(?<=[a-z])(?:tr|[ui]r(?=[a-z])|ii|w)")


def _u_glyphs(key: str, word: str) -> str:
    if word[:1] == "I" and word[1:2].islower():
        key = "l" + key[1:]                      # "Iuot": a capital I before small letters is l
    return _U_GLYPHS.sub("u", key) if ("r" in key or "ii" in key or "w" in key) else key


# ---------------------------------------------------------------- numbers

@dataclass
class ParsedNumber:
    value: float | int
    decimals: int = 0                      # printed decimals ("76,82" -> 2), for ratio tolerance
    flags: list[str] = field(default_factory=list)
    confidence: float = 1.0


# letters an OCR engine puts where a digit was printed
_LETTER_DIGITS = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1",
                                "S": "5", "B": "8", "Z": "2"})
_AMBIGUOUS_LETTERS = set("ODlI|SBZo")

# "6.767", "7.500.000", "1. 626" (stray space), "76,82", "03", "1,5"
_GROUPED = re.compile(r"\d{1,3}(?:\. ?\d{3})+(?:,\d+)?")
_PLAIN = re.compile(r"\d+(?:,\d+)?")
_DOT_DECIMAL = re.compile(r"\d+\.\d{1,2}")   # "1.5": an English-style decimal


@lru_cache(maxsize=65536)
def parse_number(token: str) -> ParsedNumber | None:
    """Value of a Vietnamese number token ("6.767", "76,82", "03"); None if it is not one.

    A trailing "%" is ignored here (the caller keeps it as the unit). Letters the
    OCR put in place of digits are repaired when the rest of the token is plainly
    a number ("1.2O0" -> 1200), with a flag and a lower confidence. Cached: callers
    must copy `flags` before changing it."""
    token = token.strip().rstrip("%đĐ").strip()
    if not token:
        return None
    flags: list[str] = []
    confidence = 1.0
    if not token[0].isdigit() or any(c in _AMBIGUOUS_LETTERS for c in token):  # "l.200", "1.2O0"
        repaired = repair_digits(token)
        if repaired is None:
            return None
        token, flags, confidence = repaired, ["ocr-digit"], 0.6
    if " " in token:
        flags.append("ocr-space")
        confidence = min(confidence, 0.8)
    if _GROUPED.fullmatch(token):
        whole, _, frac = token.replace(" ", "").partition(",")
        digits = whole.replace(".", "")
        return _number(digits, frac, flags, confidence)
    if _PLAIN.fullmatch(token):
        whole, _, frac = token.partition(",")
        return _number(whole, frac, flags, confidence)
    if _DOT_DECIMAL.fullmatch(token):
        whole, _, frac = token.partition(".")
        return _number(whole, frac, flags + ["dot-decimal"], min(confidence, 0.7))
    return None


def _number(digits: str, frac: str, flags: list[str], confidence: float) -> ParsedNumber:
    if frac:
        return ParsedNumber(float(f"{int(digits)}.{frac}"), len(frac), flags, confidence)
    return ParsedNumber(int(digits), 0, flags, confidence)


def repair_digits(token: str) -> str | None:
    """A number token with OCR letters for digits, repaired ("1.2O0" -> "1.200").

    Only when the token is mostly digits, starts with a digit and keeps a number's
    shape: "16p", "s6", "1én", "10ng" are words, not numbers, and stay None."""
    if not token or not (token[0].isdigit() or token[0] in "lI" and token[1:2] == "."):
        return None
    letters = [c for c in token if c.isalpha() or c == "|"]
    if not letters or any(c not in _AMBIGUOUS_LETTERS for c in letters):
        return None
    digits = sum(c.isdigit() for c in token)
    if digits < 2 or len(letters) > 1 and digits < 3 * len(letters):
        return None
    if token[-1].isalpha() and not any(c in ".," for c in token):
        return None  # "10ng", "1O" at the end of a bare token reads as a syllable
    fixed = token.translate(_LETTER_DIGITS)
    return fixed if _GROUPED.fullmatch(fixed) or _PLAIN.fullmatch(fixed) else None


def read_digits(token: str) -> str:
    """A number token's characters with the letters an OCR engine puts for digits read as
    those digits ("12O0" -> "1200"), as `parse_number` repairs them."""
    return token.translate(_LETTER_DIGITS)


def number_text_decimals(text: str) -> int:
    """How many decimals a printed number shows ("40,09%" -> 2, "34%" -> 0)."""
    _, sep, frac = text.rstrip("%").partition(",")
    return len(frac.strip()) if sep else 0


# ---------------------------------------------------------------- number words

# counts written as words ("hai hồ sơ"); folded. "năm" (year/five), "sáu"/"sau"
# (after) and "một" in "một số" (some) are left to the caller's context rules.
NUMBER_WORDS = {
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6,
    "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
}


def word_number(word: str) -> int | None:
    """Value of a counting word ("hai" -> 2), folded; None if it is not one."""
    return NUMBER_WORDS.get(fold_words(word))


# ---------------------------------------------------------------- digit edits

# digit pairs an OCR engine confuses (shapes alike), for choosing a suspect figure
CONFUSABLE = {
    frozenset(p) for p in ("06", "08", "09", "17", "14", "38", "35", "39", "56", "58",
                           "68", "69", "89", "49", "27", "23", "01", "13")
}


_CONFUSABLE_PAIRS = frozenset((a, b) for pair in CONFUSABLE for a in pair for b in pair if a != b)


@lru_cache(maxsize=65536, typed=True)
def single_digit_variants(value: int) -> tuple[tuple[int, bool], ...]:
    """Every integer one printed digit away from `value` (one digit replaced),
    each with whether the change is an OCR-confusable pair. Cached: the checks ask
    for the same figures' variants again."""
    s = str(value)
    out = []
    for i, c in enumerate(s):
        head, tail = s[:i], s[i + 1:]
        for d in "0123456789":
            if d == c or (i == 0 and d == "0" and len(s) > 1):
                continue
            out.append((int(head + d + tail), (c, d) in _CONFUSABLE_PAIRS))
    return tuple(out)
