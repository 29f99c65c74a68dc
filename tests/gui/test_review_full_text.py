"""A node's whole text edited in place: a multi-line editor in its row, sized to the
text; Enter is a new line, Ctrl+Enter or leaving the editor takes the text, Esc drops it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from listed_report import TEXT, make_doc, node_at_path
from parser import review

from desktop.text_delegate import FullTextEditor

WRAPPED = "Thanh tra 2 cuộc về an toàn thông tin mạng tại các cơ quan nhà nước\ntrên địa bàn tỉnh, kiến nghị xử lý 1 trường hợp."


def show(window, qtbot):
    doc = make_doc()
    with qtbot.waitSignal(window.ocr_ready, timeout=10000):
        window.show_document(doc)
    return doc


def open_editor(window, qtbot, node) -> FullTextEditor:
    window.select_key(review.node_key(node))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key_F2, Qt.ControlModifier)
    editors = [e for e in window.tree.findChildren(FullTextEditor) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def paragraph(doc):
    return node_at_path(doc, "I.3").children[0]


def test_ctrl_f2_opens_the_whole_text_in_the_row_with_its_lines_and_sized_to_it(window, qtbot):
    doc = show(window, qtbot)
    para = paragraph(doc)
    editor = open_editor(window, qtbot, para)
    assert editor.toPlainText() == WRAPPED                       # the printed lines, not joined
    row = window.tree.visualRect(window.tree.currentIndex())
    line = QFontMetrics(editor.font()).lineSpacing()
    assert editor.geometry().top() == row.top() or editor.geometry().bottom() == window.tree.viewport().height() - 1
    assert editor.height() >= 3 * line > row.height()           # several lines, not one row
    assert editor.geometry().right() == window.tree.viewport().width() - 1
    assert window.tree.viewport().rect().contains(editor.geometry())


def test_enter_is_a_new_line_and_ctrl_enter_takes_the_text_then_undo(window, qtbot):
    doc = show(window, qtbot)
    para = paragraph(doc)
    editor = open_editor(window, qtbot, para)
    editor.selectAll()
    editor.insertPlainText("Thanh tra 2 cuộc về an toàn thông tin mạng")
    qtbot.keyClick(editor, Qt.Key_Return)
    editor.insertPlainText("tại 4 cơ quan.")
    assert editor.isVisible() and window.stack.count() == 0      # still editing
    qtbot.keyClick(editor, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.count() == 1)
    key = review.node_key(para)
    assert window.model.index_of_key(key).data(Qt.ToolTipRole).endswith(
        "Thanh tra 2 cuộc về an toàn thông tin mạng tại 4 cơ quan.")
    assert doc.text == TEXT                                       # a layer over the raw text
    window.stack.undo()
    assert window.model.view().render(para.start, para.end) == " ".join(WRAPPED.split())


def test_escape_drops_the_text_and_leaving_the_editor_takes_it(window, qtbot):
    doc = show(window, qtbot)
    para = paragraph(doc)
    editor = open_editor(window, qtbot, para)
    editor.setPlainText("Bỏ đi")
    qtbot.keyClick(editor, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert window.stack.count() == 0
    editor = open_editor(window, qtbot, para)
    editor.setPlainText("Thanh tra 3 cuộc.")
    window.raw.setFocus()                                          # the clerk clicks elsewhere
    qtbot.waitUntil(lambda: window.stack.count() == 1)
    assert window.stack.undoText() == "Sửa nội dung mục"
    assert window.model.index_of_key(review.node_key(para)).data() == "Thanh tra 3 cuộc"


def test_a_headings_new_text_shows_as_its_title(window, qtbot):
    doc = show(window, qtbot)
    section = node_at_path(doc, "I.1")
    editor = open_editor(window, qtbot, section)
    assert editor.toPlainText() == "1. Công tác quản lý"
    editor.setPlainText("1. Công tác quản lý nhà nước")
    qtbot.keyClick(editor, Qt.Key_Enter, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.count() == 1)
    assert window.model.index_of_key(review.node_key(section)).data() == "1. Công tác quản lý nhà nước"
    editor = open_editor(window, qtbot, section)
    editor.setPlainText("   ")
    qtbot.keyClick(editor, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: "không được để trống" in window.statusBar().currentMessage())
    assert window.stack.count() == 1


def test_f2_still_edits_the_title_on_one_line(window, qtbot):
    from PySide6.QtWidgets import QLineEdit

    doc = show(window, qtbot)
    window.select_key(review.node_key(node_at_path(doc, "I.1")))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key_F2)
    assert [e.text() for e in window.tree.findChildren(QLineEdit) if e.isVisible()] == ["Công tác quản lý"]
    assert not [e for e in window.tree.findChildren(FullTextEditor) if e.isVisible()]


def test_the_export_shows_a_headings_new_text_as_its_title(tmp_path):
    from openpyxl import load_workbook

    from parser.export import write_workbook

    doc = make_doc()
    section = node_at_path(doc, "I.1")
    review.apply(doc, review.edit_node_text(doc, section, "1. Công tác quản lý nhà nước"))
    out = write_workbook([doc], tmp_path / "edited.xlsx")
    rows = [[c.value for c in row] for row in load_workbook(out)["Nội dung"].iter_rows()]
    assert [row[3] for row in rows if row[0] == "I.1"] == ["Công tác quản lý nhà nước"]


def test_a_typed_line_break_does_not_shift_the_line_numbers_of_the_corrected_text(window, qtbot):
    doc = show(window, qtbot)
    para = paragraph(doc)
    editor = open_editor(window, qtbot, para)
    editor.selectAll()
    editor.insertPlainText("Thanh tra 2 cuộc")
    qtbot.keyClick(editor, Qt.Key_Return)
    editor.insertPlainText("tại 4 cơ quan")
    qtbot.keyClick(editor, Qt.Key_Return)
    editor.insertPlainText("nhà nước.")
    qtbot.keyClick(editor, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.count() == 1)
    window.raw.set_corrected(True)
    block = window.raw.document().firstBlock()
    labels = []
    while block.isValid():
        labels.append((window.raw.line_label(block), block.text()))
        block = block.next()
    raw_lines = TEXT.split("\n")
    first = raw_lines.index(WRAPPED.split("\n")[0]) + 1
    assert labels[first - 1] == (str(first), "Thanh tra 2 cuộc")
    assert labels[first:first + 2] == [("", "tại 4 cơ quan"), ("", "nhà nước.")]
    # the report's next line keeps its own number: the edit replaced two raw lines
    assert labels[first + 2] == (str(first + 2), raw_lines[first + 1])
    assert labels[-1][0] == str(len(raw_lines))
