"""The sample scored with the scorer's own rules (../shared/tools/score.py), in process.

Nothing is reimplemented: the scorer's fold, similarity and F1 functions are loaded
from the shared tools and applied to what parser.pipeline + parser.jsonout produce."""
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score.py"


@pytest.fixture(scope="module")
def score():
    if not SCORER.exists():
        pytest.skip(f"scorer not found at {SCORER}")
    spec = importlib.util.spec_from_file_location("baocao_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("gold_path", sorted((ROOT / "seeds").glob("*.gold.json")), ids=lambda p: p.name)
def test_raw_outline_metadata_recipients(score, gold_path):
    from parser.jsonout import document_json
    from parser.pipeline import analyse_file

    ocr = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pred = json.loads(json.dumps(document_json(analyse_file(ocr)), ensure_ascii=False))
    outline_f1 = score.score_outline(pred, gold, score.fold)[2]
    metadata, recipients_f1, wrong = score.score_metadata(pred, gold, score.fold)
    assert outline_f1 >= 0.97
    assert metadata >= 0.9, wrong
    assert recipients_f1 >= 0.9
