"""references._words_before cuts words with str.translate and str.split; it must give the words the
pattern of `parser.figures.words` gives (a copy of that definition below)."""
import re

from hypothesis import given, settings, strategies as st

from parser.figures.words import Word, key_of
from parser.references import _two_words_before, _words_before

_WORD = re.compile(r"[^\s,;:.()\[\]“”\"'!?…]+|[,;:.()]")


def words_before_by_regex(text: str, pos: int, n: int, limit: int) -> list[Word]:
    lo = max(0, pos - limit)
    found = list(_WORD.finditer(text, lo, pos))
    if lo > 0 and found and found[0].start() == lo:
        found = found[1:]  # cut through a word
    return [Word(m.group(), m.start(), m.end(), key_of(m.group())) for m in found[-n:]]


pieces = st.sampled_from(["Công", "văn", "số", "s6", "ngày", "12/3", "của", "UBND", "Bộ", "Đ", "a", "aa", ".", ",", ";",
                          ":", "(", ")", "[", "]", "“", "”", '"', "'", "!", "?", "…", "...", "năm.", "(TP)", "x,y"])
gaps = st.sampled_from([" ", "", "  ", "\n", "\t", "\u00a0", " - "])
texts = st.lists(st.tuples(pieces, gaps).map("".join), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(texts, st.data())
def test_words_before_agree_with_the_pattern(text, data):
    pos = data.draw(st.integers(0, len(text)))
    n = data.draw(st.integers(1, 7))
    limit = data.draw(st.integers(1, 70))
    assert _words_before(text, pos, n, limit) == words_before_by_regex(text, pos, n, limit)


def test_two_words_before_a_plan():
    text = "Thực hiện Kế hoạch số 12"
    pos = text.index("Kế")
    assert [w.text for w in _two_words_before(text, pos)] == ["Thực", "hiện"]
    assert _two_words_before(text, pos) == words_before_by_regex(text, pos, 2, 60)


def test_marks_are_words_of_their_own():
    text = "theo (Công văn), số: 12"
    assert [w.text for w in _words_before(text, len(text) - 3, 6, 50)] == ["(", "Công", "văn", ")", ",", "số", ":"][-6:]
