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


def test_the_real_engine_end_to_end_on_the_sample(qtbot, prompts, tmp_path):
    """Open the sample with the real correction engine, take a suggestion for a suspicious word."""
    from desktop.main_window import MainWindow

    store = LearningStore(tmp_path / "learned.json")
    window = MainWindow(corrector=Corrector(store=store), prompter=prompts)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ocr_ready, timeout=120_000):
        window.load(str(review_app.sample_path()))
    doc = window.model.doc
    assert doc.corrections and all(c.source in ("auto", "learned", "structure") for c in doc.corrections)
    # the outline's certain fixes are in the layer too: part "I1." reads "II"
    assert any(c.source == "structure" and c.new == "II" for c in doc.corrections)
    qtbot.waitUntil(lambda: any(f.kind == "word" for f in window.findings.findings), timeout=30_000)
    word = next(f for f in window.findings.findings if f.kind == "word")
    window.go_to_finding(word)
    first = window.suggestions.suggestion(0)
    assert first
    window.correcting.take_suggestion(0)
    taken = [c for c in doc.corrections if c.source == "user"]
    assert [(c.start, c.old, c.new) for c in taken] == [(word.start, word.subject, first)]
    assert word.subject in store
    window.stack.setClean()
