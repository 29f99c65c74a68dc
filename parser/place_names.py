"""Names of provinces and districts read back where the OCR garbled them ("tỉnh Pak Lik" is
"tỉnh Đắk Lắk"), from the gazetteer in resources/lang/names/gazetteer.txt.

The general language model knows these names only as rare syllables, so it reads "Dak Lak"
as common words ("Đã Là"). A run of capitalised words is read as a place when its consonants
are a gazetteer name's, syllable by syllable (OCR garbles vowels and marks far more than
consonants: "Pak Lik"), no syllable is more than one letter off, and where a place is expected:
after a level word ("tỉnh", "huyện", ...) or before the date ("Đắk Lắk, ngày 30 ..."). Elsewhere
capitalised words are as often other names ("Bộ Tư pháp" is no "Ba Tơ", "HỘI CHỦ" no "HẢI
CHÂU"). Single-syllable names are too ambiguous and are left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from importlib import resources

from .model import Correction
from .numbers import fold_text
from .vnfold import fold, in_case_of

LEVELS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")
# a level word right before the name, folded (OCR: "tinh", "huyén" fold alike; "x&" for "xã")
_LEVEL_WORD = r"(?<![\w])(?:tinh|huy\S{1,3}|thanh\s+ph\S{1,2}|quan|thi\s+x\S|thi\s+tr\S{1,3}|x\S|ph\S{3,5})"
_LEVEL_BEFORE = re.compile(_LEVEL_WORD + r"\s+$")
_DATE_AFTER = re.compile(r"\s*,\s*ng\S{1,3}\s")
# the same, searched through the folded text: a level word and a capital after it; a date's comma
_LEVEL_AHEAD = re.compile(_LEVEL_WORD + r"\s+")     # the name may wrap to the next line
_DATE_MARK = re.compile(r"[ \t]*,[ \t]*ng\S{1,3}\s")
_NAME_REACH = 60        # characters a name of up to four syllables takes
_WORD = re.compile(r"[^\s,;:.()\"“”]+")
# letters and glyphs as the OCR prints them, for comparing consonants: đ/Đ read as P, B, b, p;
# l as 1; vowels as digits and signs (dropped with the other vowels)
_CONSONANT_OF = str.maketrans({"p": "d", "b": "d", "1": "l", "|": "l"})
_VOWELS = set("aeiouyw0123456789&¢@€")


_ONE_AFTER_VOWEL = re.compile(r"(?<=[aeiouy])1")     # "CA1": no syllable ends in l, so a 1 there is I
_Q_FOR_VOWEL = re.compile(r"q(?!u)")      # q opens "qu" only: another is an O with marks ("CHQ" Chợ)


def _consonants(folded_word: str) -> str:
    word = _ONE_AFTER_VOWEL.sub("i", folded_word) if "1" in folded_word else folded_word
    if "q" in word:
        word = _Q_FOR_VOWEL.sub("o", word)
    return "".join(c for c in word.translate(_CONSONANT_OF) if c not in _VOWELS and c.isalnum())


@lru_cache(maxsize=1)
def place_index() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """Consonants of each syllable -> the gazetteer names (their syllables) that have them."""
    path = resources.files("resources") / "lang" / "names" / "gazetteer.txt"
    index: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        province, _, rest = line.partition(":")
        for unit in [province, *rest.split(";")]:
            name = _without_level(unit.strip())
            words = tuple(name.split())
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                key = tuple(_consonants(fold(w)) for w in words)
                if words not in index.setdefault(key, []):
                    index[key].append(words)
    return index


def _without_level(unit: str) -> str:
    for level in LEVELS:
        if unit.lower().startswith(level + " "):
            return unit[len(level) + 1:]
    return unit


def _one_letter_off(printed: str, name: str) -> bool:
    """Folded syllables equal but for one letter changed, added or dropped."""
    if printed == name:
        return True
    if abs(len(printed) - len(name)) > 1:
        return False
    if len(printed) == len(name):
        return sum(a != b for a, b in zip(printed, name)) <= 1
    short, long_ = sorted((printed, name), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def place_corrections(text: str) -> list[Correction]:
    """The words of place names to read otherwise than printed."""
    return [c for c in place_readings(text) if c.new != c.old]


def place_readings(text: str) -> list[Correction]:
    """Every word of the place names read, as a correction; one keeping its word as printed pins it
    (`structure_fixes.merge` keeps the engine off it). Found from where a place is expected (a level
    word, a date after), not from every word: a long text has few such places and many words."""
    index = place_index()
    lengths = sorted({len(k) for k in index}, reverse=True)
    folded = fold_text(text)      # cached: the figures folded the same text
    # (words, read from the front?): after a level word a name starts there; before a date, it ends there
    runs: list[tuple[list[tuple[int, int, str]], bool]] = []
    for m in _LEVEL_AHEAD.finditer(folded):
        if text[m.end():m.end() + 1].isupper():
            runs.append(([(w.start(), w.end(), w.group())
                          for w in islice(_WORD.finditer(text, m.end(), m.end() + _NAME_REACH), lengths[0])], True))
    for m in _DATE_MARK.finditer(folded):
        runs.append(([(w.start(), w.end(), w.group())
                      for w in _WORD.finditer(text, max(0, m.start() - _NAME_REACH), m.start())][-lengths[0]:], False))
    fixes: list[Correction] = []
    done: set[int] = set()
    for words, after_level in runs:
        for n in lengths:
            run = words[:n] if after_level else words[-n:]
            if len(run) < n or any(w[0] in done for w in run) or not all(w[2][:1].isupper() for w in run):
                continue        # (a word of a name already read belongs to that name)
            if any("\n" in text[a[1]:b[0]] for a, b in zip(run, run[1:])):
                continue        # a name stays on one line
            found = _read_place(text, run, index)
            if found:
                done.update(w[0] for w in run)
                fixes += found[1]
                break
    return sorted(fixes, key=lambda c: c.start)


def _read_place(text, run, index):
    printed = [fold(w[2]) for w in run]
    names = index.get(tuple(_consonants(p) for p in printed))
    if not names:
        return None
    start, end = run[0][0], run[-1][1]
    level = _LEVEL_BEFORE.search(fold(text[max(0, start - 12):start]))
    if level and level.group().startswith("x") and printed[0] == "hoi":
        level = None        # "XÃ HỘI": society, not a commune
    expected = level or _DATE_AFTER.match(text, end)
    if not expected:
        return None
    fitting = [name for name in names
               if all(_one_letter_off(p.translate(_CONSONANT_OF), fold(w).translate(_CONSONANT_OF))
                      for p, w in zip(printed, name))]
    if len(fitting) != 1:
        return None     # none, or two names it could be
    name = fitting[0]
    fixes = []
    for (s, e, word), proper in zip(run, name):
        new = in_case_of(word, proper)
        if not word.isascii() and fold(word) == fold(proper):
            continue        # printed with marks and the name's letters: the marks are evidence (for the engine)
        # a word printed exactly as the name is kept as it is (`structure_fixes.merge` keeps the
        # engine off it: "Go Quao, ngày" is "Gò Quao", not "Gò Quản")
        fixes.append(Correction(s, e, word, new, source="structure", confidence=0.9))
    return len(run), fixes

