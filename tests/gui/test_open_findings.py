"""A report opened through the analysis process: the word findings it worked out there,
the counts the worker made and the one-walk status bar give what the window would
compute itself, before and after the reviewer corrects a word."""
from __future__ import annotations

from pathlib import Path

from parser import review
from parser.findings import findings

from desktop import workers
from handmade import TEXT


def _same_as_computed_here(window) -> bool:
    shown = window.findings.findings
    return shown == findings(window.model.doc, window.suspicions)


def test_findings_and_counts_from_the_process_match_the_window_s_own(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "SMALL_REPORT", 0)        # through the analysis process
    path = Path(tmp_path) / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    with qtbot.waitSignal(window.ocr_ready, timeout=60_000):
        window.load(str(path))
    doc = window.model.doc
    assert window.word_findings is not None and window.word_findings[0] is doc.corrections   # the shortcut is taken
    qtbot.waitUntil(lambda: any(f.kind == "word" for f in window.findings.findings), timeout=10_000)
    assert _same_as_computed_here(window)
    words = [f.subject for f in window.findings.findings if f.kind == "word"]
    assert "buu" in words and "vyc" not in words            # corrected automatically: no finding
    summary = window.findings.summary.text()
    assert f"{len(words)} từ nghi ngờ" in summary
    done, total = review.progress(doc)
    assert window.progress_label.text() == f"đã duyệt {done}/{total}"
    assert f"{sum(1 for _ in doc.nodes())} mục" in window.counts_label.text()

    buu = next(f for f in window.findings.findings if f.subject == "buu")
    window.push_edit(review.correct_word(doc, buu.start, buu.end, "bưu", how="typed"))
    qtbot.waitUntil(lambda: all(f.subject != "buu" for f in window.findings.findings), timeout=10_000)
    assert _same_as_computed_here(window)                   # the edited layer: worked out again

    node = next(doc.nodes())
    window.push_edit(review.verify(doc, review.node_key(node), True))
    done, total = review.progress(doc)
    assert done >= 1 and window.progress_label.text() == f"đã duyệt {done}/{total}"   # recounted after the edit
