"""The bundled sample through the whole path: read, extract, export, read back.
Compared with the Document the pipeline makes, not with fixed numbers, so it
tests the export and not the extractors."""
from __future__ import annotations

import shutil
from datetime import date

import pytest
from openpyxl import load_workbook

from parser.cli import main
from parser.export.report import SHEETS
from parser.pipeline import analyse_file
from test_export_recalc import SOFFICE, recalculated


@pytest.fixture(scope="module")
def sample_doc(sample_path):
    return analyse_file(sample_path)


def test_the_command_line_exports_the_sample(sample_path, sample_doc, tmp_path, capsys):
    out = tmp_path / "mau.xlsx"
    assert main(["export", str(sample_path), "-o", str(out)]) == 0
    assert capsys.readouterr().err == f"[1/1] {sample_path}\n"
    wb = load_workbook(out)
    assert wb.sheetnames == list(SHEETS)
    figures = list(wb["Chỉ số"].iter_rows(min_row=2))
    assert len(figures) == len(sample_doc.metrics) > 0
    assert all(row[4].data_type == "n" and row[4].value == m.value for row, m in zip(figures, sample_doc.metrics))
    checks = list(wb["Kiểm tra"].iter_rows(min_row=2, values_only=True))
    assert [c[7] for c in checks] == ["Đúng" if c.holds else "Sai" for c in sample_doc.checks]
    assert all(str(c[6]).startswith("=") for c in checks)        # every check of the sample is live
    info = {r[0]: r[1] for r in wb["Thông tin chung"].iter_rows(min_row=2, values_only=True)}
    if sample_doc.metadata.get("date") is not None:
        assert info["Ngày ban hành"].date() == date.fromisoformat(sample_doc.metadata.get("date").value)
    assert len(list(wb["Nội dung"].iter_rows(min_row=2))) == sum(1 for _ in sample_doc.nodes())


def test_correct_exports_the_corrected_text_and_its_audit(sample_path, tmp_path):
    out = tmp_path / "mau.xlsx"
    assert main(["export", str(sample_path), "-o", str(out), "--correct"]) == 0
    wb = load_workbook(out)
    audit = list(wb["Sửa lỗi OCR"].iter_rows(min_row=2, values_only=True))
    assert audit and all(r[7] in ("Tự động", "Tự động (đã học)", "Tự động (theo dàn ý)") for r in audit)
    titles = [r[3] for r in wb["Nội dung"].iter_rows(min_row=2, values_only=True) if r[3]]
    raw = load_workbook_titles(sample_path, tmp_path)
    assert titles != raw          # the corrected view changed some titles


def load_workbook_titles(sample_path, tmp_path):
    out = tmp_path / "raw.xlsx"
    assert main(["export", str(sample_path), "-o", str(out)]) == 0
    return [r[3] for r in load_workbook(out)["Nội dung"].iter_rows(min_row=2, values_only=True) if r[3]]


def test_a_batch_of_copies_of_the_sample(sample_path, sample_doc, tmp_path, capsys):
    paths = []
    for name in ("a.txt", "b.txt", "c.txt"):
        paths.append(tmp_path / name)
        shutil.copy(sample_path, paths[-1])
    out = tmp_path / "tong-hop.xlsx"
    assert main(["export", *map(str, paths), "-o", str(out)]) == 0
    assert capsys.readouterr().err.splitlines() == [f"[{i}/3] {p}" for i, p in enumerate(paths, 1)]
    wb = load_workbook(out)
    files = [r[1] for r in wb["Danh sách báo cáo"].iter_rows(min_row=2, values_only=True)]
    assert files == [str(p) for p in paths]     # the names as the user gave them
    assert wb["Chỉ số (tổng hợp)"].max_row == 1 + 3 * len(sample_doc.metrics)


def test_an_unreadable_file_in_a_batch_is_one_warning_line(sample_path, tmp_path, capsys):
    bad = tmp_path / "anh.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    out = tmp_path / "tong-hop.xlsx"
    assert main(["export", str(sample_path), str(bad), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and any("anh.txt" in line and "bỏ qua" in line for line in err.splitlines())
    listing = list(load_workbook(out)["Danh sách báo cáo"].iter_rows(min_row=2, values_only=True))
    assert listing[1][11].startswith("Bỏ qua")


def test_one_unreadable_file_is_exit_2_and_one_line(tmp_path, capsys):
    bad = tmp_path / "trong.txt"
    bad.write_bytes(b"")
    assert main(["export", str(bad), "-o", str(tmp_path / "x.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[0] == f"[1/1] {bad}"             # progress, then the one-line error
    assert len(err.splitlines()) == 2 and "trong.txt" in err.splitlines()[1] and "Traceback" not in err
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; "
                    "CI installs libreoffice-calc-nogui to run this")
def test_the_sample_checks_recalculate_to_their_export_results(sample_path, tmp_path):
    out = tmp_path / "mau.xlsx"
    assert main(["export", str(sample_path), "-o", str(out)]) == 0
    rows = list(recalculated(out, tmp_path)["Kiểm tra"].iter_rows(min_row=2, values_only=True))
    assert rows and [r[6] for r in rows] == [r[7] for r in rows]
