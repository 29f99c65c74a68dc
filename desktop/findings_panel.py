"""What still needs a look: failing checks, missing header fields, doubtful
figures, suspicious words nobody corrected. F8 / Shift+F8 walk through them.

A large report has tens of thousands of findings, so the list is a view over a
model that describes only the rows on screen."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from parser.findings import Finding

ICONS = {"check": "✗", "metadata": "∅", "figure": "?", "word": "~"}
DISPLAY = int(Qt.DisplayRole)


def tr(text: str) -> str:
    return QCoreApplication.translate("FindingsPanel", text)


def kind_counts(findings: list[Finding]) -> dict[str, int]:
    """How many findings of each kind. A loop, not collections.Counter: run in a worker over
    tens of thousands, it hands the interpreter lock back to the UI thread as it goes."""
    counts = {k: 0 for k in ICONS}
    for f in findings:
        counts[f.kind] += 1
    return counts


class FindingsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.describe = lambda f: f.subject

    def reset(self, findings: list[Finding], describe) -> None:
        self.beginResetModel()
        self.findings, self.describe = findings, describe
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.findings)

    def data(self, index, role=DISPLAY):
        if int(role) == DISPLAY and 0 <= index.row() < len(self.findings):
            finding = self.findings[index.row()]
            return f"{ICONS[finding.kind]}  {self.describe(finding)}"
        return None


class FindingsPanel(QWidget):
    activated = Signal(object)          # a Finding to go to

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = FindingsModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        # laid out in batches over several event-loop turns: a one-pass layout asks the model about
        # every row (three Python calls each), a fifth of a second for a long report's 50,000 words;
        # a batch of 250 is a few milliseconds
        self.list.setLayoutMode(QListView.Batched)
        self.list.setBatchSize(250)
        self.list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.list.activated.connect(self._go)
        self.list.clicked.connect(self._go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self._summarise()

    @property
    def findings(self) -> list[Finding]:
        return self.model.findings

    def set_findings(self, findings: list[Finding], describe, counts: dict | None = None) -> None:
        """`counts`: kind_counts(findings), when worked out off the UI thread."""
        keep = self.current_row()
        self.model.reset(findings, describe)
        if findings and keep >= 0:
            self.set_current_row(min(keep, len(findings) - 1))
        self._summarise(counts)

    def current_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def set_current_row(self, row: int) -> None:
        self.list.setCurrentIndex(self.model.index(row))

    def step(self, forward: bool = True) -> Finding | None:
        """Go to the next (F8) or previous (Shift+F8) finding, wrapping around."""
        if not self.findings:
            return None
        row = self.current_row()
        row = (row + (1 if forward else -1)) if row >= 0 else (0 if forward else -1)
        row %= len(self.findings)
        self.set_current_row(row)
        finding = self.findings[row]
        self.activated.emit(finding)
        return finding

    def _go(self, index) -> None:
        if index.isValid():
            self.activated.emit(self.findings[index.row()])

    def _summarise(self, counts: dict | None = None) -> None:
        counts = counts or kind_counts(self.findings)
        self.summary.setText(tr("{checks} phép kiểm tra sai · {meta} trường thiếu · {figures} số liệu nghi ngờ · "
                                "{words} từ nghi ngờ  (F8 / Shift+F8)").format(
            checks=counts["check"], meta=counts["metadata"], figures=counts["figure"], words=counts["word"]))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.set_findings(self.findings, self.model.describe)
        super().changeEvent(event)
