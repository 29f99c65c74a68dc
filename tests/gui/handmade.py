"""A small report built by hand (offsets computed, not typed), so the review tests
do not depend on the extraction helpers' progress."""
from __future__ import annotations

import hashlib

from parser.model import Check, Correction, Document, MetaField, Metric, OutlineNode, SourceInfo

TEXT = """UBND TINH TRA VINH
SO THONG TIN VA TRUYEN THONG
S6: 953/BC-STTTT
BAO CAO
Cong tac thang 6/2020
I. CONG TAC QUAN LY NHA NUOC
1. Linh vyc buu chinh
- Tong so nguoi dung la 6.767 nguoi dung, dat 76,82%.
- Linh vyc vien thong co 1.626 van ban.
2. Linh vyc bao chi
- Phat hanh 460 ban tin va 1.166 ban tin khac, tong 1.600 ban tin.
II. PHUONG HUONG
Tiep tuc trien khai linh vyc moi.
GIAM DOC
"""


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def make_doc(path: str | None = None) -> Document:
    t = TEXT
    source = SourceInfo(file=path or "handmade.txt", sha256=hashlib.sha256(t.encode()).hexdigest(),
                        encoding="utf-8", lines=t.count("\n"), path=path, size=len(t.encode()))
    doc = Document(source=source, text=t)

    def node(kind, number, path_, heading, title, end_marker, children=()):
        start = t.index(heading)
        title_start, title_end = _span(t, title, start)
        end = t.index(end_marker) if end_marker else len(t)
        return OutlineNode(kind, number, path_, doc.line_of(start), start, end, title_start, title_end,
                           marker=t[start:title_start].strip(), children=list(children))

    b1 = node("bullet", None, None, "- Tong so", "Tong so nguoi dung la 6.767 nguoi dung, dat 76,82%.", "- Linh vyc vien")
    b2 = node("bullet", None, None, "- Linh vyc vien", "Linh vyc vien thong co 1.626 van ban.", "2. Linh vyc bao")
    s1 = node("section", "1", "I.1", "1. Linh vyc buu", "Linh vyc buu chinh", "2. Linh vyc bao", [b1, b2])
    b3 = node("bullet", None, None, "- Phat hanh", "Phat hanh 460 ban tin va 1.166 ban tin khac, tong 1.600 ban tin.",
              "II. PHUONG")
    s2 = node("section", "2", "I.2", "2. Linh vyc bao", "Linh vyc bao chi", "II. PHUONG", [b3])
    p1 = node("part", "I", "I", "I. CONG TAC", "CONG TAC QUAN LY NHA NUOC", "II. PHUONG", [s1, s2])
    para = node("paragraph", None, None, "Tiep tuc", "Tiep tuc trien khai linh vyc moi.", "GIAM DOC")
    p2 = node("part", "II", "II", "II. PHUONG", "PHUONG HUONG", "GIAM DOC", [para])
    for n in (p1, p2):
        for d in n.walk():
            d.level = 0 if d is n else (1 if d in n.children else 2)
    doc.outline = [p1, p2]

    def field(needle, value=None):
        s, e = _span(t, needle)
        return MetaField(s, e, value)

    doc.metadata.fields.update(parent_issuer=field("UBND TINH TRA VINH"), issuer=field("SO THONG TIN VA TRUYEN THONG"),
                               number=field("953", "953"), doc_type=field("BAO CAO", "Báo cáo"),
                               subject=field("Cong tac thang 6/2020"))

    def metric(mid, printed, value, unit, label, confidence=0.9, after=0):
        s, e = _span(t, printed, after)
        return Metric(mid, value, unit, label, printed, doc.line_of(s), s, e, section=doc.section_at(s),
                      confidence=confidence)

    doc.metrics = [
        metric("m1", "6.767", 6767, "người dùng", "Tổng số người dùng"),
        metric("m2", "76,82%", 76.82, "%", "Tỷ lệ đạt"),
        metric("m3", "1.626", 1626, "văn bản", "Văn bản viễn thông", confidence=0.5),
        metric("m4", "460", 460, "bản tin", "Bản tin"),
        metric("m5", "1.166", 1166, "bản tin", "Bản tin khác"),
        metric("m6", "1.600", 1600, "bản tin", "Tổng bản tin"),
    ]
    doc.checks = [Check("sum", False, ["m6", "m4", "m5"], "1.600 ≠ 460 + 1.166", section="I.2", total=1600,
                        parts=[460, 1166], suspect="m6")]
    s, e = _span(t, "vyc")
    doc.corrections = [Correction(s, e, "vyc", "vực", source="auto", confidence=0.8)]
    return doc
