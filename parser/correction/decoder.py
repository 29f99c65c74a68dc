"""Best reading of a whole text: Viterbi over each word's candidates with the bigram model,
then one trigram rescoring pass.

Each word that may be corrected offers its candidates (channel cost from the
OCR, weighted by CHANNEL_WEIGHT); fixed tokens (numbers, codes, punctuation,
foreign words) offer one state: <num> for numbers, <s> (a context break) for the
rest. The path cost is the sum of channel costs and bigram costs. A word's
confidence is the share of its chosen reading among its candidates rescored with
the chosen neighbours fixed.

Speed: a word's states are built once per distinct word, and the matrix of
transition costs between two words' states once per distinct word pair; the
Viterbi step itself then runs on plain lists (min over map()), with no dictionary
look-ups.
"""
from __future__ import annotations

from dataclasses import dataclass
from math import exp
from operator import add

from .candidates import CandidateGenerator
from .langmodel import LanguageModel
from .tokens import CODE, JUNK, MAYBE_NUMBER, NUMBER, SYLLABLE, Token, code_token, is_numbered_code

CHANNEL_WEIGHT = 1.0
NUMBER_AS_WORD = 4.0    # extra cost of reading a bare number as a garbled word
JUNK_KEEP = 17.0        # leaving a junk word as printed: about the cost of an unattested syllable
CACHE_LIMIT = 300_000   # cached transition matrices before the caches start afresh


@dataclass
class Reading:
    token: Token
    word: str | None        # lower-case chosen syllable; None = keep as printed
    confidence: float


class States(tuple):
    """A word's options: ((LM id, cost), ...); id -1 keeps the word as printed (a context break)."""

    ids: tuple[int, ...]
    costs: tuple[float, ...]


def _states(options: list[tuple[int, float]], boundary: int) -> States:
    st = States(options)
    st.ids = tuple(boundary if sid < 0 else sid for sid, _ in options)
    st.costs = tuple(c for _, c in options)
    return st


class Decoder:
    def __init__(self, lm: LanguageModel, gen: CandidateGenerator) -> None:
        self.lm, self.gen = lm, gen
        self._states: dict[tuple[str, str], States] = {}
        self._matrices: dict[tuple[int, int], list[list[float]]] = {}
        self._tri_memo: dict[int, float] = {}
        self.start = _states([(-1, 0.0)], lm.boundary)

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
            got = self._states[key] = _states(options, self.lm.boundary)
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

    def matrix(self, prev: States, cur: States) -> list[list[float]]:
        """m[i][j]: cost of state i of `cur` after state j of `prev` (bigram + i's own cost)."""
        key = (id(prev), id(cur))
        got = self._matrices.get(key)
        if got is None:
            lm = self.lm
            follow, uni, boundary = lm.follow, lm.uni, lm.boundary
            bases = [lm.backoff[p] for p in prev.ids]
            # every pair backs off to the unigram, except the few pairs seen together
            got = [[c + uni[sid] + b for b in bases] for sid, c in zip(cur.ids, cur.costs)]
            for j, p in enumerate(prev.ids):
                f = follow[p]
                if f is not None:
                    for i, sid in enumerate(cur.ids):
                        v = f.get(sid)
                        if v is not None:
                            got[i][j] = cur.costs[i] + v
                if p == boundary:
                    for i, sid in enumerate(cur.ids):
                        if sid == boundary:
                            got[i][j] = cur.costs[i]
            self._matrices[key] = got
        return got

    def decode(self, tokens: list[Token], breaks: set[int], forced: dict[int, str] | None = None) -> list[Reading]:
        """Readings for `tokens`; `breaks` holds indices of tokens that start a new context."""
        forced = forced or {}
        if len(self._states) > CACHE_LIMIT or len(self._matrices) > CACHE_LIMIT:
            # start afresh between documents only: a matrix must never outlive the states it is keyed on
            self._states.clear()
            self._matrices.clear()
        lattice = [self.states(t, forced.get(k)) for k, t in enumerate(tokens)]
        matrix, start = self.matrix, self.start
        prev, prev_cost = start, [0.0]
        backs: list[list[int]] = []
        used: list[States] = []       # the states each step was scored after
        mats: list[list[list[float]]] = []   # and the matrix it was scored with
        break_from: dict[int, int] = {}
        for k, cur in enumerate(lattice):
            if k in breaks:
                # a context break: end the sentence in its best state, start again from <s>
                ends = list(map(add, prev_cost, matrix(prev, start)[0]))
                j = ends.index(min(ends))
                break_from[k] = j
                prev, prev_cost = start, [ends[j]]
            used.append(prev)
            rows = matrix(prev, cur)
            mats.append(rows)
            if len(prev_cost) == 1:  # after a number, a code, punctuation or a break
                p0 = prev_cost[0]
                cur_cost = [p0 + row[0] for row in rows]
                back = [0] * len(rows)
            else:
                back, cur_cost = [], []
                for row in rows:
                    vals = list(map(add, prev_cost, row))
                    best = min(vals)
                    back.append(vals.index(best))
                    cur_cost.append(best)
            backs.append(back)
            prev, prev_cost = cur, cur_cost
        choice = [0] * len(tokens)
        if tokens:
            j = prev_cost.index(min(prev_cost))
            for k in range(len(tokens) - 1, -1, -1):
                choice[k] = j
                j = break_from[k] if k in break_from else backs[k][j]
        self._refine(lattice, choice, breaks)
        return self._readings(tokens, lattice, used, mats, choice, breaks)

    def _refine(self, lattice, choice, breaks) -> None:
        """One pass of trigram rescoring: each word re-chosen with its two neighbours on
        each side fixed (iterated conditional modes). Costs are memoised per word triple."""
        lm = self.lm
        boundary, m = lm.boundary, lm.n
        memo, slow = self._tri_memo, lm.cost3
        get = memo.get
        if len(memo) > CACHE_LIMIT:
            memo.clear()
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
            left = (l2 * m + l1) * m
            right_too = t + 1 < n
            far_too = t + 2 < n
            best, arg = None, choice[t]
            for i, (sid, c) in enumerate(zip(cur.ids, cur.costs)):
                key = left + sid
                v = get(key)
                if v is None:
                    v = memo[key] = slow(l2, l1, sid)
                c += v
                if right_too:
                    key = (l1 * m + sid) * m + r1
                    v = get(key)
                    if v is None:
                        v = memo[key] = slow(l1, sid, r1)
                    c += v
                    if far_too:
                        key = (sid * m + r1) * m + r2
                        v = get(key)
                        if v is None:
                            v = memo[key] = slow(sid, r1, r2)
                        c += v
                if best is None or c < best:
                    best, arg = c, i
            choice[t] = arg
            seq[t] = cur.ids[arg]

    def _readings(self, tokens, lattice, used, mats, choice, breaks) -> list[Reading]:
        lm = self.lm
        num, words = lm.num, lm.words
        matrix, start = self.matrix, self.start
        out = []
        last = len(tokens) - 1
        for k, tok in enumerate(tokens):
            cur = lattice[k]
            mine = choice[k]
            sid = cur[mine][0]
            if sid < 0 or sid == num or tok.kind not in (SYLLABLE, JUNK, MAYBE_NUMBER):
                out.append(Reading(tok, None, 1.0))
                continue
            if len(cur) == 1:
                out.append(Reading(tok, words[sid], 1.0))
                continue
            left_prev = used[k]
            j_left = 0 if left_prev is start else choice[k - 1]
            scores = [row[j_left] for row in mats[k]]
            if k < last:
                if k + 1 in breaks:
                    right = matrix(cur, start)[0]
                else:
                    right = mats[k + 1][choice[k + 1]]
                scores = list(map(add, scores, right))
            top = scores[mine]
            z = sum(map(exp, [top - v for v in scores]))
            out.append(Reading(tok, words[sid], 1.0 / z))
        return out
