"""Test doubles for the window: a scripted correction engine and scripted dialogs.

A module of its own (not conftest) because the corrector is pickled to the analysis
process, which must import it by a name no other conftest.py shadows."""
from __future__ import annotations

import dataclasses

import regex

from parser.model import Correction

FIXES = {"vyc": "vực", "buu": "bưu", "chinh": "chính", "Tong": "Tổng"}


@dataclasses.dataclass
class Suspicion:
    start: int
    end: int
    word: str
    score: float


@dataclasses.dataclass
class Suggestion:
    text: str
    score: float
    source: str = "auto"


class ScriptedCorrector:
    """A stand-in for the correction engine whose answers a test can predict."""

    def __init__(self):
        self.confirmed: list[tuple[str, str]] = []

    def _words(self, text):
        return [m for m in regex.finditer(r"\p{L}+", text) if m.group() in FIXES]

    def correct_document(self, text):
        return [Correction(m.start(), m.end(), m.group(), FIXES[m.group()]) for m in self._words(text)
                if m.group() != "buu"]         # "buu" is left for the reviewer

    def suspicious_words(self, text):
        return [Suspicion(m.start(), m.end(), m.group(), 0.9) for m in self._words(text)]

    def suggest(self, text, start, end, k=5):
        word = text[start:end]
        ranked = [FIXES[word]] if word in FIXES else []
        ranked += [f"{word}{n}" for n in range(1, 5)]
        return [Suggestion(t, 1.0 - n / 10) for n, t in enumerate(ranked[:k])]

    def confirm(self, old, new):
        self.confirmed.append((old, new))


class ScriptedPrompter:
    """Answers every question the window asks from attributes a test sets."""

    def __init__(self):
        self.open_answer = None
        self.save_answer = None
        self.unsaved_answer = "discard"
        self.recover_answer = True
        self.source_changed_answer = True
        self.dialog_script = lambda dialog: True
        self.text_answer = None
        self.asked: list[tuple] = []

    def open_file(self, folder):
        self.asked.append(("open", folder))
        return self.open_answer

    def save_file(self, suggested, filter_, title):
        self.asked.append(("save", suggested))
        return self.save_answer

    def unsaved(self, name):
        self.asked.append(("unsaved", name))
        return self.unsaved_answer

    def recover(self, description):
        self.asked.append(("recover", description))
        return self.recover_answer

    def source_changed(self, name, problems):
        self.asked.append(("source_changed", name, list(problems)))
        return self.source_changed_answer

    def run_dialog(self, dialog):
        self.asked.append(("dialog", dialog.windowTitle()))
        return self.dialog_script(dialog)

    def text(self, title, label, current):
        self.asked.append(("text", current))
        return self.text_answer

    def error(self, title, message):
        self.asked.append(("error", title, message))

    def info(self, title, message):
        self.asked.append(("info", title, message))
