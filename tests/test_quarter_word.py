""""quy" before a quarter's numeral is "quý": the correction layer gets it from the structure."""
import pytest

from parser.model import CorrectedView
from parser.pipeline import analyse_text
from parser.structure_fixes import merge, structure_corrections, quarter_corrections


@pytest.mark.parametrize("printed, read", [
    ("quy II nam 2023", "quý II nam 2023"), ("QUY 1V NĂM 2024", "QUÝ IV NĂM 2024"), ("qu¥ I nam", "quý I nam"),
    ("Quy III/2024", "Quý III/2024"), ("quy định số 5", "quy định số 5"), ("quy 12 tháng", "quy 12 tháng"),
    ("quý II", "quý II"), ("giải pháp quy TV năm 2025", "giải pháp quý IV năm 2025"),
])
def test_the_quarter_word(printed, read):
    doc = analyse_text(printed)
    assert CorrectedView(doc.text, quarter_corrections(doc.text)).render(0, len(doc.text)) == read


def test_it_takes_precedence_over_the_engine_and_reaches_the_subject():
    doc = analyse_text("SỞ Y TẾ\nSố: 5/BC-SYT\n\nBÁO CÁO\nKết quả công tác quý I và nhiệm vụ quy II năm 2023\n\n"
                       "I. KẾT QUẢ\nNội dung.\n")
    doc.corrections = merge([], structure_corrections(doc))
    subject = doc.metadata.fields["subject"]
    assert subject.text(CorrectedView(doc.text, doc.corrections)) == "Kết quả công tác quý I và nhiệm vụ quý II năm 2023"


def test_a_signer_title_reads_in_its_own_words():
    from parser.structure_fixes import title_corrections
    doc = analyse_text("CÔNG AN HUYỆN QUỲNH LƯU\nSố: 5/BC-CAH\n\nBÁO CÁO\nKết quả công tác năm 2024\n\n"
                       "I. KẾT QUẢ\nNội dung.\n\nNơi nhận:                                 TRUONG CONG AN HUYEN\n"
                       "- Như trên;\n- Lưu: VT.                                  Hồ Sỹ Hùng\n")
    fixes = {(c.old, c.new) for c in title_corrections(doc)}
    assert ("TRUONG", "TRƯỞNG") in fixes
    assert not [f for f in fixes if f[0] in ("CONG", "AN", "HUYEN")]


def test_a_title_word_with_a_1_for_i_is_read():
    from parser.structure_fixes import title_corrections
    doc = analyse_text("SỞ XÂY DỰNG\nSố: 5/BC-SXD\n\nBÁO CÁO\nKết quả công tác quý III năm 2024\n\n"
                       "I. KẾT QUẢ\nNội dung.\n\nNơi nhận:                                 KT. GIÁM ĐỐC\n"
                       "- Như trên;                                     PHÓ G1AM ĐỐC\n- Lưu: VT.\n"
                       "                                                 Nguyễn Thanh Hải\n")
    assert ("G1AM", "GIÁM") in {(c.old, c.new) for c in title_corrections(doc)}
