"""In-place editing in the tree: one-line editors as usual, and a multi-line editor
for a node's whole text, opened in its cell and sized to the text.

The multi-line editor keeps the lines as printed; Enter starts a new line,
Ctrl+Enter (or leaving the editor) takes the text, Esc drops it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextCursor
from PySide6.QtWidgets import QAbstractItemDelegate, QPlainTextEdit, QStyledItemDelegate

from .document_model import FULL_TEXT_ROLE

MIN_LINES, MAX_LINES = 3, 14


class FullTextEditor(QPlainTextEdit):
    """A QPlainTextEdit that says it is the tree's full-text editor (for tests and styling)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("full_text_editor")
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.setTabChangesFocus(True)


class TreeDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._full_text_next = False

    def edit_full_text(self, view, index) -> bool:
        """Open the multi-line editor on a node's row (the next editor made is that one)."""
        index = index.siblingAtColumn(0)
        view.scrollTo(index)
        if view.visualRect(index).top() > view.viewport().height() // 2:    # room below the row for the lines
            view.scrollTo(index, view.ScrollHint.PositionAtCenter)
        self._full_text_next = True
        view.edit(index)
        self._full_text_next = False
        return view.state() == view.State.EditingState

    # ------------------------------------------------------------ the editor
    def createEditor(self, parent, option, index):
        if self._full_text_next and index.data(FULL_TEXT_ROLE) is not None:
            self._full_text_next = False
            return FullTextEditor(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        if isinstance(editor, FullTextEditor):
            editor.setPlainText(index.data(FULL_TEXT_ROLE) or "")
            editor.moveCursor(QTextCursor.End)      # a stray key must not wipe a whole paragraph
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, FullTextEditor):
            model.setData(index, editor.toPlainText(), FULL_TEXT_ROLE)
            return
        super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor, option, index):
        if not isinstance(editor, FullTextEditor):
            super().updateEditorGeometry(editor, option, index)
            return
        viewport = editor.parentWidget()
        rect = QRect(option.rect)
        rect.setRight(viewport.width() - 1 if viewport is not None else rect.right())
        rect.setHeight(self._height_for(editor, rect.width()))
        if viewport is not None and rect.bottom() > viewport.height():       # keep it on screen
            rect.moveBottom(viewport.height() - 1)
            rect.moveTop(max(0, rect.top()))
        editor.setGeometry(rect)

    @staticmethod
    def _height_for(editor: FullTextEditor, width: int) -> int:
        """Tall enough for the text wrapped at `width`, between MIN_LINES and MAX_LINES lines."""
        metrics = QFontMetrics(editor.font())
        margins = editor.contentsMargins()
        pad = int(editor.document().documentMargin() * 2) + margins.top() + margins.bottom() + 4
        inner = max(40, width - int(editor.document().documentMargin() * 2) - margins.left() - margins.right() - 20)
        text = editor.toPlainText() or " "
        wrapped = metrics.boundingRect(QRect(0, 0, inner, 100000), int(Qt.TextWordWrap), text).height()
        lines = max(MIN_LINES, min(MAX_LINES, -(-wrapped // metrics.lineSpacing())))
        height = lines * metrics.lineSpacing() + pad
        viewport = editor.parentWidget()
        return min(height, viewport.height()) if viewport is not None else height

    # ------------------------------------------------------------ keys
    def eventFilter(self, editor, event):
        if isinstance(editor, FullTextEditor) and event.type() == QEvent.KeyPress \
                and event.key() in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() & Qt.ControlModifier:
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.NoHint)
            return True
        return super().eventFilter(editor, event)
