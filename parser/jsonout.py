"""The `baocao extract --json` shape of `../shared/CONTRACT.md` (schema baocao.extraction/1)."""
from __future__ import annotations

from .model import Document, Metric, OutlineNode, RawView, TextView
from .render import metadata_texts, metric_label, metric_unit, node_title, own_text_end, reference_issuer

SCHEMA = "baocao.extraction/1"


def node_json(node: OutlineNode, view: TextView) -> dict:
    # "text" is the node's own text (heading and body up to its first child), so a
    # part does not repeat every section below it; start/end still cover it all.
    return {
        "path": node.path,
        "number": node.number,
        "kind": node.kind,
        "title": node_title(node, view),
        "text": view.render(node.start, own_text_end(node)),
        "line": node.line,
        "start": node.start,
        "end": node.end,
        "inferred": node.inferred,
        **({"warnings": list(node.warnings)} if node.warnings else {}),
        "children": [node_json(c, view) for c in node.children],
    }


def metric_json(m: Metric, view: TextView) -> dict:
    return {
        "id": m.id, "section": m.section, "label": metric_label(m, view), "value": m.value,
        "unit": metric_unit(m, view),
        "text": m.text, "line": m.line, "start": m.start, "end": m.end,
        "parent": m.parent, "confidence": round(m.confidence, 3),
        **({"flags": list(m.flags)} if m.flags else {}),
    }


def document_json(doc: Document, view: TextView | None = None) -> dict:
    view = view or RawView(doc.text)
    metadata = metadata_texts(doc.metadata, view)
    return {
        "schema": SCHEMA,
        "source": {
            "file": doc.source.file, "sha256": doc.source.sha256,
            "encoding": doc.source.encoding, "lines": doc.source.lines,
        },
        "metadata": metadata,
        "outline": [node_json(n, view) for n in doc.outline],
        "metrics": [metric_json(m, view) for m in doc.metrics],
        "references": [
            {
                "type": r.type, "number": r.number, "date": r.date,
                "issuer": reference_issuer(r, view),
                "line": r.line, "start": r.start, "end": r.end,
            }
            for r in doc.references
        ],
        "checks": [check_json(c) for c in doc.checks],
        "warnings": list(doc.warnings),
    }


def check_json(c) -> dict:
    out = {"kind": c.kind}
    if c.kind == "ratio":
        out.update(percent=c.percent, part=c.part, whole=c.whole)
    else:
        out.update(total=c.total, parts=list(c.parts))
    out.update(holds=c.holds, metrics=list(c.metrics), message=c.message, section=c.section)
    if c.suspect:
        out["suspect"] = c.suspect
    return out
