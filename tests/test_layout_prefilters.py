"""The layout's shortcuts (cheap tests before costly regexes, one alternation for the
document types, lines split without a regex) must give what the full patterns give."""
import re

from hypothesis import given, settings, strategies as st

from parser import layout
from parser.layout import DOC_TYPES, doc_type_of, date_search, fuzzy, motto2_search
from parser.vnfold import fold

SETTINGS = settings(max_examples=300, deadline=None)
# folded header material: words of the motto and of dates, OCR look-alikes, dashes, digits
pieces = st.sampled_from(["doc", "lap", "d0c", "iap", "tu", "do", "hanh", "phuc", "bhanh", "pbuc", "ngay",
                          "ng", "thang", "th4ng", "nam", "ndam", "2024", "20", "o5", "l2", "s", "so", ":", ",",
                          "-", "–", "—", " ", "  ", "ubnd", "xa", "/", "bc", "ha", "noi", "cong", "hoa"])
folded_lines = st.lists(pieces, max_size=14).map("".join)


def span(m):
    return None if m is None else (m.span(), m.groupdict())


@SETTINGS
@given(folded_lines)
def test_motto2_shortcut_agrees_with_the_pattern(f):
    assert span(motto2_search(f)) == span(layout._MOTTO2.search(f))


@SETTINGS
@given(folded_lines)
def test_date_shortcut_agrees_with_the_pattern(f):
    assert span(date_search(f)) == span(layout.DATE_LINE.search(f))


def test_the_shortcuts_find_real_header_lines():
    motto = fold("Độc lập - Tự do - Hạnh phúc")
    assert motto2_search(motto) is not None
    assert motto2_search(fold("Đ6c lập Tự do Hạnh phúc")) is None      # no dash: never the motto
    date = date_search(fold("Quảng Trị, ngày 15 tháng 6 năm 2024"))
    assert date is not None and (date["d"], date["m"], date["y"]) == ("15", "6", "2024")


_EACH_TYPE = [(re.compile(fuzzy(k) + r"\s*:?"), v) for k, v in DOC_TYPES.items()]


def one_by_one(f):
    for rx, name in _EACH_TYPE:
        if rx.fullmatch(f):
            return name
    if len(f) <= 30 and f.count(" ") >= 3:
        for rx, name in _EACH_TYPE:
            if rx.fullmatch(f.replace(" ", "")):
                return name
    return None


type_words = st.sampled_from(["bao", "cao", "b a o", "c a o", "ke", "hoach", "cong", "van", "dien", "to", "trinh",
                              "thong", "bao", "cao", "quy", "dinh", "che", "b4o", "c4o", ":", " ", "x"])


@SETTINGS
@given(st.lists(type_words, max_size=6).map(" ".join))
def test_doc_type_alternation_picks_the_first_type_that_fits(f):
    assert doc_type_of(f) == one_by_one(f)


_LINE = re.compile(r"^[^\S\n]*((?:\S(?:[^\n]*\S)?)?)[^\S\n]*$", re.M)


@SETTINGS
@given(st.text(st.sampled_from(list("ab Đ\t\n\r\u00a0\u2028\x0c.")), max_size=40))
def test_line_spans_are_the_stripped_lines(text):
    from parser.model import Document, SourceInfo

    lines = layout._Lines(Document(source=SourceInfo("t.txt", "", "utf-8", 0), text=text))
    assert lines.spans == [(m.start(1), m.end(1)) for m in _LINE.finditer(text)]


def counted_mostly_upper(text):
    upper = sum(map(str.isupper, text))
    lower = sum(map(str.islower, text))
    return upper > 0 and upper >= 0.7 * (upper + lower)


@SETTINGS
@given(st.text(st.sampled_from(list("aAĐđ ǅ1.Ⅰⅰ")), max_size=80))
def test_mostly_upper_shortcut_agrees_with_counting(text):
    assert layout.mostly_upper(text) == counted_mostly_upper(text)
