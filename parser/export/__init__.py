"""Excel export: the workbook an office can submit as it is.

`export_files(paths, out, correct=False, progress=None)` reads and analyses
report files and writes them (the CLI's `baocao export`);
`write_workbook(docs, out, correct=False)` writes Documents already in memory,
as the reviewer left them (the desktop's "Export").

One input gives the report's six sheets; several give the batch summary (see
`batch`). In a batch an input that cannot be read is skipped with a warning
line through `progress` and listed with the reason; a single unreadable input
raises its ReadError. Nothing is written unless the whole workbook is.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import UserError
from ..model import Document
from .batch import Skipped, write_batch
from .safe_write import check_target
from .workbook import write_workbook

__all__ = ["export_files", "write_workbook"]


def _analyse(path: Path, correct: bool) -> Document:
    from ..pipeline import analyse_file

    doc = analyse_file(path)
    if correct:
        from ..correction import correct_document

        doc.corrections = correct_document(doc.text)
    return doc


def _documents(paths: list[Path], correct: bool, progress: Callable[[str], None]) -> Iterator[Document | Skipped]:
    total = len(paths)
    for i, path in enumerate(paths, 1):
        progress(f"[{i}/{total}] {path}")
        try:
            yield _analyse(path, correct)
        except UserError as err:
            progress(f"[{i}/{total}] bỏ qua (skipped) {err}")
            yield Skipped(str(path), getattr(err, "reason", str(err)))


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
        return write_workbook([_analyse(paths[0], correct)], out, correct=correct)
    return write_batch(_documents(paths, correct, progress), out, correct=correct, count=len(paths))
