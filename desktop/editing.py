"""Edits made from the window's commands: delete, move, indent, add from a selection,
edit a node's text, mark verified. Each becomes a `parser.review` record pushed on
the undo stack; one that cannot be made says why in the status bar."""
from __future__ import annotations

from PySide6.QtCore import QObject

from parser import review


class EditingController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window

    def _try(self, build) -> review.Edit | None:
        if self.w.model.doc is None:
            return None
        try:
            edit = build()
        except review.EditError as exc:
            self.w.statusBar().showMessage(str(exc), 8000)
            return None
        if edit is not None:
            self.w.push_edit(edit)
        return edit

    def delete_current(self) -> None:
        item = self.w.current_item()
        if item and item.kind == "node":
            self._try(lambda: review.delete_node(self.w.model.doc, item.obj))
        elif item and item.kind == "metric":
            self._try(lambda: review.delete_metric(self.w.model.doc, item.obj))

    def move_current(self, direction: str) -> None:
        item = self.w.current_item()
        if item and item.kind == "node":
            if self._try(lambda: review.move_node(self.w.model.doc, item.obj, direction)):
                self.w.select_key(item.key)

    def edit_node_text(self) -> None:
        item = self.w.current_item()
        if not item or item.kind != "node":
            return
        node = item.obj
        current = self.w.model.view().render(node.start, review.own_text_end(node))
        text = self.w.prompts.text(self.tr("Sửa nội dung mục"), self.tr("Nội dung:"), current)
        if text and text.strip() and text != current:
            self._try(lambda: review.edit_node_text(self.w.model.doc, node, text))

    def add_figure(self) -> None:
        span = self.w.raw.selected_span()
        if span is None:
            self.w.statusBar().showMessage(self.tr("Hãy chọn con số trong văn bản trước (kéo chuột hoặc Shift+mũi tên)."), 8000)
            return
        edit = self._try(lambda: review.add_metric(self.w.model.doc, *span))
        if edit:
            self.w.select_key(edit.target)

    def add_node(self) -> None:
        span = self.w.raw.selected_span()
        if span is None:
            self.w.statusBar().showMessage(self.tr("Hãy chọn đoạn văn bản của mục trước."), 8000)
            return
        edit = self._try(lambda: review.add_node(self.w.model.doc, *span))
        if edit:
            self.w.select_key(edit.target)

    def toggle_verified(self) -> None:
        """Space: mark the current node or figure verified (or not), then go to the next row."""
        item = self.w.current_item()
        if not item or item.kind not in ("node", "metric"):
            return
        self._try(lambda: review.verify(self.w.model.doc, item.key, item.key not in self.w.model.doc.verified))
        below = self.w.tree.indexBelow(self.w.tree.currentIndex())
        if below.isValid():
            self.w.tree.setCurrentIndex(below)
