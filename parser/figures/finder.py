"""Finding the figures of a text: every number that is one, with its unit, value and
flags; stated zeros ("Không có"); counts written as words ("hai hồ sơ")."""
from __future__ import annotations

import bisect
import re
from operator import attrgetter
from dataclasses import dataclass, field

from ..numbers import parse_number, read_digits, word_key, word_number
from .lexicon import (COMMON_WORDS, MEASURES, SCALES, UNIT_FIRST_WORDS, UNIT_SET, match_unit, phrase_keys,
                      unit_of_words, word_distance)
from ..text_tables import Row, Table
from .scanner import AFTER_REACH, MARKER_LINE, NUMBER, Scanner, abbreviation, nxt_words, spans_of
from .units import acronym_unit, display_unit, printed_unit, rate_unit
from .words import Words, read_words, words_before

_HAS_DIGIT = re.compile(r"\d")
_SECOND_COUNT = re.compile(r"/(?P<n>\d{1,3}(?:\.\d{3})*)(?=[ \t]+[^\W\d_])")     # "đoàn/47 lượt người"
_START = attrgetter("start")
_MIXED = re.compile(r"(?=\w*\d)(?=\w*[^\W\d_])\w+")
_ZERO = re.compile(r"(?:khong|chua)(?<!\wkhong)(?<!\wchua)\s+(?:c[o0-9e¢&d]{1,2}|phat\s+sinh)(?![\w])")
# "103/213 xã": digits, a slash, digits, nothing glued on either side (not "12/3/2023", "45/KH")
_FRACTION = re.compile(r"(?<![\w/.,-])(?P<a>\d{1,4})/(?P<b>\d{1,4})(?![\w/.,-]|,\d)")
_ALL_OF = re.compile(r"(?<![\w])c[ae]{1,2}\s+$")           # "cả" (OCR "céa"), folded
_NUMBER_WORDS = ("mot", "hai", "ba", "bon", "bay", "chin", "muoi")    # folded
# words before "hai" that make it "hại" or "hải" ("thiệt hại tài sản", "tác hại", "hàng hải")
_HAI_COMPOUND = re.compile(r"(?<![\w])(?:thiet|tac|gay|doc|hang|bien|duyen)\s+$")
_AFTER_A_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_]* $")        # (the number word's capital checked first)
# the rest of a label and its colon, then a number (on the label's line)
_LABEL_OF_A_COUNT = re.compile(r"[^\n:.;]{0,60}:[ \t]*\d")
# a noun whose word opens a verb with the word after it: "Đã" printed "ba" before "giải quyết" is no count
_VERB_AFTER = {"giai": ("quyet", "ngan", "phong", "the", "trinh", "dap")}
_NEXT_WORD = re.compile(r"[ \t\n]+(\w+)")
_THRESHOLD_WORDS = 4        # "từ 50 tuổi trở lên": a bound after the number and its noun


# "từ" before a number, folded, as OCR prints it ("tr", "tir", "tw")
_FROM_BEFORE = re.compile(r"(?<![\w])(?:tu|tr|tir|tw|ttr)\s+$")


def _threshold(ws: Words) -> bool:
    """"người từ 50 tuổi trở lên", "nợ từ 03 tháng trở lên" (after "từ"): the number bounds what is
    counted, it counts nothing; "đạt 720.000 tấn trở lên" is a target, and a figure (folded keys;
    OCR prints "trở" as "tr&", "trơ", "tro")."""
    keys = ws.keys[:_THRESHOLD_WORDS + 1]
    return any(k in ("tro", "tr") and nxt in ("len", "xuong") for k, nxt in zip(keys[1:], keys[2:]))
# incidents a report counts in "vụ" (folded; a stray letter allowed: OCR "ngo doc", "chay n6")
_INCIDENT = re.compile(r"(?:(?:so\s+)?(?:vu\s+)?)(?:tai\s+n[a-z0-9]n|ng[o0-9]\s+d[o0-9]c|chay(?:\s+n[o0-9])?|chay\s+rung|"
                       r"vi\s+pham|t[o0-9]i\s+pham|duoi\s+nuoc|gay\s+roi|danh\s+bac|trom\s+cap)(?![\w])")
_ORDINAL_WORD = re.compile(r"(?<![\w])thu\s+$")          # "thứ" before a number word, folded
# "(nam 19, nữ 6)", "(nữ 12 người; nam 15 người)" (folded; OCR prints "nữ" as "nit", "nw", "ntr")
_SEX = r"(?P<w{0}>n[ai]m|n(?:u|w|tr|ir|it|ii))\s*:?\s*(?P<{0}>\d[\d.]*)(?:\s+nguoi)?"
_BY_SEX = re.compile(r"\(\s*(?:trong\s+do\s*:?\s*)?" + _SEX.format("a") + r"\s*[,;]\s*" + _SEX.format("b") + r"\s*\)")

# number words as printed: with their own marks, or with none (OCR lost them)
_NUMBER_WORD_FORMS = frozenset("một mot hai ba bốn bon bảy bẩy bay chín chin mười muoi".split())

# "năm", "tháng" after a number word are dates or durations in running text ("hai năm qua")
# ("một bộ phận": a part of, not one set)
NOT_COUNTED_IN_WORDS = ("năm", "tháng", "ngày", "tuần", "giờ", "lần", "đồng", "bộ")


@dataclass(slots=True)
class Figure:
    """A figure found while scanning, before ids are given."""

    start: int
    end: int
    text: str
    value: float | int
    unit: str | None
    unit_span: tuple[int, int] | None
    kind: str                     # "count" | "percent" | "zero"
    decimals: int = 0
    confidence: float = 0.9
    flags: list[str] = field(default_factory=list)
    parent: int | None = None     # index of the total in the figure list
    sentence: int = 0


class FigureFinder(Scanner):
    def find(self) -> list[Figure]:
        figures = []
        figure_words, make = self.figure_words, self._figure
        for m in NUMBER.finditer(self.text):
            token = m.group()
            parsed = parse_number(token)
            if parsed is None:
                continue
            ws = figure_words(m, token, parsed)
            if ws is not None and not (_FROM_BEFORE.search(self.folded, max(0, m.start() - 6), m.start())
                                       and _threshold(ws)):
                figures.append(make(m, token, parsed, ws))
        figures.extend(self._zeros())
        figures.extend(self._number_words())
        if "(" in self.text:
            taken = {f.start for f in figures}
            figures.extend(f for f in self._by_sex() if f.start not in taken)
        if "/" in self.text:
            figures.extend(self._fractions())
            figures.extend(self._second_counts(figures))
        figures.sort(key=_START)
        ends = self.sentence_ends
        for f in figures:
            f.sentence = bisect.bisect_right(ends, f.start)
        return figures

    def _figure(self, m: re.Match, token: str, parsed, ws: Words) -> Figure:
        start, end = m.span()
        if token[-1] == "%":
            return Figure(start, end, token, parsed.value, "%", (end - 1, end), "percent",
                          parsed.decimals, min(0.95, parsed.confidence), list(parsed.flags))
        if token[-1] in "đĐ":   # "500.000đ"
            return Figure(start, end, token, parsed.value, "đồng", (end - 1, end), "count",
                          parsed.decimals, parsed.confidence * 0.95, list(parsed.flags))
        text = self.text
        if text.startswith("%", end) or text.startswith(" %", end):
            pct = text.index("%", end)
            return Figure(start, pct + 1, text[start:pct + 1], parsed.value, "%", (pct, pct + 1),
                          "percent", parsed.decimals, min(0.95, parsed.confidence), list(parsed.flags))
        value = parsed.value
        keys = ws.keys
        if len(keys) >= 3 and keys[0] == "(" and keys[2] == ")" and word_number(ws.texts[1]) is not None:
            ws = ws.after(3)     # "02 (hai) hồ sơ": the count spelled out again
        scale = None
        scale_name = _scale_of(ws.keys[0]) if ws.keys else None
        if scale_name is not None and not _noun_at_scale(ws, text):
            scale = (scale_name, ws.starts[0], ws.end(0))
            ws = ws.after(1)
        row = self.tables.cell_at.get(start) if scale is None else None
        # a table row's next line is the next row: its unit is the table's, never after it
        unit = (_cell_unit(text, *row) if row is not None
                else match_unit(ws, text) or acronym_unit(ws) or rate_unit(ws))
        if unit is None and row is not None and _ends_its_table(text, *row):
            # "- Số tiền tạm giữ …: 1.968.250.000" with "đồng;" wrapped onto the next line, no row
            unit = match_unit(nxt_words(text, end), text)
        if row is not None and unit is not None and unit[0] == "%":
            return Figure(start, end, token, parsed.value, "%", (unit[1], unit[2]), "percent",
                          parsed.decimals, min(0.95, parsed.confidence), list(parsed.flags))
        if unit is None and row is None and ws.keys and _garbled_dong(ws.keys[0]) and (
                scale is not None or value >= 1000 and ws.keys[0][0] == "d" and ws.keys[0] not in COMMON_WORDS):
            # "1,5 tỷ dodng", "2.846.520.000 dodng": money, as OCR garbled it
            unit = ("đồng", ws.starts[0], ws.end(0))
        if scale is not None:
            # "18.450 triệu đồng": the value as printed, the multiplier in the unit
            name = scale[0]
            if unit is None:
                unit = scale
            elif unit[0] == "đồng chí":
                unit = (f"{name} đồng", scale[1], ws.end(0))   # "214 triệu đồng chi phí"
            else:
                unit = (f"{name} {display_unit(text, unit) if unit[0] in UNIT_SET else unit[0]}",
                        scale[1], unit[2])
        known_unit = unit is not None
        confidence = parsed.confidence * (0.95 if len(token) > 1 else 0.75)
        if unit is None and row is None:
            abbr = self._abbreviation_at(ws, end) if ws.texts else None
            if abbr:
                known_unit = True
                unit = (abbr, ws.starts[0], ws.end(0))
            else:
                unit = printed_unit(ws)
                confidence *= 0.9
        elif unit is not None and unit[0] in UNIT_SET and scale is None:
            unit = (display_unit(text, unit), unit[1], unit[2])
        flags = list(parsed.flags)
        if self._garbled_nearby(start, end) or len(token) <= 2 and token[0] != "0" and not known_unit:
            # beside a word the OCR mixed with digits, or a short bare number with no known noun:
            # it may be a syllable read as digits
            flags.append("doubtful")
            confidence *= 0.8
        if parsed.decimals == 3 and "," in token and unit and unit[0] not in MEASURES:
            # "1,626 hồ sơ": a count has no thousandths; the OCR read the thousands dot as a comma
            value = int(read_digits(token.replace(",", "").replace(".", "").replace(" ", "")))
            flags.append("ocr-separator")
            confidence = min(confidence, 0.6)
        return Figure(start, end, token, value, unit[0] if unit else None, (unit[1], unit[2]) if unit else None,
                      "count", parsed.decimals, confidence, flags)

    def _abbreviation_at(self, ws: Words, number_end: int) -> str | None:
        """The unit the first of `ws` (after the number ending at `number_end`) abbreviates, read whole."""
        if ws.end(0) < number_end + AFTER_REACH:
            return abbreviation(ws.texts[0])
        return self.abbreviated_unit(ws.starts[0])     # the word reached past the look-up: read it again

    def _garbled_nearby(self, start: int, end: int) -> bool:
        """Is the word just before or after the number a mix of letters and digits ("1a", "s6")?"""
        text, lo = self.text, start - 6 if start > 6 else 0
        if not _HAS_DIGIT.search(text, lo, start) and not _HAS_DIGIT.search(text, end, end + 6):
            return False       # most figures stand among words with no digit: nothing is sliced
        before, after = text[lo:start], text[end:end + 6]
        around = before.split()[-1:] + after.split()[:1]
        return any(_MIXED.fullmatch(w.strip(",.;:()")) for w in around)

    def _zeros(self) -> list[Figure]:
        """Stated zeros: "Tiếp nhận đơn tố cáo: Không có.", "Kết quả: Không có công dân đến",
        "- Không có đơn khiếu nại." (opening a bullet or a sentence, before a counted noun),
        "Chưa có ...", "Không phát sinh đơn thư khiếu nại"."""
        out = []
        text = self.text
        for start, end in spans_of(_ZERO, self.folded, ("khong", "chua")):
            if self.excluded_span(start) or _LABEL_OF_A_COUNT.match(text, end):
                continue          # "+ Chưa có điều kiện thi hành: 367 việc": a label, its count printed
            before = text[max(0, start - 3):start].rstrip(" \t")
            ws = nxt_words(text, end)
            unit = match_unit(ws, text)
            if not before.endswith(":"):
                line_start = self.line_start_if_bare(start)
                opens = (line_start is not None and MARKER_LINE.match(text, line_start, start)
                         and (text[line_start:start].strip() or not _wrapped_onto(text, line_start))
                         or not text[self.sentence_start(start):start].strip())
                if not opens:
                    continue
                if unit is None:
                    unit = printed_unit(ws, 3)
                    if unit is None or unit[0] in NOT_COUNTED_IN_WORDS:
                        continue
            if unit is None:
                unit = self._incident_before_colon(start) or self._unit_before_colon(start)
            out.append(Figure(start, end, text[start:end], 0, unit[0] if unit else None,
                              (unit[1], unit[2]) if unit else None, "zero", 0, 0.8))
        return out

    def _incident_before_colon(self, pos: int) -> tuple[str, int, int] | None:
        """"Tai nạn giao thông: Không có.", "Ngộ độc thực phẩm: Không có.": incidents are counted in
        "vụ" (the label's own nouns, "thực phẩm", are not what is counted)."""
        colon = self.text.rfind(":", max(0, pos - 60), pos)
        if colon < 0:
            return None
        line_start = self.text.rfind("\n", 0, colon) + 1
        label = len(self.text[line_start:colon]) - len(self.text[line_start:colon].lstrip(" \t-+•*~–"))
        m = _INCIDENT.match(self.folded, line_start + label, colon)
        # the label names the incident first ("Đơn vị vi phạm:" counts units)
        return ("vụ", m.start(), m.end()) if m else None

    def _unit_before_colon(self, pos: int) -> tuple[str, int, int] | None:
        """The noun of the label before the colon: one ending the label ("Số đơn thư: Không có"),
        else the first one in it ("Tiếp nhận đơn khiếu nại, tố cáo: Không có" -> "đơn")."""
        colon = self.text.rfind(":", 0, pos)
        ws = [w for w in words_before(self.text, colon, 8) if w.key not in ",;:.()"]
        run = Words.of(ws)
        first = None
        for i in range(len(ws)):
            unit = match_unit(run.after(i))
            if unit and unit[2] == ws[-1].end and (" " in unit[0] or phrase_keys(unit[0]) == (ws[-1].key,)):
                return unit     # a noun ending the label, printed plainly ("tố cáo" is not "cây")
            if unit and first is None:
                first = unit
        return first

    def _fractions(self) -> list[Figure]:
        """"103/213 xã đạt chuẩn", "đạt 17/18 chỉ tiêu": a part and its whole, both counts of the noun
        after them (not a date: the noun is a lexicon one; not a document number: digits only)."""
        out = []
        text = self.text
        for m in _fractions_in(text):
            part, whole = int(m["a"]), int(m["b"])
            if not 0 < part <= whole or self.excluded_span(m.start()):
                continue
            unit = match_unit(nxt_words(text, m.end()), text)
            if unit is None or unit[0] in MEASURES or unit[0] in NOT_COUNTED_IN_WORDS:
                continue
            span = (unit[1], unit[2])
            out.append(Figure(m.start("a"), m.end("a"), m["a"], part, unit[0], span, "count", 0, 0.85, ["fraction"]))
            out.append(Figure(m.start("b"), m.end("b"), m["b"], whole, unit[0], span, "count", 0, 0.85, ["fraction"]))
        return out

    def _second_counts(self, figures: list[Figure]) -> list[Figure]:
        """"09 đoàn/47 lượt người", "05 lớp/250 học viên": a second count after a slash, glued to the
        noun of the figure before it (whose unit is read from the noun before the slash)."""
        out = []
        text = self.text
        by_end = {f.end: f for f in figures}
        slash = text.find("/")
        while slash >= 0:
            m = _SECOND_COUNT.match(text, slash)
            if m is not None and text[slash - 1:slash].isalpha():
                noun_start = text.rfind(" ", 0, slash) + 1
                first = by_end.get(noun_start - 1)
                noun = unit_of_words((text[noun_start:slash],)) if first is not None else None
                unit = match_unit(nxt_words(text, m.end()), text) if noun is not None else None
                if unit is not None and unit[0] not in MEASURES:
                    if first.unit is None:
                        first.unit, first.unit_span = noun[0], (noun_start, slash)
                    parsed = parse_number(m["n"])
                    if parsed is not None:
                        out.append(Figure(m.start("n"), m.end("n"), m["n"], parsed.value, unit[0], (unit[1], unit[2]),
                                          "count", parsed.decimals, 0.85, list(parsed.flags)))
            slash = text.find("/", slash + 1)
        return out

    def _by_sex(self) -> list[Figure]:
        """"27 trường hợp (nam 19, nữ 6)": a count split by sex in brackets. "nam" before a number
        is otherwise "năm" (a year), and a bare digit no figure: beside "nữ" both are counts of the
        total's noun (parser.figures.structure links them to it and gives them its unit)."""
        out = []
        for m in _BY_SEX.finditer(self.folded):
            if m["wa"].endswith("m") == m["wb"].endswith("m"):
                continue        # both "nam" or both "nữ": not a split by sex
            for group in ("a", "b"):
                parsed = parse_number(m[group])
                if parsed is None or isinstance(parsed.value, float):
                    break
                out.append(Figure(m.start(group), m.end(group), m[group], parsed.value, None, None, "count",
                                  0, 0.8, ["by-sex"]))
        return out

    def _number_words(self) -> list[Figure]:
        """Counts written as words, only before a counted noun: "hai hồ sơ"."""
        out = []
        text, folded = self.text, self.folded
        for start, end in _number_word_spans(folded):
            if start and folded[start - 1].isalnum():
                continue
            if text[start:end].lower() not in _NUMBER_WORD_FORMS:
                continue   # "trưng bày", "bà", "chìn": another word that folds alike
            if _ALL_OF.search(folded, max(0, start - 6), start):
                continue   # "trên cả ba tiêu chí": all of them, not a count reported
            if _ORDINAL_WORD.search(folded, max(0, start - 6), start):
                continue   # "PHẦN THỨ HAI", "lần thứ ba": an ordinal
            if folded.startswith("hai", start) and (_HAI_COMPOUND.search(folded, max(0, start - 8), start)
                                                    or folded.startswith(" long", end)):
                continue   # "thiệt hại tài sản", "hàng hải", "chỉ số hài lòng": "hại", "hải", "hài", no two
            if text[start].isupper() and _AFTER_A_NAME_WORD.search(text, max(0, start - 12), start):
                continue   # "huyện Tiền Hải báo cáo": part of a name
            first = _NEXT_WORD.match(folded, end)
            if not first or first.group(1) not in UNIT_FIRST_WORDS:
                continue   # a counted noun must follow, printed plainly
            ws = nxt_words(text, end)
            if not ws.keys or word_distance(ws.keys[0], "so") < 99 or ws.keys[0] == "trong":
                continue
            unit = match_unit(ws)
            if unit is None or unit[0] in NOT_COUNTED_IN_WORDS:
                continue
            if len(ws.keys) > 1 and ws.keys[1] in _VERB_AFTER.get(ws.keys[0], ()):
                continue   # "ba giải quyết xong" is "Đã giải quyết xong"
            if word_key(text[unit[1]:unit[2]]) != word_key(unit[0]):
                continue  # only a noun printed plainly: "hai" before a garbled word may be "hài", "hải"
            value = word_number(text[start:end])
            out.append(Figure(start, end, text[start:end], value, unit[0],
                              (unit[1], unit[2]), "count", 0, 0.7, ["number-word"]))
        return out


# one pattern per number word: a pattern opening with a literal is searched for as fast as
# str.find, and it checks the word's end itself (an alternation would test every character)
_NUMBER_WORD_ENDS = [re.compile(word + r"(?!\w)") for word in _NUMBER_WORDS]


def _unit_in_label(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The unit a table row's label names: in its brackets ("Tổng vốn đăng ký (tỷ đồng)"), or as
    the noun it counts ("Số doanh nghiệp giải thể")."""
    label = text[start:end]
    close = label.rfind("(") if label.rstrip().endswith(")") else -1
    if close >= 0:          # (a header cell may be its bracket alone: "(triệu đồng)")
        found = _scaled_unit(text, read_words(text, start + close + 1, 4, 40))
        if found is not None:
            return found
    ws = read_words(text, start, 7, end - start)
    keys = ws.keys
    if not keys:
        return None
    n = 2 if keys[0] == "tong" else 1
    if len(keys) > n and len(keys[n - 1]) <= 2 and ws.texts[n - 1][:1] in "sS8":   # "Số", "Sé", "S6", "8d"
        n += keys[n] == "luong"
        found = match_unit(ws.after(n), text)
        if found is not None:
            return (display_unit(text, found) if found[0] in UNIT_SET else found[0]), found[1], found[2]
    return None


_ROWS_BACK = 6


def _cell_unit(text: str, table: Table, row: Row, k: int) -> tuple[str, int, int] | None:
    """The unit of a table's k-th figure in `row`: its cell in a unit column, its label's ("Số ca
    phẫu thuật (ca)"), its column's in the header ("Diện tích (ha)", "Lượt người"), the table's
    "Đơn vị tính", else that of the rows right above it, which the remaining rows share ("Rút
    khỏi thị trường : 651" after two rows counting doanh nghiệp)."""
    cell = table.header_cell(row, k)
    if cell and text[cell[0]:cell[1]].endswith("(%)"):
        return "%", cell[1] - 2, cell[1] - 1          # a share column, whatever the row counts
    if row.unit is not None:
        return unit_named(text, *row.unit, whole=True)
    found = _unit_in_label(text, *row.label)
    if found is not None:
        return found
    if cell is not None:
        found = _unit_in_cell(text, *cell)
        if found is not None:
            return found
    if table.unit is not None:
        return unit_named(text, *table.unit)
    i = row.index
    for above in reversed(table.rows[max(0, i - _ROWS_BACK):i]):
        found = _unit_in_label(text, *above.label)
        if found is not None:
            return found
    return None


_NEXT_LINE_WORD = re.compile(r"\n[ \t]*(\w)")


def _ends_its_table(text: str, table: Table, row: Row, k: int) -> bool:
    """Is this the last figure of the table's last row, its line wrapped on in lower case (what
    follows it is no row, nor a new sentence)?"""
    if row is not table.rows[-1] or k != len(row.cells) - 1:
        return False
    m = _NEXT_LINE_WORD.match(text, row.end)
    return m is not None and m.group(1).islower()


def unit_named(text: str, start: int, end: int, whole: bool = False) -> tuple[str, int, int]:
    """The unit an "Đơn vị tính:" line names: a lexicon unit it opens with ("tỷ đồng", "vu, viéc"
    is vụ, việc), else the words as printed. A unit column's cell (`whole`) is a unit to its end:
    a lexicon one printed whole, else its multiplier and the rest as printed ("nghìn HK")."""
    found = _scaled_unit(text, read_words(text, start, 6, end - start), whole_to=end if whole else None)
    if found is not None:
        return found
    words = text[start:end].split()
    if whole:
        scale = SCALES.get(word_key(words[0])) if len(words) > 1 else None
        words = ([scale] if scale else [words[0].lower()]) + [w if w.isupper() else w.lower() for w in words[1:]]
        return " ".join(words), start, end
    return " ".join(words).lower(), start, end


def _scaled_unit(text: str, ws: Words, whole_to: int | None = None) -> tuple[str, int, int] | None:
    """The lexicon unit the words open with, after a multiplier if any ("tỷ đồng"); with
    `whole_to`, only one printed to there, letter for letter but a slip in a word (a heading may
    be any noun phrase: "Dự toán" is no "dự thảo")."""
    n = 1 if ws.keys and ws.keys[0] in SCALES else 0
    found = match_unit(ws.after(n), text)
    if found is None or whole_to is not None and (
            found[2] != whole_to or not _near_letter_for_letter(ws.keys[n:], [word_key(w) for w in found[0].split()])):
        return None
    unit = display_unit(text, found) if found[0] in UNIT_SET else found[0]
    return (f"{SCALES[ws.keys[0]]} {unit}" if n else unit), ws.starts[0], found[2]


def _near_letter_for_letter(printed: list[str], unit: list[str]) -> bool:
    """Is each printed word its unit word, or that word with one letter slipped?"""
    return len(printed) == len(unit) and all(a == b or len(b) > 2 and word_distance(a, b) <= 1
                                             for a, b in zip(printed, unit))     # ("HK" is no "hộ")


def _unit_in_cell(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The unit a header cell names: in its brackets ("Diện tích (ha)", "Tỷ lệ (%)"), or the
    whole cell when it is a counted noun ("Lượt người", "tỷ đồng")."""
    cell = text[start:end]
    if cell.endswith(")"):
        if cell.endswith("(%)"):
            return "%", end - 2, end - 1
        return _unit_in_label(text, start, end)
    return (_scaled_unit(text, read_words(text, start, 5, end - start), whole_to=end)
            or _unit_in_label(text, start, end))       # "Số hộ vay": the noun counted


def _noun_at_scale(ws: Words, text: str) -> bool:
    """Does a lexicon noun open with what reads as a multiplier ("05 ngân hàng", folded "ngan")?"""
    found = match_unit(ws, text)
    return found is not None and " " in found[0] and found[0].split()[0] not in ("nghìn", "ngàn", "triệu", "tỷ")


def _scale_of(key: str) -> str | None:
    """The multiplier a word after a number names: "tỷ", "triệu" (OCR "trigu", "trléu" too), "nghìn", "ngàn"."""
    found = SCALES.get(key)
    if found is None and len(key) == 5 and key[:2] == "tr" and word_distance(key, "trieu") <= 1:
        found = "triệu"
    return found


def _garbled_dong(key: str) -> bool:
    """Is the word after "tỷ"/"triệu" "đồng" with a letter too many or misread ("dodng", "ddng",
    "ddmg")?"""
    return 3 <= len(key) <= 5 and key[0] in "dbp" and key.endswith(("ng", "mg")) and word_distance(key, "dong") <= 2


def _fractions_in(text: str) -> list[re.Match]:
    """The matches of `_FRACTION.finditer(text)`, tried only at the digits before a slash that
    has a digit before it and `_FRACTION`'s end after it (a pattern opening with a look-behind is
    tried at every character of the text; most slashes are in dates and document numbers)."""
    out, resume = [], 0
    for found in _FRACTION_SLASH.finditer(text):
        slash = start = found.start()
        while start > 0 and slash - start < 4 and text[start - 1].isdigit():
            start -= 1
        if start >= resume:
            m = _FRACTION.match(text, start)
            if m:
                out.append(m)
                resume = m.end()
    return out


# the slash of a `_FRACTION`: a digit before it, its second number and what may follow after it
# (the slash first: the regex engine finds a literal quickly)
_FRACTION_SLASH = re.compile(r"/(?<=\d/)(?=\d{1,4}(?![\w/.,-]|,\d))")


def _number_word_spans(folded: str) -> list[tuple[int, int]]:
    """Where a number word ends a word of the folded text ("hai", and "hai" in "khai"). No two
    can overlap (no number word ends with the start of another)."""
    spans = [m.span() for pattern in _NUMBER_WORD_ENDS for m in pattern.finditer(folded)]
    spans.sort()
    return spans


def _wrapped_onto(text: str, line_start: int) -> bool:
    """Does the paragraph of the line before run on to this line ("… gặp khó khăn do" / "không
    có nguồn tuyển.")? Then a bare "không có" opening this line opens no statement."""
    prev = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:line_start].strip()
    # a wrapped line is a long one; a heading ("2. Tiếp nhận phản ánh, kiến nghị") ends its own line
    return (len(prev) >= _WRAPPED_LINE and (prev[-1].isalnum() or prev[-1] == ",")
            and not _HEADING_START.match(prev))


_WRAPPED_LINE = 50
_HEADING_START = re.compile(r"(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s")
