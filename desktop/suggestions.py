"""The ranked corrections for the word under the cursor: Enter takes the first,
1-5 pick one, "Sửa tất cả…" offers the fix for every identical error."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget


class SuggestionsPanel(QWidget):
    chosen = Signal(str)               # take this correction for the current word
    fix_all_requested = Signal(str)    # the same, for every identical error

    def __init__(self, parent=None):
        super().__init__(parent)
        self.word = QLabel()
        self.word.setWordWrap(True)
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda item: self.chosen.emit(item.data(Qt.UserRole)))
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self._take_current)
        self.fix_all_button = QPushButton()
        self.fix_all_button.clicked.connect(self._fix_all_current)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.fix_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.word)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self.current: tuple[int, int, str] | None = None
        self.retranslate()
        self.show_word(None, [])

    def show_word(self, word: tuple[int, int, str] | None, suggestions: list) -> None:
        """`word` is (start, end, text as printed); suggestions are ranked, best first."""
        self.current = word
        self.list.clear()
        for n, s in enumerate(suggestions[:5], 1):
            item = QListWidgetItem(f"{n}.  {s.text}    ({s.score:.2f})")
            item.setData(Qt.UserRole, s.text)
            item.setToolTip(self.tr("Nguồn: {source}").format(source=s.source))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.apply_button.setEnabled(bool(self.list.count()))
        self.fix_all_button.setEnabled(bool(self.list.count()))
        self._label()

    def suggestion(self, n: int) -> str | None:
        item = self.list.item(n)
        return item.data(Qt.UserRole) if item else None

    def _take_current(self) -> None:
        item = self.list.currentItem()
        if item:
            self.chosen.emit(item.data(Qt.UserRole))

    def _fix_all_current(self) -> None:
        item = self.list.currentItem()
        if item:
            self.fix_all_requested.emit(item.data(Qt.UserRole))

    def keyPressEvent(self, event):
        key = event.key()
        if Qt.Key_1 <= key <= Qt.Key_5 and self.suggestion(key - Qt.Key_1):
            self.chosen.emit(self.suggestion(key - Qt.Key_1))
            return
        super().keyPressEvent(event)

    def _label(self) -> None:
        if self.current is None:
            self.word.setText(self.tr("Đặt con trỏ vào một từ trong văn bản để xem gợi ý sửa."))
        elif not self.list.count():
            self.word.setText(self.tr("Không có gợi ý cho «{word}».").format(word=self.current[2]))
        else:
            self.word.setText(self.tr("Gợi ý cho «{word}»:").format(word=self.current[2]))

    def retranslate(self) -> None:
        self.apply_button.setText(self.tr("Áp dụng"))
        self.apply_button.setToolTip(self.tr("Áp dụng gợi ý đang chọn (Enter trong văn bản lấy gợi ý đầu)"))
        self.fix_all_button.setText(self.tr("Sửa tất cả…"))
        self.fix_all_button.setToolTip(self.tr("Sửa mọi chỗ có cùng lỗi này (Ctrl+H)"))
        self.hint.setText(self.tr("Enter: lấy gợi ý đầu · 1–5: chọn gợi ý · Ctrl+H: sửa tất cả"))
        self._label()

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
