"""Cited numbers two unseen sets showed lost: a numbered police department ("CAT-PC08") kept as
printed, a Party number whose hyphen the OCR read as "~", and the Đ of KHĐT codes read as P or B."""
from parser.doc_symbols import restore_code_letters, restore_lost_dj
from report_snippet import in_report


def numbers_cited(body: str) -> list[str]:
    return [r.number for r in in_report(body).references]


def test_a_numbered_department_keeps_its_digits():
    assert restore_code_letters("4125/CAT-PC08") == "4125/CAT-PC08"
    assert restore_code_letters("123/BC-8CT") == "123/BC-SCT"      # an 8 among capitals is still an S
    assert "4125/CAT-PC08" in numbers_cited("Thực hiện Công văn số 4125/CAT-PC08 ngày 25/9/2024 của Công an tỉnh.")


def test_a_party_number_with_a_tilde_for_its_hyphen():
    assert "61-KL/TW" in numbers_cited("Triển khai Kết luận số 61~KL/TW ngày 17/8/2023 của Ban Bí thư.")


def test_the_dj_of_planning_and_investment_codes():
    assert restore_lost_dj("47/QD-SKHPT") == "47/QD-SKHĐT"
    assert restore_lost_dj("8127/BKHBT-TH") == "8127/BKHĐT-TH"
    assert restore_lost_dj("12/NP-CP") == "12/NĐ-CP"
    assert restore_lost_dj("05/CP-BC") == "05/CP-BC"


def test_the_kind_named_before_a_number_restores_its_code():
    from parser.doc_symbols import kind_code_restored
    assert kind_code_restored("08/CP-UBND", "Công điện") == "08/CĐ-UBND"
    assert kind_code_restored("08/CP-UBND", "Quyết định") == "08/CP-UBND"
    assert restore_lost_dj("43/2011/NĐ-CP") == "43/2011/NĐ-CP"          # Chính phủ stays
    assert "12/CĐ-TCHQ" in numbers_cited("Thực hiện Công điện số 12/CP-TCHQ ngày 06/9/2024 của Tổng cục Hải quan.")


def test_union_and_court_codes():
    assert restore_lost_dj("01/CT-TLP") == "01/CT-TLĐ" and restore_lost_dj("05/2023/NQ-HPTP") == "05/2023/NQ-HĐTP"
