"""What still needs a look: failing checks, missing header fields, doubtful
figures, suspicious words nobody corrected. F8 / Shift+F8 walk through them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from parser.review import Finding

ICONS = {"check": "✗", "metadata": "∅", "figure": "?", "word": "~"}


def tr(text: str) -> str:
    return QCoreApplication.translate("FindingsPanel", text)


class FindingsPanel(QWidget):
    activated = Signal(object)          # a Finding to go to

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = QLabel()
        self.list = QListWidget()
        self.list.itemActivated.connect(self._go)
        self.list.itemClicked.connect(self._go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.findings: list[Finding] = []
        self.describe = lambda f: f.subject
        self._summarise()

    def set_findings(self, findings: list[Finding], describe) -> None:
        keep = self.list.currentRow()
        self.findings, self.describe = findings, describe
        self.list.clear()
        for f in findings:
            item = QListWidgetItem(f"{ICONS[f.kind]}  {describe(f)}")
            item.setData(Qt.UserRole, f)
            self.list.addItem(item)
        if findings and keep >= 0:
            self.list.setCurrentRow(min(keep, len(findings) - 1))
        self._summarise()

    def step(self, forward: bool = True) -> Finding | None:
        """Go to the next (F8) or previous (Shift+F8) finding, wrapping around."""
        if not self.findings:
            return None
        row = self.list.currentRow()
        row = (row + (1 if forward else -1)) % len(self.findings) if row >= 0 else (0 if forward else -1)
        row %= len(self.findings)
        self.list.setCurrentRow(row)
        finding = self.findings[row]
        self.activated.emit(finding)
        return finding

    def _go(self, item: QListWidgetItem) -> None:
        self.activated.emit(item.data(Qt.UserRole))

    def _summarise(self) -> None:
        counts = {k: sum(1 for f in self.findings if f.kind == k) for k in ICONS}
        self.summary.setText(tr("{checks} phép kiểm tra sai · {meta} trường thiếu · {figures} số liệu nghi ngờ · "
                                "{words} từ nghi ngờ  (F8 / Shift+F8)").format(
            checks=counts["check"], meta=counts["metadata"], figures=counts["figure"], words=counts["word"]))
        self.summary.setWordWrap(True)

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.set_findings(self.findings, self.describe)
        super().changeEvent(event)
