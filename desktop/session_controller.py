"""Saving and reopening a review: the session file (Ctrl+S), the recovery copy
written every 30 s while there are unsaved changes, and its removal once the
work is safely saved or deliberately discarded."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from parser import session as sessions
from parser.errors import UserError

AUTOSAVE_MS = 30_000


def data_dir() -> Path:
    """The per-user data folder: BAOCAO_DATA_DIR when set (tests, portable installs), else Qt's app data dir."""
    chosen = os.environ.get("BAOCAO_DATA_DIR") or QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    return Path(chosen)


class SessionController(QObject):
    saved = Signal(str)                # the session file just written
    autosaved = Signal(str)            # the recovery copy just written
    failed = Signal(str)               # a write that did not happen, and why

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.path: str | None = None      # the session file this review belongs to
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()

    # ------------------------------------------------------------ the review
    def current(self) -> sessions.Session | None:
        doc = self.window.model.doc
        return sessions.session_of(doc, self.window.model.history, self.path) if doc else None

    def suggested_path(self) -> str:
        doc = self.window.model.doc
        if self.path:
            return self.path
        source = Path(doc.source.path) if doc and doc.source.path else Path(doc.source.file if doc else "baocao")
        return str(source.with_name(source.name.rsplit(".", 1)[0] + sessions.SUFFIX))

    def save(self, path: str) -> bool:
        """Write the session; on failure the review stays marked unsaved."""
        if not path.endswith(sessions.SUFFIX):
            path = path.rsplit(".json", 1)[0] + sessions.SUFFIX if path.endswith(".json") else path + sessions.SUFFIX
        try:
            sessions.save_session(path, self.current())
        except UserError as exc:
            self.failed.emit(str(exc))
            return False
        self.path = path
        self.window.stack.setClean()
        self.clear_recovery()
        self.saved.emit(path)
        return True

    # ------------------------------------------------------------ recovery
    def recovery_file(self) -> Path | None:
        doc = self.window.model.doc
        if doc is None:
            return None
        return sessions.recovery_path(data_dir(), doc.source.sha256, doc.source.path)

    def autosave(self) -> bool:
        """Keep a recovery copy of unsaved work (nothing to do when all is saved)."""
        target = self.recovery_file()
        if target is None or self.window.stack.isClean():
            return False
        try:
            sessions.save_session(target, self.current())
        except UserError as exc:
            self.failed.emit(str(exc))
            return False
        self.autosaved.emit(str(target))
        return True

    def clear_recovery(self) -> None:
        target = self.recovery_file()
        if target is not None:
            target.unlink(missing_ok=True)

    @staticmethod
    def pending() -> list[tuple[Path, sessions.Session]]:
        return sessions.pending_recoveries(data_dir())
