"""Vietnamese number parsing, OCR digit repair and the helpers checks use."""
import pytest

from parser.numbers import parse_number, repair_digits, single_digit_variants, word_key, word_number


@pytest.mark.parametrize("token, value, decimals", [
    ("6.767", 6767, 0),
    ("1.626", 1626, 0),
    ("7.500.000", 7500000, 0),
    ("76,82%", 76.82, 2),
    ("34%", 34, 0),
    ("4,18 %", 4.18, 2),
    ("03", 3, 0),
    ("01", 1, 0),
    ("0", 0, 0),
    ("1,5", 1.5, 1),
    ("10.324", 10324, 0),
    ("12.450,5", 12450.5, 1),
])
def test_vietnamese_numbers(token, value, decimals):
    parsed = parse_number(token)
    assert parsed is not None
    assert parsed.value == value and type(parsed.value) is type(value)
    assert parsed.decimals == decimals
    assert parsed.flags == []


@pytest.mark.parametrize("token, value, flag", [
    ("1.2O0", 1200, "ocr-digit"),     # letter O read for a zero
    ("1O.500", 10500, "ocr-digit"),
    ("2l5", 215, "ocr-digit"),         # l for 1 between digits
    ("l.200", 1200, "ocr-digit"),      # l for a leading 1
    ("1.2S0", 1250, "ocr-digit"),      # S for 5
    ("1. 626", 1626, "ocr-space"),     # a stray space after the separator
    ("1.5", 1.5, "dot-decimal"),       # not a Vietnamese thousands group
])
def test_ocr_damaged_numbers_are_repaired_with_a_flag(token, value, flag):
    parsed = parse_number(token)
    assert parsed.value == value
    assert flag in parsed.flags
    assert parsed.confidence < 1.0


@pytest.mark.parametrize("token", ["16p", "s6", "1én", "10ng", "1ap", "1X", "8¢", "abc", "", "1.2.3", "10:39"])
def test_words_that_look_like_digits_are_not_numbers(token):
    assert parse_number(token) is None


def test_repair_refuses_letters_that_are_not_digit_shapes():
    assert repair_digits("12a") is None
    assert repair_digits("1O") is None          # a syllable end, not "10"
    assert repair_digits("3.4O0") == "3.400"


@pytest.mark.parametrize("printed, key", [
    ("s6", "so"), ("sb", "sb"), ("h¢", "he"), ("Giﬁy", "gifiy"), ("du 4n", "duan"),
    ("Hồ sơ", "hoso"), ("1ap", "lap"), ("2020", "2020"),
])
def test_word_key_reads_digits_inside_words_as_letters(printed, key):
    assert word_key(printed) == key


@pytest.mark.parametrize("word, value", [("một", 1), ("hai", 2), ("Ba", 3), ("bốn", 4), ("mười", 10), ("số", None)])
def test_number_words(word, value):
    assert word_number(word) == value


def test_single_digit_variants_mark_ocr_confusable_pairs():
    variants = dict(single_digit_variants(1166))
    assert variants[1186] is True        # 6 and 8 look alike
    assert variants[1176] is False
    assert 166 not in variants and 1166 not in variants
    assert all(len(str(v)) == 4 for v in variants)   # no leading zero
