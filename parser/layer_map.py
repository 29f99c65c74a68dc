"""Offsets between the raw text and the text with its correction layer applied."""
from __future__ import annotations

import bisect

from .model import Document


class LayerMap:
    """The text with the correction layer applied, and offsets mapped both ways
    (a click in the corrected text still selects the right raw span)."""

    def __init__(self, doc: Document):
        parts, pos = [], 0
        self._raw, self._shown, self._deltas = [], [], []
        delta = 0
        for c in doc.corrections:
            if c.start < pos:
                continue
            parts.append(doc.text[pos:c.start])
            self._raw.append(c.start)
            self._shown.append(c.start + delta)
            parts.append(c.new)
            delta += len(c.new) - (c.end - c.start)
            self._deltas.append((c.end, delta, len(c.new)))
            pos = c.end
        parts.append(doc.text[pos:])
        self.text = "".join(parts)

    def to_shown(self, offset: int) -> int:
        i = bisect.bisect_right(self._raw, offset) - 1
        if i < 0:
            return offset
        raw_end, delta, new_len = self._deltas[i]
        if offset < raw_end:                       # inside a corrected word
            return self._shown[i] + min(offset - self._raw[i], new_len)
        return offset + delta

    def to_raw(self, offset: int) -> int:
        i = bisect.bisect_right(self._shown, offset) - 1
        if i < 0:
            return offset
        raw_end, delta, new_len = self._deltas[i]
        if offset < self._shown[i] + new_len:
            return self._raw[i] + min(offset - self._shown[i], raw_end - self._raw[i] - 1)
        return offset - delta
