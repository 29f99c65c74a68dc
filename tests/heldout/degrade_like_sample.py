"""Degrade clean Vietnamese text the way the sample's OCR did: letter confusions learned from the sample pair.

    python3 tests/heldout/degrade_like_sample.py CLEAN.txt NAME.ocr.txt [SEED]   # also writes NAME.gold.txt
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from parser.correction.degrade import degrade_with_table, learn_letter_table  # noqa: E402

SEEDS = ROOT / "seeds"
ocr = open(SEEDS / '000_292fb10c7b6fa72d.txt', encoding='utf-8').read().splitlines()
gold = open(SEEDS / '000_292fb10c7b6fa72d.gold.txt', encoding='utf-8').read().splitlines()
table = learn_letter_table(ocr, gold)


def degrade(text, seed=1):
    return degrade_with_table(text, table, seed)


if __name__ == '__main__':
    src = open(sys.argv[1], encoding='utf-8').read().replace('\t', ' ')
    open(sys.argv[2], 'w', encoding='utf-8').write(degrade(src, int(sys.argv[3]) if len(sys.argv) > 3 else 1))
    # gold text: same lines, tabs merged to one space
    open(sys.argv[2].replace('.ocr.txt', '.gold.txt'), 'w', encoding='utf-8').write(src)
