"""Province and district names read back from the gazetteer where a place is expected."""
from parser.model import apply_corrections
from parser.place_names import place_corrections


def fixed(text: str) -> str:
    return apply_corrections(text, place_corrections(text))


def test_names_after_a_level_word_and_before_the_date():
    assert fixed("UBND TINH PẮK LẮK") == "UBND TINH ĐẮK LẮK"
    assert fixed("So: 12/BC-UBND     Dak Lak, ngay 30 thang 9 nam 2024") \
        == "So: 12/BC-UBND     Đắk Lắk, ngay 30 thang 9 nam 2024"
    assert fixed("tai huyén Kr6ng Pic, tinh Lam Péng.") == "tai huyén Krông Pắc, tinh Lâm Đồng."


def test_capitalised_words_elsewhere_are_left_alone():
    for text in ("CỘNG HÒA XA HOI CHU NGHIA VIET NAM",       # "XÃ HỘI" is no commune
                 "cua Bo Tu phap ve viec",                   # "Bộ Tư" is no "Ba Tơ"
                 "Pak Lik va Tra Vinh"):                     # no level word, no date after
        assert place_corrections(text) == []


def test_a_name_printed_with_its_marks_keeps_them():
    assert place_corrections("tại xã Kiến Thành") == []
