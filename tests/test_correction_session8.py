"""Header and signer words a district labour office's, a construction board's and a women's
union's reports showed misread (session 8): "LP-TB&XH", a district printed "CHQ GẠO", "HO1" for
HỘI among capitals, and a Jrai signer's clan name."""
from parser.correction import correct_document
from parser.correction.tokens import CODE, JUNK, classify
from parser.model import CorrectedView, apply_corrections
from parser.pipeline import analyse_text, auto_corrections


def corrected(text: str) -> str:
    return apply_corrections(text, correct_document(text))


def header_fields(left_top: str, left: str, place: str, signer: str) -> dict:
    doc = analyse_text(f"{left_top:<38}CONG HOA XA HOI CHU NGHIA VIET NAM\n"
                       f"{left:<38}Doc lap - Tu do - Hanh phuc\n\n"
                       f"So: 56/BC-UBND{'':<24}{place}, ngay 22 thang 9 nam 2020\n\n"
                       "BAO CAO\nKet qua cong tac thang 9 nam 2020\n\nI. KET QUA\n1. Chung\nDat ke hoach.\n\n"
                       f"Noi nhan:{'':<30}TRUONG PHONG\n- Luu: VT.\n{'':<40}{signer}\n")
    doc.corrections = auto_corrections(doc)
    view = CorrectedView(doc.text, doc.corrections)
    return {name: field.text(view) for name, field in doc.metadata.fields.items() if field is not None}


def test_the_labour_office_code_gets_its_dj_back():
    assert header_fields("UBND HUYEN MAI SON", "PHONG LP-TB&XH", "Mai Son", "Cam Thi Phuong")["issuer"] == "PHÒNG LĐ-TB&XH"


def test_a_district_whose_o_came_out_q():
    fields = header_fields("UBND HUYEN CHQ GẠO", "PHONG KINH TE", "Cho Gao", "Truong Van Ut")
    assert fields["parent_issuer"] == "UBND HUYỆN CHỢ GẠO" and fields["place"] == "Chợ Gạo"


def test_a_district_missing_from_the_first_gazetteer():
    assert header_fields("UBND TINH GIA LAI", "UBND HUYEN KRONG PA", "Krong Pa", "Rah Lan Thi Nhung")["place"] == "Krông Pa"


def test_a_clan_name_of_the_central_highlands():
    assert header_fields("UBND TINH GIA LAI", "UBND HUYEN KRONG PA", "Krong Pa", "Rah Lan Thi Nhung")["signer_name"] == \
        "Rah Lan Thị Nhung"


def test_a_digit_for_i_among_capitals():
    assert classify("HO1", {"hoi"}, set()) == JUNK and classify("G1A", {"gia"}, set()) == JUNK
    assert classify("PC08", {"pcob"}, set()) == CODE and classify("QH14", set(), set()) == CODE
    assert corrected("BCH HO1 LHPN HUYEN") == "BCH HỘI LHPN HUYỆN"


def test_the_deputy_directors_among_the_recipients():
    from parser.structure_fixes import phrase_corrections
    text = "- Giám đốc, các PGD Sở;\n- PGB sở Tài chính;\n- PGD Ngân hàng CSXH huyện;\n"
    assert apply_corrections(text, phrase_corrections(text)) == \
        "- Giám đốc, các PGĐ Sở;\n- PGĐ sở Tài chính;\n- PGD Ngân hàng CSXH huyện;\n"


def test_du_lich_in_an_agency_name_is_no_party_code():
    fields = header_fields("UBND TINH QUANG NINH", "SO VAN HOA, THE THAO VA DU LICH", "Ha Long", "Nguyen Van An")
    assert fields["issuer"].endswith("DU LỊCH")


def test_a_ward_after_its_peoples_committee():
    doc = analyse_text("UBND THANH PHO BIEN HOA               CONG HOA XA HOI CHU NGHIA VIET NAM\n"
                       "UY BAN NHÂN DÂN                                Doc lap - Tu do - Hanh phuc\n"
                       "PHUỜNG TÂN PHONG\n\nSo: 56/BC-UBND                         Bien Hoa, ngay 2 thang 9 nam 2020\n\n"
                       "BAO CAO\nKet qua cong tac thang 9 nam 2020\n\nI. KET QUA\n1. Chung\nDat ke hoach.\n")
    doc.corrections = auto_corrections(doc)
    assert "PHƯỜNG" in doc.metadata.fields["issuer"].text(CorrectedView(doc.text, doc.corrections))


def test_a_given_name_printed_without_marks_is_the_commonest_so_spelled():
    from parser.correction.names import read_name
    assert read_name("Tuan", "given", [("tuân", 1.1), ("tuấn", 1.31)], last=True)[0] == "tuấn"
    assert read_name("Hai", "given", [("hai", 0.32), ("hải", 0.92)], last=True)[0] == "hải"
    assert read_name("Tuân", "given", [("tuân", 0.0)], last=True)[0] == "tuân"      # printed with its marks
    assert header_fields("UBND TINH A", "SO NOI VU", "Ha Noi", "Nguyen Van Tuan")["signer_name"] == "Nguyễn Văn Tuấn"
