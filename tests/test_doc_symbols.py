"""Document numbers: a Đ the OCR read as P or B restored in standard codes, numbers wrapped at a hyphen."""
import pytest

from parser.doc_symbols import restore_lost_dj
from parser.pipeline import analyse_text


@pytest.mark.parametrize("printed, meant", [
    ("43/2011/NP-CP", "43/2011/NĐ-CP"),
    ("1845/QP-UBND", "1845/QĐ-UBND"),
    ("07/NQ-HPND", "07/NQ-HĐND"),
    ("215/PGDPT-VP", "215/PGDĐT-VP"),
    ("32/2018/TT-BGDBT", "32/2018/TT-BGDĐT"),
    ("09/KH-BCB", "09/KH-BCĐ"),
    ("16/2018/TT-BGDbT", "16/2018/TT-BGDĐT"),
])
def test_a_lost_bar_is_restored_in_a_standard_code(printed, meant):
    assert restore_lost_dj(printed) == meant


@pytest.mark.parametrize("number", [
    "1552/BTTTT-CATTT", "05-NQ/TW", "10/BC-UBND", "99/CT-TTg", "45/GDPT", "43/2011/ND-CP", "12/BTP-PBGDPL",
])
def test_other_codes_are_left_as_printed(number):
    assert restore_lost_dj(number) == number


REPORT = """BÁO CÁO
Kết quả công tác quý I năm 2023
I. TÌNH HÌNH
1. Thực hiện Nghị định số 43/2011/NP-CP ngày 13/6/2011 của Chính phủ và Thông tư số 32/2018/TT-
BGDĐT ngày 26/12/2018 của Bộ Giáo dục và Đào tạo.
2. Công văn số 12/UBND-VX ngày 02/3/2023 của UBND huyện về việc báo cáo số liệu tháng 3-
Tổ chức hội nghị.
"""


def test_references_read_through_lost_bars_and_hyphen_wraps():
    refs = {r.number: r for r in analyse_text(REPORT).references}
    assert refs["43/2011/NĐ-CP"].type == "Nghị định"
    wrapped = refs["32/2018/TT-BGDĐT"]
    assert (wrapped.type, wrapped.date) == ("Thông tư", "2018-12-26")
    assert "12/UBND-VX" in refs          # a hyphen before an ordinary word does not join the next line
