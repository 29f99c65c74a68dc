"""OCR correction from the window: ranked suggestions for the word under the cursor
(Enter takes the first, 1-5 pick one), fix-all of identical errors as one undo step,
the raw/corrected toggle; every confirmed correction feeds the learning store."""
from __future__ import annotations

from PySide6.QtCore import QObject

from parser import review

from .commands import push_fix_all
from .fix_all_dialog import FixAllDialog


class Ranked:
    """A suggestion-shaped record for the correction already in the layer."""

    def __init__(self, text: str, score: float, source: str):
        self.text, self.score, self.source = text, score, source


class CorrectionController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self._word: tuple[int, int, str] | None = None      # (start, end, as printed) under the cursor

    def show_suggestions(self, offset: int) -> None:
        doc = self.w.model.doc
        span = review.word_at(doc.text, offset) if doc else None
        if span is None:
            self._word = None
            self.w.suggestions.show_word(None, [])
            return
        if self._word and self._word[:2] == span:
            return
        start, end = span
        self._word = (start, end, doc.text[start:end])
        ranked = list(self.w.corrector.suggest(doc.text, start, end, 5))
        layer = next((c for c in doc.corrections if c.start == start and c.end == end), None)
        if layer and all(s.text != layer.new for s in ranked):
            ranked.insert(0, Ranked(layer.new, layer.confidence, layer.source))
        self.w.suggestions.show_word(self._word, ranked)

    def take_suggestion(self, n: int) -> None:
        text = self.w.suggestions.suggestion(n)
        if text is None:
            self.w.statusBar().showMessage(self.tr("Không có gợi ý số {n} cho từ này.").format(n=n + 1), 5000)
            return
        self._take_text(text)

    def _take_text(self, new: str) -> None:
        if self._word is None or self.w.model.doc is None:
            return
        start, end, old = self._word
        self.w.push_edit(review.correct_word(self.w.model.doc, start, end, new, how="suggestion"))
        self.w.corrector.confirm(old, new)
        self._next_suspicious(end)

    def _next_suspicious(self, after: int) -> None:
        """Enter confirms and moves on: the cursor goes to the next open suspicious word."""
        for finding in self.w.findings.findings:
            if finding.kind == "word" and finding.start >= after:
                self.w.raw.move_to(finding.start)
                self._word = None
                self.show_suggestions(finding.start)
                return

    def fix_all(self, new: str | None = None) -> None:
        if self._word is None or self.w.model.doc is None:
            self.w.statusBar().showMessage(self.tr("Đặt con trỏ vào từ cần sửa trước."), 5000)
            return
        start, end, old = self._word
        new = new or self.w.suggestions.suggestion(0) or old
        occurrences = review.find_identical(self.w.model.doc, start, end)
        dialog = FixAllDialog(old, new, occurrences, self.w)
        if not self.w.prompts.run_dialog(dialog):
            return
        chosen, replacement = dialog.chosen(), dialog.new_text()
        if not chosen or not replacement:
            return
        push_fix_all(self.w.stack, self.w.model, review.fix_all(self.w.model.doc, chosen, replacement), old, replacement)
        self.w.corrector.confirm(old, replacement)
        self.w.statusBar().showMessage(self.tr("Đã sửa {count} chỗ «{old}» → «{new}»").format(
            count=len(chosen), old=old, new=replacement), 8000)

    def show_corrected(self, corrected: bool) -> None:
        self.w.model.set_corrected(corrected)
        self.w.raw.set_corrected(corrected)
