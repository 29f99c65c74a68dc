"""Turn model values into what a cell should hold: real dates, typed numbers,
Vietnamese words for codes."""
from __future__ import annotations

import re
from datetime import date, datetime

from ..model import CorrectedView, Document, RawView, TextView

YES, NO = "Có", "Không"
PASS, FAIL = "Đúng", "Sai"

KIND_NAMES = {"part": "Phần", "section": "Mục", "item": "Tiểu mục", "bullet": "Gạch đầu dòng",
              "paragraph": "Đoạn"}
CHECK_NAMES = {"sum": "Tổng", "ratio": "Tỷ lệ", "running_total": "Lũy kế"}
SOURCE_NAMES = {"auto": "Tự động", "learned": "Tự động (đã học)", "structure": "Tự động (theo dàn ý)",
                "user": "Người dùng sửa tay"}
FLAG_NAMES = {"ocr-digit": "chữ số có thể bị OCR đọc sai", "doubtful": "cần xem lại"}
ROMAN_QUARTERS = {"1": "I", "2": "II", "3": "III", "4": "IV"}

_DECIMALS = re.compile(r"\d,(\d+)")


def view_for(doc: Document, correct: bool) -> TextView:
    """Corrected text when asked for, or when a reviewer corrected something by
    hand (their edits are what they mean to submit); the OCR text otherwise."""
    if correct or any(c.source == "user" for c in doc.corrections):
        return CorrectedView(doc.text, doc.corrections)
    return RawView(doc.text)


def iso_date(text: str | None) -> date | str | None:
    """A date cell for an ISO date; the text itself when it is not one."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


def timestamp(text: str | None) -> datetime | str | None:
    """A local, naive date-time cell (Excel has no time zones) for an ISO timestamp."""
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return when.astimezone().replace(tzinfo=None) if when.tzinfo else when


def period_text(period: str | None) -> str | None:
    """'2020-06' -> 'Tháng 6/2020', '2020-Q2' -> 'Quý II/2020', '2020-H1' -> '6 tháng đầu năm 2020'."""
    if not period:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})|-Q([1-4])|-H([12]))?", period)
    if not m:
        return period
    year, month, quarter, half = m.groups()
    if month:
        return f"Tháng {int(month)}/{year}"
    if quarter:
        return f"Quý {ROMAN_QUARTERS[quarter]}/{year}"
    if half:
        return f"6 tháng {'đầu' if half == '1' else 'cuối'} năm {year}"
    return f"Năm {year}"


def number(value):
    """An int for a whole number (so it prints without decimals), else the float; None stays empty."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def printed_decimals(text: str | None, value) -> int:
    """Decimal places the report printed ('76,82%' -> 2, '6.767' -> 0); from the
    value itself when the text shows none."""
    whole = not isinstance(value, float) or value.is_integer()
    groups = _DECIMALS.findall(text or "")
    if len(groups) == 1 and not (whole and len(groups[0]) == 3):  # '1,234' of a whole number is thousands
        return len(groups[0])
    if not whole:
        return len(repr(value).split(".")[1].rstrip("0")) if "e" not in repr(value) else 6
    return 0


def yes_no(flag: bool) -> str:
    return YES if flag else NO


def line_column(doc: Document, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset."""
    line = doc.line_of(offset)
    return line, offset - doc.line_starts[line - 1] + 1
