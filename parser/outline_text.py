"""The readable extraction printed by `baocao extract FILE` (without --json)."""
from __future__ import annotations

from .model import Document, OutlineNode, TextView
from .render import metadata_texts, node_title

_LABELS = {
    "parent_issuer": "Cơ quan chủ quản", "issuer": "Cơ quan ban hành", "number": "Số",
    "symbol": "Ký hiệu", "place": "Địa danh", "date": "Ngày", "doc_type": "Loại văn bản",
    "subject": "Trích yếu", "period": "Kỳ báo cáo", "signer_authority": "Thẩm quyền ký",
    "signer_title": "Chức vụ người ký", "signer_name": "Người ký",
}


def format_document(doc: Document, view: TextView) -> str:
    out = [f"# {doc.source.file}", ""]
    meta = metadata_texts(doc.metadata, view)
    width = max(len(v) for v in _LABELS.values())
    for key, label in _LABELS.items():
        out.append(f"{label:<{width}}  {meta.get(key) or '—'}")
    recipients = meta.get("recipients") or []
    out.append(f"{'Nơi nhận':<{width}}  {len(recipients)}")
    out.extend(f"  - {r}" for r in recipients)
    out += ["", "Dàn ý:"]
    for node in doc.outline:
        _node_lines(node, view, out, 1)
    counts = [(len(doc.metrics), "số liệu"), (len(doc.references), "văn bản dẫn chiếu"),
              (len(doc.checks), "phép kiểm tra")]
    if any(n for n, _ in counts):
        failed = sum(1 for c in doc.checks if not c.holds)
        line = ", ".join(f"{n} {label}" for n, label in counts)
        out += ["", line + (f" ({failed} không khớp)" if failed else "")]
    for w in doc.warnings:
        out.append(f"! {w}")
    return "\n".join(out) + "\n"


def _node_lines(node: OutlineNode, view: TextView, out: list[str], depth: int) -> None:
    indent = "  " * depth
    if node.path:
        mark = node.path + ("*" if node.inferred else "")
        out.append(f"{indent}{mark}  {node_title(node, view)}")
    else:
        symbol = "•" if node.kind == "bullet" else "¶"
        title = node_title(node, view)
        out.append(f"{indent}{symbol} {title[:70]}{'…' if len(title) > 70 else ''}")
    for w in node.warnings:
        out.append(f"{indent}  ! {w}")
    for child in node.children:
        _node_lines(child, view, out, depth + 1)
