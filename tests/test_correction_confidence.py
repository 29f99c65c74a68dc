"""A reading's confidence, however the decoder computes it, is its plain definition: the share of
the chosen state among the word's states, each scored with its own cost, the bigram cost from the
chosen left neighbour and the bigram cost to the chosen right neighbour (plus that neighbour's own
cost). The decoder computes every state at once and corrects only the pairs the model has seen,
so this pins that shortcut to the definition."""
from math import exp
from pathlib import Path

import pytest

from parser.correction.degrade import degrade_text
from parser.correction.engine import Engine

LANG = Path(__file__).resolve().parent.parent / "resources" / "lang"


def plain_confidence(lm, states, mine, left, right, right_cost):
    b = lm.boundary
    scores = []
    for sid, c in zip(states.ids, states.costs):
        v = c + (0.0 if left == sid == b else lm.cost(left, sid))
        if right is not None:
            v += right_cost + (0.0 if sid == right == b else lm.cost(sid, right))
        scores.append(v)
    return 1.0 / sum(exp(scores[mine] - v) for v in scores)


@pytest.mark.parametrize("seed", [5, 6])
def test_confidence_is_the_share_of_the_chosen_state(seed):
    source = (LANG / "dev" / "report_dev.txt").read_text(encoding="utf-8")
    text = degrade_text(source, seed=72_000 + seed)
    engine = Engine()
    dec = engine.decoder
    tokens = engine.tokens(text)
    breaks = engine.breaks(text, tokens)
    seen = {}
    real = dec._readings

    def spy(tokens_, lattice, choice, breaks_, wanted=None):
        seen.update(lattice=lattice, choice=list(choice))
        return real(tokens_, lattice, choice, breaks_, wanted)

    dec._readings = spy
    try:
        readings = dec.decode(tokens, breaks)
    finally:
        dec._readings = real
    lattice, choice, lm = seen["lattice"], seen["choice"], engine.lm
    checked = 0
    for k, r in enumerate(readings):
        states = lattice[k]
        if r.word is None or len(states) == 1:
            continue
        left = lm.boundary if k == 0 or k in breaks else lattice[k - 1].ids[choice[k - 1]]
        if k == len(tokens) - 1:
            right = right_cost = None
        elif k + 1 in breaks:
            right, right_cost = lm.boundary, 0.0
        else:
            right, right_cost = lattice[k + 1].ids[choice[k + 1]], lattice[k + 1].costs[choice[k + 1]]
        expected = plain_confidence(lm, states, choice[k], left, right, right_cost)
        assert r.confidence == pytest.approx(expected, rel=1e-9, abs=1e-12)
        checked += 1
    assert checked > 100
