"""The six sheets of one report, read from the Document as it stands now (the
reviewer's edits, corrections and verified marks included; nothing is re-extracted).

Figures are number cells, never text: '#,##0' for whole numbers, '#,##0.00'
(or more places, when the report printed more) for the rest; Excel draws them
with the reader's locale (6.767 and 76,82 on a Vietnamese system).
Percentages are stored as the printed number with unit "%" (76,82% is 76.82,
formatted '#,##0.00'), the same as the JSON of CONTRACT.md, so the value a
reader sees equals the printed one and sums/ratios read the same everywhere;
the ratio checks compute 100*part/whole to compare with it.
Text cells are rendered through the view (values.view_for): corrected when
--correct is asked or a reviewer corrected something by hand.
"""
from __future__ import annotations

from datetime import datetime

from openpyxl.worksheet.properties import Outline

from ..model import Document, TextView
from ..render import metadata_texts, metric_label, metric_unit, node_text, reference_issuer, reference_title
from ..review import node_heading     # the title, read again when a heading's whole text was edited by hand
from .formulas import check_formulas
from .styles import BAD_FONT, DATE, DATETIME, HEADING_FONT, INTEGER, Column, number_format, places_format
from .table import Table, cell_ref
from .values import (CHECK_NAMES, FAIL, FLAG_NAMES, KIND_NAMES, PASS, SOURCE_NAMES, iso_date, line_column,
                     number, period_text, printed_decimals, timestamp, yes_no)

INFO, OUTLINE, FIGURES, REFERENCES, CHECKS, CORRECTIONS = (
    "Thông tin chung", "Nội dung", "Chỉ số", "Văn bản dẫn chiếu", "Kiểm tra", "Sửa lỗi OCR")
SHEETS = (INFO, OUTLINE, FIGURES, REFERENCES, CHECKS, CORRECTIONS)

FIELD_NAMES = {
    "parent_issuer": "Cơ quan chủ quản", "issuer": "Cơ quan ban hành", "number": "Số", "symbol": "Ký hiệu",
    "place": "Địa danh", "date": "Ngày ban hành", "doc_type": "Loại văn bản", "subject": "Trích yếu",
    "period": "Kỳ báo cáo", "signer_title": "Chức vụ người ký", "signer_authority": "Thẩm quyền ký",
    "signer_name": "Người ký",
}

VALUE_COLUMN = "E"   # of the figures sheet; the checks' formulas point at it
FIGURE_COLUMNS = [
    Column("STT", 6, align="center"), Column("Mục", 9), Column("Tên mục", 34, True), Column("Chỉ tiêu", 48, True),
    Column("Giá trị", 14), Column("Đơn vị", 14, True, align="left"), Column("Như in", 12),
    Column("Đã kiểm tra", 10, align="center"), Column("Sửa từ", 14, True), Column("Dòng", 7, align="center"),
    Column("Ghi chú", 24, True)]
OUTLINE_COLUMNS = [
    Column("Mục", 10), Column("Cấp", 6, align="center"), Column("Loại", 14), Column("Tiêu đề", 50, True),
    Column("Nội dung", 90, True), Column("Dòng", 7, align="center"), Column("Đã kiểm tra", 10, align="center"),
    Column("Ghi chú", 24, True)]
CHECK_COLUMNS = [
    Column("STT", 6, align="center"), Column("Loại", 9), Column("Mục", 9), Column("Diễn giải", 60, True),
    Column("Số in trên báo cáo", 16), Column("Số tính lại", 16),
    Column("Kết quả (tính lại trong Excel)", 18, align="center"), Column("Kết quả khi xuất", 14, align="center"),
    Column("Chỉ số liên quan (STT)", 16, align="center"), Column("Nghi đọc sai", 36, True)]
CORRECTION_COLUMNS = [
    Column("STT", 6, align="center"), Column("Nguyên văn", 22, True), Column("Sửa thành", 22, True),
    Column("Dòng", 7, align="center"), Column("Cột", 6, align="center"), Column("Vị trí (ký tự)", 10),
    Column("Thời điểm", 17), Column("Cách sửa", 18), Column("Độ tin cậy", 10),
    Column("Dòng văn bản gốc", 70, True, align="left")]


def write_report(wb, doc: Document, view: TextView, *, corrected: bool, exported: datetime,
                 prefix: str = "") -> dict[str, str]:
    """Write the report's sheets (titles prefixed by `prefix` in a batch); returns
    {sheet name: title used}."""
    names = {name: prefix + name for name in SHEETS}
    info_sheet(wb, names[INFO], doc, view, corrected=corrected, exported=exported)
    outline_sheet(wb, names[OUTLINE], doc, view)
    rows = figures_sheet(wb, names[FIGURES], doc, view)
    references_sheet(wb, names[REFERENCES], doc, view)
    checks_sheet(wb, names[CHECKS], doc, lambda mid: cell_ref(names[FIGURES], VALUE_COLUMN, rows[mid])
                 if mid in rows else None, rows)
    corrections_sheet(wb, names[CORRECTIONS], doc if corrected else None)
    return names


def info_sheet(wb, title, doc: Document, view: TextView, *, corrected: bool, exported: datetime) -> None:
    t = Table(wb, title, [Column("Trường", 26), Column("Giá trị", 90, True, align="left")], landscape=False)
    meta = metadata_texts(doc.metadata, view)
    for key, name in FIELD_NAMES.items():
        value = meta.get(key)
        if key == "date":
            value = iso_date(value)
            t.append([name, value], formats={1: DATE} if not isinstance(value, str) else None)
        elif key == "period":
            t.append([name, period_text(value)])
        else:
            t.append([name, value])
    for recipient in meta["recipients"] or [None]:
        t.append(["Nơi nhận", recipient])
    src = doc.source
    t.append(["Tệp nguồn", src.file])
    t.append(["Bảng mã", src.encoding])
    t.append(["SHA-256", src.sha256])
    t.append(["Số dòng", src.lines], formats={1: INTEGER})
    for warning in doc.warnings:
        t.append(["Cảnh báo", warning])
    t.append(["Văn bản trong bảng", "đã sửa lỗi OCR (xem trang Sửa lỗi OCR)" if corrected else "như bản OCR"])
    t.append(["Thời điểm xuất", exported], formats={1: DATETIME})
    t.finish()


def outline_sheet(wb, title, doc: Document, view: TextView) -> None:
    t = Table(wb, title, OUTLINE_COLUMNS, landscape=True)
    # headings above their contents, so a folded group keeps its heading visible
    t.ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=False)
    for node in doc.nodes():
        notes = (["số mục được suy ra"] if node.inferred else []) + list(node.warnings)
        t.append([node.path, node.level + 1, KIND_NAMES.get(node.kind, node.kind), node_heading(node, view),
                  node_text(node, view), node.line, yes_no(f"node@{node.start}" in doc.verified),
                  "; ".join(notes)],
                 fonts={3: HEADING_FONT} if node.kind in ("part", "section") else None,
                 outline_level=node.level)
    t.finish()


def _touched_by_user(doc: Document, start: int, end: int) -> str | None:
    """The raw text a reviewer's correction replaced inside a figure's span."""
    hits = [c for c in doc.corrections if c.source == "user" and c.start < end and c.end > start]
    if not hits:
        return None
    return " ".join(doc.text[min(start, hits[0].start):max(end, hits[-1].end)].split())


def figures_sheet(wb, title, doc: Document, view: TextView) -> dict[str, int]:
    """One row per figure; returns {metric id: row} for the checks' formulas."""
    t = Table(wb, title, FIGURE_COLUMNS, landscape=True)
    titles = {n.path: node_heading(n, view) for n in doc.nodes() if n.path}
    rows = {}
    for i, m in enumerate(doc.metrics, 1):
        value = number(m.value)
        notes = "; ".join(FLAG_NAMES.get(f, f) for f in m.flags)
        rows[m.id] = t.append(
            [i, m.section, titles.get(m.section), metric_label(m, view), value, metric_unit(m, view), m.text,
             yes_no(m.id in doc.verified), _touched_by_user(doc, m.start, m.end), m.line, notes],
            formats={4: number_format(value, printed_decimals(m.text, value))})
    t.finish()
    return rows


def references_sheet(wb, title, doc: Document, view: TextView) -> None:
    t = Table(wb, title, [Column("STT", 6, align="center"), Column("Loại văn bản", 16), Column("Số, ký hiệu", 24),
                          Column("Ngày", 12), Column("Cơ quan ban hành", 44, True), Column("Mục", 9),
                          Column("Dòng", 7, align="center"), Column("Tên văn bản (khi không ghi số)", 40, True)],
              landscape=True)
    for i, r in enumerate(doc.references, 1):
        when = iso_date(r.date)
        named = None if r.number else reference_title(r, doc.text, view)
        t.append([i, r.type, r.number, when, reference_issuer(r, view), doc.section_at(r.start), r.line, named],
                 formats={3: DATE} if when is not None and not isinstance(when, str) else None)
    t.finish()


def checks_sheet(wb, title, doc: Document, ref, rows: dict[str, int]) -> None:
    t = Table(wb, title, CHECK_COLUMNS, landscape=True)
    by_id = {m.id: m for m in doc.metrics}
    stt = {m.id: i for i, m in enumerate(doc.metrics, 1)}
    for i, c in enumerate(doc.checks, 1):
        f = check_formulas(c, by_id, ref)
        static = PASS if c.holds else FAIL
        related = ", ".join(str(stt[mid]) for mid in c.metrics if mid in stt)
        suspect = by_id.get(c.suspect) if c.suspect else None
        suspect_text = f"STT {stt[suspect.id]}: {suspect.label} ({suspect.text})" if suspect else None
        fonts = {7: BAD_FONT} if not c.holds else {}
        if f is None:   # figures it names are gone: the verdict at export time only
            t.append([i, CHECK_NAMES.get(c.kind, c.kind), c.section, c.message, None, None, None, static,
                      related, suspect_text], fonts=fonts)
            continue
        t.append([i, CHECK_NAMES.get(c.kind, c.kind), c.section, c.message, f.printed, f.computed, f.verdict,
                  static, related, suspect_text],
                 formats={4: places_format(f.printed_places), 5: places_format(f.computed_places)}, fonts=fonts)
    t.finish()


def corrections_sheet(wb, title, doc: Document | None) -> None:
    """The audit trail of the corrections applied to the text in this workbook
    (none when it shows the OCR text as printed)."""
    t = Table(wb, title, CORRECTION_COLUMNS, landscape=True)
    for i, c in enumerate(doc.corrections if doc else [], 1):
        line, col = line_column(doc, c.start)
        when = timestamp(c.when)
        context = doc.text[doc.line_starts[line - 1]:(doc.line_starts[line] - 1) if line < len(doc.line_starts)
                           else len(doc.text)]
        t.append([i, c.old, c.new, line, col, c.start, when, SOURCE_NAMES.get(c.source, c.source),
                  round(c.confidence, 3), context],
                 formats={6: DATETIME, 8: "0%"} if not isinstance(when, str) else {8: "0%"})
    t.finish()
