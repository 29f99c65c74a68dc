"""A garbled word whose near readings are all far-fetched is searched for as widely as a
suggestion is: two confusions in one word ("dwgc" for "được", "chimg" for "chứng")."""
from parser.correction import correct_document


def corrected(text: str) -> str:
    out = text
    for c in sorted(correct_document(text), key=lambda c: -c.start):
        out = out[:c.start] + c.new + out[c.end:]
    return out


def test_two_confusions_in_one_word_are_undone():
    assert corrected("giao vien o vung mien nui chua dwgc khac phuc") .split()[-3] == "được"
    assert "chứng" in corrected("cap giay chimg nhan quyen su dung dat cho cac ho dan").split()


def test_a_word_with_a_cheap_reading_is_not_searched_further():
    assert corrected("cong tac giit gin an ninh trat tu").split()[2] == "giữ"
