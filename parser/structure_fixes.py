"""Corrections the document's structure proves: a part numbered "I1." after part I is "II.",
an item "d)" right after "d)" is "đ)", "quy" before a quarter's numeral is "quý".

The text-only correction engine leaves garbled Roman numerals alone (a lone "I1"
could be anything); the outline knows the sequence, so the fix is certain here.
"""
from __future__ import annotations

import re

from .model import Correction, Document
from .vnfold import fold

_ROMAN_MARK = re.compile(r"[IVXLT1l]+")


# "quy II năm 2023", "QUY 1V", "qu¥ I": the word before a quarter's numeral (as OCR prints it) is "quý"
_QUARTER_WORD = re.compile(r"(?<![^\W\d_])([Qq][Uu])([yY¥ÿ])(?=[ \t]+(?:[IVX1l]{1,4}|[1-4])(?![^\W_]))")


def quarter_corrections(text: str) -> list[Correction]:
    fixes = []
    for m in _QUARTER_WORD.finditer(text):
        accented = "Ý" if m.group(1).isupper() and m.group(2) != "y" else "ý"
        fixes.append(Correction(m.start(2), m.end(2), m.group(2), accented, source="structure", confidence=0.95))
    return fixes


# the words of a signer's title, a closed vocabulary (folded, OCR's b/p for đ allowed): "TRUONG
# CONG AN HUYEN" is "TRƯỞNG", never "TRƯỜNG"; "GIAM BOC" is "GIÁM ĐỐC"
_TITLE_WORDS = {"truong": "trưởng", "pho": "phó", "giam": "giám", "doc": "đốc", "boc": "đốc", "poc": "đốc",
                "chu": "chủ", "tich": "tịch", "chanh": "chánh", "hieu": "hiệu", "cuc": "cục"}
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|1(?=[^\W\d_]))*")       # letters, a "1" among them


def title_corrections(doc: Document) -> list[Correction]:
    fixes = []
    for name in ("signer_title", "signer_authority"):
        field = doc.metadata.fields.get(name) if doc.metadata else None
        if field is None:
            continue
        for s, e in field.parts or [(field.start, field.end)]:
            for m in _WORD.finditer(doc.text, s, e):
                word = m.group()
                canonical = _TITLE_WORDS.get(fold(word).replace("1", "i"))     # OCR "G1AM"
                if canonical is None:
                    continue
                new = canonical.upper() if word.isupper() else canonical.capitalize() if word[0].isupper() else canonical
                if new != word:
                    fixes.append(Correction(m.start(), m.end(), word, new, source="structure", confidence=0.95))
    return fixes


def numeral_corrections(doc: Document) -> list[Correction]:
    fixes = quarter_corrections(doc.text) + title_corrections(doc)
    for node in doc.nodes():
        if node.kind == "item" and node.number == "đ" and node.marker.startswith("d") \
                and doc.text[node.start:node.start + 1] == "d":
            # "d)" after "d)" is "đ)" (parser.outline)
            fixes.append(Correction(node.start, node.start + 1, "d", "đ", source="structure", confidence=0.99))
            continue
        if node.kind != "part" or not node.number or not node.marker:
            continue
        m = _ROMAN_MARK.match(node.marker)
        printed = m.group() if m else ""
        if not printed or printed == node.number or not re.fullmatch(r"[IVXL]+", node.number):
            continue
        if doc.text[node.start:node.start + len(printed)] != printed:
            continue            # the marker is not where the node starts: leave it
        fixes.append(Correction(node.start, node.start + len(printed), printed, node.number,
                                source="structure", confidence=0.99))
    return fixes


def merge(engine: list[Correction], structural: list[Correction]) -> list[Correction]:
    """The engine's corrections with the structural ones taking precedence where they overlap."""
    if not structural:
        return engine
    taken = [(c.start, c.end) for c in structural]
    kept = [c for c in engine if not any(c.start < e and s < c.end for s, e in taken)]
    return sorted(kept + structural, key=lambda c: c.start)
