"""Review operations: every change a reviewer makes, as a plain record that can be
applied, reverted, saved in a session and replayed on a freshly analysed report.

An `Edit` says where (`target`, `start`/`end`), what it was (`old`), what it
becomes (`new`), how (`how`: by hand, from a suggestion, a fix-all) and when.
`apply(doc, edit)` and `revert(doc, edit)` are exact inverses when the document
is in the state the edit was built against, which is what an undo stack gives.
Text edits (a word, a title, a node's text) never touch the raw text: they go
into the correction layer `doc.corrections` as "user" corrections.
"""
from __future__ import annotations

import bisect
import dataclasses
import operator
from dataclasses import dataclass

import regex

from . import renumber
from .edit_record import Edit, EditError, nfc, now_iso  # noqa: F401  (the review API)
from .render import own_text_end
from .model import Correction, Document, MetaField, Metric, OutlineNode, squash
from .review_lists import (REFERENCE_FIELDS, add_recipient, add_reference, apply_listed,  # noqa: F401
                           delete_recipient, delete_reference, edit_recipient, edit_reference, format_vn_date,
                           parse_vn_date, recipient_key, reference_key, revert_listed)

# kinds of edit; those in TEXT_KINDS live in the correction layer
KINDS = ("correct", "node.title", "node.text", "meta", "metric.label", "metric.value", "metric.unit",
         "metric.add", "metric.delete", "node.add", "node.delete", "node.move", "verify",
         "recipient.edit", "recipient.add", "recipient.delete", "reference.edit", "reference.add", "reference.delete")
TEXT_KINDS = frozenset({"correct", "node.title", "node.text"})


# ---------------------------------------------------------------- numbers

_VN_NUMBER = regex.compile(r"[-−]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")


def parse_vn_number(text: str) -> int | float:
    """A number written the Vietnamese way: "1.626" is 1626, "76,82" is 76.82."""
    cleaned = nfc(text).strip().rstrip("%").strip().replace(" ", "")
    if not _VN_NUMBER.fullmatch(cleaned):
        raise EditError(f"«{text.strip()}» không phải là số viết kiểu Việt Nam (ví dụ 1.626 hoặc 76,82)")
    cleaned = cleaned.replace("−", "-").replace(".", "").replace(",", ".")
    return float(cleaned) if "." in cleaned else int(cleaned)


def format_vn_number(value: int | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        whole, _, frac = f"{value:.6f}".rstrip("0").partition(".")
        return f"{format_vn_number(int(whole)) if whole not in ('-0',) else '-0'},{frac}"
    text = f"{int(value):,}".replace(",", ".")
    return text


# ---------------------------------------------------------------- finding things

def node_key(node: OutlineNode) -> str:
    return f"node@{node.start}"


def find_node(doc: Document, key: str | None) -> OutlineNode | None:
    if key is None:
        return None
    return next((n for n in doc.nodes() if node_key(n) == key), None)


def parent_of(doc: Document, node: OutlineNode) -> tuple[OutlineNode | None, list[OutlineNode]]:
    """The node's parent (None at the top) and the list that holds it."""
    if any(n is node for n in doc.outline):
        return None, doc.outline
    for candidate in doc.nodes():
        if any(c is node for c in candidate.children):
            return candidate, candidate.children
    raise EditError("mục không còn trong cây")


def find_metric(doc: Document, metric_id: str) -> Metric | None:
    return next((m for m in doc.metrics if m.id == metric_id), None)


def deepest_at(doc: Document, offset: int) -> OutlineNode | Metric | None:
    """What a click at `offset` of the raw text means: a figure there, else the
    smallest node span holding it (robust to nodes moved by the reviewer)."""
    for m in doc.metrics:
        if m.start <= offset < m.end or (m.start == m.end == offset):
            return m
    best = None
    for n in doc.nodes():
        if n.start <= offset < n.end and (best is None or n.end - n.start <= best.end - best.start):
            best = n
    return best


def metric_home(doc: Document, metric: Metric) -> OutlineNode | None:
    """The deepest node holding the figure, where the tree shows it."""
    found, level = None, doc.outline
    while True:
        hit = next((n for n in level if n.start <= metric.start < n.end), None)
        if hit is None:
            return found
        found, level = hit, hit.children


def metric_homes(doc: Document) -> tuple[dict[int, list[Metric]], list[Metric]]:
    """Every figure's home node at once (keyed by id(node)), and the figures outside every node."""
    homes: dict[int, list[Metric]] = {}
    loose: list[Metric] = []

    def place(nodes: list[OutlineNode], metrics: list[Metric], holder: OutlineNode | None) -> None:
        order = sorted(nodes, key=lambda n: n.start)
        starts = [n.start for n in order]
        buckets: dict[int, list[Metric]] = {}
        for m in metrics:
            i = bisect.bisect_right(starts, m.start) - 1
            if i >= 0 and order[i].start <= m.start < order[i].end:
                buckets.setdefault(i, []).append(m)
            else:
                (homes.setdefault(id(holder), []) if holder is not None else loose).append(m)
        for i, inside in buckets.items():
            place(order[i].children, inside, order[i])

    place(doc.outline, doc.metrics, None)
    return homes, loose


WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def word_at(text: str, offset: int) -> tuple[int, int] | None:
    """The word holding (or just before) `offset`."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end == -1 else line_end
    for m in WORD.finditer(text, line_start, line_end):
        if m.start() <= offset <= m.end():
            return m.start(), m.end()
    return None


# ---------------------------------------------------------------- the correction layer

def _corr_dict(c: Correction) -> dict:
    return dataclasses.asdict(c)


def _overlapping(doc: Document, start: int, end: int) -> list[Correction]:
    return [c for c in doc.corrections if c.start < end and start < c.end or (c.start == c.end == start)]


def _text_edit(doc: Document, kind: str, target: str, start: int, end: int, new: str, how: str) -> Edit:
    new = nfc(new)
    shown = [_corr_dict(c) for c in _overlapping(doc, start, end)]
    old = doc.text[start:end]
    return Edit(kind, target, old, new, how, start=start, end=end, extra={"replaced": shown})


def correct_word(doc: Document, start: int, end: int, new: str, how: str = "user") -> Edit:
    """Read raw[start:end] as `new` (replacing any correction overlapping it)."""
    if not 0 <= start < end <= len(doc.text):
        raise EditError("vị trí sửa nằm ngoài văn bản")
    return _text_edit(doc, "correct", f"text@{start}", start, end, new, how)


def edit_title(doc: Document, node: OutlineNode, new: str) -> Edit:
    if not new.strip():
        raise EditError("tiêu đề không được để trống")
    return _text_edit(doc, "node.title", node_key(node), node.title_start, node.title_end, new, "user")


def node_text_span(doc: Document, node: OutlineNode) -> tuple[int, int]:
    """The node's own text (heading and body up to its first child), without the line
    break before the next node."""
    end = own_text_end(node)
    while end > node.start and doc.text[end - 1].isspace():
        end -= 1
    return node.start, end


def node_full_text(doc: Document, node: OutlineNode, view) -> str:
    """The node's own text through a view's layer, its printed lines kept (what a
    multi-line editor shows)."""
    from .model import apply_corrections

    start, end = node_text_span(doc, node)
    layer = getattr(view, "corrections", None)
    return apply_corrections(doc.text, layer, start, end, view.starts) if layer else doc.text[start:end]


def node_heading(node: OutlineNode, view) -> str:
    """The title a reader sees: when a correction of the node's whole text covers the
    title, the title is read again from the corrected text (its first clause)."""
    from .model import apply_corrections
    from .outline import title_end
    from .render import clean_title, node_title

    layer = getattr(view, "corrections", None)
    if layer:
        i = bisect.bisect_right(view.starts, node.title_start) - 1
        c = layer[i] if i >= 0 else None
        if c is not None and c.start >= node.start and c.end >= node.title_end \
                and (c.start, c.end) != (node.title_start, node.title_end):
            text = apply_corrections(view.text, layer, node.start, c.end, view.starts).lstrip()
            if node.marker and text.startswith(node.marker):
                text = text[len(node.marker):]
            text = text.lstrip()
            return clean_title(squash(text[:title_end(text, 0, len(text))]))
    return node_title(node, view)


def edit_node_text(doc: Document, node: OutlineNode, new: str) -> Edit:
    """Replace the node's own text (heading and body up to its first child)."""
    if not new.strip():
        raise EditError("nội dung mục không được để trống (xóa mục bằng phím Delete)")
    start, end = node_text_span(doc, node)
    return _text_edit(doc, "node.text", node_key(node), start, end, new, "user")


def _layer_apply(doc: Document, edit: Edit) -> None:
    doc.corrections = [c for c in doc.corrections if _corr_dict(c) not in edit.extra["replaced"]]
    corr = Correction(edit.start, edit.end, edit.old, edit.new, source="user", when=edit.when)
    _insert_correction(doc, corr)


def _layer_revert(doc: Document, edit: Edit) -> None:
    doc.corrections = [c for c in doc.corrections
                       if not (c.start == edit.start and c.end == edit.end and c.source == "user" and c.new == edit.new)]
    for data in edit.extra["replaced"]:
        _insert_correction(doc, Correction(**data))


def _insert_correction(doc: Document, corr: Correction) -> None:
    starts = [c.start for c in doc.corrections]
    doc.corrections.insert(bisect.bisect_right(starts, corr.start), corr)


def corrected_text(doc: Document, start: int, end: int) -> str:
    """The text of a span with the correction layer applied (not squashed)."""
    from .model import apply_corrections

    return apply_corrections(doc.text, doc.corrections, start, end)


# ---------------------------------------------------------------- fix all

@dataclass(frozen=True)
class Occurrence:
    start: int
    end: int
    line: int
    before: str       # context on the same line
    word: str
    after: str
    shown: str        # what the correction layer shows there now


def find_identical(doc: Document, start: int, end: int, context: int = 40) -> list[Occurrence]:
    """Every whole-word occurrence of raw[start:end] (NFC, exact case), with context,
    except those a reviewer already corrected differently by hand."""
    word = nfc(doc.text[start:end])
    if not word.strip():
        return []
    pattern = regex.compile(r"(?<![\p{L}\p{M}\p{N}])" + regex.escape(word) + r"(?![\p{L}\p{M}\p{N}])")
    out = []
    for m in pattern.finditer(doc.text):
        s, e = m.span()
        layer = _overlapping(doc, s, e)
        if any(c.source == "user" and (c.start, c.end) != (s, e) for c in layer):
            continue
        line_start = doc.text.rfind("\n", 0, s) + 1
        line_end = doc.text.find("\n", e)
        line_end = len(doc.text) if line_end == -1 else line_end
        out.append(Occurrence(s, e, doc.line_of(s), doc.text[max(line_start, s - context):s], word,
                              doc.text[e:min(line_end, e + context)], corrected_text(doc, s, e)))
    return out


def fix_all(doc: Document, occurrences: list[Occurrence], new: str) -> list[Edit]:
    """One correction per chosen occurrence; the caller applies them as one step."""
    return [correct_word(doc, o.start, o.end, new, how="fix-all") for o in occurrences]


# ---------------------------------------------------------------- metadata and figures

def edit_meta(doc: Document, name: str, new: str) -> Edit:
    current = doc.metadata.fields.get(name)
    old_text = current.text(_raw(doc)) if current else None
    return Edit("meta", name, old_text, nfc(new).strip() or None,
                extra={"field": dataclasses.asdict(current) if current else None})


def edit_metric(doc: Document, metric: Metric, what: str, new: str) -> Edit:
    """Change a figure's label, value or unit; a value must be a Vietnamese number."""
    if what == "value":
        value = parse_vn_number(new)
        return Edit("metric.value", metric.id, metric.value, value, start=metric.start, end=metric.end)
    if what == "label":
        if not new.strip():
            raise EditError("nhãn số liệu không được để trống")
        return Edit("metric.label", metric.id, metric.label, squash(nfc(new)), start=metric.start, end=metric.end,
                    extra={"span": list(metric.label_span) if metric.label_span else None})
    if what == "unit":
        return Edit("metric.unit", metric.id, metric.unit, squash(nfc(new)) or None, start=metric.start,
                    end=metric.end, extra={"span": list(metric.unit_span) if metric.unit_span else None})
    raise EditError(f"không sửa được trường {what}")


def add_metric(doc: Document, start: int, end: int) -> Edit:
    """A figure the extraction missed, from a selection of the raw text."""
    printed = doc.text[start:end].strip()
    start += len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
    end = start + len(printed)
    value = parse_vn_number(printed)
    unit = "%" if printed.endswith("%") else None
    line_start = doc.text.rfind("\n", 0, start) + 1
    label = squash(doc.text[line_start:start]).strip(" :-–,;") or "Số liệu thêm tay"
    taken = {m.id for m in doc.metrics}
    number = len(doc.metrics) + 1
    while f"m{number}" in taken:
        number += 1
    metric = Metric(f"m{number}", value, unit, label, printed, doc.line_of(start), start, end,
                    section=doc.section_at(start), confidence=1.0, flags=["manual"])
    return Edit("metric.add", metric.id, None, dataclasses.asdict(metric), start=start, end=end)


def delete_metric(doc: Document, metric: Metric) -> Edit:
    index = doc.metrics.index(metric)
    return Edit("metric.delete", metric.id, dataclasses.asdict(metric), None, start=metric.start, end=metric.end,
                extra={"index": index})


def _metric_from(data: dict) -> Metric:
    data = dict(data)
    for key in ("label_span", "unit_span"):
        if data.get(key) is not None:
            data[key] = tuple(data[key])
    return Metric(**data)


# ---------------------------------------------------------------- the outline

def _node_from(data: dict) -> OutlineNode:
    data = dict(data)
    data["children"] = [_node_from(c) for c in data.get("children", [])]
    return OutlineNode(**data)


def _set_levels(node: OutlineNode, level: int) -> None:
    node.level = level
    for child in node.children:
        _set_levels(child, level + 1)


def _position(doc: Document, node: OutlineNode) -> list:
    parent, siblings = parent_of(doc, node)
    return [node_key(parent) if parent else None, next(i for i, s in enumerate(siblings) if s is node)]


def _siblings(doc: Document, parent_key: str | None) -> list[OutlineNode]:
    if parent_key is None:
        return doc.outline
    parent = find_node(doc, parent_key)
    if parent is None:
        raise EditError(f"không tìm thấy mục {parent_key}")
    return parent.children


def add_node(doc: Document, start: int, end: int, kind: str = "paragraph") -> Edit:
    """A heading or paragraph the extraction missed, from a selection of the raw text."""
    text = doc.text[start:end]
    start += len(text) - len(text.lstrip())
    end = start + len(text.strip())
    if end <= start:
        raise EditError("hãy chọn một đoạn văn bản trước")
    holder = None
    for n in doc.nodes():
        if n.start <= start < n.end and (holder is None or n.end - n.start <= holder.end - holder.start):
            holder = n
    siblings = holder.children if holder else doc.outline
    index = sum(1 for s in siblings if s.start <= start)
    node = OutlineNode(kind, None, None, doc.line_of(start), start, end, start, end,
                       level=holder.level + 1 if holder else 0)
    return Edit("node.add", node_key(node), None, dataclasses.asdict(node), start=start, end=end,
                extra={"to": [node_key(holder) if holder else None, index]})


def delete_node(doc: Document, node: OutlineNode) -> Edit:
    return Edit("node.delete", node_key(node), dataclasses.asdict(node), None, start=node.start, end=node.end,
                extra={"from": _position(doc, node)})


def move_node(doc: Document, node: OutlineNode, direction: str) -> Edit:
    """direction: "up"/"down" among its siblings, "in" (under the previous sibling), "out" (after its parent)."""
    parent_key, index = _position(doc, node)
    siblings = _siblings(doc, parent_key)
    if direction == "up" and index > 0:
        to = [parent_key, index - 1]
    elif direction == "down" and index < len(siblings) - 1:
        to = [parent_key, index + 1]
    elif direction == "in" and index > 0:
        to = [node_key(siblings[index - 1]), len(siblings[index - 1].children)]
    elif direction == "out" and parent_key is not None:
        grand_key, parent_index = _position(doc, find_node(doc, parent_key))
        to = [grand_key, parent_index + 1]
    else:
        raise EditError("không thể di chuyển mục theo hướng này")
    return Edit("node.move", node_key(node), [parent_key, index], to, how=direction,
                start=node.start, end=node.end)


def _detach(doc: Document, parent_key: str | None, index: int) -> OutlineNode:
    return _siblings(doc, parent_key).pop(index)


def _attach(doc: Document, node: OutlineNode, parent_key: str | None, index: int) -> None:
    siblings = _siblings(doc, parent_key)
    siblings.insert(index, node)
    parent = find_node(doc, parent_key)
    _set_levels(node, parent.level + 1 if parent else 0)


# ---------------------------------------------------------------- verified marks

def verify(doc: Document, key: str, mark: bool = True) -> Edit:
    return Edit("verify", key, key in doc.verified, mark)


def verifiable_keys(doc: Document) -> list[str]:
    return [node_key(n) for n in doc.nodes()] + [m.id for m in doc.metrics]


def progress(doc: Document) -> tuple[int, int]:
    """(verified, verifiable): nodes and figures; marks left by deleted ones do not count."""
    done, total, _nodes = tally(doc)
    return done, total


def tally(doc: Document) -> tuple[int, int, int]:
    """`progress` and the number of outline nodes from one walk of the outline (the status
    bar wants both; a long report has tens of thousands of nodes)."""
    starts, count = set(), 0
    stack = list(doc.outline)
    while stack:                    # no generator per level: doc.nodes() costs several times more
        node = stack.pop()
        count += 1
        starts.add(node.start)
        stack += node.children
    ids = {m.id for m in doc.metrics}
    done = sum(1 for k in doc.verified if k in ids or (k.startswith("node@") and int(k[5:]) in starts))
    return done, len(starts) + len(ids), count


# ---------------------------------------------------------------- apply / revert

def _raw(doc: Document):
    from .model import RawView

    return RawView(doc.text)


def apply(doc: Document, edit: Edit) -> None:
    kind = edit.kind
    if kind in TEXT_KINDS:
        _layer_apply(doc, edit)
    elif kind == "meta":
        current = doc.metadata.fields.get(edit.target)
        if edit.new is None:
            doc.metadata.fields[edit.target] = None
        elif current is None:
            doc.metadata.fields[edit.target] = MetaField(0, 0, edit.new)
        else:
            current.value = edit.new
    elif kind.startswith("metric."):
        _apply_metric(doc, edit)
    elif kind == "node.add":
        _attach(doc, _node_from(edit.new), *edit.extra["to"])
    elif kind == "node.delete":
        _detach(doc, *edit.extra["from"])
    elif kind == "node.move":
        node = _detach(doc, *edit.old)
        _attach(doc, node, *edit.new)
        # what the renumbering overwrote, for the undo (a replay recomputes the same)
        edit.extra["renumbered"] = renumber.renumber(
            doc, [find_node(doc, edit.old[0]), find_node(doc, edit.new[0])], node, joined=edit.old[0] != edit.new[0])
    elif kind == "verify":
        (doc.verified.add if edit.new else doc.verified.discard)(edit.target)
    elif kind.startswith(("recipient.", "reference.")):
        apply_listed(doc, edit)
    else:
        raise EditError(f"không biết loại sửa {kind}")


def _apply_metric(doc: Document, edit: Edit) -> None:
    if edit.kind == "metric.add":
        metric = _metric_from(edit.new)
        doc.metrics.insert(bisect.bisect_right([m.start for m in doc.metrics], metric.start), metric)
        return
    metric = find_metric(doc, edit.target)
    if metric is None:
        raise EditError(f"không tìm thấy số liệu {edit.target}")
    if edit.kind == "metric.delete":
        doc.metrics.remove(metric)
    elif edit.kind == "metric.value":
        metric.value = edit.new
    elif edit.kind == "metric.label":
        metric.label, metric.label_span = edit.new, None
    elif edit.kind == "metric.unit":
        metric.unit, metric.unit_span = edit.new, None


def revert(doc: Document, edit: Edit) -> None:
    kind = edit.kind
    if kind in TEXT_KINDS:
        _layer_revert(doc, edit)
    elif kind == "meta":
        old = edit.extra.get("field")
        doc.metadata.fields[edit.target] = MetaField(**old) if old else None
    elif kind == "metric.add":
        doc.metrics.remove(find_metric(doc, edit.target))
    elif kind == "metric.delete":
        doc.metrics.insert(edit.extra["index"], _metric_from(edit.old))
    elif kind in ("metric.value", "metric.label", "metric.unit"):
        metric = find_metric(doc, edit.target)
        attr = kind.split(".")[1]
        setattr(metric, attr, edit.old)
        if attr in ("label", "unit"):
            span = edit.extra.get("span")
            setattr(metric, f"{attr}_span", tuple(span) if span else None)
    elif kind == "node.add":
        _detach(doc, *edit.extra["to"])
    elif kind == "node.delete":
        _attach(doc, _node_from(edit.old), *edit.extra["from"])
    elif kind == "node.move":
        node = _detach(doc, *edit.new)
        _attach(doc, node, *edit.old)
        renumber.restore(doc, edit.extra.get("renumbered", {}))
    elif kind == "verify":
        (doc.verified.add if edit.old else doc.verified.discard)(edit.target)
    elif kind.startswith(("recipient.", "reference.")):
        revert_listed(doc, edit)
    else:
        raise EditError(f"không biết loại sửa {kind}")


def is_structural(edit: Edit) -> bool:
    """Edits that add, remove or move rows of the tree (the others change one row)."""
    return edit.kind in ("metric.add", "metric.delete", "node.add", "node.delete", "node.move",
                         "recipient.add", "recipient.delete", "reference.add", "reference.delete")


_START = operator.attrgetter("start")


def merge_layer(doc: Document, automatic: list[Correction], in_order: bool = False) -> int:
    """Add automatic corrections that arrived after the reviewer started: a word
    already corrected (by hand, or by a session) keeps its correction. Returns how many were added.
    `in_order`: the caller knows `automatic` is sorted by start (the window then does no pass over it)."""
    kept = doc.corrections
    if not kept:                                   # the usual case: nobody corrected anything yet
        # the analysis sends them in order already: checking their starts costs half the sort
        starts = [] if in_order else [c.start for c in automatic]
        doc.corrections = list(automatic) if starts == sorted(starts) else sorted(automatic, key=_START)
        return len(automatic)
    starts = [c.start for c in kept]
    merged, added = list(kept), 0
    for corr in automatic:
        i = bisect.bisect_right(starts, corr.start)
        clash = (i > 0 and kept[i - 1].end > corr.start) or (i < len(kept) and kept[i].start < corr.end)
        if not clash:
            merged.append(corr)
            added += 1
    merged.sort(key=_START)          # two sorted runs: timsort merges them in one pass
    doc.corrections = merged
    return added
