"""`title_end` scans with str.find and str.split; it must cut where the regex definition cuts."""
import re

from hypothesis import given, settings, strategies as st

from parser.outline import title_end

SETTINGS = settings(max_examples=400, deadline=None)
_TITLE_WORDS = re.compile(r"\s*(?:\S+\s+){15}\S+")
_LONG_HEADING = re.compile(r"\s*(?:\S+\s+){24}\S")
_SENTENCE_END = re.compile(r"\.(?=\s+[^\W\d_])")
_CLAUSE_END = re.compile(r"[:;]")


def by_regex(text: str, start: int, end: int) -> int:
    limit = min(end, start + 300)
    stop = limit
    m = _CLAUSE_END.search(text, start, limit)
    if m:
        stop = m.start()
    for m in _SENTENCE_END.finditer(text, start, stop):
        dot = m.start()
        word = text[max(text.rfind(" ", start, dot), text.rfind("\n", start, dot), start - 1) + 1:dot]
        if word and not word[-1].isdigit() and not (len(word) <= 3 and word.isupper()):
            stop = dot
            break
    if stop != end or _LONG_HEADING.match(text, start, stop):
        m = _TITLE_WORDS.match(text, start, stop)
        if m:
            stop = m.end()
    while stop > start and text[stop - 1] in " \t\r\n,-–":
        stop -= 1
    return stop


words = st.sampled_from(["Công", "tác", "TP.", "năm", "2024.", "a", "ĐẢNG", "1.", "x.y", ".", ":", ";", "_", "²",
                         "việc", "P.", "tổ", "chức", "-", "–", ","])
spaces = st.sampled_from([" ", "  ", "\n", " \t", "\u00a0", ""])
texts = st.lists(st.tuples(words, spaces).map("".join), max_size=40).map("".join)


@SETTINGS
@given(texts, st.integers(0, 5), st.integers(0, 400))
def test_title_end_matches_the_regex_definition(text, start, length):
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert title_end(text, start, end) == by_regex(text, start, end)


def test_a_long_paragraph_is_cut_at_the_sixteenth_word():
    text = " ".join(f"từ{k}" for k in range(1, 31))
    assert text[:title_end(text, 0, len(text))].split()[-1] == "từ16"
