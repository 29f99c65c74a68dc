"""Excel export: the workbook an office can submit as it is.

`export_files(paths, out, correct=False, progress=None)` reads and analyses
report files and writes them (the CLI's `baocao export`);
`write_workbook(docs, out, correct=False)` writes Documents already in memory,
as the reviewer left them (the desktop's "Export").

One input gives the report's six sheets ("Thông tin chung", "Nội dung",
"Chỉ số", "Văn bản dẫn chiếu", "Kiểm tra", "Sửa lỗi OCR"). Several give the
batch summary ("Danh sách báo cáo", "Chỉ số (tổng hợp)", "Kiểm tra (tổng hợp)"),
plus each report's six sheets when there are at most batch.DETAIL_LIMIT (5);
beyond that the workbook is streamed and holds the summary only.

In a batch an input that cannot be read is skipped: a warning line goes through
`progress` and the list sheet shows it with the reason (a batch of 200 is not
lost to one bad scan); when no input can be read, UserError and no file. A
single unreadable input raises its ReadError. The target is checked (.xlsx,
not an input, not open in Excel, writable) before any work, and written whole
or not at all (safe_write). A large batch is analysed in worker processes
(see `parallel`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from ..errors import UserError
from .batch import write_batch
from .parallel import analyse, documents
from .safe_write import check_target
from .workbook import write_workbook

__all__ = ["export_files", "write_workbook"]


def export_files(paths: Iterable[str | Path], out: str | Path, correct: bool = False,
                 progress: Callable[[str], None] | None = None) -> Path:
    """Analyse each report file and write the workbook `out` (.xlsx); returns its path."""
    paths = [Path(p) for p in paths]
    if not paths:
        raise UserError("baocao export: chưa có tệp đầu vào (no input files)")
    progress = progress or (lambda _msg: None)
    out = check_target(out, paths)
    if len(paths) == 1:
        progress(f"[1/1] {paths[0]}")
        return write_workbook([analyse(paths[0], correct)], out, correct=correct)
    return write_batch(documents(paths, correct, progress), out, correct=correct, count=len(paths))
