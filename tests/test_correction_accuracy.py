"""Accuracy of the automatic correction, measured like tools/score.py (text.corrected_accuracy).

The sample report's real OCR pairs are part of what the channel model learns from,
so the sample score is partly in-sample; the held-out report (resources/lang/heldout,
never read by the build) degraded by the synthetic OCR is text the engine never saw.
"""
import difflib
import unicodedata
from importlib import resources
from pathlib import Path

import pytest

from parser.correction import correct_document, suggest
from parser.correction.degrade import degrade_text
from parser.correction.learning import LearningStore
from parser.model import apply_corrections

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_292fb10c7b6fa72d.txt"
STRIP = ",;:.()\"'“”!?"


def token_accuracy(lines, gold_lines) -> float:
    """Share of gold words matched in order, case-insensitive, line by line (as tools/score.py)."""
    right = total = 0
    for i, gl in enumerate(gold_lines):
        gt = unicodedata.normalize("NFC", gl).split()
        ot = unicodedata.normalize("NFC", lines[i]).split() if i < len(lines) else []
        total += len(gt)
        sm = difflib.SequenceMatcher(None, [t.lower() for t in ot], [t.lower() for t in gt], autojunk=False)
        right += sum(b.size for b in sm.get_matching_blocks())
    return right / total if total else 1.0


def accuracy(ocr: str, gold: str, store) -> float:
    return token_accuracy(apply_corrections(ocr, correct_document(ocr, store)).splitlines(), gold.splitlines())


@pytest.fixture()
def empty_store(tmp_path):
    return LearningStore(tmp_path / "none.json")


def test_sample_report(empty_store):
    ocr = SAMPLE.read_text(encoding="utf-8")
    gold = SAMPLE.with_suffix(".gold.txt").read_text(encoding="utf-8")
    assert token_accuracy(ocr.splitlines(), gold.splitlines()) < 0.2
    assert accuracy(ocr, gold, empty_store) >= 0.93


def heldout_text(name: str = "report_heldout.txt") -> str:
    return (resources.files("resources") / "lang" / "heldout" / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["report_heldout2.txt", "report_heldout3.txt"])
@pytest.mark.parametrize("seed", [5, 6])
def test_more_held_out_reports(name, seed, empty_store):
    gold = heldout_text(name)
    ocr = degrade_text(gold, seed=seed)
    assert token_accuracy(ocr.splitlines(), gold.splitlines()) < 0.4   # short reports keep their numbers
    assert accuracy(ocr, gold, empty_store) >= 0.94


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_held_out_report(seed, empty_store):
    gold = heldout_text()
    ocr = degrade_text(gold, seed=seed)
    assert token_accuracy(ocr.splitlines(), gold.splitlines()) < 0.3
    assert accuracy(ocr, gold, empty_store) >= 0.93


def test_held_out_report_is_not_in_the_training_corpus():
    corpus = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "resources" / "lang" / "corpus").glob("*.txt"))
    for name in ("report_heldout.txt", "report_heldout2.txt", "report_heldout3.txt"):
        long_lines = [line for line in heldout_text(name).splitlines() if len(line) > 60]
        assert long_lines and not any(line in corpus for line in long_lines)


def test_right_word_in_top5_suggestions_for_the_sample_errors(empty_store):
    ocr = SAMPLE.read_text(encoding="utf-8")
    gold = SAMPLE.with_suffix(".gold.txt").read_text(encoding="utf-8").splitlines()
    hit = total = offset = 0
    for line, gold_line in zip(ocr.split("\n"), gold):
        pos = 0
        words, gold_words = line.split(), gold_line.split()
        if len(words) == len(gold_words):
            for w, g in zip(words, gold_words):
                at = line.index(w, pos)
                pos = at + len(w)
                core, want = w.strip(STRIP), g.strip(STRIP).lower()
                if not core or core.lower() == want:
                    continue
                start = offset + at + w.index(core)
                total += 1
                hit += want in [s.text.lower() for s in suggest(ocr, start, start + len(core), 5, empty_store)]
        offset += len(line) + 1
    assert total > 2000
    assert hit / total >= 0.98
