"""Session 4 fast paths of the layout against the code they replace (kept here as the reference)."""
from hypothesis import example, given, settings, strategies as st

from parser import layout

SETTINGS = settings(max_examples=1000, deadline=None)


def reference_mostly_upper(text: str) -> bool:
    """mostly_upper as it was: every letter counted."""
    lower = sum(map(str.islower, text))
    if 3 * (len(text) - lower) < 7 * lower:
        return False
    upper = sum(map(str.isupper, text))
    return upper > 0 and upper >= 0.7 * (upper + lower)


# Vietnamese letters in both cases, digits, marks, and letters that are neither upper nor lower
# case or are title case ("ǅ"), or lower case without a capital ("ª", "ß")
_LETTERS = st.sampled_from(list("aAđĐôÔưƯễỄiIlL1 .,:-ǅǈªßΣσ²٣\t") + ["Công", "TÁC", "UBND", "năm", "  "])


@SETTINGS
@given(st.one_of(st.text(max_size=60), st.lists(_LETTERS, max_size=30).map("".join)))
@example("")
@example("A")
@example("Ab")
@example("ABc")
@example("ǅa")
@example("aǅ")
@example("I. CÔNG TÁC CHỈ ĐẠO")
@example("Trong năm 2024, UBND huyện đã")
def test_mostly_upper_agrees_with_counting_every_letter(text):
    assert layout.mostly_upper(text) == reference_mostly_upper(text)


def test_markers_are_the_named_tuples_they_were():
    marker = layout.parse_marker("- Tuyên truyền")
    assert type(marker) is layout.Marker and marker == layout.Marker("bullet", "-", 2)
    assert layout.parse_marker("1.2. Kết quả") == layout.Marker("decimal", "1.2", 5, ".")
    assert layout.parse_marker("a) Sản xuất")._asdict() == {"kind": "letter", "glyph": "a", "end": 3, "punct": ")"}
