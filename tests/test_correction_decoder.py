"""The decoder's memos must never change a reading: what one text leaves behind cannot alter the
next, and the Viterbi pass still finds the cheapest path."""
from itertools import product
from pathlib import Path

import pytest

from parser.correction import decoder as decoder_module
from parser.correction.degrade import degrade_text
from parser.correction.engine import Engine
from parser.correction.learning import LearningStore

LANG = Path(__file__).resolve().parent.parent / "resources" / "lang"


@pytest.fixture(scope="module")
def texts():
    """The dev and held-out language texts, each garbled twice by the synthetic OCR."""
    sources = [p.read_text(encoding="utf-8") for d in ("dev", "heldout") for p in sorted((LANG / d).glob("*.txt"))]
    return [degrade_text(s, seed=71_000 + k) for k, s in enumerate(sources + sources)]


def outcome(engine, text, store):
    corrections = [(c.start, c.end, c.new, c.confidence) for c in engine.correct(text, store)]
    return corrections, engine.suspicious(text)


def test_memos_left_by_other_texts_change_nothing(texts, tmp_path):
    store = LearningStore(tmp_path / "none.json")
    fresh = [outcome(Engine(), t, store) for t in texts]
    shared = Engine()
    for t, expected in zip(texts + texts[::-1], fresh + fresh[::-1]):
        assert outcome(shared, t, store) == expected


def test_memos_start_afresh_past_their_limit(texts, tmp_path, monkeypatch):
    store = LearningStore(tmp_path / "none.json")
    expected = [outcome(Engine(), t, store) for t in texts]
    monkeypatch.setattr(decoder_module, "CACHE_LIMIT", 50)
    monkeypatch.setattr(decoder_module, "MEMO_LIMIT", 50)
    small = Engine()
    assert [outcome(small, t, store) for t in texts] == expected
    # cleared before a text once over the limit: never more than one text's entries beyond it
    bound = 50 + max(len(small.tokens(t)) for t in texts)
    assert len(small.decoder._states) <= bound
    assert all(len(m) <= bound for m in small.decoder._memos())


def path_cost(dec, lattice, path):
    """Channel costs plus bigram costs along one path, from <s>, as the Viterbi pass counts them."""
    total, prev = 0.0, dec.lm.boundary
    for states, i in zip(lattice, path):
        total = total + dec._entry(states.costs[i], prev, states.ids[i])
        prev = states.ids[i]
    return total


@pytest.mark.parametrize("line", ["tinh dén cac huy¢n thi", "Ban hanh vin ban chi", "nim 2020 quy trinh ndi",
                                  "phé duyét dé cuong va"])
def test_viterbi_finds_the_cheapest_path(line):
    engine = Engine()
    dec = engine.decoder
    tokens = engine.tokens(line)
    lattice = [dec.states(t) for t in tokens]
    seen = {}
    real_refine = dec._refine
    dec._refine = lambda lat, choice, breaks: seen.setdefault("choice", list(choice))
    for _ in range(2):  # the second run reads everything from the memos
        seen.clear()
        dec.decode(tokens, set())
        best = min(path_cost(dec, lattice, p) for p in product(*(range(len(s.ids)) for s in lattice)))
        assert path_cost(dec, lattice, seen["choice"]) == pytest.approx(best, abs=1e-9)
    dec._refine = real_refine


def reference_refine(lm, lattice, choice, breaks):
    """The trigram pass written plainly with lm.cost3: each word re-chosen, left to right, with its
    two neighbours on each side fixed; a neighbour across a break (or past the end) is no context."""
    n, b = len(lattice), lm.boundary
    seq = [s.ids[c] for s, c in zip(lattice, choice)]
    seg = [sum(1 for k in breaks if k <= t) for t in range(n)]

    def word(t, here):
        return seq[t] if 0 <= t < n and seg[t] == here else b

    for t in range(n):
        states = lattice[t]
        if len(states.ids) < 2:
            continue
        here = seg[t]
        l1 = word(t - 1, here)
        l2 = word(t - 2, here) if l1 != b else b
        r1, r2 = word(t + 1, here), word(t + 2, here)
        scores = []
        for sid, c in zip(states.ids, states.costs):
            c += lm.cost3(l2, l1, sid)
            if t + 1 < n:
                c += lm.cost3(l1, sid, r1)
                if t + 2 < n:
                    c += lm.cost3(sid, r1, r2)
            scores.append(c)
        choice[t] = scores.index(min(scores))
        seq[t] = states.ids[choice[t]]
    return choice


def test_trigram_pass_matches_its_plain_definition(texts):
    engine = Engine()
    dec = engine.decoder
    real_refine = dec._refine
    checked = 0
    for text in texts + texts:     # the second round reads the re-choices from the memos
        tokens = engine.tokens(text)
        breaks = engine.breaks(text, tokens)
        got = {}

        def spy(lattice, choice, breaks_):
            got["expected"] = reference_refine(engine.lm, lattice, list(choice), breaks_)
            real_refine(lattice, choice, breaks_)
            got["choice"] = list(choice)

        dec._refine = spy
        dec.decode(tokens, breaks)
        assert got["choice"] == got["expected"]
        checked += 1
    dec._refine = real_refine
    assert checked == 2 * len(texts)
