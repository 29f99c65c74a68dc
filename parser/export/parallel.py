"""Analyse the reports of a large batch in worker processes while the main
process writes the workbook: extraction is pure CPU work, and the writer is
busy anyway, so a second core halves a 200-report export.

Results come back in input order through a bounded window, so only a few
Documents are alive at any moment however long the batch is."""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable, Iterator

from ..errors import UserError
from ..model import Document

# below this many reports, starting worker processes costs more than it saves
PARALLEL_MIN = 16
# analysed Documents waiting to be written, per worker
WINDOW_PER_WORKER = 4


class Skipped:
    """An input left out of a batch, and why (picklable, unlike UserError's subclasses)."""

    def __init__(self, file: str, reason: str):
        self.file, self.reason = file, reason

    def __repr__(self) -> str:
        return f"Skipped({self.file!r}, {self.reason!r})"


def analyse(path: Path, correct: bool) -> Document:
    from ..pipeline import analyse_file, auto_corrections

    doc = analyse_file(path)
    if correct:
        doc.corrections = auto_corrections(doc)
    return doc


def analyse_or_skip(path: Path, correct: bool) -> Document | Skipped:
    try:
        return analyse(path, correct)
    except UserError as err:
        return Skipped(str(path), getattr(err, "reason", str(err)))


def worker_count(reports: int) -> int:
    """Extra processes worth starting: none for a small batch, a single core, or
    where workers cannot be forked safely (BAOCAO_EXPORT_WORKERS overrides the count)."""
    if not _can_fork():
        return 0
    env = os.environ.get("BAOCAO_EXPORT_WORKERS", "")
    if env.isdigit():
        return int(env) if int(env) > 1 else 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(cores, 4) if reports >= PARALLEL_MIN and cores > 1 else 0


def _can_fork() -> bool:
    """Fork copies the caller as it is, so it needs no `if __name__ == "__main__"`
    guard in the caller's script (spawn would), but it is only safe while the
    caller runs a single thread (a GUI's threads may hold locks), and on Linux
    (macOS's system libraries do not survive it); elsewhere the batch is
    analysed in this process."""
    qt = any(name in sys.modules for name in ("PySide6.QtCore", "PyQt6.QtCore"))   # QThreads are not counted
    return sys.platform.startswith("linux") and threading.active_count() == 1 and not qt


def documents(paths: list[Path], correct: bool, progress: Callable[[str], None]) -> Iterator[Document | Skipped]:
    """Each input's Document (or why it was skipped), in input order."""
    total = len(paths)
    workers = worker_count(total)

    def report(i: int, path: Path, item):
        progress(f"[{i}/{total}] {path}")
        if isinstance(item, Skipped):
            progress(f"[{i}/{total}] bỏ qua (skipped) {path}: {item.reason}")
        return item

    if not workers:
        for i, path in enumerate(paths, 1):
            yield report(i, path, analyse_or_skip(path, correct))
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        pending: deque = deque()
        todo = iter(enumerate(paths, 1))
        for i, path in todo:
            pending.append((i, path, pool.submit(analyse_or_skip, path, correct)))
            if len(pending) >= workers * WINDOW_PER_WORKER:
                break
        while pending:
            i, path, future = pending.popleft()
            nxt = next(todo, None)
            if nxt is not None:
                pending.append((nxt[0], nxt[1], pool.submit(analyse_or_skip, nxt[1], correct)))
            try:
                item = future.result()
            except BrokenProcessPool:
                raise UserError(f"{path}: tiến trình phân tích bị dừng đột ngột "
                                "(an analysis worker stopped; try BAOCAO_EXPORT_WORKERS=1)") from None
            yield report(i, path, item)
