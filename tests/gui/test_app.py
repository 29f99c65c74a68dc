"""`baocao-review` with no file opens the bundled sample; the real engine's suggestions and learning store."""
from __future__ import annotations

from PySide6.QtCore import QTimer

from parser.correction.learning import LearningStore

from desktop import app as review_app
from desktop.services import Corrector


def test_with_no_file_the_bundled_sample_opens(qapp, qtbot):
    assert review_app.sample_path().is_file()
    shown = []

    def watch():
        window = review_app._windows[-1]
        qtbot.addWidget(window)
        window.document_shown.connect(lambda: (shown.append(window.model.doc), qapp.exit(0)))
    QTimer.singleShot(0, watch)
    QTimer.singleShot(30_000, lambda: qapp.exit(1))          # never hang the suite
    assert review_app.main(["baocao-review"]) == 0
    assert shown and shown[0].source.file.endswith("000_292fb10c7b6fa72d.txt")
    assert len(list(shown[0].nodes())) > 10 and shown[0].metrics


def test_confirmed_corrections_reach_the_learning_store(tmp_path):
    store = LearningStore(tmp_path / "learned.json")
    corrector = Corrector(store=store)
    corrector.confirm("tham mwu", "tham mưu")
    assert "tham mwu" in store
    text = "Cong tac tham mwu cho UBND tinh"
    start = text.index("mwu")
    ranked = corrector.suggest(text, start, start + 3)
    assert ranked and all(hasattr(s, "text") and hasattr(s, "score") for s in ranked)
