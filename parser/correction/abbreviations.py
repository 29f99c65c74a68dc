"""Standard abbreviations whose Đ the OCR read as D (or P, B): restored only where the
abbreviation has one reading. Every other code is left exactly as printed.

The table (documented in resources/README.md):
- HDND -> HĐND (Hội đồng nhân dân), DBQH -> ĐBQH (đại biểu Quốc hội),
  TTDT -> TTĐT (thông tin điện tử), PGP -> PGĐ, BGP -> BGĐ, LDTBXH -> LĐTBXH, GD&DT -> GD&ĐT,
  KH&DT -> KH&ĐT, and HPND/HBND -> HĐND, GDDT -> GDĐT, KHDT -> KHĐT (with their S/P/B-
  prefixed forms): anywhere as a part of a code.
- ND / NP -> NĐ only right before "CP" (NĐ-CP: Nghị định của Chính phủ).
- QD / QB -> QĐ only as the first symbol after a document number (1845/QD-UBND: Quyết định).
- d/c -> đ/c (đồng chí) as a whole word.
"""
from __future__ import annotations

import re

ANYWHERE = {"HDND": "HĐND", "DBQH": "ĐBQH", "TTDT": "TTĐT",
            # Đ printed P or B where no abbreviation has a P or B (phó / ban giám đốc)
            "PGP": "PGĐ", "BGP": "BGĐ", "LDTBXH": "LĐTBXH", "LDTB&XH": "LĐTB&XH",
            "GD&DT": "GD&ĐT", "SGD&DT": "SGD&ĐT", "PGD&DT": "PGD&ĐT", "KH&DT": "KH&ĐT",
            "HPND": "HĐND", "HBND": "HĐND", "HbND": "HĐND", "HpND": "HĐND",
            "GDDT": "GDĐT", "SGDDT": "SGDĐT", "PGDDT": "PGDĐT", "BGDDT": "BGDĐT",
            "KHDT": "KHĐT", "SKHDT": "SKHĐT", "BKHDT": "BKHĐT"}
BEFORE_CP = {"ND": "NĐ", "NP": "NĐ"}
AFTER_NUMBER = {"QD": "QĐ", "QB": "QĐ"}
WHOLE = {"d/c": "đ/c", "D/c": "Đ/c", "D/C": "Đ/C"}

_PARTS = re.compile(r"([/-])")


def restore_code(word: str) -> str:
    """`word` with the table's lost Đ restored; unchanged when nothing in the table applies."""
    if word in WHOLE:
        return WHOLE[word]
    parts = _PARTS.split(word)   # parts at even indices, separators at odd ones
    out = list(parts)
    for i in range(0, len(parts), 2):
        p = parts[i]
        if p in ANYWHERE:
            out[i] = ANYWHERE[p]
        elif p in BEFORE_CP and i + 2 < len(parts) and parts[i + 1] == "-" and parts[i + 2] == "CP":
            out[i] = BEFORE_CP[p]
        elif p in AFTER_NUMBER and i >= 2 and parts[i - 1] == "/" and parts[i - 2].isdigit() \
                and i + 1 < len(parts) and parts[i + 1] == "-":
            out[i] = AFTER_NUMBER[p]
    return "".join(out)
