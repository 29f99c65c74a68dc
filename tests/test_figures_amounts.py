"""A decimal amount or a sum of money is a figure even after a word that usually makes the
number after it an ordinal ("giá khởi điểm 412,7 tỷ đồng"); the ordinals themselves stay out."""
import pytest
from hypothesis import given, settings, strategies as st

from report_snippet import in_report


def figures(line: str):
    return [(m.text, m.unit) for m in in_report(line).metrics]


@pytest.mark.parametrize("line, figure", [
    ("- Tổng giá khởi điểm\n412,7 tỷ đồng, giá trúng 538,9 tỷ đồng.", ("412,7", "tỷ đồng")),
    ("- Tổng giá khởi điểm 412 tỷ đồng.", ("412", "tỷ đồng")),
])
def test_an_amount_after_an_ordinal_word_is_a_figure(line, figure):
    assert figure in figures(line)


@pytest.mark.parametrize("line", ["- Năm 2023 tỷ lệ hộ nghèo giảm.", "- Theo Điều 5 khoản 2 của Luật.",
                                  "- Xếp loại điểm 3 trên thang 5."])
def test_ordinals_and_years_stay_out(line):
    assert not [t for t, _ in figures(line) if t in ("2023", "5", "2", "3")]


@pytest.mark.parametrize("line, figure", [
    ("- Sản lượng gỗ tinh chế ước đạt 52.400 m3, tăng 6,8%.", ("52.400", "m3")),
    ("- Sản lượng điện thương phẩm ước đạt 845 triệu kWh.", ("845", "triệu kWh")),
    ("- Năng suất bình quân 62,3 tạ/ha.", ("62,3", "tạ/ha")),
    ("- Có 08 khu công nghiệp đã được thành lập.", ("08", "khu công nghiệp")),
    ("- Có 27 trạm biến áp được đầu tư mới.", ("27", "trạm biến áp")),
])
def test_units_of_other_sectors(line, figure):
    assert figure in figures(line)


def test_all_of_a_number_word_is_no_count():
    assert not figures("- Tai nạn giao thông giảm trên cả ba tiêu chí.")
    assert ("ba", "tiêu chí") in figures("- Xã đạt thêm ba tiêu chí nông thôn mới.")


def test_a_paragraph_wrapped_onto_khong_co_is_no_stated_zero():
    line = ("- Cấp tiểu học thiếu giáo viên Tiếng Anh, Tin học; việc tuyển dụng gặp khó khăn do\n"
            "không có nguồn tuyển.")
    assert not figures(line)
    assert ("Không có", "phản ánh, kiến nghị") in figures("2. Tiếp nhận phản ánh, kiến nghị\n"
                                                          "Không có phản ánh, kiến nghị về quy định.")


@pytest.mark.parametrize("line, figure", [
    ("- Toan thanh ph6 co 34 trwdng truc thuoc Phong.", ("34", "trường")),
    ("- San luong dat 312.500 tdn, tang 2%.", ("312.500", "tấn")),
    ("- Thu hut 186.540 Iuot khach.", ("186.540", "lượt khách")),     # turns of the noun after it
    ("- Co 27 du dn dang hoat dong.", ("27", "dự án")),
    ("- Huan luyen 1.128 din quan.", ("1.128", "dân quân")),
])
def test_a_unit_garbled_at_its_marked_letters_is_read(line, figure):
    assert figure in figures(line)


@pytest.mark.parametrize("line, unit", [("- Thời gian 12 giờ, cao 30 mét.", "giờ"), ("- Đăng 15 tin trên cổng.", "tin")])
def test_plain_words_are_not_read_as_a_marked_unit(line, unit):
    assert [u for _, u in figures(line)][0] == unit


@pytest.mark.parametrize("line, texts", [
    ("- Hoàn thành 01 nhà máy xử lý nước thải công suất 5.000 m3/ngày đêm.", ["01"]),
    ("- Thăm, tặng quà nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ.", []),
    ("- Giá trị sản phẩm thu hoạch bình quân trên 01 ha đất trồng trọt đạt 162 triệu đồng.", ["162"]),
    ("- Trong 6 thang cuéi nam 2022, Ban Quản lý đã cấp mới giấy chứng nhận.", []),
])
def test_specifications_anniversaries_and_per_units_are_no_figures(line, texts):
    assert [t for t, _ in figures(line)] == texts


def test_a_fraction_before_a_counted_noun_is_its_part_and_whole():
    assert figures("- Lũy kế toàn tỉnh có 103/213 xã đạt chuẩn, chiếm 48,4%.") == [
        ("103", "xã"), ("213", "xã"), ("48,4%", "%")]
    checks = in_report("- Lũy kế toàn tỉnh có 103/213 xã đạt chuẩn, chiếm 48,4%.").checks
    assert [(c.percent, c.part, c.whole, c.holds) for c in checks] == [(48.4, 103, 213, True)]


@pytest.mark.parametrize("line", ["- Ngày 15/6 họp giao ban.", "- Theo Kế hoạch số 45/KH-UBND.",
                                  "- Ngày 12/3/2023 tổ chức hội nghị."])
def test_dates_and_document_numbers_are_no_fractions(line):
    assert not figures(line)


def test_a_page_number_inside_a_paragraph_is_no_figure():
    line = ("- Kim ngạch xuất khẩu chiếm 83,5% tổng giá trị của các khu công nghiệp; một số\n\n"
            "                                        2\n\n"
            "doanh nghiệp dệt may bị giảm đơn hàng.")
    assert figures(line) == [("83,5%", "%")]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789/ .,-xãaI\n", max_size=40))
def test_fractions_are_found_at_the_slashes_as_by_the_pattern(text):
    from parser.figures.finder import _FRACTION, _fractions_in
    assert [m.span() for m in _fractions_in(text)] == [m.span() for m in _FRACTION.finditer(text)]


@pytest.mark.parametrize("line, figure", [
    ("- Vốn giải ngân đạt 1.152,8 tỷ dodng.", ("1.152,8", "tỷ đồng")),
    ("- Tỷ lệ hộ nghèo giảm 0,4 điểm phần trăm so với cùng kỳ.", ("0,4", "điểm phần trăm")),
    ("- Có 18 huyện, thị xã, thành phố hoàn thành kế hoạch.", ("18", "huyện, thị xã, thành phố")),
    ("- Có 612 thí sinh đăng ký dự thi.", ("612", "thí sinh")),
])
def test_money_garbled_after_its_scale_and_more_nouns(line, figure):
    assert figure in figures(line)


def test_a_programme_named_by_its_number_is_no_figure_and_houses_are_counted():
    line = ("- Hỗ trợ xây dựng 398 nhà ở cho hộ nghèo, gồm: 245 nhà từ nguồn Chương trình 1719, 96 nhà "
            "đại đoàn kết và 47 nhà do doanh nghiệp tài trợ.")
    assert [t for t, _ in figures(line)] == ["398", "245", "96", "47"]
    checks = in_report(line).checks
    assert [(c.total, sorted(c.parts), c.holds) for c in checks if c.kind == "sum"] == [(398, [47, 96, 245], False)]
