"""Units read from a construction board's, a women's union's and a social-insurance office's
reports (session 8): a table header whose units stand alone in brackets on its second line, a
column headed "Số hộ vay", "&" printed for a marked vowel, "triệu đồng chi phí", "đại lý"."""
from report_snippet import in_report, ratios_of, sums_of

from parser.numbers import word_key


def units(body: str) -> dict:
    return {m.text: m.unit for m in in_report(body).metrics}


TWO_LINE_HEADER = """\
STT  Công trình, dự án                 Kế hoạch vốn   Giải ngân    Tỷ lệ
                                       (triệu đồng)  (triệu đồng)   (%)
1    Nâng cấp, mở rộng Đường huyện 24    21.500        19.846      92,31
2    Cầu Bình Phan                       12.600        10.884      86,38
     Cộng                                34.100        30.730      90,12
"""


def test_units_alone_in_brackets_on_a_header_line():
    found = units(TWO_LINE_HEADER)
    assert found["21.500"] == found["19.846"] == found["30.730"] == "triệu đồng"
    assert found["92,31"] == "%"


def test_a_column_counting_a_noun():
    found = units("""\
TT  Chương trình cho vay          Số hộ vay    Dư nợ (triệu đồng)
1   Hộ nghèo                         1.126          58.420
2   Hộ mới thoát nghèo                 412          21.806
""")
    assert found["1.126"] == found["412"] == "hộ"
    assert found["58.420"] == "triệu đồng"


def test_an_ampersand_for_a_marked_vowel():
    assert word_key("tri&u") == "triou" and word_key("x&") == "xo"
    assert word_key("KH&ĐT") == "khdt"          # the "and" of a code stays out
    found = units("Dự toán năm 2019 là 1.286\ntri&u ddng; khảo sát 04 x& vùng cao.\n")
    assert found["1.286"] == "triệu đồng" and found["04"] == "xã"


def test_a_landslide_count_is_no_lot_number():
    assert units("Mưa lớn làm sạt l& 17 điểm trên các tuyến đường.\n").get("17") == "điểm"


def test_money_before_chi_phi():
    assert units("Từ chối thanh toán 214 triệu đồng chi phí không đúng quy định.\n")["214"] == "triệu đồng"


def test_agents_counted():
    assert units("Hiện có 27 đại lý thu với 186 nhân viên thu.\n")["27"] == "đại lý"



def test_a_share_column_titled_on_the_header_line_above_its_units():
    ratios = ratios_of(in_report(TWO_LINE_HEADER))
    assert (92.31, 19846, 21500, True) in ratios and (90.12, 30730, 34100, True) in ratios


def test_households_left_after_an_amount_paid_them():
    doc = in_report("Tổng số 146 hộ bị ảnh hưởng; đã chi trả cho 139 hộ với số tiền 11.426 triệu đồng, "
                    "còn 07 ho chwa nhận tiền do tranh chấp.\n")
    assert {m.value: m.unit for m in doc.metrics}[7] == "hộ"         # no "hồ chứa"
    assert (146, [7, 139], True) in sums_of(doc)


def test_a_reservoir_printed_with_its_marks_is_still_one():
    assert units("Nạo vét 12 hồ chứa nước.\n")["12"] == "hồ chứa"


def test_so_before_voi_ends_no_unit():
    found = units("Tay chân miệng 05 ca, giam 04 ca so voi thang truoc; giảm 25 ho so v6i đầu năm.\n")
    assert found["04"] == "ca" and found["25"] == "hộ"
    found = units("Tiếp nhận 18 ho so, kiểm tra 12 cơ sở so với kế hoạch 10 co so.\n")
    assert found["18"] == "hồ sơ" and found["12"] == "cơ sở" and found["10"] == "cơ sở"


def test_names_and_headings_with_numbers_are_no_figures():
    assert "11" not in units("PHẦN 11\nNHIỆM VỤ QUÝ IV\n")
    assert "8" not in units("Tỷ lệ giải ngân Dự án 8 còn thấp.\n")
    assert "13" not in units("Trên đây 13 báo cáo kết quả thực hiện nhiệm vụ tháng 11.\n")
    assert units("Lỗi chủ quan của Thẩm phán 02 vụ.\n").get("02") == "vụ"


def test_the_months_a_figure_covers_are_no_figure():
    assert "8" not in units("Tổng chi ngân sách 8 tháng là 2.957 triệu đồng.\n")
    assert "6" not in units("Thực hiện đúng quy định. Trong\n6 tháng, tiếp nhận 48.615 hồ sơ.\n")
    assert "6" not in units("Điều tra viên 1iiy ké 6 tháng thu thập 1.440 phiếu.\n")
    assert units("Thời gian xử lý rút ngắn còn 3 tháng.\n").get("3") == "tháng"


def test_words_that_hold_a_cue_word_but_are_no_cue():
    found = units("Khám phụ khoa 126 lượt; luân phiên 06 bác sĩ xuống hỗ trợ trạm y tế.\n")
    assert found["126"] == "lượt" and found["06"] == "bác sĩ"
    assert units("Lắp camera tại 06 ctra khau biên giới.\n")["06"] == "cửa khẩu"


def test_a_count_after_quy_past_four():
    assert units("Số người tham gia mới trong quý 418 người.\n").get("418") == "người"
    assert "3" not in units("Kế hoạch quý 3 năm 2024 đã ban hành.\n")


def test_a_one_inside_a_word_is_an_i():
    assert word_key("ngud1") == "ngudi" and word_key("t1nh") == "tinh" and word_key("1uot") == "luot"
    assert units("Số người tham gia mới trong năm (40.000 ngud1).\n")["40.000"] == "người"


def test_a_unit_column_named_on_a_header_wrapped_over_lines():
    found = units("""\
TT  Nội dung                           ĐVT          Cấp ủy,     Ủy ban      Tổng số
                                                    tổ chức     kiểm tra
                                                    đảng        các cấp
1   Kiểm tra tổ chức đảng              tổ chức        47          12          59
2   Kiểm tra đảng viên                 đảng viên      86          21         107
""")
    assert found["47"] == found["59"] == "tổ chức" and found["86"] == found["107"] == "đảng viên"


def test_trieu_with_its_i_printed_l():
    assert units("Dự toán phấn đấu giao 345.000 trléu dong.\n")["345.000"] == "triệu đồng"
