"""Degrade clean Vietnamese text the way the sample's OCR did: letter confusions learned from the sample pair.

    python3 tests/heldout/degrade_like_sample.py CLEAN.txt NAME.ocr.txt [SEED]   # also writes NAME.gold.txt
"""
import collections
import difflib
import random
import sys
import unicodedata
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ocr = open(SEEDS / '000_292fb10c7b6fa72d.txt', encoding='utf-8').read().splitlines()
gold = open(SEEDS / '000_292fb10c7b6fa72d.gold.txt', encoding='utf-8').read().splitlines()
table = collections.defaultdict(collections.Counter)
for o, g in zip(ocr, gold):
    ot, gt = o.split(), g.split()
    if len(ot) != len(gt):
        continue
    for a, b in zip(gt, ot):
        a = unicodedata.normalize('NFC', a); b = unicodedata.normalize('NFC', b)
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag == 'equal':
                for c in a[i1:i2]: table[c][c] += 1
            elif tag == 'replace' and i2 - i1 == 1:
                table[a[i1]][b[j1:j2]] += 1
            elif tag == 'replace' and i2 - i1 == j2 - j1:
                for x, y in zip(a[i1:i2], b[j1:j2]): table[x][y] += 1
def degrade(text, seed=1):
    rng = random.Random(seed)
    out = []
    for ch in text:
        c = table.get(ch)
        if not c or ch.isdigit():
            out.append(ch); continue
        outs, w = zip(*c.items())
        out.append(rng.choices(outs, w)[0])
    return ''.join(out)
if __name__ == '__main__':
    src = open(sys.argv[1], encoding='utf-8').read().replace('\t', ' ')
    open(sys.argv[2], 'w', encoding='utf-8').write(degrade(src, int(sys.argv[3]) if len(sys.argv) > 3 else 1))
    # gold text: same lines, tabs merged to one space
    open(sys.argv[2].replace('.ocr.txt', '.gold.txt'), 'w', encoding='utf-8').write(src)
