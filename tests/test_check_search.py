"""Sums and ratios read from the wording of a sentence (parser/check_search.py)."""
import pytest

from parser.pipeline import analyse_text

HEAD = "BÁO CÁO\nKết quả công tác quý I năm 2023\nI. KẾT QUẢ\n1. Nội dung\n"
TAIL = "\n2. Khác\nKhông có.\n"


def checks_of(line: str):
    return [(c.kind, c.total, sorted(c.parts), c.percent, c.part, c.whole, c.holds)
            for c in analyse_text(HEAD + line + TAIL).checks]


@pytest.mark.parametrize("line, total, parts", [
    ("- Toàn huyện có 640 nhóm, lớp (mầm non 150 nhóm, lớp; tiểu học 300 lớp; trung học cơ sở 190 lớp).",
     640, [150, 190, 300]),
    ("- Có 96 học sinh đạt giải cấp tỉnh, gồm 10 giải nhất, 26 giải nhì, 30 giải ba và 30 giải khuyến khích.",
     96, [10, 26, 30, 30]),
    ("- Tiếp nhận 52 đơn, đã giải quyết 47 đơn; còn 05 đơn đang xem xét.", 52, [5, 47]),
])
def test_breakdowns_in_the_genre_s_wordings_are_sums(line, total, parts):
    assert ("sum", total, parts, None, None, None, True) in checks_of(line)


def test_a_nested_breakdown_is_its_part_s_own_sum_not_more_parts():
    found = checks_of("- Toàn huyện có 40 trường, gồm: 15 trường mầm non (12 công lập, 03 tư thục), "
                      "16 trường tiểu học, 09 trường trung học cơ sở.")
    assert ("sum", 40, [9, 15, 16], None, None, None, True) in found
    assert ("sum", 15, [3, 12], None, None, None, True) in found
    assert not [c for c in found if not c[-1]]          # no false alarm from a flattened list


@pytest.mark.parametrize("line, percent, part, whole", [
    ("- Có 2.310 trẻ được tiêm chủng đầy đủ trên tổng số 2.400 trẻ trong độ tuổi, đạt 96,25%.", 96.25, 2310, 2400),
    ("- Tiếp nhận 2.500 hồ sơ, đã giải quyết đúng hạn 2.450 hồ sơ, đạt 98%.", 98, 2450, 2500),
    ("- Thu ngân sách 7.200 triệu đồng, đạt 120,0% dự toán huyện giao (6.000 triệu đồng).", 120, 7200, 6000),
    ("- Xảy ra 60 vụ phạm pháp hình sự, giảm 15 vụ, tương ứng giảm 20% so với cùng kỳ (75 vụ).", 20, 15, 75),
])
def test_a_percentage_with_its_part_and_whole_in_the_sentence_is_a_ratio(line, percent, part, whole):
    assert ("ratio", None, [], percent, part, whole, True) in checks_of(line)


@pytest.mark.parametrize("line, wrong", [
    ("- Toàn huyện có 640 nhóm, lớp (mầm non 150 nhóm, lớp; tiểu học 310 lớp; trung học cơ sở 190 lớp).", "sum"),
    ("- Có 2.310 trẻ được tiêm chủng đầy đủ trên tổng số 2.400 trẻ trong độ tuổi, đạt 93,1%.", "ratio"),
    ("- Thu ngân sách 7.200 triệu đồng, đạt 110,0% dự toán huyện giao (6.000 triệu đồng).", "ratio"),
])
def test_a_misreported_figure_fails_where_the_wording_fixes_the_relation(line, wrong):
    failing = [c for c in analyse_text(HEAD + line + TAIL).checks if not c.holds]
    assert [c.kind for c in failing] == [wrong]
    assert failing[0].suspect and "không khớp" in failing[0].message


@pytest.mark.parametrize("line", [
    "- Giải ngân 45 tỷ đồng, đạt 85% kế hoạch; cấp 12 giấy phép.",
    "- Có 96 học sinh đạt giải cấp tỉnh, gồm 10 giải nhất, 26 giải nhì.",     # a partial list
    "- Tiếp nhận 52 đơn, đã giải quyết 40 đơn; còn 05 đơn đang xem xét.",     # others withdrawn
])
def test_no_alarm_where_nothing_fixes_the_relation(line):
    assert not [c for c in analyse_text(HEAD + line + TAIL).checks if not c.holds]


def test_a_list_opening_its_own_sentence_breaks_down_the_sentence_before():
    line = ("- Xảy ra 68 vụ phạm pháp hình sự, giảm 07 vụ so với cùng kỳ (75 vụ). Trong đó: trộm cắp tài sản\n"
            "31 vụ; cố ý gây thương tích 14 vụ; lừa đảo 09 vụ; các loại tội phạm khác 14 vụ.")
    assert ("sum", 68, [9, 14, 14, 31], None, None, None, True) in checks_of(line)


def test_a_resolution_rate_is_checked_against_the_cases_received():
    line = "- Tiếp nhận 38 đơn thư, đã giải quyết 35 đơn, đạt 93,1%; còn 03 đơn đang xác minh."
    assert ("ratio", None, [], 93.1, 35, 38, False) in checks_of(line)
    assert ("sum", 38, [3, 35], None, None, None, True) in checks_of(line)


def test_a_whole_stated_in_an_earlier_sentence():
    text = ("- Tổng số cán bộ, giáo viên: 1.685 người, trong đó cán bộ quản lý 96 người, giáo viên 1.352 người, "
            "nhân viên 237 người.\n- Số giáo viên đạt chuẩn là 1.318 người, đạt tỷ lệ 97,49%.")
    assert ("ratio", None, [], 97.49, 1318, 1352, True) in checks_of(text)


def test_a_share_of_figures_counting_different_things():
    line = "- Thu nhận 52.316 hồ sơ định danh điện tử, đã kích hoạt 47.905 tài khoản, đạt 91,6%."
    assert ("ratio", None, [], 91.6, 47905, 52316, True) in checks_of(line)
