"""The lattice's arrays, restructured for speed, hold what their plain definitions say: the padded
rows of the states, the seen pairs between neighbours, and the sparse tables' look-ups with any
default (tests/test_correction_speedups.py checks the readings as a whole against word by word)."""
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parser.correction import decoder as decoder_module
from parser.correction import lattice as lattice_module
from parser.correction.degrade import degrade_text
from parser.correction.engine import Engine
from parser.correction.lattice import PackedLattice, _seen_pairs
from parser.correction.tables import SparseTable


@pytest.fixture(scope="module")
def engine():
    return Engine()


WORDS = ("tinh dén cac huy¢n thi xa thanh phé Ban hanh vin ban chi nim quy trinh ndi phé duyét "
         "UBND 2020 14 s6 1ap v6i co' NDM THWC trong dé gdm : , . ( ) ở ý công tác năm kế hoạch").split()


def lattice_of(engine, words):
    tokens = engine.tokens(" ".join(words))
    return [engine.decoder.states(t) for t in tokens]


def plain_seen_pairs(packed, lattice):
    """(t, j, i, cost) of every seen pair into a token after one with several states, by t, j, i."""
    lm = packed.lm
    out = []
    for t in range(1, len(lattice)):
        if len(lattice[t - 1]) < 2:
            continue
        for j, p in enumerate(lattice[t - 1].ids):
            for i, sid in enumerate(lattice[t].ids):
                if p == sid == lm.boundary:
                    out.append((t, j, i, 0.0))
                elif lm.follow[p] is not None and sid in lm.follow[p]:
                    out.append((t, j, i, lm.follow[p][sid]))
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
def test_packed_rows_and_seen_pairs_are_the_plain_ones(engine, words):
    lattice = lattice_of(engine, words)
    packed = PackedLattice(lattice, engine.lm)
    width = max(len(s) for s in lattice)
    assert packed.ids.shape == (len(lattice), width)
    for k, s in enumerate(lattice):
        n = len(s)
        assert packed.sizes[k] == n
        assert packed.ids[k, :n].tolist() == list(s.ids)
        assert packed.costs[k, :n].tolist() == list(s.costs)
        assert packed.kept[k, :n].tolist() == [sid < 0 for sid, _ in s]
        assert packed.valid[k].tolist() == [i < n for i in range(width)]
        assert np.isinf(packed.costs[k, n:]).all() and not packed.kept[k, n:].any()
        assert (packed.ids[k, n:] == engine.lm.boundary).all()
        assert packed.unis[k, :n].tolist() == [engine.lm.uni[i] for i in s.ids]
    got = list(zip(*(a.tolist() for a in _seen_pairs(packed))))
    assert got == plain_seen_pairs(packed, lattice)


@settings(max_examples=60, deadline=None)
@given(entries=st.dictionaries(st.integers(0, 2**40), st.floats(0, 50, allow_nan=False), max_size=200),
       others=st.lists(st.integers(0, 2**40), max_size=200), rows=st.integers(1, 4))
def test_sparse_table_get_with_an_array_default(entries, others, rows):
    table = SparseTable(list(entries), list(entries.values()))
    keys = list(entries) + others
    keys += [0] * (-len(keys) % rows)
    keys = np.array(keys, dtype=np.int64).reshape(rows, -1)
    default = np.arange(keys.size, dtype=np.float64).reshape(keys.shape) / 7
    found, value = table.get(keys, default)
    assert found.tolist() == [[k in entries for k in row] for row in keys.tolist()]
    assert value.tolist() == [[entries.get(k, d) for k, d in zip(row, drow)]
                              for row, drow in zip(keys.tolist(), default.tolist())]
    # a default of one column, broadcast along the rows
    column = default[:, :1]
    _, value = table.get(keys, column)
    assert value.tolist() == [[entries.get(k, drow[0]) for k in row] for row, drow in zip(keys.tolist(), column.tolist())]
    # find: the slot of each key found holds its value
    found, slot = table.find(keys)
    assert [table.values[s, 0] for s, f in zip(slot.ravel(), found.ravel()) if f] == \
        [entries[k] for k in keys.ravel().tolist() if k in entries]


LANG = Path(__file__).resolve().parent.parent / "resources" / "lang"


def readings_with(engine, text, monkeypatch, tail_rows, min_tokens=0):
    monkeypatch.setattr(lattice_module, "TAIL_ROWS", tail_rows)
    monkeypatch.setattr(decoder_module, "ARRAY_MIN_TOKENS", min_tokens)
    return engine.read(text)[1]


def test_sentence_tails_stepped_word_by_word_read_as_arrays_do(engine, monkeypatch):
    """The Viterbi steps where few sentences go on are taken word by word: the same readings as
    all steps as arrays (TAIL_ROWS 0), all but the first word by word, and the word-by-word passes."""
    for k, path in enumerate(sorted((LANG / "dev").glob("*.txt"))[:3]):
        text = degrade_text(path.read_text(encoding="utf-8"), seed=74_000 + k)
        arrays = readings_with(engine, text, monkeypatch, 0)
        assert len(arrays) > 300
        assert readings_with(engine, text, monkeypatch, 8) == arrays
        assert readings_with(engine, text, monkeypatch, 10**6) == arrays
        assert readings_with(engine, text, monkeypatch, 8, 10**9) == arrays


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", " ", " ", "\n", "\n\n", ", "])),
                      min_size=1, max_size=120), tail_rows=st.integers(1, 5))
def test_any_text_reads_the_same_with_word_by_word_tails(engine, parts, tail_rows, monkeypatch):
    text = "".join(w + gap for w, gap in parts)
    assert readings_with(engine, text, monkeypatch, tail_rows) == readings_with(engine, text, monkeypatch, 0)


def test_a_new_text_of_some_length_goes_by_arrays_a_familiar_one_word_by_word(monkeypatch):
    engine = Engine()
    used = []
    real_pack = engine.decoder._pack
    monkeypatch.setattr(engine.decoder, "_pack", lambda lattice: used.append(len(lattice)) or real_pack(lattice))
    words = " ".join(degrade_text(path.read_text(encoding="utf-8"), seed=74_500 + k)
                     for k, path in enumerate(sorted((LANG / "corpus").glob("*.txt"))[:12])).split()
    assert len(words) > decoder_module.ARRAY_MIN_TOKENS // 4 + 100
    text = " ".join(words[:decoder_module.ARRAY_MIN_TOKENS // 4 + 100])
    other = " ".join(words[-(decoder_module.ARRAY_MIN_TOKENS // 4 + 100):])
    # the arrays not set up yet (a fresh decoder that has read no new text, the model as if unused):
    # word by word until as much new text as a long one was read
    monkeypatch.setattr(engine.decoder, "_arrays_set_up", lambda: False)
    engine.read(text)
    assert used == []
    engine.decoder._new_tokens = decoder_module.ARRAY_MIN_TOKENS
    middle = " ".join(words[len(words) // 2 - 600:len(words) // 2 + 600])
    by_arrays = engine.read(middle)[1]
    assert used
    used.clear()
    # read word by word once (as a shorter text would be), it is familiar: word by word again
    monkeypatch.setattr(decoder_module, "ARRAY_MIN_TOKENS", 10**9)
    assert engine.read(other)[1]
    monkeypatch.undo()
    monkeypatch.setattr(engine.decoder, "_pack", lambda lattice: used.append(len(lattice)) or real_pack(lattice))
    engine.read(other)
    assert used == []
    # a short text always goes word by word
    engine.read(" ".join(words[:decoder_module.ARRAY_MIN_TOKENS // 4 - 10]))
    assert used == []
    assert engine.read(middle)[1] == by_arrays
