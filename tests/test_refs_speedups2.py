"""Session 4 fast paths of the references against the code they replace (kept here as the reference)."""
import re

from hypothesis import example, given, settings, strategies as st

from parser import doc_symbols

SETTINGS = settings(max_examples=1000, deadline=None)


def reference_restore_code_letters(symbol: str) -> str:
    """restore_code_letters as it was: every segment looked at."""
    parts = doc_symbols._SEGMENTS.split(symbol.translate(doc_symbols._DASHES))
    for i in range(0, len(parts), 2):
        code = parts[i]
        if re.fullmatch(r"[A-Z]{1,3}0\d", code):
            continue              # (since session 5) a numbered department: "PC08"
        if sum(c.isupper() for c in code) >= 2 and all(c.isupper() or c in "80&" for c in code):
            parts[i] = code.translate(doc_symbols._LETTER_FOR_DIGIT)
    return "".join(parts)


# pieces of document symbols: years and numbers with 8 and 0, codes with 8/0 for S/O, dashes as
# OCR prints them, lower case, Đ, a letter that is neither case ("ª"), a non-ASCII digit, and
# capitals that are no letters ("Ⓐ") or are numerals too ("Ⅳ")
_SYMBOL_PIECES = ["8", "0", "2018", "80", "/", "-", "~", "–", "—", "BC", "8CT", "UBN0", "UBND", "NĐ", "CP", "&",
                  "GD&ĐT", "S", "O", "b", "x8", "ª", "٣", "Q", "_", " ", "Ⓐ", "Ⅳ", "\t"]


@SETTINGS
@given(st.lists(st.sampled_from(_SYMBOL_PIECES), max_size=12).map("".join))
@example("BC-8CT")
@example("125/BC~8CT")
@example("15/2018/NĐ-CP")
@example("0UB")
@example("B0")
@example("ⒶⒷ8")
def test_code_letters_are_restored_as_every_segment_looked_at_restores_them(symbol):
    assert doc_symbols.restore_code_letters(symbol) == reference_restore_code_letters(symbol)
