"""`Document.node_at` and `Document.section_at` for the many figures of one document:
the same answers, with each sibling list's starts read once instead of once per look-up,
and the last answer kept level by level for the offsets it holds for. Figures come in
text order, many to a section: the next one is most often in the same node, or under
the same parent, so only the levels below the last one still holding are read again."""
from __future__ import annotations

import bisect

from ..model import Document, OutlineNode


class OutlineLookup:
    def __init__(self, doc: Document):
        self.outline = doc.outline
        self._starts: dict[int, list[int]] = {}       # id of a sibling list -> the siblings' starts
        # the last look-up: its nodes and path hold for offsets from _lo up to (not including) _hi;
        # level by level, the chain's first d+1 nodes hold up to _his[d], with the path _paths[d]
        self._lo, self._hi = 0, -1
        self._chain: list[OutlineNode] = []
        self._his: list[float] = []
        self._paths: list[str | None] = []
        self._path: str | None = None

    def nodes_at(self, offset: int) -> list[OutlineNode]:
        """The outline nodes whose spans hold `offset`, from the top down."""
        if self._lo <= offset < self._hi:
            return self._chain
        keep = 0
        if offset >= self._lo:            # further on: the top levels may still hold
            his = self._his
            while keep < len(his) and offset < his[keep]:
                keep += 1
        # new lists: a chain handed out before stays as it was
        chain, his, paths = self._chain[:keep], self._his[:keep], self._paths[:keep]
        if keep:
            siblings, hi, path = chain[-1].children, his[-1], paths[-1]
        else:
            siblings, hi, path = self.outline, float("inf"), None
        while siblings:
            starts = self._starts.get(id(siblings))
            if starts is None:
                starts = self._starts[id(siblings)] = [n.start for n in siblings]
            i = bisect.bisect_right(starts, offset) - 1
            if i + 1 < len(starts):
                hi = min(hi, starts[i + 1])
            if i < 0 or not siblings[i].start <= offset < siblings[i].end:
                break
            node = siblings[i]
            hi = min(hi, node.end)
            path = node.path or path
            chain.append(node)
            his.append(hi)
            paths.append(path)
            siblings = node.children
        self._lo, self._hi = offset, hi
        self._chain, self._his, self._paths, self._path = chain, his, paths, path
        return chain

    def node_at(self, offset: int) -> OutlineNode | None:
        """The deepest outline node whose span holds `offset`."""
        chain = self.nodes_at(offset)
        return chain[-1] if chain else None

    def section_at(self, offset: int) -> str | None:
        """Path of the deepest *numbered* node holding `offset`."""
        self.nodes_at(offset)
        return self._path
