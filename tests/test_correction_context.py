"""Genre contexts the corrector must get right: numbers and document codes as <num> context,
the fixed formulae of administrative documents, place names, person names."""
import pytest

from parser.correction import correct_document
from parser.correction.learning import LearningStore
from parser.correction.names import name_lists
from parser.correction.tokens import is_numbered_code, tokenize_for_counts
from parser.model import apply_corrections


@pytest.fixture()
def fix(tmp_path):
    store = LearningStore(tmp_path / "none.json")
    return lambda text: apply_corrections(text, correct_document(text, store))


def test_document_numbers_count_as_numbers():
    assert is_numbered_code("1845/QĐ-UBND") and is_numbered_code("43/2011/NĐ-CP")
    assert not is_numbered_code("Covid-19") and not is_numbered_code("4G") and not is_numbered_code("UBND")
    assert tokenize_for_counts("Số: 412/BC-UBND ngày 15/6/2020") == ["<s>", "số", "<num>", "ngày", "<num>", "<s>"]


@pytest.mark.parametrize("printed, fixed", [
    ("Quyết định sơ 1845/QĐ-UBND của tỉnh", "Quyết định số 1845/QĐ-UBND của tỉnh"),
    ("S6: 412/BC-UBND", "Số: 412/BC-UBND"),
    ("hỗ trợ 320 triệu động cho hộ nghèo", "hỗ trợ 320 triệu đồng cho hộ nghèo"),
    ("có 2 xã xếp loại đất chuẩn", "có 2 xã xếp loại đạt chuẩn"),     # (at the very end "loại đất" is a phrase too)
])
def test_contexts_around_numbers(fix, printed, fixed):
    assert fix(printed) == fixed


@pytest.mark.parametrize("printed, fixed", [
    ("CONG HOA XA HOI CHU NGHIA VIET NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Độc lập - Tự do - Hành phác", "Độc lập - Tự do - Hạnh phúc"),
    ("Noi nhan:", "Nơi nhận:"),
    ("KT. GIAM DOC", "KT. GIÁM ĐỐC"),
    ("TM. UY BAN NHAN DAN", "TM. ỦY BAN NHÂN DÂN"),
])
def test_fixed_formulae(fix, printed, fixed):
    assert fix(printed) == fixed


@pytest.mark.parametrize("printed, fixed", [
    ("huyện Chau Thanh, tỉnh Ben Tre", "huyện Châu Thành, tỉnh Bến Tre"),
    ("huyện Mo Cay Nam và huyện Cho Lach", "huyện Mỏ Cày Nam và huyện Chợ Lách"),
])
def test_place_names(fix, printed, fixed):
    assert fix(printed) == fixed


@pytest.mark.parametrize("printed, fixed", [
    ("Ông Lê Văn Bay, Chủ tịch", "Ông Lê Văn Bảy, Chủ tịch"),
    ("Tran Van Khoanh", "Trần Văn Khoanh"),          # a plain given name gains no marks without evidence
    ("Bà Huỳnh Thi Thu Ha phát biểu", "Bà Huỳnh Thị Thu Hà phát biểu"),
    ("Đồng chí Nguyen Van An", "Đồng chí Nguyễn Văn An"),
])
def test_person_names(fix, printed, fixed):
    assert fix(printed) == fixed


def test_name_lists_and_title_runs_that_are_not_names(fix):
    lists = name_lists()
    assert {"nguyễn", "trần", "lê", "huỳnh"} <= lists["surnames"] and {"văn", "thị"} <= lists["middle"]
    assert fix("Sở Thông Tin Và Truyền Thông") == "Sở Thông Tin Và Truyền Thông"
    assert fix("Thành phố Hồ Chí Minh") == "Thành phố Hồ Chí Minh"


@pytest.mark.parametrize("text, unit", [("nạo vét 4,5 km kênh", "km"), ("công suất 50 MW", "MW"),
                                        ("tổng cộng 20 kg hàng", "kg")])
def test_units_of_measure_stay(text, unit, tmp_path):
    start = text.index(unit)
    changed = correct_document(text, LearningStore(tmp_path / "none.json"))
    assert not any(c.start < start + len(unit) and start < c.end for c in changed)


@pytest.mark.parametrize("printed, fixed", [("I1. KẾT QUẢ", "II. KẾT QUẢ"), ("I11. NHIỆM VỤ", "III. NHIỆM VỤ"),
                                            ("khóa 1X nhiệm kỳ", "khóa IX nhiệm kỳ")])
def test_roman_heading_numbers_read_with_1_for_i(fix, printed, fixed):
    assert fix(printed) == fixed


@pytest.mark.parametrize("text", ["11. Về công tác", "Mục 1 và 2", "VI. KIẾN NGHỊ"])
def test_numbers_and_true_roman_numerals_stay(fix, text):
    assert fix(text) == text
