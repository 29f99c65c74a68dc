"""Garbled Roman part numbers are corrected from the outline's sequence."""
from parser.model import apply_corrections
from parser.pipeline import analyse_text, auto_corrections
from parser.structure_fixes import merge, structure_corrections
from parser.model import Correction

REPORT = """UBND TINH BEN TRE
SO NOI VU

BAO CAO
Cong tac thang 5/2021

I. KET QUA THUC HIEN
1. Cong tac to chuc
Ban hanh 03 van ban.
I1. PHUONG HUONG NHIEM VU
1. Tiep tuc trien khai ke hoach.
I11. KIEN NGHI
De nghi UBND tinh xem xet.
"""


def test_garbled_part_numbers_read_as_the_sequence_says():
    doc = analyse_text(REPORT)
    fixed = apply_corrections(doc.text, structure_corrections(doc))
    assert "\nII. PHUONG HUONG" in fixed and "\nIII. KIEN NGHI" in fixed
    assert "\nI. KET QUA" in fixed and fixed.count("\n") == REPORT.count("\n")


def test_structural_fix_wins_over_an_overlapping_engine_fix():
    engine = [Correction(0, 3, "I11", "Ill"), Correction(10, 12, "ab", "áb")]
    structural = [Correction(0, 3, "I11", "III", source="structure")]
    assert [c.new for c in merge(engine, structural)] == ["III", "áb"]


def test_auto_corrections_include_the_part_numbers():
    doc = analyse_text(REPORT)
    assert any(c.source == "structure" and c.new == "II" for c in auto_corrections(doc))


def test_part_one_printed_as_arabic_one_reads_roman():
    report = REPORT.replace("\nI. KET QUA", "\n1. KET QUA").replace("1. Cong tac to chuc", "a) Cong tac to chuc")
    doc = analyse_text(report)
    assert [n.number for n in doc.outline] == ["I", "II", "III"]
    fixed = apply_corrections(doc.text, structure_corrections(doc))
    assert "\nI. KET QUA" in fixed and "\nII. PHUONG HUONG" in fixed
