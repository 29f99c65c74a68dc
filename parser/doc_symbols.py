"""The codes of Vietnamese document symbols ("43/2011/NĐ-CP", "215/PGDĐT-VP") with the Đ
the OCR lost put back.

OCR reads the bar of Đ away and prints D, P or B, sometimes in lower case ("NP-CP",
"QP-UBND", "HPND", "BGDbT"). D is harmless once folded; the others make another code. A code segment is restored only when it
is not itself a known code and exactly one known code with Đ differs from it by Đ printed
as P or B: the codes below are the state's and the Party's standard abbreviations
(Nghị định 30/2020/NĐ-CP, appendix III; Quy định 66-QĐ/TW), not a report's own.
"""
from __future__ import annotations

import re
from functools import lru_cache

# standard codes that contain Đ: document kinds, councils, sectors, Party bodies
CODES_WITH_DJ = frozenset({
    "NĐ", "QĐ", "HĐ", "HĐND", "ĐBQH", "TTĐT", "GDĐT", "BGDĐT", "SGDĐT", "PGDĐT", "GD&ĐT",
    "LĐTBXH", "BLĐTBXH", "SLĐTBXH", "TĐKT", "ĐU", "ĐTN", "BCĐ", "BĐBP", "ĐKKD", "HĐQT", "HĐTV",
    "KHĐT", "BKHĐT", "SKHĐT", "KH&ĐT", "HĐTĐKT", "BTĐKT", "LĐLĐ", "TLĐLĐVN", "ĐĐBQH", "TLĐ",
    "HĐTP", "HĐTV", "ĐTCBL", "TĐTN", "BTVTĐ", "LĐ",     # "LĐ-TB&XH"
})
# real codes that a P/B read back as Đ would turn into one of the above
# (and "DU", the syllable of "DU LỊCH": an ĐU printed D is left as printed, one printed P or B is restored)
CODES_WITHOUT_DJ = frozenset({"GDPT", "HD", "CP", "DU"})      # "HD": hướng dẫn; "CP": Chính phủ

# the code of a document kind, which follows its number ("Công điện số 08/CĐ-UBND"): the kind named
# before the number tells which it is, where the OCR made another code of it ("08/CP-UBND")
KIND_CODES = {"Công điện": "CĐ", "Quyết định": "QĐ", "Nghị định": "NĐ", "Hướng dẫn": "HD"}

# what the OCR prints for Đ in a code of capitals ("BGDbT", "QP-UBND", "NP-CP")
_MISREAD_AS = frozenset("PBpbd")
_SEGMENTS = re.compile(r"([/-])")


def _candidates(code: str, misread: frozenset[str] = _MISREAD_AS) -> set[str]:
    """The known Đ-codes `code` becomes with one or more of its P/B (or `misread`) read back as Đ."""
    spots = [i for i, c in enumerate(code) if c in misread]
    found = set()
    for mask in range(1, 1 << len(spots)):
        letters = list(code)
        for bit, i in enumerate(spots):
            if mask >> bit & 1:
                letters[i] = "Đ"
        word = "".join(letters)
        if word in CODES_WITH_DJ:
            found.add(word)
    return found


def restore_lost_dj(number: str) -> str:
    """`number` with each segment of its symbol that can only be a known Đ-code restored;
    everything else exactly as printed."""
    if _MISREAD_AS.isdisjoint(number):
        return number                # no letter that may stand for Đ: most numbers
    parts = _SEGMENTS.split(number)
    for i in range(0, len(parts), 2):
        parts[i] = _restored_code(parts[i])
    return "".join(parts)


@lru_cache(maxsize=4096)
def _restored_code(code: str, misread: frozenset[str] = _MISREAD_AS) -> str:
    """One segment restored, `misread` being the letters that may stand for its Đ (cached: a
    report cites the same few codes again and again)."""
    if not code or code in CODES_WITH_DJ or code in CODES_WITHOUT_DJ or len(code) > 8 \
            or not all(c.isupper() or c in misread or c == "&" for c in code):
        return code
    found = _candidates(code, misread)
    return found.pop() if len(found) == 1 else code


# Đ printed as D: harmless once folded (so the raw number keeps it), wrong in the corrected text
_MISREAD_WITH_D = _MISREAD_AS | {"D"}


def corrected_code(code: str) -> str:
    """A code segment as the corrected text shows it: a known Đ-code whose Đ was printed D, P or B
    ("SGDDT" is SGDĐT, "QD" is QĐ), if it can be only one; otherwise as printed."""
    return _restored_code(code, _MISREAD_WITH_D)


def kind_code_restored(number: str, kind: str) -> str:
    """`number` with its first code read as the code of `kind` (named before it), when it is that
    code with its Đ printed P or B ("08/CP-UBND" cited as a Công điện is 08/CĐ-UBND; D is kept,
    as `restore_lost_dj` keeps it)."""
    code = KIND_CODES.get(kind)
    parts = _SEGMENTS.split(number)
    if code is None or "Đ" not in code or len(parts) < 3:
        return number
    k = next((i for i in range(2, len(parts), 2) if not parts[i].isdigit()), None)
    if k is None or parts[k] == code or len(parts[k]) != len(code):
        return number
    if all(a == b or b == "Đ" and a in _MISREAD_AS for a, b in zip(parts[k], code)):
        parts[k] = code
    return "".join(parts)


# digits an OCR engine prints for the capitals of a code ("BC-8CT" for "BC-SCT", "UBN0" for "UBND"
# is not one: only S and O, whose digit shapes are alike), and the dashes it prints for "-"
_LETTER_FOR_DIGIT = str.maketrans({"8": "S", "0": "O"})
_DASHES = str.maketrans({"~": "-", "–": "-", "—": "-"})
# police and army departments are numbered: "PC08", "PA05", "C07" (a code of one to three capitals, 0, a digit)
_NUMBERED_UNIT = re.compile(r"[A-Z]{1,3}0\d")
# an 8 or 0 and a character that may be a capital (no ASCII digit, "&" or white space; a circled
# "Ⓐ" is a capital and no letter) in one segment, no "/" or "-" between: the only segments changed
_DIGIT_BESIDE_LETTER = re.compile(r"[80][^/\-]*[^/\-0-9&\s]|[^/\-0-9&\s][^/\-]*[80]")


def restore_code_letters(symbol: str) -> str:
    """A document symbol with a tilde or long dash read back as "-", and an 8 or 0 inside a code
    of capitals ("8CT", at least two capitals beside it) read back as S or O. Year and number
    segments, all digits, are kept."""
    symbol = symbol.translate(_DASHES)
    if _DIGIT_BESIDE_LETTER.search(symbol) is None:
        return symbol                # no segment holds both an 8 or 0 and a capital: nothing to read back
    parts = _SEGMENTS.split(symbol)
    for i in range(0, len(parts), 2):
        code = parts[i]
        if _NUMBERED_UNIT.fullmatch(code):
            continue                 # "CAT-PC08", "C07": a numbered department, its digits are digits
        if sum(c.isupper() for c in code) >= 2 and all(c.isupper() or c in "80&" for c in code):
            parts[i] = code.translate(_LETTER_FOR_DIGIT)
    return "".join(parts)
