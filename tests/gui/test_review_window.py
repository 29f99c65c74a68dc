"""The review window, one interaction at a time (offscreen; scripted engine and dialogs)."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from handmade import TEXT, make_doc
from parser import review

from desktop.document_model import KEY_ROLE


def show(window, qtbot, doc=None):
    doc = doc or make_doc()
    with qtbot.waitSignal(window.ocr_ready, timeout=10000):
        window.show_document(doc)
    return doc


def click_raw(window, qtbot, offset):
    cursor = QTextCursor(window.raw.document())
    cursor.setPosition(window.raw.to_qt(offset))
    window.raw.centerCursor()
    rect = window.raw.cursorRect(cursor)
    qtbot.mouseClick(window.raw.viewport(), Qt.LeftButton, pos=QPoint(rect.center().x() + 2, rect.center().y()))


def current_key(window):
    return window.tree.currentIndex().data(KEY_ROLE)


def node_key(doc, path):
    return review.node_key(next(n for n in doc.nodes() if n.path == path))


# ---------------------------------------------------------------- linking

def test_selecting_a_tree_row_highlights_and_scrolls_to_its_span(window, qtbot):
    doc = show(window, qtbot)
    m5 = review.find_metric(doc, "m5")
    window.select_key("m5")
    assert window.raw._span == (m5.start, m5.end)
    assert window.raw.cursor_offset() == m5.start
    assert [doc.text[a:b] for kind, a, b, _tip in window.raw.marks if kind == "span"] == ["1.166"]
    rects = window.raw.span_rects(m5.start, m5.end)
    assert len(rects) == 1 and window.raw.viewport().rect().intersects(rects[0].toRect())


def test_clicking_in_the_raw_text_selects_the_deepest_node_or_figure(window, qtbot):
    doc = show(window, qtbot)
    click_raw(window, qtbot, doc.text.index("6.767") + 2)
    assert current_key(window) == "m1"
    click_raw(window, qtbot, doc.text.index("van ban."))
    assert window.model.item(window.tree.currentIndex()).obj.kind == "bullet"
    click_raw(window, qtbot, doc.text.index("Linh vyc bao"))
    assert current_key(window) == node_key(doc, "I.2")
    click_raw(window, qtbot, doc.text.index("SO THONG"))
    assert current_key(window) == "meta:issuer"


# ---------------------------------------------------------------- editing, undo

def test_editing_a_value_in_place_then_undo_and_redo(window, qtbot):
    doc = show(window, qtbot)
    index = window.model.index_of_key("m3", 1)
    window.tree.setCurrentIndex(index)
    window.tree.edit(index)
    editor = window.tree.findChild(QLineEdit)
    assert editor.text() == "1.626"
    editor.setText("1.726")
    qtbot.keyClick(editor, Qt.Key_Return)          # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: review.find_metric(doc, "m3").value == 1726)
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    window.actions["undo"].trigger()
    assert review.find_metric(doc, "m3").value == 1626 and not window.isWindowModified()
    window.actions["redo"].trigger()
    assert review.find_metric(doc, "m3").value == 1726


def test_a_value_that_is_not_a_vietnamese_number_is_refused(window, qtbot):
    doc = show(window, qtbot)
    assert not window.model.setData(window.model.index_of_key("m3", 1), "1,626.5")
    assert review.find_metric(doc, "m3").value == 1626
    assert "không phải là số" in window.statusBar().currentMessage()
    assert window.stack.count() == 0


def test_title_and_metadata_edits_show_in_the_tree_and_undo(window, qtbot):
    doc = show(window, qtbot)
    key = node_key(doc, "I.2")
    assert window.model.setData(window.model.index_of_key(key), "Lĩnh vực báo chí")
    assert window.model.index_of_key(key).data() == "2. Lĩnh vực báo chí"
    assert window.model.setData(window.model.index_of_key("meta:signer_name", 1), "Trần Văn Khoanh")
    assert window.model.index_of_key("meta:signer_name", 1).data() == "Trần Văn Khoanh"
    assert doc.text == TEXT                                    # the raw text never changes
    window.stack.undo()
    window.stack.undo()
    assert window.model.index_of_key(key).data() == "2. Linh vyc bao chi"
    assert window.model.index_of_key("meta:signer_name", 1).data() == "—"


def test_keyboard_shortcuts_undo_and_redo(window, qtbot):
    doc = show(window, qtbot)
    window.activateWindow()
    window.select_key("m4")
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key_Delete)
    assert review.find_metric(doc, "m4") is None
    qtbot.keyClick(window.tree, Qt.Key_Z, Qt.ControlModifier)
    assert review.find_metric(doc, "m4") is not None
    qtbot.keyClick(window.tree, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert review.find_metric(doc, "m4") is None
    qtbot.keyClick(window.tree, Qt.Key_Z, Qt.ControlModifier)
    qtbot.keyClick(window.tree, Qt.Key_Y, Qt.ControlModifier)
    assert review.find_metric(doc, "m4") is None


def test_move_indent_outdent_and_delete_keep_the_tree_in_step(window, qtbot):
    doc = show(window, qtbot)
    key = node_key(doc, "I.2")
    window.select_key(key)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key_Up, Qt.AltModifier)
    assert [(n.path, n.title_start) for n in doc.outline[0].children] == [
        ("I.1", doc.text.index("Linh vyc bao")), ("I.2", doc.text.index("Linh vyc buu"))]    # renumbered
    assert current_key(window) == key and window.tree.currentIndex().row() == 0
    assert window.tree.currentIndex().data() == "1. Linh vyc bao chi"
    qtbot.keyClick(window.tree, Qt.Key_Left, Qt.AltModifier)
    assert [n.path for n in doc.outline] == ["I", "II", "III"]        # a part among parts, II moves on
    assert window.model.index_of_key(key).parent().isValid() is False
    window.actions["indent"].trigger()
    assert [n.path for n in doc.outline] == ["I", "II"]
    for _ in range(3):
        window.stack.undo()
    assert [(n.path, n.title_start) for n in doc.outline[0].children] == [
        ("I.1", doc.text.index("Linh vyc buu")), ("I.2", doc.text.index("Linh vyc bao"))]
    assert window.model.index_of_key(key).data() == "2. Linh vyc bao chi"
    assert window.tree.isExpanded(window.model.index_of_key(node_key(doc, "I")))   # expansion survives


def test_verify_with_space_counts_progress_and_moves_on(window, qtbot):
    doc = show(window, qtbot)
    assert window.progress_label.text() == "đã duyệt 0/14"
    window.select_key("m1")
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key_Space)
    assert "m1" in doc.verified
    assert window.progress_label.text() == "đã duyệt 1/14"
    assert current_key(window) == "m2"
    assert window.model.index_of_key("m1", 3).data() == "✓ đã duyệt"
    window.stack.undo()
    assert window.progress_label.text() == "đã duyệt 0/14"


def test_add_a_figure_from_a_selection_of_the_raw_text(window, qtbot):
    doc = show(window, qtbot)
    start = doc.text.index("953")
    window.raw.select_raw(start, start + 3)
    window.actions["add_figure"].trigger()
    added = [m for m in doc.metrics if "manual" in m.flags]
    assert [(m.value, m.text) for m in added] == [(953, "953")]
    assert current_key(window) == added[0].id
    window.raw.select_raw(doc.text.index("BAO CAO"), doc.text.index("BAO CAO") + 7)
    window.actions["add_figure"].trigger()
    assert "không phải là số" in window.statusBar().currentMessage()


# ---------------------------------------------------------------- OCR correction

def test_a_suggestion_is_taken_with_enter_and_fed_to_the_learning_store(window, qtbot, corrector):
    doc = show(window, qtbot)
    word = doc.text.index("buu")
    click_raw(window, qtbot, word + 1)
    assert window.suggestions.suggestion(0) == "bưu"
    window.raw.setFocus()
    qtbot.keyClick(window.raw, Qt.Key_Return)
    assert [(c.old, c.new, c.source) for c in doc.corrections if c.start == word] == [("buu", "bưu", "user")]
    assert corrector.confirmed == [("buu", "bưu")]
    assert window.model.index_of_key(node_key(doc, "I.1")).data() == "1. Linh vyc bưu chinh"
    window.stack.undo()
    assert not [c for c in doc.corrections if c.start == word]


def test_a_digit_picks_that_suggestion(window, qtbot, corrector):
    doc = show(window, qtbot)
    word = doc.text.index("PHUONG")
    click_raw(window, qtbot, word + 2)
    window.raw.setFocus()
    qtbot.keyClick(window.raw, Qt.Key_3)
    assert [c.new for c in doc.corrections if c.start == word] == ["PHUONG3"]


def test_suspicious_words_are_underlined_until_corrected(window, qtbot):
    doc = show(window, qtbot)

    def waves():
        return [doc.text[a:b] for kind, a, b, _tip in window.raw.marks if kind == "suspicious"]
    qtbot.waitUntil(lambda: waves() == ["buu"])  # every other suspicious word was corrected automatically
    start = doc.text.index("buu")
    window.push_edit(review.correct_word(doc, start, start + 3, "bưu"))
    qtbot.waitUntil(lambda: waves() == [])


def test_fix_all_corrects_the_chosen_occurrences_in_one_undo_step(window, qtbot, prompts, corrector):
    doc = show(window, qtbot)
    window.stack.clear()
    second = doc.text.index("vyc", doc.text.index("vyc") + 1)
    click_raw(window, qtbot, second + 1)

    def leave_out_the_last(dialog):
        assert dialog.list.count() == 4
        dialog.set_checked(3, False)
        dialog.replacement.setText("vực")
        return True
    prompts.dialog_script = leave_out_the_last
    window.actions["fix_all"].trigger()
    users = [c for c in doc.corrections if c.source == "user"]
    assert [doc.line_of(c.start) for c in users] == [7, 9, 10]
    assert window.stack.count() == 1 and corrector.confirmed == [("vyc", "vực")]
    window.stack.undo()
    assert not [c for c in doc.corrections if c.source == "user"]
    assert [c.new for c in doc.corrections if c.old == "vyc"] == ["vực"] * 4  # the automatic layer is back


def test_toggle_between_raw_and_corrected_text_keeps_offsets(window, qtbot):
    doc = show(window, qtbot)
    window.actions["corrected"].trigger()
    assert "Linh vực bưu" not in window.raw.toPlainText() and "Linh vực buu chính" in window.raw.toPlainText()
    click_raw(window, qtbot, doc.text.index("6.767") + 1)
    assert current_key(window) == "m1"
    window.select_key("m5")
    assert window.raw.textCursor().block().text().startswith("- Phat hanh")
    window.actions["corrected"].trigger()
    assert window.raw.toPlainText() == doc.text.rstrip("\n") or window.raw.toPlainText() == doc.text


# ---------------------------------------------------------------- findings

def test_f8_walks_the_findings_and_each_goes_to_its_place(window, qtbot):
    show(window, qtbot)
    qtbot.waitUntil(lambda: len(window.findings.findings) > 0)
    kinds = [f.kind for f in window.findings.findings]
    assert set(kinds) == {"metadata", "check", "figure", "word"}
    window.activateWindow()
    seen = []
    for _ in range(len(kinds)):
        qtbot.keyClick(window, Qt.Key_F8)
        seen.append(window.findings.current_row())
        finding = window.findings.findings[seen[-1]]
        if finding.key:
            assert current_key(window) == finding.key
        else:
            assert window.raw.cursor_offset() == finding.start
    assert seen == list(range(len(kinds)))
    qtbot.keyClick(window, Qt.Key_F8, Qt.ShiftModifier)
    assert window.findings.current_row() == len(kinds) - 2


def test_the_shortcuts_do_not_clash(window):
    keys = [k.toString() for a in window.actions.values() for k in a.shortcuts()]
    assert len(keys) == len(set(keys))
    assert "Ctrl+Z" in window.actions["undo"].toolTip()


def test_editing_a_nodes_whole_text_in_place_goes_through_the_layer(window, qtbot):
    doc = show(window, qtbot)
    para = doc.outline[1].children[0]
    window.select_key(review.node_key(para))
    window.actions["edit_text"].trigger()                      # Ctrl+F2: the editor opens in the row
    editor = window.tree.findChild(QPlainTextEdit, "full_text_editor")
    assert editor is not None and editor.toPlainText() == "Tiep tuc trien khai linh vyc moi."
    editor.setPlainText("Tiếp tục triển khai lĩnh vực mới.")
    qtbot.keyClick(editor, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.model.index_of_key(review.node_key(para)).data()
                    == "Tiếp tục triển khai lĩnh vực mới")
    assert doc.text == TEXT
    window.stack.undo()
    assert window.model.index_of_key(review.node_key(para)).data() == "Tiep tuc trien khai linh vyc moi"
