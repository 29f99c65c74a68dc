"""Wordings of sums and ratios found in a new set of reports: parts in brackets after the places
they count, a split by sex, a "Trong đó:" over bulleted lines, a list running over a page break,
children counted as "em" and "trẻ"; and two false alarms that must not come back."""
from report_snippet import in_report


def checks_of(body: str):
    doc = in_report(body)
    return [(c.total, sorted(c.parts), c.holds) if c.kind == "sum" else (c.percent, c.part, c.whole, c.holds)
            for c in doc.checks]


def test_parts_in_brackets_after_each_place():
    body = ("- Trong quý xảy ra 214 vụ cháy rừng, chủ yếu tại huyện Đông Hà (96 vụ), huyện Cam Lộ (71 vụ)"
            " và các địa phương còn lại (47 vụ).")
    assert (214, [47, 71, 96], True) in checks_of(body)


def test_parts_in_brackets_naming_the_rest_may_fail():
    body = ("- Trong quý xảy ra 214 vụ cháy rừng, chủ yếu tại huyện Đông Hà (96 vụ), huyện Cam Lộ (71 vụ)"
            " và các địa phương khác (57 vụ).")
    assert (214, [57, 71, 96], False) in checks_of(body)


def test_places_without_the_rest_only_when_they_add_up():
    body = "- Đã cấp 120 giấy phép, nhiều nhất tại thị xã A (45 giấy phép), huyện B (30 giấy phép)."
    assert not [c for c in checks_of(body) if c[0] == 120]


def test_split_by_sex_in_brackets():
    doc = in_report("Trong kỳ tuyển mới 58 học viên (nam 31, nữ 25), đạt 96% kế hoạch.")
    values = [(m.value, m.unit) for m in doc.metrics]
    assert (31, "học viên") in values and (25, "học viên") in values
    assert (58, [25, 31], False) in [(c.total, sorted(c.parts), c.holds) for c in doc.checks if c.kind == "sum"]


def test_split_by_sex_printed_by_ocr():
    doc = in_report("Trong ky tuyén méi 58 hoc vién (nam 33, nit 25), dat 96% ké hoach.")
    assert {33, 25} <= {m.value for m in doc.metrics}


def test_trong_do_over_bulleted_lines_after_a_full_stop():
    body = ("Tổng chi ngân sách năm đạt 8.412,6 tỷ đồng, bằng 104,2% dự toán. Trong đó:\n"
            "- Chi đầu tư phát triển: 2.906,1 tỷ đồng;\n"
            "- Chi thường xuyên: 5.120,4 tỷ đồng;\n"
            "- Chi khác: 386,1 tỷ đồng.")
    assert (8412.6, [386.1, 2906.1, 5120.4], True) in checks_of(body)


def test_a_list_running_over_a_page_break():
    body = ("- Toàn xã có 842 em học sinh, trong đó mầm non 215 trẻ,\n\n3\n\n"
            "tiểu học 371 em, trung học cơ sở 256 em.")
    assert (842, [215, 256, 371], True) in checks_of(body)


def test_growth_then_a_place_in_brackets_is_no_share():
    body = ("- Ghi nhận 316 ca mắc, tăng 8,4% so với tháng trước, tập trung tại thành phố (120 ca),"
            " huyện Đông (96 ca) và các nơi khác (100 ca).")
    assert not [c for c in checks_of(body) if len(c) == 4 and c[0] == 8.4]


def test_plan_share_takes_the_figure_before_the_bracket():
    body = ("- Thực hiện 640 cuộc kiểm tra (40 cuộc theo kế hoạch, 600 cuộc đột xuất), đạt 106,7% kế"
            " hoạch năm (600 cuộc).")
    found = checks_of(body)
    assert (106.7, 640, 600, True) in found
    assert not [c for c in found if len(c) == 4 and not c[3]]


def test_plan_share_after_a_unit_the_ocr_put_a_digit_in():
    body = ("Giai quyét viéc 1am cho 9.420 1ao ddng, dat 51,2% ké hoach nam (18.400 lao dong), trong do:\n"
            "+ Trong tinh: 5.110 lao dong;\n+ Ngoai tinh: 3.200 lao dong;\n+ Nuéc ngoai: 1.110 lao dong.")
    assert (9420, [1110, 3200, 5110], True) in checks_of(body)


def test_what_is_left_and_what_was_used_make_the_total():
    body = ("Năm 2024 được giao 1.250 biên chế. Số có mặt là 1.198 người, chưa sử dụng 52 biên chế. "
            "Tổ chức thi tuyển cho 40 chỉ tiêu; kết quả trúng tuyển 37 người, còn 03 chỉ tiêu.")
    found = checks_of(body)
    assert (1250, [52, 1198], True) in found and (40, [3, 37], True) in found


def test_a_remainder_that_does_not_add_up_raises_nothing():
    body = "Được giao 1.250 biên chế. Số có mặt là 1.198 người, chưa sử dụng 50 biên chế."
    assert not [c for c in checks_of(body) if c[0] == 1250]


def test_pairs_of_counts_broken_down_by_later_pairs():
    body = ("+ Phát hiện, bắt giữ 26 vụ, 39 đối tượng, tăng 04 vụ so với cùng kỳ;\n"
            "+ Khởi tố 21 vụ, 33 bị can; xử lý vi phạm hành chính 05 vụ, 06 đối tượng.")
    found = checks_of(body)
    assert (26, [5, 21], True) in found and (39, [6, 33], True) in found


def test_pairs_where_only_one_sum_holds_give_nothing():
    body = ("+ Phát hiện, bắt giữ 26 vụ, 39 đối tượng;\n"
            "+ Khởi tố 21 vụ, 30 bị can; xử lý vi phạm hành chính 05 vụ, 06 đối tượng.")
    assert not [c for c in checks_of(body) if c[0] in (26, 39)]


def test_a_lead_list_ending_with_the_rest_may_fail():
    body = ("Kim ngạch xuất khẩu ước đạt 300,5 triệu USD, tăng 9,1% so với cùng kỳ. Cơ cấu xuất khẩu:\n"
            "+ Hàng nông sản: 120,4 triệu USD;\n+ Hàng dệt may: 90,1 triệu USD;\n+ Hàng hóa khác: 80,0 triệu USD.")
    assert (300.5, [80.0, 90.1, 120.4], False) in checks_of(body)


def test_a_lead_list_without_the_rest_that_falls_short_raises_nothing():
    body = ("Kim ngạch xuất khẩu ước đạt 300,5 triệu USD, tăng 9,1% so với cùng kỳ. Trong đó:\n"
            "+ Hàng nông sản: 120,4 triệu USD;\n+ Hàng dệt may: 90,1 triệu USD.")
    assert not [c for c in checks_of(body) if c[0] == 300.5]


def test_parts_in_brackets_after_a_growth_percentage():
    body = ("- Trong tháng ghi nhận 214 ca mắc, tăng 9,1% so với tháng trước, tập trung tại huyện Đông Hà"
            " (96 ca), huyện Cam Lộ (71 ca) và các địa phương còn lại (47 ca).")
    assert (214, [47, 71, 96], True) in checks_of(body)
