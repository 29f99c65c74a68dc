"""How extracted fields read through a view: the one place the JSON, the Excel
export and the desktop agree on which span of a field a correction may change.

A figure's label and unit, and a reference's issuer, keep the text the
extractor cleaned up when shown as printed; through a corrected view they are
re-rendered from their spans so the corrections show.
"""
from __future__ import annotations

import re

from .model import Metadata, Metric, OutlineNode, RawView, Reference, TextView

# a title ends at the first colon or full stop that closes a clause
_TITLE_TRIM = re.compile(r"[\s:;,.\-–]+$")


def clean_title(text: str) -> str:
    return _TITLE_TRIM.sub("", text.strip())


def _through(view: TextView, span: tuple[int, int] | None, printed):
    return view.render(*span) if span and not isinstance(view, RawView) else printed


def node_title(node: OutlineNode, view: TextView) -> str:
    return clean_title(view.render(node.title_start, node.title_end))


def own_text_end(node: OutlineNode) -> int:
    """Where the node's own text stops: its first child, or its end."""
    return node.children[0].start if node.children else node.end


def node_text(node: OutlineNode, view: TextView) -> str:
    """The node's own text (heading and body up to its first child), so a part
    does not repeat every section below it."""
    return view.render(node.start, own_text_end(node))


def metric_label(m: Metric, view: TextView) -> str:
    return _through(view, m.label_span, m.label)


def metric_unit(m: Metric, view: TextView) -> str | None:
    return _through(view, m.unit_span, m.unit)


def reference_issuer(r: Reference, view: TextView) -> str | None:
    return _through(view, r.issuer_span, r.issuer)


# a name cited without a number ends at the clause, or with the year that closes a law's
# name: "Luật thủy sản năm 2017 và các quy định …", "Luật phòng, chống tác hại của thuốc lá; …"
_NAME_END = re.compile(r"(?<=\bn[aă]m\s\d{4})|;|:|\.(?!\d)|\(|\n[ \t]*\n|$", re.IGNORECASE)
_NAME_WORDS = 12


def reference_title(r: Reference, text: str, view: TextView) -> str:
    """How a cited document reads in a list: its type and number, or, for one cited by
    name only ("Luật thủy sản năm 2017"), the name as printed up to the end of its clause."""
    if r.number:
        return f"{r.type} {r.number}"
    end = r.end
    if len(text[r.start:r.end].split()) == 1:          # only the type word was read
        stop = _NAME_END.search(text, r.end, min(len(text), r.end + 200)).start()
        words = text[r.end:stop].split()[:_NAME_WORDS]
        if words:
            end = text.index(words[-1], r.end) + len(words[-1])
    name = " ".join(view.render(r.start, end).split())
    return clean_title(name) or r.type


def metadata_texts(md: Metadata, view: TextView) -> dict:
    """Every metadata field as text (None when missing), recipients as a list."""
    out = {name: (f.text(view) if f else None) for name, f in md.fields.items()}
    out["recipients"] = [r.text(view) for r in md.recipients]
    return out
