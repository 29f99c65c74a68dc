"""parser.reader: decoding, normalisation, SourceInfo, and every kind of bad input."""
import codecs
import hashlib
import os
import random
import subprocess
import sys
import time
import unicodedata
import zipfile

import pytest

from parser import reader
from parser.errors import ReadError
from parser.reader import MAX_BYTES, read_bytes, read_file, source_from_text
from reader_samples import ENGLISH_CHAPTER, VIETNAMESE_REPORT, tiny_png

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- good input

@pytest.mark.parametrize("bom, codec, expected", [
    (b"", "utf-8", "utf-8"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
])
def test_unicode_encodings(tmp_path, bom, codec, expected):
    data = bom + VIETNAMESE_REPORT.encode(codec)
    path = write(tmp_path, "r.txt", data)
    text, source = read_file(path)
    assert text == VIETNAMESE_REPORT
    assert source.encoding == expected
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert source.size == len(data)
    assert source.file == str(path) and source.path == str(path.resolve())
    assert source.lines == len(VIETNAMESE_REPORT.splitlines())


def test_file_is_named_as_given(tmp_path, monkeypatch):
    write(tmp_path, "báo cáo.txt", "Báo cáo\n".encode())
    monkeypatch.chdir(tmp_path)
    text, source = read_file("báo cáo.txt")
    assert source.file == "báo cáo.txt"
    assert source.path == os.path.join(str(tmp_path), "báo cáo.txt")


@pytest.mark.parametrize("raw", [
    "một\r\nhai\r\nba\r\n",
    "một\rhai\rba\r",
    "một\nhai\fba\n",
    "một\x0chai\r\n\x0cba",
    "một\vhai\x1cba\x1d\x1e\x85\u2028\u2029",
    "một\r\n\r\nhai\n\n",
    "không xuống dòng ở cuối",
    "\n\nbắt đầu bằng dòng trống",
])
def test_line_breaks_become_newlines_and_lines_match_splitlines(tmp_path, raw):
    path = write(tmp_path, "r.txt", raw.encode("utf-8"))
    text, source = read_file(path)
    assert text.split("\n")[: len(raw.splitlines())] == raw.splitlines()
    assert len(text.splitlines()) == len(raw.splitlines()) == source.lines
    assert set(text) & set("\r\f\v\x1c\x1d\x1e\x85\u2028\u2029") == set()
    assert text.endswith("\n") == (raw[-1] in "\r\n\f\v\x1c\x1d\x1e\x85\u2028\u2029")


def test_form_feed_page_break_keeps_lines_in_place(tmp_path):
    raw = "Trang 1\n\x0cTrang 2\nhết\n"
    text, source = read_file(write(tmp_path, "r.txt", raw.encode()))
    assert text == "Trang 1\n\nTrang 2\nhết\n"
    assert text.splitlines() == raw.splitlines() and source.lines == 4


def test_nfd_input_is_normalised_to_nfc(tmp_path):
    nfd = unicodedata.normalize("NFD", VIETNAMESE_REPORT)
    assert nfd != VIETNAMESE_REPORT
    text, source = read_file(write(tmp_path, "nfd.txt", nfd.encode("utf-8")))
    assert text == VIETNAMESE_REPORT and source.encoding == "utf-8"


def test_cp1258_style_decomposed_utf8_is_composed(tmp_path):
    # base letter with its shape, then a combining tone: the Windows-1258 habit carried into UTF-8
    raw = "Vi\u00ea\u0323t Nam, ng\u01b0\u01a1\u0300i d\u00e2n"
    text, _ = read_file(write(tmp_path, "r.txt", raw.encode()))
    assert text == "Việt Nam, người dân"


def test_english_chapter_is_read(tmp_path):
    text, source = read_file(write(tmp_path, "chapter.txt", ENGLISH_CHAPTER.encode()))
    assert text == ENGLISH_CHAPTER and source.encoding == "utf-8"
    assert source.lines == len(ENGLISH_CHAPTER.splitlines()) >= 40


def test_sample_report(sample_path):
    text, source = read_file(sample_path)
    raw = sample_path.read_bytes()
    assert source.encoding == "utf-8" and source.size == len(raw)
    assert source.lines == len(raw.decode("utf-8").splitlines())
    assert text == unicodedata.normalize("NFC", raw.decode("utf-8"))


def test_a_stray_byte_in_utf8_shows_as_a_replacement_character(tmp_path):
    data = VIETNAMESE_REPORT.encode() + b"\xff\n"
    text, source = read_file(write(tmp_path, "r.txt", data))
    assert source.encoding == "utf-8"
    assert text == VIETNAMESE_REPORT + "\ufffd\n"


def test_few_accents_in_windows_text_are_read(tmp_path):
    chapter = ENGLISH_CHAPTER.replace("the baker's door", "the café door")
    text, source = read_file(write(tmp_path, "r.txt", chapter.encode("cp1252")))
    assert source.encoding == "cp1258" and text == chapter


def test_the_file_is_not_modified(tmp_path):
    data = ("Số liệu\r\n" + unicodedata.normalize("NFD", VIETNAMESE_REPORT)).encode("utf-16")
    path = write(tmp_path, "r.txt", data)
    os.chmod(path, 0o444)
    before = os.stat(path)
    read_file(path)
    after = os.stat(path)
    assert path.read_bytes() == data
    assert (before.st_mtime_ns, before.st_size, before.st_mode) == (after.st_mtime_ns, after.st_size, after.st_mode)


def test_read_bytes_and_source_from_text_agree_with_read_file(tmp_path):
    data = VIETNAMESE_REPORT.replace("\n", "\r\n").encode("utf-8-sig")
    text, source = read_bytes(data, "upload.txt")
    assert text == VIETNAMESE_REPORT and source.encoding == "utf-8-sig" and source.path is None
    text2, source2 = source_from_text(unicodedata.normalize("NFD", VIETNAMESE_REPORT).replace("\n", "\r\n"))
    assert text2 == VIETNAMESE_REPORT and source2.file == "<text>"
    assert source2.lines == source.lines and source2.encoding == "utf-8"
    assert source2.sha256 == hashlib.sha256(VIETNAMESE_REPORT.encode()).hexdigest()


# --- bad input: one line, naming the file, in plain words

def refused(path_or_data, name="bad.txt") -> str:
    with pytest.raises(ReadError) as info:
        if isinstance(path_or_data, bytes):
            read_bytes(path_or_data, name)
        else:
            read_file(path_or_data)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith(f"{info.value.file}: ")
    return info.value.reason


def xlsx_bytes(tmp_path) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.active["A1"] = "Báo cáo"
    path = tmp_path / "made.xlsx"
    book.save(path)
    return path.read_bytes()


def docx_like_bytes(tmp_path) -> bytes:
    path = tmp_path / "made.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return path.read_bytes()


BAD_INPUTS = {
    "empty": (lambda tmp: b"", "empty"),
    "spaces": (lambda tmp: b"   \n\t\n  \r\n", "white space"),
    "utf16-spaces": (lambda tmp: "  \n \n".encode("utf-16"), "white space"),
    "bom-only": (lambda tmp: codecs.BOM_UTF8, "white space"),
    "junk": (lambda tmp: random.Random(7).randbytes(4096), "not a text file"),
    "controls": (lambda tmp: bytes(range(1, 9)) * 300, "not a text file"),
    "png": (lambda tmp: tiny_png(), "PNG image"),
    "jpeg": (lambda tmp: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64), "JPEG image"),
    "gif": (lambda tmp: b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(16), "GIF image"),
    "pdf": (lambda tmp: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
    "xlsx": (xlsx_bytes, "Excel workbook"),
    "docx": (docx_like_bytes, "Word document"),
    "zip": (lambda tmp: b"PK\x03\x04" + bytes(40), "ZIP"),
    "ole": (lambda tmp: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "old Office document"),
    "gzip": (lambda tmp: b"\x1f\x8b\x08\x00" + bytes(32), "gzip"),
    "nul": (lambda tmp: b"B\xe1o c\xe1o\x00\x00 ho\xe0n th\xe0nh\n", "NUL"),
    "utf16-le-no-bom": (lambda tmp: VIETNAMESE_REPORT.encode("utf-16-le"), "UTF-16 without a byte-order mark"),
    "utf16-be-no-bom": (lambda tmp: ENGLISH_CHAPTER.encode("utf-16-be"), "UTF-16 without a byte-order mark"),
    "russian": (lambda tmp: ("Отчёт о работе управления за третий квартал. " * 40).encode("cp1251"),
                "unknown encoding"),
    "chinese": (lambda tmp: ("工作报告：第三季度的主要任务和成果。" * 60).encode("gbk"), "unknown encoding"),
}


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_bad_input_is_refused_in_one_line(tmp_path, kind):
    make, words = BAD_INPUTS[kind]
    path = write(tmp_path, f"{kind}.txt", make(tmp_path))
    reason = refused(path)
    assert words.lower() in reason.lower()
    assert refused(path.read_bytes(), name=f"{kind}.txt") == reason


def test_missing_file(tmp_path):
    assert refused(tmp_path / "không có.txt") == "no such file"


def test_a_folder(tmp_path):
    assert "folder" in refused(tmp_path)


def test_no_permission(tmp_path, monkeypatch):
    path = write(tmp_path, "locked.txt", b"noi dung\n")

    def locked(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reader, "open", locked, raising=False)
    assert refused(path) == "no permission to read it"


def test_a_file_of_70_mb_is_refused_by_its_size_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.write("Báo cáo\n".encode() * 1000)
        f.truncate(70 * 1024 * 1024)                   # sparse: cheap to make

    def no_reading(*args, **kwargs):
        raise AssertionError("the size alone must refuse it")

    monkeypatch.setattr(reader, "open", no_reading, raising=False)
    started = time.perf_counter()
    reason = refused(path)
    assert time.perf_counter() - started < 0.5
    assert reason == "too large (70.0 MB; the limit is 64 MB)"


def test_bytes_over_the_limit_are_refused():
    assert "too large" in refused(b"a" * (MAX_BYTES + 1))


def test_a_50_mb_text_file_is_read_without_blowing_up(tmp_path):
    """Read in a child process, so its peak memory can be measured on its own."""
    path = tmp_path / "big.txt"
    chunk = (VIETNAMESE_REPORT * 40).encode()
    with open(path, "wb") as f:
        for _ in range(50 * 1024 * 1024 // len(chunk)):
            f.write(chunk)
    size = path.stat().st_size
    assert 45 * 1024 * 1024 < size <= MAX_BYTES
    script = (
        "import resource, sys, time\n"
        "from parser.reader import read_file\n"
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "t = time.perf_counter()\n"
        "text, source = read_file(sys.argv[1])\n"
        "elapsed = time.perf_counter() - t\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(len(text), source.lines, source.encoding, elapsed, (peak - base) * 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    chars, lines, encoding, elapsed, grown = out.stdout.split()
    assert encoding == "utf-8"
    assert int(lines) == VIETNAMESE_REPORT.count("\n") * 40 * (50 * 1024 * 1024 // len(chunk))
    # the bytes, one decoded str (2 bytes a character: Vietnamese is beyond Latin-1) and one
    # temporary copy at most (2.5 x measured): under 4 bytes of memory per byte of file
    assert int(grown) < 4 * size, f"peak memory grew by {int(grown) / size:.1f} x the file size"
    assert float(elapsed) < 10
