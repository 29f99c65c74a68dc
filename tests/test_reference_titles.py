"""A cited document reads in the tree and the workbook as its type and number, or by its
name up to the end of its clause when it was cited without a number."""
from openpyxl import load_workbook

from parser.export import export_files
from parser.model import RawView
from parser.pipeline import analyse_text
from parser.render import reference_title

REPORT = """UBND TỈNH AN GIANG
SỞ XÂY DỰNG
Số: 12/BC-SXD

BÁO CÁO
Kết quả công tác tháng 3 năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Công tác tuyên truyền
Tuyên truyền Luật Xây dựng năm 2014 và các văn bản hướng dẫn; Luật phòng, chống thiên tai; thực hiện Công văn số 45/UBND-KT ngày 02/3/2023 của UBND tỉnh.
"""


def titles(text: str) -> list[str]:
    doc = analyse_text(text)
    return [reference_title(r, doc.text, RawView(doc.text)) for r in doc.references]


def test_a_law_cited_by_name_reads_as_its_name_up_to_its_year_or_clause():
    assert titles(REPORT) == ["Luật Xây dựng năm 2014", "Luật phòng, chống thiên tai", "Công văn 45/UBND-KT"]


def test_a_name_at_the_end_of_the_text_or_a_paragraph_stops_there():
    assert titles(REPORT.rstrip() + " Luật Đất đai")[-1] == "Luật Đất đai"
    cut = REPORT.replace("Luật phòng, chống thiên tai;", "Luật phòng, chống\n\nthiên tai;")
    assert titles(cut)[1] == "Luật phòng, chống"


def test_the_workbook_lists_the_name_of_a_document_cited_without_a_number(tmp_path):
    source = tmp_path / "bc.txt"
    source.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "bc.xlsx"
    export_files([source], out)
    ws = load_workbook(out)["Văn bản dẫn chiếu"]
    assert ws.cell(1, 8).value == "Tên văn bản (khi không ghi số)"
    assert [ws.cell(row, 8).value for row in range(2, 5)] == ["Luật Xây dựng năm 2014", "Luật phòng, chống thiên tai",
                                                               None]
