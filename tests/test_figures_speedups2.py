"""The faster figure rules give exactly what the code they replaced gave (kept here as the
reference): the rules that say a number is no figure (in another order: a year's after the
words before it), the words read after a unit's comma,
and a long run of words read at once; on generated, OCR-damaged text."""
import bisect

from hypothesis import example, given, settings, strategies as st

from parser.figures.cues import DATE_PART, DATE_WORD, L_SYLLABLE, MONTH_PART, NOT_A_FIGURE, QUARTER_PART, date_word
from parser.figures.finder import FigureFinder
from parser.figures.lexicon import MEASURES, MAX_UNIT_LEN, fuzzy_or_equal, match_unit, unit_of_words
from parser.figures.lexicon import _JOIN_REACH, _JOIN_WORDS, _joined_kinds
from parser.figures.scanner import (AFTER_REACH, AFTER_WORDS, NUMBER, _AMOUNT, _MONEY_AFTER, _NO_WORDS, _PER,
                                    _SPECIFICATION, _THOUSANDS, _period_word)
from parser.figures.words import _GAP_AND_WORD, WORD, Words, read_words
from parser.model import Document, SourceInfo
from parser.numbers import parse_number, word_key


# ---------------------------------------------------------------- is a number a figure

def _figure_words_reference(self, m, token, parsed):
    """`Scanner.figure_words` as it was: the token's shape worked out at every number."""
    text = self.text
    start, end = m.span()
    if self.outside:
        i = bisect.bisect_right(self.outside_starts, start) - 1
        if i >= 0 and self.outside[i][0] <= start < self.outside[i][1]:
            return None
    if self._may_open_line(start) and (start in self.tables.row_numbers or self.is_marker(m)) \
            or self.tables.in_header(start):
        return None     # (since session 6: a text table's row number or header caption)
    if "%" in token:    # (since session 7: a percentage bounding a group, "trên 12% là 1 xe", is none)
        return None if self.in_quotes(start) or self._bounds_a_range(start, end) else _NO_WORDS
    stripped = text[end:end + 12].lstrip(" ")
    if stripped.startswith("/") or stripped[:1] in "-–" and stripped[1:2].isdigit():
        return None
    dotless = "." not in token
    digits = token.replace(",", "") if dotless else ""
    if start in self.tables.cell_at:  # (since session 6: a text table's cell takes the table's unit)
        i = bisect.bisect_right(self.blocked_starts, start) - 1
        return None if (len(digits) == 4 and isinstance(parsed.value, int) and 1900 <= parsed.value <= 2100
                        or len(digits) >= 8 or len(digits) >= 4 and digits[0] == "0"
                        or i >= 0 and start < self.blocked_ends[i]) else _NO_WORDS
    if (len(digits) == 4 and isinstance(parsed.value, int) and 1900 <= parsed.value <= 2100
            and _year_reference(self, start, end)):
        return None
    if len(digits) >= 8 or len(digits) >= 4 and digits[0] == "0":
        return None
    i = bisect.bisect_right(self.blocked_starts, start) - 1
    if i >= 0 and start < self.blocked_ends[i]:
        return None
    if _SPECIFICATION.search(self.folded, max(0, start - 24), start):
        return None
    if digits.lstrip("0") == "1" and _PER.search(self.folded, max(0, start - 8), start):
        return None
    cue = self._cue_before(start)
    if cue & NOT_A_FIGURE and not _THOUSANDS.fullmatch(token) and not _AMOUNT.fullmatch(token) \
            and not _MONEY_AFTER.match(self.folded, end) and not (cue & DATE_PART and 31 < parsed.value < 1000) \
            and not ((cue & MONTH_PART and 12 < parsed.value <= 31 or cue & QUARTER_PART and parsed.value > 4)
                     and match_unit(read_words(text, end, AFTER_WORDS, AFTER_REACH))):
        return None     # (since session 5: no date part is "tháng 612"; since session 8: "tháng 14 hồ sơ" counts)
    nxt = read_words(text, end, AFTER_WORDS, AFTER_REACH)
    if len(nxt.keys) > 1:
        k0, k1 = nxt.keys[0], nxt.keys[1]
        if k1.isdigit() and (fuzzy_or_equal(k0, "thang") or cue & DATE_WORD and date_word(k0)):
            return None
        if (k0 in ("thang", "quy", "nam") or fuzzy_or_equal(k0, "thang")) and _period_word(k1):
            return None
    if "," in token or not dotless:
        return nxt
    if len(digits) <= 2 and nxt.keys and nxt.keys[0][:1].isdigit() and not nxt.texts[0][:1].isalpha():
        return None
    if len(digits) == 2 and digits[0] == "1" and cue & L_SYLLABLE:
        return None
    if len(digits) == 1 and match_unit(nxt) is None and not self._abbreviation_after(nxt, end):
        return None
    return nxt


def _year_reference(self, start, end):
    """`Scanner._year` as it was: the words after read first."""
    unit = match_unit(read_words(self.text, end, AFTER_WORDS, AFTER_REACH))
    prev = WORD.findall(self.text, max(0, start - 12), start)[-1:]
    return (unit is None or unit[0] in MEASURES or "\n" in self.text[end:unit[1]]
            or self.text[unit[1]:unit[2]].isupper() or bool(prev) and fuzzy_or_equal(word_key(prev[0]), "nam"))


def _as_tuple(ws):
    return None if ws is None else (ws is _NO_WORDS, ws.texts, ws.starts, ws.keys)


# what may stand before a number, the number, and what may follow it (OCR-damaged forms too)
_BEFORE = ["", "ngày", "ngay", "tháng", "théng", "năm", "nim", "quý", "thứ", "giai đoạn", "số", "là", "đạt",
           "thuốc", "tỷ", "tỷ lệ", "trên", "công suất", "công suất:", "Điện thoại:", "“Dự án", "(", "-", "\n-",
           "\n", "cả năm", "giá khởi điểm", "Quyết định số", "các loại", "tại"]
_NUMBERS = ["1", "01", "02", "2", "14", "12", "100", "2022", "1999", "2150", "0913", "6.767", "1,626", "76,82",
            "12%", "5 %", "3.210", "412,7", "1. 626", "l.200", "1.2O0", "12345678", "9", "30/4", "5-7", "1.5",
            "10ng", "500.000đ"]
_AFTER = ["", "hồ sơ", "người", "đơn vị", "cơ quan, đơn vị", "tháng đầu năm", "tháng cuối", "tháng 5", "ngày 3",
          "tỷ đồng", "triệu đồng", "(hai) hồ sơ", "đ/c", "ha", "m3/ngày", "xã", "USB", "phút/ngày", "%", ".",
          ", trong đó", "/QĐ-UBND", "- 7", "6.767", "năm 2020", "là", "Hồ sơ", "hành”", "\n2.", ")"]
_GAPS = [" ", "  ", "\n", ", ", ": ", "; ", ". ", ""]


@st.composite
def _numbers_in_context(draw):
    pieces = draw(st.lists(st.tuples(st.sampled_from(_BEFORE), st.sampled_from(_GAPS[:3]), st.sampled_from(_NUMBERS),
                                     st.sampled_from(_GAPS), st.sampled_from(_AFTER), st.sampled_from(_GAPS)),
                           min_size=1, max_size=8))
    return "".join("".join(p) for p in pieces)


@settings(max_examples=800, deadline=None)
@given(_numbers_in_context())
@example("thuốc 2 hồ sơ; tỷ 14 người; cả năm 3.210 ha, giá khởi điểm 412,7 tỷ đồng; năm 2 tỷ đồng")
@example("ngày 05 théng 7 nim 2022, 9 tháng đầu năm, trên 01 ha, 1950 hồ sơ, Điện thoại: 0913 456 789")
@example("hằng tháng 14 hồ sơ, tháng 12 năm 2024; trong quý 418 người, quý 3 năm 2024")
@example("trên 12%  là 1  ")
def test_the_same_numbers_are_figures_with_the_same_words(text):
    doc = Document(source=SourceInfo("t.txt", "", "utf-8", 1), text=text)
    scanner = FigureFinder(doc)
    for m in NUMBER.finditer(text):
        token = m.group()
        parsed = parse_number(token)
        if parsed is None:
            continue
        assert _as_tuple(scanner.figure_words(m, token, parsed)) == \
            _as_tuple(_figure_words_reference(scanner, m, token, parsed)), (text, token)


# ---------------------------------------------------------------- kinds joined after a unit's comma

def _match_unit_reference(ws: Words, text: str | None = None):
    """`match_unit` as it was: every comma after a unit read on for fourteen words."""
    texts = ws.texts
    if not texts:
        return None
    from parser.figures.lexicon import SYMBOL_UNITS
    symbol = SYMBOL_UNITS.get(texts[0].lower())
    if symbol is not None:
        return symbol, ws.starts[0], ws.starts[0] + len(texts[0])
    found = unit_of_words(tuple(texts[:MAX_UNIT_LEN]))
    if found is None:
        return None
    unit, n = found
    end = ws.starts[n - 1] + len(texts[n - 1])
    if text is not None and n < len(texts) and texts[n] == "," and unit not in MEASURES:
        unit, end = _joined_kinds(read_words(text, end, _JOIN_WORDS, _JOIN_REACH), unit, end)
    return unit, ws.starts[0], end


_KIND_WORDS = ["cơ quan", "đơn vị", "cán bộ", "giáo viên", "nhân viên", "hồ sơ", ",", ", ", " và", "12", "tháng",
               "năm", "2020", "đơn", "khiếu nại", "tố cáo", "xã", "phường", "tuyến huyện", "người", ";", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_KIND_WORDS), min_size=1, max_size=16))
@example(["cơ quan", ",", "đơn vị", "và", "12", "xã", ",", "phường", ";", "cán bộ", ", ", "giáo viên", "12"])
def test_kinds_named_together_are_read_as_before(words):
    text = " " + " ".join(words)
    for pos in [0] + read_words(text, 0, 40, len(text)).starts:      # the words after each word
        ws = read_words(text, pos, AFTER_WORDS, AFTER_REACH)
        assert match_unit(ws, text) == _match_unit_reference(ws, text)


# ---------------------------------------------------------------- many words at once

def _read_words_reference(text: str, pos: int, n: int, limit: int):
    found = _GAP_AND_WORD.findall(text, pos, pos + limit)
    del found[n:]
    texts, starts = [], []
    at = pos
    for gap, word in found:
        at += len(gap)
        texts.append(word)
        starts.append(at)
        at += len(word)
    return texts, starts


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab1 \n\t,.;:()[]“”\"'!?…đơ-", max_size=200), st.integers(0, 30),
       st.integers(9, 40), st.integers(0, 160))
def test_a_long_run_of_words_is_read_as_before(text, pos, n, limit):
    ws = read_words(text, pos, n, limit)
    assert (ws.texts, ws.starts) == _read_words_reference(text, pos, n, limit)
