"""The channel also learns from the corpus degraded letter by letter as the sample's real OCR
printed each letter (session 7): confusions the hand-written degrader has no rule for, such as
"với" printed "vai", are among the candidates and win in context."""
import random

from parser.correction import correct_document
from parser.correction.degrade import degrade_with_table, learn_letter_table
from parser.model import apply_corrections


def corrected(text: str) -> str:
    return apply_corrections(text, correct_document(text))


def test_a_letter_table_counts_what_the_ocr_printed_for_each_letter():
    table = learn_letter_table(["vai c6ng tac", "v6i"], ["với công tác", "với"])
    assert table["ớ"]["a"] == 1 and table["ớ"]["6"] == 1
    assert table["ô"]["6"] == 1 and table["c"]["c"] == 2
    assert "x" not in table


def test_a_table_degrades_deterministically_and_keeps_digits_and_unseen_letters():
    table = learn_letter_table(["vai"], ["với"])
    assert degrade_with_table("với 2024 xyz", table, seed=3) == "vai 2024 xyz"
    seed = random.Random(5).randrange(1000)
    assert degrade_with_table("với", table, seed) == degrade_with_table("với", table, seed)


def test_voi_printed_vai_is_read_in_context():
    assert corrected("Sở đã phối hợp vai các đơn vị liên quan tổ chức kiểm tra.") == \
        "Sở đã phối hợp với các đơn vị liên quan tổ chức kiểm tra."
    assert corrected("Đoàn công tác làm việc vai UBND tỉnh.") == "Đoàn công tác làm việc với UBND tỉnh."


def test_the_word_vai_stays_where_its_context_says_so():
    assert corrected("Còn một vai đơn vị chưa thực hiện.") == "Còn một vài đơn vị chưa thực hiện."
