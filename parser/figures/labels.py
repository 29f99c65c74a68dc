"""Short labels saying what a figure counts: its noun and what qualifies it, the
phrase leading to it ("tổng số người dùng trên hệ thống"), or, for a percentage,
the count it is the share of."""
from __future__ import annotations

import re

from ..model import squash
from .finder import Figure
from .outline_lookup import OutlineLookup
from .scanner import Scanner
from .words import PUNCT, read_words

_PHRASE_END = re.compile(r"[,;:()“”\"]|\.\s|\.$|\n\s*\n")
# words that link a phrase to its figure ("... là 6.767", "... đạt 98%"); OCR digits for "là"
_LINK_WORDS = {"la", "dat", "len", "gom", "co", "tong", "so", "khoang", "voi", "cua", "tren", "cho", "duoc"}
_LABEL_WORDS = 12     # a label after the figure keeps the first dozen words
_STRIP = " ,;:-–("


class Labeller:
    """Short labels saying what a figure counts."""

    def __init__(self, scanner: Scanner, figs: list[Figure], outline: OutlineLookup):
        self.s = scanner
        self.figs = figs
        self.outline = outline
        self.labels: list[tuple[str, tuple[int, int] | None]] = []

    def run(self) -> list[tuple[str, tuple[int, int] | None]]:
        for i, f in enumerate(self.figs):
            self.labels.append(self._label(i, f))
        return self.labels

    def _label(self, i: int, f: Figure) -> tuple[str, tuple[int, int] | None]:
        if f.kind == "percent":
            return self._percent_label(i, f)
        if f.unit_span and f.unit_span[0] >= f.end:
            return self._after(f)
        if f.parent is not None and f.parent < i:
            # a part with no noun of its own: "(9.651 trực tiếp, ...)" -> "<total's label> – trực tiếp"
            # (a total printed after its parts, "… tổng cộng 10.324", has no label yet)
            own = self._phrase_after(f.end)
            if own:
                return f"{self.labels[f.parent][0]} – {own}", None
        return self._before(f.start)

    def _phrase_after(self, pos: int) -> str:
        text = self.s.text
        stop = _PHRASE_END.search(text, pos, min(len(text), pos + 60))
        return squash(text[pos:stop.start() if stop else pos]).strip(" ,;:-–(")

    def _after(self, f: Figure) -> tuple[str, tuple[int, int] | None]:
        """The noun and what qualifies it, to the end of the phrase: "Giấy chứng nhận trò chơi điện tử"."""
        text = self.s.text
        start, unit_end = f.unit_span
        reach = min(len(text), start + 100)
        stop = _PHRASE_END.search(text, unit_end, reach)
        end = stop.start() if stop else text.rfind(" ", start, reach)
        end = max(end, unit_end)
        words = text[start:end].split()
        if len(words) > _LABEL_WORDS:   # keep it short: the first dozen words
            last = words[_LABEL_WORDS - 1]
            end = start + text[start:end].find(last) + len(last)
            return squash(text[start:end]).strip(_STRIP), (start, end)
        return " ".join(words).strip(_STRIP), (start, end)

    def _before(self, pos: int) -> tuple[str, tuple[int, int]]:
        """The phrase leading to the figure: "tổng số người dùng trên hệ thống (là)"."""
        text = self.s.text
        lo = max(self.s.sentence_start(pos), pos - 120)
        node = self.outline.node_at(pos)
        if node is not None and node.path and node.title_end <= pos:
            lo = max(lo, node.title_end)                  # not back into the heading
        ws = read_words(text, lo, 40, pos - lo)
        keys = ws.keys
        first, last = 0, len(keys)          # the words kept: first to last (exclusive)
        if lo > 0 and keys and ws.starts[0] == lo and not text[lo - 1].isspace():
            first = 1                                    # cut through a word
        totals = [k for k in range(first, last) if keys[k] == "tong"]
        cuts = [k + 1 for k in range(first, last) if keys[k] in ("(", ";", ":")]
        while last > first and (keys[last - 1] in _LINK_WORDS or keys[last - 1] in PUNCT
                                or keys[last - 1][:1].isdigit() or not keys[last - 1]):
            last -= 1
        if totals and totals[-1] < last:
            first, last = totals[-1], min(last, totals[-1] + 24)   # "tổng số ... là 6.767"
        else:
            cuts = [c for c in cuts if c < last]
            if cuts:
                first = cuts[-1]
        kept = list(range(first, last))
        if kept and keys[first] == "(":
            kept = [k for k in kept if keys[k] not in ("(", ")")]
        kept = kept[-24:]
        if not kept:
            return "", (pos, pos)
        start, end = ws.starts[kept[0]], ws.end(kept[-1])
        return squash(text[start:end]).strip(_STRIP), (start, end)

    def _percent_label(self, i: int, f: Figure) -> tuple[str, tuple[int, int] | None]:
        """"Tỷ lệ" of the count printed just before it, else the phrase before it."""
        if i > 0:
            g = self.figs[i - 1]
            if g.kind == "count" and f.start - g.end <= 45 and g.sentence == f.sentence:
                return "Tỷ lệ: " + self.labels[i - 1][0], None
        return self._before(f.start)
