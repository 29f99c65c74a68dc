"""Hand-built Documents for the export tests (the extractors are other modules'
job; the export must work from whatever Document it is handed)."""
from __future__ import annotations

from parser.model import (Check, Correction, Document, MetaField, Metadata, Metric, OutlineNode, Reference,
                          SourceInfo)

REPORT = """UBND TINH TRA VINH
SO THONG TIN VA TRUYEN THONG
So: 953/BC-STTTT-VP Tra Vinh, ngay 15 thang 6 nam 2020
BAO CAO
Cong tac thang 6/2020
I. CONG TAC QUAN LY NHA NUOC
1. Linh vuc hanh chinh
- Tong so ho so tiep nhan 1.626 ho so, gom 460 ho so truc tiep va 1.l66 ho so truc tuyen.
- Ty le dung han dat 76,82% (8.262/10.754 ho so).
2. Linh vuc vien thong
- Thuc hien Cong van so 1552/BTTTT-CATTT ngay 28/4/2020 cua Bo Thong tin va Truyen thong.
II. PHUONG HUONG
1. Ke hoach thang 7
- Tong so lop tap huan 10 lop, gom 8 lop tai tinh va 3 lop tai huyen.
Noi nhan:
- Bo TT&TT;
- Luu: VT.
GIAM DOC
Tran Van Khoanh
"""


def span(text: str, needle: str, after: str = "") -> tuple[int, int]:
    """Offsets of `needle`, the first one after `after` when given."""
    start = text.index(needle, text.index(after) + len(after) if after else 0)
    return start, start + len(needle)


def line_span(text: str, needle: str) -> tuple[int, int]:
    """From the start of the line holding `needle` to its end."""
    start = text.rindex("\n", 0, text.index(needle)) + 1
    return start, text.index("\n", start)


def metric(doc_text: str, mid: str, value, unit, label, printed, section, after="", label_text=None) -> Metric:
    s, e = span(doc_text, printed, after)
    ls = span(doc_text, label_text) if label_text else None
    return Metric(id=mid, value=value, unit=unit, label=label, text=printed,
                  line=doc_text.count("\n", 0, s) + 1, start=s, end=e, section=section, label_span=ls)


def node(text, kind, number, path, heading, end_needle, level, children=()) -> OutlineNode:
    start = text.index(heading)
    title_start = start + len(heading.split(" ", 1)[0]) + 1 if number else start + 2
    title_end = text.index("\n", start)
    end = text.index(end_needle) if end_needle else text.index("Noi nhan")
    return OutlineNode(kind=kind, number=number, path=path, line=text.count("\n", 0, start) + 1, start=start,
                       end=end, title_start=title_start, title_end=title_end, level=level, children=list(children))


def make_doc(file: str = "bao-cao.txt") -> Document:
    t = REPORT
    field = lambda needle, value=None: MetaField(*span(t, needle), value=value)  # noqa: E731
    md = Metadata()
    md.fields.update(
        parent_issuer=field("UBND TINH TRA VINH"), issuer=field("SO THONG TIN VA TRUYEN THONG"),
        number=field("953", "953"), symbol=field("BC-STTTT-VP", "BC-STTTT-VP"), place=field("Tra Vinh,"),
        date=field("ngay 15 thang 6 nam 2020", "2020-06-15"), doc_type=field("BAO CAO", "Báo cáo"),
        subject=field("Cong tac thang 6/2020"), period=field("thang 6/2020", "2020-06"),
        signer_title=field("GIAM DOC"), signer_name=field("Tran Van Khoanh"))
    md.recipients = [MetaField(*span(t, "Bo TT&TT;")), MetaField(*span(t, "Luu: VT."))]

    b1 = node(t, "bullet", None, None, "- Tong so ho so", "- Ty le", 2)
    b2 = node(t, "bullet", None, None, "- Ty le", "2. Linh vuc vien", 2)
    b3 = node(t, "bullet", None, None, "- Thuc hien", "II. PHUONG", 2)
    b4 = node(t, "bullet", None, None, "- Tong so lop", None, 2)
    i1 = node(t, "section", "1", "I.1", "1. Linh vuc hanh chinh", "2. Linh vuc vien", 1, [b1, b2])
    i2 = node(t, "section", "2", "I.2", "2. Linh vuc vien thong", "II. PHUONG", 1, [b3])
    ii1 = node(t, "section", "1", "II.1", "1. Ke hoach thang 7", None, 1, [b4])
    part1 = node(t, "part", "I", "I", "I. CONG TAC", "II. PHUONG", 0, [i1, i2])
    part2 = node(t, "part", "II", "II", "II. PHUONG", None, 0, [ii1])

    label = "Tong so ho so tiep nhan"
    metrics = [
        metric(t, "m1", 1626, "hồ sơ", "Tổng số hồ sơ tiếp nhận", "1.626", "I.1", label_text=label),
        metric(t, "m2", 460, "hồ sơ", "Hồ sơ trực tiếp", "460", "I.1", after="gom "),
        metric(t, "m3", 1166, "hồ sơ", "Hồ sơ trực tuyến", "1.l66", "I.1"),
        metric(t, "m4", 76.82, "%", "Tỷ lệ đúng hạn", "76,82%", "I.1"),
        metric(t, "m5", 8262, "hồ sơ", "Hồ sơ đúng hạn", "8.262", "I.1"),
        metric(t, "m6", 10754, "hồ sơ", "Hồ sơ đã giải quyết", "10.754", "I.1"),
        metric(t, "m7", 10, "lớp", "Tổng số lớp tập huấn", "10", "II.1", after="tap huan "),
        metric(t, "m8", 8, "lớp", "Lớp tại tỉnh", "8", "II.1", after="lop, gom "),
        metric(t, "m9", 3, "lớp", "Lớp tại huyện", "3", "II.1", after="tai tinh va "),
    ]
    checks = [
        Check(kind="sum", holds=True, metrics=["m1", "m2", "m3"], message="1.626 = 460 + 1.166", section="I.1",
              total=1626, parts=[460, 1166]),
        Check(kind="ratio", holds=True, metrics=["m4", "m5", "m6"], message="8.262/10.754 = 76,82%",
              section="I.1", percent=76.82, part=8262, whole=10754),
        Check(kind="sum", holds=False, metrics=["m7", "m8", "m9"], message="10 ≠ 8 + 3", section="II.1",
              total=10, parts=[8, 3], suspect="m9"),
    ]
    ref_span = span(t, "Cong van so 1552/BTTTT-CATTT ngay 28/4/2020")
    references = [Reference(type="Công văn", number="1552/BTTTT-CATTT", date="2020-04-28",
                            issuer="Bộ Thông tin và Truyền thông", line=t.count("\n", 0, ref_span[0]) + 1,
                            start=ref_span[0], end=ref_span[1],
                            issuer_span=span(t, "Bo Thong tin va Truyen thong"))]
    corrections = [
        Correction(*span(t, "Tong"), old="Tong", new="Tổng", source="auto", confidence=0.9),
        Correction(*span(t, "1.l66"), old="1.l66", new="1.166", source="user", when="2026-11-29T10:15:00+00:00"),
    ]
    return Document(
        source=SourceInfo(file=file, sha256="ab" * 32, encoding="utf-8", lines=t.count("\n")),
        text=t, metadata=md, outline=[part1, part2], metrics=metrics, references=references, checks=checks,
        corrections=corrections, verified={"m1", f"node@{i1.start}"})


def test_spans_point_at_what_they_name():
    doc = make_doc()
    for m in doc.metrics:
        assert doc.text[m.start:m.end] == m.text
        assert doc.line_of(m.start) == m.line
    for c in doc.corrections:
        assert doc.text[c.start:c.end] == c.old
    assert [c.start for c in doc.corrections] == sorted(c.start for c in doc.corrections)


def test_outline_nodes_nest_inside_their_parents():
    doc = make_doc()
    for parent in doc.nodes():
        for child in parent.children:
            assert parent.start <= child.start < child.end <= parent.end
            assert child.level == parent.level + 1
