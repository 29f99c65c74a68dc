"""A decimal amount or a sum of money is a figure even after a word that usually makes the
number after it an ordinal ("giá khởi điểm 412,7 tỷ đồng"); the ordinals themselves stay out."""
import pytest

from parser.pipeline import analyse_text

HEAD = "BÁO CÁO\nKết quả công tác quý I năm 2023\nI. KẾT QUẢ\n1. Nội dung\n"


def figures(line: str):
    return [(m.text, m.unit) for m in analyse_text(HEAD + line + "\n2. Khác\nKhông có.\n").metrics]


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
