"""One QUndoCommand per edit record; a fix-all is one macro, so one undo step.

The commands hold `parser.review.Edit` records and call the document model,
which applies them to the document and tells the views what changed.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from parser.review import Edit

DESCRIPTIONS = {
    "correct": "Sửa «{old}» thành «{new}»",
    "node.title": "Sửa tiêu đề",
    "node.text": "Sửa nội dung mục",
    "meta": "Sửa {target}",
    "metric.label": "Sửa nhãn số liệu",
    "metric.value": "Sửa giá trị số liệu",
    "metric.unit": "Sửa đơn vị",
    "metric.add": "Thêm số liệu",
    "metric.delete": "Xóa số liệu",
    "node.add": "Thêm mục",
    "node.delete": "Xóa mục",
    "node.move": "Di chuyển mục",
    "verify": "Đánh dấu đã duyệt",
    "recipient.edit": "Sửa nơi nhận",
    "recipient.add": "Thêm nơi nhận",
    "recipient.delete": "Xóa nơi nhận",
    "reference.edit": "Sửa văn bản dẫn chiếu",
    "reference.add": "Thêm văn bản dẫn chiếu",
    "reference.delete": "Xóa văn bản dẫn chiếu",
}


def describe(edit: Edit) -> str:
    text = QCoreApplication.translate("Commands", DESCRIPTIONS[edit.kind])
    if edit.kind == "verify" and not edit.new:
        text = QCoreApplication.translate("Commands", "Bỏ đánh dấu đã duyệt")
    return text.format(old=edit.old, new=edit.new, target=edit.target)


class EditCommand(QUndoCommand):
    def __init__(self, model, edit: Edit, parent: QUndoCommand | None = None):
        super().__init__(describe(edit), parent)
        self.model, self.edit = model, edit

    def redo(self) -> None:
        self.model.apply_edit(self.edit)

    def undo(self) -> None:
        self.model.revert_edit(self.edit)


def push_edit(stack, model, edit: Edit) -> None:
    stack.push(EditCommand(model, edit))


def push_fix_all(stack, model, edits: list[Edit], old: str, new: str) -> None:
    """Every correction of a fix-all inside one macro: one entry on the stack, one undo."""
    text = QCoreApplication.translate("Commands", "Sửa tất cả «{old}» thành «{new}» ({count} chỗ)")
    stack.beginMacro(text.format(old=old, new=new, count=len(edits)))
    for edit in edits:
        stack.push(EditCommand(model, edit))
    stack.endMacro()
