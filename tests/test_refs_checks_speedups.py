"""The fast paths of references and checks against the plain code they replace, on generated text.

Each speed-up claims to give exactly what the slower reading gave; these tests hold it to that on
text made of the pieces the claim depends on (digits before slashes, hyphens, capitals, spaces).
"""
import re

from hypothesis import example, given, settings, strategies as st

from parser import doc_symbols, references
from parser.figures import words_after, words_before
from parser.figures.words import key_of
from parser.model import squash

# pieces of citations and of the prose and figures around them; "٣" is a decimal digit that is
# not ASCII, "²" a digit that is not decimal: \d matches the first only
_PIECES = ["1", "05", "2020", "1234", "12345", "123456", "-ABCDE/", "-ABCD/", "-ABCDEF/", "-NQ/", " - ", "٣", "²", "/", " /", "/ ", "-", "- \n", "-\n", "NQ", "ĐU", "TW",
           "BTTTT", "ABCDEF", "QP", "bT", "UBND", "&", ".", ",", " ", "\n", "\t", "x", "số ", "của ", "cta ",
           "Bộ ", "và ", "Nghị quyết ", "Ủy ban ", "(", "“", "ngày ", "28/4/2020"]
_citation_text = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_citation_text)
@example("số 12345/NQ, 123456/AB và 12345-ABCDE/TW, 1234-ABCDEF/TW, 953 /BC-STTTT, 1 / AB, .05/TW 3-\nAB")
@example("٣٣/NQ ²2/NQ x1/NQ 1.2/NQ 28/4/2020/QĐ")
def test_numbers_found_from_slashes_are_the_patterns_matches(text):
    expected = [m.span() for m in references._DOC_NUMBER.finditer(text)]
    assert [m.span() for m in references.doc_numbers(text)] == expected


@settings(max_examples=300, deadline=None)
@given(_citation_text)
def test_a_number_is_joined_as_the_substitution_joins_it(text):
    for m in references._DOC_NUMBER.finditer(text):
        printed = m.group()
        assert references._joined(printed) == references._WRAPPED.sub(lambda j: j.group().strip(), printed)


def _restore_every_time(number: str) -> str:
    """restore_lost_dj as it was, with no shortcut and no cache."""
    parts = doc_symbols._SEGMENTS.split(number)
    for i in range(0, len(parts), 2):
        code = parts[i]
        if not code or code in doc_symbols.CODES_WITH_DJ or code in doc_symbols.CODES_WITHOUT_DJ \
                or len(code) > 8 or not all(c.isupper() or c in doc_symbols._MISREAD_AS or c == "&" for c in code):
            continue
        found = doc_symbols._candidates(code)
        if len(found) == 1:
            parts[i] = found.pop()
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["43", "2011", "/", "-", "NP", "CP", "QP", "UBND", "HPND", "BGDbT", "PGDPT", "GDPT",
                                 "BCB", "VP", "&", "p", "d", "Đ", "TT"]), max_size=8).map("".join))
def test_restoring_a_lost_bar_is_unchanged_by_its_shortcuts(number):
    assert doc_symbols.restore_lost_dj(number) == _restore_every_time(number)


@settings(max_examples=500, deadline=None)
@given(_citation_text, st.integers(0, 60), st.integers(1, 7), st.sampled_from([1, 5, 24, 50, 60]))
@example("Thông tư liên tịch số 12/AB", 8, 6, 50)
@example(" Nghị quyết 12", 3, 2, 5)
def test_words_before_cut_by_split_are_the_regexs(text, back, n, limit):
    pos = max(0, len(text) - back)
    assert references._words_before(text, pos, n, limit) == words_before(text, pos, n, limit)


@settings(max_examples=400, deadline=None)
@given(_citation_text, st.integers(0, 60))
def test_two_words_before_read_from_a_short_window_are_the_same(text, back):
    pos = max(0, len(text) - back)
    assert references._two_words_before(text, pos) == words_before(text, pos, 2)


@settings(max_examples=400, deadline=None)
@given(_citation_text)
def test_a_plain_first_piece_is_the_first_word_read(text):
    # _issuer_after rejects a number on its first piece when that piece is one plain word
    pieces = text[:140].split(None, 1)
    if pieces and pieces[0].isalnum():
        assert words_after(text, 0, 12, 140)[0].key == key_of(pieces[0])
    if not pieces:
        assert words_after(text, 0, 12, 140) == []


def test_the_number_scan_agrees_on_a_report():
    from pathlib import Path
    sample = Path(__file__).resolve().parent.parent / "seeds" / "000_292fb10c7b6fa72d.txt"
    text = sample.read_text(encoding="utf-8")
    found = [m.span() for m in references.doc_numbers(text)]
    assert found and found == [m.span() for m in references._DOC_NUMBER.finditer(text)]
    assert re.search(r"\d/", text)


def _issuer_reading_twelve_words(text: str, pos: int):
    """_issuer_after as it was: twelve words read at once, as Word tuples."""
    ws = words_after(text, pos, 12, 140)
    if not ws or not references._is_cua(ws[0].key):
        return None
    name = []
    for w in ws[1:]:
        if w.key in ",;:.()" or w.key[:1].isdigit():
            break
        if w.key in references._ISSUER_STOP and not (w.key in references._NAME_JOINERS and name):
            break
        if w.key in references._NAME_JOINERS and _starts_type(ws, ws.index(w) + 1):
            break
        if not name and not w.text[:1].isupper():
            break
        name.append(w)
        if len(name) >= 9:
            break
    if not name:
        return None
    span = (name[0].start, name[-1].end)
    return squash(text[span[0]:span[1]]), span


def _starts_type(ws, i):
    keys = [w.key for w in ws[i:i + 4]]
    return any(len(words) <= len(keys) and all(references._type_word(k, t) for k, t in zip(keys, words))
               for _, words in references.TYPES)


_ISSUER_PIECES = ["của ", "cua ", "cta ", "Bộ ", "Thông ", "tin ", "và ", "Truyền ", "thông ", "UBND ", "tỉnh ",
                  "Nghị ", "quyết ", "Công ", "văn ", "Sở ", "Giáo ", "dục ", "Đào ", "tạo ", "về ", "việc ", ", ",
                  ". ", "12 ", "“", "(", "A ", "B ", "C ", "D ", "E ", "F ", "G ", "H ", "\n", "  "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ISSUER_PIECES), max_size=30).map("".join), st.booleans(), st.integers(0, 5))
@example("của Bộ Thông tin Thông tin Thông tin Thông tin Thông tin", True, 0)
@example("của Bộ A B C D E và Nghị quyết", True, 0)
@example("của Bộ A B C D E F và Nghị quyết", True, 0)
@example("của Bộ A B C D và Công văn", True, 0)
@example("của Bộ A B C D E F G", True, 0)
def test_an_issuer_read_eight_words_first_is_the_same(text, opens_with_an_issuer, skip):
    if opens_with_an_issuer:
        text = "của Bộ " + text
    pos = min(skip, len(text))
    assert references._issuer_after(text, pos) == _issuer_reading_twelve_words(text, pos)


# ---- checks

from parser import check_search  # noqa: E402

# folded report text around figures: the lead's stops, the cue words and near misses of them
_FOLDED_PIECES = ["(", ")", ".", ";", ":", ",", " ", "  ", "\n", "\t", "5", "12", "%", "a", "dat", "da", "bang", "vuot",
                  "chiem", "ty le", "trong", "trong do", "trong  do", "do", "gom", "bao gom", "go", "cu", "cu the",
                  "the", "ho so", "x" * 30]
_folded_text = st.lists(st.sampled_from(_FOLDED_PIECES), max_size=40).map("".join)


def _ratio_fixes_trying_every_variant(q, part, whole, decimals):
    """Checker._ratio_fixes as it was: every one-digit variant tested with ratio_holds."""
    from parser.checks import ratio_holds
    from parser.numbers import single_digit_variants
    fixes = []
    scale = 10 ** decimals
    for v, conf in single_digit_variants(round(q.value * scale)):
        if ratio_holds(v / scale, part.value, whole.value, decimals):
            fixes.append((q, conf))
    for v, conf in single_digit_variants(int(part.value)):
        if ratio_holds(q.value, v, whole.value, decimals):
            fixes.append((part, conf))
    for v, conf in single_digit_variants(int(whole.value)):
        if v and ratio_holds(q.value, part.value, v, decimals):
            fixes.append((whole, conf))
    return fixes


@settings(max_examples=1000, deadline=None)
@given(st.integers(1, 100_000), st.integers(1, 200_000), st.integers(0, 3), st.booleans(), st.integers(-3, 3))
@example(769, 1918, 2, False, 0)
@example(1, 3, 0, False, 0)
def test_ratio_fixes_skipping_far_variants_find_the_same(part, whole, decimals, truncate, slip):
    from types import SimpleNamespace
    from parser.checks import Checker
    actual = 100 * part / whole
    scale = 10 ** decimals
    printed = (int(actual * scale) if truncate else round(actual * scale)) + slip    # a misread last digit
    if printed <= 0 or printed > 1000 * scale:
        return
    q, p, w = (SimpleNamespace(value=v) for v in (printed / scale, part, whole))
    assert Checker._ratio_fixes(None, q, p, w, decimals) == _ratio_fixes_trying_every_variant(q, p, w, decimals)


@settings(max_examples=300, deadline=None)
@given(_folded_text, st.lists(st.integers(0, 400), max_size=12))
def test_figures_cued_by_words_are_those_the_cue_test_passes(folded, offsets):
    from types import SimpleNamespace
    from parser.checks import Checker
    starts = sorted(min(o, len(folded)) for o in offsets)
    checker = SimpleNamespace(folded=folded, metrics=starts, starts=starts, in_order=True)
    for words, reach in ((("nhan", "ly"), 40), (("do", "gom"), 12), (("(",), 5)):
        expected = [i for i, s in enumerate(starts) if any(w in folded[max(0, s - reach):s] for w in words)]
        assert list(Checker.cued_by_words(checker, words, reach)) == expected


@settings(max_examples=1000, deadline=None)
@given(st.integers(1, 10**7), st.integers(1, 10**7), st.integers(0, 4), st.booleans(), st.integers(-2, 2))
@example(1, 3, 0, True, 0)
@example(999, 1, 0, False, 0)
def test_every_ratio_that_holds_is_inside_its_band(part, whole, decimals, truncate, slip):
    from parser.checks import ratio_band, ratio_holds
    actual = 100 * part / whole
    scale = 10 ** decimals
    percent = ((int(actual * scale) if truncate else round(actual * scale)) + slip) / scale
    if not 0 < percent <= 1000:
        return
    lo, hi = ratio_band(percent, decimals)
    if ratio_holds(percent, part, whole, decimals):
        assert lo < actual < hi
