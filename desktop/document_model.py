"""The parser's Document as a Qt tree: the header fields (with the recipients and the
cited documents, one row each), then parts, sections, items and bullets, with each
figure under the deepest node holding it.

The model never changes the document itself: an edit typed into a cell becomes a
`parser.review.Edit`, handed to `submit_edit` (the window pushes it as an undo
command), and the command calls `apply_edit`/`revert_edit`, which change the
document and tell the views which rows changed.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from parser import findings, review
from parser.model import META_FIELDS, CorrectedView, Document, Metric, OutlineNode
from parser.render import metric_label, metric_unit, own_text_end, reference_issuer, reference_title

COLUMNS = ("Nội dung", "Giá trị", "Đơn vị", "Trạng thái")
NCOLUMNS = len(COLUMNS)
META_LABELS = {
    "parent_issuer": "Cơ quan chủ quản", "issuer": "Cơ quan ban hành", "number": "Số", "symbol": "Ký hiệu",
    "place": "Địa danh", "date": "Ngày ban hành", "doc_type": "Loại văn bản", "subject": "Trích yếu",
    "period": "Kỳ báo cáo", "signer_title": "Chức vụ người ký", "signer_authority": "Thẩm quyền ký",
    "signer_name": "Người ký", "recipients": "Nơi nhận",
}
REFERENCE_LABELS = {"type": "Loại văn bản", "number": "Số, ký hiệu", "date": "Ngày", "issuer": "Cơ quan ban hành"}
KEY_ROLE = int(Qt.UserRole) + 1     # the item's key: "node@…", a metric id, "meta:<field>", "recipient:<i>", …
SPAN_ROLE = int(Qt.UserRole) + 2    # (start, end) in the raw text, or None
FULL_TEXT_ROLE = int(Qt.UserRole) + 3   # a node's whole own text, lines as printed (the multi-line editor)
# Qt's enums are Python objects whose every operation costs microseconds; data() runs
# for every cell painted, so it compares plain ints computed once.
DISPLAY, EDIT, TOOLTIP, FOREGROUND, FONT, ALIGN = (int(r) for r in (
    Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole, Qt.ForegroundRole, Qt.FontRole, Qt.TextAlignmentRole))
READ_ONLY = Qt.ItemIsEnabled | Qt.ItemIsSelectable
EDITABLE = READ_ONLY | Qt.ItemIsEditable
NO_FLAGS = Qt.NoItemFlags
# what the reviewer may type into, by row kind and column
_EDITABLE_COLUMNS = {"node": (0,), "metric": (0, 1, 2), "meta": (1,), "recipient": (0,), "reffield": (1,)}
# rows that never hold others: the tree then asks their row count only when it needs them
# (expanding a long report's first level asks about every row otherwise)
_LEAVES = ("metric", "meta", "recipient", "reffield")
_FLAGS = {kind: tuple((EDITABLE if col in _EDITABLE_COLUMNS.get(kind, ()) else READ_ONLY)
                      | (Qt.ItemNeverHasChildren if kind in _LEAVES else NO_FLAGS) for col in range(len(COLUMNS)))
          for kind in ("root", "group", "meta", "recipients", "recipient", "references", "reference", "reffield",
                       "node", "metric")}
RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
HORIZONTAL = Qt.Horizontal
DOUBTFUL = QColor("#b35900")
VERIFIED = QColor("#1b7a2f")
MISSING = QColor("#8a8a8a")


def tr(text: str) -> str:
    return QCoreApplication.translate("DocumentModel", text)


class Item:
    __slots__ = ("kind", "obj", "parent", "children", "row", "key")

    def __init__(self, kind: str, obj, parent: "Item | None", key: str | None):
        self.kind, self.obj, self.parent, self.key = kind, obj, parent, key
        self.children: list[Item] = []
        self.row = 0

    def add(self, child: "Item") -> "Item":
        child.row = len(self.children)
        self.children.append(child)
        return child


class ItemTree:
    """The rows of a document: plain Python, so a worker thread can make them."""

    def __init__(self, doc: Document | None):
        self.doc = doc
        self.root = Item("root", None, None, None)
        self.by_key: dict[str, Item] = {}


def build_items(doc: Document | None) -> ItemTree:
    tree = ItemTree(doc)
    if doc is None:
        return tree
    root, keep = tree.root, tree.by_key

    def add(parent: Item, kind: str, obj, key: str) -> Item:
        item = parent.add(Item(kind, obj, parent, key))
        keep[key] = item
        return item

    def add_nodes(parent: Item, nodes: list[OutlineNode], metrics: list[Metric]) -> None:
        pending = sorted(metrics, key=lambda m: m.start)
        i = 0
        for node in nodes:
            while i < len(pending) and pending[i].start < node.start:
                add(parent, "metric", pending[i], pending[i].id)
                i += 1
            add_nodes(add(parent, "node", node, review.node_key(node)), node.children, homes.get(id(node), []))
        for m in pending[i:]:
            add(parent, "metric", m, m.id)

    header = add(root, "group", None, "group:metadata")
    for name in META_FIELDS:
        add(header, "meta", name, f"meta:{name}")
    # list rows are keyed by position: an item's row is the index its edits name
    recipients = add(header, "recipients", None, "meta:recipients")
    for i, field in enumerate(doc.metadata.recipients):
        add(recipients, "recipient", field, review.recipient_key(i))
    cited = add(header, "references", None, "group:references")
    for i, ref in enumerate(doc.references):
        row = add(cited, "reference", ref, review.reference_key(i))
        for name in review.REFERENCE_FIELDS:
            add(row, "reffield", (ref, name), f"{review.reference_key(i)}:{name}")
    homes, loose = review.metric_homes(doc)
    add_nodes(root, doc.outline, loose)
    return tree


def _unlink(root: Item) -> None:
    """Break the parent/child cycles of rows no longer shown, so reference counting frees them
    at once (the collector is kept away from a report's objects, see workers._resume_gc)."""
    stack = [root]
    while stack:
        item = stack.pop()
        stack.extend(item.children)
        item.children, item.parent = [], None


class DocumentModel(QAbstractItemModel):
    edit_rejected = Signal(str)       # a typed value that cannot be taken, and why
    changed = Signal()                # after any edit is applied or reverted

    def __init__(self, parent=None):
        super().__init__(parent)
        self.doc: Document | None = None
        self.corrected = False
        self.submit_edit: Callable[[review.Edit], None] = self.apply_edit
        self.history: list[review.Edit] = []      # edits in effect, in order (what a session saves)
        self.version = 0                # one more for every document shown and every edit applied or reverted
        self._root = Item("root", None, None, None)
        self._by_key: dict[str, Item] = {}
        self._view = None
        self._users: tuple | None = None   # (doc.corrections, the user's among them)
        self._shown: dict = {}          # (item, column, role) -> value; cleared on every change
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------ building
    def set_document(self, doc: Document | None, history: list[review.Edit] | None = None,
                     prebuilt: "ItemTree | None" = None) -> None:
        """`prebuilt`: the rows made off the UI thread (`build_items`), used when still current."""
        self.beginResetModel()
        self.doc = doc
        self.history = list(history or [])
        self._build(prebuilt if not self.history else None)
        self.version += 1
        self.endResetModel()
        self.changed.emit()

    def set_corrected(self, corrected: bool) -> None:
        self.corrected = corrected
        self._view = None
        self._shown = {}
        self._all_changed()

    def view(self):
        """Automatic corrections show only in corrected mode; the reviewer's own edits always show."""
        if self._view is None and self.doc is not None:
            layer = self.doc.corrections if self.corrected else self._user_corrections()
            self._view = CorrectedView(self.doc.text, layer)
        return self._view

    def _user_corrections(self) -> list:
        """The reviewer's own corrections, kept while the layer is the same list (an edit of the
        layer makes a new one): a long report's layer has tens of thousands to filter."""
        layer = self.doc.corrections
        if self._users is None or self._users[0] is not layer:
            self._users = (layer, [c for c in layer if c.source == "user"])
        return self._users[1]

    def _build(self, prebuilt: "ItemTree | None" = None) -> None:
        _unlink(self._root)
        self._shown = {}
        self._view = None
        tree = prebuilt if prebuilt is not None and prebuilt.doc is self.doc else build_items(self.doc)
        self._root, self._by_key = tree.root, tree.by_key

    # ------------------------------------------------------------ Qt's model interface
    # index, parent, rowCount and flags run for every row the tree lays out (thousands when a long
    # report opens): an invalid index's internalPointer() is None, which spares an isValid() call each
    def index(self, row, column, parent=QModelIndex()):
        holder = parent.internalPointer() or self._root
        if 0 <= row < len(holder.children) and 0 <= column < NCOLUMNS:
            return self.createIndex(row, column, holder.children[row])
        return QModelIndex()

    def parent(self, index=QModelIndex()):
        item = index.internalPointer()
        if item is None:
            return QModelIndex()
        up = item.parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent=QModelIndex()):
        item = parent.internalPointer()
        if item is None:
            return len(self._root.children)
        return len(item.children) if parent.column() == 0 else 0

    def columnCount(self, parent=QModelIndex()):
        return len(COLUMNS)

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation == HORIZONTAL and role == DISPLAY:
            return tr(COLUMNS[section])
        return None

    def flags(self, index):
        item = index.internalPointer()
        return NO_FLAGS if item is None else _FLAGS[item.kind][index.column()]

    def data(self, index, role=DISPLAY):
        item = index.internalPointer()
        if item is None or self.doc is None:
            return None
        key = (item, index.column(), int(role))
        try:
            return self._shown[key]          # every cell is asked for ten roles each time it is painted
        except KeyError:
            value = self._shown[key] = self._cell(item, key[1], key[2])
            return value

    def _cell(self, item: Item, col: int, role: int):
        if role == DISPLAY or role == EDIT:
            return self._text(item, col, role == EDIT)
        if role == KEY_ROLE:
            return item.key
        if role == FULL_TEXT_ROLE:
            return review.node_full_text(self.doc, item.obj, self.view()) if item.kind == "node" else None
        if role == SPAN_ROLE:
            return self.span(item)
        if role == TOOLTIP:
            return self._tooltip(item)
        if role == FOREGROUND:
            return self._colour(item, col)
        if role == FONT and (item.kind in ("group", "recipients", "references")
                             or (item.kind == "node" and item.obj.kind == "part")):
            return self._bold
        if role == ALIGN and col == 1 and item.kind == "metric":
            return RIGHT
        return None

    def _text(self, item: Item, col: int, editing: bool):
        view, doc = self.view(), self.doc
        if item.kind == "group":
            return tr("Thông tin văn bản") if col == 0 else None
        if item.kind == "meta":
            if col == 0:
                return tr(META_LABELS[item.obj])
            if col == 1:
                f = doc.metadata.fields.get(item.obj)
                return f.text(view) if f else ("" if editing else "—")
            if col == 3 and doc.metadata.fields.get(item.obj) is None:
                return tr("thiếu")
            return None
        if item.kind in ("recipients", "references", "recipient", "reference", "reffield"):
            return self._listed_text(item, col, editing)
        if item.kind == "node":
            node = item.obj
            if col == 0:
                title = review.node_heading(node, view)
                return title if editing else f"{node.marker} {title}".strip()
            if col == 3:
                return self._status(item.key, tr("số tự điền") if node.inferred else "")
            return None
        m = item.obj
        if col == 0:
            return metric_label(m, view)
        if col == 1:
            return review.format_vn_number(m.value)
        if col == 2:
            return metric_unit(m, view) or ""
        note = tr("nghi ngờ") if m.confidence < findings.DOUBTFUL else (tr("thêm tay") if "manual" in m.flags else "")
        return self._status(m.id, note)

    def _listed_text(self, item: Item, col: int, editing: bool):
        """The recipients and the cited documents: a count on the group, a row each,
        a reference's fields under it (label, value)."""
        kind, view = item.kind, self.view()
        if kind == "recipients":
            return tr(META_LABELS["recipients"]) if col == 0 else (
                tr("{count} nơi").format(count=len(item.children)) if col == 1 else None)
        if kind == "references":
            return tr("Văn bản dẫn chiếu") if col == 0 else (
                tr("{count} văn bản").format(count=len(item.children)) if col == 1 else None)
        if kind == "recipient":
            return item.obj.text(view) if col == 0 else None
        if kind == "reference":
            ref = item.obj
            if col == 0:
                issuer = reference_issuer(ref, view)
                return reference_title(ref, self.doc.text, view) + (f" — {issuer}" if issuer else "")
            return review.format_vn_date(ref.date) if col == 1 else None
        ref, name = item.obj
        if col == 0:
            return tr(REFERENCE_LABELS[name])
        if col == 1:
            value = reference_issuer(ref, view) if name == "issuer" else (
                review.format_vn_date(ref.date) if name == "date" else getattr(ref, name))
            return value or ("" if editing else "—")
        return None

    def _status(self, key: str, note: str) -> str:
        if key in self.doc.verified:
            return "✓ " + tr("đã duyệt")
        return note

    def _tooltip(self, item: Item):
        if item.kind == "node":
            n = item.obj
            body = self.view().render(n.start, own_text_end(n))
            where = tr("Dòng {line}").format(line=n.line)
            return f"{n.path or n.kind} · {where}\n{body[:400]}"
        if item.kind == "metric":
            m = item.obj
            return tr("«{text}» ở dòng {line}, độ tin cậy {conf:.0%}").format(text=m.text, line=m.line,
                                                                             conf=m.confidence)
        if item.kind in ("reference", "recipient") and item.obj.end > item.obj.start:
            where = tr("Dòng {line}").format(line=self.doc.line_of(item.obj.start))
            return f"{where}\n{self.view().render(item.obj.start, item.obj.end)[:400]}"
        return None

    def _colour(self, item: Item, col: int):
        if item.kind == "meta" and self.doc.metadata.fields.get(item.obj) is None:
            return QBrush(MISSING)
        if item.kind == "reffield" and col == 1 and getattr(*item.obj) is None:
            return QBrush(MISSING)
        if col == 3 and item.key in self.doc.verified:
            return QBrush(VERIFIED)
        if item.kind == "metric" and item.obj.confidence < findings.DOUBTFUL and col in (1, 3):
            return QBrush(DOUBTFUL)
        return None

    def setData(self, index, value, role=EDIT):
        role = int(role)
        if role not in (EDIT, FULL_TEXT_ROLE) or not index.isValid() or self.doc is None:
            return False
        item, col = index.internalPointer(), index.column()
        if value == (self._cell(item, col, role) if role == FULL_TEXT_ROLE else self._text(item, col, True)):
            return False
        try:
            if role == FULL_TEXT_ROLE:
                edit = review.edit_node_text(self.doc, item.obj, value)
            elif item.kind == "node":
                edit = review.edit_title(self.doc, item.obj, value)
            elif item.kind == "meta":
                edit = review.edit_meta(self.doc, item.obj, value)
            elif item.kind == "recipient":
                edit = review.edit_recipient(self.doc, item.row, value)
            elif item.kind == "reffield":
                edit = review.edit_reference(self.doc, item.parent.row, item.obj[1], value)
            else:
                edit = review.edit_metric(self.doc, item.obj, ("label", "value", "unit")[col], value)
        except review.EditError as exc:
            self.edit_rejected.emit(str(exc))
            return False
        self.submit_edit(edit)
        return True

    # ------------------------------------------------------------ finding items
    def span(self, item: Item):
        kind = item.kind
        if kind in ("node", "metric", "reference"):
            return item.obj.start, item.obj.end
        if kind == "meta":
            f = self.doc.metadata.fields.get(item.obj)
            return (f.start, f.end) if f and f.end > f.start else None
        if kind == "recipient":
            return (item.obj.start, item.obj.end) if item.obj.end > item.obj.start else None
        if kind == "reffield":
            ref, name = item.obj
            return ref.issuer_span if name == "issuer" and ref.issuer_span else (ref.start, ref.end)
        if kind == "recipients":
            printed = [r for r in self.doc.metadata.recipients if r.end > r.start]
            return (printed[0].start, printed[-1].end) if printed else None
        return None

    def index_of_key(self, key: str | None, column: int = 0) -> QModelIndex:
        item = self._by_key.get(key) if key else None
        return self.createIndex(item.row, column, item) if item else QModelIndex()

    def index_at(self, offset: int) -> QModelIndex:
        """The deepest node or figure at a raw-text offset (a header field when it is there)."""
        if self.doc is None:
            return QModelIndex()
        hit = review.deepest_at(self.doc, offset)
        if hit is not None:
            return self.index_of_key(hit.id if isinstance(hit, Metric) else review.node_key(hit))
        for name, f in self.doc.metadata.fields.items():
            if f and f.start <= offset < f.end:
                return self.index_of_key(f"meta:{name}")
        for i, r in enumerate(self.doc.metadata.recipients):
            if r.start <= offset < r.end:
                return self.index_of_key(review.recipient_key(i))
        return QModelIndex()

    def item(self, index: QModelIndex) -> Item | None:
        return index.internalPointer() if index.isValid() else None

    def tr_label(self, name: str) -> str:
        return tr(META_LABELS.get(name, name))

    def count(self) -> int:
        return len(self._by_key)

    # ------------------------------------------------------------ edits
    def apply_edit(self, edit: review.Edit) -> None:
        review.apply(self.doc, edit)
        self.history.append(edit)
        self._after(edit)

    def revert_edit(self, edit: review.Edit) -> None:
        review.revert(self.doc, edit)
        if self.history and self.history[-1] is edit:
            self.history.pop()
        self._after(edit)

    def _after(self, edit: review.Edit) -> None:
        self._view = None
        self._shown = {}
        if review.is_structural(edit):
            self.beginResetModel()
            self._build()
            self.endResetModel()
        elif edit.kind in review.TEXT_KINDS:
            self._touch_span(edit.start, edit.end)
        else:
            target = edit.target if edit.kind != "meta" else f"meta:{edit.target}"
            self._touch(self._by_key.get(target))
            if edit.kind == "reference.edit":
                self._touch(self._by_key.get(f"{target}:{edit.extra['field']}"))
        self.version += 1
        self.changed.emit()

    def _touch(self, item: Item | None) -> None:
        if item is not None:
            self.dataChanged.emit(self.createIndex(item.row, 0, item), self.createIndex(item.row, len(COLUMNS) - 1, item))

    def _touch_span(self, start: int, end: int) -> None:
        for item in self._by_key.values():
            span = self.span(item) if item.kind != "group" else None
            if span and span[0] < end and start < span[1]:
                self._touch(item)

    def _all_changed(self) -> None:
        """Every cell's text may read differently; no row moves. dataChanged, not layoutChanged:
        a layout change makes the tree lay out every expanded row again (thousands of calls into
        this model on a long report), when repainting what is on screen is all it takes."""
        self._shown = {}
        rows = self._root.children
        if rows:
            self.dataChanged.emit(self.createIndex(0, 0, rows[0]), self.createIndex(len(rows) - 1, NCOLUMNS - 1, rows[-1]))

    def layer_changed(self, users: list | None = None) -> None:
        """The correction layer changed wholesale (automatic corrections arrived); `users`: the
        user's corrections in it, when already picked out off the UI thread."""
        self._view = None
        self._shown = {}
        if users is not None:
            self._users = (self.doc.corrections, users)
        self._all_changed()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Horizontal, 0, len(COLUMNS) - 1)
        self._all_changed()
