"""Province and district names read back from the gazetteer where a place is expected."""
from parser.model import apply_corrections
from parser.place_names import place_corrections, place_readings


def fixed(text: str) -> str:
    return apply_corrections(text, place_corrections(text))


def test_names_after_a_level_word_and_before_the_date():
    assert fixed("UBND TINH PẮK LẮK") == "UBND TINH ĐẮK LẮK"
    assert fixed("So: 12/BC-UBND     Dak Lak, ngay 30 thang 9 nam 2024") \
        == "So: 12/BC-UBND     Đắk Lắk, ngay 30 thang 9 nam 2024"
    assert fixed("tai huyén Kr6ng Pic, tinh Lam Péng.") == "tai huyén Krông Pắc, tinh Lâm Đồng."


def test_capitalised_words_elsewhere_are_left_alone():
    for text in ("CỘNG HÒA XA HOI CHU NGHIA VIET NAM",       # "XÃ HỘI" is no commune
                 "cua Bo Tu phap ve viec",                   # "Bộ Tư" is no "Ba Tơ"
                 "Pak Lik va Tra Vinh"):                     # no level word, no date after
        assert place_corrections(text) == []


def test_a_name_printed_with_its_marks_keeps_them():
    assert place_corrections("tại xã Kiến Thành") == []


def _every_word_reference(text: str):
    """The first version: every run of capitalised words tried at every word (kept to pin the
    searched version to it)."""
    from parser.place_names import _WORD, _read_place, place_index
    index = place_index()
    lengths = sorted({len(k) for k in index}, reverse=True)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    fixes, i = [], 0
    while i < len(words):
        found = None
        for n in lengths:
            run = words[i:i + n]
            if len(run) < n or not all(w[2][:1].isupper() for w in run):
                continue
            if any("\n" in text[a[1]:b[0]] for a, b in zip(run, run[1:])):
                continue
            found = _read_place(text, run, index)
            if found:
                break
        if found:
            fixes += [c for c in found[1] if c.new != c.old]
            i += found[0]
        else:
            i += 1
    return fixes


from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = st.sampled_from(["tinh", "tỉnh", "huyen", "huyện", "xa", "Pak", "Lik", "Dak", "Lak", "Lam", "Péng",
                           "Kr6ng", "Pic", "Tra", "Vinh", "Long", "An", "Cho", "Lach", ",", "ngay", "05", "\n",
                           "va", "Bo", "Tu", "phap", "THANH", "PHO", "HA", "NOI", "Ha", "Tinh"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30))
def test_searched_from_where_places_are_expected_as_at_every_word(pieces):
    text = " ".join(pieces)
    assert place_corrections(text) == _every_word_reference(text)


def test_a_level_word_ending_its_line():
    text = "tinh\nBo Lam"
    assert [(c.old, c.new) for c in place_corrections(text)] == [("Bo", "Bảo"), ("Lam", "Lâm")]
    assert place_corrections(text) == _every_word_reference(text)


def test_a_name_printed_right_is_pinned_against_the_engine():
    from parser.structure_fixes import merge
    from parser.model import Correction
    text = "So: 12/BC-UBND     Go Quao, ngay 30 thang 9 nam 2024"
    pins = [c for c in place_readings(text) if c.new == c.old]
    assert [c.old for c in pins] == ["Quao"]
    at = text.index("Quao")
    engine = [Correction(at, at + 4, "Quao", "Quản")]
    assert apply_corrections(text, merge(engine, place_readings(text))).startswith("So: 12/BC-UBND     Gò Quao,")
