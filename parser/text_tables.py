"""Tables printed as text lines, found once per text for the figures and the checks.

A row is a label and its figures to the line's end, the figures apart from the label by a
colon ("Số doanh nghiệp giải thể        : 143") or by a column gap of two spaces or more
("Thu tiền sử dụng đất      1.450,0      862,5      59,5"); a row may open with its number
("6    Thu tiền sử dụng đất …") or a bullet ("   + Cờ thi đua …"). A colon row stands alone;
rows without a colon count only two or more in a row (one line of running text may end in a
wide gap). Above a table may stand its header ("TT   Nội dung thu   Dự toán   Tỷ lệ (%)": cells
two spaces or more apart) and, above that, the line naming its unit ("Đơn vị tính: tỷ đồng").

Only the layout is read here: what the labels and header cells mean is the readers' business.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .vnfold import fold

# a row: an optional row number or bullet, the label, then its figures up to the line's end
_ROW = re.compile(
    r"[ \t]*(?:(?P<number>\d{1,3})\.?[ \t]+|(?P<bullet>[-+•~])[ \t]*)?"
    r"(?P<label>\S(?:[^\n:]*?\S)?)"
    r"(?:(?P<colon>[ \t]*:[ \t]*)|[ \t]{2,})"
    r"(?P<cells>\d[\d.,]*(?:[ \t]+\d[\d.,]*)*)[ \t.;]*$")
_CELL = re.compile(r"\d[\d.,]*")
_HEADER_CELL = re.compile(r"\S+(?:[ \t]\S+)*")          # header cells lie two spaces or more apart
# "Đơn vị tính", "ĐVT" (folded; OCR prints the Đ as P or B: "Pon vi tinh"): a unit column's header,
# or a line naming the table's unit ("Đơn vị tính: tỷ đồng")
_UNIT_HEAD = r"[dbp][o0]n\s+v[i1]"                                  # "đơn vị"
UNIT_WORDS = r"(?:" + _UNIT_HEAD + r"\s+t[i1][nm]h|[dbp]vt)"     # OCR: "timh"
# a unit column's header may say "Đơn vị" alone ("Chỉ tiêu   Đơn vị   Quý III"): not as the first
# header cell, where it heads the label column ("TT   Đơn vị   Dư nợ")
_UNIT_CELL = re.compile(UNIT_WORDS)
_UNIT_CELL_SHORT = re.compile(_UNIT_HEAD)
_ROW_NUMBER_CELL = re.compile(r"s?tt\.?")
_UNIT_LINE = re.compile(r"[ \t]*" + UNIT_WORDS + r"\s*:\s*(?P<unit>\S[^\n]*?)\s*$")
_LETTER = re.compile(r"[^\W\d_]")
_GAP = re.compile(r"[ \t]{2,}|\t")
_WRAPPED_HEADER_LINES = 2    # lines a header may wrap onto above the one over the rows
_MIN_LABEL = 3               # "Ngô"; a colon row standing alone needs a longer one
_MIN_LONE_LABEL = 8


@dataclass(slots=True)
class Row:
    start: int                           # the line's start and end
    end: int
    label: tuple[int, int]
    cells: list[tuple[int, int]]
    bulleted: bool = False
    colon: bool = False
    number: tuple[int, int] | None = None    # the row's own number ("6"), no figure
    index: int = 0                           # its place in its table
    unit: tuple[int, int] | None = None      # its cell in a unit column ("Đơn vị tính": "tỷ đồng")


@dataclass(slots=True)
class Table:
    rows: list[Row]
    width: int = 0                            # the most figures a row has
    header: list[tuple[int, int]] = field(default_factory=list)   # the header's cells
    header_start: int = 0                     # where the header's line starts
    unit: tuple[int, int] | None = None       # the unit an "Đơn vị tính:" line names
    # a header wrapped over two lines ("Giải ngân" over "(triệu đồng)", "Tỷ lệ so" over "dự toán (%)"):
    # the first line's cells; `header` is the second's
    titles: list[tuple[int, int]] = field(default_factory=list)

    def header_cell(self, row: Row, k: int) -> tuple[int, int] | None:
        """The header cell over the k-th figure of `row`. Cells are right-aligned under their
        header, so they are counted from the right; a row short of cells takes the header
        cell ending nearest its own cell's end."""
        if not self.header:
            return None
        width = self.width
        if len(self.header) < width + 1 and not self._header_over_cells(row):
            return None                       # no cell for the label: a header of another shape
        if len(row.cells) == width:
            return self.header[len(self.header) - width + k]
        column = row.cells[k][1] - row.start
        return min(self.header[1:], key=lambda c: abs(c[1] - self.header_start - column))

    def title_over(self, cell: tuple[int, int], text: str) -> str:
        """The header's words over `cell`: the title cell above it on a two-line header (the one
        its columns overlap most), then the cell itself ("Tỷ lệ (%)")."""
        if not self.titles:
            return text[cell[0]:cell[1]]
        at = text.rfind("\n", 0, cell[0]) + 1
        span = (cell[0] - at, cell[1] - at)
        above = text.rfind("\n", 0, at - 1) + 1

        def overlap(title: tuple[int, int]) -> int:
            return min(span[1], title[1] - above) - max(span[0], title[0] - above)
        title = max(self.titles, key=overlap)
        return (text[title[0]:title[1]] + " " if overlap(title) > 0 else "") + text[cell[0]:cell[1]]

    def _header_over_cells(self, row: Row) -> bool:
        """Does the header name the figures' columns alone, its label column left blank (its first
        cell starts right of the row's label)?"""
        return (len(self.header) == self.width
                and self.header[0][0] - self.header_start > row.label[1] - row.start)


class TextTables:
    """The tables of one text: the cell each figure start is in, the row numbers, and the
    header lines (whose numbers, "Ước TH 9 tháng", "Năm 2024", are captions, no figures)."""

    def __init__(self, text: str):
        self.text = text
        self.tables: list[Table] = []
        self.cell_at: dict[int, tuple[Table, Row, int]] = {}
        self.row_numbers: set[int] = set()
        self.numbered_rows: set[int] = set()     # where each row with a number starts its line
        self.header_lines: set[int] = set()      # where each header's line starts
        if ":" in text or "  " in text:
            self._find()

    def _find(self) -> None:
        text = self.text
        run: list[Row] = []
        prev_end = -2
        for start, end in _lines_with_gaps(text):
            # most lines end in a letter or a mark: only a line ending in a figure may be a row
            if text[start:end].rstrip(" \t.;")[-1:].isdigit():
                row = _row(text, start, end)
                if row is not None:
                    if start != prev_end + 1:
                        self._close(run)
                        run = []
                    run.append(row)
                    prev_end = end
        self._close(run)

    def _close(self, run: list[Row]) -> None:
        if not run or len(run) == 1 and not (run[0].colon and run[0].label[1] - run[0].label[0] >= _MIN_LONE_LABEL):
            return
        table = Table(run, max(len(row.cells) for row in run))
        for i, row in enumerate(run):
            row.index = i
        above = _line_above(self.text, run[0].start)
        if above is not None:
            header = self.text[above:run[0].start - 1]
            cells = _header_cells(self.text, above, run[0].start - 1)
            if len(cells) >= 2 and _LETTER.search(header) and not _UNIT_LINE.match(fold(header)):
                table.header, table.header_start = cells, above
                self.header_lines.add(above)
                if _has_unit_column(self.text, cells) or self._unit_column_above(above):
                    for row in run:
                        _split_unit_cell(self.text, row)
                above = _line_above(self.text, above)
                if above is not None and self._wrapped_header(above, cells):
                    table.titles = _header_cells(self.text, above, table.header_start - 1)
                    self.header_lines.add(above)
                    above = _line_above(self.text, above)
            table.unit = self._unit_line(above)
        self.tables.append(table)
        for row in run:
            for k, (a, _) in enumerate(row.cells):
                self.cell_at[a] = (table, row, k)
            if row.number is not None:
                self.row_numbers.add(row.number[0])
                self.numbered_rows.add(row.start)

    def _wrapped_header(self, above: int, cells: list[tuple[int, int]]) -> bool:
        """Is the line at `above` the first line of a header wrapped over two: the second holding
        its units alone in brackets ("Giải ngân" over "(triệu đồng)"), or both lines cells of a
        header ("Dự toán   Thực hiện   Tỷ lệ so" over "năm 2024   6 tháng   dự toán (%)")?"""
        if all(self.text[a] == "(" and self.text[b - 1] == ")" for a, b in cells):
            return True
        line = self.text[above:self.text.find("\n", above)].rstrip()
        return (len(_header_cells(line, 0, len(line))) >= 3 and _LETTER.search(line) is not None
                and not line.endswith((".", ":", ";", ",")) and not _UNIT_LINE.match(fold(line)))

    def _unit_column_above(self, start: int) -> bool:
        """Does a header wrapped over lines name a unit column on an upper line ("TT  Nội dung
        ĐVT  Cấp ủy," over "tổ chức" over "đảng")? Up to two lines above, each with header cells."""
        for _ in range(_WRAPPED_HEADER_LINES):
            up = _line_above(self.text, start)
            if up is None:
                return False
            cells = _header_cells(self.text, up, start - 1)
            if len(cells) < 2 or not _LETTER.search(self.text, up, start - 1):
                return False
            if _has_unit_column(self.text, cells):
                return True
            start = up
        return False

    def in_header(self, pos: int) -> bool:
        return bool(self.header_lines) and self.text.rfind("\n", 0, pos) + 1 in self.header_lines

    def _unit_line(self, start: int | None) -> tuple[int, int] | None:
        """The unit named by the line at `start` (or the one above it), "Đơn vị tính: tỷ đồng"."""
        for _ in range(2):
            if start is None:
                return None
            line = self.text[start:self.text.find("\n", start)]
            m = _UNIT_LINE.match(fold(line))
            if m:
                return start + m.start("unit"), start + m.end("unit")
            start = _line_above(self.text, start)
        return None


_last: list[TextTables] = []


def tables_of(text: str) -> TextTables:
    """The tables of `text`, kept for the text last asked about: the outline, the figures and the
    checks read the same report's tables."""
    if _last and _last[0].text is text:
        return _last[0]
    found = TextTables(text)
    _last[:] = [found]
    return found


def _lines_with_gaps(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines holding a colon, a tab or two spaces in a row, in order: the only
    lines a row may be (found from those marks, far fewer than lines)."""
    found = {}
    for mark in (":", "  ", "\t"):
        i = text.find(mark)
        while i >= 0:
            start = text.rfind("\n", 0, i) + 1
            end = text.find("\n", i)
            end = len(text) if end < 0 else end
            found[start] = end
            i = text.find(mark, end)
    return sorted(found.items())


def _header_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a header line in text[start:end] (two spaces or more apart)."""
    return [m.span() for m in _HEADER_CELL.finditer(text, start, end)]


def _has_unit_column(text: str, cells: list[tuple[int, int]]) -> bool:
    names = [fold(text[a:b]).lower() for a, b in cells]
    if names and _ROW_NUMBER_CELL.fullmatch(names[0]):
        names = names[1:]
    return any(_UNIT_CELL.fullmatch(name) or k and _UNIT_CELL_SHORT.fullmatch(name) for k, name in enumerate(names))


def _split_unit_cell(text: str, row: Row) -> None:
    """A table with a unit column: the label's last cell, two spaces or more after the rest, is
    the row's unit ("Tổng giá trị sản xuất     tỷ đồng")."""
    a, b = row.label
    gaps = list(_GAP.finditer(text, a, b))
    if gaps:
        row.label, row.unit = (a, gaps[-1].start()), (gaps[-1].end(), b)


def _line_above(text: str, start: int) -> int | None:
    """The start of the line above the one at `start`, if it holds text."""
    if start == 0:
        return None
    above = text.rfind("\n", 0, start - 1) + 1
    return above if text[above:start - 1].strip() else None


def _row(text: str, start: int, end: int) -> Row | None:
    m = _ROW.match(text, start, end)
    if m is None:
        return None
    a, b = m.span("label")
    if b - a < _MIN_LABEL or not _LETTER.search(text, a, b):
        return None
    cells = [c.span() for c in _CELL.finditer(text, *m.span("cells"))]
    number = m.span("number") if m.group("number") else None
    return Row(start, end, (a, b), cells, m.group("bullet") is not None, m.group("colon") is not None, number)
