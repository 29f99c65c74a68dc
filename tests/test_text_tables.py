"""Tables printed as text whose header names one unit per column."""
from report_snippet import in_report

TWO_COLUMNS = """Kết quả tiếp nhận tại các điểm giao dịch như sau:

Điểm giao dịch                         Hồ sơ           Lượt người
Trung tâm Phục vụ hành chính công      : 4.216         9.870
Bộ phận một cửa thị xã                 : 1.385         2.904
"""

HEADER_WITH_A_PERIOD = """Kết quả thu ngân sách như sau:

Nội dung thu                 Dự toán        Ước TH 9 tháng
Thu nội địa                  : 1.250        904
"""


def units_of(body: str) -> dict:
    return {m.value: m.unit for m in in_report(body).metrics}


def test_each_figure_takes_its_column_noun_from_the_header():
    units = units_of(TWO_COLUMNS)
    assert units[4216] == "hồ sơ" and units[1385] == "hồ sơ"
    assert units[9870] == "lượt người" and units[2904] == "lượt người"


def test_a_header_cell_that_is_no_noun_gives_no_unit():
    units = units_of(HEADER_WITH_A_PERIOD)
    assert units[1250] is None and units[904] is None


REVENUE = """Kết quả một số khoản thu chủ yếu như sau:

                                                Đơn vị tính: tỷ đồng
TT   Nội dung thu                     Dự toán     Ước TH 9 tháng    Tỷ lệ (%)
1    Thu từ doanh nghiệp nhà nước      320,0         241,6             75,5
2    Thu từ khu vực ngoài quốc doanh   640,0         422,4             66,0
3    Lệ phí trước bạ                   150,0         118,5             79,0
"""


def checks_of(body: str) -> list:
    return [(c.kind, c.holds, c.percent, c.part, c.whole) for c in in_report(body).checks if c.kind == "ratio"]


def test_a_table_without_colons_gives_its_cells_their_column_units():
    doc = in_report(REVENUE)
    got = {m.value: m.unit for m in doc.metrics}
    assert got[320.0] == "tỷ đồng" and got[241.6] == "tỷ đồng"      # "Đơn vị tính"
    assert got[75.5] == "%" and got[79.0] == "%"                      # "Tỷ lệ (%)"
    assert 9 not in got and 1 not in got and 3 not in got             # a caption, row numbers


def test_a_share_column_is_checked_row_by_row():
    ratios = checks_of(REVENUE)
    assert ("ratio", True, 75.5, 241.6, 320.0) in ratios
    assert ("ratio", True, 79.0, 118.5, 150.0) in ratios


def test_a_share_column_catches_a_misread_cell():
    misread = REVENUE.replace("422,4 ", "482,4 ")
    assert ("ratio", False, 66.0, 482.4, 640.0) in checks_of(misread)


def test_a_comparison_column_is_no_share_of_the_columns():
    crops = """Cây trồng          Diện tích (ha)    Sản lượng (tấn)    So cùng kỳ (%)
Vải thiều              12.450          98.300              92,4
Lúa cả năm              3.980          20.110             101,2
"""
    doc = in_report(crops)
    assert {m.value: m.unit for m in doc.metrics}[12450] == "ha"
    assert {m.value: m.unit for m in doc.metrics}[20110] == "tấn"
    assert not [c for c in doc.checks if c.kind == "ratio"]


def test_rows_of_a_total_and_its_bulleted_groups_add_up():
    awards = """Hình thức khen thưởng                                 Số lượng
Tổng số                                                  1.250
Khen thưởng cấp Nhà nước                                    50
   + Huân chương Lao động                                   20
   + Bằng khen của Thủ tướng Chính phủ                      30
Khen thưởng cấp tỉnh                                     1.200
   + Bằng khen của Chủ tịch UBND tỉnh                      900
   + Tập thể lao động xuất sắc                             300
"""
    sums = {(c.total, tuple(sorted(c.parts)), c.holds) for c in in_report(awards).checks if c.kind == "sum"}
    assert (1250, (50, 1200), True) in sums
    assert (50, (20, 30), True) in sums
    assert (1200, (300, 900), True) in sums


from hypothesis import given, settings, strategies as st  # noqa: E402

from parser.text_tables import _lines_with_gaps  # noqa: E402


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab1 :\t\n", max_size=60))
def test_the_lines_with_gaps_are_those_a_scan_of_every_line_finds(text):
    lines, pos = [], 0
    for line in text.split("\n"):
        if ":" in line or "  " in line or "\t" in line:
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    assert _lines_with_gaps(text) == lines


COURT = """Kết quả thụ lý, giải quyết từng loại án như sau:

                                         Pon vi tinh: vu, viéc
Loại án                      Thụ lý      Giải quyết     Tỷ lệ (%)
Hình sự                         120          116         96,67
Dân sự                          240          210         87,50
Hành chính                       06           05         83,33
Tổng cộng                       366          331         90,44
"""


def test_a_unit_line_with_its_dj_misread_and_a_closing_total_row():
    doc = in_report(COURT)
    got = {m.value: m.unit for m in doc.metrics}
    assert got[120] == "vụ, việc" and got[366] == "vụ, việc" and got[96.67] == "%"
    sums = {(c.total, tuple(sorted(c.parts)), c.holds) for c in doc.checks if c.kind == "sum"}
    assert (366, (6, 120, 240), True) in sums and (331, (5, 116, 210), True) in sums


def test_a_share_of_total_column_is_each_row_over_the_total_row():
    aid = """Giải ngân lũy kế như sau:

                                                   Đơn vị tính: USD
Lĩnh vực                          Giá trị giải ngân      Tỷ trọng (%)
Y tế                              :         250.000            25,0
Giáo dục, đào tạo                 :         350.000            35,0
Lĩnh vực khác                     :         400.000            40,0
Tổng cộng                         :       1.000.000           100
"""
    ratios = checks_of(aid)
    assert ("ratio", True, 25.0, 250000, 1000000) in ratios
    assert ("ratio", True, 40.0, 400000, 1000000) in ratios


STATISTICS = """II. KẾT QUẢ

1. Công tác tổng hợp

Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2023:

Chỉ tiêu                                Đơn vị tính   6 tháng   So cùng kỳ (%)
1. Tổng giá trị sản xuất                   tỷ đồng     8.400,0        106,2
 - Nông nghiệp                             tỷ đồng     2.100,0        101,5
 - Công nghiệp, xây dựng                   tỷ đồng     6.300,0        108,0
2. Lao động được tạo việc làm mới          người         1.520        102,4

2. Công tác tổ chức cán bộ

Đủ biên chế.
"""


def test_numbered_table_rows_are_no_headings_and_take_their_unit_column():
    doc = in_report(STATISTICS)
    titles = [doc.text[n.title_start:n.title_end] for top in doc.outline for n in top.walk() if n.path]
    assert "Công tác tổ chức cán bộ" in titles
    assert not [t for t in titles if t.startswith(("Tổng giá trị", "Lao động"))]
    got = {m.value: m.unit for m in doc.metrics}
    assert got[8400.0] == "tỷ đồng" and got[1520] == "người" and got[106.2] == "%"
    assert 2 not in got and 6 not in got


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["0", "00", "0,0", "12", "1.200", "45,5"]),
                          st.sampled_from(["0", "0,0", "30", "600", "12,5"]),
                          st.sampled_from(["0", "100", "50,0", "0,0"])), min_size=2, max_size=4))
def test_tables_and_shares_with_zero_cells_never_raise(rows):
    body = ("Kết quả như sau:\n\n                                  Đơn vị tính: hồ sơ\n"
            "Nội dung                 Kế hoạch      Thực hiện     Tỷ lệ (%)\n"
            + "".join(f"Nhóm số {k + 1}          {a}      {b}      {c}\n" for k, (a, b, c) in enumerate(rows))
            + "Tổng cộng                0      0      0\n\nĐã giải quyết 0 hồ sơ, đạt 0% số hồ sơ tiếp nhận.\n")
    doc = in_report(body)
    assert all(c.kind in ("sum", "ratio", "running_total") for c in doc.checks)
