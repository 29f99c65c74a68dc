"""Recipients ("Nơi nhận") and cited documents as rows of the tree: edited in place,
added, deleted, undone, saved in the session and used by the Excel export."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from listed_report import make_doc, write_report
from parser import review, session
from parser.session import SUFFIX

from desktop.document_model import KEY_ROLE


def show(window, qtbot, doc=None):
    doc = doc or make_doc()
    with qtbot.waitSignal(window.ocr_ready, timeout=10000):
        window.show_document(doc)
    return doc


def open_and_wait(window, qtbot, path):
    with qtbot.waitSignal(window.ocr_ready, timeout=20000):
        window.open_path(str(path))
    return window.model.doc


def texts_under(window, key, column=0):
    parent = window.model.index_of_key(key)
    return [window.model.index(r, column, parent).data() for r in range(window.model.rowCount(parent))]


def edit_cell(window, qtbot, key, column, text):
    """F2 on the row's cell, type, Enter: the way a clerk does it."""
    index = window.model.index_of_key(key, column)
    window.tree.setCurrentIndex(index)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key_F2)
    editors = [e for e in window.tree.findChildren(QLineEdit) if e.isVisible()]    # closed ones linger hidden
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    editor.insert(text)                  # typed (QTest cannot type Vietnamese letters)
    qtbot.keyClick(editor, Qt.Key_Return)


def test_recipients_and_cited_documents_are_rows_of_the_header(window, qtbot):
    show(window, qtbot)
    assert texts_under(window, "meta:recipients") == ["Bộ TT&TT (b/c)", "UBND tỉnh (b/c)", "Lưu: VT"]
    assert window.model.index_of_key("meta:recipients", 1).data() == "3 nơi"
    assert texts_under(window, "group:references") == [
        "Công văn 1552/BTTTT-CATTT — Bộ Thông tin và Truyền thông", "Nghị định 45/2020/NĐ-CP"]
    assert texts_under(window, "group:references", 1) == ["28/04/2020", ""]
    assert texts_under(window, "reference:0", 1) == ["Công văn", "1552/BTTTT-CATTT", "28/04/2020",
                                                     "Bộ Thông tin và Truyền thông"]
    assert texts_under(window, "reference:1", 1) == ["Nghị định", "45/2020/NĐ-CP", "—", "—"]
    # a recipient row is linked to its line of the report
    window.select_key("recipient:1")
    assert window.raw._span == (window.model.doc.text.index("UBND tỉnh (b/c)"),
                                window.model.doc.text.index("UBND tỉnh (b/c)") + len("UBND tỉnh (b/c)"))


def test_a_recipient_is_edited_in_place_then_undone_and_redone(window, qtbot):
    doc = show(window, qtbot)
    edit_cell(window, qtbot, "recipient:1", 0, "UBND tỉnh Trà Vinh (b/c)")
    qtbot.waitUntil(lambda: doc.metadata.recipients[1].value == "UBND tỉnh Trà Vinh (b/c)")
    assert window.model.index_of_key("recipient:1").data() == "UBND tỉnh Trà Vinh (b/c)"
    assert window.isWindowModified() and window.stack.undoText() == "Sửa nơi nhận"
    window.actions["undo"].trigger()
    assert doc.metadata.recipients[1].value is None
    assert window.model.index_of_key("recipient:1").data() == "UBND tỉnh (b/c)"
    window.actions["redo"].trigger()
    assert window.model.index_of_key("recipient:1").data() == "UBND tỉnh Trà Vinh (b/c)"
    assert not window.model.setData(window.model.index_of_key("recipient:0"), "  ")
    assert "không được để trống" in window.statusBar().currentMessage()


def test_a_law_cited_without_a_number_shows_its_name(window, qtbot):
    from listed_report import TEXT
    from parser.pipeline import analyse_text

    text = TEXT.replace("Kiểm tra 5 trạm.", "Kiểm tra 5 trạm theo Luật Viễn thông năm 2009 và các nghị định.")
    show(window, qtbot, analyse_text(text))
    assert texts_under(window, "group:references")[-1] == "Luật Viễn thông năm 2009"


def test_a_reference_field_is_edited_in_place_and_a_date_is_checked(window, qtbot):
    doc = show(window, qtbot)
    ref = doc.references[0]
    edit_cell(window, qtbot, "reference:0:date", 1, "31/02/2020")
    qtbot.waitUntil(lambda: "không phải là ngày" in window.statusBar().currentMessage())
    assert ref.date == "2020-04-28" and window.stack.count() == 0
    edit_cell(window, qtbot, "reference:0:date", 1, "ngày 5 tháng 5 năm 2020")
    qtbot.waitUntil(lambda: ref.date == "2020-05-05")
    assert window.model.index_of_key("reference:0", 1).data() == "05/05/2020"
    edit_cell(window, qtbot, "reference:0:issuer", 1, "Bộ TT&TT")
    qtbot.waitUntil(lambda: ref.issuer == "Bộ TT&TT")
    assert ref.issuer_span is None
    assert window.model.index_of_key("reference:0").data() == "Công văn 1552/BTTTT-CATTT — Bộ TT&TT"
    edit_cell(window, qtbot, "reference:1:number", 1, "45/2020/NĐ-CP ")
    assert window.stack.count() == 2                                   # the same number: nothing to undo
    window.stack.undo()
    window.stack.undo()
    assert (ref.date, ref.issuer, ref.issuer_span) == ("2020-04-28", "Bộ Thông tin và Truyền thông", (349, 377))


def test_add_recipients_from_a_selection_or_typed_and_delete_them(window, qtbot, prompts):
    doc = show(window, qtbot)
    # the clerk finds a recipient the extraction missed in the text and selects it
    start = doc.text.index("Trần Văn Khoanh")
    window.raw.select_raw(start, start + len("Trần Văn Khoanh"))
    window.actions["add_recipient"].trigger()
    assert [r.text(window.model.view()) for r in doc.metadata.recipients][-1] == "Trần Văn Khoanh"
    assert window.tree.currentIndex().data(KEY_ROLE) == "recipient:3"
    # nothing selected: the name is typed, and goes after the current recipient
    window.raw.select_raw(start, start)
    window.select_key("recipient:0")
    prompts.text_answer = "Sở Tài chính"
    window.actions["add_recipient"].trigger()
    assert texts_under(window, "meta:recipients")[:2] == ["Bộ TT&TT (b/c)", "Sở Tài chính"]
    assert window.model.index_of_key("meta:recipients", 1).data() == "5 nơi"
    # Del removes the current recipient; undo brings it back in its place
    window.select_key("recipient:1")
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key_Delete)
    assert texts_under(window, "meta:recipients")[:2] == ["Bộ TT&TT (b/c)", "UBND tỉnh (b/c)"]
    window.stack.undo()
    assert texts_under(window, "meta:recipients")[:2] == ["Bộ TT&TT (b/c)", "Sở Tài chính"]
    window.stack.undo()
    window.stack.undo()
    assert texts_under(window, "meta:recipients") == ["Bộ TT&TT (b/c)", "UBND tỉnh (b/c)", "Lưu: VT"]


def test_delete_a_reference_then_add_it_back_from_a_selection(window, qtbot):
    doc = show(window, qtbot)
    window.select_key("reference:1")
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key_Delete)
    assert [r.number for r in doc.references] == ["1552/BTTTT-CATTT"]
    phrase = "Nghị định số 45/2020/NĐ-CP"
    start = doc.text.index(phrase)
    window.raw.select_raw(start, start + len(phrase))
    window.actions["add_reference"].trigger()
    added = doc.references[1]
    assert (added.type, added.number, added.start) == ("Nghị định", "45/2020/NĐ-CP", start)
    assert window.tree.currentIndex().data(KEY_ROLE) == "reference:1"
    assert window.tree.isExpanded(window.tree.currentIndex())      # its fields shown, ready to check
    # a phrase the reader cannot make out is still added, as a "Văn bản" to fill in
    other = doc.text.index("Thanh tra 2 cuộc")
    window.raw.select_raw(other, other + len("Thanh tra 2 cuộc"))
    window.actions["add_reference"].trigger()
    assert [(r.type, r.number) for r in doc.references][-1] == ("Văn bản", None)
    for _ in range(3):
        window.stack.undo()
    assert [r.number for r in doc.references] == ["1552/BTTTT-CATTT", "45/2020/NĐ-CP"]


def list_edits(window):
    doc = window.model.doc
    window.push_edit(review.edit_recipient(doc, 0, "Bộ Thông tin và Truyền thông (b/c)"))
    window.push_edit(review.delete_recipient(doc, 2))
    window.push_edit(review.add_recipient(doc, text="Sở Tài chính"))
    window.push_edit(review.edit_reference(doc, 1, "date", "08/04/2020"))
    window.push_edit(review.edit_reference(doc, 0, "issuer", "Bộ TT&TT"))
    window.push_edit(review.delete_reference(doc, 1))
    return doc


def test_list_edits_are_saved_in_the_session_and_reloaded(window, qtbot, prompts, corrector, tmp_path):
    from desktop.main_window import MainWindow

    report = write_report(tmp_path)
    open_and_wait(window, qtbot, report)
    doc = list_edits(window)
    prompts.save_answer = str(tmp_path / "review")
    assert window.save()
    saved = tmp_path / f"review{SUFFIX}"
    kinds = [e["kind"] for e in json.loads(saved.read_text(encoding="utf-8"))["edits"]]
    assert kinds == ["recipient.edit", "recipient.delete", "recipient.add", "reference.edit", "reference.edit",
                     "reference.delete"]
    again = MainWindow(corrector=corrector, prompter=prompts)
    qtbot.addWidget(again)
    again.show()
    reopened = open_and_wait(again, qtbot, saved)
    assert texts_under(again, "meta:recipients") == ["Bộ Thông tin và Truyền thông (b/c)", "UBND tỉnh (b/c)",
                                                     "Sở Tài chính"]
    assert texts_under(again, "group:references") == ["Công văn 1552/BTTTT-CATTT — Bộ TT&TT"]
    assert [(r.type, r.number, r.date, r.issuer) for r in reopened.references] == \
        [(r.type, r.number, r.date, r.issuer) for r in doc.references]
    assert not again.isWindowModified() and again.stack.count() == 0
    again.stack.setClean()
    again.sessions.timer.stop()


def test_the_excel_export_uses_the_edited_recipients_and_references(window, qtbot, prompts, tmp_path):
    from openpyxl import load_workbook

    show(window, qtbot)
    doc = window.model.doc
    window.push_edit(review.edit_recipient(doc, 0, "Bộ Thông tin và Truyền thông (b/c)"))
    window.push_edit(review.delete_recipient(doc, 2))
    window.push_edit(review.add_recipient(doc, text="Sở Tài chính"))
    window.push_edit(review.edit_reference(doc, 1, "date", "08/04/2020"))
    window.push_edit(review.edit_reference(doc, 0, "number", "1552/BTTTT-CATTT-VP"))
    window.push_edit(review.edit_reference(doc, 0, "issuer", "Bộ TT&TT"))
    out = tmp_path / "edited.xlsx"
    prompts.save_answer = str(out)
    with qtbot.waitSignal(window.exported, timeout=20000):
        window.actions["export"].trigger()
    book = load_workbook(out)
    info = [[c.value for c in row] for row in book["Thông tin chung"].iter_rows()]
    assert [value for name, value in info if name == "Nơi nhận"] == [
        "Bộ Thông tin và Truyền thông (b/c)", "UBND tỉnh (b/c)", "Sở Tài chính"]
    cited = [[c.value for c in row] for row in book["Văn bản dẫn chiếu"].iter_rows()][1:]
    assert [(row[1], row[2], row[4]) for row in cited] == [("Công văn", "1552/BTTTT-CATTT-VP", "Bộ TT&TT"),
                                                         ("Nghị định", "45/2020/NĐ-CP", None)]
    assert cited[1][3].date().isoformat() == "2020-04-08"


@pytest.mark.parametrize("typed, iso", [("28/4/2020", "2020-04-28"), ("28-04-2020", "2020-04-28"),
                                        ("ngày 8 tháng 4 năm 2020", "2020-04-08"), ("2020-04-08", "2020-04-08"),
                                        ("", None)])
def test_vietnamese_dates_are_read_day_first(typed, iso):
    assert review.parse_vn_date(typed) == iso


@pytest.mark.parametrize("typed", ["4/28/2020", "28/4", "hôm qua", "30/2/2020"])
def test_dates_that_are_not_dates_are_refused(typed):
    with pytest.raises(review.EditError, match="không phải là ngày"):
        review.parse_vn_date(typed)


def test_list_edits_revert_exactly_and_replay_from_their_records():
    for build in (lambda d: review.edit_recipient(d, 1, "UBND tỉnh Trà Vinh"),
                  lambda d: review.add_recipient(d, text="Sở Tài chính", index=1),
                  lambda d: review.delete_recipient(d, 0),
                  lambda d: review.edit_reference(d, 0, "issuer", "Bộ TT&TT"),
                  lambda d: review.add_reference(d, d.text.index("Thanh tra"), d.text.index(" cuộc")),
                  lambda d: review.delete_reference(d, 0)):
        doc = make_doc()
        before = json.dumps(session.dataclasses.asdict(doc.metadata)) + repr(doc.references)
        edit = build(doc)
        review.apply(doc, edit)
        after = json.dumps(session.dataclasses.asdict(doc.metadata)) + repr(doc.references)
        assert after != before
        review.revert(doc, edit)
        assert json.dumps(session.dataclasses.asdict(doc.metadata)) + repr(doc.references) == before
        fresh = make_doc()
        review.apply(fresh, review.Edit.from_dict(json.loads(json.dumps(edit.to_dict()))))
        assert json.dumps(session.dataclasses.asdict(fresh.metadata)) + repr(fresh.references) == after


def test_a_reference_read_from_a_selection_points_into_the_report():
    doc = make_doc()
    phrase = "Công văn số 1552/BTTTT-CATTT ngày 28/4/2020 của Bộ Thông tin và Truyền thông"
    start = doc.text.index(phrase)
    review.apply(doc, review.delete_reference(doc, 0))
    edit = review.add_reference(doc, start - 1, start + len(phrase) + 1)     # a space either side
    review.apply(doc, edit)
    ref = doc.references[0]
    assert (ref.type, ref.number, ref.date, ref.line) == ("Công văn", "1552/BTTTT-CATTT", "2020-04-28", 8)
    assert (ref.start, ref.end) == (start, start + len(phrase))
    assert doc.text[slice(*ref.issuer_span)] == "Bộ Thông tin và Truyền thông"


def test_f2_on_a_row_whose_value_is_in_the_second_column_edits_the_value(window, qtbot):
    doc = show(window, qtbot)
    window.tree.expand(window.model.index_of_key("reference:0"))
    for key, shown in (("reference:0:issuer", "Bộ Thông tin và Truyền thông"), ("meta:signer_name", "Trần Văn Khoanh")):
        window.select_key(key)                                   # column 0, where the arrow keys leave it
        window.tree.setFocus()
        qtbot.keyClick(window.tree, Qt.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit) and editor.text() == shown
        editor.setText(shown + " X")
        qtbot.keyClick(editor, Qt.Key_Return)
        qtbot.waitUntil(lambda: window.stack.count() == (1 if key.startswith("reference") else 2))
    assert doc.references[0].issuer == "Bộ Thông tin và Truyền thông X"
    assert doc.metadata.fields["signer_name"].value == "Trần Văn Khoanh X"
