"""Opening, saving and exporting a review: a report or a session file read and
analysed off the UI thread (the text shows first, the tree when the analysis is in,
then the OCR layer), sessions saved and restored (a changed source explained),
recovery after a crash offered, the Excel export written in the background."""
from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer

from parser import review
from parser.errors import ReadError
from parser.session import SUFFIX, Session, load_session, restore
from parser.structure_fixes import structure_corrections

from . import analysis_process
from .prompts import EXCEL_FILTER, SESSION_FILTER
from .workers import OcrResult, Task, analyse, export_workbook, find_ocr_errors, start


EXPAND_SLICE = 40        # first-level rows a long report's tree opens per turn of the event loop


class DocumentController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self._load_serial = 0          # only the latest request to open something is shown
        # the latest request's serial as the analysis jobs see it: a closed window wants none
        wanted = self._wanted_serial = [0]
        self.destroyed.connect(lambda: wanted.__setitem__(0, None))

    # ------------------------------------------------------------ opening
    def open_dialog(self) -> None:
        folder = QSettings().value("dir/last", str(Path.home()))
        path = self.w.prompts.open_file(folder)
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> None:
        if not self.confirm_discard():
            return
        QSettings().setValue("dir/last", str(Path(path).parent))
        if path.endswith(SUFFIX):
            try:
                session = load_session(path)
            except ReadError as exc:
                self.w.prompts.error(self.tr("Không mở được phiên làm việc"), str(exc))
                return
            self.load(session.source_path or "", session=session, session_path=path)
        else:
            self.load(path)

    def load(self, path: str, session: Session | None = None, session_path: str | None = None,
             recovered: bool = False) -> None:
        """Read and analyse off the UI thread; only the latest request is shown."""
        if session is not None and not Path(path).is_file():
            self.w.prompts.error(self.tr("Không tìm thấy tệp nguồn"),
                               self.tr("{path}: không tìm thấy tệp báo cáo của phiên làm việc này").format(path=path))
            return
        self._load_serial += 1
        serial = self._wanted_serial[0] = self._load_serial
        analysis_process.shared().stop_unwanted()        # a report asked for earlier, still being analysed
        early = session is None and self.w.model.doc is None     # nothing on screen yet: show the text at once
        self._progress(0, "đọc và phân tích")
        start(Task(analyse(path, self._still_wanted(serial))), self,
              finished=lambda result: serial == self._load_serial and self.show_document(
                  result[0], session, session_path, recovered, prebuilt=result[1], certain=result[2],
                  counted=result[3]),
              failed=lambda msg: serial == self._load_serial and self._load_failed(msg),
              progress=self._progress,
              partial=lambda read: early and serial == self._load_serial and self._show_text(*read))

    def _still_wanted(self, serial: int):
        latest = self._wanted_serial
        return lambda: latest[0] == serial

    def _show_text(self, text: str, source) -> None:
        self.w.raw.show_text(text)
        self.w.setWindowTitle(f"{Path(source.file).name}[*] — BaoCao Review")
        self.w.text_shown.emit()

    def _progress(self, percent: int, what: str) -> None:
        self.w.progress_bar.setVisible(percent < 100)
        self.w.progress_bar.setValue(percent)
        self.w.progress_bar.setFormat(f"{self.tr(what)} %p%")

    def _load_failed(self, message: str) -> None:
        self.w.progress_bar.hide()
        self.w.prompts.error(self.tr("Không mở được tệp"), message)

    def show_document(self, doc, session: Session | None = None, session_path: str | None = None,
                      recovered: bool = False, prebuilt=None, certain: list | None = None,
                      counted: tuple | None = None) -> None:
        """`prebuilt`, `certain`, `counted`: the tree's rows, structure_corrections and review.tally
        of the document as analysed, made off the UI thread."""
        history = []
        if session is not None:
            history, problems = restore(doc, session)
            if doc.source.sha256 != session.source_sha256 and not self.w.prompts.source_changed(doc.source.file,
                                                                                               problems):
                self.w.progress_bar.hide()
                return
        self.w.suspicions = []
        self.w.word_findings = None
        self.w.stack.clear()
        self.w.raw.set_document(doc, [], self.w.actions["corrected"].isChecked())
        if counted is not None and session is None:      # the version set_document is about to give it
            self.w._tally = (doc, self.w.model.version + 1, counted)
        self.w.model.set_document(doc, history, prebuilt)      # its `changed` updates the status (_after_change)
        self.w.sessions.path = session_path if session is not None else None
        if recovered:
            self.w.stack.resetClean()
        else:
            self.w.stack.setClean()
        self.w.setWindowModified(not self.w.stack.isClean())
        self.w._remember_recent(session_path or doc.source.path)
        self.w._update_title()
        # the outline the worker read is the one shown unless a session's edits changed it
        shown = (self.w.model.version, certain if session is None else None)
        # the tree's first levels open a turn of the event loop later: two short waits, not one long one
        QTimer.singleShot(0, self, lambda: self._document_in(doc, correct=session is None, shown=shown))

    def _document_in(self, doc, correct: bool, shown: tuple = (None, None)) -> None:
        if doc is not self.w.model.doc:
            return
        version, certain = shown
        if certain is None or version != self.w.model.version:      # edited meanwhile: read the outline now
            certain = structure_corrections(doc)
        if self.w.model.count() < 2000:
            self.w.tree.expandToDepth(1)
        else:
            # a long report opens its first level only, a slice of rows per turn of the event loop:
            # laying them all out at once (thousands of calls into the Python model) is one long wait
            self.w.tree.collapseAll()                   # what expandToDepth(0) keeps: nothing deeper
            self._expand_first_level(doc, self.w.model.version, 0)
        self.w.document_shown.emit()
        self._find_ocr_errors(doc, correct, certain)

    def _expand_first_level(self, doc, version: int, first: int) -> None:
        w = self.w
        if doc is not w.model.doc or version != w.model.version:      # another document, or the rows rebuilt
            return
        w.tree.executeDelayedItemsLayout()     # else expand() only notes each row, and the pending layout does them all
        rows = w.model.rowCount()
        for row in range(first, min(first + EXPAND_SLICE, rows)):
            w.tree.expand(w.model.index(row, 0))
        if first + EXPAND_SLICE < rows:
            QTimer.singleShot(0, self, lambda: self._expand_first_level(doc, version, first + EXPAND_SLICE))

    def _find_ocr_errors(self, doc, correct: bool, certain: list) -> None:
        """Second phase, in the background: automatic corrections and suspicious words."""
        serial = self._load_serial
        start(Task(find_ocr_errors(doc, self.w.corrector, correct, certain,
                                   self._still_wanted(serial))), self,
              finished=lambda result: serial == self._load_serial and self._ocr_found(doc, result),
              failed=lambda msg: serial == self._load_serial and self._load_failed(msg),
              progress=self._progress)

    def _ocr_found(self, doc, result: OcrResult) -> None:
        if doc is not self.w.model.doc:
            return
        fresh = False
        if result.corrections is not None:
            fresh = not doc.corrections
            review.merge_layer(doc, result.corrections, in_order=True)     # the analysis sorts them
            if fresh and result.words is not None:
                # the layer is exactly the corrections the analysis matched the words against
                self.w.word_findings = (doc.corrections, result.suspicions, result.words)
        self.w.suspicions = result.suspicions
        self.w.raw.set_suspicions(self.w.suspicions, result.starts)
        self.w.model.layer_changed(result.users if fresh else None)
        QTimer.singleShot(0, self, lambda: self._ocr_shown(doc))     # the rest a turn later: two short waits

    def _ocr_shown(self, doc) -> None:
        if doc is not self.w.model.doc:
            return
        self.w._after_change()
        self.w.progress_bar.hide()
        self.w.ocr_ready.emit()

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest recovery copy; a declined one is removed."""
        for path, session in self.w.sessions.pending():
            what = self.tr("{source}\nlưu lúc {when}, {count} thao tác").format(
                source=session.source_path, when=session.saved_at, count=len(session.edits))
            if self.w.prompts.recover(what):
                self.load(session.source_path or "", session=session, session_path=session.session_path,
                          recovered=True)
                return True
            path.unlink(missing_ok=True)
        return False

    # ------------------------------------------------------------ saving
    def save(self) -> bool:
        if self.w.model.doc is None:
            return False
        if self.w.sessions.path is None:
            return self.save_as()
        return self.w.sessions.save(self.w.sessions.path)

    def save_as(self) -> bool:
        if self.w.model.doc is None:
            return False
        path = self.w.prompts.save_file(self.w.sessions.suggested_path(), SESSION_FILTER, self.tr("Lưu phiên làm việc"))
        if not path or not self.w.sessions.save(path):
            return False
        self.w._remember_recent(self.w.sessions.path)
        self.w._update_title()
        self.w.statusBar().showMessage(self.tr("Đã lưu {path}").format(path=self.w.sessions.path), 5000)
        return True

    def confirm_discard(self) -> bool:
        """True when the current review may be replaced: saved, saved now, or let go on purpose
        (its recovery copy then goes: nothing of it is left to recover)."""
        if self.w.model.doc is None:
            return True
        if self.w.stack.isClean():
            self.w.sessions.clear_recovery()
            return True
        answer = self.w.prompts.unsaved(self.w.model.doc.source.file)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.w.sessions.clear_recovery()
            return True
        return False

    def export(self) -> None:
        doc = self.w.model.doc
        if doc is None:
            return
        suggested = str(Path(doc.source.path or doc.source.file).with_suffix(".xlsx"))
        out = self.w.prompts.save_file(suggested, EXCEL_FILTER, self.tr("Xuất Excel"))
        if not out:
            return
        start(Task(export_workbook(copy.deepcopy(doc), out, self.w.actions["corrected"].isChecked())), self,
              finished=lambda path: self._exported(str(path)),
              failed=lambda msg: (self.w.progress_bar.hide(), self.w.prompts.error(self.tr("Không xuất được Excel"), msg)),
              progress=self._progress)

    def _exported(self, path: str) -> None:
        self.w.progress_bar.hide()
        self.w.statusBar().showMessage(self.tr("Đã xuất {path}").format(path=path), 8000)
        self.w.exported.emit(path)
