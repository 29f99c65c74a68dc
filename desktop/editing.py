"""Edits made from the window's commands: delete, move, indent, add from a selection
(a figure, a node, a recipient, a cited document), edit a node's whole text in place,
mark verified. Each becomes a `parser.review` record pushed on the undo stack; one
that cannot be made says why in the status bar."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt

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
        doc = self.w.model.doc
        if item and item.kind == "node":
            self._try(lambda: review.delete_node(doc, item.obj))
        elif item and item.kind == "metric":
            self._try(lambda: review.delete_metric(doc, item.obj))
        elif item and item.kind == "recipient":
            self._try(lambda: review.delete_recipient(doc, item.row))
        elif item and item.kind in ("reference", "reffield"):
            row = item if item.kind == "reference" else item.parent
            if self._try(lambda: review.delete_reference(doc, row.row)):
                self.w.select_key(review.reference_key(min(row.row, len(doc.references) - 1))
                                  if doc.references else "group:references")

    def move_current(self, direction: str) -> None:
        item = self.w.current_item()
        if item and item.kind == "node":
            if self._try(lambda: review.move_node(self.w.model.doc, item.obj, direction)):
                self.w.select_key(item.key)

    def edit_cell(self) -> None:
        """F2: edit the current cell, or the row's first editable one (a header field's or a
        cited document's value sits in the second column, where arrow keys do not go)."""
        index = self.w.tree.currentIndex()
        if not index.isValid():
            return
        if not index.flags() & Qt.ItemIsEditable:
            editable = [index.siblingAtColumn(c) for c in range(self.w.model.columnCount())
                        if index.siblingAtColumn(c).flags() & Qt.ItemIsEditable]
            if not editable:
                return
            index = editable[0]
            self.w.tree.setCurrentIndex(index)
        self.w.tree.edit(index)

    def edit_node_text(self) -> None:
        """Ctrl+F2: the node's whole text in a multi-line editor in its row."""
        item = self.w.current_item()
        if not item or item.kind != "node":
            self.w.statusBar().showMessage(self.tr("Hãy chọn một mục của dàn ý trước."), 8000)
            return
        self.w.tree.setFocus()
        self.w.delegate.edit_full_text(self.w.tree, self.w.tree.currentIndex())

    def add_recipient(self) -> None:
        """From the text selected in the report, or typed when nothing is selected."""
        doc = self.w.model.doc
        if doc is None:
            return
        span = self.w.raw.selected_span()
        if span is not None:
            edit = self._try(lambda: review.add_recipient(doc, *span))
        else:
            item = self.w.current_item()
            after = item.row + 1 if item and item.kind == "recipient" else None
            text = self.w.prompts.text(self.tr("Thêm nơi nhận"), self.tr("Nơi nhận:"), "")
            if not text or not text.strip():
                return
            edit = self._try(lambda: review.add_recipient(doc, text=text, index=after))
        if edit:
            self.w.select_key(edit.target)

    def add_reference(self) -> None:
        if self._add_from_selection(self.tr("Hãy chọn đoạn văn bản dẫn chiếu trong văn bản trước."),
                                    review.add_reference):
            self.w.tree.expand(self.w.tree.currentIndex())     # its fields, ready to check

    def add_figure(self) -> None:
        self._add_from_selection(self.tr("Hãy chọn con số trong văn bản trước (kéo chuột hoặc Shift+mũi tên)."),
                                 review.add_metric)

    def add_node(self) -> None:
        self._add_from_selection(self.tr("Hãy chọn đoạn văn bản của mục trước."), review.add_node)

    def _add_from_selection(self, hint: str, add) -> bool:
        """Add what `add(doc, start, end)` reads from the text selected, and select it; without a
        selection, say what to select."""
        span = self.w.raw.selected_span()
        if span is None:
            self.w.statusBar().showMessage(hint, 8000)
            return False
        edit = self._try(lambda: add(self.w.model.doc, *span))
        if edit:
            self.w.select_key(edit.target)
        return bool(edit)

    def toggle_verified(self) -> None:
        """Space: mark the current node or figure verified (or not), then go to the next row."""
        item = self.w.current_item()
        if not item or item.kind not in ("node", "metric"):
            return
        self._try(lambda: review.verify(self.w.model.doc, item.key, item.key not in self.w.model.doc.verified))
        below = self.w.tree.indexBelow(self.w.tree.currentIndex())
        if below.isValid():
            self.w.tree.setCurrentIndex(below)
