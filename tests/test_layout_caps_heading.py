"""A heading in capitals is never continued by a line in small letters, even when the OCR
lowered the first capital of the paragraph under it."""
from parser.pipeline import analyse_text

REPORT = """BÁO CÁO
Kết quả công tác năm 2022
I. KẾT QUẢ
Trong năm đã hoàn thành 12 chỉ tiêu.
II. BE XUẤT, KIẾN NGHỊ
bé nghị UBND tỉnh quan tâm hỗ trợ kinh phí cho các xã khó khăn
trong năm 2023.
III. PHƯƠNG HƯỚNG
Tiếp tục thực hiện.
"""


def test_the_paragraph_under_a_capitals_heading_stays_out_of_its_title():
    doc = analyse_text(REPORT)
    part = next(n for n in doc.outline if n.path == "II")
    assert doc.text[part.title_start:part.title_end] == "BE XUẤT, KIẾN NGHỊ"
    assert [c.kind for c in part.children] == ["paragraph"]


def test_a_capitals_heading_wrapped_in_capitals_still_joins():
    doc = analyse_text(REPORT.replace("III. PHƯƠNG HƯỚNG\n", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM\nNĂM 2023\n"))
    part = next(n for n in doc.outline if n.path == "III")
    assert " ".join(doc.text[part.title_start:part.title_end].split()) == "PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM NĂM 2023"
