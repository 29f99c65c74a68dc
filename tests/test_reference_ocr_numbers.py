"""Cited numbers as OCR prints them: the slash read as "l", a hyphen as "~", an S as 8; a law
cited by name and number is one reference."""
import pytest
from hypothesis import given, settings, strategies as st

from report_snippet import in_report


def refs(line: str):
    return [(r.type, r.number) for r in in_report(line).references]


@pytest.mark.parametrize("line, ref", [
    ("Triển khai Kế hoạch số 96lKH-UBND ngày 02/3/2025 của UBND huyện.", ("Kế hoạch", "96/KH-UBND")),
    ("Thực hiện Quyết định số 2150/QD~UBND ngày 10/11/2024.", ("Quyết định", "2150/QD-UBND")),
    ("Theo Kế hoạch số 97/KH-8TNMT ngày 05/8/2023.", ("Kế hoạch", "97/KH-STNMT")),
    ("Xử phạt theo Nghi dinh sé 100l2019/NB-CP ngay 30/12/2019.", ("Nghị định", "100/2019/NĐ-CP")),
    ("Tiếp tục thực hiện Nghi quyét sd 24-NQlTW cua Ban Chap hanh Trung uong.", ("Nghị quyết", "24-NQ/TW")),
    # a code with lower-case letters after its capital, and the types "Chương trình" and "Quy chế"
    ("Thực hiện Chuong trinh sd 07-CTr/TU ngay 06/01/2023 của Tỉnh ủy.", ("Chương trình", "07-CTr/TU")),
    ("Ban hành Quy chế số 12-QC/HU ngày 10/3/2024 của Huyện ủy.", ("Quy chế", "12-QC/HU")),
])
def test_garbled_numbers_are_read_back(line, ref):
    assert ref in refs(line)


def test_a_law_by_name_and_number_is_one_reference():
    assert refs("Căn cứ Luật Đất đai số 45/2013lQH13 ngày 29/11/2013; Nghị định số 43/2014/NĐ-CP.") == [
        ("Luật", "45/2013/QH13"), ("Nghị định", "43/2014/NĐ-CP")]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789lIKHĐ/ -a\n2019", max_size=30))
def test_misread_slashes_are_found_as_by_the_pattern(text):
    from parser.references import _SLASH_READ_AS_L, _misread_slashes
    assert _misread_slashes(text) == [m.start() for m in _SLASH_READ_AS_L.finditer(text)]
