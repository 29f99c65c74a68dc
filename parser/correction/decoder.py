"""Best reading of a whole text: Viterbi over each word's candidates with the bigram model,
then one trigram rescoring pass.

Each word that may be corrected offers its candidates (channel cost from the
OCR, weighted by CHANNEL_WEIGHT); fixed tokens (numbers, codes, punctuation,
foreign words) offer one state: <num> for numbers, <s> (a context break) for the
rest. The path cost is the sum of channel costs and bigram costs. A word's
confidence is the share of its chosen reading among its candidates rescored with
the chosen neighbours fixed.

Speed: a word's states are built once per distinct word. The three passes (Viterbi, trigram
rescoring, confidences) run word by word with memos (wordwise.py) on a short text, and over the
whole lattice at once as array operations (lattice.py) on a long one: there almost every word's
context is new, so the memos pay little, while a Python loop pays a dozen interpreted operations
per state. Both give the same readings, bit for bit.
"""
from __future__ import annotations

from functools import cached_property
from itertools import count
from operator import add
from typing import NamedTuple

from .candidates import CandidateGenerator
from .langmodel import LanguageModel
from .tokens import CODE, JUNK, MAYBE_NUMBER, NUMBER, SYLLABLE, Token, code_token, is_numbered_code
from .wordwise import WordwisePasses

CHANNEL_WEIGHT = 1.0
NUMBER_AS_WORD = 4.0    # extra cost of reading a bare number as a garbled word
JUNK_WIDEN_AT = 9.0     # a junk word whose cheapest reading costs more is searched for more widely,
JUNK_WIDE_EXTRA = 4     # and its cheapest few new readings added
JUNK_KEEP = 17.0        # leaving a junk word as printed: about the cost of an unattested syllable
PROPER_CHANGE = 4.0     # extra cost of changing a guarded word (a proper noun printed with its marks)
CACHE_LIMIT = 300_000   # cached word states before the cache starts afresh
MEMO_LIMIT = 60_000     # entries of one word-by-word memo before the memos start afresh (~65 MB at most in all)
ARRAY_MIN_TOKENS = 4000 # texts of this many tokens or more are decoded with array passes (see _by_arrays)
NEW_TEXT_SHARE = 0.5    # ... and from a quarter of that, texts whose word pairs are mostly new to the memos
_READ_KINDS = (SYLLABLE, JUNK, MAYBE_NUMBER)    # the kinds a reading may change


def lattice_passes():
    """The array passes (lattice.py), imported on first use: numpy's import costs more than a
    short text's whole correction, and a short text is decoded word by word."""
    from . import lattice
    return lattice


class Reading(NamedTuple):
    """The decoder's answer for one token (a tuple: one is made per token, so cheap to make)."""
    token: Token
    word: str | None        # lower-case chosen syllable; None = keep as printed
    confidence: float


class States(tuple):
    """A word's options: ((LM id, cost), ...); id -1 keeps the word as printed (a context break).
    The word-by-word passes' views of them (unis, backs, ...) are made on first use: a long text
    decoded by arrays never needs them."""

    key: int                    # unique per States object ever made: the word-by-word memos' key
    ids: tuple[int, ...]        # distinct (a word's candidates are distinct syllables)
    costs: tuple[float, ...]
    lm: LanguageModel

    @cached_property
    def unis(self) -> tuple[float, ...]:
        """The unigram cost of each LM id."""
        return tuple(map(self.lm.uni.__getitem__, self.ids))

    @cached_property
    def backs(self) -> tuple[float, ...]:
        """The backoff cost of each LM id."""
        return tuple(map(self.lm.backoff.__getitem__, self.ids))

    @cached_property
    def costs_unis(self) -> tuple[float, ...]:
        """cost + unigram cost: an unseen pair's entry less the backoff."""
        return tuple(map(add, self.costs, self.unis))

    @cached_property
    def idset(self) -> frozenset[int]:
        return frozenset(self.ids)

    @cached_property
    def index(self) -> dict[int, int]:
        """LM id -> its position."""
        return {sid: i for i, sid in enumerate(self.ids)}


_serial = count()


def _states(options: list[tuple[int, float]], lm: LanguageModel) -> States:
    st = States(options)
    st.key = next(_serial)
    st.lm = lm
    boundary = lm.boundary
    st.ids = tuple([boundary if sid < 0 else sid for sid, _ in options])
    st.costs = tuple([c for _, c in options])
    return st


class Decoder:
    def __init__(self, lm: LanguageModel, gen: CandidateGenerator) -> None:
        self.lm, self.gen = lm, gen
        self._states: dict[tuple[str, str], States] = {}
        self._packed: tuple[list, object] | None = None   # the lattice being decoded, as arrays
        self._arrays = False    # whether the lattice being decoded goes by arrays (_by_arrays)
        self._new_tokens = 0    # tokens of the mostly new texts under ARRAY_MIN_TOKENS read so far
        self._wordwise = WordwisePasses(lm, _states([(-1, 0.0)], lm))

    def _memos(self) -> list[dict]:
        return self._wordwise.memos()

    def _by_arrays(self, lattice) -> bool:
        """Whether the passes run over the whole lattice as arrays (lattice.py) rather than word
        by word (wordwise.py). The array passes step through the sentences side by side, so they
        pay a fixed cost per position of the longest sentence and per call; word by word pays per
        word but reuses its memos when a text is corrected again. Measured (CPU): at 50,000 words
        the arrays are ~2x faster, new text or not; at ~3,000 words (3,500 tokens) they read a new
        text ~30% faster (0.22 s against 0.32 s, the candidates included) and word by word re-reads
        it faster (0.09 s against 0.12 s); a line to suggest for takes 0.2 ms word by word, several
        ms as arrays. So a text from a quarter of ARRAY_MIN_TOKENS on goes by arrays when most of
        its neighbouring word pairs are new to the word-by-word memos (a text read by arrays leaves
        them as they were, so it is read by arrays again), once the arrays are set up or this
        decoder has read ARRAY_MIN_TOKENS tokens of such texts (a process reading one report
        would not repay the set-up)."""
        n = len(lattice)
        if n >= ARRAY_MIN_TOKENS:
            return True
        if n < ARRAY_MIN_TOKENS // 4:
            return False
        # the steps from a word with several states, and those the Viterbi memo has not seen
        known = self._wordwise.known_steps
        steps = [(a.key, b.key) for a, b in zip(lattice, lattice[1:]) if len(a) > 1]
        new = sum(1 for step in steps if step not in known)
        if new < NEW_TEXT_SHARE * len(steps):
            return False
        # the arrays' set-up (numpy's import, the model's tables: ~0.25 s) is more than a text this
        # size saves: paid once this decoder has read as much new text as a long one
        self._new_tokens += n
        return self._arrays_set_up() or self._new_tokens >= ARRAY_MIN_TOKENS

    def _arrays_set_up(self) -> bool:
        return "arrays" in vars(self.lm)     # LanguageModel.arrays is made on first use

    def states(self, tok: Token, forced: str | None = None, guarded: bool = False) -> States:
        """The options for one token (cached per distinct word and kind).
        A `guarded` word keeps its own reading unless another is cheaper by PROPER_CHANGE."""
        key = ("=", forced) if forced is not None else (tok.kind, tok.text, guarded)
        got = self._states.get(key)
        if got is None:
            if forced is not None:
                sid = self.lm.ids.get(forced.lower())
                options = [(sid if sid is not None else -1, 0.0)]
            else:
                options = self._options(tok)
                if guarded:
                    own = self.lm.ids.get(tok.text.lower())
                    options = [(sid, c if sid == own else c + PROPER_CHANGE) for sid, c in options]
            got = self._states[key] = _states(options, self.lm)
        return got

    def _options(self, tok: Token) -> list[tuple[int, float]]:
        lm = self.lm
        kind = tok.kind
        if kind in (SYLLABLE, JUNK):
            cands = self.gen.candidates(tok.text.lower())
            if kind == JUNK and (not cands or min(c for _, c in cands) > JUNK_WIDEN_AT):
                # every near reading is far-fetched: two confusions in one word ("dwgc" for "được",
                # "chimg" for "chứng") are only reached by the wider search suggest() uses
                cands = _merged(cands, self.gen.candidates(tok.text.lower(), wide=True))
            # with a weight of 1 the candidates' own pairs serve (c * 1.0 is c): none made anew
            out = list(cands) if CHANNEL_WEIGHT == 1.0 else [(sid, CHANNEL_WEIGHT * c) for sid, c in cands]
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
               wanted=None, guarded: set[int] | frozenset = frozenset()) -> list[Reading]:
        """Readings for `tokens`; `breaks` holds indices of tokens that start a new context.
        `wanted(token, word)`: whether a reading needs its confidence (default: all do);
        `guarded`: indices of words to keep unless the evidence against them is strong."""
        forced = forced or {}
        if len(self._states) > CACHE_LIMIT:
            self._states.clear()    # the memos key on States.key, never reused: they stay right
        memos = self._memos()
        if any(len(m) > MEMO_LIMIT for m in memos):
            for m in memos:
                m.clear()
        states = self.states
        cached = self._states.get
        # most words are neither forced nor guarded: their states straight from the cache (by kind, text)
        lattice = [states(t, forced.get(k), k in guarded) if k in forced or k in guarded
                   else cached((t[3], t[2], False)) or states(t) for k, t in enumerate(tokens)]
        self._arrays = self._by_arrays(lattice)
        try:
            choice = self._viterbi(lattice, breaks)
            self._refine(lattice, choice, breaks)
            return self._readings(tokens, lattice, choice, breaks, wanted)
        finally:
            self._packed = None     # no arrays kept between texts

    def _entry(self, c: float, p: int, sid: int) -> float:
        """Cost of the state (sid, own cost c) right after the LM word p."""
        return self._wordwise._entry(c, p, sid)

    def _viterbi(self, lattice, breaks) -> list[int]:
        """The cheapest path's state for each token."""
        if self._arrays:
            return lattice_passes().viterbi(self._pack(lattice), breaks, self._wordwise)
        return self._wordwise.viterbi(lattice, breaks)

    def _pack(self, lattice):
        """The lattice as arrays (lattice.PackedLattice) for the passes over it, packed once per decode."""
        got = self._packed
        if got is None or got[0] is not lattice:
            got = self._packed = (lattice, lattice_passes().PackedLattice(lattice, self.lm))
        return got[1]

    def _refine(self, lattice, choice, breaks) -> None:
        """One pass of trigram rescoring: each word re-chosen with its two neighbours on
        each side fixed (iterated conditional modes, left to right). A state's score: its own cost,
        plus -log P(sid | l2 l1), -log P(r1 | l1 sid) and -log P(r2 | sid r1) as lm.cost3 computes
        them."""
        if self._arrays:
            lattice_passes().refine(self._pack(lattice), choice, breaks)
        else:
            self._wordwise.refine(lattice, choice, breaks)

    def _readings(self, tokens, lattice, choice, breaks, wanted=None) -> list[Reading]:
        """A word's confidence: the share of its chosen state among its states, each scored
        with the chosen neighbours fixed (the bigram costs in and out). Only for the readings
        `wanted(token, word)` accepts, when given (the others get 1.0)."""
        lm = self.lm
        num, words = lm.num, lm.words
        arrays = self._arrays
        if arrays:
            sids, kept, several = self._pack(lattice).readings(choice)
        else:
            sids = [st.ids[c] for st, c in zip(lattice, choice)]
            kept = [st[c][0] < 0 for st, c in zip(lattice, choice)]
            several = [len(st) > 1 for st in lattice]
        out = []
        append = out.append
        new = tuple.__new__
        need = []
        for tok, sid, keep, many in zip(tokens, sids, kept, several):
            if keep or sid == num or tok.kind not in _READ_KINDS:
                append(new(Reading, (tok, None, 1.0)))
                continue
            word = words[sid]
            if many and (wanted is None or wanted(tok, word)):
                need.append(len(out))
            append(new(Reading, (tok, word, 1.0)))
        if need:
            if arrays:
                confs = lattice_passes().confidences(self._pack(lattice), choice, breaks, need)
            else:
                confs = self._wordwise.confidences(lattice, choice, breaks, need)
            for k, conf in zip(need, confs):
                tok, word, _ = out[k]
                out[k] = new(Reading, (tok, word, conf))
        return out


def _merged(narrow: list[tuple[int, float]], wide: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """The narrow list with the cheapest few readings only the wide search found (a word's every
    extra reading widens the decoder's lattice), cheapest first."""
    known = {sid for sid, _ in narrow}
    extra = [(sid, c) for sid, c in wide if sid not in known][:JUNK_WIDE_EXTRA]
    return sorted(narrow + extra, key=lambda x: x[1])
