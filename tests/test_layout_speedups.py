"""The layout's body reader looks only at short lines for page numbers and rules, skips
parse_marker for lines whose first two characters cannot open a marker, and takes the common
"a full line goes on" case without calling _continues; it must give the blocks the plain
line-by-line loop (kept here as the reference) gives."""
from hypothesis import given, settings, strategies as st

from parser import layout
from parser.layout import Block, parse_marker
from parser.model import Document, SourceInfo
from parser.vnfold import fold

SETTINGS = settings(max_examples=300, deadline=None)


def reference_body(lines, start, end):
    """The body reader as it was: every line through the same steps."""
    rows, pages, gap = [], [], False
    raw, spans = lines.raw, lines.spans
    for i in range(start, end):
        s, e = spans[i]
        if s == e:
            gap = True
            continue
        text = raw[s:e]
        if e - s <= 12:
            f = fold(text)
            if layout._PAGE_NUMBER.fullmatch(f):
                pages.append(Block("page", s, e, i + 1, [(s, e)]))
                gap = True
                continue
            if layout._RULE.fullmatch(f):
                gap = True
                continue
        rows.append((i, text, gap))
        gap = False
    if not rows:
        return pages
    lengths = sorted(len(text) for _, text, _ in rows)
    width = max(50, lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))])
    short = 0.8 * width
    blocks, cur, prev_text = [], None, ""
    for i, text, gap in rows:
        marker = parse_marker(text)
        s, e = spans[i]
        if cur is not None and marker is None and layout._continues(prev_text, text, gap, short):
            cur.spans.append((s, e))
            cur.end = e
        else:
            cur = Block("body", s, e, i + 1, [(s, e)], marker)
            blocks.append(cur)
        prev_text = text
    return sorted(blocks + pages, key=lambda b: b.start)


def as_tuples(blocks):
    return [(b.kind, b.start, b.end, b.line, b.spans, b.marker) for b in blocks]


# body lines: numbered headings (with OCR look-alikes), bullets, capitals, lower-case runs,
# page numbers, rules, the end mark, letters that open no marker ("Trong", "Công"), blank lines
openings = st.sampled_from(["I. ", "II.", "Il. ", "1. ", "1.2. ", "2) ", "a) ", "b.", "đ) ", "A. ", "B) ", "- ", "+ ",
                            "• ", "Phần I. ", "PHẦN THỨ HAI: ", "Tổng ", "Trong ", "Công ", "Ban ", "Về ", "l. ",
                            "| ", "12/", "3 ", "", "", ""])
words = st.sampled_from(["công tác", "TUYÊN TRUYỀN", "năm 2024", "đã", "thực hiện", "KẾT QUẢ", "người", "./.",
                         ".", ":", ";", ",", "xã", "1.234", "hộ"])
lines = st.one_of(
    st.tuples(openings, st.lists(words, max_size=18).map(" ".join)).map("".join),
    st.sampled_from(["", "", "  ", "- 2 -", "Trang 3", "12", "3/10", "-----", "***", "---oOo---", "\t"]))
texts = st.lists(lines, max_size=40).map("\n".join)


@SETTINGS
@given(texts)
def test_body_reader_agrees_with_the_line_by_line_loop(text):
    doc_lines = layout._Lines(Document(source=SourceInfo("t.txt", "", "utf-8", 0), text=text))
    n = len(doc_lines)
    assert as_tuples(layout._body(doc_lines, 0, n)) == as_tuples(reference_body(doc_lines, 0, n))
    assert as_tuples(layout._body(doc_lines, n // 3, n)) == as_tuples(reference_body(doc_lines, n // 3, n))


@SETTINGS
@given(st.text(max_size=12), st.text(st.sampled_from(list("IVXLTl1|.,:) aAbĐđ-٣²")), max_size=6))
def test_lines_the_body_skips_open_no_marker(head, tail):
    line = (head + tail).strip()
    if not line:
        return
    cue = layout._MARKER_CUE[line[0]]
    looked_at = cue == layout._LOOK or cue == layout._LOOK_IF_SECOND_FITS and line[1:2] in layout._AFTER_LETTER
    assert looked_at or parse_marker(line) is None


def test_a_report_body_splits_into_its_paragraphs():
    text = ("I. CÔNG TÁC CHỈ ĐẠO\n1. Kết quả thực hiện trong năm của toàn huyện đã đạt được nhiều kết quả tốt\n"
            "và được nhân dân đồng tình ủng hộ.\n\n- 2 -\n\ntrong đó có nhiều mô hình hay\n"
            "- Tuyên truyền được 12 buổi\nII. PHƯƠNG HƯỚNG")
    doc_lines = layout._Lines(Document(source=SourceInfo("t.txt", "", "utf-8", 0), text=text))
    blocks = layout._body(doc_lines, 0, len(doc_lines))
    assert [(b.kind, len(b.spans), b.marker and b.marker.glyph) for b in blocks] == [
        ("body", 1, "I"), ("body", 2, "1"), ("page", 1, ""), ("body", 1, None), ("body", 1, "-"),
        ("body", 1, "II")]


@SETTINGS
@given(st.text(st.sampled_from(list("1IVXLTl|.,:) -aĐ")), max_size=10))
def test_a_one_opens_a_roman_numeral_only_before_a_numeral_letter(tail):
    # parse_marker skips _roman for "1" lines whose second character is no numeral glyph
    line = "1" + tail
    assert line[1:2] in layout._ROMAN_GLYPHS or layout._roman(line) is None
