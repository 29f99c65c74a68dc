"""Session 5 speed changes give exactly what the code they replaced gave (kept here as the
reference): fractions found from the slashes a fraction can hold, and words read after a
position into parallel lists; on generated, OCR-damaged text."""
import re
from itertools import accumulate, chain

from hypothesis import example, given, settings, strategies as st

from parser.figures.finder import _FRACTION, _FRACTION_SLASH, _fractions_in
from parser.figures.words import _GAP_AND_WORD, _N_WORDS, key_of, read_words


def _fractions_reference(text: str) -> list[tuple[int, int, str, str]]:
    """`_fractions_in` as it was: `_FRACTION` tried at the digits before every slash."""
    out, resume = [], 0
    slash = text.find("/")
    while slash >= 0:
        start = slash
        while start > 0 and slash - start < 4 and text[start - 1].isdigit():
            start -= 1
        if start < slash and start >= resume:
            m = _FRACTION.match(text, start)
            if m:
                out.append(m)
                resume = m.end()
        slash = text.find("/", slash + 1)
    return [(m.start(), m.end(), m["a"], m["b"]) for m in out]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="0123456789/ .,-xQĐ²٣\n", max_size=80))
@example("103/213 xã, 12/3/2023, 45/KH, 1/2,5 ha, 17/18 chỉ tiêu, 1²/3, ٣/4, 12345/6, 1/23456, 2//3")
def test_fractions_are_found_as_before(text):
    assert [(m.start(), m.end(), m["a"], m["b"]) for m in _fractions_in(text)] == _fractions_reference(text)
    # and as the whole-text search of the pattern finds them
    assert [(m.start(), m.end()) for m in _fractions_in(text)] == [m.span() for m in _FRACTION.finditer(text)]


def _read_words_reference(text: str, pos: int, n: int, limit: int):
    """`read_words` as it was: texts from the groups, starts one `start(i)` each."""
    if n <= 8:
        m = _N_WORDS[n].match(text, pos, pos + limit)
        texts = list(m.groups())
        if texts and texts[-1] is None:
            del texts[texts.index(None):]
        starts = [m.start(i) for i in range(1, len(texts) + 1)]
    else:
        found = _GAP_AND_WORD.findall(text, pos, pos + limit)
        del found[n:]
        starts = list(accumulate(map(len, chain.from_iterable(found)), initial=pos))[1::2]
        texts = [w for _, w in found]
    return texts, starts, [key_of(t) for t in texts]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab1 \n\t,.;:()[]“”\"'!?…đơ-Số", max_size=120), st.integers(0, 40),
       st.integers(0, 12), st.integers(0, 100))
@example("12 hồ sơ (trực tiếp), “dịch vụ” 5", 2, 6, 60)
def test_words_are_read_as_before(text, pos, n, limit):
    pos = min(pos, len(text))
    ws = read_words(text, pos, n, limit)
    assert (ws.texts, ws.starts, ws.keys) == _read_words_reference(text, pos, n, limit)
    assert type(ws.texts) is list and type(ws.starts) is list and type(ws.keys) is list


def test_the_slash_pattern_takes_the_end_of_the_fraction_pattern():
    # a pre-filter must be updated with its pattern: the slash test copies _FRACTION's tail
    tail = re.sub(r"\(\?P<b>(.*?)\)", r"\1", _FRACTION.pattern.split(")/", 1)[1])
    assert _FRACTION_SLASH.pattern == r"/(?<=\d/)(?=" + tail + ")"


def test_the_collector_is_paused_only_while_figures_and_checks_run(sample_path):
    import gc

    import pytest

    from parser.collector import collector_paused
    from parser.pipeline import analyse_text

    text = sample_path.read_text(encoding="utf-8")
    assert gc.isenabled()
    doc = analyse_text(text)
    assert doc.metrics and doc.checks and gc.isenabled()
    gc.disable()
    try:
        analyse_text(text)
        assert not gc.isenabled()        # a caller's own pause is left as it was
    finally:
        gc.enable()
    with pytest.raises(ZeroDivisionError):
        with collector_paused():
            assert not gc.isenabled()
            1 / 0
    assert gc.isenabled()


# ---------------------------------------------------------------- a breakdown's cue

_CUE_PIECES = ["trong", " do", " d6", "de", "gom", "gdm", "g6m", "bao", "cu", " the", " ", "  ", "\n", ",", ";",
               ":", ".", "(", ")", "1", "2.5", "a", "x", "%", "ho so", "trong do:", "bao gom ", "cu the"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=60), st.integers(0, 150))
@example(["12 ho so", ", ", "trong do", ": ", "5"], 2)
@example(["x"] * 140 + [" gom"], 0)
@example(["a"] * 129 + [".", "5", " gom"], 0)
@example(["a"] * 129 + [";", " gom"], 0)
def test_a_breakdown_cue_is_found_as_the_pattern_finds_it(pieces, pos):
    from parser.check_search import _BREAKDOWN_CUE, _CUE_WORD_CORES, breakdown_cue

    folded = "".join(pieces)
    starts = sorted(m.start() for core in _CUE_WORD_CORES for m in core.finditer(folded))
    for p in range(min(pos, len(folded)), len(folded) + 1):
        got, want = breakdown_cue(folded, p, starts), _BREAKDOWN_CUE.match(folded, p)
        assert (got and got.span()) == (want and want.span())
