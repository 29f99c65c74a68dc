"""Vietnamese OCR correction: restore diacritics, undo OCR confusions, rank suggestions, learn.

    correct_document(text, store=None) -> list[Correction]   sorted, non-overlapping, one word each
    suspicious_words(text) -> list[Suspicion]                  how likely each word is misread
    suggest(text, start, end, k=5, store=None) -> list[Suggestion]   ranked readings of one word

`store` is a learning.LearningStore; None means the user's default store
(learning.default_store()), whose confirmed corrections are applied with
source "learned" and ranked first among suggestions.
"""
from __future__ import annotations

from ..model import Correction
from .engine import Suggestion, Suspicion, engine
from .learning import LearningStore, default_store

__all__ = ["correct_document", "suspicious_words", "suggest", "Suggestion", "Suspicion", "LearningStore",
           "default_store"]


def _store(store: LearningStore | None) -> LearningStore:
    return store if store is not None else default_store()


def correct_document(text: str, store: LearningStore | None = None) -> list[Correction]:
    """Automatic corrections of `text` (only changed words; never across a line break)."""
    return engine().correct(text, _store(store))


def suspicious_words(text: str) -> list[Suspicion]:
    """Every Vietnamese word of `text` with a 0..1 score of how likely the OCR misread it."""
    return engine().suspicious(text)


def suggest(text: str, start: int, end: int, k: int = 5, store: LearningStore | None = None) -> list[Suggestion]:
    """Up to `k` readings of text[start:end], best first; learned corrections come first."""
    return engine().suggest(text, start, end, k, _store(store))
