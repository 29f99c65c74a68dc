"""Many reports -> one workbook: summary sheets, progress, skipped inputs, streaming."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

import parser.pipeline
from parser.errors import ReadError, UserError
from parser.export import export_files, write_workbook
from parser.export.batch import DETAIL_LIMIT, FIGURES, LIST
from test_export_docs import make_doc


@pytest.fixture
def reports(tmp_path, monkeypatch):
    """Report files whose analysis is the hand-built Document (the extractors
    are tested elsewhere); a file starting with 'HONG' cannot be read."""
    def analyse_file(path):
        if path.read_text(encoding="utf-8").startswith("HONG"):
            raise ReadError(path.name, "không phải tệp văn bản (not a text file)")
        return make_doc(path.name)

    monkeypatch.setattr(parser.pipeline, "analyse_file", analyse_file)

    def make(*names):
        paths = []
        for name in names:
            p = tmp_path / name
            p.write_text("HONG" if name.startswith("hong") else "I. Báo cáo\n", encoding="utf-8")
            paths.append(p)
        return paths
    return make


def data(ws):
    return [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]


def test_one_input_gives_the_report_workbook(reports, tmp_path):
    messages = []
    out = export_files(reports("a.txt"), tmp_path / "a.xlsx", progress=messages.append)
    assert load_workbook(out).sheetnames[0] == "Thông tin chung"
    assert messages == [f"[1/1] {tmp_path / 'a.txt'}"]


def test_one_unreadable_input_is_an_error_and_writes_nothing(reports, tmp_path):
    with pytest.raises(ReadError, match="hong.txt"):
        export_files(reports("hong.txt"), tmp_path / "a.xlsx")
    assert not (tmp_path / "a.xlsx").exists()


def test_a_few_inputs_give_the_summary_and_each_report(reports, tmp_path):
    messages = []
    out = export_files(reports("a.txt", "b.txt"), tmp_path / "all.xlsx", progress=messages.append)
    wb = load_workbook(out)
    assert wb.sheetnames[:3] == [LIST, FIGURES, "Kiểm tra (tổng hợp)"]
    assert "1. Chỉ số" in wb.sheetnames and "2. Sửa lỗi OCR" in wb.sheetnames
    assert len(wb.sheetnames) == 3 + 2 * 6
    assert messages == [f"[1/2] {tmp_path / 'a.txt'}", f"[2/2] {tmp_path / 'b.txt'}"]
    listing = data(wb[LIST])
    assert [r[:4] for r in listing] == [[1, "a.txt", "SO THONG TIN VA TRUYEN THONG", "953/BC-STTTT-VP"],
                                       [2, "b.txt", "SO THONG TIN VA TRUYEN THONG", "953/BC-STTTT-VP"]]
    assert listing[0][4].date() == date(2020, 6, 15) and wb[LIST].cell(2, 5).number_format == "dd/mm/yyyy"
    assert listing[0][5] == "2020-06"                  # sortable period code
    assert listing[0][7:11] == [5, 9, 1, 1]           # numbered sections, figures, references, failing checks
    # the detail sheets' checks point at their own figures
    assert wb["2. Kiểm tra"].cell(2, 5).value == "='2. Chỉ số'!E2"
    note = wb[LIST].cell(3, 12)
    assert note.hyperlink.location == "'2. Thông tin chung'!A1"


def test_figures_in_long_form_for_a_pivot_table(reports, tmp_path):
    wb = load_workbook(export_files(reports("a.txt", "b.txt"), tmp_path / "all.xlsx"))
    ws = wb[FIGURES]
    assert [c.value for c in ws[1]] == ["Báo cáo (STT)", "Tệp", "Cơ quan ban hành", "Ngày ban hành", "Kỳ báo cáo",
                                        "Mục", "Chỉ tiêu", "Giá trị", "Đơn vị", "Dòng"]
    rows = data(ws)
    assert len(rows) == 18
    assert rows[0][:3] == [1, "a.txt", "SO THONG TIN VA TRUYEN THONG"] and rows[9][:2] == [2, "b.txt"]
    assert [r[7] for r in rows[:9]] == [1626, 460, 1166, 76.82, 8262, 10754, 10, 8, 3]
    assert ws.cell(2, 8).data_type == "n" and ws.cell(2, 8).number_format == "#,##0"
    assert ws.cell(5, 8).number_format == "#,##0.00"
    assert ws.cell(2, 4).is_date
    assert ws.auto_filter.ref == "A1:J19" and ws.freeze_panes == "A2"
    checks = wb["Kiểm tra (tổng hợp)"]
    assert checks.cell(2, 6).value == "='Chỉ số (tổng hợp)'!H2"
    assert checks.cell(5, 6).value == "='Chỉ số (tổng hợp)'!H11"   # the second report's first check


def test_an_unreadable_input_in_a_batch_is_skipped_with_a_warning_and_listed(reports, tmp_path):
    messages = []
    out = export_files(reports("a.txt", "hong.txt", "c.txt"), tmp_path / "all.xlsx", progress=messages.append)
    assert any("bỏ qua" in m and "hong.txt" in m and "not a text file" in m for m in messages)
    assert all("\n" not in m for m in messages)
    listing = data(load_workbook(out)[LIST])
    assert [r[1] for r in listing] == ["a.txt", str(tmp_path / "hong.txt"), "c.txt"]
    assert listing[1][11].startswith("Bỏ qua: không phải tệp văn bản")
    assert listing[1][2:11] == [None] * 9


def test_a_batch_where_nothing_can_be_read_writes_nothing(reports, tmp_path):
    with pytest.raises(UserError, match="no input could be read"):
        export_files(reports("hong1.txt", "hong2.txt"), tmp_path / "all.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hong1.txt", "hong2.txt"]


def test_many_inputs_stream_the_summary_only(reports, tmp_path):
    names = [f"r{i:03}.txt" for i in range(DETAIL_LIMIT + 1)]
    messages = []
    out = export_files(reports(*names), tmp_path / "all.xlsx", progress=messages.append)
    wb = load_workbook(out)
    assert wb.sheetnames == [LIST, FIGURES, "Kiểm tra (tổng hợp)"]
    assert len(data(wb[LIST])) == DETAIL_LIMIT + 1
    assert len(data(wb[FIGURES])) == 9 * (DETAIL_LIMIT + 1)
    assert messages[-1] == f"[{DETAIL_LIMIT + 1}/{DETAIL_LIMIT + 1}] {tmp_path / names[-1]}"
    ws = wb[LIST]
    assert ws.freeze_panes == "A2" and ws.print_title_rows == "$1:$1" and ws.cell(1, 1).font.bold
    assert ws.cell(2, 5).is_date


def test_write_workbook_of_several_documents_is_the_batch(tmp_path):
    out = write_workbook([make_doc("a.txt"), make_doc("b.txt")], tmp_path / "x.xlsx")
    assert load_workbook(out).sheetnames[0] == LIST


def test_no_inputs_is_a_usage_error(tmp_path):
    with pytest.raises(UserError, match="no input"):
        export_files([], tmp_path / "x.xlsx")


def test_correct_applies_the_automatic_corrections(reports, tmp_path, monkeypatch):
    from parser.model import Correction
    import parser.correction

    def correct_document(text, store=None):
        s = text.index("Tong")
        return [Correction(s, s + 4, "Tong", "TỔNG")]

    monkeypatch.setattr(parser.correction, "correct_document", correct_document)
    wb = load_workbook(export_files(reports("a.txt"), tmp_path / "a.xlsx", correct=True))
    assert wb["Chỉ số"].cell(2, 4).value.startswith("TỔNG")
    # the engine's correction, and what the structure proves (the signer's title "GIAM DOC", the
    # province named after "TINH" and before the date, the department "SO" opening the issuer)
    assert [r[1:3] for r in data(wb["Sửa lỗi OCR"])] == [
        ["TRA", "TRÀ"], ["SO", "SỞ"], ["Tra", "Trà"], ["Tong", "TỔNG"], ["GIAM", "GIÁM"], ["DOC", "ĐỐC"]]


def test_small_batches_and_threaded_callers_stay_in_process(monkeypatch):
    import sys
    import threading

    from parser.export import parallel

    monkeypatch.delenv("BAOCAO_EXPORT_WORKERS", raising=False)
    assert parallel.worker_count(parallel.PARALLEL_MIN - 1) == 0
    monkeypatch.setattr(threading, "active_count", lambda: 3)     # a GUI's threads: no fork
    assert parallel.worker_count(500) == 0
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", object())    # a Qt application: its QThreads
    monkeypatch.setenv("BAOCAO_EXPORT_WORKERS", "3")
    assert parallel.worker_count(500) == 0
    monkeypatch.delitem(sys.modules, "PySide6.QtCore")
    monkeypatch.setenv("BAOCAO_EXPORT_WORKERS", "1")
    assert parallel.worker_count(500) == 0
    monkeypatch.setenv("BAOCAO_EXPORT_WORKERS", "3")
    monkeypatch.setattr(parallel, "_can_fork", lambda: True)
    assert parallel.worker_count(500) == 3


def test_worker_processes_give_the_same_workbook_in_the_same_order(reports, tmp_path, monkeypatch):
    import sys

    from parser.export import parallel

    if not sys.platform.startswith("linux"):
        pytest.skip("worker processes are used on Linux only")
    # pytest-qt has imported Qt, which the export takes as a GUI's threads; no QThread runs here
    monkeypatch.setattr(parallel, "_can_fork", lambda: True)
    names = [f"r{i:03}.txt" for i in range(parallel.PARALLEL_MIN + 2)]
    names[5] = "hong-5.txt"
    paths = reports(*names)
    results = {}
    for workers in ("1", "2"):
        monkeypatch.setenv("BAOCAO_EXPORT_WORKERS", workers)
        messages = []
        out = export_files(paths, tmp_path / f"w{workers}.xlsx", progress=messages.append)
        wb = load_workbook(out)
        results[workers] = ({name: data(wb[name]) for name in wb.sheetnames}, messages)
    assert results["1"] == results["2"]
    listing = results["2"][0][LIST]
    assert [r[0] for r in listing] == list(range(1, len(names) + 1))
    assert listing[5][11].startswith("Bỏ qua") and listing[6][1] == "r006.txt"


def test_the_documents_really_come_from_worker_processes(tmp_path, monkeypatch):
    import os
    import sys

    from parser.export import parallel

    if not sys.platform.startswith("linux"):
        pytest.skip("worker processes are used on Linux only")

    def analyse_file(path):
        doc = make_doc(path.name)
        doc.warnings.append(f"pid {os.getpid()}")
        return doc

    monkeypatch.setattr(parser.pipeline, "analyse_file", analyse_file)   # forked workers inherit it
    monkeypatch.setattr(parallel, "_can_fork", lambda: True)
    monkeypatch.setenv("BAOCAO_EXPORT_WORKERS", "2")
    paths = [tmp_path / f"r{i}.txt" for i in range(parallel.PARALLEL_MIN)]
    docs = list(parallel.documents(paths, False, lambda _msg: None))
    assert [d.source.file for d in docs] == [p.name for p in paths]
    pids = {d.warnings[-1] for d in docs}
    assert f"pid {os.getpid()}" not in pids and 1 <= len(pids) <= 2
