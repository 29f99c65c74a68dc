"""A synthetic OCR: degrades correct Vietnamese text the way scanned reports come out.

Used to make (OCR, correct) training pairs for the channel model and held-out
test text. Scanned reports lose most diacritics, keep some tone marks (sometimes
on the wrong letter) and confuse look-alike glyphs: ô/ơ with 6 or d, ơ/ê with
& or ¢, ư with w/tr/ir, ă/â with i, l with 1, Đ with P or b. Word boundaries are
kept, so pairs line up word for word. Deterministic for a given seed.
"""
from __future__ import annotations

import difflib
import random
import unicodedata
from collections import Counter, defaultdict

from .channel import decompose
from .syllables import TONE_CHARS, strip_marks

# (true letter without tone, OCR glyphs, probability of this confusion). Letters under
# two marks (ố, ứ, ủ) are the ones scanners mangle most: a mark above often comes
# out as a plain acute ("công" -> "céng"), a hook or horn as a separate glyph.
GLYPH_CONFUSIONS = {
    "ô": (("é", 0.10), ("6", 0.06), ("d", 0.04), ("b", 0.02), ("0", 0.01)),
    "ơ": (("é", 0.08), ("6", 0.05), ("&", 0.04), ("¢", 0.03), ("d", 0.02)),
    "ê": (("é", 0.12), ("¢", 0.05), ("&", 0.02), ("€", 0.01), ("8", 0.01)),
    "ư": (("w", 0.08), ("tr", 0.05), ("ir", 0.04), ("y", 0.03), ("i", 0.02), ("t", 0.02), ("ii", 0.01)),
    "u": (("y", 0.02), ("ui", 0.01)),
    "ă": (("i", 0.06), ("é", 0.04), ("d", 0.02)),
    "â": (("i", 0.04), ("é", 0.04), ("d", 0.03)),
    "a": (("4", 0.005), ("3", 0.005)),
    "o": (("0", 0.005), ("6", 0.01)),
    "l": (("1", 0.04), ("I", 0.01)),
    "i": (("l", 0.01), ("1", 0.01)),
    "c": (("e", 0.01),),
    "n": (("ri", 0.005),),
    "đ": (("b", 0.02), ("d", 0.98)),
}
# extra confusions of letters that carry a tone mark as well
TONED_CONFUSIONS = {
    "u": (("a", 0.04), ("i", 0.04), ("t", 0.02), ("y", 0.03)),
    "ư": (("i", 0.03), ("im", 0.01)),
    "o": (("6", 0.04), ("é", 0.04)),
    "a": (("&", 0.03), ("3", 0.01), ("4", 0.01)),
    "y": (("¥", 0.03),),
    "e": (("¢", 0.02),),
}
UPPER_CONFUSIONS = {"Đ": (("P", 0.25), ("B", 0.05), ("b", 0.05), ("D", 0.65)), "O": (("Q", 0.02), ("0", 0.01))}
JUNK = "1'.,`"


def _tone_of(ch: str) -> int:
    d = decompose(ch)
    return d[2] if d else 0


def _with_tone(ch: str, tone: int) -> str:
    return unicodedata.normalize("NFC", ch + TONE_CHARS[tone]) if tone else ch


def degrade_word(word: str, rng: random.Random, accent_keep: float = 0.22) -> str:
    """One OCR'd reading of `word`."""
    if not any(c.isalpha() for c in word) or word.isascii():
        return word
    out = []
    tone_letter = next((k for k, c in enumerate(word) if _tone_of(c)), None)
    for k, ch in enumerate(word):
        low = ch.lower()
        d = decompose(low)
        if ch in UPPER_CONFUSIONS:
            out.append(_pick(UPPER_CONFUSIONS[ch], rng, ch))
            continue
        if d is None:
            out.append(ch)
            continue
        toneless = strip_tone(low)
        options = GLYPH_CONFUSIONS.get(toneless, ()) + (TONED_CONFUSIONS.get(toneless, ()) if d[2] else ())
        swapped = None
        for glyph, p in options:
            if rng.random() < p:
                swapped = glyph
                break
        if swapped is not None and toneless != "đ":
            out.append(swapped.upper() if ch.isupper() and swapped.isalpha() and len(swapped) == 1 else swapped)
            continue
        plain = strip_marks(low) if toneless != "đ" else (swapped or "d")
        r = rng.random()
        tone = d[2]
        if r < accent_keep and (tone or d[1]):
            # the OCR kept some accent: the tone alone, the whole letter, or a tone on another vowel
            r2 = rng.random()
            if r2 < 0.45:
                letter = _with_tone(plain, tone)
            elif r2 < 0.8:
                letter = low
            else:
                letter = _with_tone(plain, rng.choice((1, 2, 3, 5)) if tone else 0)
        else:
            letter = plain
        if tone_letter is not None and k != tone_letter and rng.random() < 0.03 and low in "aeiouy":
            letter = _with_tone(plain, _tone_of(word[tone_letter].lower()))
        out.append(letter.upper() if ch.isupper() else letter)
    result = "".join(out)
    if rng.random() < 0.006:
        at = rng.randrange(len(result) + 1)
        result = result[:at] + rng.choice(JUNK) + result[at:]
    return unicodedata.normalize("NFC", result)


def strip_tone(ch: str) -> str:
    d = unicodedata.normalize("NFD", ch)
    return unicodedata.normalize("NFC", "".join(c for c in d if c not in TONE_CHARS.values()))


def _pick(options, rng: random.Random, default: str) -> str:
    r = rng.random()
    for glyph, p in options:
        if r < p:
            return glyph
        r -= p
    return default


def degrade_text(text: str, seed: int = 0, accent_keep: float = 0.22) -> str:
    """Degrade every word of `text`, keeping spaces and line breaks exactly."""
    rng = random.Random(seed)
    out, word = [], []
    for ch in text + "\n":
        if ch.isspace() or ch in ",;:.()\"":
            if word:
                out.append(degrade_word("".join(word), rng, accent_keep))
                word = []
            out.append(ch)
        else:
            word.append(ch)
    return "".join(out)[:-1]


def learn_letter_table(ocr_lines: list[str], gold_lines: list[str]) -> dict[str, Counter]:
    """How a real OCR printed each letter: for every letter of the corrected text, the counts of
    what the OCR put in its place (itself, a letter, or a few glyphs), read from lines with as many
    words on both sides, word against word."""
    table: dict[str, Counter] = defaultdict(Counter)
    for o, g in zip(ocr_lines, gold_lines):
        ot, gt = o.split(), g.split()
        if len(ot) != len(gt):
            continue
        for a, b in zip(gt, ot):
            a, b = unicodedata.normalize("NFC", a), unicodedata.normalize("NFC", b)
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
                if tag == "equal":
                    for c in a[i1:i2]:
                        table[c][c] += 1
                elif tag == "replace" and i2 - i1 == 1:
                    table[a[i1]][b[j1:j2]] += 1
                elif tag == "replace" and i2 - i1 == j2 - j1:
                    for x, y in zip(a[i1:i2], b[j1:j2]):
                        table[x][y] += 1
    return table


def degrade_with_table(text: str, table: dict[str, Counter], seed: int = 1) -> str:
    """Degrade `text` letter by letter as `table` (`learn_letter_table`) says the OCR did; digits and
    letters it never saw are kept."""
    rng = random.Random(seed)
    out = []
    for ch in text:
        c = table.get(ch)
        if not c or ch.isdigit():
            out.append(ch)
            continue
        outs, weights = zip(*c.items())
        out.append(rng.choices(outs, weights)[0])
    return "".join(out)
