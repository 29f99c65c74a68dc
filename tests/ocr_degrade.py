"""Turn a hand-written report source into a clean text and an OCR-degraded copy.

A source (tests/reports/*.src.txt) is the report as printed, with two marks:
`left || right` for a row of a two-column block (agency | motto, number | date,
recipients | signer) and a line `<<PAGE>>` where a page ends. The clean text
keeps the columns apart with a tab and drops the page marks; the OCR copy does
what the OCR of the sample report does: columns merged onto one line with a
single space, most diacritics lost, ô read as 6 or é, ơ as & or ¢, ư as w or tr,
ă as i, Đ as P, l as 1 now and then, Roman numerals II/III/IV as I1/I11/lV, and
page numbers printed at the breaks. Deterministic: the same source gives the
same bytes. Now and then a bullet is lost or read as "~", "•", "–", and the
"1." of a section as "l.".

    python3 tests/ocr_degrade.py      # rewrite every NAME.txt / NAME.ocr.txt
"""
from __future__ import annotations

import random
import re
import sys
import unicodedata
from pathlib import Path

REPORTS = Path(__file__).resolve().parent / "reports"

_SPECIAL = {
    "ô": "6é", "ố": "6é", "ồ": "6", "ổ": "6", "ộ": "6", "ơ": "&¢", "ở": "&", "ờ": "¢", "ợ": "¢",
    "ư": "w", "ừ": "w", "ứ": "w", "ự": "y", "ă": "i", "ằ": "i", "ắ": "i", "ệ": "¢", "ế": "é", "ề": "é",
    "ạ": "4", "á": "4",
}
_ROMAN_OCR = {"II": ("I1", "Il", "IT"), "III": ("I11", "1II", "Il1"), "IV": ("lV", "1V"), "VI": ("V1", "Vl")}
_ROMAN_HEAD = re.compile(r"^(II|III|IV|VI)\.")


def _strip(c: str) -> str:
    if c in "đĐ":
        return "d" if c == "đ" else "D"
    return unicodedata.normalize("NFD", c)[0]


def degrade_line(line: str, rng: random.Random) -> str:
    m = _ROMAN_HEAD.match(line)
    if m and rng.random() < 0.7:
        line = rng.choice(_ROMAN_OCR[m[1]]) + line[m.end(1):]
    elif line.startswith("1. ") and line[3:4].isupper() and not line[3:6].isupper() and rng.random() < 0.3:
        line = "l" + line[1:]                   # the 1 of a section read as l
    elif line.startswith("- ") and rng.random() < 0.1:
        line = line[2:]                         # a bullet the OCR did not see
    elif line.startswith("- ") and rng.random() < 0.2:
        line = rng.choice("~•–") + line[1:]
    out = []
    for i, c in enumerate(line):
        if c.isascii():
            prev = line[i - 1] if i else " "
            if c == "l" and prev.isalpha() and rng.random() < 0.04:
                c = "1"
            out.append(c)
            continue
        if c == "Đ":
            out.append("P" if rng.random() < 0.5 else "D")
            continue
        r = rng.random()
        special = _SPECIAL.get(c)
        if special and c.islower() and r < 0.15:
            out.append(rng.choice(special))
        elif r < 0.25:
            out.append(c)                       # some diacritics survive
        else:
            out.append(_strip(c))
    return "".join(out)


def render(source: str, seed: str) -> tuple[str, str]:
    """(clean text, OCR text) of a report source."""
    rng = random.Random(seed)
    clean, ocr = [], []
    page = 1
    for row in source.splitlines():
        if row.strip() == "<<PAGE>>":
            page += 1
            style = rng.randrange(3)
            mark = (f"- {page} -", f"Trang {page}", str(page))[style]
            ocr.extend(["", "", mark, ""])
            continue
        if "||" in row:
            left, right = (part.strip() for part in row.split("||", 1))
            clean.append(f"{left}\t{right}" if left and right else (left or ("\t" + right if right else "")))
            merged = " ".join(p for p in (degrade_line(left, rng), degrade_line(right, rng)) if p)
            ocr.append(merged)
        else:
            clean.append(row)
            ocr.append(degrade_line(row, rng))
    return "\n".join(clean).rstrip("\n") + "\n", "\n".join(ocr).rstrip("\n") + "\n"


def outputs(src: Path) -> dict[Path, str]:
    name = src.name[: -len(".src.txt")]
    clean, ocr = render(src.read_text(encoding="utf-8"), name)
    return {src.with_name(name + ".txt"): clean, src.with_name(name + ".ocr.txt"): ocr}


def main() -> int:
    for src in sorted(REPORTS.glob("*.src.txt")):
        for path, text in outputs(src).items():
            path.write_text(text, encoding="utf-8")
            print(path.relative_to(REPORTS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())


# ---- for the tests: the reports with their keys ----------------------------------------------

def cases() -> list[tuple[str, str, Path, dict]]:
    """(name, "clean" | "ocr", text path, key) for every report with a key."""
    import json

    out = []
    for key_path in sorted(REPORTS.glob("*.key.json")):
        name = key_path.name[: -len(".key.json")]
        key = json.loads(key_path.read_text(encoding="utf-8"))
        out.append((name, "clean", REPORTS / f"{name}.txt", key))
        out.append((name, "ocr", REPORTS / f"{name}.ocr.txt", key))
    return out
