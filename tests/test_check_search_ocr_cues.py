"""A breakdown's cue word as OCR prints it ("trong dé", "trong d¢6", "gdm") still opens the
breakdown, and a word that only looks like one does not."""
import pytest

from parser.pipeline import analyse_text

HEAD = "BAO CAO\nKet qua cong tac quy I nam 2023\nI. KET QUA\n1. Noi dung\n"
TAIL = "\n2. Khac\nKhong co.\n"


def sums_of(line: str):
    return [(c.total, sorted(c.parts), c.holds) for c in analyse_text(HEAD + line + TAIL).checks if c.kind == "sum"]


@pytest.mark.parametrize("line", [
    "- Da kiem tra 412 co so san xuat, kinh doanh thyc pham, trong dé 371 co s& dat yéu cau; 41 co s& vi pham.",
    "- Da kiem tra 412 co so san xuat, kinh doanh thyc pham, trong d¢6 371 co s& dat yéu cau; 41 co s& vi pham.",
    "- Da kiem tra 412 co so san xuat, kinh doanh thyc pham, trong doé 371 co s& dat yéu cau; 41 co s& vi pham.",
])
def test_trong_do_garbled_by_ocr_opens_a_breakdown(line):
    assert (412, [41, 371], True) in sums_of(line)


def test_gom_garbled_by_ocr_opens_a_breakdown():
    line = "- Co 142 hoc sinh dat giai, gdm 12 giai nhat, 28 giai nhi, 45 giai ba va 57 giai khuyén khich."
    assert (142, [12, 28, 45, 57], True) in sums_of(line)


def test_a_lead_list_garbled_by_ocr_is_checked_against_the_sentence_before():
    line = ("- Xay ra 64 vu pham phap hinh sw (cung ky 75 vu). Trong d6: trom cap tai san 31 vu; "
            "c6 y gay thuong tich 14 vu; lira dao 9 vu; khac 10 vu.")
    assert (64, [9, 10, 14, 31], True) in sums_of(line)


def test_a_word_that_only_starts_like_the_cue_opens_nothing():
    line = "- Da kiem tra 412 co so, trong dem 371 co so dat yeu cau; 41 co so vi pham."
    assert not [s for s in sums_of(line) if s[0] == 412]
