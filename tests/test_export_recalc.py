"""A real spreadsheet application opens the workbook and recomputes the checks.

LibreOffice (headless) converts the exported workbook to a fresh .xlsx, which
makes it calculate every formula and store the results; openpyxl then reads
those results. A figure changed in the workbook must change the verdict."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from parser.export import write_workbook
from test_export_docs import make_doc

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; "
                                "CI installs libreoffice-calc-nogui to run this")


def recalculated(path, tmp_path):
    """The workbook's values after LibreOffice has opened and recalculated it."""
    out = tmp_path / "recalc"
    profile = tmp_path / "lo-profile"   # a private profile: parallel soffice runs do not collide
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    return load_workbook(out / path.name, data_only=True)


def verdicts(wb, sheet="Kiểm tra"):
    return [r[6] for r in wb[sheet].iter_rows(min_row=2, values_only=True)]


def test_checks_recalculate_in_libreoffice_and_follow_edited_values(tmp_path):
    path = tmp_path / "bao-cao.xlsx"
    write_workbook([make_doc()], path)
    wb = recalculated(path, tmp_path)
    assert verdicts(wb) == ["Đúng", "Đúng", "Sai"]        # the same as at export time
    checks = list(wb["Kiểm tra"].iter_rows(min_row=2, values_only=True))
    assert [c[7] for c in checks] == verdicts(wb)
    assert checks[0][4:6] == (1626, 1626)
    assert checks[1][5] == pytest.approx(100 * 8262 / 10754)
    assert checks[2][4:6] == (10, 11)

    # an office worker fixes the misread figure (3 -> 2) and breaks another (460 -> 461)
    edited = load_workbook(path)
    figures = edited["Chỉ số"]
    figures["E10"] = 2
    figures["E3"] = 461
    figures["E5"] = 70.5        # and a percentage that no longer matches 8.262/10.754
    edited.save(path)
    wb = recalculated(path, tmp_path)
    assert verdicts(wb) == ["Sai", "Sai", "Đúng"]


def test_batch_checks_recalculate_over_the_long_figures_sheet(tmp_path):
    from parser.export.batch import Skipped, write_batch

    path = tmp_path / "tong-hop.xlsx"
    docs = [make_doc("a.txt"), Skipped("b.txt", "không phải tệp văn bản"), make_doc("c.txt")]
    write_batch(iter(docs), path, correct=False, count=3)
    wb = recalculated(path, tmp_path)
    results = [(r[0], r[7]) for r in wb["Kiểm tra (tổng hợp)"].iter_rows(min_row=2, values_only=True)]
    assert results == [(1, "Đúng"), (1, "Đúng"), (1, "Sai"), (3, "Đúng"), (3, "Đúng"), (3, "Sai")]
    # the detail sheets of a small batch recalculate against their own figures
    assert verdicts(wb, "3. Kiểm tra") == ["Đúng", "Đúng", "Sai"]
