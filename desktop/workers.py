"""Long work off the UI thread: a QRunnable whose result, progress and failure
come back as signals (queued to the UI thread), so the window never freezes."""
from __future__ import annotations

import gc
import sys
import threading
import traceback
from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from parser.errors import UserError
from parser.model import Document

from . import analysis_process, parcels


class TaskSignals(QObject):
    progress = Signal(int, str)      # percent, what is being done
    partial = Signal(object)         # a first part of the result, worth showing before the rest
    finished = Signal(object)
    failed = Signal(str)


_gc_lock = threading.Lock()
_gc_holds = 0


def _pause_gc() -> None:
    global _gc_holds
    with _gc_lock:
        _gc_holds += 1
        gc.disable()


def _resume_gc() -> None:
    """The objects a report is made of live as long as it is open: moved out of the
    collector's sight (gc.freeze), so no full collection ever walks them while the UI waits."""
    global _gc_holds
    with _gc_lock:
        _gc_holds -= 1
        if _gc_holds == 0:
            gc.freeze()
            gc.enable()


class Task(QRunnable):
    """Runs `work(progress, partial)` on the thread pool; it may call `progress(percent, text)`
    and `partial(value)` as it goes."""

    def __init__(self, work: Callable[[Callable[[int, str], None]], object]):
        super().__init__()
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        _pause_gc()         # a collection over a large report's objects would freeze the UI thread too
        try:
            result = self.work(self.signals.progress.emit, self.signals.partial.emit)
        except UserError as exc:
            self._report(self.signals.failed, str(exc))
        except Exception as exc:     # a bug must reach the user as a message, not kill the thread silently
            traceback.print_exc(file=sys.stderr)
            self._report(self.signals.failed, f"{exc.__class__.__name__}: {exc}")
        else:
            self._report(self.signals.finished, result)
        finally:
            _resume_gc()

    @staticmethod
    def _report(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:         # the application quit meanwhile (its analysis process with it): nobody to tell
            pass


# what a long task reports doing (translated where shown, in DocumentController's context)
STAGES = ("đọc và phân tích", "sửa lỗi OCR tự động", "tìm từ nghi ngờ", "xong", "ghi tệp Excel")

_running: set[Task] = set()    # keeps each task's signals alive until it reports


class _Relay(QObject):
    """Hands a task's reports to callbacks while its owner lives: a child of the owner, so a
    window closed and deleted meanwhile is never called back."""

    def __init__(self, owner: QObject, finished, failed, progress, partial):
        super().__init__(owner)
        self.callbacks = (finished, failed, progress, partial)

    def finished(self, result) -> None:
        self.deleteLater()
        self.callbacks[0](result)

    def failed(self, message: str) -> None:
        self.deleteLater()
        if self.callbacks[1]:
            self.callbacks[1](message)

    def progress(self, percent: int, what: str) -> None:
        if self.callbacks[2]:
            self.callbacks[2](percent, what)

    def partial(self, value) -> None:
        if self.callbacks[3]:
            self.callbacks[3](value)


def start(task: Task, owner: QObject, finished: Callable, failed: Callable | None = None,
          progress: Callable | None = None, partial: Callable | None = None) -> Task:
    # the workers run Python too: hand the interpreter over often, so the UI thread never waits long for it
    sys.setswitchinterval(min(sys.getswitchinterval(), 0.0001))
    relay = _Relay(owner, finished, failed, progress, partial)
    task.signals.finished.connect(relay.finished)
    task.signals.failed.connect(relay.failed)
    task.signals.progress.connect(relay.progress)
    task.signals.partial.connect(relay.partial)
    _running.add(task)
    task.signals.finished.connect(lambda _r: _running.discard(task))
    task.signals.failed.connect(lambda _m: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task


SMALL_REPORT = 200_000      # characters: analysed in a fraction of a second


def analyse(path: str, wanted: Callable[[], bool]) -> Callable:
    """Opening a report, first phase: read here (the text shows at once), analyse in
    the analysis process, then unpack the document and make the tree's rows here.
    A small report while that process is still starting (the one a launch opens) is
    analysed here: the first window never waits for the process."""

    def work(progress, partial):
        from parser.reader import read_file

        progress(5, "đọc và phân tích")
        text, source = read_file(path)
        partial((text, source))
        progress(30, "đọc và phân tích")
        if len(text) < SMALL_REPORT and not analysis_process.shared().is_ready():
            from parser.pipeline import analyse_text

            doc = analyse_text(text, source)
        else:
            # the findings need the figures' module: loaded now, while only the text is coming in,
            # rather than in the findings' thread while the window takes the document in
            import parser.checks  # noqa: F401

            doc = parcels.unpack_document(_in_process(source.file, "analyse", (text, source), progress, wanted))
        from parser.review import tally
        from parser.structure_fixes import structure_corrections

        from .document_model import build_items

        # the tree's rows too (a long report has thousands), the corrections its outline proves and
        # the status bar's counts (walks of every node): here, while nobody else holds the document
        return doc, build_items(doc), structure_corrections(doc), tally(doc)

    return work


@dataclass
class OcrResult:
    corrections: list | None          # None when the layer came from a session
    suspicions: list = field(default_factory=list)   # likely misread, in reading order
    starts: list = field(default_factory=list)       # where each of them starts
    words: list | None = None         # findings.word_findings(suspicions, corrections), with the corrections
    users: list | None = None         # the corrections whose source is "user", with the corrections


def find_ocr_errors(doc: Document, corrector, correct: bool, certain: list, wanted: Callable[[], bool]) -> Callable:
    """Second phase, in the analysis process: automatic corrections (unless a session
    brought its own layer) and suspicious words. `corrector` goes there pickled."""

    def work(progress, _partial):
        parcel = _in_process(doc.source.file, "ocr", (doc.text, corrector, correct, certain), progress, wanted)
        corrections = parcels.unpack_list(parcel["corrections"]) if parcel["corrections"] is not None else None
        suspicions = parcels.unpack_list(parcel["suspicions"])
        words = parcels.unpack_list(parcel["words"]) if parcel["words"] is not None else None
        progress(100, "xong")
        users = [c for c in corrections if c.source == "user"] if corrections is not None else None
        return OcrResult(corrections, suspicions, [s.start for s in suspicions], words, users)

    return work


def _in_process(file: str, job: str, args: tuple, progress, wanted):
    try:
        return analysis_process.shared().run(job, args, progress, wanted)
    except analysis_process.ProcessStopped as exc:
        raise UserError(f"{file}: {exc}") from None


def export_workbook(doc: Document, out: str, correct: bool) -> Callable:
    def work(progress, _partial):
        from parser.export import write_workbook

        progress(10, "ghi tệp Excel")
        return write_workbook([doc], out, correct=correct)

    return work
