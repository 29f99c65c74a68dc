"""The period a subject names first is the one reported on; what follows is the next period's plan."""
import pytest

from parser.metadata import period_of
from parser.vnfold import fold


@pytest.mark.parametrize("subject, period", [
    ("Tình hình kinh tế - xã hội tháng 8 và nhiệm vụ trọng tâm tháng 9 năm 2024", "2024-08"),
    ("Kết quả công tác Hội 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2025", "2025-H1"),
    ("Kết quả thực hiện nhiệm vụ tháng 11 và phương hướng, nhiệm vụ tháng 12 năm 2024", "2024-11"),
    ("qu¥ I, nhiém vy trong tdim quy II nam 2025", "2025-Q1"),
    ("bao vé rrng quy 1T nim 2025; nhiém vu trong tam quy 1TI nim 2025", "2025-Q2"),
    ("Kết quả công tác tháng 6/2020", "2020-06"),
    ("Kết quả quý III/2021", "2021-Q3"),
    ("Sơ kết 6 tháng đầu năm 2022", "2022-H1"),
    ("Tổng kết năm 2024, phương hướng năm 2025", "2024"),
    ("Kết quả 9 tháng đầu năm 2024", None),
    ("Kết quả kỳ họp thứ 12 năm 2024", "2024"),          # "thứ 12" is no month
])
def test_the_first_period_named(subject, period):
    assert period_of(fold(subject)) == period
