"""Many reports -> one workbook of summary sheets, streamed.

- "Danh sách báo cáo": one row per input (skipped inputs too, with the reason),
- "Chỉ số (tổng hợp)": every figure of every report in long form, for a pivot table,
- "Kiểm tra (tổng hợp)": every check with live formulas over the figures' cells.
Up to DETAIL_LIMIT reports also get their own six sheets ("1. Chỉ số", ...);
more than that stream through a write-only workbook, one Document alive at a
time, so memory stays flat however many reports there are. Periods are written
as their sortable code (2020-06, 2020-Q2) so pivot tables order them right.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Iterator

from openpyxl.worksheet.hyperlink import Hyperlink

from ..errors import UserError
from ..model import Document, RawView
from ..render import metadata_texts, metric_label, metric_unit
from .formulas import check_formulas
from .parallel import Skipped
from .report import write_report
from .safe_write import save_atomically
from .styles import BAD_FONT, DATE, Column, number_format, places_format
from .table import Table, cell_ref
from .values import CHECK_NAMES, FAIL, PASS, iso_date, number, printed_decimals, view_for
from .workbook import new_workbook

DETAIL_LIMIT = 5
LIST, FIGURES, CHECKS = "Danh sách báo cáo", "Chỉ số (tổng hợp)", "Kiểm tra (tổng hợp)"
VALUE_COLUMN = "H"


class BatchSheets:
    def __init__(self, wb):
        self.reports = Table(wb, LIST, [
            Column("STT", 6, align="center"), Column("Tệp", 28, True), Column("Cơ quan ban hành", 32, True),
            Column("Số, ký hiệu", 20), Column("Ngày ban hành", 12), Column("Kỳ báo cáo", 10),
            Column("Trích yếu", 44, True), Column("Số mục", 8), Column("Số chỉ số", 8),
            Column("Số văn bản dẫn chiếu", 10), Column("Số kiểm tra sai", 10), Column("Ghi chú", 30, True)],
            landscape=True)
        # the long sheets are data for pivot tables: one line a row, styled only where a cell needs it
        self.figures = Table(wb, FIGURES, [
            Column("Báo cáo (STT)", 8), Column("Tệp", 24), Column("Cơ quan ban hành", 30),
            Column("Ngày ban hành", 12), Column("Kỳ báo cáo", 10), Column("Mục", 9), Column("Chỉ tiêu", 60),
            Column("Giá trị", 14), Column("Đơn vị", 14, align="left"), Column("Dòng", 7)], landscape=True, top=False)
        self.checks = Table(wb, CHECKS, [
            Column("Báo cáo (STT)", 8), Column("Tệp", 24), Column("Loại", 9), Column("Mục", 9),
            Column("Diễn giải", 60), Column("Số in trên báo cáo", 16), Column("Số tính lại", 16),
            Column("Kết quả (tính lại trong Excel)", 18, align="center"),
            Column("Kết quả khi xuất", 14, align="center")], landscape=True, top=False)

    def add(self, n: int, doc: Document, view, note: str | None) -> int:
        """The report's rows on the summary sheets; returns its row on the list."""
        meta = metadata_texts(doc.metadata, view)
        when = iso_date(meta["date"])
        is_date = when is not None and not isinstance(when, str)
        number_text = "/".join(p for p in (meta["number"], meta["symbol"]) if p) or None
        failing = sum(1 for c in doc.checks if not c.holds)
        listed = self.reports.append(
            [n, doc.source.file, meta["issuer"], number_text, when, meta["period"], meta["subject"],
             sum(1 for node in doc.nodes() if node.path), len(doc.metrics), len(doc.references), failing, note],
            formats={4: DATE} if is_date else None, fonts={10: BAD_FONT} if failing else None)
        rows = {}
        for m in doc.metrics:
            value = number(m.value)
            rows[m.id] = self.figures.append(
                [n, doc.source.file, meta["issuer"], when, meta["period"], m.section, metric_label(m, view),
                 value, metric_unit(m, view), m.line],
                formats={3: DATE, 7: number_format(value, printed_decimals(m.text, value))} if is_date
                else {7: number_format(value, printed_decimals(m.text, value))})
        by_id = {m.id: m for m in doc.metrics}
        ref = lambda mid: cell_ref(FIGURES, VALUE_COLUMN, rows[mid]) if mid in rows else None  # noqa: E731
        for c in doc.checks:
            f = check_formulas(c, by_id, ref)
            static = PASS if c.holds else FAIL
            fonts = {8: BAD_FONT} if not c.holds else None
            head = [n, doc.source.file, CHECK_NAMES.get(c.kind, c.kind), c.section, c.message]
            if f is None:
                self.checks.append(head + [None, None, None, static], fonts=fonts)
            else:
                self.checks.append(head + [f.printed, f.computed, f.verdict, static],
                                   formats={5: places_format(f.printed_places),
                                            6: places_format(f.computed_places)}, fonts=fonts)
        return listed

    def skip(self, n: int, item: Skipped) -> None:
        self.reports.append([n, item.file] + [None] * 9 + [f"Bỏ qua: {item.reason}"])

    def finish(self) -> None:
        for t in (self.reports, self.figures, self.checks):
            t.finish()


def write_batch(items: Iterator[Document | Skipped], out: Path, *, correct: bool, count: int) -> Path:
    """Write the summary sheets (and, for a few reports, each one's sheets) of
    the documents `items` yields, dropping each before the next is made."""
    details = count <= DETAIL_LIMIT
    wb = new_workbook(streamed=not details, title=f"Tổng hợp {count} báo cáo", subject=None)
    sheets = BatchSheets(wb)
    exported = datetime.now()
    written = 0
    for n, item in enumerate(items, 1):
        if isinstance(item, Skipped):
            sheets.skip(n, item)
            continue
        view = view_for(item, correct)
        note = None
        if details:
            names = write_report(wb, item, view, corrected=not isinstance(view, RawView), exported=exported,
                                 prefix=f"{n}. ")
            note = f"Chi tiết: trang «{names['Thông tin chung']}» và các trang «{n}. …» sau nó"
        row = sheets.add(n, item, view, note)
        if details:   # a click on the note opens the report's own sheets
            link = sheets.reports.ws.cell(row, len(sheets.reports.columns))
            link.hyperlink = Hyperlink(ref=link.coordinate, location=cell_ref(names["Thông tin chung"], "A", 1))
            link.style = "Hyperlink"
        written += 1
    if not written:
        raise UserError(f"{out}: không đọc được tệp đầu vào nào, không ghi gì (no input could be read)")
    sheets.finish()
    save_atomically(wb, out)
    return out
