"""The target is whole or untouched: wrong names, inputs, open/locked files and
failed saves give one clear error and leave no partial file."""
from __future__ import annotations

import os

import pytest

from parser.errors import UserError, WriteError
from parser.export import export_files, write_workbook
from parser.export import safe_write
from test_export_docs import make_doc


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".~baocao"))


@pytest.mark.parametrize("name", ["out.xls", "out.csv", "out", "out.xlsx.txt"])
def test_the_output_must_be_an_xlsx(tmp_path, name):
    with pytest.raises(UserError, match=r"\.xlsx"):
        write_workbook([make_doc()], tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_an_upper_case_suffix_is_fine(tmp_path):
    write_workbook([make_doc()], tmp_path / "OUT.XLSX")
    assert (tmp_path / "OUT.XLSX").stat().st_size > 0


def test_the_output_may_not_be_an_input(tmp_path, monkeypatch):
    report = tmp_path / "bao-cao.xlsx"
    report.write_text("I. Báo cáo\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UserError, match="trùng với tệp đầu vào"):
        export_files(["bao-cao.xlsx"], tmp_path / "." / "bao-cao.xlsx")
    assert report.read_text(encoding="utf-8") == "I. Báo cáo\n"


def test_a_workbook_open_in_excel_is_refused_and_left_alone(tmp_path):
    out = tmp_path / "tong-hop.xlsx"
    out.write_bytes(b"the office's previous export")
    (tmp_path / "~$tong-hop.xlsx").write_bytes(b"owner")
    with pytest.raises(WriteError) as err:
        write_workbook([make_doc()], out)
    assert "open in Excel" in str(err.value) and "đang mở" in str(err.value)
    assert str(err.value).startswith(str(out))
    assert "\n" not in str(err.value)
    assert out.read_bytes() == b"the office's previous export"
    assert leftovers(tmp_path) == []


def test_a_locked_target_gives_write_error_and_no_partial_file(tmp_path, monkeypatch):
    out = tmp_path / "tong-hop.xlsx"
    out.write_bytes(b"old")

    def locked(src, dst):  # what Windows does when Excel holds the file
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(safe_write.os, "replace", locked)
    with pytest.raises(WriteError, match="locked"):
        write_workbook([make_doc()], out)
    assert out.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_a_failure_while_saving_leaves_the_target_untouched(tmp_path, monkeypatch):
    out = tmp_path / "tong-hop.xlsx"
    out.write_bytes(b"old")
    from openpyxl import Workbook

    def full_disk(self, filename):
        with open(filename, "wb") as f:
            f.write(b"PK half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full_disk)
    with pytest.raises(WriteError, match="No space left"):
        write_workbook([make_doc()], out)
    assert out.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(WriteError, match="does not exist"):
        write_workbook([make_doc()], tmp_path / "khong-co" / "out.xlsx")


def test_a_read_only_folder_is_a_clear_error(tmp_path, monkeypatch):
    # chmod does not bind root (CI), so ask the way the check asks
    monkeypatch.setattr(safe_write.os, "access", lambda path, mode: False)
    with pytest.raises(WriteError, match="permission denied"):
        write_workbook([make_doc()], tmp_path / "out.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_a_new_workbook_gets_ordinary_permissions(tmp_path):
    out = tmp_path / "out.xlsx"
    write_workbook([make_doc()], out)
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_replacing_a_workbook_keeps_its_permissions(tmp_path):
    out = tmp_path / "out.xlsx"
    out.write_bytes(b"old")
    out.chmod(0o640)
    write_workbook([make_doc()], out)
    assert out.stat().st_mode & 0o777 == 0o640


def test_the_command_line_reports_a_bad_target_in_one_line(tmp_path, capsys):
    from parser.cli import main

    report = tmp_path / "a.txt"
    report.write_text("I. Báo cáo\n", encoding="utf-8")
    assert main(["export", str(report), "-o", str(tmp_path / "a.xls")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".xlsx" in err and "Traceback" not in err
