"""The decoder's passes word by word, for short texts (a line to suggest for, a small report):
there the array passes of lattice.py cost more in fixed overhead per call and per position than
they save. Same results as lattice.py, bit for bit (tests/test_correction_speedups.py checks it).

A Viterbi step needs no matrix of transition costs: an unseen pair costs backoff(prev) +
unigram(cur), so the best unseen predecessor is found once per step, and only the pairs seen
together matter. Those pairs, a word's re-choice in the trigram pass (given its two neighbours on
each side), the bigram costs that re-choice starts from, and a reading's confidence depend only on
the words involved, not on the path: they are memoised (a line asked about again, or a report
corrected again, reuses them). Looking a word's states up from the other end (the reverse bigram
index lm.precede, lm.tri_after/tri_before) lets C-level map() do the per-state lookups.
"""
from __future__ import annotations

from itertools import repeat
from math import exp, log
from operator import add, sub
from typing import TYPE_CHECKING

from .langmodel import LanguageModel

if TYPE_CHECKING:
    from .decoder import States


class WordwisePasses:
    """Viterbi, trigram rescoring and confidences one word at a time, with memos keyed on the
    States' keys (never reused, so the memos stay right whatever the States cache drops)."""

    def __init__(self, lm: LanguageModel, start) -> None:
        self.lm = lm
        self.start = start      # the States of <s> alone: where a sentence starts
        self._entries: dict[tuple[int, int], list] = {}     # Viterbi: (LM word, word) -> costs into its states
        self._seen: dict[tuple[int, int], tuple] = {}       # Viterbi: seen pairs between two words
        self._bigrams_in: dict[tuple[int, int], list] = {}   # trigram pass: (l1, word) -> bigram costs
        self._bigrams_out: dict[tuple[int, int], list] = {}  # (word, r1) -> bigram costs
        self._trigrams_in: dict[tuple[int, int, int], list] = {}   # (l2, l1, word) -> costs into it
        self._rechosen: dict[tuple, int] = {}                # (l2, l1, word, r1, r2) -> state
        self._confidence: dict[tuple, float] = {}           # (left, word, choice, right, its cost)

    @property
    def known_steps(self) -> dict:
        """The Viterbi steps from a word with several states met before: (its States' key, the next's)."""
        return self._seen

    def memos(self) -> list[dict]:
        return [self._entries, self._seen, self._bigrams_in, self._bigrams_out, self._trigrams_in, self._rechosen,
                self._confidence]

    def _entry(self, c: float, p: int, sid: int) -> float:
        """Cost of the state (sid, own cost c) right after the LM word p."""
        lm = self.lm
        if p == sid == lm.boundary:
            return c
        f = lm.follow[p]
        v = f.get(sid) if f is not None else None
        return c + lm.uni[sid] + lm.backoff[p] if v is None else c + v

    def viterbi(self, lattice, breaks) -> list[int]:
        """The cheapest path's state for each token (see lattice.viterbi for the exact rules)."""
        boundary = self.lm.boundary
        entry_memo = self._entries
        start = self.start
        prev, prev_cost = start, [0.0]
        backs: list[list[int] | None] = []
        break_from: dict[int, int] = {}
        for k, cur in enumerate(lattice):
            if k in breaks:
                # a context break: end the sentence in its best state, start again from <s>
                ends = [pc + self._entry(0.0, p, boundary) for pc, p in zip(prev_cost, prev.ids)]
                j = ends.index(min(ends))
                break_from[k] = j
                prev, prev_cost = start, [0.0]     # each sentence counts from 0
            if len(prev_cost) == 1:  # after a number, a code, punctuation or a break
                p = prev.ids[0]
                entries = entry_memo.get((p, cur.key))
                if entries is None:
                    entries = entry_memo[p, cur.key] = [self._entry(c, p, sid) for sid, c in zip(cur.ids, cur.costs)]
                cur_cost = list(map(prev_cost[0].__add__, entries))
                backs.append(None)
            else:
                cur_cost, back = self._step(prev, prev_cost, cur)
                backs.append(back)
            prev, prev_cost = cur, cur_cost
        choice = [0] * len(lattice)
        if lattice:
            j = prev_cost.index(min(prev_cost))
            for k in range(len(lattice) - 1, -1, -1):
                choice[k] = j
                if k in break_from:
                    j = break_from[k]
                else:
                    back = backs[k]
                    j = 0 if back is None else back[j]
        return choice

    def _step(self, prev: States, prev_cost: list[float], cur: States) -> tuple[list[float], list[int]]:
        """One Viterbi step from several states. An unseen pair costs backoff(p) + uni(sid), so the
        best unseen predecessor is the same for every state of `cur`; only the pairs seen together
        are then visited. A seen pair never costs more than its backoff (Witten-Bell), except by
        the rounding of the tables: then that state's step is done in full."""
        bases = list(map(add, prev_cost, prev.backs))
        low = min(bases)
        jb = bases.index(low)
        best = list(map(low.__add__, cur.unis))
        arg = [jb] * len(best)
        exact = None
        pair = (prev.key, cur.key)
        seen = self._seen.get(pair)
        if seen is None:
            seen = self._seen[pair] = self._seen_pairs(prev, cur)
        for j, i, v in seen:
            v += prev_cost[j]
            b = best[i]
            if j == jb and v >= b:
                if exact is None:
                    exact = {i}
                else:
                    exact.add(i)
            elif v < b or (v == b and j < arg[i]):
                if exact is None or i not in exact:
                    best[i] = v
                    arg[i] = j
        cur_cost = list(map(add, best, cur.costs))
        if exact is not None:
            ids, costs = cur.ids, cur.costs
            for i in exact:
                sid, c = ids[i], costs[i]
                vals = [pc + self._entry(c, p, sid) for pc, p in zip(prev_cost, prev.ids)]
                cur_cost[i] = min(vals)
                arg[i] = vals.index(cur_cost[i])
        return cur_cost, arg

    def _seen_pairs(self, prev: States, cur: States) -> tuple[tuple[int, int, float], ...]:
        """(j, i, cost) of the pairs prev.ids[j] -> cur.ids[i] the model has seen (<s> -> <s>
        costs nothing), by predecessor j then i."""
        lm = self.lm
        follow, boundary = lm.follow, lm.boundary
        idset, index = cur.idset, cur.index
        out = []
        for j, p in enumerate(prev.ids):
            f = follow[p]
            if f is not None and not f.keys().isdisjoint(idset):
                out += [(j, index[sid], f[sid]) for sid in f.keys() & idset]
            if p == boundary and boundary in idset:
                at = index[boundary]
                out = [h for h in out if h[0] != j or h[1] != at]
                out.append((j, at, 0.0))
        out.sort()      # the set intersections come in no particular order
        return tuple(out)

    def refine(self, lattice, choice, breaks) -> None:
        """One pass of trigram rescoring: each word re-chosen with its two neighbours on
        each side fixed (iterated conditional modes). A state's score: its own cost, plus
        -log P(sid | l2 l1), -log P(r1 | l1 sid) and -log P(r2 | sid r1) as lm.cost3 computes them."""
        boundary = self.lm.boundary
        memo = self._rechosen
        n = len(lattice)
        seq = [lattice[k].ids[choice[k]] for k in range(n)]
        seg, s = [], 0
        for k in range(n):
            s += k in breaks
            seg.append(s)

        seg.append(-1)      # sentinels: nothing beyond either end is context
        seg.append(-1)
        seq.append(boundary)
        seq.append(boundary)
        for t in range(n):
            cur = lattice[t]
            if len(cur) < 2:
                continue
            here = seg[t]
            # a neighbour across a break is no context (seg[-1], seg[-2] are the sentinels);
            # None: beyond the end of the text
            l1 = seq[t - 1] if seg[t - 1] == here else boundary
            l2 = seq[t - 2] if l1 != boundary and seg[t - 2] == here else boundary
            r1 = (seq[t + 1] if seg[t + 1] == here else boundary) if t + 1 < n else None
            r2 = (seq[t + 2] if seg[t + 2] == here else boundary) if t + 2 < n else None
            key = (l2, l1, cur.key, r1, r2)
            arg = memo.get(key)
            if arg is None:
                arg = memo[key] = self._rechoose(cur, l2, l1, r1, r2)
            choice[t] = arg
            seq[t] = cur.ids[arg]

    def _rechoose(self, cur: States, l2: int, l1: int, r1: int | None, r2: int | None) -> int:
        """The state of `cur` with the least score between fixed neighbours (the first of equals)."""
        scores = list(map(add, cur.costs, self._into_costs(l2, l1, cur)))
        if r1 is not None:
            out = self._out_costs(l1, cur, r1)
            if r2 is not None:
                scores = [c + v + w for c, v, w in zip(scores, out, self._far_costs(cur, r1, r2))]
            else:
                scores = list(map(add, scores, out))
        return scores.index(min(scores))

    # The trigram pass's costs below are computed for every state by the common case's formula (a
    # pair or triple the model never saw) and then set right for the few states the tables hold,
    # found by intersecting their keys with the state ids instead of a look-up per state. Each value
    # is the same floating-point expression as the one-state formula, so choices are unchanged.

    def _into_costs(self, l2: int, l1: int, cur: States) -> list[float]:
        """-log P(sid | l2 l1) of each state: the bigram (or its backoff) mixed with the trigram counts."""
        lm = self.lm
        m = lm.n
        bigrams = self._bigrams_in.get((l1, cur.key))
        if bigrams is None:
            f, b = lm.follow[l1], lm.backoff[l1]
            bigrams = list(map(add, cur.unis, repeat(b)))
            if f is not None:
                index = cur.index
                for sid in f.keys() & cur.idset:
                    bigrams[index[sid]] = f[sid]
            self._bigrams_in[l1, cur.key] = bigrams
        ctx = lm.tri_context.get(l2 * m + l1)
        if ctx is None:
            return bigrams
        key = (l2, l1, cur.key)
        got = self._trigrams_in.get(key)
        if got is not None:
            return got
        total, types = ctx
        # -log((0 + types * exp(-big)) / (total + types)) for a word never seen after "l2 l1"
        whole = total + types
        out = [-log(types * exp(-big) / whole) for big in bigrams]
        seen = lm.tri_next[l2 * m + l1]
        index = cur.index
        for sid in seen.keys() & cur.idset:
            i = index[sid]
            out[i] = -log((seen[sid] + types * exp(-bigrams[i])) / whole)
        self._trigrams_in[key] = out
        return out

    def _out_costs(self, l1: int, cur: States, r1: int) -> list[float]:
        """-log P(r1 | l1 sid) of each state."""
        lm = self.lm
        m = lm.n
        bigrams = self._bigrams_out.get((cur.key, r1))
        if bigrams is None:
            bigrams = list(map(add, cur.backs, repeat(lm.uni[r1])))
            before = lm.precede[r1]
            if before is not None:
                index = cur.index
                for sid in before.keys() & cur.idset:
                    bigrams[index[sid]] = before[sid]
            self._bigrams_out[cur.key, r1] = bigrams
        contexts = lm.tri_after.get(l1)     # "l1 sid" -> (total, types)
        if contexts is None:
            return bigrams
        hits = contexts.keys() & cur.idset
        if not hits:
            return bigrams
        out = list(bigrams)
        tri, base, index = lm.tri, l1 * m, cur.index
        for sid in hits:
            i = index[sid]
            total, types = contexts[sid]
            out[i] = -log((tri.get((base + sid) * m + r1, 0.0) + types * exp(-out[i])) / (total + types))
        return out

    def _far_costs(self, cur: States, r1: int, r2: int) -> list[float]:
        """-log P(r2 | sid r1) of each state."""
        lm = self.lm
        m = lm.n
        plain = lm.cost(r1, r2)
        out = [plain] * len(cur.ids)
        contexts = lm.tri_before.get(r1)    # "sid r1" -> (total, types)
        if contexts is None:
            return out
        tri, tail, index = lm.tri, exp(-plain), cur.index
        for sid in contexts.keys() & cur.idset:
            total, types = contexts[sid]
            out[index[sid]] = -log((tri.get((sid * m + r1) * m + r2, 0.0) + types * tail) / (total + types))
        return out

    def confidences(self, lattice, choice, breaks, rows) -> list[float]:
        """The confidence of each token of `rows` (see lattice.confidences)."""
        lm = self.lm
        boundary = lm.boundary
        memo = self._confidence
        last = len(lattice) - 1
        out = []
        for k in rows:
            cur = lattice[k]
            mine = choice[k]
            left = boundary if k == 0 or k in breaks else lattice[k - 1].ids[choice[k - 1]]
            if k == last:
                r = rc = None
            elif k + 1 in breaks:
                r, rc = boundary, 0.0   # <s> after a break
            else:
                nxt = lattice[k + 1]
                r, rc = nxt.ids[choice[k + 1]], nxt.costs[choice[k + 1]]
            key = (left, cur.key, mine, r, rc)
            conf = memo.get(key)
            if conf is None:
                conf = memo[key] = self._confidence_of(cur, mine, left, r, rc)
            out.append(conf)
        return out

    def _confidence_of(self, cur: States, mine: int, left: int, r: int | None, rc: float | None) -> float:
        """The share of state `mine` among `cur`'s states between the LM word `left` and the
        state (r, own cost rc) on the right (None: the end of the text)."""
        lm = self.lm
        boundary = lm.boundary
        costs, index, idset = cur.costs, cur.index, cur.idset
        # the cost into each state from the left neighbour (as _entry computes it)
        f = lm.follow[left]
        scores = list(map(add, cur.costs_unis, repeat(lm.backoff[left])))
        if f is not None:
            for sid in f.keys() & idset:
                i = index[sid]
                scores[i] = costs[i] + f[sid]
        if left == boundary and boundary in idset:
            i = index[boundary]
            scores[i] = costs[i]
        if r is not None:
            # and out of it to the right neighbour
            step = list(map(add, repeat(rc + lm.uni[r]), cur.backs))
            before = lm.precede[r]
            if before is not None:
                for sid in before.keys() & idset:
                    step[index[sid]] = rc + before[sid]
            if r == boundary and boundary in idset:
                step[index[boundary]] = rc
            scores = list(map(add, scores, step))
        top = scores[mine]
        z = sum(map(exp, map(sub, repeat(top), scores)))
        return 1.0 / z
