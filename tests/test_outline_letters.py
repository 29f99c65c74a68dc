"""Lettered items follow the Vietnamese alphabet, where đ comes after d: an OCR'd "đ)" prints as "d)"."""
from parser.model import apply_corrections
from parser.pipeline import analyse_text
from parser.structure_fixes import structure_corrections

REPORT = """BÁO CÁO
Kết quả công tác năm 2022
I. KẾT QUẢ
1. Lĩnh vực kinh tế
a) Nông nghiệp: gieo trồng 1.250 ha.
b) Công nghiệp: 12 cơ sở.
c) Thương mại: 3 chợ.
d) Tài chính: thu ngân sách 4.500 triệu đồng.
d) Đất đai: cấp 215 giấy chứng nhận.
e) Môi trường: thu gom 40 tấn rác.
2. Lĩnh vực xã hội
"""


def paths(doc):
    return [n.path for n in doc.nodes() if n.path]


def test_a_second_d_is_the_letter_after_d():
    doc = analyse_text(REPORT)
    assert paths(doc) == ["I", "I.1", "I.1.a", "I.1.b", "I.1.c", "I.1.d", "I.1.đ", "I.1.e", "I.2"]
    e = next(n for n in doc.nodes() if n.path == "I.1.e")
    assert not e.warnings                      # e) follows đ) in sequence


def test_the_corrected_text_prints_the_restored_letter():
    doc = analyse_text(REPORT)
    fixed = apply_corrections(doc.text, structure_corrections(doc))
    assert "\nđ) Đất đai" in fixed and "\nd) Tài chính" in fixed


def test_a_single_d_stays_d():
    doc = analyse_text(REPORT.replace("d) Đất đai: cấp 215 giấy chứng nhận.\n", ""))
    assert "I.1.đ" not in paths(doc) and "I.1.d" in paths(doc)
