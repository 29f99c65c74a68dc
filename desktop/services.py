"""The OCR-correction engine as the window uses it, in one place so a test can
hand the window another engine (the window never needs to know which)."""
from __future__ import annotations

from parser.model import Correction


class Corrector:
    """Automatic corrections, suspicious words, ranked suggestions, and the
    learning store that remembers what a reviewer confirmed."""

    def __init__(self, store=None):
        self._store = store

    def __getstate__(self) -> dict:
        """Pickled for the analysis process with its store, loaded here: the process's own
        environment may name another data folder, and it must see what was confirmed so far."""
        return {"_store": self.store}

    @property
    def store(self):
        if self._store is None:
            from parser.correction.learning import default_store

            self._store = default_store()
        return self._store

    def correct_document(self, text: str) -> list[Correction]:
        from parser.correction import correct_document

        return correct_document(text, store=self.store)

    def suspicious_words(self, text: str) -> list:
        from parser.correction import suspicious_words

        return suspicious_words(text)

    def suggest(self, text: str, start: int, end: int, k: int = 5) -> list:
        from parser.correction import suggest

        return suggest(text, start, end, k=k, store=self.store)

    def confirm(self, old: str, new: str) -> None:
        self.store.confirm(old, new)
