"""Split OCR text into word tokens with offsets and say what each one is.

Only Vietnamese syllables (possibly garbled) and OCR junk are ever corrected.
Numbers, codes and abbreviations (UBND, BC-STTTT-VP, TT&TT, Covid-19, 4G, d/c),
foreign words and punctuation are left exactly as printed. Digits are letters
only when the shape says so: a word mixing lower-case letters with look-alike
digits ("1ap", "s6", "v6i") is a garbled syllable; a bare number ("13", "2020",
"1.626") is a number, though a two-digit one made of look-alike digits inside
running words may be reconsidered by the decoder ("thuốc 14" -> "thuốc lá").
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from ..numbers import word_key
from .syllables import fold

SYLLABLE, JUNK, NUMBER, MAYBE_NUMBER, CODE, FOREIGN, OTHER = (
    "syllable", "junk", "number", "maybe_number", "code", "foreign", "other")
NUM = "<num>"
BOUNDARY = "<s>"

# glyphs OCR prints for Vietnamese letters: they make a word junk, not a code
OCR_GLYPHS = set("¢€¥£©®§&'`´ﬁﬂ")
LOOKALIKE_DIGITS = set("013468")
EDGE_PUNCT = "([{\"'“”‘’«»<>"
TRAIL_PUNCT = ",.;:!?)]}\"”’…»>"
_CHUNK = re.compile(r"\S+")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,/:-]\d+)*%?")
ROMAN = re.compile(r"(?i)(?=[ivxlc])m{0,3}(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})")
_CODE_WORD = re.compile(r"[A-ZĐ]{2,}[A-ZĐ0-9&]*")
# a document number with its symbol (1845/QĐ-UBND, 43/2011/NĐ-CP, 15/KH-UBND): in the
# language model it is a number, so "số <num>", "ngày <num>" contexts are learned
_BRAND = re.compile(r"[iem][A-Z][A-Za-z]{2,}")
_NUMBERED_CODE = re.compile(r"\d+[/-][\w./&-]*\w")
# short forms written in mixed or lower case: Cty (công ty), Tp (thành phố), Ths, Ks, Bs ...
ABBREVIATIONS = frozenset("cty tp tx tt ths ts gs pgs ks bs ds cn kt tm tl vv vd".split())
# units of measure printed as letters (4,5 km; 20 kg; 3 MW): codes, never garbled syllables
UNITS = frozenset("km kg cm mm ml kw kwh mw mwh gw gb mb ghz mhz mbps kbps".split())


_KIND_CACHE: dict[tuple[int, int], dict[str, str]] = {}


class Token(NamedTuple):
    """A word of the OCR text: text[start:end] and what kind of word it is (a tuple: cheap to make)."""
    start: int
    end: int
    text: str
    kind: str


def _has_letter(s: str) -> bool:
    return any(c.isalpha() for c in s)


def classify(word: str, skeletons, foreign) -> str:
    """The kind of one punctuation-stripped word (see the module docstring)."""
    if not word:
        return OTHER
    if _NUMBER.fullmatch(word):
        digits = word.strip("+-")
        if len(digits) == 2 and digits[0] == "1" and digits[1] in LOOKALIKE_DIGITS:
            return MAYBE_NUMBER
        return NUMBER
    if not _has_letter(word) and not any(c in OCR_GLYPHS for c in word):
        return OTHER
    if len(word) == 1:
        if word in "¢€¥":
            return JUNK
        # a lone vowel is a word (ở, ý, à); a lone consonant is a list mark or an initial
        return SYLLABLE if fold(word) in "aeiouy" and _is_latin(word) else OTHER
    if any(c in "/-_#" for c in word[1:-1]) or "." in word[1:-1] or ("@" in word and "." in word):
        return CODE  # BC-STTTT-VP, d/c, Covid-19, 28/CT-BTTTT, vnpt.vn
    if roman_misread(word):
        return CODE  # a heading number, fixed as such (never a garbled syllable)
    letters = [c for c in word if c.isalpha()]
    uppers = sum(1 for c in letters if c.isupper())
    has_digit = any(c.isdigit() for c in word)
    if "&" in word and uppers >= 2:
        return CODE  # TT&TT, P&G
    if has_digit:
        if word[0].isdigit() and word[-1].isalpha() and word[-1].isupper():
            return CODE  # 4G, 5G
        if any(c.isdigit() and c not in LOOKALIKE_DIGITS for c in word):
            return CODE  # H5N1, A2, COVID19
        if uppers >= 2:
            # a word of capitals with one look-alike digit that makes a syllable is that syllable
            # garbled ("HO1" HỘI, "G1A" GIA); codes keep theirs ("PC08", "A1", "F0")
            return JUNK if _caps_with_digit(word, uppers, skeletons) else CODE
        return JUNK
    if any(c in OCR_GLYPHS for c in word) or any(not _is_latin(c) for c in letters):
        return JUNK
    if _BRAND.fullmatch(word):
        return CODE  # iGate, eGov, iOffice, mCare: a product's name (OCR capitals inside a word open otherwise)
    low = word.lower()
    sk = fold(low)
    if sk in ABBREVIATIONS or low in UNITS:
        return CODE
    if uppers >= 2 and uppers == len(letters):
        if ROMAN.fullmatch(low):
            return CODE
        return SYLLABLE if sk in skeletons or _caps_glitch(sk, skeletons) else CODE
    if uppers >= 2 and not word[1:].islower():
        return CODE if not word[1:].isupper() else SYLLABLE  # VNPT-iOffice, eGov / ĐẢNG
    if sk in skeletons:
        return SYLLABLE
    if low.isascii() and (low in foreign and (len(low) > 4 or low in SHORT_FOREIGN) or len(low) >= 8):
        return FOREIGN
    return JUNK


# Short English words are mostly syllables the OCR garbled ("ding" for "đúng", "bing" for "bình"):
# only these, common in reports, are read as foreign
SHORT_FOREIGN = frozenset("web wifi app apps blog chat data game zalo zoom link wan lan cloud code mail wiki".split())


def roman_misread(word: str) -> str | None:
    """A Roman numeral with an I the OCR read as 1, l or | ("I1" -> "II", "I11" -> "III",
    "1X" -> "IX"); None unless the word is such a misreading."""
    if not 1 < len(word) <= 5 or not any(c in "IVX" for c in word) or not any(c in "1l|" for c in word) \
            or not all(c in "IVX1l|" for c in word):
        return None
    fixed = "".join("I" if c in "1l|" else c for c in word)
    return fixed if ROMAN.fullmatch(fixed) else None


_LATIN: dict[str, bool] = {}     # character -> whether its Unicode name says LATIN (filled on first sight)


def _is_latin(c: str) -> bool:
    got = _LATIN.get(c)
    if got is None:
        got = _LATIN[c] = "LATIN" in unicodedata.name(c, "")
    return got


def _caps_with_digit(word: str, uppers: int, skeletons) -> bool:
    # (the figures' key reads the digits as the letters they stand for: "HO1" is "hoi")
    return len(word) >= 3 and word.isalnum() and uppers == len(word) - 1 and word_key(word) in skeletons


def _caps_glitch(sk: str, skeletons) -> bool:
    """ALL CAPS word one look-alike letter away from a syllable (BAQ -> BÁO)."""
    for k, c in enumerate(sk):
        for r in {"q": "o", "p": "d", "b": "d"}.get(c, ""):
            if sk[:k] + r + sk[k + 1:] in skeletons:
                return True
    return False


_LEADING = EDGE_PUNCT + "-~•·*"    # cut off the start of a word


def tokenize(text: str, skeletons, foreign) -> list[Token]:
    """Word tokens of `text` (punctuation at their edges cut off), classified."""
    out = []
    append = out.append
    new = tuple.__new__     # Token(...) without the NamedTuple constructor's Python-level call
    kinds = _KIND_CACHE.setdefault((id(skeletons), id(foreign)), {})
    if len(kinds) > 100_000:
        kinds.clear()
    for m in _CHUNK.finditer(text):
        chunk = m.group()
        if chunk[0] not in _LEADING and chunk[-1] not in TRAIL_PUNCT:
            # the common case: the chunk is the word (a space or the end after it, never ")")
            kind = kinds.get(chunk)
            if kind is None:
                kind = kinds[chunk] = classify(chunk, skeletons, foreign)
            s, e = m.span()
            append(new(Token, (s, e, chunk, kind)))
            continue
        s, e = m.span()
        while s < e and text[s] in _LEADING:
            s += 1
        while e > s and text[e - 1] in TRAIL_PUNCT and not (text[e - 1] == "'" and _word_before_quote(text, s, e)):
            e -= 1
        if s >= e:
            append(new(Token, (m.start(), m.end(), chunk, OTHER)))
            continue
        word = text[s:e]
        if s > m.start():
            append(new(Token, (m.start(), s, text[m.start():s], OTHER)))
        kind = kinds.get(word)
        if kind is None:
            kind = kinds[word] = classify(word, skeletons, foreign)
        if kind == SYLLABLE and text[e:e + 1] == ")" and (len(word) == 1 or (
                text[s - 1:s] == "(" and word.isupper())):
            kind = CODE  # "a)" is a list mark; "(SOC)", "(IUU)": capitals in brackets define an abbreviation
        append(new(Token, (s, e, word, kind)))
        if e < m.end():
            append(new(Token, (e, m.end(), text[e:m.end()], OTHER)))
    return out


def _word_before_quote(text: str, s: int, e: int) -> bool:
    """"co'" is an OCR'd "cơ": a quote right after a short lower-case word is part of it."""
    return e - 1 - s in (1, 2, 3) and text[s:e - 1].isalpha() and text[s:e - 1].islower()


def is_numbered_code(word: str) -> bool:
    """A number followed by a symbol (1845/QĐ-UBND): read as <num> by the language model."""
    return bool(_NUMBERED_CODE.fullmatch(word))


def code_token(word: str) -> str:
    """The language model's word for an abbreviation (UBND -> "=ubnd")."""
    return "=" + word.lower()


def tokenize_for_counts(line: str) -> list[str]:
    """Correct text as a language-model token stream (for counting n-grams at build time)."""
    from .syllables import is_syllable, normalize_syllable

    out = [BOUNDARY]
    for m in _CHUNK.finditer(unicodedata.normalize("NFC", line)):
        chunk = m.group()
        core = chunk.strip(EDGE_PUNCT + TRAIL_PUNCT + "-~")
        if chunk[:1] in "([\"“-":
            out.append(BOUNDARY)
        if _NUMBER.fullmatch(core) or is_numbered_code(core):
            out.append(NUM)
        elif _CODE_WORD.fullmatch(core) and not is_syllable(core):
            out.append(code_token(core))
        elif core.isalpha() and is_syllable(core):
            out.append(normalize_syllable(core.lower()))
        else:
            out.append(BOUNDARY)
        if chunk[-1:] in TRAIL_PUNCT and chunk[-1:] not in "\"”’:" or chunk[-1:] in ")":
            out.append(BOUNDARY)
    out.append(BOUNDARY)
    # collapse runs of boundaries
    dedup = [t for k, t in enumerate(out) if not (t == BOUNDARY and k and out[k - 1] == BOUNDARY)]
    return dedup
