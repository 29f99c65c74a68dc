"""`baocao extract` on bad input: exit 2, one line on stderr naming the file, no traceback."""
import json
import os
import random
import subprocess
import sys
import zipfile

import pytest

from parser.pipeline import NO_STRUCTURE
from reader_samples import ENGLISH_CHAPTER, VIETNAMESE_REPORT, tiny_png

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PNG_1X1 = tiny_png()


def baocao(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "parser.cli", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def zip_bytes(tmp_path, member):
    path = tmp_path / "z.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(member, "<x/>")
    return path.read_bytes()


BAD = {
    "empty.txt": lambda tmp: b"",
    "blank.txt": lambda tmp: b" \n\t \r\n\n",
    "junk.bin": lambda tmp: random.Random(3).randbytes(2048),
    "image.png": lambda tmp: PNG_1X1,
    "scan.pdf": lambda tmp: b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer\n%%EOF\n",
    "table.xlsx": lambda tmp: zip_bytes(tmp, "xl/workbook.xml"),
    "letter.docx": lambda tmp: zip_bytes(tmp, "word/document.xml"),
    "old.doc": lambda tmp: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024),
    "russian.txt": lambda tmp: ("Годовой отчёт управления. " * 50).encode("koi8-r"),
}


def assert_one_line_naming(result, name):
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert str(name) in lines[0]
    assert result.stdout == ""


@pytest.mark.parametrize("name", sorted(BAD))
def test_extract_refuses_bad_input(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(BAD[name](tmp_path))
    assert_one_line_naming(baocao("extract", path), path)
    assert_one_line_naming(baocao("extract", "--json", path), path)


def test_extract_refuses_a_file_over_the_size_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.write(VIETNAMESE_REPORT.encode())
        f.truncate(70 * 1024 * 1024)
    result = baocao("extract", path)
    assert_one_line_naming(result, path)
    assert "too large" in result.stderr


def test_extract_refuses_a_missing_file(tmp_path):
    path = tmp_path / "không có.txt"
    result = baocao("extract", path)
    assert_one_line_naming(result, path)
    assert "no such file" in result.stderr


def test_a_name_with_a_newline_still_gives_one_line(tmp_path):
    path = tmp_path / "hai\ndòng.txt"
    result = baocao("extract", path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert "hai\\x0adòng.txt: no such file" in result.stderr


def test_extract_refuses_a_folder(tmp_path):
    result = baocao("extract", tmp_path)
    assert_one_line_naming(result, tmp_path)
    assert "folder" in result.stderr


@pytest.mark.parametrize("command", ["correct", "check"])
def test_other_commands_refuse_bad_input_the_same_way(tmp_path, command):
    path = tmp_path / "image.png"
    path.write_bytes(PNG_1X1)
    assert_one_line_naming(baocao(command, path), path)


def test_english_chapter_has_no_report_structure(tmp_path):
    path = tmp_path / "chapter.txt"
    path.write_text(ENGLISH_CHAPTER, encoding="utf-8")
    result = baocao("extract", "--json", path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    data = json.loads(result.stdout)
    assert NO_STRUCTURE in data["warnings"]
    assert data["outline"] == [] and data["metrics"] == []
    assert data["source"]["lines"] == len(ENGLISH_CHAPTER.splitlines())
    text = baocao("extract", path)
    assert text.returncode == 0 and "Traceback" not in text.stderr


def test_a_cong_van_without_parts_is_still_a_report(tmp_path):
    path = tmp_path / "cv.txt"
    path.write_text("UBND TỈNH TRÀ VINH\nSỞ NỘI VỤ\nSố: 12/SNV-VP\tTrà Vinh, ngày 3 tháng 4 năm 2021\n"
                    "V/v báo cáo số liệu cán bộ\n\nKính gửi: UBND các huyện.\n\n"
                    "Sở Nội vụ đề nghị các đơn vị gửi báo cáo trước ngày 10/4/2021.\n", encoding="utf-8")
    data = json.loads(baocao("extract", "--json", path).stdout)
    assert NO_STRUCTURE not in data["warnings"] and data["outline"]


def test_a_real_report_has_no_structure_warning(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(VIETNAMESE_REPORT, encoding="utf-8")
    result = baocao("extract", "--json", path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert NO_STRUCTURE not in data["warnings"]
    assert [n["path"] for n in data["outline"] if n["path"]][:2] == ["I", "II"]
