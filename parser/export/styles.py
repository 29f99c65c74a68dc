"""Look of every sheet: header row, column widths, number formats, print setup.

Number formats use Excel's standard codes ("#,##0", "#,##0.00", "dd/mm/yyyy");
Excel and LibreOffice draw them with the reader's locale, so a Vietnamese
Windows shows 6.767 and 76,82 without a locale-specific code here.
"""
from __future__ import annotations

from dataclasses import dataclass

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

INTEGER = "#,##0"
DECIMAL = "#,##0.00"
DATE = "dd/mm/yyyy"
DATETIME = "dd/mm/yyyy hh:mm"
A4 = "9"   # the paper size code of the OOXML standard

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
LINE_HEIGHT = 15          # points per line of 11 pt text
MAX_ROW_HEIGHT = 409      # Excel's limit
BAD_FONT = Font(bold=True, color="9C0006")
HEADING_FONT = Font(bold=True)
_thin = Side(style="thin", color="BFBFBF")
HEADER_BORDER = Border(bottom=_thin)


@dataclass(frozen=True)
class Column:
    """A column of a sheet: its Vietnamese header, width in characters, whether
    long text wraps in it, and its horizontal alignment (None: Excel's default,
    numbers right and text left)."""

    header: str
    width: float
    wrap: bool = False
    align: str | None = None

    def alignment(self, top: bool = True) -> Alignment:
        # an indent keeps a right-aligned number from touching the text beside it
        indent = 1 if self.align == "left" else 0
        return Alignment(horizontal=self.align, vertical="top" if top else None, wrap_text=self.wrap or None,
                         indent=indent)

    def lines(self, value) -> int:
        """How many lines `value` takes when wrapped at this width (a close
        estimate: neither Excel nor LibreOffice sizes rows of a generated file)."""
        if not self.wrap or not isinstance(value, str):
            return 1
        per_line = max(1, int(self.width * 1.1))
        return sum(max(1, -(-len(part) // per_line)) for part in value.split("\n"))


def number_format(value, decimals: int | None = None) -> str:
    """'#,##0' for whole numbers, '#,##0.00' (or more places, when the report
    printed more) for the rest."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "General"
    if float(value).is_integer() and not decimals:
        return INTEGER
    return "#,##0." + "0" * max(2, decimals or 0)


def places_format(places: int) -> str:
    """'#,##0' or '#,##0.' with `places` zeros."""
    return "#,##0." + "0" * places if places > 0 else INTEGER


def setup_sheet(ws, columns: list[Column], *, landscape: bool) -> None:
    """Widths, frozen header row, and A4 printing fitted to the page width with
    the header repeated on every page. Works for write-only sheets too, where it
    must come before the first row."""
    for i, col in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.paperSize = A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = "&A — trang &P/&N"


def style_header(cell) -> None:
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = HEADER_ALIGN
    cell.border = HEADER_BORDER
