"""From a file (or bytes, or a str) to the text every offset points into.

The text is NFC, and every line break `str.splitlines()` knows (CRLF, CR, form
feed, \\v, \\x1c-\\x1e, \\x85, U+2028, U+2029) is "\\n", so the text's "\\n" lines
are the file's lines. Encodings: UTF-8 (with or without BOM), UTF-16 with BOM,
and the legacy Vietnamese ones (Windows-1258, TCVN3, VNI-Windows), picked by how
Vietnamese each decoding looks. Anything else is refused with a `ReadError`
naming the file and the problem in one line.
"""
from __future__ import annotations

import codecs
import hashlib
import io
import os
import stat
import unicodedata
import zipfile

from .encodings import LEGACY
from .encodings.vietnamese import likeness
from .errors import ReadError
from .model import SourceInfo

MAX_BYTES = 64 * 1024 * 1024
_MB = 1024 * 1024
_SAMPLE = 64 * 1024                     # bytes looked at for control characters and encodings

# line breaks of str.splitlines() other than "\n" and "\r"
_OTHER_BREAKS = ("\f", "\v", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
# control bytes a text file may hold: tab, the line breaks, and DOS's end-of-file mark
_TEXT_CONTROLS = b"\t\n\v\f\r\x1a\x1c\x1d\x1e"
_TEXT_CONTROL_CHARS = _TEXT_CONTROLS.decode("ascii")
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in _TEXT_CONTROLS) + b"\x7f"
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)

# (signature at offset 0, what the file is)
_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "a program"),
)
_HINT = "save the report as plain text (.txt) first"
_UTF16_NO_BOM = "UTF-16 without a byte-order mark"


def read_file(path: str | os.PathLike) -> tuple[str, SourceInfo]:
    """Read a report from disk. The file is opened read-only and never changed."""
    try:
        return _read_file(os.fspath(path))
    except ReadError as err:
        raise ReadError(_one_line(err.file), err.reason) from None


def _read_file(name: str) -> tuple[str, SourceInfo]:
    try:
        info = os.stat(name)
    except FileNotFoundError:
        raise ReadError(name, "no such file") from None
    except PermissionError:
        raise ReadError(name, "no permission to read it") from None
    except (OSError, ValueError) as err:
        raise ReadError(name, f"cannot be opened ({_os_reason(err)})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(name, "is a folder, not a text file")
    if stat.S_ISREG(info.st_mode) and info.st_size > MAX_BYTES:   # a pipe (/dev/stdin) has no size yet
        raise ReadError(name, _too_large(info.st_size))
    try:
        with open(name, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise ReadError(name, "no permission to read it") from None
    except IsADirectoryError:
        raise ReadError(name, "is a folder, not a text file") from None
    except OSError as err:
        raise ReadError(name, f"cannot be read ({_os_reason(err)})") from None
    if len(data) > MAX_BYTES:           # grew since stat
        raise ReadError(name, _too_large(len(data)))
    return _decode(data, name, os.path.abspath(name))


def read_bytes(data: bytes, name: str) -> tuple[str, SourceInfo]:
    """Decode a report held in memory (a drop, a download); `name` is for messages."""
    try:
        if len(data) > MAX_BYTES:
            raise ReadError(name, _too_large(len(data)))
        return _decode(bytes(data), name, None)
    except ReadError as err:
        raise ReadError(_one_line(err.file), err.reason) from None


def source_from_text(text: str, name: str = "<text>") -> tuple[str, SourceInfo]:
    """An already decoded text, normalised like a file's, with its SourceInfo."""
    text = normalise_text(text)
    data = text.encode("utf-8", errors="surrogatepass")
    return text, SourceInfo(file=name, sha256=hashlib.sha256(data).hexdigest(), encoding="utf-8",
                            lines=count_lines(text), path=None, size=len(data))


def normalise_text(text: str) -> str:
    """NFC, and every line break as "\\n" (a trailing break kept as it is)."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for brk in _OTHER_BREAKS:
        if brk in text:
            text = text.replace(brk, "\n")
    return text


def count_lines(text: str) -> int:
    """Lines as str.splitlines() counts them, for a text whose only break is "\\n"."""
    return text.count("\n") + (1 if text and not text.endswith("\n") else 0)


def _decode(data: bytes, name: str, path: str | None) -> tuple[str, SourceInfo]:
    if not data:
        raise ReadError(name, "empty file")
    text, encoding = _decode_any(data, name)
    if not text or text.isspace():
        raise ReadError(name, "holds only white space, no text")
    text = normalise_text(text)
    return text, SourceInfo(file=name, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding,
                            lines=count_lines(text), path=path, size=len(data))


def _decode_any(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        _refuse_binary(data[3:], name)
        text = _nearly_utf8(data[3:])
        if text is None:
            raise ReadError(name, "damaged UTF-8 text (many bytes do not decode)")
        return text, "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_utf16(data, name), "utf-16"
    if data.startswith(codecs.BOM_UTF32_BE):
        raise ReadError(name, "unknown encoding (UTF-32 is not supported; save as UTF-8)")
    _refuse_binary(data, name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = _nearly_utf8(data) if _nearly_utf8(data[:_SAMPLE]) is not None else None
    if text is not None:
        return text, "utf-8"
    return _decode_legacy(data, name)


def _decode_utf16(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF32_LE):
        raise ReadError(name, "unknown encoding (UTF-32 is not supported; save as UTF-8)")
    text = data.decode("utf-16", errors="replace")
    damaged = text.count("\ufffd")
    if damaged > max(2, len(text) // 1000):
        raise ReadError(name, "damaged UTF-16 text (it does not decode)")
    sample = text[:_SAMPLE]
    controls = sum(1 for ch in sample if ch < " " and ch not in _TEXT_CONTROL_CHARS)
    if controls > max(2, len(sample) // 100):
        raise ReadError(name, f"not a text file: binary data (many control characters); {_HINT}")
    return text


def _nearly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few damaged bytes (a cut download, a stray byte) among many
    good multi-byte letters; the damage shows as U+FFFD."""
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - damaged
    return text if damaged * 20 <= good else None


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    sample = data[:_SAMPLE]
    best_name, best = None, None
    for enc_name, module in LEGACY.items():
        measure = likeness(module.decode(sample))
        if best is None or measure.score > best.score:
            best_name, best = enc_name, measure
    if best is not None and best.looks_vietnamese:
        return LEGACY[best_name].decode(data), best_name
    high = sum(1 for b in sample if b >= 0x80)
    if high * 200 <= len(sample):      # a few accents in otherwise ASCII text: Windows' Latin letters
        return LEGACY["cp1258"].decode(data), "cp1258"
    raise ReadError(name, "unknown encoding (not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI "
                          "Vietnamese text); save it as UTF-8")


def _refuse_binary(data: bytes, name: str) -> None:
    """Refuse images, PDFs, office files, archives, other binary data, and UTF-16
    without its byte-order mark (which we do not guess)."""
    what = _what_binary(data)
    if what == _UTF16_NO_BOM:
        raise ReadError(name, f"unknown encoding ({what}; save as UTF-8)")
    if what:
        raise ReadError(name, f"not a text file: {what}; {_HINT}")


def _what_binary(data: bytes) -> str | None:
    head = data[:16]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _what_zip(data)
    for signature, what in _SIGNATURES:
        if head.startswith(signature) and what:
            return what
    sample = data[:_SAMPLE]
    has_nul = b"\x00" in data
    if head.startswith(b"BM") and has_nul:
        return "a BMP image"
    if head.startswith(b"MZ") and has_nul:
        return "a Windows program"
    if has_nul:
        return _UTF16_NO_BOM if _utf16_without_bom(sample) else "binary data (it holds NUL bytes)"
    controls = len(sample.translate(None, _NOT_CONTROL))   # deletes all but the control bytes
    if controls > max(2, len(sample) // 100):
        return "binary data (many control characters)"
    return None


def _utf16_without_bom(sample: bytes) -> bool:
    """Text in UTF-16 without its mark: the high byte of most characters is NUL
    (ASCII, Latin-1), the low byte hardly ever."""
    even, odd = sample[0::2], sample[1::2]
    for high, low in ((odd, even), (even, odd)):
        if len(high) >= 8 and high.count(0) >= 0.6 * len(high) and low.count(0) <= 0.01 * len(low):
            return True
    return False


def _what_zip(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return "a ZIP archive"
    if "word/document.xml" in names:
        return "a Word document (.docx)"
    if "xl/workbook.xml" in names:
        return "an Excel workbook (.xlsx)"
    if "content.xml" in names:
        return "an OpenDocument file"
    return "a ZIP archive"


def _one_line(name: str) -> str:
    """A file name fit for a one-line message: control characters (a newline in a
    name) shown escaped."""
    return name.translate(_ESCAPES) if any(ch < " " for ch in name) else name


_ESCAPES = {c: f"\\x{c:02x}" for c in range(0x20)}


def _too_large(size: int) -> str:
    return f"too large ({size / _MB:.1f} MB; the limit is {MAX_BYTES // _MB} MB)"


def _os_reason(err: Exception) -> str:
    return getattr(err, "strerror", None) or str(err) or type(err).__name__
