"""Fix every identical error: each occurrence listed with its context and a
checkbox, so the reviewer can leave some out before one undoable fix."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout)

from parser.review import Occurrence


class FixAllDialog(QDialog):
    def __init__(self, word: str, replacement: str, occurrences: list[Occurrence], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sửa tất cả «{word}»").format(word=word))
        self.occurrences = occurrences
        self.replacement = QLineEdit(replacement)
        self.replacement.textChanged.connect(self._update)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        for occ in occurrences:
            text = self.tr("dòng {line}:").format(line=occ.line) + f"  …{occ.before}[{occ.word}]{occ.after}…"
            if occ.shown != occ.word:
                text += "   " + self.tr("(đang sửa thành «{shown}»)").format(shown=occ.shown)
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            item.setData(Qt.UserRole, occ)
            self.list.addItem(item)
        self.list.itemChanged.connect(self._update)
        every, none = QPushButton(self.tr("Chọn hết")), QPushButton(self.tr("Bỏ chọn hết"))
        every.clicked.connect(lambda: self._check_all(Qt.Checked))
        none.clicked.connect(lambda: self._check_all(Qt.Unchecked))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sửa «{word}» thành:").format(word=word)))
        row.addWidget(self.replacement, 1)
        picks = QHBoxLayout()
        picks.addWidget(every)
        picks.addWidget(none)
        picks.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("{count} chỗ giống hệt; bỏ dấu chọn những chỗ không sửa:").format(
            count=len(occurrences))))
        layout.addWidget(self.list, 1)
        layout.addLayout(picks)
        layout.addWidget(self.buttons)
        self.resize(720, 420)
        self._update()

    def chosen(self) -> list[Occurrence]:
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]

    def new_text(self) -> str:
        return self.replacement.text().strip()

    def set_checked(self, row: int, checked: bool) -> None:
        self.list.item(row).setCheckState(Qt.Checked if checked else Qt.Unchecked)

    def _check_all(self, state) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)

    def _update(self, *_args) -> None:
        ok = self.buttons.button(QDialogButtonBox.Ok)
        count = len(self.chosen())
        ok.setText(self.tr("Sửa {count} chỗ").format(count=count))
        ok.setEnabled(count > 0 and bool(self.new_text()))
