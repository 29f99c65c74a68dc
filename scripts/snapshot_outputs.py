"""Prove a refactoring changes no output: snapshot `baocao extract --json` of every report we have.

    python3 scripts/snapshot_outputs.py write DIR    # before the change
    python3 scripts/snapshot_outputs.py check DIR    # after: lists every report whose JSON differs

Covers the sample, tests/reports (clean, source and OCR copies) and tests/heldout*, raw and with
--correct. Snapshots live wherever DIR says (not in the repository): they are a tool for one change,
not a test that freezes behaviour.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from parser.jsonout import document_json
from parser.model import CorrectedView, RawView
from parser.pipeline import analyse_file, auto_corrections

ROOT = Path(__file__).resolve().parent.parent


def inputs() -> list[Path]:
    found = sorted((ROOT / "seeds").glob("*.txt"))
    found += sorted((ROOT / "tests" / "reports").glob("*.txt"))
    for held in sorted((ROOT / "tests").glob("heldout*")):
        found += sorted(held.glob("*.txt"))
    return [p for p in found if ".gold.notes" not in p.name]


def outputs(path: Path) -> dict:
    doc = analyse_file(path)
    raw = document_json(doc, RawView(doc.text))
    doc.corrections = auto_corrections(doc)
    return {"raw": raw, "corrected": document_json(doc, CorrectedView(doc.text, doc.corrections))}


def snapshot_name(path: Path) -> str:
    return f"{path.parent.name}__{path.name}.json"


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("write", "check"):
        print(__doc__.strip())
        return 2
    mode, folder = argv[0], Path(argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    differing, new = [], []
    for path in inputs():
        target = folder / snapshot_name(path)
        if mode == "check" and not target.exists():
            new.append(path)        # a report added since the snapshot: nothing to compare with
            continue
        current = json.dumps(outputs(path), ensure_ascii=False, indent=1, sort_keys=True)
        if mode == "write":
            target.write_text(current, encoding="utf-8")
        elif target.read_text(encoding="utf-8") != current:
            differing.append(path)
            (folder / (snapshot_name(path) + ".new")).write_text(current, encoding="utf-8")
    if mode == "write":
        print(f"wrote {len(inputs())} snapshots to {folder}")
        return 0
    for path in differing:
        print(f"DIFFERS: {path.relative_to(ROOT)}  (diff {folder / snapshot_name(path)} with its .new)")
    for path in new:
        print(f"NOT IN THE SNAPSHOT (added since): {path.relative_to(ROOT)}")
    print(f"{len(inputs()) - len(differing) - len(new)} of {len(inputs()) - len(new)} unchanged")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
