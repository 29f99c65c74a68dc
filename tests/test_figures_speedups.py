"""The faster helpers behind the figures give exactly what the plainer code they replaced
gave (kept here as the reference), on generated and OCR-damaged text."""
from hypothesis import given, settings, strategies as st

from parser.figures.lexicon import (_FUNCTION_KEYS, VOI_KEYS, MAX_UNIT_LEN, MEASURES, PUNCT, UNIT_LIST, _entries_for_first, _unit_keys,
                                    _vowels_apart, match_keys, match_unit, plain_syllable)
from parser.figures.outline_lookup import OutlineLookup
from parser.figures.words import Words, read_words
from parser.model import Document, OutlineNode, SourceInfo


# ---------------------------------------------------------------- match_unit

def _match_unit_reference(ws: Words, turns: bool = False):
    """`match_unit` as it was: read from the Words, uncached per phrase (`turns`: the noun after a "lượt")."""
    if not ws.keys:
        return None
    first = ws.keys[0]
    if not first or first in PUNCT or not _entries_for_first(first):
        return None
    found = match_keys(tuple(ws.keys[:MAX_UNIT_LEN]), plain_syllable(ws.texts[0]))
    if found is None:
        return None
    unit, n = found
    if n >= 2 and ws.texts[n - 1].lower() != unit.split()[-1] and (
            ws.keys[n - 1] in _FUNCTION_KEYS or ws.keys[n - 1] == "so" and n < len(ws) and ws.keys[n] in VOI_KEYS):
        # (since session 8) "07 ho chua nhận" is "hộ chưa", "04 ca so với" no "cơ sở", the words
        # before a unit of their own
        found = match_keys(tuple(ws.keys[:n - 1]), plain_syllable(ws.texts[0])) or found
        unit, n = found
    keys = _unit_keys(unit)
    if not any(w == t for w, t in zip(ws.keys[:n], keys)) and any(
            not text.isascii() and not _vowels_apart(w, t) for text, w, t in zip(ws.texts[:n], ws.keys, keys)):
        return None
    if unit == "lượt" and n < len(ws) and ws.starts[n] <= ws.end(n - 1) + 2 and not turns:
        counted = _match_unit_reference(ws.after(n), turns=True)      # (since session 5) "lượt phương tiện"
        if counted is not None and counted[0] not in MEASURES and counted[0] != "lượt":
            return f"lượt {counted[0]}", ws.starts[0], counted[2]
    return unit, ws.starts[0], ws.end(n - 1)


_SLIPS = {"ơ": "é", "ồ": "o", "ư": "u", "ệ": "e", "n": "m", "o": "0", "i": "1", "s": "5", "đ": "d", "h": "b"}


def _damaged(word: str, where: int, what: int) -> str:
    """A word as an OCR might print it: unchanged, without marks, or one letter misread."""
    if what == 0 or not word:
        return word
    if what == 1:
        import unicodedata
        return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    i = where % len(word)
    return word[:i] + _SLIPS.get(word[i], "a") + word[i + 1:]


_phrase = st.lists(st.tuples(st.sampled_from(UNIT_LIST + ["trong", "đó", "năm", "2022", "9.651", "(", ",", "tỷ",
                                                          "người", "dân", "khác"]),
                             st.integers(0, 9), st.integers(0, 2)), min_size=0, max_size=5)
_gap = st.sampled_from([" ", "  ", ", ", " (", "\n", " “", "; "])


@settings(max_examples=400, deadline=None)
@given(_phrase, _gap)
def test_a_unit_is_matched_as_before(phrase, gap):
    text = gap + " ".join(_damaged(w, where, what) for w, where, what in phrase) + " ."
    ws = read_words(text, 0, MAX_UNIT_LEN + 1, 60)
    assert match_unit(ws) == _match_unit_reference(ws)
    for k in range(1, len(ws)):
        assert match_unit(ws.after(k)) == _match_unit_reference(ws.after(k))


# ---------------------------------------------------------------- OutlineLookup

@st.composite
def _outline(draw, lo=0, hi=400, depth=0):
    """Sibling nodes in text order inside [lo, hi), with gaps between them, each maybe with children."""
    cuts = sorted(set(draw(st.lists(st.integers(lo, hi), max_size=6 if depth < 3 else 0))))
    nodes = []
    for a, b in zip(cuts[::2], cuts[1::2]):
        if a == b:
            continue
        numbered = draw(st.booleans())
        node = OutlineNode("section", "1" if numbered else None, f"{depth}.{a}" if numbered else None,
                           1, a, b, a, a)
        node.children = draw(_outline(lo=a, hi=b, depth=depth + 1))
        nodes.append(node)
    return nodes


@settings(max_examples=300, deadline=None)
@given(_outline(), st.lists(st.integers(-5, 405), max_size=40), st.booleans())
def test_outline_look_ups_answer_as_the_document_does(outline, offsets, in_order):
    doc = Document(source=SourceInfo("t.txt", "", "utf-8", 1), text=" " * 400)
    doc.outline = outline
    lookup = OutlineLookup(doc)
    for offset in sorted(offsets) if in_order else offsets:
        assert lookup.node_at(offset) is doc.node_at(offset)
        assert lookup.section_at(offset) == doc.section_at(offset)


# ---------------------------------------------------------------- the characters before a number

@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\n-–~+•*ab1:(", max_size=60), st.integers(0, 60))
def test_a_line_opening_is_seen_as_the_stripped_window_sees_it(text, start):
    from parser.figures.scanner import MARKER_LINE_ENDS, Scanner
    start = min(start, len(text))
    scanner = Scanner.__new__(Scanner)
    scanner.text = text
    kept = text[start - 40 if start > 40 else 0:start].rstrip(MARKER_LINE_ENDS)
    assert scanner._may_open_line(start) == (not kept or kept[-1] == "\n")


def _cue_before_reference(text: str, start: int) -> int:
    """`Scanner._cue_before` as it was: the window's last three words, split every time."""
    from parser.figures.cues import cue_of, may_cue
    from parser.figures.words import WORD
    lo = start - 32 if start > 32 else 0
    window = text[lo:start]
    chunks = window.rsplit(None, 3)
    if not chunks:
        return 0
    last = chunks[-1]
    if last.isalnum():
        if not may_cue(last):
            return 0
    elif last[-1] in PUNCT:
        return 0
    words = chunks[-3:] if len(chunks) < 4 else chunks[1:]
    if not all(w.isalnum() for w in words):
        words = WORD.findall(window)[-3:]
    if len(words) == 3 and start > 32 and not text[start - 33].isspace():
        words = words[1:]
    return cue_of(tuple(words))


_cue_words = st.sampled_from(["ngày", "ngay", "tháng", "théng", "năm", "nim", "thứ", "giai", "đoạn", "mức", "độ",
                              "thuốc", "tỷ", "số", "hồ", "sơ", "15", "2022", "Quyết", "định", "x1"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_cue_words, st.sampled_from([" ", "  ", "\n", "\t", ", ", " (", ""])), max_size=10),
       st.sampled_from([" ", "", "\n", "  "]))
def test_the_words_before_a_number_say_what_they_said(words, gap):
    from parser.figures.scanner import Scanner
    text = "".join(w + g for w, g in words) + gap + "12"
    scanner = Scanner.__new__(Scanner)
    scanner.text = text
    start = len(text) - 2
    assert scanner._cue_before(start) == _cue_before_reference(text, start)


# ---------------------------------------------------------------- where numbers are

_NUMBER_AS_IT_WAS = (r"[\dlI](?<![\w.,/\-–:&¢€][\dlI])(?:(?<=\d)|(?=\.\d{3}(?!\d)))[\dOolISB]*"
                     r"(?:(?:\.[ ]?|,)\d[\dOolISB]*)*(?:[ ]?%|[đĐ](?!\w)|(?![\w/\-–&¢€]|[.,:/]\d))")


def test_a_number_opens_with_what_the_quick_class_lets_through():
    import re
    import sys
    from parser.figures.scanner import NUMBER
    quick = re.compile(NUMBER.pattern[:NUMBER.pattern.index("]") + 1])
    exact = re.compile(r"[\dlI]")
    assert all(quick.match(chr(c)) for c in range(sys.maxunicode + 1) if exact.match(chr(c)))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789lIOoSB.,% /-–:đĐaơ \n٣١２𝟙", max_size=60))
def test_numbers_are_found_where_they_were(text):
    import re
    from parser.figures.scanner import NUMBER
    assert [m.span() for m in NUMBER.finditer(text)] == [m.span() for m in re.finditer(_NUMBER_AS_IT_WAS, text)]
