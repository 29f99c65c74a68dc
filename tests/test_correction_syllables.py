"""Syllable structure: tone placement (old style), validity, phonotactics."""
import pytest

from parser.correction.syllables import all_syllables, fold, is_syllable, normalize_syllable, place_tone, split_tone


@pytest.mark.parametrize("new_style, old_style", [
    ("hoà", "hòa"), ("hoá", "hóa"), ("khoá", "khóa"), ("thuỷ", "thủy"), ("uỷ", "ủy"), ("toạ", "tọa"),
    ("tuý", "túy"), ("Hoà", "Hòa"), ("người", "người"), ("quốc", "quốc"), ("giữa", "giữa"),
])
def test_tone_goes_on_the_old_style_vowel(new_style, old_style):
    assert normalize_syllable(new_style) == old_style


@pytest.mark.parametrize("word", ["tỷ", "lệ", "nghiêng", "khuỷu", "ngoài", "quyết", "huỳnh", "gì", "gìn", "Độc",
                                  "lập", "quỳnh", "thuở", "xuất", "ĐẢNG"])
def test_real_syllables_are_valid(word):
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["lâp", "tng", "thiyy", "ctra", "ka", "ngê", "ghu", "qa", "bc", "sỏc", "hàt", "ce"])
def test_malformed_syllables_are_not(word):
    # lâp/sỏc/hàt: stop finals take only sắc or nặng; ka/ce/ngê/ghu break the c-k, g-gh, ng-ngh rules
    assert not is_syllable(word)


def test_stop_finals_only_take_sac_or_nang():
    for syl in all_syllables():
        base, tone = split_tone(syl)
        if base.endswith(("p", "t", "c", "ch")):
            assert tone in (1, 5), syl


def test_table_is_nfc_and_old_style():
    import unicodedata
    table = all_syllables()
    assert 15_000 < len(table) < 25_000
    for syl in table:
        assert unicodedata.normalize("NFC", syl) == syl
        assert normalize_syllable(syl) == syl


def test_fold_and_place_tone_round_trip():
    assert fold("Độc lập") == "doc lap"
    assert place_tone("hoa", 2) == "hòa" and place_tone("uyen", 0) == "uyen"
    assert split_tone("thủy") == ("thuy", 3)
