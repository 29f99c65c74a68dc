"""The analysis process seen from the window: a report opened through it, a UserError
raised there shown as its one line, a killed process explained (never a hang), and the
documents it sends back whole."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parser.errors import ReadError
from parser.pipeline import analyse_text

from desktop import analysis_process, parcels, workers
from desktop.app import sample_path
from handmade import TEXT


class RefusingCorrector:
    """Raises the engine's kind of user error from inside the analysis process."""

    def correct_document(self, text):
        raise ReadError("learned_corrections.json", "learned corrections file is damaged")

    def suspicious_words(self, text):
        return []


class StallingCorrector:
    """Never finishes: the test ends the process under it."""

    def correct_document(self, text):
        time.sleep(60)
        return []

    def suspicious_words(self, text):
        return []


def report(tmp_path: Path) -> str:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    return str(path)


def open_in(window, qtbot, path: str, prompts) -> None:
    window.load(path)
    qtbot.waitUntil(lambda: window.model.doc is not None, timeout=60_000)


@pytest.fixture
def jobs(monkeypatch):
    """The names of the jobs sent to the analysis process, in order."""
    sent = []
    run = analysis_process.AnalysisProcess.run
    monkeypatch.setattr(analysis_process.AnalysisProcess, "run",
                        lambda self, job, *args: sent.append(job) or run(self, job, *args))
    return sent


def test_a_report_opens_through_the_analysis_process(window, qtbot, tmp_path, monkeypatch, jobs):
    monkeypatch.setattr(workers, "SMALL_REPORT", 0)        # not analysed in the window's process meanwhile
    with qtbot.waitSignal(window.ocr_ready, timeout=60_000):
        window.load(report(tmp_path))
    doc = window.model.doc
    assert jobs == ["analyse", "ocr"]
    assert [n.path for n in doc.outline] == ["I", "II"] and doc.metrics
    engine_made = [c.new for c in doc.corrections if c.source != "structure"]
    assert engine_made[:2] == ["vực", "chính"]      # the scripted engine ran there


def test_a_small_report_while_the_process_starts_is_analysed_at_once(window, qtbot, tmp_path, monkeypatch, jobs):
    monkeypatch.setattr(analysis_process.AnalysisProcess, "is_ready", lambda self: False)
    with qtbot.waitSignal(window.ocr_ready, timeout=60_000):
        window.load(report(tmp_path))
    assert jobs == ["ocr"] and [n.path for n in window.model.doc.outline] == ["I", "II"]


def test_a_user_error_in_the_process_shows_its_one_line(window, qtbot, tmp_path, prompts):
    window.corrector = RefusingCorrector()
    open_in(window, qtbot, report(tmp_path), prompts)
    qtbot.waitUntil(lambda: any(a[0] == "error" for a in prompts.asked), timeout=60_000)
    (_kind, _title, message), = [a for a in prompts.asked if a[0] == "error"]
    assert message == "learned_corrections.json: learned corrections file is damaged"
    assert window.progress_bar.isHidden()


def test_a_killed_process_is_explained_and_the_next_report_opens(window, qtbot, tmp_path, prompts, corrector):
    window.corrector = StallingCorrector()
    path = report(tmp_path)
    open_in(window, qtbot, path, prompts)
    qtbot.waitUntil(lambda: "sửa lỗi OCR" in window.progress_bar.format(), timeout=60_000)
    os.kill(analysis_process.shared().pid(), signal.SIGTERM)
    qtbot.waitUntil(lambda: any(a[0] == "error" for a in prompts.asked), timeout=30_000)
    (_kind, _title, message), = [a for a in prompts.asked if a[0] == "error"]
    assert message.startswith(f"{path}: the analysis stopped unexpectedly (its process ended, code ")
    assert message.endswith("); open the file again") and "\n" not in message
    window.corrector = corrector
    with qtbot.waitSignal(window.ocr_ready, timeout=60_000):           # a fresh process takes the next one
        window.load(str(sample_path()))
    assert window.model.doc.source.file.endswith("000_292fb10c7b6fa72d.txt")


def test_a_document_crosses_in_slices_whole(monkeypatch):
    monkeypatch.setattr(parcels, "SLICE", 10)
    text = sample_path().read_text(encoding="utf-8")
    sent, expected = analyse_text(text), analyse_text(text)
    parcel = parcels.pack_document(sent)
    assert len(parcel["outline"]) > 1 and len(parcel["lists"]["line_starts"]) > 1     # really sliced
    assert parcels.unpack_document(parcel) == expected


def test_the_analysis_process_loads_no_qt():
    code = ("import sys, desktop.analysis_process, desktop.parcels, parser.pipeline; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[2], check=True).stdout.strip()
    assert out == "False"
