"""Append typed, styled rows to a sheet, the same way for an ordinary and a
write-only (streamed) workbook, so batch sheets can stream while a single
report's sheets keep row outline levels."""
from __future__ import annotations

from copy import copy

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter

from .styles import LINE_HEIGHT, MAX_ROW_HEIGHT, Column, setup_sheet, style_header

# Excel refuses longer text in one cell
MAX_CELL_TEXT = 32767


def _fit(value):
    if isinstance(value, str):
        # control characters an OCR text may keep (form feeds, stray bytes) are not allowed in XML
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if not value:
            return None
        if len(value) > MAX_CELL_TEXT:
            return value[:MAX_CELL_TEXT - 1] + "…"
    return value


class Table:
    """One sheet laid out as a header row and typed data rows."""

    def __init__(self, wb, title: str, columns: list[Column], *, landscape: bool, top: bool = True):
        """`top`: every cell aligned to the top of its row (rows that wrap are
        tall); without it only cells that need a style get one, which is what
        keeps a long streamed sheet fast."""
        self.ws = wb.create_sheet(title)
        self.top = top
        self.columns = columns
        self.streamed = type(self.ws).__name__ == "WriteOnlyWorksheet"
        self.row = 0
        self._styles: dict[tuple, object] = {}
        setup_sheet(self.ws, columns, landscape=landscape)
        self.append([c.header for c in columns], header=True)

    @property
    def title(self) -> str:
        return self.ws.title

    def append(self, values: list, *, formats: dict[int, str] | None = None, fonts: dict | None = None,
               header: bool = False, outline_level: int = 0) -> int:
        """Write one row; `formats`/`fonts` map 0-based column index to a number
        format / font. Returns the row's 1-based number (for formulas)."""
        formats, fonts = formats or {}, fonts or {}
        self.row += 1
        values = [_fit(v) for v in values]
        lines = max([1] + [self._column(i, header).lines(v) for i, v in enumerate(values)])
        if lines > 1:   # before the row is written: a streamed sheet writes its dimensions with it
            self.ws.row_dimensions[self.row].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 2)
        if self.streamed:
            self.ws.append([self._cell(WriteOnlyCell(self.ws, v), i, formats, fonts, header)
                            if self._styled(i, formats, fonts, header) else v for i, v in enumerate(values)])
        else:
            self.ws.append(values)
            for i in range(len(values)):
                if self._styled(i, formats, fonts, header):
                    self._cell(self.ws.cell(self.row, i + 1), i, formats, fonts, header)
            if outline_level:
                self.ws.row_dimensions[self.row].outline_level = min(outline_level, 7)
        return self.row

    def _styled(self, i: int, formats: dict, fonts: dict, header: bool) -> bool:
        if header or self.top or i in formats or i in fonts:
            return True
        col = self.columns[i] if i < len(self.columns) else None
        return col is not None and (col.wrap or col.align is not None)

    def _cell(self, cell, i: int, formats: dict, fonts: dict, header: bool):
        # openpyxl hashes a style on every assignment; style each kind of cell once and copy it
        key = (i, header, formats.get(i), id(fonts.get(i)))
        style = self._styles.get(key)
        if style is not None:
            cell._style = copy(style)
            return cell
        if header:
            style_header(cell)
        else:
            cell.alignment = self._column(i, header).alignment(self.top)
            if i in formats:
                cell.number_format = formats[i]
            if i in fonts:
                cell.font = fonts[i]
        self._styles[key] = copy(cell._style)
        return cell

    def _column(self, i: int, header: bool) -> Column:
        col = self.columns[i] if i < len(self.columns) else Column("", 10)
        return Column(col.header, col.width * 0.9, wrap=True) if header else col   # headers wrap, in bold

    def finish(self) -> None:
        """Autofilter over the rows written."""
        last = get_column_letter(len(self.columns))
        self.ws.auto_filter.ref = f"A1:{last}{max(self.row, 2)}"


def cell_ref(sheet: str, column: str, row: int) -> str:
    """An absolute-sheet reference usable in a formula: 'Chỉ số'!E5."""
    return "'" + sheet.replace("'", "''") + f"'!{column}{row}"
