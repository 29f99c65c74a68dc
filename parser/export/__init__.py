"""Excel export: the workbook an office can submit as it is.

`export_files(paths, out, correct=False, progress=None)` reads and analyses
report files and writes them (the CLI's `baocao export`);
`write_workbook(docs, out, correct=False)` writes Documents already in memory,
as the reviewer left them (the desktop's "Export").

One input gives the report's six sheets; several give the batch summary (see
`batch`). In a batch an input that cannot be read is skipped with a warning
line through `progress` and listed with the reason; a single unreadable input
raises its ReadError. Nothing is written unless the whole workbook is. A large
batch is analysed in worker processes (see `parallel`).
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
