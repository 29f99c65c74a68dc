"""Corrected-text accuracy of every report with a corrected key, in one process.

    python3 scripts/correction_accuracy.py          # one line per report, then the means
    python3 scripts/correction_accuracy.py --blind  # also the sets still held out (score them once)

Scores what `baocao correct` prints (the engine's corrections with the outline's on top) with the
scorer's own token accuracy (../shared/tools/score.py), for the sample and every
tests/heldout*/NAME.ocr.txt beside its NAME.gold.txt. A change to the correction engine must not
lower these; it is a tool for one change, like scripts/snapshot_outputs.py.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "tools"


def still_blind(folder: Path) -> bool:
    """A held-out set nobody has tuned on yet: its README says so and no note says otherwise."""
    readme = folder / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    return "Blind: never look" in text and "No longer blind" not in text


def pairs(blind: bool = False) -> list[tuple[Path, Path]]:
    found = [(p, p.with_suffix(".gold.txt")) for p in sorted((ROOT / "seeds").glob("*.txt"))
             if ".gold" not in p.name]
    for gold in sorted((ROOT / "tests").glob("heldout*/*.gold.txt")):
        if still_blind(gold.parent) and not blind:
            continue
        found.append((gold.with_name(gold.name.replace(".gold.txt", ".ocr.txt")), gold))
    return [(ocr, gold) for ocr, gold in found if ocr.exists() and gold.exists()]


def main() -> int:
    if not (SCORER / "score.py").exists():
        print(f"{SCORER / 'score.py'}: the scorer is not there", file=sys.stderr)
        return 2
    sys.path.insert(0, str(SCORER))
    os.environ["BAOCAO_DATA_DIR"] = tempfile.mkdtemp()     # no learned corrections
    from score import token_accuracy

    from parser.model import apply_corrections
    from parser.pipeline import analyse_file, auto_corrections

    scores = {}
    for ocr, gold in pairs(blind="--blind" in sys.argv):
        doc = analyse_file(ocr)
        corrected = apply_corrections(doc.text, auto_corrections(doc))
        scores[f"{ocr.parent.name}/{ocr.name.split('.')[0]}"] = token_accuracy(
            corrected.splitlines(), gold.read_text(encoding="utf-8").splitlines())
    for name, value in scores.items():
        print(f"{name:40s} {value:.4f}")
    values = list(scores.values())
    print(f"{'mean of all ' + str(len(values)):40s} {sum(values) / len(values):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
