"""Best reading of a whole text: Viterbi over each word's candidates with the bigram model.

Each word that may be corrected offers its candidates (channel cost from the
OCR, weighted by CHANNEL_WEIGHT); fixed tokens (numbers, codes, punctuation,
foreign words) offer one state: <num> for numbers, <s> (a context break) for the
rest. The path cost is the sum of channel costs and bigram costs. A word's
confidence is the share of its chosen reading among its candidates rescored with
the chosen neighbours fixed.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .candidates import CandidateGenerator
from .langmodel import LanguageModel
from .tokens import CODE, JUNK, MAYBE_NUMBER, NUMBER, SYLLABLE, Token, code_token

CHANNEL_WEIGHT = 1.0
NUMBER_AS_WORD = 4.0    # extra cost of reading a bare number as a garbled word
JUNK_KEEP = 17.0       # leaving a junk word as printed: about the cost of an unattested syllable


@dataclass
class Reading:
    token: Token
    word: str | None        # lower-case chosen syllable; None = keep as printed
    confidence: float


class Decoder:
    def __init__(self, lm: LanguageModel, gen: CandidateGenerator) -> None:
        self.lm, self.gen = lm, gen

    def states(self, tok: Token, forced: str | None = None) -> list[tuple[int, float]]:
        """(LM id, cost) options for one token; id -1 means keep the token as printed."""
        lm = self.lm
        if forced is not None:
            sid = lm.ids.get(forced.lower())
            return [(sid if sid is not None else -1, 0.0)]
        kind = tok.kind
        if kind in (SYLLABLE, JUNK):
            cands = self.gen.candidates(tok.text.lower())
            out = [(sid, CHANNEL_WEIGHT * c) for sid, c in cands]
            if kind == JUNK or not out:
                out.append((-1, JUNK_KEEP))
            return out
        if kind == MAYBE_NUMBER:
            out = [(lm.num, 0.0)]
            out += [(sid, CHANNEL_WEIGHT * c + NUMBER_AS_WORD) for sid, c in self.gen.candidates(tok.text)]
            return out
        if kind == NUMBER:
            return [(lm.num, 0.0)]
        if kind == CODE:
            sid = lm.ids.get(code_token(tok.text))
            if sid is not None:
                return [(sid, 0.0)]
        return [(-1, 0.0)]

    def decode(self, tokens: list[Token], breaks: set[int], forced: dict[int, str] | None = None) -> list[Reading]:
        """Readings for `tokens`; `breaks` holds indices of tokens that start a new context."""
        lm = self.lm
        cost_fn = lm.cost
        boundary = lm.boundary
        forced = forced or {}
        lattice = [self.states(t, forced.get(k)) for k, t in enumerate(tokens)]
        big_get, backoff, uni, n = lm.big.get, lm.backoff, lm.uni, lm.n
        prev_ids, prev_cost = [boundary], [0.0]
        backs: list[list[int]] = []
        break_from: dict[int, int] = {}
        for k, opts in enumerate(lattice):
            if k in breaks:
                # a context break: end the sentence in its best state, start again from <s>
                ends = [c + (cost_fn(i, boundary) if i != boundary else 0.0) for i, c in zip(prev_ids, prev_cost)]
                j = min(range(len(ends)), key=ends.__getitem__)
                break_from[k] = j
                prev_ids, prev_cost = [boundary], [ends[j]]
            keys = [pid * n for pid in prev_ids]
            based = [c + backoff[pid] for pid, c in zip(prev_ids, prev_cost)]
            span = range(len(prev_ids))
            cur_ids, cur_cost, back = [], [], []
            for sid, c in opts:
                if sid < 0:
                    sid = boundary
                best, arg = math.inf, 0
                if sid == boundary:
                    for j in span:
                        v = prev_cost[j] if prev_ids[j] == boundary else prev_cost[j] + cost_fn(prev_ids[j], boundary)
                        if v < best:
                            best, arg = v, j
                else:
                    u = uni[sid]
                    for j in span:
                        v = big_get(keys[j] + sid)
                        v = based[j] + u if v is None else prev_cost[j] + v
                        if v < best:
                            best, arg = v, j
                cur_ids.append(sid)
                cur_cost.append(best + c)
                back.append(arg)
            backs.append(back)
            prev_ids, prev_cost = cur_ids, cur_cost
        choice = [0] * len(tokens)
        if tokens:
            j = min(range(len(prev_cost)), key=prev_cost.__getitem__)
            for k in range(len(tokens) - 1, -1, -1):
                choice[k] = j
                j = break_from[k] if k in break_from else backs[k][j]
        return self._readings(tokens, lattice, choice)

    def _readings(self, tokens, lattice, choice) -> list[Reading]:
        lm = self.lm
        big_get, backoff, uni, n = lm.big.get, lm.backoff, lm.uni, lm.n
        boundary, num = lm.boundary, lm.num
        out = []
        last = len(tokens) - 1
        for k, tok in enumerate(tokens):
            opts = lattice[k]
            mine = choice[k]
            sid = opts[mine][0]
            if sid < 0 or sid == num or tok.kind not in (SYLLABLE, JUNK, MAYBE_NUMBER):
                out.append(Reading(tok, None, 1.0))
                continue
            if len(opts) == 1:
                out.append(Reading(tok, lm.words[sid], 1.0))
                continue
            left = lattice[k - 1][choice[k - 1]][0] if k else boundary
            right = lattice[k + 1][choice[k + 1]][0] if k < last else boundary
            left = boundary if left < 0 else left
            right = boundary if right < 0 else right
            lkey, lback, rbound = left * n, backoff[left], uni[right]
            scores = []
            for s, c in opts:
                s = boundary if s < 0 else s
                v = big_get(lkey + s)
                c += lback + uni[s] if v is None else v
                v = big_get(s * n + right)
                c += backoff[s] + rbound if v is None else v
                scores.append(c)
            top = scores[mine]
            z = sum(math.exp(top - v) for v in scores if v - top < 30)
            out.append(Reading(tok, lm.words[sid], 1.0 / z))
        return out
