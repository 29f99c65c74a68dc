"""The fast readers behind the figure rules give exactly what their plain regex
definitions give: words cut with string methods, telephone numbers found by
one-character searches, number words by string searches."""
import re

from hypothesis import given, settings, strategies as st

from parser.figures.finder import _number_word_spans
from parser.figures.scanner import _PHONE, _PHONE_BY_OPENING, _first_matches
from parser.figures.words import read_words, words_after

# a word: a run of anything but spaces, quotes, brackets and sentence marks; ",;:.()" are words too
_WORD = r"([^\s,;:.()\[\]“”\"'!?…]+|[,;:.()])"
_BETWEEN = r"[\s\[\]“”\"'!?…]*"
_NUMBER_WORD = re.compile(r"(?:mot|hai|ba|bon|bay|chin|muoi)(?!\w)")

_text = st.text(alphabet="ab cđơ\n\t\u00a0.,;:()[]“”\"'!?…_-/%1¢0", max_size=120)


def _words_by_regex(text: str, pos: int, n: int, limit: int) -> list[tuple[str, int]]:
    m = re.compile(f"(?:{_BETWEEN}{_WORD})?" * n).match(text, pos, pos + limit)
    return [(g, m.start(i)) for i, g in enumerate(m.groups(), 1) if g is not None]


@settings(max_examples=300, deadline=None)
@given(_text, st.integers(0, 20), st.sampled_from([(1, 90), (6, 60), (12, 140), (40, 120)]))
def test_words_are_cut_as_the_word_regex_cuts_them(text, pos, n_limit):
    n, limit = n_limit
    words = read_words(text, pos, n, limit)
    assert list(zip(words.texts, words.starts)) == _words_by_regex(text, pos, n, limit)
    assert [(w.text, w.start, w.end) for w in words_after(text, pos, n, limit)] == [
        (t, s, s + len(t)) for t, s in _words_by_regex(text, pos, n, limit)]


def test_marks_around_and_inside_words_are_words_of_their_own():
    words = read_words(" hồ sơ, (9.651 trực tiếp); “tỷ lệ” 76,82%).", 0, 40, 90)
    assert words.texts == ["hồ", "sơ", ",", "(", "9", ".", "651", "trực", "tiếp", ")", ";", "tỷ", "lệ",
                           "76", ",", "82%", ")", "."]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789(). -–a\n", max_size=80))
def test_telephone_numbers_are_found_as_their_regex_finds_them(text):
    assert _first_matches(_PHONE_BY_OPENING, text) == [m.span() for m in _PHONE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="mothaibnycu _.1²\n", max_size=80))
def test_number_words_are_found_as_their_regex_finds_them(folded):
    assert _number_word_spans(folded) == [m.span() for m in _NUMBER_WORD.finditer(folded)]
