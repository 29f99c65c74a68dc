"""A breakdown's cue word as OCR prints it ("trong dé", "trong d¢6", "gdm") still opens the
breakdown, and a word that only looks like one does not."""
import pytest

from report_snippet import in_report


def sums_of(line: str):
    return [(c.total, sorted(c.parts), c.holds) for c in in_report(line).checks if c.kind == "sum"]


@pytest.mark.parametrize("line", [
    "- Da kiem tra 412 co so san xuat, kinh doanh thyc pham, trong dé 371 co s& dat yéu cau; 41 co s& vi pham.",
    "- Da kiem tra 412 co so san xuat, kinh doanh thyc pham, trong d¢6 371 co s& dat yéu cau; 41 co s& vi pham.",
    "- Da kiem tra 412 co so san xuat, kinh doanh thyc pham, trong doé 371 co s& dat yéu cau; 41 co s& vi pham.",
])
def test_trong_do_garbled_by_ocr_opens_a_breakdown(line):
    assert (412, [41, 371], True) in sums_of(line)


def test_gom_garbled_by_ocr_opens_a_breakdown():
    line = "- Co 142 hoc sinh dat giai, gdm 12 giai nhat, 28 giai nhi, 45 giai ba va 57 giai khuyén khich."
    assert (142, [12, 28, 45, 57], True) in sums_of(line)


def test_a_lead_list_garbled_by_ocr_is_checked_against_the_sentence_before():
    line = ("- Xay ra 64 vu pham phap hinh sw (cung ky 75 vu). Trong d6: trom cap tai san 31 vu; "
            "c6 y gay thuong tich 14 vu; lira dao 9 vu; khac 10 vu.")
    assert (64, [9, 10, 14, 31], True) in sums_of(line)


def test_a_word_that_only_starts_like_the_cue_opens_nothing():
    line = "- Da kiem tra 412 co so, trong dem 371 co so dat yeu cau; 41 co so vi pham."
    assert not [s for s in sums_of(line) if s[0] == 412]


def test_a_list_after_figures_of_other_kinds_is_the_totals_own_kind():
    line = ("- Cấp giấy chứng nhận đầu tư cho 27 dự án với tổng vốn đăng ký 486,3 triệu USD, gồm 19 dự án "
            "nước ngoài với 412,8 triệu USD và 08 dự án trong nước với 73,5 triệu USD.")
    found = sums_of(line)
    assert (27, [8, 19], True) in found and (486.3, [73.5, 412.8], True) in found


def test_shares_between_the_total_and_its_list_are_skipped():
    line = ("- Diện tích gieo trồng đạt 18.460 ha, bằng 101,2% kế hoạch, tăng 2,4% so với cùng kỳ; trong đó "
            "rau các loại 9.820 ha, hoa 1.150 ha, cây lương thực 4.630 ha, cây trồng khác 2.860 ha.")
    assert (18460, [1150, 2860, 4630, 9820], True) in sums_of(line)


def test_kinds_of_a_total_are_its_parts():
    line = ("- Tiếp nhận 31 đơn thư, trong đó 19 đơn kiến nghị, phản ánh, 08 đơn khiếu nại và 04 đơn tố cáo; "
            "đã giải quyết 22 đơn.")
    assert (31, [4, 8, 19], True) in sums_of(line)


def test_a_long_phrase_after_the_total_still_reaches_its_list():
    line = ("- Cấp 1.247 giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với "
            "đất, gồm 1.085 giấy chứng nhận cho hộ gia đình, cá nhân và 162 giấy chứng nhận cho tổ chức.")
    assert (1247, [162, 1085], True) in sums_of(line)


def checks_of(text: str):
    return in_report(text).checks


def test_a_cue_ending_its_line_introduces_the_bulleted_lines_below():
    text = ("Giá trị sản xuất công nghiệp ước đạt 14.862 tỷ đồng, đạt 22,4% kế hoạch năm, téng 9,1% so với "
            "cùng kỳ; trong đó:\n\n- Khai khoáng: 312 tỷ đồng;\n- Chế biến, chế tạo: 13.905 tỷ\nđồng;\n"
            "- Điện: 498 tỷ đồng;\n- Nước, rác thải: 147 tỷ đồng.\nMột số sản phẩm tăng 20 tỷ đồng.")
    sums = [(c.total, sorted(c.parts), c.holds) for c in checks_of(text) if c.kind == "sum"]
    assert (14862, [147, 312, 498, 13905], True) in sums


def test_a_plan_in_brackets_between_total_and_list_is_no_rival_total():
    text = ("- Tổng thu ngân sách ước đạt 3.286 triệu đồng, đạt 68,5% dự toán (4.800 triệu đồng), gồm: thu thuế\n"
            "1.452 triệu đồng; thu phí 318 triệu đồng; thu khác 1.516 triệu đồng.")
    assert (3286, [318, 1452, 1516], True) in sums_of(text)


def test_a_wrapped_line_opening_with_a_number_continues_the_sentence():
    text = "- Tổng vốn huy động 2.846 tỷ đồng, gồm ngân sách nhà nước\n1.932 tỷ đồng và vốn khác 914 tỷ đồng."
    assert (2846, [914, 1932], True) in sums_of(text)


@pytest.mark.parametrize("text", [
    "- Giá khởi điểm 412,7 tỷ đồng, giá trúng 538,9 tỷ đồng, chênh lệch 126,2 tỷ\nđồng, tăng 30,6% so với giá khởi điểm.",
    "- Gỗ tinh chế đạt 52.400 m3, tăng 6,8%; tinh bột sắn đạt 38.150 tấn, ting 10,3%.",
])
def test_a_change_is_not_a_share_of_the_figure_before(text):
    assert not [c for c in checks_of(text) if c.kind == "ratio" and not c.holds]


def test_a_list_announced_by_gom_colon_is_complete_and_may_fail():
    text = ("- Tổng chi ngân sách 8 tháng là 2.957 triệu đồng, gồm: chi thường xuyên\n2.415 triệu đồng; "
            "chi đầu tư phát triển 486 triệu đồng.")
    assert (2957, [486, 2415], False) in sums_of(text)
    # "trong đó" lists some parts only: no alarm when they fall short
    assert not [s for s in sums_of(text.replace("gồm:", "trong đó:")) if not s[2]]


def test_parts_of_other_kinds_that_add_up_exactly_are_a_sum():
    text = ("- Tiếp nhận và giải quyết 146 hồ sơ thủ tục hành chính, 100% đúng hạn; trong\nđó: 58 giấy phép bán lẻ "
            "rượu, 37 giấy phép bán lẻ thuốc lá, 51 giấy chứng nhận an toàn thực phẩm.")
    assert (146, [37, 51, 58], True) in sums_of(text)


def test_the_outcomes_of_cases_received_add_up_to_them():
    text = ("Tiếp nhận 4.518 hồ sơ yêu cầu cấp Phiếu lý lịch tư pháp; đã cấp 4.392 Phiếu,\ntừ chối cấp 11 hồ sơ, "
            "đang giải quyết 115 hồ sơ.")
    assert (4518, [11, 115, 4392], True) in sums_of(text)


def test_a_list_after_a_short_phrase_and_colon_breaks_down_the_sentence_before():
    text = ("Số vụ việc thuộc thẩm quyền là 84 vụ việc, đã giải quyết 76 vụ việc. Qua giải quyết: khiếu nại "
            "đúng 09 vụ việc, khiếu nại sai 52 vụ việc, có đúng có sai 15 vụ việc.")
    assert (76, [9, 15, 52], True) in sums_of(text)


def test_a_resolution_rate_is_of_the_cases_of_its_kind_before():
    text = "Số vụ việc thuộc thẩm quyền là 84 vụ việc, đã giải quyết 76 vụ việc,\nđạt 92,5%."
    ratios = [(c.percent, c.part, c.whole, c.holds) for c in checks_of(text) if c.kind == "ratio"]
    assert ratios == [(92.5, 76, 84, False)]


def test_a_list_after_a_semicolon_breaks_down_the_figure_before_it():
    text = ("Số vụ việc tố cáo thuộc thẩm quyền là 23 vụ việc, đã giải quyết 21 vụ việc;\ntrong đó tố cáo đúng 03 "
            "vụ việc, tố cáo sai 14 vụ việc, tố cáo có đúng, có sai\n04 vụ việc.")
    assert (21, [3, 4, 14], True) in sums_of(text)


def test_a_difference_beside_its_two_figures_is_a_sum():
    text = ("Các tổ chức đấu giá đã tổ chức 356 cuộc; tổng giá khởi điểm\n412,7 tỷ đồng, tổng giá trúng đấu giá "
            "538,9 tỷ đồng, chénh 1éch 126,2 tỷ\nđồng, tăng 30,6% so với giá khởi điểm.")
    assert (538.9, [126.2, 412.7], True) in sums_of(text)


def test_received_printed_nh1an_is_a_caseload():
    text = ("- Bo phan tiép nhan va tra két qua cuia xa tiép nh1an 1.864 hd so thu tuc hanh chinh, da\n"
            "giai quyét ding han 1.859 ho so, dat 99,73%; con 05 ho so dang trong han giai quyét.")
    assert (1864, [5, 1859], True) in sums_of(text)


def test_each_bullet_gives_its_first_figure_of_the_kind_as_a_part():
    text = ("Số người tham gia BHXH là 248.615 người, đạt 97,5% kế hoạch, trong đó:\n"
            "- BHXH bắt buộc: 186.304 người, tăng 3.912 người so với cùng kỳ;\n"
            "- BHXH tự nguyện: 62.311 người, tăng 5.487 người so với cùng kỳ.")
    assert (248615, [62311, 186304], True) in sums_of(text)


def test_lettered_items_after_a_cue_and_a_few_words_are_its_list():
    text = ("Số người tham gia BHYT là 1.387.240 người, tỷ lệ bao phủ đạt 93,2% dân số,\ngồm các nhóm:\n"
            "a) Nhóm do người lao động đóng: 214.870 người;\nb) Nhóm do ngân sách đóng: 512.638 người;\n"
            "c) Nhóm hộ gia đình: 659.732 người.")
    assert (1387240, [214870, 512638, 659732], True) in sums_of(text)


def test_parts_split_by_stage_must_make_their_total():
    text = ("b) Nhà ở xã hội: toàn tỉnh có 05 dự án với tổng số 1.870 căn, trong\nđó đã hoàn thành 620 căn, "
            "đang xây dựng 1.150 căn, chưa khởi công 120 căn.")
    assert (1870, [120, 620, 1150], False) in sums_of(text)
    # parts that share no stage may overlap ("trong đó 80 nữ, 60 đảng viên"): no alarm
    assert not [s for s in sums_of("- Có 120 người, trong đó 80 nữ, 60 đảng viên.") if not s[2]]
