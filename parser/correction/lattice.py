"""The decoder's three passes over a whole lattice at once, with numpy: the Viterbi path, the
trigram rescoring of it, and the confidence of each reading (see decoder.py for what they compute,
wordwise.py for the same passes one word at a time).

A Python loop per word pays for every word's few states with a dozen interpreted operations and,
on a new text, misses its memos almost every time (a word's context rarely recurs). Here each pass
is a few array operations over all words together, the model's tables looked up in the hash
tables of tables.py.

Results are the same as word by word, bit for bit: every cost is the same floating-point
expression, evaluated in the same order, on the same float values, and ties go to the first state
(argmin). The Viterbi pass steps through the sentences side by side (they are independent: a
context break ends one and starts the next from <s>). The rescoring pass is sequential by
definition (a word is re-chosen after its left neighbours were); it is evaluated for all words at
once with their Viterbi neighbours, then again only for the words whose left neighbours changed,
until nothing changes: a word depends only on the two words before it and on the fixed Viterbi
words after it, so this reaches exactly the left-to-right result.
"""
from __future__ import annotations

from itertools import chain
from operator import attrgetter

import numpy as np

from .langmodel import LanguageModel
from .tables import LanguageArrays

_NONE = -1      # no right neighbour (the end of the text)
_KEY = attrgetter("key")
TAIL_ROWS = 8   # the Viterbi steps with at most this many sentences going on are taken word by word


class PackedLattice:
    """A lattice (one States per token) as padded arrays: row t holds token t's states; the
    padding has an infinite cost (never chosen, weight 0 in a confidence)."""

    def __init__(self, lattice: list, lm: LanguageModel) -> None:
        arrays: LanguageArrays = lm.arrays
        self.lm, self.arrays = lm, arrays
        self.n = len(lattice)
        # the distinct States (a text repeats its words), each made into a row once
        keys = list(map(_KEY, lattice))
        distinct = {k: st for k, st in zip(keys, lattice)}
        row_of = dict(zip(distinct, range(len(distinct))))
        at = np.fromiter(map(row_of.__getitem__, keys), dtype=np.intp, count=self.n)
        sizes = np.fromiter(map(len, distinct.values()), dtype=np.int64, count=len(distinct))
        width = int(sizes.max()) if len(sizes) else 1
        # every state of the distinct States in a row: (LM id or -1, cost); ids are exact in float64
        flat = np.array(list(chain.from_iterable(distinct.values())), dtype=np.float64).reshape(-1, 2)
        filled = np.arange(width) < sizes[:, None]
        ids = np.full((len(distinct), width), lm.boundary, dtype=np.int64)
        costs = np.full((len(distinct), width), np.inf)
        kept = np.zeros((len(distinct), width), dtype=bool)
        raw = flat[:, 0].astype(np.int64)
        ids[filled] = np.where(raw < 0, lm.boundary, raw)   # -1 keeps the word: <s> for the model
        costs[filled] = flat[:, 1]
        kept[filled] = raw < 0
        self.ids, self.costs, self.sizes = ids[at], costs[at], sizes[at]
        self.kept = kept[at]        # the state keeps the word as printed (no LM word: id -1)
        self.unis = arrays.uni[self.ids]
        self.backs = arrays.backoff[self.ids]
        self.valid = filled[at]
        self.lattice = lattice
        # the distinct rows, and each token's row among them (for work done once per distinct pair)
        self.at, self.rows_ids, self.rows_valid = at, ids, filled

    def chosen(self, choice: np.ndarray) -> np.ndarray:
        return self.ids[np.arange(self.n), choice]

    def readings(self, choice: list[int]) -> tuple[list[int], list[bool], list[bool]]:
        """For each token: the LM id of its chosen state, whether that state keeps the word as
        printed, and whether the token has several states."""
        chosen = np.array(choice, dtype=np.intp)
        rows = np.arange(self.n)
        return self.ids[rows, chosen].tolist(), self.kept[rows, chosen].tolist(), (self.sizes > 1).tolist()


def viterbi(packed: PackedLattice, breaks, words=None) -> list[int]:
    """The cheapest path (channel costs plus bigram costs) through each sentence, as state indices.

    A context break ends a sentence in its best state (with the cost of <s> after it) and starts the
    next from <s>: the sentences are independent, so they are stepped through side by side, position
    by position (the longest first, so the sentences still going are a prefix). Each sentence's costs
    count from 0 at its start.

    A step into state i: the least of prev_cost[j] + backoff(p_j) + uni(i) over the predecessors
    (only the cheapest, jb, matters for an unseen pair) and prev_cost[j] + bigram(p_j, i) over the
    pairs the model saw, then plus i's own cost; ties go to the first predecessor. When a seen pair
    from jb costs no less than the best so far (rounding in the tables can make a seen pair dearer
    than its backoff), the state is stepped in full, each predecessor with Decoder._entry's sum.
    After a single state (a number, a code, <s>) a step is that state's cost plus _entry."""
    n = packed.n
    if not n:
        return []
    a, lm = packed.arrays, packed.lm
    m, boundary = lm.n, lm.boundary
    first = np.zeros(n, dtype=bool)
    first[0] = True
    if breaks:
        first[[k for k in breaks if 0 < k < n]] = True
    seg_starts = np.flatnonzero(first)
    lengths = np.diff(np.append(seg_starts, n))
    order = np.argsort(-lengths, kind="stable")
    starts, lengths = seg_starts[order], lengths[order]
    going = -lengths      # ascending: the count of sentences longer than q is searchsorted(going, -q)
    # each token's position in its sentence (q) and its sentence's rank (its row while stepping)
    seg = np.cumsum(first) - 1
    rank = np.empty(len(order), dtype=np.intp)
    rank[order] = np.arange(len(order))
    rank, pos = rank[seg], np.arange(n) - seg_starts[seg]
    ids, costs, unis, backs = packed.ids, packed.costs, packed.unis, packed.backs
    width = ids.shape[1]
    col = (slice(None), None)
    # after <s> (a sentence's start) or a single state: that state's cost plus Decoder._entry
    single = np.ones(n, dtype=bool)
    single[1:] = packed.sizes[:-1] == 1
    single |= first
    after = np.where(first, boundary, ids[np.maximum(np.arange(n) - 1, 0), 0])
    entries = _entries(a, m, boundary, after, ids, costs, unis)
    # the seen pairs into each token after several states, grouped by position, then row
    hit_t, hit_j, hit_i, hit_f = _seen_pairs(packed)
    by_pos = np.argsort(pos[hit_t] * n + rank[hit_t], kind="stable")
    hit_t, hit_j, hit_i, hit_f = hit_t[by_pos], hit_j[by_pos], hit_i[by_pos], hit_f[by_pos]
    hit_cell = rank[hit_t] * width + hit_i
    hits_at = np.searchsorted(pos[hit_t], np.arange(int(lengths[0]) + 1))
    acc = np.empty(costs.shape, dtype=np.float64)
    back = np.zeros(ids.shape, dtype=np.intp)
    cur = starts
    acc[cur] = entries[cur]
    # the positions where at most TAIL_ROWS sentences go on are stepped word by word (`words`, the
    # WordwisePasses): a step as arrays costs a few dozen array operations however few rows it has
    stop = int(lengths[0])
    if words is not None and TAIL_ROWS:
        stop = int(lengths[TAIL_ROWS]) if len(lengths) > TAIL_ROWS else 1
    for q in range(1, stop):
        live = int(np.searchsorted(going, -q, side="left"))
        cur = starts[:live] + q
        pc = acc[cur - 1]                               # [rows, j]
        # from several states (computed for every row, kept for those after several states)
        bases = pc + backs[cur - 1]
        jb = bases.argmin(axis=1)
        unseen = (bases.min(axis=1)[col] + unis[cur]).ravel()     # [rows * i]: the unseen step from jb
        out = unseen.copy()
        arg = np.repeat(jb, width)
        h0, h1 = hits_at[q], hits_at[q + 1]
        full = None
        if h1 > h0:
            # the seen pairs into these tokens: predecessor j, state i (cell = row * width + i), cost v
            j, cell = hit_j[h0:h1], hit_cell[h0:h1]
            row = cell // width
            v = hit_f[h0:h1] + pc[row, j]
            from_jb = j == jb[row]
            seen_jb = np.zeros(len(unseen), dtype=bool)
            seen_jb[cell[from_jb]] = True
            v_jb = np.full(len(unseen), np.inf)
            v_jb[cell[from_jb]] = v[from_jb]
            # the best before jb's seen pair is looked at: the unseen step, or a seen pair from j < jb
            before = unseen.copy()
            early = j < jb[row]
            np.minimum.at(before, cell[early], v[early])
            full = seen_jb & (v_jb >= before)
            # the least of the unseen step (unless jb's pair is seen) and the seen pairs; ties: first j
            out[seen_jb] = np.inf
            np.minimum.at(out, cell, v)
            arg[seen_jb | (unseen != out)] = width
            win = v == out[cell]
            np.minimum.at(arg, cell[win], j[win])
        out += costs[cur].ravel()
        if full is not None and full.any():
            r, i = np.divmod(np.flatnonzero(full), width)
            k = cur[r]
            c_r = costs[k, i][col]                      # [cells, j]
            sid = ids[k, i][col]
            pr = ids[k - 1]
            raw, f_r = a.bigram.get(pr * m + sid, 0.0)
            entry = np.where(raw, c_r + f_r, (c_r + unis[k, i][col]) + backs[k - 1])
            entry = np.where((pr == boundary) & (sid == boundary), c_r, entry)
            vals = pc[r] + entry
            cells = r * width + i
            arg[cells] = vals.argmin(axis=1)
            out[cells] = vals.min(axis=1)
        one = single[cur][col]
        acc[cur] = np.where(one, pc[:, :1] + entries[cur], out.reshape(-1, width))
        back[cur] = np.where(one, 0, arg.reshape(-1, width))
    if stop < int(lengths[0]):
        _step_tails(packed, words, acc, back, starts[:int(np.searchsorted(going, -stop, side="left"))] + stop,
                    starts + lengths)
    # each sentence's last state: the cheapest with <s> after it (none after the last sentence)
    last = starts + lengths - 1
    ends = acc[last].copy()
    followed = last < n - 1
    if followed.any():
        k = last[followed]
        p = ids[k]
        raw, f = a.bigram.get(p * m + boundary, 0.0)
        entry = np.where(raw, 0.0 + f, (0.0 + a.uni[boundary]) + a.backoff[p])
        entry = np.where(p == boundary, 0.0, entry)
        ends[followed] = acc[k] + entry
    j = ends.argmin(axis=1)
    choice = np.zeros(n, dtype=np.intp)
    for q in range(int(lengths[0]) - 1, -1, -1):
        live = int(np.searchsorted(going, -q, side="left"))
        cur = starts[:live] + q
        jj = j[:live]
        choice[cur] = jj
        j[:live] = back[cur, jj]
    return choice.tolist()


def _step_tails(packed: PackedLattice, words, acc: np.ndarray, back: np.ndarray, froms: np.ndarray,
                ends: np.ndarray) -> None:
    """The Viterbi steps of the tokens froms[r] .. ends[r] - 1 of each sentence r, word by word
    (WordwisePasses: the same sums in the same order, so the same costs and back pointers)."""
    lattice, sizes = packed.lattice, packed.sizes
    entry, step = words._entry, words._step
    for k0, end in zip(froms.tolist(), ends.tolist()):
        prev_cost = acc[k0 - 1, :sizes[k0 - 1]].tolist()
        for k in range(k0, end):
            prev, cur = lattice[k - 1], lattice[k]
            if len(prev) == 1:      # after a number, a code or punctuation: as Decoder._entry
                p, pc = prev.ids[0], prev_cost[0]
                cur_cost = [pc + entry(c, p, sid) for sid, c in zip(cur.ids, cur.costs)]
                arg = [0] * len(cur_cost)
            else:
                cur_cost, arg = step(prev, prev_cost, cur)
            size = len(cur_cost)
            acc[k, :size] = cur_cost
            acc[k, size:] = np.inf
            back[k, :size] = arg
            prev_cost = cur_cost


def _seen_pairs(packed: PackedLattice) -> tuple[np.ndarray, ...]:
    """The pairs of states the model has seen between each token with several states and the
    next token (<s> -> <s> counts as seen, costing nothing): (next token t, j, i, cost), by t, j, i.
    Looked up once per distinct pair of adjacent States (a text repeats its word pairs), then
    copied out to every token with that pair."""
    a, lm = packed.arrays, packed.lm
    m, boundary = lm.n, lm.boundary
    after_multi = np.zeros(packed.n, dtype=bool)
    after_multi[1:] = packed.sizes[:-1] > 1
    t = np.flatnonzero(after_multi)
    if not len(t):
        empty = np.zeros(0, dtype=np.intp)
        return empty, empty, empty, np.zeros(0)
    at, ids, valid = packed.at, packed.rows_ids, packed.rows_valid
    d = len(ids)
    pairs, which = np.unique(at[t - 1] * d + at[t], return_inverse=True)
    left, right = np.divmod(pairs, d)
    # the seen pairs of each distinct pair u of rows, by u, j, i
    u, j, i = np.nonzero(valid[left][:, :, None] & valid[right][:, None, :])
    p, sid = ids[left[u], j], ids[right[u], i]
    seen, f = a.bigram.get(p * m + sid, 0.0)
    both = (p == boundary) & (sid == boundary)
    keep = np.flatnonzero(seen | both)
    u, j, i, f = u[keep], j[keep], i[keep], np.where(both[keep], 0.0, f[keep])
    # copied out to the tokens: token k gets the entries of its pair, which[k], in order
    first = np.searchsorted(u, np.arange(len(pairs)))
    count = np.diff(np.append(first, len(u)))[which]
    total = int(count.sum())
    ends = np.cumsum(count)
    take = np.arange(total) - np.repeat(ends - count, count) + np.repeat(first[which], count)
    return np.repeat(t, count), j[take], i[take], f[take]


def _entries(a: LanguageArrays, m: int, boundary: int, p: np.ndarray, ids: np.ndarray, c: np.ndarray,
             unis: np.ndarray) -> np.ndarray:
    """Decoder._entry for rows of states after one LM word each (p): c + bigram(p, sid), or
    c + uni(sid) + backoff(p) for an unseen pair; <s> after <s> costs nothing."""
    p = p[:, None]
    seen, f = a.bigram.get(p * m + ids, 0.0)
    out = np.where(seen, c + f, (c + unis) + a.backoff[p])
    return np.where((p == boundary) & (ids == boundary), c, out)


def refine(packed: PackedLattice, choice: list[int], breaks) -> None:
    """Each word with a choice re-chosen with its two neighbours on each side fixed (in place)."""
    n = packed.n
    if not n:
        return
    boundary = packed.lm.boundary
    seg = _segments(n, breaks)
    ch = np.array(choice, dtype=np.intp)
    seq = packed.chosen(ch)
    t = np.arange(n)
    # the right neighbours are the Viterbi words (not yet re-chosen when a word is)
    nxt = np.minimum(t + 1, n - 1)
    nxt2 = np.minimum(t + 2, n - 1)
    r1 = np.where(t + 1 < n, np.where(seg[nxt] == seg, seq[nxt], boundary), _NONE)
    r2 = np.where(t + 2 < n, np.where(seg[nxt2] == seg, seq[nxt2], boundary), _NONE)
    multi = packed.sizes >= 2
    todo = np.flatnonzero(multi)
    while len(todo):
        prev = np.maximum(todo - 1, 0)
        prev2 = np.maximum(todo - 2, 0)
        l1 = np.where((todo >= 1) & (seg[prev] == seg[todo]), seq[prev], boundary)
        l2 = np.where((l1 != boundary) & (todo >= 2) & (seg[prev2] == seg[todo]), seq[prev2], boundary)
        arg = _rechoose(packed, todo, l2, l1, r1[todo], r2[todo])
        ch[todo] = arg
        new = packed.ids[todo, arg]
        changed = todo[new != seq[todo]]
        seq[todo] = new
        if not len(changed):
            break
        dep = np.union1d(changed + 1, changed + 2)
        dep = dep[dep < n]
        todo = dep[multi[dep]]
    choice[:] = ch.tolist()


def _segments(n: int, breaks) -> np.ndarray:
    starts = np.zeros(n, dtype=np.int64)
    if breaks:
        starts[[k for k in breaks if 0 < k < n]] = 1
    return np.cumsum(starts)


def _rechoose(packed: PackedLattice, rows: np.ndarray, l2: np.ndarray, l1: np.ndarray,
              r1: np.ndarray, r2: np.ndarray) -> np.ndarray:
    """The least-score state of each row between its fixed neighbours (the first of equals). A
    state's score: its own cost, plus -log P(sid | l2 l1), -log P(r1 | l1 sid) and -log P(r2 | sid r1)
    as LanguageModel.cost3 computes them (Witten-Bell over the bigram)."""
    a = packed.arrays
    m = packed.lm.n
    ids = packed.ids[rows]
    col = (slice(None), None)
    # into the state: the bigram from l1 (or its backoff), mixed with the counts after "l2 l1"
    _, big = a.bigram.get(l1[col] * m + ids, packed.unis[rows] + a.backoff[l1][col])
    into = big
    ctx = l2 * m + l1
    has, at = a.context.find(ctx)
    if has.any():
        k = np.flatnonzero(has)
        total, types = a.context.values[at[k], 0][col], a.context.values[at[k], 1][col]
        _, seen = a.trigram.get(ctx[k][col] * m + ids[k], 0.0)
        into = big.copy()
        into[k] = -np.log((seen + types * np.exp(-big[k])) / (total + types))
    scores = packed.costs[rows] + into
    right = np.flatnonzero(r1 != _NONE)
    if len(right):
        ids_r, r, left = ids[right], r1[right][col], l1[right][col]
        _, out = a.bigram.get(ids_r * m + r, packed.backs[rows[right]] + a.uni[r])
        # out of the state to r1, given "l1 sid" when the model saw that context
        pair = left * m + ids_r
        has, at = a.context.find(pair)
        if has.any():
            h = np.nonzero(has)
            _, seen = a.trigram.get(pair[h] * m + r[h[0], 0], 0.0)
            total, types = a.context.values[at[h], 0], a.context.values[at[h], 1]
            out[h] = -np.log((seen + types * np.exp(-out[h])) / (total + types))
        scores[right] = scores[right] + out
        far = np.flatnonzero(r2[right] != _NONE)
        if len(far):
            rows_f = right[far]
            ids_f, r, z = ids[rows_f], r1[rows_f][col], r2[rows_f][col]
            # on to r2: the bigram "r1 r2", unless the model saw "sid r1" as a context
            _, plain = a.bigram.get(r * m + z, a.backoff[r] + a.uni[z])
            pair = ids_f * m + r
            has, at = a.context.find(pair)
            plain = np.repeat(plain, ids_f.shape[1], axis=1)
            if has.any():
                h = np.nonzero(has)
                _, seen = a.trigram.get(pair[h] * m + z[h[0], 0], 0.0)
                total, types = a.context.values[at[h], 0], a.context.values[at[h], 1]
                plain[h] = -np.log((seen + types * np.exp(-plain[h])) / (total + types))
            scores[rows_f] = scores[rows_f] + plain
    scores[~packed.valid[rows]] = np.inf
    return scores.argmin(axis=1)


def confidences(packed: PackedLattice, choice: list[int], breaks, rows: list[int]) -> list[float]:
    """For each token of `rows` (tokens with at least two states): the share of its chosen state
    among its states, each scored with the chosen neighbours fixed (the bigram costs in and out,
    as Decoder._entry counts them: <s> -> <s> costs nothing)."""
    n = packed.n
    if not len(rows):
        return []
    rows = np.array(rows, dtype=np.intp)
    a, lm = packed.arrays, packed.lm
    m, boundary = lm.n, lm.boundary
    col = (slice(None), None)
    ch = np.array(choice, dtype=np.intp)
    seq = packed.chosen(ch)
    starts = np.zeros(n + 1, dtype=bool)
    if breaks:
        starts[[k for k in breaks if 0 < k < n]] = True
    ids, costs = packed.ids[rows], packed.costs[rows]
    left = np.where((rows == 0) | starts[rows], boundary, seq[np.maximum(rows - 1, 0)])[col]
    found, f = a.bigram.get(left * m + ids, 0.0)
    scores = np.where(found, costs + f, (costs + packed.unis[rows]) + a.backoff[left])
    scores = np.where((left == boundary) & (ids == boundary), costs, scores)
    right = np.flatnonzero(rows < n - 1)
    if len(right):
        k = rows[right]
        at_break = starts[k + 1]
        r = np.where(at_break, boundary, seq[k + 1])[col]
        rc = np.where(at_break, 0.0, packed.costs[k + 1, ch[k + 1]])[col]
        ids_r = ids[right]
        found, f = a.bigram.get(ids_r * m + r, 0.0)
        step = np.where(found, rc + f, (rc + a.uni[r]) + packed.backs[k])
        step = np.where((r == boundary) & (ids_r == boundary), rc, step)
        scores[right] = scores[right] + step
    top = scores[np.arange(len(rows)), ch[rows]][col]
    with np.errstate(over="ignore"):
        shares = np.exp(top - scores)
    # summed left to right, as a Python sum would (padding adds 0.0)
    z = shares[:, 0].copy()
    for j in range(1, shares.shape[1]):
        z += shares[:, j]
    return (1.0 / z).tolist()
