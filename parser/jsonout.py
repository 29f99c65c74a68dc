"""The `baocao extract --json` shape of `../shared/CONTRACT.md` (schema baocao.extraction/1)."""
from __future__ import annotations

import re

from .model import Document, Metric, OutlineNode, RawView, TextView

SCHEMA = "baocao.extraction/1"

# a title ends at the first colon or full stop that closes a clause
_TITLE_TRIM = re.compile(r"[\s:;,.\-–]+$")


def clean_title(text: str) -> str:
    return _TITLE_TRIM.sub("", text.strip())


def own_text_end(node: OutlineNode) -> int:
    """Where the node's own text stops: its first child, or its end."""
    return node.children[0].start if node.children else node.end


def node_json(node: OutlineNode, view: TextView) -> dict:
    # "text" is the node's own text (heading and body up to its first child), so a
    # part does not repeat every section below it; start/end still cover it all.
    return {
        "path": node.path,
        "number": node.number,
        "kind": node.kind,
        "title": clean_title(view.render(node.title_start, node.title_end)),
        "text": view.render(node.start, own_text_end(node)),
        "line": node.line,
        "start": node.start,
        "end": node.end,
        "inferred": node.inferred,
        **({"warnings": list(node.warnings)} if node.warnings else {}),
        "children": [node_json(c, view) for c in node.children],
    }


def metric_json(m: Metric, view: TextView) -> dict:
    label = view.render(*m.label_span) if m.label_span and not isinstance(view, RawView) else m.label
    unit = view.render(*m.unit_span) if m.unit_span and not isinstance(view, RawView) else m.unit
    return {
        "id": m.id, "section": m.section, "label": label, "value": m.value, "unit": unit,
        "text": m.text, "line": m.line, "start": m.start, "end": m.end,
        "parent": m.parent, "confidence": round(m.confidence, 3),
        **({"flags": list(m.flags)} if m.flags else {}),
    }


def document_json(doc: Document, view: TextView | None = None) -> dict:
    view = view or RawView(doc.text)
    md = doc.metadata
    metadata = {name: (f.text(view) if f else None) for name, f in md.fields.items()}
    metadata["recipients"] = [r.text(view) for r in md.recipients]
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
                "issuer": view.render(*r.issuer_span) if r.issuer_span and not isinstance(view, RawView) else r.issuer,
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
