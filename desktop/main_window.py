"""The review window: the raw report beside the editable tree, linked both ways,
with the suggestions and findings panels, undo, sessions and export."""
from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHeaderView, QLabel, QMainWindow,
                               QProgressBar, QSplitter, QTreeView)

from parser import review
from parser.findings import Finding, findings as open_findings
from parser.render import metric_label
from parser.session import Session

from . import actions as action_specs
from .commands import push_edit
from .correcting import CorrectionController
from .document_model import KEY_ROLE, DocumentModel
from .documents import DocumentController
from .editing import EditingController
from .findings_panel import FindingsPanel, kind_counts
from .menus import build_menus, retranslate_menus
from .prompts import Prompter
from .raw_view import RawTextView
from .services import Corrector
from .session_controller import SessionController
from .suggestions import SuggestionsPanel
from .text_delegate import TreeDelegate
from .workers import Task, start

MAX_RECENT = 8


def _findings_and_counts(doc, suspicions, words) -> tuple[list[Finding], dict]:
    """The findings and their count by kind: both off the UI thread."""
    found = open_findings(doc, suspicions, words)
    return found, kind_counts(found)


class MainWindow(QMainWindow):
    text_shown = Signal()              # the report's text is on screen (its tree follows)
    document_shown = Signal()          # a report (or session) is on screen
    ocr_ready = Signal()               # its automatic corrections and suspicious words are in
    findings_ready = Signal()          # the findings panel is up to date
    exported = Signal(str)

    def __init__(self, corrector: Corrector | None = None, prompter: Prompter | None = None):
        super().__init__()
        self.corrector = corrector or Corrector()
        self.prompts = prompter or Prompter(self)
        self.open_elsewhere = None           # set by the app: opens extra dropped files in new windows
        self.suspicions: list = []
        # (layer, suspicions, their findings.word_findings): valid while both lists are the ones in use
        # (an edit of the layer replaces doc.corrections with a new list)
        self.word_findings: tuple | None = None
        self._syncing = False
        self._findings_serial = 0
        self._closing = False
        self._tree_state: tuple[set, str | None] = (set(), None)
        self._tally: tuple = (None, -1, (0, 0, 0))        # (document, model version, review.tally)

        self.model = DocumentModel(self)
        self.model.submit_edit = self.push_edit
        self.stack = QUndoStack(self)
        self.stack.cleanChanged.connect(self._clean_changed)

        self.raw = RawTextView()
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.delegate = TreeDelegate(self.tree)
        self.tree.setItemDelegate(self.delegate)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for col, width in ((1, 150), (2, 90), (3, 90)):
            header.setSectionResizeMode(col, QHeaderView.Interactive)
            header.resizeSection(col, width)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(self.raw)
        self.splitter.addWidget(self.tree)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.suggestions = SuggestionsPanel()
        self.findings = FindingsPanel()
        self.findings_dock = self._dock("findings", self.findings, Qt.BottomDockWidgetArea)
        self.suggestions_dock = self._dock("suggestions", self.suggestions, Qt.BottomDockWidgetArea)
        self.splitDockWidget(self.findings_dock, self.suggestions_dock, Qt.Horizontal)

        self.encoding_label, self.counts_label, self.progress_label = QLabel(), QLabel(), QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(180)
        self.progress_bar.hide()
        for widget in (self.progress_bar, self.encoding_label, self.counts_label, self.progress_label):
            self.statusBar().addPermanentWidget(widget)

        self.sessions = SessionController(self, self)
        self.documents = DocumentController(self)
        self.editing = EditingController(self)
        self.correcting = CorrectionController(self)
        self.sessions.failed.connect(lambda msg: self.prompts.error(self.tr("Không lưu được"), msg))
        self.actions = action_specs.make_actions(self)
        self.menus = build_menus(self)
        for name in action_specs.TREE_ONLY:
            self.tree.addAction(self.actions[name])
        self._connect()
        self._findings_later = QTimer(self, singleShot=True, interval=150)
        self._findings_later.timeout.connect(self._refresh_findings)
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self.splitter.setSizes([560, 720])
        self.resizeDocks([self.findings_dock], [200], Qt.Vertical)
        self.resizeDocks([self.findings_dock, self.suggestions_dock], [760, 520], Qt.Horizontal)
        self._restore_settings()
        self.retranslate()

    def _dock(self, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        a = self.actions
        d = self.documents
        a["open"].triggered.connect(d.open_dialog)
        a["save"].triggered.connect(d.save)
        a["save_as"].triggered.connect(d.save_as)
        a["export"].triggered.connect(d.export)
        a["quit"].triggered.connect(self.close)
        a["undo"].triggered.connect(self.stack.undo)
        a["redo"].triggered.connect(self.stack.redo)
        e, c = self.editing, self.correcting
        a["edit"].triggered.connect(e.edit_cell)
        a["edit_text"].triggered.connect(e.edit_node_text)
        a["delete"].triggered.connect(e.delete_current)
        for name, direction in (("move_up", "up"), ("move_down", "down"), ("indent", "in"), ("outdent", "out")):
            a[name].triggered.connect(lambda _c=False, d=direction: e.move_current(d))
        a["add_figure"].triggered.connect(e.add_figure)
        a["add_node"].triggered.connect(e.add_node)
        a["add_recipient"].triggered.connect(e.add_recipient)
        a["add_reference"].triggered.connect(e.add_reference)
        a["verify"].triggered.connect(e.toggle_verified)
        a["take_first"].triggered.connect(lambda: c.take_suggestion(0))
        a["fix_all"].triggered.connect(lambda: c.fix_all())
        a["corrected"].toggled.connect(c.show_corrected)
        a["next_finding"].triggered.connect(lambda: self.findings.step(True))
        a["prev_finding"].triggered.connect(lambda: self.findings.step(False))
        a["focus_tree"].triggered.connect(self.tree.setFocus)
        a["focus_text"].triggered.connect(self.raw.setFocus)
        a["expand"].triggered.connect(self.tree.expandAll)
        a["lang_vi"].triggered.connect(lambda: self.switch_language("vi"))
        a["lang_en"].triggered.connect(lambda: self.switch_language("en"))
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        self.tree.selectionModel().currentChanged.connect(self._tree_moved)
        self.raw.offset_clicked.connect(self._raw_clicked)
        self.raw.pick_requested.connect(c.take_suggestion)
        self.suggestions.chosen.connect(c._take_text)
        self.suggestions.fix_all_requested.connect(c.fix_all)
        self.findings.activated.connect(self.go_to_finding)
        self.model.changed.connect(self._after_change)
        self.model.edit_rejected.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        self.model.modelAboutToBeReset.connect(self._remember_tree)
        self.model.modelReset.connect(self._restore_tree)
        # C++ to C++ connections: safe while the window is being torn down
        self.stack.canUndoChanged.connect(self.actions["undo"].setEnabled)
        self.stack.canRedoChanged.connect(self.actions["redo"].setEnabled)
        self.stack.undoTextChanged.connect(self.actions["undo"].setStatusTip)
        self.stack.redoTextChanged.connect(self.actions["redo"].setStatusTip)
        self.actions["undo"].setEnabled(False)
        self.actions["redo"].setEnabled(False)

    def _clean_changed(self, clean: bool) -> None:
        if not self._closing:
            self.setWindowModified(not clean)

    # ------------------------------------------------------------ opening and saving (see documents.py)
    def open_path(self, path: str) -> None:
        self.documents.open_path(path)

    def load(self, path: str, **how) -> None:
        self.documents.load(path, **how)

    def show_document(self, doc, session: Session | None = None, **how) -> None:
        self.documents.show_document(doc, session, **how)

    def offer_recovery(self) -> bool:
        return self.documents.offer_recovery()

    def save(self) -> bool:
        return self.documents.save()

    def confirm_discard(self) -> bool:
        return self.documents.confirm_discard()

    # ------------------------------------------------------------ editing
    def push_edit(self, edit: review.Edit) -> None:
        push_edit(self.stack, self.model, edit)

    def current_item(self):
        return self.model.item(self.tree.currentIndex())

    # ------------------------------------------------------------ linking the two panes
    def _tree_moved(self, current, _previous) -> None:
        if self._syncing or not current.isValid():
            return
        self.raw.highlight_span(self.model.span(self.model.item(current)))

    def _raw_clicked(self, offset: int) -> None:
        index = self.model.index_at(offset)
        if index.isValid():
            self._syncing = True
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
            self._syncing = False
            self.raw.highlight_span(self.model.span(self.model.item(index)), scroll=False)
        self.correcting.show_suggestions(offset)

    def select_key(self, key: str | None) -> None:
        index = self.model.index_of_key(key)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def go_to_finding(self, finding: Finding) -> None:
        if finding.key:
            self.select_key(finding.key)
            self.tree.setFocus()
        else:
            self.raw.highlight_span((finding.start, finding.end))
            self.raw.setFocus()
            self.correcting.show_suggestions(finding.start)

    def _remember_tree(self) -> None:
        expanded = set()
        stack = [self.tree.rootIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    expanded.add(index.data(KEY_ROLE))
                    stack.append(index)
        current = self.tree.currentIndex()
        self._tree_state = (expanded, current.data(KEY_ROLE) if current.isValid() else None)

    def _restore_tree(self) -> None:
        expanded, current = self._tree_state
        for key in expanded:
            index = self.model.index_of_key(key)
            if index.isValid():
                self.tree.setExpanded(index, True)
        self._syncing = True
        self.select_key(current)
        self._syncing = False

    # ------------------------------------------------------------ status
    def _after_change(self) -> None:
        doc = self.model.doc
        if doc is None:
            return
        self.raw.refresh_layer()
        # the outline and the marks change only by an edit or another document: counted once per version
        # (the corrections arriving, a language switch call this again with nothing to recount)
        if self._tally[0] is not doc or self._tally[1] != self.model.version:
            self._tally = (doc, self.model.version, review.tally(doc))
        done, total, nodes = self._tally[2]
        self.progress_label.setText(self.tr("đã duyệt {done}/{total}").format(done=done, total=total))
        self.counts_label.setText(self.tr("{lines} dòng · {nodes} mục · {figures} số liệu · {fixes} chỗ sửa").format(
            lines=len(doc.line_starts), nodes=nodes, figures=len(doc.metrics),
            fixes=len(doc.corrections)))
        self.encoding_label.setText(self.tr("Mã: {encoding}").format(encoding=doc.source.encoding))
        self._findings_later.start()

    def _refresh_findings(self) -> None:
        """Recomputed off the UI thread (tens of thousands on a long report) from a snapshot."""
        doc = self.model.doc
        if doc is None:
            return
        snapshot = copy.copy(doc)
        snapshot.metadata = copy.copy(doc.metadata)
        snapshot.metadata.fields = dict(doc.metadata.fields)
        snapshot.metrics, snapshot.checks = list(doc.metrics), list(doc.checks)
        snapshot.corrections, snapshot.verified = list(doc.corrections), set(doc.verified)
        self._findings_serial += 1
        serial, suspicions = self._findings_serial, self.suspicions
        known = self.word_findings
        words = known[2] if known and known[0] is doc.corrections and known[1] is suspicions else None
        start(Task(lambda _progress, _partial: _findings_and_counts(snapshot, suspicions, words)), self,
              finished=lambda result: serial == self._findings_serial and doc is self.model.doc
              and self._show_findings(*result))

    def _show_findings(self, found: list, counts: dict | None = None) -> None:
        self.findings.set_findings(found, self.describe_finding, counts)
        self.findings_ready.emit()

    def describe_finding(self, f: Finding) -> str:
        doc = self.model.doc
        if f.kind == "metadata":
            return self.tr("Thiếu: {field}").format(field=self.model.tr_label(f.subject))
        if f.kind == "figure":
            m = review.find_metric(doc, f.subject)
            return self.tr("Số liệu nghi ngờ «{text}» ({label}), dòng {line}").format(
                text=m.text, label=metric_label(m, self.model.view()), line=m.line) if m else f.subject
        if f.kind == "word":
            return self.tr("Từ nghi ngờ «{word}», dòng {line}").format(word=f.subject, line=doc.line_of(f.start))
        return self.tr("Kiểm tra sai: {message}").format(message=f.subject)

    def _update_title(self) -> None:
        doc = self.model.doc
        name = Path(self.sessions.path).name if self.sessions.path else (doc.source.file if doc else "")
        self.setWindowTitle(f"{Path(name).name}[*] — BaoCao Review" if name else "BaoCao Review")

    # ------------------------------------------------------------ files dropped, recent files
    def dragEnterEvent(self, event):
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event):
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        self.open_path(paths[0])
        for extra in paths[1:]:
            if self.open_elsewhere:
                self.open_elsewhere(extra)

    def recent_files(self) -> list[str]:
        return [p for p in (QSettings().value("recent", []) or []) if p]

    def _remember_recent(self, path: str | None) -> None:
        if not path:
            return
        recent = [path] + [p for p in self.recent_files() if p != path]
        QSettings().setValue("recent", recent[:MAX_RECENT])

    # ------------------------------------------------------------ language, settings, closing
    def switch_language(self, code: str) -> None:
        from .app import set_language

        set_language(code)
        self.retranslate()          # now, not when the posted LanguageChange arrives

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        action_specs.retranslate(self.actions)
        retranslate_menus(self)
        self.suggestions_dock.setWindowTitle(self.tr("Gợi ý sửa lỗi OCR"))
        self.findings_dock.setWindowTitle(self.tr("Vấn đề cần xem"))
        language = QSettings().value("language", "vi")
        self.actions["lang_vi"].setChecked(language == "vi")
        self.actions["lang_en"].setChecked(language == "en")
        self.model.retranslate()
        self._after_change()
        self._update_title()

    def show_shortcuts(self) -> None:
        lines = [f"{a.toolTip()}" for a in self.actions.values() if a.shortcuts()]
        lines.append(self.tr("Enter (trong văn bản): lấy gợi ý đầu · 1–5: chọn gợi ý"))
        self.prompts.info(self.tr("Phím tắt"), "\n".join(lines))

    def _restore_settings(self) -> None:
        settings = QSettings()
        if settings.value("window/geometry") is not None:
            self.restoreGeometry(settings.value("window/geometry"))
        if settings.value("window/state") is not None:
            self.restoreState(settings.value("window/state"))
        if settings.value("window/splitter") is not None:
            self.splitter.restoreState(settings.value("window/splitter"))
        self.actions["corrected"].setChecked(settings.value("view/corrected", False, type=bool))

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("view/corrected", self.actions["corrected"].isChecked())

    def closeEvent(self, event):
        if not self.confirm_discard():
            event.ignore()
            return
        self.sessions.timer.stop()
        self.save_settings()
        self._closing = True
        self.stack.cleanChanged.disconnect(self._clean_changed)
        event.accept()
