"""The report's own symbol with the OCR's digits for capitals and its tildes for hyphens read back."""
import pytest

from parser.doc_symbols import restore_code_letters
from parser.pipeline import analyse_text


@pytest.mark.parametrize("printed, symbol", [
    ("BC-8CT", "BC-SCT"), ("BC~UBND", "BC-UBND"), ("KH–UBND", "KH-UBND"), ("BC-UBND", "BC-UBND"),
    ("43/2011/NĐ-CP", "43/2011/NĐ-CP"), ("BC-K8", "BC-K8"), ("12/2020/TT-BTTTT", "12/2020/TT-BTTTT"),
])
def test_code_letters_read_back(printed, symbol):
    assert restore_code_letters(printed) == symbol


def test_a_tilde_in_the_symbol_keeps_the_place_out_of_it():
    doc = analyse_text("UỶ BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "HUYỆN ĐỨC TRỌNG                        Độc lập - Tự do - Hạnh phúc\n\n"
                       "Sb: 356/BC~UBND                            Dtc Trong, ngay 27 thang 9 nim 2024\n\n"
                       "BÁO CÁO\nTình hình quý III năm 2024\n\nI. KẾT QUẢ\nNội dung.\n")
    md = doc.metadata.fields
    assert md["symbol"].value == "BC-UBND"
    assert doc.text[md["place"].start:md["place"].end] == "Dtc Trong"


def test_so_printed_86_still_opens_the_number_line():
    doc = analyse_text("UBND TINH HA GIANG                      CONG HOA XA HOI CHU NGHIA VIET NAM\n"
                       "SO NOI VU                                     Doc 1ap - Tu do - Hanh phlc\n\n"
                       "86: 2307/BC-SNV                          Ha Giang, ngay 25 thang 11 nim 2024\n\n"
                       "BAO CAO\nKet qua cong tac nam 2024\n\nI. KET QUA\nNoi dung.\n")
    md = doc.metadata.fields
    assert md["number"].value == "2307" and doc.text[md["symbol"].start:md["symbol"].end] == "BC-SNV"
    assert doc.text[md["issuer"].start:md["issuer"].end] == "SO NOI VU"
