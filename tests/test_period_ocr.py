"""The reporting period read from a subject the OCR garbled."""
import pytest

from parser.metadata import period_of


@pytest.mark.parametrize("folded, period", [
    ("tinh hinh thyc hien nhiem vu quy ii1 nam 2024 va nhiem vu trong tam quy 1v nam 2024", "2024-Q3"),
    ("tinh hinh hoat dong 6 thang cuei nam 2022 va nhiem vu 6 thang dau nam 2023", "2022-H2"),
    ("ket qua cong tac quy 1 nam 2023", "2023-Q1"),
    ("ket qua quy iv/2021", "2021-Q4"),
    ("6 thang dau nam 2022", "2022-H1"),
    ("thang 6/2020", "2020-06"),
])
def test_periods(folded, period):
    assert period_of(folded) == period
