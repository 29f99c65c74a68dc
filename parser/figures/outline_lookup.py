"""`Document.node_at` and `Document.section_at` for the many figures of one document:
the same answers, with each sibling list's starts read once instead of once per look-up."""
from __future__ import annotations

import bisect

from ..model import Document, OutlineNode


class OutlineLookup:
    def __init__(self, doc: Document):
        self.outline = doc.outline
        self._starts: dict[int, list[int]] = {}       # id of a sibling list -> the siblings' starts

    def nodes_at(self, offset: int) -> list[OutlineNode]:
        """The outline nodes whose spans hold `offset`, from the top down."""
        chain = []
        siblings = self.outline
        while siblings:
            starts = self._starts.get(id(siblings))
            if starts is None:
                starts = self._starts[id(siblings)] = [n.start for n in siblings]
            i = bisect.bisect_right(starts, offset) - 1
            if i < 0 or not siblings[i].start <= offset < siblings[i].end:
                break
            chain.append(siblings[i])
            siblings = siblings[i].children
        return chain

    def node_at(self, offset: int) -> OutlineNode | None:
        """The deepest outline node whose span holds `offset`."""
        chain = self.nodes_at(offset)
        return chain[-1] if chain else None

    def section_at(self, offset: int) -> str | None:
        """Path of the deepest *numbered* node holding `offset`."""
        path = None
        for node in self.nodes_at(offset):
            path = node.path or path
        return path
