"""Header and closing wordings two unseen sets showed: a mass organisation's national name in the
motto's place, a signer's surname whose Đ came out as a small b, and the Đ of document codes
printed D in the corrected text."""
from parser.model import CorrectedView
from parser.pipeline import analyse_text, auto_corrections

HEADER = ("BCH HOT NONG DÂN TINH AN GIANG              HO1 NONG DÂN VIET NAM\n"
          "                *\n"
          "Sb: 218-BC/HNDT                          An Giang, ngay 10 thang 6 nim 2025\n\n"
          "BAO CAO\nKet qua cong tac Hoi 6 thang dau nam 2025\n\nI. KET QUA\n1. Cong tac Hoi\nDat ke hoach.\n\n"
          "Noi nhan:                                          TM. BAN THUONG VU\n"
          "- TW Hoi NDVN (b/c);                                        CHU TICH\n"
          "- Luu: VP.\n                                                   {name}\n")


def corrected(doc, field: str) -> str:
    f = doc.metadata.fields[field]
    return CorrectedView(doc.text, doc.corrections).render(f.start, f.end).strip()


def analysed(name: str = "Huynh Van Quoi"):
    doc = analyse_text(HEADER.format(name=name))
    doc.corrections = auto_corrections(doc)
    return doc


def test_an_organisation_name_on_the_right_is_no_part_of_the_issuer():
    doc = analysed()
    f = doc.metadata.fields["issuer"]
    assert doc.text[f.start:f.end] == "BCH HOT NONG DÂN TINH AN GIANG"
    assert CorrectedView(doc.text, doc.corrections).render(0, doc.text.index("\n")).endswith("HỘI NÔNG DÂN VIỆT NAM")


def test_a_surname_whose_dj_came_out_as_a_small_b():
    doc = analysed("bing Ngoc Tuan")
    f = doc.metadata.fields["signer_name"]
    assert doc.text[f.start:f.end].strip() == "bing Ngoc Tuan"
    assert corrected(doc, "signer_name").startswith("Đặng ")


def test_document_codes_get_their_dj_back_in_the_corrected_text():
    doc = analyse_text(HEADER.format(name="Huynh Van Quoi").replace(
        "Dat ke hoach.", "Thuc hien Quyet dinh so 45/QD-UBND va Cong van so 2516/SGDDT-VP; Huong dan so 05/HD-UBND."))
    doc.corrections = auto_corrections(doc)
    fixed = CorrectedView(doc.text, doc.corrections).render(0, len(doc.text))
    assert "45/QĐ-UBND" in fixed and "2516/SGDĐT-VP" in fixed
    assert "05/HD-UBND" in fixed                    # a hướng dẫn, not a hợp đồng
    assert "45/QD-UBND" in doc.text                 # the raw text as printed


def test_a_given_name_the_language_model_does_not_know():
    assert corrected(analysed("Huynh Van Qudi"), "signer_name") == "Huỳnh Văn Quới"


def test_an_ede_name_with_its_y_prefix():
    assert corrected(analysed("Y Thong Nié"), "signer_name") == "Y Thông Niê"


def test_a_quarters_numeral_printed_with_t_for_i():
    from parser.structure_fixes import quarter_corrections
    assert [(c.old, c.new) for c in quarter_corrections("quy 1T nim 2025")] == [("y", "ý"), ("1T", "II")]
    assert quarter_corrections("quy T nam") == []


def test_a_surname_printed_with_a_glyph_for_its_vowel():
    assert corrected(analysed("Vii Vin Khoa"), "signer_name") == "Vũ Văn Khoa"


def test_a_well_formed_syllable_is_not_read_as_a_name_by_its_letters():
    from parser.correction.names import read_name
    assert read_name("Vii", "surnames", [], syllables={"vi", "vu"}) == ("vũ", 2.0)
    # "THU", "NHAT" of a heading in capitals are words, not names spelled without marks
    assert read_name("NHAT", "given", [], last=True, syllables={"nhat", "nhất"}) == ("nhat", 0.0)


def test_lone_tildes_and_ampersands_at_line_ends():
    from parser.structure_fixes import quarter_corrections, symbol_corrections
    fixes = lambda t: [(c.old, c.new) for c in symbol_corrections(t)]
    assert fixes("giai doan 2021 ~ 2025; So Lao dong ~ Thuong binh") == [("~", "-"), ("~", "-")]
    assert fixes("Ty le ~ 30% so voi nam truoc") == []                 # "about 30%"
    assert fixes("xay dung 2.145 nha &\nxa hoi cho cong nhan") == [("&", "ở")]
    assert fixes("Cuc PTTH & TTDT") == []
    # "quý 1" is quý I, unless the report numbers its quarters in digits
    assert [(c.old, c.new) for c in quarter_corrections("QUY 1 NĂM 2025")] == [("Y", "Ý"), ("1", "I")]
    assert [(c.old, c.new) for c in quarter_corrections("quy 1 nam; quy 2 nam")] == [("y", "ý"), ("y", "ý")]


def test_a_place_line_ends_the_agency_name_above_it():
    doc = analyse_text("BO TU LENH BO DOI BIEN PHONG          CONG HOA XA HOI CHU NGHIA VIET NAM\n"
                       "BO CHI HUY BO DOI BIEN PHONG                 Doc lap - Tu do - Hanh phuc\n"
                       "TINH LAO CA1\n\nSo: 215/BC-BCH                          Lao Cai, ngay 25 thang 9 nam 2025\n\n"
                       "BAO CAO\nKet qua quy III nam 2025\n\nI. KET QUA\nDat.\n")
    f = doc.metadata.fields
    assert doc.text[f["parent_issuer"].start:f["parent_issuer"].end] == "BO TU LENH BO DOI BIEN PHONG"
    assert CorrectedView(doc.text, auto_corrections(doc)).render(f["issuer"].start, f["issuer"].end) \
        .endswith("TỈNH LÀO CAI")


def test_a_union_header_has_its_parent():
    doc = analyse_text("TONG LDLD VIET NAM                     CONG HOA XA HOI CHU NGHIA VIET NAM\n"
                       "LDLD TINH BINH DINH                           Doc lap - Tu do - Hanh phuc\n\n"
                       "So: 247/BC-LDLD                          Binh Dinh, ngay 05 thang 7 nam 2024\n\n"
                       "BAO CAO\nKet qua 6 thang dau nam 2024\n\nI. KET QUA\nDat.\n")
    f = doc.metadata.fields
    assert doc.text[f["parent_issuer"].start:f["parent_issuer"].end] == "TONG LDLD VIET NAM"
    assert doc.text[f["issuer"].start:f["issuer"].end] == "LDLD TINH BINH DINH"


def test_an_acting_head_signing_alone_holds_the_title_of_the_authority():
    text = HEADER.format(name="Huynh Van Quoi").replace("TM. BAN THUONG VU", "Q. GIAM DOC      ").replace(
        "CHU TICH", "        ")
    doc = analyse_text(text)
    doc.corrections = auto_corrections(doc)
    field = doc.metadata.fields["signer_title"]
    assert field.text(CorrectedView(doc.text, doc.corrections)) == "Quyền GIÁM ĐỐC"
    assert doc.metadata.fields["signer_authority"].text(CorrectedView(doc.text, [])).strip() == "Q. GIAM DOC"


def test_an_agency_opening_with_so_is_a_department():
    text = HEADER.format(name="Huynh Van Quoi").replace("BCH HOT NONG DÂN TINH AN GIANG", "SO NGOAI VU            ")
    doc = analyse_text(text)
    doc.corrections = auto_corrections(doc)
    assert corrected(doc, "issuer").startswith("SỞ")


def test_the_dj_of_a_youth_union_code():
    text = HEADER.format(name="Huynh Van Quoi").replace("218-BC/HNDT", "318-BC/TDTN-VP")
    doc = analyse_text(text)
    doc.corrections = auto_corrections(doc)
    assert "318-BC/TĐTN-VP" in CorrectedView(doc.text, doc.corrections).render(0, len(doc.text))
