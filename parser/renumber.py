"""Outline numbers after the reviewer restructures the tree.

When a node moves among its siblings or changes level, the lists it left and
joined are numbered again the way a clerk would number them: the numbered
siblings count 1, 2, 3 in their list's style (I, II / A, B / 1, 2 / 6.1, 6.2 /
a, b), a node joining a list takes its siblings' style and kind, and every
number and path below follows ("II.3.a" becomes "II.2.a" when II.3 moves up).
`renumber` returns what it overwrote, so an undo puts the printed numbers back.
"""
from __future__ import annotations

import re

from .model import Document, OutlineNode
from .outline import roman_value, to_roman

LETTERS = "abcdđeghiklmnopqrstuvxy"      # the Vietnamese order of lettered items
_PUNCT = re.compile(r"[^\w]*$")


def _key(node: OutlineNode) -> str:
    return f"node@{node.start}"


def _style(number: str) -> str:
    last = number.split(".")[-1]
    if last.isdigit():
        return "dotted" if "." in number else "arabic"
    if last.isupper() and roman_value(last) is not None:
        return "roman"
    if last.isupper():
        return "upper"
    return "lower"


def _is_arabic(number: str | None) -> bool:
    return bool(number) and all(p.isdigit() for p in number.split("."))


def _default_style(node: OutlineNode, parent_number: str | None) -> str:
    """The style of a node alone in its new list: a section under a part counts 1, 2;
    under a section, 1.1, 1.2; a part under a letter part counts I, II."""
    own = _style(node.number)
    if parent_number is None:
        return "roman" if own in ("arabic", "dotted") and node.kind == "part" else own
    parent = _style(parent_number)
    if parent == "upper":
        return "roman"
    if parent == "roman":
        return "arabic"
    if parent in ("arabic", "dotted"):
        return "dotted" if own in ("arabic", "dotted", "roman", "upper") else own
    return own if own != "roman" else "arabic"


def _format(style: str, k: int, parent_number: str | None) -> str:
    if style == "roman":
        return to_roman(k)
    if style == "upper":
        return chr(ord("A") + k - 1) if k <= 26 else str(k)
    if style == "lower":
        return LETTERS[k - 1] if k <= len(LETTERS) else str(k)
    if style == "dotted" and _is_arabic(parent_number):
        return f"{parent_number}.{k}"
    return str(k)


def _set_number(node: OutlineNode, number: str) -> None:
    if number == node.number:
        return
    if node.marker:                       # an inferred number was never printed: no marker to redo
        node.marker = number + _PUNCT.search(node.marker).group()
    node.number = number


def _chain(doc: Document, target: OutlineNode | None) -> list[OutlineNode]:
    """The numbered nodes above `target` and `target` itself, from the top."""
    if target is None:
        return []

    def down(nodes: list[OutlineNode], above: list[OutlineNode]) -> list[OutlineNode] | None:
        for n in nodes:
            here = above + [n] if n.number else above
            if n is target:
                return here
            found = down(n.children, here)     # moved nodes break text order: no pruning by offset
            if found is not None:
                return found
        return None

    return down(doc.outline, []) or []


def _path(node: OutlineNode, ancestors: list[OutlineNode]) -> str:
    """The parser's rule: the nearest numbered ancestor's path, skipping a section
    whose number the node's already carries ("6.1" under "6" is I.6.1, not I.6.6.1)."""
    for anc in reversed(ancestors):
        if not node.number.startswith(anc.number + "."):
            return f"{anc.path}.{node.number}" if anc.path else node.number
    return node.number


def _number_list(siblings: list[OutlineNode], parent_number: str | None, moved: OutlineNode,
                 joined: bool) -> None:
    numbered = [n for n in siblings if n.number]
    model = next((n for n in numbered if n is not moved), None)
    style = _style(model.number) if model is not None else (
        _default_style(moved, parent_number) if moved in numbered else None)
    if style is None:
        return
    if joined and model is not None and moved in numbered:
        moved.kind = model.kind
    if joined and model is None and moved in numbered and moved.kind == "part" and parent_number is not None:
        moved.kind = "section"
    for k, node in enumerate(numbered, 1):
        _set_number(node, _format(style, k, parent_number))
    if joined and model is not None and model.marker and moved in numbered and moved.marker:
        moved.marker = moved.number + _PUNCT.search(model.marker).group()     # "c)" among "a)", "b)"


def _follow(nodes: list[OutlineNode], ancestors: list[OutlineNode], old_numbers: dict[int, str]) -> None:
    """Numbers carrying their parent's ("6.1" under 6) and every path, all the way down."""
    for node in nodes:
        if node.number:
            parent = ancestors[-1] if ancestors else None
            if parent is not None and "." in node.number:
                old_prefix = old_numbers.get(id(parent), parent.number)
                if old_prefix != parent.number and node.number.startswith(old_prefix + "."):
                    rest = node.number[len(old_prefix) + 1:]
                    _set_number(node, f"{parent.number}.{rest}" if _is_arabic(parent.number) else rest)
            node.path = _path(node, ancestors)
        _follow(node.children, ancestors + [node] if node.number else ancestors, old_numbers)


def renumber(doc: Document, parents: list[OutlineNode | None], moved: OutlineNode, joined: bool) -> dict:
    """Number again the children of `parents` (None: the top level) after `moved`
    went there; `joined`: it changed lists. Returns the previous numbers to `restore`."""
    lists = []
    for parent in parents:
        if not any(parent is p for p, _ in lists):
            lists.append((parent, parent.children if parent is not None else doc.outline))
    lists.sort(key=lambda pl: -1 if pl[0] is None else pl[0].level)
    before = {id(n): n for _, siblings in lists for top in siblings for n in top.walk()}
    saved_nodes = {i: [_key(n), n.kind, n.number, n.path, n.marker] for i, n in before.items()}
    old_numbers = {i: n.number for i, n in before.items()}
    old_paths = {i: n.path for i, n in before.items()}
    for parent, siblings in lists:
        chain = _chain(doc, parent)
        _number_list(siblings, chain[-1].number if chain else None, moved, joined)
        _follow(siblings, chain, old_numbers)
    moved_paths = {old_paths[i]: n.path for i, n in before.items() if old_paths[i] and old_paths[i] != n.path}
    saved_metrics = [[m.id, m.section] for m in doc.metrics if m.section in moved_paths]
    saved_checks = [[i, c.section] for i, c in enumerate(doc.checks) if c.section in moved_paths]
    for m in doc.metrics:
        m.section = moved_paths.get(m.section, m.section)
    for c in doc.checks:
        c.section = moved_paths.get(c.section, c.section)
    changed = [s for i, s in saved_nodes.items()
               if [before[i].kind, before[i].number, before[i].path, before[i].marker] != s[1:]]
    return {"nodes": changed, "metrics": saved_metrics, "checks": saved_checks}


def restore(doc: Document, saved: dict) -> None:
    """Put back what `renumber` overwrote."""
    by_key = {_key(n): n for n in doc.nodes()}
    for key, kind, number, path, marker in saved.get("nodes", []):
        node = by_key.get(key)
        if node is not None:
            node.kind, node.number, node.path, node.marker = kind, number, path, marker
    sections = dict((mid, section) for mid, section in saved.get("metrics", []))
    for m in doc.metrics:
        if m.id in sections:
            m.section = sections[m.id]
    for i, section in saved.get("checks", []):
        if i < len(doc.checks):
            doc.checks[i].section = section
