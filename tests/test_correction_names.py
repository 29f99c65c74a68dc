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
