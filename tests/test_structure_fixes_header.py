"""The motto's fixed words, a tilde bullet and a lone "&" are restored from the document's form."""
from parser.model import apply_corrections
from parser.structure_fixes import motto_corrections, symbol_corrections


def fixed(text, fixes):
    return apply_corrections(text, fixes(text))


def test_both_motto_lines_read_in_their_fixed_words():
    text = ("UBND TINH HAI DUONG          CONG HOA XA HOI CHU NGHIA V1ET NAM\n"
            "SO NONG NGHIEP               Poc 1ép - Tw do - Hanh phdc\n")
    out = fixed(text, motto_corrections).splitlines()
    assert out[0].endswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert out[1].endswith("Độc lập - Tự do - Hạnh phúc")
    assert out[0].startswith("UBND TINH HAI DUONG") and out[1].startswith("SO NONG NGHIEP")


def test_party_motto_and_capitals_kept():
    text = "HUYEN UY CAU KE        PANG CONG SAN VIET NAM\n"
    assert fixed(text, motto_corrections).endswith("ĐẢNG CỘNG SẢN VIỆT NAM\n")
    caps = "SO Y TE      DOC LAP - TU DO - HANH PHUC\n"
    assert fixed(caps, motto_corrections).endswith("ĐỘC LẬP - TỰ DO - HẠNH PHÚC\n")


def test_a_line_that_is_not_the_motto_is_left_alone():
    for text in ("SO Y TE      Hoi dong - Tu van - Hanh chinh cong\n",      # words apart from the motto
                 "Doc lap - Tu do\n",                                      # cut short
                 "\n" * 20 + "Doc lap - Tu do - Hanh phuc\n"):             # far below the header
        assert motto_corrections(text) == []


def test_tilde_bullet_and_lone_ampersand():
    text = "~ Dua vao su dung khu nha & xa hoi cho cong nhan.\n- Cuc PTTH & TTDT; Vu TC&CB\n"
    out = fixed(text, symbol_corrections)
    assert out.startswith("- Dua vao su dung khu nha ở xa hoi")
    assert "Cuc PTTH & TTDT" in out and "TC&CB" in out
    assert fixed("Ty le ~ 30% so voi nam truoc\n", symbol_corrections).startswith("Ty le ~ 30%")


def test_a_motto_dash_read_as_tilde():
    text = "CUC THUE TINH LONG AN            Doc lap ~ Tu do - Hanh phic\n"
    assert fixed(text, motto_corrections).endswith("Độc lập - Tự do - Hạnh phúc\n")
    from parser.pipeline import analyse_text
    doc = analyse_text("TONG CUC THUE              CONG HOA XA HOI CHU NGHIA VIET NAM\n" + text
                       + "\nSo: 12/BC-CT               Long An, ngay 10 thang 01 nam 2025\n\nBAO CAO\nTong ket\n"
                       "I. KET QUA\n1. Thu ngan sach\nDat ke hoach.\n")
    issuer = doc.metadata.fields["issuer"]
    assert doc.text[issuer.start:issuer.end].rstrip() == "CUC THUE TINH LONG AN"


def test_one_for_i_in_capitals_printed_with_marks():
    from parser.correction import engine
    from parser.structure_fixes import one_for_i_corrections
    found = [(c.old, c.new) for c in one_for_i_corrections("BAO H1ỂM XA HOI; PHAT TR1ỂN; HO1; H5N1")]
    assert found == [("H1ỂM", "HIỂM"), ("TR1ỂN", "TRIỂN")]


def test_a_digit_among_capitals_is_a_garbled_word():
    from parser.correction import correct_document
    text = "II. PHUONG HUONG, NH1EM VU THANG 7; CHI CUC H5N1\nBAQ H1ỂM XA HOI TINH BINH DINH"
    out = apply_corrections(text, correct_document(text))
    assert "NHIỆM VỤ" in out and "H5N1" in out and "BẢO HIỂM XÃ HỘI" in out


def test_a_title_word_in_capitals_whose_d_came_out_small():
    from parser.pipeline import analyse_text
    from parser.structure_fixes import title_corrections
    text = ("UBND TINH A\nSO Y TE\n\nBAO CAO\nCong tac\n\nI. KET QUA\n1. Noi dung\nDat.\n\n"
            "Noi nhan:                                  KT. GIAM bOC\n- Luu: VT.                                 PHO GIAM DOC\n"
            "\n                                           Nguyen Van An\n")
    doc = analyse_text(text)
    assert "KT. GIÁM ĐỐC" in apply_corrections(doc.text, sorted(title_corrections(doc), key=lambda c: c.start))


def test_offices_listed():
    from parser.structure_fixes import phrase_corrections
    text = "- Cac phong, don vi thuoc So; Các phòng, ban; cac phong ban; gio phong, bao"
    assert [(c.old, c.new) for c in phrase_corrections(text)] == [("phong", "phòng"), ("phong", "phòng")]
