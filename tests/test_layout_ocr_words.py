"""Structure words as OCR prints them: "No1 nhan:" opens the recipients, "PHẦN THU HA1" the
second part."""
from parser.pipeline import analyse_text

REPORT = """SỞ CÔNG THƯƠNG
Số: 86/BC-SCT

BÁO CÁO
Tình hình hoạt động quý I năm 2025

PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NHIỆM VỤ
1. Sản xuất công nghiệp
Chỉ số sản xuất tăng 8,6%.

PHẦN THU HA1
NHIỆM VỤ TRỌNG TÂM QUÝ II
1. Tập trung tháo gỡ khó khăn cho doanh nghiệp.

No1 nhan:                                              KT. GIÁM ĐỐC
- Bộ Công Thương (b/c);                                 PHÓ GIÁM ĐỐC
- Lưu: VT.
                                                       Võ Thị Thanh Nhàn
"""


def test_a_garbled_ordinal_word_still_opens_a_part():
    doc = analyse_text(REPORT)
    assert [n.path for n in doc.outline] == ["I", "II"]
    assert [c.path for c in doc.outline[1].children] == ["II.1"]


def test_recipients_head_printed_no1_nhan_opens_the_recipients():
    doc = analyse_text(REPORT)
    assert [doc.text[r.start:r.end] for r in doc.metadata.recipients] == ["Bộ Công Thương (b/c)", "Lưu: VT"]
    name = doc.metadata.fields["signer_name"]
    assert doc.text[name.start:name.end] == "Võ Thị Thanh Nhàn"


def test_part_one_printed_1_under_a_lettered_part_is_roman_when_ii_follows():
    text = ("BÁO CÁO\nTình hình quý III năm 2024\n\nA. KẾT QUẢ THỰC HIỆN\nI. LĨNH VỰC KINH TẾ\nNội dung.\n"
            "II. LĨNH VỰC XÃ HỘI\nNội dung.\n\nB. NHIỆM VỤ QUÝ IV\n1. LĨNH VỰC KINH TẾ\nNội dung.\n"
            "1I. LĨNH VỰC XÃ HỘI\nNội dung.\n")
    doc = analyse_text(text)
    assert [c.path for c in doc.outline[1].children] == ["B.I", "B.II"]
