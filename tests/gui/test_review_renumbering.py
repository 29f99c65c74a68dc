"""Moving a node or changing its level renumbers the outline as a clerk would; undo
puts the printed numbers back."""
from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt

from listed_report import make_doc, node_at_path
from parser import review


def show(window, qtbot):
    doc = make_doc()
    with qtbot.waitSignal(window.ocr_ready, timeout=10000):
        window.show_document(doc)
    return doc


def numbered(doc):
    return [(n.path, n.marker, n.kind) for n in doc.nodes() if n.number]


def press(window, qtbot, key):
    window.tree.setFocus()
    qtbot.keyClick(window.tree, key, Qt.AltModifier)


def test_moving_a_section_up_renumbers_it_its_items_and_figures(window, qtbot):
    doc = show(window, qtbot)
    section = node_at_path(doc, "I.2")
    figure = next(m for m in doc.metrics if m.value == 3)        # "Cấp 3 giấy phép", under I.2.a
    assert figure.section == "I.2.a"
    before = copy.deepcopy((doc.outline, doc.metrics))
    window.select_key(review.node_key(section))
    press(window, qtbot, Qt.Key_Up)
    assert [n.path for n in doc.outline[0].children] == ["I.1", "I.2", "I.3"]
    assert (section.path, section.marker) == ("I.1", "1.")
    assert [c.path for c in section.children] == ["I.1.a", "I.1.b"]
    assert figure.section == "I.1.a"
    assert window.tree.currentIndex().data() == "1. Công tác chuyên môn"
    assert window.model.index_of_key(review.node_key(node_at_path(doc, "I.2"))).data() == "2. Công tác quản lý"
    qtbot.keyClick(window.tree, Qt.Key_Z, Qt.ControlModifier)
    assert copy.deepcopy((doc.outline, doc.metrics)) == before
    assert window.model.index_of_key(review.node_key(section)).data() == "2. Công tác chuyên môn"


def test_indent_takes_the_new_siblings_style_and_outdent_makes_a_part(window, qtbot):
    doc = show(window, qtbot)
    before = numbered(doc)
    third = node_at_path(doc, "I.3")
    window.select_key(review.node_key(third))
    press(window, qtbot, Qt.Key_Right)                  # under 2., beside a) and b)
    assert (third.path, third.marker, third.kind) == ("I.2.c", "c)", "item")
    assert window.tree.currentIndex().data() == "c) Công tác thanh tra"
    press(window, qtbot, Qt.Key_Left)                   # back out: 3. again
    assert (third.path, third.marker, third.kind) == ("I.3", "3.", "section")
    press(window, qtbot, Qt.Key_Left)                   # out of part I: a part between I and the old II
    assert [(n.path, n.marker) for n in doc.outline] == [("I", "I."), ("II", "II."), ("III", "III.")]
    assert third.kind == "part"
    assert [n.path for n in doc.outline[2].children] == ["III.1", "III.2"]
    for _ in range(3):
        window.stack.undo()
    assert numbered(doc) == before


@pytest.mark.parametrize("path, direction", [("I.2", "up"), ("I.1", "down"), ("I.3", "in"), ("I.2.b", "in"),
                                             ("I.2.a", "out"), ("I.3", "out"), ("II", "in")])
def test_every_move_reverts_exactly_and_replays_the_same(path, direction):
    doc = make_doc()
    before = copy.deepcopy((doc.outline, doc.metrics, doc.checks))
    edit = review.move_node(doc, node_at_path(doc, path), direction)
    review.apply(doc, edit)
    after = copy.deepcopy((doc.outline, doc.metrics, doc.checks))
    review.revert(doc, edit)
    assert copy.deepcopy((doc.outline, doc.metrics, doc.checks)) == before
    fresh = make_doc()
    review.apply(fresh, review.Edit.from_dict(edit.to_dict()))
    assert copy.deepcopy((fresh.outline, fresh.metrics, fresh.checks)) == after


def test_a_session_saved_before_renumbering_still_opens():
    """The previous version saved moves without what renumbering overwrote."""
    from parser import session

    doc = make_doc()
    old = {"schema": "baocao.session", "version": 1, "source": {"path": None, "sha256": doc.source.sha256},
           "corrections": [], "verified": ["m1"],
           "edits": [{"kind": "node.move", "target": review.node_key(node_at_path(doc, "I.2")),
                      "old": [review.node_key(doc.outline[0]), 1], "new": [review.node_key(doc.outline[0]), 0],
                      "how": "up", "when": "2026-11-28T10:00:00+00:00", "start": 0, "end": 0, "extra": {}},
                     {"kind": "meta", "target": "signer_name", "old": "Trần Văn Khoanh", "new": "Trần Văn Khoa",
                      "how": "user", "when": "2026-11-28T10:01:00+00:00", "extra": {"field": None}}]}
    applied, problems = session.restore(doc, session.session_from_dict(old))
    assert problems == [] and [e.kind for e in applied] == ["node.move", "meta"]
    assert [n.title_start for n in doc.outline[0].children][0] == doc.text.index("Công tác chuyên môn")
    assert doc.outline[0].children[0].path == "I.1"
