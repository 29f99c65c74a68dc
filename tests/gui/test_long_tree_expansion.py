"""A long report's tree opens its first level a slice of rows per event-loop turn; it
ends as expandToDepth(0) leaves it: every first-level row open, nothing deeper."""
from __future__ import annotations

from parser.model import Document, OutlineNode, SourceInfo

from desktop import documents


def _long_document(parts: int, per_part: int) -> Document:
    lines, outline, pos = [], [], 0
    for p in range(parts):
        head = f"{p + 1}. Phần {p + 1}"
        part_start = pos
        lines.append(head)
        pos += len(head) + 1
        section_start = pos
        lines.append(f"{p + 1}.1. Mục")
        pos += len(lines[-1]) + 1
        bullets = []
        for b in range(per_part):
            line = f"- Ý {b + 1}"
            bullets.append(OutlineNode("bullet", None, None, len(lines) + 1, pos, pos + len(line) + 1,
                                       pos + 2, pos + len(line), level=2, marker="-"))
            lines.append(line)
            pos += len(line) + 1
        section = OutlineNode("section", "1", f"{p + 1}.1", len(lines) - per_part, section_start, pos,
                              section_start + 5, section_start + 9, level=1, marker=f"{p + 1}.1.", children=bullets)
        outline.append(OutlineNode("part", str(p + 1), str(p + 1), len(lines) - per_part - 1, part_start, pos,
                                   part_start + 3, part_start + len(head), marker=f"{p + 1}.", children=[section]))
    doc = Document(SourceInfo("long.txt", "0" * 64, "utf-8", len(lines)), "\n".join(lines) + "\n")
    doc.outline = outline
    return doc


def test_a_long_tree_opens_its_first_level_in_slices(window, qtbot):
    doc = _long_document(parts=3 * documents.EXPAND_SLICE, per_part=20)
    expanded_when_shown = []
    window.document_shown.connect(lambda: expanded_when_shown.append(
        sum(window.tree.isExpanded(window.model.index(r, 0)) for r in range(window.model.rowCount()))))
    with qtbot.waitSignal(window.document_shown, timeout=10_000):
        window.show_document(doc)
    assert window.model.count() >= 2000
    rows = [window.model.index(r, 0) for r in range(window.model.rowCount())]
    assert 0 < expanded_when_shown[0] < len(rows)          # the first slice, not the whole level at once
    qtbot.waitUntil(lambda: all(window.tree.isExpanded(i) for i in rows), timeout=10_000)
    sections = [window.model.index(0, 0, i) for i in rows if window.model.rowCount(i)]
    assert sections and not any(window.tree.isExpanded(s) for s in sections)
