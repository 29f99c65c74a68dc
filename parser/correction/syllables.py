"""Vietnamese syllable structure: tones, diacritics, old-style tone placement, validity.

A syllable is onset + rhyme + tone. The rhyme inventory and the spelling rules
(c/k/q, g/gh, ng/ngh) and the rule that stop finals (-p -t -c -ch) take only the
sắc or nặng tone give the table of every well-formed syllable, used both to
validate words and to generate candidates for words the lexicon never saw.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

# tone index: 0 ngang, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng
TONE_MARKS = {"\u0301": 1, "\u0300": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
TONE_CHARS = {v: k for k, v in TONE_MARKS.items()}
MODIFIER_MARKS = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn
VOWELS = set("aăâeêioôơuưy")
MODIFIED = set("ăâêôơư")

ONSETS = ("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
          "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x")
RHYMES = tuple("""
a ai ao au ay ac ach am an ang anh ap at
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e eo ec em en eng ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu
iêc iêm iên iêng iêp iêt iêu
o oc oi om on ong op ot oong ooc
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut
uôc uôi uôm uôn uông uôt
ư ưa ưc ưi ưm ưn ưng ưt ưu
ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêt yêu
oa oac oach oai oam oan oang oanh oap oat oay
oăc oăm oăn oăng oăt
oe oen oeo oet
uâ uân uâng uât uây
uê uên uênh uêch uơ
uy uya uych uyn uynh uyp uyt uyu uyên uyêt
""".split())
STOP_FINALS = ("p", "t", "c", "ch")
FRONT = set("eêi")  # k, gh, ngh go before these (and iê/y)


class _Unmarked(dict):
    """Code point -> the character without its marks (its NFD with the combining marks dropped,
    đ as d), filled on first sight. Dropping every combining mark, the NFD of a text is that of
    each character in turn (the canonical reordering only moves combining marks among themselves),
    so str.translate with this table strips a text as NFD + filtering would."""

    def __missing__(self, code: int) -> str:
        kept = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
        got = self[code] = kept.replace("đ", "d").replace("Đ", "D")
        return got


_UNMARKED = _Unmarked()


def strip_marks(text: str) -> str:
    """Remove every diacritic (tone and modifier); đ becomes d. Keeps case."""
    return text.translate(_UNMARKED)


def fold(text: str) -> str:
    """The ASCII skeleton, lower case: "Độc" -> "doc"."""
    return strip_marks(text).lower()


@lru_cache(maxsize=200_000)
def split_tone(word: str) -> tuple[str, int]:
    """("hòa" -> ("hoa", 2)): the word without its tone mark, and the tone (last mark wins)."""
    tone, out = 0, []
    for c in unicodedata.normalize("NFD", word):
        t = TONE_MARKS.get(c)
        if t is None:
            out.append(c)
        else:
            tone = t
    return unicodedata.normalize("NFC", "".join(out)), tone


def _parts(base: str) -> tuple[str, str, str] | None:
    """Split a lower-case toneless syllable into onset, vowel nucleus, coda (or None)."""
    i = 0
    n = len(base)
    while i < n and base[i] not in VOWELS:
        i += 1
    onset = base[:i]
    if onset == "q" and base[i:i + 1] == "u" and i + 1 < n and base[i + 1] in VOWELS:
        onset, i = "qu", i + 1
    elif onset == "g" and base[i:i + 1] == "i" and i + 1 < n and base[i + 1] in VOWELS:
        onset, i = "gi", i + 1
    j = i
    while j < n and base[j] in VOWELS:
        j += 1
    if j == i:
        return None
    return onset, base[i:j], base[j:]


def tone_position(base: str) -> int | None:
    """Index in `base` (lower case, toneless) of the vowel that carries the tone, old style."""
    parts = _parts(base)
    if parts is None:
        return None
    onset, nucleus, coda = parts
    start = len(onset)
    marked = [k for k, c in enumerate(nucleus) if c in MODIFIED]
    if marked:
        return start + marked[-1]
    if coda or len(nucleus) == 1:
        return start + len(nucleus) - 1
    if len(nucleus) == 2:
        return start
    return start + 1


def place_tone(base: str, tone: int) -> str:
    """Put `tone` on the right vowel of a toneless syllable (old style: hòa, thủy). Keeps case."""
    if tone == 0:
        return base
    pos = tone_position(base.lower())
    if pos is None:
        return base
    return unicodedata.normalize("NFC", base[:pos + 1] + TONE_CHARS[tone] + base[pos + 1:])


def normalize_syllable(word: str) -> str:
    """NFC with the tone moved to its old-style place ("hoà" -> "hòa", "uỷ" -> "ủy")."""
    base, tone = split_tone(word)
    if tone == 0 or not base.isalpha():
        return unicodedata.normalize("NFC", word)
    return place_tone(base, tone)


def _onset_allows(onset: str, rhyme: str) -> bool:
    first = rhyme[0]
    front = first in FRONT or rhyme.startswith("yê")
    if onset == "g" and first == "i":
        return True  # gì, gìn: the i is the vowel, not part of the onset
    if onset in ("c", "g", "ng"):
        return not front and not (onset == "c" and first == "o" and rhyme[1:2] in ("a", "ă", "e"))
    if onset in ("k", "gh", "ngh"):
        return front or (onset == "k" and first == "y")
    if onset == "gi":
        return first != "i" and not rhyme.startswith("yê")
    if rhyme.startswith("yê") or (rhyme == "y" and onset in ("", "ch", "nh", "r", "d", "đ", "g")):
        return onset == "" and rhyme.startswith("yê")
    return True


def _tones_for(rhyme: str) -> range | tuple[int, ...]:
    return (1, 5) if rhyme.endswith(STOP_FINALS) else range(6)


@lru_cache(maxsize=1)
def all_syllables() -> frozenset[str]:
    """Every well-formed syllable (lower case, NFC, old-style tones)."""
    out = set()
    # after q the medial (o/u) is written u and belongs to the onset: qua, quân, quyết, quỳnh
    qu_rhymes = {r[1:] for r in RHYMES if r[0] in "ou" and len(r) > 1 and r[1] in VOWELS}
    for onset in ONSETS:
        for rhyme in (qu_rhymes if onset == "qu" else RHYMES):
            if onset not in ("", "qu") and not _onset_allows(onset, rhyme):
                continue
            if onset == "" and rhyme.startswith("y") and rhyme != "y" and not rhyme.startswith("yê"):
                continue
            for tone in _tones_for(rhyme):
                out.add(place_tone(onset + rhyme, tone))
    return frozenset(out)


def is_syllable(word: str) -> bool:
    """True when `word` (any case, any tone placement) is a well-formed Vietnamese syllable."""
    return normalize_syllable(word.lower()) in all_syllables()
