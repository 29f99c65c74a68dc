"""Best reading of a whole text: Viterbi over each word's candidates with the bigram model,
then one trigram rescoring pass.

Each word that may be corrected offers its candidates (channel cost from the
OCR, weighted by CHANNEL_WEIGHT); fixed tokens (numbers, codes, punctuation,
foreign words) offer one state: <num> for numbers, <s> (a context break) for the
rest. The path cost is the sum of channel costs and bigram costs. A word's
confidence is the share of its chosen reading among its candidates rescored with
the chosen neighbours fixed.

Speed: a word's states are built once per distinct word. A Viterbi step needs no
matrix of transition costs: an unseen pair costs backoff(prev) + unigram(cur), so the
best unseen predecessor is found once per step, and only the pairs seen together are
looked up. The trigram pass and the confidences compute their costs directly (on a
first pass over a new document nearly every word triple is new, so a memo only costs).
"""
from __future__ import annotations

from dataclasses import dataclass
from math import exp, log
from operator import add

from .candidates import CandidateGenerator
from .langmodel import LanguageModel
from .tokens import CODE, JUNK, MAYBE_NUMBER, NUMBER, SYLLABLE, Token, code_token, is_numbered_code

CHANNEL_WEIGHT = 1.0
NUMBER_AS_WORD = 4.0    # extra cost of reading a bare number as a garbled word
JUNK_KEEP = 17.0        # leaving a junk word as printed: about the cost of an unattested syllable
CACHE_LIMIT = 300_000   # cached word states before the cache starts afresh


@dataclass
class Reading:
    token: Token
    word: str | None        # lower-case chosen syllable; None = keep as printed
    confidence: float


class States(tuple):
    """A word's options: ((LM id, cost), ...); id -1 keeps the word as printed (a context break)."""

    ids: tuple[int, ...]
    costs: tuple[float, ...]
    unis: tuple[float, ...]     # unigram cost of each LM id


def _states(options: list[tuple[int, float]], lm: LanguageModel) -> States:
    st = States(options)
    st.ids = tuple(lm.boundary if sid < 0 else sid for sid, _ in options)
    st.costs = tuple(c for _, c in options)
    st.unis = tuple(lm.uni[sid] for sid in st.ids)
    return st


class Decoder:
    def __init__(self, lm: LanguageModel, gen: CandidateGenerator) -> None:
        self.lm, self.gen = lm, gen
        self._states: dict[tuple[str, str], States] = {}
        self.start = _states([(-1, 0.0)], lm)

    def states(self, tok: Token, forced: str | None = None) -> States:
        """The options for one token (cached per distinct word and kind: every States object
        stays alive in the cache, so the matrix cache can key on their ids)."""
        key = ("=", forced) if forced is not None else (tok.kind, tok.text)
        got = self._states.get(key)
        if got is None:
            if forced is not None:
                sid = self.lm.ids.get(forced.lower())
                options = [(sid if sid is not None else -1, 0.0)]
            else:
                options = self._options(tok)
            got = self._states[key] = _states(options, self.lm)
        return got

    def _options(self, tok: Token) -> list[tuple[int, float]]:
        lm = self.lm
        kind = tok.kind
        if kind in (SYLLABLE, JUNK):
            out = [(sid, CHANNEL_WEIGHT * c) for sid, c in self.gen.candidates(tok.text.lower())]
            if kind == JUNK or not out:
                out.append((-1, JUNK_KEEP))
            return out
        if kind == MAYBE_NUMBER:
            return [(lm.num, 0.0)] + [(sid, CHANNEL_WEIGHT * c + NUMBER_AS_WORD)
                                      for sid, c in self.gen.candidates(tok.text)]
        if kind == NUMBER:
            return [(lm.num, 0.0)]
        if kind == CODE:
            if is_numbered_code(tok.text):
                return [(lm.num, 0.0)]
            sid = lm.ids.get(code_token(tok.text))
            if sid is not None:
                return [(sid, 0.0)]
        return [(-1, 0.0)]

    def decode(self, tokens: list[Token], breaks: set[int], forced: dict[int, str] | None = None,
               wanted=None) -> list[Reading]:
        """Readings for `tokens`; `breaks` holds indices of tokens that start a new context.
        `wanted(token, word)`: whether a reading needs its confidence (default: all do)."""
        forced = forced or {}
        if len(self._states) > CACHE_LIMIT:
            self._states.clear()
        states = self.states
        lattice = [states(t, forced.get(k)) for k, t in enumerate(tokens)]
        lm = self.lm
        follow, uni, backoff, boundary = lm.follow, lm.uni, lm.backoff, lm.boundary
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
                prev, prev_cost = start, [ends[j]]
            if len(prev_cost) == 1:  # after a number, a code, punctuation or a break
                p0, p = prev_cost[0], prev.ids[0]
                f, b = follow[p], backoff[p]
                cur_cost = []
                for sid, c in zip(cur.ids, cur.costs):
                    v = f.get(sid) if f is not None else None
                    if p == boundary and sid == boundary:
                        cur_cost.append(p0 + c)
                    elif v is None:
                        cur_cost.append(p0 + (c + uni[sid] + b))
                    else:
                        cur_cost.append(p0 + (c + v))
                backs.append(None)
            else:
                cur_cost, back = self._step(prev, prev_cost, cur)
                backs.append(back)
            prev, prev_cost = cur, cur_cost
        choice = [0] * len(tokens)
        if tokens:
            j = prev_cost.index(min(prev_cost))
            for k in range(len(tokens) - 1, -1, -1):
                choice[k] = j
                if k in break_from:
                    j = break_from[k]
                else:
                    back = backs[k]
                    j = 0 if back is None else back[j]
        self._refine(lattice, choice, breaks)
        return self._readings(tokens, lattice, choice, breaks, wanted)

    def _entry(self, c: float, p: int, sid: int) -> float:
        """Cost of the state (sid, own cost c) right after the LM word p."""
        lm = self.lm
        if p == sid == lm.boundary:
            return c
        f = lm.follow[p]
        v = f.get(sid) if f is not None else None
        return c + lm.uni[sid] + lm.backoff[p] if v is None else c + v

    def _step(self, prev: States, prev_cost: list[float], cur: States) -> tuple[list[float], list[int]]:
        """One Viterbi step from several states. An unseen pair costs backoff(p) + uni(sid), so the
        best unseen predecessor is the same for every state of `cur`; only the pairs seen together
        are looked up one by one. A seen pair never costs more than its backoff (Witten-Bell), except
        by the rounding of the tables: then the step is done in full."""
        lm = self.lm
        follow, uni, backoff, boundary = lm.follow, lm.uni, lm.backoff, lm.boundary
        bases = [pc + backoff[p] for pc, p in zip(prev_cost, prev.ids)]
        low = min(bases)
        jb = bases.index(low)
        seen = [(j, prev_cost[j], follow[p], p == boundary) for j, p in enumerate(prev.ids)
                if follow[p] is not None or p == boundary]
        cur_cost, back = [], []
        for sid, c in zip(cur.ids, cur.costs):
            best, arg = low + uni[sid], jb
            exact = False
            for j, pc, f, at_break in seen:
                if at_break and sid == boundary:
                    v = pc
                else:
                    v = f.get(sid) if f is not None else None
                    if v is None:
                        continue
                    v += pc
                if j == jb and v >= best:
                    exact = True
                    break
                if v < best or (v == best and j < arg):
                    best, arg = v, j
            if exact:
                vals = [pc + self._entry(c, p, sid) for pc, p in zip(prev_cost, prev.ids)]
                best = min(vals)
                arg = vals.index(best)
                cur_cost.append(best)
            else:
                cur_cost.append(best + c)
            back.append(arg)
        return cur_cost, back

    def _refine(self, lattice, choice, breaks) -> None:
        """One pass of trigram rescoring: each word re-chosen with its two neighbours on
        each side fixed (iterated conditional modes)."""
        lm = self.lm
        boundary, m = lm.boundary, lm.n
        tri, tri_context, follow, uni, backoff = lm.tri, lm.tri_context, lm.follow, lm.uni, lm.backoff
        cost = lm.cost
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
            # a neighbour across a break is no context (seg[-1], seg[-2] are the sentinels)
            l1 = seq[t - 1] if seg[t - 1] == here else boundary
            l2 = seq[t - 2] if l1 != boundary and seg[t - 2] == here else boundary
            r1 = seq[t + 1] if seg[t + 1] == here else boundary
            r2 = seq[t + 2] if seg[t + 2] == here else boundary
            right_too = t + 1 < n
            far_too = t + 2 < n
            # -log P(sid | l2 l1), -log P(r1 | l1 sid), -log P(r2 | sid r1), as lm.cost3 computes them
            ctx_left = tri_context.get(l2 * m + l1)
            f_l1, b_l1 = follow[l1], backoff[l1]
            r1_uni = uni[r1]
            plain_far = cost(r1, r2)
            best, arg = None, choice[t]
            for i, (sid, c) in enumerate(zip(cur.ids, cur.costs)):
                v = f_l1.get(sid) if f_l1 is not None else None
                big = b_l1 + uni[sid] if v is None else v
                if ctx_left is None:
                    c += big
                else:
                    total, types = ctx_left
                    c += -log((tri.get((l2 * m + l1) * m + sid, 0.0) + types * exp(-big)) / (total + types))
                if right_too:
                    f = follow[sid]
                    v = f.get(r1) if f is not None else None
                    big = backoff[sid] + r1_uni if v is None else v
                    ab = l1 * m + sid
                    ctx = tri_context.get(ab)
                    if ctx is None:
                        c += big
                    else:
                        total, types = ctx
                        c += -log((tri.get(ab * m + r1, 0.0) + types * exp(-big)) / (total + types))
                    if far_too:
                        ab = sid * m + r1
                        ctx = tri_context.get(ab)
                        if ctx is None:
                            c += plain_far
                        else:
                            total, types = ctx
                            c += -log((tri.get(ab * m + r2, 0.0) + types * exp(-plain_far)) / (total + types))
                if best is None or c < best:
                    best, arg = c, i
            choice[t] = arg
            seq[t] = cur.ids[arg]

    def _readings(self, tokens, lattice, choice, breaks, wanted=None) -> list[Reading]:
        """A word's confidence: the share of its chosen state among its states, each scored
        with the chosen neighbours fixed (the bigram costs in and out). Only for the readings
        `wanted(token, word)` accepts, when given (the others get 1.0)."""
        lm = self.lm
        num, words, boundary = lm.num, lm.words, lm.boundary
        follow, backoff = lm.follow, lm.backoff
        out = []
        append = out.append
        last = len(tokens) - 1
        for k, tok in enumerate(tokens):
            cur = lattice[k]
            mine = choice[k]
            if cur[mine][0] < 0 or tok.kind not in (SYLLABLE, JUNK, MAYBE_NUMBER):
                append(Reading(tok, None, 1.0))
                continue
            ids = cur.ids
            sid = ids[mine]
            if sid == num:
                append(Reading(tok, None, 1.0))
                continue
            word = words[sid]
            if len(cur) == 1 or (wanted is not None and not wanted(tok, word)):
                append(Reading(tok, word, 1.0))
                continue
            # the cost into each state from the chosen left neighbour (as _entry computes it)
            left = boundary if k == 0 or k in breaks else lattice[k - 1].ids[choice[k - 1]]
            f, b = follow[left], backoff[left]
            if f is None:
                scores = [c + u + b for c, u in zip(cur.costs, cur.unis)]
            else:
                scores = [c + u + b if v is None else c + v for c, u, v in zip(cur.costs, cur.unis, map(f.get, ids))]
            if left == boundary:
                scores = [c if s == boundary else v for s, c, v in zip(ids, cur.costs, scores)]
            if k < last:
                # and out of it to the chosen right neighbour (<s> after a break)
                if k + 1 in breaks:
                    r, rc = boundary, 0.0
                else:
                    nxt = lattice[k + 1]
                    r, rc = nxt.ids[choice[k + 1]], nxt.costs[choice[k + 1]]
                ur = lm.uni[r]
                for i, s in enumerate(ids):
                    if s == boundary and r == boundary:
                        scores[i] += rc
                        continue
                    fs = follow[s]
                    v = fs.get(r) if fs is not None else None
                    scores[i] += rc + ur + backoff[s] if v is None else rc + v
            top = scores[mine]
            z = sum(map(exp, [top - v for v in scores]))
            append(Reading(tok, word, 1.0 / z))
        return out
