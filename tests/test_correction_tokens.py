"""Tokens and their kinds: only syllables and OCR junk may ever be corrected."""
import pytest

from parser.correction.langmodel import load
from parser.correction.tokens import (CODE, FOREIGN, JUNK, MAYBE_NUMBER, NUMBER, OTHER, SYLLABLE, tokenize)


def kinds(text):
    lm = load()
    return {t.text: t.kind for t in tokenize(text, lm.skeletons, lm.foreign)}


@pytest.mark.parametrize("word", ["1.626", "03", "2020", "76,82%", "6/2020", "15", "2016-2020", "7.500.000"])
def test_numbers(word):
    assert kinds(f"có {word} hồ sơ")[word] == NUMBER


@pytest.mark.parametrize("word", ["13", "18", "14"])
def test_look_alike_two_digit_numbers_are_left_to_context(word):
    assert kinds(f"thude {word} va")[word] == MAYBE_NUMBER


@pytest.mark.parametrize("word", ["UBND", "BC-STTTT-VP", "VNPT-iOffice", "IUU", "PKI", "ICT", "Covid-19", "TT&TT",
                                  "CNTT", "QLNN", "d/c", "4G", "H5N1", "28/CT-BTTTT", "II", "XIV"])
def test_codes_and_abbreviations(word):
    assert kinds(f"theo {word} tinh")[word] == CODE


def test_capitals_in_brackets_are_an_abbreviation():
    assert kinds("an ninh (SOC) va")["SOC"] == CODE


@pytest.mark.parametrize("word", ["internet", "facebook", "email", "website"])
def test_foreign_words(word):
    assert kinds(f"qua {word} va")[word] == FOREIGN


@pytest.mark.parametrize("word", ["1ap", "s6", "h¢", "1¢", "v6i1", "d3", "16p", "S6", "tng", "ctra", "chtrc"])
def test_garbled_syllables_are_junk(word):
    assert kinds(f"ban {word} va")[word] == JUNK


@pytest.mark.parametrize("word", ["thong", "CONG", "Hanh", "Độc", "QUAN", "tin"])
def test_syllables(word):
    assert kinds(f"va {word} va")[word] == SYLLABLE


def test_offsets_and_punctuation():
    lm = load()
    text = "(03 h¢), UBND cac huy¢n."
    toks = tokenize(text, lm.skeletons, lm.foreign)
    for t in toks:
        assert text[t.start:t.end] == t.text
    words = [t.text for t in toks if t.kind != OTHER]
    assert words == ["03", "h¢", "UBND", "cac", "huy¢n"]


def test_a_short_english_word_is_a_garbled_syllable_unless_reports_use_it():
    from parser.correction import engine
    from parser.correction.tokens import FOREIGN, JUNK, classify
    lm = engine().lm
    assert classify("ding", lm.skeletons, lm.foreign) == JUNK          # "đúng", "đăng" as OCR prints them
    assert classify("wifi", lm.skeletons, lm.foreign) == FOREIGN
    assert classify("internet", lm.skeletons, lm.foreign) == FOREIGN
