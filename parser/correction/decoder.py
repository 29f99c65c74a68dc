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
from .tokens import JUNK, MAYBE_NUMBER, NUMBER, SYLLABLE, Token

CHANNEL_WEIGHT = 1.0
NUMBER_AS_WORD = 4.0    # extra cost of reading a bare number as a garbled word
JUNK_KEEP = 11.0        # cost of leaving a junk word as it is (a context break)


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
        return [(-1, 0.0)]

    def decode(self, tokens: list[Token], breaks: set[int], forced: dict[int, str] | None = None) -> list[Reading]:
        """Readings for `tokens`; `breaks` holds indices of tokens that start a new context."""
        lm = self.lm
        cost_fn = lm.cost
        boundary = lm.boundary
        forced = forced or {}
        lattice = [self.states(t, forced.get(k)) for k, t in enumerate(tokens)]
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
            cur_ids, cur_cost, back = [], [], []
            for sid, c in opts:
                lm_id = boundary if sid < 0 else sid
                best, arg = math.inf, 0
                for j, pid in enumerate(prev_ids):
                    if lm_id == boundary and pid == boundary:
                        v = prev_cost[j]
                    else:
                        v = prev_cost[j] + cost_fn(pid, lm_id)
                    if v < best:
                        best, arg = v, j
                cur_ids.append(lm_id)
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
        cost_fn = lm.cost
        out = []
        n = len(tokens)
        for k, tok in enumerate(tokens):
            opts = lattice[k]
            sid, _ = opts[choice[k]]
            if sid < 0 or sid == lm.num:
                out.append(Reading(tok, None, 1.0))
                continue
            if len(opts) == 1:
                out.append(Reading(tok, lm.words[sid], 1.0))
                continue
            left = lattice[k - 1][choice[k - 1]][0] if k else lm.boundary
            right = lattice[k + 1][choice[k + 1]][0] if k + 1 < n else lm.boundary
            left = lm.boundary if left < 0 else left
            right = lm.boundary if right < 0 else right
            scores = []
            for s, c in opts:
                s_id = lm.boundary if s < 0 else s
                scores.append(c + cost_fn(left, s_id) + cost_fn(s_id, right))
            mine = scores[choice[k]]
            z = sum(math.exp(mine - v) for v in scores)
            out.append(Reading(tok, lm.words[sid], 1.0 / z))
        return out
