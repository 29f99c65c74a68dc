"""Long work off the UI thread: a QRunnable whose result, progress and failure
come back as signals (queued to the UI thread), so the window never freezes."""
from __future__ import annotations

import sys
import traceback
from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from parser.errors import UserError
from parser.model import Document


class TaskSignals(QObject):
    progress = Signal(int, str)      # percent, what is being done
    finished = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """Runs `work(progress)` on the thread pool; `progress(percent, text)` may be called from it."""

    def __init__(self, work: Callable[[Callable[[int, str], None]], object]):
        super().__init__()
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except UserError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:     # a bug must reach the user as a message, not kill the thread silently
            traceback.print_exc(file=sys.stderr)
            self.signals.failed.emit(f"{exc.__class__.__name__}: {exc}")
        else:
            self.signals.finished.emit(result)


# what a long task reports doing (translated where shown, in MainWindow's context)
STAGES = ("đọc và phân tích", "sửa lỗi OCR tự động", "tìm từ nghi ngờ", "xong", "ghi tệp Excel")

_running: set[Task] = set()    # keeps each task's signals alive until it reports


def start(task: Task) -> Task:
    _running.add(task)
    task.signals.finished.connect(lambda _r: _running.discard(task))
    task.signals.failed.connect(lambda _m: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task


def analyse(path: str) -> Callable:
    """Opening a report, first phase: read and analyse (fast; the document shows after it)."""

    def work(progress):
        from parser.pipeline import analyse_file

        progress(10, "đọc và phân tích")
        return analyse_file(path)

    return work


@dataclass
class OcrResult:
    corrections: list | None          # None when the layer came from a session
    suspicions: list = field(default_factory=list)


def find_ocr_errors(text: str, corrector, correct: bool) -> Callable:
    """Second phase: automatic corrections (unless a session brought its own layer) and suspicious words."""

    def work(progress):
        corrections = None
        if correct:
            progress(20, "sửa lỗi OCR tự động")
            corrections = corrector.correct_document(text)
        progress(60, "tìm từ nghi ngờ")
        suspicions = corrector.suspicious_words(text)
        progress(100, "xong")
        return OcrResult(corrections, suspicions)

    return work


def export_workbook(doc: Document, out: str, correct: bool) -> Callable:
    def work(progress):
        from parser.export import write_workbook

        progress(10, "ghi tệp Excel")
        return write_workbook([doc], out, correct=correct)

    return work
