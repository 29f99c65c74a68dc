"""The outline's title_end finds sentence ends and word counts with patterns matched in place;
it must give what the earlier version (str.find for every ".", str.split to count words) gave."""
from hypothesis import given, settings, strategies as st

from parser.outline import title_end

SETTINGS = settings(max_examples=400, deadline=None)


# ---- the earlier version, kept as the reference ---------------------------------------------

_TITLE_WORDS = 16
_LONG_HEADING = 25


def reference_title_end(text: str, start: int, end: int) -> int:
    """End of a heading's title in text[start:end]: the first ":" or ";", the end
    of the first sentence, or the 16th word, whichever comes first; a heading of
    one short clause (up to 24 words) is its own title."""
    limit = min(end, start + 300)
    # str.find, not a regex scan: this runs for every block of the body
    colon, semicolon = text.find(":", start, limit), text.find(";", start, limit)
    stop = min(colon if colon >= 0 else limit, semicolon if semicolon >= 0 else limit)
    dot = text.find(".", start, stop)
    while dot >= 0:
        if _sentence_ends_at(text, dot, stop):
            word = text[max(text.rfind(" ", start, dot), text.rfind("\n", start, dot), start - 1) + 1:dot]
            # not after a number or a short abbreviation in capitals ("TP.", "P.")
            if word and not word[-1].isdigit() and not (len(word) <= 3 and word.isupper()):
                stop = dot
                break
        dot = text.find(".", dot + 1, stop)
    if stop != end or len(text[start:stop].split(None, _LONG_HEADING - 1)) >= _LONG_HEADING:
        words_end = _nth_word_end(text, start, stop, _TITLE_WORDS)
        if words_end is not None:
            stop = words_end
    while stop > start and text[stop - 1] in " \t\r\n,-–":
        stop -= 1
    return stop


def _nth_word_end(text: str, start: int, stop: int, n: int) -> int | None:
    """Where the n-th white-space separated word of text[start:stop] ends; None if it has fewer.
    (str.split, not a regex: it runs for every block)"""
    piece = text[start:stop]
    words = piece.split(None, n)
    if len(words) < n:
        return None
    if len(words) == n:
        return start + len(piece.rstrip())
    # words[n] is the rest, from the (n+1)-th word on: the n-th ends before the white space ahead of it
    return start + len(piece[:len(piece) - len(words[n])].rstrip())


def _sentence_ends_at(text: str, dot: int, stop: int) -> bool:
    """Is the "." at `dot` followed by white space and then a letter, all before `stop`?"""
    after = dot + 1
    if after >= stop or not text[after].isspace():
        return False
    after += 1
    while after < stop and text[after].isspace():
        after += 1
    if after >= stop:
        return False
    c = text[after]
    return c.isalnum() and not c.isdecimal()


# ---- the comparison --------------------------------------------------------------------------

# heading material: words with marks, capitals, numbers with dots, abbreviations, the stops
# title_end looks for, and white space str.split knows but a plain " " test does not
pieces = st.sampled_from(["Công", "tác", "TP.", "P.", "UBND", "1.234", "6.1", "năm", "2024.", "a", "Ⅳ", "²", "_x",
                          ".", ". ", ":", ";", ",", "-", "–", " ", "  ", "\n", "\t", "\u00a0", "\u2028", "\x1c",
                          "Đề", "nghị", "3", "v.v.", "X."])
texts = st.lists(pieces, max_size=60).map("".join)


@SETTINGS
@given(texts, st.data())
def test_title_end_agrees_with_the_earlier_version(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert title_end(text, start, end) == reference_title_end(text, start, end)


@SETTINGS
@given(st.lists(st.sampled_from(["từ", "ngữ", "x", " ", "  ", "\n"]), min_size=40, max_size=120).map("".join))
def test_word_counts_agree_on_long_headings(text):
    # many words without stops: the 16-word and 25-word limits decide
    assert title_end(text, 0, len(text)) == reference_title_end(text, 0, len(text))


def test_titles_of_real_headings():
    text = "1. Công tác tuyên truyền: đã tổ chức 12 buổi. Kết quả tốt"
    assert text[3:title_end(text, 3, len(text))] == "Công tác tuyên truyền"
    text = "Trên địa bàn TP. Huế có 1.234 hộ. Các hộ đều được hỗ trợ"
    assert text[:title_end(text, 0, len(text))] == "Trên địa bàn TP. Huế có 1.234 hộ"
    words = " ".join(f"w{k}" for k in range(30))
    assert title_end(words, 0, len(words)) == words.index(" w16")
