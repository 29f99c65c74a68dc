"""`fold` goes word by word through a cache; it must equal folding every character."""
from hypothesis import given, settings, strategies as st

from parser import vnfold
from parser.vnfold import fold

SETTINGS = settings(max_examples=300, deadline=None)
# Vietnamese letters, ASCII, white space (spaces are where fold splits), marks and symbols
alphabet = st.sampled_from(list("aAđĐăÂêÔơƯỳỶễẾ ữ  \t\n\u00a0\u2028-–.,:;0123456789İǅⅠＡ̀\u0301"))


def per_character(text: str) -> str:
    return "".join(vnfold._fold_char(c) for c in text)


@SETTINGS
@given(st.text(alphabet, max_size=60))
def test_fold_is_per_character(text):
    assert fold(text) == per_character(text)
    assert len(fold(text)) == len(text)


def test_fold_of_a_line():
    assert fold("CỘNG HÒA XÃ HỘI  CHỦ NGHĨA Việt Nam, Đà Nẵng") == "cong hoa xa hoi  chu nghia viet nam, da nang"


def test_a_full_word_cache_is_emptied_and_results_stay_the_same(monkeypatch):
    monkeypatch.setattr(vnfold._FoldedWords, "LIMIT", 3)
    vnfold._WORDS.clear()
    text = "Ủy ban nhân dân tỉnh Quảng Trị báo cáo"
    assert fold(text) == per_character(text)
    assert len(vnfold._WORDS) <= 3
    assert fold(text) == per_character(text)
