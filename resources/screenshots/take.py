"""Render the review window on the bundled sample, offscreen, to main_window.png.

    QT_QPA_PLATFORM=offscreen python3 resources/screenshots/take.py     # from the project root

Uses a throw-away settings folder and data folder, so it never touches yours.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BAOCAO_DATA_DIR"] = tempfile.mkdtemp()

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop import app as review_app  # noqa: E402


def main() -> int:
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    app = QApplication(sys.argv)
    review_app.configure(app)
    window = review_app.open_window(str(review_app.sample_path()))

    def pose() -> None:
        doc = window.model.doc
        window.actions["corrected"].setChecked(True)      # show the corrected Vietnamese text
        figure = next((m for m in doc.metrics if m.section and len(m.label) > 20 and m.value >= 100), doc.metrics[0])
        window.select_key(figure.id)
        window.tree.scrollTo(window.tree.currentIndex(), window.tree.ScrollHint.PositionAtCenter)
        word = next((f for f in window.findings.findings if f.kind == "word"), None)
        if word is not None:
            window.correcting.show_suggestions(word.start)
        QTimer.singleShot(300, shoot)

    def shoot() -> None:
        window.grab().save(str(HERE / "main_window.png"))
        app.quit()

    window.ocr_ready.connect(lambda: QTimer.singleShot(300, pose))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
