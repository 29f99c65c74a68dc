"""The array passes over a whole lattice (parser/correction/lattice.py) give the same readings as
the word-by-word passes (wordwise.py), bit for bit: the same word for every token and the same
confidence. The word-by-word passes are pinned to their plain definitions by
test_correction_decoder.py and test_correction_confidence.py."""
import gc
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parser.correction import decoder as decoder_module
from parser.correction.degrade import degrade_text
from parser.collector import collector_paused
from parser.correction.engine import Engine
from parser.correction.tables import SparseTable

LANG = Path(__file__).resolve().parent.parent / "resources" / "lang"


@pytest.fixture(scope="module")
def engine():
    return Engine()


def both_ways(engine, text, monkeypatch):
    """(readings by arrays, readings word by word) of `text`."""
    got = []
    for threshold in (0, 10**9):
        monkeypatch.setattr(decoder_module, "ARRAY_MIN_TOKENS", threshold)
        got.append(engine.read(text)[1])
    return got


@pytest.mark.parametrize("name", ["dev", "heldout"])
def test_arrays_read_degraded_reports_as_word_by_word(engine, name, monkeypatch):
    for k, path in enumerate(sorted((LANG / name).glob("*.txt"))):
        text = degrade_text(path.read_text(encoding="utf-8"), seed=73_000 + k)
        by_arrays, by_words = both_ways(engine, text, monkeypatch)
        assert len(by_arrays) > 300
        assert by_arrays == by_words
        # the texts change words, with confidences below 1
        assert any(r.word is not None and r.word != r.token.text and r.confidence < 1.0 for r in by_arrays)


# words as OCR prints them: clean and garbled syllables, capitals, numbers, codes, junk, punctuation
WORDS = ("tinh dén cac huy¢n thi xa thanh phé Ban hanh vin ban chi nim quy trinh ndi phé duyét dé cuong va "
         "UBND HDND ND-CP 2020 14 1.626 12,5% s6 1ap v6i co' Tân Mỹ Nguyễn Văn An NDM THWC BAQ ĐÀO TẠO "
         "trong dé gdm : , . ; ( ) - I1 a) ở ý tinh. huyén, xã: công tác năm 2021 kế hoạch").split()


@st.composite
def ocr_texts(draw):
    parts = draw(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", " ", " ", "\n", "\n\n", ", "])),
                          min_size=1, max_size=80))
    return "".join(w + gap for w, gap in parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ocr_texts())
def test_arrays_read_any_text_as_word_by_word(engine, text, monkeypatch):
    by_arrays, by_words = both_ways(engine, text, monkeypatch)
    assert by_arrays == by_words


def test_a_long_text_is_read_by_arrays_and_a_line_word_by_word(engine, monkeypatch):
    used = []
    real_pack = engine.decoder._pack
    monkeypatch.setattr(engine.decoder, "_pack", lambda lattice: used.append(len(lattice)) or real_pack(lattice))
    engine.read("tinh dén cac huy¢n")
    assert used == []
    text = degrade_text((LANG / "dev" / "report_dev.txt").read_text(encoding="utf-8"), seed=73_500)
    long_text = "\n\n".join([text] * (1 + decoder_module.ARRAY_MIN_TOKENS // len(text.split())))
    engine.read(long_text)
    assert used and min(used) >= decoder_module.ARRAY_MIN_TOKENS


@settings(max_examples=50, deadline=None)
@given(entries=st.dictionaries(st.integers(0, 2**42), st.floats(0, 50, allow_nan=False), max_size=300),
       others=st.lists(st.integers(0, 2**42), max_size=300))
def test_sparse_table_finds_what_a_dict_holds(entries, others):
    table = SparseTable(list(entries), list(entries.values()))
    keys = np.array(list(entries) + others, dtype=np.int64)
    found, value = table.get(keys, -1.0)
    assert found.tolist() == [k in entries for k in keys.tolist()]
    assert value.tolist() == [entries.get(k, -1.0) for k in keys.tolist()]
    # any shape of keys
    found2, value2 = table.get(keys.reshape(-1, 1), -1.0)
    assert found2.ravel().tolist() == found.tolist() and value2.ravel().tolist() == value.tolist()


def test_sparse_table_of_the_language_model_holds_every_bigram(engine):
    lm = engine.lm
    keys, costs = zip(*((a * lm.n + b, c) for a, f in enumerate(lm.follow) if f for b, c in f.items()))
    found, value = lm.arrays.bigram.get(np.array(keys, dtype=np.int64), 0.0)
    assert found.all() and value.tolist() == list(costs)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_while_reading_and_left_as_it_was(enabled):
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() == enabled
        with pytest.raises(ValueError), collector_paused():
            raise ValueError
        assert gc.isenabled() == enabled
    finally:
        (gc.enable if was else gc.disable)()


def garbled_capitals_reference(engine, text, tokens):
    """Engine.garbled_capitals as it was written first: the tokens grouped by line, every line looked at."""
    from parser.correction.engine import CAPS_GARBLE_MAX
    from parser.correction.tokens import CODE, JUNK, SYLLABLE, Token
    out = list(tokens)
    line_of: dict[int, list[int]] = {}
    line = 0
    for k, t in enumerate(tokens):
        if k and "\n" in text[tokens[k - 1].end:t.start]:
            line += 1
        line_of.setdefault(line, []).append(k)
    for ks in line_of.values():
        caps = [k for k in ks if tokens[k].kind == SYLLABLE and tokens[k].text.isupper()]
        if len(caps) < 2:
            continue
        for k in ks:
            t = tokens[k]
            if t.kind != CODE or not t.text.isupper() or not t.text.isalnum() or not 3 <= len(t.text) <= 7:
                continue
            got = engine.gen.candidates(t.text.lower())
            if got and got[0][1] <= CAPS_GARBLE_MAX:
                out[k] = Token(t.start, t.end, t.text, JUNK)
    return out


HEADING_WORDS = "NDM THWC BAQ UBND CNTT IUU ĐÀO TẠO BÁO CÁO KET QUA NAM THUC HIEN tinh huyện 2024 -".split()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.tuples(st.sampled_from(HEADING_WORDS + WORDS), st.sampled_from([" ", " ", "\n", "\n\n", " \n "])),
                      min_size=1, max_size=40))
def test_garbled_capitals_reads_each_line_as_before(engine, parts):
    from parser.correction.tokens import tokenize
    text = "".join(w + gap for w, gap in parts)
    tokens = tokenize(text, engine.lm.skeletons, engine.lm.foreign)
    assert engine.garbled_capitals(text, tokens) == garbled_capitals_reference(engine, text, tokens)


def test_garbled_capitals_still_finds_a_garbled_heading_word(engine):
    text = "tinh hinh\nBÁO CÁO KET QUA NDM 2024\nUBND tinh NDM"
    kinds = {(t.start, t.text): t.kind for t in engine.tokens(text)}
    assert kinds[(text.index("NDM"), "NDM")] == "junk"          # on a line of capitals
    assert kinds[(text.rindex("NDM"), "NDM")] == "code"          # not on a line with one capital word
