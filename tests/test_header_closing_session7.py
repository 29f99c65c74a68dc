"""Header and closing wordings of a procuracy and a judgment-enforcement office (session 7): two
agency lines both opening with an abbreviation ("VKSND TỈNH …" over "VKSND HUYỆN …"), and a head
of office who signs "CHI CỤC TRƯỞNG", a title sharing its words with the issuer's name."""
from parser.model import RawView
from parser.pipeline import analyse_text

REPORT = ("{parent}                    CONG HOA XA HOI CHU NGHIA VIET NAM\n"
          "{issuer}                          Doc lap - Tu do - Hanh phuc\n\n"
          "So: 87 /BC-CCTHA                              Bao Lam, ngay 28 thang 6 nam 2023\n\n"
          "BAO CAO\nKet qua cong tac thang 6 nam 2023\n\nI. KET QUA\n1. Cong tac chung\nDat ke hoach.\n\n"
          "Noi nhan:                                              {title}\n"
          "- Cuc THADS tinh;\n"
          "- Luu: VT.                                             Nguyen Thi Hoa\n")


def field(doc, name: str) -> str | None:
    f = doc.metadata.fields.get(name)
    return f.text(RawView(doc.text)) if f else None


def test_two_agency_lines_opening_with_abbreviations_are_parent_and_issuer():
    doc = analyse_text(REPORT.format(parent="VKSND TINH LAM DONG", issuer="VKSND HUYEN BAO LAM",
                                     title="VIEN TRUONG"))
    assert field(doc, "parent_issuer") == "VKSND TINH LAM DONG"
    assert field(doc, "issuer") == "VKSND HUYEN BAO LAM"


def test_a_head_of_office_title_sharing_the_issuers_words():
    doc = analyse_text(REPORT.format(parent="CUC THADS TINH LAM DONG", issuer="CHI CUC THADS HUYEN BAO LAM",
                                     title="CHI CUC TRUONG"))
    assert field(doc, "signer_title") == "CHI CUC TRUONG"
    assert field(doc, "signer_name") == "Nguyen Thi Hoa"


def test_a_signer_name_whose_capital_came_out_a_digit():
    # (session 8) "Giàng Seo Phử" printed "Giang 8eo Pht": the 8 stands for the S
    doc = analyse_text(REPORT.format(parent="UBND TINH LAM DONG", issuer="SO NOI VU", title="GIAM DOC")
                       .replace("Nguyen Thi Hoa", "Giang 8eo Pht"))
    assert field(doc, "signer_name") == "Giang 8eo Pht"
    doc = analyse_text(REPORT.format(parent="UBND TINH LAM DONG", issuer="SO NOI VU", title="GIAM DOC")
                       .replace("Nguyen Thi Hoa", "Giang 2024 Pht"))
    assert field(doc, "signer_name") is None
