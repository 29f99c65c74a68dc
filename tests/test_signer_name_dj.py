"""A signer's name whose Đ the OCR printed as P or as a small b is still read as the name."""
from parser.model import CorrectedView
from parser.pipeline import analyse_text, auto_corrections
from parser.correction.names import read_name

REPORT = ("UBND HUYEN LUC NGAN              CONG HOA XA HOI CHU NGHIA VIET NAM\n"
          "UBND XA KIEN THANH                      Doc lap - Tu do - Hanh phuc\n\n"
          "So: 37/BC-UBND                        Kien Thanh, ngay 20 thang 3 nam 2025\n\n"
          "BAO CAO\nTinh hinh quy I nam 2025\n\nI. KET QUA\n1. Kinh te\nDat ke hoach.\n\n"
          "Noi nhan:                                          TM. UY BAN NHAN DAN\n"
          "- UBND huyen (b/c);                                        CHU TICH\n"
          "- Luu: VP.\n                                                   {name}\n")


def signer(name: str) -> tuple[str, str]:
    doc = analyse_text(REPORT.format(name=name))
    field = doc.metadata.fields["signer_name"]
    doc.corrections = auto_corrections(doc)
    return doc.text[field.start:field.end].strip(), CorrectedView(doc.text, doc.corrections).render(field.start, field.end)


def test_a_given_name_opening_with_a_small_b():
    raw, corrected = signer("Hoang Vin bat")
    assert raw == "Hoang Vin bat"
    assert corrected.strip() == "Hoàng Văn Đạt"


def test_a_surname_opening_with_p():
    assert read_name("Pỗ", "surnames", []) == ("đỗ", 2.0)
    assert read_name("Bùi", "surnames", []) == ("bùi", 0.0)        # a name spelled with B stays
    assert read_name("Bo", "surnames", []) is None                 # "Bo Cong Thuong" is "Bộ Công Thương"
