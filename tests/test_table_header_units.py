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
