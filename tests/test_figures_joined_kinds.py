"""A count of several kinds named together ("12 cơ quan, đơn vị") has all of them as its unit;
a noun after the comma that labels the next figure, or a measure, is not joined."""
import pytest

from report_snippet import in_report


def figures(line: str):
    return [(m.value, m.unit) for m in in_report(line).metrics]


@pytest.mark.parametrize("line, value, unit", [
    ("- Có 12 cơ quan, đơn vị triển khai phần mềm quản lý văn bản.", 12, "cơ quan, đơn vị"),
    ("- Khen thưởng 11 tổ chức, cá nhân có thành tích.", 11, "tổ chức, cá nhân"),
    ("- Tập huấn cho 1.685 cán bộ, giáo viên, nhân viên toàn ngành.", 1685, "cán bộ, giáo viên, nhân viên"),
    ("- 06 xa, thi tran hoan thanh ke hoach.", 6, "xã, thị trấn"),
])
def test_kinds_named_together_are_one_unit(line, value, unit):
    assert (value, unit) in figures(line)


@pytest.mark.parametrize("line, value, unit", [
    ("- Tuyến tỉnh 148.320 lượt, tuyến huyện 296.415 lượt.", 148320, "lượt"),
    ("- Mầm non 198 nhóm, lớp; tiểu học 402 lớp.", 402, "lớp"),
    ("- Thời gian thực hiện 3 tháng, năm 2023 hoàn thành.", 3, "tháng"),
])
def test_a_noun_of_the_next_figure_or_a_measure_is_not_joined(line, value, unit):
    assert (value, unit) in figures(line)


def test_kinds_before_and_another_count_are_joined():
    assert (12, "cơ quan, đơn vị") in figures("a) Kiem tra 12 co quan, don vi va 06 xa, thi tran ve cai cach hanh chinh.")
