"""What is a figure, from a judgment-enforcement and a transport report (session 7): percentages
bounding a group, periods named "9 tháng năm 2024" or "báo cáo 10 tháng", a label opening
"Chưa có …" before its count, "Đã" printed "ba" before "giải quyết", "thiệt hại" printed "thiet
hai", and assets counted as "tài sản"."""
from report_snippet import in_report


def figures(body: str) -> dict:
    return {m.text: m.unit for m in in_report(body).metrics}


def test_percentages_bounding_a_group_are_no_figures():
    found = figures("Phát hiện 60 xe quá tải, trong đó: vượt từ 10% đến 30% là 36 xe; vượt trên 50% là 06 xe.\n")
    assert "10%" not in found and "30%" not in found and "50%" not in found
    assert found["36"] == "xe"


def test_a_share_is_still_a_figure():
    assert figures("Giải quyết 45 hồ sơ, đạt 90% số hồ sơ tiếp nhận.\n")["90%"] == "%"


def test_periods_are_no_durations():
    found = figures("Báo cáo tình hình quý III và 9 tháng năm 2024; chuẩn bị số liệu báo cáo 10 tháng.\n")
    assert "9" not in found and "10" not in found


def test_a_duration_is_still_a_figure():
    assert figures("Thời gian xử lý rút ngắn còn 3 tháng.\n").get("3") == "tháng"


def test_a_label_opening_chua_co_before_its_count_is_no_zero():
    doc = in_report("+ Chưa có điều kiện thi hành: 212 việc.\n")
    assert [m.value for m in doc.metrics] == [212]


def test_a_stated_zero_is_still_a_zero():
    doc = in_report("- Chưa có đơn khiếu nại.\n")
    assert [m.value for m in doc.metrics] == [0]


def test_da_printed_ba_before_giai_quyet_is_no_count():
    assert "ba" not in figures("ba giải quyết xong 12.450 hồ sơ.\n")


def test_thiet_hai_is_no_two():
    assert "hai" not in figures("Xảy ra 03 vụ cháy, thiet hai tai san ước tính 850 triệu đồng.\n")


def test_assets_are_counted_as_tai_san():
    assert figures("Bán đấu giá thành 12 tài sản với tổng số tiền 5.400 triệu đồng.\n")["12"] == "tài sản"


def test_the_reports_own_period_in_running_text_is_no_duration():
    found = figures("Trong 6 tháng, toàn tỉnh có 62 doanh nghiệp thành lập mới; lũy kế 9 tháng đạt 418,6 tỷ đồng; "
                    "bình quân 9 tháng tăng 3,12%.\n")
    assert "6" not in found and "9" not in found
    assert found["62"] == "doanh nghiệp"


def test_ages_are_no_figures():
    found = figures("Dạy bơi cho 1.875 trẻ em từ 6 đến 15 tuổi; đưa 02 người dưới 18 tudi vào trường giáo dưỡng.\n")
    assert "15" not in found and "18" not in found
    assert found["1.875"] == "trẻ em" and found["02"] == "người"


def test_names_with_numbers_are_no_figures():
    found = figures("Công tác chống buôn lậu được Ban Chỉ đạo 389 tỉnh ghi nhận; khảo sát khu vực cột mốc 605 và 611.\n")
    assert "389" not in found and "605" not in found


def test_hai_in_a_compound_or_a_name_is_no_two():
    found = figures("Chỉ số hai long của người dân tăng; Chi cục Thống kê huyện Tiền Hai báo cáo kết quả.\n")
    assert "hai" not in found and "Hai" not in found


def test_a_gift_count_after_a_garbled_verb_is_still_a_figure():
    assert figures("Chi trợ cấp 312,7 triệu đồng; ting 526 suất quà dịp Tết.\n")["526"] == "suất quà"
