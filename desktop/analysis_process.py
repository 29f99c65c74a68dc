"""The report's analysis and OCR pass in a separate process: their pure-Python work
never holds the window's interpreter lock, so the window keeps turning meanwhile.

One child process, started with "spawn" on every OS (Windows has no fork, and the
tests should run what Windows runs), started when first needed (so it never slows the
launch) and reused: a report pays neither the interpreter's start-up nor the loading
of the language data. Jobs run one at a time; a job nobody wants any more is stopped
by ending the process (the next job starts a fresh one). Results come back as parcels (parcels.py). No Qt here: the child
imports this module and parser/ only.
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import threading
import traceback
from typing import Callable

from parser.errors import UserError

from . import parcels


class JobFailed(UserError):
    """The job raised in the child: a UserError's one-line message, or a bug's class and message."""


class ProcessStopped(UserError):
    """The child process ended in the middle of a job (killed, crashed, or stopped as unwanted)."""


# ------------------------------------------------------------------ the child's side

def _analyse(text, source, progress) -> dict:
    from parser.pipeline import analyse_text

    doc = analyse_text(text, source)
    progress(80, "đọc và phân tích")
    return parcels.pack_document(doc)


def _find_ocr_errors(text, corrector, correct, certain, progress) -> dict:
    """Automatic corrections (outline-proven fixes win), and the words likely misread, in reading order;
    with the corrections, the findings for the words they leave uncorrected (worked out here, not
    in a thread beside the window's)."""
    from parser.findings import SUSPICIOUS, word_findings
    from parser.structure_fixes import merge

    corrections = None
    if correct:
        progress(20, "sửa lỗi OCR tự động")
        corrections = sorted(merge(corrector.correct_document(text), certain), key=lambda c: c.start)
    progress(60, "tìm từ nghi ngờ")
    suspicions = sorted((s for s in corrector.suspicious_words(text) if s.score >= SUSPICIOUS),
                        key=lambda s: s.start)
    return {"corrections": None if corrections is None else parcels.pack_list(corrections),
            "suspicions": parcels.pack_list(suspicions),
            "words": None if corrections is None else parcels.pack_list(word_findings(suspicions, corrections))}


JOBS = {"analyse": _analyse, "ocr": _find_ocr_errors}


def _yield_to_the_window() -> None:
    """Below normal priority: on a busy machine the window's process gets the processor first."""
    if hasattr(os, "nice"):
        os.nice(5)
    elif sys.platform == "win32":
        import ctypes

        below_normal = 0x4000
        ctypes.windll.kernel32.SetPriorityClass(ctypes.windll.kernel32.GetCurrentProcess(), below_normal)


def serve(conn) -> None:
    """The child's loop: one job at a time until the window's process closes the pipe."""
    _yield_to_the_window()
    import parser.pipeline  # noqa: F401  (loaded before the first job comes)

    while True:
        try:
            request = conn.recv_bytes()
        except (EOFError, OSError):
            return
        try:
            job, args = pickle.loads(request)
            result = JOBS[job](*args, progress=lambda percent, what: conn.send(("progress", percent, what)))
            answer = pickle.dumps(("done", result), pickle.HIGHEST_PROTOCOL)
        except UserError as exc:
            answer = pickle.dumps(("failed", str(exc)))
        except Exception as exc:       # a bug: its traceback on stderr, its one line to the window
            traceback.print_exc(file=sys.stderr)
            answer = pickle.dumps(("failed", f"{exc.__class__.__name__}: {exc}"))
        conn.send_bytes(answer)


# ------------------------------------------------------------------ the window's side

class AnalysisProcess:
    def __init__(self):
        self._job_lock = threading.Lock()        # one job at a time
        self._start_lock = threading.Lock()
        self._process = None
        self._conn = None
        self._warm = None                         # the process once it has finished a job
        self._wanted: Callable[[], bool] | None = None     # of the job running now

    def start(self) -> None:
        """Start the child unless it runs; returns at once (it loads meanwhile).
        A dead child's pipe is closed by the job that found it dead, never from here."""
        with self._start_lock:
            if self._process is not None and self._process.is_alive():
                return
            context = multiprocessing.get_context("spawn")
            here, there = context.Pipe()
            process = context.Process(target=serve, args=(there,), name="baocao-analysis", daemon=True)
            process.start()
            there.close()            # the child holds the only other end: its death reads as EOF here
            self._process, self._conn = process, here

    def is_ready(self) -> bool:
        """The process has finished a job (so it is loaded) and still runs: a job sent now starts at once."""
        process = self._process
        return process is not None and self._warm is process and process.is_alive()

    def run(self, job: str, args: tuple, progress: Callable[[int, str], None],
            wanted: Callable[[], bool] = lambda: True):
        """Run `job` in the child (waiting for any job before it); its progress goes to `progress`.
        Raises JobFailed with the child's message, ProcessStopped when the child ends meanwhile."""
        with self._job_lock:
            if not wanted():
                raise ProcessStopped("superseded before it started")
            self.start()
            process, conn = self._process, self._conn
            self._wanted = wanted
            try:
                conn.send((job, args))
                while True:
                    message = conn.recv()
                    if message[0] == "progress":
                        progress(*message[1:])
                    elif message[0] == "done":
                        self._warm = process
                        return message[1]
                    else:
                        raise JobFailed(message[1])
            except (EOFError, OSError):
                process.join(5)
                conn.close()         # the next job starts a fresh child
                raise ProcessStopped(f"the analysis stopped unexpectedly (its process ended, code {process.exitcode}); "
                                     "open the file again") from None
            finally:
                self._wanted = None

    def stop_unwanted(self) -> None:
        """End the child if the job it runs is no longer wanted (another report was asked for)."""
        wanted, process = self._wanted, self._process
        if wanted is not None and not wanted() and process is not None:
            process.terminate()

    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None


_shared = AnalysisProcess()


def shared() -> AnalysisProcess:
    """The one analysis process every window uses."""
    return _shared
