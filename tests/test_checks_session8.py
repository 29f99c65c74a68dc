"""Checks a social-insurance and a construction board's report showed missing (session 8): a share
of plan after how much the figure grew, a count after "hằng tháng", and differences stated as such
("tiết kiệm", "giảm trừ") that may fail, unlike a bare "giảm"."""
from report_snippet import in_report, ratios_of, sums_of



def test_a_share_of_plan_is_of_the_figure_not_of_its_growth():
    doc = in_report("- Bảo hiểm xã hội bắt buộc: 8.964 người, tăng 412 người so với cùng kỳ, đạt 96,39% "
                    "kế hoạch giao (9.300 người).\n")
    assert ratios_of(doc) == [(96.39, 8964, 9300, True)]


def test_a_count_after_hang_thang_past_twelve():
    doc = in_report("Giải quyết 64 hồ sơ hưởng mới (hưu trí 51 hồ sơ, tử tuất hằng tháng 13 hồ sơ).\n")
    assert {m.value: m.unit for m in doc.metrics}.get(13) == "hồ sơ"
    assert (64, [13, 51], True) in sums_of(doc)


def test_a_month_is_still_no_figure():
    doc = in_report("Chi trả lương hưu hằng tháng 12 theo kế hoạch cho 310 người.\n")
    assert 12 not in [m.value for m in doc.metrics]


def test_savings_make_the_price():
    doc = in_report("Tổng giá gói thầu 38.615 triệu đồng, tổng giá trúng thầu 37.148 triệu đồng, "
                    "tiết kiệm 1.467 triệu đồng.\n")
    assert (38615, [1467, 37148], True) in sums_of(doc)


def test_a_stated_deduction_that_does_not_make_the_value_fails():
    doc = in_report("Giá trị đề nghị quyết toán 23.418 triệu đồng, giá trị phê duyệt 23.105 triệu đồng, "
                    "giảm trừ 331 triệu đồng.\n")
    assert (23418, [331, 23105], False) in sums_of(doc)


def test_a_bare_fall_may_be_against_another_figure():
    doc = in_report("Thu ngân sách 23.418 triệu đồng, chi 23.105 triệu đồng, giảm 331 triệu đồng.\n")
    assert not [c for c in doc.checks if c.kind == "sum" and not c.holds]


def test_a_share_of_the_total_named_after_it():
    # the whole far back, many figures before (beyond those an unnamed whole is looked for in)
    between = "".join(f"- Khám cho {100 + k} lượt người bệnh tại điểm {k}.\n" for k in range(45))
    doc = in_report("Toàn huyện có 14 trạm y tế xã, thị trấn.\n" + between + "2. Tuyến xã\n"
                    "- Số trạm y tế có bác sĩ làm việc: 11 trạm, đạt 78,6% tổng số trạm;\n")
    assert (78.6, 11, 14, True) in ratios_of(doc)


def test_a_share_named_after_so_voi():
    doc = in_report("Năm 2024 có 64 chỉ tiêu tuyển dụng.\n2. Kết quả\n"
                    "Đã tuyển 61 người, đạt 95,31% so với số chỉ tiêu.\n")
    assert (95.31, 61, 64, True) in ratios_of(doc)


def test_a_rate_of_the_cases_solved_before_the_people_arrested():
    doc = in_report("Phát hiện 14 vụ phạm pháp hình sự.\n2. Kết quả\n"
                    "- Điều tra làm rõ 12 vụ, bắt giữ 19 đối tượng, đạt tỷ lệ 85,71%.\n")
    assert (85.71, 12, 14, True) in ratios_of(doc)


def test_bare_counts_listed_after_a_total_count_its_noun():
    doc = in_report("Tòa án đã giải quyết 168 vụ, việc, đạt 78,5%; cụ thể: công nhận sự thỏa thuận 97, "
                    "đình chỉ 38, đưa ra xét xử 33. Kiểm sát viên tham gia 29 phiên tòa.\n")
    assert {m.value: m.unit for m in doc.metrics if m.value in (97, 38, 33)} == {97: "vụ, việc", 38: "vụ, việc", 33: "vụ, việc"}
    assert (168, [33, 38, 97], True) in sums_of(doc)


def test_a_lone_bare_number_after_a_list_cue_stays_out():
    doc = in_report("Tiếp nhận 45 hồ sơ, cụ thể: theo Điều 12, mục 3 của quy chế.\n")
    assert [m.value for m in doc.metrics] == [45]


ROW_TOTALS = """\
TT  Nội dung                        ĐVT         Cấp ủy      Ủy ban      Tổng số
1   Kiểm tra tổ chức đảng           tổ chức        47          12          59
2   Kiểm tra đảng viên              đảng viên      86          21         107
3   Giám sát tổ chức đảng           tổ chức        38          15          53
4   Giám sát đảng viên              đảng viên      64          27          {last}
"""


def test_a_last_column_totalling_its_row():
    sums = sums_of(in_report(ROW_TOTALS.format(last="91")))
    assert (59, [12, 47], True) in sums and (91, [27, 64], True) in sums
    assert (97, [27, 64], False) in sums_of(in_report(ROW_TOTALS.format(last="97")))


def test_columns_that_only_once_add_up_make_no_row_totals():
    table = ("TT  Chỉ tiêu          Năm 2022    Năm 2023    Năm 2024\n"
             "1   Hồ sơ tiếp nhận       120         130         250\n"
             "2   Hồ sơ giải quyết      110         125         240\n"
             "3   Hồ sơ trễ hạn          10           5          12\n")
    assert not sums_of(in_report(table))


def test_a_share_column_whose_title_wraps_onto_a_second_header_line():
    doc = in_report("""\
                                                          ĐVT: triệu đồng
STT  Khoản thu                          Dự toán      Thực hiện     Tỷ lệ so
                                        năm 2024     6 tháng       dự toán (%)
1    Thu từ doanh nghiệp nhà nước          8.600        4.215       49,01
2    Lệ phí trước bạ                      38.000       21.563       56,74
""")
    assert (49.01, 4215, 8600, True) in ratios_of(doc) and (56.74, 21563, 38000, True) in ratios_of(doc)
    assert 2024 not in [m.value for m in doc.metrics]


def test_a_percentage_of_the_pair_it_rounds_to_before_one_it_truncates():
    doc = in_report("Tiếp nhận 2.874 hồ sơ, đã giải quyết 2.697 hồ sơ, đang giải quyết trong hạn 151 hồ sơ, "
                    "trễ hạn 26 hồ sơ (chiếm 0,9% số hồ sơ tiếp nhận).\n")
    assert (0.9, 26, 2874, True) in ratios_of(doc)


def test_a_first_row_for_the_whole_office_totals_the_rows_under_it():
    doc = in_report("""\
TT  Đơn vị                        Kiểm tra   Vi phạm
    Toàn Cục                         80         62
1   Đội QLTT số 1                    42         33
2   Đội QLTT số 2                    38         29
""")
    assert (80, [38, 42], True) in sums_of(doc) and (62, [29, 33], True) in sums_of(doc)


def test_what_is_still_lacking_after_what_is_held():
    doc = in_report("Tổng biên chế được giao 74 biên chế, hiện có 69 công chức, còn thiếu 05 biên chế.\n")
    assert (74, [5, 69], True) in sums_of(doc)


def test_a_share_whose_part_a_table_above_gives():
    doc = in_report("""\
TT  Nội dung                        ĐVT         Cấp ủy      Ủy ban      Tổng số
1   Kiểm tra tổ chức đảng           tổ chức        47          12          59
2   Kiểm tra đảng viên              đảng viên      86          21         107

Số đảng viên được kiểm tra bằng 2,09% tdng s6 đảng viên toàn Đảng bộ (5.126 đảng viên).
""")
    assert (2.09, 107, 5126, True) in ratios_of(doc)
