"""Opening files, saving and reopening a review, recovery after a crash, drops, a changed source."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent

from handmade import TEXT
from parser import review
from parser.session import SUFFIX, load_session, pending_recoveries

from desktop.main_window import MainWindow
from desktop.session_controller import data_dir


@pytest.fixture
def report(tmp_path) -> Path:
    path = tmp_path / "bao cáo tháng 6.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def open_and_wait(window, qtbot, path):
    with qtbot.waitSignal(window.ocr_ready, timeout=20000):
        window.open_path(str(path))
    return window.model.doc


def make_edits(window):
    doc = window.model.doc
    start = doc.text.index("buu")
    window.push_edit(review.correct_word(doc, start, start + 3, "bưu"))
    window.push_edit(review.edit_meta(doc, "signer_name", "Trần Văn Khoanh"))
    window.push_edit(review.verify(doc, review.node_key(doc.outline[0])))
    return doc


def new_window(qtbot, corrector, prompts):
    win = MainWindow(corrector=corrector, prompter=prompts)
    qtbot.addWidget(win)
    win.show()
    return win


def test_open_by_dialog_shows_the_report(window, qtbot, prompts, report):
    prompts.open_answer = str(report)
    with qtbot.waitSignal(window.ocr_ready, timeout=20000):
        window.actions["open"].trigger()
    assert window.model.doc.text == TEXT
    assert window.raw.toPlainText().startswith("UBND TINH TRA VINH")
    assert window.windowTitle().startswith("bao cáo tháng 6.txt")
    assert window.recent_files() == [str(report)]
    assert QSettings().value("dir/last") == str(report.parent)


def test_an_unreadable_file_is_one_clear_message(window, qtbot, prompts, tmp_path):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02PNG" * 100)
    window.open_path(str(bad))
    qtbot.waitUntil(lambda: any(a[0] == "error" for a in prompts.asked))
    message = [a for a in prompts.asked if a[0] == "error"][0][2]
    assert "scan.txt" in message and "\n" not in message and "Traceback" not in message
    assert window.model.doc is None


def test_save_then_reopen_the_session(window, qtbot, prompts, corrector, report, tmp_path):
    open_and_wait(window, qtbot, report)
    doc = make_edits(window)
    target = tmp_path / "review"
    prompts.save_answer = str(target)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_S, Qt.ControlModifier)
    saved = tmp_path / f"review{SUFFIX}"
    assert saved.is_file() and not window.isWindowModified()
    assert window.windowTitle().startswith(saved.name)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["source"]["sha256"] == doc.source.sha256 and data["verified"] == [review.node_key(doc.outline[0])]

    again = new_window(qtbot, corrector, prompts)
    reopened = open_and_wait(again, qtbot, saved)
    assert [(c.old, c.new) for c in reopened.corrections if c.source == "user"] == [("buu", "bưu")]
    assert reopened.metadata.fields["signer_name"].value == "Trần Văn Khoanh"
    assert reopened.verified == doc.verified
    assert again.sessions.path == str(saved) and not again.isWindowModified()
    assert again.progress_label.text() == window.progress_label.text()
    # a second Ctrl+S writes the same file without asking
    again.push_edit(review.verify(reopened, "m1")) if review.find_metric(reopened, "m1") else None
    asked = len(prompts.asked)
    again.save()
    assert len(prompts.asked) == asked and load_session(saved).edits
    again.stack.setClean()


def test_a_failed_save_leaves_the_review_marked_unsaved(window, qtbot, prompts, report, tmp_path):
    open_and_wait(window, qtbot, report)
    make_edits(window)
    blocker = tmp_path / "not a folder"
    blocker.write_text("x")
    prompts.save_answer = str(blocker / "review.baocao.json")
    assert not window.save()
    assert window.isWindowModified()
    assert any(a[0] == "error" and "not a folder" in a[2] for a in prompts.asked)


def test_recovery_after_a_simulated_crash(qtbot, corrector, prompts, report):
    crashed = new_window(qtbot, corrector, prompts)
    open_and_wait(crashed, qtbot, report)
    make_edits(crashed)
    crashed.sessions.timer.timeout.emit()                    # the 30-second autosave fires
    assert len(pending_recoveries(data_dir())) == 1
    crashed.sessions.timer.stop()
    crashed.stack.setClean()                                 # (the crash: nothing asked, nothing cleaned up)
    crashed._closing = True
    # the recovery file survives a "crash": it is only removed after a save or a deliberate discard
    assert len(pending_recoveries(data_dir())) == 1

    prompts.recover_answer = True
    restarted = new_window(qtbot, corrector, prompts)
    with qtbot.waitSignal(restarted.ocr_ready, timeout=20000):
        assert restarted.offer_recovery()
    doc = restarted.model.doc
    assert [(c.old, c.new) for c in doc.corrections if c.source == "user"] == [("buu", "bưu")]
    assert doc.metadata.fields["signer_name"].value == "Trần Văn Khoanh"
    assert restarted.isWindowModified()                       # recovered work is not saved work
    prompts.unsaved_answer = "discard"
    restarted.close()
    assert pending_recoveries(data_dir()) == []


def test_a_declined_recovery_is_removed(qtbot, corrector, prompts, report):
    first = new_window(qtbot, corrector, prompts)
    open_and_wait(first, qtbot, report)
    make_edits(first)
    assert first.sessions.autosave()
    first.stack.setClean()
    prompts.recover_answer = False
    second = new_window(qtbot, corrector, prompts)
    assert not second.offer_recovery()
    assert pending_recoveries(data_dir()) == []


def test_nothing_is_autosaved_when_all_is_saved(window, qtbot, report):
    open_and_wait(window, qtbot, report)
    assert not window.sessions.autosave()
    assert window.sessions.timer.interval() == 30_000 and window.sessions.timer.isActive()


def test_dropping_a_file_opens_it(window, qtbot, report, tmp_path):
    other = tmp_path / "khac.txt"
    other.write_text(TEXT, encoding="utf-8")
    opened_elsewhere = []
    window.open_elsewhere = opened_elsewhere.append
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(report)), QUrl.fromLocalFile(str(other))])
    event = QDropEvent(QPointF(200, 200), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    with qtbot.waitSignal(window.ocr_ready, timeout=20000):
        window.dropEvent(event)
    assert event.isAccepted()
    assert window.model.doc.source.path.endswith("bao cáo tháng 6.txt")
    assert opened_elsewhere == [str(other)]


def test_a_session_whose_source_changed_is_explained(window, qtbot, prompts, corrector, report, tmp_path):
    open_and_wait(window, qtbot, report)
    make_edits(window)
    saved = tmp_path / f"s{SUFFIX}"
    assert window.sessions.save(str(saved))
    report.write_text(TEXT.replace("buu", "bun"), encoding="utf-8")     # someone edited the source

    prompts.source_changed_answer = False
    second = new_window(qtbot, corrector, prompts)
    second.open_path(str(saved))
    qtbot.waitUntil(lambda: any(a[0] == "source_changed" for a in prompts.asked))
    asked = [a for a in prompts.asked if a[0] == "source_changed"][0]
    assert asked[1].endswith("bao cáo tháng 6.txt") and any("buu" in p for p in asked[2])
    assert second.model.doc is None                          # declined: nothing half-opened

    prompts.source_changed_answer = True
    doc = open_and_wait(second, qtbot, saved)
    assert not [c for c in doc.corrections if c.source == "user"]          # the edit that no longer fits is gone
    assert doc.metadata.fields["signer_name"].value == "Trần Văn Khoanh"   # the others are kept


def test_closing_with_unsaved_changes_asks_first(window, qtbot, prompts, report):
    open_and_wait(window, qtbot, report)
    make_edits(window)
    prompts.unsaved_answer = "cancel"
    assert not window.close()
    assert window.isVisible()
    prompts.unsaved_answer = "discard"
    assert window.close()


def test_opening_another_file_over_unsaved_work_asks_first(window, qtbot, prompts, report, tmp_path):
    open_and_wait(window, qtbot, report)
    doc = make_edits(window)
    prompts.unsaved_answer = "cancel"
    window.open_path(str(report))
    assert window.model.doc is doc and window.isWindowModified()


def test_window_layout_is_remembered(qtbot, corrector, prompts):
    first = new_window(qtbot, corrector, prompts)
    first.splitter.setSizes([300, 900])
    first.close()
    second = new_window(qtbot, corrector, prompts)
    sizes = second.splitter.sizes()
    assert sizes[0] < sizes[1]


def test_export_writes_the_edited_workbook(window, qtbot, prompts, report, tmp_path):
    from openpyxl import load_workbook

    open_and_wait(window, qtbot, report)
    doc = window.model.doc
    make_edits(window)
    out = tmp_path / "out.xlsx"
    prompts.save_answer = str(out)
    with qtbot.waitSignal(window.exported, timeout=20000):
        window.actions["export"].trigger()
    cells = [str(c.value) for ws in load_workbook(out).worksheets for row in ws.iter_rows() for c in row if c.value]
    assert any("Trần Văn Khoanh" in c for c in cells)
    assert doc is window.model.doc


def test_undoing_back_to_saved_then_closing_leaves_nothing_to_recover(window, qtbot, report):
    open_and_wait(window, qtbot, report)
    make_edits(window)
    assert window.sessions.autosave() and pending_recoveries(data_dir())
    for _ in range(3):
        window.stack.undo()
    assert not window.isWindowModified()
    assert window.close()
    assert pending_recoveries(data_dir()) == []
