"""One report -> workbook: read it back with openpyxl and check what an office
would rely on: sheet names, typed cells, formats, formulas, print setup."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from parser.export import write_workbook
from parser.export.report import SHEETS
from test_export_docs import make_doc


def export(tmp_path, doc=None, correct=False, name="out.xlsx"):
    out = tmp_path / name
    write_workbook([doc or make_doc()], out, correct=correct)
    return load_workbook(out)


def rows(ws):
    return [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]


def column(ws, header):
    headers = [c.value for c in ws[1]]
    return headers.index(header) + 1


def test_sheets_are_named_in_vietnamese_in_order(tmp_path):
    wb = export(tmp_path)
    assert wb.sheetnames == ["Thông tin chung", "Nội dung", "Chỉ số", "Văn bản dẫn chiếu", "Kiểm tra", "Sửa lỗi OCR"]
    assert list(SHEETS) == wb.sheetnames


def test_general_information_has_one_row_per_field_and_a_real_date(tmp_path):
    ws = export(tmp_path)["Thông tin chung"]
    fields = {}
    for name, value in rows(ws):
        fields.setdefault(name, []).append(value)
    for name in ("Cơ quan chủ quản", "Cơ quan ban hành", "Số", "Ký hiệu", "Địa danh", "Ngày ban hành",
                 "Loại văn bản", "Trích yếu", "Kỳ báo cáo", "Chức vụ người ký", "Thẩm quyền ký", "Người ký",
                 "Tệp nguồn", "Bảng mã", "SHA-256", "Thời điểm xuất"):
        assert len(fields[name]) == 1, name
    assert fields["Nơi nhận"] == ["Bo TT&TT;", "Luu: VT."]
    assert fields["Thẩm quyền ký"] == [None]          # missing: an empty cell, not "None"
    assert fields["Số"] == ["953"] and fields["Kỳ báo cáo"] == ["Tháng 6/2020"]
    assert fields["SHA-256"] == ["ab" * 32] and fields["Bảng mã"] == ["utf-8"]
    date_cell = next(r[1] for r in ws.iter_rows(min_row=2) if r[0].value == "Ngày ban hành")
    assert date_cell.is_date and date_cell.value.date() == date(2020, 6, 15)
    assert date_cell.number_format == "dd/mm/yyyy"
    exported = next(r[1] for r in ws.iter_rows(min_row=2) if r[0].value == "Thời điểm xuất")
    assert exported.is_date and abs((datetime.now() - exported.value).total_seconds()) < 120


def test_outline_rows_fold_under_their_headings(tmp_path):
    ws = export(tmp_path)["Nội dung"]
    data = rows(ws)
    assert [r[0] for r in data] == ["I", "I.1", None, None, "I.2", None, "II", "II.1", None]
    assert [r[1] for r in data] == [1, 2, 3, 3, 2, 3, 1, 2, 3]
    assert [ws.row_dimensions[i].outline_level for i in range(2, 11)] == [0, 1, 2, 2, 1, 2, 0, 1, 2]
    assert ws.sheet_properties.outlinePr.summaryBelow is False
    assert data[0][2] == "Phần" and data[2][2] == "Gạch đầu dòng"
    # a part's text is its own text, not everything under it
    assert data[0][4] == "I. CONG TAC QUAN LY NHA NUOC"
    assert data[1][6] == "Có" and data[0][6] == "Không"   # node@<start> in doc.verified
    assert ws.cell(3, 4).alignment.wrap_text


def test_figure_values_are_typed_numbers_with_standard_formats(tmp_path):
    ws = export(tmp_path)["Chỉ số"]
    value = column(ws, "Giá trị")
    assert value == 5    # the checks' formulas point at column E
    cells = [ws.cell(r, value) for r in range(2, ws.max_row + 1)]
    assert [c.value for c in cells] == [1626, 460, 1166, 76.82, 8262, 10754, 10, 8, 3]
    assert all(c.data_type == "n" for c in cells)
    assert isinstance(cells[0].value, int)
    assert cells[0].number_format == "#,##0"
    assert cells[3].number_format == "#,##0.00"
    data = rows(ws)
    assert data[3][5] == "%" and data[3][6] == "76,82%"     # percent: the printed number, unit "%"
    assert [r[7] for r in data[:2]] == ["Có", "Không"]       # verified
    assert data[0][1] == "I.1" and data[0][2] == "Linh vuc hanh chinh"
    assert data[2][8] == "1.l66"                              # a reviewer corrected this figure's text
    assert [r[8] for r in data if r[8]] == ["1.l66"]
    assert [r[9] for r in data] == [8, 8, 8, 9, 9, 9, 14, 14, 14]


def test_the_export_reads_the_edited_document_not_a_new_extraction(tmp_path):
    doc = make_doc()
    doc.metrics[1].value = 470
    doc.metrics[1].label = "Hồ sơ nộp trực tiếp"
    doc.verified.add("m2")
    ws = export(tmp_path, doc)["Chỉ số"]
    assert ws.cell(3, 5).value == 470 and ws.cell(3, 4).value == "Hồ sơ nộp trực tiếp"
    assert ws.cell(3, 8).value == "Có"


@pytest.mark.parametrize("correct", [False, True])
def test_text_goes_through_the_corrected_view_when_asked_or_corrected_by_hand(tmp_path, correct):
    doc = make_doc()
    ws = export(tmp_path, doc, correct=correct)["Chỉ số"]
    # a reviewer's correction is present, so both show the corrected label
    assert ws.cell(2, 4).value == "Tổng so ho so tiep nhan"
    doc = make_doc()
    doc.corrections = [c for c in doc.corrections if c.source != "user"]
    ws = export(tmp_path, doc, correct=correct, name="auto.xlsx")["Chỉ số"]
    assert ws.cell(2, 4).value == ("Tổng so ho so tiep nhan" if correct else "Tổng số hồ sơ tiếp nhận")


def test_references_have_date_cells(tmp_path):
    ws = export(tmp_path)["Văn bản dẫn chiếu"]
    assert rows(ws)[0][:3] == [1, "Công văn", "1552/BTTTT-CATTT"]
    cell = ws.cell(2, 4)
    assert cell.is_date and cell.value.date() == date(2020, 4, 28) and cell.number_format == "dd/mm/yyyy"
    assert rows(ws)[0][5] == "I.2"


def test_checks_are_live_formulas_beside_the_result_at_export(tmp_path):
    ws = export(tmp_path)["Kiểm tra"]
    data = rows(ws)
    assert [r[1] for r in data] == ["Tổng", "Tỷ lệ", "Tổng"]
    assert data[0][4] == "='Chỉ số'!E2"
    assert data[0][5] == "='Chỉ số'!E3+'Chỉ số'!E4"
    assert "ABS('Chỉ số'!E2-('Chỉ số'!E3+'Chỉ số'!E4))<0.5" in data[0][6]
    # the percentage is found by its unit, the whole and part by their values
    assert data[1][5] == "=100*'Chỉ số'!E6/'Chỉ số'!E7"
    assert "ABS(100*'Chỉ số'!E6/'Chỉ số'!E7-'Chỉ số'!E5)<0.005" in data[1][6]
    assert "ABS(ROUNDDOWN(100*'Chỉ số'!E6/'Chỉ số'!E7+1E-9,2)-'Chỉ số'!E5)<1E-9" in data[1][6]
    assert [r[7] for r in data] == ["Đúng", "Đúng", "Sai"]
    assert data[2][9].startswith("STT 9")
    assert ws.cell(4, 8).font.color.rgb.endswith("9C0006")
    assert ws.cell(3, 5).number_format == "#,##0.00" and ws.cell(3, 6).number_format == "#,##0.0000"


def test_a_check_whose_figures_are_gone_keeps_its_result_without_a_formula(tmp_path):
    doc = make_doc()
    doc.metrics = [m for m in doc.metrics if m.id != "m8"]
    doc.checks[2].metrics = ["m7", "m9"]
    ws = export(tmp_path, doc)["Kiểm tra"]
    last = rows(ws)[2]
    assert last[4] == "='Chỉ số'!E8"              # m7 keeps its cell; m8's value becomes a constant
    assert last[5] == "=8+'Chỉ số'!E9"
    doc.checks[1].metrics = []
    doc.checks[1].percent = None
    ws = export(tmp_path, doc, name="b.xlsx")["Kiểm tra"]
    assert rows(ws)[1][4:8] == [None, None, None, "Đúng"]


def test_corrections_audit_lists_every_applied_correction(tmp_path):
    ws = export(tmp_path)["Sửa lỗi OCR"]
    data = rows(ws)
    assert [(r[1], r[2]) for r in data] == [("Tong", "Tổng"), ("1.l66", "1.166")]
    assert [r[7] for r in data] == ["Tự động", "Người dùng sửa tay"]
    assert data[0][3:5] == [8, 3]            # line, column
    assert data[1][6] == datetime(2026, 11, 29, 10, 15) or ws.cell(3, 7).is_date
    assert data[0][6] is None                # automatic ones carry no time
    assert data[1][9].startswith("- Tong so ho so")


def test_no_audit_rows_when_the_text_is_exported_as_printed(tmp_path):
    doc = make_doc()
    doc.corrections = [c for c in doc.corrections if c.source == "auto"]
    wb = export(tmp_path, doc, correct=False)
    assert rows(wb["Sửa lỗi OCR"]) == []
    assert wb["Thông tin chung"].cell(20, 2).value == "như bản OCR"


def test_every_sheet_is_ready_to_filter_and_print(tmp_path):
    wb = export(tmp_path)
    for ws in wb:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
        assert ws.print_title_rows == "$1:$1", ws.title
        assert int(ws.page_setup.paperSize) == 9   # A4
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.cell(1, 1).font.bold
        assert ws.column_dimensions["A"].width > 0
    assert wb["Chỉ số"].page_setup.orientation == "landscape"
    assert wb["Thông tin chung"].page_setup.orientation == "portrait"
    assert wb["Chỉ số"].auto_filter.ref == "A1:K10"


def test_document_properties(tmp_path):
    wb = export(tmp_path)
    props = wb.properties
    assert props.title == "Báo cáo số 953/BC-STTTT-VP — SO THONG TIN VA TRUYEN THONG"
    assert props.subject == "Cong tac thang 6/2020"
    assert props.creator == "BaoCao Review"
    assert abs((datetime.utcnow() - props.created).total_seconds()) < 120


def test_cells_are_flat(tmp_path):
    wb = export(tmp_path)
    for ws in wb:
        for row in ws.iter_rows(values_only=True):
            for value in row:
                assert value != "None"
                assert not (isinstance(value, str) and value[:1] in "{["), (ws.title, value)


def test_an_empty_document_still_gives_every_sheet(tmp_path):
    from parser.model import Document, SourceInfo

    doc = Document(source=SourceInfo("trong.txt", "0" * 64, "utf-8", 0), text="")
    wb = export(tmp_path, doc)
    assert wb.sheetnames == list(SHEETS)
    assert rows(wb["Chỉ số"]) == [] and wb["Chỉ số"].auto_filter.ref == "A1:K2"
    assert wb.properties.title == "Báo cáo"


def test_very_long_text_is_cut_to_what_excel_accepts(tmp_path):
    from parser.export.table import MAX_CELL_TEXT
    from parser.model import Document, OutlineNode, SourceInfo

    text = "I. " + "chữ " * 10000 + "\n"
    doc = Document(source=SourceInfo("dai.txt", "0" * 64, "utf-8", 1), text=text,
                   outline=[OutlineNode("part", "I", "I", 1, 0, len(text), 3, 8)])
    ws = export(tmp_path, doc)["Nội dung"]
    assert len(ws.cell(2, 5).value) == MAX_CELL_TEXT


def test_control_characters_of_an_ocr_text_do_not_break_the_workbook(tmp_path):
    from parser.model import Correction, Document, OutlineNode, SourceInfo

    text = "I. Ph\x07an mot\n\x0cTong so\x1a 5 ho so\n"
    doc = Document(source=SourceInfo("x.txt", "0" * 64, "utf-8", 2), text=text,
                   outline=[OutlineNode("part", "I", "I", 1, 0, len(text), 3, text.index("\n"))],
                   corrections=[Correction(text.index("Tong"), text.index("Tong") + 4, "Tong", "Tổng", "user")])
    wb = export(tmp_path, doc)
    assert wb["Nội dung"].cell(2, 4).value == "Phan mot"
    assert wb["Sửa lỗi OCR"].cell(2, 10).value == "Tong so 5 ho so"
