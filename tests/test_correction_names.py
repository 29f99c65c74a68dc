"""Proper nouns: place and person names printed correctly stay as printed; an OCR-garbled
person name is read with the name lists (surname, middle name, given name)."""
import pytest

from parser.correction import correct_document
from parser.correction.engine import engine
from parser.correction.learning import LearningStore
from parser.model import apply_corrections


@pytest.fixture()
def fix(tmp_path):
    store = LearningStore(tmp_path / "none.json")
    return lambda text: apply_corrections(text, correct_document(text, store))


@pytest.mark.parametrize("text", [
    "Tân Mỹ",
    "phường Tân Định",
    "xã Tân Hòa tổ chức tập huấn",
    "Ủy ban nhân dân xã Tân Mỹ báo cáo",
])
def test_a_marked_capitalised_syllable_is_left_alone(fix, text):
    assert fix(text) == text


def test_a_garbled_capitalised_word_is_still_corrected(fix):
    # no marks to trust: a capital word that is no syllable is read as usual
    assert fix("tỉnh Bến Tre và huyện Chau Thanh") == "tỉnh Bến Tre và huyện Châu Thành"


@pytest.mark.parametrize("printed, fixed", [
    ("Người ký\nNguy8n Van Sau", "Người ký\nNguyễn Văn Sáu"),     # a digit the OCR read for ễ
    ("Đồng chí Hồ Sỹ Hùng phát biểu", "Đồng chí Hồ Sỹ Hùng phát biểu"),
    ("Giám đốc\n\nHồ Sỹ Hùng", "Giám đốc\n\nHồ Sỹ Hùng"),
    ("ông Ph4m Văn Tám", "ông Phạm Văn Tám"),
    ("Ho Sy Tung", "Hồ Sỹ Tùng"),
    ("Bà Dương Thi Thoa", "Bà Dương Thị Thoa"),
])
def test_signer_and_titled_names(fix, printed, fixed):
    assert fix(printed) == fixed


def test_suggestions_reach_two_confusions_at_once():
    text = "cấp chimg thư số cho cán bộ"
    start = text.index("chimg")
    got = [s.text for s in engine().suggest(text, start, start + 5)]
    assert "chứng" in got


@pytest.mark.parametrize("text", [
    "trưởng công an huyện",
    "TRƯỞNG CÔNG AN HUYỆN",
    "Đồng chí Trưởng phòng Tài chính - Kế hoạch",
])
def test_a_well_formed_marked_word_is_read_as_itself(fix, text):
    assert fix(text) == text


@pytest.mark.parametrize("printed, fixed", [
    ("PHÒNG GIÁO DỤC VÀ BAQ TẠQ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"),   # Q for O, B for Đ in capitals
    ("SỞ Y TẾ TỈNH\nTRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ", "SỞ Y TẾ TỈNH\nTRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ"),
])
def test_agency_names_in_capitals(fix, printed, fixed):
    assert fix(printed) == fixed


@pytest.mark.parametrize("printed, fixed", [
    ("CHỦ TỊCH\nNGUY8N VAN SAU", "CHỦ TỊCH\nNGUYỄN VĂN SÁU"),
    ("GIÁM ĐỐC\n\nTRAN THI THU HA", "GIÁM ĐỐC\n\nTRẦN THỊ THU HÀ"),
    ("BÁO CÁO KẾT QUẢ\nCÔNG TÁC NĂM 2024", "BÁO CÁO KẾT QUẢ\nCÔNG TÁC NĂM 2024"),   # a heading is no name
])
def test_a_signer_name_in_capitals(fix, printed, fixed):
    assert fix(printed) == fixed
