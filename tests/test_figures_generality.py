"""Figures beyond the sample's wording: nouns read right are not swapped for a lexicon unit that
looks alike, and a count grouped in thousands after "năm" is a count, not a year."""
import pytest

from report_snippet import in_report


def figures(line: str):
    return [(m.value, m.unit) for m in in_report(line).metrics]


@pytest.mark.parametrize("line, value, unit", [
    ("- Toàn tỉnh có 1.164 bác sĩ công tác tại các tuyến.", 1164, "bác sĩ"),
    ("- Khen thưởng 12 tập thể có thành tích xuất sắc.", 12, "tập thể"),
    ("- Hỗ trợ xây dựng 05 căn nhà đại đoàn kết.", 5, "căn nhà"),
    ("- Kiểm tra 26 mặt hàng thiết yếu.", 26, "mặt hàng"),
    ("- Khen thưởng 30 cá nhân.", 30, "cá nhân"),
    ("- Lấy 145 mẫu thuốc để kiểm tra chất lượng.", 145, "mẫu"),
    ("- Thành lập mới 03 hợp tác xã nông nghiệp.", 3, "hợp tác xã"),
    ("- Có 12 vận động viên đạt huy chương.", 12, "vận động viên"),
    ("- Có 18 trạm y tế đạt chuẩn quốc gia.", 18, "trạm y tế"),
    ("- Xây mới 40 nhà vệ sinh cho các trường.", 40, "nhà vệ sinh"),
    ("- Tiêm 12.500 mũi vắc xin phòng bệnh.", 12500, "mũi"),
])
def test_a_noun_printed_with_its_marks_is_not_another_unit(line, value, unit):
    assert (value, unit) in figures(line)


def test_an_ocr_slip_of_a_vowel_still_finds_the_unit():
    assert (16, "cơ sở") in figures("- Kiểm tra tại 16 cơ sé kinh doanh xăng dầu.")


def test_a_count_in_thousands_after_nam_is_a_figure():
    assert (3210, "ha") in figures("- Tổng diện tích gieo trồng cả năm 3.210 ha, đạt 101,2% kế hoạch.")
    assert not [v for v, _ in figures("- Trong năm 2023 đã triển khai.") if v == 2023]
