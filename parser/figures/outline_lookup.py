"""`Document.node_at` and `Document.section_at` for the many figures of one document:
the same answers, with each sibling list's starts read once instead of once per look-up,
and the last answer kept for the offsets it holds for (figures come in text order, many
to a section)."""
from __future__ import annotations

import bisect

from ..model import Document, OutlineNode


class OutlineLookup:
    def __init__(self, doc: Document):
        self.outline = doc.outline
        self._starts: dict[int, list[int]] = {}       # id of a sibling list -> the siblings' starts
        # the last look-up: its nodes and path hold for offsets from _lo up to (not including) _hi
        self._lo, self._hi = 0, -1
        self._chain: list[OutlineNode] = []
        self._path: str | None = None

    def nodes_at(self, offset: int) -> list[OutlineNode]:
        """The outline nodes whose spans hold `offset`, from the top down."""
        if self._lo <= offset < self._hi:
            return self._chain
        chain = []
        hi = float("inf")       # where the answer may change: a node's end, or the next sibling's start
        siblings = self.outline
        while siblings:
            starts = self._starts.get(id(siblings))
            if starts is None:
                starts = self._starts[id(siblings)] = [n.start for n in siblings]
            i = bisect.bisect_right(starts, offset) - 1
            if i + 1 < len(starts):
                hi = min(hi, starts[i + 1])
            if i < 0 or not siblings[i].start <= offset < siblings[i].end:
                break
            chain.append(siblings[i])
            hi = min(hi, siblings[i].end)
            siblings = siblings[i].children
        path = None
        for node in chain:
            path = node.path or path
        self._lo, self._hi, self._chain, self._path = offset, hi, chain, path
        return chain

    def node_at(self, offset: int) -> OutlineNode | None:
        """The deepest outline node whose span holds `offset`."""
        chain = self.nodes_at(offset)
        return chain[-1] if chain else None

    def section_at(self, offset: int) -> str | None:
        """Path of the deepest *numbered* node holding `offset`."""
        self.nodes_at(offset)
        return self._path
