"""Vietnamese person names: a capitalised run "Surname Middle... Given" is read with the
name lists (resources/lang/names/person_names.txt) instead of the general language model.

In such a run each word takes the cheapest reading (channel cost) that is a name of the
right kind and differs from the printed word at most by its marks or by one cheap OCR
confusion; a word with no such reading is kept as printed when it is itself a well-formed
syllable in plain letters ("Khoanh" does not gain marks without evidence).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..vnfold import one_vowel_slip
from .syllables import fold

NAME_MAX_COST = 2.5     # a name reading further than this from the printed word is no evidence
GARBLED_NAME_MAX_COST = 6.0   # ... unless the printed word is no syllable at all ("Nguy8n")
RUN_MIN, RUN_MAX = 3, 5
DJ_MISREAD_COST = 2.0   # a name's Đ printed as P or b: a common confusion, but a change of letter


@lru_cache(maxsize=1)
def _ordered_names() -> dict[str, list[str]]:
    """{"surnames": [...], "middle": [...], "given": [...]}, lower-case syllables in the file's order
    (the surnames are listed most common first)."""
    path = resources.files("resources") / "lang" / "names" / "person_names.txt"
    out: dict[str, list[str]] = {}
    section: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = out.setdefault(line.strip("[]"), [])
            continue
        section.extend(w.lower() for w in line.split() if w.lower() not in section)
    return out


@lru_cache(maxsize=1)
def name_lists() -> dict[str, frozenset[str]]:
    """{"surnames": ..., "middle": ..., "given": ...}, lower-case syllables."""
    return {k: frozenset(v) for k, v in _ordered_names().items()}


def is_title_word(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and (word[1:].islower() or not any(c.isalpha() for c in word[1:]))


def read_name(word: str, kind: str, candidates: list[tuple[str, float]],
              last: bool = False, syllables=frozenset()) -> tuple[str, float] | None:
    """The reading of one word of a name run and its channel cost: a name of list `kind`
    (lower-case), the word itself (the given name, `last`, in plain letters and one of `syllables`),
    or None when the run should not be trusted as a name. `syllables` (the known syllables) also
    tells a garbled word, which may take a name further from its printing."""
    names = name_lists()[kind]
    low = word.lower()
    sk = fold(low)
    if kind == "given" and low == sk:
        # printed without marks: the commonest given name spelled with these letters, if any
        # ("Tuan" is Tuấn rather than Tuân), as the marks the OCR lost tell nothing
        common = _common_given_by_skeleton().get(sk)
        if common is not None:
            return common, 0.0 if common == low else COMMON_NAME_COST
    if low in names:
        return low, 0.0
    # a word that is no syllable has no reading of its own to keep: any name among its readings will do
    limit = NAME_MAX_COST if not syllables or low in syllables else GARBLED_NAME_MAX_COST
    fits = [(cost, cand) for cand, cost in candidates
            if cand in names and (cost <= limit or fold(cand) == sk)]
    if fits:
        cost, cand = min(fits)
        return cand, cost
    if low[:1] == "p" or word[:1] == "b":
        # Đ printed P, or a small b ("Pỗ Minh Khoa", "Hoàng Văn bat"; a capital B is a name's own:
        # "Bùi", and "Bo" in "Bo Cong Thuong" is "Bộ"): the name spelled so, if only one is
        alike = [n for n in names if n[0] == "đ" and _tail_alike(fold(n)[1:], sk[1:])
                 and (low == sk or n[1:] == low[1:])]
        if len(alike) == 1:
            return alike[0], DJ_MISREAD_COST
    # a garbled word ("Vii" for Vũ, "Qudi" for Quới, "Nié" for Niê, beyond the word's nearest readings
    # or unknown to the language model): the one name of the list spelled with these letters, marks
    # aside, or with a vowel printed as a glyph; a well-formed syllable ("Dang", "THU") is left to
    # the readings above, or headings in capitals would read as names ("PHAN THU NHAT")
    by_skeleton = _by_skeleton(kind) if syllables and low not in syllables else {}
    spelled = by_skeleton.get(sk) or by_skeleton.get(_VOWEL_GLYPH.sub("o", _U_GLYPH.sub("u", sk)))
    if spelled and (len(spelled) == 1 or kind == "surnames"):     # surnames are listed most common first
        return spelled[0], UNKNOWN_NAME_COST
    if last and low.isascii() and low.isalpha() and low in syllables:
        return low, 0.0
    return None


UNKNOWN_NAME_COST = 2.0
COMMON_NAME_COST = 0.5      # a common given name read for one printed without its marks


@lru_cache(maxsize=1)
def _common_given_by_skeleton() -> dict[str, str]:
    """The commonest given name of each spelling without marks (the list is most common first)."""
    out: dict[str, str] = {}
    for name in _ordered_names().get("common given", []):
        out.setdefault(fold(name), name)
    return out
_VOWEL_GLYPH = re.compile(r"(?<=[aeiouy])[d6](?=[aeiouy]?[a-z]?$)")     # "qudi": ơ printed d
_U_GLYPH = re.compile(r"(?<=[a-z])ii")                                    # "vii": ũ printed ii


@lru_cache(maxsize=4)
def _by_skeleton(kind: str) -> dict[str, list[str]]:
    """The names of list `kind` by their letters without marks, each group in the list's order."""
    out: dict[str, list[str]] = {}
    for name in _ordered_names()[kind]:
        out.setdefault(fold(name), []).append(name)
    return out


def _tail_alike(name: str, printed: str) -> bool:
    """The folded rest of a name after its Đ, as printed: the same, or one vowel slipped ("Đặng" as "bing")."""
    return name == printed or one_vowel_slip(name, printed)
